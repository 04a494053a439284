"""Crash safety: ``kill -9`` in the middle of a 10,000-row import leaves all rows or none.

On both storages (FileStorage, RelStorage on PostgreSQL), for the console command
(killed once every row is read, while it writes and commits: a kill earlier can
only find nothing written) and for ``@actors-import`` (the instance itself killed
while it works). After each
kill the site starts again, answers with all the rows or none, and packs.
"""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from tests.fixtures.http import Client

import os
import pytest
import re
import requests
import signal
import subprocess
import sys
import time


ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
ROWS = 10_000
HEADER = (
    "title;actor_category;heritage_domains;department;zip_code;city;latitude;longitude"
)


def csv_file(folder: Path, word: str) -> Path:
    rows = [HEADER] + [
        f"Atelier {word} {n};association;bati;44;44000;Nantes;47.2;-1.55"
        for n in range(ROWS)
    ]
    path = folder / f"{word}.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def count(site, word: str) -> int:
    """Actors of the word, as the catalog of the running instance has them."""
    admin = Client(site.instance_urls[0], site.admin.auth)
    found = admin.get("@search", params={"SearchableText": word, "b_size": 1})
    assert found.status_code == 200, found.text
    return found.json()["items_total"]


def console_import_killed(site, path: Path, at: float) -> int:
    """Run the console import, SIGKILL it once ``at`` of its rows are done; its exit code."""
    process = subprocess.Popen(
        [BIN / "polepatrimoine-import-actors", site.zope_conf, path],
        env=site.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    seen = b""
    try:
        while process.poll() is None:
            chunk = os.read(process.stderr.fileno(), 4096)
            if not chunk:
                break
            seen = (seen + chunk)[-4096:]
            done = re.findall(rb"(\d+)/(\d+) \(", seen)
            if done and int(done[-1][0]) >= at * int(done[-1][1]):
                os.killpg(process.pid, signal.SIGKILL)
                break
    finally:
        process.wait(timeout=120)
        process.stderr.close()
    assert done, seen.decode(errors="replace")[-2000:]
    return process.returncode


def rest_import_killed(site, number: int, path: Path, after: float) -> None:
    """POST the file to instance ``number`` as admin, SIGKILL the instance ``after`` s later."""
    client = Client(site.instance_urls[number - 1], site.admin.auth)

    def post():
        return client.post(
            "acteurs/@actors-import",
            data=path.read_bytes(),
            headers={"Content-Type": "text/csv; charset=utf-8"},
            timeout=600,
        )

    with ThreadPoolExecutor(max_workers=1) as pool:
        answer = pool.submit(post)
        time.sleep(after)
        assert not answer.done(), "the import ended before the kill: raise ROWS"
        site.kill(number)
        with pytest.raises(requests.ConnectionError):
            answer.result()


def pack(site) -> None:
    done = subprocess.run(
        [BIN / "zconsole", "run", site.zope_conf, ROOT / "tests/production/pack.py"],
        env=site.env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "packed" in done.stdout


def all_or_none(site, word: str) -> int:
    found = count(site, word)
    assert found in (0, ROWS), f"{found} of {ROWS} rows after the kill"
    return found


@pytest.fixture(scope="module")
def filestorage_site(make_cluster):
    site = make_cluster("crash-filestorage", instances=1, dsn=None)
    yield site
    site.stop_all()


@pytest.fixture(scope="module")
def relstorage_site(make_cluster):
    site = make_cluster("crash-relstorage", instances=1, balancer=False)
    yield site
    site.stop_all()


def test_filestorage_survives_kill_9_during_imports(filestorage_site, tmp_path):
    site = filestorage_site
    # One process at a time opens a FileStorage: the console runs with the instance stopped.
    site.stop(1)
    path = csv_file(tmp_path, "Committing")
    assert console_import_killed(site, path, 1.0) == -signal.SIGKILL
    site.start(1)
    site.wait_ready()
    all_or_none(site, "Committing")

    rest_import_killed(site, 1, csv_file(tmp_path, "Rest"), after=8)
    site.start(1)
    site.wait_ready()
    all_or_none(site, "Rest")
    before = {word: count(site, word) for word in ("Committing", "Rest")}

    site.stop(1)
    pack(site)
    site.start(1)
    site.wait_ready()
    assert {word: count(site, word) for word in before} == before


def test_relstorage_survives_kill_9_during_imports(relstorage_site, tmp_path):
    site = relstorage_site
    # RelStorage: the console command runs beside the serving instance.
    path = csv_file(tmp_path, "Committing")
    assert console_import_killed(site, path, 1.0) == -signal.SIGKILL
    all_or_none(site, "Committing")

    rest_import_killed(site, 1, csv_file(tmp_path, "Rest"), after=8)
    site.start(1)
    site.wait_ready()
    all_or_none(site, "Rest")
    before = {word: count(site, word) for word in ("Committing", "Rest")}

    pack(site)
    assert {word: count(site, word) for word in before} == before
    # A full import still works after the kills.
    csv = csv_file(tmp_path, "Apres")
    client = Client(site.instance_urls[0], site.admin.auth)
    done = client.post(
        "acteurs/@actors-import",
        data=csv.read_bytes()[: csv.read_bytes().index(b"\r\n", 2000) + 2],
        headers={"Content-Type": "text/csv; charset=utf-8"},
    )
    assert done.status_code == 200, done.text
    assert count(site, "Apres") == done.json()["created"] > 0
