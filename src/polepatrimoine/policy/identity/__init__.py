"""The network's identity in the Classic UI: wordmark, footer and its settings."""
