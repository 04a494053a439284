"""What the import reports: each error names the line, the column as the
user's file heads it, and the value typed there."""

from dataclasses import dataclass
from dataclasses import field as dc_field
from polepatrimoine.content import _
from polepatrimoine.content.actors.importer.columns import in_french


# A value quoted in a message: enough to find the cell, not a whole text.
QUOTED = 80


def quoted(text: str) -> str:
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"


@dataclass
class RowError:
    line: int
    field: str
    detail: str
    # The header of the column in the user's file, and the cell as typed.
    column: str = ""
    value: str | None = None
    # Whether ``detail`` already quotes the value (« « 99 » n'est pas... »).
    names_value: bool = False

    @property
    def message(self) -> str:
        if self.line < 2 or not self.column:
            return self.detail
        mapping = {"line": self.line, "column": self.column, "problem": self.detail}
        if self.names_value or not self.value:
            return in_french(
                _("Line ${line}, column “${column}”: ${problem}", mapping=mapping)
            )
        mapping["value"] = quoted(self.value)
        return in_french(
            _(
                "Line ${line}, column “${column}”, value “${value}”: ${problem}",
                mapping=mapping,
            )
        )

    def as_dict(self) -> dict:
        return {
            "line": self.line,
            "field": self.field,
            "column": self.column,
            "value": None if self.value is None else quoted(self.value),
            "message": self.message,
        }


@dataclass
class ImportRow:
    line: int
    values: dict
    target_uid: str | None = None
    errors: list = dc_field(default_factory=list)
    # Column name → its header in the user's file (a French label for a
    # column the file lacks), and → the cell as typed.
    headers: dict = dc_field(default_factory=dict)
    cells: dict = dc_field(default_factory=dict)

    def error(self, name: str, detail: str, names_value: bool = False) -> RowError:
        """An error of this row's cell ``name``."""
        return RowError(
            self.line,
            name,
            detail,
            column=self.headers.get(name, name),
            value=self.cells.get(name),
            names_value=names_value,
        )


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list = dc_field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "created": self.created,
            "updated": self.updated,
            "errors": [e.as_dict() for e in self.errors],
        }
