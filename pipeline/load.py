"""Stage 1: read raw inputs into `RawPage`s: decoded, NFC, one tone-mark style.

An input file yields pages one at a time (a `.jsonl` file yields one per line), so a
large scrape never sits in memory whole. Every problem with an input is a `InputError`
whose message says what is wrong and what to try; the run reports it and goes on.
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import hashlib
import html
import json
import lzma
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import regex

from pipeline.files import readable
from pipeline.text import normalise

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
# A scraper or an archive often saves its pages compressed (`feed.jsonl.gz`, `tin.html.bz2`):
# such a file is read through, as the page or feed its inner name says
COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}
# what a damaged or cut-off compressed file raises while it is read
BROKEN_ARCHIVE = (OSError, EOFError, zlib.error, lzma.LZMAError)
# A news article is a few hundred KB of HTML at most; 10 MB is far beyond any real
# page and keeps one pathological file from exhausting a worker's memory.
MAX_INPUT_BYTES = 10 * 1024 * 1024
_LIMIT = f"the {MAX_INPUT_BYTES // 2**20} MB limit for one page"
# A UTF-16 file without a BOM has a NUL in about every other byte for Latin text;
# real UTF-8 or Windows-1258 text has none.
UTF16_NUL_SHARE = 0.2
# ... and nearly all of them on the same side of each code unit (the high byte).
UTF16_NUL_PARITY = 0.9
# A text page with a few stray NULs (a CMS field copied with its terminator) is still a page:
# up to this many, or this share of its bytes, they are dropped when what is left is valid
# UTF-8 without other control bytes. A binary file has more, or has those.
STRAY_NULS, STRAY_NUL_SHARE = 16, 0.01
_CONTROL_BYTES = regex.compile(rb"[\x01-\x08\x0e-\x1f\x7f]")  # in binary data, not in a text
# An article id names its file, json/<id>.json, on any system: a scraper's id that
# could not (a URL, a path, a very long or non-ASCII id) gets a readable part of it
# and a hash of the whole, so different ids stay different.
SAFE_ID = regex.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}")
UNSAFE_RUN = regex.compile(r"[^A-Za-z0-9_.-]+")
URL_SCHEME = regex.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")  # "https://" says nothing about the article
ID_PART_CHARS = 60
# an element's tag or a comment or doctype: `<p>`, `</div>`, `<br/>`, `<!--`. A scraper that saved
# a page's text under an .html name wrote none: the file is read as text, its entities decoded
HTML_TAG = regex.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*[\s/>]|!)")
NO_TAGS = "HTML without a single tag: read as text"


class InputError(Exception):
    """An input that cannot be read; the message is one line for the run report."""


@dataclass(frozen=True, slots=True)
class RawPage:
    id: str
    source_file: str
    kind: str  # "text" (first line is the title), "body" (no title line), "html"
    content: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    site: str | None = None  # the site it belongs to (pipeline.sites), when its furniture was learned
    furniture: dict[str, int] = field(default_factory=dict)  # its site's line hashes -> pages carrying them
    site_pages: int = 0  # the pages of its site


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Bytes to text: returns (text, encoding name, warnings)."""
    if not data.strip():
        raise InputError("empty file: nothing to extract")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name, ()
            except UnicodeDecodeError as err:
                raise InputError(f"starts with a {name} byte-order mark but is not valid {name}: {err.reason}") from err
    nuls = data.count(0)
    if nuls:
        even_nuls = data[0::2].count(0)
        one_side = max(even_nuls, nuls - even_nuls) / nuls
        if nuls / len(data) >= UTF16_NUL_SHARE and one_side >= UTF16_NUL_PARITY:
            name = "utf-16-be" if even_nuls > nuls / 2 else "utf-16-le"
            try:
                return data.decode(name), name, ()
            except UnicodeDecodeError:
                pass
        rest = data.replace(b"\x00", b"")
        if nuls <= max(STRAY_NULS, STRAY_NUL_SHARE * len(data)) and not _CONTROL_BYTES.search(rest):
            try:
                text = rest.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                return text, "utf-8", (f"{nuls} stray NUL byte{'s' * (nuls > 1)} dropped",)
        raise InputError("binary file (contains NUL bytes): not a text or HTML page")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as err:
        if err.reason == "unexpected end of data" and err.start >= len(data) - 3:
            text = data[: err.start].decode("utf-8")
            return text, "utf-8", ("truncated UTF-8: the last character was cut off and dropped",)
        utf8_error = err
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor Windows-1258: "
                        "re-save the page as UTF-8") from err
    return text, "windows-1258", ()


def read_text(path: Path) -> tuple[str, str, tuple[str, ...]]:
    opener = COMPRESSED.get(path.suffix.lower())
    if opener is None:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(f"file is {size / 1e6:.1f} MB, over {_LIMIT}")
        data = path.read_bytes()
    else:
        # read no further than the limit: a small archive may hold a huge page
        try:
            with opener(path, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except BROKEN_ARCHIVE as err:
            raise InputError(_broken(path, err)) from err
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"file is over {_LIMIT} once decompressed")
    text, encoding, warnings = decode(data)
    return normalise(text), encoding, warnings


def _broken(path: Path, err: BaseException) -> str:
    """A one-line reason for a compressed file that cannot be read to its end."""
    detail = (err.strerror if isinstance(err, OSError) else None) or str(err) or type(err).__name__
    if isinstance(err, EOFError):
        detail = "it ends before its compressed data does (cut off in a download?)"
    return f"damaged {path.suffix.lower()} file: {detail}"


def page_name(path: Path) -> tuple[str, str]:
    """A page file's id and type: `tin.html.gz` is the HTML page `tin`."""
    name = Path(path.name)
    if name.suffix.lower() in COMPRESSED:
        name = Path(name.stem)
    return name.stem, name.suffix.lower()


def iter_pages(path: Path, shown: str | None = None) -> Iterator[RawPage | InputError]:
    """The pages in one input file, named `shown` in reports; a bad `.jsonl` line yields
    an `InputError`, not a stop."""
    shown = shown or readable(str(path))
    stem, suffix = page_name(path)
    if suffix not in SUFFIXES:
        yield InputError(f"unsupported file type {suffix or '(none)'}: expected one of {', '.join(SUFFIXES)}, "
                         f"each may be compressed ({', '.join(COMPRESSED)})")
        return
    try:
        if suffix == ".jsonl":
            yield from _jsonl_pages(path, shown)
            return
        text, encoding, warnings = read_text(path)
    except InputError as err:
        yield err
        return
    except OSError as err:
        yield InputError(f"cannot read file: {err.strerror or err}")
        return
    kind, text, untagged = _untagged_html("html" if suffix in (".html", ".htm") else "text", text, "text")
    yield RawPage(id=readable(stem), source_file=shown, kind=kind, content=normalise(text) if untagged else text,
                  encoding=encoding, warnings=warnings + untagged)


def _untagged_html(kind: str, content: str, as_text: str) -> tuple[str, str, tuple[str, ...]]:
    """HTML without a single tag is a page's text saved under an HTML name: read as `as_text`,
    its entities decoded, with a warning."""
    if kind == "html" and not HTML_TAG.search(content):
        return as_text, html.unescape(content), (NO_TAGS,)
    return kind, content, ()


def _jsonl_pages(path: Path, shown: str) -> Iterator[RawPage | InputError]:
    """One page a line. A compressed feed that breaks off keeps the pages before the break."""
    opener = COMPRESSED.get(path.suffix.lower())
    number = 0
    try:
        with (opener(path, "rb") if opener else path.open("rb")) as handle:
            for number, raw_line in enumerate(handle, start=1):
                yield from _jsonl_item(path, shown, number, raw_line)
    except BROKEN_ARCHIVE as err:
        if opener is None:
            raise
        yield InputError(f"after line {number}: {_broken(path, err)}")


def _jsonl_item(path: Path, shown: str, number: int, raw_line: bytes) -> Iterator[RawPage | InputError]:
    """The page of one .jsonl line, or why it has none; nothing for a blank line."""
    if not raw_line.strip():
        return
    where = f"line {number}"
    if len(raw_line) > MAX_INPUT_BYTES:  # the limit a page file has holds for a feed's page too
        yield InputError(f"{where}: item is {len(raw_line) / 1e6:.1f} MB, over {_LIMIT}")
        return
    try:
        line, _, _ = decode(raw_line)
        item = json.loads(line)
    except (InputError, json.JSONDecodeError) as err:
        yield InputError(f"{where}: not a JSON object ({err})")
        return
    if not isinstance(item, dict):
        yield InputError(f"{where}: expected a JSON object, got {_json_type(item)}")
        return
    content = item.get("html") or item.get("text")
    if not isinstance(content, str) or not content.strip():
        yield InputError(f"{where}: {_no_content(item)}")
        return
    item_id, warnings = file_id(str(item.get("id") or f"{page_name(path)[0]}-{number}"))
    halves = 0
    for name, value in item.items():
        if isinstance(value, str):
            item[name], found = LONE_SURROGATE.subn("\ufffd", value)
            halves += found
    if halves:
        content = item.get("html") or item.get("text")
        warnings += (f"{halves} lone UTF-16 surrogate{'s' * (halves > 1)} (half a character, escaped in "
                     "the JSON) read as U+FFFD",)
    kind, content, untagged = _untagged_html("html" if item.get("html") else "body", content, "body")
    warnings += untagged
    yield RawPage(
        id=item_id,
        source_file=f"{shown}:{number}",
        kind=kind,
        content=normalise(content),
        # the scraper's fields are text like the page: a stray "\r" in one would break a CSV row
        title=_text_field(item, "title"),
        url=_text_field(item, "url"),
        published=_text_field(item, "published"),
        warnings=warnings,
    )


JSON_TYPES = {list: "an array", dict: "an object", int: "a number", float: "a number", bool: "true or false",
              str: "a string", type(None): "null"}


def _json_type(value: object) -> str:
    """A value's type as JSON names it: a scraper's author knows JSON, not Python."""
    return JSON_TYPES.get(type(value), "a value")


def _no_content(item: dict[str, object]) -> str:
    """Why a feed item has no page: its fields missing, empty, or of another JSON type."""
    for name in ("html", "text"):
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            return f"its '{name}' is {_json_type(value)}, not a string"
    return "item has no 'text' or 'html'"


# JSON may escape half of a UTF-16 pair (`"\\ud800"`): Python reads it as a lone surrogate,
# which no UTF-8 output can hold
LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _text_field(item: dict[str, object], name: str) -> str | None:
    value = item.get(name)
    return normalise(value) if isinstance(value, str) else None


def file_id(scraper_id: str) -> tuple[str, tuple[str, ...]]:
    """The scraper's id when it can name a file; else a safe id made from it, with a warning."""
    if SAFE_ID.fullmatch(scraper_id):
        return scraper_id, ()
    readable = UNSAFE_RUN.sub("_", URL_SCHEME.sub("", scraper_id)).strip("._")[-ID_PART_CHARS:].lstrip("._")
    digest = hashlib.sha256(scraper_id.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    safe = f"{readable}-{digest}" if readable else digest
    return safe, (f"id {scraper_id[:200]!r} cannot name a file: the article is {safe!r}",)
