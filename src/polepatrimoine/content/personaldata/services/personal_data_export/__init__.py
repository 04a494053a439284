"""@personal-data-export."""
