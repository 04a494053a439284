"""Classic UI views of the suite."""
