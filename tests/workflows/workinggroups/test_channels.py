"""Internal content never leaks, through any channel, over real HTTP.

For each channel, a member of the group sees the internal items (so the check
can fail) and anonymous visitors, authenticated non-members and members of
another group see none of them. Published items stay visible to all.
"""

from plone import api
from plone.base.interfaces.syndication import IFeedSettings
from tests.workflows.workinggroups.scenario import SECRET
from tests.workflows.workinggroups.scenario import build
from tests.workflows.workinggroups.scenario import http

import gzip
import pytest
import transaction


OUTSIDE = ("anonymous", "outsider", "other_group_member")


@pytest.fixture
def site(functional):
    portal = functional["portal"]
    scenario = build(portal)
    api.portal.set_registry_record("plone.enable_sitemap", True)
    IFeedSettings(scenario.group).enabled = True
    with api.env.adopt_roles(["Manager"]):
        collection = api.content.create(
            container=portal,
            type="Collection",
            id="tout-zorglubine",
            title="Recherche",
            query=[
                {
                    "i": "SearchableText",
                    "o": "plone.app.querystring.operation.string.contains",
                    "v": f"{SECRET[:-3]}*",
                }
            ],
        )
        api.content.transition(obj=collection, transition="publish")
    scenario.collection = collection
    transaction.commit()
    return scenario


def get(site, persona, path, **kwargs):
    session = http(site, persona)
    headers = kwargs.pop("headers", {})
    return session.get(
        f"{site.portal.absolute_url()}/{path}",
        headers=headers,
        timeout=30,
        allow_redirects=False,
        **kwargs,
    )


def html(site, persona, path, **kwargs):
    return get(site, persona, path, headers={"Accept": "text/html"}, **kwargs)


# Titles of the internal items ("Réunion" may be escaped in JSON).
SECRET_TITLES = (f"Note {SECRET}", f"Dossier {SECRET}", f"union {SECRET}")


def shows_internal(response):
    return any(title in response.text for title in SECRET_TITLES)


def check(site, fetch, shows_secret=shows_internal):
    response = fetch(site, "member")
    assert response.status_code == 200
    assert shows_secret(response), "the member should see the internal items"
    for persona in OUTSIDE:
        response = fetch(site, persona)
        assert not (response.status_code == 200 and shows_secret(response)), persona


INTERNAL = "groupes-de-travail/groupe-test/interne"


def test_page_by_url(site):
    for persona in OUTSIDE:
        response = html(site, persona, INTERNAL)
        assert response.status_code in (302, 401, 403), persona
        assert SECRET not in response.text
    response = html(site, "member", INTERNAL)
    assert response.status_code == 200
    assert SECRET in response.text


def test_rest_get(site):
    for persona in OUTSIDE:
        assert get(site, persona, INTERNAL).status_code in (401, 403), persona
    assert get(site, "member", INTERNAL).json()["title"] == f"Note {SECRET}"


def test_published_item_is_public(site):
    path = "groupes-de-travail/groupe-test/synthese"
    for persona in OUTSIDE:
        assert get(site, persona, path).status_code == 200
        assert html(site, persona, path).status_code == 200


def test_rest_search(site):
    check(
        site,
        lambda s, p: get(s, p, "@search", params={"SearchableText": SECRET}),
    )


def test_rest_folder_listing(site):
    check(site, lambda s, p: get(s, p, "groupes-de-travail/groupe-test"))


def test_rest_navigation(site):
    check(
        site,
        lambda s, p: get(
            s,
            p,
            "groupes-de-travail/groupe-test/@navigation",
            params={"expand.navigation.depth": 4},
        ),
    )


def test_rest_querystring_search(site):
    def fetch(s, p):
        return http(s, p).post(
            f"{s.portal.absolute_url()}/@querystring-search",
            json={
                "query": [
                    {
                        "i": "SearchableText",
                        "o": "plone.app.querystring.operation.string.contains",
                        "v": SECRET,
                    }
                ]
            },
            timeout=30,
        )

    check(site, fetch)


def test_collection(site):
    check(site, lambda s, p: html(s, p, "tout-zorglubine"))


def test_html_folder_contents_and_tabular_view(site):
    check(site, lambda s, p: html(s, p, "groupes-de-travail/groupe-test/tabular_view"))


def test_livesearch(site):
    check(
        site,
        lambda s, p: html(s, p, "@@ajax-search", params={"SearchableText": SECRET}),
    )


def test_search_page(site):
    check(site, lambda s, p: html(s, p, "@@search", params={"SearchableText": SECRET}))


def test_rss_of_the_group(site):
    def fetch(s, p):
        return get(s, p, "groupes-de-travail/groupe-test/rss.xml")

    response = fetch(site, "anonymous")
    assert response.status_code == 200
    assert "Synthèse publique" in response.text
    check(site, fetch)


def test_icalendar(site):
    def fetch(s, p):
        return get(s, p, "groupes-de-travail/groupe-test/ics_view")

    response = fetch(site, "anonymous")
    assert response.status_code == 200
    assert "Rencontre ouverte" in response.text
    check(site, fetch)
    check(site, lambda s, p: get(s, p, "ics_view"))


def test_sitemap(site):
    response = get(site, "anonymous", "sitemap.xml.gz", params={"page": 1})
    assert response.status_code == 200
    xml = gzip.decompress(response.content).decode()
    assert "groupe-test/synthese" in xml
    assert "groupe-test/interne" not in xml
    assert "groupe-test/reunion" not in xml
    assert "groupe-test/dossier" not in xml
