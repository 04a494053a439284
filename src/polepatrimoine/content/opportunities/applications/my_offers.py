""" "Mes offres": a member's offers with their applications, and renewing an expired one."""

from AccessControl.users import UnrestrictedUser
from datetime import date
from datetime import timedelta
from plone import api
from polepatrimoine.content import _
from polepatrimoine.content.common.workflow import state_title
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.applications import access
from polepatrimoine.content.opportunities.applications import storage
from polepatrimoine.content.opportunities.applications.submission import (
    ApplicationError,
)
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent


# A renewed offer runs for a year at most: beyond, it is another offer.
MAX_RENEWAL_DAYS = 366
RENEW = "renew"
EXPIRE = "expire"
EXPIRED = "expired"
RETIRING_USER = "polepatrimoine-expiry"
RETIRED = "Date limite passée"


def file_url(offer, application, name: str) -> str:
    return (
        f"{offer.absolute_url()}/@@opportunity-application-file/{application.id}/{name}"
    )


def application_data(offer, application) -> dict:
    return {
        "id": application.id,
        "fullname": application.fullname,
        "email": application.email,
        "message": application.message,
        "date": storage.paris(application.date).isoformat(timespec="seconds"),
        "files": {
            name: {
                "filename": application.files[name].filename,
                "size": application.files[name].getSize(),
                "download": file_url(offer, application, name),
            }
            for name in storage.FILES
            if name in application.files
        },
    }


def can_renew(offer, now=None) -> bool:
    """An expired offer its owner (or a coordinator) may propose again: the
    workflow's ``renew`` once the daily command has retired it; before, the
    offer is retired first, as the command would have done."""
    if not access.expired(offer, now) or not access.may_read(offer):
        return False
    state = access.state_of(offer)
    if state == "published":
        return True
    workflow = api.portal.get_tool("portal_workflow")
    return state == EXPIRED and any(
        t["id"] == RENEW for t in workflow.getTransitionsFor(offer)
    )


def retire(offer) -> None:
    """The daily command's ``expire``, for an offer past its deadline that it
    has not reached yet: the workflow lets only coordinators run it."""
    portal = api.portal.get()
    retiring = UnrestrictedUser(RETIRING_USER, "", ["Manager"], []).__of__(
        portal.acl_users
    )
    with api.env.adopt_user(user=retiring):
        api.content.transition(obj=offer, transition=EXPIRE, comment=RETIRED)


def offer_data(offer, request, now=None) -> dict:
    state = access.state_of(offer)
    return {
        "@id": offer.absolute_url(),
        "UID": offer.UID(),
        "title": offer.Title(),
        "review_state": state,
        "review_state_title": state_title(state, "Opportunity", request),
        "deadline": offer.deadline.isoformat() if offer.deadline else None,
        "open": expiry.is_open(offer, now),
        "expired": access.expired(offer, now),
        "can_renew": can_renew(offer, now),
        "applications": [
            application_data(offer, a) for a in storage.of_offer(offer.UID())
        ],
    }


def parse_deadline(value, now=None) -> date:
    if not isinstance(value, str):
        raise ApplicationError(
            _("Give the new deadline as a date (YYYY-MM-DD)."), "deadline"
        )
    try:
        deadline = date.fromisoformat(value.strip())
    except ValueError:
        raise ApplicationError(
            _("Give the new deadline as a date (YYYY-MM-DD)."), "deadline"
        ) from None
    today = expiry.today(now)
    if deadline < today:
        raise ApplicationError(_("The new deadline cannot be in the past."), "deadline")
    if deadline > today + timedelta(days=MAX_RENEWAL_DAYS):
        raise ApplicationError(_("The new deadline must be within a year."), "deadline")
    return deadline


def find_offer(uid):
    """The offer of ``uid`` if the user may manage its applications."""
    if not isinstance(uid, str) or not uid:
        raise ApplicationError(_("Name the offer to renew (its UID)."), "renew")
    offer = api.content.get(UID=uid)
    if offer is None or getattr(offer, "portal_type", "") != "Opportunity":
        raise ApplicationError(_("No offer of yours has this UID."), "renew", 404)
    if not access.may_read(offer):
        raise ApplicationError(_("No offer of yours has this UID."), "renew", 404)
    return offer


def renew(offer, deadline: date, now=None) -> None:
    """Give an expired offer a new deadline; a retired one goes back to review."""
    if not access.expired(offer, now):
        raise ApplicationError(
            _("This offer has not expired: change its deadline by editing it."),
            "renew",
            409,
        )
    if not can_renew(offer, now):
        raise ApplicationError(_("You may not renew this offer."), "renew", 403)
    if access.state_of(offer) == "published":
        retire(offer)
    offer.deadline = deadline
    # The subscribers move Plone's expires.
    notify(ObjectModifiedEvent(offer))
    api.content.transition(obj=offer, transition=RENEW)
    offer.reindexObject()
