"""The orchestrator: inputs in, outputs and a run report out.

Each page goes through the stages in order; a page that fails is reported with a
one-line reason and the run goes on, so one bad file never costs the others.
"""

from __future__ import annotations

import json
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline import __version__, corpus
from pipeline.clean import clean
from pipeline.export import article_record, write_article, write_atomic, write_tables
from pipeline.extract import extract
from pipeline.load import InputError, RawPage, discover, iter_pages
from pipeline.model import Article
from pipeline.tokenise import tokenise

# underthesea checks a model hub for some functions; we only use what ships in the
# package, so a run must never try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def process(page: RawPage) -> Article:
    """One page through every stage."""
    article = clean(page)  # 2. clean
    article = tokenise(article)  # 3. tokenise
    return extract(article)  # 4. extract


@dataclass
class RunReport:
    out: Path
    inputs: list[dict[str, Any]] = field(default_factory=list)
    started: float = field(default_factory=time.time)

    @property
    def failed(self) -> int:
        return sum(1 for i in self.inputs if i["status"] == "failed")

    @property
    def ok(self) -> int:
        return sum(1 for i in self.inputs if i["status"] == "ok")

    def add(self, source: str, status: str, *, article_id: str | None = None, reason: str | None = None,
            warnings: tuple[str, ...] = ()) -> None:
        self.inputs.append({"input": source, "id": article_id, "status": status, "reason": reason,
                            "warnings": list(warnings)})

    def as_dict(self) -> dict[str, Any]:
        return {
            "pipeline_version": __version__,
            "seconds": round(time.time() - self.started, 3),
            "summary": {"inputs": len(self.inputs), "ok": self.ok, "failed": self.failed},
            "inputs": self.inputs,
        }


def run(paths: list[Path], out: Path) -> RunReport:
    report = RunReport(out)
    records: list[dict[str, Any]] = []
    seen: dict[str, str] = {}
    root = Path.cwd()
    for path in discover(paths):  # 1. load
        for item in iter_pages(path, root):
            if isinstance(item, InputError):
                report.add(str(path), "failed", reason=str(item))
                continue
            if item.id in seen:
                report.add(item.source_file, "failed", article_id=item.id,
                           reason=f"duplicate id {item.id!r}: already read from {seen[item.id]}")
                continue
            try:
                article = process(item)
            except InputError as err:
                report.add(item.source_file, "failed", article_id=item.id, reason=str(err))
                continue
            except Exception as err:
                where = traceback.extract_tb(err.__traceback__)[-1]
                report.add(item.source_file, "failed", article_id=item.id,
                           reason=f"internal error {type(err).__name__}: {err} "
                                  f"({Path(where.filename).name}:{where.lineno}); please report it")
                continue
            seen[item.id] = item.source_file
            record = article_record(article)  # 5. export
            write_article(out, record)
            records.append(record)
            report.add(item.source_file, "ok", article_id=item.id, warnings=article.warnings)
    _drop_stale(out, set(seen))
    write_tables(out, records)
    corpus.build(out)  # 6. the corpus view, from the per-article JSON
    write_atomic(out / "run_report.json", json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n")
    return report


def _drop_stale(out: Path, ids: set[str]) -> None:
    """`json/` mirrors this run: files of pages no longer in the input go."""
    folder = out / "json"
    if folder.is_dir():
        for f in folder.glob("*.json"):
            if f.stem not in ids:
                f.unlink()
