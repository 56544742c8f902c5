"""The tables in the forms their readers open: a SQLite database (with full-text search)
for Datasette, an Excel workbook, and a Frictionless data package describing the CSVs.
The workbook is filled in the pass over `json/` that writes the CSVs, and so is the
database, or, when a run has two cores, in its own pass beside it (`build_database`).
All follow the one set of table definitions in `pipeline.tables`, and all are written
atomically.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline import __version__, corpus, xlsx
from pipeline.export import consume, plain_number, problem, read_records, rows_of
from pipeline.files import DATABASE, DATAPACKAGE, METADATA, XLSX, temp_beside, write_atomic
from pipeline.tables import ALL_TABLES

# Column widths in Excel: wide enough for most values, never wider than a screen third.
MIN_WIDTH, MAX_WIDTH = 8, 60
# Rows put into news.db at a time.
INSERT_BATCH = 5_000
# Rows sampled to size Excel columns.
WIDTH_SAMPLE_ROWS = 500
# Datasette facets: columns a journalist filters by.
FACETS = {"dates": ["granularity"], "figures": ["kind", "unit"], "removed": ["kind"], "awards": ["award"],
          "positions": ["role", "body"], "corpus_positions": ["role", "body"]}


_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER"}
# SQLite's integers are 64-bit; a larger one (a figure of 10^20) is stored as REAL (the
# CSV always has the digits; the figures table's `value` column says so to Datasette's
# and the data package's readers). One beyond a double's range has no place in news.db.
SQLITE_INTEGERS = range(-(2**63), 2**63)
LARGEST_REAL = 1.7e308


def _values(row: dict[str, Any], columns: tuple[str, ...]) -> list[Any]:
    """A row's values in its table's column order; "" is no value (NULL), as in the CSV."""
    return [None if v == "" else v for v in map(row.get, columns)]


def sql_number(value: int) -> float:
    """An integer beyond SQLite's 64 bits as it can store it; ValueError beyond a double's range."""
    if abs(value) < LARGEST_REAL:
        return float(value)
    raise ValueError(f"a number of {len(str(abs(value)))} digits is beyond what news.db can store "
                     "(the CSV keeps it)")


class Database:
    """news.db, filled one article at a time in the pass that writes the CSVs (export.write_tables),
    then given the corpus tables, indexed and moved into place by `finish`: every table,
    indexed on article id, and `article_text` (title and body) with an FTS5 full-text
    index for searching the articles themselves."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.tmp = temp_beside(out / DATABASE)  # SQLite makes an empty file a new database
        self.db = sqlite3.connect(self.tmp)
        # a file only renamed into place when complete needs no rollback journal
        # (a journal in memory: a batch that fails is rolled back and tried a row at a time)
        self.db.execute("PRAGMA journal_mode = MEMORY")
        self.db.execute("PRAGMA synchronous = OFF")
        self.problems: list[dict[str, Any]] = []
        self.inserts: dict[str, str] = {}  # table name -> its INSERT statement
        self.names = {table.name: table.column_names for table in ALL_TABLES}
        self.numeric = {table.name: [i for i, c in enumerate(table.columns) if c.type in ("integer", "number")]
                        for table in ALL_TABLES}
        for table in ALL_TABLES:
            columns = ", ".join(f'"{c.name}" {_SQL_TYPES[c.type]}' for c in table.columns)
            key = f', PRIMARY KEY ({", ".join(table.primary_key)})' if table.primary_key else ""
            self.db.execute(f'CREATE TABLE "{table.name}" ({columns}{key})')
            self.inserts[table.name] = f'INSERT INTO "{table.name}" VALUES ({", ".join("?" * len(table.columns))})'
        self.db.execute("CREATE TABLE article_text (article_id TEXT PRIMARY KEY, title TEXT, body TEXT)")
        self.inserts["article_text"] = "INSERT INTO article_text VALUES (?, ?, ?)"
        # rows wait here and go in by the thousand: one executemany an article and table is slow
        self.pending: dict[str, list[list[Any]]] = {name: [] for name in self.inserts}

    def _add_rows(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        names, numeric = self.names[name], self.numeric[name]
        typed = []
        for row in rows:
            values = _values(row, names)
            for i in numeric:
                if type(values[i]) is int and values[i] not in SQLITE_INTEGERS:
                    try:
                        values[i] = sql_number(values[i])
                    except ValueError as err:
                        self.problems.append(problem(DATABASE, err, row.get("article_id"), name))
                        values[i] = None
            typed.append(values)
        self._queue(name, typed)

    def _queue(self, name: str, rows: Iterable[list[Any]]) -> None:
        waiting = self.pending[name]
        waiting.extend(rows)
        if len(waiting) >= INSERT_BATCH:
            self._flush(name)

    def _flush(self, name: str) -> None:
        """The waiting rows into the table; when the batch fails, it is undone and its rows
        go in one at a time, so only a row SQLite refuses is left out (and reported)."""
        rows, insert = self.pending[name], self.inserts[name]
        self.db.execute("SAVEPOINT batch")
        try:
            self.db.executemany(insert, rows)
        except (sqlite3.Error, OverflowError, ValueError, TypeError):
            self.db.execute("ROLLBACK TO batch")
            for row in rows:
                try:
                    self.db.execute(insert, row)
                except (sqlite3.Error, OverflowError, ValueError, TypeError) as err:
                    self.problems.append(problem(DATABASE, err, row[0] if self.names[name][:1] == ("article_id",)
                                                 or name == "article_text" else None, name))
        self.db.execute("RELEASE batch")
        rows.clear()

    def add(self, record: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        for name, table in rows.items():
            self._add_rows(name, table)
        self._queue("article_text", [[record["id"], record["title"], record["body"]]])

    def finish(self, corpus_tables: dict[str, list[dict[str, Any]]]) -> None:
        for name, table in corpus_tables.items():
            self._add_rows(f"corpus_{name}", map(corpus.flat, table))
        for name in self.pending:
            self._flush(name)
        for table in ALL_TABLES:
            if "article_id" in table.column_names:
                self.db.execute(f'CREATE INDEX "{table.name}_article_id" ON "{table.name}" (article_id)')
        self.db.execute("CREATE VIRTUAL TABLE article_text_fts USING fts5(title, body, content='article_text', "
                        "content_rowid='rowid', tokenize='unicode61')")
        self.db.execute("INSERT INTO article_text_fts(article_text_fts) VALUES ('rebuild')")
        self.db.commit()
        self.db.close()
        os.replace(self.tmp, self.out / DATABASE)

    def discard(self) -> None:
        """After a failure: no half-built database is left behind."""
        self.db.close()
        self.tmp.unlink(missing_ok=True)


def build_database(out: Path) -> list[dict[str, Any]]:
    """news.db from its own pass over json/, for a second process to build while the first
    writes the CSVs (run.rebuild): reading json/ twice costs less than one core idling.
    Returns what could not go in (`problem`)."""
    view, database = corpus.Corpus(), Database(out)
    problems: list[dict[str, Any]] = []
    try:
        for record in read_records(out):
            rows = rows_of(record, [])  # (the other pass reports these)
            if rows is None:
                continue
            consume(DATABASE, view.add, record, rows, [])  # (and these: its own corpus view)
            consume(DATABASE, database.add, record, rows, problems)
        database.finish(view.tables())
    except BaseException:
        database.discard()
        raise
    return problems + database.problems


class Workbook:
    """tables.xlsx, one sheet per table, filled one article at a time in the pass that
    writes the CSVs (export.write_tables) from the same rows, typed by column as in
    news.db, then given the corpus tables by `finish`; columns sized to their first rows."""

    def __init__(self, out: Path, max_rows: int = xlsx.MAX_ROWS) -> None:
        self.out = out
        self.tmp = temp_beside(out / XLSX)
        self.book = xlsx.Workbook(self.tmp, [(t.title, t.column_names) for t in ALL_TABLES], max_rows)
        self.problems: list[dict[str, Any]] = []  # (none yet: every value has a cell)
        self.notes: list[dict[str, Any]] = []  # tables continued on more sheets
        self.sheet = {t.name: i for i, t in enumerate(ALL_TABLES)}
        self.names = {t.name: t.column_names for t in ALL_TABLES}
        self.numbers = {t.name: [i for i, c in enumerate(t.columns) if c.type == "number"] for t in ALL_TABLES}
        self.widths = {t.name: [len(c.name) for c in t.columns] for t in ALL_TABLES}
        self.sampled = dict.fromkeys(self.sheet, 0)

    def _add_rows(self, name: str, rows: Iterable[dict[str, Any]]) -> None:
        names, numbers = self.names[name], self.numbers[name]
        typed = []
        for row in rows:  # typed as in news.db, and 38.0 shows as 38
            values = _values(row, names)
            for i in numbers:
                if type(values[i]) is float:
                    values[i] = plain_number(values[i])
            typed.append(values)
        if self.sampled[name] < WIDTH_SAMPLE_ROWS:
            sample = typed[:WIDTH_SAMPLE_ROWS - self.sampled[name]]
            self.sampled[name] += len(sample)
            for row in sample:
                self.widths[name] = [max(w, len(str(v)) if v is not None else 0)
                                     for w, v in zip(self.widths[name], row, strict=True)]
        self.book.add_rows(self.sheet[name], typed)

    def add(self, record: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> None:
        for name, table in rows.items():
            self._add_rows(name, table)

    def finish(self, corpus_tables: dict[str, list[dict[str, Any]]]) -> None:
        for name, table in corpus_tables.items():
            self._add_rows(f"corpus_{name}", map(corpus.flat, table))
        self.notes += [problem(XLSX, f"{sheets - 1} continuation sheets: more rows than a sheet holds "
                                     f"({self.book.max_rows:,})", table=title)
                       for title, sheets in self.book.continued.items()]
        try:
            self.book.close([[min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in self.widths[t.name]] for t in ALL_TABLES])
            os.replace(self.tmp, self.out / XLSX)
        finally:
            self.tmp.unlink(missing_ok=True)

    def discard(self) -> None:
        """After a failure: no half-written workbook is left behind."""
        self.book.discard()
        self.tmp.unlink(missing_ok=True)


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


def describe(out: Path) -> None:
    """The two descriptions of the tables: Datasette's metadata and the data package."""
    write_atomic(out / METADATA, json.dumps(datasette_metadata(), ensure_ascii=False, indent=1) + "\n")
    write_atomic(out / DATAPACKAGE, json.dumps(datapackage(), ensure_ascii=False, indent=1) + "\n")
