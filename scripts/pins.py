"""Keep profiles/versions.cfg (buildout) in agreement with constraints.txt (pip).

``python scripts/pins.py`` rewrites profiles/versions.cfg from constraints.txt.
constraints.txt is the source: to move a pin, edit it there (or regenerate it
with ``pip freeze`` from a fresh resolve, see the README) and run this script.
"""

from pathlib import Path

import re


ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
VERSIONS = ROOT / "profiles" / "versions.cfg"

PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;#]+)")


def read_constraints(path: Path = CONSTRAINTS) -> dict[str, str]:
    pins = {}
    for line in path.read_text().splitlines():
        match = PIN.match(line.strip())
        if match:
            pins[match.group(1)] = match.group(2)
    return pins


def read_versions_cfg(path: Path = VERSIONS) -> dict[str, str]:
    pins = {}
    in_versions = False
    for line in path.read_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            in_versions = stripped == "[versions]"
            continue
        if in_versions and "=" in stripped and not stripped.startswith("#"):
            name, version = (part.strip() for part in stripped.split("=", 1))
            pins[name] = version
    return pins


def write_versions_cfg(pins: dict[str, str], path: Path = VERSIONS) -> None:
    lines = [
        "# Generated from constraints.txt by scripts/pins.py: edit constraints.txt,",
        "# then run `python scripts/pins.py`. A test keeps the two files in agreement.",
        "[versions]",
    ]
    lines += [
        f"{name} = {version}"
        for name, version in sorted(pins.items(), key=lambda i: i[0].lower())
    ]
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    write_versions_cfg(read_constraints())
    print(f"{VERSIONS.relative_to(ROOT)} written from {CONSTRAINTS.name}")
