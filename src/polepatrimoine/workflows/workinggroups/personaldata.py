"""The register's providers for working-group rosters and join requests."""

from dateutil.relativedelta import relativedelta
from plone import api
from polepatrimoine.content.personaldata import register
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import joinrequests
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.pas import get_plugin
from polepatrimoine.workflows.workinggroups.roles import ROLE_TITLES
from zope.interface import implementer


def userids(person) -> set:
    """The accounts of a person: their user id, and any account with their address."""
    found = {person.userid} if person.userid else set()
    if person.email:
        acl_users = api.portal.get_tool("acl_users")
        for info in acl_users.searchUsers(email=person.email, exact_match=True):
            user = api.user.get(userid=info["userid"])
            email = (user.getProperty("email") or "") if user is not None else ""
            if person.matches(email=email):
                found.add(info["userid"])
    return found


def _groups_of(ids) -> list:
    """(group, user id, role) of every roster, and the plugin's mirror, naming ``ids``."""
    found = []
    for group in membership.working_groups():
        for userid, role in membership.members(group).items():
            if userid in ids:
                found.append((group, userid, role))
    return found


@implementer(IPersonalDataProvider)
class RostersProvider:
    title = _("Members of the working groups")
    purpose = _(
        "Give the members of each working group access to its private space, "
        "with their role."
    )
    legal_basis = _(
        "Membership of the network (RGPD art. 6.1.b): the member asked to join "
        "or was added by the group's coordinators."
    )
    categories = (_("User account"), _("Role in the group"))
    recipients = _(
        "The members of the same group (names), its coordinators and the "
        "network's coordinators (e-mail addresses)."
    )
    retention = _("As long as the person belongs to the group or has an account.")
    retention_settings = ()
    stores = (f"annotation:{membership.ROSTER_KEY}",)

    def find(self, person) -> list:
        return [
            {
                "title": group.Title(),
                "url": group.absolute_url(),
                "summary": ROLE_TITLES[role],
            }
            for group, _userid, role in _groups_of(userids(person))
        ]

    def export(self, person) -> list:
        return [
            {
                "group": group.Title(),
                "url": group.absolute_url(),
                "UID": group.UID(),
                "user": userid,
                "role": role,
            }
            for group, userid, role in _groups_of(userids(person))
        ]

    def erase(self, person) -> int:
        """Leave every group, whatever the role: the last coordinator rule
        protects a group from a slip, not from its coordinator's right to be
        erased. Such a group is left without coordinator; the network's
        coordinators, who manage every group, name the next one."""
        treated = 0
        plugin = get_plugin()
        for userid in userids(person):
            treated += len(_groups_of({userid}))
            # Even an id no roster names any more may linger in the mirror.
            treated += len(
                set(plugin.memberships(userid))
                - {g.UID() for g, _u, _r in _groups_of({userid})}
            )
            membership.forget_user(userid)
        return treated

    def purge(self, now, dry_run=False) -> int:
        # Membership lasts as long as it is held: nothing expires.
        return 0


STATE_TITLES = {
    joinrequests.PENDING: _("Request pending"),
    joinrequests.APPROVED: _("Request approved"),
    joinrequests.REJECTED: _("Request rejected"),
}


def _requests_of(ids) -> list:
    return [
        (group, request)
        for group in membership.working_groups()
        for request in joinrequests.all_requests(group)
        if request.user in ids
    ]


@implementer(IPersonalDataProvider)
class JoinRequestsProvider:
    title = _("Requests to join a working group")
    purpose = _(
        "Let the group's coordinators decide on a request, with the message "
        "written to them."
    )
    legal_basis = _("Pre-contractual step at the person's request (RGPD art. 6.1.b).")
    categories = (
        _("User account"),
        _("Message to the coordinators"),
        _("Decision, its date, who took it and its reason"),
    )
    recipients = _(
        "The group's coordinators (the e-mail of the request), the network's "
        "coordinators."
    )

    @property
    def retention(self):
        return _(
            "The message and the reason are erased ${months} months after the "
            "decision; the decision is kept without them.",
            mapping={
                "months": register.retention(
                    "polepatrimoine.retention.join_requests_months"
                )
            },
        )

    retention_settings = ("polepatrimoine.retention.join_requests_months",)
    stores = (f"annotation:{joinrequests.REQUESTS_KEY}",)

    def find(self, person) -> list:
        return [
            {
                "title": group.Title(),
                "url": group.absolute_url(),
                "summary": STATE_TITLES[request.state],
            }
            for group, request in _requests_of(userids(person))
        ]

    def export(self, person) -> list:
        return [
            {"group": group.Title(), "url": group.absolute_url(), **request.as_dict()}
            for group, request in _requests_of(userids(person))
        ]

    def erase(self, person) -> int:
        """The person's requests go, pending or decided (a pending one is
        withdrawn by its erasure)."""
        found = _requests_of(userids(person))
        for group, request in found:
            joinrequests._requests(group).pop(request.id, None)
        return len(found)

    def purge(self, now, dry_run=False) -> int:
        months = register.retention("polepatrimoine.retention.join_requests_months")
        treated = 0
        for group in membership.working_groups():
            for request in joinrequests.all_requests(group):
                if request.decided is None or not (request.message or request.reason):
                    continue
                if request.decided.asdatetime() + relativedelta(months=months) > now:
                    continue
                treated += 1
                if not dry_run:
                    request.message = request.reason = ""
        return treated
