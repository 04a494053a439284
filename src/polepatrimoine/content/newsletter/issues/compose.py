""" "Composer": what was published since the last issue sent, grouped by kind.

Catalog queries only, limited to what an anonymous visitor may see now: a
private draft or an item under embargo never reaches a newsletter.
"""

from DateTime import DateTime
from datetime import timedelta
from plone import api


# Without a previous issue, the first one looks back this far.
FIRST_ISSUE_DAYS = 31
PER_KIND = 20


def public_brains(**query) -> list:
    catalog = api.portal.get_tool("portal_catalog")
    return list(
        catalog.unrestrictedSearchResults(
            allowedRolesAndUsers=["Anonymous"], effectiveRange=DateTime(), **query
        )
    )


def last_sent(exclude_uid: str | None = None):
    """When the last issue sent was queued (a DateTime), or None."""
    for brain in public_brains(
        portal_type="NewsletterIssue",
        review_state="sent",
        sort_on="effective",
        sort_order="reverse",
    ):
        if exclude_uid != brain.UID:
            return brain.effective
    return None


def published_date(brain) -> DateTime:
    # Publishing through a workflow transition sets no effective date (1969,
    # Plone's floor): such an item counts from its creation.
    effective = brain.effective
    if effective is None or effective.year() <= 1970 or effective.year() > 2400:
        return brain.created
    return max(effective, brain.created)


def since_date(issue) -> DateTime:
    since = last_sent(exclude_uid=issue.UID())
    if since is None:
        since = DateTime() - FIRST_ISSUE_DAYS
    return since


def entry(kind: str, brain) -> dict:
    return {
        "kind": kind,
        "uid": brain.UID,
        "url": "",
        "title": brain.Title or brain.getId,
        "summary": brain.Description or "",
    }


def recent(portal_type: str, since: DateTime, **query) -> list:
    brains = public_brains(portal_type=portal_type, **query)
    found = sorted(
        (b for b in brains if published_date(b) >= since),
        key=published_date,
        reverse=True,
    )
    return found[:PER_KIND]


def compose_entries(issue) -> list[dict]:
    since = since_date(issue)
    start = DateTime().asdatetime() - timedelta(minutes=1)
    entries = [entry("news", b) for b in recent("News Item", since)]
    events = [
        b
        for b in public_brains(
            portal_type="Event",
            start={"query": start, "range": "min"},
            sort_on="start",
        )
        if published_date(b) >= since
    ]
    entries += [entry("event", b) for b in events[:PER_KIND]]
    entries += [entry("resource", b) for b in recent("Resource", since)]
    calls = public_brains(
        portal_type="Call", review_state="open", sort_on="sortable_title"
    )
    entries += [entry("call", b) for b in calls[:PER_KIND]]
    entries += [entry("actor", b) for b in recent("Actor", since)]
    return entries


def compose(issue) -> list[dict]:
    """Fill the issue's entries anew and return them."""
    issue.entries = compose_entries(issue)
    issue.reindexObject()
    return issue.entries
