"""``<poll>/@@poll``: the table of answers, one's own answers, and closing into a meeting."""

from Acquisition import aq_inner
from Acquisition import aq_parent
from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.workinggroups.datepoll import CHOICES
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.polls import closing
from polepatrimoine.workflows.workinggroups.polls import serialize
from polepatrimoine.workflows.workinggroups.polls.creating import parse_date
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from Products.Five.browser import BrowserView
from zExceptions import Unauthorized
from zope.i18n import translate

import transaction


class PollView(BrowserView):
    error = None

    def data(self):
        return serialize.detail(self.context)

    def choices(self):
        return [
            {
                "id": choice,
                "title": translate(answers.CHOICE_TITLES[choice], context=self.request),
            }
            for choice in CHOICES
        ]

    def choice_title(self, choice):
        if not choice:
            return ""
        return translate(answers.CHOICE_TITLES[choice], context=self.request)

    def label(self, key):
        """A candidate date as people read it: « jeu. 18/03/2027 14:00 »."""
        date = parse_date(key)
        return french_short(date)

    def best(self):
        return answers.best(self.context)

    def group_url(self):
        return aq_parent(aq_inner(self.context)).absolute_url()

    def __call__(self):
        form = self.request.form
        action = form.get("action")
        if self.request.method == "POST" and action in ("answer", "close"):
            CheckAuthenticator(self.request)
            try:
                if action == "answer":
                    self.answer(form)
                else:
                    self.close(form)
            except RequestError as error:
                transaction.doom()
                self.error = translate(error.message, context=self.request)
                self.request.response.setStatus(error.status)
                return self.index()
            return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    def answer(self, form):
        if not answers.can_answer(self.context):
            raise Unauthorized("answer")
        choices = [
            form.get(f"answer-{i}") for i in range(len(answers.keys(self.context)))
        ]
        answers.answer(self.context, current_userid(), choices)
        api.portal.show_message(
            translate(_("Your answers were saved."), context=self.request), self.request
        )

    def close(self, form):
        if not closing.can_close(self.context):
            raise Unauthorized("close")
        event = closing.close(self.context, form.get("date"), current_userid())
        api.portal.show_message(
            translate(
                _(
                    "The poll is closed and the meeting created: ${title}.",
                    mapping={"title": event.title},
                ),
                context=self.request,
            ),
            self.request,
        )
