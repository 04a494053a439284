"""Purging earlier versions: the versions holding the data or saved by the person go,
the others and the object stay, and the history keeps no trace of who saved them."""

from plone import api
from polepatrimoine.content.common.versions import PURGED_COMMENT
from polepatrimoine.content.common.versions import purge_versions
from polepatrimoine.content.common.versions import saved_by

import pytest
import transaction


SECRET = "Brouillon-Ardoise-5512"


@pytest.fixture
def resource(functional, members):
    """A resource with versions: two hold SECRET, saved by alice; one by bruno."""
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(
            container=portal["ressources"], type="Resource", title="Fiche ardoise"
        )
    repository = api.portal.get_tool("portal_repository")
    for who, text in (
        ("alice", f"Projet {SECRET}"),
        ("alice", f"Relu {SECRET}"),
        ("bruno", "Version finale"),
    ):
        user = api.user.get(userid=members[who])
        with api.env.adopt_user(user=user), api.env.adopt_roles(["Manager"]):
            item.description = text
            repository.save(obj=item, comment=f"par {who}")
    transaction.commit()
    return item


def versions(item):
    """Each stored version as (description, comment, who saved it), read from
    CMFEditions' storage without substitutes: a purged version shows as such."""
    transaction.begin()
    storage = api.portal.get_tool("portal_historiesstorage")
    history_id = api.portal.get_tool("portal_historyidhandler").queryUid(item)
    metadata = storage.getHistoryMetadata(history_id)
    found = []
    for selector in range(metadata.getLength(countPurged=True)):
        sys = metadata.retrieve(selector, True)["metadata"]["sys_metadata"]
        copy = storage.retrieve(
            history_id, selector, countPurged=True, substitute=False
        ).object
        copy = getattr(copy, "object", copy)
        found.append(
            (getattr(copy, "description", None), sys["comment"], sys["principal"])
        )
    return found


def test_versions_holding_the_data_go(clients, members, resource):
    transaction.begin()
    assert purge_versions(resource, lambda copy: SECRET in copy.description) == 2
    transaction.commit()
    assert versions(resource) == [
        # Who saved a purged version is personal data too.
        (None, PURGED_COMMENT, ""),
        (None, PURGED_COMMENT, ""),
        ("Version finale", "par bruno", members["bruno"]),
    ]


def test_versions_saved_by_the_person_go(clients, members, resource):
    transaction.begin()
    names = {members["bruno"]}
    assert resource in saved_by(names)
    assert purge_versions(resource, by=names) == 1
    transaction.commit()
    assert versions(resource) == [
        (f"Projet {SECRET}", "par alice", members["alice"]),
        (f"Relu {SECRET}", "par alice", members["alice"]),
        (None, PURGED_COMMENT, ""),
    ]
    assert clients["admin"].get(resource.absolute_url()).json()["description"] == (
        "Version finale"
    )
