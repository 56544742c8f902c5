"""Files in and out: finding and hashing the inputs, the names of the whole-corpus
outputs, and writing any output so that a reader (or the next run, after a crash) never
sees half of one.

Kept apart from the stages so that a run with nothing new to read can check its inputs
and write its outputs without importing them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pipeline import __version__

XLSX = "tables.xlsx"
DATABASE = "news.db"
METADATA = "metadata.json"
DATAPACKAGE = "datapackage.json"
REPORT = "report.html"


def discover(paths: list[Path], outside: Path | None = None) -> Iterator[Path | OSError]:
    """Input files under the given files and folders, in a stable order, or the error of a
    folder that could not be listed. Hidden files and folders (.git, an editor's swap
    files) are not inputs, nor is anything that is not a file (a pipe would block the run),
    nor the run's own output folder `outside` where it lies inside an input folder
    (`vnnews run . --out extracted` read its own tables back as pages). A linked folder is
    read, unless it links back to a folder it lies in; a link to nothing is an input, so
    that the report names it rather than losing it."""
    skip = os.path.realpath(outside) if outside is not None else None
    for path in paths:
        if path.is_dir():
            found = _files_under(path, skip=skip, within=frozenset({os.path.realpath(path)}))
            for item in sorted(found, key=lambda f: () if isinstance(f, OSError) else f):
                yield item if isinstance(item, OSError) else path.joinpath(*item)
        else:
            yield path


def _files_under(folder: Path | str, parts: tuple[str, ...] = (), *, skip: str | None,
                 within: frozenset[str]) -> Iterator[tuple[str, ...] | OSError]:
    """Each file's path below `folder` as its parts, but none under the folder `skip`, nor
    under a link back to one of the folders `within` it; scandir knows a file from a folder
    without a stat call for most entries."""
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    real = os.path.realpath(entry.path)
                    if real != skip and real not in within:
                        yield from _files_under(entry.path, (*parts, entry.name), skip=skip, within=within | {real})
                elif entry.is_file() or (entry.is_symlink() and not os.path.exists(entry.path)):
                    yield (*parts, entry.name)
    except OSError as err:
        yield err


def readable(name: str) -> str:
    """A file name as text every output can hold: bytes of the name that are no UTF-8 (a name
    written in a legacy encoding; Python keeps them as lone surrogates, which no UTF-8 file
    takes) are shown as `\\xNN`."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def shown_name(path: Path | str) -> str:
    """An input's name in the records and reports: its path relative to the working folder
    when it lies under it, readable."""
    return readable(os.path.abspath(path).removeprefix(os.getcwd() + os.sep))


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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


@cache
def fingerprint() -> str:
    """The pipeline's version, code and lexicons: a change to any re-does every input."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for path in sorted([*root.rglob("*.py"), *root.glob("lexicon/*.t*")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
