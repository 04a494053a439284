"""HTTP caching of the site: plone.app.caching rules and the guard of private responses."""
