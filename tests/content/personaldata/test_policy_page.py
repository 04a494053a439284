"""The public page « Données personnelles » (HTML and REST), generated from the register."""

from plone import api
from polepatrimoine.content.personaldata.interfaces import IPersonalDataProvider
from polepatrimoine.content.personaldata.register import providers
from tests.fixtures.http import client
from zope.component import getGlobalSiteManager
from zope.interface import implementer

import html
import pytest
import re
import transaction


@implementer(IPersonalDataProvider)
class NewsletterStore:
    """A store the suite does not have yet, as a later feature would add it."""

    title = "Abonnés à la lettre d'information (test)"
    purpose = "Envoyer la lettre d'information du réseau."
    legal_basis = "Consentement"
    categories = ("Adresse électronique", "Date d'abonnement")
    recipients = "L'équipe de coordination"
    retention = "Jusqu'au désabonnement ; jamais confirmés : quelques jours."
    retention_settings = ("polepatrimoine.retention.pending_days",)
    stores = ()


@pytest.fixture
def newsletter(functional):
    gsm = getGlobalSiteManager()
    gsm.registerUtility(NewsletterStore(), IPersonalDataProvider, "test-newsletter")
    api.portal.set_registry_record("polepatrimoine.retention.pending_days", 3)
    transaction.commit()
    yield
    gsm.unregisterUtility(provided=IPersonalDataProvider, name="test-newsletter")


def page_text(portal_url) -> tuple[str, str]:
    response = client(portal_url, json=False).get("@@personal-data-policy")
    assert response.status_code == 200
    page = response.text
    main = page[page.index('id="content"') :]
    return page, " ".join(html.unescape(re.sub("<[^>]+>", " ", main)).split())


def test_every_registered_store_is_on_the_page(newsletter, portal_url):
    page, text = page_text(portal_url)
    assert set(providers()) >= {"test-newsletter"}
    for name in providers():
        assert f'id="processing-{name}"' in page
    for expected in (
        "Abonnés à la lettre d'information (test)",
        "Finalité Envoyer la lettre d'information du réseau.",
        "Base légale Consentement",
        "Données conservées Adresse électronique, Date d'abonnement",
        "Destinataires L'équipe de coordination",
        "Durée de conservation Jusqu'au désabonnement",
        # The setting's current value, with its French title.
        "Inscriptions ou abonnements jamais confirmés (jours) : 3",
    ):
        assert expected in text, expected


def test_the_page_is_public_and_french(portal_url, functional):
    api.portal.set_registry_record(
        "plone.email_from_address", "contact@polepatrimoine.example"
    )
    transaction.commit()
    page, text = page_text(portal_url)
    assert re.search(r"<h1[^>]*>\s*Données personnelles\s*</h1>", page)
    for expected in (
        "Vos droits",
        "Accès",
        "Rectification",
        "Effacement",
        "Opposition",
        "Portabilité",
        "Réclamation auprès de la CNIL",
        "Mes données",
        "écrivez à contact@polepatrimoine.example",
        "Le site ne dépose aucun cookie autre que ceux de Plone",
        "serveur de tuiles tile.openstreetmap.org",
        "auto-hébergé",
    ):
        assert expected in text, expected
    assert f'href="{portal_url}/@@my-data"' in page
    assert 'href="https://www.cnil.fr/fr/plaintes"' in page


def test_the_tile_server_is_the_setting(portal_url, functional):
    api.portal.set_registry_record(
        "polepatrimoine.map.tile_url",
        "https://tuiles.polepatrimoine.example/{z}/{x}/{y}.png",
    )
    transaction.commit()
    _page, text = page_text(portal_url)
    assert "serveur de tuiles tuiles.polepatrimoine.example" in text
    assert "openstreetmap" not in text
    data = client(portal_url).get("@personal-data-policy").json()
    assert data["third_parties"]["map_tile_server"] == "tuiles.polepatrimoine.example"


def test_rest_gives_the_same_as_json(newsletter, portal_url):
    response = client(portal_url).get("@personal-data-policy")
    assert response.status_code == 200
    data = response.json()
    assert data["@id"] == f"{portal_url}/@personal-data-policy"
    assert data["title"] == "Données personnelles"
    by_id = {item["id"]: item for item in data["processing"]}
    assert set(by_id) == set(providers())
    assert by_id["test-newsletter"] == {
        "id": "test-newsletter",
        "title": "Abonnés à la lettre d'information (test)",
        "purpose": "Envoyer la lettre d'information du réseau.",
        "legal_basis": "Consentement",
        "categories": ["Adresse électronique", "Date d'abonnement"],
        "recipients": "L'équipe de coordination",
        "retention": "Jusqu'au désabonnement ; jamais confirmés : quelques jours.",
        "retention_settings": [
            {
                "name": "polepatrimoine.retention.pending_days",
                "title": "Inscriptions ou abonnements jamais confirmés (jours)",
                "value": 3,
            }
        ],
    }
    assert [right["id"] for right in data["rights"]] == [
        "access",
        "rectification",
        "erasure",
        "opposition",
        "portability",
        "complaint",
    ]
    assert data["how_to"]["members_url"] == f"{portal_url}/@@my-data"
    assert data["consent"]["text"].startswith("J'accepte que Pôle Patrimoine")
    assert data["third_parties"]["map_tile_server"] == "tile.openstreetmap.org"


def test_linked_from_the_footer(portal_url, functional):
    page = client(portal_url, json=False).get("").text
    # The site actions, in the page's last footer.
    footer = page[page.rindex("<footer") :]
    link = re.search(
        rf'<a[^>]*href="{re.escape(portal_url)}/@@personal-data-policy"[^>]*>(.*?)</a>',
        footer,
        re.S,
    )
    assert link
    assert " ".join(re.sub("<[^>]+>", " ", link.group(1)).split()) == (
        "Données personnelles"
    )
