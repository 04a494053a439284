"""An open TRAJET call and an open Culturdiag call.

Their applications are in several states.
"""

from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
from polepatrimoine.content.calls.call import today
from polepatrimoine.policy import logger


CALLS = (
    {
        "id": "appel-trajet",
        "title": "TRAJET : appel à candidatures de la prochaine session",
        "description": "Incubation de projets culturels et patrimoniaux installés en "
        "Pays de la Loire : formations collectives, journées thématiques et "
        "entretiens individuels pendant plusieurs mois.",
        "programme": "trajet",
        "places": 8,
        "eligibility": "<p>Structures culturelles et patrimoniales installées en "
        "Pays de la Loire, porteuses d'un projet à structurer et à rendre "
        "durable.</p>",
        "sessions": (
            (45, "Journée collective de lancement"),
            (75, "Journée thématique : modèle économique"),
            (105, "Entretien individuel"),
        ),
        "required_documents": ["presentation", "budget"],
    },
    {
        "id": "appel-culturdiag",
        "title": "Culturdiag : appel à candidatures",
        "description": "Un auto-diagnostic accompagné de la gestion économique et "
        "financière, deux journées de formation collective et un entretien "
        "individuel, pour bâtir un plan de développement.",
        "programme": "culturdiag",
        "places": 6,
        "eligibility": "<p>Structures culturelles employeuses installées en Pays de "
        "la Loire.</p>",
        "sessions": (
            (40, "Première journée de formation collective"),
            (70, "Seconde journée de formation collective"),
            (90, "Entretien individuel"),
        ),
        "required_documents": ["accounts"],
    },
)

# (call id, structure, département, legal status, employees, transitions)
APPLICATIONS = (
    ("appel-trajet", "Les Amis du moulin de la vallée", "49", "association", 0, ()),
    ("appel-trajet", "Atelier des vitraux du bocage", "85", "sarl-sas", 3, ("submit",)),
    (
        "appel-trajet",
        "Compagnie du patrimoine vivant",
        "44",
        "scop-scic",
        5,
        ("submit", "start_review"),
    ),
    (
        "appel-trajet",
        "Maison du savoir-faire textile",
        "53",
        "association",
        2,
        ("submit", "start_review", "accept"),
    ),
    ("appel-culturdiag", "Scène et patrimoine sarthois", "72", "association", 4, ()),
    (
        "appel-culturdiag",
        "Musée associatif de la batellerie",
        "44",
        "association",
        2,
        ("submit",),
    ),
    (
        "appel-culturdiag",
        "Les Ateliers d'art de la côte",
        "85",
        "scop-scic",
        6,
        ("submit", "start_review", "waitlist"),
    ),
)

DEMO_PDF = b"%PDF-1.4\n% Demo document\n%%EOF\n"


def create_call(folder, spec):
    call = folder.get(spec["id"])
    if call is not None:
        return call
    start = today() - timedelta(days=7)
    call = api.content.create(
        container=folder,
        type="Call",
        id=spec["id"],
        title=spec["title"],
        description=spec["description"],
        programme=spec["programme"],
        open_date=start,
        close_date=start + timedelta(days=37),
        places=spec["places"],
        eligibility=RichTextValue(spec["eligibility"], "text/html", "text/x-html-safe"),
        sessions=[
            f"{(start + timedelta(days=offset)).isoformat()} {label}"
            for offset, label in spec["sessions"]
        ],
        required_documents=spec["required_documents"],
    )
    api.content.transition(obj=call, transition="open")
    logger.info("Created %s", call.absolute_url(1))
    return call


def create_application(call, number, structure, department, status, employees):
    from plone.namedfile.file import NamedBlobFile

    documents = {
        f"document_{token}": NamedBlobFile(
            data=DEMO_PDF, filename=f"{token}.pdf", contentType="application/pdf"
        )
        for token in call.required_documents or ()
    }
    return api.content.create(
        container=call,
        type="Application",
        id=f"candidature-demo-{number}",
        title=structure,
        structure_name=structure,
        legal_status=status,
        siret="12345678900015",
        department=department,
        employer=employees > 0,
        employees=employees,
        contact_name="Accueil de la structure",
        # .invalid can receive no mail (RFC 2606): the demo sends none.
        contact_email="contact@structure.invalid",
        contact_phone="02 00 00 00 00",
        project_title=f"Projet de {structure}",
        project_summary="Structurer le projet et le rendre durable.",
        needs="Un regard extérieur sur le modèle économique et la gouvernance.",
        budget=45000,
        consent=True,
        **documents,
    )


def create(portal) -> None:
    folder = portal["accompagnement"]
    with api.env.adopt_roles(["Manager"]):
        calls = {spec["id"]: create_call(folder, spec) for spec in CALLS}
        for number, (call_id, structure, dept, status, employees, steps) in enumerate(
            APPLICATIONS, start=1
        ):
            call = calls[call_id]
            if f"candidature-demo-{number}" in call:
                continue
            application = create_application(
                call, number, structure, dept, status, employees
            )
            for transition in steps:
                api.content.transition(obj=application, transition=transition)
