"""Output files: the names of the whole-corpus outputs, and writing any output so that
a reader (or the next run, after a crash) never sees half of one.

Kept apart from the stages so that a run with nothing new to read can check and write
its outputs without importing them.
"""

from __future__ import annotations

import os
from pathlib import Path

XLSX = "tables.xlsx"
DATABASE = "news.db"
METADATA = "metadata.json"
DATAPACKAGE = "datapackage.json"
REPORT = "report.html"


def temp_beside(path: Path) -> Path:
    """An empty temporary file beside `path`, to be renamed over it when complete. It is
    named for this process and created with the permissions any new file gets (the
    umask's), so the output ends up with them too; a run killed before the rename leaves
    it behind, and the next run deletes it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666))
    return tmp


def write_atomic(path: Path, data: str | bytes, *, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, then rename over it: a reader sees the old
    file or the new one, never half of one. `durable` also waits for the disk (fsync);
    per-article files skip that, and run() syncs them all at once before the manifest
    records them."""
    tmp = temp_beside(path)
    try:
        with tmp.open("wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
