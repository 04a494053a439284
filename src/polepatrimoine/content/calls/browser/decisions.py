"""The coordinators' pages of a call: accepting within the places, and its jury."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content import _
from polepatrimoine.content.calls import jury
from polepatrimoine.content.calls import listing
from polepatrimoine.content.calls import places
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.content.common.rest import translated
from Products.Five.browser import BrowserView
from zope.i18n import translate

import transaction


class AcceptView(BrowserView):
    """Accepting asks for confirmation, with a warning beyond the call's places."""

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.confirm"):
            CheckAuthenticator(self.request)
            try:
                # The comment goes into the history and the applicant's mail.
                comment = text_value(self.request.form, "comment")
                if "\0" in comment:
                    raise RequestError(
                        _("This field contains a null character."), field="comment"
                    )
            except RequestError as error:
                api.portal.show_message(
                    translated(error.message, self.request), self.request, "error"
                )
                self.request.response.setStatus(400)
                return self.index()
            call = self.call()
            if call is not None:
                places.take_places_lock(call)
            # Beyond the places only when the page said so: places taken since
            # the page was shown send the reviewer back to it.
            force = bool(self.request.form.get("force"))
            try:
                # The workflow tool, not plone.api, which hides PlacesTaken.
                api.portal.get_tool("portal_workflow").doActionFor(
                    self.context,
                    "accept",
                    comment=comment,
                    force=force,
                )
            except places.PlacesTaken:
                transaction.doom()
                api.portal.show_message(
                    translate(
                        _(
                            "All ${places} places of this call are taken: the "
                            "application was not accepted.",
                            mapping={"places": call.places},
                        ),
                        context=self.request,
                    ),
                    self.request,
                    type="error",
                )
                return self.request.response.redirect(
                    f"{self.context.absolute_url()}/@@accept"
                )
            api.portal.show_message(
                translate(
                    _("The application is accepted."),
                    context=self.request,
                ),
                self.request,
            )
            return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    def call(self):
        return self.context.get_call()

    def full(self):
        call = self.call()
        return listing.accepted_count(call) >= call.places

    def places(self):
        return self.call().places


class JuryView(BrowserView):
    """Assign the call's jury among the members of the site group Jury."""

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.save"):
            CheckAuthenticator(self.request)
            members = self.request.form.get("members") or []
            if isinstance(members, str):
                members = [members]
            jury.set_jurors(
                self.context, [m for m in members if m in jury.candidates()]
            )
            api.portal.show_message(
                translate(
                    _("The jury is saved."),
                    context=self.request,
                ),
                self.request,
            )
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@jury"
            )
        return self.index()

    def candidates(self):
        current = set(jury.jurors(self.context))
        result = []
        for user_id in jury.candidates():
            user = api.user.get(userid=user_id)
            result.append(
                {
                    "id": user_id,
                    "fullname": (user.getProperty("fullname") if user else "")
                    or user_id,
                    "checked": user_id in current,
                }
            )
        return result


class PlacesTakenView(BrowserView):
    """The error page of an acceptance beyond the places (Plone's state menu)."""

    def __call__(self):
        # Locked: the publisher would reset it from the exception class name.
        self.request.response.setStatus(409, lock=True)
        self.request.response.setHeader("Content-Type", "text/plain; charset=utf-8")
        return str(self.context.args[0]) if self.context.args else ""
