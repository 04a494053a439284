"""The Project type, its vocabularies and what the catalog holds of it."""

from datetime import date
from plone import api
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest


@pytest.fixture
def actor(integration):
    from tests.fixtures.actors import make_actor

    return make_actor(integration["portal"], title="Commune de Clisson")


def make_project(portal, carrier, **values):
    intids = getUtility(IIntIds)
    fields = {
        "kind": "experimentation",
        "status": "en-cours",
        "heritage_domains": ["bati", "naturel"],
        "departments": ["44", "49"],
        "start": date(2025, 3, 1),
        "reproducible": True,
        **values,
    }
    with api.env.adopt_roles(["Manager"]):
        project = api.content.create(
            container=portal["projets"],
            type="Project",
            title="Chantier participatif",
            carrier=RelationValue(intids.getId(carrier)),
            **fields,
        )
    return project


def test_fti(get_fti):
    fti = get_fti("Project")
    assert fti.add_permission == "polepatrimoine.AddProject"
    assert "geolocatable" in fti.behaviors
    assert "plone.leadimage" in fti.behaviors


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        (
            "polepatrimoine.vocabularies.ProjectKinds",
            [
                "projet-territoire",
                "experimentation",
                "valorisation",
                "chantier",
                "etude",
                "autre",
            ],
        ),
        (
            "polepatrimoine.vocabularies.ProjectStatuses",
            ["en-projet", "en-cours", "termine"],
        ),
    ],
)
def test_vocabularies(integration, get_vocabulary, name, tokens):
    assert [
        term.token for term in get_vocabulary(name, integration["portal"])
    ] == tokens


def test_indexes_and_columns(integration, actor):
    portal = integration["portal"]
    partner = __import__("tests.fixtures.actors", fromlist=["x"]).make_actor(
        portal, title="Association des amis"
    )
    project = make_project(
        portal,
        actor,
        partners=[RelationValue(getUtility(IIntIds).getId(partner))],
    )
    catalog = api.portal.get_tool("portal_catalog")
    (brain,) = catalog.unrestrictedSearchResults(UID=project.UID())
    assert brain.project_kind == "experimentation"
    assert brain.project_status == "en-cours"
    assert sorted(brain.departments) == ["44", "49"]
    assert brain.project_year == 2025
    assert brain.project_reproducible is True
    assert brain.carrier_title == "Commune de Clisson"
    for query in (
        {"project_kind": "experimentation"},
        {"project_status": "en-cours"},
        {"departments": "49"},
        {"heritage_domains": "naturel"},
        {"project_year": 2025},
        {"project_reproducible": True},
        {"project_carrier": actor.UID()},
        {"project_partners": partner.UID()},
    ):
        uids = [b.UID for b in catalog.unrestrictedSearchResults(**query)]
        assert project.UID() in uids, query
