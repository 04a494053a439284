"""Secondary suppression of the applications' counts, so that no "< 3" is recovered by subtraction.

Applications are never public: their figures (by programme, by département,
filtered by département and by years) are all sums over one table of cells
(département × programme × year of submission). For each year, the table with
its margins gets the classic cell suppression: a count of 1 or 2 is masked,
then every row and column (margins included) that holds exactly one masked
cell gets a second one, its smallest other non-zero cell, until none is left
alone. A figure over several years masks a cell when any of its years does.
Published counts are therefore exact sums of whole rows or columns, or hide at
least two cells of every line they cross: subtracting figures, filters or year
ranges from one another never isolates a masked count.
"""

from collections import defaultdict


TOTAL = "*"
# A count hidden only so that a "< 3" cannot be recovered: it may be of any size.
WITHHELD = "n.c."


class Cube:
    """Counts by (département, programme, year), their margins and masked cells."""

    def __init__(self, rows, columns):
        self.rows = tuple(rows)
        self.columns = tuple(columns)
        self.counts = defaultdict(lambda: defaultdict(int))
        self._masked = {}
        self._calls = defaultdict(set)

    def add(self, row, column, year, call=None) -> None:
        # Unlisted values (no département, no programme) stay cells of their own.
        row = row if row in self.rows else None
        column = column if column in self.columns else None
        self.counts[year][(row, column)] += 1
        if call is not None:
            self._calls[row].add(call)

    def calls_of(self, row) -> set:
        """The paths of the calls with an item in ``row`` (a département)."""
        return self._calls[row]

    def _table(self, year) -> dict:
        """The year's cells with their margins (TOTAL) and the grand total."""
        table = defaultdict(int)
        for (row, column), count in self.counts[year].items():
            table[(row, column)] += count
            table[(row, TOTAL)] += count
            table[(TOTAL, column)] += count
            table[(TOTAL, TOTAL)] += count
        return table

    def masked(self, year) -> set:
        if year not in self._masked:
            self._masked[year] = _suppress(self._table(year))
        return self._masked[year]

    def cell(self, years, row, column) -> tuple:
        """(count, hidden) of one cell of the table summed over ``years``."""
        count = sum(self._table(year)[(row, column)] for year in years)
        hidden = any((row, column) in self.masked(year) for year in years)
        return count, hidden


def _suppress(table: dict) -> set:
    masked = {key for key, count in table.items() if 0 < count < 3}
    lines = defaultdict(list)
    for key in table:
        lines[("row", key[0])].append(key)
        lines[("column", key[1])].append(key)
    changed = True
    while changed:
        changed = False
        for keys in lines.values():
            if sum(1 for key in keys if key in masked) != 1:
                continue
            others = [k for k in keys if k not in masked and table[k] > 0]
            if others:
                masked.add(min(others, key=lambda k: (table[k], str(k))))
                changed = True
    return masked
