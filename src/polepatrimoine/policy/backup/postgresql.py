"""RelStorage backups: pg_dump in custom format, pg_restore, and the blob cache emptied."""

from datetime import UTC
from datetime import datetime

import shutil
import subprocess


def backup(settings, full=False, gzip=True) -> str:
    """A whole dump each time: pg_dump has no incremental mode (PostgreSQL's WAL
    archiving is the tool for that; see the README)."""
    folder = settings.backups / "postgresql"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d-%H-%M-%S")
    target = folder / f"{stamp}.dump"
    partial = folder / f".{stamp}.dump.partial"
    # Custom format is compressed; a dump is one consistent snapshot of the database.
    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={partial}", f"--dbname={settings.dsn}"],
        check=True,
    )
    partial.rename(target)
    return f"Backup {stamp} (pg_dump) in {target}."


def stamps(settings) -> list[str]:
    folder = settings.backups / "postgresql"
    if not folder.exists():
        return []
    return sorted(path.name.removesuffix(".dump") for path in folder.glob("*.dump"))


def restore(settings, date=None) -> str:
    from polepatrimoine.policy.backup.filestorage import point_in_time

    stamp = point_in_time(stamps(settings), date)
    dump = settings.backups / "postgresql" / f"{stamp}.dump"
    subprocess.run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            f"--dbname={settings.dsn}",
            str(dump),
        ],
        check=True,
    )
    # The cache holds blobs of transactions the restored database may not have.
    shutil.rmtree(settings.blob_cache, ignore_errors=True)
    return f"Restored the dump {stamp} into the database; blob cache emptied."
