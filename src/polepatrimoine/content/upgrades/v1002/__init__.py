"""1001 → 1002: personal data: the retention records and their control panel, the
permission of coordinators, the links to the personal-data pages."""
