"""The French style of the actors' CSV opens nothing new: the same columns for
every persona as the tokens style (no creators, no owner), the import refused to
members and visitors whatever the headers, and the coordinators' fields
(membership, labels) refused to a non-coordinator importer under their French
labels too, each error naming the user's column."""

from plone import api
from tests.content.actors.csv.helpers import FR
from tests.content.actors.csv.helpers import header
from tests.security.test_actor_coordinator_fields import REFUSED
from tests.security.test_actor_coordinator_fields import own_actor  # noqa: F401
from tests.security.test_actor_coordinator_fields import stored
from tests.services.actors_import.helpers import WORD
from tests.services.actors_import.helpers import actors
from tests.services.actors_import.helpers import post_csv

import pytest
import transaction


@pytest.mark.parametrize("who", ["anonymous", "alice", "claire"])
def test_same_columns_in_both_styles_for_everyone(clients, sample, who):
    client = clients[who]
    tokens = client.get("acteurs/@actors-export")
    french = client.get("acteurs/@actors-export", params={"style": "fr"})
    download = client.get("acteurs/@@actors.csv", headers={"Accept": "text/html"})
    assert header(tokens) == list(FR)
    assert header(french) == header(download) == list(FR.values())
    for response in (tokens, french, download):
        text = response.content.decode("utf-8").lower()
        assert "creators" not in text
        assert "créateur" not in text


FRENCH_FILE = (
    "Titre;Catégorie;Département;Code postal;Commune;Adhérent de Pôle Patrimoine\r\n"
    f"Intrus {WORD};Association;44 – Loire-Atlantique;44000;Nantes;oui\r\n"
)


@pytest.mark.parametrize("who", ["anonymous", "alice"])
def test_french_import_refused(clients, functional, who):
    client = clients[who]
    response = post_csv(client, FRENCH_FILE.encode("utf-8"))
    assert response.status_code in (401, 403)
    form = client.post(
        "acteurs/@@actors-import",
        data={"form.submitted": "1"},
        files={"file": ("a.csv", FRENCH_FILE.encode("utf-8"), "text/csv")},
        headers={"Accept": "text/html"},
    )
    assert form.status_code in (401, 403) or (
        "insufficient-privileges" in form.url or "/login?" in form.url
    )
    assert actors(functional["portal"]) == {}


@pytest.fixture
def reviewer_importer(functional, members):
    """An integrator gives the import to reviewers, who are not coordinators."""
    directory = functional["portal"]["acteurs"]
    with api.env.adopt_roles(["Manager"]):
        directory.manage_permission(
            "polepatrimoine: Import actors", ["Manager", "Reviewer"], acquire=True
        )
        api.user.grant_roles(
            username=members["alice"], roles=["Reviewer"], obj=directory
        )
    transaction.commit()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("Adhérent de Pôle Patrimoine", "oui"),
        ("Adhérent depuis (année)", "2020"),
        ("Labels", "Musée de France"),
        ("labels", "musee-de-france | Jardin remarquable"),
    ],
)
def test_coordinator_fields_under_french_labels(
    clients,
    own_actor,  # noqa: F811
    reviewer_importer,
    column,
    value,
):
    uid = clients["admin"].get(own_actor).json()["UID"]
    before = stored(clients, own_actor)
    text = (
        f"Identifiant;Titre;Catégorie;Département;Code postal;Commune;{column}\r\n"
        f"{uid};Atelier d'Alice;Association;Loire-Atlantique;44000;Nantes;{value}\r\n"
    )
    response = post_csv(clients["alice"], text.encode("utf-8"))
    assert response.status_code == 400, response.text
    [error] = response.json()["errors"]
    assert error["column"] == column
    assert error["message"].startswith(f"Ligne 2, colonne « {column} »")
    assert REFUSED in error["message"]
    assert stored(clients, own_actor) == before
