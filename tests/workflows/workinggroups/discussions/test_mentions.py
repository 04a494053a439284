"""@mentions in a comment or a discussion e-mail the members named, and nobody else
(a real SMTP server receives the mails)."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups.discussions.mentions import handle
from polepatrimoine.workflows.workinggroups.discussions.mentions import mentioned
from tests.workflows.workinggroups.discussions.space import comment
from tests.workflows.workinggroups.discussions.space import restrict_to_coordinators
from tests.workflows.workinggroups.scenario import http

import transaction


def recipients(smtp) -> set:
    return {m["X-Envelope-To"] for m in smtp.messages}


def test_handle_of_a_full_name():
    assert handle("Zoé Martin-Leroy") == "zoe.martin-leroy"
    assert handle("  Jean  de la Fontaine ") == "jean.de.la.fontaine"


def test_comment_mentions_by_name_and_login(live, smtp):
    s = live
    text = (
        "Merci @Coordinator, et @guest@example.org pour relecture ; "
        "@outsider et @other.group.member ne sont pas du groupe, "
        "ni contact@example.org (une adresse, pas une mention)."
    )
    cid = comment(s, "member", s.internal, text)
    assert cid is not None
    smtp.wait(2)
    assert recipients(smtp) == {"coordinator@example.org", "guest@example.org"}
    mail = smtp.to("coordinator@example.org")[0]
    assert mail["Subject"] == "[Groupe test] Member vous a mentionné(e)"
    body = mail.get_content()
    assert "Member vous a mentionné(e) dans « Note Zorglubine »" in body
    assert "(groupe de travail « Groupe test ») :" in body
    assert text in body
    assert f"Lire et répondre : {s.internal.absolute_url()}#{cid}" in body


def test_no_mail_to_the_author_nor_outside(live, smtp):
    s = live
    comment(s, "member", s.internal, "Je me cite, @member, et @outsider, @autre.")
    transaction.begin()
    assert smtp.messages == []


def test_no_mail_about_an_item_the_member_cannot_read(live, smtp):
    s = live
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        closed = api.content.create(
            container=s.folder, type="Document", id="fermee", title="Note fermée"
        )
        restrict_to_coordinators(s.folder, s.group)
    transaction.commit()
    assert comment(s, "coordinator", closed, "Voir @member et @guest") is not None
    transaction.begin()
    assert smtp.messages == []


def test_a_discussion_mentions(live, smtp):
    s = live
    response = http(s, "coordinator").post(
        s.group.absolute_url(),
        json={
            "@type": "Discussion",
            "title": "Date de la prochaine réunion",
            "text": {
                "data": "<p>Votre avis, <strong>@member</strong> ?</p>",
                "content-type": "text/html",
            },
        },
    )
    assert response.status_code == 201
    smtp.wait(1)
    assert recipients(smtp) == {"member@example.org"}
    body = smtp.messages[0].get_content()
    assert "« Date de la prochaine réunion »" in body
    assert response.json()["@id"] in body


def test_mentioned_reads_the_roster_only(scenario):
    group = scenario.group
    text = "@member @Coordinator @outsider @site.coordinator"
    assert mentioned(group, text) == {
        scenario.users["member"],
        scenario.users["coordinator"],
    }
    assert mentioned(group, "member@example.org sans arobase devant") == set()


def test_an_edit_tells_only_the_newly_mentioned(live, smtp):
    s = live
    member = http(s, "member")

    def text(html):
        return {"text": {"data": html, "content-type": "text/html"}}

    response = member.post(
        s.group.absolute_url(),
        json={
            "@type": "Discussion",
            "title": "Programme",
            **text("<p>@coordinator ?</p>"),
        },
    )
    assert response.status_code == 201
    url = response.json()["@id"]
    smtp.wait(1)
    assert recipients(smtp) == {"coordinator@example.org"}
    smtp.clear()
    edited = member.patch(url, json=text("<p>@coordinator et @guest ?</p>"))
    assert edited.status_code == 204
    smtp.wait(1)
    assert [m["X-Envelope-To"] for m in smtp.messages] == ["guest@example.org"]
    assert url in smtp.messages[0].get_content()
    smtp.clear()
    # Saving again, or changing the title, tells nobody anew.
    assert member.patch(url, json={"title": "Programme v2"}).status_code == 204
    assert (
        member.patch(url, json=text("<p>@guest, @coordinator</p>")).status_code == 204
    )
    transaction.begin()
    assert smtp.messages == []
