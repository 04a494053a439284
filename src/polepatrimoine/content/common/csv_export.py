"""The one CSV writer of the exports: UTF-8 with a BOM, ``;``, and a formula guard.

A spreadsheet runs a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula, so such a cell gets a leading ``'``. A cell that
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


TRIGGERS = "=+-@\t\r"
_GUARDED = re.compile(f"'*[{re.escape(TRIGGERS)}]")
_NEUTRALISED = re.compile(f"'+[{re.escape(TRIGGERS)}]")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def guard(text: str) -> str:
    """``text``, with a ``'`` first if a spreadsheet could run it as a formula."""
    if _GUARDED.match(text) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """The inverse of ``guard``, for the imports that read our exports."""
    return text[1:] if _NEUTRALISED.match(text) else text


def cell(value) -> str:
    return "" if value is None else guard(str(value))


def write_csv(
    header: Sequence[str], rows: Iterable[Sequence], separator: str = ";"
) -> bytes:
    """A header row then the rows; ``None`` is an empty cell."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\r\n")
    writer.writerow([cell(value) for value in header])
    writer.writerows([cell(value) for value in row] for row in rows)
    # The BOM makes a French Excel read the accents right.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
