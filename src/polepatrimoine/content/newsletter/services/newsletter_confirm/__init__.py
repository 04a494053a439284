"""@newsletter-confirm/<token>."""
