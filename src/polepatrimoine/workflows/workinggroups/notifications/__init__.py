"""Members' notifications: per-group settings, per-item mails, weekly digests, feed tokens."""
