"""schema.org JSON-LD in the head of public actor and event pages, over HTTP."""

from plone import api
from tests.content.meetings.helpers import in_days
from tests.content.meetings.helpers import make_event
from tests.fixtures.actors import make_actor

import json
import re
import transaction


SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
HOSTILE = 'Atelier </script><script>alert("x")</script> & <!-- fin'


def structured(html: str) -> list:
    return [json.loads(text) for text in SCRIPT.findall(html)]


def page(clients, obj, who="anonymous"):
    response = clients[who].get(obj.absolute_url(), headers={"Accept": "text/html"})
    assert response.status_code == 200
    return response.text


def test_actor_organization(functional, clients):
    actor = make_actor(
        functional["portal"],
        title="Atelier Quillon du vitrail",
        street="3 rue des Verriers",
        zip_code="44350",
        city="Guérande",
        email="contact@vitrail.example",
        website="https://vitrail.example",
        position=(47.33, -2.43),
    )
    transaction.commit()
    (data,) = structured(page(clients, actor))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"] == "Atelier Quillon du vitrail"
    assert data["url"] == actor.absolute_url()
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "3 rue des Verriers",
        "postalCode": "44350",
        "addressLocality": "Guérande",
        "addressRegion": "Pays de la Loire",
        "addressCountry": "FR",
    }
    assert data["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 47.33,
        "longitude": -2.43,
    }
    assert data["sameAs"] == ["https://vitrail.example"]


def test_actor_without_position_has_no_geo(functional, clients):
    actor = make_actor(functional["portal"], title="Atelier sans carte", position=None)
    transaction.commit()
    (data,) = structured(page(clients, actor))
    assert "geo" not in data


def test_hybrid_event_with_open_registration(functional, clients):
    event = make_event(
        functional["portal"]["agenda"],
        "rencontre-hybride",
        online_url="https://visio.example/salle",
        location="Maison de l'architecture, Nantes",
    )
    (data,) = structured(page(clients, event))
    assert data["@type"] == "Event"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place["@type"] == "Place"
    assert place["name"] == "Maison de l'architecture, Nantes"
    assert virtual == {"@type": "VirtualLocation", "url": "https://visio.example/salle"}
    assert data["startDate"].startswith(in_days(30, 9).date().isoformat())
    assert data["offers"]["@type"] == "Offer"
    assert data["offers"]["availability"] == "https://schema.org/InStock"
    assert data["offers"]["price"] == 0


def test_online_event_without_registration(functional, clients):
    event = make_event(
        functional["portal"]["agenda"],
        "webinaire",
        online_url="https://visio.example/webinaire",
        location="",
        capacity=0,
    )
    (data,) = structured(page(clients, event))
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://visio.example/webinaire",
    }
    assert "offers" not in data


def test_past_event_offers_nothing(functional, clients):
    event = make_event(
        functional["portal"]["agenda"],
        "rencontre-passee",
        start=in_days(-10, 9),
        end=in_days(-10, 17),
    )
    (data,) = structured(page(clients, event))
    assert (
        data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    )
    assert data["location"]["@type"] == "Place"
    assert "offers" not in data


def test_script_in_a_title_leaves_each_page_intact(functional, clients):
    actor = make_actor(functional["portal"], title=HOSTILE)
    event = make_event(
        functional["portal"]["agenda"], "rencontre-hostile", title=HOSTILE
    )
    for obj in (actor, event):
        html = page(clients, obj)
        (data,) = structured(html)
        assert data["name"] == HOSTILE
        assert '<script>alert("x")</script>' not in html
        assert "<!-- fin" not in html
        # The page goes on after the head: nothing closed it early.
        assert html.rstrip().endswith("</html>")


def test_private_items_have_no_structured_data(functional, clients, members):
    actor = make_actor(
        functional["portal"], title="Atelier en attente", state="pending"
    )
    event = make_event(
        functional["portal"]["agenda"], "rencontre-privee", publish=False
    )
    transaction.commit()
    for obj in (actor, event):
        assert structured(page(clients, obj, "admin")) == []
    with api.env.adopt_roles(["Manager"]):
        api.content.transition(obj=actor, to_state="published")
    transaction.commit()
    assert structured(page(clients, actor, "admin"))[0]["@type"] == "Organization"
