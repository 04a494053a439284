"""The French catalogs of the polepatrimoine domain: complete, compiled, current."""

from pathlib import Path
from zope.i18n import translate

import importlib.util
import pytest
import re


ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("content", "workflows", "policy")

spec = importlib.util.spec_from_file_location("i18n", ROOT / "scripts" / "i18n.py")
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)


def entries(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a .po or .pot file (continuation lines joined)."""
    result, key, current = {}, None, None
    values = {"msgid": "", "msgstr": ""}
    for line in path.read_text().splitlines() + [""]:
        match = re.match(r'^(msgid|msgstr) "(.*)"$', line)
        if match:
            key = match.group(1)
            values[key] = match.group(2)
            if key == "msgid":
                current = True
        elif line.startswith('"') and key:
            values[key] += line[1:-1]
        elif not line.strip() and current:
            if values["msgid"]:
                result[values["msgid"]] = values["msgstr"]
            values, key, current = {"msgid": "", "msgstr": ""}, None, None
    return result


def catalog(package: str) -> Path:
    return i18n.locales(package) / "fr" / "LC_MESSAGES" / "polepatrimoine.po"


@pytest.mark.parametrize("package", PACKAGES)
def test_french_catalog_complete(package):
    missing = [m for m, s in entries(catalog(package)).items() if not s]
    assert missing == []


@pytest.mark.parametrize("package", PACKAGES)
def test_catalog_follows_the_sources(package, tmp_path):
    """Every msgid in the code is in the .pot and the French catalog (make i18n)."""
    pot = tmp_path / "fresh.pot"
    i18n.rebuild_pot(package, pot)
    fresh = set(entries(pot))
    assert fresh, "no msgid extracted"
    assert fresh == set(entries(i18n.locales(package) / "polepatrimoine.pot"))
    assert fresh == set(entries(catalog(package)))


@pytest.mark.parametrize("package", PACKAGES)
def test_compiled_catalog_is_current(package):
    po = catalog(package)
    assert po.with_suffix(".mo").read_bytes() == i18n.compile_mo(po)


def test_translated_in_the_site(portal):
    text = translate(
        "Pôle Patrimoine: content types", domain="polepatrimoine", target_language="fr"
    )
    assert text == "Pôle Patrimoine : types de contenu"
