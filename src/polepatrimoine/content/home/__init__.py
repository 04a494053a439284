"""The home page: the network at a glance, its blocks built from the catalog."""
