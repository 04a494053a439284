"""Applications ask for consent (add form and REST POST) and store it with the application."""

from datetime import datetime
from polepatrimoine.content.calls.consent import consent_of
from tests.content.personaldata.consent_helpers import MISSING
from tests.content.personaldata.consent_helpers import NOT_GIVEN
from tests.content.personaldata.consent_helpers import assert_consent
from tests.content.personaldata.consent_helpers import assert_consent_box
from tests.content.personaldata.consent_helpers import assert_refused
from tests.fixtures.calls import valid_data
from tests.services.calls_http import as_user

import html
import pytest
import pytz
import re
import transaction


def applications(world) -> list:
    """The call's applications as the coordinator lists them (a second request)."""
    response = as_user("coordinator").get(f"{world.call.absolute_url()}/@applications")
    assert response.status_code == 200, response.text
    return response.json()["items"]


@pytest.mark.parametrize("consent", NOT_GIVEN)
def test_rest_refuses_an_application_without_consent(world, smtp, consent):
    before = applications(world)
    body = {"@type": "Application", **valid_data(), **consent}
    if "consent" not in consent:
        del body["consent"]
    response = as_user("applicant").post(world.call.absolute_url(), json=body)
    assert_refused(response)
    assert applications(world) == before


def test_rest_stores_the_consent_with_the_application(world, smtp):
    start = datetime.now(pytz.utc)
    response = as_user("applicant").post(
        world.call.absolute_url(), json={"@type": "Application", **valid_data()}
    )
    assert response.status_code == 201, response.text
    transaction.begin()
    application = world.call[response.json()["id"]]
    assert_consent(consent_of(application), start)
    # Editing the draft later keeps the first consent, with its date.
    first = dict(consent_of(application))
    patched = as_user("applicant").patch(
        response.json()["@id"], json={"project_title": "Un autre titre"}
    )
    assert patched.status_code == 204, patched.text
    transaction.begin()
    assert consent_of(world.call[response.json()["id"]]) == first


def add_form(world):
    browser = as_user("applicant", json=False)
    url = f"{world.call.absolute_url()}/++add++Application"
    return browser, url, browser.get(url).text


def token(page):
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', page).group(1)


def test_add_form_shows_the_consent_text_and_its_link(world):
    _browser, _url, page = add_form(world)
    assert_consent_box(
        page, world.portal.absolute_url(), "formfield-form-widgets-consent"
    )


@pytest.mark.parametrize("ticked", [False, True])
def test_add_form_requires_the_consent_and_stores_it(world, smtp, ticked):
    before = applications(world)
    browser, url, page = add_form(world)
    data = {
        "_authenticator": token(page),
        "form.widgets.structure_name": "Atelier du consentement",
        "form.widgets.consent-empty-marker": "1",
        "form.buttons.save": "Enregistrer",
    }
    if ticked:
        data["form.widgets.consent"] = "selected"
    start = datetime.now(pytz.utc)
    response = browser.post(url, data=data)
    after = applications(world)
    if not ticked:
        assert MISSING in html.unescape(response.text)
        assert after == before
        return
    assert len(after) == len(before) + 1
    (new,) = [item for item in after if item not in before]
    transaction.begin()
    application = world.call[new["@id"].rsplit("/", 1)[-1]]
    assert_consent(consent_of(application), start)
