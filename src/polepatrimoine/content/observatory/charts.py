"""Bar charts as SVG, drawn on the server: no script, no request outside the site.

Colours pass WCAG AA: bars #1d4f91 on white (8.6:1, 3:1 needed for shapes),
text #1a1a1a (17:1), masked rows hatched in #5a5a5a (6.9:1).
"""

from xml.sax.saxutils import escape
from xml.sax.saxutils import quoteattr


BAR = "#1d4f91"
TEXT = "#1a1a1a"
MASKED = "#5a5a5a"
WIDTH = 640
ROW = 26
LABEL = 250
VALUE = 56


def bar_chart(figure: dict) -> str:
    """An accessible SVG of a published figure (its table follows it in the page)."""
    rows = figure["rows"]
    numbers = [row["value"] for row in rows if isinstance(row["value"], int)]
    top = max(numbers, default=0) or 1
    span = WIDTH - LABEL - VALUE - 10
    height = ROW * len(rows) + 10
    chart_id = f"chart-{figure['id']}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="observatory-chart" '
        f'id="{chart_id}" role="img" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(figure["title"])}</title>',
        f'<desc id="{chart_id}-desc">{escape(figure["summary"])}</desc>',
        f'<defs><pattern id="hatch-{figure["id"]}" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="2" height="6" fill="{MASKED}"/></pattern></defs>',
    ]
    for number, row in enumerate(rows):
        y = 5 + number * ROW
        value = row["value"]
        label = row["label"] if len(row["label"]) <= 38 else row["label"][:37] + "…"
        parts.append(
            f'<text x="{LABEL - 8}" y="{y + 17}" text-anchor="end" fill="{TEXT}" '
            f'font-size="13">{escape(label)}</text>'
        )
        if isinstance(value, int):
            width = round(span * value / top) if value else 0
            fill = BAR
        else:
            width = round(span * 2 / top) or 1
            fill = f"url(#hatch-{figure['id']})"
        if width:
            parts.append(
                f'<rect class="bar" x="{LABEL}" y="{y + 3}" width="{width}" '
                f'height="{ROW - 8}" fill={quoteattr(fill)}/>'
            )
        parts.append(
            f'<text x="{LABEL + width + 6}" y="{y + 17}" fill="{TEXT}" '
            f'font-size="13">{escape(str(value))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
