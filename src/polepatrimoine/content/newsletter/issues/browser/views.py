"""The issue's page and the coordinators' actions on it (compose, preview, send)."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.newsletter.issues import actions
from polepatrimoine.content.newsletter.issues import delivery
from polepatrimoine.content.newsletter.issues.rendering import UNSUBSCRIBE
from polepatrimoine.content.newsletter.issues.rendering import absolute_html
from polepatrimoine.content.newsletter.issues.rendering import groups
from polepatrimoine.content.newsletter.issues.rendering import render
from Products.Five.browser import BrowserView
from zExceptions import BadRequest


MANAGE = "polepatrimoine: Manage newsletter"


def can_manage(context) -> bool:
    return bool(api.user.has_permission(MANAGE, obj=context))


class IssueView(BrowserView):
    """The issue as a web page: what the e-mail says; the coordinators' panel."""

    def groups(self):
        return groups(self.context)

    def introduction(self):
        text = getattr(self.context, "introduction", None)
        return absolute_html(
            text.output if text else "", self.context.absolute_url() + "/"
        )

    def can_manage(self):
        return can_manage(self.context)

    def status(self):
        return actions.status_lines(self.context)

    def is_draft(self):
        return delivery.status_of(self.context) == "draft"


class PostAction(BrowserView):
    """A coordinator's button: POST with the form's token, then back to the issue."""

    success = None

    def __call__(self):
        if self.request.method != "POST":
            raise BadRequest("POST only")
        CheckAuthenticator(self.request)
        try:
            message = self.act()
            kind = "info"
        except RequestError as error:
            message, kind = error.message, "error"
        api.portal.show_message(translated(message, self.request), self.request, kind)
        self.request.response.redirect(self.context.absolute_url())
        return ""


class ComposeView(PostAction):
    def act(self):
        entries = actions.compose_issue(self.context)
        return _(
            "The issue now lists ${count} items published since the last issue.",
            mapping={"count": len(entries)},
        )


class SendView(PostAction):
    def act(self):
        if "test" in self.request.form:
            email = actions.test_address(self.request.form.get("test"))
            actions.test_issue(self.context, email)
            return _("A test copy was sent to ${email}.", mapping={"email": email})
        actions.queue_issue(self.context)
        return _(
            "The issue is queued: the sending starts within minutes, in batches; "
            "its progress shows on this page."
        )


class PreviewView(BrowserView):
    """Exactly the HTML of the e-mail (a sample unsubscribe link)."""

    def __call__(self):
        markup, _text = render(self.context)
        sample = f"{self.context.aq_parent.absolute_url()}#desinscription"
        self.request.response.setHeader("Content-Type", "text/html; charset=utf-8")
        return markup.replace(UNSUBSCRIBE, sample)
