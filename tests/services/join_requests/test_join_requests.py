"""Join requests over HTTP, with the e-mails received by a real SMTP server."""

from tests.workflows.workinggroups.scenario import http

import pytest


def url(live):
    return f"{live.group.absolute_url()}/@join-requests"


def ask(live, persona="outsider", message="Je souhaite contribuer au groupe."):
    return http(live, persona).post(
        url(live), json={"message": message, "consent": True}, timeout=30
    )


def roster(live):
    items = http(live, "coordinator").get(
        f"{live.group.absolute_url()}/@members", timeout=30
    )
    return {i["id"]: i["role"] for i in items.json()["items"]}


class TestFiling:
    def test_authenticated_user_asks(self, live, smtp):
        response = ask(live)
        assert response.status_code == 201
        data = response.json()
        assert data["state"] == "pending"
        assert data["id"]

    def test_coordinators_get_a_french_mail(self, live, smtp):
        ask(live)
        (mail,) = smtp.wait(1)
        assert "coordinator@example.org" in mail["X-Envelope-To"]
        assert "Groupe test" in mail["Subject"]
        assert "Nouvelle demande" in mail["Subject"]
        body = mail.get_content()
        assert "Outsider demande à rejoindre le groupe de travail" in body
        assert "Je souhaite contribuer au groupe." in body
        assert f"{live.group.absolute_url()}/@@members" in body

    def test_anonymous_refused(self, live, smtp):
        assert ask(live, "anonymous").status_code == 401

    def test_second_request_refused(self, live, smtp):
        assert ask(live).status_code == 201
        response = ask(live, message="Encore moi")
        assert response.status_code == 400
        assert response.json()["error"]["type"] == "BadRequest"
        assert "outsider" in response.json()["error"]["message"]
        assert "demande en attente" in response.json()["error"]["message"]
        pending = http(live, "coordinator").get(url(live), timeout=30).json()
        assert pending["items_total"] == 1

    def test_member_cannot_ask(self, live, smtp):
        response = ask(live, "member")
        assert response.status_code == 400
        assert "member" in response.json()["error"]["message"]

    def test_message_must_be_text(self, live, smtp):
        response = http(live, "outsider").post(url(live), json={"message": 3})
        assert response.status_code == 400
        assert "message" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("anonymous", 401),
        ("outsider", 401),
        ("guest", 401),
        ("member", 401),
        ("other_group_member", 401),
        ("coordinator", 200),
        ("site_coordinator", 200),
    ],
)
def test_who_lists_requests(live, smtp, persona, status):
    ask(live)
    response = http(live, persona).get(url(live), timeout=30)
    assert response.status_code in ((status,) if status == 200 else (401, 403))
    if status == 200:
        (item,) = response.json()["items"]
        assert item["user"] == live.users["outsider"]
        assert item["message"] == "Je souhaite contribuer au groupe."
        assert item["state"] == "pending"


class TestDecision:
    def test_approve_makes_a_member_and_tells_them(self, live, smtp):
        request_id = ask(live).json()["id"]
        smtp.wait(1)
        smtp.clear()
        response = http(live, "coordinator").post(
            f"{url(live)}/{request_id}/approve", timeout=30
        )
        assert response.status_code == 200
        assert response.json()["state"] == "approved"
        assert roster(live)[live.users["outsider"]] == "member"
        (mail,) = smtp.wait(1)
        assert mail["X-Envelope-To"] == "outsider@example.org"
        assert "Bienvenue" in mail["Subject"]
        assert "a été acceptée" in mail.get_content()
        # the new member reads the internal note at once
        response = http(live, "outsider").get(live.internal.absolute_url(), timeout=30)
        assert response.status_code == 200

    def test_reject_with_reason(self, live, smtp):
        request_id = ask(live).json()["id"]
        smtp.wait(1)
        smtp.clear()
        response = http(live, "coordinator").post(
            f"{url(live)}/{request_id}/reject",
            json={"reason": "Le groupe est complet cette année."},
            timeout=30,
        )
        assert response.status_code == 200
        assert response.json()["state"] == "rejected"
        assert live.users["outsider"] not in roster(live)
        (mail,) = smtp.wait(1)
        assert mail["X-Envelope-To"] == "outsider@example.org"
        body = mail.get_content()
        assert "n'a pas été acceptée" in body
        assert "Le groupe est complet cette année." in body

    def test_reject_without_reason(self, live, smtp):
        request_id = ask(live).json()["id"]
        response = http(live, "coordinator").post(
            f"{url(live)}/{request_id}/reject", timeout=30
        )
        assert response.status_code == 200
        assert response.json()["reason"] == ""

    def test_after_a_rejection_a_new_request_is_possible(self, live, smtp):
        request_id = ask(live).json()["id"]
        http(live, "coordinator").post(f"{url(live)}/{request_id}/reject", timeout=30)
        assert ask(live).status_code == 201

    @pytest.mark.parametrize("persona", ["outsider", "member", "guest"])
    def test_only_coordinators_decide(self, live, smtp, persona):
        request_id = ask(live).json()["id"]
        response = http(live, persona).post(
            f"{url(live)}/{request_id}/approve", timeout=30
        )
        assert response.status_code in (401, 403)
        assert live.users["outsider"] not in roster(live)

    def test_decided_twice(self, live, smtp):
        request_id = ask(live).json()["id"]
        session = http(live, "coordinator")
        session.post(f"{url(live)}/{request_id}/approve", timeout=30)
        response = session.post(f"{url(live)}/{request_id}/reject", timeout=30)
        assert response.status_code == 400
        assert response.json()["error"]["message"] == (
            "Cette demande a déjà été acceptée."
        )
        assert http(live, "coordinator").get(url(live)).json()["items"][0]["state"] == (
            "approved"
        )

    def test_unknown_request(self, live, smtp):
        response = http(live, "coordinator").post(
            f"{url(live)}/inconnue/approve", timeout=30
        )
        assert response.status_code == 404
