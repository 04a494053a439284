"""Accounts: deleted users' ids are retired and their groups and global roles removed."""

from plone import api
from polepatrimoine.policy import accounts
from tests.fixtures.users import PASSWORD


def make(fullname, email):
    return api.user.create(
        email=email, password=PASSWORD, properties={"fullname": fullname}
    ).getId()


def test_deletion_takes_back_global_roles_and_groups(integration):
    with api.env.adopt_roles(["Manager"]):
        userid = make("Rose Valland", "rose@example.org")
        api.user.grant_roles(username=userid, roles=["Reviewer", "Editor"])
        assert "Reviewer" in api.user.get_roles(username=userid)
        api.group.add_user(groupname="coordinateurs", username=userid)
        api.group.add_user(groupname="jury", username=userid)
        api.user.delete(username=userid)
        roles = api.portal.get_tool("acl_users").portal_role_manager
        assert roles._principal_roles.get(userid, ()) == ()
        for group in ("coordinateurs", "jury"):
            assert userid not in api.group.get(groupname=group).getGroupMemberIds()
        assert accounts.is_retired(userid)


def test_the_next_user_of_the_same_name_gets_a_new_id(integration):
    with api.env.adopt_roles(["Manager"]):
        first = make("Rose Valland", "rose@example.org")
        api.user.delete(username=first)
        second = make("Rose Valland", "rose@example.org")
        api.user.delete(username=second)
        third = make("Rose Valland", "rose.valland@example.org")
    assert first == "rose-valland"
    assert second == "rose-valland-1"
    assert third == "rose-valland-2"


def test_uuid_user_ids_stay_plones_choice(integration):
    with api.env.adopt_roles(["Manager"]):
        api.user.delete(username=make("Rose Valland", "rose@example.org"))
        api.portal.set_registry_record("plone.use_uuid_as_userid", True)
        userid = make("Rose Valland", "rose@example.org")
    assert len(userid) == 32
    assert "rose" not in userid
