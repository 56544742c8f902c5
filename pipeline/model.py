"""The one object every stage passes on: an immutable `Article` with its spans.

Stages never mutate an article; they return a new one (`dataclasses.replace`), so a
stage can be re-run or tested alone, and a worker process can pickle what it made.
Every extracted item is a `Span` whose offsets index `Article.body`, and whose `rule`
names the pattern or lexicon that produced it, so "why was this extracted?" always
has an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

# a category as a page writes it: start, end, the name as written, a count written with it
Mention = tuple[int, int, str, int | None]


class Span(NamedTuple):
    """A labelled stretch of the body: `body[start:end] == text` always holds.

    A named tuple rather than a frozen dataclass: as immutable, and made three times
    faster, which counts for the half million word spans of a thousand articles.
    """

    start: int
    end: int
    label: str
    text: str
    value: Any = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Removed:
    """A block the cleaner stripped, kept so nothing disappears silently."""

    kind: str  # sidebar | byline | source | furniture
    text: str
    rule: str
    note: str | None = None  # site-repeated: the site and how many of its pages carry the line


@dataclass(frozen=True, slots=True)
class PersonValue:
    name: str
    titles: tuple[str, ...] = ()
    honorifics: tuple[str, ...] = ()
    degrees: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NameValue:
    """Organisations and locations: the canonical name a mention resolves to."""

    name: str


@dataclass(frozen=True, slots=True)
class DateValue:
    # ISO 8601 (2023-05-27, 2023-05, 2023-Q1, 2023-H1, 2023; XXXX-05-27 when no year is known); None if unresolved
    value: str | None
    granularity: str  # day | month | quarter | half | year
    year_inferred: bool = False
    range_role: str | None = None  # "from" | "to" when the date is one end of a range
    range_value: str | None = None  # the whole interval, "2021/2023-Q1"
    time: str | None = None  # "15:30" when a clock time was written with the date
    part: str | None = None  # "start" | "end" for "đầu năm", "cuối năm 2022"


@dataclass(frozen=True, slots=True)
class FigureValue:
    value: float
    unit: str | None = None
    of: float | None = None  # "xếp thứ 10/63" -> 63; "01 trong 07" -> 7
    qualifier: str | None = None  # hơn, gần, khoảng, ...
    currency: str | None = None  # ISO 4217 code when the unit is money
    max: float | None = None  # upper end of "10-15%"
    kind: str = "count"  # count | percent | percentage-points | money | rank | share
    change: str | None = None  # "increase" | "decrease" for "tăng 12%", "giảm 5 tỷ đồng"


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who or what won: `tác phẩm "X" của tác giả Y` is Y, with X as its work."""

    name: str
    kind: str | None = None  # person | organisation | location | work | None when unsure
    work: str | None = None  # the work it won with, when one is named


@dataclass(frozen=True, slots=True)
class Category:
    name: str  # canonical
    count: int | None = None
    recipients: tuple[Recipient, ...] = ()
    aliases: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()  # where the body names it (start, end)


@dataclass(frozen=True, slots=True)
class AwardValue:
    name: str | None
    year: int | None
    categories: tuple[Category, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    organisers: tuple[str, ...] = ()
    patrons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One cleaned page and everything found in it."""

    id: str
    source_file: str
    title: str
    body: str
    published: str | None = None
    source: str | None = None
    source_url: str | None = None
    authors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = ()
    sentences: tuple[Span, ...] = ()
    words: tuple[Span, ...] = ()
    spans: tuple[Span, ...] = field(default=(), repr=False)

    def of(self, *labels: str) -> tuple[Span, ...]:
        """The extracted spans with one of these labels, in text order."""
        return tuple(s for s in self.spans if s.label in labels)

    def with_spans(self, new: tuple[Span, ...] | list[Span]) -> Article:
        return replace(self, spans=tuple(sorted((*self.spans, *new), key=lambda s: (s.start, s.end))))
