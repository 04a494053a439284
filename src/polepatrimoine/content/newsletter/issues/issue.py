"""The ``NewsletterIssue`` type: an introduction and an ordered list of entries."""

from plone.app.textfield import RichText
from plone.autoform import directives
from plone.dexterity.content import Item
from plone.schema import JSONField
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.common.validators import FieldError
from polepatrimoine.content.common.validators import safe_url
from zope.interface import implementer

import json
import re


# The kinds, in the order their groups take in a composed issue.
KINDS = ("news", "event", "resource", "call", "actor", "link")
KIND_TITLES = {
    "news": _("News"),
    "event": _("Upcoming events"),
    "resource": _("New resources"),
    "call": _("Open calls for applications"),
    "actor": _("New actors"),
    "link": _("See also"),
}
FIELDS = ("kind", "uid", "url", "title", "summary")
MAX_ENTRIES = 100
MAX_TITLE = 300
MAX_SUMMARY = 2000
UID = re.compile(r"^[0-9a-f]{32}$")


class InvalidEntries(FieldError):
    """An entry of an issue that cannot be stored."""


ENTRIES_SCHEMA = json.dumps({"type": "array", "items": {"type": "object"}})


def clean_entry(entry, position: int) -> dict:
    """The entry as stored; ``InvalidEntries`` with a French message naming it."""
    number = position + 1
    if not isinstance(entry, dict):
        raise InvalidEntries(
            _("Entry ${number} is not an object.", mapping={"number": number})
        )
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise InvalidEntries(
            _(
                "Entry ${number}: unknown field ${name}.",
                mapping={"number": number, "name": unknown[0]},
            )
        )
    values = {}
    for name in FIELDS:
        value = entry.get(name) or ""
        if not isinstance(value, str) or "\0" in value:
            raise InvalidEntries(
                _(
                    "Entry ${number}: ${name} must be text.",
                    mapping={"number": number, "name": name},
                )
            )
        values[name] = value.strip()
    if values["kind"] not in KINDS:
        raise InvalidEntries(
            _(
                "Entry ${number}: the kind must be one of ${kinds}.",
                mapping={"number": number, "kinds": ", ".join(KINDS)},
            )
        )
    if not values["title"] or len(values["title"]) > MAX_TITLE:
        raise InvalidEntries(
            _(
                "Entry ${number}: the title is required (${max} characters at most).",
                mapping={"number": number, "max": MAX_TITLE},
            )
        )
    if len(values["summary"]) > MAX_SUMMARY:
        raise InvalidEntries(
            _(
                "Entry ${number}: the summary has ${max} characters at most.",
                mapping={"number": number, "max": MAX_SUMMARY},
            )
        )
    if values["uid"] and not UID.match(values["uid"]):
        raise InvalidEntries(
            _("Entry ${number}: the UID is not valid.", mapping={"number": number})
        )
    if not values["uid"]:
        if not values["url"]:
            raise InvalidEntries(
                _(
                    "Entry ${number}: give the UID of an item of the site or a link.",
                    mapping={"number": number},
                )
            )
        if safe_url(values["url"]) is None:
            raise InvalidEntries(
                _(
                    "Entry ${number}: the link must be an http or https address.",
                    mapping={"number": number},
                )
            )
    return values


def clean_entries(entries) -> list[dict]:
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise InvalidEntries(_("The entries must be a list."))
    if len(entries) > MAX_ENTRIES:
        raise InvalidEntries(
            _(
                "An issue has ${max} entries at most.",
                mapping={"max": MAX_ENTRIES},
            )
        )
    return [clean_entry(entry, i) for i, entry in enumerate(entries)]


def check_entries(value) -> bool:
    clean_entries(value)
    return True


class INewsletterIssue(model.Schema):
    """An issue of the network's newsletter."""

    introduction = RichText(title=_("Introduction"), required=False)

    # Edited on @@newsletter-entries (Classic UI) or by a REST PATCH.
    entries = JSONField(
        title=_("Entries"),
        schema=ENTRIES_SCHEMA,
        default=[],
        required=False,
        constraint=check_entries,
    )
    directives.omitted("entries")


@implementer(INewsletterIssue)
class NewsletterIssue(Item):
    """An issue of the newsletter; its sending state lives in ``delivery``."""
