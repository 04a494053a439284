"""The site as anonymous visitors and REST clients see it, over real HTTP."""

from polepatrimoine.policy.setup.sections import SECTIONS
from tests.fixtures.http import client


class TestAnonymous:
    def test_home_page_in_french(self, portal_url):
        response = client(portal_url, json=False).get(portal_url)
        assert response.status_code == 200
        assert 'lang="fr"' in response.text
        assert "Pôle Patrimoine" in response.text

    def test_sections_in_the_navigation(self, portal_url):
        html = client(portal_url, json=False).get(portal_url).text
        for _, _, title, *_ in SECTIONS:
            assert title in html

    def test_french_interface(self, portal_url):
        html = client(portal_url, json=False).get(portal_url).text
        assert "Se connecter" in html

    def test_registration_form_open_to_visitors(self, portal_url):
        response = client(portal_url, json=False).get(f"{portal_url}/@@register")
        assert response.status_code == 200
        assert "form.widgets.email" in response.text
        assert "require_login" not in response.url


class TestRestApi:
    def test_site_root(self, portal_url):
        # ++api++ answers JSON without an Accept header
        response = client(portal_url, json=False).get(f"{portal_url}/++api++")
        assert response.status_code == 200
        data = response.json()
        assert data["@type"] == "Plone Site"
        assert data["title"] == "Pôle Patrimoine"
        ids = [item["@id"].rsplit("/", 1)[-1] for item in data["items"]]
        for section_id, *_ in SECTIONS:
            assert section_id in ids

    def test_section_with_accept_header(self, portal_url):
        response = client(portal_url).get(f"{portal_url}/accompagnement")
        assert response.status_code == 200
        titles = [item["title"] for item in response.json()["items"]]
        assert titles[:2] == ["TRAJET", "Culturdiag"]
        # then the open calls for applications of the demo content
        types = {item["@type"] for item in response.json()["items"][2:]}
        assert types <= {"Call"}

    def test_anonymous_search_finds_the_programmes(self, portal_url):
        response = client(portal_url).get(
            f"{portal_url}/@search", params={"SearchableText": "Culturdiag"}
        )
        assert response.status_code == 200
        titles = [item["title"] for item in response.json()["items"]]
        assert "Culturdiag" in titles
