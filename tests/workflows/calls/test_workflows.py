"""polepatrimoine_call_workflow and polepatrimoine_application_workflow: matrices, transitions, who sees what."""

from AccessControl import Unauthorized
from plone import api
from plone.app.testing import login
from plone.app.testing import logout
from plone.restapi.interfaces import ISerializeToJson
from tests.fixtures.calls import login_name
from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from zope.component import getMultiAdapter

import pytest


STATES = (
    "draft",
    "submitted",
    "under_review",
    "info_requested",
    "waitlisted",
    "accepted",
    "rejected",
    "withdrawn",
)
ROLES = ("applicant", "other", "juror", "juror2", "coordinator", "anonymous")
SEE = {"applicant", "juror", "coordinator"}

# {state: {permission: users who have it}}, every cell asserted.
APPLICATION_MATRIX = {
    state: {
        "View": SEE,
        "Modify portal content": {"coordinator"}
        | ({"applicant"} if state in ("draft", "info_requested") else set()),
        "polepatrimoine: Review applications": {"juror", "coordinator"},
        # The applicant cannot share an application with anyone.
        "Sharing page: Delegate roles": {"coordinator"},
        "Change local roles": {"coordinator"},
        "Delete objects": {"coordinator"},
    }
    for state in STATES
}

# {state: {user: transitions available}} (users not listed: none)
TRANSITIONS = {
    "draft": {"applicant": {"submit", "withdraw"}},
    "submitted": {
        "applicant": {"withdraw"},
        "juror": {"start_review", "request_info"},
        "coordinator": {"start_review", "request_info"},
    },
    "under_review": {
        "juror": {"accept", "reject", "waitlist", "request_info"},
        "coordinator": {"accept", "reject", "waitlist", "request_info"},
    },
    "info_requested": {"applicant": {"submit", "withdraw"}},
    "waitlisted": {
        "juror": {"accept", "reject"},
        "coordinator": {"accept", "reject"},
    },
    "accepted": {},
    "rejected": {},
    "withdrawn": {},
}


def as_user(portal, user):
    if user == "anonymous":
        logout()
    else:
        login(portal, login_name(user))


def has(permission, obj):
    return (
        bool(api.user.get_permissions(obj=obj).get(permission))
        if not api.user.is_anonymous()
        else bool(
            __import__("AccessControl")
            .getSecurityManager()
            .checkPermission(permission, obj)
        )
    )


@pytest.fixture
def application_in(call_world):
    def factory(state):
        obj = make_application(call_world.call, "applicant", f"candidature-{state}")
        return move_to(obj, state)

    return factory


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("user", ROLES)
def test_application_permissions(call_world, application_in, state, user):
    obj = application_in(state)
    assert api.content.get_state(obj) == state
    as_user(call_world.portal, user)
    for permission, users in APPLICATION_MATRIX[state].items():
        assert has(permission, obj) == (user in users), (permission, user, state)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("user", ROLES)
def test_application_transitions(call_world, application_in, state, user):
    obj = application_in(state)
    as_user(call_world.portal, user)
    wftool = api.portal.get_tool("portal_workflow")
    available = {t["id"] for t in wftool.getTransitionsFor(obj)}
    assert available == TRANSITIONS[state].get(user, set())


@pytest.mark.parametrize("state", ["draft", "submitted", "accepted"])
@pytest.mark.parametrize("user", ROLES)
def test_search_and_listing(call_world, application_in, state, user):
    """@search's catalog, the folder listing and traversal agree with View."""
    obj = application_in(state)
    portal = call_world.portal
    as_user(portal, user)
    catalog = api.portal.get_tool("portal_catalog")
    found = [b.getId for b in catalog(portal_type="Application")]
    serializer = getMultiAdapter((call_world.call, portal.REQUEST), ISerializeToJson)
    listed = [item["@id"].rsplit("/", 1)[-1] for item in serializer()["items"]]
    sees = user in SEE
    assert (obj.getId() in found) == sees
    assert (obj.getId() in listed) == sees
    if sees:
        assert portal.restrictedTraverse("/".join(obj.getPhysicalPath()[2:]))
    else:
        with pytest.raises(Unauthorized):
            portal.restrictedTraverse("/".join(obj.getPhysicalPath()[2:]))
    if user != "applicant":
        # Search by the structure's words finds nothing for those who may not see it.
        results = catalog(SearchableText="Atelier", portal_type="Application")
        assert bool(results) == sees


def test_internal_review_fields_hidden_from_applicant(call_world, application_in):
    obj = application_in("under_review")
    from plone.autoform.interfaces import READ_PERMISSIONS_KEY
    from polepatrimoine.content.calls.application import IApplication

    read = IApplication.queryTaggedValue(READ_PERMISSIONS_KEY)
    for name in ("review_notes", "score_relevance", "score_fit", "score_capacity"):
        assert read[name] == "polepatrimoine.ReviewApplications"
    login(call_world.portal, login_name("applicant"))
    assert not has("polepatrimoine: Review applications", obj)


def test_jury_assignment_changes_no_security_index(call_world, application_in):
    obj = application_in("submitted")
    catalog = api.portal.get_tool("portal_catalog")
    rid = catalog.getrid("/".join(obj.getPhysicalPath()))
    before = catalog.getIndexDataForRID(rid)["allowedRolesAndUsers"]
    from polepatrimoine.content.calls import jury

    api.group.add_user(groupname="jury", username="other")
    jury.set_jurors(call_world.call, ["juror", "other"])
    assert catalog.getIndexDataForRID(rid)["allowedRolesAndUsers"] == before
    login(call_world.portal, login_name("other"))
    assert api.user.get_permissions(obj=obj)["View"]


def test_only_site_jury_members_can_be_assigned(call_world):
    from polepatrimoine.content.calls import jury

    with pytest.raises(ValueError, match="applicant"):
        jury.set_jurors(call_world.call, ["applicant"])


# polepatrimoine_call_workflow: {state: {permission: roles}}
CALL_MATRIX = {
    "draft": {
        "View": {
            "Manager",
            "Site Administrator",
            "Editor",
            "Reviewer",
            "Owner",
            "Juror",
        },
        "Modify portal content": {"Manager", "Site Administrator", "Editor", "Owner"},
        "polepatrimoine: Add Application": {"Manager"},
        "Add portal content": {"Manager", "Site Administrator"},
    },
    "open": {
        "View": {"Anonymous"},
        "Modify portal content": {"Manager", "Site Administrator", "Editor"},
        "polepatrimoine: Add Application": {"Manager", "Authenticated"},
        "Add portal content": {"Manager", "Site Administrator", "Authenticated"},
    },
    "closed": {
        "View": {"Anonymous"},
        "Modify portal content": {"Manager", "Site Administrator", "Editor"},
        "polepatrimoine: Add Application": {"Manager"},
        "Add portal content": {"Manager"},
    },
    "archived": {
        "View": {"Anonymous"},
        "Modify portal content": {"Manager", "Site Administrator"},
        "polepatrimoine: Add Application": {"Manager"},
        "Add portal content": {"Manager"},
    },
}


@pytest.mark.parametrize("state", CALL_MATRIX)
def test_call_workflow_matrix(portal, state):
    wf = api.portal.get_tool("portal_workflow")["polepatrimoine_call_workflow"]
    for permission, roles in CALL_MATRIX[state].items():
        info = wf.states[state].getPermissionInfo(permission)
        assert set(info["roles"]) == roles, (state, permission)
        assert not info["acquired"]


def test_call_transitions(call_world):
    call = call_world.call
    login(call_world.portal, login_name("juror"))
    assert api.content.get_state(call) == "open"
    wftool = api.portal.get_tool("portal_workflow")
    assert wftool.getTransitionsFor(call) == ()
    login(call_world.portal, login_name("coordinator"))
    for transition, state in (
        ("close", "closed"),
        ("archive", "archived"),
        ("unarchive", "closed"),
        ("reopen", "open"),
        ("retract", "draft"),
        ("open", "open"),
    ):
        api.content.transition(obj=call, transition=transition)
        assert api.content.get_state(call) == state


def test_history_records_who_when_comment(call_world, application_in):
    obj = application_in("submitted")
    login(call_world.portal, login_name("juror"))
    api.content.transition(
        obj=obj, transition="request_info", comment="Précisez le budget."
    )
    entry = obj.workflow_history["polepatrimoine_application_workflow"][-1]
    assert entry["actor"] == "juror"
    assert entry["comments"] == "Précisez le budget."
    assert entry["review_state"] == "info_requested"
    assert entry["time"]
