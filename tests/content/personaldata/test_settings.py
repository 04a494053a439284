"""The retention settings: registry records, control panel for coordinators, REST."""

from plone import api
from polepatrimoine.content.personaldata.register import RETENTION
from tests.fixtures.http import client

import re
import transaction


PANEL = "@@personal-data-settings"
REST_PANEL = "@controlpanels/personal-data"


def test_records_exist_with_the_register_defaults(integration):
    for name, default in RETENTION.items():
        assert api.portal.get_registry_record(name) == default


def authenticator(page: str) -> str:
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page).group(1)


def test_coordinator_edits_the_periods_in_french(clients, portal_url):
    claire = client(portal_url, "claire@example.org", json=False)
    page = claire.get(PANEL)
    assert page.status_code == 200
    for label in (
        "Données personnelles : durées de conservation",
        "Inscriptions aux événements (mois après l'événement)",
        "Demandes d'adhésion aux groupes (mois après la décision)",
        "Candidatures non retenues (mois après la décision)",
        "Candidatures retenues (mois après la décision)",
        "Inscriptions ou abonnements jamais confirmés (jours)",
        "Abonnés à la lettre désinscrits (mois après la désinscription)",
    ):
        assert label in page.text
    saved = claire.post(
        PANEL,
        data={
            "form.widgets.registrations_months": "18",
            "form.widgets.join_requests_months": "6",
            "form.widgets.applications_refused_months": "24",
            "form.widgets.applications_accepted_months": "60",
            "form.widgets.pending_days": "3",
            "form.widgets.newsletter_unsubscribed_months": "12",
            "form.buttons.save": "Enregistrer",
            "_authenticator": authenticator(page.text),
        },
    )
    assert saved.status_code == 200
    data = clients["admin"].get(REST_PANEL).json()["data"]
    assert (data["registrations_months"], data["pending_days"]) == (18, 3)


def test_a_period_below_one_is_refused_in_french(clients, portal_url):
    claire = client(portal_url, "claire@example.org", json=False)
    page = claire.get(PANEL)
    refused = claire.post(
        PANEL,
        data={
            "form.widgets.registrations_months": "0",
            "form.widgets.join_requests_months": "6",
            "form.widgets.applications_refused_months": "24",
            "form.widgets.applications_accepted_months": "60",
            "form.widgets.pending_days": "7",
            "form.buttons.save": "Enregistrer",
            "_authenticator": authenticator(page.text),
        },
    )
    assert "Il y a des erreurs" in refused.text
    data = clients["admin"].get(REST_PANEL).json()["data"]
    assert data["registrations_months"] == 12


def test_coordinator_patches_through_rest(clients):
    claire = clients["claire"]
    assert claire.get(REST_PANEL).json()["title"] == "Données personnelles"
    assert claire.patch(REST_PANEL, json={"join_requests_months": 9}).status_code == 204
    data = clients["admin"].get(REST_PANEL).json()["data"]
    assert data["join_requests_months"] == 9
    listed = {
        panel["@id"].rsplit("/", 1)[-1] for panel in claire.get("@controlpanels").json()
    }
    assert "personal-data" in listed


def test_listed_in_site_setup_for_coordinators(clients, portal_url):
    page = client(portal_url, "claire@example.org", json=False).get(
        "@@overview-controlpanel"
    )
    assert page.status_code == 200
    assert f"{portal_url}/@@personal-data-settings" in page.text
    assert "Données personnelles" in page.text


def test_the_setting_is_what_providers_read(functional):
    from polepatrimoine.content.personaldata.register import retention

    api.portal.set_registry_record("polepatrimoine.retention.pending_days", 2)
    transaction.commit()
    assert retention("polepatrimoine.retention.pending_days") == 2
