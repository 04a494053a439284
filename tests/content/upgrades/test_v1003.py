"""Upgrade 1002 → 1003 of the content profile: the news watch and the social settings."""

from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from polepatrimoine.content.news.behavior import INewsWatch
from polepatrimoine.content.sharing.settings import ISocialSettings
from zope.component import getUtility


PROFILE = "polepatrimoine.content:default"
INDEXES = ("news_scope", "news_topics", "related_actors")
COLUMNS = (*INDEXES, "news_source_url", "news_source_name")


def test_upgrade_brings_the_news_watch_to_an_old_site(integration, setup_tool):
    portal = integration["portal"]
    catalog = api.portal.get_tool("portal_catalog")
    registry = api.portal.get_tool("portal_registry")
    controlpanel = api.portal.get_tool("portal_controlpanel")
    fti = getUtility(IDexterityFTI, name="News Item")
    # The site as 1002 left it: no behavior, indexes, columns, records, configlet.
    fti.behaviors = tuple(b for b in fti.behaviors if b != "polepatrimoine.newswatch")
    for name in INDEXES:
        catalog.delIndex(name)
    for name in COLUMNS:
        catalog.delColumn(name)
    for name in ISocialSettings.names():
        del registry.records[f"polepatrimoine.social.{name}"]
    controlpanel.unregisterConfiglet("social-settings")
    with api.env.adopt_roles(["Manager"]):
        old = api.content.create(
            container=portal["actualites"],
            type="News Item",
            id="ancienne",
            title="Ancienne",
        )
    assert not INewsWatch.providedBy(old)
    setup_tool.setLastVersionForProfile(PROFILE, "1002")

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    assert "polepatrimoine.newswatch" in fti.behaviors
    assert set(INDEXES) <= set(catalog.indexes())
    assert set(COLUMNS) <= set(catalog.schema())
    (brain,) = api.content.find(
        object_provides=INewsWatch.__identifier__, news_scope="reseau", id="ancienne"
    )
    assert brain.news_scope == "reseau"
    assert api.portal.get_registry_record("polepatrimoine.social.linkedin_url") is None
    ids = [action.getId() for action in controlpanel.listActions()]
    assert "social-settings" in ids
