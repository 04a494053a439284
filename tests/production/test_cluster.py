"""``make cluster`` for real (its own PostgreSQL, two instances, haproxy, Ctrl-C stopping them all), then ``make start`` on the same database."""

from pathlib import Path
from tests.fixtures.cluster import free_port_block

import os
import pytest
import requests
import shutil
import signal
import subprocess
import sys
import tempfile
import time


ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import db as database  # noqa: E402
import instance as instance_config  # noqa: E402


ADMIN_PASSWORD = "Secret-make-cluster"


def test_profiles_haproxy_is_the_configuration_make_cluster_writes(tmp_path):
    env = {
        "PLONE_VAR": str(tmp_path),
        "PLONE_PORT": "8080",
        "PLONE_INSTANCES": "2",
        "RELSTORAGE_DSN": "dbname=plone user=plone host=127.0.0.1",
    }
    instance_config.write(env)
    written = (tmp_path / "etc" / "haproxy.cfg").read_text()
    shipped = (ROOT / "profiles" / "haproxy.cfg").read_text()
    assert "\n".join(
        line for line in shipped.splitlines() if not line.startswith("# ")
    ) == written.rstrip("\n")
    assert "server instance-2 127.0.0.1:8082" in written


def test_several_instances_need_a_shared_database(tmp_path):
    with pytest.raises(SystemExit, match="RELSTORAGE_DSN"):
        instance_config.write({"PLONE_VAR": str(tmp_path), "PLONE_INSTANCES": "2"})


def processes_mentioning(text: str) -> list[int]:
    """The ids of the processes whose command line contains ``text``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
            if text.encode() in command:
                found.append(int(entry.name))
    return found


def instances_behind(url: str, tries: int = 20) -> set:
    return {
        requests.get(f"{url}/@@ok", timeout=10).headers.get("X-Instance")
        for _ in range(tries)
    }


@pytest.fixture
def var():
    # PostgreSQL runs as 'postgres' under root: pytest's folders (mode 700) are closed to it.
    folder = Path(tempfile.mkdtemp(prefix="polepatrimoine-cluster-"))
    folder.chmod(0o755)
    yield folder / "var"
    database.Database({"PLONE_VAR": str(folder / "var")}).stop()
    shutil.rmtree(folder, ignore_errors=True)


def test_make_cluster_balances_survives_an_instance_and_stops_on_ctrl_c(var):
    port = free_port_block(2)
    env = {
        **os.environ,
        "PLONE_VAR": str(var),
        "PLONE_PORT": str(port),
        "PLONE_DB_PORT": str(free_port_block(0)),
        "PLONE_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "PLONE_DEMO_CONTENT": "0",
    }
    env.pop("RELSTORAGE_DSN", None)
    log = var.parent / "cluster.log"
    process = subprocess.Popen(
        ["make", "-s", "cluster"],
        cwd=ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
        # A suite started in the background by a shell ignores Ctrl-C, and its
        # children would inherit that: make cluster gets it as a terminal does.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    url = f"http://127.0.0.1:{port}/Plone"
    try:
        deadline = time.monotonic() + 300
        while True:
            assert process.poll() is None, log.read_text()[-3000:]
            try:
                if {"instance-1", "instance-2"} <= instances_behind(url):
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(1)
        home = requests.get(url, timeout=30)
        assert home.status_code == 200
        assert "Annuaire des acteurs" in home.text
        assert (var / "postgresql" / "data" / "PG_VERSION").exists()
        assert not (var / "filestorage").exists()
        conf = (var / "etc" / "zope-1.conf").read_text()
        assert "<relstorage>" in conf
        assert "blobcache/instance-1" in conf

        # One instance killed: haproxy sends its requests to the other at once,
        # and make cluster starts it again.
        killed = processes_mentioning(str(var / "etc" / "zope-1.ini"))
        assert len(killed) == 1
        os.kill(killed[0], signal.SIGKILL)
        answers = [requests.get(url, timeout=30) for _ in range(8)]
        assert [a.status_code for a in answers] == [200] * 8
        assert "instance-2" in {a.headers["X-Instance"] for a in answers}
        deadline = time.monotonic() + 180
        while not {"instance-1", "instance-2"} <= instances_behind(url):
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(1)
        assert "instance 1 stopped (" in log.read_text()
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            # Two instances and PostgreSQL stop in turn; the whole suite's load
            # (another cluster of the session) makes that slower than alone.
            process.wait(timeout=180)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise AssertionError(log.read_text()[-3000:]) from None
    output = log.read_text()
    assert "Cluster stopped." in output
    # The cluster started its PostgreSQL, so it stopped it too; nothing is left running.
    assert not database.Database({"PLONE_VAR": str(var)}).running()
    assert processes_mentioning(str(var)) == []

    # The same database under `make start` alone (RELSTORAGE_DSN, one instance): the
    # site the cluster created is kept, nothing goes to a FileStorage.
    db = database.Database(
        {"PLONE_VAR": str(var), "PLONE_DB_PORT": env["PLONE_DB_PORT"]}
    )
    db.start()
    single = subprocess.Popen(
        ["make", "-s", "start"],
        cwd=ROOT,
        env={**env, "RELSTORAGE_DSN": db.dsn},
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 300
        while True:
            assert single.poll() is None, log.read_text()[-3000:]
            try:
                if requests.get(url, timeout=30).status_code == 200:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(1)
        assert "its data is kept" in log.read_text()
        assert "RelStorage" in log.read_text()
        assert not (var / "filestorage").exists()
    finally:
        os.killpg(single.pid, signal.SIGTERM)
        single.wait(timeout=60)
