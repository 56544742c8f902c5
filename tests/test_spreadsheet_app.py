"""The workbook opened by a real spreadsheet program: LibreOffice Calc (Debian's
libreoffice-calc-nogui, which `make test` installs when missing) converts every sheet of
tables.xlsx to CSV headless, and each must hold what our CSV of the table holds, a table
split over continuation sheets included."""

from __future__ import annotations

import csv
import math
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline import publish
from pipeline.export import read_records, table_rows
from pipeline.run import run
from pipeline.tables import ALL_TABLES, BY_NAME

# LibreOffice's CSV filter: comma, double quote, UTF-8, raw cell values (not as shown),
# every sheet to a file of its own (the last token, -1)
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
BAD = Path(__file__).parent / "bad_inputs"


def _soffice() -> str:
    if path := shutil.which("soffice") or shutil.which("libreoffice"):
        return path
    message = ("LibreOffice is not installed and `make test` could not install it (Debian package "
               "libreoffice-calc-nogui): the workbook was not opened in a spreadsheet program")
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def sheets_as_csv(workbook: Path, tmp_path: Path) -> dict[str, list[list[str]]]:
    """Every sheet of the workbook as LibreOffice exports it: sheet name -> rows."""
    profile = tmp_path / "lo-profile"
    subprocess.run([_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                    CSV_FILTER, "--outdir", str(tmp_path / "csv"), str(workbook)],
                   capture_output=True, timeout=300, check=True)
    out = {}
    for path in (tmp_path / "csv").glob(f"{workbook.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            out[path.stem.removeprefix(f"{workbook.stem}-")] = list(csv.reader(handle))
    return out


def ours(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def same_cell(theirs: str, mine: str) -> bool:
    """A cell as Calc writes it against ours: True/TRUE, 38/38.0 and 1e-05/0.00001 agree."""
    if theirs == mine or theirs.lower() == mine.lower() in ("true", "false"):
        return True
    try:
        return math.isclose(float(theirs), float(mine), rel_tol=1e-12)
    except ValueError:
        return False


def assert_same_table(theirs: list[list[str]], mine: list[list[str]], name: str) -> None:
    assert len(theirs) == len(mine), f"{name}: {len(theirs)} rows against {len(mine)}"
    for number, (row, expected) in enumerate(zip(theirs, mine, strict=True)):
        assert len(row) == len(expected), f"{name} row {number}"
        for a, b in zip(row, expected, strict=True):
            assert same_cell(a, b), f"{name} row {number}: Calc has {a!r}, the CSV {b!r}"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """The seeds and the bad-input corpus, with a page of extreme numbers."""
    scrape = tmp_path_factory.mktemp("scrape")
    for path in [*sorted((ROOT / "raw").glob("*.txt")), *BAD.iterdir()]:
        shutil.copy(path, scrape / path.name)
    (scrape / "numbers.txt").write_text("Số liệu lớn\nQuy mô đạt 2,3 triệu tỷ đồng, tăng 0,35% và 12,5 điểm %; "
                                        "ảnh hanoi-2023-173885331251719654278.jpg.\n", encoding="utf-8")
    folder = tmp_path_factory.mktemp("out")
    run([scrape], folder, jobs=1)
    return folder


def test_calc_reads_every_sheet_as_our_csv(out, tmp_path):
    sheets = sheets_as_csv(out / "tables.xlsx", tmp_path)
    assert set(sheets) == {t.title for t in ALL_TABLES}
    for table in ALL_TABLES:
        assert_same_table(sheets[table.title], ours(out / table.file), table.title)


def test_calc_reads_a_table_split_over_continuation_sheets(out, tmp_path):
    rows_per_sheet = 4  # Excel's limit lowered, so that the seeds' tables need several sheets
    workbook = publish.Workbook(tmp_path, max_rows=rows_per_sheet + 1)
    for record in read_records(out):
        workbook.add(record, table_rows(record))
    workbook.finish({"people": [], "organisations": [], "locations": [], "awards": []})
    assert any(note["table"] == "Figures" for note in workbook.notes)
    sheets = sheets_as_csv(tmp_path / "tables.xlsx", tmp_path)
    title = BY_NAME["figures"].title
    parts = [sheets[title], *(sheets[f"{title} ({n})"] for n in range(2, 100) if f"{title} ({n})" in sheets)]
    mine = ours(out / "figures.csv")
    assert len(parts) == math.ceil((len(mine) - 1) / rows_per_sheet) > 1
    assert all(part[0] == mine[0] and len(part) <= rows_per_sheet + 1 for part in parts)  # each with the header
    assert_same_table([mine[0], *(row for part in parts for row in part[1:])], mine, title)
