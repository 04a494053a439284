"""Applying from the offer's page: in Chromium, and the form without JavaScript
(``@@opportunity-apply``) with its French errors."""

from datetime import timedelta
from polepatrimoine.content.opportunities import expiry
from tests.content.opportunities.applications.helpers import APPLICANT
from tests.content.opportunities.applications.helpers import CONTACT
from tests.content.opportunities.applications.helpers import PDF
from tests.content.opportunities.applications.helpers import PNG
from tests.content.opportunities.applications.helpers import files
from tests.content.opportunities.applications.helpers import form
from tests.content.opportunities.applications.helpers import make_offer
from tests.content.opportunities.applications.helpers import open_offer
from tests.content.opportunities.applications.helpers import stored
from tests.fixtures.http import client

import pytest
import re
import transaction


@pytest.fixture
def offer(functional, members):
    return open_offer(functional, members)


def token_of(html: str) -> str:
    return re.search(r'name="_authenticator"\s+type="hidden"\s+value="([^"]+)"', html)[
        1
    ]


def test_apply_in_the_browser(offer, smtp, functional, browser_page):
    page = browser_page
    page.goto(offer.absolute_url())
    section = page.locator("#opportunity-apply")
    assert "Postuler à cette offre" in section.inner_text()
    page.fill("#apply-fullname", "Zoé Apprentie")
    page.fill("#apply-email", APPLICANT)
    page.fill("#apply-message", "Bonjour,\nmon CV est joint.")
    page.set_input_files(
        "#apply-cv", {"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.set_input_files(
        "#apply-letter",
        {"name": "lettre.pdf", "mimeType": "application/pdf", "buffer": PDF},
    )
    page.check("#apply-consent")
    page.click(".opportunity-apply-form button[type=submit]")
    page.wait_for_selector(".opportunity-apply-result")
    assert "Votre candidature a été envoyée" in page.inner_text(
        ".opportunity-apply-result"
    )
    assert CONTACT not in page.content()
    smtp.wait(2)
    (to_structure,) = smtp.to(CONTACT)
    names = sorted(p.get_filename() for p in to_structure.iter_attachments())
    assert names == ["cv.pdf", "lettre.pdf"]
    assert len(smtp.to(APPLICANT)) == 1
    (application,) = stored(functional["portal"], offer)
    assert application.message == "Bonjour,\nmon CV est joint."


def test_the_form_without_javascript_says_what_is_wrong(offer, smtp, functional):
    visitor = client(json=False)
    page = visitor.get(f"{offer.absolute_url()}/@@opportunity-apply")
    assert page.status_code == 200
    response = visitor.post(
        f"{offer.absolute_url()}/@@opportunity-apply",
        data=form(_authenticator=token_of(page.text)),
        files={**files(), "cv": ("cv.pdf", PNG, "application/pdf")},
    )
    assert response.status_code == 400
    assert "CV : seuls les fichiers PDF sont acceptés." in response.text
    assert 'data-field="cv"' in response.text
    # What was typed is kept for the next try.
    assert 'value="Zoé Apprentie"' in response.text
    assert stored(functional["portal"], offer) == []
    assert smtp.messages == []
    done = visitor.post(
        f"{offer.absolute_url()}/@@opportunity-apply",
        data=form(_authenticator=token_of(page.text)),
        files=files(),
    )
    assert done.status_code == 200
    assert "Votre candidature a été envoyée" in done.text
    assert len(stored(functional["portal"], offer)) == 1


def test_a_forged_form_without_the_token_is_refused(offer, smtp, functional):
    response = client(json=False).post(
        f"{offer.absolute_url()}/@@opportunity-apply", data=form(), files=files()
    )
    assert response.status_code == 403
    assert stored(functional["portal"], offer) == []


def test_an_expired_offer_shows_no_form(members, functional):
    past = make_offer(
        functional["portal"],
        title="Job d'été fini",
        deadline=expiry.today() - timedelta(days=2),
    )
    transaction.commit()
    page = client(json=False).get(past.absolute_url())
    assert "n'accepte plus de candidature" in page.text
    assert "apply-fullname" not in page.text
