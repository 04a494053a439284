"""The home page and its control panel."""
