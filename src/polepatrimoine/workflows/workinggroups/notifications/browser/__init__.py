"""The page « Mes notifications »."""
