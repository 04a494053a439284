"""@personal-data-erase."""
