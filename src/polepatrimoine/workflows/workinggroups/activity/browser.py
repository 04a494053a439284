"""The stream's pages: ``@@activity`` and the short block of ``@@space``."""

from plone import api
from polepatrimoine.content.common.rest import choice_param
from polepatrimoine.workflows.workinggroups.activity import listing
from polepatrimoine.workflows.workinggroups.activity import store
from Products.Five.browser import BrowserView
from zope.i18n import translate

import urllib.parse


SUMMARY_SIZE = 5


def _start(request) -> int:
    value = request.form.get("b_start", "0")
    return int(value) if isinstance(value, str) and value.isdigit() else 0


class ActivityView(BrowserView):
    """Newest first, 20 a page, one kind or all (an unknown kind shows all)."""

    def update(self):
        self.kind = choice_param(self.request, "kind", store.KINDS)
        self.start = _start(self.request)
        kinds = [self.kind] if self.kind else None
        viewer = api.user.get_current()
        entries = store.entries(
            self.context,
            viewer=viewer,
            kinds=kinds,
            start=self.start,
            size=listing.PAGE_SIZE,
        )
        self.items = [listing.as_dict(e, self.request) for e in entries]
        self.total = store.count(self.context, viewer=viewer, kinds=kinds)

    def __call__(self):
        self.update()
        return self.index()

    def _url(self, **query):
        query = {k: v for k, v in query.items() if v}
        base = f"{self.context.absolute_url()}/@@activity"
        return f"{base}?{urllib.parse.urlencode(query)}" if query else base

    def filters(self):
        found = [{"title": None, "url": self._url(), "active": not self.kind}]
        for kind, title in store.KINDS.items():
            found.append(
                {
                    "title": translate(title, context=self.request),
                    "url": self._url(kind=kind),
                    "active": kind == self.kind,
                }
            )
        return found

    def previous_url(self):
        if self.start <= 0:
            return None
        return self._url(
            kind=self.kind, b_start=str(max(self.start - listing.PAGE_SIZE, 0))
        )

    def next_url(self):
        if self.start + listing.PAGE_SIZE >= self.total:
            return None
        return self._url(kind=self.kind, b_start=str(self.start + listing.PAGE_SIZE))


class ActivitySummary(BrowserView):
    """The five latest entries the user may see, for the space's home."""

    def items(self):
        entries = store.entries(
            self.context, viewer=api.user.get_current(), size=SUMMARY_SIZE
        )
        return [listing.as_dict(e, self.request) for e in entries]

    def activity_url(self):
        return f"{self.context.absolute_url()}/@@activity"
