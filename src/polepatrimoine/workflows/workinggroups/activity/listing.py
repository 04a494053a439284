"""An activity entry as the page and REST show it, and the request's filters."""

from plone import api
from polepatrimoine.content.common.dates import french_when
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.mail import fullname_of
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import count_param
from polepatrimoine.content.common.rest import single_param
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.activity import store
from zope.i18n import translate


PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

# What the actor did, as a sentence's verb ("Zoé Martin a ajouté « Note »").
VERBS = {
    "added": _("added"),
    "changed": _("changed"),
    "published": _("published"),
    "commented": _("commented on"),
    "joined": _("joined the group"),
    "left": _("left the group"),
    "mail": _("wrote to the group"),
    "poll": _("proposed dates"),
    "meeting": _("planned a meeting"),
}


def kinds_param(request) -> list:
    """``kind``: one kind or several separated by commas; a French 400 otherwise."""
    value = single_param(request, "kind", "")
    if value in (None, ""):
        return []
    kinds = [k.strip() for k in str(value).split(",") if k.strip()]
    unknown = [k for k in kinds if k not in store.KINDS]
    if unknown or not kinds:
        raise RequestError(
            _(
                "Unknown kind '${kind}': choose among ${kinds}.",
                mapping={
                    "kind": ", ".join(unknown) or str(value),
                    "kinds": ", ".join(store.KINDS),
                },
            ),
            field="kind",
        )
    return kinds


def batch_params(request) -> tuple:
    start = count_param(request, "b_start", 0)
    size = count_param(request, "b_size", PAGE_SIZE, maximum=MAX_PAGE_SIZE)
    if size == 0:
        raise RequestError(
            _(
                "The parameter '${name}' must be a whole number from 1 to ${max}.",
                mapping={"name": "b_size", "max": MAX_PAGE_SIZE},
            ),
            field="b_size",
        )
    return start, size


def local_time(entry) -> str:
    return french_when(entry.when)


def as_dict(entry, request) -> dict:
    url = request.physicalPathToURL(entry.url) if entry.url else None
    if entry.kind == "commented" and entry.details.get("comment_id") and url:
        url = f"{url}#{entry.details['comment_id']}"
    return {
        "id": entry.id,
        "kind": entry.kind,
        "kind_title": translate(store.KINDS[entry.kind], context=request),
        "verb": translate(VERBS[entry.kind], context=request),
        "when": iso_paris(entry.when),
        "when_local": local_time(entry),
        "actor": {
            "id": entry.actor,
            "fullname": fullname_of(entry.actor) if entry.actor else None,
        },
        "title": entry.title,
        "url": url,
        "UID": entry.uid,
        "details": entry.details,
    }


def page(group, request) -> dict:
    """The page of the stream the request asks for, as the current user sees it."""
    kinds = kinds_param(request)
    start, size = batch_params(request)
    viewer = api.user.get_current()
    items = store.entries(group, viewer=viewer, kinds=kinds, start=start, size=size)
    total = store.count(group, viewer=viewer, kinds=kinds)
    return {
        "items": [as_dict(entry, request) for entry in items],
        "items_total": total,
        "kinds": kinds,
        "b_start": start,
        "b_size": size,
    }
