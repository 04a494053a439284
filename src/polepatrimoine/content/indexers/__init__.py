"""Catalog indexers of the suite."""
