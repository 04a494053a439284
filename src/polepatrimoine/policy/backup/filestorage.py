"""FileStorage backups: repozo (full, then incremental) and snapshots of the blobs.

Blob files never change once written (each revision is a new file named after
its transaction), so each snapshot hard-links the files the previous one
already holds and copies only the new ones: a snapshot costs the new blobs.
The Data.fs is backed up first and the blobs second, so that a snapshot holds
every blob the backed-up transactions refer to (blobs written meanwhile are
extra files, never read).
"""

from pathlib import Path

import re
import shutil
import subprocess
import sys
import zc.lockfile


# repozo's files: full (.fs, .fsz gzipped) and incremental (.deltafs, .deltafsz).
STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2})\.(fsz?|deltafsz?)$")


class BackupError(Exception):
    """Said to the administrator, nothing done."""


def repozo() -> str:
    return str(Path(sys.executable).parent / "repozo")


def stamps(repository: Path) -> list[str]:
    """Backup points of the repozo repository, oldest first."""
    found = set()
    for path in repository.glob("*"):
        match = STAMP.match(path.name)
        if match:
            found.add(match.group(1))
    return sorted(found)


def snapshot_blobs(blobs: Path, snapshots: Path, stamp: str) -> int:
    """Snapshot of the blob directory named stamp; the number of files copied."""
    previous = sorted(p for p in snapshots.iterdir() if p.name < stamp)
    base = previous[-1] if previous else None
    target = snapshots / stamp
    partial = snapshots / f".{stamp}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    copied = 0
    for source in sorted(blobs.rglob("*")):
        relative = source.relative_to(blobs)
        if relative.parts[0] == "tmp" or source.is_dir():
            continue
        destination = partial / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        known = base / relative if base else None
        if known is not None and known.is_file() and relative.name != ".layout":
            destination.hardlink_to(known)
        else:
            shutil.copy2(source, destination)
            copied += 1
    partial.mkdir(exist_ok=True)
    partial.rename(target)
    return copied


def backup(settings, full: bool = False, gzip: bool = True) -> str:
    if not settings.data_fs.exists():
        raise BackupError(f"No database at {settings.data_fs}.")
    repository = settings.backups / "filestorage"
    snapshots = settings.backups / "blobstorage"
    repository.mkdir(parents=True, exist_ok=True)
    snapshots.mkdir(parents=True, exist_ok=True)
    command = [repozo(), "-B", "-Q", "-r", str(repository), "-f", str(settings.data_fs)]
    if full:
        command.append("-F")
    if gzip:
        command.append("-z")
    subprocess.run(command, check=True)
    stamp = stamps(repository)[-1]
    full_files = (repository / f"{stamp}.fs", repository / f"{stamp}.fsz")
    kind = "full" if any(path.exists() for path in full_files) else "incremental"
    if (snapshots / stamp).exists():
        return f"Nothing changed since the backup of {stamp}."
    copied = snapshot_blobs(settings.blobs, snapshots, stamp)
    return f"Backup {stamp} ({kind}) in {settings.backups}; {copied} new blob file(s)."


def point_in_time(available: list[str], date: str | None) -> str:
    """The last backup point at or before date (repozo's yyyy-mm-dd[-hh[-mm[-ss]]], UTC)."""
    if not available:
        raise BackupError("No backup to restore.")
    if date is None:
        return available[-1]
    parts = date.split("-")
    if not 3 <= len(parts) <= 6 or not all(p.isdigit() for p in parts):
        raise BackupError(f"Date {date!r}: expected yyyy-mm-dd[-hh[-mm[-ss]]] (UTC).")
    limit = "-".join(p.zfill(2) for p in parts + ["99"] * (6 - len(parts)))
    eligible = [stamp for stamp in available if stamp <= limit]
    if not eligible:
        raise BackupError(f"No backup at or before {date}.")
    return eligible[-1]


def restore(settings, date: str | None = None) -> str:
    repository = settings.backups / "filestorage"
    snapshots = settings.backups / "blobstorage"
    stamp = point_in_time(stamps(repository) if repository.exists() else [], date)
    if not (snapshots / stamp).is_dir():
        raise BackupError(f"The blobs of the backup {stamp} are missing.")
    settings.data_fs.parent.mkdir(parents=True, exist_ok=True)
    try:
        # Zope holds this lock while it runs: never restore under its feet.
        lock = zc.lockfile.LockFile(f"{settings.data_fs}.lock")
    except zc.lockfile.LockError:
        raise BackupError(
            "Zope is running on this database: stop it before restoring."
        ) from None
    try:
        restored = settings.data_fs.with_name("Data.fs.restored")
        subprocess.run(
            [repozo(), "-R", "-r", str(repository), "-o", str(restored), "-D", stamp],
            check=True,
        )
        for suffix in (".index", ".tmp"):
            Path(f"{settings.data_fs}{suffix}").unlink(missing_ok=True)
        restored.replace(settings.data_fs)
        # An index made for the restored file is still right; else Zope rebuilds it.
        index = Path(f"{restored}.index")
        if index.exists():
            index.replace(f"{settings.data_fs}.index")
        replaced = settings.blobs.with_name("blobstorage.restoring")
        shutil.rmtree(replaced, ignore_errors=True)
        shutil.copytree(snapshots / stamp, replaced)
        replaced.chmod(0o700)
        shutil.rmtree(settings.blobs, ignore_errors=True)
        replaced.rename(settings.blobs)
    finally:
        lock.close()
    return f"Restored the backup {stamp} into {settings.var}."
