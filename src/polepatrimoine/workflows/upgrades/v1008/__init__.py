"""1002 → 1008: « Mes notifications » in the user menu (issue 19, 19c)."""
