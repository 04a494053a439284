"""Sharing: Open Graph and Twitter card metadata, share links, the network's pages."""
