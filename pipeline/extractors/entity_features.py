"""The trained tagger's features: what a Vietnamese reader weighs at each syllable, and the
syllables' label scores under the model.

Each syllable's own features come from its form and case, underthesea's word segmentation,
the lexicons (an entry that begins or goes on at it), the grammar's decision (its B/I tag and
the rule that made it) and what the rest of the article says of the capitalised run it
stands in; its neighbours within a window (pipeline.extractors.entity_rows) show it a few of
theirs. `Features.build` lists them as the trainer reads them (tools/train_tagger.py);
`Features.scores` adds up the same features' weights for a run, from rows cached by what a
token carries (entity_rows), without making the lists. pipeline.extractors.tagger decodes
the scores and reads the names.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import numpy as np

from pipeline import crf
from pipeline.extractors.entity_rows import OFFSETS, OWN, pair_rows, shown_by, table_of
from pipeline.model import Article, Span
from pipeline.text import unmarked

LABELS = {"person": "PER", "organisation": "ORG", "location": "LOC"}


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


# the lexicons the tagger reads, by the name of their feature, in the order their tags are listed
_TAGGED_LEXICONS = (("ttl", "titles"), ("hon", "honorifics"), ("deg", "degrees"), ("head", "heads"),
                    ("kno", "known_orgs"), ("plc", "places"), ("dis", "district_index"), ("wrd", "wards"),
                    ("adm", "admin_units"), ("zon", "zones"), ("med", "media_heads"), ("cnt", "counted"))

# a trie node: the nodes after it by the next token's key, and the lexicons (by their rank in
# _TAGGED_LEXICONS) with an entry that ends at it
_Node = tuple[dict[str, "_Node"], list[int]]
_TRIES: dict[int, _Node] = {}


def _lexicon_trie(lex) -> _Node:
    """Every entry of the lexicons the tagger reads in one trie of token keys: a position is
    walked once for all of them, where asking each lexicon that has an entry beginning with
    its word cost a look-up a lexicon and an entry length. Kept per lexicons object (they are
    read once a process)."""
    if id(lex) not in _TRIES:
        root: _Node = ({}, [])
        for rank, (_, attribute) in enumerate(_TAGGED_LEXICONS):
            for key in getattr(lex, attribute).keys:
                node = root
                for part in key:
                    node = node[0].setdefault(part, ({}, []))
                if rank not in node[1]:
                    node[1].append(rank)
        _TRIES[id(lex)] = root
    return _TRIES[id(lex)]


def _longest_entries(toks, i: int, node: _Node) -> list[tuple[int, int]]:
    """(rank, tokens) of each tagged lexicon's longest entry at token i, in rank order, from the
    trie's node of its first word: the same lengths `Index.match` gives, as an entry's tokens
    stand at most one space apart."""
    after = i + 1
    if after >= len(toks) or toks[after].key not in node[0] or toks[after].start - toks[i].end > 1:
        return [(rank, 1) for rank in node[1]]  # most entries are one word long, or none goes on here
    longest: dict[int, int] = {}
    k = i
    while True:
        for rank in node[1]:
            longest[rank] = k - i + 1
        k += 1
        if k >= len(toks) or toks[k].start - toks[k - 1].end > 1:
            break
        node = node[0].get(toks[k].key)
        if node is None:
            break
    return sorted(longest.items())


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
_BEGINS = tuple(f"{name}B" for name, _ in _TAGGED_LEXICONS)
_GOES_ON = tuple(f"{name}I" for name, _ in _TAGGED_LEXICONS)


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
    def _lexicon_tags(self) -> dict[int, list[str]]:
        """By token index, the lexicons' tags of the tokens that have any (most have none)."""
        lex = self.scanner.lex
        toks = self.toks
        trie = _lexicon_trie(lex)
        kinds = _word_kinds(lex)
        tags: defaultdict[int, list[str]] = defaultdict(list)
        first_words = trie[0]
        for i, tok in enumerate(toks):
            if not tok.is_word:
                continue
            key = tok.key
            node = first_words.get(key)  # most words begin no entry
            for rank, n in _longest_entries(toks, i, node) if node else ():
                tags[i].append(_BEGINS[rank])
                for k in range(i + 1, i + n):
                    tags[k].append(_GOES_ON[rank])
            if tok.is_cap and tok.text in lex.surnames:
                tags[i].append("sur")
            if key in kinds:
                tags[i] += kinds[key]
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

    def _evidence(self) -> dict[int, list[str]]:
        """What the rest of the article says of each capitalised run: read as a person (with a
        title or honorific), a body or a place elsewhere; how often it recurs. By token index,
        for the tokens of the runs."""
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
        tags: defaultdict[int, list[str]] = defaultdict(list)
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

    def _base(self) -> list[tuple[str, ...]]:
        """Each token's own features (its neighbours see a few of them)."""
        toks = self.toks
        lexical = self._lexicon_tags()
        words = self._word_tags()
        grammar = self._grammar_tags() if self.use_grammar else ["O"] * len(toks)
        evidence = self._evidence()
        dictionary = self.scanner.dictionary
        said = {tag: tuple(f"{name}={part}" for name, part in zip(("g", "gr"), tag.split("|"), strict=False))
                for tag in set(grammar)}
        base: list[tuple[str, ...]] = []
        last = len(toks) - 1
        for i, tok in enumerate(toks):
            own = [*_own(tok.text), _WORD_PLACE[words[i]]]
            if i and toks[i - 1].end == tok.start:
                own.append("tl")  # no space before: KH-CN, T.Ư, 60A
            nxt = toks[i + 1] if i < last else None
            if nxt is not None and nxt.start == tok.end:
                own.append("tr")
            if i in lexical:
                own += lexical[i]
            own += said[grammar[i]]
            if i in evidence:
                own += evidence[i]
            if tok.is_cap and tok.is_word and nxt is not None and nxt.is_word and not nxt.is_cap and \
                    f"{tok.key.lower()} {nxt.key}" in dictionary:
                own.append("dictnext")
            base.append(tuple(own))
        return base

    def build(self) -> list[tuple[int, int, list[list[str]]]]:
        """(first token, end token, feature lists) for every sentence: what the model is
        trained on (`scores` adds up the same features' weights without making the lists)."""
        toks = self.toks
        base = self._base()
        # what a neighbour shows: its word, folded form and shape, and a few of its tags; the
        # prefixed strings are made once per distinct neighbour and offset (common words recur)
        visible = [shown_by(own) for own in base]
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
                for d in OFFSETS:
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
        # each token's row numbers: its own features' row, and the row of what it shows a
        # neighbour at each offset (the table's `OWN` and `OFFSETS` columns)
        rows = table_of(model)
        numbers = rows.numbers_of(base)
        table = rows.table
        sentence = np.full(len(toks), -1)
        for k, (first, last) in enumerate(bounds):
            sentence[first:last] = k
        scores += model.row(["bias"])
        scores += table[numbers[:, OWN]]
        firsts = np.array([first for first, _ in bounds], dtype=np.intp)
        lasts = np.array([last - 1 for _, last in bounds], dtype=np.intp)
        scores[firsts] += model.row(["BOS"])
        scores[lasts] += model.row(["EOS"])
        for column, d in enumerate(OFFSETS, start=OWN + 1):
            seen = table[numbers[:, column]]
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
            after, before = pair_rows(model, [t.text.lower() for t in toks])
            same = ((sentence[:-1] == sentence[1:]) & (sentence[1:] >= 0))[:, None]
            scores[:-1] += np.where(same, after, 0.0)
            scores[1:] += np.where(same, before, 0.0)
        return bounds, scores


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
