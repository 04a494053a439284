"""DELETE @registrations: cancelling by token or by id, and the waiting list moving up."""

from tests.fixtures.http import client
from tests.services.registrations.helpers import cancel_link
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register
from tests.services.registrations.helpers import register_confirmed

import re


class TestCancel:
    def test_cancel_promotes_the_first_waitlisted(self, event_url, smtp):
        for n in range(4):
            register_confirmed(event_url, person(n), smtp)
        first = cancel_link(smtp.to("personne0@exemple.fr")[-1])
        smtp.clear()
        response = client().delete(f"{event_url}/@registrations/{first.group(2)}")
        assert response.status_code == 204
        messages = smtp.wait(2)
        (promoted,) = smtp.to("personne2@exemple.fr")
        assert promoted["Subject"].startswith("Une place se libère")
        assert "votre inscription est maintenant confirmée" in promoted.get_content()
        assert smtp.to("personne3@exemple.fr") == []
        assert len(messages) == 2
        data = listing(event_url).json()
        states = {item["email"]: item["state"] for item in data["items"]}
        assert states == {
            "personne1@exemple.fr": "confirmed",
            "personne2@exemple.fr": "confirmed",
            "personne3@exemple.fr": "waitlisted",
        }
        again = client().delete(f"{event_url}/@registrations/{first.group(2)}")
        assert again.status_code == 404

    def test_wrong_token_and_id_are_refused_to_visitors(self, event_url, smtp):
        register_confirmed(event_url, person(1), smtp)
        item_id = listing(event_url).json()["items"][0]["id"]
        for key in ("not-a-token", item_id):
            response = client().delete(f"{event_url}/@registrations/{key}")
            assert response.status_code == 404
        assert listing(event_url).json()["items_total"] == 1

    def test_organiser_cancels_by_id(self, event_url, smtp):
        register(event_url, person(1))
        item_id = listing(event_url).json()["items"][0]["id"]
        response = client(admin=True).delete(f"{event_url}/@registrations/{item_id}")
        assert response.status_code == 204
        assert listing(event_url).json()["items_total"] == 0

    def test_cancel_link_page(self, event_url, smtp):
        for n in (1, 2, 3):
            register_confirmed(event_url, person(n), smtp)
        link = cancel_link(smtp.to("personne1@exemple.fr")[-1]).group(1)
        session = client(json=False)
        page = session.get(link)
        assert page.status_code == 200
        assert "Personne 1" in page.text
        assert listing(event_url).json()["items_total"] == 3
        token = re.search(
            r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', page.text
        )
        smtp.clear()
        done = session.post(
            f"{event_url}/@@cancel-registration",
            data={"token": link.split("token=")[1], "_authenticator": token.group(1)},
        )
        assert "Votre inscription est annulée." in done.text
        smtp.wait(2)
        assert smtp.to("personne3@exemple.fr")[0]["Subject"].startswith("Une place")
