"""Where the data and the backups are, from the environment `make start` uses."""

from dataclasses import dataclass
from pathlib import Path

import os


@dataclass(frozen=True)
class Settings:
    var: Path
    backups: Path
    dsn: str  # RELSTORAGE_DSN: empty for the FileStorage

    @property
    def data_fs(self) -> Path:
        return self.var / "filestorage" / "Data.fs"

    @property
    def blobs(self) -> Path:
        return self.var / "blobstorage"

    @property
    def blob_cache(self) -> Path:
        # With RelStorage the blobs live in the database; this is only a cache.
        return Path(os.environ.get("PLONE_BLOB_CACHE") or self.var / "blobcache")


def from_environment(var=None, backups=None) -> Settings:
    var = Path(var or os.environ.get("PLONE_VAR") or "var").resolve()
    backups = Path(backups or os.environ.get("PLONE_BACKUP") or var / "backups")
    return Settings(
        var=var,
        backups=backups.resolve(),
        dsn=os.environ.get("RELSTORAGE_DSN", "").strip(),
    )
