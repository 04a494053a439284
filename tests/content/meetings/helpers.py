"""Helpers of the meetings tests: events created and committed for HTTP tests."""

from datetime import datetime
from datetime import timedelta
from plone import api
from tests.fixtures.users import PASSWORD

import pytz
import transaction


TZ = pytz.timezone("Europe/Paris")


def in_days(days: float, hour: int = 9) -> datetime:
    day = datetime.now(TZ) + timedelta(days=days)
    return TZ.localize(datetime(day.year, day.month, day.day, hour, 0))


def make_event(container, obj_id="rencontre", publish=True, commit=True, **fields):
    values = {
        "title": "Rencontre des acteurs du patrimoine",
        "start": in_days(30, 9),
        "end": in_days(30, 17),
        "capacity": 20,
        "meeting_format": "rencontre",
        "location": "Nantes",
    }
    values.update(fields)
    with api.env.adopt_roles(["Manager"]):
        event = api.content.create(
            container=container, type="Event", id=obj_id, **values
        )
        if publish:
            api.content.transition(obj=event, to_state="published")
    if commit:
        transaction.commit()
    return event


def make_user(email, roles=(), commit=True):
    user = api.user.create(
        email=email,
        password=PASSWORD,
        roles=list(roles),
        properties={"fullname": "Camille Martin"},
    )
    if commit:
        transaction.commit()
    return user
