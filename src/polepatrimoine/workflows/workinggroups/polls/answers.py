"""The answers of a date poll: per user, one choice per candidate date, kept on the poll."""

from BTrees.OOBTree import OOBTree
from datetime import datetime
from persistent.mapping import PersistentMapping
from plone import api
from polepatrimoine.content.common.annotations import stored
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.workinggroups.datepoll import CHOICES
from polepatrimoine.content.workinggroups.indexers import candidates
from polepatrimoine.content.workinggroups.indexers import in_paris
from polepatrimoine.workflows import _
from polepatrimoine.workflows.workinggroups import membership

import pytz


ANSWERS_KEY = "polepatrimoine.datepoll.answers"
ANSWER = "polepatrimoine: Answer date poll"

CHOICE_TITLES = {
    "yes": _("Yes"),
    "no": _("No"),
    "maybe": _("If need be"),
}


def _answers(poll, create=False):
    return stored(poll, ANSWERS_KEY, OOBTree, create)


def keys(poll) -> list:
    """The candidate dates as stored keys: ISO datetimes in Europe/Paris."""
    return [value.isoformat() for value in candidates(poll)]


def can_answer(poll) -> bool:
    return api.user.has_permission(ANSWER, obj=poll)


def check_choices(poll, choices) -> list:
    """One known choice per candidate date, in their order."""
    count = len(keys(poll))
    if (
        not isinstance(choices, list)
        or len(choices) != count
        or any(choice is None for choice in choices)
    ):
        raise RequestError(
            _(
                "Give one answer per proposed date (${count}), in their order.",
                mapping={"count": count},
            ),
            field="answers",
        )
    for choice in choices:
        if choice not in CHOICES:
            raise RequestError(
                _(
                    "Unknown answer '${answer}': choose yes, no or maybe.",
                    mapping={"answer": str(choice)[:50]},
                ),
                field="answers",
            )
    return choices


def answer(poll, userid: str, choices) -> dict:
    """Record (or change) the user's answers; the poll must be open."""
    if api.content.get_state(poll) != "open":
        raise RequestError(_("This poll is closed."), status=409)
    choices = check_choices(poll, choices)
    store = _answers(poll, create=True)
    store[userid] = PersistentMapping(
        {
            "answers": dict(zip(keys(poll), choices, strict=True)),
            "changed": datetime.now(pytz.utc).isoformat(),
        }
    )
    return mine(poll, userid)


def mine(poll, userid: str | None) -> list | None:
    store = _answers(poll)
    record = store.get(userid) if store is not None and userid else None
    if record is None:
        return None
    return [record["answers"].get(key) for key in keys(poll)]


def all_answers(poll) -> dict:
    """{user id: record} of everyone who answered."""
    store = _answers(poll)
    return dict(store.items()) if store is not None else {}


def forget(poll, userid: str) -> bool:
    store = _answers(poll)
    if store is not None and userid in store:
        del store[userid]
        return True
    return False


def results(poll) -> dict:
    """The table: dates with their counts, and each person's row."""
    dates = keys(poll)
    people = []
    for userid, record in sorted(all_answers(poll).items()):
        info = membership.user_info(userid)
        people.append(
            {
                "id": userid,
                "fullname": info["fullname"],
                "answers": [record["answers"].get(key) for key in dates],
                "changed": record.get("changed"),
            }
        )
    counts = [
        {
            choice: sum(1 for p in people if p["answers"][i] == choice)
            for choice in CHOICES
        }
        for i in range(len(dates))
    ]
    return {"dates": dates, "counts": counts, "people": people}


def best(poll) -> str | None:
    """The date with the most yes (then if-need-be) answers."""
    table = results(poll)
    if not table["dates"]:
        return None
    scored = [
        ((count["yes"], count["maybe"]), date)
        for count, date in zip(table["counts"], table["dates"], strict=True)
    ]
    return max(scored, key=lambda item: item[0])[1]


def keys_of(value) -> str:
    """One date as the poll's keys write it."""
    return in_paris(value).isoformat()
