"""Console commands of the meetings (run against a Zope instance's zope.conf)."""
