"""Classic UI pages of the offers."""
