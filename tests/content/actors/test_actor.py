"""The Actor type: fields, validation, catalog, and what a large folder must not cost."""

from plone import api
from plone.dexterity.interfaces import IDexterityFTI
from polepatrimoine.content.actors import validation
from polepatrimoine.content.actors.actor import IActor
from tests.fixtures.actors import make_actor
from zope.component import getUtility
from zope.i18n import translate

import pytest


def french(error) -> str:
    return translate(error.message, target_language="fr")


class TestType:
    def test_fti(self, portal):
        fti = getUtility(IDexterityFTI, name="Actor")
        assert fti.add_permission == "polepatrimoine.AddActor"
        assert "geolocatable" in fti.behaviors
        assert fti.global_allow is False

    def test_only_in_the_directory(self, portal):
        directory = portal["acteurs"]
        assert [t.getId() for t in directory.allowedContentTypes()] == ["Actor"]
        assert "Actor" not in [
            t.getId() for t in portal["agenda"].allowedContentTypes()
        ]

    def test_directory_is_the_default_view(self, portal):
        assert portal["acteurs"].getLayout() == "actors-directory"


class TestValidation:
    @pytest.mark.parametrize(
        ("field", "value", "words"),
        [
            ("zip_code", "4400", "5 chiffres"),
            ("zip_code", "44 000", "5 chiffres"),
            ("phone", "12345", "numéro de téléphone français"),
            ("phone", "+44 20 7946 0958", "numéro de téléphone français"),
            ("siret", "12345678901234", "SIRET"),
            ("siret", "1234", "SIRET"),
            ("member_since", 2010, "2018"),
        ],
    )
    def test_refused(self, portal, field, value, words):
        with pytest.raises(validation.FieldError) as info:
            IActor[field].validate(value)
        assert words in french(info.value)

    @pytest.mark.parametrize(
        ("field", "value"),
        [
            ("zip_code", "85000"),
            ("phone", "02 40 12 34 56"),
            ("phone", "+33 2 40 12 34 56"),
            ("phone", "02.40.12.34.56"),
            ("siret", "73282932000074"),
            ("siret", "35600000000001"),
            ("member_since", 2019),
        ],
    )
    def test_accepted(self, portal, field, value):
        IActor[field].validate(value)

    def test_zip_code_in_department(self, portal):
        validation.check_zip_department("49100", "49")
        with pytest.raises(validation.FieldError) as info:
            validation.check_zip_department("49100", "44")
        assert french(info.value) == (
            "Le code postal 49100 n'est pas dans le département 44."
        )

    @pytest.mark.parametrize(
        ("check", "value"),
        [
            (validation.check_latitude, 91.0),
            (validation.check_latitude, -90.5),
            (validation.check_longitude, 180.1),
        ],
    )
    def test_coordinates_out_of_range(self, portal, check, value):
        with pytest.raises(validation.FieldError):
            check(value)


class TestCatalog:
    def test_facets_are_indexed(self, portal):
        make_actor(
            portal,
            title="Forge de Mamers",
            actor_category="entreprise",
            heritage_domains=["industriel", "savoir-faire"],
            department="72",
            zip_code="72600",
            city="Mamers",
            labels=["entreprise-patrimoine-vivant"],
            is_member=True,
        )
        (brain,) = api.content.find(
            portal_type="Actor",
            department="72",
            actor_category="entreprise",
            heritage_domains="savoir-faire",
            labels="entreprise-patrimoine-vivant",
            is_member=True,
        )
        assert brain.Title == "Forge de Mamers"
        assert brain.city == "Mamers"
        assert brain.heritage_domains == ["industriel", "savoir-faire"]
        assert (brain.latitude, brain.longitude) == (47.2, -1.55)

    def test_zero_is_a_real_coordinate(self, portal):
        from polepatrimoine.content.actors import geojson

        make_actor(portal, title="Point zéro", position=(0.0, 0.0))
        (brain,) = api.content.find(portal_type="Actor", Title="Point zéro")
        assert geojson.has_position(brain)
        assert geojson.feature(brain)["geometry"]["coordinates"] == [0.0, 0.0]

    def test_no_position(self, portal):
        from polepatrimoine.content.actors import geojson

        make_actor(portal, title="Sans position", position=None)
        (brain,) = api.content.find(portal_type="Actor", Title="Sans position")
        assert not geojson.has_position(brain)

    @pytest.mark.parametrize(
        "filters",
        [
            {},
            {"department": ["44", "49"]},
            {"heritage_domains": ["bati"], "is_member": ["1"]},
            {"labels": ["musee-de-france", "monument-historique"]},
            {"SearchableText": "patrimoine"},
        ],
    )
    def test_facet_counts_are_those_of_the_results(self, portal, filters):
        """Counted from the indexes, the facets say what counting the results'
        brains says (the demo's actors, plus a pending one nobody else sees)."""
        from polepatrimoine.content.actors import search

        make_actor(portal, title="Proposition en attente", state="pending")
        with api.env.adopt_roles(["Anonymous"]):
            counts = search.facet_counts(filters)
            expected = {}
            for name, (items, _multi) in search.FACETS.items():
                brains = search.search(filters, exclude=name)
                expected[name] = {
                    token: sum(
                        token in search._brain_values(brain, name) for brain in brains
                    )
                    for token, _title in items
                }
        assert counts == expected
        assert sum(counts["department"].values()) > 0


class TestLargeFolder:
    def test_actor_get_does_not_list_the_folder(self, portal, monkeypatch):
        """plone.restapi asks the parent for next/previous, which lists every id."""
        from plone.restapi.interfaces import ISerializeToJson
        from zope.component import getMultiAdapter

        actor = make_actor(portal, title="Un acteur parmi des milliers")
        ordering = type(portal["acteurs"].getOrdering())
        calls = []
        original = ordering.idsInOrder
        monkeypatch.setattr(
            ordering,
            "idsInOrder",
            lambda self, *a, **kw: calls.append(1) or original(self, *a, **kw),
        )
        data = getMultiAdapter((actor, portal.REQUEST), ISerializeToJson)()
        assert data["title"] == "Un acteur parmi des milliers"
        assert data["previous_item"] == {}
        assert data["next_item"] == {}
        assert calls == []
