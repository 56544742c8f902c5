"""Who won each category: the winner rules propose, a trained classifier decides.

The rules of winners.py and awards.py read the forms they were written for (`Giải Nhất: X`,
`X giành giải Nhất`, `N giải A là: …`). A ceremony page from another newsroom words its
results otherwise, and the forms will keep coming. So every person, body and place named
near a category (after it up to the next category or the paragraph's end, or before it in
its sentence) is a candidate, and a classifier trained on the corpus's award pages
(`make train`, tools/train_recipients.py) weighs what a reader weighs: which side of the
label it stands and how far, what stands between them (a colon, a dash, `thuộc về`,
`trao cho`, another category), the words around it (`tác giả`, `đội`, `của`, a bracket),
its kind, its place in a list, and whether a rule already read it as the winner. A
candidate the classifier holds likely enough joins the category's winners.

The model is a CRFsuite file (each candidate a sequence of one: a logistic regression)
read by pipeline.crf; without it the rules' winners stand.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

import regex

from pipeline import lexicon, trained
from pipeline.extractors import honours, sport_events
from pipeline.extractors.ordered import SpansInOrder
from pipeline.model import Article, Recipient, Span
from pipeline.text import fold

MODEL_FILE = "recipients.crfsuite"
CARD_FILE = "recipients.json"
WINNER, OTHER = "R", "N"
# how far from a category its winners are looked for: a list runs long, a clause does not
AFTER_CHARS, BEFORE_CHARS = 400, 160
# how far the lines under a label that heads them are looked through (a list of works, one a line)
HEADING_CHARS = 1500
# a label heads the lines after it when it is its line: at most a number or a bullet and the
# label's count before it (`6 Giải C:`), a colon, a full stop or a count in brackets after it (a
# label ending a sentence heads nothing)
_HEADING_LEAD = regex.compile(r"[ \t]*(?:(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)]|[-–•*+])?[ \t]*(?:\d{1,3}[ \t]+)?")
# a list of winners whose items a semicolon parts (`cô giáo A, Trường X; thầy giáo B, …`) runs past
# a clause's reach, to its paragraph's end: at least this many semicolons after the label say so
MIN_LIST_SEMICOLONS = 2
_HEADING_REST = regex.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[:.]?[ \t]*$")
_GAP_MARKS = (":", "-", "–", "(", ")", ",", ";", "\n", "“", "”")
_GAP_WORDS = regex.compile(r"thuộc về|trao cho|về tay|dành cho|cho|là|gồm|của|tác giả|nhóm tác giả|đội|giành|đoạt"
                           r"|nhận|được|với|và|tại|trong|thuộc")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


class Candidate(NamedTuple):
    span: Span
    after: bool  # stands after the category's label
    rank: int  # its place among the candidates on its side, nearest first
    gap: str  # the text between it and the label
    before: str  # the words just before it
    following: str  # the text just after it


def named(article: Article) -> SpansInOrder:
    """The article's persons, bodies and places, in order: where candidates are looked for."""
    return SpansInOrder(article.of("person", "organisation", "location"))


def candidates(article: Article, mention: tuple[int, int], next_label: int,
               people: SpansInOrder | None = None) -> Iterator[Candidate]:
    """The people, bodies and places (`people`: the article's, in order) near one category mention."""
    body = article.body
    start, end = mention
    people = people or named(article)
    paragraph_end = body.find("\n", end)
    line_start = body.rfind("\n", 0, start) + 1
    if paragraph_end != -1 and _HEADING_REST.match(body, end, paragraph_end) \
            and _HEADING_LEAD.fullmatch(body, line_start, start):
        # a label that ends its line (`Giải B:`, `II. GIẢI A (04 tác phẩm)`) heads the lines after
        # it, up to the next label
        stop = min(next_label, end + HEADING_CHARS)
    else:
        paragraph_end = paragraph_end if paragraph_end != -1 else len(body)
        reach = HEADING_CHARS if body.count(";", end, min(paragraph_end, end + HEADING_CHARS)) >= MIN_LIST_SEMICOLONS \
            else AFTER_CHARS
        stop = min(next_label, end + reach, paragraph_end)
    for rank, span in enumerate(_outermost(s for s in people.within(end, stop) if s.start >= end)):
        yield Candidate(span, True, rank, body[end:span.start], body[max(0, span.start - 20):span.start],
                        body[span.end:span.end + 12])
    sentence = max(body.rfind(". ", max(0, start - BEFORE_CHARS), start), body.rfind("\n", 0, start),
                   start - BEFORE_CHARS)
    before = _outermost(s for s in people.within(max(0, sentence), start) if s.end <= start)
    won_in = sport_events.WON_IN.search(body, max(0, start - sport_events.WON_IN_CHARS), start)
    if won_in:  # `A (48kg nữ), B ở hạng cân 52kg nữ`: the event is the one won by the name just before it
        who = sport_events.winner_before(body, [s for s in before if s.end <= won_in.start()], won_in.start())
        before = [who] if who else before
    for rank, span in enumerate(reversed(before)):
        yield Candidate(span, False, rank, body[span.end:start], body[max(0, span.start - 20):span.start],
                        body[span.end:span.end + 12])


def _outermost(spans: Iterable[Span]) -> list[Span]:
    """The names not inside another (`Nhà hát Kịch TP. Hồ Chí Minh`: the body, not its city),
    but a team's place (`Đội tuyển tỉnh Bắc Sơn` with `Bắc Sơn` read inside it: ANNOTATION.md's
    delegation is the place); the spans come in order of their starts."""
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            if span.end <= out[-1].end:
                if span.label == "location" and _is_team(out[-1]):
                    out[-1] = span
                continue
            if span.start == out[-1].start:
                out.pop()
        out.append(span)
    return out


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def features(candidate: Candidate, category: str, ruled: bool) -> list[str]:
    """What a reader weighs to tell a winner from a name that merely stands near a prize."""
    c = candidate
    words = [fold(w) for w in _WORD.findall(c.before)][-2:]
    out = ["bias", f"kind={c.span.label}", f"side={'after' if c.after else 'before'}", f"rank={min(c.rank, 4)}",
           f"dist={_bucket(len(c.gap), (0, 3, 10, 30, 80, 200))}", f"cat={fold(category).split(' ')[0]}",
           f"len={_bucket(len(c.span.text.split()), (1, 2, 3, 5, 8))}"]
    if ruled:
        out.append("ruled")
    out += [f"gap{mark}" for mark in _GAP_MARKS if mark in c.gap]
    out += [f"gapw={fold(m.group())}" for m in _GAP_WORDS.finditer(c.gap.lower())]
    if words:
        out += [f"w-1={words[-1]}", f"w-2={' '.join(words)}"]
    follow = c.following.lstrip()
    out.append(f"next={follow[:1] if follow[:1] and not follow[:1].isalnum() else fold(follow.split(' ')[0])}")
    if c.gap.count("(") > c.gap.count(")"):
        out.append("in-bracket")
    if c.after and c.gap.count("\n") == 0 and "." not in c.gap:
        out.append("same-clause")
    titles = getattr(c.span.value, "titles", ())
    if titles:  # a title of three words or more usually names the body held (Phó Chủ tịch UBND tỉnh):
        # its holder often receives for that body; a shorter one is a rank or a bare office
        out.append(f"titled={'office' if len(titles[0].split()) > 2 else 'rank'}")
    if honours.is_committee(c.span.value.name):
        out.append("committee")  # the organisers or the jury (Ban tổ chức, Ban giám khảo) judge, not win
    return out


def _is_team(span: Span) -> bool:
    """A body named as a team or a delegation (`Đội tuyển tỉnh X`, `Đoàn huyện Y`)."""
    words = span.text.lower().split()
    return span.label == "organisation" and any(words[:len(t.split())] == t.split() for t in _teams())


@cache
def _teams() -> frozenset[str]:
    return frozenset(lexicon.words("team_words"))


# -- the shipped model ----------------------------------------------------------------------
MODEL = trained.Shipped(MODEL_FILE)
use = MODEL.use


def chances(article: Article, category: str, mentions: list[tuple[int, int]], next_labels: list[int],
            ruled: list[Recipient], *, people: SpansInOrder) -> list[tuple[Span, float]]:
    """Each candidate near the category's mentions with the model's chance that it won the
    category; none without a model (the rules' winners stand). `people`: the article's
    persons, bodies and places (`named`), indexed once for all its categories."""
    loaded = MODEL.get()
    if loaded is None:
        return []
    model, _card = loaded
    column = model.labels.index(WINNER)
    known = {fold(r.name) for r in ruled}
    out = []
    for mention, next_label in zip(mentions, next_labels, strict=True):
        for c in candidates(article, mention, next_label, people):
            row = model.row(features(c, category, fold(c.span.value.name) in known))
            chance = model.marginals(row[None])[0][column]  # a sequence of one: a logistic regression
            out.append((c.span, chance))
    return out


def threshold() -> float:
    loaded = MODEL.get()
    return loaded[1].get("threshold", 0.5) if loaded else 1.0
