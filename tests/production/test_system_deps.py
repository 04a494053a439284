"""`make test` brings what the tests need from Debian: apt-get as root, else the one command to run."""

from pathlib import Path

import os
import subprocess


ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system-deps.sh"


def run(tmp_path, uid: int, pg_bin: str):
    """The script with fake ``id`` and ``apt-get`` first on the PATH; apt-get logs its calls."""
    fake = tmp_path / "bin"
    fake.mkdir(exist_ok=True)
    (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (fake / "apt-get").write_text(f'#!/bin/sh\necho "$@" >>{tmp_path}/apt.log\n')
    for tool in ("id", "apt-get"):
        (fake / tool).chmod(0o755)
    env = {**os.environ, "PATH": f"{fake}:{os.environ['PATH']}", "PLONE_PG_BIN": pg_bin}
    return subprocess.run(
        ["bash", SCRIPT], env=env, capture_output=True, text=True, timeout=60
    )


def test_nothing_to_do_when_everything_is_there(tmp_path):
    done = run(tmp_path, 1000, "/usr/lib/postgresql/15/bin")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert not (tmp_path / "apt.log").exists()


def test_a_user_is_told_the_one_command_and_nothing_runs(tmp_path):
    done = run(tmp_path, 1000, str(tmp_path / "no-postgresql"))
    assert done.returncode == 1
    assert "  sudo apt-get install -y postgresql\n" in done.stderr
    assert not (tmp_path / "apt.log").exists()


def test_root_installs_the_missing_packages(tmp_path):
    done = run(tmp_path, 0, str(tmp_path / "no-postgresql"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "apt.log").read_text().splitlines() == [
        "update -q",
        "install -y -q postgresql",
    ]


def test_make_test_and_ci_go_through_it():
    makefile = (ROOT / "Makefile").read_text()
    assert "\ntest: system-deps install " in makefile
    assert "make test\n" in (ROOT / ".ci" / "run").read_text()
