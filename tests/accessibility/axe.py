"""axe-core (bundled by axe-playwright-python) run in a Playwright page."""

from dataclasses import dataclass
from pathlib import Path

import axe_playwright_python


SCRIPT = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
IMPACTS = ("serious", "critical")
WIDTHS = (1280, 390)
HEIGHT = {1280: 900, 390: 844}

STILL = "*, *::before, *::after { transition: none !important; animation: none !important; }"

# Only the violations: the passes and incomplete results of a page weigh
# megabytes that cross from Chromium to Python for nothing.
RUN = """options => axe.run(document, options).then(results => results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map(n => n.target.join(' ')).slice(0, 8),
    count: v.nodes.length,
    summary: (v.nodes[0].failureSummary || '').split(String.fromCharCode(10)).slice(0, 3).join(' '),
})))"""


@dataclass
class Violation:
    rule: str
    impact: str
    help: str
    targets: list
    count: int
    summary: str
    page: str
    persona: str
    width: int

    def __str__(self):
        targets = ", ".join(self.targets)
        more = (
            f" (+{self.count - len(self.targets)})"
            if self.count > len(self.targets)
            else ""
        )
        return (
            f"[{self.impact}] {self.rule}: {self.help}\n"
            f"    page {self.page} — {self.persona} at {self.width} px\n"
            f"    {targets}{more}\n"
            f"    {self.summary}"
        )


def audit(page, label: str, persona: str, widths=WIDTHS) -> list[Violation]:
    """The serious and critical violations of the loaded page at each width.

    The viewport changes without a reload: the page's layout follows its media
    queries, and the script is injected once.
    """
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(SCRIPT)
        # A resize starts the navigation's transitions: axe measures the colours
        # the page ends with, not those halfway.
        page.add_style_tag(content=STILL)
    found = []
    # The width the page was loaded at first: one resize per page.
    current = (page.viewport_size or {}).get("width")
    for width in sorted(widths, key=lambda width: width != current):
        size = page.viewport_size or {}
        if size.get("width") != width:
            page.set_viewport_size({"width": width, "height": HEIGHT[width]})
        options = {
            "runOnly": {"type": "tag", "values": TAGS},
            "resultTypes": ["violations"],
        }
        for item in page.evaluate(RUN, options):
            if item["impact"] in IMPACTS:
                found.append(
                    Violation(
                        item["id"],
                        item["impact"],
                        item["help"],
                        item["targets"],
                        item["count"],
                        item["summary"],
                        label,
                        persona,
                        width,
                    )
                )
    return found


def report(violations: list[Violation]) -> str:
    rules = sorted({v.rule for v in violations})
    head = f"{len(violations)} serious or critical axe violations ({', '.join(rules)}):"
    return "\n".join([head, *map(str, violations)])
