"""The trades seeded in ``jeunes-pros/metiers``: coordinators keep them afterwards."""

from plone import api
from plone.dexterity.utils import createContentInContainer
from polepatrimoine.policy import logger


# (id, French title, family): ids are the tokens stored on offers, actors, resources.
TRADES = (
    ("tailleur-de-pierre", "Tailleur de pierre", "bati-restauration"),
    ("macon-du-bati-ancien", "Maçon du bâti ancien", "bati-restauration"),
    ("charpentier", "Charpentier", "bati-restauration"),
    ("couvreur-ardoisier", "Couvreur ardoisier", "bati-restauration"),
    ("menuisier-du-patrimoine", "Menuisier du patrimoine", "bati-restauration"),
    ("enduiseur-a-la-chaux", "Enduiseur à la chaux", "bati-restauration"),
    ("architecte-du-patrimoine", "Architecte du patrimoine", "bati-restauration"),
    ("vitrailliste", "Vitrailliste", "metiers-art"),
    ("ferronnier-d-art", "Ferronnier d'art", "metiers-art"),
    ("ebeniste", "Ébéniste", "metiers-art"),
    ("doreur-ornemaniste", "Doreur ornemaniste", "metiers-art"),
    ("tapissier-d-ameublement", "Tapissier d'ameublement", "metiers-art"),
    ("facteur-d-orgues", "Facteur d'orgues", "metiers-art"),
    (
        "restaurateur-d-oeuvres-d-art",
        "Restaurateur d'œuvres d'art",
        "conservation-collections",
    ),
    (
        "regisseur-de-collections",
        "Régisseur de collections",
        "conservation-collections",
    ),
    (
        "conservateur-du-patrimoine",
        "Conservateur du patrimoine",
        "conservation-collections",
    ),
    ("attache-de-conservation", "Attaché de conservation", "conservation-collections"),
    ("archiviste", "Archiviste", "archives-documentation"),
    ("documentaliste", "Documentaliste", "archives-documentation"),
    (
        "restaurateur-de-livres",
        "Restaurateur de livres et d'archives",
        "archives-documentation",
    ),
    ("mediateur-du-patrimoine", "Médiateur du patrimoine", "mediation-valorisation"),
    ("guide-conferencier", "Guide-conférencier", "mediation-valorisation"),
    (
        "animateur-de-l-architecture",
        "Animateur de l'architecture et du patrimoine",
        "mediation-valorisation",
    ),
    ("chef-de-projet-culturel", "Chef de projet culturel", "mediation-valorisation"),
    ("archeologue", "Archéologue", "archeologie"),
    ("technicien-de-fouilles", "Technicien de fouilles", "archeologie"),
    ("ceramologue", "Céramologue", "archeologie"),
    ("jardinier-du-patrimoine", "Jardinier du patrimoine", "paysage-jardins"),
    ("paysagiste", "Paysagiste", "paysage-jardins"),
    ("arboriste-grimpeur", "Arboriste grimpeur", "paysage-jardins"),
    ("charge-de-l-inventaire", "Chargé de l'inventaire du patrimoine", "autre"),
)


def seed_trades(folder) -> None:
    """Create the trades missing from folder; existing ones are the coordinators'."""
    for trade_id, title, family in TRADES:
        if trade_id in folder:
            continue
        createContentInContainer(
            folder,
            "Trade",
            checkConstraints=False,
            id=trade_id,
            title=title,
            family=family,
        )
    logger.info("Trades in %s: %d", folder.absolute_url(1), len(folder.objectIds()))


def seed(portal) -> None:
    folder = portal.get("jeunes-pros", {}).get("metiers")
    if folder is not None:
        with api.env.adopt_roles(["Manager"]):
            seed_trades(folder)


# The fiches métiers of the site that name their trade (demo and first content).
FICHES = {
    "fiche-metier-tailleur-de-pierre": "tailleur-de-pierre",
    "fiche-metier-regisseur-de-collections": "regisseur-de-collections",
}


def tag_fiches(portal) -> None:
    """Tag each known fiche métier with its trade, unless it has trades already."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Resource", getId=list(FICHES)
    ):
        resource = brain._unrestrictedGetObject()
        if not getattr(resource, "trades", None):
            resource.trades = [FICHES[brain.getId]]
            resource.reindexObject(idxs=["trades", "trade_families"])
