"""Demo: in each working group, a group message sent (kept and in the stream, no mail) and a date poll with answers."""

from datetime import datetime
from datetime import timedelta
from plone import api
from polepatrimoine.policy.demo.working_groups import WORKING_GROUPS
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.activity import store as activity
from polepatrimoine.workflows.workinggroups.groupmail import sending
from polepatrimoine.workflows.workinggroups.polls import answers
from polepatrimoine.workflows.workinggroups.roles import COORDINATOR
from polepatrimoine.workflows.workinggroups.roles import GUEST

import pytz


SUBJECT = "Préparation de la prochaine réunion"
TEXT = (
    "Bonjour à toutes et à tous,\n\n"
    "Merci d'indiquer vos disponibilités dans le sondage de date de l'espace du "
    "groupe d'ici la fin du mois. L'ordre du jour suivra.\n\n"
    "Bien cordialement,"
)
POLL_TITLE = "Date de la réunion du prochain trimestre"
# One answer row per member, in the order of the roster: coordinators first.
ROWS = (("yes", "maybe", "no"), ("no", "yes", "yes"), ("yes", "yes", "maybe"))


def candidate_dates() -> list:
    """Three Thursdays at 14:00, Paris time, about two months after the demo's creation."""
    paris = pytz.timezone("Europe/Paris")
    day = datetime.now(paris).date() + timedelta(days=60)
    day += timedelta(days=(3 - day.weekday()) % 7)
    return [
        paris.localize(datetime.combine(day + timedelta(weeks=n), datetime.min.time()))
        + timedelta(hours=14)
        for n in range(3)
    ]


def ensure_message(group) -> None:
    if api.content.find(context=group, portal_type="GroupMessage", unrestricted=True):
        return
    coordinators = membership.coordinators(group)
    if not coordinators:
        return
    count = len(membership.members(group))
    message = sending.keep(group, coordinators[0], SUBJECT, TEXT, "all", count)
    # Sent as the group mail sends: in the stream, by its coordinator (the
    # demo's addresses receive nothing).
    activity.record(
        group, "mail", obj=message, actor=coordinators[0], to="all", recipients=count
    )


def create_poll(group):
    return api.content.create(
        container=group,
        type="DatePoll",
        id="date-de-la-prochaine-reunion",
        title=POLL_TITLE,
        description="Trois jeudis après-midi, sur place et en visioconférence.",
        poll_dates=candidate_dates(),
        location="Nantes, Maison des associations",
        online_url=f"https://visio.example.org/{group.getId()}",
        duration=120,
    )


def ensure_poll(group) -> None:
    if api.content.find(context=group, portal_type="DatePoll", unrestricted=True):
        return
    # By the group's coordinator: the stream names them, not the administrator.
    with api.env.adopt_user(
        user=api.user.get(userid=membership.coordinators(group)[0])
    ):
        poll = create_poll(group)
    people = sorted(
        (userid for userid, role in membership.members(group).items() if role != GUEST),
        key=lambda userid: (membership.role_of(group, userid) != COORDINATOR, userid),
    )
    for userid, row in zip(people, ROWS, strict=False):
        answers.answer(poll, userid, list(row))


def create(portal) -> None:
    folder = portal["groupes-de-travail"]
    for spec in WORKING_GROUPS:
        group = folder.get(spec[0])
        if group is None:
            continue
        ensure_message(group)
        ensure_poll(group)
