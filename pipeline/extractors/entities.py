"""People (with titles), organisations and locations: the grammar proposes, the trained
tagger decides.

The grammar (pipeline.extractors.grammar) reads names from capitalisation, word
segmentation and the lexicons; the tagger (pipeline.extractors.tagger), a CRF trained on
the annotated corpus, weighs its proposals with the other signals and gives the spans.
Without a model file the grammar's spans stand.
"""

from __future__ import annotations

from pipeline.extractors import tagger
from pipeline.extractors.grammar import Scanner
from pipeline.model import Article, Span


def extract(article: Article) -> tuple[Span, ...]:
    scanner = Scanner(article)
    spans = tagger.decide(scanner, article, scanner.scan())
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
