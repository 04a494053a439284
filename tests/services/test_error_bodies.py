"""Every REST error answers plone.restapi's body, naming the fields at fault."""

from tests.content.meetings.helpers import make_event
from tests.fixtures.calls import valid_data

import transaction


def error_of(response, status: int, keys: set) -> dict:
    """The response's error, once checked to be exactly plone.restapi's shape."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == keys
    assert isinstance(error["type"], str)
    assert isinstance(error["message"], str)
    assert error["message"]
    return error


def post_csv(client, text: str):
    return client.post(
        "acteurs/@actors-import",
        data=text.encode("utf-8"),
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )


CSV = "title;actor_category;heritage_domains;department;zip_code;city\r\n"


def test_actors_import_400_is_a_result_document(clients):
    """Its 400 lists the rows at fault: a result, not an error body."""
    response = post_csv(
        clients["claire"], CSV + "Erreurs;inconnue;bati;44;44000;Nantes\r\n"
    )
    assert response.status_code == 400
    result = response.json()
    assert set(result) == {"created", "updated", "errors"}
    assert [set(e) for e in result["errors"]] == [
        {"line", "field", "column", "value", "message"}
    ]
    assert result["errors"][0]["field"] == "actor_category"


def test_actors_import_403(clients, members, functional):
    directory = functional["portal"]["acteurs"]
    directory.manage_permission(
        "polepatrimoine: Import actors", ["Manager", "Contributor"], acquire=True
    )
    directory.manage_setLocalRoles(members["alice"], ["Contributor"])
    transaction.commit()
    response = post_csv(
        clients["alice"], CSV + "Refusé;association;bati;44;44000;Nantes\r\n"
    )
    error = error_of(response, 403, {"type", "message"})
    assert error["type"] == "Forbidden"
    assert "Vous ne pouvez pas publier" in error["message"]


def test_actors_geojson_unknown_filter(clients):
    response = clients["anonymous"].get("@actors-geojson", params={"department": "75"})
    error = error_of(response, 400, {"type", "message", "field"})
    assert error["type"] == "BadRequest"
    assert error["field"] == "department"


def test_call_post_with_bad_fields(clients, world):
    data = valid_data(siret="123", contact_email="pas-une-adresse")
    response = clients["alice"].post(
        world.call.absolute_url(), json={"@type": "Application", **data}
    )
    error = error_of(response, 400, {"type", "message", "errors"})
    assert error["type"] == "BadRequest"
    assert [set(e) for e in error["errors"]] == [{"field", "message"}] * 2
    assert {e["field"] for e in error["errors"]} == {"siret", "contact_email"}
    assert all(e["message"] for e in error["errors"])


def test_registrations_post_with_bad_input(clients, functional):
    url = make_event(functional["portal"]["agenda"], capacity=2).absolute_url()
    response = clients["anonymous"].post(
        f"{url}/@registrations", json={"fullname": "Jean", "email": "pas-une-adresse"}
    )
    error = error_of(response, 400, {"type", "message", "field"})
    assert error["type"] == "BadRequest"
    assert error["field"] == "email"
    assert error["message"] == "Cette adresse électronique n'est pas valide."


def test_working_group_members_post_with_bad_input(clients, live):
    response = clients["claire"].post(
        f"{live.group.absolute_url()}/@members",
        json={"user": live.users["outsider"], "role": "chef"},
    )
    error = error_of(response, 400, {"type", "message", "field"})
    assert error["type"] == "BadRequest"
    assert error["field"] == "role"
    assert "chef" in error["message"]
