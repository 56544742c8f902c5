"""The outputs a journalist opens and the contract a program relies on: JSON Schema,
Frictionless data package, SQLite with full-text search, the Excel workbook, and the
HTML report rendered in a real browser."""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import subprocess
from importlib import resources
from pathlib import Path

import frictionless
import jsonschema
import pandas as pd
import pytest
from conftest import ROOT
from openpyxl import load_workbook

from pipeline import publish
from pipeline.run import run
from pipeline.tables import ALL_TABLES, BY_NAME

BAD = Path(__file__).parent / "bad_inputs"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """The seeds and the bad-input corpus: every kind of record and failure."""
    scrape = tmp_path_factory.mktemp("scrape")
    for path in [*sorted((ROOT / "raw").glob("*.txt")), *BAD.iterdir()]:
        shutil.copy(path, scrape / path.name)
    folder = tmp_path_factory.mktemp("out")
    report = run([scrape], folder, jobs=1)
    assert report.ok >= 8 and report.failed >= 3
    return folder


def test_every_json_validates_against_the_shipped_schema(out):
    schema = json.loads(resources.files("pipeline").joinpath("schema/article.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = list((out / "json").glob("*.json"))
    assert len(files) >= 8
    for path in files:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert not errors, f"{path.name}: {errors[0].message}"


@pytest.mark.parametrize("breakage", [
    lambda record: record.pop("body"),
    lambda record: record.update(published="27/05/2024"),  # the contract's day is ISO
    lambda record: record.update(published="2024-05-27T10:00:00+07:00"),
])
def test_schema_rejects_a_broken_record(out, breakage):
    schema = json.loads(resources.files("pipeline").joinpath("schema/article.schema.json").read_text("utf-8"))
    record = json.loads(next((out / "json").glob("000_*.json")).read_text(encoding="utf-8"))
    jsonschema.validate(record, schema)
    breakage(record)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, schema)


def test_datapackage_is_valid(out):
    report = frictionless.validate(out / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["name"] for r in package["resources"]} == {t.name for t in ALL_TABLES}


def test_sqlite_tables_indexes_and_full_text_search(out):
    db = sqlite3.connect(out / "news.db")
    for table in ALL_TABLES:
        with (out / table.file).open(encoding="utf-8-sig") as handle:
            csv_rows = sum(1 for _ in csv.reader(handle)) - 1
        assert db.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0] == csv_rows
    indexes = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "people_article_id" in indexes and "figures_article_id" in indexes
    hits = db.execute("SELECT t.article_id FROM article_text_fts f JOIN article_text t ON t.rowid = f.rowid "
                      "WHERE article_text_fts MATCH ?", ('"Hải Phòng"',)).fetchall()
    assert ("000_959a1db6bf79a773",) in hits
    assert not db.execute("SELECT 1 FROM article_text_fts WHERE article_text_fts MATCH 'Phòng AND Giang'").fetchall()
    figure = db.execute("SELECT value, typeof(value) FROM figures WHERE text = '38%'").fetchone()
    assert figure[0] == 38 and figure[1] in {"integer", "real"}  # numbers are numbers, not text


def test_workbook_matches_the_csvs(out):
    sheets = pd.read_excel(out / "tables.xlsx", sheet_name=None, engine="openpyxl")
    assert set(sheets) == {t.title[:31] for t in ALL_TABLES}
    for table in ALL_TABLES:
        from_csv = pd.read_csv(out / table.file, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
        from_xlsx = sheets[table.title[:31]]
        assert list(from_xlsx.columns) == list(table.column_names)
        assert len(from_xlsx) == len(from_csv)
        if len(from_csv):
            pd.testing.assert_frame_equal(from_xlsx.reset_index(drop=True), from_csv, check_dtype=False)
    sheet = load_workbook(out / "tables.xlsx")["People"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")


def test_workbook_cells_are_typed_by_column_as_in_the_database(tmp_path):
    people = BY_NAME["people"].column_names
    figures = BY_NAME["figures"].column_names
    dates = BY_NAME["dates"].column_names
    workbook = publish.Workbook(tmp_path)
    workbook.add({}, {"people": [{"article_id": "a", "name": "Hà", "titles": "", "first_start": 3}],
                      "figures": [{"article_id": "a", "value": 38.0, "text": "007", "start": 1},
                                  {"article_id": "a", "value": 1e-05, "text": "", "start": 9}],
                      "dates": [{"article_id": "a", "year_inferred": True},
                                {"article_id": "a", "year_inferred": False}]})
    workbook.finish({"people": [], "organisations": [], "locations": [], "awards": []})
    book = load_workbook(tmp_path / "tables.xlsx")
    person = dict(zip(people, [c.value for c in book["People"][2]], strict=True))
    assert person["name"] == "Hà" and person["titles"] is None  # an empty text is no value
    assert person["first_start"] == 3
    first, second = ({k: c.value for k, c in zip(figures, row, strict=True)} for row in book["Figures"].iter_rows(2, 3))
    assert first["value"] == 38 and type(first["value"]) is int  # a whole number shows as 38, not 38.0
    assert first["text"] == "007"  # a string column keeps its digits
    assert first["start"] == 1 and type(first["start"]) is int
    assert second["value"] == 1e-05 and second["text"] is None
    inferred = [dict(zip(dates, [c.value for c in row], strict=True))["year_inferred"]
                for row in book["Dates"].iter_rows(2)]
    assert inferred == [True, False]


def test_csv_opens_with_diacritics(out):
    raw = (out / "people.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Nguyễn Đức Hải" in raw.decode("utf-8-sig")


def test_datasette_metadata_describes_every_table(out):
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["news"]["tables"]
    for table in ALL_TABLES:
        assert tables[table.name]["description"]
        assert set(tables[table.name]["columns"]) == set(table.column_names)
    assert tables["article_text"]["fts_table"] == "article_text_fts"


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if path := shutil.which(name):
            return path
    pytest.skip("Chromium is not installed and `make test` could not install it (Debian package chromium): "
                "the report was not rendered")


def test_report_renders_in_a_browser(out, tmp_path):
    browser = _chromium()
    url = (out / "report.html").resolve().as_uri() + "#selftest"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([browser, *flags, "--dump-dom", url], capture_output=True, text=True, timeout=120,
                         check=True).stdout
    assert 'data-ready="yes"' in dom  # the page's script ran
    assert re.search(r'<mark class="\w+ selected"', dom)  # a click on the first highlight selected it
    assert re.search(r'id="why"[^>]*>[^<]*rule: (date|person|org|location|figure):', dom)  # ... and showed its rule
    assert dom.count('<rect class="bar"') >= 3  # the timeline
    assert "Nguyễn Đức Hải" in dom and "binary file" in dom  # people table and failures
    shot = tmp_path / "report.png"
    subprocess.run([browser, *flags, f"--screenshot={shot}", "--window-size=1280,1400", url], capture_output=True,
                   timeout=120, check=True)
    assert shot.stat().st_size > 10_000
