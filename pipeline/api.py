"""Use from Python: one page from a string, many pages with worker processes, and an
output folder read back into pandas with real types.

The records are those `vnnews run` writes as `json/<id>.json` (the JSON contract in
the README), made by the same code: a program gets from `extract()` exactly what it
would read from the folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

from pipeline import files
from pipeline.load import InputError, RawPage, decode, file_id, iter_pages
from pipeline.tables import ALL_TABLES, Table
from pipeline.text import normalise

if TYPE_CHECKING:
    import pandas as pd

# what makes a string an HTML page rather than text: one of the tags pages are built of
_HTML = regex.compile(r"<(?:!doctype|html|head|body|div|article|p|span|meta)\b", regex.IGNORECASE)
_LIST_NOTE = "separated by '; '"


class PageError(ValueError):
    """A page that cannot be extracted; the message is the one line the run report gives."""


def extract(content: str | bytes, *, html: bool | None = None, title: str | None = None, url: str | None = None,
            published: str | None = None, id: str = "page") -> dict[str, Any]:
    """One page (its text, or its HTML) in, its record out.

    `html` says what `content` is; left out, a string with HTML tags is HTML. With
    `title` the text is the body alone; without, its first lines hold the headline, as
    in a scraped text file. Bytes are decoded as `vnnews run` decodes files (UTF-8,
    UTF-16, Windows-1258). Raises `PageError` for a page that cannot be extracted."""
    if isinstance(content, bytes):
        try:
            content = decode(content)[0]
        except InputError as err:
            raise PageError(str(err)) from err
    return _record(_raw_page(content, html=html, title=title, url=url, published=published, page_id=id))


def _raw_page(content: str, *, html: bool | None, title: str | None, url: str | None, published: str | None,
              page_id: str) -> RawPage:
    """A page given as a string: HTML when `html` says so or, left out, when it has tags;
    the body alone when it comes with its title, else a text page with its headline."""
    is_html = bool(_HTML.search(content[:5000])) if html is None else html
    return RawPage(id=page_id, source_file=page_id, kind="html" if is_html else "body" if title else "text",
                   content=normalise(content), title=title, url=url, published=published)


def extract_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """One file (.txt, .html, .htm, compressed or not) in, the record `vnnews run` writes for it out: the
    same id (the file's stem) and source file (its path, relative to the working folder
    when it lies under it)."""
    path = Path(path)
    pages = list(iter_pages(path, shown=files.shown_name(path)))
    if len(pages) != 1:
        raise PageError(f"{path}: one page expected, found {len(pages)} (use extract_many for .jsonl)")
    if isinstance(pages[0], InputError):
        raise PageError(str(pages[0]))
    return _record(pages[0])


def extract_many(pages: Iterable[str | dict[str, Any]], *, jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Records for many pages, in order, with `jobs` worker processes. A page is a string
    (text or HTML) or a dict like a `.jsonl` line (`id`, `text` or `html`, `title`, `url`,
    `published`). A page that cannot be extracted gives `{"id", "error"}` in its place,
    and the others go on."""
    from pipeline.engines import make_engine  # noqa: PLC0415  (starts processes only when asked)

    def raw_pages() -> Iterator[RawPage]:
        for n, page in enumerate(pages, start=1):
            item = page if isinstance(page, dict) else {"text": page}
            html = True if item.get("html") else False if item.get("text") else None
            yield _raw_page(str(item.get("html") or item.get("text") or ""), html=html, title=item.get("title"),
                            url=item.get("url"), published=item.get("published"),
                            page_id=file_id(str(item.get("id") or f"page-{n}"))[0])

    for result in make_engine(None, jobs)(raw_pages()):
        yield result["record"] if "record" in result else {"id": result["id"], "error": result["error"]}


def _record(page: RawPage) -> dict[str, Any]:
    from pipeline.worker import process_page  # noqa: PLC0415  (loads the models on first use)

    result = process_page(page)
    if "error" in result:
        raise PageError(result["error"])
    return result["record"]


def to_json(record: dict[str, Any], *, pretty: bool = False) -> str:
    """A record as `vnnews run` writes it (one line), or indented for reading."""
    return json.dumps(record, ensure_ascii=False, indent=2 if pretty else None)


def read_outputs(folder: str | os.PathLike[str] = "extracted") -> dict[str, pd.DataFrame]:
    """Every table of an output folder as a pandas DataFrame with real types: numbers as
    numbers (integers that may be missing as `Int64`), `; `-joined lists as lists, the
    columns of few values (kind, rule, granularity, …) as categories, `published` as a
    datetime, and in `dates` a `datetime` column where the granularity allows (a day, a
    month or a year: its first day). Keys are the table names (`people`,
    `corpus_awards`, …); a table not in the folder is left out."""
    try:
        import pandas as pd  # noqa: PLC0415  (an extra: pip install 'vnnews[pandas]')
    except ImportError as err:
        raise ImportError("read_outputs needs pandas: pip install 'vnnews[pandas]'") from err
    folder = Path(folder)
    frames = {}
    for table in ALL_TABLES:
        path = folder / table.file
        if path.is_file():
            frames[table.name] = _typed(pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig"),
                                        table, pd)
    return frames


def _typed(frame: pd.DataFrame, table: Table, pd: Any) -> pd.DataFrame:
    for column in table.columns:
        if column.name not in frame:
            continue
        values = frame[column.name].replace("", None)
        if column.type == "integer":
            frame[column.name] = pd.to_numeric(values).astype("Int64")
        elif column.type == "number":
            frame[column.name] = pd.to_numeric(values).astype("float64")
        elif column.type == "boolean":
            frame[column.name] = values.map({"true": True, "false": False, "True": True, "False": False})
        elif _LIST_NOTE in column.description:
            frame[column.name] = [v.split("; ") if v else [] for v in frame[column.name]]
        elif column.category:
            frame[column.name] = values.astype("category")
        else:
            frame[column.name] = values
    if "published" in frame:
        frame["published"] = pd.to_datetime(frame["published"], format="%Y-%m-%d", errors="coerce")
    if table.name == "dates":
        frame["datetime"] = [_period_start(v, g, pd) for v, g in zip(frame["value"], frame["granularity"], strict=True)]
        frame["datetime"] = pd.to_datetime(frame["datetime"])
    return frame


def _period_start(value: Any, granularity: Any, pd: Any) -> Any:
    formats = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    if not isinstance(value, str) or granularity not in formats:
        return pd.NaT
    return pd.to_datetime(value, format=formats[granularity], errors="coerce")
