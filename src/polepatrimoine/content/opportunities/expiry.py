"""When an offer is open: the one clock and the catalog query every channel reads."""

from datetime import date
from datetime import datetime
from datetime import time
from datetime import timedelta
from zoneinfo import ZoneInfo


PARIS = ZoneInfo("Europe/Paris")

# A week before its deadline, the owner of an open offer is told by e-mail.
WARNING_DAYS = 7


def now() -> datetime:
    """The current time in Paris. Every channel reads this one clock (tests patch it)."""
    return datetime.now(PARIS)


def today(now_: datetime | None = None) -> date:
    return (now_ or now()).astimezone(PARIS).date()


def open_query(now: datetime | None = None) -> dict:
    """The catalog query of the open offers: published, deadline today or later."""
    return {
        "portal_type": "Opportunity",
        "review_state": "published",
        "opportunity_deadline": {"query": today(now), "range": "min"},
    }


def _deadline(obj_or_brain) -> date | None:
    value = getattr(obj_or_brain, "opportunity_deadline", None)
    if not isinstance(value, date):
        value = getattr(obj_or_brain, "deadline", None)
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def _state(obj_or_brain) -> str | None:
    state = getattr(obj_or_brain, "review_state", None)
    if isinstance(state, str):
        return state
    from plone import api

    return api.content.get_state(obj_or_brain, default=None)


def is_past(obj_or_brain, now: datetime | None = None) -> bool:
    """The offer's deadline day is over (in Paris), whatever its state."""
    deadline = _deadline(obj_or_brain)
    return deadline is not None and deadline < today(now)


def is_open(obj_or_brain, now: datetime | None = None) -> bool:
    """Published and its deadline day not over (in Paris)."""
    deadline = _deadline(obj_or_brain)
    return (
        deadline is not None
        and deadline >= today(now)
        and _state(obj_or_brain) == "published"
    )


def expires_at(deadline: date) -> datetime:
    """Plone's ``expires`` of an offer: the start of the day after its deadline, in Paris."""
    return datetime.combine(deadline + timedelta(days=1), time(0, 0), tzinfo=PARIS)
