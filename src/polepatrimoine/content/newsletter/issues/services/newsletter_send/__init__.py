"""``POST @newsletter-send``: queue the issue, or send one test copy."""
