"""The directory, @actors-geojson and @actors-facets read the catalog only:
listing, counting and mapping actors wakes no Actor object."""

from plone import api
from polepatrimoine.content.actors.actor import Actor
from polepatrimoine.content.interfaces import IBrowserLayer
from tests.fixtures.actors import make_actor
from zope.component import getMultiAdapter
from zope.globalrequest import setRequest
from zope.interface import alsoProvides

import json
import transaction


def awake_actors(connection) -> list:
    return [
        obj for _oid, obj in connection._cache.lru_items() if isinstance(obj, Actor)
    ]


def service(context, request, name):
    return getMultiAdapter((context, request), name=f"GET_application_json_{name}")


def test_listing_counting_mapping_wake_no_actor(functional):
    portal = functional["portal"]
    for number in range(5):
        make_actor(portal, title=f"Acteur endormi {number}", is_member=bool(number % 2))
    transaction.commit()
    connection = portal._p_jar
    connection.cacheMinimize()
    assert awake_actors(connection) == []

    request = functional["request"]
    alsoProvides(request, IBrowserLayer)
    setRequest(request)
    directory = portal["acteurs"]
    with api.env.adopt_roles(["Anonymous"]):
        request.form.update({"department": "44"})
        geojson = json.loads(service(directory, request, "@actors-geojson").render())
        facets = service(directory, request, "@actors-facets").reply()
        html = api.content.get_view("actors-directory", directory, request)()

    titles = [f["properties"]["title"] for f in geojson["features"]]
    assert "Acteur endormi 3" in titles
    assert facets["facets"]["department"]["44"] >= 5
    assert "Acteur endormi 4" in html
    assert awake_actors(connection) == []
