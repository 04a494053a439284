"""The blocks of the home page, each read from catalog brains, as plain data.

The page and ``@home`` show the same dicts. Every query goes through the
catalog's security (``api.content.find``) and keeps to published content: the
home page is the network's public face, a draft or a group's internal item
never reaches it, whoever looks. The actors' count is the directory's, so that
it matches the map's markers.
"""

from collections.abc import Callable
from DateTime import DateTime
from plone import api
from plone.base.utils import safe_text
from polepatrimoine.content import _
from polepatrimoine.content.actors import search as actors_search
from polepatrimoine.content.calls.call import today
from polepatrimoine.content.common.dates import french_datetime
from polepatrimoine.content.common.dates import french_day
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.home.settings import PREFIX
from polepatrimoine.content.home.settings import IHomeSettings
from polepatrimoine.content.home.settings import parse_mission
from polepatrimoine.content.news import search as news_search
from polepatrimoine.content.opportunities import expiry
from urllib.parse import urlencode
from zope.i18n import translate

import Missing


TITLES = {
    "intro": _("The network"),
    "map": _("The heritage actors on the map"),
    "news": _("Latest news"),
    "events": _("Next events"),
    "calls": _("Open calls for applications"),
    "groups": _("Working groups"),
    "youth": _("Jeunes-Pros du Patrimoine"),
    "newsletter": _("The newsletter"),
}


# The workflows package grants it to the group's members (content does not import it).
SPACE = "polepatrimoine: View working group space"

ACTORS = (_("${count} actor"), _("${count} actors"))
OPEN_OFFERS = (_("${count} open offer"), _("${count} open offers"))


def settings() -> dict:
    """The control panel's values; a record missing (an old site) reads as its default."""
    values = {}
    for name, field in IHomeSettings.namesAndDescriptions():
        value = api.portal.get_registry_record(f"{PREFIX}.{name}", default=None)
        values[name] = field.default if value is None else value
    return values


def _text(value) -> str:
    return "" if value is None or value is Missing.Value else safe_text(value)


def _date(value):
    return None if value is None or value is Missing.Value else value


def _iso(value) -> str | None:
    # JSON dates: ISO 8601 with the Paris offset, as everywhere in the suite.
    return iso_paris(_date(value))


def plural(request, count: int, forms: tuple) -> str:
    """French plural: 0 and 1 take the singular."""
    message = _(forms[0] if count <= 1 else forms[1], mapping={"count": count})
    return translate(message, context=request)


def _link(brain, **extra) -> dict:
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "title": _text(brain.Title),
        "description": _text(brain.Description),
        **extra,
    }


def intro_block(request, config) -> dict | None:
    paragraphs = [
        part.strip() for part in (config["intro"] or "").split("\n\n") if part.strip()
    ]
    missions = [
        {"title": title, "text": text}
        for title, text in map(parse_mission, config["missions"] or ())
        if title and text
    ]
    if not paragraphs and not missions:
        return None
    about = api.content.find(portal_type="Document", id="a-propos", sort_limit=1)
    return {
        "paragraphs": paragraphs,
        "missions": missions,
        "about_url": about[0].getURL() if about else None,
    }


def map_block(request, config) -> dict | None:
    directories = api.content.find(portal_type="ActorsDirectory", sort_limit=1)
    if not directories:
        return None
    count = len(actors_search.search({}))
    if not count:
        return None
    directory_url = directories[0].getURL()
    return {
        "count": count,
        "count_text": plural(request, count, ACTORS),
        "directory_url": directory_url,
        "geojson_url": f"{directory_url}/@actors-geojson",
    }


def news_block(request, config) -> dict | None:
    portal = api.portal.get()
    brains = news_search.search(portal, {})[: config["items"]]
    if not brains:
        return None
    sections = api.content.find(portal_type="Folder", id="actualites", sort_limit=1)
    return {
        "items": [
            _link(
                brain,
                effective=_iso(brain.effective),
                date=news_search.french_date(brain.effective),
            )
            for brain in brains
        ],
        "more_url": sections[0].getURL() if sections else None,
    }


def events_block(request, config) -> dict | None:
    brains = api.content.find(
        portal_type="Event",
        review_state="published",
        end={"query": DateTime(), "range": "min"},
        sort_on="start",
        sort_limit=config["items"],
    )[: config["items"]]
    if not brains:
        return None
    sections = api.content.find(portal_type="Folder", id="agenda", sort_limit=1)
    return {
        "items": [
            _link(
                brain,
                start=_iso(brain.start),
                end=_iso(brain.end),
                date=french_datetime(_date(brain.start)),
                location=_text(getattr(brain, "location", "")),
            )
            for brain in brains
        ],
        "more_url": sections[0].getURL() + "/@@agenda" if sections else None,
    }


def calls_block(request, config) -> dict | None:
    brains = api.content.find(
        portal_type="Call",
        review_state="open",
        call_close_date={"query": today(), "range": "min"},
        sort_on="call_close_date",
    )[: config["items"]]
    if not brains:
        return None
    return {
        "items": [
            _link(
                brain,
                close_date=_date(brain.call_close_date)
                and brain.call_close_date.isoformat(),
                close_date_text=french_day(_date(brain.call_close_date)),
            )
            for brain in brains
        ]
    }


def groups_block(request, config) -> dict | None:
    brains = api.content.find(
        portal_type="WorkingGroup", review_state="active", sort_on="sortable_title"
    )
    if not brains:
        return None
    anonymous = api.user.is_anonymous()
    portal_url = api.portal.get().absolute_url()
    items = []
    for brain in brains:
        url = brain.getURL()
        join, space = f"{url}/@@join", None
        if anonymous:
            # Logged in, Plone's form takes the visitor on to the join request.
            join = f"{portal_url}/login?{urlencode({'came_from': join})}"
        elif api.user.has_permission(SPACE, obj=brain.getObject()):
            # Who already belongs to the group goes to its space, as on the
            # group's page; the few active groups are woken for their roles.
            join, space = None, f"{url}/@@space"
        items.append(_link(brain, join_url=join, space_url=space))
    return {"items": items}


def youth_block(request, config) -> dict | None:
    # The created index is precise to the minute: the metadata orders within it.
    brains = sorted(
        api.content.find(**expiry.open_query()),
        key=lambda brain: brain.created,
        reverse=True,
    )
    sections = api.content.find(portal_type="Folder", id="jeunes-pros", sort_limit=1)
    count = len(brains)
    if not count:
        return None
    return {
        "count": count,
        "count_text": plural(request, count, OPEN_OFFERS),
        "items": [
            _link(
                brain,
                deadline=_date(brain.opportunity_deadline)
                and brain.opportunity_deadline.isoformat(),
                deadline_text=french_day(_date(brain.opportunity_deadline)),
                structure=_text(brain.structure_title),
                commune=_text(brain.commune),
            )
            for brain in brains[: config["items"]]
        ],
        "section_url": sections[0].getURL() if sections else None,
    }


def newsletter_block(request, config) -> dict | None:
    portal_url = api.portal.get().absolute_url()
    return {
        "subscribe_url": f"{portal_url}/@@newsletter-subscribe",
        "service_url": f"{portal_url}/@newsletter-subscribe",
    }


BUILDERS: dict[str, Callable] = {
    "intro": intro_block,
    "map": map_block,
    "news": news_block,
    "events": events_block,
    "calls": calls_block,
    "groups": groups_block,
    "youth": youth_block,
    "newsletter": newsletter_block,
}


def blocks(request) -> list[dict]:
    """The configured blocks, in their order, each with its data; empty ones left out."""
    config = settings()
    result = []
    for block_id in config["blocks"] or ():
        builder = BUILDERS.get(block_id)
        data = builder(request, config) if builder else None
        if data is not None:
            result.append(
                {
                    "id": block_id,
                    "title": translate(TITLES[block_id], context=request),
                    **data,
                }
            )
    return result
