"""The import reads a French spreadsheet: the actor form's labels as headers,
French titles of coded values, decimal commas, ``;`` or ``,``, BOM or not;
its errors name the column as the file heads it and the value typed there."""

from tests.services.actors_import.helpers import WORD
from tests.services.actors_import.helpers import actors
from tests.services.actors_import.helpers import post_csv

import pytest
import re


FORM_HEADER = [
    "Titre",
    "Catégorie",
    "Domaines patrimoniaux",
    "Département",
    "Adresse (rue)",
    "Code postal",
    "Commune",
    "Latitude",
    "Longitude",
    "Adhérent de Pôle Patrimoine",
    "Adhérent depuis (année)",
    "Accueille des jeunes",
    "Labels",
    "Numéro SIRET",
]
GOOD = [
    f"Ateliers de la Loire {WORD}",
    "Entreprise du patrimoine",
    "Bâti et architectural | Savoir-faire et métiers d'art",
    "49 – Maine-et-Loire",
    "3, rue des Lices",
    "49100",
    "Angers",
    "47,4712",
    "-0,5518",
    "oui",
    "2021",
    "Stages | Alternance",
    "Musée de France",
    "73282932000074",
]


def csv_text(header, *rows, separator=";"):
    def line(cells):
        return separator.join(f'"{c}"' if separator in c else c for c in cells)

    return "\r\n".join([line(header), *(line(r) for r in rows)]) + "\r\n"


def with_cell(row, name, value, header=FORM_HEADER):
    row = list(row)
    row[header.index(name)] = value
    return row


@pytest.mark.parametrize(
    ("separator", "bom", "encoding"),
    [(";", True, "utf-8"), (",", False, "utf-8"), (";", False, "cp1252")],
)
def test_form_labels_french_values_decimal_commas(
    clients, functional, separator, bom, encoding
):
    data = ("\ufeff" if bom else "") + csv_text(FORM_HEADER, GOOD, separator=separator)
    response = post_csv(clients["claire"], data.encode(encoding))
    assert response.status_code == 200, response.text
    assert response.json() == {"created": 1, "updated": 0, "errors": []}
    (brain,) = actors(functional["portal"]).values()
    actor = brain._unrestrictedGetObject()
    assert actor.actor_category == "entreprise"
    assert actor.heritage_domains == ["bati", "savoir-faire"]
    assert actor.department == "49"
    assert actor.street == "3, rue des Lices"
    assert (actor.geolocation.latitude, actor.geolocation.longitude) == (
        47.4712,
        -0.5518,
    )
    assert actor.is_member is True
    assert actor.member_since == 2021
    assert actor.welcomes_young == ["stages", "alternance"]
    assert actor.labels == ["musee-de-france"]


def test_english_labels_and_department_names(clients, functional):
    header = [
        "Title",
        "Category",
        "Département",
        "Postal code",
        "City",
        "Street address",
    ]
    row = [f"Chantier {WORD}", "collectivite", "Vendée", "85000", "Mouilleron", "Bourg"]
    response = post_csv(clients["claire"], csv_text(header, row).encode())
    assert response.status_code == 200, response.text
    (brain,) = actors(functional["portal"]).values()
    assert brain.department == "85"
    assert brain._unrestrictedGetObject().street == "Bourg"


class TestErrorsNameTheUsersColumnAndValue:
    def errors(self, client, data: str) -> list[dict]:
        response = post_csv(client, data.encode("utf-8"))
        assert response.status_code == 400
        assert response.json()["created"] == 0
        return response.json()["errors"]

    def test_unknown_department(self, clients, functional):
        data = csv_text(
            FORM_HEADER,
            GOOD,
            with_cell(GOOD, "Titre", f"Autre {WORD}"),
            with_cell(with_cell(GOOD, "Titre", f"Faux {WORD}"), "Département", "99"),
        )
        [error] = self.errors(clients["claire"], data)
        assert error["message"] == (
            "Ligne 4, colonne « Département » : « 99 » n'est pas un département "
            "des Pays de la Loire."
        )
        assert (error["line"], error["field"], error["column"], error["value"]) == (
            4,
            "department",
            "Département",
            "99",
        )
        # Nothing half-written: the two good rows are not there either.
        assert actors(functional["portal"]) == {}

    def test_the_header_as_the_file_writes_it(self, clients, functional):
        header = with_cell(FORM_HEADER, "Département", "  DÉPARTEMENT ")
        header = with_cell(header, "Catégorie", "categorie", header=header)
        row = with_cell(GOOD, "Catégorie", "Musée")
        row = with_cell(row, "Latitude", "47,4,7")
        row = with_cell(row, "Adhérent de Pôle Patrimoine", "peut-être")
        messages = {
            e["column"]: e["message"]
            for e in self.errors(clients["claire"], csv_text(header, row))
        }
        assert messages["categorie"].startswith(
            "Ligne 2, colonne « categorie » : « Musée » n'est pas une catégorie "
            "d'acteur : Association, Organisation professionnelle,"
        )
        assert messages["Latitude"] == (
            "Ligne 2, colonne « Latitude », valeur « 47,4,7 » : Saisissez un "
            "nombre, comme 47,2184."
        )
        assert messages["Adhérent de Pôle Patrimoine"] == (
            "Ligne 2, colonne « Adhérent de Pôle Patrimoine », valeur « peut-être » "
            ": Saisissez « oui » ou « non »."
        )
        assert actors(functional["portal"]) == {}

    def test_one_wrong_item_of_a_list(self, clients):
        row = with_cell(
            GOOD, "Domaines patrimoniaux", "Bâti et architectural | Vitrail"
        )
        [error] = self.errors(clients["claire"], csv_text(FORM_HEADER, row))
        assert error["message"].startswith(
            "Ligne 2, colonne « Domaines patrimoniaux » : « Vitrail » n'est pas un "
            "domaine patrimonial : Bâti et architectural,"
        )
        assert error["value"] == "Bâti et architectural | Vitrail"

    def test_zip_code_of_another_departement(self, clients):
        row = with_cell(GOOD, "Code postal", "44000")
        [error] = self.errors(clients["claire"], csv_text(FORM_HEADER, row))
        assert error["message"] == (
            "Ligne 2, colonne « Code postal » : Le code postal 44000 n'est pas "
            "dans le département 49."
        )

    def test_a_column_missing_and_an_unknown_one(self, clients):
        header = [h for h in FORM_HEADER if h != "Commune"] + ["Ville natale"]
        row = [c for c in GOOD if c != "Angers"] + ["Nantes"]
        messages = sorted(
            e["message"] for e in self.errors(clients["claire"], csv_text(header, row))
        )
        assert messages == [
            "Colonne inconnue « Ville natale ».",
            "La colonne « Commune (city) » manque.",
        ]

    def test_in_the_classic_ui_form(self, clients, functional):
        client = clients["claire"]
        page = client.get("acteurs/@@actors-import", headers={"Accept": "text/html"})
        token = re.search(r'name="_authenticator" value="([^"]+)"', page.text)[1]
        row = with_cell(GOOD, "Département", "99")
        response = client.post(
            "acteurs/@@actors-import",
            data={"form.submitted": "1", "_authenticator": token},
            files={"file": ("a.csv", csv_text(FORM_HEADER, row).encode(), "text/csv")},
            headers={"Accept": "text/html"},
        )
        table = response.text.split('id="import-errors"')[1].split("</table>")[0]
        cells = [
            re.sub(r"\s+", " ", c).strip()
            for c in re.findall(r"<td>(.*?)</td>", table, re.S)
        ]
        assert cells == [
            "2",
            "Département",
            "99",
            "« 99 » n&#x27;est pas un département des Pays de la Loire.",
        ] or cells == [
            "2",
            "Département",
            "99",
            "« 99 » n'est pas un département des Pays de la Loire.",
        ]
        assert actors(functional["portal"]) == {}
