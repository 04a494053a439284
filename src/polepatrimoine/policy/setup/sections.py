"""The sections of the site, in navigation order, and the programme pages.

Sections are created when missing and never overwritten: editors own them once
they exist.
"""

from plone import api
from plone.api.exc import InvalidParameterError
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import createContentInContainer
from polepatrimoine.policy import logger


TRAJET_TEXT = """
<p>TRAJET est un dispositif d'incubation de projets culturels et patrimoniaux
installés en Pays de la Loire, porté ensemble par les six pôles régionaux des
filières culturelles.</p>
<p>Pendant plusieurs mois, les structures accompagnées suivent des formations
collectives, des journées thématiques et des entretiens individuels, pour
structurer leur projet, le rendre durable et professionnaliser leurs équipes.</p>
<p>Chaque session ouvre un appel à candidatures ; un jury examine les dossiers.</p>
"""

CULTURDIAG_TEXT = """
<p>Culturdiag s'adresse aux structures culturelles employeuses qui souhaitent
faire le point sur leur gestion économique et financière.</p>
<p>Le parcours comprend un auto-diagnostic, deux journées de formation
collective et un entretien individuel. Il débouche sur un plan de
développement et aide la structure à piloter ses choix économiques.</p>
"""

ABOUT_TEXT = """
<p>Créée en septembre 2018, l'association Pôle Patrimoine réunit près d'une
centaine d'acteurs du patrimoine culturel des Pays de la Loire : associations,
organisations professionnelles, entreprises du patrimoine, établissements
d'enseignement et de formation, collectivités et institutions publiques.</p>
<h2>Nos missions</h2>
<ul>
<li>Observer la filière : référencer et cartographier ses acteurs, partager
l'actualité et les enjeux régionaux et nationaux.</li>
<li>Structurer et professionnaliser la filière : accompagnement TRAJET et
Culturdiag, journées ConneXionS, groupes de travail, actions vers les jeunes.</li>
<li>Coopérer avec les territoires et représenter les acteurs du patrimoine.</li>
<li>Expérimenter des actions que d'autres acteurs pourront reprendre.</li>
</ul>
"""

# (id, portal_type, title, description, text, children)
SECTIONS = (
    (
        "acteurs",
        "ActorsDirectory",
        "Annuaire des acteurs",
        "Les acteurs du patrimoine culturel des Pays de la Loire, en liste et sur "
        "la carte.",
        None,
        (),
    ),
    (
        "groupes-de-travail",
        "Folder",
        "Groupes de travail",
        "Les groupes de travail animés par le réseau et leurs espaces de travail.",
        None,
        (),
    ),
    (
        "agenda",
        "Folder",
        "Agenda",
        "Les rencontres du réseau : journées ConneXionS, ateliers, visites, "
        "webinaires.",
        None,
        (),
    ),
    (
        "accompagnement",
        "Folder",
        "Accompagnement",
        "Les dispositifs d'accompagnement des structures culturelles et "
        "patrimoniales : TRAJET et Culturdiag.",
        None,
        (
            (
                "trajet",
                "Document",
                "TRAJET",
                "Le temps qu'il faut pour développer un projet culturel : "
                "incubation et accompagnement.",
                TRAJET_TEXT,
                (),
            ),
            (
                "culturdiag",
                "Document",
                "Culturdiag",
                "Un auto-diagnostic accompagné de la gestion économique et "
                "financière des structures culturelles employeuses.",
                CULTURDIAG_TEXT,
                (),
            ),
        ),
    ),
    (
        "ressources",
        "Folder",
        "Ressources",
        "Articles, vidéos, replays, guides et fiches pratiques pour les acteurs "
        "du patrimoine.",
        None,
        (),
    ),
    (
        "actualites",
        "Folder",
        "Actualités",
        "L'actualité de la filière patrimoine, en région et au niveau national.",
        None,
        (),
    ),
    (
        "jeunes-pros",
        "Folder",
        "Jeunes-Pros du Patrimoine",
        "Découvrir les métiers du patrimoine : ressources et rencontres pour les "
        "jeunes en formation.",
        None,
        (),
    ),
    (
        "lettre",
        "Folder",
        "La lettre d'information",
        "La lettre d'information du réseau : s'abonner, et les numéros déjà parus.",
        None,
        (),
    ),
    (
        "a-propos",
        "Document",
        "À propos",
        "Pôle Patrimoine, le réseau des acteurs du patrimoine culturel des Pays "
        "de la Loire.",
        ABOUT_TEXT,
        (),
    ),
)


def publish(obj) -> None:
    """Publish obj when its workflow knows a published state."""
    if api.content.get_state(obj, default=None) in (None, "published"):
        return
    try:
        api.content.transition(obj=obj, to_state="published")
    except InvalidParameterError:
        logger.info("%s has no published state in its workflow", obj.absolute_url())


def ensure(container, spec):
    """Create the item described by spec in container, unless it exists."""
    obj_id, portal_type, title, description, text, children = spec
    obj = container.get(obj_id)
    if obj is None:
        # Sections may be of types that editors cannot add there (ActorsDirectory).
        obj = createContentInContainer(
            container,
            portal_type,
            checkConstraints=False,
            id=obj_id,
            title=title,
            description=description,
        )
        if text:
            obj.text = RichTextValue(text, "text/html", "text/x-html-safe")
            obj.reindexObject()
        publish(obj)
        logger.info("Created %s", obj.absolute_url(1))
    for child in children:
        ensure(obj, child)
    return obj


# Permissions granted in one section only (acquired by what it contains).
SECTION_PERMISSIONS = {
    "accompagnement": {
        # Calls for applications are added here, not anywhere on the site.
        "polepatrimoine: Add Call": ("Manager", "Site Administrator"),
    },
}


def create_sections(portal) -> None:
    for position, spec in enumerate(SECTIONS):
        section = ensure(portal, spec)
        portal.moveObjectToPosition(section.getId(), position)
    for section_id, permissions in SECTION_PERMISSIONS.items():
        for permission, roles in permissions.items():
            portal[section_id].manage_permission(permission, roles, acquire=True)
