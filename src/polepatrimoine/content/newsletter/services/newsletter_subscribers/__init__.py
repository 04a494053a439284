"""@newsletter-subscribers (coordinators)."""
