"""Views of calls and applications."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content import _
from polepatrimoine.content.calls import jury
from polepatrimoine.content.calls import listing
from polepatrimoine.content.calls.application import IApplication
from polepatrimoine.content.calls.vocabularies import DOCUMENTS
from polepatrimoine.content.calls.vocabularies import LEGAL_STATUSES
from polepatrimoine.content.calls.vocabularies import PROGRAMMES
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import title_of
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five.browser import BrowserView
from zope.i18n import translate


def field_title(name: str, request) -> str:
    return translate(IApplication[name].title, context=request)


class CallView(BrowserView):
    def programme(self):
        return title_of(PROGRAMMES, self.context.programme or "")

    def dates(self):
        call = self.context
        return {
            "open": call.open_date.strftime("%d/%m/%Y") if call.open_date else "",
            "close": call.close_date.strftime("%d/%m/%Y") if call.close_date else "",
        }

    def sessions(self):
        return [
            {"date": day.strftime("%d/%m/%Y"), "label": label}
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
        wftool = api.portal.get_tool("portal_workflow")
        entries = self.context.workflow_history.get("application_workflow", ())
        result = []
        for entry in reversed(entries):
            user = api.user.get(userid=entry.get("actor") or "")
            result.append(
                {
                    "time": entry["time"].strftime("%d/%m/%Y %H:%M"),
                    "state": listing.state_title(entry["review_state"], self.request),
                    "actor": (user.getProperty("fullname") if user else "")
                    or entry.get("actor"),
                    "comment": entry.get("comments") or "",
                }
            )
        del wftool
        return result


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
        return listing.rows(
            self.context, self.request, self.request.form.get("review_state")
        )

    def transitions(self):
        wf = api.portal.get_tool("portal_workflow")["application_workflow"]
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
        for uid in uids:
            obj = api.content.get(UID=uid)
            if obj is None or obj.get_call() is None or obj.get_call() != self.context:
                continue
            full = listing.accepted_count(self.context) >= self.context.places
            if transition == "accept" and full and not self.request.form.get("force"):
                refused.append(obj.structure_name)
                continue
            try:
                api.content.transition(obj=obj, transition=transition)
                done += 1
            except (WorkflowException, api.exc.InvalidParameterError):
                refused.append(obj.structure_name)
        messages = api.portal.show_message
        messages(
            translate(
                _(
                    "msg_bulk_done",
                    default="${count} application(s) updated.",
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
                        "msg_bulk_refused",
                        default="Not possible for: ${names}.",
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


class AcceptView(BrowserView):
    """Accepting asks for confirmation, with a warning beyond the call's places."""

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.confirm"):
            CheckAuthenticator(self.request)
            api.content.transition(
                obj=self.context,
                transition="accept",
                comment=self.request.form.get("comment", ""),
            )
            api.portal.show_message(
                translate(
                    _("msg_accepted", default="The application is accepted."),
                    context=self.request,
                ),
                self.request,
            )
            return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    def call(self):
        return self.context.get_call()

    def full(self):
        call = self.call()
        return listing.accepted_count(call) >= call.places

    def places(self):
        return self.call().places


class JuryView(BrowserView):
    """Assign the call's jury among the members of the site group Jury."""

    def __call__(self):
        if self.request.method == "POST" and self.request.form.get("form.save"):
            CheckAuthenticator(self.request)
            members = self.request.form.get("members") or []
            if isinstance(members, str):
                members = [members]
            jury.set_jurors(
                self.context, [m for m in members if m in jury.candidates()]
            )
            api.portal.show_message(
                translate(
                    _("msg_jury_saved", default="The jury is saved."),
                    context=self.request,
                ),
                self.request,
            )
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@jury"
            )
        return self.index()

    def candidates(self):
        current = set(jury.jurors(self.context))
        result = []
        for user_id in jury.candidates():
            user = api.user.get(userid=user_id)
            result.append(
                {
                    "id": user_id,
                    "fullname": (user.getProperty("fullname") if user else "")
                    or user_id,
                    "checked": user_id in current,
                }
            )
        return result


class ExportView(BrowserView):
    """The CSV export for browsers; REST clients use ``@applications-export``."""

    def __call__(self):
        from polepatrimoine.content.calls.services.applications_export.get import (
            csv_response,
        )

        return csv_response(self.context, self.request)
