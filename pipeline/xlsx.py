"""A streaming writer for Excel workbooks (.xlsx) of plain tables.

openpyxl and XlsxWriter make an object per cell and spend 10-20 µs on each; the tables
of 1,000 articles fill 350,000 cells, which made the workbook the slowest output of a
run. Our sheets need only typed cells, a bold frozen header, filters and column
widths, so this module writes those SpreadsheetML parts (ECMA-376) itself, a row as
one string, straight into the zip. tests/test_publish.py reads every sheet back with
openpyxl and pandas and compares it with the CSV.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

import regex

MAX_CELL_CHARS = 32_767  # Excel keeps no more in a cell
ROWS_PER_WRITE = 1_000
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


def _cell(ref: str, value: Any, style: str = "") -> str:
    """One cell; None gives none. Booleans, numbers and text keep their type."""
    kind = type(value)
    if kind is str:  # most cells: tested first
        return f'<c r="{ref}"{style} t="inlineStr"><is>{_text(value)}</is></c>'
    if value is None:
        return ""
    if kind is bool:
        return f'<c r="{ref}"{style} t="b"><v>{int(value)}</v></c>'
    if kind in (int, float) and math.isfinite(value):
        return f'<c r="{ref}"{style}><v>{value!r}</v></c>'
    return f'<c r="{ref}"{style} t="inlineStr"><is>{_text(str(value))}</is></c>'


class Workbook:
    """Sheets are written as they are added; `close` writes the parts that list them."""

    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
        self.sheets: list[tuple[str, str]] = []  # title, filter range

    def add_sheet(self, title: str, header: list[str], rows: Iterable[list[Any]], widths: list[float]) -> None:
        """A sheet with a bold frozen header, filters on every column and the given widths."""
        letters = [column_letter(i) for i in range(1, len(header) + 1)]
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>' for i, w in enumerate(widths, 1))
        with self.zip.open(f"xl/worksheets/sheet{len(self.sheets) + 1}.xml", "w", force_zip64=True) as part:
            part.write((f'{_DECLARATION}<worksheet xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheetViews>'
                        '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
                        'state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>'
                        f'<cols>{cols}</cols><sheetData><row r="1">'
                        + "".join(_cell(f"{c}1", h, ' s="1"') for c, h in zip(letters, header, strict=True))
                        + "</row>").encode())
            number = 1
            batch: list[str] = []
            for number, row in enumerate(rows, start=2):
                cells = "".join([_cell(f"{c}{number}", v) for c, v in zip(letters, row, strict=True)])
                batch.append(f'<row r="{number}">{cells}</row>')
                if len(batch) == ROWS_PER_WRITE:
                    part.write("".join(batch).encode())
                    batch.clear()
            span = f"A1:{letters[-1]}{number}"
            part.write(("".join(batch) + f'</sheetData><autoFilter ref="{span}"/></worksheet>').encode())
        self.sheets.append((title, span))

    def close(self) -> None:
        n = len(self.sheets)
        sheets = "".join(f'<sheet name="{escape(title)}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, (title, _) in enumerate(self.sheets, 1))
        filters = "".join(  # Excel's name for a sheet's filter range
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"{escape(_quoted(title), quote=False)}!{_absolute(span)}</definedName>"
            for i, (title, span) in enumerate(self.sheets))
        parts = {
            "[Content_Types].xml": f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_TYPE}.worksheet+xml"/>'
                      for i in range(1, n + 1)) + "</Types>",
            "_rels/.rels": f'<Relationships xmlns="{_PACKAGE}"><Relationship Id="rId1" '
            f'Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            "xl/workbook.xml": f'<workbook xmlns="{_MAIN}" xmlns:r="{_RELS}"><sheets>{sheets}</sheets>'
            f"<definedNames>{filters}</definedNames></workbook>",
            "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{_PACKAGE}">'
            + "".join(f'<Relationship Id="rId{i}" Type="{_RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                      for i in range(1, n + 1))
            + f'<Relationship Id="rId{n + 1}" Type="{_RELS}/styles" Target="styles.xml"/></Relationships>',
            "xl/styles.xml": _STYLES,
        }
        for name, xml in parts.items():
            self.zip.writestr(name, _DECLARATION + xml)
        self.zip.close()


def _quoted(title: str) -> str:
    return "'" + title.replace("'", "''") + "'"


def _absolute(span: str) -> str:
    """A1:F10 -> $A$1:$F$10"""
    return ":".join(regex.sub(r"([A-Z]+)(\d+)", r"$\1$\2", ref) for ref in span.split(":"))
