"""Structure of the platform: created by the policy profile on every site."""
