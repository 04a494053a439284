"""Open data: the datasets of the site, their DCAT-AP catalogue, the projects CSV."""
