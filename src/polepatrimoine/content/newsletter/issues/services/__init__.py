"""REST services of the newsletter issues."""
