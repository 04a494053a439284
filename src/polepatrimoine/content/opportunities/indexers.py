"""What the catalog holds of offers, trades and what is tagged with trades."""

from plone.indexer import indexer
from polepatrimoine.content.common.public import public_target
from polepatrimoine.content.common.public import public_title
from polepatrimoine.content.opportunities.opportunity import IOpportunity
from polepatrimoine.content.opportunities.trades import ITrade
from polepatrimoine.content.opportunities.trades import ITrades
from polepatrimoine.content.opportunities.trades import families_of

import re


@indexer(ITrades)
def trades(obj):
    return list(getattr(obj, "trades", None) or [])


@indexer(ITrades)
def trade_families(obj):
    return families_of(getattr(obj, "trades", None) or [])


@indexer(ITrade)
def trade_family_of_trade(obj):
    return [obj.family] if obj.family else []


@indexer(IOpportunity)
def opportunity_kind(obj):
    return obj.kind


@indexer(IOpportunity)
def kind_detail(obj):
    return obj.kind_detail


@indexer(IOpportunity)
def opportunity_level(obj):
    return obj.level


@indexer(IOpportunity)
def opportunity_deadline(obj):
    # A date: the day, in Paris, until the end of which the offer is open.
    if obj.deadline is None:
        raise AttributeError("opportunity_deadline")
    return obj.deadline


@indexer(IOpportunity)
def department(obj):
    return obj.department


@indexer(IOpportunity)
def commune(obj):
    return obj.commune


@indexer(IOpportunity)
def paid(obj):
    return bool(obj.paid)


def public_structure(obj):
    """The offering actor when anonymous visitors may see it, else None."""
    return public_target(obj.structure)


@indexer(IOpportunity)
def structure_title(obj):
    # Listings, the map, feeds and search show it to whoever sees the offer
    # (subscribers.structure_changed reindexes its offers on publication).
    return public_title(obj.structure)


@indexer(IOpportunity)
def searchable_text(obj):
    # Never the contact address: a search must not confirm one to a visitor.
    text = obj.text.output if obj.text is not None else ""
    words = (
        obj.title,
        obj.description,
        obj.commune,
        public_title(obj.structure),
        html_to_text(text),
        obj.how_to_apply,
    )
    return " ".join(w for w in words if w)


def html_to_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html or "")
