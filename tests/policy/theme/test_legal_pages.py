"""The legal pages: published for everyone, in French, over HTTP and REST;
out of the navigation (the footer links to them); coordinators edit them."""

from tests.policy.theme.helpers import fetch
from tests.policy.theme.helpers import texts

import pytest


PAGES = {
    "mentions-legales": (
        "Mentions légales",
        [
            "Éditeur du site",
            "Hébergement",
            "Propriété intellectuelle",
            "Crédits",
            "Données personnelles",
            "Accessibilité",
        ],
    ),
    "accessibilite": (
        "Déclaration d'accessibilité",
        [
            "État de conformité",
            "Résultats des tests",
            "Contenus non accessibles",
            "Établissement de cette déclaration d'accessibilité",
            "Retour d'information et contact",
            "Voies de recours",
        ],
    ),
}


@pytest.mark.parametrize("page_id", PAGES)
def test_page_in_french_for_anonymous(functional, page_id):
    title, headings = PAGES[page_id]
    response, tree = fetch(f"{functional['portal'].absolute_url()}/{page_id}")
    assert response.status_code == 200
    assert tree.get("lang") == "fr"
    assert texts(tree, "h1") == [title]
    assert texts(tree, "#content-core h2") == headings
    # Reached from the footer, not from the main navigation.
    assert title not in " ".join(texts(tree, "#portal-globalnav"))


def test_legal_notice_marks_what_to_fill(functional):
    _response, tree = fetch(f"{functional['portal'].absolute_url()}/mentions-legales")
    to_fill = texts(tree, "#content-core .pp-to-fill")
    assert any("hébergeur" in text for text in to_fill)
    assert all(text.startswith("[À COMPLÉTER") for text in to_fill)
    links = [a.get("href") for a in tree.cssselect("#content-core a")]
    assert any(href.endswith("/@@personal-data-policy") for href in links)


def test_accessibility_statement_in_rgaa_form(functional):
    response, tree = fetch(f"{functional['portal'].absolute_url()}/accessibilite")
    text = " ".join(tree.cssselect("#content-core")[0].text_content().split())
    assert "partiellement conforme" in text
    assert "RGAA), version 4.1" in text
    assert "axe-core" in text
    assert "La carte interactive des acteurs" in text
    assert "Défenseur des droits" in text
    assert "Libre réponse 71120, 75342 Paris CEDEX 07" in text
    links = [a.get("href") for a in tree.cssselect("#content-core a")]
    assert "https://formulaire.defenseurdesdroits.fr/" in links
    assert any(href.endswith("/contact-info") for href in links)


@pytest.mark.parametrize("page_id", PAGES)
def test_page_over_rest(functional, clients, page_id):
    response = clients["anonymous"].get(page_id)
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == PAGES[page_id][0]
    assert data["review_state"] == "published"
    assert data["exclude_from_nav"] is True
    assert data["text"]["content-type"] == "text/html"


def test_coordinator_edits_the_legal_notice(functional, clients):
    text = "<p>Hébergé par Exemple SAS, 1 rue de l'Exemple, 75000 Paris.</p>"
    response = clients["claire"].patch(
        "mentions-legales", json={"text": {"data": text, "content-type": "text/html"}}
    )
    assert response.status_code == 204, response.text
    answer = clients["anonymous"].get("mentions-legales").json()
    assert "Exemple SAS" in answer["text"]["data"]
