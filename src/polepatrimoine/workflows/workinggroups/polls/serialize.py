"""A poll as the REST services and the page read it."""

from plone import api
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.polls import closing
from polepatrimoine.workflows.workinggroups.services.helpers import current_userid


def summary(brain) -> dict:
    """A poll of the group's list, from its brain."""
    return {
        "@id": brain.getURL(),
        "UID": brain.UID,
        "title": brain.Title,
        "open": bool(brain.poll_open),
        "dates": list(brain.poll_dates or ()),
    }


def detail(poll) -> dict:
    meeting = None
    if poll.meeting_uid:
        found = api.content.get(UID=poll.meeting_uid)
        meeting = found.absolute_url() if found is not None else None
    return {
        "@id": poll.absolute_url(),
        "UID": poll.UID(),
        "title": poll.title,
        "description": poll.description or "",
        "location": poll.location or "",
        "online_url": safe_url(poll.online_url),
        "duration": poll.duration,
        "open": api.content.get_state(poll) == "open",
        "chosen_date": answers.keys_of(poll.chosen_date) if poll.chosen_date else None,
        "meeting": meeting,
        "can_answer": answers.can_answer(poll)
        and api.content.get_state(poll) == "open",
        "can_close": closing.can_close(poll),
        "my_answers": answers.mine(poll, current_userid()),
        **answers.results(poll),
    }
