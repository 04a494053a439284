"""Render the theme's favicon SVG to its apple-touch-icon PNG and favicon ICO.

Run after changing ``policy/theme/images/favicon.svg``; the results are committed
(nothing is built at install): ``.venv/bin/python scripts/theme_icons.py``.
"""

from pathlib import Path
from PIL import Image
from playwright.sync_api import sync_playwright

import io


IMAGES = Path(__file__).parents[1] / "src/polepatrimoine/policy/theme/images"
SIZE = 180


def render_png(svg: str) -> bytes:
    # Square corners: iOS rounds the icon itself.
    big = svg.replace('width="64" height="64"', f'width="{SIZE}" height="{SIZE}"')
    big = big.replace('rx="10"', 'rx="0"')
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        page = browser.new_page(viewport={"width": SIZE, "height": SIZE})
        page.set_content(f'<html><body style="margin:0">{big}</body></html>')
        png = page.screenshot(clip={"x": 0, "y": 0, "width": SIZE, "height": SIZE})
        browser.close()
    return png


def main() -> None:
    png = render_png((IMAGES / "favicon.svg").read_text(encoding="utf-8"))
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.save(IMAGES / "apple-touch-icon.png", optimize=True)
    image.save(IMAGES / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])


if __name__ == "__main__":
    main()
