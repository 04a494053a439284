"""Rebuild each package's polepatrimoine.pot, sync its French catalog, compile it.

``make i18n`` runs it. Msgids are English; translate the new entries of
``locales/fr/LC_MESSAGES/polepatrimoine.po`` then run it again to compile the .mo.
"""

from i18ndude.catalog import MessageCatalog
from pathlib import Path
from pythongettext.msgfmt import Msgfmt
from xml.etree import ElementTree

import plone.app.locales
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


def po_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def workflow_titles() -> list[str]:
    """The titles of the suite's workflows, states, transitions and their buttons."""
    folder = ROOT / "src" / "polepatrimoine" / "workflows" / "profiles" / "default"
    titles = []
    for definition in sorted((folder / "workflows").glob("*/definition.xml")):
        root = ElementTree.parse(definition).getroot()
        texts = [root.get("title"), root.get("description")]
        for node in root.iter():
            if node.tag in ("state", "transition"):
                texts.append(node.get("title"))
            elif node.tag == "action":
                texts.append(node.text)
        titles += texts
    return [text for text in dict.fromkeys(titles) if text]


def plone_domain_catalog() -> str:
    """The French ``plone``-domain catalog of the suite's workflow titles.

    Plone's Classic UI (the toolbar's state menu, folder contents) and
    plone.restapi (``@workflow``, ``@vocabularies``) translate workflow titles
    in the ``plone`` domain. Msgids Plone's own catalog already translates are
    left to it: taking them over would change Plone's texts everywhere.
    """
    french = MessageCatalog(filename=str(catalog_path("workflows")))
    plones = MessageCatalog(
        filename=str(
            Path(plone.app.locales.__file__).parent
            / "locales"
            / "fr"
            / "LC_MESSAGES"
            / "plone.po"
        )
    )
    lines = [
        'msgid ""',
        'msgstr ""',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=utf-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"',
        '"Language-Code: fr\\n"',
        '"Language-Name: Français\\n"',
        '"Domain: plone\\n"',
        "",
    ]
    for title in workflow_titles():
        msgid = po_escape(title)
        if msgid in plones and plones[msgid].msgstr:
            continue
        msgstr = french[msgid].msgstr if msgid in french else ""
        lines += [f'msgid "{msgid}"', f'msgstr "{msgstr}"', ""]
    return "\n".join(lines)


def catalog_path(package: str, domain: str = DOMAIN) -> Path:
    return locales(package) / "fr" / "LC_MESSAGES" / f"{domain}.po"


def write_plone_domain_catalog() -> None:
    po = catalog_path("workflows", "plone")
    po.write_text(plone_domain_catalog())
    po.with_suffix(".mo").write_bytes(compile_mo(po))
    print(f"workflows: {po.relative_to(ROOT)} written and compiled")


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

    write_plone_domain_catalog()


if __name__ == "__main__":
    main()
