"""Only coordinators read and change the retention periods: form and @controlpanels."""

from tests.content.personaldata.test_settings import PANEL
from tests.content.personaldata.test_settings import REST_PANEL
from tests.content.personaldata.test_settings import authenticator
from tests.fixtures.http import client


def test_members_and_visitors_are_refused(clients, portal_url):
    for who in (
        client(portal_url, "alice@example.org", json=False),
        client(portal_url, json=False),
    ):
        page = who.get(PANEL, allow_redirects=False)
        assert page.status_code in (302, 401, 403)
        assert "durées de conservation" not in page.text
        token_page = client(portal_url, "claire@example.org", json=False).get(PANEL)
        posted = who.post(
            PANEL,
            data={
                "form.widgets.registrations_months": "1",
                "form.buttons.save": "Enregistrer",
                "_authenticator": authenticator(token_page.text),
            },
            allow_redirects=False,
        )
        assert posted.status_code in (302, 401, 403)
    for name in ("alice", "anonymous"):
        patched = clients[name].patch(REST_PANEL, json={"registrations_months": 1})
        assert patched.status_code in (401, 403)
        assert clients[name].get(REST_PANEL).status_code in (401, 403)
    data = clients["admin"].get(REST_PANEL).json()["data"]
    assert data["registrations_months"] == 12
