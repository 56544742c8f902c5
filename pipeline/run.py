"""The orchestrator: inputs in, outputs and a run report out.

1. load: every input file is hashed; an input whose hash and pipeline fingerprint are
   in the manifest is not read again (incremental runs); the others yield pages. A
   file whose size, times and inode are as the manifest has them is not even hashed.
2-5. each page is cleaned, tokenised, extracted and exported to `json/<id>.json` by a
   worker (one process, a local process pool, or a Dask cluster); pages stream through
   a bounded window, so memory does not grow with the size of the scrape.
6. the tables, the corpus view and the manifest are rebuilt from `json/`.

A page that fails is reported with a one-line reason and the run goes on. Every file
is written atomically and the manifest last, so a run killed at any point leaves the
previous outputs valid, and the next run finishes the work.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import files
from pipeline.files import discover, file_hash, fingerprint, write_atomic
from pipeline.run_report import Progress, RunReport, report_json

if TYPE_CHECKING:
    from concurrent.futures import Future

    from pipeline.load import RawPage
    from pipeline.model import Article
    from pipeline.report import Articles

# underthesea checks a model hub for some functions; we only use what ships in the
# package, so a run must never try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

MANIFEST = "manifest.json"
# Outputs built from json/ at the end of a run; rebuilt only when json/ changed.
DERIVED = ("articles.jsonl", "articles.csv", "corpus/corpus.json", files.XLSX, files.DATABASE,
           files.DATAPACKAGE, files.METADATA)
# Pages handed to workers ahead of the one being written: enough to keep every worker
# busy, few enough that a 50,000-line scrape never sits in memory.
PAGES_IN_FLIGHT_PER_JOB = 8
# Pages a local worker is handed at a time: each hand-over between processes costs half a
# millisecond or more (a thirtieth of a page's work), paid once for the batch.
PAGES_PER_TASK = 4
# How often a worker checks that its run is still alive (exit_with_parent).
PARENT_CHECK_SECONDS = 0.5
# A file is trusted unchanged, without hashing it, when its size, times and inode are
# those the manifest recorded (as git and rsync do) and it last changed this long before
# that run began: a file system's clock may be coarse enough to hide a change made while
# the run was hashing the file.
RACY_SECONDS = 2


def process(page: RawPage) -> Article:
    """One page through stages 2-4. The stages are imported here, once per process: a run
    with nothing new to read never loads them (or their patterns and models).

    The cycle collector is paused for the page: a page's words, tokens and spans are
    plain tuples that reference counting frees, and the collector, which walks every
    live object each time their number grows by a quarter, made a page of 16,000
    sentences cost a third more per syllable than one of 1,000 (`make bench`)."""
    from pipeline.clean import clean  # noqa: PLC0415
    from pipeline.extract import extract  # noqa: PLC0415
    from pipeline.tokenise import tokenise  # noqa: PLC0415

    collecting = gc.isenabled()
    gc.disable()
    try:
        article = clean(page)  # 2. clean
        article = tokenise(article)  # 3. tokenise
        return extract(article)  # 4. extract
    finally:
        if collecting:
            gc.enable()


def process_page(page: RawPage, out: Path | None = None) -> dict[str, Any]:
    """A worker's whole job for one page: the JSON record, or a one-line error. With `out`
    (workers on this machine) the worker writes `json/<id>.json` itself and returns only
    the status, so the parent process is not busy unpickling and writing records."""
    from pipeline.export import article_record, write_article  # noqa: PLC0415  (see process)
    from pipeline.load import InputError  # noqa: PLC0415

    try:
        record = article_record(process(page))  # 5. export
        result = {"id": page.id, "source_file": page.source_file, "warnings": list(page.warnings)}
        if out is None:
            return {**result, "record": record}
        write_article(out, record)
        return {**result, "written": True}
    except InputError as err:
        return {"id": page.id, "source_file": page.source_file, "error": str(err)}
    except Exception as err:
        where = traceback.extract_tb(err.__traceback__)[-1]
        return {"id": page.id, "source_file": page.source_file,
                "error": f"internal error {type(err).__name__}: {err} ({Path(where.filename).name}:{where.lineno}); "
                         "please report it"}


def process_pages(pages: list[RawPage], out: Path) -> list[dict[str, Any]]:
    """A local worker's task: a few pages (PAGES_PER_TASK)."""
    return [process_page(page, out) for page in pages]


def exit_with_parent(run: int) -> None:
    """Makes a worker process leave when its run is gone. A killed run (SIGKILL cannot be
    caught) never tells its workers, and they would wait for their next page forever,
    each holding its models in memory. A worker started by the run itself (fork, spawn)
    sees its parent change; one started by a fork server (Python 3.14's default on
    Linux) has the server for a parent, which may outlive the run, so it asks after the
    run's process too."""
    parent = os.getppid()

    def run_is_alive() -> bool:
        if os.getppid() != parent:
            return False
        if parent == run:
            return True
        try:
            os.kill(run, 0)  # signal 0: is the process there? (POSIX; fork servers are POSIX-only)
        except (ProcessLookupError, PermissionError):  # gone, or its pid reused by another user
            return False
        return True

    def watch() -> None:
        while run_is_alive():
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def start_worker(run: int) -> None:
    """A local pool worker's start: tied to its run, models loaded."""
    exit_with_parent(run)
    warm_up()


def warm_up() -> None:
    """Load models and lexicons once per worker, not once per page."""
    from pipeline.load import RawPage  # noqa: PLC0415  (see process)

    process(RawPage(id="warm-up", source_file="", kind="body", content="Chiều 27/5, tại Hà Nội, ông Nguyễn Văn An "
                                                                        "nhận 2 giải thưởng."))


def stat_key(path: Path) -> list[int]:
    """What changes whenever a file's content does: its size, modification and change
    times (no tool can set the latter), and its inode (a file replaced by another)."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


# -- engines: how pages become results ---------------------------------------------------
Engine = Callable[[Iterable["RawPage"]], Iterator[dict[str, Any]]]  # RawPage: imported for type checks only


def serial_engine(pages: Iterable[RawPage]) -> Iterator[dict[str, Any]]:
    for page in pages:
        yield process_page(page)


def _bounded(tasks: Iterable[Any], submit: Callable[[Any], Any], result: Callable[[Any], Any],
             window: int) -> Iterator[Any]:
    """Results in input order, with at most `window` tasks handed out at once."""
    pending: deque[Any] = deque()
    for task in tasks:
        pending.append(submit(task))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


def pool_engine(jobs: int, out: Path) -> Engine:
    def run_pages(pages: Iterable[RawPage]) -> Iterator[dict[str, Any]]:
        pages = iter(pages)
        first = next(pages, None)
        if first is None:  # a re-run with nothing new: no pool to start (nor its modules to import)
            return
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

        with ProcessPoolExecutor(max_workers=jobs, initializer=start_worker, initargs=(os.getpid(),)) as pool:
            def submit(batch: list[RawPage]) -> Future[list[dict[str, Any]]]:
                return pool.submit(process_pages, batch, out)
            for results in _bounded(_batches(itertools.chain([first], pages)), submit, lambda f: f.result(),
                                    jobs * PAGES_IN_FLIGHT_PER_JOB // PAGES_PER_TASK):
                yield from results
    return run_pages


def _batches(pages: Iterable[RawPage]) -> Iterator[list[RawPage]]:
    batch: list[RawPage] = []
    for page in pages:
        batch.append(page)
        if len(batch) == PAGES_PER_TASK:
            yield batch
            batch = []
    if batch:
        yield batch


def dask_engine(scheduler: str | None) -> Engine:
    """The same per-page function on a Dask cluster (`pip install vnnews[dask]`)."""
    try:
        from distributed import Client  # noqa: PLC0415  (optional dependency)
    except ImportError as err:
        raise SystemExit("vnnews: --engine dask needs dask.distributed: pip install 'vnnews[dask]'") from err

    def run_pages(pages: Iterable[RawPage]) -> Iterator[dict[str, Any]]:
        with Client(scheduler) as client:
            client.run(warm_up)
            window = PAGES_IN_FLIGHT_PER_JOB * max(1, sum(client.nthreads().values()))
            yield from _bounded(pages, lambda p: client.submit(process_page, p, pure=False),
                                lambda f: f.result(), window)
    return run_pages


def make_engine(out: Path, jobs: int = 1, engine: str = "local", scheduler: str | None = None) -> Engine:
    if engine == "dask":
        return dask_engine(scheduler)  # workers may be other machines: the parent writes
    return serial_engine if jobs <= 1 else pool_engine(jobs, out)


# -- the run -------------------------------------------------------------------------------
def _load_manifest(out: Path) -> dict[str, Any]:
    """The last run's manifest, or {} when there is none or the pipeline has changed since."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return manifest if manifest.get("fingerprint") == fingerprint() else {}


def run(paths: list[Path], out: Path, *, jobs: int = 1, force: bool = False, engine: str = "local",
        scheduler: str | None = None, progress: bool = False) -> RunReport:
    report = RunReport()
    last = _load_manifest(out)
    previous = {} if force else last.get("inputs", {})
    manifest: dict[str, Any] = {}
    seen: dict[str, str] = {}  # article id -> input it came from
    input_of: dict[str, str] = {}  # article id -> manifest key of its input file
    bar = Progress(progress)
    here = os.getcwd() + os.sep  # inputs under it are named relative to it
    trusted_before = last.get("started_ns", 0) - RACY_SECONDS * 10**9  # see RACY_SECONDS
    written = _sweep(out)

    def pages() -> Iterator[RawPage]:
        """New and changed inputs as pages; unchanged ones straight into the report."""
        for path in discover(paths):  # 1. load
            if isinstance(path, OSError):  # a folder that cannot be listed
                key = os.path.abspath(path.filename).removeprefix(here)
                _record(key, None, {"input": key, "id": None, "status": "failed",
                                    "reason": f"cannot read folder: {path.strerror or path}"})
                continue
            key = os.path.abspath(path).removeprefix(here)
            old = previous.get(key)
            try:
                stat = stat_key(path)
                trusted = old and old.get("stat") == stat and stat[2] < trusted_before
                digest = old["sha256"] if trusted else file_hash(path)
            except OSError as err:
                _record(key, None, {"input": key, "id": None, "status": "failed",
                                    "reason": f"cannot read file: {err.strerror or err}"})
                continue
            if old and old["sha256"] == digest and all(
                    i["status"] == "failed" or f"{i['id']}.json" in written for i in old["items"]):
                manifest[key] = {**old, "stat": stat}
                for item in old["items"]:
                    _claim(item)
                    report.add({**item, "unchanged": True})
                continue
            manifest[key] = {"sha256": digest, "stat": stat, "items": []}
            from pipeline.load import InputError, iter_pages  # noqa: PLC0415  (see process)

            for page in iter_pages(path, shown=key):
                if isinstance(page, InputError):
                    _record(key, digest, {"input": key, "id": None, "status": "failed", "reason": str(page)})
                elif page.id in seen:
                    _record(key, digest, {"input": page.source_file, "id": page.id, "status": "failed",
                                          "reason": f"duplicate id {page.id!r}: already read from {seen[page.id]}"})
                else:
                    seen[page.id] = page.source_file
                    input_of[page.id] = key
                    bar.add_total(1)
                    yield page

    def _claim(item: dict[str, Any]) -> None:
        if item.get("id") and item["status"] == "ok":
            seen[item["id"]] = item["input"]

    def _record(key: str, digest: str | None, item: dict[str, Any]) -> None:
        manifest.setdefault(key, {"sha256": digest, "items": []})["items"].append(item)
        report.add(item)

    for result in make_engine(out, jobs, engine, scheduler)(pages()):  # 2.-5. per page
        key = input_of[result["id"]]
        if "record" in result:
            from pipeline.export import write_article  # noqa: PLC0415  (see process)

            write_article(out, result["record"])
        if "record" in result or result.get("written"):
            item = {"input": result["source_file"], "id": result["id"], "status": "ok", "reason": None,
                    "warnings": result["warnings"]}
        else:
            item = {"input": result["source_file"], "id": result["id"], "status": "failed", "reason": result["error"]}
        manifest[key]["items"].append(item)
        report.add(item)
        bar.step()
    bar.close()
    report.phase_done("pages")
    processed = any(not i.get("unchanged") for i in report.inputs)
    if processed:  # the per-article files, written without waiting for the disk, reach it before the manifest
        os.sync()  # (all the machine's files: not worth waiting for when this run wrote none)
    dropped = _drop_stale(out, written, {i["id"] for i in report.inputs if i["status"] == "ok"})
    old_counts = last.get("counts")
    if processed or dropped or old_counts is None or not all((out / name).exists() for name in DERIVED):
        seen = rebuild(out, report, parallel=jobs > 1)  # 6.
        report.phase_done("tables")
        rebuilt = True
    else:  # nothing changed: the derived outputs are still those of json/
        report.counts, rebuilt, seen = old_counts, False, None
        report.problems, report.notes = last.get("output_problems", []), last.get("output_notes", [])
    summary = report.as_dict()
    if rebuilt or not (out / files.REPORT).exists():
        from pipeline import report as report_page  # noqa: PLC0415  (see process)

        _guarded(files.REPORT, lambda: report_page.build(out, summary, seen), report.problems)
        summary = report.as_dict()  # with the report's own problem, if it had one
    write_atomic(out / "run_report.json", report_json(summary))
    write_atomic(out / MANIFEST, json.dumps({"fingerprint": fingerprint(), "started_ns": int(report.started * 1e9),
                                             "counts": report.counts, "output_problems": report.problems,
                                             "output_notes": report.notes, "inputs": manifest},
                                            ensure_ascii=False) + "\n")  # for the program: compact
    return report


def rebuild(out: Path, report: RunReport, *, parallel: bool) -> Articles:
    """Step 6, all from json/: the CSVs, articles.jsonl, the corpus view, the report's
    articles, the workbook and news.db in one pass. With two jobs or more, a second
    process builds news.db from its own pass while this one writes the rest, so both
    cores work (`make bench`). Sets the entities found per type in `report`, and returns
    the report's articles. No article's data can stop an output: what one cannot take is
    left out of it and listed in `report.problems`, and an output that fails whole is
    listed there too while the others are built."""
    from contextlib import nullcontext  # noqa: PLC0415  (see process)

    from pipeline import corpus, publish  # noqa: PLC0415
    from pipeline import report as report_page  # noqa: PLC0415
    from pipeline.export import write_tables  # noqa: PLC0415

    if parallel:
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415  (see pool_engine)
    view, seen, problems = corpus.Corpus(), report_page.Articles(), report.problems
    beside = ProcessPoolExecutor(max_workers=1, initializer=exit_with_parent, initargs=(os.getpid(),)) \
        if parallel else nullcontext()
    with beside as pool:
        database = pool.submit(publish.build_database, out) if pool else None
        filled = {files.XLSX: publish.Workbook(out)} | ({} if pool else {files.DATABASE: publish.Database(out)})
        try:
            report.counts = write_tables(out, [("corpus", view.add), (files.REPORT, seen.add),
                                               *((name, output.add) for name, output in filled.items())], problems)
        except BaseException:
            for output in filled.values():
                output.discard()
            raise
        corpus_tables = _guarded("corpus", lambda: view.write(out), problems, failed={})
        for name, output in filled.items():
            if _guarded(name, lambda output=output: output.finish(corpus_tables), problems, failed=_FAILED) is _FAILED:
                output.discard()
            problems += output.problems
            report.notes += getattr(output, "notes", [])
        if database:
            problems += _guarded(files.DATABASE, database.result, problems, failed=[])
    _guarded("descriptions", lambda: publish.describe(out), problems)
    return seen


_FAILED = object()


def _guarded(output: str, build: Callable[[], Any], problems: list[dict[str, Any]], failed: Any = None) -> Any:
    """`build()`, or, when it fails, a line in `problems` saying which output is missing
    and why (and `failed`): one output's failure never stops the others."""
    from pipeline.export import problem  # noqa: PLC0415  (see process)

    try:
        return build()
    except Exception as err:
        problems.append(problem(output, err))
        return failed


def _sweep(out: Path) -> set[str]:
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


def _drop_stale(out: Path, written: set[str], ids: set[str]) -> int:
    """`json/` mirrors the inputs: files of pages no longer there (or now failing) go.
    `written` is json/ as the run began; a page written since is in `ids`."""
    stale = [name for name in written if name.endswith(".json") and name[:-5] not in ids]
    for name in stale:
        (out / "json" / name).unlink(missing_ok=True)
    return len(stale)
