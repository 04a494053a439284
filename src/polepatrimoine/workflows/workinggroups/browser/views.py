"""Public page, join form, private home and members page of a working group."""

from plone import api
from plone.protect import CheckAuthenticator
from polepatrimoine.content.personaldata import consent
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import dashboard
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.roles import ROLE_TITLES
from polepatrimoine.workflows.workinggroups.roles import ROLES
from polepatrimoine.workflows.workinggroups.services.helpers import can_manage
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid
from Products.Five.browser import BrowserView
from zope.i18n import translate


JOIN = "polepatrimoine: Request to join a working group"
SPACE = "polepatrimoine: View working group space"


def form_text(form, name: str) -> str:
    """One text of a submitted form: a repeated field is refused, not joined."""
    value = form.get(name, "")
    if not isinstance(value, str):
        raise MembershipError(
            _("'${name}' must be a text.", mapping={"name": name}), field=name
        )
    return value.strip()


class WorkingGroupMixin:
    def role_title(self, role):
        return translate(ROLE_TITLES[role], context=self.request)

    def my_role(self):
        return membership.role_of(self.context, current_userid())

    def can_see_space(self):
        return api.user.has_permission(SPACE, obj=self.context)

    def can_manage(self):
        return can_manage(self.context)

    def members(self):
        return [
            {
                **membership.user_info(userid),
                "role": role,
                "role_title": self.role_title(role),
            }
            for userid, role in sorted(
                membership.members(self.context).items(),
                key=lambda item: (ROLES.index(item[1]), item[0]),
            )
        ]

    def message(self, text, kind="info"):
        api.portal.show_message(
            translate(text, context=self.request), self.request, kind
        )


class WorkingGroupView(WorkingGroupMixin, BrowserView):
    """The public page: objectives, initiators, rhythm, coordinators, join action."""

    def coordinators(self):
        # Names of users who still exist, never an id: the page is public.
        names = []
        for userid in membership.coordinators(self.context):
            user = api.user.get(userid=userid)
            name = user.getProperty("fullname") if user is not None else ""
            if name:
                names.append(name)
        return names

    def initiator_actors(self):
        """The initiators from the directory that this visitor may see."""
        actors = []
        for relation in getattr(self.context, "initiator_actors", None) or []:
            actor = relation.to_object
            if actor is not None and api.user.has_permission("View", obj=actor):
                actors.append({"title": actor.Title(), "url": actor.absolute_url()})
        return actors

    def join_state(self):
        """anonymous, member, pending, can_join or closed."""
        userid = current_userid()
        if userid is None:
            return "anonymous"
        if self.my_role():
            return "member"
        if joinrequests.pending_for(self.context, userid):
            return "pending"
        if api.user.has_permission(JOIN, obj=self.context):
            return "can_join"
        return "closed"

    def login_url(self):
        portal_url = api.portal.get().absolute_url()
        return f"{portal_url}/login?came_from={self.context.absolute_url()}"


class JoinForm(WorkingGroupMixin, BrowserView):
    """Ask to join: a message for the coordinators."""

    error = None

    def message_value(self):
        value = self.request.form.get("message", "")
        return value.replace("\0", "") if isinstance(value, str) else ""

    def __call__(self):
        if self.request.method == "POST" and "form.submitted" in self.request.form:
            CheckAuthenticator(self.request)
            if not consent.given(self.request.form.get(consent.FIELD)):
                return self.refuse(consent.MISSING)
            try:
                joinrequests.file_request(
                    self.context,
                    current_userid(),
                    form_text(self.request.form, "message"),
                    consent.record(self.request),
                )
            except MembershipError as error:
                return self.refuse(error.args[0])
            self.message(_("Your request was sent to the group's coordinators."))
            return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    def refuse(self, message):
        """The form again, with what was typed and the reason (French)."""
        self.error = translate(message, context=self.request)
        return self.index()


class SpaceView(WorkingGroupMixin, BrowserView):
    """The private home: recent changes, upcoming meetings, members."""

    def path(self):
        return "/".join(self.context.getPhysicalPath())

    def recent_changes(self):
        return dashboard.recent_changes(self.path(), limit=10)

    def upcoming_meetings(self):
        return dashboard.upcoming_meetings(self.path())

    def can_add(self):
        return api.user.has_permission("Add portal content", obj=self.context)


class MembersView(WorkingGroupMixin, BrowserView):
    """Coordinators: pending requests, members, roles."""

    def roles(self):
        return [{"id": role, "title": self.role_title(role)} for role in ROLES]

    def pending(self):
        return [r.as_dict() for r in joinrequests.pending(self.context)]

    def __call__(self):
        form = self.request.form
        if self.request.method == "POST" and form.get("action"):
            CheckAuthenticator(self.request)
            self.handle(form["action"], form)
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@members"
            )
        return self.index()

    def handle(self, action, form):
        group, userid = self.context, current_userid()
        try:
            if action in ("approve", "reject"):
                request = joinrequests.get(group, form_text(form, "request_id"))
                if request is None:
                    raise MembershipError(_("This request does not exist."))
                if action == "approve":
                    joinrequests.approve(group, request, userid)
                    self.message(_("The request was approved."))
                else:
                    joinrequests.reject(
                        group, request, userid, form_text(form, "reason")
                    )
                    self.message(_("The request was rejected."))
            elif action == "add":
                membership.add_member(
                    group, form_text(form, "user"), form_text(form, "role")
                )
                self.message(_("The member was added."))
            elif action == "change":
                membership.change_role(
                    group, form_text(form, "user"), form_text(form, "role")
                )
                self.message(_("The role was changed."))
            elif action == "remove":
                membership.remove_member(group, form_text(form, "user"))
                self.message(_("The member was removed."))
        except MembershipError as error:
            self.message(error.args[0], "error")


class LeaveView(WorkingGroupMixin, BrowserView):
    """A member leaves the group."""

    def __call__(self):
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            try:
                membership.remove_member(self.context, current_userid())
            except MembershipError as error:
                self.message(error.args[0], "error")
            else:
                self.message(_("You left the group."))
        return self.request.response.redirect(self.context.absolute_url())


class MyWorkingGroupsView(BrowserView):
    """The dashboard "Mes groupes de travail"."""

    def groups(self):
        return dashboard.my_working_groups(current_userid(), self.request)
