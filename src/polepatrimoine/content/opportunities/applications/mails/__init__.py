"""The applications' mails: ``mail-opportunity-<kind>`` views on the offer.

The acknowledgement goes to an address nobody has confirmed: it carries nothing
the applicant typed (no name, no message), so that the form cannot carry a
stranger's text to any address, and it never names the offer's contact address.
"""

from plone import api
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.opportunities.applications import apply
from polepatrimoine.content.opportunities.applications import storage


class MailView(mail.MailView):
    @property
    def application(self):
        return self.options["application"]

    def title(self):
        return self.context.Title()

    def url(self):
        return self.context.absolute_url()

    def structure(self):
        return apply.structure_title(self.context)

    def date(self):
        return french_short(self.application.date)

    def fullname(self):
        return self.application.fullname

    def email(self):
        return self.application.email

    def message(self):
        return self.verbatim(self.application.message)

    def file_names(self):
        return [
            f.filename
            for f in (self.application.files.get(n) for n in storage.FILES)
            if f is not None
        ]

    def my_offers_url(self):
        return f"{api.portal.get().absolute_url()}/@@my-opportunities"
