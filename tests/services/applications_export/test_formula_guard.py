"""@applications-export neutralises spreadsheet formulas and keeps numbers."""

from tests.fixtures.calls import make_application
from tests.services.calls_http import as_user

import csv
import io
import transaction


def test_formulas_are_neutralised(world):
    app = make_application(
        world.call,
        "applicant",
        "candidature-1",
        structure_name='=HYPERLINK("http://evil.example") Atelier',
        contact_name="@Accueil",
        contact_phone="+33 2 40 00 00 00",
    )
    app.score_relevance = 4
    transaction.commit()
    response = as_user("coordinator").get(
        f"{world.call.absolute_url()}/@applications-export"
    )
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    [row] = csv.DictReader(
        io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"
    )
    assert row["Structure"] == '\'=HYPERLINK("http://evil.example") Atelier'
    assert row["Contact"] == "'@Accueil"
    assert row["Téléphone"] == "'+33 2 40 00 00 00"
    assert row["Budget (euros)"] == "30000"
    assert row["Note totale"] == "4"
