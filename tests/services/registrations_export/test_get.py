"""@registrations-export and @@registrations.csv: the organisers' CSV, formulas neutralised."""

from tests.fixtures.http import client
from tests.services.registrations.helpers import person
from tests.services.registrations.helpers import register_confirmed

import csv
import io


def test_csv_export(event_url, smtp):
    for n, extra in ((1, {"fullname": "=HYPERLINK(1)"}), (2, {}), (3, {})):
        register_confirmed(event_url, person(n, **extra), smtp)
    for response in (
        client(admin=True).get(f"{event_url}/@registrations-export"),
        client(admin=True, json=False).get(f"{event_url}/@@registrations.csv"),
    ):
        assert response.status_code == 200
        assert response.headers["Content-Type"].startswith("text/csv")
        rows = list(
            csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
        )
        assert rows[0] == [
            "Nom",
            "Courriel",
            "Structure",
            "Statut",
            "Inscription",
            "Promotion",
        ]
        assert [row[1] for row in rows[1:]] == [
            "personne1@exemple.fr",
            "personne2@exemple.fr",
            "personne3@exemple.fr",
        ]
        assert rows[1][0] == "'=HYPERLINK(1)"
        assert [row[3] for row in rows[1:]] == [
            "confirmée",
            "confirmée",
            "liste d'attente",
        ]
