"""Classic UI pages of the newsletter issues and of their archive."""
