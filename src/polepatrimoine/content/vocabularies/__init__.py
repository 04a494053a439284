"""Named vocabularies of the suite: ``polepatrimoine.vocabularies.<Name>``.

Terms have stable ASCII tokens (stored and used in URLs and CSV) and French
titles. The term lists are module constants so that indexers, importers and
tests can use them without a site.
"""

from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


DEPARTMENTS = (
    ("44", "Loire-Atlantique"),
    ("49", "Maine-et-Loire"),
    ("53", "Mayenne"),
    ("72", "Sarthe"),
    ("85", "Vendée"),
)

ACTOR_CATEGORIES = (
    ("association", "Association"),
    ("organisation-professionnelle", "Organisation professionnelle"),
    ("entreprise", "Entreprise du patrimoine"),
    ("enseignement", "Établissement d'enseignement ou de formation"),
    ("collectivite", "Collectivité territoriale"),
    ("institution", "Institution publique"),
)

HERITAGE_DOMAINS = (
    ("bati", "Bâti et architectural"),
    ("mobilier", "Mobilier et objets d'art"),
    ("industriel", "Industriel et technique"),
    ("immateriel", "Culturel immatériel"),
    ("archeologique", "Archéologique"),
    ("naturel", "Naturel et paysager"),
    ("maritime", "Maritime et fluvial"),
    ("archives", "Archives et documentation"),
    ("musees", "Musées et collections"),
    ("savoir-faire", "Savoir-faire et métiers d'art"),
)

LABELS = (
    ("petites-cites-de-caractere", "Petites Cités de Caractère"),
    ("plus-beaux-villages", "Les Plus Beaux Villages de France"),
    ("musee-de-france", "Musée de France"),
    ("monument-historique", "Monument historique"),
    ("entreprise-patrimoine-vivant", "Entreprise du Patrimoine Vivant"),
    ("maisons-des-illustres", "Maisons des Illustres"),
    ("ville-pays-art-histoire", "Ville ou Pays d'art et d'histoire"),
    ("jardin-remarquable", "Jardin remarquable"),
    (
        "architecture-contemporaine-remarquable",
        "Architecture contemporaine remarquable",
    ),
    ("qualibat-patrimoine", "Qualibat patrimoine"),
)

# The families of heritage trades (issue 17): fixed in code, the trades
# themselves are kept by coordinators in the site (``jeunes-pros/metiers``).
TRADE_FAMILIES = (
    ("bati-restauration", "Bâti et restauration"),
    ("metiers-art", "Métiers d'art"),
    ("conservation-collections", "Conservation et restauration des collections"),
    ("archives-documentation", "Archives et documentation"),
    ("mediation-valorisation", "Médiation et valorisation"),
    ("archeologie", "Archéologie"),
    ("paysage-jardins", "Paysage et jardins"),
    ("autre", "Autres métiers"),
)

OPPORTUNITY_KINDS = (
    ("stage", "Stage"),
    ("alternance", "Alternance"),
    ("emploi", "Emploi"),
    ("service-civique", "Service civique"),
    ("chantier", "Chantier"),
    ("job-ete", "Job d'été"),
)

# The detail a kind may take: alternance and chantier only.
KIND_DETAILS = (
    ("apprentissage", "Apprentissage"),
    ("professionnalisation", "Contrat de professionnalisation"),
    ("benevole", "Chantier bénévole"),
    ("ecole", "Chantier-école"),
)
KIND_DETAILS_OF = {
    "alternance": ("apprentissage", "professionnalisation"),
    "chantier": ("benevole", "ecole"),
}

OPPORTUNITY_LEVELS = (
    ("sans-diplome", "Sans diplôme"),
    ("cap-bep", "CAP, BEP"),
    ("bac", "Bac"),
    ("bac-2-3", "Bac +2, +3"),
    ("bac-5", "Bac +5 et plus"),
)


def make_vocabulary(items) -> SimpleVocabulary:
    return SimpleVocabulary(
        [SimpleTerm(value=token, token=token, title=title) for token, title in items]
    )


def vocabulary_factory(items):
    """A vocabulary factory (a named utility) of ``(token, French title)`` pairs."""

    @provider(IVocabularyFactory)
    def factory(context=None) -> SimpleVocabulary:
        return make_vocabulary(items)

    return factory


def title_of(items, token: str) -> str:
    """The French title of a token, or the token itself when unknown."""
    return dict(items).get(token, token)


@provider(IVocabularyFactory)
def departments(context=None) -> SimpleVocabulary:
    return make_vocabulary((code, f"{code} – {name}") for code, name in DEPARTMENTS)


actor_categories = vocabulary_factory(ACTOR_CATEGORIES)
heritage_domains = vocabulary_factory(HERITAGE_DOMAINS)
labels = vocabulary_factory(LABELS)
trade_families = vocabulary_factory(TRADE_FAMILIES)
opportunity_kinds = vocabulary_factory(OPPORTUNITY_KINDS)
kind_details = vocabulary_factory(KIND_DETAILS)
opportunity_levels = vocabulary_factory(OPPORTUNITY_LEVELS)
