"""Upgrade steps of polepatrimoine.workflows: one folder per step, registered in configure.zcml."""
