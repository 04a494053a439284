"""The observatory's figures over HTTP (@observatory, the page, the CSV) against
counts computed independently from the generated data."""

from collections import Counter
from datetime import date
from tests.content.observatory.generated import expected
from tests.content.observatory.generated import shown

import csv
import io
import pytest


FIGURES = (
    "actors_by_category",
    "actors_by_department",
    "actors_by_domain",
    "actors_by_label",
    "members_by_year",
    "projects_by_kind",
    "projects_by_status",
    "projects_by_domain",
    "events_by_year",
    "registrations_by_year",
    "applications_by_programme",
    "applications_by_department",
    "accepted_by_programme",
)

APPLICATION_FIGURES = (
    "applications_by_programme",
    "applications_by_department",
    "accepted_by_programme",
)


def figures(document) -> dict:
    return {f["id"]: f for s in document["sections"] for f in s["figures"]}


def check(document, counts):
    published = figures(document)
    assert set(FIGURES) <= set(published)
    for figure_id in FIGURES:
        figure = published[figure_id]
        for row in figure["rows"]:
            want = counts[figure_id].get(row["key"], 0)
            if row["value"] == "n.c." and figure_id in APPLICATION_FIGURES:
                # Withheld beside a "< 3" (test_observatory_disclosure.py).
                assert want >= 3, (figure_id, row, want)
                continue
            assert row["value"] == shown(want), (figure_id, row, want)
        if figure_id in APPLICATION_FIGURES:
            assert figure["total"] is None
        if figure["total"] is not None:
            assert figure["total"] == sum(
                n
                for n in (counts[figure_id].get(r["key"], 0) for r in figure["rows"])
                if n >= 3
            )


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"department": "49"},
        {"year_from": str(date.today().year - 1)},
        {"department": "44", "year_from": "2020", "year_to": "2023"},
    ],
)
def test_figures_match_independent_counts(observed, clients, params):
    response = clients["anonymous"].get("@observatory", params=params)
    assert response.status_code == 200, response.text
    document = response.json()
    kwargs = {
        "department": params.get("department"),
        "year_from": int(params["year_from"]) if "year_from" in params else None,
        "year_to": int(params["year_to"]) if "year_to" in params else None,
    }
    check(document, expected(observed, **kwargs))
    assert document["filters"] == {
        "department": kwargs["department"],
        "year_from": kwargs["year_from"],
        "year_to": kwargs["year_to"],
    }


@pytest.mark.parametrize("department", [None, "44", "49", "53", "72", "85"])
def test_calls_counted_by_programme(observed, clients, department):
    params = {"department": department} if department else {}
    document = clients["anonymous"].get("@observatory", params=params).json()
    rows = {
        r["key"]: r["value"] for r in figures(document)["calls_by_programme"]["rows"]
    }
    # With a département: the calls that received a submitted application from it.
    reached = {
        a["call"]
        for a in observed.applications
        if a["state"] not in ("draft", "withdrawn") and a["department"] == department
    }
    want = Counter(
        c["programme"]
        for c in observed.calls
        if c["public"] and (department is None or c["id"] in reached)
    )
    assert rows == {
        key: shown(want.get(key, 0)) for key in ("trajet", "culturdiag", "autre")
    }


def test_share_accepted_only_from_shown_counts(observed, clients):
    counts = expected(observed)
    document = clients["anonymous"].get("@observatory").json()
    submitted_rows = {
        r["key"]: r["value"]
        for r in figures(document)["applications_by_programme"]["rows"]
    }
    for row in figures(document)["accepted_by_programme"]["rows"]:
        accepted = counts["accepted_by_programme"].get(row["key"], 0)
        submitted = counts["applications_by_programme"].get(row["key"], 0)
        withheld = "n.c." in (row["value"], submitted_rows[row["key"]])
        if submitted >= 3 and (accepted == 0 or accepted >= 3) and not withheld:
            assert row["share"] == round(100 * accepted / submitted)
        else:
            assert row["share"] is None


def test_same_figures_for_a_coordinator(observed, clients):
    """Public figures: what a coordinator may see besides counts for nobody."""
    anonymous = clients["anonymous"].get("@observatory").json()
    claire = clients["claire"].get("@observatory").json()
    assert claire["sections"] == anonymous["sections"]


def test_under_three_in_page_csv_and_json(observed, clients):
    counts = expected(observed)
    small = [
        (figure_id, key)
        for figure_id in FIGURES
        for key, n in counts[figure_id].items()
        if 0 < n < 3
    ]
    assert small, "the generated data has counts under 3"
    figure_id, key = small[0]

    document = clients["anonymous"].get("@observatory").json()
    row = next(r for r in figures(document)[figure_id]["rows"] if r["key"] == key)
    assert row["value"] == "< 3"

    page = clients["anonymous"].get("observatoire", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert f'id="figure-{figure_id}"' in page.text
    assert "&lt; 3" in page.text

    response = clients["anonymous"].get(
        "observatoire/@@observatory.csv",
        params={"figure": figure_id},
        headers={"Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(
        csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )
    by_key = {r["cle"]: r["valeur"] for r in rows}
    assert by_key[key] == "< 3"
    # No raw count of 1 or 2 anywhere in the file.
    assert not {r["valeur"] for r in rows} & {"1", "2"}
    if "total" in by_key:
        assert int(by_key["total"]) == sum(
            n for n in counts[figure_id].values() if n >= 3
        )


def test_csv_of_every_figure(observed, clients):
    response = clients["anonymous"].get(
        "observatoire/@@observatory.csv", headers={"Accept": "text/csv"}
    )
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert {r["figure"] for r in rows} >= set(FIGURES)
    assert not {r["valeur"] for r in rows} & {"1", "2"}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"department": "99"}, "department"),
        ({"department": ["44", "49"]}, "department"),
        ({"year_from": "deux-mille"}, "year_from"),
        ({"year_to": "1850"}, "year_to"),
        ({"year_from": "2024", "year_to": "2020"}, "year_to"),
    ],
)
def test_bad_filters(observed, clients, params, field):
    response = clients["anonymous"].get("@observatory", params=params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == field
    assert field in error["message"]

    page = clients["anonymous"].get(
        "observatoire", params=params, headers={"Accept": "text/html"}
    )
    assert page.status_code == 400
    assert "observatory-error" in page.text

    csv_response = clients["anonymous"].get(
        "observatoire/@@observatory.csv", params=params, headers={"Accept": "text/csv"}
    )
    assert csv_response.status_code == 400
    assert field in csv_response.text


def test_bad_filter_messages_are_french(observed, clients):
    error = clients["anonymous"].get("@observatory", params={"year_from": "x"}).json()
    assert "année" in error["error"]["message"]
    error = clients["anonymous"].get("@observatory", params={"department": "99"}).json()
    assert "département inconnu" in error["error"]["message"]


def test_unknown_figure_in_csv(observed, clients):
    response = clients["anonymous"].get(
        "observatoire/@@observatory.csv",
        params={"figure": "secret"},
        headers={"Accept": "text/csv"},
    )
    assert response.status_code == 400
    assert "figure" in response.text
