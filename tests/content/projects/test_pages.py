"""The Classic UI of projects over HTTP: the project page and its JSON-LD, the
listing with facets and map, actors' and working groups' pages, the workshop."""

from tests.fixtures.actors import make_actor
from tests.fixtures.http import client
from tests.fixtures.projects import make_project
from tests.fixtures.projects import relation

import html
import json
import pytest
import re
import transaction


def page(url, login=None):
    return client(url, login=login, json=False).get(url)


def json_ld(text: str) -> list:
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', text, flags=re.S
    )
    return [json.loads(block) for block in blocks]


@pytest.fixture
def project(functional, members):
    portal = functional["portal"]
    carrier = make_actor(
        portal, title="Commune de Quillon", actor_category="collectivite"
    )
    partner = make_actor(portal, title="Association Quillon Patrimoine")
    project = make_project(
        portal,
        carrier,
        title="Restaurer le four à pain de Quillon",
        description="Un chantier avec les habitants.",
        partners=[partner],
        communes=["Quillon"],
        contact_email="four@example.org",
        reproducible=True,
    )
    transaction.commit()
    return project


def test_project_page_shows_its_fields(project):
    text = page(project.absolute_url()).text
    assert "Expérimentation" in text
    assert "En cours" in text
    assert "Commune de Quillon" in text
    assert "Association Quillon Patrimoine" in text
    assert "Quillon" in text
    assert "01/03/2025" in text


def test_contact_address_only_for_logged_in_users(project, members):
    visitor = page(project.absolute_url()).text
    assert "four@example.org" not in visitor
    assert "Connectez-vous pour voir l'adresse de contact." in html.unescape(visitor)
    member = page(project.absolute_url(), login="bruno@example.org").text
    assert 'href="mailto:four@example.org"' in member


def test_json_ld_is_a_schema_org_creative_work(project):
    (data,) = json_ld(page(project.absolute_url()).text)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "CreativeWork"
    assert data["name"] == "Restaurer le four à pain de Quillon"
    assert data["url"] == project.absolute_url()
    assert data["genre"] == "Expérimentation"
    assert data["creativeWorkStatus"] == "En cours"
    assert data["creator"] == {
        "@type": "Organization",
        "name": "Commune de Quillon",
        "url": project.carrier.to_object.absolute_url(),
    }
    assert [p["name"] for p in data["contributor"]] == [
        "Association Quillon Patrimoine"
    ]
    assert data["temporalCoverage"] == "2025-03-01/.."
    spatial = data["spatialCoverage"]
    assert spatial["@type"] == "Place"
    assert spatial["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 47.1,
        "longitude": -1.3,
    }
    assert spatial["address"]["addressRegion"] == "Pays de la Loire"
    assert "four@example.org" not in json.dumps(data)


def test_a_title_closing_the_script_leaves_the_page_intact(functional, members):
    portal = functional["portal"]
    carrier = make_actor(portal, title="Commune </script><b>x</b>")
    title = 'Projet </script><script>alert("x")</script> & <!-- \u2028'
    project = make_project(portal, carrier, title=title)
    transaction.commit()
    text = page(project.absolute_url()).text
    assert '<script>alert("x")</script>' not in text
    (data,) = json_ld(text)
    assert data["name"] == title
    assert data["creator"]["name"] == "Commune </script><b>x</b>"
    # The page goes on after the JSON-LD: the title is still shown, escaped.
    assert "Projet &lt;/script&gt;&lt;script&gt;alert(" in text
    assert text.rstrip().endswith("</html>")


def test_listing_with_facets_counts_map_and_paging(project, functional):
    url = f"{functional['portal'].absolute_url()}/projets"
    text = page(url).text
    assert 'id="projects-list"' in text
    assert "Restaurer le four à pain de Quillon" in text
    assert 'id="facet-project_kind"' in text
    assert 'id="facet-project_reproducible"' in text
    assert "@projects-geojson" in text
    assert "actors-map.js" in text
    filtered = page(f"{url}?project_kind=chantier").text
    assert "Restaurer le four à pain de Quillon" not in filtered
    second = page(f"{url}?b_start=20").text
    assert "Restaurer le four à pain de Quillon" not in second


def test_listing_refuses_an_unknown_value_in_french(functional):
    url = f"{functional['portal'].absolute_url()}/projets"
    response = page(f"{url}?project_status=abandonne")
    assert response.status_code == 400
    assert "Statut (project_status) : valeur inconnue « abandonne »" in html.unescape(
        response.text
    )


def test_actor_page_lists_the_projects_it_carries_or_joins(project):
    carrier = project.carrier.to_object
    partner = project.partners[0].to_object
    carried = page(carrier.absolute_url()).text
    section = carried.split('id="actor-projects-carried"')[1].split("</ul>")[0]
    assert "Restaurer le four à pain de Quillon" in section
    joined = page(partner.absolute_url()).text
    section = joined.split('id="actor-projects-joined"')[1].split("</ul>")[0]
    assert "Restaurer le four à pain de Quillon" in section


def test_working_group_page_lists_its_projects(project, functional):
    group = functional["portal"]["groupes-de-travail"]["patrimoine-culturel-immateriel"]
    group.projects = [relation(project)]
    transaction.commit()
    text = page(group.absolute_url()).text
    section = text.split('id="linked-projects"')[1].split("</section>")[0]
    assert "Restaurer le four à pain de Quillon" in section


def test_concertation_workshop_page_and_rest(functional):
    portal = functional["portal"]
    event = portal["agenda"]["atelier-concertation-coeur-de-ville-chateaubriant"]
    text = page(event.absolute_url()).text
    assert "Atelier de concertation" in text
    organiser = text.split('id="meeting-organiser"')[1].split("</p>")[0]
    assert "Ville de Châteaubriant – service patrimoine" in organiser
    data = client(portal.absolute_url()).get(event.absolute_url()).json()
    assert data["meeting_format"]["token"] == "concertation"
    assert data["organiser"]["title"] == "Ville de Châteaubriant – service patrimoine"


def test_workshop_created_over_rest_with_its_organiser(functional, members):
    portal = functional["portal"]
    organiser = make_actor(portal, title="Communauté de communes de Quillon")
    transaction.commit()
    admin = client(portal.absolute_url(), admin=True)
    response = admin.post(
        "agenda",
        json={
            "@type": "Event",
            "title": "Concertation sur le plan de paysage",
            "start": "2027-03-02T18:00:00+01:00",
            "end": "2027-03-02T20:00:00+01:00",
            "meeting_format": "concertation",
            "organiser": organiser.UID(),
        },
    )
    assert response.status_code == 201, response.text
    data = admin.get(response.json()["@id"]).json()
    assert data["organiser"]["title"] == "Communauté de communes de Quillon"
    bad = admin.post(
        "agenda",
        json={
            "@type": "Event",
            "title": "Concertation mal formée",
            "start": "2027-03-02T18:00:00+01:00",
            "end": "2027-03-02T20:00:00+01:00",
            "meeting_format": "concertation",
            "organiser": portal["agenda"].UID(),
        },
    )
    assert bad.status_code == 400
    assert "organiser" in bad.json()["message"]
