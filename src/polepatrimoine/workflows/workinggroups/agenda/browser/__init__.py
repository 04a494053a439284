"""Pages of the shared agenda."""
