"""The page of an application: its fields, documents, review and history."""

from plone import api
from polepatrimoine.content.calls import listing
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.calls.vocabularies import DOCUMENTS
from polepatrimoine.content.calls.vocabularies import LEGAL_STATUSES
from polepatrimoine.content.common import workflow
from polepatrimoine.content.common.dates import french_short
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import title_of
from Products.Five.browser import BrowserView
from zope.i18n import translate


def field_title(name: str, request) -> str:
    return translate(IApplication[name].title, context=request)


class ApplicationView(BrowserView):
    def state(self):
        return api.content.get_state(self.context)

    def state_title(self):
        return listing.state_title(self.state(), self.request)

    def call(self):
        return self.context.get_call()

    def rows(self):
        obj = self.context
        values = (
            ("structure_name", obj.structure_name),
            ("legal_status", title_of(LEGAL_STATUSES, obj.legal_status or "")),
            ("siret", obj.siret),
            ("department", title_of(DEPARTMENTS, obj.department or "")),
            ("employer", "Oui" if obj.employer else "Non"),
            ("employees", obj.employees),
            ("contact_name", obj.contact_name),
            ("contact_email", obj.contact_email),
            ("contact_phone", obj.contact_phone),
            ("project_title", obj.project_title),
            ("project_summary", obj.project_summary),
            ("needs", obj.needs),
            ("budget", obj.budget),
        )
        return [
            {"label": field_title(name, self.request), "value": value}
            for name, value in values
            if value not in (None, "")
        ]

    def documents(self):
        result = []
        for token, title in DOCUMENTS:
            value = getattr(self.context, f"document_{token}", None)
            if value is not None:
                result.append(
                    {
                        "title": title,
                        "filename": value.filename,
                        "url": f"{self.context.absolute_url()}"
                        f"/@@download/document_{token}",
                    }
                )
        return result

    def missing(self):
        if self.state() not in ("draft", "info_requested"):
            return []
        return [
            field_title(name, self.request)
            for name in self.context.missing_for_submit()
        ]

    def is_reviewer(self):
        return api.user.has_permission(
            "polepatrimoine: Review applications", obj=self.context
        )

    def review(self):
        scores = listing.scores(self.context)
        return {"notes": self.context.review_notes, "scores": scores}

    def transitions(self):
        """The transitions the current user may take, as buttons."""
        wftool = api.portal.get_tool("portal_workflow")
        token = api.content.get_view(
            "authenticator", self.context, self.request
        ).token()
        result = []
        for transition in wftool.getTransitionsFor(self.context):
            url = transition["url"]
            separator = "&" if "?" in url else "?"
            result.append(
                {
                    "id": transition["id"],
                    "title": translate(
                        transition["title"],
                        domain="polepatrimoine",
                        context=self.request,
                    ),
                    "url": f"{url}{separator}_authenticator={token}",
                }
            )
        return result

    def history(self):
        entries = workflow.history(self.context)
        result = []
        for entry in reversed(entries):
            user = api.user.get(userid=entry.get("actor") or "")
            result.append(
                {
                    "time": french_short(entry["time"]),
                    "state": listing.state_title(entry["review_state"], self.request),
                    "actor": (user.getProperty("fullname") if user else "")
                    or entry.get("actor"),
                    "comment": entry.get("comments") or "",
                }
            )
        return result
