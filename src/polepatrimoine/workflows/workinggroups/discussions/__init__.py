"""Comments and discussions inside working groups, and their @mentions."""
