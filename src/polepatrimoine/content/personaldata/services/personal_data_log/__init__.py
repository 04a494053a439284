"""@personal-data-log."""
