"""What a run did: each input's status, what was found, what an output could not take,
and where the time went (`run_report.json`), and the progress bar a person watches.

Kept apart from the orchestrator (pipeline.run) so that its file names say where a
page goes, and where the account of a run is kept.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from pipeline import __version__
from pipeline.files import fingerprint


class RunReport:
    """What a run did to each input, what it found, and where its time went. (A plain
    class: importing dataclasses would cost a re-run a tenth of its time.)"""

    def __init__(self) -> None:
        self.inputs: list[dict[str, Any]] = []
        self.started = time.time()
        self.counts: dict[str, int] = {}
        # what an output could not take (an article, a row, or the whole output), and notes
        # on outputs built differently (a table continued on more sheets)
        self.problems: list[dict[str, Any]] = []
        self.notes: list[dict[str, Any]] = []
        # seconds spent reading and processing the pages, then rebuilding the tables, the
        # corpus view, the database and the workbook: what took the time
        self.phases: dict[str, float] = {}

    def phase_done(self, name: str) -> None:
        self.phases[name] = round(time.time() - self.started - sum(self.phases.values()), 3)

    @property
    def failed(self) -> int:
        return sum(1 for i in self.inputs if i["status"] == "failed")

    @property
    def ok(self) -> int:
        return sum(1 for i in self.inputs if i["status"] == "ok")

    @property
    def reused(self) -> int:
        return sum(1 for i in self.inputs if i.get("unchanged"))

    def add(self, item: dict[str, Any]) -> None:
        """One input's outcome; every item has the same keys, a failed one an empty `warnings`
        too (a program reading the report met a KeyError on those)."""
        self.inputs.append({"reason": None, "warnings": [], **item})

    def as_dict(self) -> dict[str, Any]:
        return {
            "pipeline_version": __version__,
            "fingerprint": fingerprint(),
            "seconds": round(time.time() - self.started, 3),
            "phases": self.phases,
            "summary": {"inputs": len(self.inputs), "ok": self.ok, "failed": self.failed, "unchanged": self.reused,
                        "output_problems": len(self.problems), **self.counts},
            "output_problems": self.problems,
            "output_notes": self.notes,
            "inputs": self.inputs,
        }

    def summary_line(self) -> str:
        found = ", ".join(f"{v} {k}" for k, v in self.counts.items())
        return (f"{self.ok} articles ({self.reused} unchanged), {self.failed} failed; {found}; "
                f"{time.time() - self.started:.1f} s")


class Progress:
    """A progress bar on stderr for runs of more than a few pages; silent when stderr
    is not a terminal (logs, CI)."""

    MIN_PAGES = 5
    WIDTH = 30

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.done = 0
        self.total = 0

    def add_total(self, n: int) -> None:
        self.total += n

    def step(self) -> None:
        self.done += 1
        if self.enabled and self.total >= self.MIN_PAGES:
            filled = int(self.WIDTH * self.done / max(self.total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total}")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.total >= self.MIN_PAGES:
            sys.stderr.write("\n")


def report_json(summary: dict[str, Any]) -> str:
    """run_report.json indented, but with an input a line: people look up a file's line,
    and indenting all of it would take json's pure-Python encoder (0.4 s for 50,000
    inputs, twice this)."""
    head = json.dumps({k: v for k, v in summary.items() if k != "inputs"}, ensure_ascii=False, indent=1)
    inputs = ",\n  ".join(map(json.JSONEncoder(ensure_ascii=False).encode, summary["inputs"]))
    return head.removesuffix("\n}") + (f',\n "inputs": [\n  {inputs}\n ]' if inputs else ',\n "inputs": []') + "\n}\n"
