"""Applications to offers: checked, mailed to the structure, kept 30 days for "Mes offres"."""
