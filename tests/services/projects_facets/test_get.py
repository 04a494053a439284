"""@projects-facets: counts per facet value, checked against brute force on generated data."""

from tests.fixtures.project_data import WORD
from tests.fixtures.project_data import brute_force
from tests.fixtures.project_data import generate

import pytest
import transaction


@pytest.fixture
def generated(functional, members):
    specs = generate(functional["portal"])
    transaction.commit()
    return specs


FILTERS = [
    {},
    {"project_kind": ["experimentation"]},
    {"departments": ["44", "85"]},
    {"heritage_domains": ["bati"], "project_status": ["en-cours"]},
    {"project_reproducible": ["1"]},
    {
        "project_reproducible": ["1"],
        "departments": ["49"],
        "project_kind": ["chantier", "etude"],
    },
]


def test_counts_match_brute_force(clients, generated):
    for filters in FILTERS:
        params = {
            "SearchableText": WORD,
            **{k: ",".join(v) for k, v in filters.items()},
        }
        response = clients["anonymous"].get("projets/@projects-facets", params=params)
        assert response.status_code == 200, response.text
        data = response.json()
        total, counts = brute_force(generated, filters)
        assert data["total"] == total, filters
        for facet, tally in data["facets"].items():
            expected = counts[facet]
            assert {k: v for k, v in tally.items() if v} == expected, (filters, facet)


def test_a_coordinator_also_counts_pending_projects(clients, generated):
    data = (
        clients["claire"]
        .get("@projects-facets", params={"SearchableText": WORD})
        .json()
    )
    assert data["total"] == len(generated)


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("project_kind", "fusee"),
        ("project_status", "abandonne"),
        ("departments", "75"),
        ("heritage_domains", "spatial"),
        ("project_reproducible", "peut-etre"),
        ("SearchableText", '"('),
    ],
)
def test_unknown_value_is_a_french_400_naming_it(clients, param, value):
    response = clients["anonymous"].get("@projects-facets", params={param: value})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == param
    assert error["type"] == "BadRequest"
