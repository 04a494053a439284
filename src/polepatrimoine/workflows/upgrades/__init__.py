"""Upgrade steps of polepatrimoine.workflows.

One folder per step, registered in configure.zcml.
"""
