"""Unsubscribing with the per-subscriber link: the page, RFC 8058's one-click POST, REST."""

from polepatrimoine.content.newsletter import subscribers
from tests.services.newsletter_subscribe.fixtures import make_subscriber
from tests.services.newsletter_subscribe.helpers import state_of

import pytest


HTML = {"Accept": "text/html"}


@pytest.fixture
def subscriber(functional, clients):
    return make_subscriber(functional["portal"], "leaving@example.org")


def page_path(subscriber):
    return f"@@newsletter-unsubscribe/{subscriber.token}"


def test_get_of_the_page_changes_nothing(clients, subscriber):
    anonymous = clients["anonymous"]
    for _ in range(3):
        page = anonymous.get(page_path(subscriber), headers=HTML)
        assert page.status_code == 200
        assert "Se désinscrire" in page.text
        assert "leaving@example.org" not in page.text
    assert state_of("leaving@example.org") == subscribers.ACTIVE


def test_the_button_unsubscribes_without_login(clients, subscriber):
    subscriber.last_issue_uid = "issue-7"
    import transaction

    transaction.commit()
    done = clients["anonymous"].post(
        page_path(subscriber), data={"unsubscribe": "1"}, headers=HTML
    )
    assert done.status_code == 200
    assert "Vous êtes désinscrit(e)" in done.text
    transaction.abort()
    stored = subscribers.store().get("leaving@example.org")
    assert stored.state == subscribers.UNSUBSCRIBED
    assert stored.unsubscribed_after == "issue-7"


def test_rfc_8058_one_click_post(clients, subscriber):
    # What a mail client sends: a form body, no cookie, no CSRF token.
    response = clients["anonymous"].post(
        page_path(subscriber),
        data="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    assert state_of("leaving@example.org") == subscribers.UNSUBSCRIBED


def test_a_logged_in_member_clicking_someone_elses_link_needs_no_token(
    clients, subscriber
):
    response = clients["alice"].post(
        page_path(subscriber),
        data={"List-Unsubscribe": "One-Click"},
        headers=HTML,
    )
    assert response.status_code == 200
    assert state_of("leaving@example.org") == subscribers.UNSUBSCRIBED


@pytest.mark.parametrize("token", ["wrong", "x" * 43, ""])
def test_a_wrong_token_changes_nothing_and_tells_nothing(clients, subscriber, token):
    anonymous = clients["anonymous"]
    path = f"@@newsletter-unsubscribe/{token}" if token else "@@newsletter-unsubscribe"
    for method in ("get", "post"):
        response = getattr(anonymous, method)(path, headers=HTML)
        assert response.status_code == 404
        assert "n'est pas valide" in response.text
        assert "leaving@example.org" not in response.text
    assert state_of("leaving@example.org") == subscribers.ACTIVE


def test_rest_get_is_neutral_and_post_unsubscribes(clients, subscriber):
    anonymous = clients["anonymous"]
    right = anonymous.get(f"@newsletter-unsubscribe/{subscriber.token}")
    wrong = anonymous.get("@newsletter-unsubscribe/nope")
    assert right.status_code == wrong.status_code == 200
    assert right.json() == wrong.json()
    assert "leaving" not in right.text
    assert state_of("leaving@example.org") == subscribers.ACTIVE
    refused = anonymous.post("@newsletter-unsubscribe/nope")
    assert refused.status_code == 404
    assert "n'est pas valide" in refused.json()["error"]["message"]
    assert state_of("leaving@example.org") == subscribers.ACTIVE
    done = anonymous.post(f"@newsletter-unsubscribe/{subscriber.token}")
    assert done.status_code == 200, done.text
    assert done.json()["state"] == "unsubscribed"
    assert state_of("leaving@example.org") == subscribers.UNSUBSCRIBED
    # Once more: still a success, nothing else happens.
    assert (
        anonymous.post(f"@newsletter-unsubscribe/{subscriber.token}").json()["state"]
        == "unsubscribed"
    )


def test_unsubscribe_url_is_the_page_of_the_one_click_post(clients, subscriber):
    url = subscribers.unsubscribe_url(subscriber)
    response = clients["anonymous"].post(url, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert state_of("leaving@example.org") == subscribers.UNSUBSCRIBED


def test_the_pages_button_posts_to_the_same_link(clients, subscriber):
    page = clients["anonymous"].get(page_path(subscriber), headers=HTML)
    assert f'action="{subscribers.unsubscribe_url(subscriber)}"' in page.text
