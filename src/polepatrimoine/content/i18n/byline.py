"""Plone's byline (« par admin — Dernière modification ») left off the suite's own pages."""

from plone.app.layout.viewlets.content import DocumentBylineViewlet
from polepatrimoine.content.calls.call import ICall
from polepatrimoine.content.workinggroups.workinggroup import IWorkingGroup


# A group's pages for its members and candidates: the byline would name who set
# the group up and when it was last edited, nothing a member reads there.
GROUP_PAGES = frozenset({"space", "join"})


class SuiteDocumentByline(DocumentBylineViewlet):
    """Plone's byline, except on a call's pages and a working group's space and join."""

    def show(self):
        if ICall.providedBy(self.context):
            # A call says who runs it and its dates in its own text.
            return False
        view_name = getattr(self.view, "__name__", "")
        if IWorkingGroup.providedBy(self.context) and view_name in GROUP_PAGES:
            return False
        return super().show()
