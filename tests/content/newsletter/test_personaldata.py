"""The register's provider of the subscribers: find, export, erase, purge (fixed clock)."""

from datetime import timedelta
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.personaldata import NewsletterProvider
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from tests.fixtures.http import client

import pytest
import transaction


@pytest.fixture
def store(integration):
    return subscribers.store(integration["portal"], create=True)


def add(store, email, state, when):
    subscriber = store.add(
        subscribers.Subscriber(email, "Nom", "Structure", created=when)
    )
    store.start_confirmation(subscriber, when)
    if state != subscribers.PENDING:
        subscribers.confirm(subscriber.confirmation, when)
    if state == subscribers.UNSUBSCRIBED:
        subscribers.unsubscribe(subscriber, when)
    return subscriber


def test_registered_with_its_store(integration):
    provider = providers()["newsletter"]
    assert isinstance(provider, NewsletterProvider)
    assert provider.stores == ("annotation:polepatrimoine.newsletter.subscribers",)
    assert "polepatrimoine.retention.pending_days" in provider.retention_settings


def test_find_export_erase(store):
    now = subscribers.now()
    subscriber = add(store, "zoe@example.org", subscribers.ACTIVE, now)
    provider = NewsletterProvider()
    person = Person("ZOE@example.org")
    [found] = provider.find(person)
    assert found["summary"] == "Newsletter: subscribed"
    [exported] = provider.export(person)
    assert exported["email"] == "zoe@example.org"
    assert exported["name"] == "Nom"
    assert "token" not in exported
    assert provider.find(Person("other@example.org")) == []
    assert provider.erase(person) == 1
    assert store.get("zoe@example.org") is None
    assert store.by_token(subscriber.token) is None
    assert provider.find(person) == []


def test_purge_removes_stale_pending_and_old_departures(store):
    now = subscribers.now()
    add(store, "stale@example.org", subscribers.PENDING, now - timedelta(days=8))
    add(store, "fresh@example.org", subscribers.PENDING, now - timedelta(days=6))
    add(
        store,
        "left-long-ago@example.org",
        subscribers.UNSUBSCRIBED,
        now - timedelta(days=400),
    )
    add(
        store,
        "left-lately@example.org",
        subscribers.UNSUBSCRIBED,
        now - timedelta(days=30),
    )
    add(store, "faithful@example.org", subscribers.ACTIVE, now - timedelta(days=900))
    provider = NewsletterProvider()
    assert provider.purge(now, dry_run=True) == 2
    assert store.get("stale@example.org") is not None
    assert provider.purge(now) == 2
    assert store.get("stale@example.org") is None
    assert store.get("left-long-ago@example.org") is None
    for kept in (
        "fresh@example.org",
        "left-lately@example.org",
        "faithful@example.org",
    ):
        assert store.get(kept) is not None


def test_a_member_reads_their_subscription_in_my_data(functional, clients):
    store = subscribers.store(functional["portal"], create=True)
    add(store, "alice@example.org", subscribers.ACTIVE, subscribers.now())
    transaction.commit()
    alice = client(functional["portal"].absolute_url(), "alice@example.org")
    data = alice.get("@my-data").json()
    [record] = data["stores"]["newsletter"]["records"]
    assert record["state"] == "active"
    assert data["stores"]["newsletter"]["title"] == "Abonnés à la lettre d'information"
