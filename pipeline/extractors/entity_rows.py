"""The trained tagger's score rows: the weights a token's features add up to, kept by what the
token carries, so that a page's scores are gathered from rows most tokens share.

A token's own features (a tuple) give one row, and what it shows each neighbour (its word,
folded form, shape and a few tags, prefixed by the offset) gives one row an offset; the rows
of tuples met before are found by one look-up. A pair of neighbouring syllables (`bi+`,
`bi-`) is found by the two syllables' numbers among the model's sorted pair keys, so no
string is made per token. pipeline.extractors.entity_features lists the features and adds
the rows up.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

import numpy as np

from pipeline import crf

# features of the neighbours this far on each side, and which of a neighbour's tags it shows
WINDOW = 2
OFFSETS = tuple(d for d in range(-WINDOW, WINDOW + 1) if d)
# rows of scores kept by the features they add up, per model; begun again when this many are kept
CACHE_LIMIT = 200_000
SEEN_FROM_NEIGHBOURS = ("g=", "ttlB", "honB", "headB", "admB", "plcB", "sur", "doc=", "rpos", "tl", "tr")


def shown_by(own: tuple[str, ...]) -> tuple[str, ...]:
    """What a token shows its neighbours of its own features: its word, folded form and shape,
    and the tags in SEEN_FROM_NEIGHBOURS (the trainer's lists and the scores read the same)."""
    return tuple([*own[:3], *(f for f in own[3:] if f.startswith(SEEN_FROM_NEIGHBOURS))])


OWN = 0  # the column of a token's own row among its row numbers (those seen by neighbours follow)


class RowTable:
    """The score rows of feature tuples met so far, in one growing array: a token's own tuple
    is looked up once, and gives the numbers of its own row and of the rows it shows its
    neighbours; a page's rows are gathered with one index operation."""

    def __init__(self, model: crf.Model) -> None:
        self.model = model
        self.of_own: dict[tuple[str, ...], int] = {}  # own tuple -> its number, a row of `numbers`
        self.numbers = np.zeros((1024, 1 + len(OFFSETS)), dtype=np.intp)  # its row numbers, by that number
        self.shown: dict[int, dict[tuple[str, ...], int]] = {d: {} for d in OFFSETS}  # what is shown -> row
        self.table = np.zeros((1024, len(model.labels)))
        self.used = 0

    def numbers_of(self, owns: list[tuple[str, ...]]) -> np.ndarray:
        """Each token's row numbers (columns OWN, then one an offset), from its own tuple: one
        look-up a token gives the tuple's number (a tuple's hash is not kept), and the rows of
        numbers are gathered at once."""
        of_own = self.of_own
        found = [of_own.get(own, -1) for own in owns]
        if -1 in found:
            self._number(list(dict.fromkeys(own for own, k in zip(owns, found, strict=True) if k < 0)))
            found = [k if k >= 0 else of_own[own] for own, k in zip(owns, found, strict=True)]
        return self.numbers[np.array(found, dtype=np.intp)]

    def _number(self, owns: list[tuple[str, ...]]) -> None:
        """Rows for tuples not met yet, scored together: their own, and what each shows (its
        word, folded form and shape, and a few of its tags) at each offset."""
        mine = self._add(self.model.rows(owns))
        shown = [shown_by(own) for own in owns]
        columns = [mine]
        for d in OFFSETS:
            numbers = self.shown[d]
            new = [key for key in dict.fromkeys(shown) if key not in numbers]
            numbers.update(zip(new, self._add(self.model.rows([[f"{d}:{f}" for f in key] for key in new])),
                               strict=True))
            columns.append([numbers[key] for key in shown])
        first = len(self.of_own)
        self.numbers = _with_room(self.numbers, first + len(owns))
        self.numbers[first:first + len(owns)] = np.array(columns, dtype=np.intp).T
        self.of_own.update(zip(owns, range(first, first + len(owns)), strict=True))

    def _add(self, rows: np.ndarray) -> list[int]:
        """The rows put in the table, and their numbers."""
        self.table = _with_room(self.table, self.used + len(rows))
        self.table[self.used:self.used + len(rows)] = rows
        self.used += len(rows)
        return list(range(self.used - len(rows), self.used))


def _with_room(array: np.ndarray, rows: int) -> np.ndarray:
    """The array, doubled in length until it has room for `rows` rows (new rows zero)."""
    while rows > len(array):
        array = np.concatenate([array, np.zeros_like(array)])
    return array


_TABLES: dict[int, RowTable] = {}


def table_of(model: crf.Model) -> RowTable:
    """The model's row table, begun again when it holds CACHE_LIMIT rows (between pages)."""
    table = _TABLES.get(id(model))
    if table is None or table.used > CACHE_LIMIT:
        table = _TABLES[id(model)] = RowTable(model)
    return table


class _Pairs(NamedTuple):
    """A model's pair attributes indexed by their two syllables' numbers: a pair's key is its
    first syllable's number times `size` plus its second's, and the keys stand sorted beside
    the rows of their `bi+` and `bi-` attributes (the last: a pair the model never saw)."""

    syllables: dict[str, int]  # every syllable of a pair, numbered from 1 (0: none of them)
    size: int
    keys: np.ndarray
    attributes: np.ndarray


_PAIRS: dict[int, _Pairs] = {}


def _pairs(model: crf.Model) -> _Pairs:
    if id(model) not in _PAIRS:
        unknown = model.unknown
        pairs: dict[tuple[str, str], list[int]] = {}
        for name, k in model.index.items():
            if name.startswith(("bi+=", "bi-=")):
                pair = name[4:]  # a syllable holds no `|`; a token that is one stands first in `|||`, `||x`
                first, second = ("|", pair[2:]) if pair.startswith("||") else pair.split("|", 1)
                pairs.setdefault((first, second), [unknown, unknown])[name[2] == "-"] = k
        syllables = {w: n for n, w in enumerate(dict.fromkeys(w for pair in pairs for w in pair), start=1)}
        size = len(syllables) + 1
        # the last key, above every pair's, stands for the pairs the model never saw
        keys = np.array([*(syllables[a] * size + syllables[b] for a, b in pairs), np.iinfo(np.int64).max])
        order = np.argsort(keys, kind="stable")
        attributes = np.array([*pairs.values(), [unknown, unknown]], dtype=np.intp).reshape(-1, 2)
        _PAIRS[id(model)] = _Pairs(syllables, size, keys[order], attributes[order])
    return _PAIRS[id(model)]


def pair_rows(model: crf.Model, lower: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The rows of each two neighbouring syllables' features `bi+` (on the first) and `bi-`
    (on the second), found by the pair itself: a syllable's number is looked up once a token,
    and the pairs' keys are found among the model's by bisection, all at once, so no string
    nor pair is made per token. A key with a syllable the model never paired (number 0) is
    below or between every pair's key, found by none."""
    pairs = _pairs(model)
    numbers = np.fromiter(map(pairs.syllables.get, lower, itertools.repeat(0)), dtype=np.int64, count=len(lower))
    keys = numbers[:-1] * pairs.size + numbers[1:]
    at = np.searchsorted(pairs.keys, keys)
    rows = pairs.attributes[np.where(pairs.keys[at] == keys, at, len(pairs.keys) - 1)]
    return model.weights[rows[:, 0]], model.weights[rows[:, 1]]


