"""Demo projects of the territories (ten, over the five départements, two of them
reproducible experimentations) and a concertation workshop.

Carriers and partners are demo actors, among them the collectivités of the
directory. The workshop's dates are relative to the day the demo is created.
"""

from datetime import date
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.formwidget.geolocation.geolocation import Geolocation
from polepatrimoine.policy import logger
from polepatrimoine.policy.demo.meetings import at
from polepatrimoine.policy.demo.meetings import relation
from polepatrimoine.policy.setup.sections import publish


def html(text: str) -> RichTextValue:
    return RichTextValue(text, "text/html", "text/x-html-safe")


def P(  # noqa: N802
    obj_id,
    title,
    description,
    kind,
    status,
    carrier,
    partners,
    domains,
    communes,
    position,
    start,
    end=None,
    **extra,
):
    return {
        "id": obj_id,
        "title": title,
        "description": description,
        "kind": kind,
        "status": status,
        "carrier": carrier,
        "partners": partners,
        "heritage_domains": domains,
        "departments": sorted({code for code, _commune in communes}),
        "communes": [commune for _code, commune in communes],
        "position": position,
        "start": start,
        "end": end,
        **extra,
    }


PROJECTS = (
    P(
        "inventaire-participatif-des-lavoirs",
        "Inventaire participatif des lavoirs du vignoble",
        "Les habitants recensent, photographient et documentent les lavoirs de "
        "leur commune avec une fiche commune.",
        "experimentation",
        "termine",
        "Les Amis du vieux Clisson",
        ["Patrimoine-Environnement"],
        ["bati", "immateriel"],
        [("44", "Clisson"), ("44", "Gétigné")],
        (47.087, -1.2822),
        date(2024, 3, 1),
        date(2025, 6, 30),
        reproducible=True,
        results="<p>142 lavoirs recensés, dont 38 à restaurer ; une exposition "
        "itinérante dans six communes.</p>",
        how_to_reproduce="<p>Une fiche d'inventaire d'une page, une demi-journée "
        "de formation des bénévoles, une carte partagée. Comptez six mois pour "
        "une intercommunalité.</p>",
        contact_email="lavoirs@example.org",
    ),
    P(
        "chateaubriant-coeur-de-ville",
        "Châteaubriant cœur de ville : façades et devantures",
        "Un programme d'aide à la restauration des façades du centre ancien, "
        "avec un conseil architectural gratuit.",
        "projet-territoire",
        "en-cours",
        "Ville de Châteaubriant – service patrimoine",
        ["CAPEB des Pays de la Loire"],
        ["bati"],
        [("44", "Châteaubriant")],
        (47.7172, -1.3761),
        date(2025, 1, 1),
        date(2027, 12, 31),
    ),
    P(
        "chantier-ecole-troglodytes",
        "Chantier-école dans les caves troglodytiques",
        "Des apprentis consolident une cave demeurante avec les tailleurs de "
        "pierre de l'association.",
        "chantier",
        "en-cours",
        "Association des troglodytes de Montsoreau",
        ["Lycée professionnel du bâtiment d'Ancenis"],
        ["bati", "savoir-faire"],
        [("49", "Montsoreau")],
        (47.2156, 0.0617),
        date(2025, 9, 1),
        date(2026, 6, 30),
    ),
    P(
        "angers-parcours-ardoise",
        "Parcours de l'ardoise angevine",
        "Un parcours de découverte des ardoisières, de la carrière aux toits de "
        "la ville.",
        "valorisation",
        "en-projet",
        "Ville d'Angers – Ville d'art et d'histoire",
        ["Petites Cités de Caractère des Pays de la Loire"],
        ["industriel", "bati"],
        [("49", "Angers"), ("49", "Trélazé")],
        (47.4712, -0.5518),
        date(2026, 4, 1),
    ),
    P(
        "laval-archives-de-quartier",
        "Archives de quartier : la mémoire des habitants",
        "Collecte de photographies et de témoignages d'habitants, versés aux "
        "archives et montrés en ligne.",
        "experimentation",
        "en-cours",
        "Ville de Laval – patrimoine",
        ["Archives départementales de la Mayenne – service éducatif"],
        ["archives", "immateriel"],
        [("53", "Laval")],
        (48.0736, -0.7694),
        date(2025, 2, 1),
        date(2026, 12, 31),
        reproducible=True,
        results="<p>Six permanences de collecte, 900 photographies numérisées.</p>",
        how_to_reproduce="<p>Une convention type avec les archives, un formulaire "
        "de cession de droits, un scanner prêté ; les archives forment les "
        "bénévoles.</p>",
        contact_email="archives-quartier@example.org",
    ),
    P(
        "sainte-suzanne-etude-remparts",
        "Étude sanitaire des remparts de Sainte-Suzanne",
        "Diagnostic des maçonneries et programme pluriannuel de restauration.",
        "etude",
        "termine",
        "Cité de caractère de Sainte-Suzanne",
        ["Les Veilleurs du château de Mayenne"],
        ["bati", "archeologique"],
        [("53", "Sainte-Suzanne-et-Chammes")],
        (48.0989, -0.3539),
        date(2023, 5, 1),
        date(2024, 2, 28),
        results="<p>Un programme de travaux en quatre tranches, chiffré.</p>",
    ),
    P(
        "le-mans-pans-de-bois",
        "Le Mans : restaurer les pans de bois de la Cité Plantagenêt",
        "Un chantier de restauration ouvert au public, avec les compagnons "
        "charpentiers.",
        "chantier",
        "en-cours",
        "Le Mans – Ville d'art et d'histoire",
        ["Compagnons charpentiers de la Sarthe"],
        ["bati", "savoir-faire"],
        [("72", "Le Mans")],
        (48.0061, 0.1996),
        date(2025, 4, 1),
        date(2026, 10, 31),
    ),
    P(
        "asnieres-sur-vegre-paysage",
        "Asnières-sur-Vègre : plan de paysage de la vallée",
        "Un plan de paysage partagé avec les habitants pour les bords de la Vègre.",
        "projet-territoire",
        "en-projet",
        "Petite cité d'Asnières-sur-Vègre",
        ["Patrimoine vivant de Sablé"],
        ["naturel", "bati"],
        [("72", "Asnières-sur-Vègre"), ("72", "Sablé-sur-Sarthe")],
        (47.8861, -0.2333),
        date(2026, 1, 15),
    ),
    P(
        "fontenay-renaissance-numerique",
        "Fontenay-le-Comte, la Renaissance en réalité augmentée",
        "Une application montre les façades Renaissance telles qu'elles étaient.",
        "valorisation",
        "termine",
        "Fontenay-le-Comte – patrimoine Renaissance",
        ["Musée de l'abbaye Sainte-Croix"],
        ["bati", "musees"],
        [("85", "Fontenay-le-Comte")],
        (46.4667, -0.8064),
        date(2022, 9, 1),
        date(2024, 6, 30),
    ),
    P(
        "noirmoutier-yoles",
        "Noirmoutier : transmettre la construction des yoles",
        "Le chantier naval construit une yole traditionnelle avec des jeunes en "
        "formation.",
        "chantier",
        "en-cours",
        "Chantier naval traditionnel de Noirmoutier",
        ["La Roche-sur-Yon – service patrimoine"],
        ["maritime", "savoir-faire"],
        [("85", "Noirmoutier-en-l'Île")],
        (47.0, -2.25),
        date(2025, 10, 1),
        date(2026, 9, 30),
    ),
)

WORKSHOP = {
    "id": "atelier-concertation-coeur-de-ville-chateaubriant",
    "title": "Atelier de concertation : le cœur de ville de Châteaubriant",
    "description": "La ville consulte habitants, artisans et associations sur le "
    "programme des façades du centre ancien.",
    "organiser": "Ville de Châteaubriant – service patrimoine",
    "days": 21,
    "location": "Châteaubriant, salle des fêtes",
}


def actors_by_title() -> dict:
    return {
        brain.Title: brain.getObject()
        for brain in api.content.find(portal_type="Actor", review_state="published")
    }


def create_project(folder, spec: dict, actors: dict):
    values = dict(spec)
    position = values.pop("position")
    carrier = actors[values.pop("carrier")]
    partners = [actors[title] for title in values.pop("partners") if title in actors]
    for name in ("results", "how_to_reproduce"):
        if values.get(name):
            values[name] = html(values[name])
    project = api.content.create(
        container=folder,
        type="Project",
        carrier=relation(carrier),
        partners=[relation(actor) for actor in partners],
        **values,
    )
    project.text = html(f"<p>{spec['description']}</p>")
    project.geolocation = Geolocation(*position)
    project.reindexObject()
    publish(project)
    logger.info("Created %s", project.absolute_url(1))
    return project


def create_workshop(portal, actors: dict) -> None:
    agenda = portal["agenda"]
    if WORKSHOP["id"] in agenda:
        return
    event = api.content.create(
        container=agenda,
        type="Event",
        id=WORKSHOP["id"],
        title=WORKSHOP["title"],
        description=WORKSHOP["description"],
        start=at(WORKSHOP["days"], 18, portal),
        end=at(WORKSHOP["days"], 20, portal),
        location=WORKSHOP["location"],
        meeting_format="concertation",
        capacity=0,
    )
    event.organiser = relation(actors[WORKSHOP["organiser"]])
    event.text = html(f"<p>{WORKSHOP['description']}</p>")
    event.reindexObject()
    publish(event)


# A working group and the projects it links to.
GROUP_PROJECTS = {
    "patrimoine-industriel-et-technique": ("angers-parcours-ardoise",),
    "chartes-labels-et-marques": ("chateaubriant-coeur-de-ville",),
}


def link_groups(portal) -> None:
    groups, folder = portal["groupes-de-travail"], portal["projets"]
    for group_id, project_ids in GROUP_PROJECTS.items():
        group = groups.get(group_id)
        if group is None or getattr(group, "projects", None):
            continue
        group.projects = [relation(folder[pid]) for pid in project_ids]
        group.reindexObject()


def create(portal) -> None:
    folder = portal["projets"]
    actors = actors_by_title()
    for spec in PROJECTS:
        if spec["id"] not in folder:
            create_project(folder, spec, actors)
    create_workshop(portal, actors)
    link_groups(portal)
