"""Vietnamese language knowledge, loaded from the text files beside this module.

Each file is UTF-8 NFC, sorted, one entry per line, with `#` header lines saying where
the list comes from. The code is generic; adding a surname or a title is editing a
file. Files are read once per process.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from pipeline.text import normalise


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A `.txt` lexicon as a set of entries."""
    return frozenset(normalise(line.strip()) for line in _lines(f"{name}.txt"))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A `.tsv` lexicon as rows of columns."""
    return tuple(tuple(normalise(c.strip()) for c in line.split("\t")) for line in _lines(f"{name}.tsv"))


@cache
def mapping(name: str) -> dict[str, str]:
    """A two-column `.tsv` lexicon as a dict from the first column to the second."""
    return {row[0]: row[1] for row in table(name)}


def key(written: str) -> str:
    """The entry an `alternation` matched, as the lexicon writes it: the match may differ in
    case and in its runs of spaces (`Hôm  nay` for `hôm nay`)."""
    return " ".join(written.lower().split())


def month_number(word: str) -> int:
    """The month a word after `tháng` names (`Bảy`, `mười hai`, `Chạp`), by lexicon month_words."""
    return int(mapping("month_words")[key(word)])


def alternation(entries: frozenset[str] | list[str] | tuple[str, ...], *, first_letter_any_case: bool = False) -> str:
    """A regex alternation of entries, longest first, spaces matching any run of spaces.

    `first_letter_any_case` lets `Phó Chủ tịch` also match `phó Chủ tịch`, as titles
    and honorifics are capitalised at a sentence start and not inside one.
    """
    parts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        body = r"\s+".join(regex.escape(w) for w in entry.split())
        if first_letter_any_case and entry[:1].isalpha() and entry[:1].lower() != entry[:1].upper():
            first = regex.escape(entry[0])
            body = f"[{entry[0].lower()}{entry[0].upper()}]" + body[len(first):]
        parts.append(body)
    return "(?:" + "|".join(parts) + ")"


@cache
def dictionary() -> frozenset[str]:
    """Lowercase Vietnamese words of two or more syllables, from underthesea's Viet74K.

    Used to tell where a capitalised word ends inside a name (`Khoa học`, `Cấp nước`).
    The list ships inside the underthesea package: nothing is downloaded.
    """
    from pipeline.underthesea_parts import package_file  # noqa: PLC0415  (only needed here)

    path = package_file("corpus", "data", "Viet74K.txt")
    text = normalise(path.read_text(encoding="utf-8")).lower()  # once for the file: 77,000 calls are slow
    return frozenset(word for word in map(str.strip, text.splitlines()) if " " in word)
