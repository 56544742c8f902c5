"""pipeline.xlsx writes workbooks that openpyxl reads back cell for cell."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree
from openpyxl import load_workbook

from pipeline import xlsx

ROWS = [
    ["Hà Nội", 12, 3.5, True, None],
    ["a & b < c > d", -7, 1e-05, False, "  spaces kept  "],
    ["ctrl\x01char\x0bgone", 0, float("nan"), None, "line\nbreak"],
    ["x" * 40_000, 2**40, 38.0, True, "&" * 40_000],
]


@pytest.fixture
def book(tmp_path):
    path = tmp_path / "t.xlsx"
    workbook = xlsx.Workbook(path)
    workbook.add_sheet("People's table", ["name", "count", "share", "flag", "note"], iter(ROWS), [20, 8, 8, 8, 30])
    workbook.add_sheet("Empty", ["only"], iter([]), [10])
    workbook.close()
    return path


def test_every_part_is_well_formed_xml(book):
    with zipfile.ZipFile(book) as z:
        for name in z.namelist():
            etree.fromstring(z.read(name))  # raises on malformed XML


def test_cells_read_back_with_their_types(book):
    sheet = load_workbook(book)["People's table"]
    got = [[c.value for c in row] for row in sheet.iter_rows()]
    assert got[0] == ["name", "count", "share", "flag", "note"]
    assert got[1] == ["Hà Nội", 12, 3.5, True, None]
    assert got[2] == ["a & b < c > d", -7, 1e-05, False, "  spaces kept  "]
    assert got[3][0] == "ctrlchargone"  # characters XML cannot hold are dropped
    assert got[3][2] == "nan"  # not a number Excel can hold: written as text
    assert got[3][4] == "line\nbreak"
    assert len(got[4][0]) == xlsx.MAX_CELL_CHARS and len(got[4][4]) == xlsx.MAX_CELL_CHARS  # cut before escaping
    assert got[4][1] == 2**40 and got[4][3] is True


def test_header_frozen_bold_and_filtered(book):
    workbook = load_workbook(book)
    sheet = workbook["People's table"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E5"
    assert sheet["A1"].font.b and not sheet["A2"].font.b
    assert sheet.column_dimensions["E"].width == 30
    assert workbook["Empty"].auto_filter.ref == "A1:A1"


@pytest.mark.parametrize(("number", "letters"), [(1, "A"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
def test_column_letters(number, letters):
    assert xlsx.column_letter(number) == letters
