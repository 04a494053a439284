"""The activity stream of a working group's space."""
