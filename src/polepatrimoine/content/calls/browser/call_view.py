"""The page of a call: its programme, dates, documents and the visitor's applications."""

from plone import api
from polepatrimoine.content.calls import listing
from polepatrimoine.content.calls.vocabularies import DOCUMENTS
from polepatrimoine.content.calls.vocabularies import PROGRAMMES
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.content.vocabularies import title_of
from Products.Five.browser import BrowserView


class CallView(BrowserView):
    def programme(self):
        return title_of(PROGRAMMES, self.context.programme or "")

    def dates(self):
        call = self.context
        return {
            "open": french_date(call.open_date) if call.open_date else "",
            "close": french_date(call.close_date) if call.close_date else "",
        }

    def sessions(self):
        return [
            {"date": french_date(day), "label": label}
            for day, label in self.context.session_list()
        ]

    def documents(self):
        return [
            title_of(DOCUMENTS, token)
            for token in self.context.required_documents or ()
        ]

    def can_apply(self):
        return self.context.accepts_applications() and not api.user.is_anonymous()

    def login_to_apply(self):
        return self.context.accepts_applications() and api.user.is_anonymous()

    def is_reviewer(self):
        return api.user.has_permission(
            "polepatrimoine: Review applications", obj=self.context
        )

    def my_applications(self):
        if api.user.is_anonymous():
            return []
        user_id = api.user.get_current().getId()
        return [
            {
                "url": brain.getURL(),
                "title": brain.Title,
                "state": listing.state_title(brain.review_state, self.request),
            }
            for brain in listing.brains(self.context)
            if brain.Creator == user_id
        ]
