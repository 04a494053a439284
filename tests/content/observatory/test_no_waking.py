"""The observatory reads the catalog only: its page, CSV and JSON wake no actor,
project, event, call or application."""

from datetime import UTC
from datetime import datetime
from plone import api
from plone.app.contenttypes.content import Event
from polepatrimoine.content.actors.actor import Actor
from polepatrimoine.content.calls.application import Application
from polepatrimoine.content.calls.call import Call
from polepatrimoine.content.interfaces import IBrowserLayer
from polepatrimoine.content.projects.project import Project
from zope.component import getMultiAdapter
from zope.globalrequest import setRequest
from zope.interface import alsoProvides

import json


COUNTED = (Actor, Project, Event, Call, Application)


def awake(connection) -> list:
    return [
        obj for _oid, obj in connection._cache.lru_items() if isinstance(obj, COUNTED)
    ]


def test_observatory_wakes_no_counted_object(observed, functional):
    portal = functional["portal"]
    connection = portal._p_jar
    connection.cacheMinimize()
    assert awake(connection) == []

    request = functional["request"]
    alsoProvides(request, IBrowserLayer)
    setRequest(request)
    section = portal["observatoire"]
    with api.env.adopt_roles(["Anonymous"]):
        request.form.update({"department": "44", "year_from": "2019"})
        service = getMultiAdapter(
            (portal, request), name="GET_application_json_@observatory"
        )
        document = json.loads(service.render())
        csv = api.content.get_view("observatory.csv", section, request)()
        assert awake(connection) == []
        html = api.content.get_view("observatory", section, request)()

    assert document["sections"]
    assert "figure-actors_by_category" in html
    assert b"actors_by_category" in csv
    # The page's frame has Plone's events portlet, which opens the upcoming
    # events it lists; the observatory counts held events only, and opens none.
    woken = awake(connection)
    assert woken, "the portlet is on the page: this test sees what wakes"
    now = datetime.now(UTC)
    assert all(isinstance(obj, Event) and obj.end > now for obj in woken), woken
