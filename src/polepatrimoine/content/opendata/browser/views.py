"""The open-data page (``@@open-data``) and the DCAT catalogue (``@@dcat.jsonld``)."""

from plone import api
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.content.common.jsonld import dumps
from polepatrimoine.content.opendata import dcat
from polepatrimoine.content.opendata.datasets import datasets
from polepatrimoine.content.opendata.settings import licence
from Products.Five.browser import BrowserView


def _date(value) -> str:
    return french_date(value)


class OpenDataView(BrowserView):
    def __call__(self):
        self.datasets = [
            {
                "id": d.id,
                "title": d.title,
                "description": d.description,
                "page": d.page,
                "modified": _date(d.modified),
                "distributions": d.distributions,
            }
            for d in datasets(self.request)
        ]
        self.licence = licence()
        return self.index()

    def dcat_url(self) -> str:
        return f"{api.portal.get().absolute_url()}/@@dcat.jsonld"


class DcatView(BrowserView):
    def __call__(self):
        response = self.request.response
        response.setHeader("Content-Type", "application/ld+json; charset=utf-8")
        return dumps(dcat.catalogue(self.request))
