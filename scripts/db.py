"""The local PostgreSQL of ``make db``: a cluster of its own, run by the project, not a system service.

Usage: ``python scripts/db.py start|stop|status|dsn``.

Settings come from the environment: PLONE_VAR (default ./var), PLONE_DB_DIR (the
cluster's folder, default $PLONE_VAR/postgresql), PLONE_DB_PORT (default 5433, so
that a system PostgreSQL on 5432 is left alone), PLONE_PG_BIN (Debian's
/usr/lib/postgresql/15/bin). ``start`` creates the cluster on first use (a role
``plone`` with a generated password, a database ``plone``), starts it listening on
127.0.0.1 only, and prints the ``RELSTORAGE_DSN`` to use; it does nothing more when
the server already runs. PostgreSQL refuses to run as root: run as root (CI, a
container), the server runs as the ``postgres`` system user that Debian's package
creates, and the cluster's folder belongs to it.
"""

from pathlib import Path

import os
import pwd
import secrets
import shutil
import subprocess
import sys


DATABASE = "plone"
ROLE = "plone"


class Database:
    def __init__(self, env=os.environ):
        var = Path(env.get("PLONE_VAR") or "var").resolve()
        self.folder = Path(env.get("PLONE_DB_DIR") or var / "postgresql").resolve()
        self.port = int(env.get("PLONE_DB_PORT") or 5433)
        self.bin = Path(env.get("PLONE_PG_BIN") or "/usr/lib/postgresql/15/bin")
        self.data = self.folder / "data"
        self.log = self.folder / "postgresql.log"
        self.password_file = self.folder / "password"

    # Running as root: every PostgreSQL program runs as the ``postgres`` user.
    @property
    def owner(self):
        if os.geteuid() != 0:
            return None
        try:
            return pwd.getpwnam("postgres")
        except KeyError:
            sys.exit(
                "PostgreSQL cannot run as root and there is no 'postgres' user: "
                "apt-get install -y postgresql"
            )

    def run(self, program, *args, check=True, capture=False, alone=False):
        command = [str(self.bin / program), *map(str, args)]
        if self.owner:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(
            command,
            check=check,
            text=True,
            capture_output=capture,
            cwd=self.folder,
            # The server outlives this command, away from the terminal's Ctrl-C.
            start_new_session=alone,
        )

    @property
    def password(self) -> str:
        return self.password_file.read_text().strip()

    @property
    def dsn(self) -> str:
        return (
            f"dbname={DATABASE} user={ROLE} host=127.0.0.1 port={self.port} "
            f"password={self.password}"
        )

    def running(self) -> bool:
        if not (self.data / "PG_VERSION").exists():
            return False
        status = self.run(
            "pg_ctl", "status", "-D", self.data, check=False, capture=True
        )
        return status.returncode == 0

    def init(self) -> None:
        if not (self.bin / "initdb").exists():
            sys.exit(
                f"PostgreSQL 15 is not installed ({self.bin} is missing): "
                "sudo apt-get install -y postgresql"
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        self.folder.chmod(0o700)
        password = secrets.token_hex(16)
        self.password_file.write_text(password + "\n")
        self.password_file.chmod(0o600)
        pwfile = self.folder / "initdb-password"
        pwfile.write_text(password + "\n")
        owner = self.owner
        if owner:
            self._check_reachable(owner)
            for path in (self.folder, pwfile):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        try:
            self.run(
                "initdb",
                "-D",
                self.data,
                "-U",
                ROLE,
                f"--pwfile={pwfile}",
                "--auth-host=scram-sha-256",
                # The socket lives in the data folder, which only the owner reads.
                "--auth-local=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                capture=True,
            )
        finally:
            pwfile.unlink()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                "\n# polepatrimoine (scripts/db.py)\n"
                "listen_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.data}'\n"
                "max_connections = 200\n"
                "shared_buffers = 128MB\n"
            )

    def _check_reachable(self, owner) -> None:
        for parent in self.folder.parents:
            if not os.stat(parent).st_mode & 0o001:
                sys.exit(
                    f"PostgreSQL runs as 'postgres' here (you are root) and cannot "
                    f"reach {self.folder}: {parent} is closed to other users. "
                    "Set PLONE_DB_DIR to a folder under an open path, e.g. "
                    "PLONE_DB_DIR=/srv/polepatrimoine/postgresql."
                )

    def start(self) -> None:
        if not (self.data / "PG_VERSION").exists():
            self.init()
        if not self.running():
            self.run(
                "pg_ctl",
                "start",
                "-w",
                "-t",
                "120",
                "-D",
                self.data,
                "-l",
                self.log,
                "-o",
                f"-p {self.port}",
                capture=True,
                alone=True,
            )
        exists = self.run(
            "psql",
            *self.local_args("postgres"),
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE}'",
            capture=True,
        )
        if exists.stdout.strip() != "1":
            self.run("createdb", *self.local_args(), DATABASE)

    def local_args(self, database=None):
        args = ["-h", self.data, "-p", self.port, "-U", ROLE]
        return [*args, "-d", database] if database else args

    def stop(self) -> None:
        if self.running():
            self.run(
                "pg_ctl", "stop", "-w", "-m", "fast", "-D", self.data, capture=True
            )


def main(argv=sys.argv[1:]) -> None:
    command = argv[0] if argv else "start"
    db = Database()
    if command == "start":
        db.start()
        print(f"PostgreSQL runs on 127.0.0.1:{db.port}, data in {db.data}")
        print(f"export RELSTORAGE_DSN='{db.dsn}'")
    elif command == "stop":
        db.stop()
        print("PostgreSQL stopped.")
    elif command == "status":
        running = db.running()
        print(f"PostgreSQL {'runs' if running else 'is stopped'} ({db.data})")
        sys.exit(0 if running else 3)
    elif command == "dsn":
        print(db.dsn)
    elif command == "psql":
        os.execvp(shutil.which("psql") or "psql", ["psql", db.dsn])
    else:
        sys.exit(f"unknown command {command!r}: start, stop, status, dsn, psql")


if __name__ == "__main__":
    main()
