"""Newsletter issues: the type, composing, the e-mail, the queued sending, the archive."""
