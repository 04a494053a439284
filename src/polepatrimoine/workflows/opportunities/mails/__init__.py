"""E-mails of the offers: ``mail-opportunity-<kind>`` views on the offer."""

from polepatrimoine.content.common import mail


class MailView(mail.MailView):
    """Base of the offers' mail templates."""

    def title(self):
        return self.context.title

    def deadline(self):
        deadline = self.context.deadline
        return deadline.strftime("%d/%m/%Y") if deadline else ""

    def edit_url(self):
        return f"{self.context.absolute_url()}/edit"
