"""Who holds which post: a person's title parsed into positions.

`nguyên Phó Chủ tịch Thường trực UBND tỉnh` is the role `Phó Chủ tịch` in the body
`UBND tỉnh` (the article's province filling `tỉnh` when it names one province), former
and standing. A chain (`Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy`) gives one position per
title. The role is the longest title of the lexicon the text opens with, unless what
follows a shorter one is a body (`Chủ tịch | Ủy ban …`, `Chủ tịch | HĐQT`) or a
qualifier (`Phó Bí thư | Thường trực`). The body is resolved to the article's
organisations (their canonical name), so the positions table and the organisations
table name a body alike.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

import regex

from pipeline import lexicon
from pipeline.names import entity_key
from pipeline.text import fold

# between the titles of a chain: a comma, "kiêm" (concurrently); "và" only before a title
# (not inside a body's name: "Liên hiệp các Hội Khoa học và Kỹ thuật")
_CHAIN = regex.compile(r"\s*(?:[,;]|\skiêm\s)\s*")
_AND = regex.compile(r"\s+và\s+")
_LEADING = regex.compile(r"^(?:của|tại)\s+")


class Position(NamedTuple):
    role: str
    body: str | None
    qualifiers: tuple[str, ...]  # former, acting, standing


class _Grammar(NamedTuple):
    written: dict[str, str]  # folded title (a role) -> as the lexicon writes it
    qualifiers: dict[str, str]  # folded word -> former | acting | standing
    body_starts: frozenset[str]  # folded first words of bodies and units
    province_units: frozenset[str]
    provinces: dict[str, str]  # folded province -> its name
    central_cities: frozenset[str]


@cache
def _grammar() -> _Grammar:
    titles = lexicon.words("titles")
    qualifiers = {fold(w): "former" for w in lexicon.words("former_words")}
    qualifiers |= {fold(w): q for w, q in lexicon.mapping("position_qualifiers").items()}
    heads = [row[0] for row in lexicon.table("org_heads")]
    starts = {fold(h.split()[0]) for h in heads} | {fold(u.split()[0]) for u in lexicon.words("admin_units")}
    provinces = {fold(row[0]): row[0] for row in lexicon.table("places") if row[1] == "province"}
    return _Grammar({fold(t): t for t in titles},
                    qualifiers, frozenset(starts), frozenset(fold(u) for u in lexicon.words("province_units")),
                    provinces, frozenset(fold(c) for c in lexicon.words("central_cities")))


def parse(title: str, province: str | None = None) -> list[Position]:
    """Every position a title string names, in order."""
    out = []
    for part in _CHAIN.split(title.strip()):
        for piece in _split_at_and(part):
            if position := _one(piece, province):
                out.append(position)
    return out


def _split_at_and(part: str) -> list[str]:
    pieces, start = [], 0
    for m in _AND.finditer(part):
        if _one(part[m.end():], None):
            pieces.append(part[start:m.start()])
            start = m.end()
    return [p for p in [*pieces, part[start:]] if p]


def _roles_opening(key: str) -> Iterator[str]:
    """The roles a folded title opens with, longest first: itself, or its words up to a space
    (each a look-up, where trying every role cost the whole lexicon a title)."""
    roles = _grammar().written
    cut = len(key)
    while cut > 0:
        if key[:cut] in roles:
            yield key[:cut]
        cut = key.rfind(" ", 0, cut)


def _one(text: str, province: str | None) -> Position | None:
    g = _grammar()
    words = text.split()
    qualifiers: list[str] = []
    while words and fold(words[0]) in g.qualifiers:  # nguyên, quyền
        qualifiers.append(g.qualifiers[fold(words.pop(0))])
    key = fold(" ".join(words))
    role = next(_roles_opening(key), None)
    if role is None:
        return None
    # a shorter role when the longer one's tail is a body or a qualifier ("Chủ tịch | HĐQT")
    for shorter in itertools.islice(_roles_opening(role), 1, None):
        tail = role[len(shorter) + 1:]
        if tail.split()[0] in g.body_starts or tail in g.qualifiers:
            role = shorter
            break
    n = len(role.split())
    rest = words[n:]
    for size in (2, 1):  # Phó Chủ tịch | Thường trực
        if len(rest) >= size and fold(" ".join(rest[:size])) in g.qualifiers:
            qualifiers.append(g.qualifiers[fold(" ".join(rest[:size]))])
            rest = rest[size:]
            break
    body = _LEADING.sub("", " ".join(rest)).strip(" ,.;:") or None
    if body and province:
        body = _with_province(body, province)
    return Position(" ".join(words[:n]), body, tuple(dict.fromkeys(qualifiers)))


def _with_province(body: str, province: str) -> str:
    """`UBND tỉnh` + Nghệ An; `UBND thành phố` + Hải Phòng, a city run by the centre (in
    Nghệ An's article "thành phố" is a city inside the province, and stays as written)."""
    g = _grammar()
    words = body.split()
    unit = next((" ".join(words[-n:]) for n in (2, 1) if len(words) >= n
                 and fold(" ".join(words[-n:])) in g.province_units), None)
    if unit is None:
        return body
    city = fold(province) in g.central_cities
    return f"{body} {province}" if city == (fold(unit) != fold("tỉnh")) else body


def article_province(title: str | None, locations: list[dict[str, Any]]) -> str | None:
    """The article's province: the one its headline names (`Hải Phòng được vinh danh …`,
    though the ceremony was `tại Hà Nội`), else the one its body names, when only one."""
    provinces = _grammar().provinces
    in_title = {provinces[fold(m.group())] for m in _provinces_in().finditer(title or "")}
    if len(in_title) == 1:
        return in_title.pop()
    named = {provinces[fold(x["name"])] for x in locations if fold(x["name"]) in provinces}
    return named.pop() if len(named) == 1 else None


@cache
def _provinces_in() -> regex.Pattern[str]:
    names = lexicon.alternation([row[0] for row in lexicon.table("places") if row[1] == "province"])
    return regex.compile(rf"(?<!\p{{L}}){names}(?!\p{{L}})")


def positions(title: str | None, people: list[dict[str, Any]], organisations: list[dict[str, Any]],
              locations: list[dict[str, Any]], person_spans: list[Any]) -> list[dict[str, Any]]:
    """The `positions` of a record: one per person, role and body, at the first mention
    that gives it. `person_spans` are the article's person spans (each mention's titles);
    the other arguments are the record's headline and entities."""
    province = article_province(title, locations)
    canonical = {entity_key(alias): o["name"] for o in organisations for alias in [o["name"], *o["aliases"]]}
    owner = {(m["start"], m["end"]): p["name"] for p in people for m in p["mentions"]}
    out: dict[tuple[str, str, str | None], dict[str, Any]] = {}
    for span in person_spans:
        person = owner.get((span.start, span.end))
        for written in span.value.titles if person else ():
            for position in parse(written, province):
                body = canonical.get(entity_key(position.body), position.body) if position.body else None
                key = (person, fold(position.role), entity_key(body) if body else None)
                if key not in out:
                    out[key] = {"person": person, "role": position.role, "body": body,
                                "qualifiers": list(position.qualifiers), "start": span.start, "end": span.end}
                else:
                    quals = out[key]["qualifiers"]
                    quals += [q for q in position.qualifiers if q not in quals]
    return list(out.values())
