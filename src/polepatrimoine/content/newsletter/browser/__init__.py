"""Classic UI of the newsletter's subscribers."""
