"""Syllables and punctuation marks as the grammar sees them, and lexicons indexed by them."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import regex

from pipeline.text import located

_new_tuple = tuple.__new__
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}\d]*(?:[&.][\p{Lu}\d][\p{Lu}\d]*)*|\d+(?:[.,/]\d+)*|\S")


class Tok(NamedTuple):
    """A syllable or punctuation mark; its properties are computed once, as the scanner
    asks for them millions of times on a large corpus."""

    text: str
    start: int
    end: int
    is_word: bool
    is_cap: bool
    is_abbrev: bool  # UBND, TSKH, PGS.TS: two or more capitals
    key: str  # the lookup key: abbreviations as written, other words lowercase


@lru_cache(maxsize=1 << 16)
def _shape(text: str) -> tuple[bool, bool, bool, str]:
    """A token's is_word, is_cap, is_abbrev and key; cached, as the same syllables recur."""
    cap = text[0].isupper()
    abbrev = cap and len(text) > 1 and sum(map(str.isupper, text)) >= 2
    key = text if abbrev else "-" if text in "–—" else text.lower()
    return text[0].isalpha(), cap, abbrev, key


def tokens(text: str) -> list[Tok]:
    """The text's tokens with their offsets (the pattern's last alternative takes any character
    but a space: `located` finds them)."""
    found = located(text, _TOKEN.findall(text))
    return [_new_tuple(Tok, (token, start, end, *_shape(token))) for start, end, token in found]  # no Tok.__new__


class Index:
    """A lexicon as token-tuple keys, for longest-match lookup at a position."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.keys: dict[tuple[str, ...], str] = {}
        for entry in entries:
            key = tuple(t.key for t in tokens(entry))
            if key:
                self.keys[key] = entry
        # entry lengths by first token, longest first: most positions fail on one lookup
        lengths: dict[str, set[int]] = {}
        for key in self.keys:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}

    def match(self, toks: list[Tok], i: int) -> int:
        """Number of tokens of the longest entry starting at `i` (0 if none), its tokens
        separated by at most one space."""
        if i >= len(toks):
            return 0
        for n in self.lengths.get(toks[i].key, ()):
            if n == 1:  # an entry of one word: its first word is the whole entry
                return 1
            window = toks[i:i + n]
            if len(window) == n and tuple([t.key for t in window]) in self.keys and all(
                    b.start - a.end <= 1 for a, b in itertools.pairwise(window)):
                return n
        return 0
