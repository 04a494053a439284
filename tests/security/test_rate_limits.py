"""Repeated registrations from one client are refused with a French 429 and
Retry-After, over REST and the form alike; X-Forwarded-For counts only from a
trusted proxy; nothing refused is written or mailed."""

from polepatrimoine.content.common import ratelimit
from tests.fixtures.http import client
from tests.security.registration_helpers import event_url_fixture  # noqa: F401
from tests.security.registration_helpers import form_register
from tests.security.registration_helpers import stored
from tests.services.registrations.helpers import mails_to
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register

import pytest
import time
import ZPublisher.HTTPRequest


LIMIT = 10  # the default of polepatrimoine.registrations.rate_limit
REFUSED = "Trop de demandes depuis votre connexion : réessayez dans {} minute(s)."


def use_the_limit(url, headers=None):
    """Ten submissions, valid or not, from one client: all answered."""
    for n in range(LIMIT):
        data = person(n) if n % 2 else {"fullname": "", "email": "x"}
        response = register(url, data, headers=headers)
        assert response.status_code in (202, 400)


def assert_refused_by_rest(response, minutes=10):
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= 60 * minutes
    assert response.json() == {
        "error": {"type": "TooManyRequests", "message": REFUSED.format(minutes)}
    }


@pytest.mark.parametrize(
    "forwarded", [None, "203.0.113.7", "198.51.100.1, 203.0.113.8", "127.0.0.2"]
)
def test_rest_refuses_the_eleventh_submission(event_url, smtp, forwarded):
    use_the_limit(event_url)
    mails_to(smtp, "personne9@exemple.fr")
    before = stored(event_url)
    smtp.clear()
    # Without a trusted proxy, the header is the client's word: ignored.
    headers = {"X-Forwarded-For": forwarded} if forwarded else None
    response = register(event_url, person(20), headers=headers)
    assert_refused_by_rest(response)
    assert stored(event_url) == before
    time.sleep(0.5)
    assert smtp.messages == []


def test_the_form_and_rest_share_one_limit(clients, event_url, smtp):
    use_the_limit(event_url)
    before = stored(event_url)
    response = form_register(event_url, person(20))
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= 600
    assert REFUSED.format(10) in response.text
    assert "registration-result" not in response.text
    member = clients["alice"].post(
        f"{event_url}/@registrations", json={"fullname": "Alice"}
    )
    assert_refused_by_rest(member)
    assert stored(event_url) == before


def test_the_window_slides(event_url, smtp, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(ratelimit, "clock", lambda: now[0])
    for n in range(LIMIT):
        if n == LIMIT // 2:
            now[0] += 300
        assert register(event_url, person(n)).status_code == 202
    now[0] += 299
    assert_refused_by_rest(register(event_url, person(20)), minutes=1)
    now[0] += 2
    # The first half has left the window, the second half is still in it.
    for n in range(20, 20 + LIMIT // 2):
        assert register(event_url, person(n)).status_code == 202
    assert_refused_by_rest(register(event_url, person(30)), minutes=5)
    emails = {item["email"] for item in stored(event_url)}
    assert "personne24@exemple.fr" in emails
    assert "personne30@exemple.fr" not in emails


def test_behind_a_trusted_proxy_each_client_has_its_own_limit(
    event_url, smtp, monkeypatch
):
    monkeypatch.setattr(ZPublisher.HTTPRequest, "trusted_proxies", ("127.0.0.1",))
    first = {"X-Forwarded-For": "203.0.113.7"}
    use_the_limit(event_url, headers=first)
    assert_refused_by_rest(register(event_url, person(20), headers=first))
    other = {"X-Forwarded-For": "203.0.113.9"}
    assert register(event_url, person(21), headers=other).status_code == 202
    # A client cannot pose as its own proxy: the address next to it counts.
    chained = {"X-Forwarded-For": "198.51.100.1, 203.0.113.7"}
    assert_refused_by_rest(register(event_url, person(22), headers=chained))


def test_the_limit_is_a_setting(functional, event_url, smtp):
    from plone import api

    import transaction

    api.portal.set_registry_record("polepatrimoine.registrations.rate_limit", 2)
    transaction.commit()
    for n in (1, 2):
        assert register(event_url, person(n)).status_code == 202
    assert register(event_url, person(3)).status_code == 429
    api.portal.set_registry_record("polepatrimoine.registrations.rate_limit", 0)
    transaction.commit()
    assert register(event_url, person(3)).status_code == 202
    assert client().get(f"{event_url}/@registration-status").status_code == 200
