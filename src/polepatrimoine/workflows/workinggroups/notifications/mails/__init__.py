"""E-mails of the notifications: ``mail-digest`` (site) and ``mail-activity-item`` (group)."""

from plone import api
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.dates import french_when
from polepatrimoine.workflows.workinggroups.activity.store import KINDS

import datetime


def settings_url() -> str:
    return f"{api.portal.get().absolute_url()}/@@my-notifications"


def when(value) -> str:
    """« 03/12/2026 à 14:30 », Paris time."""
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    return french_when(value)


class MailView(mail.MailView):
    def settings_url(self):
        return settings_url()

    def kind(self, kind: str) -> str:
        return mail.tr(KINDS[kind]) if kind in KINDS else kind

    def when(self, value) -> str:
        return when(value)

    def text(self, value) -> str:
        """A title typed by a member: kept as typed, on its line."""
        return self.verbatim(value or "-")
