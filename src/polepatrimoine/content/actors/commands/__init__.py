"""Console commands of the actors (run against a Zope instance's zope.conf)."""
