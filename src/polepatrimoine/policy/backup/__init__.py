"""Backups and restores of the site's database: `polepatrimoine-backup`, `polepatrimoine-restore`."""
