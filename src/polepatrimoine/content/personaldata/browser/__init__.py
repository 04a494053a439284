"""Classic UI pages: « Mes données » and the coordinators' « Données personnelles »."""
