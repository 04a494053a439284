"""Upgrade 1009 → 1010 of the content profile: the observatory's member_since index
and registrations_count column (filled on existing actors and events), the
open-data licence records."""

from plone import api
from polepatrimoine.content.meetings.registrations import get_registrations
from tests.content.meetings.helpers import make_event
from tests.fixtures.actors import make_actor

import transaction


PROFILE = "polepatrimoine.content:default"


def test_upgrade_indexes_existing_content(functional):
    portal = functional["portal"]
    setup_tool = api.portal.get_tool("portal_setup")
    catalog = api.portal.get_tool("portal_catalog")
    registry = api.portal.get_tool("portal_registry")
    actor = make_actor(
        portal, title="Adhérent ancien", is_member=True, member_since=2019
    )
    event = make_event(portal["agenda"], "rencontre-ancienne", commit=False)
    get_registrations(event, create=True).add("Zoé", "zoe@example.org", "", None, 20)
    # The site as it was: no index, no column, no licence records.
    catalog.delIndex("member_since")
    catalog.delColumn("registrations_count")
    for name in ("licence_title", "licence_url"):
        del registry.records[f"polepatrimoine.opendata.{name}"]
    setup_tool.setLastVersionForProfile(PROFILE, "1009")
    transaction.commit()

    setup_tool.upgradeProfile(PROFILE)

    assert setup_tool.getLastVersionForProfile(PROFILE) == (
        setup_tool.getVersionForProfile(PROFILE),
    )
    (brain,) = catalog.unrestrictedSearchResults(UID=actor.UID(), member_since=2019)
    (brain,) = catalog.unrestrictedSearchResults(UID=event.UID())
    assert brain.registrations_count == 1
    assert api.portal.get_registry_record("polepatrimoine.opendata.licence_url") == (
        "https://www.etalab.gouv.fr/licence-ouverte-open-licence"
    )
