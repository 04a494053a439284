"""Calls for applications of the accompaniment programmes (TRAJET, Culturdiag)."""
