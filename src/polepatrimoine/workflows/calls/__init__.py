"""Workflow side of the calls for applications: notifications, closing, reminders."""
