"""Content classes of the suite: thin, the schemas carry the fields."""
