"""The suite's e-mails: a ``mail-<kind>`` template view, in French, sent after commit.

Each body is a page template registered as a browser view ``mail-<kind>`` on
the mail's context for the suite's browser layer, so an integrator overrides
one with a ZCML override or z3c.jbot. Templates render plain text: one
translated paragraph per block, blank lines between paragraphs.
"""

from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from email.utils import parseaddr
from plone import api
from plone.browserlayer.layer import mark_layer
from polepatrimoine.content import logger
from polepatrimoine.content.interfaces import IBrowserLayer
from Products.Five.browser import BrowserView
from Products.MailHost.MailHost import MailBase
from Products.MailHost.MailHost import _mungeHeaders
from types import SimpleNamespace
from zope.i18n import translate
from zope.sendmail.mailer import SMTPMailer

import copy
import email.policy
import html
import re
import threading
import transaction


# MailHost writes a message given as an object with that object's line ends:
# the default "\n" joins a whole mail into one over-long SMTP line, which
# strict servers refuse (RFC 5321 wants CRLF) once it passes 1000 bytes.
SMTP_LINES = email.policy.compat32.clone(linesep="\r\n")


def language() -> str:
    """The site's language: e-mails are written in it whatever the request."""
    return api.portal.get_default_language() or "fr"


def tr(message) -> str:
    return translate(message, target_language=language())


def email_of(userid: str) -> str:
    user = api.user.get(userid=userid)
    return (user.getProperty("email") if user else "") or ""


def fullname_of(userid: str) -> str:
    user = api.user.get(userid=userid)
    return (user.getProperty("fullname") if user else "") or userid


class MailView(BrowserView):
    """Base of the mail templates: renders ``index`` as plain text in French.

    Keyword arguments of the call are the template's ``options`` and
    ``view.options``.
    """

    def __call__(self, **options):
        self.options = options
        self._verbatim = []
        template = self.index.__func__
        namespace = template.pt_getContext(self, self.request, options=options)
        namespace["target_language"] = language()
        text = html.unescape(template.pt_render(namespace))
        text = "\n".join(line.strip() for line in text.splitlines())
        text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
        return re.sub("\0(\\d+)\0", lambda m: self._verbatim[int(m.group(1))], text)

    def verbatim(self, text: str) -> str:
        """A placeholder for text kept as typed (a person's message), unlike the
        template's lines, which are stripped of their indentation."""
        self._verbatim.append(text)
        return f"\0{len(self._verbatim) - 1}\0"


def render(kind: str, context, **options) -> str:
    """The body of the ``mail-<kind>`` mail of context."""
    request = context.REQUEST
    if not IBrowserLayer.providedBy(request):
        # Outside a published request (the cron command) no layer is set yet.
        mark_layer(api.portal.get(), SimpleNamespace(request=request))
    view = api.content.get_view(f"mail-{kind}", context, request)
    return view(**options)


def send(
    kind: str,
    context,
    recipients,
    subject,
    attachments=(),
    reply_to: str | None = None,
    **options,
) -> None:
    """Send the ``mail-<kind>`` mail of context once the transaction commits.

    ``attachments`` are ``(filename, mimetype, data)`` triples joined to the
    text (a multipart/mixed message); ``reply_to`` is the address replies go to
    (a coordinator writing to their group).

    A ZODB conflict retries the request: mail queued in an after-commit hook
    leaves only for the attempt that committed, and none when it aborts. The
    SMTP conversation runs in a thread of its own, so that the answer to the
    user never waits for it: a mail server that is down, refuses or hangs is
    logged, and the action the user took (already committed) is reported as
    the success it is.
    """
    # The reserved .invalid domain (RFC 2606) can receive nothing: demo data uses it.
    recipients = sorted({r for r in recipients if r and not r.endswith(".invalid")})
    if not recipients:
        return
    try:
        # A message, not a string: MailHost would read a first line like
        # "Note: …" as a header.
        body = MIMEText(
            render(kind, context, **options), "plain", "utf-8", policy=SMTP_LINES
        )
        if attachments:
            body = with_attachments(body, attachments)
        if reply_to and "\n" not in reply_to and "\r" not in reply_to:
            body["Reply-To"] = reply_to
        subject = tr(subject)
    except Exception:
        # Some callers have committed already (registrations decide under a
        # lock and commit): a broken template must not turn that into an error.
        logger.exception("Could not render the %s mail", kind)
        return

    def deliver(committed: bool) -> None:
        if not committed:
            return
        try:
            outgoing = prepare(kind, recipients, subject, body)
        except Exception:
            logger.exception("Could not send the %s mail to %s", kind, recipients)
            return
        if outgoing is not None:
            thread = threading.Thread(
                target=deliver_all, args=outgoing, name=f"mail-{kind}"
            )
            # Not a daemon: a console command's process waits for its mails.
            thread.start()
            _threads[:] = [t for t in _threads if t.is_alive()] + [thread]

    transaction.get().addAfterCommitHook(deliver)


_threads: list[threading.Thread] = []


def with_attachments(text: MIMEText, attachments) -> MIMEMultipart:
    """The text followed by each ``(filename, mimetype, data)`` as a file.

    A ``text/…`` type keeps its parameters (``text/calendar; method=REQUEST``:
    mail clients offer to accept an invitation from them); other types are
    ``application/…`` (``octet-stream`` when unknown).
    """
    message = MIMEMultipart("mixed", policy=SMTP_LINES)
    message.attach(text)
    for filename, mimetype, data in attachments:
        media, _semicolon, parameters = (mimetype or "").partition(";")
        maintype, _slash, subtype = media.strip().lower().partition("/")
        if maintype == "text" and subtype:
            content = data.decode("utf-8") if isinstance(data, bytes) else data
            part = MIMEText(content, subtype, "utf-8", policy=SMTP_LINES)
            for parameter in parameters.split(";"):
                name, _equals, value = parameter.partition("=")
                if name.strip() and value.strip():
                    part.set_param(name.strip(), value.strip().strip('"'))
        else:
            if maintype != "application" or not subtype:
                subtype = "octet-stream"
            part = MIMEApplication(bytes(data), subtype, policy=SMTP_LINES)
        # RFC 2231 encodes a non-ASCII name.
        part.add_header("Content-Disposition", "attachment", filename=filename)
        message.attach(part)
    return message


def prepare(kind: str, recipients: list, subject: str, body):
    """What the mail thread needs, read while the site is at hand.

    Returns ``(kind, mailer, messages)``, or ``None`` when MailHost is
    not the SMTP one (a test double, an integrator's own) and has sent the
    mails itself, as plone.api does.
    """
    mailhost = api.portal.get_tool("MailHost")
    from_address = api.portal.get_registry_record("plone.email_from_address")
    if not from_address or not (
        getattr(mailhost, "smtp_host", None) or _mailer_without_server(mailhost)
    ):
        logger.error(
            "Could not send the %s mail to %s: MailHost is not configured",
            kind,
            recipients,
        )
        return None
    if not isinstance(mailhost, MailBase) or getattr(mailhost, "smtp_queue", False):
        # MailHost's own queue (or a replacement) takes the mail as it is.
        for recipient in recipients:
            try:
                api.portal.send_email(
                    recipient=recipient, subject=subject, body=body, immediate=True
                )
            except Exception:
                logger.exception("Could not send the %s mail to %s", kind, recipient)
        return None
    from_name = api.portal.get_registry_record("plone.email_from_name")
    sender = formataddr((from_name, from_address))
    if parseaddr(sender)[1] != from_address:
        sender = from_address
    charset = api.portal.get_registry_record("plone.email_charset")
    messages = []
    for recipient in recipients:
        text, mto, mfrom = _mungeHeaders(
            copy.deepcopy(body), recipient, sender, subject, charset, None, None
        )
        messages.append((recipient, mfrom, mto, text))
    return kind, mailhost._makeMailer(), messages


def _mailer_without_server(mailhost) -> bool:
    """MailHost writes the mails elsewhere than to an SMTP server (the maildir of
    ``make start`` without PLONE_SMTP_HOST): it needs no server's name."""
    return isinstance(mailhost, MailBase) and not isinstance(
        mailhost._makeMailer(), SMTPMailer
    )


def deliver_all(kind: str, mailer, messages) -> None:
    for recipient, mfrom, mto, text in messages:
        try:
            mailer.send(mfrom, mto, text)
        except Exception:
            logger.exception("Could not send the %s mail to %s", kind, recipient)


def wait_for_delivery(timeout: float = 60) -> None:
    """Wait for the mails on their way (tests, console commands)."""
    for thread in list(_threads):
        thread.join(timeout)
