"""1001 → 1002: the retention records and their control panel (personal data)."""
