"""REST services of the shared agenda."""
