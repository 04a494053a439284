"""A dozen Jeunes-Pros offers over the five départements, one expired, and the
demo actors and fiches métiers tagged with their trades."""

from datetime import timedelta
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.formwidget.geolocation.geolocation import Geolocation
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.policy.setup import trades
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.event import notify
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent import ObjectModifiedEvent


# actor title -> the trades it practises
ACTOR_TRADES = {
    "Atelier du vitrail de Guérande": ["vitrailliste"],
    "Ateliers de restauration de Saumur": [
        "tailleur-de-pierre",
        "restaurateur-d-oeuvres-d-art",
    ],
    "Compagnons charpentiers de la Sarthe": ["charpentier", "couvreur-ardoisier"],
    "Chantier naval traditionnel de Noirmoutier": ["charpentier"],
    "Archives départementales de la Mayenne – service éducatif": ["archiviste"],
    "Musée du textile et de la mode": ["regisseur-de-collections"],
    "Jardins du château de Baugé": ["jardinier-du-patrimoine"],
    "Site gallo-romain de Jublains": ["archeologue", "mediateur-du-patrimoine"],
    "Lycée professionnel du bâtiment d'Ancenis": [
        "tailleur-de-pierre",
        "macon-du-bati-ancien",
    ],
}

# (title, structure, kind, detail, trades, level, commune, days to deadline,
#  duration, paid, position); a negative delay makes the expired offer.
OFFERS = (
    (
        "Apprenti(e) tailleur de pierre",
        "Ateliers de restauration de Saumur",
        "alternance",
        "apprentissage",
        ["tailleur-de-pierre"],
        "cap-bep",
        "Saumur",
        45,
        "2 ans",
        True,
        (47.26, -0.0769),
    ),
    (
        "Stage en atelier de vitrail",
        "Atelier du vitrail de Guérande",
        "stage",
        None,
        ["vitrailliste"],
        "bac",
        "Guérande",
        30,
        "2 mois",
        True,
        (47.3281, -2.4286),
    ),
    (
        "Compagnon charpentier en contrat de professionnalisation",
        "Compagnons charpentiers de la Sarthe",
        "alternance",
        "professionnalisation",
        ["charpentier"],
        "bac",
        "La Flèche",
        60,
        "1 an",
        True,
        (47.6997, -0.0761),
    ),
    (
        "Chantier-école de charpente navale",
        "Chantier naval traditionnel de Noirmoutier",
        "chantier",
        "ecole",
        ["charpentier"],
        "sans-diplome",
        "Noirmoutier-en-l'Île",
        20,
        "3 semaines",
        False,
        (47.0, -2.25),
    ),
    (
        "Service civique : faire découvrir les archives aux collégiens",
        "Archives départementales de la Mayenne – service éducatif",
        "service-civique",
        None,
        ["archiviste", "mediateur-du-patrimoine"],
        "bac",
        "Laval",
        40,
        "8 mois",
        True,
        (48.0706, -0.7734),
    ),
    (
        "Stage de régie des collections textiles",
        "Musée du textile et de la mode",
        "stage",
        None,
        ["regisseur-de-collections"],
        "bac-5",
        "Cholet",
        25,
        "6 mois",
        True,
        (47.06, -0.879),
    ),
    (
        "Jardinier(ère) du patrimoine – job d'été",
        "Jardins du château de Baugé",
        "job-ete",
        None,
        ["jardinier-du-patrimoine"],
        "sans-diplome",
        "Baugé-en-Anjou",
        50,
        "2 mois",
        True,
        (47.5411, -0.1039),
    ),
    (
        "Chantier bénévole de fouilles à Jublains",
        "Site gallo-romain de Jublains",
        "chantier",
        "benevole",
        ["technicien-de-fouilles", "archeologue"],
        "sans-diplome",
        "Jublains",
        35,
        "2 semaines",
        False,
        (48.2536, -0.4969),
    ),
    (
        "Médiateur(rice) du patrimoine",
        "Le Mans – Ville d'art et d'histoire",
        "emploi",
        None,
        ["mediateur-du-patrimoine", "guide-conferencier"],
        "bac-2-3",
        "Le Mans",
        28,
        "CDD de 12 mois",
        True,
        (48.0061, 0.1996),
    ),
    (
        "Stage de restauration de sculptures",
        "Musée de l'abbaye Sainte-Croix",
        "stage",
        None,
        ["restaurateur-d-oeuvres-d-art"],
        "bac-5",
        "Les Sables-d'Olonne",
        55,
        "4 mois",
        True,
        (46.4967, -1.7833),
    ),
    (
        "Maçon(ne) du bâti ancien en apprentissage",
        "Lycée professionnel du bâtiment d'Ancenis",
        "alternance",
        "apprentissage",
        ["macon-du-bati-ancien"],
        "cap-bep",
        "Ancenis-Saint-Géréon",
        70,
        "2 ans",
        True,
        (47.3656, -1.177),
    ),
    (
        "Guide de l'été au château de Mayenne",
        "Les Veilleurs du château de Mayenne",
        "job-ete",
        None,
        ["guide-conferencier"],
        "bac",
        "Mayenne",
        -10,
        "2 mois",
        True,
        (48.3031, -0.6136),
    ),
)

TEXT = (
    "<p>{title} : une première expérience auprès de {structure}, au cœur du "
    "patrimoine des Pays de la Loire.</p>"
)


def tag_actors(actors) -> None:
    for title, trade_ids in ACTOR_TRADES.items():
        actor = actors.get(title)
        if actor is not None and not getattr(actor, "trades", None):
            actor.trades = trade_ids
            actor.reindexObject(idxs=["trades", "trade_families"])


def create_offer(folder, actor, spec):
    (title, _s, kind, detail, trade_ids, level, commune, days, duration, paid, pos) = (
        spec
    )
    offer = api.content.create(
        container=folder,
        type="Opportunity",
        title=title,
        description=f"{title}, à {commune}.",
        kind=kind,
        kind_detail=detail,
        trades=trade_ids,
        structure=RelationValue(getUtility(IIntIds).getId(actor)),
        level=level,
        department=actor.department,
        commune=commune,
        start=expiry.today() + timedelta(days=max(days, 0) + 30),
        duration=duration,
        paid=paid,
        text=RichTextValue(
            TEXT.format(title=title, structure=actor.title),
            "text/html",
            "text/x-html-safe",
        ),
        how_to_apply="Envoyez un CV et quelques lignes sur votre projet.",
        deadline=expiry.today() + timedelta(days=days),
        # .invalid: the demo never mails anybody (common/mail.py); it also
        # tells the demo's offers from real ones (``reopen``).
        contact_email=f"jeunes-pros@{offer_slug(actor)}.invalid",
    )
    offer.geolocation = Geolocation(*pos)
    offer.reindexObject()
    api.content.transition(obj=offer, to_state="published")
    if days < 0:
        api.content.transition(obj=offer, transition="expire")


def offer_slug(actor) -> str:
    return actor.getId()[:30]


def create(portal) -> None:
    trades.seed(portal)
    trades.tag_fiches(portal)
    actors = {
        brain.Title: brain.getObject()
        for brain in api.content.find(portal_type="Actor", unrestricted=True)
    }
    tag_actors(actors)
    folder = portal["jeunes-pros"]["offres"]
    existing = {o.title for o in folder.objectValues()}
    with api.env.adopt_roles(["Manager"]):
        for spec in OFFERS:
            actor = actors.get(spec[1])
            if spec[0] not in existing and actor is not None:
                create_offer(folder, actor, spec)


def is_demo(offer) -> bool:
    return (offer.contact_email or "").endswith(".invalid")


def reopen(portal, now=None) -> list[str]:
    """Give the demo offers whose deadline passed their delay again from today.

    The deadlines were counted from the day the site was made: ten weeks later
    the demo would list no open offer. ``make start`` runs this on an existing
    site (scripts/create_site.py); the expired offer of the demo stays expired,
    and an offer somebody sent back or retracted is left as it is.
    """
    specs = {spec[0]: spec for spec in OFFERS}
    today = expiry.today(now)
    reopened = []
    folder = portal["jeunes-pros"]["offres"]
    with api.env.adopt_roles(["Manager"]):
        for offer in folder.objectValues():
            spec = specs.get(offer.title)
            if spec is None or not is_demo(offer) or spec[7] < 0:
                continue
            if offer.deadline is not None and offer.deadline >= today:
                continue
            state = api.content.get_state(offer, default=None)
            if state not in ("published", "expired"):
                continue
            offer.deadline = today + timedelta(days=spec[7])
            offer.start = offer.deadline + timedelta(days=30)
            # The subscribers move Plone's expires with the deadline.
            notify(ObjectModifiedEvent(offer))
            if state == "expired":
                api.content.transition(obj=offer, transition="renew")
                api.content.transition(obj=offer, transition="publish")
            offer.reindexObject()
            reopened.append(offer.absolute_url(1))
    return reopened
