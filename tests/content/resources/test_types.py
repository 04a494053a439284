"""The Resource type: its FTI, who may add one, what the catalog holds of it."""

from plone import api
from polepatrimoine.content.resources.resource import IResource

import pytest


def test_resource_type(portal, get_fti):
    fti = get_fti("Resource")
    assert fti.add_permission == "polepatrimoine.AddResource"
    assert set(IResource.names()) >= {
        "resource_type",
        "audience",
        "topics",
        "video_url",
        "file",
        "related_event",
        "working_group",
    }
    assert IResource["topics"].value_type.vocabularyName == (
        "polepatrimoine.vocabularies.HeritageDomains"
    )


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("Manager", True),
        ("Site Administrator", True),
        ("Contributor", True),
        ("Member", False),
        ("Reader", False),
    ],
)
def test_add_resource_permission(portal, role, allowed):
    with api.env.adopt_roles([role]):
        assert (
            bool(
                api.user.has_permission(
                    "polepatrimoine: Add Resource", obj=portal["ressources"]
                )
            )
            is allowed
        )


def test_resources_are_indexed(portal):
    with api.env.adopt_roles(["Manager"]):
        api.content.create(
            container=portal["ressources"],
            type="Resource",
            id="fiche",
            title="Fiche métier : tailleur de pierre",
            resource_type="fiche-metier",
            audience=["jeunes"],
            topics=["bati", "savoir-faire"],
        )
    (brain,) = api.content.find(
        portal_type="Resource",
        resource_audience="jeunes",
        resource_topics="bati",
        id="fiche",
    )
    assert brain.resource_type == "fiche-metier"
    assert brain.resource_topics == ("bati", "savoir-faire")
