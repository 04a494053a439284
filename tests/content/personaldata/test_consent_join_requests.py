"""Join requests ask for consent (@@join and REST) and store it with the request."""

from datetime import datetime
from tests.content.personaldata.consent_helpers import MISSING
from tests.content.personaldata.consent_helpers import NOT_GIVEN
from tests.content.personaldata.consent_helpers import assert_consent
from tests.content.personaldata.consent_helpers import assert_consent_box
from tests.content.personaldata.consent_helpers import assert_refused
from tests.security.browser_session import BrowserSession
from tests.workflows.workinggroups import conftest as working_groups
from tests.workflows.workinggroups.scenario import http

import html
import pytest
import pytz


live = working_groups.live


def requests_of(live):
    url = f"{live.group.absolute_url()}/@join-requests"
    return http(live, "coordinator").get(url).json()["items"]


@pytest.mark.parametrize("consent", NOT_GIVEN)
def test_rest_refuses_a_request_without_consent(live, smtp, consent):
    response = http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Bonjour", **consent},
    )
    assert_refused(response)
    assert requests_of(live) == []
    assert smtp.messages == []


def test_rest_stores_the_consent_with_the_request(live, smtp):
    before = datetime.now(pytz.utc)
    response = http(live, "outsider").post(
        f"{live.group.absolute_url()}/@join-requests",
        json={"message": "Bonjour", "consent": True},
    )
    assert response.status_code == 201
    (item,) = requests_of(live)
    assert_consent(item["consent"], before)


def form(live):
    return BrowserSession(live.portal.absolute_url(), live.emails["outsider"])


def test_join_form_shows_the_consent_text_and_its_link(live):
    page = form(live).session.get(f"{live.group.absolute_url()}/@@join").text
    assert_consent_box(page, live.portal.absolute_url(), "personal-data-consent")


@pytest.mark.parametrize("box", [None, "", "off"])
def test_join_form_refuses_a_request_without_consent(live, smtp, box):
    session = form(live)
    data = {
        "form.submitted": "1",
        "message": "Bonjour",
        "_authenticator": session.token,
    }
    if box is not None:
        data["consent"] = box
    response = session.session.post(
        f"{live.group.absolute_url()}/@@join", data=data, timeout=60
    )
    assert response.status_code == 200
    assert response.url.endswith("/@@join")
    assert MISSING in html.unescape(response.text)
    assert requests_of(live) == []


def test_join_form_stores_the_consent(live, smtp):
    session = form(live)
    before = datetime.now(pytz.utc)
    response = session.session.post(
        f"{live.group.absolute_url()}/@@join",
        data={
            "form.submitted": "1",
            "message": "Bonjour",
            "consent": "on",
            "_authenticator": session.token,
        },
        timeout=60,
    )
    assert response.status_code == 200
    (item,) = requests_of(live)
    assert_consent(item["consent"], before)
