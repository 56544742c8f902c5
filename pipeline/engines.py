"""Engines: how a stream of pages becomes a stream of results. One process, a local
process pool, or a Dask cluster; all keep a bounded window of pages in flight, so
memory does not grow with the size of the scrape, and all give results in input order."""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.worker import process_page, process_pages, start_worker, warm_up

if TYPE_CHECKING:
    from concurrent.futures import Future

    from pipeline.load import RawPage

# Pages handed to workers ahead of the one being written: enough to keep every worker
# busy, few enough that a 50,000-line scrape never sits in memory.
PAGES_IN_FLIGHT_PER_JOB = 8
# Pages a local worker is handed at a time: each hand-over between processes costs half a
# millisecond or more (a thirtieth of a page's work), paid once for the batch.
PAGES_PER_TASK = 4
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


def pool_engine(jobs: int, out: Path | None) -> Engine:
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


def make_engine(out: Path | None, jobs: int = 1, engine: str = "local", scheduler: str | None = None) -> Engine:
    if engine == "dask":
        return dask_engine(scheduler)  # workers may be other machines: the parent writes
    return serial_engine if jobs <= 1 else pool_engine(jobs, out)
