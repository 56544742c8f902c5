"""Awards: the award, its categories (hạng mục), winners per category, recipients,
organisers and patrons.

Runs after the other extractors and reads their spans: a category's count is a
figure standing before `tại hạng mục …`, a recipient is an organisation or place
standing before `được trao giải` / `là 1 trong 7 … được trao giải`, organisers are the
organisations of `do … tổ chức`. Category names are made canonical (abbreviations
spelled out, `TOP`/`Tốp` → `Top`) so one category written two ways is one category,
and a name that is a shortened prefix of another in the same article is that one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import regex

from pipeline import lexicon
from pipeline.model import Article, AwardValue, Category, Span
from pipeline.text import fold

_OPEN_Q, _CLOSE_Q = "“\"'‘«", "”\"'’»"
# Award names are a few words; a longer quoted text is a quotation, not a name.
MAX_AWARD_NAME_CHARS = 120
MAX_CATEGORY_NAME_CHARS = 200
# A category written shorter in one sentence (`…công nghiệp 4.0`) than in another
# (`…công nghiệp 4.0 và chuyển đổi số`) is the same one when it keeps this many words.
MIN_PREFIX_WORDS = 5

AWARD_NAME = regex.compile(
    r"""(?:[Ll]ễ\s+trao\s+(?:giải|tặng)|[Gg]iải\s+thưởng|[Gg]iải|[Bb]iểu\s+dương|[Vv]inh\s+danh|[Dd]anh\s+hiệu)
        (?:\s+(?:thưởng|tại))?\s*
        (?:[“"'‘«](?P<quoted>[^”"'’»\n]{3,120})[”"'’»]              # giải “TOP Công nghiệp 4.0 …”
         | (?P<plain>(?:TOP|Top|\p{Lu}\p{Ll}*)(?:\s+(?:[\p{Lu}\d][\p{L}\d.&]*|và|–|-))+))  # Giải thưởng Sao Khuê 2024
    """,
    regex.VERBOSE,
)
CATEGORY_QUOTED = regex.compile(r"hạng\s+mục\s*[“\"'‘«](?P<name>[^”\"'’»\n]{3,200})[”\"'’»]", regex.IGNORECASE)
CATEGORY_PLAIN = regex.compile(
    r"hạng\s+mục\s+(?P<name>(?:TOP|Top|Tốp|\p{Lu})[^;:\n“”\"]*?)(?=\.\s|\.$|;|$|\n|\s+(?:có|với|gồm)\s+\d)",
    regex.IGNORECASE | regex.MULTILINE,
)
CATEGORY_LIST = regex.compile(
    r"(?P<count>\d+)\s+hạng\s+mục(?:\s+[\p{Ll}]+){0,3}\s*:\s*(?P<list>[^\n]+?)(?:\.\s|\.$|$)",
    regex.MULTILINE,
)
# between a count figure and its category: "8 đơn vị | tại hạng mục “…”"
COUNT_GAP = regex.compile(
    r"^\s*(?:được\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:tại|ở|thuộc|trong|của|cho)\s+(?:các\s+)?hạng\s+mục\s*[“\"'‘«]?$")
# after a recipient: "Hải Phòng | là 01 trong 07 … được trao giải", "X | được trao giải"
RECIPIENT_AFTER = regex.compile(
    r"""\s*,?\s*(?:(?:là|trở\s+thành)\s+[^.;]{0,80}?\s+)?
        (?:đã\s+)?(?:được\s+(?:trao|nhận|vinh\s+danh|tôn\s+vinh|công\s+nhận|trao\s+tặng)|vinh\s+dự\s+nhận|giành|đạt|đoạt)
        \s""",
    regex.VERBOSE,
)
ORGANISERS = regex.compile(r"(?:[Dd]o|bởi)\s+(?P<who>[^.;]{3,300}?)\s+(?:phối\s+hợp\s+|đồng\s+)?tổ\s+chức")
CO_ORGANISERS = regex.compile(r"(?P<who>[^.;]{3,300}?)\s+phối\s+hợp(?:\s+với)?\s+(?P<with>[^.;]{3,300}?)\s+tổ\s+chức")
PATRONS = regex.compile(r"bảo\s+trợ\s+(?:của\s+)?(?P<who>[^.;]{3,300})")
_LEADING = regex.compile(r"^(?:và|cùng|với)\s+", regex.IGNORECASE)
_YEAR_SUFFIX = regex.compile(r"\s+(?:năm\s+)?(?P<year>(?:19|20)\d{2})$")
_YEAR_AFTER = regex.compile(r"[”\"'’»]?\s*(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?!\d)")
_TOP = regex.compile(r"^(?:TOP|Tốp|tốp|top)(?=\s)")


@cache
def _expansions() -> dict[str, str]:
    return lexicon.mapping("abbreviations")


def canonical_category(name: str) -> str:
    """`TOP tổ chức … CMCN 4.0 và CĐS` -> `Top tổ chức … cách mạng công nghiệp 4.0 và chuyển đổi số`."""
    name = name.strip().strip(_OPEN_Q + _CLOSE_Q + " .,;:")
    name = _LEADING.sub("", name)
    words = [_expansions().get(w, w) if w.isupper() or "&" in w else w for w in name.split()]
    name = " ".join(words)
    name = _TOP.sub("Top", name)
    return name[:1].upper() + name[1:]


@dataclass
class _Cat:
    name: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    count: int | None = None
    recipients: list[str] = field(default_factory=list)


def _categories(body: str) -> list[tuple[int, int, str]]:
    """(start, end, written name) for every category mention."""
    found: list[tuple[int, int, str]] = []
    for m in CATEGORY_QUOTED.finditer(body):
        found.append((m.start("name"), m.end("name"), m["name"]))
    for m in CATEGORY_PLAIN.finditer(body):
        if not any(a <= m.start("name") < b for a, b, _ in found):
            found.append((m.start("name"), m.end("name"), m["name"]))
    for m in CATEGORY_LIST.finditer(body):
        offset = m.start("list")
        for part in regex.finditer(r"[^;]+", m["list"]):
            text = part.group().strip()
            if len(text) >= 3:
                start = offset + part.start() + (len(part.group()) - len(part.group().lstrip()))
                found.append((start, start + len(text), text))
    return sorted({f for f in found if len(f[2]) <= MAX_CATEGORY_NAME_CHARS})


def _merge(cats: list[_Cat]) -> list[_Cat]:
    """Fold a category into a longer one that it is a word-prefix of."""
    cats = sorted(cats, key=lambda c: -len(c.key))
    kept: list[_Cat] = []
    for c in cats:
        words = c.key.split()
        host = next((k for k in kept if len(words) >= MIN_PREFIX_WORDS and k.key.split()[:len(words)] == words), None)
        if host:
            host.mentions += c.mentions
            host.forms += c.forms
            host.count = host.count if host.count is not None else c.count
            host.recipients += [r for r in c.recipients if r not in host.recipients]
        else:
            kept.append(c)
    return sorted(kept, key=lambda c: min(c.mentions))


def _entity_before(article: Article, pos: int, body: str) -> Span | None:
    """The organisation or place that ends right before `pos` (a clause's subject)."""
    best = None
    for s in article.of("organisation", "location"):
        if s.end <= pos and not body[s.end:pos].strip(" ,"):
            best = s
    return best


def _entity_name(span: Span) -> str:
    return span.value.name


def _recipients(article: Article) -> list[tuple[str, int]]:
    """(recipient, position of its prize clause) for every 'X được trao giải …'."""
    body = article.body
    out = []
    for s in article.of("organisation", "location"):
        m = RECIPIENT_AFTER.match(body, s.end)
        if m:
            out.append((_entity_name(s), m.end()))
    return out


def _orgs_in(article: Article, start: int, end: int) -> list[str]:
    return [s.value.name for s in article.of("organisation") if start <= s.start and s.end <= end]


def _award_names(body: str) -> list[tuple[int, int, str, int | None]]:
    names = []
    for m in AWARD_NAME.finditer(body):
        group = "quoted" if m["quoted"] else "plain"
        text = m[group].strip()
        year = None
        ys = _YEAR_SUFFIX.search(text)
        if ys:
            year, text = int(ys["year"]), text[:ys.start()].strip()
        after = _YEAR_AFTER.match(body, m.end(group))
        if after and year is None:
            year = int(after["year"])
        if (3 <= len(text) <= MAX_AWARD_NAME_CHARS and not _TOP.match(text)) or (m["quoted"] and text):
            names.append((m.start(group), m.start(group) + len(text), text, year))
    return names


def extract(article: Article) -> tuple[Span, ...]:
    body = article.body
    mentions = _categories(body)
    names = _award_names(body)
    if not mentions and not names:
        return ()
    spans: list[Span] = []
    cats: dict[str, _Cat] = {}
    for start, end, text in mentions:
        name = canonical_category(text)
        key = fold(name)
        cat = cats.setdefault(key, _Cat(name, key))
        cat.mentions.append((start, end))
        cat.forms.append(text)
    figures = article.of("figure")
    for cat in cats.values():
        for start, _end in cat.mentions:
            clause_start = max(body.rfind(";", 0, start), body.rfind(".\n", 0, start), body.rfind(". ", 0, start))
            for f in figures:
                if cat.count is not None or not (clause_start < f.start and f.end <= start):
                    continue
                if f.value.kind == "share":  # "là 1 trong 7 … được trao giải tại hạng mục"
                    cat.count = int(f.value.of)
                elif COUNT_GAP.match(body[f.end:start]):  # "8 đơn vị tại hạng mục"
                    cat.count = int(f.value.value)
    award_recipients: list[str] = []
    for who, pos in _recipients(article):
        sentence_end = min(p for p in (body.find(". ", pos), body.find("\n", pos), len(body)) if p != -1)
        target = next((c for c in cats.values() for a, _b in c.mentions if pos <= a < sentence_end), None)
        if target and who not in target.recipients:
            target.recipients.append(who)
        if who not in award_recipients:
            award_recipients.append(who)
    merged = _merge(list(cats.values()))
    for cat in merged:
        for start, end in cat.mentions:
            spans.append(Span(start, end, "award_category", body[start:end], cat.name, rule="award:category"))
    keys = Counter(fold(n[2]) for n in names)
    main = max(names, key=lambda n: (keys[fold(n[2])], n[3] is not None, -n[0])) if names else None
    year = next((n[3] for n in names if fold(n[2]) == fold(main[2]) and n[3]), None) if main else None
    organisers: list[str] = []
    for m in ORGANISERS.finditer(body):
        organisers += [o for o in _orgs_in(article, m.start("who"), m.end("who")) if o not in organisers]
    for m in CO_ORGANISERS.finditer(body):
        organisers += [o for o in _orgs_in(article, m.start("who"), m.end("with")) if o not in organisers]
    patrons: list[str] = []
    for m in PATRONS.finditer(body):
        patrons += [o for o in _orgs_in(article, m.start("who"), m.end("who")) if o not in patrons]
    for cat in merged:
        award_recipients += [r for r in cat.recipients if r not in award_recipients]
    value = AwardValue(
        name=main[2] if main else None,
        year=year,
        categories=tuple(Category(c.name, c.count, tuple(c.recipients),
                                  tuple(dict.fromkeys(f for f in c.forms if f != c.name))) for c in merged),
        recipients=tuple(award_recipients),
        organisers=tuple(organisers),
        patrons=tuple(patrons),
    )
    anchor = (main[0], main[1]) if main else merged[0].mentions[0] if merged else (0, 0)
    spans.append(Span(anchor[0], anchor[1], "award", body[anchor[0]:anchor[1]], value, rule="award:name"))
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))
