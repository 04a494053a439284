"""Vocabularies of the resources feature: ASCII tokens, French titles."""

from polepatrimoine.content.vocabularies import vocabulary_factory


RESOURCE_TYPES = (
    ("article", "Article"),
    ("video", "Vidéo"),
    ("replay", "Replay"),
    ("guide", "Guide ou fiche pratique"),
    ("fiche-metier", "Fiche métier"),
    ("outil", "Outil méthodologique"),
)

AUDIENCES = (
    ("jeunes", "Jeunes en formation"),
    ("professionnels", "Professionnels"),
    ("collectivites", "Collectivités"),
    ("tout-public", "Tout public"),
)


resource_types = vocabulary_factory(RESOURCE_TYPES)
audiences = vocabulary_factory(AUDIENCES)
