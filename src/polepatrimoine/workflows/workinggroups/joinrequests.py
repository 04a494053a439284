"""Requests to join a working group: filed by a user, decided by a coordinator."""

from BTrees.OOBTree import OOBTree
from DateTime import DateTime
from persistent import Persistent
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.content.common.dates import iso_paris
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.rest import text_value
from polepatrimoine.content.common.validators import FieldError
from polepatrimoine.content.common.validators import check_no_nul
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.membership import MembershipError
from polepatrimoine.workflows.workinggroups.roles import MEMBER
from zope.event import notify
from zope.interface import Attribute
from zope.interface import Interface
from zope.interface import implementer

import uuid


REQUESTS_KEY = "polepatrimoine.workinggroup.join_requests"
PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"


class JoinRequest(Persistent):
    consent = (
        None  # {"date", "version", "text"}; requests filed before issue 15 have none
    )

    def __init__(self, userid: str, message: str):
        self.id = uuid.uuid4().hex[:12]
        self.user = userid
        self.message = message
        self.state = PENDING
        self.created = DateTime()
        self.decided = None
        self.decided_by = None
        self.reason = ""

    def as_dict(self) -> dict:
        info = membership.user_info(self.user, with_email=True)
        return {
            "id": self.id,
            "user": self.user,
            "fullname": info["fullname"],
            "email": info["email"],
            "message": self.message,
            "state": self.state,
            "created": iso_paris(self.created),
            "decided": iso_paris(self.decided),
            "decided_by": self.decided_by,
            "reason": self.reason,
            "consent": dict(self.consent) if self.consent else None,
        }


class IJoinRequestEvent(Interface):
    group = Attribute("The working group")
    request = Attribute("The JoinRequest")


@implementer(IJoinRequestEvent)
class JoinRequestEvent:
    def __init__(self, group, request):
        self.group = group
        self.request = request


class IJoinRequested(IJoinRequestEvent):
    """A user asked to join a working group."""


class IJoinRequestApproved(IJoinRequestEvent):
    """A coordinator approved a join request: the user is a member."""


class IJoinRequestRejected(IJoinRequestEvent):
    """A coordinator rejected a join request."""


@implementer(IJoinRequested)
class JoinRequested(JoinRequestEvent):
    pass


@implementer(IJoinRequestApproved)
class JoinRequestApproved(JoinRequestEvent):
    pass


@implementer(IJoinRequestRejected)
class JoinRequestRejected(JoinRequestEvent):
    pass


def _requests(group, create=False):
    return stored(group, REQUESTS_KEY, OOBTree, create)


def all_requests(group) -> list:
    requests = _requests(group)
    if requests is None:
        return []
    return sorted(requests.values(), key=lambda r: r.created)


def pending(group) -> list:
    return [r for r in all_requests(group) if r.state == PENDING]


def pending_for(group, userid: str):
    for request in pending(group):
        if request.user == userid:
            return request
    return None


def get(group, request_id: str):
    requests = _requests(group)
    return requests.get(request_id) if requests is not None else None


def forget_user(group, userid: str) -> None:
    """The user is deleted: their requests go, whatever their state."""
    requests = _requests(group)
    if requests is None:
        return
    for request_id in [key for key, r in requests.items() if r.user == userid]:
        del requests[request_id]


# A message to the coordinators or a refusal's reason: a few paragraphs.
MAX_TEXT = 5000


def check_text(value, field: str) -> str:
    """A message or reason as typed: text, no NUL, at most ``MAX_TEXT``."""
    try:
        return check_no_nul(text_value({field: value}, field, MAX_TEXT))
    except (RequestError, FieldError) as error:
        raise MembershipError(error.message, field=field) from None


def file_request(
    group, userid: str, message: str, consent: dict | None = None
) -> JoinRequest:
    """File a request; ``consent`` is what the person agreed to (the channels
    require it, see ``personaldata.consent``)."""
    message = check_text(message, "message")
    if membership.role_of(group, userid) is not None:
        raise MembershipError(
            _(
                "'${user}' already belongs to the group.",
                mapping={"user": userid},
            )
        )
    if pending_for(group, userid) is not None:
        raise MembershipError(
            _(
                ("'${user}' already has a pending request to join this group."),
                mapping={"user": userid},
            )
        )
    request = JoinRequest(userid, message or "")
    request.consent = consent
    _requests(group, create=True)[request.id] = request
    notify(JoinRequested(group, request))
    return request


# Whole sentences: the state's token read « traitée (approved) » in French.
ALREADY_DECIDED = {
    APPROVED: _("This request was already approved."),
    REJECTED: _("This request was already rejected."),
}


def _check_pending(request) -> None:
    if request.state != PENDING:
        raise MembershipError(
            ALREADY_DECIDED.get(request.state, _("This request was already decided."))
        )


def approve(group, request, decided_by: str) -> None:
    _check_pending(request)
    if membership.role_of(group, request.user) is None:
        membership.add_member(group, request.user, MEMBER)
    request.state = APPROVED
    request.decided = DateTime()
    request.decided_by = decided_by
    notify(JoinRequestApproved(group, request))


def reject(group, request, decided_by: str, reason: str = "") -> None:
    reason = check_text(reason, "reason")
    _check_pending(request)
    request.state = REJECTED
    request.decided = DateTime()
    request.decided_by = decided_by
    request.reason = reason or ""
    notify(JoinRequestRejected(group, request))
