"""Sending an issue: one message per active subscriber, a commit after each.

The command (``commands/send.py``) calls ``send_queued``; nothing here runs in
a web request, except ``send_test`` (one message, to one address). Each
recipient is committed ``in_flight`` before its message goes to the SMTP
server and gets the server's answer committed after: a crash between the two
leaves it ``in_flight``, and the next run counts it ``uncertain`` instead of
sending it again, so nobody ever receives two copies.
"""

from DateTime import DateTime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime
from email.utils import formataddr
from plone import api
from polepatrimoine.content.common.dates import PARIS
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.content.newsletter.issues.rendering import UNSUBSCRIBE
from polepatrimoine.content.newsletter.issues.rendering import render
from ZODB.POSException import ConflictError

import hashlib
import logging
import smtplib
import time
import transaction
import uuid


logger = logging.getLogger("polepatrimoine.newsletter")
COMMIT_TRIES = 5


class Outcome:
    SENT = "sent"
    PERMANENT = "permanent"
    TEMPORARY = "temporary"
    UNREACHABLE = "unreachable"


def classify(error: Exception) -> tuple[str, str]:
    """What an SMTP error means for the recipient: (outcome, text)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, message = next(iter(error.recipients.values()))
    elif isinstance(error, smtplib.SMTPResponseException):
        code, message = error.smtp_code, error.smtp_error
    elif isinstance(error, (OSError, smtplib.SMTPException)):
        # Connection refused, timeout, disconnected: the server, not the address.
        return Outcome.UNREACHABLE, f"{type(error).__name__}: {error}"
    else:
        raise error
    if isinstance(message, bytes):
        message = message.decode("utf-8", "replace")
    outcome = Outcome.PERMANENT if 500 <= code < 600 else Outcome.TEMPORARY
    return outcome, f"{code} {message}"


def sender() -> tuple[str, str]:
    address = api.portal.get_registry_record("plone.email_from_address") or ""
    name = api.portal.get_registry_record("plone.email_from_name") or ""
    return address, formataddr((name, address)) if name else address


def message_id(issue_uid: str, email: str, domain: str) -> str:
    digest = hashlib.sha256(email.lower().encode()).hexdigest()[:24]
    return f"<newsletter.{issue_uid}.{digest}@{domain}>"


def build_message(issue, markup: str, text: str, email: str, unsubscribe: str):
    """One recipient's copy: their own unsubscribe link (RFC 2369 and 8058)."""
    address, from_header = sender()
    domain = address.rpartition("@")[2] or "localhost"
    # RFC 5321 lines (CRLF), headers folded and encoded as the default policy does.
    message = EmailMessage(policy=SMTP_POLICY)
    message["Subject"] = issue.Title()
    message["From"] = from_header
    message["To"] = email
    message["Date"] = format_datetime(delivery.now().astimezone(PARIS))
    message["Message-ID"] = message_id(issue.UID(), email, domain)
    message["List-Id"] = f"{api.portal.get().Title()} <lettre.{domain}>"
    message["List-Unsubscribe"] = f"<{unsubscribe}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["Content-Language"] = "fr"
    message.set_content(text.replace(UNSUBSCRIBE, unsubscribe), charset="utf-8")
    message.add_alternative(
        markup.replace(UNSUBSCRIBE, unsubscribe), subtype="html", charset="utf-8"
    )
    return message


def mailer():
    return api.portal.get_tool("MailHost")._makeMailer()


def deliver(smtp, message) -> tuple[str, str]:
    address = sender()[0]
    try:
        smtp.send(address, [message["To"]], message.as_bytes())
    except Exception as error:  # noqa: BLE001 (classify re-raises what is not SMTP)
        return classify(error)
    return Outcome.SENT, ""


def commit(apply):
    """Commit ``apply()``'s writes; on a conflict, apply them again on fresh data
    (the message has left: the bookkeeping must not be lost). ``apply()``
    returning False writes nothing and is returned."""
    for attempt in range(COMMIT_TRIES):
        result = apply()
        if result is False:
            transaction.abort()
            return False
        try:
            transaction.commit()
            return result
        except ConflictError:
            transaction.abort()
            if attempt == COMMIT_TRIES - 1:
                raise


def record(issue, recipient, email: str, outcome: str, error: str) -> None:
    uid = issue.UID()
    # The server's answer often quotes the address: the issue keeps none.
    error = error.replace(email, "<adresse>")
    if outcome == Outcome.UNREACHABLE:
        # The server is down, not the address: an outage costs nobody a try.
        recipient.status = "pending"
        recipient.error = error[:500]
        return
    recipient.attempts += 1
    if outcome == Outcome.SENT:
        recipient.done("sent")
        subscriber = subscribers.record_delivered(email)
        if subscriber is not None:
            subscriber.last_issue_uid = uid
    elif outcome == Outcome.PERMANENT:
        recipient.done("failed", error)
        subscribers.record_permanent_failure(email, uid)
    elif recipient.attempts >= delivery.MAX_ATTEMPTS:
        recipient.done("failed", error)
    else:
        recipient.status = "pending"
        recipient.error = error[:500]


def publish(issue) -> None:
    """The issue, sent, joins the public archive (dated when it was queued)."""
    data = delivery.state(issue, create=True)
    delivery.finish(issue)
    issue.setEffectiveDate(DateTime(data["queued"] or data["finished"]))
    if api.content.get_state(issue) != "sent":
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=issue, transition="send")
    issue.reindexObject()


def send_issue(
    issue, smtp=None, batch_size: int = 50, pause: float = 0.0, holder=None
) -> dict:
    """Send what is left of one issue; returns this run's counts (``busy`` when
    another run holds the issue's lease)."""
    run = {"sent": 0, "failed": 0, "deferred": 0, "skipped": 0, "busy": False}
    holder = holder or uuid.uuid4().hex
    # A conflict means another host took the lease at the same moment: the
    # retry reads its lease and gives way.
    if commit(lambda: delivery.take_lease(issue, holder)) is False:
        run["busy"] = True
        return run
    try:
        _send(issue, smtp, batch_size, pause, holder, run)
    finally:
        _release(issue, holder)
    return run


def _release(issue, holder) -> None:
    """Give the issue back at once; if even that fails, the lease expires."""
    transaction.abort()
    try:
        commit(lambda: delivery.release_lease(issue, holder))
    except Exception:
        transaction.abort()
        logger.exception("The newsletter's lease is left to expire")


def _send(issue, smtp, batch_size, pause, holder, run) -> None:
    if delivery.status_of(issue) == "queued":
        tokens = [s.token for s in subscribers.store().active()]
        # Rendered once: every copy, in this run or the next, says the same,
        # whatever is edited on the issue meanwhile.
        markup, text = render(issue)

        def start():
            delivery.take_recipients(issue, tokens)
            delivery.state(issue).update(markup=markup, text=text)

        commit(start)
    crashed = delivery.in_flight(issue)
    if crashed:
        # Whether the server took these before the crash is unknown: a second
        # copy is worse than none.
        commit(lambda: [r.done("uncertain") for r in crashed])
    smtp = smtp or mailer()
    data = delivery.state(issue)
    markup, text = data["markup"], data["text"]
    done = 0
    for recipient in delivery.pending(issue):
        subscriber = subscribers.store().by_token(recipient.token)
        if subscriber is None or subscriber.state != subscribers.ACTIVE:
            commit(lambda r=recipient: r.done("skipped"))
            run["skipped"] += 1
            continue
        email = subscriber.email
        message = build_message(
            issue, markup, text, email, subscribers.unsubscribe_url(subscriber)
        )

        def take_off(r=recipient):
            if not delivery.take_lease(issue, holder):
                return False  # held too long: another run took the issue over
            r.status = "in_flight"

        if commit(take_off) is False:
            run["busy"] = True
            break
        outcome, error = deliver(smtp, message)
        commit(
            lambda r=recipient, a=email, o=outcome, e=error: record(issue, r, a, o, e)
        )
        if outcome == Outcome.SENT:
            run["sent"] += 1
        elif recipient.status == "failed":
            run["failed"] += 1
            logger.warning("Newsletter to %s failed: %s", email, error)
        else:
            run["deferred"] += 1
            logger.info("Newsletter to %s deferred: %s", email, error)
        if outcome == Outcome.UNREACHABLE:
            logger.error("SMTP server unreachable, the next run goes on: %s", error)
            break
        done += 1
        if pause and batch_size and done % batch_size == 0:
            time.sleep(pause)
    if not delivery.pending(issue) and not run["busy"]:
        commit(lambda: publish(issue))


def queued_issues() -> list:
    catalog = api.portal.get_tool("portal_catalog")
    issues = [
        brain._unrestrictedGetObject()
        for brain in catalog.unrestrictedSearchResults(portal_type="NewsletterIssue")
    ]
    return [i for i in issues if delivery.status_of(i) in ("queued", "sending")]


def send_queued(smtp=None, batch_size: int = 50, pause: float = 0.0) -> dict:
    """Every issue queued or under way, oldest first: ``{path: counts}``."""
    results = {}
    issues = sorted(queued_issues(), key=lambda i: delivery.state(i)["queued"])
    for issue in issues:
        results[issue.absolute_url(1)] = send_issue(issue, smtp, batch_size, pause)
    return results


def send_test(issue, email: str) -> tuple[str, str]:
    """One copy to one address, now (a coordinator checks how it looks)."""
    subscriber = subscribers.store().get(email)
    if subscriber is not None:
        unsubscribe = subscribers.unsubscribe_url(subscriber)
    else:
        unsubscribe = issue.aq_parent.absolute_url()
    markup, text = render(issue)
    message = build_message(issue, markup, text, email, unsubscribe)
    message.replace_header("Subject", f"[Test] {issue.Title()}")
    del message["Message-ID"]
    return deliver(mailer(), message)
