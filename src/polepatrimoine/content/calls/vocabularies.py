"""Vocabularies of the calls for applications (stable ASCII tokens, French titles)."""

from polepatrimoine.content.vocabularies import vocabulary_factory


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


programmes = vocabulary_factory(PROGRAMMES)
legal_statuses = vocabulary_factory(LEGAL_STATUSES)
application_documents = vocabulary_factory(DOCUMENTS)
