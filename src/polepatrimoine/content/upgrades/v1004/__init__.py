"""1002 → 1004: the newsletter: the coordinators' permission and the retention of those who left."""
