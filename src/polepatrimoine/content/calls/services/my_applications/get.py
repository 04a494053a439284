"""GET /@my-applications: the current user's applications across calls."""

from plone import api
from plone.restapi.services import Service
from polepatrimoine.content.calls.listing import state_title
from zExceptions import Unauthorized


class MyApplicationsGet(Service):
    def reply(self):
        if api.user.is_anonymous():
            raise Unauthorized("Authentication required")
        user_id = api.user.get_current().getId()
        catalog = api.portal.get_tool("portal_catalog")
        items = []
        for brain in catalog(
            portal_type="Application", Creator=user_id, sort_on="created"
        ):
            call_url = brain.getURL().rsplit("/", 1)[0]
            call = api.content.get(path=brain.getPath().rsplit("/", 1)[0])
            items.append(
                {
                    "@id": brain.getURL(),
                    "structure_name": brain.Title,
                    "review_state": brain.review_state,
                    "review_state_title": state_title(brain.review_state, self.request),
                    "call": {
                        "@id": call_url,
                        "title": call.Title() if call is not None else "",
                    },
                    "submitted_on": brain.submitted_on.ISO8601()
                    if brain.submitted_on
                    else None,
                }
            )
        return {
            "@id": f"{self.context.absolute_url()}/@my-applications",
            "items": items,
            "items_total": len(items),
        }
