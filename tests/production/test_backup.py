"""Backups: `polepatrimoine-backup` and `polepatrimoine-restore`, on a FileStorage
and on RelStorage (PostgreSQL).

A site with the demo content (actors, working-group rosters, registrations,
applications with attachments, users) is backed up (FileStorage: in full),
changed, backed up again (FileStorage: incrementally), changed again; each
restore brings back exactly the state of its backup: objects, fields, blobs,
annotations, users and catalog entries.
"""

from pathlib import Path

import json
import os
import pytest
import subprocess
import sys
import zc.lockfile


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
HERE = Path(__file__).parent


class Site:
    def __init__(self, var: Path, dsn: str = ""):
        self.var = var
        self.dsn = dsn
        self.env = {
            **os.environ,
            "PLONE_VAR": str(var),
            "PLONE_BACKUP": str(var.parent / "backups"),
            "RELSTORAGE_DSN": dsn,
        }

    def zconsole(self, script: Path, **env) -> subprocess.CompletedProcess:
        return subprocess.run(
            [BIN / "zconsole", "run", self.var / "etc" / "zope.conf", script],
            env={**self.env, **env},
            check=True,
            capture_output=True,
            text=True,
        )

    def snapshot(self, name: str, change_round: int | None = None) -> dict:
        """The site's state, after a round of changes (change.py) if asked."""
        out = self.var.parent / f"{name}.json"
        env = {"SNAPSHOT_OUT": str(out)}
        if change_round:
            env.update(
                CHANGE_ROUND=str(change_round), CHANGE_SCRIPT=str(HERE / "change.py")
            )
        self.zconsole(HERE / "snapshot.py", **env)
        return json.loads(out.read_text())

    def command(self, name: str, *args) -> subprocess.CompletedProcess:
        return subprocess.run(
            [BIN / name, *args], env=self.env, capture_output=True, text=True
        )


@pytest.fixture(scope="module", params=["filestorage", "relstorage"])
def site(request, tmp_path_factory):
    var = tmp_path_factory.mktemp(f"backup-{request.param}") / "var"
    dsn = ""
    if request.param == "relstorage":
        dsn = request.getfixturevalue("postgres").create_database("backup")
    site = Site(var, dsn)
    subprocess.run(
        [BIN / "python", ROOT / "scripts" / "instance.py"], env=site.env, check=True
    )
    subprocess.run(
        [
            BIN / "zconsole",
            "run",
            var / "etc" / "zope.conf",
            ROOT / "scripts" / "create_site.py",
        ],
        env={**site.env, "PLONE_DEMO_CONTENT": "1"},
        check=True,
        capture_output=True,
    )
    return site


def differences(left: dict, right: dict, path="") -> list:
    """Where two snapshots differ, for a readable failure."""
    if isinstance(left, dict) and isinstance(right, dict):
        found = []
        for key in sorted(set(left) | set(right)):
            if key not in left or key not in right:
                found.append(
                    f"{path}/{key}: only in {'right' if key in right else 'left'}"
                )
            else:
                found += differences(left[key], right[key], f"{path}/{key}")
        return found
    return [] if left == right else [f"{path}: {left!r:.80} != {right!r:.80}"]


def test_full_and_incremental_backups_restore_everything(site):
    at_full = site.snapshot("at-full")
    # What the restores must bring back is there to be lost.
    kinds = {o["portal_type"] for o in at_full["objects"].values()}
    assert {"Actor", "WorkingGroup", "Event", "Call", "Application"} <= kinds
    annotations = [key for o in at_full["objects"].values() for key in o["annotations"]]
    assert "polepatrimoine.workinggroup.roster" in annotations
    assert "polepatrimoine.meetings.registrations" in annotations
    blobs = [
        value
        for o in at_full["objects"].values()
        for value in o["fields"].values()
        if isinstance(value, dict) and "sha256" in value
    ]
    assert len(blobs) >= 3
    assert any(login.endswith("-demo") for login in at_full["users"]["passwords"])

    full = site.command("polepatrimoine-backup", "--full")
    assert full.returncode == 0, full.stderr
    assert ("(pg_dump)" if site.dsn else "(full)") in full.stdout
    full_stamp = full.stdout.split()[1]

    at_incremental = site.snapshot("at-incremental", change_round=1)
    assert differences(at_full, at_incremental)
    incremental = site.command("polepatrimoine-backup")
    assert incremental.returncode == 0, incremental.stderr
    if site.dsn:
        assert "(pg_dump)" in incremental.stdout
    else:
        assert "(incremental)" in incremental.stdout
        nothing = site.command("polepatrimoine-backup")
        assert "Nothing changed" in nothing.stdout

    changed = site.snapshot("changed", change_round=2)
    assert differences(at_incremental, changed)

    blob_cache = site.var / "blobcache"
    assert site.dsn == "" or any(p.is_file() for p in blob_cache.rglob("*"))
    restored = site.command("polepatrimoine-restore")
    assert restored.returncode == 0, restored.stderr
    # RelStorage's blob cache is emptied, then refilled from the restored database.
    assert site.dsn == "" or not blob_cache.exists()
    assert differences(at_incremental, site.snapshot("restored-last")) == []

    earlier = site.command("polepatrimoine-restore", "--date", full_stamp)
    assert earlier.returncode == 0, earlier.stderr
    assert differences(at_full, site.snapshot("restored-full")) == []


# The FileStorage's lock tells a running Zope; PostgreSQL has no such lock.
@pytest.mark.parametrize("site", ["filestorage"], indirect=True)
def test_no_restore_while_zope_runs(site):
    assert site.command("polepatrimoine-backup").returncode == 0
    data_fs = site.var / "filestorage" / "Data.fs"
    before = data_fs.read_bytes()
    lock = zc.lockfile.LockFile(f"{data_fs}.lock")
    try:
        refused = site.command("polepatrimoine-restore")
    finally:
        lock.close()
    assert refused.returncode == 2
    assert "stop it before restoring" in refused.stderr
    assert data_fs.read_bytes() == before


def test_a_date_before_every_backup_is_refused(site):
    refused = site.command("polepatrimoine-restore", "--date", "2001-01-01")
    assert refused.returncode == 2
    assert "No backup at or before 2001-01-01" in refused.stderr
    bad = site.command("polepatrimoine-restore", "--date", "hier")
    assert bad.returncode == 2
    assert "expected yyyy-mm-dd" in bad.stderr
