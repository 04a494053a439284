"""Bad filter parameters on the suite's Classic UI pages: a repeated parameter,
a record, a NUL byte, a huge value or ``b_start=abc`` answer the page unfiltered
(the value ignored) or a 400 page with a French message, never a 500."""

from plone import api
from tests.content.meetings.helpers import make_event
from tests.fixtures.http import client

import pytest
import re
import transaction


HUGE = "x" * 100_000


def variants(name):
    """Query strings an attacker tries on a filter ``name``."""
    return {
        "repeated": f"{name}=a&{name}=b",
        "repeated known values": None,  # filled per page, with real tokens
        "record": f"{name}.x:record=a",
        "NUL byte": f"{name}=a%00b",
        "huge": f"{name}={HUGE}",
        "b_start=abc": "b_start=abc",
        "negative b_start": "b_start=-3",
    }


# page -> (path under the portal, filters with two real tokens, who looks)
PAGES = {
    "agenda": ("agenda/@@agenda", {"format": ("atelier", "rencontre")}, None),
    "resources": (
        "ressources/@@resources",
        {
            "type": ("video", "guide"),
            "audience": ("jeunes", "professionnels"),
            "topic": ("bati", "mobilier"),
        },
        None,
    ),
    "youth": (
        "ressources/@@youth",
        {"type": ("video", "guide"), "audience": ("jeunes", "professionnels")},
        None,
    ),
    "directory": (
        "acteurs",
        {"department": ("44", "49"), "actor_category": ("association", "entreprise")},
        None,
    ),
    "applications": (
        "accompagnement/appel-test/@@applications",
        {"review_state": ("submitted", "draft")},
        "admin",
    ),
}


def cases():
    for page, (_path, filters, _who) in PAGES.items():
        for name, tokens in filters.items():
            for variant, query in variants(name).items():
                if query is None and page == "directory":
                    # Several values are the directory's multiple choice.
                    continue
                if query is None:
                    query = f"{name}={tokens[0]}&{name}={tokens[1]}"
                yield pytest.param(page, query, id=f"{page}-{name}-{variant}")


@pytest.fixture
def listed(world):
    """Something on each page: an event, a resource, a call (``world``'s)."""
    portal = world.portal
    make_event(portal["agenda"], obj_id="atelier-filtre", meeting_format="atelier")
    with api.env.adopt_roles(["Manager"]):
        resource = api.content.create(
            container=portal["ressources"],
            type="Resource",
            id="guide-filtre",
            title="Guide du filtre",
            resource_type="guide",
            resource_audience=["jeunes"],
        )
        api.content.transition(obj=resource, to_state="published")
    transaction.commit()
    return portal


def fetch(portal, path, query, who):
    session = client(admin=who == "admin", json=False)
    return session.get(f"{portal.absolute_url()}/{path}?{query}")


def listing_text(html: str) -> str:
    """The page's content, without tokens and the URL echoed in links."""
    match = re.search(r'id="content-core".*?(?=<footer|$)', html, re.S)
    text = match.group(0) if match else html
    return " ".join(re.sub("<[^>]+>", " ", text).split())


@pytest.mark.parametrize(("page", "query"), list(cases()))
def test_a_bad_filter_is_ignored_or_refused_in_french(listed, page, query):
    path, _filters, who = PAGES[page]
    response = fetch(listed, path, query, who)
    assert response.status_code in (200, 400), (response.status_code, query[:80])
    if response.status_code == 400:
        # The French error above the list: a value named, or b_start's rule.
        assert re.search(
            r"valeur inconnue|nombre entier|une seule valeur|caractère nul",
            response.text,
        ), listing_text(response.text)[:500]
    else:
        unfiltered = fetch(listed, path, "", who)
        assert listing_text(response.text) == listing_text(unfiltered.text)
