"""The ``polepatrimoine.newswatch`` behavior: scope, topics, source, related actors."""

from plone.app.vocabularies.catalog import CatalogSource
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.supermodel import model
from polepatrimoine.content import _
from polepatrimoine.content.common.validators import check_no_nul
from polepatrimoine.content.common.validators import check_web_url
from polepatrimoine.content.common.validators import constraint
from z3c.relationfield.schema import RelationChoice
from z3c.relationfield.schema import RelationList
from zope import schema
from zope.interface import provider


@provider(IFormFieldProvider)
class INewsWatch(model.Schema):
    """What the news watch knows of an item: where it matters, on what, from whom."""

    model.fieldset(
        "newswatch",
        label=_("News watch"),
        fields=["news_scope", "topics", "source_url", "source_name", "related_actors"],
    )

    news_scope = schema.Choice(
        title=_("Scope"),
        description=_("News of the network and its members, regional or national."),
        vocabulary="polepatrimoine.vocabularies.NewsScopes",
        default="reseau",
        required=True,
    )

    topics = schema.List(
        title=_("Heritage domains"),
        value_type=schema.Choice(
            vocabulary="polepatrimoine.vocabularies.HeritageDomains"
        ),
        default=[],
        required=False,
    )

    source_url = schema.URI(
        title=_("Source link"),
        description=_("For relayed news: the address of the original article."),
        required=False,
        constraint=constraint(check_web_url),
    )

    source_name = schema.TextLine(
        title=_("Source name"),
        description=_("For relayed news: who published it first."),
        max_length=200,
        required=False,
        constraint=constraint(check_no_nul),
    )

    related_actors = RelationList(
        title=_("Related actors"),
        description=_("The actors of the directory this news mentions."),
        value_type=RelationChoice(
            title=_("Actor"), source=CatalogSource(portal_type="Actor")
        ),
        default=[],
        required=False,
    )
    directives.widget(
        "related_actors",
        pattern_options={"selectableTypes": ["Actor"]},
    )
