"""The mail of a closed poll: ``mail-poll-closed`` on the poll, the meeting in ``options``."""

from Acquisition import aq_parent
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.workinggroups.indexers import PARIS


class MailView(mail.MailView):
    @property
    def meeting(self):
        return self.options["meeting"]

    def group(self):
        return aq_parent(self.context).title

    def when(self):
        start = self.meeting.start.astimezone(PARIS)
        end = self.meeting.end.astimezone(PARIS)
        return f"{start:%d/%m/%Y} {start:%H:%M}–{end:%H:%M}"

    def place(self):
        return self.meeting.location or "-"

    def online_url(self):
        return safe_url(getattr(self.meeting, "online_url", None)) or "-"

    def url(self):
        return self.meeting.absolute_url()
