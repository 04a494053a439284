"""REST services of the notifications."""
