"""The Project type, its vocabularies and what the catalog holds of it."""

from plone import api
from tests.fixtures.actors import make_actor
from tests.fixtures.projects import make_project

import pytest


@pytest.fixture
def actor(integration):
    return make_actor(integration["portal"], title="Commune de Clisson")


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
    partner = make_actor(portal, title="Association des amis")
    project = make_project(
        portal,
        actor,
        partners=[partner],
        heritage_domains=["bati", "naturel"],
        departments=["44", "49"],
        reproducible=True,
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
