"""Classic UI views of the calls for applications."""
