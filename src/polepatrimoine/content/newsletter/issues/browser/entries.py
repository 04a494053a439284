"""``@@newsletter-entries``: the coordinators reorder, remove, add and rewrite entries."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content import _
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import translated
from polepatrimoine.content.newsletter.issues.actions import check_draft
from polepatrimoine.content.newsletter.issues.issue import FIELDS
from polepatrimoine.content.newsletter.issues.issue import KIND_TITLES
from polepatrimoine.content.newsletter.issues.issue import KINDS
from polepatrimoine.content.newsletter.issues.issue import InvalidEntries
from polepatrimoine.content.newsletter.issues.issue import clean_entries
from Products.Five.browser import BrowserView


def _position(value, default: int) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


class EntriesView(BrowserView):
    error = None

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            try:
                check_draft(self.context)
                entries = self.submitted()
                self.context.entries = clean_entries(entries)
            except RequestError as error:
                self.error = translated(error.message, self.request)
            except InvalidEntries as error:
                self.error = translated(error.message, self.request)
            else:
                self.context.reindexObject()
                api.portal.show_message(
                    translated(_("The entries are saved."), self.request), self.request
                )
                self.request.response.redirect(self.context.absolute_url())
                return ""
        return self.index()

    def submitted(self) -> list[dict]:
        rows = self.request.form.get("entries") or []
        if not isinstance(rows, list):
            rows = []
        kept = []
        for index, row in enumerate(rows):
            if not hasattr(row, "get") or row.get("remove"):
                continue
            entry = {name: row.get(name) or "" for name in FIELDS}
            if not any(entry[name] for name in ("uid", "url", "title", "summary")):
                continue  # the empty row for a new entry
            kept.append((_position(row.get("position"), index + 1), index, entry))
        kept.sort(key=lambda item: item[:2])
        return [entry for _position_, _index, entry in kept]

    def rows(self):
        if self.request.method == "POST" and self.error:
            return self.submitted()
        return list(self.context.entries or [])

    def kinds(self):
        return [
            {"value": kind, "title": translated(KIND_TITLES[kind], self.request)}
            for kind in KINDS
        ]
