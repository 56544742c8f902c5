"""Stage 3: sentences and words (underthesea's models), as spans with offsets into the body.

Sentences come from underthesea's `sent_tokenize`, which returns strings, not positions,
so their offsets are recovered by walking the text: each sentence is looked for where
the previous one ended (only spaces may lie between), allowing any run of spaces inside
it. Words come with their offsets from pipeline.segment (underthesea's word model, the
words of its `word_tokenize`), one call an article. Numbers, dates, times, codes, URLs
and e-mail addresses are then made single tokens of their own, so `27/5` or a URL is
never glued to the word beside it nor split into pieces.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import replace
from operator import itemgetter

import regex

from pipeline.model import Article, Span
from pipeline.text import between_spaces

_URL = r"https?://\S+[\w/] | www\.\S+[\w/]"
_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.]+\w"
_NUMBER_LIKE = r"""
      (?<![\p{L}\d])\p{L}+\d[\p{L}\d.-]*[\p{L}\d]   # codes with digits: I4.0, H5N1, COVID-19
    | (?<![\p{L}\d])\d+(?:[.,:/h-]\d+)+%?           # 1.200  3,5  27/5  5/5/2023  15:30  15h30
    | (?<![\p{L}\d])\d+(?:%|\p{Lu}+\b)?              # plain numbers, percentages, 5G
"""
PROTECTED = regex.compile(f"{_URL} | {_EMAIL} | {_NUMBER_LIKE}", regex.VERBOSE)
# the same without e-mail addresses, whose pattern tries every letter: most text has no "@"
_PROTECTED_NO_EMAIL = regex.compile(f"{_URL} | {_NUMBER_LIKE}", regex.VERBOSE)
# what every protected token holds (a digit, a link's start, an address's `@`): none crosses a
# space nor looks past one, so the patterns, tried at every letter, run only between the spaces
# around such a mark
_PROTECTED_MARK = regex.compile(r"\d|https?://|www\.|@")
_PARAGRAPH = regex.compile(r"[^\n]+")
_new_tuple = tuple.__new__
_GAP = regex.compile(r"\s*")


def walk(text: str, tokens: list[str], offset: int, label: str, rule: str) -> Iterator[Span]:
    """Spans for tokens found in order in `text`; a token that cannot be found is skipped."""
    cursor = 0
    for token in tokens:
        start = _GAP.match(text, cursor).end()
        if text.startswith(token, start):
            end = start + len(token)
        else:  # spacing inside the token differs from the text: "Hà  Nội"
            pattern = r"\s*".join(regex.escape(part) for part in token.split())
            m = regex.compile(pattern).match(text, start) if pattern else None
            if m is None:
                continue
            end = m.end()
        cursor = end
        yield Span(offset + start, offset + end, label, text[start:end], rule=rule)


def _protect(words: list[Span], sentence: str, offset: int, protected: list[tuple[int, int]]) -> list[Span]:
    """Cut words at the edges of protected tokens and make each protected token one word.

    `protected` is in order and without overlaps (regex matches), so the edges inside a
    word and the token around a piece are found by bisection.
    """
    if not protected:
        return words
    edges = sorted({e for span in protected for e in span})
    merged: list[Span] = []
    k = 0  # the first protected token that does not end before the current word
    for w in words:
        while k < len(protected) and protected[k][1] <= w.start:
            k += 1
        if k == len(protected) or protected[k][0] >= w.end:  # touches no protected token: most words
            merged.append(w)
            continue
        inner = edges[bisect.bisect_right(edges, w.start):bisect.bisect_left(edges, w.end)]
        for piece in _cut(w, inner, sentence, offset) if inner else (w,):
            at = bisect.bisect_right(protected, piece.start, key=itemgetter(0)) - 1  # last one starting by it
            if at < 0 or protected[at][1] < piece.end:  # outside every protected token
                merged.append(piece)
                continue
            a, b = protected[at]
            if not (merged and merged[-1].rule == "protected-token" and merged[-1].start == a):
                merged.append(Span(a, b, "word", sentence[a - offset:b - offset], rule="protected-token"))
    return merged


def _cut(w: Span, cuts: list[int], sentence: str, offset: int) -> list[Span]:
    """The pieces of a word between cut points, spaces trimmed."""
    out = []
    for cut, next_cut in itertools.pairwise([w.start, *cuts, w.end]):
        piece = sentence[cut - offset:next_cut - offset]
        if piece.strip():
            begin = cut + len(piece) - len(piece.lstrip())
            out.append(Span(begin, begin + len(piece.strip()), "word", piece.strip(), rule=w.rule))
    return out


def _join_cut_tokens(sentences: list[Span], paragraph: str, offset: int,
                     protected: list[tuple[int, int]]) -> list[Span]:
    """Sentences split inside a URL or number (`baobacgiang.` | `com.vn`) are one sentence.
    The protected tokens are in order and apart, so the one around a cut is found by
    bisection: a page glued into one paragraph has thousands of each."""
    starts = [a for a, _ in protected]

    def inside(pos: int) -> bool:
        at = bisect.bisect_left(starts, pos) - 1  # the last token starting before pos
        return at >= 0 and pos < protected[at][1]

    out: list[Span] = []
    for sent in sentences:
        if out and (inside(sent.start) or inside(out[-1].end)):
            prev = out.pop()
            text = paragraph[prev.start - offset:sent.end - offset]
            out.append(Span(prev.start, sent.end, "sentence", text, rule=prev.rule))
        else:
            out.append(sent)
    return out


def tokenise(article: Article) -> Article:
    # slow imports, once per process; a run with nothing new to read makes neither
    from pipeline.segment import segment  # noqa: PLC0415
    from pipeline.underthesea_parts import sentence_splitter  # noqa: PLC0415

    sent_tokenize = sentence_splitter()

    sentences: list[Span] = []
    protected: list[list[tuple[int, int]]] = []  # per sentence, its protected tokens
    for para in _PARAGRAPH.finditer(article.body):
        text, offset = para.group(), para.start()
        pattern = PROTECTED if "@" in text else _PROTECTED_NO_EMAIL
        shields = [(offset + a, offset + b) for a, b in between_spaces(pattern, _PROTECTED_MARK, text)]
        found = list(walk(text, sent_tokenize(text), offset, "sentence", "underthesea"))
        for sent in _join_cut_tokens(found, text, offset, shields):
            sentences.append(sent)
            # shields are in order: those of this sentence are the next ones before its end
            first = bisect.bisect_left(shields, (sent.start, sent.start))
            last = bisect.bisect_right(shields, (sent.end, sent.end))
            protected.append([(a, b) for a, b in shields[first:last] if b <= sent.end])
    words: list[Span] = []
    cuts = segment([sent.text for sent in sentences])  # one call an article: the model scores in bulk
    for sent, shields, cut in zip(sentences, protected, cuts, strict=True):
        base, text = sent.start, sent.text  # Span(...) without its Python __new__: half a million a thousand articles
        found = [_new_tuple(Span, (base + a, base + b, "word", text[a:b], None, "underthesea")) for a, b, _ in cut]
        words.extend(_protect(found, sent.text, sent.start, shields))
    return replace(article, sentences=tuple(sentences), words=tuple(words))
