"""In Chromium: a visitor ticks a filter on the directory, clicks « Télécharger
en CSV » and gets a French spreadsheet of what the page lists; a coordinator
sends that very file back through the import form and nothing changes."""

from datetime import datetime
from pathlib import Path
from tests.content.actors.csv.helpers import FR
from tests.content.actors.csv.helpers import stored
from tests.fixtures.actors import WORD
from tests.fixtures.browser import login
from tests.fixtures.users import PASSWORD
from zoneinfo import ZoneInfo

import csv
import io
import re


def test_download_then_import_back(functional, sample, clients, new_page):
    portal_url = functional["portal"].absolute_url()
    page = new_page()
    page.goto(f"{portal_url}/acteurs?SearchableText={WORD}")
    page.check("#department-49")
    # Without JavaScript the filters apply with the button; with it, they may
    # apply as soon as they change.
    if "department=49" not in page.url:
        page.click("#actors-filters button[type=submit]")
    page.wait_for_url(re.compile(r".*department=49.*"))
    with page.expect_download() as caught:
        page.get_by_role("link", name="Télécharger en CSV").click()
    download = caught.value
    day = datetime.now(ZoneInfo("Europe/Paris")).date().isoformat()
    assert download.suggested_filename == f"acteurs-{day}.csv"
    data = Path(download.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")[1:]
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert list(rows[0]) == list(FR.values())
    assert [r["Titre"] for r in rows] == [f"Amis du château d'Angers {WORD}"]
    (angers,) = rows
    assert angers["Département"] == "49 – Maine-et-Loire"
    assert angers["Domaines patrimoniaux"] == (
        "Bâti et architectural | Archives et documentation"
    )
    assert (angers["Latitude"], angers["Longitude"]) == ("47,47", "-0,55")

    before = stored(clients["admin"], angers["Adresse web"])
    coordinator = new_page()
    login(coordinator, portal_url, "claire@example.org", PASSWORD)
    coordinator.goto(f"{portal_url}/acteurs/@@actors-import")
    coordinator.set_input_files("#import-file", download.path())
    coordinator.locator("form[enctype] button[type=submit]").click()
    coordinator.wait_for_url(re.compile(r".*/acteurs/?$"))
    assert "0 acteurs créés, 1 mis à jour" in coordinator.content()
    assert stored(clients["admin"], angers["Adresse web"]) == before
