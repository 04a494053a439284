"""1004 → 1005: the NewsletterIssue type (issue 16)."""
