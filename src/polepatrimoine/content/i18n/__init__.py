"""French titles and messages where Plone and plone.restapi answer in English."""
