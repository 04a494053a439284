"""1001 → 1002: the ``actualites`` section shows the news watch (``@@news``) and its RSS."""

from plone import api
from polepatrimoine.policy.setup import news_feed
from polepatrimoine.policy.setup import section_layouts


def news_section(setup_tool) -> None:
    portal = api.portal.get()
    section_layouts.set_section_views(portal)
    news_feed.enable_news_feed(portal)
