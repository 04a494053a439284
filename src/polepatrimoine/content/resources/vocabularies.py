"""Vocabularies of the resources feature: ASCII tokens, French titles."""

from polepatrimoine.content.vocabularies import make_vocabulary
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory


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


@provider(IVocabularyFactory)
def resource_types(context=None):
    return make_vocabulary(RESOURCE_TYPES)


@provider(IVocabularyFactory)
def audiences(context=None):
    return make_vocabulary(AUDIENCES)
