"""Event registrations ask for consent (form and REST) and store it with the registration."""

from datetime import datetime
from tests.content.personaldata.consent_helpers import MISSING
from tests.content.personaldata.consent_helpers import NOT_GIVEN
from tests.content.personaldata.consent_helpers import assert_consent
from tests.content.personaldata.consent_helpers import assert_consent_box
from tests.content.personaldata.consent_helpers import assert_refused
from tests.fixtures.http import client
from tests.security.registration_helpers import event_url_fixture  # noqa: F401
from tests.security.registration_helpers import form_register
from tests.security.registration_helpers import stored
from tests.services.registrations.helpers import person

import html
import pytest
import pytz


@pytest.mark.parametrize("consent", NOT_GIVEN)
def test_rest_refuses_a_registration_without_consent(event_url, smtp, consent):
    data = {**person(1), **consent}
    response = client().post(f"{event_url}/@registrations", json=data)
    assert_refused(response)
    assert stored(event_url) == []
    assert smtp.to("personne1@exemple.fr") == []


def test_rest_refuses_a_member_without_consent(clients, event_url, smtp):
    response = clients["alice"].post(
        f"{event_url}/@registrations", json={"fullname": "Alice"}
    )
    assert_refused(response)
    assert stored(event_url) == []


def test_rest_stores_the_consent_with_the_registration(clients, event_url, smtp):
    before = datetime.now(pytz.utc)
    response = client().post(
        f"{event_url}/@registrations", json={**person(1), "consent": True}
    )
    assert response.status_code == 202
    member = clients["alice"].post(
        f"{event_url}/@registrations", json={"fullname": "Alice", "consent": True}
    )
    assert member.status_code == 201
    items = {item["email"]: item for item in stored(event_url)}
    assert_consent(items["personne1@exemple.fr"]["consent"], before)
    assert_consent(items["alice@example.org"]["consent"], before)


@pytest.mark.parametrize("box", ["", "off", "0", "non"])
def test_form_refuses_a_registration_without_consent(event_url, smtp, box):
    page = form_register(event_url, {**person(1), "consent": box})
    text = html.unescape(page.text)
    assert MISSING in text
    assert "registration-result" not in page.text
    assert stored(event_url) == []
    assert smtp.to("personne1@exemple.fr") == []


def test_form_shows_the_consent_text_and_its_link(functional, event_url):
    page = client(json=False).get(event_url).text
    portal_url = functional["portal"].absolute_url()
    assert_consent_box(page, portal_url, "personal-data-consent")
    # The registration page, shown again after an error, too.
    form = client(json=False).get(f"{event_url}/@@meeting-registration").text
    assert_consent_box(form, portal_url, "personal-data-consent")


def test_form_stores_the_consent(event_url, smtp):
    before = datetime.now(pytz.utc)
    page = form_register(event_url, person(1))
    assert "registration-result" in page.text
    (item,) = stored(event_url)
    assert_consent(item["consent"], before)
