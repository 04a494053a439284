"""Classic UI views of the working groups."""
