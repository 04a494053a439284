"""GET /@my-data."""
