"""The ``actualites`` section's RSS: Plone's syndication turned on for it."""

from plone.base.interfaces.syndication import IFeedSettings


def enable_news_feed(portal) -> None:
    section = portal.get("actualites")
    if section is None:
        return
    settings = IFeedSettings(section)
    if not settings.enabled:
        settings.enabled = True
