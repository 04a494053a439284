"""Classic UI views of calls over HTTP: dashboard, bulk transition, export, accept."""

from tests.fixtures.calls import make_application
from tests.fixtures.calls import move_to
from tests.services.calls_http import as_user

import pytest
import re
import transaction


def session(user):
    """A Classic UI client (no JSON) as user."""
    return as_user(user, json=False)


def token(html):
    return re.search(r'name="_authenticator"[^>]*value="([^"]+)"', html).group(1)


@pytest.fixture
def world(functional, call_world):
    call_world.call.places = 1
    for number in (1, 2):
        app = make_application(
            call_world.call,
            "applicant",
            f"candidature-{number}",
            structure_name=f"Structure {number}",
        )
        move_to(app, "under_review")
    transaction.commit()
    return call_world


def test_dashboard_counts_and_table(world):
    html = session("juror").get(f"{world.call.absolute_url()}/@@applications").text
    count = r'review_state=under_review">[^<]*</a>[^<]*<strong>(\d+)</strong>'
    assert re.search(count, html).group(1) == "2"
    assert "Structure 1" in html
    assert "Structure 2" in html
    assert "0 acceptée(s) sur 1 places." in html


@pytest.mark.parametrize("user", ["applicant", "juror2", "other"])
def test_dashboard_refused(world, user):
    response = session(user).get(
        f"{world.call.absolute_url()}/@@applications", allow_redirects=False
    )
    assert response.status_code in (302, 401, 403)
    assert "Structure 1" not in response.text


def test_bulk_transition_respects_places(world):
    browser = session("juror")
    url = f"{world.call.absolute_url()}/@@applications"
    html = browser.get(url).text
    uids = re.findall(r'name="uids:list"\s+type="checkbox"\s+value="(\w+)"', html)
    assert len(uids) == 2
    response = browser.post(
        url,
        data={
            "_authenticator": token(html),
            "transition": "accept",
            "uids:list": uids,
            "form.bulk": "1",
        },
    )
    assert "1 candidature(s) mise(s) à jour." in response.text
    assert "Impossible pour" in response.text
    assert "1 acceptée(s) sur 1 places." in response.text


def test_accept_page_warns_beyond_places(world):
    browser = session("juror")
    first, second = (
        f"{world.call.absolute_url()}/candidature-{n}/@@accept" for n in (1, 2)
    )
    page = browser.get(first).text
    assert "Accepter la candidature de Structure 1" in page
    browser.post(
        first, data={"_authenticator": token(page), "form.confirm": "1", "comment": ""}
    )
    page = browser.get(second).text
    assert "Les 1 places de cet appel sont déjà attribuées." in page


def test_csv_export_in_the_browser(world):
    response = session("coordinator").get(
        f"{world.call.absolute_url()}/@@applications-export"
    )
    assert response.headers["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Structure;Statut juridique;SIRET")
    assert len(lines) == 3


def test_jury_form(world):
    browser = session("coordinator")
    url = f"{world.call.absolute_url()}/@@jury"
    html = browser.get(url).text
    assert 'value="juror2"' in html
    browser.post(
        url,
        data={
            "_authenticator": token(html),
            "members:list": ["juror", "juror2"],
            "form.save": "1",
        },
    )
    assert session("juror2").get(f"{world.call.absolute_url()}/@@applications").ok


def test_add_form_only_while_the_call_accepts(world):
    from datetime import timedelta
    from polepatrimoine.content.calls.call import today

    browser = session("other")
    url = f"{world.call.absolute_url()}/++add++Application"
    page = browser.get(url)
    assert page.status_code == 200
    assert "form-widgets-structure_name" in page.text
    # Since issue 15: the consent text and the link to « Données personnelles ».
    assert "/@@personal-data-policy" in page.text
    world.call.close_date = today() - timedelta(days=1)
    world.call.open_date = today() - timedelta(days=10)
    transaction.commit()
    refused = browser.get(url, allow_redirects=False)
    assert refused.status_code in (302, 401, 403)
    assert "form-widgets-structure_name" not in refused.text
    assert (
        "Cet appel n'accepte pas de candidature."
        in browser.get(world.call.absolute_url()).text
    )


def test_add_form_culturdiag_refuses_a_non_employer(world):
    world.call.programme = "culturdiag"
    transaction.commit()
    browser = session("other")
    url = f"{world.call.absolute_url()}/++add++Application"
    page = browser.get(url).text
    response = browser.post(
        url,
        data={
            "_authenticator": token(page),
            "form.widgets.structure_name": "Compagnie sans salarié",
            "form.widgets.employer-empty-marker": "1",
            "form.buttons.save": "Enregistrer",
        },
    )
    assert "Culturdiag s&#x27;adresse aux structures employeuses." in response.text or (
        "Culturdiag s'adresse aux structures employeuses." in response.text
    )
    transaction.begin()
    assert len(world.call.objectIds()) == 2


def test_anonymous_sees_the_call_not_its_applications(world):
    page = session("anonymous").get(world.call.absolute_url())
    assert page.status_code == 200
    assert "Se connecter pour candidater" in page.text
    assert "Structure 1" not in page.text
    assert "Déposer une candidature" not in page.text


def test_review_form(world):
    url = f"{world.call.absolute_url()}/candidature-1/@@review"
    browser = session("juror")
    page = browser.get(url).text
    assert "form-widgets-score_relevance" in page
    assert "form-widgets-structure_name" not in page
    browser.post(
        url,
        data={
            "_authenticator": token(page),
            "form.widgets.review_notes": "Projet solide.",
            "form.widgets.score_relevance": "4",
            "form.widgets.score_fit": "3",
            "form.widgets.score_capacity": "",
            "form.buttons.save": "Enregistrer",
        },
    )
    transaction.begin()
    application = world.call["candidature-1"]
    assert application.score_relevance == 4
    assert application.review_notes == "Projet solide."
    refused = session("applicant").get(url, allow_redirects=False)
    assert refused.status_code in (302, 401, 403)
    applicant_view = session("applicant").get(application.absolute_url()).text
    assert "Projet solide." not in applicant_view
    assert "Projet solide." in browser.get(application.absolute_url()).text


@pytest.mark.parametrize("user", ["anonymous", "other", "juror2"])
def test_feeds_list_no_application(world, user):
    """With syndication switched on, the call's RSS feed and the search feed
    show nothing the user may not see."""
    from plone import api
    from plone.base.interfaces.syndication import IFeedSettings
    from plone.base.interfaces.syndication import ISiteSyndicationSettings

    settings = api.portal.get_tool("portal_registry").forInterface(
        ISiteSyndicationSettings
    )
    settings.allowed = True
    settings.search_rss_enabled = True
    IFeedSettings(world.call).enabled = True
    transaction.commit()
    browser = session(user)
    feed = browser.get(f"{world.call.absolute_url()}/RSS")
    assert feed.status_code == 200
    assert "Structure 1" not in feed.text
    search = browser.get(
        f"{world.portal.absolute_url()}/search_rss",
        params={"SearchableText": "Structure"},
    )
    assert search.status_code == 200
    assert "Structure 1" not in search.text
    coordinator = session("coordinator").get(f"{world.call.absolute_url()}/RSS")
    assert "Structure 1" in coordinator.text
