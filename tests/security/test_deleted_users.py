"""A deleted user's access is never inherited by the next user who registers.

Deleting a user (REST, the users control panel) removes them from every
working group's roster, join request and PAS entry, from every Plone group
(site groups, juries) and global role; and the id is retired, so that
registering again with the same full name yields a new id with no access.
"""

from plone import api
from polepatrimoine.content.calls import jury
from tests.fixtures.calls import make_call
from tests.fixtures.http import client
from tests.fixtures.users import PASSWORD
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import pytest
import re
import transaction


@pytest.fixture
def live(functional, smtp):
    scenario = build(functional["portal"])
    with api.env.adopt_roles(["Manager"]):
        api.group.add_user(groupname="jury", username=scenario.users["member"])
        scenario.call = make_call(scenario.portal["accompagnement"], "appel-jury")
        jury.set_jurors(scenario.call, [scenario.users["member"]])
    transaction.commit()
    # The outsider asks to join: a pending request to forget.
    asked = http(scenario, "outsider").post(
        f"{scenario.group.absolute_url()}/@join-requests",
        json={"message": "Bonjour", "consent": True},
    )
    assert asked.status_code == 201, asked.text
    return scenario


def admin(live, json=True):
    return client(live.portal.absolute_url(), admin=True, json=json)


def url(live, path):
    return f"{live.portal.absolute_url()}/{path}"


def delete_rest(live, userid, keep_local_roles=False):
    params = {"delete_localroles": "0"} if keep_local_roles else {}
    response = admin(live).delete(url(live, f"@users/{userid}"), params=params)
    assert response.status_code == 204, response.text


def authenticator(html: str) -> str:
    return re.search(r'name="_authenticator" value="([^"]+)"', html).group(1)


def delete_control_panel(live, userid):
    """As the site coordinator, in the users control panel (with its CSRF token)."""
    session = http(live, "site_coordinator", json=False)
    page = session.get(url(live, "@@usergroup-userprefs"))
    token = authenticator(page.text)
    response = session.post(
        url(live, "@@usergroup-userprefs"),
        data={
            "form.submitted": "1",
            "form.button.Modify": "Appliquer",
            "users.id:records": userid,
            "delete:list": userid,
            "_authenticator": token,
        },
    )
    assert response.status_code == 200, response.text[:1000]
    assert api_user_absent(live, userid)


def api_user_absent(live, userid) -> bool:
    return admin(live).get(url(live, f"@users/{userid}")).status_code == 404


DELETE = {
    "rest": delete_rest,
    "rest-keeping-local-roles": lambda live, u: delete_rest(live, u, True),
    "control-panel": delete_control_panel,
}


def register_rest(live, fullname, email):
    response = client(live.portal.absolute_url()).post(
        url(live, "@users"),
        json={"email": email, "password": PASSWORD, "fullname": fullname},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def register_form(live, fullname, email):
    session = client(live.portal.absolute_url(), json=False)
    page = session.get(url(live, "@@register"))
    assert page.status_code == 200
    response = session.post(
        url(live, "@@register"),
        data={
            "_authenticator": authenticator(page.text),
            "form.widgets.fullname": fullname,
            "form.widgets.email": email,
            "form.widgets.password": PASSWORD,
            "form.widgets.password_ctl": PASSWORD,
            "form.buttons.register": "S'inscrire",
        },
    )
    assert response.status_code == 200, response.text[:1000]
    user = admin(live).get(url(live, "@users"), params={"search": email}).json()
    ids = [u["id"] for u in user["items"] if u["email"] == email]
    assert len(ids) == 1, response.text[:3000]
    return ids[0]


REGISTER = {"rest": register_rest, "form": register_form}


def fullname(live, persona):
    return persona.replace("_", " ").title()


def reregister(live, persona, delete, register):
    old = live.users[persona]
    DELETE[delete](live, old)
    new = REGISTER[register](live, fullname(live, persona), live.emails[persona])
    assert new != old, "a deleted user's id was handed out again"
    return old, new


def working_group_principals(live, userid):
    groups = admin(live).get(url(live, f"@users/{userid}")).json()["groups"]["items"]
    return [g["id"] for g in groups if g["id"].startswith("workinggroup:")]


def roster(live):
    items = admin(live).get(f"{live.group.absolute_url()}/@members").json()["items"]
    return {m["id"]: m["role"] for m in items}


def assert_no_group_access(live, persona):
    """persona (the new user, same e-mail) reaches nothing of the group's space."""
    session = http(live, persona)
    group = live.group.absolute_url()
    assert session.get(f"{group}/@members").status_code in (401, 403)
    assert session.get(live.internal.absolute_url()).status_code in (401, 403)
    page = http(live, persona, json=False).get(f"{group}/@@space")
    assert "insufficient-privileges" in page.url or page.status_code in (401, 403)
    mine = session.get(url(live, "@my-working-groups")).json()["items"]
    assert [g["UID"] for g in mine] == []


CASES = [
    ("coordinator", "rest", "rest"),
    ("coordinator", "control-panel", "form"),
    ("member", "rest-keeping-local-roles", "rest"),
    ("member", "control-panel", "rest"),
    ("guest", "rest", "form"),
]


@pytest.mark.parametrize(("persona", "delete", "register"), CASES)
def test_working_group_roles_are_not_inherited(live, persona, delete, register):
    old, new = reregister(live, persona, delete, register)
    assert_no_group_access(live, persona)
    # Nothing of the deleted user is left in the roster or the PAS plugin.
    assert old not in roster(live)
    assert new not in roster(live)
    assert working_group_principals(live, new) == []
    public = client(live.portal.absolute_url(), json=False).get(
        live.group.absolute_url()
    )
    assert public.status_code == 200
    assert old not in public.text


@pytest.mark.parametrize("delete", ["rest", "control-panel"])
def test_a_pending_join_request_is_forgotten(live, delete):
    old, new = reregister(live, "outsider", delete, "rest")
    requests = admin(live).get(f"{live.group.absolute_url()}/@join-requests").json()
    assert [r for r in requests["items"] if r["user"] in (old, new)] == []
    # The new user may ask for themself, from scratch.
    asked = http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Moi", "consent": True},
    )
    assert asked.status_code == 201, asked.text


@pytest.mark.parametrize(
    ("delete", "register"), [("rest", "rest"), ("control-panel", "form")]
)
def test_a_jurors_place_is_not_inherited(live, delete, register):
    old, new = reregister(live, "member", delete, register)
    call_jury = admin(live).get(url(live, f"@groups/{jury.jury_group_id(live.call)}"))
    assert old not in call_jury.json()["members"]["items"]
    site_jury = admin(live).get(url(live, "@groups/jury")).json()["members"]["items"]
    assert old not in site_jury
    assert new not in site_jury
    applications = http(live, "member").get(f"{live.call.absolute_url()}/@applications")
    assert applications.status_code in (401, 403)


@pytest.mark.parametrize("register", ["rest", "form"])
def test_a_site_coordinators_roles_are_not_inherited(live, register):
    old, new = reregister(live, "site_coordinator", "rest", register)
    members = admin(live).get(url(live, "@groups/coordinateurs")).json()
    assert old not in members["members"]["items"]
    assert new not in members["members"]["items"]
    session = http(live, "site_coordinator")
    assert session.get(url(live, "@users")).status_code in (401, 403)
    assert session.get(f"{live.group.absolute_url()}/@members").status_code in (
        401,
        403,
    )
    assert admin(live).get(url(live, f"@users/{new}")).json()["roles"] == ["Member"]


def test_the_public_page_never_shows_an_id(live):
    """A coordinator removed behind Plone's back (straight from the user source,
    no deletion event) and one without a full name: neither id is shown."""
    with api.env.adopt_roles(["Manager"]):
        from polepatrimoine.workflows.workinggroups import membership

        membership.add_member(live.group, live.users["outsider"], "coordinator")
        api.user.get(userid=live.users["guest"]).setMemberProperties({"fullname": ""})
        membership.change_role(live.group, live.users["guest"], "coordinator")
        live.portal.acl_users.source_users.removeUser(live.users["coordinator"])
    transaction.commit()
    page = client(live.portal.absolute_url(), json=False).get(live.group.absolute_url())
    assert page.status_code == 200
    section = page.text.split('class="coordinators"', 1)[1].split("</section>", 1)[0]
    assert "Outsider" in section
    for userid in (live.users["coordinator"], live.users["guest"]):
        assert f">{userid}<" not in section
    assert "Coordinator" not in section


def test_ids_of_deleted_users_are_retired_not_only_freed(live):
    """Two deletions of the same name: each registration gets a fresh id."""
    first_old, first_new = reregister(live, "member", "rest", "rest")
    delete_rest(live, first_new)
    second = register_rest(live, "Member", live.emails["member"])
    assert second not in (first_old, first_new)
    assert_no_group_access(live, "member")
