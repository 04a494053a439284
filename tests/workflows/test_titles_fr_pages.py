"""The group's space and join pages and a call's page: no English word, no Plone byline."""

from plone import api
from tests.fixtures.calls import login_name
from tests.fixtures.http import client
from tests.workflows.workinggroups.discussions.space import comment
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest

import pytest
import transaction


BYLINE = 'id="section-byline"'


@pytest.fixture
def live(functional):
    scenario = build(functional["portal"])
    transaction.commit()
    return scenario


def index_without_request(obj) -> None:
    """Index as the demo content's script does: no request to translate with."""
    request = getRequest()
    setRequest(None)
    try:
        catalog = api.portal.get_tool("portal_catalog")
        catalog.catalog_object(obj, "/".join(obj.getPhysicalPath()))
    finally:
        setRequest(request)


def recent_changes(html: str) -> str:
    return html.split('class="recent-changes"')[1].split("</section>")[0]


def test_a_comment_in_recent_changes_reads_in_french(live):
    assert comment(live, "member", live.internal, "Un avis") is not None
    transaction.begin()
    catalog = api.portal.get_tool("portal_catalog")
    path = "/".join(live.group.getPhysicalPath())
    (brain,) = catalog.unrestrictedSearchResults(
        portal_type="Discussion Item", path=path
    )
    index_without_request(brain._unrestrictedGetObject())
    transaction.commit()
    (brain,) = catalog.unrestrictedSearchResults(
        portal_type="Discussion Item", path=path
    )
    # What the reviewer saw on the demo site: Plone's English title, catalogued.
    assert f" on {live.internal.Title()}" in brain.Title

    for headers in ({}, {"Accept-Language": "fr"}):
        answer = http(live, "member", json=False).get(
            f"{live.group.absolute_url()}/@@space", headers=headers
        )
        assert answer.status_code == 200
        changes = recent_changes(answer.text)
        assert f" sur {live.internal.Title()}" in changes, changes
        assert " on " not in changes


@pytest.mark.parametrize(
    ("persona", "page"), [("member", "space"), ("outsider", "join")]
)
def test_no_byline_on_the_group_pages(live, persona, page):
    answer = http(live, persona, json=False).get(
        f"{live.group.absolute_url()}/@@{page}"
    )
    assert answer.status_code == 200
    assert BYLINE not in answer.text
    assert "Dernière modification" not in answer.text


def test_the_byline_stays_on_a_document(live):
    """The viewlet is Plone's elsewhere: the tests above would see it."""
    answer = http(live, "member", json=False).get(live.published.absolute_url())
    assert answer.status_code == 200
    assert BYLINE in answer.text


def test_no_byline_on_a_call(world):
    member = client(login=login_name("applicant"), json=False)
    answer = member.get(world.call.absolute_url())
    assert answer.status_code == 200
    assert world.call.Title() in answer.text
    assert BYLINE not in answer.text


def test_the_state_menu_tooltips_are_french(live):
    """Plone's state menu shows a transition's description as its entry's title."""
    answer = http(live, "site_coordinator", json=False).get(
        live.group.absolute_url(), headers={"Accept": "text/html"}
    )
    assert answer.status_code == 200
    assert 'title="Clore le groupe : son espace privé passe en lecture seule."' in (
        answer.text
    )
    assert "Close the group" not in answer.text
