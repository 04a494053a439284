"""How the import adds actors: interfaces computed once while added, names from titles (importer/add.py)."""

from Acquisition import aq_base
from plone import api
from plone.app.contenttypes.behaviors.richtext import IRichText
from plone.app.linkintegrity.utils import getIncomingLinks
from plone.app.relationfield.behavior import IRelatedItems
from plone.app.relationfield.interfaces import IDexterityHasRelations
from plone.app.textfield.value import RichTextValue
from polepatrimoine.content.actors.actor import IActor
from Products.CMFCore import CatalogTool
from Products.CMFCore.indexing import processQueue
from Products.CMFPlone.CatalogTool import object_provides
from tests.content.actors.importer.helpers import import_actor
from tests.content.actors.importer.helpers import import_rows
from tests.content.actors.importer.helpers import imported
from tests.content.actors.importer.helpers import subscribed
from z3c.relationfield.interfaces import IHasIncomingRelations
from z3c.relationfield.interfaces import IHasOutgoingRelations
from z3c.relationfield.interfaces import IHasRelations
from zope.component import getGlobalSiteManager
from zope.component import getUtility
from zope.interface import Interface
from zope.interface import alsoProvides
from zope.interface import providedBy
from zope.intid.interfaces import IIntIds
from zope.lifecycleevent.interfaces import IObjectAddedEvent

import pytest


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
