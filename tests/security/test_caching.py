"""HTTP caching: anonymous pages cached with ETags, nothing personal ever cached.

Over HTTP against the test server, whose plone.app.caching RAM cache plays the
part of a shared cache: a page it keeps is served to the next anonymous visitor.
"""

from plone import api
from polepatrimoine.workflows.workinggroups import membership
from Products.statusmessages.adapter import _encodeCookieValue
from tests.content.meetings.helpers import make_event
from tests.fixtures.actors import make_actor
from tests.fixtures.calls import pdf
from tests.fixtures.http import client
from tests.fixtures.users import PASSWORD
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register

import pytest
import re
import transaction


# What only Alice's pages show: her name in the personal bar.
MARKER = "Alice Témoin-de-Cache"
HTML = {"Accept": "text/html"}


@pytest.fixture
def site(functional, members, smtp):
    portal = functional["portal"]
    with api.env.adopt_roles(["Manager"]):
        api.user.get(username="alice@example.org").setMemberProperties(
            {"fullname": MARKER}
        )
        group = portal["groupes-de-travail"].objectValues()[0]
        membership.add_member(group, members["alice"], "member")
    event = make_event(portal["agenda"], obj_id="cache-rencontre", capacity=5)
    transaction.commit()
    site = {"portal": portal, "group": group, "event": event}
    # Plone writes a section's portlet assignments on its first rendering, and
    # any write gives every page a new ETag: a site in use has long done it.
    anonymous = client(portal.absolute_url())
    for path, headers in public_urls(site).values():
        anonymous.get(path, headers=headers)
    return site


def cache_control(response) -> str:
    return response.headers.get("Cache-Control", "")


def assert_private(response):
    directives = {d.strip() for d in cache_control(response).split(",")}
    assert {"private", "no-store"} <= directives, (
        response.url,
        cache_control(response),
    )
    assert not any(d.startswith(("s-maxage", "public")) for d in directives)


def etag(response) -> str:
    (value,) = [v for k, v in response.headers.items() if k.lower() == "etag"]
    assert "," not in value, f"two ETags: {value}"
    return value


def public_urls(site) -> dict:
    """Anonymous pages and data, with what their request accepts."""
    json = {"Accept": "application/json"}
    return {
        "home": ("", HTML),
        "directory": ("acteurs", HTML),
        "directory filtered": ("acteurs?department=44", HTML),
        "geojson": ("acteurs/@actors-geojson", json),
        "facets": ("acteurs/@actors-facets?department=49", json),
        "agenda": ("agenda", HTML),
        "ical feed": ("agenda/@@agenda.ics", {}),
        "event": (site["event"].absolute_url(), HTML),
        "working group": (site["group"].absolute_url(), HTML),
        "resources": ("ressources", HTML),
        "REST content": ("a-propos", json),
        "news": ("actualites", HTML),
        "news filtered": ("actualites/@@news?news_scope=regional&topics=bati", HTML),
        "news feed": ("actualites/@@news.rss?news_scope=national", {}),
        "news REST": ("actualites/@news?topics=industriel", json),
        "projects": ("projets?departments=44", HTML),
        "projects geojson": ("projets/@projects-geojson", json),
        "projects facets": ("@projects-facets?project_kind=chantier", json),
        "project": ("projets/inventaire-participatif-des-lavoirs", HTML),
    }


PUBLIC = (
    "home",
    "directory",
    "directory filtered",
    "geojson",
    "facets",
    "agenda",
    "ical feed",
    "event",
    "working group",
    "resources",
    "REST content",
    "news",
    "news filtered",
    "news feed",
    "news REST",
    "projects",
    "projects geojson",
    "projects facets",
    "project",
)


class TestAnonymousPagesAreCached:
    @pytest.mark.parametrize("name", PUBLIC)
    def test_etag_max_age_and_304(self, site, name):
        path, headers = public_urls(site)[name]
        anonymous = client(site["portal"].absolute_url())
        first = anonymous.get(path, headers=headers)
        assert first.status_code == 200
        control = cache_control(first)
        # Browsers revalidate at once; a shared proxy keeps it briefly.
        assert re.search(r"\bmax-age=0\b", control), control
        assert re.search(r"\bs-maxage=[1-9][0-9]*\b", control), control
        assert "private" not in control
        assert "no-store" not in control
        tag = etag(first)
        again = anonymous.get(path, headers={**headers, "If-None-Match": tag})
        assert again.status_code == 304
        assert again.content == b""

    def test_static_resources_are_cached_for_a_day_at_least(self, site):
        anonymous = client(site["portal"].absolute_url(), json=False)
        home = anonymous.get("").text
        urls = re.findall(r'(?:src|href)="([^"]*\+\+plone\+\+[^"]+)"', home)
        urls.append(
            f"{site['portal'].absolute_url()}"
            "/++plone++polepatrimoine.content/actors-map.js"
        )
        assert len(urls) >= 2
        for url in urls:
            response = anonymous.get(url)
            assert response.status_code == 200, url
            age = re.search(r"\bmax-age=(\d+)", cache_control(response))
            assert age, (url, cache_control(response))
            assert int(age.group(1)) >= 86400, (url, cache_control(response))
            assert "private" not in cache_control(response)
            assert response.headers.get("Last-Modified"), url


def private_requests(site) -> list:
    """(who, path, headers): personal or private pages, as whom they concern."""
    group = site["group"].absolute_url()
    event = site["event"].absolute_url()
    html, json = HTML, {"Accept": "application/json"}
    return [
        ("alice", f"{group}/@@space", html),
        ("alice", f"{group}/@@activity", html),
        ("alice", f"{group}/@activity", json),
        ("anonymous", f"{group}/@activity", json),
        ("alice", f"{group}/@members", json),
        ("alice", f"{group}/@@leave", html),
        ("alice", "@@my-working-groups", html),
        ("alice", "@my-working-groups", json),
        ("alice", "@my-applications", json),
        ("bruno", f"{group}/@@join", html),
        ("admin", f"{group}/@@members", html),
        ("admin", f"{group}/@join-requests", json),
        ("admin", f"{group}/@@group-mail", html),
        ("admin", f"{group}/@group-mail", json),
        ("admin", f"{group}/@polls", json),
        ("admin", f"{event}/@@registrations", html),
        ("admin", f"{event}/@@registrations.csv", {}),
        ("admin", f"{event}/@registrations", json),
        ("admin", f"{event}/@registrations-export", json),
        ("admin", "acteurs/@@actors-import", html),
        ("anonymous", f"{event}/@@cancel-registration?token=" + "x" * 43, html),
        ("anonymous", f"{event}/@registration-status", json),
        ("anonymous", f"{group}/@@space", html),
        ("anonymous", "login", html),
        ("anonymous", "acteurs/@actors-export", json),
        ("anonymous", "acteurs/@@actors.csv", {}),
    ]


class TestPrivateResponsesAreNeverCached:
    def test_personal_pages_and_services(self, site):
        checked = 0
        for who, path, headers in private_requests(site):
            login = None if who in ("anonymous", "admin") else f"{who}@example.org"
            response = client(
                site["portal"].absolute_url(), login=login, admin=who == "admin"
            ).get(path, headers=headers, allow_redirects=False)
            assert response.status_code < 500, (path, response.status_code)
            assert_private(response)
            checked += 1
        assert checked == len(private_requests(site))

    @pytest.mark.parametrize("name", PUBLIC)
    def test_every_authenticated_response(self, site, name):
        path, headers = public_urls(site)[name]
        for who in ({"login": "alice@example.org"}, {"admin": True}):
            response = client(site["portal"].absolute_url(), **who).get(
                path, headers=headers
            )
            assert response.status_code == 200
            assert_private(response)

    @pytest.mark.parametrize("name", PUBLIC)
    def test_a_session_logged_in_through_the_login_form(self, site, name):
        path, headers = public_urls(site)[name]
        session = login_form(site["portal"].absolute_url())
        response = session.get(path, headers=headers)
        assert response.status_code == 200
        assert_private(response)

    def test_a_logged_in_application_attachment(self, site, world, apps):
        first, _second = apps
        first.document_presentation = pdf()
        transaction.commit()
        owner = client(site["portal"].absolute_url(), login="applicant@exemple.fr")
        page = owner.get(first.absolute_url(), headers=HTML)
        assert page.status_code == 200
        assert_private(page)
        download = owner.get(
            f"{first.absolute_url()}/@@download/document_presentation",
            allow_redirects=False,
        )
        assert download.status_code == 200, download.status_code
        assert "private" in cache_control(download)
        assert "s-maxage" not in cache_control(download)


def login_form(url) -> object:
    """A browser session logged in through Plone's login form (the __ac cookie)."""
    session = client(url, json=False)
    form = session.get("login").text
    token = re.search(r'name="_authenticator" value="([^"]+)"', form)
    data = {
        "__ac_name": "alice@example.org",
        "__ac_password": PASSWORD,
        "buttons.login": "Se connecter",
        "came_from": url,
    }
    if token:
        data["_authenticator"] = token.group(1)
    response = session.post("login", data=data, allow_redirects=False)
    assert response.status_code in (200, 302), response.status_code
    assert "__ac" in session.session.cookies
    return session


class TestAnonymousAfterLoggedIn:
    PAGES = ("home", "directory", "agenda", "event", "working group", "resources")

    @pytest.mark.parametrize("name", PAGES)
    def test_never_sees_the_logged_in_page(self, site, name):
        path, headers = public_urls(site)[name]
        url = site["portal"].absolute_url()
        anonymous = client(url)
        # An anonymous visit first, so that the page is in the RAM cache.
        assert MARKER not in anonymous.get(path, headers=headers).text
        served = anonymous.get(path, headers=headers)
        assert served.headers.get("X-RAMCache"), "the RAM cache is not in play"
        for session in (
            client(url, login="alice@example.org"),
            login_form(url),
        ):
            logged_in = session.get(path, headers=headers)
            # Not the anonymous page from the cache either.
            assert MARKER in logged_in.text
            assert not logged_in.headers.get("X-RAMCache")
            after = anonymous.get(path, headers=headers)
            assert after.status_code == 200
            assert MARKER not in after.text
            with_alice_etag = anonymous.get(
                path, headers={**headers, "If-None-Match": etag(logged_in)}
            )
            assert with_alice_etag.status_code == 200
            assert MARKER not in with_alice_etag.text

    def test_never_sees_what_a_member_may_see(self, site, members):
        url = site["portal"].absolute_url()
        pending = make_actor(
            site["portal"],
            title="Acteur en attente Cachette",
            state="pending",
            owner="alice@example.org",
        )
        assert api.content.get_state(pending) == "pending"
        transaction.commit()
        anonymous = client(url)
        anonymous.get("acteurs/@actors-geojson")
        alice = client(url, login="alice@example.org")
        mine = alice.get("acteurs/@actors-geojson")
        assert "Cachette" in mine.text
        facets_alice = alice.get("acteurs/@actors-facets").json()["total"]
        after = anonymous.get("acteurs/@actors-geojson")
        assert "Cachette" not in after.text
        assert anonymous.get("acteurs/@actors-facets").json()["total"] < facets_alice
        forged = anonymous.get(
            "acteurs/@actors-geojson", headers={"If-None-Match": etag(mine)}
        )
        assert forged.status_code == 200
        assert "Cachette" not in forged.text

    def test_a_status_message_is_not_kept_for_the_next_visitor(self, site):
        url = site["portal"].absolute_url()
        event = site["event"].absolute_url()
        message = "Votre inscription est enregistrée, Camille."
        visitor = client(url, json=False)
        visitor.get(event)
        visitor.session.cookies.set(
            "statusmessages", _encodeCookieValue(message, "info")
        )
        shown = visitor.get(event)
        assert message in shown.text
        assert_private(shown)
        next_visitor = client(url, json=False).get(event)
        assert message not in next_visitor.text


class TestAChangeInvalidates:
    def test_new_actor_new_etags(self, site):
        url = site["portal"].absolute_url()
        anonymous = client(url)
        names = ("directory", "geojson", "facets", "home", "REST content")
        before = {}
        for name in names:
            path, headers = public_urls(site)[name]
            before[name] = etag(anonymous.get(path, headers=headers))
        make_actor(site["portal"], title="Acteur nouveau Invalidation")
        transaction.commit()
        for name in names:
            path, headers = public_urls(site)[name]
            response = anonymous.get(
                path, headers={**headers, "If-None-Match": before[name]}
            )
            assert response.status_code == 200, name
            assert etag(response) != before[name], name
        assert (
            "Acteur nouveau Invalidation"
            in anonymous.get("acteurs/@actors-geojson").text
        )

    def test_a_registration_changes_the_event_page(self, site):
        url = site["portal"].absolute_url()
        event = site["event"].absolute_url()
        anonymous = client(url, json=False)
        first = anonymous.get(event)
        assert re.search(r"<strong>\s*5\s*</strong>", first.text)
        cached = anonymous.get(event)
        assert cached.headers.get("X-RAMCache")
        # A registration writes the event's annotation (and its count for the
        # observatory): the page's ETag follows.
        assert register(event, person(1, email="cache1@exemple.invalid")).ok
        transaction.begin()
        after = anonymous.get(event, headers={"If-None-Match": etag(first)})
        assert after.status_code == 200
        assert etag(after) != etag(first)
        assert re.search(r"<strong>\s*4\s*</strong>", after.text)

    def test_the_ical_feed_follows_a_new_event(self, site):
        anonymous = client(site["portal"].absolute_url(), json=False)
        feed = anonymous.get("agenda/@@agenda.ics")
        make_event(
            site["portal"]["agenda"], obj_id="cache-nouvelle", title="Nouvelle date"
        )
        again = anonymous.get(
            "agenda/@@agenda.ics", headers={"If-None-Match": etag(feed)}
        )
        assert again.status_code == 200
        assert "Nouvelle date" in again.text
