"""The observatory: the sector's figures, computed from the catalog only."""
