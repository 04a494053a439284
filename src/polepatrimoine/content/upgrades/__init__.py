"""Upgrade steps of polepatrimoine.content: one folder per step, registered in configure.zcml."""
