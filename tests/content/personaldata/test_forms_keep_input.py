"""After an error, the suite's public forms come back with what was typed (files and passwords aside)."""

from plone import api
from polepatrimoine.policy.demo.working_groups import DEMO_PASSWORD
from tests.fixtures.http import client
from tests.security.registration_helpers import event_url_fixture  # noqa: F401
from tests.security.registration_helpers import form_register

import html
import re
import requests


NAME = "Zoé Quillon-Lefèvre"
STRUCTURE = "Musée Quillon & associés"


def token(text):
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', text).group(1)


def has_value(text, name, value):
    """The input ``name`` carries ``value`` (attributes in any order)."""
    for tag in re.findall(r"<input\b[^>]*>", text):
        if f'name="{name}"' in tag:
            found = re.search(r'value="([^"]*)"', tag)
            return found is not None and html.unescape(found.group(1)) == value
    return False


def box_checked(text, box_id):
    tag = re.search(rf'<input\b[^>]*id="{box_id}"[^>]*>', text).group(0)
    return "checked" in tag


def test_event_registration(functional, event_url, smtp):
    response = form_register(
        event_url,
        {"fullname": NAME, "email": "pas-une-adresse", "structure": STRUCTURE},
    )
    text = response.text
    assert "registration-result" not in text
    assert has_value(text, "fullname", NAME)
    assert has_value(text, "email", "pas-une-adresse")
    assert has_value(text, "structure", STRUCTURE)
    assert box_checked(text, "registration-consent")
    assert smtp.messages == []


def test_event_registration_without_consent_leaves_the_box_empty(
    functional, event_url, smtp
):
    text = form_register(
        event_url, {"fullname": NAME, "email": "zq@example.org", "consent": ""}
    ).text
    assert has_value(text, "fullname", NAME)
    assert not box_checked(text, "registration-consent")


def test_offer_application(functional, smtp):
    (brain, *_rest) = api.content.find(
        portal_type="Opportunity", review_state="published", sort_on="id"
    )
    url = f"{brain.getURL()}/@@opportunity-apply"
    session = client(json=False)
    form = session.get(brain.getURL()).text
    message = "Bonjour,\nje prépare un CAP « tailleur de pierre » & j'écris."
    response = session.post(
        url,
        data={
            "fullname": NAME,
            "email": "pas-une-adresse",
            "message": message,
            "consent": "on",
            "_authenticator": token(form),
        },
    )
    text = response.text
    assert has_value(text, "fullname", NAME)
    assert has_value(text, "email", "pas-une-adresse")
    textarea = re.search(
        r'<textarea[^>]*name="message"[^>]*>(.*?)</textarea>', text, re.S
    )
    assert html.unescape(textarea.group(1)) == message
    assert box_checked(text, "apply-consent")
    assert smtp.messages == []


def test_newsletter_sign_up(clients, smtp):
    anonymous = clients["anonymous"]
    page = anonymous.get("@@newsletter-subscribe", headers={"Accept": "text/html"})
    response = anonymous.post(
        "@@newsletter-subscribe",
        data={
            "email": "pas-une-adresse",
            "name": NAME,
            "structure": STRUCTURE,
            "consent": "on",
            "_authenticator": token(page.text),
        },
        headers={"Accept": "text/html"},
    )
    assert response.status_code == 400
    text = response.text
    assert has_value(text, "email", "pas-une-adresse")
    assert has_value(text, "name", NAME)
    assert has_value(text, "structure", STRUCTURE)
    assert box_checked(text, "newsletter-page-consent")


def join(functional, data):
    group = functional["portal"]["groupes-de-travail"][
        "patrimoine-industriel-et-technique"
    ]
    session = requests.Session()
    session.auth = ("alice.bernard@example.org", DEMO_PASSWORD)
    url = f"{group.absolute_url()}/@@join"
    form = session.get(url, timeout=60).text
    data = {"form.submitted": "1", "_authenticator": token(form), **data}
    return session.post(url, data=data, timeout=60)


def join_requests(functional):
    coordinator = requests.Session()
    coordinator.auth = ("coordination.industriel@example.org", DEMO_PASSWORD)
    coordinator.headers["Accept"] = "application/json"
    group = functional["portal"]["groupes-de-travail"][
        "patrimoine-industriel-et-technique"
    ]
    return coordinator.get(f"{group.absolute_url()}/@join-requests", timeout=60).json()


def message_of(text):
    found = re.search(r'<textarea[^>]*name="message"[^>]*>(.*?)</textarea>', text, re.S)
    return html.unescape(found.group(1))


def test_join_request_without_consent(functional, smtp):
    before = join_requests(functional)
    message = "Je travaille sur un site minier « La Mine » & je voudrais aider."
    response = join(functional, {"message": message})
    assert response.url.endswith("/@@join")
    assert "consentement" in html.unescape(response.text)
    assert 'role="alert"' in response.text
    assert message_of(response.text) == message
    assert not box_checked(response.text, "join-consent")
    assert join_requests(functional) == before


def test_join_request_too_long(functional, smtp):
    before = join_requests(functional)
    message = "Patrimoine minier. " * 600
    response = join(functional, {"message": message, "consent": "on"})
    assert "est trop long" in html.unescape(response.text)
    assert message_of(response.text) == message
    assert box_checked(response.text, "join-consent")
    assert join_requests(functional) == before


def test_call_application(clients, functional, smtp):
    url = "accompagnement/appel-trajet/++add++Application"
    session = clients["alice"]
    form = session.get(url, headers={"Accept": "text/html"}).text
    response = session.post(
        url,
        data={
            "_authenticator": token(form),
            "form.widgets.structure_name": STRUCTURE,
            "form.widgets.siret": "123",
            "form.widgets.contact_name": NAME,
            "form.widgets.consent-empty-marker": "1",
            "form.widgets.consent": "selected",
            "form.buttons.save": "Enregistrer",
        },
        headers={"Accept": "text/html"},
    )
    text = response.text
    assert "++add++Application" in response.url
    assert "SIRET" in html.unescape(text)
    assert has_value(text, "form.widgets.structure_name", STRUCTURE)
    assert has_value(text, "form.widgets.siret", "123")
    assert has_value(text, "form.widgets.contact_name", NAME)
    assert re.search(
        r'<input\b[^>]*name="form.widgets.consent:list"[^>]*checked', text
    ) or re.search(r'<input\b[^>]*checked[^>]*name="form.widgets.consent:list"', text)
