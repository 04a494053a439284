"""The network's four working groups, with their objectives and initiators."""

from polepatrimoine.policy.setup.sections import ensure
from xml.sax.saxutils import escape


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


def page_text(initiators, objectives, rhythm) -> str:
    items = "".join(f"<li>{escape(o)}</li>" for o in objectives)
    html = (
        f"<h2>Objectifs</h2><ul>{items}</ul>"
        f"<h2>Initiateurs</h2><p>{escape(', '.join(initiators))}</p>"
    )
    if rhythm:
        html += f"<h2>Rythme des rencontres</h2><p>{escape(rhythm)}</p>"
    return html


def create(portal) -> None:
    folder = portal["groupes-de-travail"]
    for obj_id, title, description, initiators, objectives, rhythm in WORKING_GROUPS:
        ensure(
            folder,
            (
                obj_id,
                "Document",
                title,
                description,
                page_text(initiators, objectives, rhythm),
                (),
            ),
        )
