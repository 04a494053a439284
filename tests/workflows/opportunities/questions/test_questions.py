"""« Poser une question » on jeunes-pros: the question reaches the coordinators of the
working group « Action Jeunes-Pros du Patrimoine » only, with the forms'
protections (consent, honeypot, rate limit, French 400 naming the field)."""

from plone import api
from polepatrimoine.workflows.opportunities.questions import routing
from polepatrimoine.workflows.opportunities.reviewers import GROUP_ID
from polepatrimoine.workflows.workinggroups import membership
from tests.fixtures.http import client
from tests.fixtures.users import PASSWORD

import pytest
import re
import transaction


QUESTION = {
    "fullname": "Inès Lycéenne",
    "email": "ines@example.net",
    "question": "Quelle formation pour devenir\ncharpentière ?",
    "consent": True,
}


@pytest.fixture
def group(functional, members):
    """The Jeunes-Pros group: dora coordinates it, eve is a plain member."""
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        users = {}
        for name in ("dora", "eve"):
            email = f"{name}@example.org"
            user = api.user.get(username=email) or api.user.create(
                email=email, username=email, password=PASSWORD
            )
            users[name] = user.getId()
        folder = portal["groupes-de-travail"]
        made = folder.get(GROUP_ID) or api.content.create(
            container=folder,
            type="WorkingGroup",
            id=GROUP_ID,
            title="Action Jeunes-Pros du Patrimoine",
        )
        if api.content.get_state(made) != "active":
            api.content.transition(obj=made, transition="activate")
        for userid, role in (
            (users["dora"], "coordinator"),
            (users["eve"], "member"),
        ):
            if membership.role_of(made, userid) is None:
                membership.add_member(made, userid, role)
    transaction.commit()
    return made


def coordinators(group) -> set:
    """The roster's coordinators' addresses: the demo site's and dora."""
    from polepatrimoine.content.common.mail import email_of

    found = {email_of(userid) for userid in membership.coordinators(group)}
    assert "dora@example.org" in found
    return found


def envelopes(smtp) -> set:
    return {message["X-Envelope-To"] for message in smtp.messages}


def ask(data, who=None):
    return (who or client()).post("jeunes-pros/@jeunes-pros-question", json=data)


def test_the_question_reaches_the_coordinators_only(group, smtp):
    response = ask(QUESTION)
    assert response.status_code == 202, response.text
    assert "coordinateurs" in response.json()["message"]
    assert envelopes(smtp) == coordinators(group)
    (sent,) = smtp.to("dora@example.org")
    body = sent.get_body(("plain",)).get_content()
    assert "Inès Lycéenne" in body
    assert "ines@example.net" in body
    assert "Quelle formation pour devenir\ncharpentière ?" in body
    # Not the group's members, not the site's coordinators, not the asker.
    for other in ("eve@example.org", "claire@example.org", "ines@example.net"):
        assert smtp.to(other) == []


def test_without_a_coordinator_the_site_address_gets_it(group, smtp):
    with api.env.adopt_roles(["Manager"]):
        for userid in membership.coordinators(group):
            membership._write(group, userid, None)
        api.portal.set_registry_record(
            "plone.email_from_address", "contact@polepatrimoine.example.org"
        )
    transaction.commit()
    assert ask(QUESTION).status_code == 202
    assert envelopes(smtp) == {"contact@polepatrimoine.example.org"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"fullname": ""}, "fullname"),
        ({"email": "ines"}, "email"),
        ({"question": "  "}, "question"),
        ({"question": "x" * 5001}, "question"),
        ({"consent": None}, "consent"),
        ({"consent": "true"}, "consent"),
        ({"website": "https://spam.example.com"}, "website"),
    ],
    ids=["name", "email", "empty", "long", "no-consent", "consent-text", "honeypot"],
)
def test_refusals_name_the_field_and_send_nothing(group, smtp, change, field):
    response = ask({**QUESTION, **change})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == field
    assert error["type"] == "BadRequest"
    assert smtp.messages == []


def test_rate_limit(group, smtp, monkeypatch):
    monkeypatch.setattr(routing, "LIMIT", 2)
    assert ask(QUESTION).status_code == 202
    assert ask({**QUESTION, "email": "x"}).status_code == 400
    refused = ask(QUESTION)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"]
    assert envelopes(smtp) == coordinators(group)
    assert len(smtp.to("dora@example.org")) == 1


def test_only_on_the_jeunes_pros_section(group, smtp, functional):
    response = client().post("agenda/@jeunes-pros-question", json=QUESTION)
    assert response.status_code == 404
    assert client(json=False).get("agenda/@@jeunes-pros-question").status_code == 404
    assert "jeunes-pros-question-form" not in client(json=False).get("agenda").text
    assert smtp.messages == []


def test_the_form_on_the_section_page(group, smtp):
    visitor = client(json=False)
    page = visitor.get("jeunes-pros")
    assert page.status_code == 200
    assert "Poser une question" in page.text
    token = re.search(
        r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', page.text
    )[1]
    form = {**QUESTION, "consent": "on", "_authenticator": token}
    missing = visitor.post(
        "jeunes-pros/@@jeunes-pros-question", data={**form, "consent": ""}
    )
    assert missing.status_code == 400
    assert "cocher la case" in missing.text
    assert 'value="Inès Lycéenne"' in missing.text
    assert smtp.messages == []
    done = visitor.post("jeunes-pros/@@jeunes-pros-question", data=form)
    assert done.status_code == 200
    assert "Votre question a été envoyée" in done.text
    assert envelopes(smtp) == coordinators(group)
