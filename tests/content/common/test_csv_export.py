"""The CSV writer of the exports: its format and its formula guard."""

from polepatrimoine.content.common.csv_export import guard
from polepatrimoine.content.common.csv_export import unguard
from polepatrimoine.content.common.csv_export import write_csv

import csv
import io
import pytest


def written(cells, separator=";"):
    data = write_csv(
        ["Nom", "Valeur"], [["ligne", value] for value in cells], separator
    )
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8")[1:]), delimiter=separator))
    assert rows[0] == ["Nom", "Valeur"]
    return [row[1] for row in rows[1:]]


def test_utf8_bom_semicolons_and_crlf():
    data = write_csv(["Nom", "Ville"], [["Chœur", "Château-Gontier"], ["b", None]])
    assert data == "\ufeffNom;Ville\r\nChœur;Château-Gontier\r\nb;\r\n".encode()


def test_another_separator():
    assert (
        write_csv(["a", "b"], [["1", "2"]], separator=",")
        == b"\xef\xbb\xbfa,b\r\n1,2\r\n"
    )
    assert written(["=1+1"], ",") == ["'=1+1"]


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://example.org")',
        "+33 2 40 12 34 56",
        "-2+3",
        "@SUM(A1:A2)",
        "\tcmd",
        "\rcmd",
        "+33240123456",
        "-1,55",
        "-",
        "'=1+1",
    ],
)
def test_a_formula_is_neutralised(text):
    assert guard(text) == "'" + text
    assert written([text]) == ["'" + text]
    assert unguard(guard(text)) == text


@pytest.mark.parametrize("text", ["-1.55", "-0", "47.2184", "2021", "-12"])
def test_a_plain_decimal_number_is_kept(text):
    assert written([text]) == [text]


@pytest.mark.parametrize(
    "value", ["Nantes", "a=b", "contact@example.org", "'quoted", "", 12, -3.5]
)
def test_other_cells_are_kept(value):
    assert written([value]) == [str(value)]
    assert unguard(str(value)) == str(value)


@pytest.mark.parametrize("text", ["-1,55", "47,2184", "-0", "2021", "-1.55"])
def test_decimal_commas_kept_when_asked(text):
    data = write_csv(["Valeur"], [[text]], decimal_comma=True)
    assert data.decode("utf-8").split("\r\n")[1] == text


@pytest.mark.parametrize("text", ["-1,5+2", "=1,5", "+33 2 40 12 34 56", "-1,", ",5"])
def test_decimal_commas_do_not_open_the_guard(text):
    data = write_csv(["Valeur"], [[text]], decimal_comma=True)
    line = data.decode("utf-8").split("\r\n")[1]
    (cell,) = next(csv.reader(io.StringIO(line), delimiter=";"))
    assert cell == guard(text)
    assert unguard(cell) == text
