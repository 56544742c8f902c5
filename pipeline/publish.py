"""The tables in the forms their readers open: an Excel workbook, a SQLite database
(with full-text search) for Datasette, and a Frictionless data package describing the
CSVs. All are built from the CSVs and `json/` after every run, from the one set of
table definitions in `pipeline.tables`, and written atomically.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline import __version__, xlsx
from pipeline.export import read_records, readable, write_atomic
from pipeline.tables import ALL_TABLES, Column, Table

XLSX = "tables.xlsx"
DATABASE = "news.db"
METADATA = "metadata.json"
DATAPACKAGE = "datapackage.json"
# Column widths in Excel: wide enough for most values, never wider than a screen third.
MIN_WIDTH, MAX_WIDTH = 8, 60
# Rows sampled to size Excel columns.
WIDTH_SAMPLE_ROWS = 500
# Datasette facets: columns a journalist filters by.
FACETS = {"dates": ["granularity"], "figures": ["kind", "unit"], "removed": ["kind"], "awards": ["award"]}


def _typed(value: str, column: Column) -> Any:
    """A CSV cell as the number or boolean it stands for; empty is None."""
    if value == "":
        return None
    if column.type == "integer":
        return int(value)
    if column.type == "number":
        number = float(value)
        return int(number) if number.is_integer() else number
    if column.type == "boolean":
        return value == "True"
    return value


def rows(out: Path, table: Table) -> Iterator[list[Any]]:
    """A table's rows, typed, read back from its CSV."""
    with (out / table.file).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        for row in reader:
            yield [_typed(v, c) for v, c in zip(row, table.columns, strict=True)]


def _temp_beside(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def write_xlsx(out: Path) -> None:
    """One sheet per table: header frozen, filters on, columns sized to their contents."""
    tmp = _temp_beside(out / XLSX)
    try:
        book = xlsx.Workbook(tmp)
        for table in ALL_TABLES:
            widths = [len(c.name) for c in table.columns]
            for row in itertools.islice(rows(out, table), WIDTH_SAMPLE_ROWS):
                widths = [max(w, len(str(v)) if v is not None else 0) for w, v in zip(widths, row, strict=True)]
            book.add_sheet(table.title[:31], list(table.column_names), rows(out, table),
                           [min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in widths])
        book.close()
        readable(tmp)
        os.replace(tmp, out / XLSX)
    finally:
        tmp.unlink(missing_ok=True)


_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER"}


def write_sqlite(out: Path) -> None:
    """Every table, indexed on article id, plus `article_text` (title and body) with an
    FTS5 full-text index for searching the articles themselves."""
    tmp = _temp_beside(out / DATABASE)
    tmp.unlink()
    try:
        db = sqlite3.connect(tmp)
        with db:
            for table in ALL_TABLES:
                columns = ", ".join(f'"{c.name}" {_SQL_TYPES[c.type]}' for c in table.columns)
                key = f', PRIMARY KEY ({", ".join(table.primary_key)})' if table.primary_key else ""
                db.execute(f'CREATE TABLE "{table.name}" ({columns}{key})')
                marks = ", ".join("?" * len(table.columns))
                db.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', rows(out, table))
                if "article_id" in table.column_names:
                    db.execute(f'CREATE INDEX "{table.name}_article_id" ON "{table.name}" (article_id)')
            db.execute("CREATE TABLE article_text (article_id TEXT PRIMARY KEY, title TEXT, body TEXT)")
            db.executemany("INSERT INTO article_text VALUES (?, ?, ?)",
                           ((r["id"], r["title"], r["body"]) for r in read_records(out)))
            db.execute("CREATE VIRTUAL TABLE article_text_fts USING fts5(title, body, content='article_text', "
                       "content_rowid='rowid', tokenize='unicode61')")
            db.execute("INSERT INTO article_text_fts(article_text_fts) VALUES ('rebuild')")
        db.close()
        readable(tmp)
        os.replace(tmp, out / DATABASE)
    finally:
        tmp.unlink(missing_ok=True)


def datasette_metadata() -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for table in ALL_TABLES:
        entry: dict[str, Any] = {"title": table.title, "description": table.description,
                                 "columns": {c.name: c.description for c in table.columns}}
        if table.name in FACETS:
            entry["facets"] = FACETS[table.name]
        if table.name == "figures":
            entry["units"] = {}  # units differ per row: they are in the `unit` column
        tables[table.name] = entry
    tables["article_text"] = {"title": "Article text", "description": "Title and cleaned body of every article; "
                              "search them with the box above (SQLite FTS5).", "fts_table": "article_text_fts",
                              "fts_pk": "rowid", "searchable_columns": ["title", "body"]}
    return {"title": "Vietnamese news, extracted", "description": "People, organisations, places, dates, figures "
            f"and awards extracted from scraped Vietnamese news pages by vnnews {__version__}.",
            "databases": {Path(DATABASE).stem: {"tables": tables}}}


def datapackage() -> dict[str, Any]:
    """A Frictionless Data Package with a Table Schema per CSV."""
    resources = []
    for table in ALL_TABLES:
        schema: dict[str, Any] = {"fields": [{"name": c.name, "type": c.type, "description": c.description}
                                             for c in table.columns], "missingValues": [""]}
        if table.primary_key:
            schema["primaryKey"] = list(table.primary_key)
        if "article_id" in table.column_names and table.name != "articles":
            schema["foreignKeys"] = [{"fields": "article_id",
                                      "reference": {"resource": "articles", "fields": "article_id"}}]
        resources.append({"name": table.name, "path": table.file, "title": table.title,
                          "description": table.description, "profile": "tabular-data-resource", "format": "csv",
                          "mediatype": "text/csv", "encoding": "utf-8-sig", "schema": schema})
    return {"profile": "tabular-data-package", "name": "vnnews-extracted", "title": "Vietnamese news, extracted",
            "version": __version__, "resources": resources}


def publish(out: Path) -> None:
    write_xlsx(out)
    write_sqlite(out)
    write_atomic(out / METADATA, json.dumps(datasette_metadata(), ensure_ascii=False, indent=1) + "\n")
    write_atomic(out / DATAPACKAGE, json.dumps(datapackage(), ensure_ascii=False, indent=1) + "\n")
