"""Upgrade steps of polepatrimoine.content.

One folder per step, registered in configure.zcml.
"""
