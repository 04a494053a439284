"""1006 → 1009: the Project type, its indexes and columns, its permissions."""
