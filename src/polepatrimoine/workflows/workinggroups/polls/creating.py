"""A coordinator proposes dates: the poll's fields checked, then the ``DatePoll`` created."""

from datetime import datetime
from plone import api
from polepatrimoine.content.common.rest import RequestError
from polepatrimoine.content.common.validators import safe_url
from polepatrimoine.content.workinggroups.datepoll import MAX_DATES
from polepatrimoine.content.workinggroups.datepoll import MIN_DATES
from polepatrimoine.content.workinggroups.indexers import PARIS
from polepatrimoine.workflows import _

import dateutil.parser


ADD = "polepatrimoine: Add DatePoll"
MAX_TITLE = 200
MAX_DESCRIPTION = 5000


def _text(data, name, max_length, required=False) -> str:
    value = data.get(name) or ""
    if not isinstance(value, str):
        raise RequestError(
            _("'${name}' must be a text.", mapping={"name": name}), field=name
        )
    value = value.strip()
    if required and not value:
        raise RequestError(_("Give the poll a title."), field=name)
    if len(value) > max_length:
        raise RequestError(
            _(
                "'${name}' is too long (${max} characters at most).",
                mapping={"name": name, "max": max_length},
            ),
            field=name,
        )
    return value


def parse_date(value) -> datetime:
    """An ISO 8601 date and time; without an offset it is Paris time."""
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(value)
    parsed = dateutil.parser.isoparse(value)
    if parsed.tzinfo is None:
        return PARIS.localize(parsed)
    return parsed.astimezone(PARIS)


def check_dates(values) -> list:
    if not isinstance(values, list) or not MIN_DATES <= len(values) <= MAX_DATES:
        raise RequestError(
            _(
                "Propose between ${min} and ${max} dates.",
                mapping={"min": MIN_DATES, "max": MAX_DATES},
            ),
            field="dates",
        )
    dates = []
    for value in values:
        try:
            dates.append(parse_date(value))
        except (ValueError, OverflowError):
            raise RequestError(
                _(
                    "'${value}' is not a date and time (e.g. 2027-03-18T14:00).",
                    mapping={"value": str(value)[:50]},
                ),
                field="dates",
            ) from None
    if len({d.astimezone(PARIS) for d in dates}) != len(dates):
        raise RequestError(_("The same date is proposed twice."), field="dates")
    return sorted(dates)


def check(data: dict) -> dict:
    """The fields of a new poll, or ``RequestError`` naming the first at fault."""
    fields = {
        "title": _text(data, "title", MAX_TITLE, required=True),
        "description": _text(data, "description", MAX_DESCRIPTION),
        "poll_dates": check_dates(data.get("dates")),
        "location": _text(data, "location", 300),
    }
    online_url = _text(data, "online_url", 2000)
    if online_url and safe_url(online_url) is None:
        raise RequestError(
            _("The online link must be a web address (https://…)."),
            field="online_url",
        )
    fields["online_url"] = online_url or None
    duration = data.get("duration", 120)
    if (
        isinstance(duration, bool)
        or not isinstance(duration, int)
        or not (15 <= duration <= 24 * 60)
    ):
        raise RequestError(
            _("The duration is a number of minutes between 15 and 1440."),
            field="duration",
        )
    fields["duration"] = duration
    return fields


def create_poll(group, data: dict):
    fields = check(data)
    return api.content.create(container=group, type="DatePoll", safe_id=True, **fields)
