"""The pins: one set for pip (constraints.txt) and buildout (profiles/versions.cfg)."""

from importlib.metadata import distributions
from packaging.utils import canonicalize_name
from packaging.version import Version
from pathlib import Path

import importlib.util
import pytest
import sysconfig


ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("pins", ROOT / "scripts" / "pins.py")
pins = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pins)

CONSTRAINTS = pins.read_constraints()


def test_buildout_versions_agree_with_constraints():
    assert pins.read_versions_cfg() == CONSTRAINTS


@pytest.mark.parametrize(
    ("name", "version"),
    [("Plone", "6.2.2"), ("Products.CMFPlone", "6.2.2"), ("zc.buildout", "6.0.1")],
)
def test_release_pins(name, version):
    assert CONSTRAINTS[name] == version


def test_no_pre_release_pinned():
    pre = {n: v for n, v in CONSTRAINTS.items() if Version(v).is_prerelease}
    assert pre == {}


def test_known_traps():
    assert Version(CONSTRAINTS["plone.app.layout"]) < Version("7")
    assert Version(CONSTRAINTS["setuptools"]) < Version("81")


def test_installed_environment_follows_the_pins():
    """Every pinned package installed here has the pinned version."""
    pinned = {canonicalize_name(n): v for n, v in CONSTRAINTS.items()}
    off = {}
    # Only the virtualenv's own site-packages: setuptools vendors older copies.
    for dist in distributions(path=[sysconfig.get_paths()["purelib"]]):
        name = canonicalize_name(dist.metadata["Name"])
        if name in pinned and Version(dist.version) != Version(pinned[name]):
            off[name] = (dist.version, pinned[name])
    assert off == {}
