"""E-mails of the join requests: ``mail-join-<kind>`` views on the working group."""

from polepatrimoine.content.common import mail


class MailView(mail.MailView):
    """Base of the join requests' mail templates: the group and ``join_request``."""

    @property
    def join_request(self):
        return self.options["join_request"]

    def user(self):
        return mail.fullname_of(self.join_request.user)

    def group(self):
        return self.context.title

    def message(self):
        return self.verbatim(self.join_request.message or "-")

    def reason(self):
        return self.verbatim(self.join_request.reason or "-")

    def members_url(self):
        return f"{self.context.absolute_url()}/@@members"

    def space_url(self):
        return f"{self.context.absolute_url()}/@@space"
