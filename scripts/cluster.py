"""Run PLONE_INSTANCES Zope instances on RelStorage behind haproxy: ``make cluster``.

Without RELSTORAGE_DSN, the local PostgreSQL of ``make db`` is started (and
stopped again at the end). The configuration is written by scripts/instance.py,
the site created if absent by scripts/create_site.py, then the instances listen
on the ports after PLONE_PORT and haproxy on PLONE_PORT, checking each instance
on ``/Plone/@@ok``. An instance that dies is started again (haproxy sends its
requests to the others meanwhile); one that dies within a minute of its start
twice in a row, or haproxy dying, stops everything with exit status 1. Ctrl-C
(or SIGTERM) stops every process.
"""

from pathlib import Path

import os
import shutil
import signal
import subprocess
import sys
import time


ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "scripts"))

import db as database  # noqa: E402
import instance  # noqa: E402


def haproxy_binary() -> str:
    found = shutil.which("haproxy") or (
        "/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None
    )
    if not found:
        sys.exit("haproxy is not installed: sudo apt-get install -y haproxy")
    return found


# Ctrl-C reaches this process only, which then stops every child itself.
ALONE = {"start_new_session": True}


class Stop(Exception):
    pass


def _raise_stop(signum, frame):
    raise Stop


def main() -> int:
    env = dict(os.environ)
    env.setdefault("PLONE_INSTANCES", "2")
    haproxy = haproxy_binary()
    local_db = None
    if not env.get("RELSTORAGE_DSN", "").strip():
        db = database.Database(env)
        # A server that make db had started before is left running.
        local_db = None if db.running() else db
        db.start()
        env["RELSTORAGE_DSN"] = db.dsn
        print(f"Local PostgreSQL on 127.0.0.1:{db.port} ({db.data})")
    config = instance.write(env)
    var, etc = config["var"], config["var"] / "etc"
    processes = []
    signal.signal(signal.SIGTERM, _raise_stop)
    try:
        subprocess.run(
            [
                BIN / "zconsole",
                "run",
                etc / "zope.conf",
                ROOT / "scripts/create_site.py",
            ],
            env=env,
            check=True,
        )

        def start(number):
            return subprocess.Popen(
                [BIN / "runwsgi", etc / f"zope-{number}.ini"], env=env, **ALONE
            )

        numbers = range(1, config["instances"] + 1)
        instances = {number: start(number) for number in numbers}
        started = dict.fromkeys(numbers, time.monotonic())
        early_deaths = dict.fromkeys(numbers, 0)
        processes.extend(instances.values())
        balancer = subprocess.Popen(
            [haproxy, "-db", "-f", etc / "haproxy.cfg"], **ALONE
        )
        processes.append(balancer)
        ports = instance.instance_ports(config["port"], config["instances"])
        print(
            f"Pôle Patrimoine: http://localhost:{config['port']}/Plone through haproxy, "
            f"{config['instances']} instances on ports {', '.join(map(str, ports))} "
            f"(user: admin, password: {env.get('PLONE_ADMIN_PASSWORD') or 'admin'}); "
            f"logs in {var / 'log'}",
            flush=True,
        )
        while balancer.poll() is None:
            time.sleep(0.5)
            for number, process in instances.items():
                if process.poll() is None:
                    continue
                early = time.monotonic() - started[number] < 60
                early_deaths[number] = early_deaths[number] + 1 if early else 0
                print(
                    f"instance {number} stopped (exit status {process.returncode})",
                    file=sys.stderr,
                    flush=True,
                )
                if early_deaths[number] >= 2:
                    print("It keeps dying: stopping the cluster.", file=sys.stderr)
                    return 1
                instances[number] = start(number)
                started[number] = time.monotonic()
                processes.append(instances[number])
        print("haproxy stopped: stopping the cluster.", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Stop):
        return 0
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for process in processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + 30
        for process in processes:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if local_db:
            local_db.stop()
        print("Cluster stopped.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
