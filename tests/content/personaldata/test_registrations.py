"""Event registrations in the register: find, export, erase, purge, then every channel."""

from datetime import timedelta
from dateutil.relativedelta import relativedelta
from plone import api
from polepatrimoine.content.meetings import registrations
from polepatrimoine.content.meetings.personaldata import ended
from polepatrimoine.content.personaldata.register import Person
from polepatrimoine.content.personaldata.register import providers
from tests.content.meetings.helpers import in_days
from tests.content.meetings.helpers import make_event
from tests.content.meetings.helpers import make_user
from tests.fixtures.http import client
from tests.security.registration_helpers import clock_fixture  # noqa: F401
from tests.services.registrations.helpers import listing
from tests.services.registrations.helpers import register
from zope.annotation.interfaces import IAnnotations

import pytest
import transaction


CAMILLE = "camille@exemple.fr"
DOMINIQUE = "dominique@exemple.fr"
VISITOR = "visiteur.zephyr@exemple.fr"
NAME = "Camille Zéphyrine"
STRUCTURE = "Musée Zéphyr"


def registrations_of(event) -> dict:
    answer = listing(event.absolute_url())
    assert answer.status_code == 200, answer.text
    return answer.json()


def channels(event) -> str:
    """What the organisers, the CSV, the feeds and the search show."""
    url = event.absolute_url()
    admin = client(admin=True)
    return "\n".join(
        (
            admin.get(f"{url}/@registrations").text,
            client(admin=True, json=False)
            .get(f"{url}/@registrations-export")
            .content.decode("utf-8-sig"),
            client(json=False).get(f"{url}/ics_view").text,
            client(json=False).get("agenda/@@agenda.ics").text,
            admin.get("@search", params={"SearchableText": "Zéphyr"}).text,
            admin.get(url).text,
        )
    )


def status(event) -> dict:
    answer = client().get(f"{event.absolute_url()}/@registration-status").json()
    answer.pop("@id", None)
    return answer


def save_version(event, comment):
    with api.env.adopt_roles(["Manager"]):
        api.portal.get_tool("portal_repository").save(obj=event, comment=comment)
    transaction.commit()


def versions(event) -> list:
    """The registered addresses in each stored version of the event."""
    storage = api.portal.get_tool("portal_historiesstorage")
    history_id = api.portal.get_tool("portal_historyidhandler").queryUid(event)
    found = []
    for selector in range(len(storage.getHistory(history_id, countPurged=False))):
        vdata = storage.retrieve(
            history_id, selector, countPurged=False, substitute=False
        )
        stored = IAnnotations(vdata.object.object).get(registrations.ANNOTATION_KEY)
        found.append(
            sorted(item.email for item in stored._items.values()) if stored else []
        )
    return found


@pytest.fixture
def people(functional, smtp):
    camille = make_user(CAMILLE).getId()
    dominique = make_user(DOMINIQUE).getId()
    return {"camille": Person(CAMILLE, camille), "dominique": dominique}


def sign_up(event, capacity_full=False):
    url = event.absolute_url()
    mine = register(url, {"fullname": NAME, "structure": STRUCTURE}, login=CAMILLE)
    assert mine.status_code == 201, mine.text
    other = register(url, {}, login=DOMINIQUE)
    assert other.status_code == 201, other.text
    visitor = register(url, {"fullname": "Visiteur Zéphyr", "email": VISITOR})
    assert visitor.status_code == 202, visitor.text
    transaction.begin()
    return mine.json(), other.json()


def test_the_provider_is_registered():
    assert providers()["registrations"].stores == (
        "annotation:polepatrimoine.meetings.registrations",
    )


def test_erasing_a_future_registration_cancels_it(functional, people, smtp):
    event = make_event(functional["portal"]["agenda"], capacity=1)
    save_version(event, "avant les inscriptions")
    mine, other = sign_up(event)
    assert (mine["state"], other["state"]) == ("confirmed", "waitlisted")
    save_version(event, "avec les inscriptions")
    # CMFEditions copies the annotations, registrations included.
    assert versions(event) == [[], [], sorted([CAMILLE, DOMINIQUE, VISITOR])]
    smtp.clear()

    provider = providers()["registrations"]
    camille = people["camille"]
    assert [item["title"] for item in provider.find(camille)] == [event.Title()]
    (exported,) = provider.export(camille)
    assert (exported["fullname"], exported["email"], exported["structure"]) == (
        NAME,
        CAMILLE,
        STRUCTURE,
    )
    assert provider.find(Person(VISITOR)) != []

    assert provider.erase(camille) == 1
    transaction.commit()

    seen = channels(event)
    for trace in (CAMILLE, NAME, STRUCTURE, mine["id"]):
        assert trace not in seen
    listed = registrations_of(event)
    assert (listed["confirmed"], listed["waitlisted"]) == (1, 0)
    assert [item["email"] for item in listed["items"]] == [DOMINIQUE, VISITOR]
    # Its place went to the waiting list, by e-mail.
    assert smtp.wait(1)[0]["To"] == DOMINIQUE
    transaction.begin()
    assert provider.find(camille) == []
    # Only the version that held the registration is purged.
    assert versions(event) == [[], []]
    # Camille may register again: the address is no longer taken.
    again = register(event.absolute_url(), {}, login=CAMILLE)
    assert again.json()["state"] == "waitlisted"


def test_erasing_a_past_registration_anonymises_it(functional, people, clock):
    event = make_event(
        functional["portal"]["agenda"],
        capacity=5,
        start=in_days(2, 9),
        end=in_days(2, 17),
    )
    mine, _other = sign_up(event)
    clock.forward(days=10)
    before = registrations_of(event)
    assert (before["confirmed"], before["pending"]) == (2, 0)
    before_status = status(event)

    assert providers()["registrations"].erase(people["camille"]) == 1
    transaction.commit()

    seen = channels(event)
    for trace in (CAMILLE, NAME, STRUCTURE):
        assert trace not in seen
    after = registrations_of(event)
    assert (after["confirmed"], after["items_total"]) == (2, 2)
    anonymous = [item for item in after["items"] if item["id"] == mine["id"]]
    assert anonymous[0]["fullname"] == anonymous[0]["email"] == ""
    assert anonymous[0]["state"] == "confirmed"
    assert status(event) == before_status
    # The organisers may still remove it by its id.
    removed = client(admin=True).delete(
        f"{event.absolute_url()}/@registrations/{mine['id']}"
    )
    assert removed.status_code == 204, removed.text
    assert registrations_of(event)["confirmed"] == 1


def test_retention_anonymises_past_events_and_drops_stale_confirmations(
    functional, people, clock
):
    event = make_event(
        functional["portal"]["agenda"],
        capacity=5,
        start=in_days(2, 9),
        end=in_days(2, 17),
    )
    later = make_event(
        functional["portal"]["agenda"],
        obj_id="plus-tard",
        capacity=5,
        start=in_days(500, 9),
        end=in_days(500, 17),
    )
    sign_up(event)
    kept = register(later.absolute_url(), {}, login=DOMINIQUE)
    assert kept.status_code == 201
    transaction.begin()
    provider = providers()["registrations"]
    end = ended(event)
    created = registrations.get_registrations(event).values()[-1].created

    # The visitor never confirmed: removed after 7 days, whatever the event.
    assert provider.purge(created + timedelta(days=6)) == 0
    assert provider.purge(created + timedelta(days=7), dry_run=True) == 1
    transaction.commit()
    clock.forward(hours=1)
    assert registrations_of(event)["pending"] == 1  # a dry run writes nothing
    transaction.begin()
    assert provider.purge(created + timedelta(days=7)) == 1
    transaction.commit()
    clock.forward(days=10)
    before = registrations_of(event)
    assert (before["confirmed"], before["pending"], before["items_total"]) == (2, 0, 2)
    assert VISITOR not in channels(event)
    before_status = status(event)

    transaction.begin()
    due = end + relativedelta(months=12)
    # Other events of the site (the demo's) may be due too: count the difference.
    others = provider.purge(due - timedelta(minutes=1), dry_run=True)
    assert provider.purge(due, dry_run=True) == others + 2
    assert provider.purge(due) == others + 2
    transaction.commit()

    seen = channels(event)
    for trace in (CAMILLE, DOMINIQUE, NAME, STRUCTURE):
        assert trace not in seen
    after = registrations_of(event)
    assert (after["confirmed"], after["items_total"]) == (2, 2)
    assert {item["email"] for item in after["items"]} == {""}
    assert status(event) == before_status
    # The event still to come keeps its registration.
    assert [item["email"] for item in registrations_of(later)["items"]] == [DOMINIQUE]
    transaction.begin()
    assert provider.purge(due) == 0
