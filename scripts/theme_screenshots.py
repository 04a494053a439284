"""Screenshots of a running site's pages at 1280 and 390 px, to look at the theme.

Not a test: ``.venv/bin/python scripts/theme_screenshots.py
http://localhost:8080/Plone /tmp/shots "" acteurs agenda/...`` writes one full-page
PNG per page and width (``home-1280.png``, ``acteurs-390.png``…).
"""

from pathlib import Path
from playwright.sync_api import sync_playwright

import sys


WIDTHS = (1280, 390)


def main(base: str, out: Path, paths: list) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        for width in WIDTHS:
            context = browser.new_context(
                viewport={"width": width, "height": 900}, locale="fr-FR"
            )
            page = context.new_page()
            for path in paths:
                page.goto(f"{base}/{path}", wait_until="networkidle")
                name = (path or "home").strip("/").replace("/", "_")
                target = out / f"{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3:] or [""])
