"""Classic UI of offers and trades: their pages and the offers' JSON-LD."""
