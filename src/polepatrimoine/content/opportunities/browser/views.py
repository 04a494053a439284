"""The page of an offer and the page of a trade."""

from plone import api
from plone.dexterity.browser.view import DefaultView
from polepatrimoine.content.common.dates import french_date
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.trades import trade_brains
from polepatrimoine.content.vocabularies import DEPARTMENTS
from polepatrimoine.content.vocabularies import KIND_DETAILS
from polepatrimoine.content.vocabularies import OPPORTUNITY_KINDS
from polepatrimoine.content.vocabularies import OPPORTUNITY_LEVELS
from polepatrimoine.content.vocabularies import TRADE_FAMILIES


VIEW_CONTACT_TITLE = "polepatrimoine: View opportunity contact"


def trade_titles(trade_ids) -> list[dict]:
    by_id = {brain.getId: brain for brain in trade_brains()}
    return [
        {"title": by_id[t].Title, "url": by_id[t].getURL()}
        for t in trade_ids or []
        if t in by_id
    ]


class OpportunityView(DefaultView):
    def is_open(self) -> bool:
        return expiry.is_open(self.context)

    def is_past(self) -> bool:
        return expiry.is_past(self.context)

    def kind(self) -> str:
        title = dict(OPPORTUNITY_KINDS).get(self.context.kind, "")
        detail = dict(KIND_DETAILS).get(self.context.kind_detail)
        return f"{title} ({detail})" if detail else title

    def level(self) -> str:
        return dict(OPPORTUNITY_LEVELS).get(self.context.level, "")

    def department(self) -> str:
        code = self.context.department
        return f"{code} – {dict(DEPARTMENTS).get(code, '')}" if code else ""

    def trades(self) -> list[dict]:
        return trade_titles(getattr(self.context, "trades", None))

    def structure(self) -> dict | None:
        relation = self.context.structure
        actor = relation.to_object if relation is not None else None
        if actor is None or not api.user.has_permission("View", obj=actor):
            return None
        return {"title": actor.Title(), "url": actor.absolute_url()}

    def date(self, value) -> str:
        return french_date(value) if value else ""

    def contact_email(self) -> str | None:
        # Never in clear to anonymous visitors: they apply through the form.
        if not api.user.has_permission(VIEW_CONTACT_TITLE, obj=self.context):
            return None
        return self.context.contact_email


class TradeView(DefaultView):
    """A trade: its fiches métiers, its open offers, the actors that practise it."""

    def family(self) -> str:
        return dict(TRADE_FAMILIES).get(self.context.family, "")

    def _find(self, **query):
        return api.content.find(sort_on="sortable_title", **query)

    def fiches(self):
        return self._find(
            portal_type="Resource",
            resource_type="fiche-metier",
            trades=self.context.getId(),
        )

    def offers(self):
        query = expiry.open_query()
        query.update(trades=self.context.getId(), sort_on="opportunity_deadline")
        return api.content.find(**query)

    def actors(self):
        return self._find(
            portal_type="Actor", review_state="published", trades=self.context.getId()
        )

    def kind_title(self, brain) -> str:
        return dict(OPPORTUNITY_KINDS).get(brain.opportunity_kind, "")

    def deadline(self, brain) -> str:
        value = brain.opportunity_deadline
        return french_date(value) if hasattr(value, "strftime") else ""
