"""The open-data licence, a registry setting (prefix ``polepatrimoine.opendata``)."""

from plone import api
from polepatrimoine.content import _
from zope import schema
from zope.interface import Interface


class IOpenDataSettings(Interface):
    licence_title = schema.TextLine(
        title=_("Licence of the open data"),
        default="Licence Ouverte / Open Licence version 2.0",
    )
    # data.gouv.fr's harvester recognises Etalab's licence by this address.
    licence_url = schema.URI(
        title=_("Address of the licence"),
        default="https://www.etalab.gouv.fr/licence-ouverte-open-licence",
    )


def licence() -> dict:
    def record(name):
        return api.portal.get_registry_record(
            f"polepatrimoine.opendata.{name}",
            default=IOpenDataSettings[name].default,
        )

    return {"title": record("licence_title"), "url": record("licence_url")}
