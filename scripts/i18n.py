"""Rebuild each package's polepatrimoine.pot, sync its French catalog, compile it.

``make i18n`` runs it. Msgids are English; translate the new entries of
``locales/fr/LC_MESSAGES/polepatrimoine.po`` then run it again to compile the .mo.
"""

from pathlib import Path
from pythongettext.msgfmt import Msgfmt

import re
import subprocess
import sys


ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("content", "workflows", "policy")
DOMAIN = "polepatrimoine"
I18NDUDE = Path(sys.executable).parent / "i18ndude"


def locales(package: str) -> Path:
    return ROOT / "src" / "polepatrimoine" / package / "locales"


def rebuild_pot(package: str, pot: Path) -> None:
    source = locales(package).parent
    manual = locales(package) / f"{DOMAIN}-manual.pot"
    cmd = [str(I18NDUDE), "rebuild-pot", "--pot", str(pot), "--create", DOMAIN]
    if manual.exists():
        cmd += ["--merge", str(manual)]
    subprocess.run([*cmd, str(source)], check=True, capture_output=True)


def drop_dates(path: Path) -> None:
    """No creation date: rebuilding unchanged sources leaves the files unchanged."""
    fixed = '"POT-Creation-Date: YEAR-MO-DA HO:MI+ZONE\\n"'
    text = re.sub(r'"POT-Creation-Date: [^"]*"', lambda _match: fixed, path.read_text())
    path.write_text(text)


def compile_mo(po: Path) -> bytes:
    with po.open("rb") as handle:
        return Msgfmt(handle, name=str(po)).get()


def main() -> None:
    for package in PACKAGES:
        folder = locales(package)
        pot = folder / f"{DOMAIN}.pot"
        po = folder / "fr" / "LC_MESSAGES" / f"{DOMAIN}.po"
        po.parent.mkdir(parents=True, exist_ok=True)
        rebuild_pot(package, pot)
        if not po.exists():
            po.write_text(
                pot.read_text().replace('"Language-Code: en', '"Language-Code: fr')
            )
        subprocess.run(
            [str(I18NDUDE), "sync", "--pot", str(pot), str(po)],
            check=True,
            capture_output=True,
        )
        drop_dates(pot)
        drop_dates(po)
        po.with_suffix(".mo").write_bytes(compile_mo(po))
        print(
            f"{package}: {pot.relative_to(ROOT)} rebuilt, {po.name} synced and compiled"
        )


if __name__ == "__main__":
    main()
