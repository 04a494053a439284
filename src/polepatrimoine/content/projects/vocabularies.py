"""Vocabularies of projects: kinds and statuses (ASCII tokens, French titles)."""

from polepatrimoine.content.vocabularies import vocabulary_factory


PROJECT_KINDS = (
    ("projet-territoire", "Projet de territoire"),
    ("experimentation", "Expérimentation"),
    ("valorisation", "Valorisation"),
    ("chantier", "Chantier"),
    ("etude", "Étude"),
    ("autre", "Autre"),
)

PROJECT_STATUSES = (
    ("en-projet", "En projet"),
    ("en-cours", "En cours"),
    ("termine", "Terminé"),
)


project_kinds = vocabulary_factory(PROJECT_KINDS)
project_statuses = vocabulary_factory(PROJECT_STATUSES)
