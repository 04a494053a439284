"""In Chromium: a user asks to join, the coordinator approves, the user reads."""

from tests.fixtures.browser import login
from tests.fixtures.users import PASSWORD
from tests.workflows.workinggroups.scenario import SECRET


def test_join_approve_read(live, smtp, new_page):
    portal_url = live.portal.absolute_url()
    group_url = live.group.absolute_url()

    user = new_page()
    login(user, portal_url, "outsider@example.org", PASSWORD)
    user.goto(group_url)
    assert "Coordinator" in user.locator(".coordinators").inner_text()
    user.get_by_role("link", name="Rejoindre ce groupe").click()
    user.fill("#join-message", "Je travaille sur les chartes depuis dix ans.")
    # Consent is required since issue 15: the browser will not send without it.
    user.check("#join-consent")
    user.get_by_role("button", name="Envoyer ma demande").click()
    user.wait_for_url(group_url)
    assert "Votre demande a été envoyée" in user.content()
    assert "attend la réponse des coordinateurs" in user.locator(".join").inner_text()
    user.goto(live.internal.absolute_url())
    assert SECRET not in user.locator("body").inner_text()

    coordinator = new_page()
    login(coordinator, portal_url, "coordinator@example.org", PASSWORD)
    coordinator.goto(f"{group_url}/@@space")
    coordinator.get_by_role("link", name="Gérer les membres").click()
    request = coordinator.locator(".join-request")
    assert "Je travaille sur les chartes depuis dix ans." in request.inner_text()
    request.get_by_role("button", name="Accepter").click()
    coordinator.get_by_text("La demande a été acceptée.").wait_for()
    assert "Aucune demande en attente." in coordinator.content()

    user.goto(live.internal.absolute_url())
    assert user.locator("h1").inner_text() == f"Note {SECRET}"
    user.goto(f"{group_url}/@@space")
    assert f"Réunion {SECRET}" in user.locator(".upcoming-meetings").inner_text()
    assert "Membre" in user.locator(".working-group-space").inner_text()
    smtp.wait(2)
