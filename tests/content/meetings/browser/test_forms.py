"""The Classic UI add form of an event checks the meeting fields, in French."""

from tests.content.meetings.helpers import in_days
from tests.fixtures.http import client

import re


def add_event(agenda_url, deadline, capacity="10"):
    session = client(admin=True, json=False)
    form = session.get(f"{agenda_url}/++add++Event").text
    token = re.search(r'name="_authenticator" value="([^"]+)"', form)
    start, end = in_days(40, 9), in_days(40, 17)
    data = {
        "form.widgets.IDublinCore.title": "Atelier des savoir-faire",
        "form.widgets.IEventBasic.start": start.strftime("%Y-%m-%dT%H:%M"),
        "form.widgets.IEventBasic.end": end.strftime("%Y-%m-%dT%H:%M"),
        "form.widgets.IMeeting.capacity": capacity,
        "form.widgets.IMeeting.registration_deadline": deadline.strftime(
            "%Y-%m-%dT%H:%M"
        ),
        "form.buttons.save": "Enregistrer",
    }
    if token:
        data["_authenticator"] = token.group(1)
    return form, session.post(f"{agenda_url}/++add++Event", data=data)


def test_form_has_the_meeting_fields(functional):
    form, _response = add_event(
        functional["portal"]["agenda"].absolute_url(), in_days(35)
    )
    for name in (
        "meeting_format",
        "online_url",
        "replay_url",
        "capacity",
        "registration_deadline",
    ):
        assert f"form.widgets.IMeeting.{name}" in form
    assert "Nombre de places" in form


def test_deadline_after_start_is_a_french_form_error(functional):
    agenda = functional["portal"]["agenda"]
    _form, response = add_event(agenda.absolute_url(), in_days(41))
    assert (
        "Date limite d'inscription : elle ne peut pas être postérieure" in response.text
    )
    assert "atelier-des-savoir-faire" not in agenda.objectIds()


def test_negative_capacity_is_a_french_form_error(functional):
    agenda = functional["portal"]["agenda"]
    _form, response = add_event(agenda.absolute_url(), in_days(35), capacity="-1")
    assert "Valeur trop petite" in response.text


def test_valid_meeting_is_created(functional):
    agenda = functional["portal"]["agenda"]
    _form, response = add_event(agenda.absolute_url(), in_days(35))
    assert response.url.startswith(f"{agenda.absolute_url()}/atelier-des-savoir-faire")
