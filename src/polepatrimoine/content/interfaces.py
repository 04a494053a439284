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


class IRegistrationSettings(Interface):
    """Registry settings of event registrations (prefix ``polepatrimoine.registrations``)."""

    confirmation_hours = schema.Int(
        title=_("Hours to confirm a registration"),
        description=_(
            "A visitor who is not logged in confirms by the link of an e-mail within "
            "this time; the place held for them is then released."
        ),
        default=48,
        min=1,
    )

    rate_limit = schema.Int(
        title=_("Registrations per client and window"),
        description=_(
            "Submissions of the registration form allowed from one address in the "
            "window below; 0 turns the limit off."
        ),
        default=10,
        min=0,
    )

    rate_window = schema.Int(
        title=_("Window of the registration limit (seconds)"),
        default=600,
        min=1,
    )


class IProjectsSection(Interface):
    """Marker of the section that lists the projects (``projets``)."""
