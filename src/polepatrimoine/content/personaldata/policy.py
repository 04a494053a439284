"""The public page « Données personnelles », built from the register (HTML and REST)."""

from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.personaldata import consent
from polepatrimoine.content.personaldata.register import providers
from polepatrimoine.content.personaldata.register import retention
from polepatrimoine.content.personaldata.settings import PREFIX
from polepatrimoine.content.personaldata.settings import IRetentionSettings
from urllib.parse import urlsplit
from zope.i18n import translate


TITLE = _("Personal data")
CNIL_URL = "https://www.cnil.fr/fr/plaintes"
MAP_SETTING = "polepatrimoine.map.tile_url"

RIGHTS = (
    ("access", _("Access"), _("Know what the site holds about you and get a copy.")),
    (
        "rectification",
        _("Rectification"),
        _("Have inaccurate or incomplete data corrected."),
    ),
    (
        "erasure",
        _("Erasure"),
        _("Have your data erased, unless a legal obligation requires keeping it."),
    ),
    (
        "opposition",
        _("Objection"),
        _(
            "Object to a processing based on the network's legitimate interest, "
            "or withdraw a consent at any time."
        ),
    ),
    (
        "portability",
        _("Portability"),
        _("Receive the data you gave in a structured, machine-readable format (JSON)."),
    ),
    (
        "complaint",
        _("Complaint to the CNIL"),
        _(
            "If you think your rights are not respected, you may lodge a complaint "
            "with the CNIL (Commission nationale de l'informatique et des libertés)."
        ),
    ),
)


def _t(message, request) -> str:
    return translate(message, context=request) if message else ""


def setting_title(name: str, request) -> str:
    field = name[len(PREFIX) + 1 :] if name.startswith(f"{PREFIX}.") else ""
    schema_field = IRetentionSettings.get(field)
    return _t(schema_field.title, request) if schema_field is not None else name


def processing(name: str, provider, request) -> dict:
    return {
        "id": name,
        "title": _t(provider.title, request),
        "purpose": _t(provider.purpose, request),
        "legal_basis": _t(provider.legal_basis, request),
        "categories": [_t(c, request) for c in provider.categories or ()],
        "recipients": _t(provider.recipients, request),
        "retention": _t(provider.retention, request),
        "retention_settings": [
            {
                "name": setting,
                "title": setting_title(setting, request),
                "value": retention(setting),
            }
            for setting in provider.retention_settings or ()
        ],
    }


def tile_server() -> str:
    url = api.portal.get_registry_record(MAP_SETTING, default="") or ""
    return urlsplit(url.replace("{s}", "a")).hostname or ""


def contact() -> dict:
    portal = api.portal.get()
    return {
        "name": api.portal.get_registry_record("plone.email_from_name", default="")
        or portal.Title(),
        "email": api.portal.get_registry_record("plone.email_from_address", default="")
        or "",
    }


def policy(request) -> dict:
    """Everything the page says, translated; the same for HTML and REST."""
    portal_url = api.portal.get().absolute_url()
    who = contact()
    server = tile_server()
    return {
        "title": _t(TITLE, request),
        "introduction": _t(
            _(
                "What the site keeps about people, why, how long, who reads it, and "
                "how to use your rights. This page is generated from the register of "
                "the site's processing: it always lists every store of personal data."
            ),
            request,
        ),
        "controller": who,
        "processing": [
            processing(name, provider, request)
            for name, provider in providers().items()
        ],
        "rights": [
            {"id": key, "title": _t(title, request), "description": _t(text, request)}
            for key, title, text in RIGHTS
        ],
        "how_to": {
            "members": _t(
                _(
                    "Members: the page « My data » gives everything the site holds "
                    "about you, readable and as JSON."
                ),
                request,
            ),
            "members_url": f"{portal_url}/@@my-data",
            "others": _t(
                _(
                    "Anyone else, or for rectification, erasure or objection: write to "
                    "${email}. We answer within one month.",
                    mapping={"email": who["email"]},
                ),
                request,
            ),
            "contact_email": who["email"],
            "cnil_url": CNIL_URL,
        },
        "consent": {
            "version": consent.VERSION,
            "text": consent.text(request),
        },
        "cookies": _t(
            _(
                "The site sets no cookie other than Plone's own: the authentication "
                "cookie (__ac) once you log in, and the session cookie it needs. No "
                "audience measurement, no advertising, no third-party cookie."
            ),
            request,
        ),
        "third_parties": {
            "text": _t(
                _(
                    "No page makes a request to another server without your action "
                    "(videos are loaded only when you click to play them), except the "
                    "map of the actors: its tiles come from the tile server "
                    "${server}, which sees your address (IP) like any web server. The "
                    "site's administrators can point this setting to a self-hosted "
                    "tile server.",
                    mapping={"server": server},
                ),
                request,
            ),
            "map_tile_server": server,
        },
    }
