"""The register of personal data: one provider per store (RGPD)."""
