"""@my-applications: an applicant's own applications, nobody else's."""

from tests.services.calls_http import get


def test_my_applications(world, apps):
    data = get(f"{world.portal.absolute_url()}/@my-applications", "applicant").json()
    assert [(i["structure_name"], i["review_state"]) for i in data["items"]] == [
        ("Atelier du patrimoine", "submitted")
    ]
    assert data["items"][0]["call"]["title"] == "Appel appel-test"
    other = get(f"{world.portal.absolute_url()}/@my-applications", "other").json()
    assert [i["structure_name"] for i in other["items"]] == ["Autre structure"]
    anonymous = get(f"{world.portal.absolute_url()}/@my-applications", "anonymous")
    assert anonymous.status_code == 401
