"""The scopes of a news item: the network, the region, the country."""

from polepatrimoine.content.vocabularies import vocabulary_factory


NEWS_SCOPES = (
    ("reseau", "Le réseau et ses membres"),
    ("regional", "Régional"),
    ("national", "National"),
)

news_scopes = vocabulary_factory(NEWS_SCOPES)
