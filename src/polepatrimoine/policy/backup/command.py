"""Console commands `polepatrimoine-backup` and `polepatrimoine-restore` (cron-friendly)."""

from polepatrimoine.policy.backup import filestorage
from polepatrimoine.policy.backup import postgresql
from polepatrimoine.policy.backup.filestorage import BackupError
from polepatrimoine.policy.backup.settings import from_environment

import argparse
import subprocess
import sys


def storage_of(settings):
    return postgresql if settings.dsn else filestorage


def parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--var", help="data folder (default: $PLONE_VAR or ./var)")
    parser.add_argument(
        "--backups", help="backup folder (default: $PLONE_BACKUP or <var>/backups)"
    )
    return parser


def run(action) -> int:
    try:
        print(action())
    except BackupError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as error:
        print(f"Error: {error.cmd[0]} failed ({error.returncode}).", file=sys.stderr)
        return 1
    return 0


def backup_main(argv=None) -> int:
    arguments = parser(
        "Back up the site's database: repozo (incremental unless --full) and the "
        "blobs for a FileStorage, pg_dump for RelStorage (RELSTORAGE_DSN)."
    )
    arguments.add_argument("--full", action="store_true", help="full repozo backup")
    options = arguments.parse_args(argv)
    settings = from_environment(options.var, options.backups)
    return run(lambda: storage_of(settings).backup(settings, full=options.full))


def restore_main(argv=None) -> int:
    arguments = parser(
        "Restore the site's database from its backups (Zope must be stopped)."
    )
    arguments.add_argument(
        "--date", help="the state as of this UTC date: yyyy-mm-dd[-hh[-mm[-ss]]]"
    )
    options = arguments.parse_args(argv)
    settings = from_environment(options.var, options.backups)
    return run(lambda: storage_of(settings).restore(settings, date=options.date))
