"""1001 → 1007: the workflows of kept group messages and date polls, and the coordinators' permissions to mail the group and open polls."""
