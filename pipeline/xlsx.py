"""A streaming writer for Excel workbooks (.xlsx) of plain tables.

openpyxl and XlsxWriter make an object per cell and spend 10-20 µs on each; the tables
of 1,000 articles fill 350,000 cells, which made the workbook the slowest output of a
run. Our sheets need only typed cells, a bold frozen header, filters and column
widths, so this module writes those SpreadsheetML parts (ECMA-376) itself, a row as
one string, into a temporary file per sheet and then the zip. tests/test_publish.py
reads every sheet back with openpyxl and pandas and compares it with the CSV.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import IO, Any

import regex

MAX_CELL_CHARS = 32_767  # Excel keeps no more in a cell
MAX_ROWS = 1_048_576  # Excel keeps no more rows in a sheet (the header is one): the rest go on a continuation sheet
MAX_TITLE_CHARS = 31  # Excel's limit on a sheet's name
# Excel holds a number as a double: an integer of more digits than this is shown rounded
# (1.73886E+20), so it is written as text with its exact digits.
MAX_EXACT_DIGITS = 15
ROWS_PER_WRITE = 1_000
# Texts recur down a column (article ids, kinds, units): a text cell's XML is made once
# and looked up after, for the most recent this many texts.
TEXT_CELLS_REMEMBERED = 1 << 16
COPY_BYTES = 1 << 20  # a sheet's waiting rows go into the zip this much at a time
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_NOT_IN_XML = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 forbids
# one font, the bold header (style 1), and the fills and borders every workbook must list
_STYLES = (f'<styleSheet xmlns="{_MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
           '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill>'
           '<patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


def column_letter(number: int) -> str:
    """Excel's name for the column numbered from 1: A, ..., Z, AA, ..."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: str) -> str:
    if not value.isprintable():
        value = _NOT_IN_XML.sub("", value)
    value = value[:MAX_CELL_CHARS]  # before escaping, which must not be cut
    if "&" in value or "<" in value or ">" in value:
        value = escape(value, quote=False)
    return f'<t xml:space="preserve">{value}</t>' if value[:1].isspace() or value[-1:].isspace() else f"<t>{value}</t>"


@lru_cache(maxsize=TEXT_CELLS_REMEMBERED)
def _text_cell(value: str) -> str:
    return f' t="inlineStr"><is>{_text(value)}</is></c>'


def _content(value: Any) -> str | None:
    """A cell's XML after its reference: its type and value; None for no cell. Booleans,
    numbers and text keep their type."""
    kind = type(value)
    if kind is str:  # most cells: tested first
        return _text_cell(value)
    if value is None:
        return None
    if kind is bool:
        return f' t="b"><v>{int(value)}</v></c>'
    if (kind is int and -10**MAX_EXACT_DIGITS < value < 10**MAX_EXACT_DIGITS) \
            or (kind is float and math.isfinite(value)):
        return f"><v>{value!r}</v></c>"
    return _text_cell(str(value))


class Workbook:
    """The sheets are named up front and filled a few rows at a time, in any order (a pass
    over the articles gives every table some rows): each sheet's rows wait in a temporary
    file of their own, so memory stays flat, and `close` writes the zip. A table longer
    than a sheet holds (`max_rows`, Excel's limit) goes on in continuation sheets named
    `Figures (2)`, `Figures (3)`, … right after it."""

    def __init__(self, path: Path, sheets: Sequence[tuple[str, Sequence[str]]], max_rows: int = MAX_ROWS) -> None:
        """`sheets`: each sheet's title and header."""
        self.path = path
        self.max_rows = max_rows
        self.sheets = [[self._new_sheet(title, list(header))] for title, header in sheets]

    def _new_sheet(self, title: str, header: list[str]) -> _Sheet:
        # closed by close() or discard(); unnamed, so a killed run leaves none behind
        return _Sheet(title[:MAX_TITLE_CHARS], header, tempfile.TemporaryFile(dir=self.path.parent))

    def add_rows(self, sheet: int, rows: Iterable[list[Any]]) -> None:
        """Rows for the table numbered from 0, each a value per column (None: no cell)."""
        group = self.sheets[sheet]
        rows = list(rows)
        while rows:
            room = self.max_rows - group[-1].last
            if room <= 0:
                first = group[0]
                suffix = f" ({len(group) + 1})"
                group.append(self._new_sheet(first.title[:MAX_TITLE_CHARS - len(suffix)] + suffix, first.header))
                continue
            group[-1].add(rows[:room])
            rows = rows[room:]

    @property
    def continued(self) -> dict[str, int]:
        """The tables that did not fit one sheet: title -> how many sheets they fill."""
        return {group[0].title: len(group) for group in self.sheets if len(group) > 1}

    def close(self, widths: Sequence[Sequence[float]]) -> None:
        """The workbook at `path`: every sheet with a bold frozen header, filters on every
        column and its table's column widths, then the parts that list the sheets."""
        sheets = [(sheet, table_widths) for group, table_widths in zip(self.sheets, widths, strict=True)
                  for sheet in group]
        try:
            with zipfile.ZipFile(self.path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as book:
                for number, (sheet, sheet_widths) in enumerate(sheets, start=1):
                    with book.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                        sheet.write(part, sheet_widths)
                for name, xml in _parts([(sheet.title, sheet.span) for sheet, _ in sheets]).items():
                    book.writestr(name, _DECLARATION + xml)
        finally:
            self.discard()

    def discard(self) -> None:
        """The rows waiting to be written are dropped (the temporary files vanish)."""
        for group in self.sheets:
            for sheet in group:
                sheet.rows.close()


class _Sheet:
    def __init__(self, title: str, header: list[str], rows: IO[bytes]) -> None:
        self.title = title
        self.header = header
        self.letters = [column_letter(i) for i in range(1, len(header) + 1)]
        self.rows = rows  # the rows' XML, written ROWS_PER_WRITE at a time
        self.waiting: list[str] = []
        self.last = 1  # the header's row

    def add(self, rows: Iterable[list[Any]]) -> None:
        letters, waiting = self.letters, self.waiting
        for row in rows:
            self.last += 1
            number = str(self.last)
            # text cells, the most, skip a call: _content would look them up the same way
            contents = [_text_cell(v) if type(v) is str else _content(v) for v in row]
            cells = "".join([f'<c r="{c}{number}"{content}' for c, content in zip(letters, contents, strict=True)
                             if content is not None])
            waiting.append(f'<row r="{number}">{cells}</row>')
        if len(waiting) >= ROWS_PER_WRITE:
            self.rows.write("".join(waiting).encode())
            waiting.clear()

    @property
    def span(self) -> str:
        return f"A1:{self.letters[-1]}{self.last}"

    def write(self, part: IO[bytes], widths: Sequence[float]) -> None:
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
        part.write((f'{_DECLARATION}<worksheet xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheetViews>'
                    '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
                    'state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>'
                    f'<cols>{cols}</cols><sheetData><row r="1">'
                    + "".join(f'<c r="{c}1" s="1"{_content(h)}' for c, h in zip(self.letters, self.header, strict=True))
                    + "</row>").encode())
        self.rows.seek(0)
        shutil.copyfileobj(self.rows, part, COPY_BYTES)
        part.write(("".join(self.waiting) + f'</sheetData><autoFilter ref="{self.span}"/></worksheet>').encode())


def _parts(sheets: list[tuple[str, str]]) -> dict[str, str]:
    """The parts that list the sheets (title, filter range), and the styles."""
    n = len(sheets)
    listed = "".join(f'<sheet name="{escape(title)}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, (title, _) in enumerate(sheets, 1))
    filters = "".join(  # Excel's name for a sheet's filter range
        f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
        f"{escape(_quoted(title), quote=False)}!{_absolute(span)}</definedName>"
        for i, (title, span) in enumerate(sheets))
    return {
        "[Content_Types].xml": f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        f'<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
        f'<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_TYPE}.worksheet+xml"/>'
                  for i in range(1, n + 1)) + "</Types>",
        "_rels/.rels": f'<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
        f'Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheets>{listed}</sheets>'
        f"<definedNames>{filters}</definedNames></workbook>",
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_PACKAGE}">'
        + "".join(f'<Relationship Id="rId{i}" Type="{_RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                  for i in range(1, n + 1))
        + f'<Relationship Id="rId{n + 1}" Type="{_RELS}/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": _STYLES,
    }


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _absolute(span: str) -> str:
    """A1:F10 -> $A$1:$F$10"""
    return ":".join(regex.sub(r"([A-Z]+)(\d+)", r"$\1$\2", ref) for ref in span.split(":"))
