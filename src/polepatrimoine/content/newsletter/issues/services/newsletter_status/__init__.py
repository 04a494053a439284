"""``GET @newsletter-status``: where the sending of an issue stands."""
