"""Imported actors start published, as a coordinator's publish would (importer/publish.py)."""

from AccessControl import Unauthorized
from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_base
from plone import api
from polepatrimoine.content.actors.actor import IActor
from polepatrimoine.content.actors.importer.run import import_csv
from Products.CMFCore.indexing import processQueue
from tests.content.actors.importer.helpers import HEADER
from tests.content.actors.importer.helpers import import_actor
from tests.content.actors.importer.helpers import import_rows
from tests.content.actors.importer.helpers import imported
from tests.content.actors.importer.helpers import permission_map
from tests.content.actors.importer.helpers import subscribed
from tests.fixtures.actors import make_actor
from zope.lifecycleevent.interfaces import IObjectAddedEvent

import pytest
import transaction


class TestPublishedOnImport:
    def test_same_state_permissions_and_index_as_published_by_hand(
        self, portal, members
    ):
        actor = import_actor(
            portal, "Halle de Piriac;association;44;44420;Piriac-sur-Mer;47.38;-2.54"
        )
        by_hand = make_actor(portal, title="Halle publiée à la main")
        workflow = api.portal.get_tool("portal_workflow")[
            "polepatrimoine_actor_workflow"
        ]

        assert api.content.get_state(actor) == "published"
        assert permission_map(actor, workflow) == permission_map(by_hand, workflow)
        history = actor.workflow_history["polepatrimoine_actor_workflow"]
        assert [(h["action"], h["review_state"]) for h in history] == [
            (None, "pending"),
            ("publish", "published"),
        ]
        assert history[-1]["actor"] == members["claire"]
        assert history[-1]["comments"] == "Importé d'un fichier CSV."

        catalog = api.portal.get_tool("portal_catalog")
        processQueue()
        for obj in (actor, by_hand):
            record = catalog.getIndexDataForUID("/".join(obj.getPhysicalPath()))
            assert record["review_state"] == "published"
            assert "Anonymous" in record["allowedRolesAndUsers"]
        with api.env.adopt_roles(["Anonymous"]):
            assert [
                b.getObject() for b in api.content.find(Title="Halle de Piriac")
            ] == [actor]

    def test_workflow_tool_left_alone(self, portal, members):
        """The workflow tool is not written by an import (no conflict with another
        import or a change of workflows), and catalogs transitions afterwards."""
        wftool = api.portal.get_tool("portal_workflow")
        transaction.savepoint()
        assert not wftool._p_changed
        import_rows(
            portal,
            "claire@example.org",
            "Lavoir de Clisson;association;44;44190;Clisson;;",
        )
        assert not wftool._p_changed
        (actor,) = imported(portal, "Lavoir de Clisson")
        assert actor._v_workflow_started is False
        with api.env.adopt_roles(["Manager"]):
            api.content.transition(obj=actor, transition="retract")
        catalog = api.portal.get_tool("portal_catalog")
        processQueue()
        record = catalog.getIndexDataForUID("/".join(actor.getPhysicalPath()))
        assert record["review_state"] == "pending"

    def test_published_permissions_when_added(self, portal, members):
        """Subscribers of the added event (a content rule, an add-on indexing and
        searching) see the actor with its published permissions already."""
        seen = []

        def on_add(obj, event):
            seen.append(rolesForPermissionOn("View", obj))

        # Actors then do not get their View from the directory.
        portal["acteurs"].manage_permission(
            "View", ["Manager", "Site Administrator", "Editor"], acquire=False
        )
        with subscribed(on_add, IActor, IObjectAddedEvent):
            import_rows(
                portal,
                "claire@example.org",
                "Tour de Pirmil;institution;44;44200;Nantes;;",
            )
        assert len(seen) == 1
        assert "Anonymous" in seen[0]
        processQueue()
        with api.env.adopt_roles(["Anonymous"]):
            assert [b.Title for b in api.content.find(Title="Tour de Pirmil")] == [
                "Tour de Pirmil"
            ]

    def test_importing_needs_the_right_to_publish(self, portal, members):
        """Whoever is given the import but may not publish gets Unauthorized and
        nothing is written."""
        directory = portal["acteurs"]
        directory.manage_permission(
            "polepatrimoine: Import actors", ["Manager", "Contributor"], acquire=True
        )
        directory.manage_setLocalRoles(members["alice"], ["Contributor"])
        data = f"{HEADER}\r\nMoulin de Vue;association;44;44640;Vue;;\r\n"
        with (
            api.env.adopt_user(username="alice@example.org"),
            pytest.raises(Unauthorized),
        ):
            import_csv(data.encode("utf-8"), directory)
        transaction.savepoint()
        assert imported(portal, "Moulin de Vue") == []
        assert "_v_provided" not in vars(aq_base(directory))

    def test_a_workflow_without_publish_is_followed_as_it_is(self, portal, members):
        """Actors under a workflow with no ``publish`` (here Plone's one-state
        workflow) are added as usual."""
        wftool = api.portal.get_tool("portal_workflow")
        wftool.setChainForPortalTypes(["Actor"], ["one_state_workflow"])
        actor = import_actor(portal, "Grange de Sion;association;44;44590;Sion;;")
        history = actor.workflow_history["one_state_workflow"]
        assert [h["review_state"] for h in history] == ["published"]
        assert "polepatrimoine_actor_workflow" not in actor.workflow_history
