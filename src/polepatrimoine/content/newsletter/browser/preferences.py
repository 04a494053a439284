"""A member's own subscription, for their account's address, in one click."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content.newsletter import subscribers
from polepatrimoine.content.newsletter import subscription
from polepatrimoine.content.personaldata import consent
from Products.Five import BrowserView
from zope.interface import alsoProvides


BACK = "personal-information"


class OwnSubscription:
    """The current member's subscription, as the page and the viewlet show it."""

    @property
    def email(self) -> str:
        user = api.user.get_current()
        return subscribers.normalise(user.getProperty("email") or "")

    def state(self) -> str | None:
        subscriber = subscribers.store().get(self.email) if self.email else None
        if subscriber is None or subscriber.expired():
            return None
        return subscriber.state

    def subscribed(self) -> bool:
        return self.state() == subscribers.ACTIVE

    def pending(self) -> bool:
        return self.state() == subscribers.PENDING


class PersonalInformationViewlet(OwnSubscription, ViewletBase):
    """The same button on the member's ``@@personal-information``, consent beside it."""

    def available(self) -> bool:
        # Not on @@user-information, where an administrator edits someone else.
        return (
            getattr(self.view, "__name__", "") == "personal-information"
            and not api.user.is_anonymous()
        )


class PreferencesView(OwnSubscription, BrowserView):
    """Subscribe (the confirmation link goes to the account's address, which
    Plone never proved) or unsubscribe."""

    error = None
    message = None

    def __call__(self):
        user = api.user.get_current()
        if self.request.method == "POST" and self.email:
            CheckAuthenticator(self.request)
            alsoProvides(self.request, IDisableCSRFProtection)
            if self.request.form.get("unsubscribe"):
                subscriber = subscribers.store().get(self.email)
                if subscriber is not None:
                    subscribers.unsubscribe(subscriber)
                self.message = "unsubscribed"
            else:
                form = {
                    "email": self.email,
                    consent.FIELD: consent.given(self.request.form.get(consent.FIELD)),
                }
                try:
                    values = subscription.clean(form, user)
                except subscription.SubscriptionError as error:
                    self.error = error
                else:
                    subscription.subscribe(values, "member", user)
                    self.message = "subscribed"
            if self.message and self.request.form.get("came_from") == BACK:
                # Back where the member clicked: the viewlet there shows the new state.
                portal = api.portal.get().absolute_url()
                return self.request.response.redirect(f"{portal}/@@{BACK}")
        return self.index()
