"""Stage 4: run the extractors in order; each sees the spans of those before it.

Order matters: figures skip numbers inside dates and names, and awards read figures
(counts) and entities (recipients, organisers).
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extractors import awards, dates, entities, figures
from pipeline.model import Article, Span

Extractor = Callable[[Article], tuple[Span, ...]]

EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("dates", dates.extract),
    ("entities", entities.extract),
    ("figures", figures.extract),
    ("awards", awards.extract),
)


def extract(article: Article) -> Article:
    for _name, extractor in EXTRACTORS:
        article = article.with_spans(extractor(article))
    return article
