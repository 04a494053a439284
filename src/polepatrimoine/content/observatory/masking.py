"""Aggregates only: a count from 1 to 2 is shown as "< 3", and totals never undo it.

A total counts the figures shown only: a masked row adds nothing to it, so that
subtracting the other rows from it gives 0, never the masked count. A rate is
shown only when both its counts are. Figures of non-public items (applications)
also hide the counts ``suppression.py`` withholds, and have no total.
"""

from polepatrimoine.content import _
from polepatrimoine.content.observatory.suppression import WITHHELD
from zope.i18n import translate


MASK = "< 3"
THRESHOLD = 3


def masked(count: int) -> bool:
    return 0 < count < THRESHOLD


def shown(count: int, withheld: bool = False):
    """The count as published: itself, ``"< 3"``, or ``"n.c."`` when withheld."""
    if masked(count):
        return MASK
    return WITHHELD if withheld and count else count


def _share(numerator: int, denominator: int):
    if masked(numerator) or masked(denominator) or not denominator:
        return None
    return round(100 * numerator / denominator)


def _summary(figure, rows, total, request):
    """One French sentence saying what the chart shows (screen readers, print)."""
    unit = translate(figure.unit, context=request)
    visible = [row for row in rows if isinstance(row["value"], int) and row["value"]]
    if not visible:
        message = _(
            "No figure of 3 or more to show for these filters (${masked} masked).",
            mapping={"masked": sum(1 for row in rows if row["value"] == MASK)},
        )
    elif figure.over_time:
        first, last = rows[0], rows[-1]
        message = _(
            "From ${first} to ${last}: ${start} then ${end} ${unit}.",
            mapping={
                "first": first["label"],
                "last": last["label"],
                "start": first["value"],
                "end": last["value"],
                "unit": unit,
            },
        )
    else:
        top = max(visible, key=lambda row: row["value"])
        message = _(
            "First: ${label} with ${count} ${unit}; ${shown} of ${rows} rows "
            "shown, ${masked} under 3.",
            mapping={
                "label": top["label"],
                "count": top["value"],
                "unit": unit,
                "shown": len(visible),
                "rows": len(rows),
                "masked": sum(1 for row in rows if row["value"] == MASK),
            },
        )
    if total is not None:
        message = _(
            "${summary} Total shown: ${total} ${unit}.",
            mapping={
                "summary": translate(message, context=request),
                "total": total,
                "unit": unit,
            },
        )
    return translate(message, context=request)


def publish(figure, request) -> dict:
    """The figure as everyone may see it, translated for the request."""
    rows = []
    withheld = figure.withheld or set()
    for key, label, count in figure.rows:
        row = {"key": key, "label": label, "value": shown(count, key in withheld)}
        if figure.shares:
            share = figure.shares.get(key, (0, 0))
            row["share"] = None if share is None else _share(*share)
        rows.append(row)
    total = None
    if figure.partition and figure.withheld is None:
        total = sum(row["value"] for row in rows if isinstance(row["value"], int))
    return {
        "id": figure.id,
        "section": figure.section,
        "title": translate(figure.title, context=request),
        "unit": translate(figure.unit, context=request),
        "note": translate(figure.note, context=request) if figure.note else None,
        "rows": rows,
        "total": total,
        "masked": sum(1 for row in rows if row["value"] in (MASK, WITHHELD)),
        "summary": _summary(figure, rows, total, request),
    }
