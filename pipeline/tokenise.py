"""Stage 3: sentences and words (underthesea), as spans with offsets into the body.

underthesea returns strings, not positions, so offsets are recovered by walking the
text: each token is searched for from where the previous one ended, allowing any run
of spaces between its syllables. Numbers, dates, times, URLs and e-mail addresses are
cut out before segmentation and kept as single tokens, so `27/5` or a URL is never
glued to the word beside it nor split into pieces.
"""

from __future__ import annotations

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


def _walk(text: str, tokens: list[str], offset: int, label: str, rule: str) -> Iterator[Span]:
    """Spans for tokens found in order in `text`; a token that cannot be found is skipped."""
    cursor = 0
    for token in tokens:
        pattern = r"\s*".join(regex.escape(part) for part in token.split())
        m = regex.compile(pattern).search(text, cursor) if pattern else None
        if m is None:
            continue
        cursor = m.end()
        yield Span(offset + m.start(), offset + m.end(), label, m.group(), rule=rule)


def _words(sentence: str, offset: int) -> Iterator[Span]:
    from underthesea import word_tokenize  # noqa: PLC0415  (slow import, loaded once per process)

    cursor = 0
    for m in PROTECTED.finditer(sentence):
        chunk = sentence[cursor:m.start()]
        if chunk.strip():
            yield from _walk(chunk, word_tokenize(chunk), offset + cursor, "word", "underthesea")
        yield Span(offset + m.start(), offset + m.end(), "word", m.group(), rule="protected-token")
        cursor = m.end()
    rest = sentence[cursor:]
    if rest.strip():
        yield from _walk(rest, word_tokenize(rest), offset + cursor, "word", "underthesea")


def tokenise(article: Article) -> Article:
    from underthesea import sent_tokenize  # noqa: PLC0415

    sentences: list[Span] = []
    words: list[Span] = []
    for para in _PARAGRAPH.finditer(article.body):
        for sent in _walk(para.group(), sent_tokenize(para.group()), para.start(), "sentence", "underthesea"):
            sentences.append(sent)
            words.extend(_words(sent.text, sent.start))
    return replace(article, sentences=tuple(sentences), words=tuple(words))
