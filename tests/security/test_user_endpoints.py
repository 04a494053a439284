"""Plone's user and group endpoints and control panels work with working-group members present.

The working groups' PAS plugin hands out principals (``workinggroup:<uid>:<role>``)
that every page listing a user's groups must resolve: they used to answer 500.
"""

from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


ADMINS = ["admin", "site_coordinator"]
MEMBERS = ["coordinator", "member", "guest"]


@pytest.fixture
def live(functional):
    scenario = build(functional["portal"])
    transaction.commit()
    return scenario


def as_(live, persona, json=True):
    if persona == "admin":
        from tests.fixtures.http import client

        return client(live.portal.absolute_url(), admin=True, json=json)
    return http(live, persona, json=json)


def url(live, path):
    return f"{live.portal.absolute_url()}/{path}"


@pytest.mark.parametrize("persona", ADMINS)
class TestRestUsers:
    def test_listing(self, live, persona):
        response = as_(live, persona).get(url(live, "@users"))
        assert response.status_code == 200, response.text
        ids = {item["id"] for item in response.json()["items"]}
        assert {live.users[m] for m in MEMBERS} <= ids

    @pytest.mark.parametrize("query", ["member", "coordinator", "Guest"])
    def test_query(self, live, persona, query):
        response = as_(live, persona).get(url(live, "@users"), params={"query": query})
        assert response.status_code == 200, response.text
        ids = {item["id"] for item in response.json()["items"]}
        assert live.users[query.lower()] in ids

    @pytest.mark.parametrize("member", MEMBERS)
    def test_one_user_shows_their_working_group(self, live, persona, member):
        response = as_(live, persona).get(url(live, f"@users/{live.users[member]}"))
        assert response.status_code == 200, response.text
        groups = {g["id"] for g in response.json()["groups"]["items"]}
        assert f"workinggroup:{live.group.UID()}:{member}" in groups

    def test_a_member_of_another_group_and_a_site_coordinator(self, live, persona):
        client = as_(live, persona)
        for name in ("other_group_member", "site_coordinator", "outsider"):
            response = client.get(url(live, f"@users/{live.users[name]}"))
            assert response.status_code == 200, (name, response.text)
        groups = client.get(url(live, f"@users/{live.users['site_coordinator']}"))
        assert "coordinateurs" in {g["id"] for g in groups.json()["groups"]["items"]}

    def test_edit_a_member(self, live, persona):
        client = as_(live, persona)
        userid = live.users["member"]
        response = client.patch(
            url(live, f"@users/{userid}"), json={"fullname": "Membre renommé"}
        )
        assert response.status_code == 204, response.text
        assert (
            client.get(url(live, f"@users/{userid}")).json()["fullname"]
            == "Membre renommé"
        )


@pytest.mark.parametrize("persona", ADMINS)
class TestRestGroupsAndPrincipals:
    def test_groups_listing_leaves_the_working_group_principals_out(
        self, live, persona
    ):
        response = as_(live, persona).get(url(live, "@groups"))
        assert response.status_code == 200, response.text
        ids = {g["id"] for g in response.json()}
        assert {"coordinateurs", "adherents", "jury"} <= ids
        assert not [i for i in ids if i.startswith("workinggroup:")]

    def test_a_site_group_with_members(self, live, persona):
        response = as_(live, persona).get(url(live, "@groups/coordinateurs"))
        assert response.status_code == 200, response.text
        members = response.json()["members"]["items"]
        assert live.users["site_coordinator"] in members

    def test_a_working_group_principal(self, live, persona):
        principal = f"workinggroup:{live.group.UID()}:member"
        response = as_(live, persona).get(url(live, f"@groups/{principal}"))
        assert response.status_code == 200, response.text
        assert response.json()["title"] == "Groupe test : Membre"
        assert response.json()["members"]["items"] == [live.users["member"]]

    @pytest.mark.parametrize("query", ["coord", "Groupe", "workinggroup"])
    def test_groups_query(self, live, persona, query):
        response = as_(live, persona).get(url(live, "@groups"), params={"query": query})
        assert response.status_code == 200, response.text
        ids = {g["id"] for g in response.json()}
        assert not [i for i in ids if i.startswith("workinggroup:")]
        if query == "coord":
            assert "coordinateurs" in ids

    @pytest.mark.parametrize("search", ["member", "coord", "Groupe"])
    def test_principals_search(self, live, persona, search):
        response = as_(live, persona).get(
            url(live, "@principals"), params={"search": search}
        )
        if persona == "site_coordinator":
            # plone.restapi keeps @principals to "Manage portal".
            assert response.status_code == 401
            return
        assert response.status_code == 200, response.text
        groups = {g["id"] for g in response.json()["groups"]}
        assert not [i for i in groups if i.startswith("workinggroup:")]
        if search == "member":
            assert live.users["member"] in {u["id"] for u in response.json()["users"]}


@pytest.mark.parametrize("persona", ["member", "outsider", "anonymous"])
def test_the_user_endpoints_stay_closed_to_others(live, persona):
    client = as_(live, persona)
    for path in ("@users", f"@users/{live.users['coordinator']}", "@groups"):
        assert client.get(url(live, path)).status_code in (401, 403), path


PAGES = (
    "@@usergroup-userprefs",
    "@@usergroup-userprefs?searchstring=member",
    "@@usergroup-userprefs?searchstring=&form.button.FindAll=1",
    "@@usergroup-groupprefs",
    "@@usergroup-groupprefs?searchstring=&form.button.FindAll=1",
    "@@usergroup-groupmembership?groupname=coordinateurs",
    "@@usergroup-groupmembership?groupname=coordinateurs&searchstring=member",
    "@@usergroup-usermembership?userid={member}",
    "@@usergroup-usermembership?userid={coordinator}&searchstring=coord",
    "@@user-information?userid={member}",
    "@@member-search?SearchableText=member",
    "author/{coordinator}",
)


@pytest.mark.parametrize("persona", ADMINS)
@pytest.mark.parametrize("page", PAGES)
def test_control_panels(live, persona, page):
    path = page.format(**live.users)
    response = as_(live, persona, json=False).get(url(live, path))
    assert response.status_code == 200, response.text[:2000]
    assert "insufficient-privileges" not in response.url
    assert "require_login" not in response.url
    if page.startswith("@@usergroup-groupprefs"):
        assert "workinggroup:" not in response.text
    if page.startswith("@@usergroup-usermembership"):
        assert "Groupe test" in response.text


@pytest.mark.parametrize("persona", ADMINS)
def test_sharing_of_a_working_group(live, persona):
    """The sharing page and @sharing list the group's principals' inherited roles."""
    page = as_(live, persona, json=False).get(f"{live.group.absolute_url()}/@@sharing")
    assert page.status_code == 200
    assert "insufficient-privileges" not in page.url
    response = as_(live, persona).get(f"{live.internal.absolute_url()}/@sharing")
    assert response.status_code == 200, response.text
