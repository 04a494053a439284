"""GET <group>/@group-agenda."""
