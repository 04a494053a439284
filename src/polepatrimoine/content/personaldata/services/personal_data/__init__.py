"""@personal-data."""
