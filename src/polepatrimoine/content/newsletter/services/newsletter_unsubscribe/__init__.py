"""@newsletter-unsubscribe/<token>."""
