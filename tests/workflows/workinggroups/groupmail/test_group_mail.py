"""Mail the group: who receives it, Reply-To, the kept message, refusals and bad input (real SMTP)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity import store as activity
from tests.workflows.workinggroups.scenario import http
from tests.workflows.workinggroups.scenario import make_user

import pytest
import re
import transaction


@pytest.fixture
def group_url(live):
    return live.group.absolute_url()


@pytest.fixture
def with_removed_member(live, functional):
    """A second member, and a former member removed before the mail."""
    with api.env.adopt_roles(["Manager"]):
        second = make_user("second_member")
        former = make_user("former_member")
        membership.add_member(live.group, second, "member")
        membership.add_member(live.group, former, "member")
        membership.remove_member(live.group, former)
    transaction.commit()
    return second, former


def post(live, persona, group_url, **body):
    return http(live, persona).post(f"{group_url}/@group-mail", json=body)


def kept(live, group_url, persona="coordinator"):
    response = http(live, persona).get(f"{group_url}/@group-mail")
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_to_members_reaches_exactly_the_members(
    live, smtp, group_url, with_removed_member
):
    response = post(
        live,
        "coordinator",
        group_url,
        subject="Ordre du jour",
        text="Bonjour,\n\nVoici l'ordre du jour.\n  - point 1",
        to="member",
    )
    assert response.status_code == 201, response.text
    messages = smtp.wait(2)
    recipients = sorted(m["X-Envelope-To"] for m in messages)
    assert recipients == ["member@example.org", "second-member@example.org"]
    for message in messages:
        assert message["Subject"] == "[Groupe test] Ordre du jour"
        assert "coordinator@example.org" in message["Reply-To"]
        assert message["To"] == message["X-Envelope-To"]
        body = message.get_body(("plain",)).get_content()
        assert "Voici l'ordre du jour.\n  - point 1" in body
        assert (
            "Coordinator a écrit au groupe de travail « Groupe test » "
            "(destinataires : les membres)."
        ) in body
    assert len(smtp.messages) == 2
    # Kept in the space, with the sender and the role it went to.
    items = kept(live, group_url)
    assert [(i["subject"], i["to"], i["recipients_count"]) for i in items] == [
        ("Ordre du jour", "member", 2)
    ]
    assert items[0]["sender"]["id"] == live.users["coordinator"]
    assert items[0]["sent"].endswith(("+01:00", "+02:00"))
    page = http(live, "member", json=False).get(items[0]["@id"])
    assert page.status_code == 200
    assert "Voici l'ordre du jour." in page.text
    # Sent to the members, it is not the guests' to read.
    page = http(live, "guest", json=False).get(items[0]["@id"], allow_redirects=False)
    assert page.status_code in (302, 401, 403)
    assert "Voici l'ordre du jour." not in page.text
    assert kept(live, group_url, persona="guest") == []


def test_to_all_reaches_the_group_and_nobody_else(live, smtp, group_url):
    response = post(
        live, "coordinator", group_url, subject="Bienvenue", text="À tous.", to="all"
    )
    assert response.status_code == 201, response.text
    smtp.wait(3)
    assert sorted(m["X-Envelope-To"] for m in smtp.messages) == [
        "coordinator@example.org",
        "guest@example.org",
        "member@example.org",
    ]
    transaction.begin()
    entry = activity.entries(live.group, kinds=("mail",))[0]
    assert (entry.actor, entry.details["to"]) == (live.users["coordinator"], "all")


@pytest.mark.parametrize(
    ("to", "expected"),
    [("guest", ["guest@example.org"]), ("coordinator", ["coordinator@example.org"])],
)
def test_one_role(live, smtp, group_url, to, expected):
    assert post(live, "coordinator", group_url, subject="S", text="T", to=to).ok
    smtp.wait(1)
    assert [m["X-Envelope-To"] for m in smtp.messages] == expected


def test_site_coordinator_may_write(live, smtp, group_url):
    response = post(
        live, "site_coordinator", group_url, subject="Du réseau", text="T", to="guest"
    )
    assert response.status_code == 201, response.text
    assert "site-coordinator@example.org" in smtp.wait(1)[0]["Reply-To"]


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("anonymous", 401),
        ("outsider", 401),
        ("other_group_member", 401),
        ("guest", 401),
        ("member", 401),
    ],
)
def test_refused_nothing_sent_nor_kept(live, smtp, group_url, persona, status):
    response = post(live, persona, group_url, subject="S", text="T", to="all")
    assert response.status_code in (status, 403), response.text
    assert kept(live, group_url) == []
    assert smtp.messages == []


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"subject": "  ", "text": "T", "to": "all"}, "subject", "objet"),
        ({"text": "T", "to": "all"}, "subject", "objet"),
        ({"subject": "S", "text": "", "to": "all"}, "text", "message"),
        ({"subject": "S", "text": "x" * 20_001, "to": "all"}, "text", "trop long"),
        ({"subject": "S" * 201, "text": "T", "to": "all"}, "subject", "trop long"),
        ({"subject": "A\nBcc: x@y.z", "text": "T", "to": "all"}, "subject", "ligne"),
        ({"subject": "S", "text": "T", "to": "everybody"}, "to", "destinataires"),
        ({"subject": "S", "text": "T", "to": ["all"]}, "to", "destinataires"),
        ({"subject": ["S"], "text": "T", "to": "all"}, "subject", "texte"),
    ],
)
def test_bad_input(live, smtp, group_url, body, field, message):
    response = post(live, "coordinator", group_url, **body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["field"] == field
    assert message in error["message"].lower()
    assert kept(live, group_url) == []
    assert smtp.messages == []


def test_rate_limit_per_coordinator(live, smtp, group_url):
    for number in range(10):
        response = post(
            live, "coordinator", group_url, subject=f"M{number}", text="T", to="guest"
        )
        assert response.status_code == 201, response.text
    refused = post(live, "coordinator", group_url, subject="M10", text="T", to="guest")
    assert refused.status_code == 429
    assert refused.json()["error"]["type"] == "TooManyRequests"
    assert "réessayez" in refused.json()["error"]["message"]
    assert len(kept(live, group_url)) == 10
    assert len(smtp.wait(10)) == 10
    # Another coordinator has a limit of their own.
    assert post(
        live, "site_coordinator", group_url, subject="S", text="T", to="guest"
    ).ok


def authenticator(html: str) -> str:
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', html).group(1)


def test_classic_ui_form(live, smtp, group_url):
    session = http(live, "coordinator", json=False)
    page = session.get(f"{group_url}/@@group-mail")
    assert page.status_code == 200
    assert "Écrire au groupe" in page.text
    form = {
        "_authenticator": authenticator(page.text),
        "form.submitted": "1",
        "subject": "",
        "text": "Un texte",
        "to": "member",
    }
    refused = session.post(f"{group_url}/@@group-mail", data=form)
    assert refused.status_code == 400
    assert "Donnez un objet au message." in refused.text
    assert "Un texte" in refused.text
    assert kept(live, group_url) == []
    form["subject"] = "Par le formulaire"
    sent = session.post(f"{group_url}/@@group-mail", data=form)
    assert sent.status_code == 200
    assert "Votre message a été envoyé au groupe." in sent.text
    assert [m["X-Envelope-To"] for m in smtp.wait(1)] == ["member@example.org"]
    # The members read the list; they get no form.
    member_page = http(live, "member", json=False).get(f"{group_url}/@@group-mail")
    assert "Par le formulaire" in member_page.text
    assert 'name="subject"' not in member_page.text
    forged = http(live, "member", json=False).post(
        f"{group_url}/@@group-mail",
        data={**form, "_authenticator": authenticator(member_page.text)},
        allow_redirects=False,
    )
    # Plone answers a refused page with the login form (302).
    assert forged.status_code in (302, 401, 403)
    assert len(kept(live, group_url)) == 1


def test_archived_group_coordinator_is_refused(live, smtp, group_url):
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.content.transition(obj=live.group, transition="archive")
    transaction.commit()
    response = post(live, "coordinator", group_url, subject="S", text="T", to="all")
    assert response.status_code in (401, 403)
    assert smtp.messages == []
