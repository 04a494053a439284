"""``POST @newsletter-compose``: fill the issue with what was published since the last one."""
