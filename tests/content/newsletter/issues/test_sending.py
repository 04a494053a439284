"""Sending an issue through the real SMTP server: queued by REST, sent by the command's loop."""

from datetime import timedelta
from plone import api
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.content.newsletter.issues.sending import mailer
from polepatrimoine.content.newsletter.issues.sending import send_queued
from tests.fixtures.newsletter import add_subscriber
from tests.fixtures.newsletter import clear_subscribers
from urllib.parse import urlsplit

import lxml.html
import pytest
import socket
import transaction


ACTIVE = ["ana@example.org", "basile@example.org", "chloe@example.org"]


@pytest.fixture
def audience(functional):
    portal = functional["portal"]
    clear_subscribers(portal)
    people = {email: add_subscriber(email, portal=portal) for email in ACTIVE}
    for email, state in (
        ("pending@example.org", subscribers.PENDING),
        ("gone@example.org", subscribers.UNSUBSCRIBED),
        ("bounced@example.org", subscribers.BOUNCING),
    ):
        people[email] = add_subscriber(email, state, portal=portal)
    transaction.commit()
    return people


def run(**options):
    """The command's loop, seeing what the web requests committed (as a new process does)."""
    transaction.begin()
    return send_queued(**options)


def queue(clients, issue):
    response = clients["claire"].post(
        f"{issue.absolute_url()}/@newsletter-send", json={}
    )
    assert response.status_code == 202, response.text
    assert response.json()["status"] == "queued"
    return response


def status(clients, issue):
    response = clients["claire"].get(f"{issue.absolute_url()}/@newsletter-status")
    assert response.status_code == 200, response.text
    return response.json()


def compose(clients, issue):
    response = clients["claire"].post(
        f"{issue.absolute_url()}/@newsletter-compose", json={}
    )
    assert response.status_code == 200, response.text


def test_every_active_subscriber_gets_one_message(
    clients, smtp, news_world, issue, audience, portal_url
):
    compose(clients, issue)
    queue(clients, issue)
    assert smtp.messages == []  # queuing sends nothing
    assert status(clients, issue)["left"] == 0
    results = run(pause=0)
    assert list(results.values())[0]["sent"] == 3
    received = smtp.wait(3)
    assert sorted(m["X-Envelope-To"] for m in received) == sorted(ACTIVE)
    for email in ("pending@example.org", "gone@example.org", "bounced@example.org"):
        assert smtp.to(email) == []
    message = smtp.to("ana@example.org")[0]
    token = audience["ana@example.org"].token
    assert message["List-Unsubscribe"] == (
        f"<{portal_url}/@@newsletter-unsubscribe/{token}>"
    )
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Subject"] == "La lettre de décembre"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert news_world["news"].absolute_url() in text
    assert f"/@@newsletter-unsubscribe/{token}" in text
    tree = lxml.html.fromstring(html)
    assert tree.xpath("//style") == []  # CSS inlined
    assert tree.xpath("//h2")[0].get("style")
    links = [a.get("href") for a in tree.xpath("//a")]
    assert links
    assert all(urlsplit(link).scheme in ("http", "https") for link in links)
    assert news_world["news"].absolute_url() in links
    assert news_world["event"].absolute_url() + "#registration" in links
    assert f"{portal_url}/@@newsletter-unsubscribe/{token}" in links
    assert tree.xpath("//img[@width='1']") == []
    # every copy carries its own token
    other = smtp.to("basile@example.org")[0]
    assert audience["basile@example.org"].token in other["List-Unsubscribe"]
    assert token not in other.as_string()
    # done: published in the archive, counts on the issue, last issue of each
    info = status(clients, issue)
    assert (info["status"], info["sent"], info["failed"], info["left"]) == (
        "sent",
        3,
        0,
        0,
    )
    assert audience["ana@example.org"].last_issue_uid == issue.UID()
    archive = clients["anonymous"].get("lettre", headers={"Accept": "text/html"})
    assert issue.absolute_url() in archive.text
    # a second run sends nothing more
    run(pause=0)
    assert len(smtp.messages) == 3


def test_permanent_and_temporary_failures(
    clients, smtp, refusing, issue, audience, functional
):
    compose(clients, issue)
    refusing("basile@example.org", "550 5.1.1 No such user")
    refusing("chloe@example.org", "451 4.7.1 Try again later")
    basile = audience["basile@example.org"]
    basile.failures = {"a" * 32, "b" * 32}  # two earlier issues failed already
    transaction.commit()
    queue(clients, issue)
    run(pause=0)
    assert [m["X-Envelope-To"] for m in smtp.messages] == ["ana@example.org"]
    info = status(clients, issue)
    assert (info["status"], info["sent"], info["failed"], info["left"]) == (
        "sending",
        1,
        1,
        1,
    )
    transaction.begin()
    assert basile.state == subscribers.BOUNCING  # a third issue failed
    assert issue.UID() in basile.failures
    # not published while someone is left
    archive = clients["anonymous"].get("lettre", headers={"Accept": "text/html"})
    assert issue.absolute_url() not in archive.text
    # an edit meanwhile changes the page, not the copies still to send
    url = issue.absolute_url()
    entries = clients["claire"].get(url).json()["entries"]
    late = {"kind": "link", "url": "https://example.org/tard", "title": "Ajout tardif"}
    assert clients["claire"].patch(url, json={"entries": [*entries, late]}).ok
    # the next run retries the 451 address only
    smtp.refusals.clear()
    run(pause=0)
    assert [m["X-Envelope-To"] for m in smtp.messages] == [
        "ana@example.org",
        "chloe@example.org",
    ]
    assert "Ajout tardif" not in smtp.to("chloe@example.org")[0].as_string()
    info = status(clients, issue)
    assert (info["status"], info["sent"], info["failed"], info["left"]) == (
        "sent",
        2,
        1,
        0,
    )


def test_temporary_failures_are_retried_a_bounded_number_of_times(
    clients, smtp, refusing, issue, audience
):
    compose(clients, issue)
    refusing("chloe@example.org", "451 4.7.1 Try again later")
    queue(clients, issue)
    for _run in range(delivery.MAX_ATTEMPTS):
        run(pause=0)
    info = status(clients, issue)
    assert (info["status"], info["sent"], info["failed"], info["left"]) == (
        "sent",
        2,
        1,
        0,
    )
    transaction.begin()
    assert audience["chloe@example.org"].state == subscribers.ACTIVE  # 4xx: no bounce


class Crash(Exception):
    """The process dies in the middle of the sending."""


class CrashingMailer:
    """The site's SMTP mailer, the process dying at the ``limit``-th message:
    before handing it to the server, or (``after_send``) once the server took it."""

    def __init__(self, limit, after_send=False):
        self.real = mailer()
        self.limit = limit
        self.after_send = after_send
        self.count = 0

    def send(self, fromaddr, toaddrs, message):
        if self.count == self.limit:
            if self.after_send:
                self.real.send(fromaddr, toaddrs, message)
            raise Crash("killed")
        self.count += 1
        return self.real.send(fromaddr, toaddrs, message)


@pytest.mark.parametrize("after_send", [False, True])
def test_a_crash_then_a_new_run_sends_each_subscriber_at_most_one_copy(
    clients, smtp, functional, issue, after_send
):
    portal = functional["portal"]
    emails = [f"lecteur{n}@example.org" for n in range(12)]
    clear_subscribers(portal)
    for email in emails:
        add_subscriber(email, portal=portal)
    transaction.commit()
    compose(clients, issue)
    queue(clients, issue)
    with pytest.raises(Crash):
        run(smtp=CrashingMailer(5, after_send), pause=0)
    transaction.abort()
    first = 6 if after_send else 5
    assert len(smtp.wait(first)) == first
    info = status(clients, issue)
    # The message in flight at the crash: nobody knows whether it left.
    assert (info["status"], info["sent"], info["uncertain"], info["left"]) == (
        "sending",
        5,
        1,
        6,
    )
    run(pause=0)
    received = [m["X-Envelope-To"] for m in smtp.wait(first + 6)]
    assert len(smtp.messages) == first + 6
    assert len(set(received)) == len(received)  # nobody twice
    assert set(received) <= set(emails)
    info = status(clients, issue)
    assert (info["status"], info["sent"], info["uncertain"], info["left"]) == (
        "sent",
        11,
        1,
        0,
    )
    page = clients["claire"].get(issue.absolute_url(), headers={"Accept": "text/html"})
    tree = lxml.html.fromstring(page.text)
    assert tree.xpath("//strong[@class='count-uncertain']/text()") == ["1"]
    assert "Incertains" in page.text


def test_one_click_unsubscribe_from_the_received_header(clients, smtp, issue, audience):
    compose(clients, issue)
    queue(clients, issue)
    run(pause=0)
    message = smtp.to("ana@example.org")[0]
    url = message["List-Unsubscribe"].strip("<>")
    # RFC 8058: what the mail client posts, without cookie or token
    response = clients["anonymous"].post(
        url,
        data=message["List-Unsubscribe-Post"],
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200, response.text
    transaction.begin()
    ana = subscribers.store().get("ana@example.org")
    assert ana.state == subscribers.UNSUBSCRIBED
    assert ana.unsubscribed_after == issue.UID()
    assert subscribers.store().get("basile@example.org").state == subscribers.ACTIVE
    # the coordinators' count on the issue and in the archive
    info = status(clients, issue)
    assert info["unsubscribed_after"] == 1
    page = clients["claire"].get("lettre", headers={"Accept": "text/html"})
    tree = lxml.html.fromstring(page.text)
    (item,) = tree.xpath(f"//li[.//a/@href='{issue.absolute_url()}']")
    assert item.xpath(".//span[@class='count-sent']/text()") == ["3"]
    assert item.xpath(".//span[@class='count-unsubscribed']/text()") == ["1"]
    # visitors see the issue, not the counts
    public = clients["anonymous"].get("lettre", headers={"Accept": "text/html"})
    assert issue.absolute_url() in public.text
    assert "count-sent" not in public.text


def test_an_unreachable_server_stops_the_run_and_the_next_one_sends(
    clients, smtp, functional, issue, audience
):
    compose(clients, issue)
    queue(clients, issue)
    transaction.begin()
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    # Plone's mailer reads the port from the mail settings
    api.portal.set_registry_record("plone.smtp_port", closed)
    transaction.commit()
    # An outage longer than the retries of a refused message drops nobody.
    for _run in range(delivery.MAX_ATTEMPTS + 1):
        run(pause=0)
    info = status(clients, issue)
    assert (info["status"], info["sent"], info["failed"], info["left"]) == (
        "sending",
        0,
        0,
        3,
    )
    transaction.begin()
    api.portal.set_registry_record("plone.smtp_port", smtp.port)
    transaction.commit()
    run(pause=0)
    assert sorted(m["X-Envelope-To"] for m in smtp.wait(3)) == sorted(ACTIVE)
    assert status(clients, issue)["status"] == "sent"


def test_a_run_leaves_alone_an_issue_another_host_is_sending(
    clients, smtp, issue, audience, monkeypatch
):
    compose(clients, issue)
    queue(clients, issue)
    transaction.begin()
    assert delivery.take_lease(issue, "hote-b")
    transaction.commit()
    results = run(pause=0)
    assert list(results.values())[0]["busy"] is True
    assert smtp.messages == []
    assert status(clients, issue)["status"] == "queued"
    # Host B died without giving the issue back: once its lease has expired,
    # the issue is sent by the next run.
    later = delivery.now() + delivery.LEASE + timedelta(seconds=1)
    monkeypatch.setattr(delivery, "now", lambda: later)
    run(pause=0)
    assert sorted(m["X-Envelope-To"] for m in smtp.wait(3)) == sorted(ACTIVE)
    assert status(clients, issue)["status"] == "sent"


class TakenOverMailer:
    """The SMTP server stalls past the lease after the first message: another
    host takes the issue over meanwhile."""

    def __init__(self, issue):
        self.real = mailer()
        self.issue = issue
        self.count = 0

    def send(self, fromaddr, toaddrs, message):
        self.count += 1
        result = self.real.send(fromaddr, toaddrs, message)
        if self.count == 1:
            delivery.state(self.issue)["lease"] = {
                "holder": "hote-b",
                "expires": delivery.now() + delivery.LEASE,
            }
            transaction.commit()
        return result


def test_a_run_that_lost_its_lease_stops(clients, smtp, issue, audience):
    compose(clients, issue)
    queue(clients, issue)
    transaction.begin()
    results = run(smtp=TakenOverMailer(issue), pause=0)
    counts = list(results.values())[0]
    assert (counts["sent"], counts["busy"]) == (1, True)
    assert len(smtp.wait(1)) == 1
    info = status(clients, issue)
    assert (info["status"], info["sent"], info["left"]) == ("sending", 1, 2)
