"""The observatory's application figures: no "< 3" worked out by subtraction.

An attacker downloads @observatory for every département and several year
ranges, writes each exact count as an equation over the cells (département ×
programme × year of submission) and checks whether a count shown as "< 3" is a
linear combination of them: then it would be known exactly.
"""

from DateTime import DateTime
from datetime import date
from fractions import Fraction
from plone import api
from polepatrimoine.content.common import workflow
from tests.fixtures.calls import make_application
from tests.fixtures.calls import make_call
from tests.fixtures.calls import move_to

import pytest
import transaction


DEPARTMENTS = ("44", "49", "53", "72", "85")
PROGRAMMES = ("trajet", "culturdiag", "autre")
THIS_YEAR = date.today().year
LAST_YEAR = THIS_YEAR - 1
# (programme, département, year, how many): one culturdiag application of 44
# (2 of them) is recoverable as "département 44 minus its trajet ones", another
# of 53 from last year as "53 minus its trajet ones".
APPLICATIONS = (
    ("trajet", "44", THIS_YEAR, 4),
    ("trajet", "49", THIS_YEAR, 3),
    ("culturdiag", "44", THIS_YEAR, 2),
    ("trajet", "53", LAST_YEAR, 3),
    ("culturdiag", "53", LAST_YEAR, 1),
    ("autre", "72", THIS_YEAR, 5),
    ("autre", "85", LAST_YEAR, 6),
)
RANGES = (
    {},
    {"year_from": str(THIS_YEAR), "year_to": str(THIS_YEAR)},
    {"year_from": str(LAST_YEAR), "year_to": str(LAST_YEAR)},
    {"year_from": str(LAST_YEAR)},
    {"year_to": str(LAST_YEAR)},
)


def _submitted_in(obj, year):
    """Move the submission of obj to a day of ``year`` (its workflow history)."""
    wf_id = api.portal.get_tool("portal_workflow").getWorkflowsFor(obj)[0].getId()
    entries = []
    for entry in workflow.history(obj):
        if entry.get("action") == "submit":
            entry = dict(entry, time=DateTime(f"{year}/03/15 10:00:00 Europe/Paris"))
        entries.append(entry)
    obj.workflow_history[wf_id] = tuple(entries)
    obj.reindexObject()


@pytest.fixture
def applications(world):
    folder = world.portal["accompagnement"]
    with api.env.adopt_roles(["Manager"]):
        calls = {
            programme: make_call(folder, f"appel-secret-{programme}", programme)
            for programme in PROGRAMMES
        }
    number = 0
    for programme, department, year, count in APPLICATIONS:
        for _ in range(count):
            number += 1
            obj = make_application(
                calls[programme], "applicant", f"secret-{number}", department=department
            )
            move_to(obj, "submitted")
            if year != THIS_YEAR:
                _submitted_in(obj, year)
    transaction.commit()


def _years(params) -> tuple:
    low = int(params.get("year_from", LAST_YEAR))
    high = int(params.get("year_to", THIS_YEAR))
    return tuple(y for y in (LAST_YEAR, THIS_YEAR) if low <= y <= high)


def _cells(departments, programmes, years) -> frozenset:
    return frozenset((d, p, y) for d in departments for p in programmes for y in years)


def published(clients):
    """(cells, value) of every application row of every query an attacker can make."""
    rows = []
    for department in (None, *DEPARTMENTS):
        for years in RANGES:
            params = dict(years)
            if department:
                params["department"] = department
            response = clients["anonymous"].get("@observatory", params=params)
            assert response.status_code == 200, response.text
            figures = {
                f["id"]: f for s in response.json()["sections"] for f in s["figures"]
            }
            within = (department,) if department else DEPARTMENTS
            span = _years(params)
            for row in figures["applications_by_programme"]["rows"]:
                rows.append((_cells(within, (row["key"],), span), row["value"]))
            for row in figures["applications_by_department"]["rows"]:
                if department and row["key"] != department:
                    continue  # filtered out, not a count
                rows.append((_cells((row["key"],), PROGRAMMES, span), row["value"]))
            for figure_id in (
                "applications_by_programme",
                "applications_by_department",
            ):
                total = figures[figure_id]["total"]
                if total is not None:
                    cells = _cells(within, PROGRAMMES, span)
                    rows.append((cells, total))
    return rows


def _in_span(equations, target, variables) -> bool:
    """Whether ``target`` (a set of cells) sums equations (Gaussian elimination)."""
    index = {v: i for i, v in enumerate(variables)}
    basis = {}  # pivot column → reduced row

    def reduce(vector):
        for pivot, row in basis.items():
            if vector[pivot]:
                factor = vector[pivot]
                vector = [a - factor * b for a, b in zip(vector, row, strict=True)]
        return vector

    for cells in equations:
        vector = [Fraction(0)] * len(variables)
        for cell in cells:
            vector[index[cell]] = Fraction(1)
        vector = reduce(vector)
        pivot = next((i for i, a in enumerate(vector) if a), None)
        if pivot is None:
            continue
        vector = [a / vector[pivot] for a in vector]
        for other, row in basis.items():
            if row[pivot]:
                basis[other] = [
                    a - row[pivot] * b for a, b in zip(row, vector, strict=True)
                ]
        basis[pivot] = vector
    vector = [Fraction(0)] * len(variables)
    for cell in target:
        vector[index[cell]] = Fraction(1)
    return not any(reduce(vector))


def test_no_masked_count_recovered_by_subtraction(applications, clients):
    rows = published(clients)
    exact = [cells for cells, value in rows if isinstance(value, int)]
    masked = [cells for cells, value in rows if value == "< 3"]
    assert masked, "the data has counts under 3"
    variables = sorted(_cells(DEPARTMENTS, PROGRAMMES, (LAST_YEAR, THIS_YEAR)))
    recovered = [
        sorted(cells) for cells in set(masked) if _in_span(exact, cells, variables)
    ]
    assert not recovered, recovered


def test_application_figures_have_no_total_and_withhold(applications, clients):
    document = clients["anonymous"].get("@observatory").json()
    figures = {f["id"]: f for s in document["sections"] for f in s["figures"]}
    for figure_id in (
        "applications_by_programme",
        "applications_by_department",
        "accepted_by_programme",
    ):
        assert figures[figure_id]["total"] is None
    # Last year, 53 holds a masked culturdiag count: its trajet one is withheld.
    params = {
        "department": "53",
        "year_from": str(LAST_YEAR),
        "year_to": str(LAST_YEAR),
    }
    filtered = clients["anonymous"].get("@observatory", params=params)
    rows = {
        r["key"]: r["value"]
        for s in filtered.json()["sections"]
        for f in s["figures"]
        if f["id"] == "applications_by_programme"
        for r in f["rows"]
    }
    assert rows["culturdiag"] == "< 3"
    assert rows["trajet"] == "n.c."
    page = clients["anonymous"].get(
        "observatoire", params=params, headers={"Accept": "text/html"}
    )
    assert "n.c." in page.text
