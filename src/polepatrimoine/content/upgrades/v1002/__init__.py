"""1001 → 1002: the personal-data permission for coordinators and the links to the personal-data pages."""
