"""1001 → 1002: the offers' workflow, and trades public from their creation."""
