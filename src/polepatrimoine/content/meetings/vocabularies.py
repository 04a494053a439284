"""Vocabularies of the meetings feature: ASCII tokens, French titles."""

from polepatrimoine.content.vocabularies import vocabulary_factory


MEETING_FORMATS = (
    ("connexions", "Journée ConneXionS"),
    ("rencontre", "Rencontre"),
    ("atelier", "Atelier"),
    ("visite", "Visite"),
    ("webinaire", "Webinaire"),
    ("assemblee-generale", "Assemblée générale"),
    # Territorial cooperation: a local authority (the organiser) consults the actors.
    ("concertation", "Atelier de concertation"),
    ("autre", "Autre"),
)


meeting_formats = vocabulary_factory(MEETING_FORMATS)
