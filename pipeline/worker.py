"""A worker's job: one page through clean, tokenise, extract and export, with any
failure turned into a one-line reason; and what ties a worker process to its run."""

from __future__ import annotations

import gc
import os
import threading
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.load import RawPage
    from pipeline.model import Article

# underthesea checks a model hub for some functions; we only use what ships in the
# package, so a run must never try the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")

# How often a worker checks that its run is still alive (exit_with_parent).
PARENT_CHECK_SECONDS = 0.5

def process(page: RawPage) -> Article:
    """One page through stages 2-4. The stages are imported here, once per process: a run
    with nothing new to read never loads them (or their patterns and models).

    The cycle collector is paused for the page: a page's words, tokens and spans are
    plain tuples that reference counting frees, and the collector, which walks every
    live object each time their number grows by a quarter, made a page of 16,000
    sentences cost a third more per syllable than one of 1,000 (`make bench`)."""
    from pipeline.clean import clean  # noqa: PLC0415
    from pipeline.extractors import extract  # noqa: PLC0415
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


def process_pages(pages: list[RawPage], out: Path | None) -> list[dict[str, Any]]:
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
