"""The theme's colours pass WCAG 2.1 AA, computed from the stylesheet's own values."""

from pathlib import Path

import pytest
import re


CSS = (
    Path(__file__).parents[3] / "src/polepatrimoine/policy/theme/css/polepatrimoine.css"
)
WHITE = "#ffffff"
TEXT, LARGE_OR_UI = 4.5, 3.0

# (foreground, background, minimum): every pair the stylesheet uses.
PAIRS = (
    ("--pp-text", WHITE, TEXT),
    ("--pp-text", "--pp-surface", TEXT),
    ("--pp-muted", WHITE, TEXT),
    ("--pp-muted", "--pp-surface", TEXT),
    ("--pp-primary", WHITE, TEXT),
    ("--pp-primary", "--pp-surface", TEXT),
    (WHITE, "--pp-primary", TEXT),
    (WHITE, "--pp-primary-dark", TEXT),
    (WHITE, "--pp-accent", TEXT),
    ("--pp-accent", WHITE, LARGE_OR_UI),
    ("--pp-surface", "--pp-primary-dark", TEXT),
)


def relative_luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of an sRGB ``#rrggbb`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted(
        (relative_luminance(first), relative_luminance(second)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def palette() -> dict:
    declarations = re.findall(
        r"(--pp-[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;", CSS.read_text(encoding="utf-8")
    )
    return {name: value.lower() for name, value in declarations}


def resolve(colour: str, colours: dict) -> str:
    return colours[colour] if colour.startswith("--") else colour


def test_the_palette_is_declared_once():
    colours = palette()
    assert set(colours) == {
        "--pp-primary",
        "--pp-primary-dark",
        "--pp-accent",
        "--pp-text",
        "--pp-muted",
        "--pp-surface",
    }


def test_contrast_ratio_of_known_pairs():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("foreground", "background", "minimum"), PAIRS)
def test_pair_passes_aa(foreground, background, minimum):
    colours = palette()
    ratio = contrast_ratio(resolve(foreground, colours), resolve(background, colours))
    assert ratio >= minimum, f"{foreground} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize(("foreground", "background", "minimum"), PAIRS)
def test_the_comment_states_each_ratio(foreground, background, minimum):
    """The header comment documents each pair with its current ratio."""
    colours = palette()
    ratio = contrast_ratio(resolve(foreground, colours), resolve(background, colours))
    line = rf"{re.escape(foreground)}\s+on {re.escape(background)}\s+{ratio:.2f}:1"
    assert re.search(line, CSS.read_text(encoding="utf-8")), line
