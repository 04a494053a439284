"""Upgrade steps of polepatrimoine.policy.

One folder per step, registered in configure.zcml.
"""
