"""« Mes groupes de travail » on the demo site: role, latest activity, next meeting."""

from polepatrimoine.policy.demo.working_groups import DEMO_PASSWORD

import html as html_lib
import pytest
import re
import requests


INDUSTRIEL = "groupes-de-travail/patrimoine-industriel-et-technique"
SITE_DESCRIPTION = "Le réseau des acteurs du patrimoine culturel des Pays de la Loire"


def session(login, json=False):
    s = requests.Session()
    s.auth = (login, DEMO_PASSWORD)
    if json:
        s.headers["Accept"] = "application/json"
    return s


def page(portal_url, login):
    response = session(login).get(f"{portal_url}/@@my-working-groups", timeout=60)
    assert response.status_code == 200
    return response.text


def cards(text):
    return {
        html_lib.unescape(
            re.search(r'class="card-title"><a[^>]*>([^<]+)<', card)[1]
        ): card
        for card in text.split('class="card mb-3 my-working-group"')[1:]
    }


def activity_titles(portal_url, login, group_path, size=3):
    response = session(login, json=True).get(
        f"{portal_url}/{group_path}/@activity", params={"b_size": size}, timeout=60
    )
    assert response.status_code == 200
    return [(item["verb"], item["title"]) for item in response.json()["items"]]


@pytest.mark.parametrize(
    ("login", "role"),
    [
        ("membre1.industriel@example.org", "Membre"),
        ("coordination.industriel@example.org", "Coordinateur"),
    ],
)
def test_role_latest_activity_and_next_meeting(functional, portal_url, login, role):
    text = page(portal_url, login)
    card = cards(text)["Patrimoine industriel et technique"]
    assert re.search(rf"Votre rôle[^<]*</span>\s*<strong>{role}</strong>", card)
    # The three latest entries of the stream, as the same user reads it over REST.
    expected = activity_titles(portal_url, login, INDUSTRIEL)
    assert len(expected) == 3
    shown = [
        (html_lib.unescape(verb), html_lib.unescape(title))
        for verb, title in re.findall(
            r"<span>([^<]+)</span>\s*<a href=\"[^\"]*\">([^<]+)</a>", card
        )
    ]
    assert shown == expected
    assert "Prochaine réunion :" in card
    assert re.search(r"\d\d/\d\d/\d{4} à 14:00", card)
    assert f'href="{portal_url}/{INDUSTRIEL}/@@space"' in card


def test_no_byline_nor_site_description(functional, portal_url):
    text = page(portal_url, "membre1.industriel@example.org")
    assert "documentByLine" not in text
    assert ">admin<" not in text
    body = text[text.index('id="content"') :]
    assert SITE_DESCRIPTION not in body
    assert "Mes groupes de travail" in body


def test_a_guest_sees_only_what_a_guest_may_read(functional, portal_url):
    login = "invite.chartes@example.org"
    card = cards(page(portal_url, login))["Chartes, labels et marques"]
    assert "<strong>Invité</strong>" in card
    expected = activity_titles(
        portal_url, login, "groupes-de-travail/chartes-labels-et-marques"
    )
    for _verb, title in expected:
        assert html_lib.escape(title, quote=False) in card or title in card


def test_only_the_users_groups(functional, portal_url):
    assert set(cards(page(portal_url, "membre1.chartes@example.org"))) == {
        "Chartes, labels et marques"
    }


def test_rest_gives_the_same(functional, portal_url):
    response = session("membre1.industriel@example.org", json=True).get(
        f"{portal_url}/@my-working-groups", timeout=60
    )
    (item,) = response.json()["items"]
    assert item["role_title"] == "Membre"
    assert [
        (a["verb"], a["title"]) for a in item["recent_activity"]
    ] == activity_titles(portal_url, "membre1.industriel@example.org", INDUSTRIEL)
    assert item["recent_activity"][0]["actor"]["fullname"]
    meeting = item["next_meeting"]
    assert meeting["title"].startswith("Prochaine réunion")
    assert (
        meeting["start"].endswith("+01:00")
        or meeting["start"].endswith("+02:00")
        or meeting["start"]
    )
    assert re.fullmatch(r"\d\d/\d\d/\d{4} à 14:00", meeting["start_local"])
