"""Classic UI of registrations: the form on the event page, cancel, organisers' list."""

from plone import api
from plone.app.layout.viewlets import ViewletBase
from plone.protect import CheckAuthenticator
from plone.protect.interfaces import IDisableCSRFProtection
from polepatrimoine.content.common import ratelimit
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.meetings import registrations
from polepatrimoine.content.meetings import signup
from polepatrimoine.content.meetings import submission
from polepatrimoine.content.meetings.behavior import IMeeting
from polepatrimoine.content.meetings.cancellation import cancel
from polepatrimoine.content.meetings.export import csv_of
from polepatrimoine.content.meetings.permissions import MANAGE_REGISTRATIONS
from polepatrimoine.content.meetings.vocabularies import MEETING_FORMATS
from polepatrimoine.content.personaldata import consent
from polepatrimoine.content.vocabularies import title_of
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile
from zExceptions import Forbidden
from zope.interface import alsoProvides


class MeetingMixin:
    fields = ViewPageTemplateFile("templates/form_fields.pt")

    @property
    def meeting(self):
        return IMeeting(self.context)

    def format_title(self):
        return title_of(MEETING_FORMATS, self.meeting.meeting_format or "")

    def organiser(self):
        """The organising actor, when this visitor may see it."""
        relation = getattr(self.meeting, "organiser", None)
        actor = None if relation is None or relation.isBroken() else relation.to_object
        if actor is None or not api.user.has_permission("View", obj=actor):
            return None
        return {"title": actor.Title(), "url": actor.absolute_url()}

    def online_url(self):
        return safe_url(self.meeting.online_url)

    def replay_url(self):
        return safe_url(self.meeting.replay_url)

    def status(self):
        return registrations.registration_status(self.context)

    def is_organiser(self):
        return api.user.has_permission(MANAGE_REGISTRATIONS, obj=self.context)

    def resources(self):
        relations = self.meeting.related_resources or []
        found = []
        for relation in relations:
            obj = None if relation.isBroken() else relation.to_object
            if obj is not None and api.user.has_permission("View", obj=obj):
                found.append({"title": obj.Title(), "url": obj.absolute_url()})
        return found

    def current_user(self):
        if api.user.is_anonymous():
            return {}
        user = api.user.get_current()
        return {
            "fullname": user.getProperty("fullname") or "",
            "email": user.getProperty("email") or "",
        }


class MeetingViewlet(MeetingMixin, ViewletBase):
    """Format, links, resources and the registration form, on the event page."""


class RegistrationView(MeetingMixin, BrowserView):
    """POST: register from the event page; shows the result or the errors."""

    registration = None
    submitted = False
    error = None
    values = None

    def __call__(self):
        self.values = dict(self.current_user())
        if self.request.method == "POST":
            self.values.update(
                {
                    name: self.request.form.get(name, "")
                    for name in submission.FIELD_LIMITS
                }
            )
            self.submit()
        return self.index()

    def submit(self):
        CheckAuthenticator(self.request)
        alsoProvides(self.request, IDisableCSRFProtection)
        wait = signup.retry_after(self.request)
        if wait:
            self.request.response.setStatus(429)
            self.request.response.setHeader("Retry-After", str(wait))
            self.error = registrations.RegistrationError(
                ratelimit.refusal_message(wait)
            )
            return
        form = {
            name: self.request.form.get(name, "")
            for name in (*submission.FIELD_LIMITS, submission.HONEYPOT)
        }
        form[consent.FIELD] = consent.given(self.request.form.get(consent.FIELD))
        user = None if api.user.is_anonymous() else api.user.get_current()
        try:
            values = submission.clean(form, user)
            self.registration = signup.submit(self.context, values, user)
        except registrations.RegistrationError as error:
            self.error = error
            return
        self.submitted = True

    def pending(self):
        """Waiting for the e-mail's link (or an address registered already)."""
        return (
            self.registration is None
            or self.registration.state == registrations.PENDING
        )

    def confirmed(self):
        return self.registration.state == registrations.CONFIRMED


class ConfirmView(BrowserView):
    """The confirmation link of the e-mail: a page with a button, since mail
    scanners open links; the POST confirms, once."""

    registration = None
    not_found = False

    def __call__(self):
        self.token = self.request.form.get("token", "")
        storage = registrations.get_registrations(self.context)
        found = None
        if storage and isinstance(self.token, str):
            found = storage.by_confirmation(self.token)
        if found is None:
            self.not_found = True
        elif self.request.method == "POST":
            CheckAuthenticator(self.request)
            alsoProvides(self.request, IDisableCSRFProtection)
            self.registration = signup.confirm(self.context, self.token)
            self.not_found = self.registration is None
        return self.index()

    def confirmed(self):
        return self.registration.state == registrations.CONFIRMED


class CancelView(BrowserView):
    """The cancel link of the e-mails: a page with a button (links are prefetched)."""

    done = False
    not_found = False

    def __call__(self):
        self.token = self.request.form.get("token", "")
        storage = registrations.get_registrations(self.context)
        found = storage.by_token(self.token) if storage else None
        if found is None:
            self.not_found = True
        elif self.request.method == "POST":
            CheckAuthenticator(self.request)
            alsoProvides(self.request, IDisableCSRFProtection)
            self.done = cancel(self.context, self.token) is not None
        else:
            self.fullname = found.fullname
        return self.index()


class OrganisersView(MeetingMixin, BrowserView):
    """The organisers' list of registrations."""

    def items(self):
        storage = registrations.get_registrations(self.context)
        return [item.as_dict() for item in storage.values()] if storage else []

    def counts(self):
        storage = registrations.get_registrations(self.context)
        if storage:
            return storage.counts()
        return {"confirmed": 0, "waitlisted": 0, "pending": 0, "held": 0}

    def state_title(self, item):
        return registrations.state_title(item["state"], item["place_held"])


class CsvView(BrowserView):
    def __call__(self):
        if not api.user.has_permission(MANAGE_REGISTRATIONS, obj=self.context):
            raise Forbidden()
        response = self.request.response
        response.setHeader("Content-Type", "text/csv; charset=utf-8")
        response.setHeader(
            "Content-Disposition",
            f'attachment; filename="inscriptions-{self.context.getId()}.csv"',
        )
        return csv_of(self.context)
