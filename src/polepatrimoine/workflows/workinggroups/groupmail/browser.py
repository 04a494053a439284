"""``<group>/@@group-mail``: the form to write to the group, and the kept messages."""

from plone.protect import CheckAuthenticator
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.browser.views import WorkingGroupMixin
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from Products.Five.browser import BrowserView
from zExceptions import Unauthorized
from zope.i18n import translate

import transaction


class GroupMailView(WorkingGroupMixin, BrowserView):
    """Coordinators write; the group reads the kept messages."""

    errors: dict = {}
    values: dict = {}

    def audiences(self):
        return [
            {"id": key, "title": translate(title, context=self.request)}
            for key, title in sending.AUDIENCE_TITLES.items()
        ]

    def can_send(self):
        return sending.can_send(self.context)

    def messages(self):
        return [sending.as_dict(brain) for brain in sending.kept_messages(self.context)]

    def __call__(self):
        form = self.request.form
        if self.request.method == "POST" and "form.submitted" in form:
            CheckAuthenticator(self.request)
            if not self.can_send():
                raise Unauthorized("group mail")
            self.values = {k: form.get(k, "") for k in ("subject", "text", "to")}
            try:
                sending.send_group_mail(
                    self.context,
                    current_userid(),
                    form.get("subject"),
                    form.get("text"),
                    form.get("to"),
                )
            except RequestError as error:
                transaction.doom()
                self.errors = {
                    error.field or "form": translate(
                        error.message, context=self.request
                    )
                }
                self.request.response.setStatus(error.status)
                return self.index()
            self.message(_("Your message was sent to the group."))
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@group-mail"
            )
        return self.index()


class MessageView(BrowserView):
    """A kept message: subject, sender, recipients, date, text."""

    def info(self):
        info = sending.as_dict(self.context)
        info["to_title"] = translate(
            sending.AUDIENCE_TITLES.get(self.context.audience, ""), context=self.request
        )
        return info
