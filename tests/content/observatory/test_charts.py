"""The SVG charts: WCAG AA contrast of their colours, escaped text, valid XML."""

from polepatrimoine.content.observatory import charts
from xml.etree import ElementTree

import pytest


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, two: str) -> float:
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("colour", "minimum"),
    [(charts.TEXT, 4.5), (charts.BAR, 3.0), (charts.MASKED, 3.0)],
)
def test_colours_pass_wcag_aa_on_white(colour, minimum):
    assert contrast(colour, "#ffffff") >= minimum


def test_text_is_escaped_and_the_svg_is_valid():
    figure = {
        "id": "actors_by_category",
        "title": "Acteurs </svg><script>x</script>",
        "summary": "Résumé & <b>",
        "rows": [
            {"key": "a", "label": "<tspan>A & B</tspan>", "value": 12},
            {"key": "b", "label": "B", "value": "< 3"},
            {"key": "c", "label": "C", "value": 0},
        ],
    }
    svg = charts.bar_chart(figure)
    root = ElementTree.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{ns}title").text == "Acteurs </svg><script>x</script>"
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "<tspan>A & B</tspan>" in texts
    assert "< 3" in texts
    assert root.find(f"{ns}script") is None
    bars = [r for r in root.iter(f"{ns}rect") if r.get("class") == "bar"]
    # 12 full width, the masked row hatched, nothing drawn for 0.
    assert len(bars) == 2
    assert bars[1].get("fill").startswith("url(#hatch-")
