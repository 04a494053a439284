"""Vocabularies of the calls for applications (stable ASCII tokens, French titles)."""

from polepatrimoine.content.vocabularies import make_vocabulary
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleVocabulary


PROGRAMMES = (
    ("trajet", "TRAJET"),
    ("culturdiag", "Culturdiag"),
    ("autre", "Autre dispositif"),
)

LEGAL_STATUSES = (
    ("association", "Association"),
    ("scop-scic", "SCOP / SCIC"),
    ("sarl-sas", "SARL / SAS"),
    ("regie-collectivite", "Régie ou collectivité"),
    ("entreprise-individuelle", "Entreprise individuelle"),
    ("autre", "Autre"),
)

# Documents a call may require; each has its file field on the application.
DOCUMENTS = (
    ("presentation", "Présentation du projet"),
    ("budget", "Budget prévisionnel"),
    ("statutes", "Statuts de la structure"),
    ("accounts", "Derniers comptes annuels"),
    ("other", "Autre pièce"),
)

# Review criteria, each scored from 0 to 5 by the jury.
CRITERIA = (
    ("relevance", "Pertinence du projet"),
    ("fit", "Adéquation au dispositif"),
    ("capacity", "Capacité de la structure"),
)


@provider(IVocabularyFactory)
def programmes(context=None) -> SimpleVocabulary:
    return make_vocabulary(PROGRAMMES)


@provider(IVocabularyFactory)
def legal_statuses(context=None) -> SimpleVocabulary:
    return make_vocabulary(LEGAL_STATUSES)


@provider(IVocabularyFactory)
def application_documents(context=None) -> SimpleVocabulary:
    return make_vocabulary(DOCUMENTS)
