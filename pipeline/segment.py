"""Word segmentation with underthesea's own CRF model, scored without feature strings.

underthesea's `word_tokenize` builds 43 feature strings for every syllable in Rust,
hands them to Python as lists and passes them back to its Rust tagger, which hashes
them again: most of its time goes into making and moving those strings. The model
itself is small (50,671 attributes, two labels: B-W begins a word, I-W goes on with
one), so this module reads its weights once and scores a syllable by adding up, for
each window of syllables around it (`T[-1,0]`, `T[0].lower`, ...), the weights of
that window's attributes, looked up once per window text and cached. With two labels
only the margin matters, how much a window favours B-W over I-W, and Viterbi reduces
to one number per syllable. The model file, the syllable pattern, the feature
templates and the dictionary are all underthesea's, so the words are the ones
`word_tokenize` gives (tests/test_segment.py compares them on every sentence of the
test suite and on generated text), at several times its speed.

What this relies on, all checked by the tests: the model file is CRFsuite's `lCRF`
format, and the attribute functions behave as underthesea_core's do: `lower`;
`isdigit` means the text parses as a 32-bit integer (so `3000000000` is no digit);
`istitle` means the first letter of every space-separated part is unchanged by
upper-casing; `is_in_dict` looks the lower-cased text up in the model's dictionary;
a window reaching before the sentence reads `BOS`, after it `EOS`. One difference
remains: when two segmentations score exactly the same, rounding decides, and our
sums are added in another order than underthesea's. That takes two syllables the
model sees alike in a row, such as unknown codes (`43H-0530 4K`); the tests check
that any segmentation of ours that differs from underthesea's scores the same.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import NamedTuple

import numpy as np
import regex

from pipeline import crf, underthesea_parts
from pipeline.text import located

MODEL = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")  # inside underthesea
LABELS = ["B-W", "I-W"]
# an n-gram cache is emptied when it holds this many texts, so memory stays flat on any corpus
CACHE_LIMIT = 100_000
SPELLING_MAX = 6  # underthesea fixes the spelling of tokens up to this long

_TEMPLATE = regex.compile(
    r"""T\[ (?P<first>-?\d+) (?: , (?P<last>-?\d+) )? \]   # the window: one position or a range
        (?: \. (?P<function>\w+) )?                         # the attribute function, if any
    """,
    regex.VERBOSE,
)
_INT32 = regex.compile(r"[+-]?[0-9]+")  # what Rust's `str::parse::<i32>` accepts, range aside


# per template of a window: the margin (B-W weight minus I-W weight) of each attribute
# value, and the function that computes the value from the window's text
Template = tuple[dict[str, float], Callable[[str], str]]


class Window(NamedTuple):
    """The templates reading `size` syllables from `first` on, around a position."""

    first: int
    size: int
    templates: tuple[Template, ...]
    before: float  # the summed margin when the window starts before the sentence (BOS)
    after: float  # ... or ends after it (EOS)


class Ngrams:
    """The margins every window of one size adds for a text of that many syllables, cached.

    The windows of one size read the same n-grams of a sentence, shifted; so an n-gram
    is scored once for all of them and kept as a row of a preallocated array. The cache
    is emptied when full.
    """

    def __init__(self, windows: list[Window]) -> None:
        self.windows = windows
        self.rows = np.zeros((CACHE_LIMIT, len(windows)))
        self.ids: dict[str, int] = {}
        # (column, weights, function) of every template: each function runs once a text
        self.templates = [(column, table, function) for column, window in enumerate(windows)
                          for table, function in window.templates]
        self.functions = list(dict.fromkeys(function for _, _, function in self.templates))

    def margins(self, grams: list[str]) -> np.ndarray:
        """A len(grams) x windows array."""
        limit = len(self.rows)
        if len(grams) > limit:  # a page longer than the cache: a part at a time
            return np.concatenate([self.margins(grams[i:i + limit]) for i in range(0, len(grams), limit)])
        if len(self.ids) + len(grams) > limit:
            self.ids.clear()
        ids = self.ids
        found = [ids.get(g, -1) for g in grams]
        if -1 in found:  # n-grams not seen yet
            found = [k if k >= 0 else ids[g] if g in ids else self._add(g) for k, g in zip(found, grams)]  # noqa: B905
        return self.rows[found]

    def _add(self, text: str) -> int:
        row = self.ids[text] = len(self.ids)
        values = {function: function(text) for function in self.functions}
        margins = [0.0] * len(self.windows)
        for column, table, function in self.templates:
            margins[column] += table.get(values[function], 0.0)
        self.rows[row] = margins
        return row


class Transitions(NamedTuple):
    """Transition weights, previous label then next (b: B-W, i: I-W)."""

    bb: float
    bi: float
    ib: float
    ii: float


class Model(NamedTuple):
    transitions: Transitions
    ngrams: tuple[Ngrams, ...]  # one per window size


def _weights(data: bytes) -> tuple[dict[str, float], list[list[float]]]:
    """Margins by attribute and the transition matrix [previous][next] of a CRFsuite `lCRF` model."""
    labels, names, rows = crf.features(data)
    if labels != LABELS:
        raise ValueError("not underthesea's two-label CRFsuite word model")
    transition = [[0.0, 0.0], [0.0, 0.0]]
    for source, target, weight in rows[rows["kind"] == 1][["source", "target", "weight"]].tolist():
        transition[source][target] = weight
    margin: dict[str, float] = {}
    for source, target, weight in rows[rows["kind"] == 0][["source", "target", "weight"]].tolist():
        name = names[source]
        margin[name] = margin.get(name, 0.0) + (weight if target == 0 else -weight)
    return margin, transition


def _functions(dictionary: frozenset[str]) -> dict[str | None, Callable[[str], str]]:
    """underthesea_core's attribute functions, on the space-joined text of a window."""
    return {
        None: lambda text: text,
        "lower": str.lower,
        "isdigit": lambda text: str(_INT32.fullmatch(text) is not None and -2**31 <= int(text) < 2**31),
        "istitle": lambda text: str(all(part[:1] == part[:1].upper() for part in text.split(" "))),
        "is_in_dict": lambda text: str(text.lower() in dictionary),
    }


@cache
def model() -> Model:
    """The word model shipped inside the underthesea package, read once per process."""
    folder = underthesea_parts.package_file(*MODEL)
    margins, ((bb, bi), (ib, ii)) = _weights(folder.joinpath("models.bin").read_bytes())
    # joblib wrote these as plain pickles; the C unpickler reads them 10x faster than joblib.load
    names: list[str] = pickle.loads(folder.joinpath("features.bin").read_bytes())
    functions = _functions(frozenset(pickle.loads(folder.joinpath("dictionary.bin").read_bytes())))
    by_template: dict[str, dict[str, float]] = {}  # "T[0].lower" -> {"hà": margin, ...}
    for attribute, margin in margins.items():
        template, value = attribute.split("=", 1)
        by_template.setdefault(template, {})[value] = margin
    by_window: dict[tuple[int, int], list[Template]] = {}
    for name in names:
        m = _TEMPLATE.fullmatch(name)
        first = int(m["first"])
        template = (by_template.get(name, {}), functions[m["function"]])
        by_window.setdefault((first, int(m["last"] or first)), []).append(template)
    windows = [Window(first, last - first + 1, tuple(templates), _edge(templates, "BOS"), _edge(templates, "EOS"))
               for (first, last), templates in sorted(by_window.items())]
    sizes = sorted({w.size for w in windows})
    return Model(Transitions(bb, bi, ib, ii),
                 tuple(Ngrams([w for w in windows if w.size == size]) for size in sizes))


def _edge(templates: list[Template], marker: str) -> float:
    """The margin a window adds when it reaches past the sentence: every template reads the marker."""
    return sum(table.get(marker, 0.0) for table, _ in templates)


def _emissions(m: Model, syllables: list[str], ends: list[int]) -> list[float]:
    """Per syllable, the summed state margin (B-W over I-W) of all windows around it.

    The syllables of many sentences come in one list, so that the windows are added
    with a few array operations an article rather than a sentence; `ends[p]` is where
    the sentence of syllable p ends (exclusive).
    """
    n = len(syllables)
    positions = np.arange(n)
    end = np.array(ends)
    begin = np.zeros(n, dtype=np.int64)
    boundaries = np.flatnonzero(np.diff(end)) + 1  # first syllable of every sentence but the first
    begin[boundaries] = boundaries
    begin = np.maximum.accumulate(begin)
    emissions = np.zeros(n)
    before: dict[int, np.ndarray] = {}  # by a window's first offset: it starts before the sentence
    after: dict[int, np.ndarray] = {}  # by its last offset: it ends after the sentence
    index: dict[int, np.ndarray] = {}  # by its first offset: the n-gram it reads
    for ngrams in m.ngrams:
        size = ngrams.windows[0].size
        # the n-gram starting at each syllable; "" where it would run into the next sentence
        grams = syllables if size == 1 else _ngrams(syllables, ends, size)
        margins = ngrams.margins(grams)
        for column, window in enumerate(ngrams.windows):
            first, last = window.first, window.first + size - 1
            if first not in before:
                before[first] = positions + first < begin
                index[first] = np.clip(positions + first, 0, n - 1)
            if last not in after:
                after[last] = positions + last >= end
            emissions += np.where(before[first], window.before,
                                  np.where(after[last], window.after, margins[index[first], column]))
    return emissions.tolist()


def _ngrams(syllables: list[str], ends: list[int], size: int) -> list[str]:
    """The `size` syllables from each position on, joined; "" where they would cross into the next sentence."""
    shifted = (syllables[k:] for k in range(size))
    grams = [" ".join(words) for words in zip(*shifted, strict=False)] + [""] * (size - 1)  # zip stops at the shortest
    for end in dict.fromkeys(ends):  # the last size - 1 positions of every sentence
        for j in range(max(end - size + 1, 0), end):
            grams[j] = ""
    return grams


def _viterbi(t: Transitions, emissions: list[float]) -> list[int]:
    """The best labels of one sentence (0 B-W, 1 I-W), from its per-syllable margins.

    With two labels, Viterbi needs only the margin d = score(B-W) - score(I-W) of the
    best paths ending at each syllable: stepping on, d becomes the syllable's own
    margin plus max(d + bb, ib) - max(d + bi, ii); and going back, a label's best
    predecessor is B-W when d + bb >= ib (for B-W) or d + bi >= ii (for I-W). Ties go
    to B-W, as in CRFsuite.
    """
    bb, bi, ib, ii = t
    margins = [d := emissions[0]]
    for e in emissions[1:]:  # max(d + bb, ib) - max(d + bi, ii), without two calls a syllable
        b, i = d + bb, d + bi
        d = e + (b if b >= ib else ib) - (i if i >= ii else ii)
        margins.append(d)
    label = 0 if d >= 0 else 1
    path = [label]
    for d in reversed(margins[:-1]):
        label = 0 if (d + bb >= ib if label == 0 else d + bi >= ii) else 1
        path.append(label)
    path.reverse()
    return path


@cache
def _syllable_rules() -> tuple[re.Pattern[str], Callable[[str], str], dict[str, str]]:
    """underthesea's syllable pattern, character normaliser and spelling fixes for short tokens."""
    pattern = re.compile(underthesea_parts.syllable_pattern(), re.VERBOSE | re.UNICODE)
    spelling = {k: v for k, v in underthesea_parts.spelling_fixes().items() if len(k) <= SPELLING_MAX}
    return pattern, underthesea_parts.normalise_characters, spelling


Word = tuple[int, int, str]  # start and end in the sentence, and the word as underthesea writes it


def segment(sentences: list[str]) -> list[list[Word]]:
    """The words of each sentence, as underthesea's `word_tokenize` cuts them, with offsets.

    On NFC text (the pipeline's always is) the words are underthesea's; on other text the
    syllables are matched as written, so that the offsets stay true. The word text is
    underthesea's: syllables joined by one space, normalised, with its spelling fixes
    for short tokens (`nghành` -> `ngành`); the offsets are the text's.
    """
    spans = [_syllables(sentence) for sentence in sentences]
    spelling = _syllable_rules()[2]
    tokens = [spelling.get(t, t) for found in spans for _, _, t in found]
    if not tokens:
        return [[] for _ in sentences]
    m = model()
    ends: list[int] = []
    for found in spans:
        ends += [len(ends) + len(found)] * len(found)
    emissions = _emissions(m, tokens, ends)
    out: list[list[Word]] = []
    first = 0
    for found in spans:
        words: list[Word] = []
        if found:
            labels = _viterbi(m.transitions, emissions[first:first + len(found)])
            starts = [k for k, label in enumerate(labels) if label == 0 or k == 0]
            for a, b in zip(starts, [*starts[1:], len(found)]):  # noqa: B905  (one longer by design)
                words.append((found[a][0], found[b - 1][1], " ".join(tokens[first + a:first + b])))
        first += len(found)
        out.append(words)
    return out


def _syllables(sentence: str) -> list[tuple[int, int, str]]:
    """Where underthesea's syllable pattern matches in the sentence, and the syllables.

    A run of letters between spaces is always one syllable: every other alternative of
    the pattern needs a digit, a dot, a hyphen or another mark, and no match crosses a
    space. So the pattern, slow with its many alternatives, only runs on the other runs,
    from their start and with the whole sentence around them for its look-arounds.
    """
    pattern, normalise_characters, _ = _syllable_rules()
    text = normalise_characters(sentence)
    if len(text) != len(sentence):
        # not NFC (the pipeline's text always is): match in the text as written, so the
        # offsets stay true, and give the model the syllables normalised
        return [(a, b, normalise_characters(t)) for a, b, t in _matches(pattern, sentence)]
    return _matches(pattern, text)


def chunks(text: str) -> Iterator[tuple[int, int, str]]:
    """The runs of the text between spaces, with their offsets (`str.split` cuts where `\\S+`
    does)."""
    return located(text, text.split())


# A run without spaces longer than this is matched a window at a time: some alternatives of the
# pattern read to the run's end before they fail, so a run of 30,000 characters (`1.1.1.…`) cost
# the square of its length. A match over half the window (a long link: its end may stop short of
# the window's for a full stop it may not end with) is matched again without one. The other
# alternatives that can run past a window end with a domain's letters (`.vn`) or an address's
# `@`: where one of those stands past the window's first half, the run is matched whole there.
# So what a long run holds is read as underthesea reads it; a run costs its length unless it is
# hundreds of characters of a link's letters and marks ending in a domain that is none.
SYLLABLE_WINDOW = 500
_COMPLETES_A_LINK = re.compile(r"\.[a-z]{2}|@")


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for start, end, chunk in chunks(text):
        if chunk.isalpha():
            found.append((start, end, chunk))
            continue
        at = start
        # where the run's last link or address could end: past it, the window sees all it needs
        last = max((start + m.start() for m in _COMPLETES_A_LINK.finditer(chunk)), default=-1)
        while at < end:
            windowed = end - at > SYLLABLE_WINDOW and last < at + SYLLABLE_WINDOW // 2
            m = pattern.match(text, at, at + SYLLABLE_WINDOW) if windowed else pattern.match(text, at)
            if windowed and m.end() - at > SYLLABLE_WINDOW // 2:
                m = pattern.match(text, at)
            found.append((at, m.end(), m.group()))
            at = m.end()
    return found
