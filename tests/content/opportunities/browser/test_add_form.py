"""The Classic UI add form of an offer: French errors under the fields, nothing created."""

from plone import api
from tests.content.actors.browser.test_add_form import field_error
from tests.fixtures.opportunities import in_days

import re
import transaction


TITLE = "Offre du formulaire"


def add_form(client, structure, **fields):
    url = "jeunes-pros/offres/++add++Opportunity"
    page = client.get(url, headers={"Accept": "text/html"})
    assert page.status_code == 200
    tag = re.search(r'<input[^>]*name="_authenticator"[^>]*>', page.text).group(0)
    token = re.search(r'value="([^"]+)"', tag).group(1)
    data = {
        "_authenticator": token,
        "form.widgets.IBasic.title": TITLE,
        "form.widgets.kind:list": "alternance",
        "form.widgets.kind_detail:list": "apprentissage",
        "form.widgets.structure": structure.UID(),
        "form.widgets.level:list": "cap-bep",
        "form.widgets.department:list": "49",
        "form.widgets.commune": "Saumur",
        "form.widgets.deadline": in_days(15).isoformat(),
        "form.widgets.contact_email": "atelier@example.org",
        "form.widgets.ITrades.trades:list": "tailleur-de-pierre",
        "form.buttons.save": "Enregistrer",
        **fields,
    }
    return client.post(url, data=data, headers={"Accept": "text/html"})


def created(functional) -> list:
    transaction.abort()
    functional["portal"]._p_jar.sync()
    return list(
        api.content.find(portal_type="Opportunity", Title=TITLE, unrestricted=True)
    )


def test_a_structure_the_member_does_not_manage(clients, functional, jeunes_pros):
    response = add_form(clients["alice"], jeunes_pros["others"])
    assert response.status_code == 200
    assert "que pour une structure de l'annuaire que vous gérez" in field_error(
        response.text, "structure"
    )
    assert created(functional) == []


def test_detail_and_deadline(clients, functional, jeunes_pros):
    response = add_form(
        clients["alice"],
        jeunes_pros["alices"],
        **{
            "form.widgets.kind_detail:list": "benevole",
            "form.widgets.deadline": in_days(-2).isoformat(),
        },
    )
    assert "Cette précision ne correspond pas" in field_error(
        response.text, "kind_detail"
    )
    assert "ne peut pas être passée" in field_error(response.text, "deadline")
    assert created(functional) == []


def test_valid_form_creates_a_draft(clients, functional, jeunes_pros):
    response = add_form(clients["alice"], jeunes_pros["alices"])
    assert response.status_code == 200
    # Once: the trades' families are indexed without a catalog search.
    (brain,) = created(functional)
    assert brain.review_state == "private"
    assert brain.trades == ["tailleur-de-pierre"]
    assert brain.opportunity_deadline == in_days(15)
