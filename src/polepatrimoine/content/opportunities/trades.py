"""Trades (métiers): the Trade type, its catalog vocabulary and the trades behavior."""

from plone import api
from plone.autoform import directives
from plone.autoform.interfaces import IFormFieldProvider
from plone.dexterity.content import Item
from plone.supermodel import model
from polepatrimoine.content import _
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary


class ITrade(model.Schema):
    """A heritage trade, kept by coordinators in ``jeunes-pros/metiers``."""

    family = schema.Choice(
        title=_("Family of trades"),
        vocabulary="polepatrimoine.vocabularies.TradeFamilies",
        required=True,
    )


@implementer(ITrade)
class Trade(Item):
    """A heritage trade."""


def trade_brains():
    """Every trade of the site, by title (trades are public: no filter on the user)."""
    catalog = api.portal.get_tool("portal_catalog")
    return catalog.unrestrictedSearchResults(
        portal_type="Trade", sort_on="sortable_title"
    )


@provider(IVocabularyFactory)
def trades_vocabulary(context=None) -> SimpleVocabulary:
    """The trades of the site: token = the Trade's id, title = its French title."""
    return SimpleVocabulary(
        [
            SimpleTerm(value=brain.getId, token=brain.getId, title=brain.Title)
            for brain in trade_brains()
        ]
    )


def families_of(trade_ids) -> list[str]:
    """The families of the trades trade_ids, each once, in the trades' order."""
    if not trade_ids:
        return []
    catalog = api.portal.get_tool("portal_catalog")
    # The catalog's own search, not the tool's: this runs inside the indexing
    # of an offer, and the tool's would first process the indexing queue, which
    # indexes the same offer again under a second record (counted twice).
    by_id = {
        brain.getId: (brain.trade_families or [None])[0]
        for brain in catalog._catalog.searchResults(
            {"portal_type": "Trade", "getId": list(trade_ids)}
        )
    }
    families = []
    for trade_id in trade_ids:
        family = by_id.get(trade_id)
        if family and family not in families:
            families.append(family)
    return families


@provider(IFormFieldProvider)
class ITrades(model.Schema):
    """Behavior ``polepatrimoine.trades``: the trades an item is about."""

    directives.widget("trades", CheckBoxFieldWidget)
    trades = schema.List(
        title=_("Trades"),
        value_type=schema.Choice(vocabulary="polepatrimoine.vocabularies.Trades"),
        required=False,
        default=[],
        missing_value=[],
    )
