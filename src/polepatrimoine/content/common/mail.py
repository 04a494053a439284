"""The suite's e-mails: a ``mail-<kind>`` template view, in French, sent after commit.

Each body is a page template registered as a browser view ``mail-<kind>`` on
the mail's context for the suite's browser layer, so an integrator overrides
one with a ZCML override or z3c.jbot. Templates render plain text: one
translated paragraph per block, blank lines between paragraphs.
"""

from email.mime.text import MIMEText
from plone import api
from plone.browserlayer.layer import mark_layer
from polepatrimoine.content import logger
from polepatrimoine.content.interfaces import IBrowserLayer
from Products.Five.browser import BrowserView
from types import SimpleNamespace
from zope.i18n import translate

import email.policy
import html
import re
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


def send(kind: str, context, recipients, subject, **options) -> None:
    """Send the ``mail-<kind>`` mail of context once the transaction commits.

    A ZODB conflict retries the request: mail queued in an after-commit hook
    leaves only for the attempt that committed, and none when it aborts. A
    failing SMTP server is logged, never turned into an error of the request.
    """
    # The reserved .invalid domain (RFC 2606) can receive nothing: demo data uses it.
    recipients = sorted({r for r in recipients if r and not r.endswith(".invalid")})
    if not recipients:
        return
    # A message, not a string: MailHost would read a first line like "Note: …"
    # as a header.
    body = MIMEText(
        render(kind, context, **options), "plain", "utf-8", policy=SMTP_LINES
    )
    subject = tr(subject)

    def deliver(committed: bool) -> None:
        if not committed:
            return
        for recipient in recipients:
            try:
                api.portal.send_email(
                    recipient=recipient, subject=subject, body=body, immediate=True
                )
            except Exception:
                logger.exception("Could not send the %s mail to %s", kind, recipient)

    transaction.get().addAfterCommitHook(deliver)
