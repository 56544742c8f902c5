"""The manifest: what the last run read (each input's hash, file status and items) and
with which pipeline, so that a new run reads only new and changed inputs; and the
bookkeeping that keeps `json/` a mirror of the inputs."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pipeline.files import fingerprint, write_atomic

MANIFEST = "manifest.json"
# A file is trusted unchanged, without hashing it, when its size, times and inode are
# those the manifest recorded (as git and rsync do) and it last changed this long before
# that run began: a file system's clock may be coarse enough to hide a change made while
# the run was hashing the file.
RACY_SECONDS = 2


def stat_key(path: Path) -> list[int]:
    """What changes whenever a file's content does: its size, modification and change
    times (no tool can set the latter), and its inode (a file replaced by another)."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def load(out: Path) -> dict[str, Any]:
    """The last run's manifest, or {} when there is none or the pipeline has changed since."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return manifest if manifest.get("fingerprint") == fingerprint() else {}


def save(out: Path, content: dict[str, Any]) -> None:
    """Written last, compact (it is for the program): a run killed before this point is
    done again by the next one."""
    write_atomic(out / MANIFEST, json.dumps({"fingerprint": fingerprint(), **content}, ensure_ascii=False) + "\n")


def sweep(out: Path) -> set[str]:
    """Deletes the temporary files a killed run left behind, and returns the names in
    json/: one listing of it serves the whole run, instead of a stat call per page."""
    for folder in (out, out / "corpus"):
        for stale in folder.glob(".*.tmp"):
            stale.unlink(missing_ok=True)
    (out / "json").mkdir(parents=True, exist_ok=True)
    names = set(os.listdir(out / "json"))
    for stale in [n for n in names if n.startswith(".") and n.endswith(".tmp")]:
        (out / "json" / stale).unlink(missing_ok=True)
        names.remove(stale)
    return names


def drop_stale(out: Path, written: set[str], ids: set[str]) -> int:
    """`json/` mirrors the inputs: files of pages no longer there (or now failing) go.
    `written` is json/ as the run began; a page written since is in `ids`."""
    stale = [name for name in written if name.endswith(".json") and name[:-5] not in ids]
    for name in stale:
        (out / "json" / name).unlink(missing_ok=True)
    return len(stale)
