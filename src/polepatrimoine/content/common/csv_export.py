"""The one CSV writer of the exports: UTF-8 with a BOM, ``;``, and a formula guard.

A spreadsheet runs a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula, also after spaces or line breaks and in their
full-width forms (``＝``), so such a cell gets a leading ``'``; so does one
starting with a line feed, ``|`` or ``%``. A cell that
is a plain decimal number (``-?[0-9]+(\\.[0-9]+)?``, such as the longitude
``-1.55``) is left as is: a spreadsheet reads it as a number, never as a
formula. A phone like ``+33 2 40 12 34 56`` is not such a number and is guarded.
A cell already starting with ``'`` before a trigger gets one more, so that
``unguard`` gives back exactly what was written.
"""

from collections.abc import Iterable
from collections.abc import Sequence

import csv
import io
import re
import unicodedata


TRIGGERS = "=+-@\t\r"
# A spreadsheet skips these before it decides that a cell is a formula
# (`` =1+1``, ``\n=cmd|...``), and reads a full-width ``＝`` as ``=``
# (NFKC); ``|`` and ``%`` start DDE and macro syntaxes of some of them.
_SKIPPED = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]*")
_ALSO_FIRST = "\n|%"
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DECIMAL_COMMA = re.compile(r"-?[0-9]+(,[0-9]+)?")


def _runs(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula."""
    if not text:
        return False
    if text[0] in TRIGGERS + _ALSO_FIRST:
        return True
    rest = text[_SKIPPED.match(text).end() :]
    return bool(rest) and unicodedata.normalize("NFKC", rest[0])[:1] in TRIGGERS


def guard(text: str) -> str:
    """``text``, with a ``'`` first if a spreadsheet could run it as a formula.

    Quotes already in front count for nothing: ``'=x`` becomes ``''=x``."""
    if _runs(text.lstrip("'")) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """The inverse of ``guard``, for the imports that read our exports."""
    if text.startswith("'") and _runs(text.lstrip("'")):
        return text[1:]
    return text


def cell(value, decimal_comma: bool = False) -> str:
    if value is None:
        return ""
    text = str(value)
    if decimal_comma and _DECIMAL_COMMA.fullmatch(text):
        return text
    return guard(text)


def write_csv(
    header: Sequence[str],
    rows: Iterable[Sequence],
    separator: str = ";",
    decimal_comma: bool = False,
) -> bytes:
    """A header row then the rows; ``None`` is an empty cell.

    With ``decimal_comma``, a number written the French way (``-1,55``) is kept
    as is, for a French spreadsheet to read it as a number; it stays guarded
    otherwise, where a spreadsheet may not read it so."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow([cell(value) for value in header])
    writer.writerows([cell(value, decimal_comma) for value in row] for row in rows)
    # The BOM makes a French Excel read the accents right.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
