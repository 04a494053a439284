"""E-mails of the offers: ``mail-opportunity-<kind>`` views on the offer."""

from polepatrimoine.content.common import mail
from polepatrimoine.content.common.dates import french_date


class MailView(mail.MailView):
    """Base of the offers' mail templates."""

    def title(self):
        return self.context.title

    def deadline(self):
        deadline = self.context.deadline
        return french_date(deadline) if deadline else ""

    def edit_url(self):
        return f"{self.context.absolute_url()}/edit"
