"""GET @news: filters, facet counts against a brute-force count, paging, bad input."""

from tests.content.news.conftest import SCOPES
from tests.content.news.conftest import TOPICS
from tests.content.news.conftest import brute_force
from tests.fixtures.http import client

import pytest


def news(folder, **params):
    return client().get(folder.absolute_url() + "/@news", params=params)


@pytest.mark.parametrize(
    ("scopes", "topics"),
    [((), ()), (("reseau", "national"), ()), ((), ("industriel", "immateriel"))],
)
def test_filters_and_counts(news_folder, scopes, topics):
    specs = news_folder["specs"]
    response = news(
        news_folder["folder"], news_scope=",".join(scopes), topics=list(topics)
    )
    assert response.status_code == 200, response.text
    data = response.json()
    expected = brute_force(specs, scopes, topics)
    assert data["items_total"] == len(expected)
    assert [item["@id"].rsplit("/", 1)[-1] for item in data["items"]] == expected[:20]
    assert data["facets"]["news_scope"] == {
        scope: len(brute_force(specs, (scope,), topics)) for scope in SCOPES
    }
    for topic in TOPICS:
        assert data["facets"]["topics"][topic] == len(
            brute_force(specs, scopes, (topic,))
        )


def test_item_fields(news_folder):
    data = news(news_folder["folder"], b_size=1).json()
    (item,) = data["items"]
    assert item["title"] == "Actualité news-00"
    assert item["news_scope"] == "reseau"
    assert item["news_scope_title"] == "Le réseau et ses membres"
    assert item["topics"] == ["bati"]
    assert item["effective"][:4].isdigit()
    assert set(item) >= {"UID", "description", "source_url", "source_name"}


def test_paging(news_folder):
    folder = news_folder["folder"]
    first = news(folder, b_size=10).json()
    assert len(first["items"]) == 10
    assert "b_start=10" in first["next"]
    second = client().get(first["next"]).json()
    third = client().get(second["next"]).json()
    assert "next" not in third
    ids = [i["UID"] for page in (first, second, third) for i in page["items"]]
    assert len(ids) == len(set(ids)) == 25


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"news_scope": "mondial"}, "news_scope"),
        ({"topics": "bati,astronomie"}, "topics"),
        ({"b_size": "1000"}, "b_size"),
        ({"b_start": "-1"}, "b_start"),
        ({"b_start": ["1", "2"]}, "b_start"),
    ],
)
def test_bad_parameters_answer_400_naming_them(news_folder, params, field):
    response = news(news_folder["folder"], **params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == field
    assert error["type"] == "BadRequest"
    assert field in error["message"] or "paramètre" in error["message"]


def test_only_published_even_for_an_editor(news_folder):
    data = (
        client(admin=True)
        .get(news_folder["folder"].absolute_url() + "/@news", params={"b_size": 100})
        .json()
    )
    assert data["items_total"] == 25
    assert "Brouillon secret" not in str(data)


def test_on_the_site_root(news_folder):
    data = client().get("@news", params={"b_size": 100}).json()
    titles = {item["title"] for item in data["items"]}
    assert "Actualité news-24" in titles
    assert "La Région ouvre son appel à projets patrimoine" in titles
    assert "Brouillon secret" not in titles
