"""The pages of an offer (with its JobPosting JSON-LD) and of a trade, over HTTP."""

from datetime import datetime
from datetime import time
from datetime import timedelta
from plone import api
from polepatrimoine.content.opportunities import expiry
from tests.content.opportunities.jsonld import job_postings
from tests.fixtures.actors import make_actor
from tests.fixtures.opportunities import WORD
from tests.fixtures.opportunities import in_days
from tests.fixtures.opportunities import make_offer

import pytest
import transaction


HTML = {"Accept": "text/html"}


def page(clients, url, who="anonymous"):
    response = clients[who].get(url, headers=HTML)
    assert response.status_code == 200
    return response.text


@pytest.fixture
def offer(jeunes_pros, members):
    made = make_offer(
        jeunes_pros["portal"],
        jeunes_pros["alices"],
        kind="alternance",
        kind_detail="apprentissage",
        deadline=in_days(10),
        owner=members["alice"],
    )
    transaction.commit()
    return made


def test_offer_page_shows_the_offer(clients, offer):
    html = page(clients, offer.absolute_url())
    assert offer.title in html
    assert "Alternance (Apprentissage)" in html
    assert "Saumur" in html
    assert "49 – Maine-et-Loire" in html
    assert "Tailleur de pierre" in html
    assert in_days(10).strftime("%d/%m/%Y") in html
    assert "Offre expirée" not in html


def test_job_posting_of_an_open_offer(clients, offer):
    (data,) = job_postings(page(clients, offer.absolute_url()))
    assert data["@context"] == "https://schema.org"
    assert data["title"] == offer.title
    assert data["employmentType"] == "OTHER"
    assert data["validThrough"].startswith(f"{in_days(10).isoformat()}T23:59:59")
    assert data["datePosted"] == expiry.today().isoformat()
    organization = data["hiringOrganization"]
    assert organization["@type"] == "Organization"
    assert organization["name"] == f"Atelier d'Alice {WORD}"
    location = data["jobLocation"]
    assert location["address"]["addressLocality"] == "Saumur"
    assert location["address"]["addressRegion"] == "Maine-et-Loire"
    assert location["address"]["postalCode"] == "49"
    assert location["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 47.26,
        "longitude": -0.08,
    }
    assert "recrutement@" not in str(data)


@pytest.mark.parametrize(
    ("kind", "detail", "expected"),
    [
        ("stage", None, "INTERN"),
        ("emploi", None, "FULL_TIME"),
        ("service-civique", None, "VOLUNTEER"),
        ("chantier", "benevole", "VOLUNTEER"),
        ("chantier", "ecole", "OTHER"),
        ("job-ete", None, "TEMPORARY"),
    ],
)
def test_employment_type_of_each_kind(clients, jeunes_pros, kind, detail, expected):
    made = make_offer(
        jeunes_pros["portal"], jeunes_pros["alices"], kind=kind, kind_detail=detail
    )
    transaction.commit()
    (data,) = job_postings(page(clients, made.absolute_url()))
    assert data["employmentType"] == expected


def test_a_title_cannot_break_out_of_the_script(clients, jeunes_pros):
    title = 'Stage </script><script>alert("x")</script> & <!-- co'
    made = make_offer(jeunes_pros["portal"], jeunes_pros["alices"], title=title)
    transaction.commit()
    html = page(clients, made.absolute_url())
    (data,) = job_postings(html)
    assert data["title"] == title
    assert '<script>alert("x")' not in html
    # The page goes on after the head: nothing closed it early.
    assert "opportunity-view" in html


def at(day, hour, minute=0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=expiry.PARIS)


def test_expired_the_day_after_its_deadline(clients, offer, monkeypatch):
    deadline = offer.deadline
    monkeypatch.setattr(expiry, "now", lambda: at(deadline, 23, 50))
    html = page(clients, offer.absolute_url())
    assert "Offre expirée" not in html
    assert len(job_postings(html)) == 1
    monkeypatch.setattr(expiry, "now", lambda: at(deadline + timedelta(days=1), 0, 5))
    html = page(clients, offer.absolute_url())
    assert "Offre expirée" in html
    assert job_postings(html) == []


def test_no_job_posting_unless_published(clients, jeunes_pros, members):
    made = make_offer(
        jeunes_pros["portal"],
        jeunes_pros["alices"],
        state="pending",
        owner=members["alice"],
    )
    transaction.commit()
    assert job_postings(page(clients, made.absolute_url(), "alice")) == []


@pytest.fixture
def trade_world(jeunes_pros, members):
    """Around the trade "céramologue": what its page lists, and what it must not."""
    portal = jeunes_pros["portal"]
    trade = ["ceramologue"]
    with api.env.adopt_roles(["Manager"]):
        fiche = api.content.create(
            container=portal["ressources"],
            type="Resource",
            title=f"Fiche métier : céramologue {WORD}",
            resource_type="fiche-metier",
            trades=trade,
        )
        api.content.transition(obj=fiche, to_state="published")
        guide = api.content.create(
            container=portal["ressources"],
            type="Resource",
            title=f"Guide de la céramique {WORD}",
            resource_type="guide",
            trades=trade,
        )
        api.content.transition(obj=guide, to_state="published")
    world = {
        "fiche": fiche,
        "guide": guide,
        "actor": make_actor(portal, title=f"Dépôt de fouilles {WORD}", trades=trade),
        "pending_actor": make_actor(
            portal, title=f"Labo en attente {WORD}", state="pending", trades=trade
        ),
        "other_actor": make_actor(portal, title=f"Forge sans tessons {WORD}"),
    }
    for name, state, deadline in (
        ("open", "published", in_days(5)),
        ("past", "published", in_days(-1)),
        ("private", "private", in_days(5)),
    ):
        world[name] = make_offer(
            portal,
            jeunes_pros["others"],
            title=f"Offre {name} en céramologie {WORD}",
            state=state,
            deadline=deadline,
            trades=trade,
        )
    transaction.commit()
    return world


def section(html: str, section_id: str) -> str:
    return html.split(f'id="{section_id}"')[1].split("</section>")[0]


def test_trade_page(clients, trade_world, portal_url):
    html = page(clients, f"{portal_url}/jeunes-pros/metiers/ceramologue")
    assert "Céramologue" in html
    assert "Archéologie" in html
    fiches = section(html, "trade-fiches")
    assert trade_world["fiche"].title in fiches
    assert trade_world["guide"].title not in fiches
    offers = section(html, "trade-offers")
    assert trade_world["open"].title in offers
    assert trade_world["past"].title not in offers
    assert trade_world["private"].title not in offers
    actors = section(html, "trade-actors")
    assert trade_world["actor"].title in actors
    assert trade_world["pending_actor"].title not in actors
    assert trade_world["other_actor"].title not in actors


def test_trade_page_follows_the_clock(clients, trade_world, portal_url, monkeypatch):
    deadline = trade_world["open"].deadline
    monkeypatch.setattr(expiry, "now", lambda: at(deadline + timedelta(days=1), 8))
    html = page(clients, f"{portal_url}/jeunes-pros/metiers/ceramologue")
    assert trade_world["open"].title not in section(html, "trade-offers")
