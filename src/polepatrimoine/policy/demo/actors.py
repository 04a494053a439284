"""About thirty heritage actors over the five départements, at their communes' coordinates.

The working groups' initiators come first. Contact details are placeholders
(example.org addresses, 02 00 numbers): the real ones are the actors' to give.
"""

from plone import api
from plone.formwidget.geolocation.geolocation import Geolocation

import unicodedata


def A(title, category, domains, zip_code, city, position, **extra):  # noqa: N802
    return {
        "title": title,
        "actor_category": category,
        "heritage_domains": list(domains),
        "department": zip_code[:2],
        "zip_code": zip_code,
        "city": city,
        "position": position,
        **extra,
    }


INITIATORS = (
    A(
        "Patrimoine-Environnement",
        "association",
        ["bati", "naturel"],
        "44000",
        "Nantes",
        (47.2184, -1.5536),
        description="Fédération d'associations de sauvegarde du patrimoine et des paysages.",
        is_member=True,
        member_since=2018,
    ),
    A(
        "Petites Cités de Caractère des Pays de la Loire",
        "association",
        ["bati", "savoir-faire"],
        "49000",
        "Angers",
        (47.4784, -0.5632),
        description="Le réseau des petites cités qui font vivre un patrimoine remarquable.",
        labels=["petites-cites-de-caractere"],
        is_member=True,
        member_since=2018,
    ),
    A(
        "CAPEB des Pays de la Loire",
        "organisation-professionnelle",
        ["bati", "savoir-faire"],
        "44300",
        "Nantes",
        (47.2484, -1.5236),
        description="L'organisation professionnelle de l'artisanat du bâtiment.",
        is_member=True,
        member_since=2019,
    ),
    A(
        "Maison des Hommes et des Techniques",
        "association",
        ["industriel", "archives"],
        "44600",
        "Saint-Nazaire",
        (47.2735, -2.2138),
        description="La mémoire du travail et des techniques de la construction navale.",
        is_member=True,
        member_since=2019,
    ),
    A(
        "Musée Espace Air Passion",
        "association",
        ["industriel", "musees"],
        "49140",
        "Marcé",
        (47.5611, -0.3127),
        description="Un musée de l'aviation et de son patrimoine technique, près d'Angers.",
        is_member=True,
        member_since=2020,
    ),
)

OTHERS = (
    A(
        "Atelier du vitrail de Guérande",
        "entreprise",
        ["savoir-faire", "bati"],
        "44350",
        "Guérande",
        (47.3281, -2.4286),
        labels=["entreprise-patrimoine-vivant"],
        is_member=True,
        member_since=2021,
        siret_base="81234567800012",
    ),
    A(
        "Les Amis du vieux Clisson",
        "association",
        ["bati", "archives"],
        "44190",
        "Clisson",
        (47.0870, -1.2822),
        is_member=True,
        member_since=2022,
    ),
    A(
        "Ville de Châteaubriant – service patrimoine",
        "collectivite",
        ["bati", "musees"],
        "44110",
        "Châteaubriant",
        (47.7172, -1.3761),
    ),
    A(
        "Écomusée du pays de Retz",
        "association",
        ["immateriel", "maritime"],
        "44210",
        "Pornic",
        (47.1156, -2.1036),
        is_member=True,
        member_since=2020,
    ),
    A(
        "Lycée professionnel du bâtiment d'Ancenis",
        "enseignement",
        ["savoir-faire", "bati"],
        "44150",
        "Ancenis-Saint-Géréon",
        (47.3656, -1.1770),
        is_member=True,
        member_since=2021,
    ),
    A(
        "Ville d'Angers – Ville d'art et d'histoire",
        "collectivite",
        ["bati", "archives"],
        "49100",
        "Angers",
        (47.4712, -0.5518),
        labels=["ville-pays-art-histoire"],
        is_member=True,
        member_since=2019,
    ),
    A(
        "Ateliers de restauration de Saumur",
        "entreprise",
        ["mobilier", "savoir-faire"],
        "49400",
        "Saumur",
        (47.2600, -0.0769),
        labels=["entreprise-patrimoine-vivant"],
        siret_base="79876543200018",
    ),
    A(
        "Musée du textile et de la mode",
        "institution",
        ["industriel", "musees"],
        "49300",
        "Cholet",
        (47.0600, -0.8790),
        labels=["musee-de-france"],
        is_member=True,
        member_since=2022,
    ),
    A(
        "Abbaye royale de Fontevraud – centre culturel",
        "institution",
        ["bati", "musees"],
        "49590",
        "Fontevraud-l'Abbaye",
        (47.1817, 0.0514),
        labels=["monument-historique"],
        is_member=True,
        member_since=2018,
    ),
    A(
        "Association des troglodytes de Montsoreau",
        "association",
        ["bati", "naturel"],
        "49730",
        "Montsoreau",
        (47.2156, 0.0617),
        labels=["plus-beaux-villages"],
    ),
    A(
        "Jardins du château de Baugé",
        "association",
        ["naturel", "bati"],
        "49150",
        "Baugé-en-Anjou",
        (47.5411, -0.1039),
        labels=["jardin-remarquable"],
    ),
    A(
        "Archives départementales de la Mayenne – service éducatif",
        "institution",
        ["archives"],
        "53000",
        "Laval",
        (48.0706, -0.7734),
        is_member=True,
        member_since=2020,
    ),
    A(
        "Ville de Laval – patrimoine",
        "collectivite",
        ["bati", "musees"],
        "53000",
        "Laval",
        (48.0736, -0.7694),
        labels=["ville-pays-art-histoire"],
    ),
    A(
        "Les Veilleurs du château de Mayenne",
        "association",
        ["archeologique", "bati"],
        "53100",
        "Mayenne",
        (48.3031, -0.6136),
        is_member=True,
        member_since=2023,
    ),
    A(
        "Cité de caractère de Sainte-Suzanne",
        "collectivite",
        ["bati", "archeologique"],
        "53270",
        "Sainte-Suzanne-et-Chammes",
        (48.0989, -0.3539),
        labels=["petites-cites-de-caractere", "plus-beaux-villages"],
    ),
    A(
        "Site gallo-romain de Jublains",
        "institution",
        ["archeologique", "musees"],
        "53160",
        "Jublains",
        (48.2536, -0.4969),
        labels=["monument-historique"],
    ),
    A(
        "Chanteurs et conteurs du Bas-Maine",
        "association",
        ["immateriel"],
        "53600",
        "Évron",
        (48.1556, -0.4017),
        is_member=True,
        member_since=2024,
    ),
    A(
        "Le Mans – Ville d'art et d'histoire",
        "collectivite",
        ["bati", "archeologique"],
        "72000",
        "Le Mans",
        (48.0061, 0.1996),
        labels=["ville-pays-art-histoire"],
        is_member=True,
        member_since=2019,
    ),
    A(
        "Compagnons charpentiers de la Sarthe",
        "organisation-professionnelle",
        ["savoir-faire", "bati"],
        "72200",
        "La Flèche",
        (47.6997, -0.0761),
    ),
    A(
        "Patrimoine vivant de Sablé",
        "association",
        ["immateriel", "savoir-faire"],
        "72300",
        "Sablé-sur-Sarthe",
        (47.8397, -0.3336),
        is_member=True,
        member_since=2021,
    ),
    A(
        "Moulin et forges de Mamers",
        "association",
        ["industriel"],
        "72600",
        "Mamers",
        (48.3494, 0.3694),
    ),
    A(
        "Petite cité d'Asnières-sur-Vègre",
        "collectivite",
        ["bati"],
        "72430",
        "Asnières-sur-Vègre",
        (47.8861, -0.2333),
        labels=["petites-cites-de-caractere"],
    ),
    A(
        "La Roche-sur-Yon – service patrimoine",
        "collectivite",
        ["bati", "archives"],
        "85000",
        "La Roche-sur-Yon",
        (46.6705, -1.4260),
        is_member=True,
        member_since=2020,
    ),
    A(
        "Musée de l'abbaye Sainte-Croix",
        "institution",
        ["musees", "mobilier"],
        "85100",
        "Les Sables-d'Olonne",
        (46.4967, -1.7833),
        labels=["musee-de-france"],
    ),
    A(
        "Chantier naval traditionnel de Noirmoutier",
        "entreprise",
        ["maritime", "savoir-faire"],
        "85330",
        "Noirmoutier-en-l'Île",
        (47.0000, -2.2500),
        is_member=True,
        member_since=2022,
    ),
    A(
        "Maison natale de Clemenceau",
        "institution",
        ["musees", "archives"],
        "85390",
        "Mouilleron-Saint-Germain",
        (46.6714, -0.8453),
        labels=["maisons-des-illustres"],
    ),
    A(
        "Fontenay-le-Comte – patrimoine Renaissance",
        "collectivite",
        ["bati"],
        "85200",
        "Fontenay-le-Comte",
        (46.4667, -0.8064),
        labels=["ville-pays-art-histoire"],
    ),
    # No position yet: counted as unmapped on the directory.
    A(
        "Collectif des métiers d'art de Luçon",
        "association",
        ["savoir-faire"],
        "85400",
        "Luçon",
        None,
    ),
)

# A proposal waiting for a coordinator, and an entry that left the directory.
PENDING = A(
    "Association des moulins du Saumurois",
    "association",
    ["industriel"],
    "49400",
    "Saumur",
    (47.2536, -0.0700),
)
RETIRED = A(
    "Ancienne école de tailleurs de pierre",
    "enseignement",
    ["savoir-faire"],
    "72120",
    "Saint-Calais",
    (47.9211, 0.7450),
)


def siret_from(base: str) -> str:
    """A SIRET with a valid check digit (Luhn), from 13 leading digits."""
    from polepatrimoine.content.actors.validation import luhn_ok

    stem = base[:13]
    return next(stem + str(d) for d in range(10) if luhn_ok(stem + str(d)))


def create_actor(container, spec: dict, state: str):
    values = dict(spec)
    position = values.pop("position")
    base = values.pop("siret_base", None)
    actor = api.content.create(container=container, type="Actor", **values)
    slug = unicodedata.normalize("NFKD", values["title"].lower())
    slug = "".join(c for c in slug if c.isascii() and c.isalnum())[:24]
    actor.email = f"contact@{slug}.example.org"
    actor.phone = "02 00 00 00 00"
    if base:
        actor.siret = siret_from(base)
    if position:
        actor.geolocation = Geolocation(*position)
    actor.reindexObject()
    if state != "pending":
        api.content.transition(obj=actor, to_state=state)
    return actor


def create(portal) -> None:
    container = portal["acteurs"]
    existing = {brain.Title for brain in api.content.find(portal_type="Actor")}
    for spec, state in (
        *((s, "published") for s in INITIATORS + OTHERS),
        (PENDING, "pending"),
        (RETIRED, "retired"),
    ):
        if spec["title"] not in existing:
            create_actor(container, spec, state)
