"""The reviewer dashboard of a call: counts per state, the table, bulk transitions, the CSV."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content import _
from polepatrimoine.content.calls import listing
from polepatrimoine.content.calls import places
from polepatrimoine.content.calls.vocabularies import CRITERIA
from polepatrimoine.content.common import workflow
from polepatrimoine.content.common.rest import choice_param
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five.browser import BrowserView
from zope.i18n import translate


class DashboardView(BrowserView):
    """The reviewer dashboard: counts per state, the table, a bulk transition."""

    BULK = ("start_review", "accept", "reject", "waitlist", "request_info")

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.bulk"):
            self.bulk()
        return self.index()

    def counts(self):
        counts = listing.counts(self.context)
        return [
            {
                "state": state,
                "title": listing.state_title(state, self.request),
                "count": n,
            }
            for state, n in counts.items()
        ]

    def rows(self):
        state = choice_param(
            self.request, "review_state", workflow.states_of("Application")
        )
        return listing.rows(self.context, self.request, state or None)

    @staticmethod
    def scores_text(scores) -> str:
        """« 4 / – / 3 (7) »: a criterion not scored yet is a dash."""
        given = " / ".join(
            "–" if scores[token] is None else str(scores[token])
            for token, _title in CRITERIA
        )
        return f"{given} ({scores['total']})"

    def transitions(self):
        wf = workflow.workflow_of("Application")
        return [
            {
                "id": tid,
                "title": translate(
                    wf.transitions[tid].title,
                    domain="polepatrimoine",
                    context=self.request,
                ),
            }
            for tid in self.BULK
        ]

    def bulk(self):
        CheckAuthenticator(self.request)
        transition = self.request.form.get("transition")
        uids = self.request.form.get("uids") or []
        if isinstance(uids, str):
            uids = [uids]
        if transition not in self.BULK:
            return
        done, refused = 0, []
        # Every decision of this request counts the places on fresh data.
        places.take_places_lock(self.context)
        force = bool(self.request.form.get("force"))
        for uid in uids:
            obj = api.content.get(UID=uid)
            if obj is None or obj.get_call() is None or obj.get_call() != self.context:
                continue
            if transition == "accept" and force:
                places.force_beyond_places(obj)
            try:
                api.content.transition(obj=obj, transition=transition)
                done += 1
            except (WorkflowException, api.exc.InvalidParameterError):
                refused.append(obj.structure_name)
        messages = api.portal.show_message
        messages(
            translate(
                _(
                    "${count} application(s) updated.",
                    mapping={"count": done},
                ),
                context=self.request,
            ),
            self.request,
        )
        if refused:
            messages(
                translate(
                    _(
                        "Not possible for: ${names}.",
                        mapping={"names": ", ".join(refused)},
                    ),
                    context=self.request,
                ),
                self.request,
                type="warning",
            )

    def places(self):
        return {
            "places": self.context.places,
            "accepted": listing.accepted_count(self.context),
        }


class ExportView(BrowserView):
    """The CSV export for browsers; REST clients use ``@applications-export``."""

    def __call__(self):
        from polepatrimoine.content.calls.services.applications_export.get import (
            csv_response,
        )

        return csv_response(self.context, self.request)
