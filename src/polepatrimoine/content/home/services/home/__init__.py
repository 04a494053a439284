"""GET @home."""
