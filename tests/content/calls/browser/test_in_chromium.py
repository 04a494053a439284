"""In Chromium: an applicant applies, a juror accepts, the applicant sees it."""

from tests.fixtures.calls import login_name
from tests.fixtures.users import PASSWORD

import transaction


def log_in(page, portal_url, user):
    page.goto(f"{portal_url}/login")
    page.fill("#__ac_name", login_name(user))
    page.fill("#__ac_password", PASSWORD)
    page.click("#buttons-login")
    page.wait_for_selector("#personaltools-logout", state="attached")


def test_apply_submit_accept(functional, call_world, new_page):
    transaction.commit()
    portal_url = functional["portal"].absolute_url()
    call_url = call_world.call.absolute_url()

    applicant = new_page()
    log_in(applicant, portal_url, "applicant")
    applicant.goto(call_url)
    applicant.get_by_role("link", name="Déposer une candidature").click()
    applicant.fill("#form-widgets-structure_name", "Atelier des vitraux")
    applicant.select_option("#form-widgets-legal_status", "association")
    applicant.fill("#form-widgets-siret", "73282932000074")
    applicant.select_option("#form-widgets-department", "49")
    applicant.fill("#form-widgets-contact_name", "Accueil")
    applicant.fill("#form-widgets-contact_email", "vitraux@exemple.fr")
    applicant.fill("#form-widgets-contact_phone", "02 41 00 00 00")
    applicant.fill("#form-widgets-project_title", "Ouvrir l'atelier")
    applicant.fill("#form-widgets-project_summary", "Accueillir des visiteurs.")
    applicant.fill("#form-widgets-needs", "Un modèle économique.")
    applicant.check("#form-widgets-consent-0")
    applicant.click("#form-buttons-save")
    applicant.wait_for_selector(".application-state-title")
    assert applicant.inner_text(".application-state-title") == "Brouillon"
    applicant.click("#transition-submit")
    applicant.wait_for_selector(".application-state-title:text('Déposée')")
    application_url = applicant.url.split("?")[0].removesuffix("/view")

    juror = new_page()
    log_in(juror, portal_url, "juror")
    juror.goto(f"{call_url}/@@applications")
    assert "Atelier des vitraux" in juror.inner_text(".applications-table")
    juror.get_by_role("link", name="Atelier des vitraux").click()
    juror.click("#transition-start_review")
    juror.wait_for_selector(".application-state-title:text('En cours d')")
    juror.click("#transition-accept")
    juror.fill("#accept-comment", "Bienvenue dans TRAJET.")
    juror.get_by_role("button", name="Accepter").click()
    juror.wait_for_selector(".application-state-title:text('Acceptée')")

    applicant.goto(application_url)
    assert applicant.inner_text(".application-state-title") == "Acceptée"
    assert "Bienvenue dans TRAJET." in applicant.inner_text(".application-history")
    assert "Examen (jury)" not in applicant.inner_text("#content")
