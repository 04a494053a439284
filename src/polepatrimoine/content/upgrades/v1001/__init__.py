"""1000 → 1001: the permission of an actor's membership, labels and creators."""
