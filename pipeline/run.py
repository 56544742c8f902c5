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

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import files, manifest, sites
from pipeline.engines import make_engine
from pipeline.files import discover, file_hash, write_atomic
from pipeline.run_report import Progress, RunReport, report_json
from pipeline.worker import exit_with_parent

if TYPE_CHECKING:
    from pipeline.load import RawPage
    from pipeline.report import Articles

# Outputs built from json/ at the end of a run; rebuilt only when json/ changed.
DERIVED = ("articles.jsonl", "articles.csv", "corpus/corpus.json", files.XLSX, files.DATABASE,
           files.DATAPACKAGE, files.METADATA)


@dataclass
class _Input:
    """One input file as the survey found it."""

    key: str  # its name in reports and the manifest
    path: Path | None
    stat: list[int] | None = None
    digest: str | None = None
    learn: list[list[Any]] = field(default_factory=list)  # per page: [its site, its candidate line hashes]
    error: str | None = None


def _own_name(page: RawPage, text: bytes, seen: dict[str, str],
              texts: dict[str, bytes]) -> tuple[RawPage, str | None]:
    """The page under an id no other page of the run has, or why it is not read. Two pages of
    one name in two folders (a/tin.txt, b/tin.txt) are two articles: the second gets its name
    and a hash of where it was read, the same on every run. The same text again under the
    same id is a duplicate (`text`: the hash of the page's text)."""
    if page.id not in seen:
        return page, None
    if texts.get(page.id) == text:
        return page, f"duplicate of {seen[page.id]}: the same id and text"
    renamed = f"{page.id}-{hashlib.sha256(page.source_file.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    if renamed in seen:
        return page, f"duplicate id {page.id!r}: already read from {seen[page.id]}"
    warning = f"id {page.id!r} is taken by {seen[page.id]}: this article is {renamed!r}"
    return replace(page, id=renamed, warnings=(*page.warnings, warning)), None


def survey(paths: list[Path], previous: dict[str, Any], trusted_before: int, learner: sites.Learner,
           out: Path | None = None) -> list[_Input]:
    """Pass 1, cheap (no cleaning, no tokenising): every input's hash, and each page's site
    and candidate furniture lines, counted in `learner`. An input the manifest knows
    unchanged is not read: its lines are the manifest's."""
    from pipeline.load import InputError, iter_pages  # noqa: PLC0415  (see worker.process)

    found = []
    for path in discover(paths, outside=out):
        if isinstance(path, OSError):  # a folder that cannot be listed
            found.append(_Input(files.shown_name(path.filename), None,
                                error=f"cannot read folder: {path.strerror or path}"))
            continue
        key = files.shown_name(path)
        old = previous.get(key)
        try:
            stat = manifest.stat_key(path)
            trusted = old and old.get("stat") == stat and stat[2] < trusted_before
            digest = old["sha256"] if trusted else file_hash(path)
        except OSError as err:
            found.append(_Input(key, None, error=f"cannot read file: {err.strerror or err}"))
            continue
        if old and old["sha256"] == digest and "learn" in old:
            learn = old["learn"]
            for site, hashes in learn:
                learner.add(site, hashes)
        else:
            learn = []
            folder = os.path.dirname(key) or "."
            for page in iter_pages(path, shown=key):
                if not isinstance(page, InputError):
                    site, lines = sites.site_of(page.kind, page.content, page.url, folder), \
                        sites.candidates(page.kind, page.content)
                    learner.add(site, lines)
                    learn.append([site, sorted(lines)])
        found.append(_Input(key, path, stat, digest, learn))
    return found


def run(paths: list[Path], out: Path, *, jobs: int = 1, force: bool = False, engine: str = "local",
        scheduler: str | None = None, progress: bool = False, furniture: Path | None = None) -> RunReport:
    """`furniture`: a user's file of lines to strip or keep on a site (pipeline.sites)."""
    report = RunReport()
    last = manifest.load(out)
    previous = {} if force else last.get("inputs", {})
    inputs: dict[str, Any] = {}  # the new manifest's inputs
    seen: dict[str, str] = {}  # article id -> input it came from
    texts: dict[str, bytes] = {}  # article id -> hash of its text, for the pages read in this run
    input_of: dict[str, str] = {}  # article id -> manifest key of its input file
    bar = Progress(progress)
    trusted_before = last.get("started_ns", 0) - manifest.RACY_SECONDS * 10**9  # see RACY_SECONDS
    written = manifest.sweep(out)
    learner = sites.Learner(sites.read_rules(furniture) if furniture else {}, last.get("site_lines", {}))
    found = survey(paths, previous, trusted_before, learner, out)  # 1. what is there, and each site's furniture
    report.phase_done("sites")
    learned = learner.furniture()
    digests = {site: sites.digest(lines) for site, lines in learned.items()}

    def pages() -> Iterator[RawPage]:
        """New and changed inputs as pages; unchanged ones straight into the report. An
        input cleaned with other furniture than its site's now is done again."""
        from pipeline.load import InputError, iter_pages  # noqa: PLC0415  (see worker.process)

        for entry in found:  # 1. load
            key = entry.key
            if entry.error:
                _record(key, None, {"input": key, "id": None, "status": "failed", "reason": entry.error})
                continue
            old = previous.get(key)
            used = {site: digests.get(site, "") for site, _ in entry.learn}
            if old and old["sha256"] == entry.digest and old.get("furniture") == used and all(
                    i["status"] == "failed" or f"{i['id']}.json" in written for i in old["items"]):
                inputs[key] = {**old, "stat": entry.stat}
                for item in old["items"]:
                    _claim(item)
                    report.add({**item, "unchanged": True})
                continue
            inputs[key] = {"sha256": entry.digest, "stat": entry.stat, "items": [], "learn": entry.learn,
                           "furniture": used}
            folder = os.path.dirname(key) or "."
            for read in iter_pages(entry.path, shown=key):
                if isinstance(read, InputError):
                    _record(key, entry.digest, {"input": key, "id": None, "status": "failed", "reason": str(read)})
                    continue
                text = hashlib.sha256(read.content.encode("utf-8", "surrogatepass")).digest()
                page, why = _own_name(read, text, seen, texts)
                if why:
                    _record(key, entry.digest, {"input": page.source_file, "id": page.id, "status": "failed",
                                                "reason": why})
                    continue
                texts[page.id] = text
                seen[page.id] = page.source_file
                input_of[page.id] = key
                bar.add_total(1)
                site = sites.site_of(page.kind, page.content, page.url, folder)
                yield replace(page, site=site, furniture=learned.get(site, {}), site_pages=learner.pages(site))

    def _claim(item: dict[str, Any]) -> None:
        if item.get("id") and item["status"] == "ok":
            seen[item["id"]] = item["input"]

    def _record(key: str, digest: str | None, item: dict[str, Any]) -> None:
        inputs.setdefault(key, {"sha256": digest, "items": []})["items"].append(item)
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
        inputs[key]["items"].append(item)
        report.add(item)
        bar.step()
    bar.close()
    report.phase_done("pages")
    processed = any(not i.get("unchanged") for i in report.inputs)
    if processed:  # the per-article files, written without waiting for the disk, reach it before the manifest
        os.sync()  # (all the machine's files: not worth waiting for when this run wrote none)
    dropped = manifest.drop_stale(out, written, {i["id"] for i in report.inputs if i["status"] == "ok"})
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
    write_atomic(out / sites.FILE, sites.summary_json(learner))
    manifest.save(out, {"started_ns": int(report.started * 1e9), "counts": report.counts,
                        "output_problems": report.problems, "output_notes": report.notes,
                        "site_lines": {h: learner.texts[h] for lines in learned.values() for h in lines
                                       if h in learner.texts},
                        "inputs": inputs})
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


