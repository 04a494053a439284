"""The network's four working groups: public pages, members, private spaces."""

from datetime import datetime
from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
from polepatrimoine.policy import logger
from polepatrimoine.workflows.workinggroups import membership
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytz


# (id, title, description, initiators, objectives, rhythm)
WORKING_GROUPS = (
    (
        "chartes-labels-et-marques",
        "Chartes, labels et marques",
        "Mieux connaître les chartes, labels et marques du patrimoine et "
        "harmoniser leurs exigences.",
        (
            "Patrimoine-Environnement",
            "Petites Cités de Caractère",
            "CAPEB des Pays de la Loire",
        ),
        (
            "Faire connaître les exigences des chartes et des labels et mieux "
            "communiquer sur l'habilitation, la probation et la radiation",
            "Partager avec les acteurs régionaux du patrimoine l'information sur "
            "les aides et la défiscalisation",
            "Inciter à harmoniser les niveaux d'exigence des chartes et distinguer "
            "les préconisations des exigences",
        ),
        "",
    ),
    (
        "patrimoine-industriel-et-technique",
        "Patrimoine industriel et technique",
        "Faire coopérer les acteurs du patrimoine industriel et technique de la "
        "région et valoriser ce patrimoine.",
        ("Maison des Hommes et des Techniques", "musée Espace Air Passion"),
        (
            "Développer les collaborations entre les acteurs du patrimoine "
            "industriel et technique de la région",
            "Valoriser ce patrimoine auprès des élus et des publics",
        ),
        "Une fois par trimestre, en présentiel et en distanciel.",
    ),
    (
        "action-jeunes-pros-du-patrimoine",
        "Action Jeunes-Pros du Patrimoine",
        "Sensibiliser les jeunes aux métiers du patrimoine et les relier aux "
        "professionnels.",
        (
            "Acteurs de l'enseignement",
            "Collectivités",
            "Associations et entreprises du patrimoine",
        ),
        (
            "Faire connaître aux jeunes la diversité des métiers du patrimoine",
            "Agir pour la préservation, la reconnaissance et la transmission des "
            "savoir-faire",
            "Relayer les besoins en compétences des métiers qui recrutent",
            "Faire naître des coopérations entre enseignement, formation et patrimoine",
            "Faciliter la mise en relation entre jeunes et responsables de structures",
            "Être un point d'information pour les jeunes qui se destinent aux "
            "métiers du patrimoine et pour les structures",
        ),
        "",
    ),
    (
        "patrimoine-culturel-immateriel",
        "Patrimoine culturel immatériel",
        "Veille, bonnes pratiques et sensibilisation autour du patrimoine "
        "culturel immatériel.",
        ("Administrateurs de Pôle Patrimoine",),
        (
            "Assurer une veille et partager les problématiques",
            "Partager les bonnes pratiques et les outils méthodologiques",
            "Animer des réflexions et des actions de sensibilisation des collectivités",
            "Se concerter autour du projet de Maison régionale des Patrimoines vivants",
        ),
        "",
    ),
)


DEMO_PASSWORD = "demo-patrimoine"
DOMAIN = "example.org"

# Per group: (user local part, full name, role)
PEOPLE = {
    "chartes-labels-et-marques": (
        ("coordination.chartes", "Coordination Chartes (démo)", "coordinator"),
        ("membre1.chartes", "Membre Chartes 1 (démo)", "member"),
        ("membre2.chartes", "Membre Chartes 2 (démo)", "member"),
        ("invite.chartes", "Invité Chartes (démo)", "guest"),
    ),
    "patrimoine-industriel-et-technique": (
        ("coordination.industriel", "Coordination Industriel (démo)", "coordinator"),
        ("membre1.industriel", "Membre Industriel 1 (démo)", "member"),
        ("membre2.industriel", "Membre Industriel 2 (démo)", "member"),
    ),
    "action-jeunes-pros-du-patrimoine": (
        ("coordination.jeunes-pros", "Coordination Jeunes-Pros (démo)", "coordinator"),
        ("membre1.jeunes-pros", "Membre Jeunes-Pros 1 (démo)", "member"),
        ("invite.jeunes-pros", "Invité Jeunes-Pros (démo)", "guest"),
    ),
    "patrimoine-culturel-immateriel": (
        ("coordination.pci", "Coordination PCI (démo)", "coordinator"),
        ("membre1.pci", "Membre PCI 1 (démo)", "member"),
    ),
}

# (id, title, description, text): internal documents of every group.
DOCUMENTS = (
    (
        "compte-rendu-de-lancement",
        "Compte rendu de la réunion de lancement",
        "Les décisions de la première réunion du groupe.",
        "<p>Tour de table des structures présentes, rappel des objectifs du "
        "groupe, choix des premiers chantiers et du calendrier.</p>",
    ),
    (
        "feuille-de-route",
        "Feuille de route",
        "Les chantiers du groupe pour l'année, à compléter ensemble.",
        "<ul><li>Recenser les ressources existantes</li>"
        "<li>Préparer une rencontre ouverte au réseau</li>"
        "<li>Rédiger une synthèse à publier</li></ul>",
    ),
)


def email(local: str) -> str:
    return f"{local}@{DOMAIN}"


def ensure_user(local: str, fullname: str) -> str:
    address = email(local)
    user = api.user.get(username=address) or api.user.get(userid=address)
    if user is None:
        user = api.user.create(
            email=address,
            password=DEMO_PASSWORD,
            properties={"fullname": fullname},
        )
    return user.getId()


def link_initiators(names) -> tuple[list, list]:
    """Relations to the initiators found in the directory, and the other names."""
    intids = getUtility(IIntIds)
    actors = {
        brain.Title.lower(): brain
        for brain in api.content.find(portal_type="Actor", unrestricted=True)
    }
    relations, others = [], []
    for name in names:
        brain = next(
            (b for title, b in actors.items() if title.startswith(name.lower())), None
        )
        if brain is None:
            others.append(name)
        else:
            relations.append(
                RelationValue(intids.getId(brain._unrestrictedGetObject()))
            )
    return relations, others


def ensure_group(folder, spec):
    obj_id, title, description, names, objectives, rhythm = spec
    initiator_actors, initiators = link_initiators(names)
    group = folder.get(obj_id)
    if group is None or group.portal_type != "WorkingGroup":
        if group is not None:
            api.content.delete(group, check_linkintegrity=False)
        group = api.content.create(
            container=folder,
            type="WorkingGroup",
            id=obj_id,
            title=title,
            description=description,
            objectives=list(objectives),
            initiators=initiators,
            initiator_actors=initiator_actors,
            meeting_rhythm=rhythm or None,
        )
        api.content.transition(obj=group, transition="activate")
        logger.info("Created working group %s", obj_id)
    return group


def ensure_members(group) -> None:
    for local, fullname, role in PEOPLE[group.getId()]:
        userid = ensure_user(local, fullname)
        if membership.role_of(group, userid) is None:
            membership.add_member(group, userid, role)


def ensure_documents(group) -> None:
    for obj_id, title, description, text in DOCUMENTS:
        if obj_id not in group:
            doc = api.content.create(
                container=group,
                type="Document",
                id=obj_id,
                title=title,
                description=description,
            )
            doc.text = RichTextValue(text, "text/html", "text/x-html-safe")
            doc.reindexObject()


def ensure_meeting(group, rhythm) -> None:
    if "prochaine-reunion" in group:
        return
    tz = pytz.timezone("Europe/Paris")
    start = (datetime.now(tz) + timedelta(days=30)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    description = "Réunion du groupe de travail."
    if rhythm:
        description = f"Réunion du groupe de travail ({rhythm.rstrip('.').lower()})."
    # The groups meet once a quarter, on site and remotely.
    api.content.create(
        container=group,
        type="Event",
        id="prochaine-reunion",
        title=f"Prochaine réunion : {group.title}",
        description=description,
        start=start,
        end=start + timedelta(hours=2),
        recurrence="RRULE:FREQ=MONTHLY;INTERVAL=3;COUNT=4",
        location="Nantes et en visioconférence",
        meeting_format="rencontre",
        working_group=RelationValue(getUtility(IIntIds).getId(group)),
        online_url=f"https://visio.example.org/{group.getId()}",
        capacity=0,
    )


def create(portal) -> None:
    folder = portal["groupes-de-travail"]
    for spec in WORKING_GROUPS:
        group = ensure_group(folder, spec)
        ensure_members(group)
        # By the group's coordinator, as on a real site: the stream and the
        # dashboards name a person, not the site's administrator.
        with api.env.adopt_user(
            user=api.user.get(userid=membership.coordinators(group)[0])
        ):
            ensure_documents(group)
            ensure_meeting(group, spec[5])
