"""@my-working-groups: the current user's groups with their role."""

from tests.workflows.workinggroups.scenario import http


def url(live):
    return f"{live.portal.absolute_url()}/@my-working-groups"


def test_member_sees_their_group_and_role(live):
    response = http(live, "member").get(url(live), timeout=30)
    assert response.status_code == 200
    items = response.json()["items"]
    assert [(i["title"], i["role"], i["role_title"]) for i in items] == [
        ("Groupe test", "member", "Membre")
    ]
    activity = [a["title"] for a in items[0]["recent_activity"]]
    assert activity
    assert set(activity) <= {
        "Note Zorglubine",
        "Synthèse publique",
        "Réunion Zorglubine",
        "Rencontre ouverte",
        "Dossier Zorglubine",
    }


def test_coordinator_of_the_other_group(live):
    items = http(live, "other_group_member").get(url(live), timeout=30).json()["items"]
    assert [(i["title"], i["role"]) for i in items] == [("Autre groupe", "coordinator")]


def test_outsider_has_none(live):
    response = http(live, "outsider").get(url(live), timeout=30)
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_anonymous_refused(live):
    assert http(live, "anonymous").get(url(live), timeout=30).status_code == 401


def test_dashboard_page(live):
    response = http(live, "coordinator", json=False).get(
        f"{live.portal.absolute_url()}/@@my-working-groups", timeout=30
    )
    assert response.status_code == 200
    assert "Groupe test" in response.text
    assert "Coordinateur" in response.text
