"""POST <offer>/@opportunity-apply: a young person applies without an account; the
structure gets the mail with both PDFs, the applicant an acknowledgement that never
names the contact address; every refusal stores and sends nothing."""

from datetime import timedelta
from polepatrimoine.content.opportunities import expiry
from polepatrimoine.content.opportunities.applications import submission
from tests.content.opportunities.applications.helpers import APPLICANT
from tests.content.opportunities.applications.helpers import CONTACT
from tests.content.opportunities.applications.helpers import HTML
from tests.content.opportunities.applications.helpers import LETTER
from tests.content.opportunities.applications.helpers import PDF
from tests.content.opportunities.applications.helpers import PNG
from tests.content.opportunities.applications.helpers import apply
from tests.content.opportunities.applications.helpers import as_json_file
from tests.content.opportunities.applications.helpers import files
from tests.content.opportunities.applications.helpers import form
from tests.content.opportunities.applications.helpers import make_offer
from tests.content.opportunities.applications.helpers import open_offer
from tests.content.opportunities.applications.helpers import stored

import pytest
import transaction


@pytest.fixture
def offer(functional, members):
    return open_offer(functional, members)


def attachments(message) -> dict:
    return {
        part.get_filename(): part.get_content() for part in message.iter_attachments()
    }


def test_apply_with_both_pdfs(clients, offer, smtp, functional):
    response = apply(clients["anonymous"], offer)
    assert response.status_code == 201, response.text
    assert "candidature a été envoyée" in response.json()["message"]
    assert CONTACT not in response.text
    (to_structure,) = smtp.to(CONTACT)
    assert to_structure["Subject"] == f"Candidature à votre offre : {offer.Title()}"
    assert attachments(to_structure) == {"cv.pdf": PDF, "lettre.pdf": LETTER}
    body = to_structure.get_body(("plain",)).get_content()
    assert "Zoé Apprentie" in body
    assert APPLICANT in body
    assert "je prépare un CAP de tailleur de pierre." in body
    (acknowledgement,) = smtp.to(APPLICANT)
    assert CONTACT not in acknowledgement.as_string()
    text = acknowledgement.get_body(("plain",)).get_content()
    assert offer.Title() in text
    # Nothing typed by the applicant goes to an address nobody confirmed.
    assert "Zoé" not in acknowledgement.as_string()
    assert "tailleur de pierre." not in text
    (application,) = stored(functional["portal"], offer)
    assert application.fullname == "Zoé Apprentie"
    assert application.files["cv"].data == PDF
    assert application.consent["version"]


def test_apply_in_json_with_base64_files(clients, offer, smtp, functional):
    response = clients["anonymous"].post(
        f"{offer.absolute_url()}/@opportunity-apply",
        json={
            "fullname": "Léo Compagnon",
            "email": "leo@example.net",
            "message": "",
            "consent": True,
            "cv": as_json_file("mon cv.pdf", PDF),
        },
    )
    assert response.status_code == 201, response.text
    (to_structure,) = smtp.to(CONTACT)
    assert attachments(to_structure) == {"mon cv.pdf": PDF}
    assert len(stored(functional["portal"], offer)) == 1


WRONG_FILES = {
    "png-renamed-pdf": ("cv", ("cv.pdf", PNG, "application/pdf")),
    "html": ("cv", ("cv.html", HTML, "text/html")),
    "html-named-pdf": (
        "letter",
        ("lettre.pdf", b"%PDF-1.4 " + HTML, "application/pdf"),
    ),
    "pdf-named-png": ("letter", ("lettre.png", PDF, "image/png")),
    "oversized-pdf": (
        "cv",
        ("cv.pdf", PDF + b"\n%" + b"x" * submission.MAX_FILE_SIZE, "application/pdf"),
    ),
}


@pytest.mark.parametrize("case", sorted(WRONG_FILES))
def test_wrong_files_are_refused(clients, offer, smtp, functional, case):
    field, upload = WRONG_FILES[case]
    response = apply(clients["anonymous"], offer, sent={**files(), field: upload})
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["field"] == field
    expected = "plus de 5 Mo" if case == "oversized-pdf" else "PDF"
    assert expected in error["message"]
    assert stored(functional["portal"], offer) == []
    assert smtp.messages == []


def test_a_cv_is_required(clients, offer, smtp, functional):
    response = apply(clients["anonymous"], offer, sent=files(cv=None))
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "cv"
    assert "joindre" in response.json()["error"]["message"]
    assert stored(functional["portal"], offer) == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (form(fullname=""), "fullname"),
        (form(email="pas-une-adresse"), "email"),
        (form(consent=None), "consent"),
        (form(message="x" * 5001), "message"),
        (form(website="http://spam.example.com"), "website"),
    ],
    ids=["no-name", "bad-email", "no-consent", "long-message", "honeypot"],
)
def test_bad_fields_name_the_field(clients, offer, smtp, functional, data, field):
    response = apply(clients["anonymous"], offer, data=data)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["type"] == "BadRequest"
    assert error["field"] == field
    assert CONTACT not in response.text
    assert stored(functional["portal"], offer) == []
    assert smtp.messages == []


def test_json_consent_must_be_true(clients, offer, smtp, functional):
    response = clients["anonymous"].post(
        f"{offer.absolute_url()}/@opportunity-apply",
        json={
            "fullname": "Léo",
            "email": "leo@example.net",
            "consent": "true",
            "cv": as_json_file("cv.pdf", PDF),
        },
    )
    assert response.status_code == 400
    assert response.json()["error"]["field"] == "consent"
    assert stored(functional["portal"], offer) == []


def test_an_expired_offer_refuses(clients, members, smtp, functional):
    portal = functional["portal"]
    past = make_offer(
        portal,
        title="Alternance échue",
        deadline=expiry.today() - timedelta(days=1),
    )
    transaction.commit()
    response = apply(clients["anonymous"], past)
    assert response.status_code == 403
    assert "n'accepte plus de candidature" in response.json()["error"]["message"]
    assert CONTACT not in response.text
    assert stored(portal, past) == []
    assert smtp.messages == []


def test_an_offer_past_midnight_in_paris_refuses(
    clients,
    offer,
    smtp,
    functional,
    monkeypatch,
):
    """The deadline day ends at midnight in Paris: the clock every channel reads."""
    late = expiry.now() + timedelta(days=31)
    monkeypatch.setattr(expiry, "now", lambda: late)
    response = apply(clients["anonymous"], offer)
    assert response.status_code == 403
    assert stored(functional["portal"], offer) == []


def test_a_private_offer_refuses(clients, members, smtp, functional):
    portal = functional["portal"]
    private = make_offer(portal, title="Emploi en préparation", state="private")
    transaction.commit()
    response = apply(clients["anonymous"], private)
    assert response.status_code in (401, 403, 404)
    assert CONTACT not in response.text
    # A member who may see it (its reviewer) still cannot apply to it.
    response = apply(clients["admin"], private)
    assert response.status_code == 403
    assert stored(portal, private) == []
    assert smtp.messages == []


def test_rate_limit(clients, offer, smtp, functional, monkeypatch):
    from polepatrimoine.content.opportunities.applications import apply as applying

    monkeypatch.setattr(applying, "LIMIT", 2)
    assert apply(clients["anonymous"], offer).status_code == 201
    # A refused submission counts too: a robot cannot try wrong values freely.
    assert apply(clients["anonymous"], offer, data=form(email="x")).status_code == 400
    refused = apply(clients["anonymous"], offer)
    assert refused.status_code == 429
    assert refused.headers["Retry-After"]
    assert "Trop de demandes" in refused.json()["error"]["message"]
    assert len(stored(functional["portal"], offer)) == 1
