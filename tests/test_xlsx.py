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
    workbook = xlsx.Workbook(path, [("People's table", ["name", "count", "share", "flag", "note"]), ("Empty", ["only"]),
                                    ("Numbers", ["n"])])
    for k, row in enumerate(ROWS):  # sheets filled in turns, a row or a few at a time, as a pass over articles does
        workbook.add_rows(0, iter([row]))
        workbook.add_rows(2, [[k * 10 + j] for j in range(k)])
    workbook.close([[20, 8, 8, 8, 30], [10], [5]])
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


def test_rows_given_in_turns_stay_in_their_sheet_and_order(book):
    sheet = load_workbook(book)["Numbers"]
    assert [c.value for c in sheet["A"]] == ["n", 10, 20, 21, 30, 31, 32]
    assert sheet.auto_filter.ref == "A1:A7"


def test_rows_beyond_one_write_are_all_kept(tmp_path):
    path = tmp_path / "big.xlsx"
    workbook = xlsx.Workbook(path, [("Big", ["n", "text"])])
    for k in range(0, 2 * xlsx.ROWS_PER_WRITE + 7, 100):  # the rows go to the sheet's file by the thousand
        workbook.add_rows(0, [[n, f"hàng {n}"] for n in range(k, k + 100)])
    workbook.close([[8, 12]])
    rows = list(load_workbook(path, read_only=True)["Big"].iter_rows(values_only=True))
    assert rows[0] == ("n", "text") and len(rows) == 1 + 2100
    assert [r[0] for r in rows[1:]] == list(range(2100)) and rows[-1][1] == "hàng 2099"


def test_a_discarded_workbook_leaves_no_file(tmp_path):
    workbook = xlsx.Workbook(tmp_path / "t.xlsx", [("S", ["a"])])
    workbook.add_rows(0, [["x"]])
    workbook.discard()
    assert list(tmp_path.iterdir()) == []


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


def test_a_table_longer_than_a_sheet_goes_on_in_continuation_sheets(tmp_path):
    path = tmp_path / "long.xlsx"
    title = "A table with a name of 31 chars"  # a continuation's name is cut to fit Excel's 31 characters
    workbook = xlsx.Workbook(path, [(title, ["n"]), ("Other", ["m"])], max_rows=4)  # a header and 3 rows a sheet
    for n in range(0, 10, 2):
        workbook.add_rows(0, [[n], [n + 1]])
        workbook.add_rows(1, [[n]] if n < 6 else [])  # three rows: one sheet
    assert workbook.continued == {title: 4}
    workbook.close([[5], [5]])
    book = load_workbook(path)
    assert book.sheetnames == [title, "A table with a name of 31 c (2)", "A table with a name of 31 c (3)",
                               "A table with a name of 31 c (4)", "Other"]
    values = [[c.value for c in row] for name in book.sheetnames[:4] for row in book[name].iter_rows()]
    assert values == [["n"], [0], [1], [2], ["n"], [3], [4], [5], ["n"], [6], [7], [8], ["n"], [9]]
    assert all(len(name) <= xlsx.MAX_TITLE_CHARS for name in book.sheetnames)
    assert book["A table with a name of 31 c (2)"].auto_filter.ref == "A1:A4"


def test_an_integer_beyond_excel_s_precision_keeps_its_digits_as_text(tmp_path):
    path = tmp_path / "digits.xlsx"
    workbook = xlsx.Workbook(path, [("S", ["n"])])
    workbook.add_rows(0, [[10**15 - 1], [10**15], [-(10**20)], [2.5e20]])
    workbook.close([[5]])
    assert [c.value for c in load_workbook(path)["S"]["A"]][1:] == [10**15 - 1, "1000000000000000",
                                                                   "-100000000000000000000", 2.5e20]
