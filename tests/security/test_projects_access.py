"""A project that is not published, and an actor that is not, never reach those who
may not see them: page, REST, @search, the listing, facets, GeoJSON, the actor's
page, a working group's page, the JSON-LD, navigation and the sitemap."""

from tests.fixtures.actors import make_actor
from tests.fixtures.http import client
from tests.fixtures.projects import make_project
from tests.fixtures.projects import relation

import json
import pytest
import transaction


SECRET = "Zyrthalbe"  # in every hidden title: found nowhere it must not be


@pytest.fixture
def world(functional, members):
    portal = functional["portal"]
    carrier = make_actor(portal, title="Commune de Quillon", owner=members["alice"])
    hidden_actor = make_actor(
        portal,
        title=f"Actor {SECRET} en attente",
        state="pending",
        owner=members["alice"],
    )
    pending = make_project(
        portal,
        carrier,
        title=f"Projet {SECRET} proposé",
        state="pending",
        owner=members["alice"],
        partners=[carrier],
    )
    retired = make_project(
        portal, carrier, title=f"Projet {SECRET} retiré", state="retired"
    )
    public = make_project(
        portal,
        hidden_actor,
        title="Projet public porté par un acteur en attente",
        partners=[hidden_actor],
    )
    group = portal["groupes-de-travail"]["patrimoine-culturel-immateriel"]
    group.projects = [relation(pending), relation(retired), relation(public)]
    transaction.commit()
    return {
        "portal": portal,
        "carrier": carrier,
        "pending": pending,
        "retired": retired,
        "public": public,
        "group": group,
    }


OUTSIDERS = ("anonymous", "bruno")


def channels(world, who):
    """Every channel's answer, as who."""
    portal_url = world["portal"].absolute_url()
    api = client(portal_url, login=None if who == "anonymous" else f"{who}@example.org")
    html = client(
        portal_url,
        login=None if who == "anonymous" else f"{who}@example.org",
        json=False,
    )
    return {
        "listing": html.get(f"{portal_url}/projets").text,
        # The results only: the search box and the map's URL repeat the query.
        "listing filtered": html.get(
            f"{portal_url}/projets", params={"SearchableText": SECRET}
        ).text.split('id="projects-list"')[1],
        "facets": api.get(
            "projets/@projects-facets", params={"SearchableText": SECRET}
        ).text,
        "geojson": api.get("projets/@projects-geojson").text,
        # The items only: the answer's @id repeats the query.
        "search": json.dumps(
            api.get(
                "@search", params={"SearchableText": SECRET, "metadata_fields": "_all"}
            ).json()["items"]
        ),
        "search portal_type": api.get(
            "@search", params={"portal_type": "Project", "b_size": 1000}
        ).text,
        "actor page": html.get(world["carrier"].absolute_url()).text,
        "actor REST": api.get(world["carrier"].absolute_url()).text,
        "group page": html.get(world["group"].absolute_url()).text,
        "group REST": api.get(world["group"].absolute_url()).text,
        "public project page": html.get(world["public"].absolute_url()).text,
        "public project REST": api.get(world["public"].absolute_url()).text,
        "navigation": api.get(
            "@navigation", params={"expand.navigation.depth": 3}
        ).text,
        "sitemap": html.get(f"{portal_url}/sitemap.xml.gz").text,
        "folder listing REST": api.get("projets").text,
    }


@pytest.mark.parametrize("who", OUTSIDERS)
def test_hidden_projects_and_actors_leak_nowhere(world, who):
    for name, text in channels(world, who).items():
        assert SECRET not in text, f"{who} sees it in {name}"


@pytest.mark.parametrize("who", OUTSIDERS)
@pytest.mark.parametrize("json", [True, False])
def test_hidden_project_page_and_rest_refused(world, who, json):
    login = None if who == "anonymous" else f"{who}@example.org"
    for key in ("pending", "retired"):
        url = world[key].absolute_url()
        response = client(url, login=login, json=json).get(url, allow_redirects=False)
        assert SECRET not in response.text
        if response.status_code == 302:
            # A page sends visitors to the login form.
            assert "login" in response.headers["Location"]
        else:
            assert response.status_code in (401, 403, 404)


def test_facet_totals_count_only_what_the_visitor_sees(world):
    anonymous = client(world["portal"].absolute_url())
    data = anonymous.get("@projects-facets", params={"SearchableText": SECRET}).json()
    assert data["total"] == 0
    owner = client(world["portal"].absolute_url(), login="alice@example.org")
    data = owner.get("@projects-facets", params={"SearchableText": SECRET}).json()
    assert data["total"] == 1  # her pending proposal, not the retired one
    coordinator = client(world["portal"].absolute_url(), login="claire@example.org")
    data = coordinator.get("@projects-facets", params={"SearchableText": SECRET}).json()
    assert data["total"] == 2


def test_owner_and_coordinator_see_the_proposal(world):
    url = world["pending"].absolute_url()
    for login in ("alice@example.org", "claire@example.org"):
        assert client(url, login=login).get(url).status_code == 200


def test_the_pending_carrier_appears_once_published(world):
    from plone import api

    public_url = world["portal"].absolute_url()
    before = client(public_url).get("@projects-geojson").json()
    (feature,) = [
        f for f in before["features"] if f["properties"]["UID"] == world["public"].UID()
    ]
    assert feature["properties"]["carrier_title"] == ""
    actor = world["public"].carrier.to_object
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=actor, to_state="published")
    transaction.commit()
    after = client(public_url).get("@projects-geojson").json()
    (feature,) = [
        f for f in after["features"] if f["properties"]["UID"] == world["public"].UID()
    ]
    assert feature["properties"]["carrier_title"] == f"Actor {SECRET} en attente"
