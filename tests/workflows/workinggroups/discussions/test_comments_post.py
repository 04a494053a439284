"""POST @comments: who may, bad input in French naming the field, nothing half-written."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.polls import creating
from tests.security.browser_session import BrowserSession
from tests.workflows.workinggroups.scenario import http

import pytest
import transaction


def post(s, persona, item, body, suffix=""):
    return http(s, persona).post(f"{item.absolute_url()}/@comments{suffix}", json=body)


def count(s, item) -> int:
    listing = http(s, "coordinator").get(f"{item.absolute_url()}/@comments")
    return listing.json()["items_total"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   "}, "text"),
        ({"text": 12}, "text"),
        ({"text": "x" * 10_001}, "text"),
        ({"text": "Bonjour", "author_name": "Quelqu'un d'autre"}, "author_name"),
    ],
)
def test_bad_input(live, body, field):
    response = post(live, "member", live.internal, body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == field
    assert error["type"] == "BadRequest"
    assert count(live, live.internal) == 0


def test_refusals_in_french(live):
    guest = post(live, "guest", live.internal, {"text": "Bonjour"})
    assert guest.status_code == 403
    assert guest.json()["error"]["message"] == (
        "Seuls les coordinateurs et les membres du groupe peuvent commenter."
    )
    anonymous = post(live, "anonymous", live.published, {"text": "Bonjour"})
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["message"] == "Connectez-vous pour commenter."
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        page = api.content.create(
            container=live.portal["ressources"],
            type="Document",
            id="hors",
            title="Hors",
        )
    transaction.commit()
    outside = post(live, "site_coordinator", page, {"text": "Bonjour"})
    assert outside.status_code == 403
    assert "espaces des groupes de travail" in outside.json()["error"]["message"]
    assert count(live, live.internal) == 0
    assert count(live, live.published) == 0


def test_replies(live):
    first = post(live, "member", live.internal, {"text": "Première"})
    assert first.status_code == 204
    cid = first.headers["Location"].rsplit("/", 1)[-1]
    reply = post(live, "coordinator", live.internal, {"text": "Réponse"}, f"/{cid}")
    assert reply.status_code == 204
    items = http(live, "guest").get(f"{live.internal.absolute_url()}/@comments").json()
    assert [(i["in_reply_to"], i["author_username"]) for i in items["items"]] == [
        (None, live.users["member"]),
        (cid, live.users["coordinator"]),
    ]
    for bad in ("abc", "123"):
        response = post(live, "member", live.internal, {"text": "x"}, f"/{bad}")
        assert response.status_code == 404, bad
    assert count(live, live.internal) == 2


def test_a_cookie_session_needs_the_csrf_token(live):
    """plone.restapi turns CSRF protection off for comments: the suite's rule holds."""
    browser = BrowserSession(live.portal.absolute_url(), "member@example.org")
    url = f"{live.internal.absolute_url()}/@comments"
    forged = browser.request(
        "POST", url, data='{"text": "Forgé"}', headers={"Content-Type": "text/plain"}
    )
    assert forged.status_code in (403, 415)
    no_token = browser.request("POST", url, json={"text": "Sans jeton"})
    assert no_token.status_code == 403
    assert count(live, live.internal) == 0
    with_token = browser.request(
        "POST",
        url,
        json={"text": "Avec jeton"},
        headers={"X-CSRF-TOKEN": browser.token},
    )
    assert with_token.status_code == 204
    assert count(live, live.internal) == 1


def test_coordinators_delete_comments(live):
    first = post(live, "member", live.internal, {"text": "À effacer"})
    url = first.headers["Location"]
    for persona in ("guest", "member", "outsider"):
        assert http(live, persona).delete(url).status_code in (401, 403), persona
    assert count(live, live.internal) == 1
    assert http(live, "coordinator").delete(url).status_code == 204
    assert count(live, live.internal) == 0


def test_members_comment_a_poll_and_a_kept_mail(live):
    """Over REST, as a member: every item of a space takes comments, polls and
    kept group mails included; a guest reads them and may not write."""
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        poll = creating.create_poll(
            live.group,
            {"title": "Sondage", "dates": ["2027-03-18T14:00", "2027-03-25T14:00"]},
        )
        message = sending.keep(
            live.group, live.users["coordinator"], "Objet", "Texte", "all", 3
        )
    transaction.commit()
    for item in (poll, message):
        response = post(live, "member", item, {"text": "Jeudi me convient."})
        assert response.status_code == 204, (item, response.text)
        listing = http(live, "guest").get(f"{item.absolute_url()}/@comments")
        assert [c["text"]["data"] for c in listing.json()["items"]] == [
            "Jeudi me convient."
        ]
        assert post(live, "guest", item, {"text": "Moi aussi"}).status_code in (
            401,
            403,
        )
        assert count(live, item) == 1
