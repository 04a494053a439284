"""GET /@my-applications: the current user's applications across calls."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content import _
from polepatrimoine.content.calls.listing import state_title
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import translated
from zExceptions import Unauthorized


class MyApplicationsGet(GuardedService, Service):
    def reply(self):
        if api.user.is_anonymous():
            raise Unauthorized(
                translated(_("Log in to see your applications."), self.request)
            )
        user_id = api.user.get_current().getId()
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog(portal_type="Application", Creator=user_id, sort_on="created")
        call_paths = sorted({b.getPath().rsplit("/", 1)[0] for b in brains})
        calls = (
            {
                brain.getPath(): brain
                for brain in catalog(
                    portal_type="Call", path={"query": call_paths, "depth": 0}
                )
            }
            if call_paths
            else {}
        )
        items = []
        for brain in brains:
            call = calls.get(brain.getPath().rsplit("/", 1)[0])
            items.append(
                {
                    "@id": brain.getURL(),
                    "structure_name": brain.Title,
                    "review_state": brain.review_state,
                    "review_state_title": state_title(brain.review_state, self.request),
                    "call": {
                        "@id": call.getURL() if call else None,
                        "title": call.Title if call else "",
                    },
                    "submitted_on": iso_paris(brain.submitted_on),
                }
            )
        return {
            "@id": f"{self.context.absolute_url()}/@my-applications",
            "items": items,
            "items_total": len(items),
        }
