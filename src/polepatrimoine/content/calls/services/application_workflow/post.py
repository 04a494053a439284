"""POST /<application>/@workflow/<transition>.

``submit`` answers 400 listing the missing fields and documents; ``accept``
beyond the call's places answers 409 unless the body says ``"force": true``.
Everything else is plone.restapi's transition service.
"""

from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.calls import places
from polepatrimoine.content.common.rest import GuardedService
from polepatrimoine.content.common.rest import bad_request
from polepatrimoine.content.common.rest import error_response
from polepatrimoine.content.common.rest import json_body
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.content.i18n.workflow import FrenchWorkflowTransition


class ApplicationTransition(GuardedService, FrenchWorkflowTransition):
    def reply(self):
        data = json_body(self.request)
        text_value(data, "comment")
        call = self.context.get_call()
        if call is not None:
            # Decide (places left, state) on what the writers before us committed.
            places.take_places_lock(call)
        state = api.content.get_state(self.context)
        may_edit = api.user.get_permissions(obj=self.context).get(
            "Modify portal content"
        )
        if (
            self.transition == "submit"
            and state in ("draft", "info_requested")
            and may_edit
        ):
            missing = self.context.missing_for_submit()
            if missing:
                return bad_request(
                    self.request,
                    _(
                        "The application cannot be submitted yet; "
                        "missing or not eligible: ${fields}.",
                        mapping={"fields": ", ".join(missing)},
                    ),
                    missing=missing,
                )
            if call is None or not call.accepts_applications():
                return bad_request(
                    self.request,
                    _(
                        "This call does not accept applications.",
                    ),
                )
        if self.transition == "accept" and call is not None:
            full = places.is_full(call)
            reviewer = api.user.get_permissions(obj=self.context).get(
                "polepatrimoine: Review applications"
            )
            if full and reviewer and not data.get("force"):
                return error_response(
                    self.request, 409, places.places_taken_message(call)
                )
            if data.get("force"):
                places.force_beyond_places(self.context)
        return super().reply()
