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


def plone_domain_titles(package: str) -> list[str]:
    """The package's texts Plone translates in its own ``plone`` domain.

    The titles of workflows, states, transitions and their buttons (Plone's
    state menu, folder contents, plone.restapi's ``@workflow`` and
    ``@vocabularies``), the descriptions of states and transitions (the state
    menu's tooltips), of the types' actions (the object's tabs) and the
    names of the roles the package adds (the users and groups control panels).
    """
    folder = locales(package).parent / "profiles" / "default"
    texts = []
    for definition in sorted((folder / "workflows").glob("*/definition.xml")):
        root = ElementTree.parse(definition).getroot()
        texts += [root.get("title"), root.get("description")]
        for node in root.iter():
            if node.tag in ("state", "transition"):
                texts.append(node.get("title"))
                description = node.find("description")
                if description is not None:
                    texts.append((description.text or "").strip())
            elif node.tag == "action":
                texts.append(node.text)
    for fti in sorted((folder / "types").glob("*.xml")):
        root = ElementTree.parse(fti).getroot()
        texts += [action.get("title") for action in root.iter("action")]
    rolemap = folder / "rolemap.xml"
    if rolemap.exists():
        roles = ElementTree.parse(rolemap).getroot().find("roles")
        texts += [role.get("name") for role in roles.iter("role")]
    return [text for text in dict.fromkeys(texts) if text]


def plone_catalog() -> MessageCatalog:
    return MessageCatalog(
        filename=str(
            Path(plone.app.locales.__file__).parent
            / "locales"
            / "fr"
            / "LC_MESSAGES"
            / "plone.po"
        )
    )


def plone_domain_catalog(package: str) -> str:
    """The French ``plone``-domain catalog of the package's titles, from its own.

    Msgids Plone's own catalog already translates are left to it: taking them
    over would change Plone's texts everywhere (and Plone's catalog, loaded
    first, would win anyway).
    """
    french = MessageCatalog(filename=str(catalog_path(package)))
    plones = plone_catalog()
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
    for title in plone_domain_titles(package):
        msgid = po_escape(title)
        if msgid in plones and plones[msgid].msgstr:
            continue
        msgstr = french[msgid].msgstr if msgid in french else ""
        lines += [f'msgid "{msgid}"', f'msgstr "{msgstr}"', ""]
    return "\n".join(lines)


def catalog_path(package: str, domain: str = DOMAIN) -> Path:
    return locales(package) / "fr" / "LC_MESSAGES" / f"{domain}.po"


def write_plone_domain_catalog(package: str) -> None:
    if not plone_domain_titles(package):
        return
    po = catalog_path(package, "plone")
    po.write_text(plone_domain_catalog(package))
    po.with_suffix(".mo").write_bytes(compile_mo(po))
    print(f"{package}: {po.relative_to(ROOT)} written and compiled")


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

    for package in PACKAGES:
        write_plone_domain_catalog(package)


if __name__ == "__main__":
    main()
