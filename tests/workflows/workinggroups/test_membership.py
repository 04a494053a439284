"""The roster: adding, changing, removing members; the stable-principals design."""

from plone import api
from plone.app.testing import SITE_OWNER_NAME
from polepatrimoine.workflows.workinggroups import membership
from polepatrimoine.workflows.workinggroups.membership import MembershipError

import pytest


def security_index(obj):
    catalog = api.portal.get_tool("portal_catalog")
    rid = catalog.getrid("/".join(obj.getPhysicalPath()))
    return sorted(catalog.getIndexDataForRID(rid)["allowedRolesAndUsers"])


def test_roster(scenario):
    members = membership.members(scenario.group)
    assert members == {
        scenario.users["guest"]: "guest",
        scenario.users["member"]: "member",
        scenario.users["coordinator"]: "coordinator",
    }


def test_adding_a_member_changes_no_security_index(scenario):
    before = security_index(scenario.internal)
    membership.add_member(scenario.group, scenario.users["outsider"], "member")
    assert security_index(scenario.internal) == before
    with api.env.adopt_user(user=api.user.get(userid=scenario.users["outsider"])):
        assert api.user.has_permission("View", obj=scenario.internal)


def test_removed_member_loses_access(scenario):
    membership.remove_member(scenario.group, scenario.users["member"])
    with api.env.adopt_user(user=api.user.get(userid=scenario.users["member"])):
        assert not api.user.has_permission("View", obj=scenario.internal)
        catalog = api.portal.get_tool("portal_catalog")
        assert not catalog(UID=scenario.internal.UID())


def test_change_role(scenario):
    membership.change_role(scenario.group, scenario.users["guest"], "member")
    with api.env.adopt_user(user=api.user.get(userid=scenario.users["guest"])):
        assert api.user.has_permission("Modify portal content", obj=scenario.internal)


@pytest.mark.parametrize(
    ("call", "args", "words"),
    [
        ("add_member", ("outsider", "chef"), "chef"),
        ("add_member", ("nobody-at-all", "member"), "nobody-at-all"),
        ("add_member", ("member", "guest"), "member"),
        ("change_role", ("coordinator", "member"), "coordinator"),
        ("remove_member", ("coordinator",), "coordinator"),
        ("remove_member", ("outsider",), "outsider"),
    ],
)
def test_refused_changes_change_nothing(scenario, call, args, words):
    users = {**scenario.users, "nobody-at-all": "nobody-at-all"}
    before = membership.members(scenario.group)
    with pytest.raises(MembershipError) as error:
        getattr(membership, call)(scenario.group, users[args[0]], *args[1:])
    assert words in api.portal.translate(error.value.args[0], lang="fr")
    assert membership.members(scenario.group) == before


def test_second_coordinator_allows_demoting_the_first(scenario):
    membership.add_member(scenario.group, scenario.users["outsider"], "coordinator")
    membership.change_role(scenario.group, scenario.users["coordinator"], "member")
    assert membership.coordinators(scenario.group) == [scenario.users["outsider"]]


class TestPrincipalsStayOutOfTheWay:
    def test_not_in_the_groups_control_panel(self, scenario):
        groups = api.portal.get_tool("portal_groups")
        ids = [g.getId() for g in groups.listGroups()]
        assert not [i for i in ids if i.startswith("workinggroup:")]
        assert "coordinateurs" in ids

    @pytest.mark.parametrize("term", ["workinggroup", "coordinator", "member"])
    def test_not_in_the_sharing_search(self, scenario, term):
        with api.env.adopt_roles(["Manager"]):
            view = scenario.group.restrictedTraverse("@@sharing")
            view.request.form["search_term"] = term
            ids = [r["id"] for r in view.group_search_results()]
        assert not [i for i in ids if i.startswith("workinggroup:")]

    def test_the_sharing_search_still_finds_site_groups(self, scenario):
        with api.env.adopt_roles(["Manager"]):
            view = scenario.group.restrictedTraverse("@@sharing")
            view.request.form["search_term"] = "coordinateurs"
            ids = [r["id"] for r in view.group_search_results()]
        assert "coordinateurs" in ids


def test_deleting_a_group_forgets_its_members(scenario):
    userid = scenario.users["member"]
    assert scenario.group.UID() in membership.my_groups(userid)
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        api.content.delete(scenario.group, check_linkintegrity=False)
    assert membership.my_groups(userid) == {}


def test_a_copied_group_starts_empty(scenario):
    with api.env.adopt_user(username=SITE_OWNER_NAME):
        copy = api.content.copy(
            source=scenario.group,
            target=scenario.portal["groupes-de-travail"],
            id="copie",
        )
    assert membership.members(copy) == {}
