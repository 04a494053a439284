"""REST face of the home page."""
