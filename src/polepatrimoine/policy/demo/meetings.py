"""Demo meetings and resources: a past ConneXionS day with its replay and
resources, three upcoming events (one full, with a waiting list) and resources
for young people in training.

Dates are relative to the day the demo is created. The quarterly meetings of
the working groups come with the WorkingGroup type.
"""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.event.base import default_timezone
from plone.app.textfield.value import RichTextValue
from polepatrimoine.content.meetings import registrations
from polepatrimoine.policy import logger
from polepatrimoine.policy.setup.sections import publish
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytz


def at(days: int, hour: int, portal) -> datetime:
    tz = pytz.timezone(default_timezone(portal))
    day = datetime.now(tz).date() + timedelta(days=days)
    return tz.localize(datetime(day.year, day.month, day.day, hour, 0))


def html(text: str) -> RichTextValue:
    return RichTextValue(text, "text/html", "text/x-html-safe")


# (id, title, description, format, days from today, hours, location, online, capacity)
EVENTS = (
    (
        "connexions-patrimoine-et-territoires",
        "ConneXionS : patrimoine et territoires",
        "Une journée d'échanges entre acteurs du patrimoine, collectivités et "
        "associations autour des projets patrimoniaux de territoire.",
        "connexions",
        -60,
        (9, 17),
        "Angers",
        "",
        80,
    ),
    (
        "connexions-metiers-du-patrimoine",
        "ConneXionS : les métiers du patrimoine qui recrutent",
        "Une journée pour rapprocher professionnels, écoles et jeunes en formation "
        "autour des métiers du patrimoine.",
        "connexions",
        45,
        (9, 17),
        "Nantes",
        "https://visio.exemple.invalid/connexions-metiers",
        120,
    ),
    (
        "atelier-chartes-et-labels",
        "Atelier : comprendre les chartes et les labels",
        "Un atelier pratique sur les exigences des chartes, labels et marques du "
        "patrimoine.",
        "atelier",
        20,
        (14, 17),
        "Le Mans",
        "",
        3,
    ),
    (
        "webinaire-patrimoine-immateriel",
        "Webinaire : inventorier le patrimoine culturel immatériel",
        "Une heure pour découvrir les outils méthodologiques de l'inventaire du "
        "patrimoine culturel immatériel.",
        "webinaire",
        75,
        (11, 12),
        "",
        "https://visio.exemple.invalid/webinaire-pci",
        100,
    ),
)

# (id, title, description, type, audience, topics, video, event id)
RESOURCES = (
    (
        "replay-connexions-patrimoine-et-territoires",
        "Replay : ConneXionS patrimoine et territoires",
        "La vidéo des échanges de la journée ConneXionS consacrée aux projets "
        "patrimoniaux de territoire.",
        "replay",
        ["professionnels", "collectivites"],
        ["bati", "naturel"],
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "connexions-patrimoine-et-territoires",
    ),
    (
        "synthese-connexions-patrimoine-et-territoires",
        "Synthèse de la journée ConneXionS patrimoine et territoires",
        "Ce qu'il faut retenir des tables rondes : coopérer entre collectivités, "
        "associations et entreprises du patrimoine.",
        "article",
        ["professionnels", "collectivites"],
        ["bati"],
        "",
        "connexions-patrimoine-et-territoires",
    ),
    (
        "fiche-metier-tailleur-de-pierre",
        "Fiche métier : tailleur de pierre",
        "Le métier, les formations qui y mènent et les structures qui recrutent "
        "en Pays de la Loire.",
        "fiche-metier",
        ["jeunes"],
        ["bati", "savoir-faire"],
        "",
        "",
    ),
    (
        "fiche-metier-regisseur-de-collections",
        "Fiche métier : régisseur de collections",
        "Conserver, documenter et faire circuler les collections d'un musée.",
        "fiche-metier",
        ["jeunes"],
        ["musees", "mobilier"],
        "",
        "",
    ),
    (
        "guide-premier-stage-patrimoine",
        "Guide : trouver son premier stage dans le patrimoine",
        "Conseils pratiques pour les apprentis et les étudiants qui cherchent un "
        "stage auprès des acteurs du réseau.",
        "guide",
        ["jeunes"],
        ["savoir-faire", "immateriel"],
        "",
        "",
    ),
)

# The full atelier: its places are taken and two people wait.
WAITING_LIST = tuple(
    (
        f"Participant de démonstration {n}",
        f"demo{n}@exemple.invalid",
        "Structure adhérente",
    )
    for n in range(1, 6)
)


def relation(obj) -> RelationValue:
    return RelationValue(getUtility(IIntIds).getId(obj))


def create_events(portal) -> dict:
    agenda = portal["agenda"]
    created = {}
    for (
        obj_id,
        title,
        description,
        kind,
        days,
        hours,
        location,
        online,
        capacity,
    ) in EVENTS:
        event = agenda.get(obj_id)
        if event is None:
            event = api.content.create(
                container=agenda,
                type="Event",
                id=obj_id,
                title=title,
                description=description,
                start=at(days, hours[0], portal),
                end=at(days, hours[1], portal),
                location=location,
                meeting_format=kind,
                online_url=online or None,
                capacity=capacity,
            )
            event.text = html(f"<p>{description}</p>")
            publish(event)
            logger.info("Created %s", event.absolute_url(1))
        created[obj_id] = event
    return created


def create_resources(portal, events) -> None:
    folder = portal["ressources"]
    for (
        obj_id,
        title,
        description,
        kind,
        audience,
        topics,
        video,
        event_id,
    ) in RESOURCES:
        if obj_id in folder:
            continue
        resource = api.content.create(
            container=folder,
            type="Resource",
            id=obj_id,
            title=title,
            description=description,
            resource_type=kind,
            audience=audience,
            topics=topics,
            video_url=video or None,
        )
        resource.text = html(f"<p>{description}</p>")
        if event_id:
            resource.related_event = relation(events[event_id])
        resource.reindexObject()
        publish(resource)
    past = events["connexions-patrimoine-et-territoires"]
    if not past.related_resources:
        past.related_resources = [
            relation(folder[obj_id]) for obj_id, *_rest in RESOURCES[:2]
        ]
        past.replay_url = folder[RESOURCES[0][0]].absolute_url()
        past.reindexObject()


def fill_waiting_list(event) -> None:
    if registrations.get_registrations(event):
        return
    for fullname, email, structure in WAITING_LIST:
        # Demo people, written by the site itself: nothing to confirm.
        registrations.register(
            event,
            {"fullname": fullname, "email": email, "structure": structure},
            verified=True,
        )


def create(portal) -> None:
    events = create_events(portal)
    create_resources(portal, events)
    fill_waiting_list(events["atelier-chartes-et-labels"])
