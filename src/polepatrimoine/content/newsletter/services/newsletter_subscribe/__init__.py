"""POST @newsletter-subscribe."""
