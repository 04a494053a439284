"""Interfaces of polepatrimoine.content."""

from polepatrimoine.content import _
from zope import schema
from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IBrowserLayer(IDefaultBrowserLayer):
    """Browser layer of the Pôle Patrimoine suite, installed by the content profile."""


class IActorsDirectory(Interface):
    """Marker of the folder that holds the actors (the section ``acteurs``)."""


class IMapSettings(Interface):
    """Registry settings of the actors map (prefix ``polepatrimoine.map``)."""

    tile_url = schema.TextLine(
        title=_("Tile server URL"),
        description=_("A Leaflet URL template, with {z}, {x} and {y}."),
        default="https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    )

    tile_attribution = schema.TextLine(
        title=_("Map attribution"),
        default="© OpenStreetMap contributors",
    )
