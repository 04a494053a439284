"""In Chromium: a member answers a date poll from the space, the coordinator closes it into a meeting."""

from tests.fixtures.browser import login
from tests.fixtures.users import PASSWORD
from tests.workflows.workinggroups.scenario import http


def test_member_answers_coordinator_closes(live, smtp, new_page):
    portal_url = live.portal.absolute_url()
    group_url = live.group.absolute_url()
    created = http(live, "coordinator").post(
        f"{group_url}/@polls",
        json={
            "title": "Réunion d'automne",
            "dates": ["2027-10-07T14:00", "2027-10-14T10:00"],
            "online_url": "https://visio.example.org/automne",
        },
    )
    assert created.status_code == 201, created.text
    poll_url = created.json()["@id"]

    member = new_page()
    login(member, portal_url, "member@example.org", PASSWORD)
    member.goto(f"{group_url}/@@space")
    member.locator(".group-mail-polls").get_by_role(
        "link", name="Réunion d'automne"
    ).click()
    member.wait_for_url(poll_url)
    assert "Le sondage est ouvert." in member.content()
    member.check("input[name='answer-0'][value='no']")
    member.check("input[name='answer-1'][value='yes']")
    member.get_by_role("button", name="Enregistrer mes réponses").click()
    member.get_by_text("Vos réponses sont enregistrées.").wait_for()
    row = member.locator(".poll-table tbody tr", has_text="Member")
    assert row.locator("td").all_inner_texts()[1:] == ["Non", "Oui"]

    coordinator = new_page()
    login(coordinator, portal_url, "coordinator@example.org", PASSWORD)
    coordinator.goto(poll_url)
    # The date most members can attend is offered.
    assert coordinator.locator("#poll-close-date").input_value() == (
        "2027-10-14T10:00:00+02:00"
    )
    coordinator.get_by_role("button", name="Clore et créer la réunion").click()
    coordinator.get_by_text("Le sondage est clos et la réunion créée").wait_for()
    coordinator.get_by_role("link", name="Voir la réunion").click()
    coordinator.wait_for_load_state()
    assert "Réunion d'automne" in coordinator.locator("h1").inner_text()
    assert "https://visio.example.org/automne" in coordinator.content()

    member.goto(f"{group_url}/@@space")
    assert "Réunion d'automne" in member.locator(".upcoming-meetings").inner_text()
    member.goto(poll_url)
    assert "Le sondage est clos." in member.content()
    assert member.locator("input[name='answer-0']").count() == 0
    assert len(smtp.wait(3)) == 3
