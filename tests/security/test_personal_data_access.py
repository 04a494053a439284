"""Only the person themself and the coordinators reach their personal data.

A member cannot read another's data through ``@my-data``, the
``@personal-data*`` endpoints or the pages; the audit log holds no data; an
erasure leaves no trace of the person's address and name in ``@search``, the
catalog, ``@users`` and the groups and rosters.
"""

from plone import api
from polepatrimoine.workflows.workinggroups import membership
from tests.content.personaldata.people import EMAIL
from tests.content.personaldata.people import FULLNAME
from tests.content.personaldata.people import LOCATION
from tests.content.personaldata.people import log_of
from tests.content.personaldata.people import make_person
from tests.fixtures.http import client
from tests.security.browser_session import BrowserSession
from tests.workflows.workinggroups.scenario import build

import json
import pytest
import transaction


READS = ("@personal-data", "@personal-data-export", "@personal-data-log")
ERASE = {"email": EMAIL, "reason": "Demande"}


def account_exists(clients) -> bool:
    found = clients["admin"].get("@users", params={"search": EMAIL}).json()
    return any(user["email"] == EMAIL for user in found["items"])


def readable(text: str) -> str:
    """A JSON answer with its \\u escapes decoded (« Zoé » is sent as « Zo\\u00e9 »)."""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def no_trace(text: str, userid: str) -> None:
    text = readable(text)
    for secret in (EMAIL, FULLNAME, LOCATION, userid):
        assert secret not in text, secret


@pytest.fixture
def editor(functional, members):
    """A member with the global roles Editor and Reviewer, not a coordinator."""
    with api.env.adopt_roles(["Manager"]):
        api.user.grant_roles(username="bruno@example.org", roles=["Editor", "Reviewer"])
    transaction.commit()
    return "bruno@example.org"


@pytest.mark.parametrize("endpoint", READS)
def test_a_visitor_gets_401(functional, clients, endpoint):
    userid = make_person(functional["portal"])
    response = clients["anonymous"].get(endpoint, params={"email": EMAIL})
    assert response.status_code == 401
    assert response.json()["error"]["message"] == (
        "Connectez-vous en tant que coordinateur pour gérer les données personnelles."
    )
    no_trace(response.text, userid)


@pytest.mark.parametrize("login", ["alice@example.org", "bruno@example.org"])
@pytest.mark.parametrize("endpoint", READS)
def test_a_member_or_an_editor_gets_403(functional, clients, editor, endpoint, login):
    userid = make_person(functional["portal"])
    response = client(login=login).get(endpoint, params={"email": EMAIL})
    assert response.status_code == 403
    assert response.json()["error"]["message"] == (
        "Seuls les coordinateurs du réseau peuvent gérer les données personnelles."
    )
    no_trace(response.text, userid)
    # Refused requests are no access of the coordinators: nothing logged.
    assert log_of(clients) == []


@pytest.mark.parametrize("who", ["anonymous", "alice", "editor"])
def test_no_one_but_a_coordinator_erases(functional, clients, editor, who):
    make_person(functional["portal"])
    session = client(login=editor) if who == "editor" else clients[who]
    response = session.post("@personal-data-erase", json=ERASE)
    assert response.status_code == (401 if who == "anonymous" else 403)
    assert account_exists(clients)
    assert log_of(clients) == []


def test_a_cookie_without_the_token_erases_nothing(functional, clients):
    """A coordinator's session cookie, sent by a forged cross-site request."""
    make_person(functional["portal"])
    session = BrowserSession(functional["portal"].absolute_url(), "claire@example.org")
    forged = (
        {"data": "email=zoe", "headers": {"Content-Type": "text/plain"}},
        {"json": ERASE},
        {"json": ERASE, "headers": {"Origin": "https://evil.example.com"}},
        {"json": ERASE, "headers": {"X-CSRF-TOKEN": "faux"}},
    )
    for kw in forged:
        response = session.request("POST", "@personal-data-erase", **kw)
        assert response.status_code == 403, (kw, response.text)
    assert account_exists(clients)
    # The same session with the site's token is the coordinator at work.
    done = session.request(
        "POST",
        "@personal-data-erase",
        json=ERASE,
        headers={"X-CSRF-TOKEN": session.token},
    )
    assert done.status_code == 200, done.text
    assert not account_exists(clients)


@pytest.mark.parametrize(
    "params", [{}, {"email": EMAIL}, {"userid": "zoe-quirinalesque"}, {"login": EMAIL}]
)
def test_my_data_is_always_ones_own(functional, clients, params):
    userid = make_person(functional["portal"])
    response = clients["alice"].get("@my-data", params=params)
    assert response.status_code == 200
    assert response.json()["email"] == "alice@example.org"
    no_trace(response.text, userid)
    page = client(login="alice@example.org", json=False).get("@@my-data", params=params)
    assert "alice@example.org" in page.text
    no_trace(page.text, userid)


@pytest.mark.parametrize("who", ["anonymous", "alice"])
def test_the_coordinators_page_is_closed(functional, clients, who):
    userid = make_person(functional["portal"])
    clients["claire"].get("@personal-data", params={"email": EMAIL})
    login = None if who == "anonymous" else "alice@example.org"
    browser = client(login=login, json=False)
    page = browser.get("@@personal-data", params={"email": EMAIL})
    assert "login" in page.url or "insufficient-privileges" in page.url
    assert "personal-data-log" not in page.text
    no_trace(page.text, userid)
    posted = browser.post(
        "@@personal-data",
        data={**ERASE, "confirm": EMAIL, "form.buttons.erase": "1"},
    )
    assert posted.status_code != 200 or "Effacé pour" not in posted.text
    assert account_exists(clients)


def test_the_log_holds_who_when_what_for_whom_and_never_the_data(functional, clients):
    userid = make_person(functional["portal"])
    claire = clients["claire"]
    assert claire.get("@personal-data", params={"email": EMAIL}).status_code == 200
    assert (
        claire.get("@personal-data-export", params={"email": EMAIL}).status_code == 200
    )
    assert client(login=EMAIL).get("@my-data").status_code == 200
    entries = log_of(clients)
    assert [e["action"] for e in entries] == ["my-data", "export", "search"]
    for entry in entries:
        assert set(entry) == {
            "date",
            "actor",
            "action",
            "email",
            "stores",
            "counts",
            "reason",
        }
        assert entry["email"] == EMAIL
        assert all(isinstance(n, int) for n in entry["counts"].values())
    # The person's own download names them by their address, not by their id
    # (made from their name).
    assert entries[0]["actor"] == EMAIL
    assert entries[1]["actor"] == "claire@example.org"
    no_name = readable(claire.get("@personal-data-log").text)
    page = client(login="claire@example.org", json=False).get("@@personal-data").text
    for shown in (no_name, page):
        assert EMAIL in shown
        for secret in (FULLNAME, LOCATION, userid):
            assert secret not in shown, secret


def versions_of(admin, obj) -> list:
    history = admin.get(f"{obj.absolute_url()}/@history").json()
    return [entry for entry in history if entry.get("type") == "versioning"]


def test_erasure_leaves_no_trace(functional, clients):
    portal = functional["portal"]
    scenario = build(portal)
    userid = make_person(portal)
    with api.env.adopt_roles(["Manager"]):
        membership.add_member(scenario.group, userid, "member")
        note = api.content.create(
            container=portal["ressources"], type="Document", title="Note de lecture"
        )
        note.creators = (userid,)
        note.changeOwnership(api.user.get(userid=userid).getUser())
        note.reindexObject()
        # Someone else's document, which she edits.
        report = api.content.create(
            container=portal["ressources"], type="Document", title="Compte rendu"
        )
        for obj in (note, report):
            api.user.grant_roles(username=EMAIL, obj=obj, roles=["Editor"])
    with api.env.adopt_user(user=api.user.get(userid=userid)):
        # Her edits: versions saved by her (the note's copy names her creator).
        repository = api.portal.get_tool("portal_repository")
        repository.save(note, comment="Relecture")
        repository.save(report, comment="Relecture")
    transaction.commit()
    admin = clients["admin"]
    group_url = scenario.group.absolute_url()

    def everything() -> str:
        # The answers' own "@id" repeats the query: left out.
        return "\n".join(
            json.dumps(
                answer
                if isinstance(answer := admin.get(path, params=params).json(), list)
                else {k: v for k, v in answer.items() if k not in ("@id", "batching")},
                ensure_ascii=False,
            )
            for path, params in (
                ("@search", {"SearchableText": "Quirinalesque"}),
                ("@search", {"Creator": userid}),
                ("@search", {"path": "/plone/ressources", "metadata_fields": "_all"}),
                ("@users", {"search": EMAIL}),
                ("@users", {"query": "Quirinalesque"}),
                ("@groups/adherents", {}),
                (f"{group_url}/@members", {}),
                (f"{note.absolute_url()}/@history", {}),
                (f"{report.absolute_url()}/@history", {}),
            )
        )

    before_versions = {obj: versions_of(admin, obj) for obj in (note, report)}
    for versions in before_versions.values():
        assert "Relecture" in [v["comments"] for v in versions]
    before = everything()
    assert EMAIL in before
    assert FULLNAME in before
    assert userid in before
    response = clients["claire"].post(
        "@personal-data-erase", json={"email": EMAIL, "reason": "Demande du 2 mai"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["erased"]["users"] == 1
    no_trace(everything(), userid)
    # What remains is the log's proof that the request was answered.
    found = clients["claire"].get("@personal-data", params={"email": EMAIL}).json()
    left = {name for name, store in found["stores"].items() if store["items"]}
    assert left == {"personal-data-log"}
    no_trace(json.dumps(found["stores"], ensure_ascii=False), userid)
    catalog = api.portal.get_tool("portal_catalog")
    transaction.begin()
    assert not catalog.unrestrictedSearchResults(Creator=userid)
    assert not [
        b
        for b in catalog.unrestrictedSearchResults()
        if userid in (b.listCreators or ())
    ]
    assert userid not in membership.members(scenario.group)
    # Her versions went; the first ones, saved by the test's user, stay.
    for obj, versions in before_versions.items():
        after = versions_of(admin, obj)
        assert "Relecture" not in [v["comments"] for v in after]
        assert len(after) == len(versions) - 1
        assert after
