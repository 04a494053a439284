"""The Classic UI add form of an actor: French errors under the fields, nothing created."""

from plone import api

import re
import transaction


def add_form(client, **fields):
    page = client.get("acteurs/++add++Actor", headers={"Accept": "text/html"})
    tag = re.search(r'<input[^>]*name="_authenticator"[^>]*>', page.text).group(0)
    token = re.search(r'value="([^"]+)"', tag).group(1)
    data = {
        "_authenticator": token,
        "form.widgets.IBasic.title": "Atelier du formulaire",
        "form.widgets.actor_category:list": "association",
        "form.widgets.department:list": "44",
        "form.widgets.zip_code": "44000",
        "form.widgets.city": "Nantes",
        "form.buttons.save": "Enregistrer",
        **fields,
    }
    return client.post(
        "acteurs/++add++Actor", data=data, headers={"Accept": "text/html"}
    )


def field_error(html: str, field: str) -> str:
    """The text of the field's block in the form, up to the next field."""
    start = html.index(f'id="formfield-form-widgets-{field}"')
    end = html.find('id="formfield-', start + 1)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[start:end]))


def created(functional) -> list:
    transaction.abort()
    functional["portal"]._p_jar.sync()
    return list(
        api.content.find(
            portal_type="Actor", Title="Atelier du formulaire", unrestricted=True
        )
    )


def test_zip_code_of_another_department(clients, functional):
    response = add_form(clients["alice"], **{"form.widgets.zip_code": "49000"})
    assert response.status_code == 200
    assert "Le code postal 49000 n'est pas dans le département 44." in field_error(
        response.text, "zip_code"
    )
    assert created(functional) == []


def test_bad_phone_and_coordinates(clients, functional):
    response = add_form(
        clients["alice"],
        **{
            "form.widgets.phone": "12 34",
            "form.widgets.IGeolocatable.geolocation:tuple": ["147.5", "-1.5"],
        },
    )
    assert "Saisissez un numéro de téléphone français" in field_error(
        response.text, "phone"
    )
    assert "La latitude doit être comprise entre -90 et 90." in field_error(
        response.text, "IGeolocatable-geolocation"
    )
    assert created(functional) == []


def test_valid_form_creates_a_pending_actor(clients, functional):
    response = add_form(
        clients["alice"],
        **{"form.widgets.IGeolocatable.geolocation:tuple": ["47.2184", "-1.5536"]},
    )
    assert response.status_code == 200
    (brain,) = created(functional)
    assert brain.review_state == "pending"
    assert (brain.latitude, brain.longitude) == (47.2184, -1.5536)
