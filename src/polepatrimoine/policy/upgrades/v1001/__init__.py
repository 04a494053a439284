"""1000 → 1001: plone.app.caching installed, with the suite's caching rules."""
