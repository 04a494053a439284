"""GET @newsletter-subscribers-export."""
