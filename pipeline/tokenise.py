"""Stage 3: sentences and words (underthesea), as spans with offsets into the body.

underthesea returns strings, not positions, so offsets are recovered by walking the
text: each token is looked for where the previous one ended (only spaces may lie
between), allowing any run of spaces between its syllables. Numbers, dates, times,
codes, URLs and e-mail addresses are then made single tokens of their own, so `27/5`
or a URL is never glued to the word beside it nor split into pieces.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

import regex

from pipeline.model import Article, Span

PROTECTED = regex.compile(
    r"""https?://\S+[\w/]          # URLs
      | www\.\S+[\w/]
      | [\w.+-]+@[\w-]+\.[\w.]+\w    # e-mail addresses
      | (?<![\p{L}\d])\p{L}+\d[\p{L}\d.-]*[\p{L}\d]   # codes with digits: I4.0, H5N1, COVID-19
      | (?<![\p{L}\d])\d+(?:[.,:/h-]\d+)+%?           # 1.200  3,5  27/5  5/5/2023  15:30  15h30
      | (?<![\p{L}\d])\d+(?:%|\p{Lu}+\b)?              # plain numbers, percentages, 5G
    """,
    regex.VERBOSE,
)
_PARAGRAPH = regex.compile(r"[^\n]+")
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


def _protect(words: list[Span], sentence: str, offset: int) -> list[Span]:
    """Cut words at the edges of protected tokens and make each protected token one word."""
    protected = [(offset + m.start(), offset + m.end()) for m in PROTECTED.finditer(sentence)]
    if not protected:
        return words
    edges = sorted({e for span in protected for e in span})
    out: list[Span] = []
    for w in words:
        cuts = [w.start, *(e for e in edges if w.start < e < w.end), w.end]
        for cut, next_cut in itertools.pairwise(cuts):
            piece = sentence[cut - offset:next_cut - offset]
            if piece.strip():
                begin = cut + len(piece) - len(piece.lstrip())
                out.append(Span(begin, begin + len(piece.strip()), "word", piece.strip(), rule=w.rule))
    merged: list[Span] = []
    for w in out:
        inside = next(((a, b) for a, b in protected if a <= w.start and w.end <= b), None)
        if inside and merged and merged[-1].rule == "protected-token" and merged[-1].start == inside[0]:
            continue
        if inside:
            merged.append(Span(inside[0], inside[1], "word", sentence[inside[0] - offset:inside[1] - offset],
                               rule="protected-token"))
        else:
            merged.append(w)
    return merged


def _join_cut_tokens(sentences: list[Span], paragraph: str, offset: int) -> list[Span]:
    """Sentences split inside a URL or number (`baobacgiang.` | `com.vn`) are one sentence."""
    protected = [(offset + m.start(), offset + m.end()) for m in PROTECTED.finditer(paragraph)]
    out: list[Span] = []
    for sent in sentences:
        if out and any(a < sent.start < b or a < out[-1].end < b for a, b in protected):
            prev = out.pop()
            text = paragraph[prev.start - offset:sent.end - offset]
            out.append(Span(prev.start, sent.end, "sentence", text, rule=prev.rule))
        else:
            out.append(sent)
    return out


def tokenise(article: Article) -> Article:
    from underthesea import sent_tokenize, word_tokenize  # noqa: PLC0415  (slow import, once per process)

    sentences: list[Span] = []
    words: list[Span] = []
    for para in _PARAGRAPH.finditer(article.body):
        found = list(walk(para.group(), sent_tokenize(para.group()), para.start(), "sentence", "underthesea"))
        for sent in _join_cut_tokens(found, para.group(), para.start()):
            sentences.append(sent)
            found = list(walk(sent.text, word_tokenize(sent.text), sent.start, "word", "underthesea"))
            words.extend(_protect(found, sent.text, sent.start))
    return replace(article, sentences=tuple(sentences), words=tuple(words))
