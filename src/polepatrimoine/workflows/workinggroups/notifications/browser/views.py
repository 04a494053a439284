"""``/Plone/@@my-notifications``: modes per group, the private calendar feed."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.notifications import settings
from polepatrimoine.workflows.workinggroups.notifications import tokens
from polepatrimoine.workflows.workinggroups.notifications.overview import overview
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from Products.Five.browser import BrowserView
from zope.i18n import translate


PREFIX = "mode."


class MyNotificationsView(BrowserView):
    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle(self.request.form)
            return self.request.response.redirect(
                f"{api.portal.get().absolute_url()}/@@my-notifications"
            )
        self.data = overview(current_userid(), self.request)
        return self.index()

    def message(self, text, kind="info"):
        api.portal.show_message(
            translate(text, context=self.request), self.request, kind
        )

    def handle(self, form):
        userid = current_userid()
        action = form.get("action")
        if action == "save":
            wanted = {
                name[len(PREFIX) :]: value
                for name, value in form.items()
                if name.startswith(PREFIX)
            }
            try:
                settings.set_modes(userid, wanted)
            except settings.SettingsError as error:
                self.message(error.message, "error")
            else:
                self.message(_("Your notification settings were saved."))
        elif action == "feed-new":
            tokens.regenerate(userid)
            self.message(
                _(
                    "A new address was made for your calendar: the previous one "
                    "no longer works."
                )
            )
        elif action == "feed-revoke":
            tokens.revoke(userid)
            self.message(_("Your calendar address was revoked."))
