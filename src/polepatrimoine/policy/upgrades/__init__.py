"""Upgrade steps of polepatrimoine.policy: one folder per step, registered in configure.zcml."""
