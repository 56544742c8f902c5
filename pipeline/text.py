"""Unicode helpers shared by every stage: one normal form for text, one key for matching.

Vietnamese pages mix composed and decomposed code points and two tone-mark styles
(`hoà`/`hòa`, `thuỷ`/`thủy`). We store text in NFC with the new style, which is what
the Ministry of Education's 2018 rules and most current sites use, and match names on
a folded key so `Hội khoa học` and `Hội Khoa học` resolve to one entity.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

# Old style puts the tone on the second vowel of oa/oe/uy when the syllable ends
# there (hoà, khoẻ, thuỷ); new style puts it on the first (hòa, khỏe, thủy).
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_FIRST = {"a": ("o", "òóỏõọ"), "e": ("o", "òóỏõọ"), "y": ("u", "ùúủũụ")}


def _tone_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for second, marked in _TONED.items():
        first, first_marked = _FIRST[second]
        for plain_mark, first_mark in zip(marked, first_marked, strict=True):
            for f, s, fm in ((first, second, first_mark), (first.upper(), second.upper(), first_mark.upper()),
                             (first.upper(), second, first_mark.upper())):
                old_second = plain_mark.upper() if s.isupper() else plain_mark
                table[f + old_second] = fm + s
    return table


_TONE_TABLE = _tone_table()
_OLD_TONE = regex.compile(
    r"""(?<![qQ])            # 'qu' is a consonant: quý keeps its mark on y
        (?:""" + "|".join(sorted(_TONE_TABLE, key=len, reverse=True)) + r""")
        (?!\p{L})            # only where the syllable ends (hoà, not hoàn)
    """,
    regex.VERBOSE,
)
_INVISIBLE = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = regex.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")


def normalise(text: str) -> str:
    """NFC, new-style tone marks, plain spaces, `\\n` line ends."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _OLD_TONE.sub(lambda m: _TONE_TABLE[m.group()], text)


def located(text: str, pieces: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, piece) of pieces that stand in the text in order with only spaces between
    them, none beginning with one (a pattern's `findall` whose last alternative takes any
    character but a space; `str.split`): each is where it first occurs from the last one's
    end, found by a string search, cheaper than a match object a piece."""
    end, find = 0, text.find
    for piece in pieces:
        start = find(piece, end)
        end = start + len(piece)
        yield start, end, piece


FOLD_CACHE = 1 << 16
# quotes made plain, and every dash set off by spaces (the spaces around it are made one below):
# a translation, not a pattern, as a pattern with a space run on each side of the dash tried every
# space of a long run
_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"',
                        **{dash: " - " for dash in "-‐‑‒–—―"}})


@lru_cache(maxsize=FOLD_CACHE)
def fold(text: str) -> str:
    """Matching key: case, tone style, dashes, quotes and spacing folded.

    Cached: the same names, titles and lexicon entries are folded over and over.
    """
    text = normalise(text).lower().translate(_MARKS)
    return " ".join(text.split()).strip(" .,;:\"'()")


@lru_cache(maxsize=65536)
def unmarked(text: str) -> str:
    """`Hải Phòng` -> `hai phong`: lowercase without tone and vowel marks (`đ` as `d`), as a
    slug, an image's alt text or a careless typist writes it. Cached: words recur."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def unique_by_fold(items: Iterable[str]) -> list[str]:
    """Items without repeats that differ only in case, tone style or spacing; the first
    spelling seen is kept, empty items are dropped."""
    seen: dict[str, str] = {}
    for item in items:
        if item:
            seen.setdefault(fold(item), item)
    return list(seen.values())


_VIETNAMESE_ONLY = "đăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_VIETNAMESE_LETTERS = frozenset(_VIETNAMESE_ONLY + _VIETNAMESE_ONLY.upper())
_WORD = regex.compile(r"\p{L}+")


def has_vietnamese(text: str) -> bool:
    """A Vietnamese-only letter or tone mark anywhere in the text (`vietnamese_share(text)[0] > 0`
    without reading it word by word)."""
    return not _VIETNAMESE_LETTERS.isdisjoint(text)


def vietnamese_share(text: str) -> tuple[float, int]:
    """Share of words carrying a Vietnamese-only letter or tone mark, and the word count."""
    words = _WORD.findall(text)
    if not words:
        return 0.0, 0
    marked = sum(1 for w in words if not _VIETNAMESE_LETTERS.isdisjoint(w))
    return marked / len(words), len(words)


def share_below(text: str, share: float, min_words: int) -> tuple[float, int] | None:
    """`vietnamese_share(text)` when the text has `min_words` words or more and less than
    `share` of them carry Vietnamese letters; else None. A page's words are read only until
    that share is reached: a Vietnamese page reaches it in its first fifth."""
    words = _WORD.findall(text)
    if len(words) < min_words:
        return None
    if not words:
        return (0.0, 0) if share > 0 else None
    enough = max(0, math.ceil(share * len(words)) - 1)  # the fewest marked words whose share is not
    while enough / len(words) < share:  # below, counted up from under it (the product may round up)
        enough += 1
    if not enough:
        return None
    marked = 0
    for word in words:
        if not _VIETNAMESE_LETTERS.isdisjoint(word):
            marked += 1
            if marked >= enough:
                return None
    return marked / len(words), len(words)


_SPACE = regex.compile(r"\s")
_SPACE_BEFORE = regex.compile(r"(?r)\s")


def between_spaces(pattern: regex.Pattern[str], mark: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where `pattern` matches in the text, found in the stretches between spaces that hold a
    `mark`: the same as the whole text gives for a pattern whose matches hold a mark, cross no
    space and look no further than one."""
    out: list[tuple[int, int]] = []
    end = 0
    for found in mark.finditer(text):
        if found.start() < end:
            continue  # in the stretch just read
        before = _SPACE_BEFORE.search(text, 0, found.start())
        after = _SPACE.search(text, found.end())
        start, end = before.end() if before else 0, after.start() if after else len(text)
        out += [m.span() for m in pattern.finditer(text, start, end)]
    return out


_DIGIT = regex.compile(r"\d")
_DIGIT_VALUES = tuple(regex.compile(rf"\p{{Numeric_Value={k}}}") for k in range(10))


class _AsciiDigits(dict[int, int]):
    """Each character met, as `str.translate` maps it: a decimal digit to its ASCII digit, by
    the regex module's tables, anything else to itself. Learned a character at a time."""

    def __missing__(self, point: int) -> int:
        char = chr(point)
        value = next((k for k, pattern in enumerate(_DIGIT_VALUES) if pattern.match(char)), None) \
            if _DIGIT.match(char) else None
        self[point] = point if value is None else ord("0") + value
        return self[point]


_ASCII_DIGITS = _AsciiDigits()


def ascii_digits(text: str) -> str:
    r"""The text with its decimal digits written in ASCII, for int() and float(). The patterns'
    `\d` is the regex module's, whose Unicode tables are newer than Python's: a digit of a
    script Python does not know yet (U+1E4F0, Nag Mundari zero) is read by a pattern as part of
    a number, and int() refuses it."""
    return text if text.isascii() else text.translate(_ASCII_DIGITS)


def digits_value(text: str) -> int:
    """The whole number written in decimal digits of any script (`ascii_digits`)."""
    return int(ascii_digits(text))
