"""What makes a large import fast must not change what an actor is.

An imported actor is published as a coordinator's publish would leave it; the
catalog holds of an actor exactly what Plone's own indexing would hold; the
import names actors after their titles without taking a name Plone reserves.
"""

from AccessControl import Unauthorized
from AccessControl.Permission import Permission
from AccessControl.PermissionRole import rolesForPermissionOn
from Acquisition import aq_base
from contextlib import contextmanager
from plone import api
from plone.app.contenttypes.behaviors.richtext import IRichText
from plone.app.linkintegrity.utils import getIncomingLinks
from plone.app.relationfield.behavior import IRelatedItems
from plone.app.relationfield.interfaces import IDexterityHasRelations
from plone.app.textfield.value import RichTextValue
from plone.indexer.interfaces import IIndexableObject
from plone.indexer.wrapper import IndexableObjectWrapper
from plone.namedfile.file import NamedBlobImage
from polepatrimoine.content.actors.actor import IActor
from polepatrimoine.content.actors.importer.run import import_csv
from polepatrimoine.content.actors.indexers import ActorIndexableWrapper
from Products.CMFCore import CatalogTool
from Products.CMFCore.indexing import processQueue
from Products.CMFPlone.CatalogTool import object_provides
from tests.fixtures.actors import make_actor
from z3c.relationfield.interfaces import IHasIncomingRelations
from z3c.relationfield.interfaces import IHasOutgoingRelations
from z3c.relationfield.interfaces import IHasRelations
from zope.component import getGlobalSiteManager
from zope.component import getUtility
from zope.component import queryMultiAdapter
from zope.interface import Interface
from zope.interface import alsoProvides
from zope.interface import providedBy
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent.interfaces import IObjectAddedEvent

import base64
import pytest
import transaction


HEADER = "title;actor_category;department;zip_code;city;latitude;longitude"
# A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGA"
    "hKmMIQAAAABJRU5ErkJggg=="
)
MISSING = object()


@contextmanager
def subscribed(handler, *required):
    """``handler`` subscribed to ``required`` for the time of the block."""
    gsm = getGlobalSiteManager()
    gsm.registerHandler(handler, required)
    try:
        yield
    finally:
        gsm.unregisterHandler(handler, required)


def import_rows(portal, login, *rows):
    data = "\r\n".join((HEADER, *rows)) + "\r\n"
    with api.env.adopt_user(username=login):
        result = import_csv(data.encode("utf-8"), portal["acteurs"])
    assert result.errors == []
    return result


def imported(portal, title):
    brains = api.content.find(portal_type="Actor", Title=title, unrestricted=True)
    return [b._unrestrictedGetObject() for b in brains if b.Title == title]


def import_actor(portal, row):
    """The actor a coordinator's import of one row creates (titled as the row)."""
    import_rows(portal, "claire@example.org", row)
    (actor,) = imported(portal, row.split(";", 1)[0])
    return actor


def permission_map(obj, workflow):
    return {
        permission: sorted(Permission(permission, (), obj).getRoles(default=[]))
        for permission in workflow.permissions
    }


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


class IMarked(Interface):
    """A marker an add-on gives actors when they are added."""


class TestInterfacesWhileAdded:
    """An import computes once what its actors provide while they are added,
    leaving out outgoing relations when their fields can hold none: the same
    interfaces, in the same order, for every subscriber."""

    @pytest.fixture
    def seen(self):
        """What each actor provided while added, and whether its directory's
        interfaces were computed once for the import."""
        seen = []

        def on_add(obj, event):
            directory = aq_base(event.newParent)
            seen.append(
                (
                    providedBy(obj),
                    vars(directory).get("_v_provided") is providedBy(directory),
                )
            )

        with subscribed(on_add, IActor, IObjectAddedEvent):
            yield seen

    def test_all_but_outgoing_relations_then_all(self, portal, members, seen):
        import_rows(
            portal,
            "claire@example.org",
            "Chapelle de Bethléem;association;44;44400;Rezé;;",
            "Moulin de la Garenne;association;44;44000;Nantes;;",
        )
        added = imported(portal, "Chapelle de Bethléem") + imported(
            portal, "Moulin de la Garenne"
        )
        directory = portal["acteurs"]
        assert [pinned for spec, pinned in seen] == [True, True]
        assert "_v_provided" not in vars(aq_base(directory))
        left_out = (IDexterityHasRelations, IHasRelations, IHasOutgoingRelations)
        catalog = api.portal.get_tool("portal_catalog")
        processQueue()
        for actor, (spec, _) in zip(added, seen, strict=True):
            everything = providedBy(actor)
            assert all(interface.providedBy(actor) for interface in left_out)
            # Interfaces and classes, in the same order (adapters and
            # subscribers are looked up in it).
            assert list(spec.__sro__[1:]) == [
                item for item in everything.__sro__[1:] if item not in left_out
            ]
            assert spec.isOrExtends(IHasIncomingRelations)
            assert "_v_provided" not in vars(actor)
            record = catalog.getIndexDataForUID("/".join(actor.getPhysicalPath()))
            assert set(record["object_provides"]) == set(object_provides(actor)())

    def test_indexed_while_added_with_every_interface(
        self, portal, members, monkeypatch
    ):
        """With indexing at once (CATALOG_OPTIMIZATION_DISABLED), an actor is
        indexed while it is added: the catalog still gets all its interfaces."""
        monkeypatch.setattr(CatalogTool, "CATALOG_OPTIMIZATION_DISABLED", True)
        actor = import_actor(portal, "Chapelle de Bethléem;association;44;44400;Rezé;;")
        catalog = api.portal.get_tool("portal_catalog")
        record = catalog.getIndexDataForUID("/".join(actor.getPhysicalPath()))
        assert IDexterityHasRelations.__identifier__ in record["object_provides"]
        assert set(record["object_provides"]) == set(object_provides(actor)())

    @pytest.mark.parametrize(
        ("behavior", "marker"),
        [("plone.relateditems", IRelatedItems), ("plone.richtext", IRichText)],
    )
    def test_a_relation_or_rich_text_keeps_them(
        self, portal, members, seen, behavior, marker
    ):
        fti = portal.portal_types["Actor"]
        fti.manage_changeProperties(behaviors=(*fti.behaviors, behavior))
        actor = import_actor(
            portal,
            "Abbaye de Melleray;association;44;44520;La Meilleraye-de-Bretagne;;",
        )
        assert marker.providedBy(actor)
        assert seen[0][0] is providedBy(actor)
        assert seen[0][0].isOrExtends(IHasOutgoingRelations)

    def test_an_add_ons_outgoing_relations_subscriber_keeps_them(
        self, portal, members, seen
    ):
        calls = []

        def on_relations(obj, event):
            calls.append(obj.title)

        with subscribed(on_relations, IHasOutgoingRelations, IObjectAddedEvent):
            import_rows(
                portal,
                "claire@example.org",
                "Forges de Paimpont;entreprise;44;44000;Nantes;;",
            )
        assert calls == ["Forges de Paimpont"]
        assert seen[0][0].isOrExtends(IHasOutgoingRelations)

    def test_an_add_ons_outgoing_relations_adapter_keeps_them(
        self, portal, members, seen
    ):
        gsm = getGlobalSiteManager()
        gsm.registerAdapter(
            lambda obj: obj.title, (IHasOutgoingRelations,), IMarked, "links"
        )
        try:
            import_rows(
                portal,
                "claire@example.org",
                "Forges de Paimpont;entreprise;44;44000;Nantes;;",
            )
        finally:
            gsm.unregisterAdapter(
                required=(IHasOutgoingRelations,), provided=IMarked, name="links"
            )
        assert seen[0][0].isOrExtends(IHasOutgoingRelations)

    def test_a_failing_subscriber_leaves_nothing_computed(self, portal, members):
        added = []

        def fail(obj, event):
            added.append(aq_base(obj))
            raise ValueError("refused by an add-on")

        with (
            subscribed(fail, IActor, IObjectAddedEvent),
            pytest.raises(ValueError, match="refused by an add-on"),
        ):
            import_rows(
                portal,
                "claire@example.org",
                "Forges de Paimpont;entreprise;44;44000;Nantes;;",
            )
        assert "_v_provided" not in vars(added[0])
        assert "_v_provided" not in vars(aq_base(portal["acteurs"]))

    def test_an_interface_given_while_added_is_provided(self, portal, members):
        seen = []

        def mark(obj, event):
            alsoProvides(obj, IMarked)
            seen.append(IMarked.providedBy(obj))

        with subscribed(mark, IActor, IObjectAddedEvent):
            actor = import_actor(
                portal, "Phare du Four;institution;44;44490;Le Croisic;;"
            )
        assert seen == [True]
        assert IMarked.providedBy(actor)

    def test_links_to_an_imported_actor_are_kept(self, portal, members):
        """A page linking to an imported actor is known to link integrity (the
        actor has its intid: deleting it warns about the page)."""
        actor = import_actor(portal, "Cale de Trentemoult;association;44;44400;Rezé;;")
        assert getUtility(IIntIds).queryId(actor) is not None
        with api.env.adopt_roles(["Manager"]):
            page = api.content.create(
                container=portal,
                type="Document",
                title="Balade à Trentemoult",
                text=RichTextValue(
                    f'<p><a href="resolveuid/{actor.UID()}">la cale</a></p>',
                    "text/html",
                    "text/x-html-safe",
                ),
            )
        assert [link.from_object for link in getIncomingLinks(actor)] == [page]


class TestIndexing:
    @pytest.fixture
    def actors(self, portal):
        full = make_actor(
            portal,
            title="Musée du Sel",
            description="Salines et paludiers",
            heritage_domains=["immateriel", "maritime"],
            labels=["musee-de-france"],
            is_member=True,
            member_since=2020,
            email="contact@example.org",
            website="https://example.org",
            siret="73282932000074",
            logo=NamedBlobImage(data=PNG, filename="logo.png"),
        )
        bare = make_actor(portal, title="Sans position", position=None, state="pending")
        return [full, bare]

    def test_the_wrapper_is_the_actors(self, portal, actors):
        catalog = api.portal.get_tool("portal_catalog")
        wrapper = queryMultiAdapter((actors[0], catalog), IIndexableObject)
        assert isinstance(wrapper, ActorIndexableWrapper)

    def test_same_values_as_plones_wrapper(self, portal, actors):
        catalog = api.portal.get_tool("portal_catalog")

        def read(wrapper, name):
            try:
                value = getattr(wrapper, name)
            except AttributeError:
                return MISSING
            return value() if callable(value) else value

        names = set(catalog.schema())
        for index in catalog.getIndexObjects():
            names.update(index.getIndexSourceNames())
        for actor in actors:
            ours = queryMultiAdapter((actor, catalog), IIndexableObject)
            plones = IndexableObjectWrapper(actor, catalog)
            differences = {
                name: (read(ours, name), read(plones, name))
                for name in sorted(names)
                if read(ours, name) != read(plones, name)
            }
            assert differences == {}, actor.title
        assert read(ours, "image_scales") is MISSING
        scales = read(
            queryMultiAdapter((actors[0], catalog), IIndexableObject), "image_scales"
        )
        assert "logo" in scales

    def test_size_is_the_logos(self, portal, actors):
        assert actors[0].getSize() == len(PNG)
        assert actors[1].getSize() == 0


class TestNames:
    def test_named_after_the_title(self, portal, members):
        actor = import_actor(
            portal, "Château de Goulaine;institution;44;44115;Haute-Goulaine;;"
        )
        assert actor.getId() == "chateau-de-goulaine"

    @pytest.mark.parametrize(
        "title",
        [
            "view",
            "edit",
            "portal_catalog",
            "acl_users",
            # catalog indexes and columns, and Plone's reserved words
            "Location",
            "Start",
            "city",
            "review_state",
            "login",
            "layout",
            # attributes of the folder whose value is None
            "effective_date",
        ],
    )
    def test_reserved_names_are_not_taken(self, portal, members, title):
        actor = import_actor(portal, f"{title};association;44;44000;Nantes;;")
        assert actor.getId() != title
        directory = portal["acteurs"]
        assert directory[actor.getId()] is not None
        assert directory.unrestrictedTraverse(actor.getId()).UID() == actor.UID()

    def test_same_title_in_another_city_gets_its_own_name(self, portal, members):
        import_rows(
            portal,
            "claire@example.org",
            "Les Amis du Vieux Pont;association;44;44000;Nantes;;",
            "Les Amis du Vieux Pont;association;49;49000;Angers;;",
        )
        ids = sorted(a.getId() for a in imported(portal, "Les Amis du Vieux Pont"))
        assert ids == ["les-amis-du-vieux-pont", "les-amis-du-vieux-pont-1"]
