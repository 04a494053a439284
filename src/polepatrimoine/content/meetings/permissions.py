"""Permissions of the meetings feature (declared in content/permissions.zcml)."""

MANAGE_REGISTRATIONS = "polepatrimoine: Manage registrations"
