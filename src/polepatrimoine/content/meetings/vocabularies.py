"""Vocabularies of the meetings feature: ASCII tokens, French titles."""

from polepatrimoine.content.vocabularies import make_vocabulary
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory


MEETING_FORMATS = (
    ("connexions", "Journée ConneXionS"),
    ("rencontre", "Rencontre"),
    ("atelier", "Atelier"),
    ("visite", "Visite"),
    ("webinaire", "Webinaire"),
    ("assemblee-generale", "Assemblée générale"),
    ("autre", "Autre"),
)


@provider(IVocabularyFactory)
def meeting_formats(context=None):
    return make_vocabulary(MEETING_FORMATS)
