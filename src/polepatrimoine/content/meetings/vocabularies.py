"""Vocabularies of the meetings feature: ASCII tokens, French titles."""

from polepatrimoine.content.vocabularies import vocabulary_factory


MEETING_FORMATS = (
    ("connexions", "Journée ConneXionS"),
    ("rencontre", "Rencontre"),
    ("atelier", "Atelier"),
    ("visite", "Visite"),
    ("webinaire", "Webinaire"),
    ("assemblee-generale", "Assemblée générale"),
    ("autre", "Autre"),
)


meeting_formats = vocabulary_factory(MEETING_FORMATS)
