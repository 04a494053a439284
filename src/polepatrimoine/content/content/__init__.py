"""Thin content classes and their schemas."""
