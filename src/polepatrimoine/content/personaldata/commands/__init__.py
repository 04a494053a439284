"""Console commands of the personal data (run against a Zope instance's zope.conf)."""
