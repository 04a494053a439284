"""Mail kept as files: with ``PLONE_MAILDIR`` set, no e-mail leaves the machine.

``make start`` sets it when ``PLONE_SMTP_HOST`` is not set, so that
registrations, join requests and applications work on a fresh machine with
no mail server: each message is a file in the maildir (``new/``), readable
with any mail client (``mutt -f var/mail``) or a text editor.
"""

from Products.MailHost.MailHost import MailBase
from zope.interface import implementer
from zope.sendmail.interfaces import IMailer
from zope.sendmail.maildir import Maildir

import logging
import os


logger = logging.getLogger("polepatrimoine.policy")
ENVIRONMENT = "PLONE_MAILDIR"


@implementer(IMailer)
class MaildirMailer:
    """A mailer that writes each message to a maildir instead of an SMTP server."""

    def __init__(self, path: str):
        self.maildir = Maildir(path, create=True)

    def send(self, fromaddr, toaddrs, message):
        if isinstance(message, str):
            message = message.encode("utf-8")
        recipients = [toaddrs] if isinstance(toaddrs, str) else list(toaddrs)
        writer = self.maildir.newMessage()
        try:
            # The envelope, which the headers may not show (Bcc): who it was for.
            writer.write(f"Return-Path: <{fromaddr}>\n".encode())
            for recipient in recipients:
                writer.write(f"X-Envelope-To: <{recipient}>\n".encode())
            writer.write(message)
        except BaseException:
            writer.abort()
            raise
        writer.commit()

    def abort(self):
        pass

    def vote(self, fromaddr, toaddrs, message):
        pass


def _maildir_mailer(self):
    return MaildirMailer(os.environ[ENVIRONMENT])


def use_maildir(event=None) -> None:
    """At process start: every MailHost of the process writes to the maildir."""
    path = os.environ.get(ENVIRONMENT)
    if not path:
        return
    MailBase._makeMailer = _maildir_mailer
    logger.warning(
        "No mail leaves this instance: every e-mail is kept as a file in %s "
        "(set PLONE_SMTP_HOST to send them).",
        path,
    )
