"""The e-mail of an @mention: ``mail-mention`` on the item."""

from polepatrimoine.content.common import mail


class MentionMail(mail.MailView):
    def group(self):
        return self.options["group"].title

    def author(self):
        return self.options["author"]

    def title(self):
        return self.context.Title()

    def text(self):
        return self.verbatim(self.options["text"].strip())

    def url(self):
        return self.options["url"]
