"""REST services of the newsletter's subscribers."""
