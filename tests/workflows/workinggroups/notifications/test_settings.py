"""``@my-notifications`` and ``@@my-notifications``: a member's mode per group."""

from plone import api
from tests.workflows.workinggroups.scenario import http

import re


def settings(world, persona):
    response = http(world, persona).get("@my-notifications")
    assert response.status_code == 200, response.text
    return response.json()


def modes(world, persona) -> dict:
    return {g["UID"]: g["mode"] for g in settings(world, persona)["groups"]}


def test_weekly_by_default(world):
    data = settings(world, "member")
    assert data["@id"].endswith("/@my-notifications")
    assert [g["title"] for g in data["groups"]] == ["Groupe test"]
    group = data["groups"][0]
    assert group["UID"] == world.group.UID()
    assert group["mode"] == "weekly"
    assert group["role"] == "member"
    assert group["agenda_url"] == f"{world.group.absolute_url()}/@@group-agenda"
    assert data["modes"] == [
        {"token": "each", "title": "Chaque nouveauté, par courriel"},
        {"token": "weekly", "title": "Un résumé hebdomadaire"},
        {"token": "none", "title": "Rien"},
    ]
    assert data["feed"] is None
    assert data["last_digest"] is None


def test_a_member_chooses_per_group(world):
    response = http(world, "member").patch(
        "@my-notifications", json={"groups": {world.group.UID(): "each"}}
    )
    assert response.status_code == 200, response.text
    assert response.json()["groups"][0]["mode"] == "each"
    assert modes(world, "member") == {world.group.UID(): "each"}
    # Another member's setting is their own.
    assert modes(world, "guest") == {world.group.UID(): "weekly"}
    http(world, "member").patch(
        "@my-notifications", json={"groups": {world.group.UID(): "none"}}
    )
    assert modes(world, "member") == {world.group.UID(): "none"}


def refused(world, body, persona="member"):
    response = http(world, persona).patch("@my-notifications", json=body)
    assert response.status_code == 400, response.text
    return response.json()["error"]


def test_unknown_mode_is_a_french_400_and_nothing_is_written(world):
    error = refused(world, {"groups": {world.group.UID(): "daily"}})
    assert error["field"] == "groups"
    assert error["message"] == (
        "Mode de notification inconnu « daily » : choisissez each (chaque "
        "nouveauté), weekly (résumé hebdomadaire) ou none (rien)."
    )
    assert modes(world, "member") == {world.group.UID(): "weekly"}


def test_no_setting_for_a_group_one_is_not_in(world):
    for uid in (world.other.UID(), "0" * 32):
        error = refused(world, {"groups": {world.group.UID(): "none", uid: "none"}})
        assert error["field"] == "groups"
        assert (
            error["message"] == f"« {uid} » n'est pas l'un de vos groupes de travail."
        )
    # The valid half was not written either.
    assert modes(world, "member") == {world.group.UID(): "weekly"}


def test_other_bad_bodies(world):
    assert refused(world, {"groups": []})["field"] == "groups"
    assert refused(world, {})["field"] == "groups"
    error = refused(world, {"groups": {world.group.UID(): "none"}, "mode": "x"})
    assert error["field"] == "mode"
    assert error["message"].startswith("Champ inconnu « mode »")
    response = http(world, "member").patch(
        "@my-notifications",
        data="pas du json",
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400


def test_anonymous_refused(world):
    assert http(world, "anonymous").get("@my-notifications").status_code == 401
    response = http(world, "anonymous").patch(
        "@my-notifications", json={"groups": {world.group.UID(): "none"}}
    )
    assert response.status_code == 401


def test_a_user_without_groups(world):
    assert settings(world, "outsider")["groups"] == []
    error = refused(world, {"groups": {world.group.UID(): "each"}}, "outsider")
    assert error["field"] == "groups"


def page(world, persona):
    return http(world, persona, json=False).get("@@my-notifications")


def token_of(text: str) -> str:
    return re.search(
        r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', text
    ).group(1)


def test_the_page_shows_and_saves_the_modes(world):
    response = page(world, "member")
    assert response.status_code == 200
    text = response.text
    assert "Mes notifications" in text
    uid = world.group.UID()
    checked = re.search(
        rf'<input[^>]*name="mode.{uid}"[^>]*value="weekly"[^>]*>', text
    ).group(0)
    assert "checked" in checked
    saved = http(world, "member", json=False).post(
        "@@my-notifications",
        data={
            "_authenticator": token_of(text),
            f"mode.{uid}": "none",
            "action": "save",
        },
    )
    assert saved.status_code == 200
    assert "Vos réglages de notification ont été enregistrés." in saved.text
    assert modes(world, "member") == {uid: "none"}


def test_the_page_refuses_a_bad_mode_and_a_forged_post(world):
    uid = world.group.UID()
    text = page(world, "member").text
    bad = http(world, "member", json=False).post(
        "@@my-notifications",
        data={
            "_authenticator": token_of(text),
            f"mode.{uid}": "daily",
            "action": "save",
        },
    )
    assert "Mode de notification inconnu « daily »" in bad.text
    forged = http(world, "member", json=False).post(
        "@@my-notifications", data={f"mode.{uid}": "none", "action": "save"}
    )
    assert forged.status_code == 403
    assert modes(world, "member") == {uid: "weekly"}


def test_the_page_makes_and_revokes_the_feed(world):
    text = page(world, "member").text
    made = http(world, "member", json=False).post(
        "@@my-notifications",
        data={"_authenticator": token_of(text), "action": "feed-new"},
    )
    assert "Une nouvelle adresse a été créée pour votre calendrier" in made.text
    url = settings(world, "member")["feed"]["url"]
    assert f'value="{url}"' in made.text
    revoked = http(world, "member", json=False).post(
        "@@my-notifications",
        data={"_authenticator": token_of(made.text), "action": "feed-revoke"},
    )
    assert "L'adresse de votre calendrier a été révoquée." in revoked.text
    assert settings(world, "member")["feed"] is None


def test_linked_from_the_user_menu(world):
    text = page(world, "member").text
    portal_url = api.portal.get().absolute_url()
    assert f'href="{portal_url}/@@my-notifications"' in text


def test_anonymous_page_goes_to_login(world):
    response = http(world, "anonymous", json=False).get(
        "@@my-notifications", allow_redirects=False
    )
    assert response.status_code in (302, 401)
