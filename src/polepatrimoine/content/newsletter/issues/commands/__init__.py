"""Console commands of the newsletter issues."""
