"""The question's mail to the Jeunes-Pros coordinators (``mail-jeunes-pros-question``)."""

from polepatrimoine.content.common import mail


class MailView(mail.MailView):
    @property
    def question(self):
        return self.options["question"]

    def text(self):
        return self.verbatim(self.question["question"])

    def url(self):
        return self.context.absolute_url()
