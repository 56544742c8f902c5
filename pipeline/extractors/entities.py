"""People (with titles), organisations and locations: the grammar proposes, the trained
tagger decides.

The grammar (pipeline.extractors.grammar) reads names from capitalisation, word
segmentation and the lexicons; the tagger (pipeline.extractors.tagger), a CRF trained on
the annotated corpus, weighs its proposals with the other signals and gives the spans.
Without a model file the grammar's spans stand.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

from pipeline import lexicon
from pipeline.extractors import tagger
from pipeline.extractors.grammar import Scanner
from pipeline.model import Article, NameValue, PersonValue, Span
from pipeline.text import fold


@cache
def _known_names() -> dict[str, str]:
    return {fold(written): full for written, full in lexicon.table("person_aliases")}


def _full_name(span: Span) -> Span:
    """`Bác Hồ` is Hồ Chí Minh: a name the press gives one person, read with its word of address."""
    value: PersonValue = span.value
    said = [span.text, *(f"{h} {value.name}" for h in value.honorifics)]
    full = next((_known_names()[fold(x)] for x in said if fold(x) in _known_names()), None)
    return span._replace(value=replace(value, name=full)) if full else span


# a Roman numeral read alone (`khóa XII`, `quý II`)
_ROMAN = regex.compile(r"[IVXLC]+")


def _no_body(span: Span) -> bool:
    """An organisation read from one abbreviation that is a common noun or the country
    (`GDP`, `HCV`, `THCS`, `TH&THCS`, `VN`; one the abbreviations lexicon spells out in
    lowercase, `CĐS` for `chuyển đổi số`), or from a Roman numeral: no body on its own."""
    text = span.text.rstrip(".")
    if " " in text:
        return False
    return bool(_ROMAN.fullmatch(text)) or text in _common_noun_abbreviations() or all(
        part in lexicon.words("not_bodies") for part in text.split("&"))


@cache
def _common_noun_abbreviations() -> frozenset[str]:
    return frozenset(short for short, spelled in lexicon.mapping("abbreviations").items() if spelled[:1].islower())


@cache
def _year_names() -> frozenset[str]:
    return frozenset(fold(name) for name in lexicon.words("year_names"))


def _no_name(span: Span) -> bool:
    """A lunar year's name (`Mậu Thân`) is no person, place or body; a common noun's
    abbreviation is no body."""
    return fold(span.text) in _year_names() or (span.label == "organisation" and _no_body(span))


@cache
def _venue_heads() -> tuple[str, ...]:
    return tuple(f"{fold(head)} " for head in lexicon.words("venue_heads"))


def _as_venue(span: Span) -> Span:
    """`Hội trường Trung tâm Văn hóa tỉnh`, `Nhà văn hóa thôn 3`: a building named as a venue
    is a place (ANNOTATION.md), though a body's head word (`Hội`) opens its name."""
    if span.label == "organisation" and fold(span.text).startswith(_venue_heads()):
        return span._replace(label="location", value=NameValue(span.value.name))
    return span


def extract(article: Article) -> tuple[Span, ...]:
    scanner = Scanner(article)
    spans = tagger.decide(scanner, article, scanner.scan())
    spans = [_full_name(s) if s.label == "person" else _as_venue(s) for s in spans if not _no_name(s)]
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
