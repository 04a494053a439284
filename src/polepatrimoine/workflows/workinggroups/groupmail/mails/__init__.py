"""The group mail's body: ``mail-group-message`` on the kept message."""

from Acquisition import aq_parent
from polepatrimoine.content.common import mail
from polepatrimoine.workflows.workinggroups.groupmail.sending import AUDIENCE_TITLES


class MailView(mail.MailView):
    def group(self):
        return aq_parent(self.context).title

    def sender(self):
        return mail.fullname_of(self.context.sender)

    def audience(self):
        return mail.tr(AUDIENCE_TITLES[self.context.audience])

    def text(self):
        return self.verbatim(self.context.text)

    def url(self):
        return self.context.absolute_url()
