"""The subscribers' store: the API the send loop of the issues codes against."""

from datetime import timedelta
from polepatrimoine.content.newsletter import subscribers

import pytest


@pytest.fixture
def store(integration):
    return subscribers.store(integration["portal"], create=True)


def test_reading_without_a_store_writes_nothing(integration):
    from zope.annotation.interfaces import IAnnotations

    portal = integration["portal"]
    IAnnotations(portal).pop(subscribers.ANNOTATION_KEY, None)
    assert subscribers.store(portal).active() == []
    assert subscribers.ANNOTATION_KEY not in IAnnotations(portal)


def test_get_is_case_insensitive_and_by_token(store):
    subscriber = store.add(subscribers.Subscriber(" Zoe@Example.ORG ", "Zoé"))
    assert subscriber.email == "zoe@example.org"
    assert store.get("ZOE@example.org") is subscriber
    assert store.by_token(subscriber.token) is subscriber
    assert store.by_token("nope") is None
    assert store.by_token(None) is None
    assert store.get("") is None
    assert len(subscriber.token) >= 40


def test_only_confirmed_addresses_are_active(store):
    subscriber = store.add(subscribers.Subscriber("a@example.org"))
    token = store.start_confirmation(subscriber)
    assert subscriber not in store.active()
    assert subscribers.confirm(token) is subscriber
    assert subscriber.state == subscribers.ACTIVE
    assert subscriber.confirmed is not None
    assert subscriber in store.active()
    assert all(s.state == subscribers.ACTIVE for s in store.active())
    # single use
    assert subscribers.confirm(token) is None


def test_an_expired_link_confirms_nothing_and_expire_removes_it(store):
    subscriber = store.add(subscribers.Subscriber("late@example.org"))
    start = subscribers.now()
    token = store.start_confirmation(subscriber, start)
    later = start + timedelta(days=7, seconds=1)
    assert subscribers.confirm(token, later) is None
    assert subscriber.state == subscribers.PENDING
    assert subscriber.expired(later)
    assert subscriber not in store.search("", subscribers.PENDING, later)
    assert store.expire(later) >= 1
    assert store.get("late@example.org") is None
    assert store.by_confirmation(token) is None


def test_unsubscribe_keeps_the_last_issue(store):
    subscriber = store.add(subscribers.Subscriber("b@example.org"))
    subscribers.confirm(store.start_confirmation(subscriber))
    subscriber.last_issue_uid = "issue-2"
    assert subscribers.unsubscribe(subscriber)
    assert subscriber.state == subscribers.UNSUBSCRIBED
    assert subscriber.unsubscribed_after == "issue-2"
    assert subscriber.unsubscribed is not None
    assert not subscribers.unsubscribe(subscriber)
    assert subscriber not in store.active()


def test_three_distinct_permanent_failures_make_a_subscriber_bouncing(store):
    subscriber = store.add(subscribers.Subscriber("c@example.org"))
    subscribers.confirm(store.start_confirmation(subscriber))
    subscribers.record_permanent_failure("C@example.org", "i1")
    subscribers.record_permanent_failure("c@example.org", "i1")
    subscribers.record_delivered("c@example.org")
    subscribers.record_permanent_failure("c@example.org", "i2")
    assert subscriber.state == subscribers.ACTIVE
    assert subscriber.failures == {"i1", "i2"}
    subscribers.record_permanent_failure("c@example.org", "i3")
    assert subscriber.state == subscribers.BOUNCING
    assert subscriber not in store.active()
    assert subscribers.record_permanent_failure("nobody@example.org", "i1") is None
    assert subscribers.record_delivered("nobody@example.org") is None


def test_unsubscribe_url_is_the_one_click_page(store, integration):
    subscriber = store.add(subscribers.Subscriber("d@example.org"))
    url = subscribers.unsubscribe_url(subscriber)
    portal_url = integration["portal"].absolute_url()
    assert url == f"{portal_url}/@@newsletter-unsubscribe/{subscriber.token}"


def test_counts_and_search(store):
    for email, name in (("e@example.org", "Émile"), ("f@example.org", "Fanny")):
        subscriber = store.add(subscribers.Subscriber(email, name, "Musée"))
        subscribers.confirm(store.start_confirmation(subscriber))
    store.start_confirmation(store.add(subscribers.Subscriber("g@example.org")))
    counts = store.counts()
    assert counts[subscribers.ACTIVE] >= 2
    assert counts[subscribers.PENDING] >= 1
    found = store.search("fanny")
    assert [s.email for s in found] == ["f@example.org"]
    assert {s.email for s in store.search("", subscribers.PENDING)} >= {"g@example.org"}
