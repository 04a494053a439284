"""Without JavaScript the faceted listings are plain forms and links: a request with
the filters in its query string gives the filtered page; the map is named, points
to the list that is its text equivalent, and its controls are labelled in French."""

from lxml import html
from tests.fixtures.http import client

import pytest


def page(path, **params):
    response = client(json=False).get(path, params=params)
    assert response.status_code == 200, response.text[:500]
    return html.fromstring(response.text)


def test_directory_filtered_by_its_query_string(listed):
    tree = page("acteurs", SearchableText="Quilbrac", department="44")
    items = [
        " ".join(li.text_content().split()) for li in tree.cssselect(".actor-item")
    ]
    assert len(items) == 3
    assert all("Quilbrac" in item and "(44)" in item for item in items)
    assert tree.cssselect("#department-44")[0].get("checked") is not None
    assert tree.cssselect("#department-49")[0].get("checked") is None
    assert tree.cssselect("#actors-searchabletext")[0].get("value") == "Quilbrac"
    assert "department=44" in tree.cssselect("#actors-map")[0].get("data-geojson-url")
    export = tree.cssselect("#actors-actions a")[0].get("href")
    assert "department=44" in export
    assert "SearchableText=Quilbrac" in export


@pytest.mark.parametrize(
    ("path", "prefix", "noun"),
    [
        ("acteurs", "actors", "acteurs"),
        ("projets", "projects", "projets"),
        ("jeunes-pros/offres", "opportunities", "offres"),
    ],
)
def test_form_works_without_script(listed, path, prefix, noun):
    tree = page(path)
    form = tree.cssselect(f"#{prefix}-filters")[0]
    assert form.get("method") == "get"
    assert form.get("action").rstrip("/").endswith(path)
    submit = form.cssselect("button[type=submit]")
    assert [" ".join(b.text_content().split()) for b in submit] == ["Filtrer"]
    # The « Filtres » disclosure is hidden until the script shows it.
    (toggle,) = form.cssselect(".facets-toggle")
    assert toggle.get("hidden") is not None
    assert toggle.get("type") == "button"
    assert toggle.get("aria-expanded") == "false"
    assert toggle.text_content().strip() == "Filtres"
    (panel,) = tree.cssselect("#" + toggle.get("aria-controls"))
    assert panel.cssselect("fieldset")
    assert panel.cssselect("button[type=submit]")
    # The count is announced when the script replaces it.
    summary = tree.cssselect("[data-facets-live]")[0]
    assert (summary.get("aria-live"), summary.get("aria-atomic")) == ("polite", "true")


@pytest.mark.parametrize(
    ("path", "prefix", "name", "link"),
    [
        ("acteurs", "actors", "Carte des acteurs", "Voir la liste des acteurs"),
        ("projets", "projects", "Carte des projets", "Voir la liste des projets"),
        (
            "jeunes-pros/offres",
            "opportunities",
            "Carte des offres",
            "Voir la liste des offres",
        ),
    ],
)
def test_map_has_a_name_and_the_list_as_its_alternative(
    listed, path, prefix, name, link
):
    tree = page(path)
    (element,) = tree.cssselect("#actors-map")
    assert element.get("role") == "region"
    assert element.get("aria-label") == name
    help_text = tree.cssselect("#" + element.get("aria-describedby"))[0]
    (skip,) = help_text.cssselect("a.facets-map-skip")
    assert skip.text_content().strip() == link
    (target,) = tree.cssselect(skip.get("href"))
    assert target.get("id") == f"{prefix}-results"
    assert target.get("tabindex") == "-1"
    assert target.get("aria-label", "").startswith("Liste des ")
    labels = {
        key: element.get(f"data-label-{key}")
        for key in ("zoom-in", "zoom-out", "close")
    }
    assert labels == {
        "zoom-in": "Zoom avant",
        "zoom-out": "Zoom arrière",
        "close": "Fermer la fenêtre",
    }
    assert element.get("data-label-cluster").endswith("à cet endroit : zoomer")


def test_news_filtered_by_its_links(listed):
    url = listed["news"].absolute_url() + "/@@news"
    tree = page(url)
    (link,) = tree.cssselect("#news-news_scope-regional")
    assert link.getparent().getparent().getparent().get("data-facets-links") is not None
    filtered = page(link.get("href"))
    assert [a.text_content() for a in filtered.cssselect(".news-results h2 a")] == [
        "Actualité seule"
    ]
    assert (
        filtered.cssselect("#news-news_scope-regional")[0].get("aria-current") == "true"
    )
    (toggle,) = tree.cssselect(".facets-toggle")
    assert tree.cssselect("#" + toggle.get("aria-controls"))[0].cssselect(
        "#news-facets"
    )
