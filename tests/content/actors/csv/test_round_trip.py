"""Export → import → export, in each style: the second export is the first,
and the actors' stored values are unchanged."""

from tests.content.actors.csv.helpers import stored
from tests.fixtures.actors import make_actor
from tests.services.actors_import.helpers import post_csv

import pytest
import transaction


WORD = "Allerretour"


@pytest.fixture
def actors(functional, members):
    portal = functional["portal"]
    made = [
        make_actor(
            portal,
            title=f"Musée « accentué » ; {WORD}",
            actor_category="institution",
            heritage_domains=["musees", "maritime"],
            department="85",
            zip_code="85100",
            city="Les Sables-d'Olonne",
            street="1, quai de la Loire",
            description="Une description ; avec un point-virgule, et « guillemets »",
            labels=["musee-de-france", "ville-pays-art-histoire"],
            social_links=[
                "https://social.example.org/a",
                "https://social.example.org/b",
            ],
            email="contact@example.org",
            phone="+33 2 51 00 00 00",
            website="https://example.org",
            is_member=True,
            member_since=2021,
            siret="73282932000074",
            welcomes_young=["stages", "chantiers"],
            position=(46.4967123456789, -1.7831),
        ),
        make_actor(portal, title=f"Sans position {WORD}", position=None),
        make_actor(portal, title=f"Au point zéro {WORD}", position=(0.0, 0.0)),
        make_actor(
            portal,
            title=f"=Formule {WORD}",
            actor_category="collectivite",
            department="53",
            zip_code="53000",
            city="Laval",
            position=(48.07, -0.77),
        ),
    ]
    transaction.commit()
    return [actor.absolute_url() for actor in made]


@pytest.mark.parametrize(
    ("style", "sep"), [("tokens", ";"), ("fr", ";"), ("fr", ","), ("tokens", ",")]
)
def test_export_import_export_is_identical(clients, actors, style, sep):
    client = clients["claire"]
    params = {"SearchableText": WORD, "style": style, "sep": sep}
    before = [stored(clients["admin"], url) for url in actors]
    first = client.get("acteurs/@actors-export", params=params).content
    response = post_csv(client, first)
    assert response.json() == {"created": 0, "updated": 4, "errors": []}
    second = client.get("acteurs/@actors-export", params=params).content
    assert second == first
    assert [stored(clients["admin"], url) for url in actors] == before


def test_the_browser_download_reimports_unchanged(clients, actors):
    client = clients["claire"]
    before = [stored(clients["admin"], url) for url in actors]
    first = client.get(
        "acteurs/@@actors.csv",
        params={"SearchableText": WORD},
        headers={"Accept": "text/html"},
    ).content
    assert "Titre;Description;Catégorie".encode() in first
    # Through the Classic UI form, as a coordinator would send it back.
    page = client.get("acteurs/@@actors-import", headers={"Accept": "text/html"})
    token = page.text.split('name="_authenticator" value="')[1].split('"')[0]
    response = client.post(
        "acteurs/@@actors-import",
        data={"form.submitted": "1", "_authenticator": token},
        files={"file": ("acteurs.csv", first, "text/csv")},
        headers={"Accept": "text/html"},
    )
    assert "0 acteurs créés, 4 mis à jour" in response.text
    assert [stored(clients["admin"], url) for url in actors] == before
