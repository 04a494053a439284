"""What the catalog holds of an actor: the indexing wrapper gives Plone's values, faster."""

from plone import api
from plone.indexer.interfaces import IIndexableObject
from plone.indexer.wrapper import IndexableObjectWrapper
from plone.namedfile.file import NamedBlobImage
from polepatrimoine.content.actors.indexers import ActorIndexableWrapper
from tests.content.actors.importer.helpers import MISSING
from tests.content.actors.importer.helpers import PNG
from tests.fixtures.actors import make_actor
from zope.component import queryMultiAdapter

import pytest


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
