"""The subscribers' e-mails: ``mail-newsletter-<kind>`` views on the site.

Nothing a visitor typed appears in them: the confirmation goes to an address
nobody has proved yet, so the form must not carry a stranger's text to it.
"""

from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common import mail
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.newsletter import subscribers
from zExceptions import NotFound


class MailView(mail.MailView):
    """Base of the templates: ``subscriber`` in the options."""

    def __call__(self, **options):
        # Published by URL (no subscriber): there is nothing to show.
        if "subscriber" not in options:
            raise NotFound(self.__name__)
        return super().__call__(**options)

    @property
    def subscriber(self):
        return self.options["subscriber"]

    def site_url(self):
        return self.context.absolute_url()

    def confirm_url(self):
        return subscribers.confirm_url(self.subscriber, self.context)

    def unsubscribe_url(self):
        return subscribers.unsubscribe_url(self.subscriber, self.context)

    def expires(self):
        return french_short(self.subscriber.expires)


def send(kind: str, subscriber, subject) -> None:
    mail.send(
        f"newsletter-{kind}",
        api.portal.get(),
        [subscriber.email],
        subject,
        subscriber=subscriber,
    )


def send_confirmation(subscriber) -> None:
    send("confirm", subscriber, _("Please confirm your subscription to the newsletter"))


def send_already(subscriber) -> None:
    send("already", subscriber, _("You are already subscribed to the newsletter"))


def send_welcome(subscriber) -> None:
    send("welcome", subscriber, _("Your subscription to the newsletter is confirmed"))
