"""French plurals of the faceted listings' counts (0 and 1 take the singular), over
HTTP, and the rule chosen once in ``facets.plural`` for the request's language."""

from lxml import html
from polepatrimoine.content import _
from polepatrimoine.content.common.facets import plural_text
from tests.fixtures.http import client
from zope.publisher.browser import TestRequest

import pytest


def page(path, **params):
    response = client(json=False).get(path, params=params)
    assert response.status_code == 200, response.text[:500]
    return html.fromstring(response.text)


def text(tree, selector):
    return " ".join(tree.cssselect(selector)[0].text_content().split())


def counts(path, selector, queries) -> list[str]:
    return [text(page(path, **params), selector) for params in queries]


def test_directory_count(listed):
    assert counts(
        "acteurs",
        "#actors-total",
        [
            {"SearchableText": "Introuvablezz"},
            {"SearchableText": "Quilbrac", "department": "49"},
            {"SearchableText": "Quilbrac", "department": "44"},
            {"SearchableText": "Quilbrac"},
        ],
    ) == ["0 acteur", "1 acteur", "3 acteurs", "4 acteurs"]


def test_directory_facet_counts_are_read_as_words(listed):
    tree = page("acteurs", SearchableText="Quilbrac")
    spoken = {
        code: text(tree, f"label[for=department-{code}] .visually-hidden")
        for code in ("44", "49", "53")
    }
    assert spoken == {"44": "3 acteurs", "49": "1 acteur", "53": "0 acteur"}
    # The bare number stays for the eye, hidden from screen readers.
    badge = tree.cssselect("label[for=department-44] .facet-count")[0]
    assert (badge.text, badge.get("aria-hidden")) == ("3", "true")


def test_projects_count(listed):
    assert counts(
        "projets",
        "#projects-total",
        [
            {"SearchableText": "Introuvablezz"},
            {"SearchableText": "Quilbrac", "departments": "49"},
            {"SearchableText": "Quilbrac"},
        ],
    ) == ["0 projet", "1 projet", "2 projets"]


def test_projects_facet_counts_are_read_as_words(listed):
    tree = page("projets", SearchableText="Quilbrac")
    assert text(tree, "label[for=departments-49] .visually-hidden") == "1 projet"
    assert text(tree, "label[for=departments-44] .visually-hidden") == "1 projet"
    assert text(tree, "label[for=departments-53] .visually-hidden") == "0 projet"


def test_news_count(listed):
    assert counts(
        listed["news"].absolute_url() + "/@@news",
        "#news-summary",
        [{"topics": "archives"}, {"news_scope": "regional"}, {}],
    ) == ["0 actualité", "1 actualité", "3 actualités"]


def test_news_facet_links_are_read_as_words(listed):
    tree = page(listed["news"].absolute_url() + "/@@news")
    assert text(tree, "#news-news_scope-regional .visually-hidden") == "1 actualité"
    assert text(tree, "#news-news_scope-national .visually-hidden") == "2 actualités"
    assert text(tree, "#news-news_scope-reseau .visually-hidden") == "0 actualité"


ONE, MANY = _("${count} actor"), _("${count} actors")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["0 acteur", "1 acteur", "2 acteurs"]),
        ("fr-FR,fr;q=0.9", ["0 acteur", "1 acteur", "2 acteurs"]),
        # Untranslated msgids take the English rule: 0 takes the plural.
        ("en", ["0 actors", "1 actor", "2 actors"]),
    ],
)
def test_plural_rule_follows_the_language(integration, language, expected):
    request = TestRequest(environ={"HTTP_ACCEPT_LANGUAGE": language})
    assert [plural_text(n, ONE, MANY, request) for n in (0, 1, 2)] == expected
