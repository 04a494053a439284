"""Only what anonymous visitors may see is ever in a dataset or a figure: a private
actor and a private project, tried through every open-data channel."""

from AccessControl.PermissionRole import rolesForPermissionOn
from DateTime import DateTime
from datetime import date
from plone import api
from tests.fixtures.actors import make_actor
from z3c.relationfield import RelationValue
from zope.component import getUtility
from zope.intid.interfaces import IIntIds

import pytest
import transaction


SECRET = "Zorglub"


@pytest.fixture
def private_items(functional, clients, members):
    portal = functional["portal"]
    carrier = make_actor(portal, title="Porteur public")
    actor = make_actor(
        portal,
        title=f"Atelier {SECRET}",
        state="pending",
        owner="alice@example.org",
        actor_category="institution",
        department="53",
        zip_code="53000",
        city="Laval",
        labels=["jardin-remarquable"],
    )
    with api.env.adopt_roles(["Manager"]):
        project = api.content.create(
            container=portal["projets"],
            type="Project",
            title=f"Projet {SECRET}",
            carrier=RelationValue(getUtility(IIntIds).getId(carrier)),
            kind="etude",
            status="en-projet",
            departments=["53"],
            # A year no demo project has: the observatory's year filter isolates it.
            start=date(2011, 1, 1),
        )
        project.changeOwnership(api.user.get(username="alice@example.org").getUser())
        project.manage_setLocalRoles("alice@example.org", ["Owner"])
        project.reindexObject()
    transaction.commit()
    return actor, project


def download(client, path):
    client.session.headers.pop("Accept", None)
    return client.get(path)


@pytest.mark.parametrize("who", ["anonymous", "alice", "claire", "admin"])
def test_not_in_any_distribution(private_items, clients, portal_url, who):
    """Each download URL of the catalogue, asked by anyone, even the owner or a
    coordinator (who may see them on the site): a dataset is public data."""
    document = clients["anonymous"].get("@dcat").json()
    urls = [
        d["dcat:downloadURL"]["@id"]
        for dataset in document["dcat:dataset"]
        for d in dataset["dcat:distribution"]
    ]
    assert any("@projects-export" in url for url in urls)
    for url in urls:
        if who != "anonymous" and "@actors-" in url:
            # The directory's own endpoints answer for what the user may see
            # (README, Actors); the catalogue points anonymous harvesters at them.
            continue
        response = download(clients[who], url)
        assert response.status_code == 200, url
        assert SECRET not in response.content.decode("utf-8", "replace"), url


def test_not_on_the_open_data_page(private_items, clients):
    page = clients["admin"].get("donnees-ouvertes", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert SECRET not in page.text


def test_dataset_dates_ignore_private_items(private_items, clients):
    actor, project = private_items
    tomorrow = DateTime() + 1
    for obj in private_items:
        obj.setModificationDate(tomorrow)
        obj.reindexObject(idxs=["modified"])
    transaction.commit()
    document = clients["anonymous"].get("@dcat").json()
    for dataset in document["dcat:dataset"]:
        modified = dataset.get("dct:modified", {}).get("@value", "")
        if dataset["dct:identifier"] in ("projets", "acteurs"):
            assert modified < tomorrow.ISO8601()[:10]


def shown(count):
    return "< 3" if 0 < count < 3 else count


def public_actors_with_label(catalog, label) -> int:
    """Counted from the objects, not from the indexes the observatory reads."""
    total = 0
    for brain in catalog.unrestrictedSearchResults(portal_type="Actor"):
        obj = brain._unrestrictedGetObject()
        public = "Anonymous" in rolesForPermissionOn("View", obj)
        if public and obj.department == "53" and label in (obj.labels or ()):
            total += 1
    return total


def counts(clients, who="anonymous"):
    document = (
        clients[who]
        .get(
            "@observatory",
            params={"department": "53", "year_from": "2011", "year_to": "2011"},
        )
        .json()
    )
    return {
        f["id"]: {r["key"]: r["value"] for r in f["rows"]}
        for s in document["sections"]
        for f in s["figures"]
    }


@pytest.mark.parametrize("who", ["anonymous", "alice", "claire", "admin"])
def test_not_counted_by_the_observatory(private_items, clients, who):
    actor, project = private_items
    labelled = public_actors_with_label(actor.portal_catalog, "jardin-remarquable")
    before = counts(clients, who)
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=actor, to_state="published")
        api.content.transition(obj=project, to_state="published")
    transaction.commit()
    after = counts(clients, who)
    assert before != after
    assert before["actors_by_label"]["jardin-remarquable"] == shown(labelled)
    assert after["actors_by_label"]["jardin-remarquable"] == shown(labelled + 1)
    assert before["projects_by_kind"]["etude"] == 0
    assert after["projects_by_kind"]["etude"] == "< 3"


def test_projects_export_columns(private_items, clients):
    actor, project = private_items
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=project, to_state="published")
    transaction.commit()
    response = download(clients["anonymous"], "++api++/@projects-export")
    text = response.content.decode("utf-8-sig")
    header, *rows = text.splitlines()
    assert header.startswith("UID;title;description;kind;status;departments")
    (row,) = [r for r in rows if SECRET in r]
    assert row.startswith(f"{project.UID()};Projet {SECRET};")
    assert ";etude;en-projet;53;2011;Porteur public;" in row
    assert row.endswith(f";published;{project.absolute_url()}")
