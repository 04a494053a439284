"""``<group>/@@group-agenda`` and ``@group-agenda``: a month of the group's meetings."""

from polepatrimoine.workflows.workinggroups.agenda import month
from tests.workflows.workinggroups.agenda.world import GROUP_TITLES
from tests.workflows.workinggroups.agenda.world import NEVER
from tests.workflows.workinggroups.agenda.world import OTHER_TITLES
from tests.workflows.workinggroups.scenario import http

import html
import re


def page(world, persona, query="?month=2026-12"):
    url = f"{world.group.absolute_url()}/@@group-agenda{query}"
    return http(world, persona, json=False).get(url, allow_redirects=False)


def cell(text: str, day: str) -> str:
    """The HTML of the day's cell in the grid."""
    match = re.search(
        rf'<td[^>]*>\s*<time class="agenda-date"\s+datetime="{day}".*?</td>', text, re.S
    )
    assert match, day
    return html.unescape(match.group(0))


def test_a_real_month_grid_in_french(world):
    response = page(world, "member")
    assert response.status_code == 200
    text = html.unescape(response.text)
    assert "<caption>décembre 2026</caption>" in text
    headers = re.findall(r'<th scope="col">([^<]+)</th>', text)
    assert headers == [
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
    ]
    # 1 December 2026 is a Tuesday: the first row starts with an empty Monday.
    first_row = text.split("<tbody>")[1].split("</tr>")[0]
    assert first_row.index('class="agenda-empty"') < first_row.index(
        'datetime="2026-12-01"'
    )
    assert text.count('class="agenda-date"') == 31
    assert f'href="{world.group.absolute_url()}/@@group-agenda?month=2026-11"' in text
    assert f'href="{world.group.absolute_url()}/@@group-agenda?month=2027-01"' in text


def test_each_day_lists_its_meetings_as_links_in_paris_time(world):
    text = page(world, "member").text
    third = cell(text, "2026-12-03")
    assert "14:30" in third
    assert f'href="{world.december.absolute_url()}"' in third
    assert "Réunion de décembre" in third
    # A meeting over two days is on both of them, and not on the third.
    assert "Séminaire de deux jours" in cell(text, "2026-12-10")
    assert "Séminaire de deux jours" in cell(text, "2026-12-11")
    assert "Séminaire de deux jours" not in cell(text, "2026-12-12")
    # The network's published meeting naming the group is in its agenda.
    assert "Journée réseau du groupe" in cell(text, "2026-12-15")
    assert "Réunion de décembre" not in cell(text, "2026-12-04")


def test_only_the_group_meetings_the_member_may_view(world):
    text = html.unescape(page(world, "member").text)
    for title in GROUP_TITLES:
        assert title in text
    for title in NEVER + OTHER_TITLES:
        assert title not in text


def test_another_month(world):
    text = html.unescape(page(world, "member", "?month=2027-01").text)
    assert "<caption>janvier 2027</caption>" in text
    assert "Aucune réunion ce mois-ci." in text
    grid = text[text.index("<table") : text.index("</table>")]
    assert "<a " not in grid


def test_current_month_by_default(world, monkeypatch):
    response = page(world, "member", "")
    first = month.now().date().replace(day=1)
    assert f"<caption>{month.month_title(first)}</caption>" in html.unescape(
        response.text
    )


def test_a_bad_month_is_a_french_error(world):
    response = page(world, "member", "?month=2026-13")
    assert response.status_code == 400
    assert "« 2026-13 » n'est pas un mois" in html.unescape(response.text)


def test_linked_from_the_space(world):
    response = http(world, "member", json=False).get(
        f"{world.group.absolute_url()}/@@space"
    )
    assert f'{world.group.absolute_url()}/@@group-agenda"' in response.text


def test_rest(world):
    response = http(world, "guest").get(
        f"{world.group.absolute_url()}/@group-agenda", params={"month": "2026-12"}
    )
    assert response.status_code == 200
    data = response.json()
    assert data["month"] == "2026-12"
    assert data["title"] == "décembre 2026"
    assert data["next"].endswith("/@group-agenda?month=2027-01")
    # In order of start; the scenario's own meetings (ten days from now) may fall in it.
    titles = [
        item["title"]
        for item in data["items"]
        if item["title"] in GROUP_TITLES + NEVER + OTHER_TITLES
    ]
    assert titles == [
        "Réunion de décembre",
        "Séminaire de deux jours",
        "Journée réseau du groupe",
    ]
    first = data["items"][0]
    assert first["start"] == "2026-12-03T14:30:00+01:00"
    assert first["@id"] == world.december.absolute_url()


def test_rest_bad_month(world):
    response = http(world, "member").get(
        f"{world.group.absolute_url()}/@group-agenda", params={"month": "décembre"}
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["field"] == "month"
    assert "n'est pas un mois" in error["message"]
