"""1001 → 1004: the newsletter issues' workflow (issue 16)."""
