"""The trained tagger: people, bodies and places decided by a CRF that weighs the grammar's
proposals with the other signals a Vietnamese reader weighs.

The grammar (pipeline.extractors.grammar) reads a name from its left context and lexicons,
one rule at a time: the first rule that fires wins. Many weak signals meet at a name, and
a fixed order cannot weigh them; so each syllable gets features from the grammar's own
decision (its B/I tag and the rule that made it), from the lexicons (surnames, titles,
honorifics, bodies' head words, places, administrative words), from underthesea's word
segmentation, from its shape and neighbours, and from the rest of the article (the same
capitalised run read as a person, body or place elsewhere). A linear-chain CRF trained on
the annotated corpus (`make train`, tools/train_tagger.py) turns them into B/I/O labels.

The model is a CRFsuite file in pipeline/models/ with a card saying what it was trained
on; a run loads it and never trains. Without a model file the grammar's spans stand.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from functools import cache

import numpy as np

from pipeline import crf, lexicon, trained
from pipeline.extractors import award_names
from pipeline.extractors.grammar.people import Person, person_value
from pipeline.model import Article, NameValue, PersonValue, Span
from pipeline.text import fold, unmarked

LABELS = {"person": "PER", "organisation": "ORG", "location": "LOC"}
KINDS = {v: k for k, v in LABELS.items()}
MODEL_FILE = "entities.crfsuite"
CARD_FILE = "entities.json"
# features of the neighbours this far on each side, and which of a neighbour's tags it shows
WINDOW = 2
_OFFSETS = tuple(d for d in range(-WINDOW, WINDOW + 1) if d)
# rows of scores kept by the features they add up, per model; emptied when this many are kept
CACHE_LIMIT = 200_000
_ROWS: dict[int, dict[tuple, np.ndarray]] = {}
_SEEN_FROM_NEIGHBOURS = ("g=", "ttlB", "honB", "headB", "admB", "plcB", "sur", "doc=", "rpos", "tl", "tr")


@cache
def _shape(text: str) -> str:
    if text[0].isdigit():
        return "d"
    if not text[0].isalpha():
        return "p" + text
    if text[0].isupper():
        if len(text) == 1:
            return "X"
        return "XX" if sum(map(str.isupper, text)) >= 2 else "Xx"
    return "x"


@cache
def _own(text: str) -> tuple[str, ...]:
    """Features of a syllable alone: cached, as the same syllables recur."""
    lower = text.lower()
    return (f"w={lower}", f"f={unmarked(text)}", f"s={_shape(text)}")


_BY_FIRST_WORD: dict[int, dict[str, list[tuple[str, object]]]] = {}


def _lexicons_by_first_word(lex) -> dict[str, list[tuple[str, object]]]:
    """For each word that begins an entry of the lexicons the tagger reads, those lexicons (by
    their feature's name): most words begin none, and are asked once. Kept per lexicons
    object (they are read once a process)."""
    if id(lex) in _BY_FIRST_WORD:
        return _BY_FIRST_WORD[id(lex)]
    indexes = (("ttl", lex.titles), ("hon", lex.honorifics), ("deg", lex.degrees), ("head", lex.heads),
               ("kno", lex.known_orgs), ("plc", lex.places), ("dis", lex.district_index), ("wrd", lex.wards),
               ("adm", lex.admin_units), ("zon", lex.zones), ("med", lex.media_heads), ("cnt", lex.counted))
    begins: dict[str, list[tuple[str, object]]] = {}
    for name, index in indexes:
        for first in index.lengths:
            begins.setdefault(first, []).append((name, index))
    _BY_FIRST_WORD[id(lex)] = begins
    return begins


_KINDS_OF_WORD: dict[int, dict[str, tuple[str, ...]]] = {}


def _word_kinds(lex) -> dict[str, tuple[str, ...]]:
    """For each word in one of the tagger's word lists (connectors, plurals, locatives, ...),
    the features it gives: one look-up a token instead of one a list."""
    if id(lex) not in _KINDS_OF_WORD:
        kinds: dict[str, tuple[str, ...]] = {}
        for name, words in (("con", lex.connectors), ("plu", lex.plural_words), ("loc", lex.locatives),
                            ("for", lex.former), ("num", lex.number_words), ("adr", lex.address_words)):
            for word in words:
                kinds[word] = (*kinds.get(word, ()), name)
        _KINDS_OF_WORD[id(lex)] = kinds
    return _KINDS_OF_WORD[id(lex)]


_WORD_PLACE = {place: f"wb={place}" for place in "BIS"}


class Features:
    """The feature lists of one article's syllables, sentence by sentence.

    `grammar` is the grammar's person, body and place spans; `use_grammar` False gives the
    tagger without them (cross-validation compares the two)."""

    def __init__(self, scanner, article: Article, grammar: Iterable[Span], *, use_grammar: bool = True) -> None:
        self.scanner = scanner
        self.toks = scanner.toks
        self.article = article
        self.use_grammar = use_grammar
        self.grammar = sorted((s for s in grammar if s.label in LABELS), key=lambda s: s.start)

    # -- per-token layers -----------------------------------------------------------
    def _lexicon_tags(self) -> list[list[str]]:
        lex = self.scanner.lex
        toks = self.toks
        begins = _lexicons_by_first_word(lex)
        kinds = _word_kinds(lex)
        tags: list[list[str]] = [[] for _ in toks]
        for i, tok in enumerate(toks):
            if not tok.is_word:
                continue
            key = tok.key
            for name, index in begins.get(key, ()):  # the lexicons with an entry that begins with this word
                n = index.match(toks, i)
                if n:
                    tags[i].append(f"{name}B")
                    for k in range(i + 1, i + n):
                        tags[k].append(f"{name}I")
            if tok.is_cap and tok.text in lex.surnames:
                tags[i].append("sur")
            tags[i] += kinds.get(key, ())
        return tags

    def _word_tags(self) -> list[str]:
        """Where each syllable stands in underthesea's word: B, I or S (a word of one)."""
        toks = self.toks
        starts = [t.start for t in toks]
        tags = ["S"] * len(toks)
        for word in self.article.words:
            if " " not in word.text:
                continue
            first = bisect.bisect_left(starts, word.start)
            last = bisect.bisect_left(starts, word.end)
            for k in range(first, last):
                tags[k] = "B" if k == first else "I"
        return tags

    def _grammar_tags(self) -> list[str]:
        toks = self.toks
        starts = [t.start for t in toks]
        tags = ["O"] * len(toks)
        for span in self.grammar:
            first = bisect.bisect_left(starts, span.start)
            last = bisect.bisect_left(starts, span.end)
            for k in range(first, last):
                tags[k] = ("B-" if k == first else "I-") + LABELS[span.label]
            if first < len(toks):
                tags[first] += "|" + span.rule.split("+")[0]
        return tags

    def _runs(self) -> list[tuple[int, int]]:
        """Maximal runs of capitalised words (a name's candidates), as token index ranges."""
        toks, runs, i = self.toks, [], 0
        while i < len(toks):
            if toks[i].is_word and toks[i].is_cap:
                j = i + 1
                while j < len(toks) and toks[j].is_word and toks[j].is_cap and self.scanner.tight(j - 1):
                    j += 1
                runs.append((i, j))
                i = j
            else:
                i += 1
        return runs

    def _evidence(self) -> list[list[str]]:
        """What the rest of the article says of each capitalised run: read as a person (with a
        title or honorific), a body or a place elsewhere; how often it recurs."""
        toks = self.toks
        said: dict[str, set[str]] = {}
        if self.use_grammar:
            for span in self.grammar:
                kind = LABELS[span.label]
                if kind == "PER" and span.rule == "person:surname+name":
                    kind = "PERs"
                key = " ".join(span.text.lower().split())
                said.setdefault(key, set()).add(kind)
                if kind == "PER":  # the given name alone: `ông Sương` after `Lưu Văn Sương`
                    said.setdefault(key.split()[-1], set()).add("PERg")
        runs = self._runs()
        counts: dict[str, int] = {}
        keys = []
        for i, j in runs:
            key = " ".join(t.text.lower() for t in toks[i:j])
            keys.append(key)
            counts[key] = counts.get(key, 0) + 1
        tags: list[list[str]] = [[] for _ in toks]
        lex = self.scanner.lex
        for (i, j), key in zip(runs, keys, strict=True):
            found = [f"doc={kind}" for kind in sorted(said.get(key, ()))]
            found.append(f"rep={min(counts[key], 3)}")
            found.append(f"len={min(j - i, 6)}")
            # the words around the whole run: every syllable of a name sees what introduces it
            before = [t.text.lower() for t in toks[max(0, i - 2):i]]
            found.append(f"rp1={before[-1] if before else 'BOS'}")
            found.append(f"rp2={' '.join(before) if len(before) == 2 else 'BOS'}")
            found.append(f"rn1={toks[j].text.lower() if j < len(toks) else 'EOS'}")
            if toks[i].text in lex.surnames:
                found.append("rsur")
            if lex.places.match(toks, i) == j - i:
                found.append("rplace")
            for k in range(i, j):
                tags[k].extend(found)
                tags[k].append("rpos=" + ("S" if j - i == 1 else "B" if k == i else "E" if k == j - 1 else "I"))
        return tags

    # -- the feature lists --------------------------------------------------------------
    def sequences(self) -> list[tuple[int, int]]:
        """Token index ranges of the sentences (a token belongs to the sentence it starts in)."""
        starts = [t.start for t in self.toks]
        out = []
        for sentence in self.article.sentences:
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_left(starts, sentence.end)
            if last > first:
                out.append((first, last))
        return out

    def _base(self) -> list[list[str]]:
        """Each token's own features (its neighbours see a few of them)."""
        toks = self.toks
        lexical = self._lexicon_tags()
        words = self._word_tags()
        grammar = self._grammar_tags() if self.use_grammar else ["O"] * len(toks)
        evidence = self._evidence()
        dictionary = self.scanner.dictionary
        said = {tag: tuple(f"{name}={part}" for name, part in zip(("g", "gr"), tag.split("|"), strict=False))
                for tag in set(grammar)}
        base: list[list[str]] = []
        last = len(toks) - 1
        for i, tok in enumerate(toks):
            own = [*_own(tok.text), _WORD_PLACE[words[i]]]
            if i and toks[i - 1].end == tok.start:
                own.append("tl")  # no space before: KH-CN, T.Ư, 60A
            nxt = toks[i + 1] if i < last else None
            if nxt is not None and nxt.start == tok.end:
                own.append("tr")
            own += lexical[i]
            own += said[grammar[i]]
            own += evidence[i]
            if tok.is_cap and tok.is_word and nxt is not None and nxt.is_word and not nxt.is_cap and \
                    f"{tok.key.lower()} {nxt.key}" in dictionary:
                own.append("dictnext")
            base.append(own)
        return base

    def build(self) -> list[tuple[int, int, list[list[str]]]]:
        """(first token, end token, feature lists) for every sentence: what the model is
        trained on (`scores` adds up the same features' weights without making the lists)."""
        toks = self.toks
        base = self._base()
        # what a neighbour shows: its word, folded form and shape, and a few of its tags; the
        # prefixed strings are made once per distinct neighbour and offset (common words recur)
        visible = [tuple([*own[:3], *(f for f in own[3:] if f.startswith(_SEEN_FROM_NEIGHBOURS))]) for own in base]
        shown: dict[tuple[int, tuple[str, ...]], list[str]] = {}
        out = []
        for first, last in self.sequences():
            feats = []
            for i in range(first, last):
                row = ["bias", *base[i]]
                if i == first:
                    row.append("BOS")
                if i == last - 1:
                    row.append("EOS")
                for d in _OFFSETS:
                    if not first <= i + d < last:
                        continue
                    key = (d, visible[i + d])
                    seen = shown.get(key)
                    if seen is None:
                        seen = shown[key] = [f"{d}:{f}" for f in key[1]]
                    row += seen
                if i > first:
                    row.append(f"bi-={toks[i - 1].text.lower()}|{toks[i].text.lower()}")
                if i + 1 < last:
                    row.append(f"bi+={toks[i].text.lower()}|{toks[i + 1].text.lower()}")
                feats.append(row)
            out.append((first, last, feats))
        return out


    def scores(self, model: crf.Model) -> tuple[list[tuple[int, int]], np.ndarray]:
        """The sentences' token ranges and every token's label scores: the weights of the
        features `build` lists, added up from rows cached by the features' tuple (most
        tokens share them). A neighbour's row is looked up once per distinct thing a token
        shows and spread by offset with whole-array operations, masked where the neighbour
        lies in another sentence. Each token's additions keep the order a sentence-by-sentence
        sum had, so the scores, and the labels at a tie, do not move by a bit."""
        toks = self.toks
        base = self._base()
        bounds = self.sequences()
        size = len(model.labels)
        scores = np.zeros((len(toks), size))
        if not toks:
            return bounds, scores
        cache = _ROWS.setdefault(id(model), {})
        if len(cache) > CACHE_LIMIT:
            cache.clear()

        def rows(tag: str | int, keys: list[tuple]) -> np.ndarray:
            """The score rows of distinct feature tuples, one a row; `own` tuples as they are,
            a neighbour's prefixed with its offset."""
            out = []
            for key in keys:
                found = cache.get((tag, key))
                if found is None:
                    found = cache[(tag, key)] = model.row(key if tag == "own" else [f"{tag}:{f}" for f in key])
                out.append(found)
            return np.array(out).reshape(len(keys), size)

        own_ids, owns = _distinct(tuple(own) for own in base)
        # what a token shows its neighbours follows from its own features: found once per distinct set
        shown_of_own, shown = _distinct(
            tuple([*own[:3], *(f for f in own[3:] if f.startswith(_SEEN_FROM_NEIGHBOURS))]) for own in owns)
        shown_ids = shown_of_own[own_ids]
        sentence = np.full(len(toks), -1)
        for k, (first, last) in enumerate(bounds):
            sentence[first:last] = k
        scores += model.row(["bias"])
        scores += rows("own", owns)[own_ids]
        firsts = np.array([first for first, _ in bounds], dtype=np.intp)
        lasts = np.array([last - 1 for _, last in bounds], dtype=np.intp)
        scores[firsts] += model.row(["BOS"])
        scores[lasts] += model.row(["EOS"])
        for d in _OFFSETS:
            seen = rows(d, shown)[shown_ids]
            n = len(toks) - abs(d)
            if n <= 0:
                continue
            if d > 0:  # token i sees token i + d
                same = (sentence[:n] == sentence[d:]) & (sentence[:n] >= 0)
                scores[:n] += np.where(same[:, None], seen[d:], 0.0)
            else:
                same = (sentence[-d:] == sentence[:n]) & (sentence[:n] >= 0)
                scores[-d:] += np.where(same[:, None], seen[:n], 0.0)
        if len(toks) > 1:
            after, before = _pair_rows(model, [t.text.lower() for t in toks])
            same = ((sentence[:-1] == sentence[1:]) & (sentence[1:] >= 0))[:, None]
            scores[:-1] += np.where(same, after, 0.0)
            scores[1:] += np.where(same, before, 0.0)
        return bounds, scores


def _distinct(keys: Iterable[tuple]) -> tuple[np.ndarray, list[tuple]]:
    """Each key's number among the distinct keys, and those keys in order of first sight."""
    numbers: dict[tuple, int] = {}
    ids = [numbers.setdefault(key, len(numbers)) for key in keys]
    return np.array(ids, dtype=np.intp), list(numbers)


_PAIRS: dict[int, dict[tuple[str, str], tuple[int, int]]] = {}


def _pair_rows(model: crf.Model, lower: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The rows of each two neighbouring syllables' features `bi+` (on the first) and `bi-`
    (on the second), found by the pair itself: the model's pair attributes are indexed once
    by their two syllables, so no string is made per token."""
    unknown = model.unknown
    if id(model) not in _PAIRS:
        pairs: dict[tuple[str, str], list[int]] = {}
        for name, k in model.index.items():
            if name.startswith(("bi+=", "bi-=")):
                pair = name[4:]  # a syllable holds no `|`; a token that is one stands first in `|||`, `||x`
                first, second = ("|", pair[2:]) if pair.startswith("||") else pair.split("|", 1)
                pairs.setdefault((first, second), [unknown, unknown])[name[2] == "-"] = k
        _PAIRS[id(model)] = {pair: tuple(ks) for pair, ks in pairs.items()}
    known = _PAIRS[id(model)]
    neither = (unknown, unknown)
    rows = np.array([known.get(pair, neither) for pair in itertools.pairwise(lower)], dtype=np.intp).reshape(-1, 2)
    return model.weights[rows[:, 0]], model.weights[rows[:, 1]]


def labels_for(toks, spans: Iterable[tuple[int, int, str]], first: int, last: int) -> list[str]:
    """BILOU labels of tokens first..last-1 from (start, end, PER|ORG|LOC) character spans:
    B begins a name, I goes on, L ends it, U is a name of one token; the model learns where
    names end as well as where they begin."""
    labels = ["O"] * (last - first)
    for start, end, kind in spans:
        inside = [k for k in range(first, last) if toks[k].start >= start and toks[k].end <= end]
        for n, k in enumerate(inside):
            edge = "U" if len(inside) == 1 else "B" if n == 0 else "L" if n == len(inside) - 1 else "I"
            labels[k - first] = f"{edge}-{kind}"
    return labels


def chunks(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, end, kind) token ranges of the labels' names: a name closes at its L or U, at O,
    or where another name begins; an I or L without its B begins one."""
    out: list[tuple[int, int, str]] = []
    start, kind = None, None
    for k, label in enumerate([*labels, "O"]):
        edge, _, name = label.partition("-")
        if start is not None and (label == "O" or edge in "BU" or name != kind):
            out.append((start, k, kind))
            start, kind = None, None
        if label != "O" and start is None:
            start, kind = k, name
        if edge in "LU" and start is not None:
            out.append((start, k + 1, kind))
            start, kind = None, None
    return out


# -- the shipped model ----------------------------------------------------------------------
MODEL = trained.Shipped(MODEL_FILE)
use = MODEL.use


def available() -> bool:
    return MODEL.get() is not None


def decide(scanner, article: Article, grammar: list[Span]) -> list[Span]:
    """The people, bodies and places of the article: the model's chunks, with the grammar's
    values (canonical names, titles) where the grammar read the same stretch."""
    loaded = MODEL.get()
    if loaded is None or not article.sentences:  # a headline read on its own is not tokenised
        return grammar
    tagger, card = loaded
    features = Features(scanner, article, grammar, use_grammar=card.get("use_grammar", True))
    toks = scanner.toks
    same = {(s.start, s.end, s.label): s for s in grammar}
    starts = {(s.start, s.label): s.end for s in grammar}
    found: list[tuple[int, int, str]] = []
    bounds, scores = features.scores(tagger)
    for (first, _last), labels in zip(bounds, tagger.decode(scores, bounds), strict=True):
        for a, b, kind in chunks(labels):
            label = KINDS[kind]
            found += _repaired(scanner, first + a, first + b, label, starts)
    found = _apart(scanner, found)
    found += _elsewhere(toks, found)
    out = []
    for i, j, label in sorted(found):
        span = same.get((toks[i].start, toks[j - 1].end, label))
        out.append(span if span else _span(scanner, i, j, label))
    return [s for s in out if s is not None]


def _apart(scanner, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`Chủ tịch Hội Nhà văn Việt Nam | Hữu Thỉnh`: where the model read a body and then its
    head's name, and the grammar's longer name carried the body on into that name, the body
    ends where the person begins; not after a unit word, where a person's name names a place
    (`phường Nguyễn Trãi`)."""
    toks = scanner.toks
    people = [(i, j) for i, j, label in found if label == "person"
              and not any(scanner.lex.admin_units.match(toks, k) == i - k for k in range(max(0, i - 2), i))]
    out = []
    for i, j, label in found:
        end = min([j, *(k for k, _ in people if i < k < j)]) if label == "organisation" else j
        out.append((i, end, label))
    return out


def _elsewhere(toks, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name of two syllables or more that the model read somewhere is the same name where it
    recurs in the article and the model passed it by (one sense per article)."""
    names: dict[tuple[str, ...], str] = {}
    for i, j, label in found:
        if j - i >= 2:
            names.setdefault(tuple(t.text for t in toks[i:j]), label)
    lengths: dict[str, list[int]] = {}  # first syllable -> lengths of the names it begins, longest first
    for key in names:
        lengths.setdefault(key[0], []).append(len(key))
    for sizes in lengths.values():
        sizes.sort(reverse=True)
    covered = {k for i, j, _ in found for k in range(i, j)}
    out = []
    k = 0
    while k < len(toks):
        for n in lengths.get(toks[k].text, ()):
            key = tuple(t.text for t in toks[k:k + n])
            if key in names and not covered.intersection(range(k, k + n)) and not (
                    k + n < len(toks) and toks[k + n].is_cap and toks[k + n].is_word) and not (
                    k and toks[k - 1].is_cap and toks[k - 1].is_word):
                out.append((k, k + n, names[key]))
                k += n
                break
        else:
            k += 1
    return out


def _repaired(scanner, i: int, j: int, label: str,
              grammar_starts: dict[tuple[int, str], int]) -> list[tuple[int, int, str]]:
    """A chunk made a name's shape: what the model proposes where no name can be is dropped.

    A name starts with a capital (a body may start with the grammar's lowercase head, `báo`)
    and does not end with a mark. Where the grammar read a name from the same start, the name
    goes on as far as the grammar's through a connector into capitals (`Viện Sáng tạo | và
    Chuyển đổi số`), and ends where the grammar's ends when a verb follows (`Bộ Quốc phòng |
    tiếp`). A committee named by its role ends there, before the event it serves (`Ban Tổ chức |
    cuộc thi`, `Ban Tổ chức | Giải Búa liềm`). A pair of
    people joined by a dash (`A - B`, `A-B`; not `Kim Sang-sik`) is two people; a person or
    body of one syllable (not an acronym) is one only where the grammar read one there; a
    given name's hyphenated second syllable (`Lee Jae-won`) is the name's; a body opened by a
    surname and no head word is a person (`TRẦN CHÍ LÝ`); a body that is a province's or a
    country's name alone, no head word, is that place (`Hải Phòng là 01 trong 07 địa phương
    được trao giải`). A unit word and a name (`Huyện Vân Trì`) is a place, named without the
    unit, as the grammar names one. A person begins after a place whose last syllables the model
    read into the name (`tỉnh Bắc | Giang Dương Văn Thụy`)."""
    toks = scanner.toks
    grammar_start = (toks[i].start, label) in grammar_starts
    if not toks[i].is_cap and not grammar_start:
        return []
    end = grammar_starts.get((toks[i].start, label))
    if end and end > toks[j - 1].end:  # the grammar's name goes on through a connector into capitals
        more = list(itertools.takewhile(lambda k: toks[k].end <= end, range(j, len(toks))))  # tokens in order
        if all(toks[k].is_cap or toks[k].key in scanner.lex.connectors or toks[k].text in "-–&,"
               or scanner.continues_word(k, i) for k in more) and any(toks[k].is_cap for k in more):
            j = more[-1] + 1
    committee = scanner.lex.committees.match(toks, i)
    if label == "organisation" and committee and i + committee < j and (
            not toks[i + committee].is_cap or award_names.EVENT_HEAD.match(scanner.body, toks[i + committee].start)):
        j = i + committee  # `Ban Tổ chức | cuộc thi`, `| Cuộc thi Thơ`: named by its role, the event follows
    after = next((k for k in range(i + 1, j) if toks[k].start >= end), None) if end else None
    if after is not None and toks[after].is_word and not toks[after].is_cap \
            and toks[after].start in scanner.verbs_between(toks[after].start, toks[after].end):
        j = after  # the grammar's name ends where a verb begins, and the model ran on into it
    if j - i == 1 and not toks[i].is_abbrev and not grammar_start and label != "location":
        return []  # a head word alone (`Ban`, `Hội`) or a given name alone: no name of its own
    if j - i == 1 and not grammar_start and fold(toks[i].text) in lexicon.words("credit_placeholders"):
        return []  # `Ảnh: CTV`: a credit's placeholder (a contributor, a reporter) names nobody
    if label == "organisation" and not grammar_start and _cut_description(scanner, i, j):
        return []
    while j - 1 > i and not toks[j - 1].is_word and toks[j - 1].text not in ")" and not toks[j - 1].text.isdigit():
        j -= 1
    unit = scanner.lex.admin_units.match(toks, i)
    if unit and i + unit < j and toks[i + unit].is_cap and not scanner.head_at(i) \
            and label in ("organisation", "location"):
        return [(i + unit, j, "location")]  # `Huyện Vân Trì`: a place, named without its unit word
    if label == "organisation" and not grammar_start and _named_like_a_person(scanner, i, j):
        label = "person"  # `TRẦN CHÍ LÝ`, a winner's name in capitals: no head word opens it
    if label == "organisation" and not grammar_start and scanner.places_match(i) == j - i:
        label = "location"  # `Hải Phòng là 01 trong 07 địa phương được trao giải`: a province, no head word
    if label == "person":  # `tỉnh Bắc | Giang Dương Văn Thụy`: a place's last syllables are no part of a name
        i = next((end for k in range(max(0, i - MAX_PLACE_SPILL), i) if i < (end := _place_end(scanner, k)) < j - 1), i)
    else:  # and the body or place before it ends with the whole place (`Hội Nông dân tỉnh Bắc | Giang`)
        j = next((end for k in range(i, j) if (end := _place_end(scanner, k)) > j
                  and all(toks[m].is_cap for m in range(j, end))), j)
    while label == "person" and j + 1 < len(toks) and toks[j].text == "-" and scanner.tight_pair(j) \
            and toks[j + 1].is_word and not toks[j + 1].is_cap:
        j += 2  # `Lee Jae-won`: a given name's second syllable after a hyphen is the name's
    pieces = [(i, j)]
    if label == "organisation":
        pieces = _coordinated(scanner, i, j)
    if label == "person":
        dashes = [k for k in range(i + 2, j - 2) if toks[k].text in "-–—" and toks[k + 2].is_word
                  and (not scanner.tight_pair(k) or toks[k + 1].is_cap)]
        pieces = [(a + (a > i), b) for a, b in zip([i, *dashes], [*dashes, j], strict=True)]
        pieces = [(a, b) for a, b in pieces if b - a > 1 or grammar_start]
    return [(a, b, label) for a, b in pieces]


def _place_end(scanner, k: int) -> int:
    """Where a province's or district's name that begins at token k ends; k when none does."""
    return k + scanner.place_or_district_match(k)


def _named_like_a_person(scanner, i: int, j: int) -> bool:
    """Two to four capitalised syllables opened by a surname and by no head word: a person's
    name, however the model read it (a list of winners in capitals)."""
    toks = scanner.toks
    return 2 <= j - i <= 4 and toks[i].text.capitalize() in scanner.lex.surnames and not scanner.head_at(i) \
        and all(toks[k].is_word and toks[k].is_cap for k in range(i, j))


def _cut_description(scanner, i: int, j: int) -> bool:
    """`Trung tâm giám sát | và điều hành đô thị thông minh`: a head and lowercase words, cut
    where `và` joins more lowercase words that open no other body, describe a facility or a
    task; they name no body."""
    toks = scanner.toks
    head = scanner.lex.heads.match(toks, i)
    rest = toks[i + head:j]
    return bool(head) and bool(rest) and all(t.is_word and not t.is_cap for t in rest) \
        and j + 1 < len(toks) and toks[j].key == "và" and toks[j + 1].is_word and not toks[j + 1].is_cap \
        and not scanner.lex.heads.match(toks, j + 1)  # `… và chi hội X`: a list of bodies goes on


def _coordinated(scanner, i: int, j: int) -> list[tuple[int, int]]:
    """`Viện và Trung tâm Nghiên cứu …`, `HĐND và UBND tỉnh`: a head word alone joined by `và`
    to a body is two bodies, not one name; the head alone names one only as an acronym."""
    toks = scanner.toks
    head = scanner.lex.heads.match(toks, i)
    k = i + head
    if not head or k + 1 >= j or toks[k].key != "và" or not toks[k + 1].is_cap:
        return [(i, j)]
    return [*([(i, k)] if head == 1 and toks[i].is_abbrev else []), (k + 1, j)]


def _span(scanner, i: int, j: int, label: str) -> Span | None:
    body = scanner.body
    start, end = scanner.toks[i].start, scanner.toks[j - 1].end
    text = body[start:end]
    if label == "person":
        return Span(start, end, label, text, _person_value(scanner, i, j), "tagger")
    if label == "location":
        return Span(start, end, label, text, NameValue(scanner.place_name(text)), "tagger")
    return Span(start, end, label, text, NameValue(text[:1].upper() + text[1:]), "tagger")


# how far before a person the model read a place may begin whose end it read into the name
MAX_PLACE_SPILL = 3
# how many capitalised words may stand between a title's body, as the grammar reads it, and the
# name the model read: the end of the body's place (`tỉnh Bắc | Giang`), read into the name
TITLE_GAP = 2


def _title_before(scanner, i: int) -> list[tuple[int, int]]:
    """`Bí thư Huyện ủy Châu Phú | Nguyễn Phú Tân`: a title whose body runs up to the name the
    model read, where the grammar ran the body into the name and lost the person; the
    capitalised words it left between them are the end of the body."""
    for k in range(i - 1, max(-1, i - 12), -1):
        end, _parts = scanner.title_at(k)
        if end and i - TITLE_GAP <= end <= i and all(scanner.cap_word(m) for m in range(end, i)) \
                and all(scanner.tight(m) for m in range(k, i - 1)):
            return [(k, i)]
    return []


def _person_value(scanner, i: int, j: int) -> PersonValue:
    """A name the grammar did not read: its titles, honorifics and degrees are still the words
    around it that the grammar reads as such, before it and after it (`Đoàn Văn Thông, Bí thư
    Huyện ủy`: a surname that also heads bodies keeps the grammar from the name, not from its
    titles)."""
    name = scanner.text(i, j)
    person = next((p for k in range(i - 1, max(-1, i - 12), -1) if (p := scanner.person_at(k)) and p.start == i),
                  None) or Person(i, j, _title_before(scanner, i), [], [], "tagger")
    person.end = j
    person.end_scan = scanner.pen_name_end(j)
    scanner.appositive_titles(person)
    if not (person.titles or person.honorifics or person.degrees):
        return PersonValue(name=name)
    return person_value(name, [scanner.text(a, b) for a, b in person.titles],
                        [scanner.text(a, b) for a, b in person.honorifics],
                        [scanner.text(a, b) for a, b in person.degrees])
