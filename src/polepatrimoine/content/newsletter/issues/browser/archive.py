"""``@@newsletter-archive``: the default view of ``lettre``, the issues sent, newest first."""

from plone import api
from polepatrimoine.content.common.dates import french_day
from polepatrimoine.content.newsletter.issues import actions
from polepatrimoine.content.newsletter.issues.browser.views import can_manage
from Products.Five.browser import BrowserView


class ArchiveView(BrowserView):
    def issues(self):
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(
            portal_type="NewsletterIssue",
            review_state="sent",
            path={"query": "/".join(self.context.getPhysicalPath()), "depth": 1},
            sort_on="effective",
            sort_order="reverse",
        )
        manage = self.can_manage()
        result = []
        for brain in brains:
            item = {
                "title": brain.Title,
                "url": brain.getURL(),
                "description": brain.Description,
                "date": french_day(brain.effective),
                "counts": None,
            }
            if manage:
                item["counts"] = actions.status_info(brain.getObject())
            result.append(item)
        return result

    def drafts(self):
        """Issues not sent yet, for the coordinators."""
        if not self.can_manage():
            return []
        catalog = api.portal.get_tool("portal_catalog")
        return [
            {"title": b.Title, "url": b.getURL()}
            for b in catalog(
                portal_type="NewsletterIssue",
                review_state="draft",
                path={"query": "/".join(self.context.getPhysicalPath()), "depth": 1},
                sort_on="created",
                sort_order="reverse",
            )
        ]

    def can_manage(self):
        return can_manage(self.context)

    def subscribe_url(self):
        return f"{api.portal.get().absolute_url()}/@@newsletter-subscribe"
