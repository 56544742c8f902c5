"""Categories that are no `hạng mục` and no prize level: state and provincial
commendations, honorary and emulation titles, and the sections of a results list (the
events of a sports competition are pipeline.extractors.sport_events).

- A commendation kind (`Bằng khen`, `Giấy khen`, `Cờ thi đua`, `Huân chương Lao động
  hạng Ba`, `huy hiệu “Tuổi trẻ dũng cảm”`) is named by who gives it: `Bằng khen của
  Bộ trưởng Bộ Y tế`, or the giver before the verb (`Tỉnh đoàn Hà Tĩnh trao tặng bằng
  khen`, `Chủ tịch UBND tỉnh … có quyết định tặng bằng khen`). Two givers make two
  categories, as the commendation pages list them.
- A section of the results (`Hạng mục ca khúc thiếu nhi có 2 giải A`, `Ở khối cơ quan,
  trường học, giải nhất thuộc về …`) holds its own levels: a level given in two sections
  is two categories, named with their section.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from pipeline import lexicon
from pipeline.extractors.ordered import SpansInOrder
from pipeline.model import Article, Mention
from pipeline.text import digits_value, fold

_QUOTES = " “”\"'"

# how far before a commendation its giver and verb may stand: one clause
GIVER_CHARS = 200
MAX_GIVER_WORDS = 10
# "… (vừa) có quyết định số 2590/QĐ-UBND | tặng | bằng khen": the verb right before the kind
GIVING = regex.compile(
    r"""(?:\s+(?:cũng|đã|vừa|sẽ)){0,2}
        (?:\s+(?:có|ký|ban\s+hành)\s+quyết\s+định[^.;\n]{0,60}?)?
        \s+(?:trao\s+tặng|tặng|trao|khen\s+thưởng|tặng\s+thưởng)\s+$""",
    regex.VERBOSE,
)
# a giver written after the kind: "Bằng khen của | Bộ trưởng Bộ Y tế | cho …"
GIVER_AFTER = regex.compile(r"\s+của\s+(?P<giver>\p{Lu}[^,.;:\n()]*)")
_GIVER_STOP = regex.compile(r"\s+(?:cho|vì|về|do|đã|vừa|tại|trong|với|và|năm|ngày)(?!\p{L})")
# sports events


@cache
def _kinds() -> regex.Pattern[str]:
    kinds = lexicon.alternation(lexicon.words("commendations"))
    return regex.compile(
        rf"""(?<!\p{{L}})(?P<kind>(?i:{kinds}))
             (?P<rest>\s*[“"][^”"\n]{{3,60}}[”"]
                      |(?:\s+\p{{Lu}}[\p{{L}}\d-]*(?:\s+\p{{Ll}}+)?)*
                       (?:(?:\s+\p{{Ll}}+){{1,3}}(?={_CLASS}))?(?:{_CLASS})?)""",
        regex.VERBOSE,
    )


def _order_name(rest: str) -> str:
    """`Lao động hạng Ba`: a capitalised word keeps the lowercase syllable after it only
    when the two make one word (Lao động, Bảo vệ), not a following clause (`Sao Vàng cho`);
    lowercase words right before the class are the order's name written in lowercase
    (`lao động hạng III`)."""
    words = rest.split()
    before_class = words.index("hạng") if "hạng" in words else -1
    kept: list[str] = []
    for i, word in enumerate(words):
        if word[:1].islower():
            level = word == "hạng" or (i > 0 and words[i - 1] == "hạng")
            one_word = bool(kept) and f"{kept[-1].lower()} {word}" in lexicon.dictionary()
            if not (level or one_word or i < before_class):
                break
        kept.append(word)
    return " ".join(kept)


# An order's class (`Huân chương Lao động hạng Ba`, `hạng III`): the class is the category, the
# order the award (ANNOTATION.md); the State gives every order, so its giver names nothing more
_CLASS = r"\s+hạng\s+(?:[Nn]hất|[Nn]hì|[Bb]a|I{1,3})(?![\p{L}\d])"
ORDER_CLASS = regex.compile(rf"^(?P<order>(?i:huân\s+chương)\s.+?){_CLASS}$")


def order_of(name: str) -> str | None:
    """The order a class belongs to (`Huân chương Lao động` of `Huân chương Lao động hạng Ba`)."""
    m = ORDER_CLASS.match(name)
    return m["order"] if m else None


@cache
def _title_before() -> regex.Pattern[str]:
    titles = lexicon.alternation(lexicon.words("titles"), first_letter_any_case=True)
    return regex.compile(rf"(?<!\p{{L}})(?P<title>{titles})\s+$")


# The Party's badge for years of membership, in classes of years (`Huy hiệu 40 năm tuổi Đảng`),
# several written together (`huy hiệu 40, 45, 50 năm tuổi Đảng`, `huy hiệu 40 năm, 30 năm tuổi
# Đảng`) or, in a list, without the word `huy hiệu` (`…; 45 năm tuổi Đảng 02 đồng chí`)
PARTY_BADGE = regex.compile(
    r"""(?P<badge>(?i:huy\s+hiệu)\s+)?
        (?P<years>\d{2}(?:\s+năm)?(?:\s*(?:,|và)\s*\d{2}(?:\s+năm)?)*)\s+năm\s+tuổi\s+Đảng(?!\p{L})
        (?:\s+(?:có\s+)?(?P<count>\d+)\s+đồng\s+chí)?""",
    regex.VERBOSE,
)
PARTY_BADGE_AWARD = "Huy hiệu Đảng"
_YEARS = regex.compile(r"\d{2}")


def party_badges(body: str) -> list[Mention]:
    """(start, end, `Huy hiệu N năm tuổi Đảng`, count) for every class of the Party badge given on
    a page that names the badge; the count of members only where one class is written."""
    return list(_party_badges(body))


@lru_cache(maxsize=2)
def _party_badges(body: str) -> tuple[Mention, ...]:
    """Read once a page: its award's name, its categories and its commendations each ask."""
    badges = list(PARTY_BADGE.finditer(body))
    if not any(m["badge"] for m in badges):
        return ()
    found: list[Mention] = []
    for m in badges:
        years = _YEARS.findall(m["years"])
        count = digits_value(m["count"]) if m["count"] and len(years) == 1 else None
        found += [(m.start(), m.end("years"), f"Huy hiệu {n} năm tuổi Đảng", count) for n in years]
    return tuple(found)


def commendations(article: Article, givers: SpansInOrder) -> list[Mention]:
    """(start, end, name, None) for every commendation, named with who gives it; the Party's
    badge in its classes is party_badges', not one commendation of its own.

    `givers` holds the article's organisations and persons."""
    body = article.body
    found = []
    badges = bool(party_badges(body))
    for m in _kinds().finditer(body):
        if badges and fold(m["kind"]) == "huy hiệu":
            continue
        rest = m["rest"] if m["rest"].lstrip()[:1] in "“\"" else _order_name(m["rest"])
        name = f"{m['kind']} {rest.strip(_QUOTES)}".strip()
        end = m.start("rest") + (m["rest"].find(rest) + len(rest) if rest else 0)
        if order_of(name):  # `Huân chương Lao động hạng Ba cho 17 cá nhân`: its count after it
            count = _COUNT_AFTER_TITLE.match(body, end)
            found.append((m.start(), end, name, digits_value(count["count"]) if count else None))
            continue
        after = GIVER_AFTER.match(body, end)
        giver = _giver_after(after["giver"]) if after else _giver_before(article, m.start(), givers)
        end = after.start("giver") + len(giver) if after and giver else end
        found.append((m.start(), end, f"{name} của {giver}" if giver else name, None))
    return found


@cache
def _state_titles() -> tuple[dict[str, str], regex.Pattern[str], regex.Pattern[str]]:
    """(canonical names, any title written, a title conferred): `phong tặng danh hiệu vinh dự
    Nhà nước “Nghệ nhân Ưu tú”`, `xét tặng danh hiệu NSƯT`."""
    table = lexicon.mapping("state_titles")
    titles = lexicon.alternation(list(table))
    written = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{titles})(?![\p{{L}}\p{{M}}])")
    conferred = regex.compile(
        rf"""(?P<name>(?i:danh\s+hiệu)(?:\s+(?i:vinh\s+dự\s+Nhà\s+nước))?\s*[“"]?
             (?P<title>(?i:{titles}))(?![\p{{L}}\p{{M}}])[”"]?)""", regex.VERBOSE)
    return table, written, conferred


def state_honours(body: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every conferral of a State honorary title on the page: the award,
    named `danh hiệu` and the title however the page writes it (`danh hiệu vinh dự Nhà nước
    “Nghệ nhân Ưu tú”`, `danh hiệu NNƯT`), so that one title is one award."""
    table, _, conferred = _state_titles()
    return [(m.start("name"), m.end("name"), f"danh hiệu {table[lexicon.key(m['title'])]}")
            for m in conferred.finditer(body)]


def state_titles(body: str) -> list[Mention]:
    """(start, end, canonical title, None) for every State honorary title written on a page that
    confers one: `Nghệ nhân Nhân dân Tạ Văn A`, `4 NNND gồm …` are its categories there. Where
    none is conferred, `NSND Lê Văn B` is a title the person holds, not a prize."""
    table, written, conferred = _state_titles()
    if not conferred.search(body):
        return []
    found = []
    for m in written.finditer(body):
        count = _COUNT_BEFORE_TITLE.search(body, max(0, m.start() - 8), m.start()) \
            or _COUNT_AFTER_TITLE.match(body, m.end())
        found.append((m.start(), m.end(), table[lexicon.key(m.group())],
                      digits_value(count["count"]) if count else None))
    return found


# how many hold a title: "06 Nghệ nhân Nhân dân", "“Nghệ nhân Ưu tú” cho 547 cá nhân"
_COUNT_BEFORE_TITLE = regex.compile(r"(?<![\d.,])(?P<count>\d+)\s+$")
_COUNT_AFTER_TITLE = regex.compile(r"[”\"]?\s+cho\s+(?P<count>\d+)\s+(?:cá\s+nhân|người|nghệ\s+nhân|nhà\s+giáo"
                                   r"|thầy\s+thuốc|nghệ\s+sĩ|bà\s+mẹ)(?!\p{L})")


def _giver_after(text: str) -> str | None:
    stop = _GIVER_STOP.search(text)
    giver = (text[:stop.start()] if stop else text).strip()
    return giver if giver and len(giver.split()) <= MAX_GIVER_WORDS else None


def _giver_before(article: Article, start: int, givers: SpansInOrder) -> str | None:
    """`Tỉnh đoàn Hà Tĩnh | đã trao tặng | bằng khen`: the body or the titled person that
    ends where the giving verb begins; a person gives in the name of their title."""
    body = article.body
    window = max(0, start - GIVER_CHARS)
    verb = GIVING.search(body, window, start)
    if not verb:
        return None
    candidates = [s for s in givers.within(window, verb.start()) if body[s.end:verb.start()].strip() == ""]
    if not candidates:
        return None
    giver = candidates[-1]
    if giver.label == "organisation":  # "Giám đốc | Sở Y tế …": the head of the body gives
        title = _title_before().search(body, max(0, giver.start - GIVER_CHARS), giver.start)
        return f"{title['title']} {giver.value.name}" if title else giver.value.name
    return giver.value.titles[-1] if giver.value.titles else None



def given_by(name: str) -> bool:
    """`Bằng khen của Chủ tịch UBND tỉnh`: a commendation named with its giver, an award of its own
    on any page (ANNOTATION.md), a contest's too: the giver, not the contest, gives it; but the
    contest's own committee's (`Giấy khen của Ban tổ chức`) is one of the contest's prizes."""
    _kind, of, giver = name.partition(" của ")
    return bool(of) and bool(_kinds().match(name)) and not is_committee(giver)


@cache
def _committees() -> tuple[str, ...]:
    return tuple(sorted({fold(c) for c in lexicon.words("event_committees")}))


def is_committee(name: str) -> bool:
    """`Ban tổ chức`, `Ban Giám khảo liên hoan`: the event's organisers or its jury, named by the
    role they play for it (lexicon event_committees), who judge or give but do not win."""
    folded = fold(name)
    return any(folded == c or folded.startswith(c + " ") for c in _committees())


def is_commendation(name: str) -> bool:
    """`Bằng khen của …`, `Giấy khen`, `Danh hiệu Tập thể Lao động xuất sắc`, `Chiến sĩ thi đua
    cơ sở`: a category that is a commendation of its own."""
    return bool(_kinds().match(name)) or name.startswith(CONFERRED_TITLE) or fold(name) in _emulation()[0]


@cache
def _emulation() -> tuple[dict[str, str], regex.Pattern[str]]:
    """(folded title -> the title, a title conferred): `được công nhận danh hiệu Chiến sĩ thi
    đua cơ sở`, `đạt “Lao động tiên tiến”`; a tally (`Danh hiệu X: 280 tập thể`) confers none."""
    titles = {fold(t): t for t in lexicon.words("emulation_titles")}
    pattern = regex.compile(
        rf"""(?i:(?<!\p{{L}}){CONFERRING_VERB}(?:\s+danh\s+hiệu)?)\s*[“"]?
             (?P<title>(?i:{lexicon.alternation(list(lexicon.words("emulation_titles")))}))(?![\p{{L}}\p{{M}}])""",
        regex.VERBOSE)
    return titles, pattern


def emulation_titles(body: str) -> list[Mention]:
    """(start, end, the title, None) for every emulation title conferred with a verb of giving or
    receiving (lexicon emulation_titles); one merely named is no prize."""
    titles, pattern = _emulation()
    return [(m.start("title"), m.end("title"), titles[fold(m["title"])], None) for m in pattern.finditer(body)]


# how categories name an emulation title conferred where no contest gives prizes
CONFERRED_TITLE = "Danh hiệu "
# a verb a title is conferred or received with (`công nhận` is read by its `nhận`)
CONFERRING_VERB = r"(?:nhận|đạt|tặng|trao|phong|giữ\s+vững)"


# what ends a section's name: a verb of having or giving, a dash or a colon
_SECTION_END = regex.compile(r"\s+(?:có|không\s+có|chỉ\s+có|đã|gồm|thì|với)\s|\s[-–]\s|\s*:")
SECTION_WORDS = 8


@cache
def _section_opener() -> regex.Pattern[str]:
    """A section word at a clause's start, after at most a preposition (`Ở khối …`, `Hạng
    mục …`, `Mảng …`)."""
    words = lexicon.alternation(lexicon.words("section_words"), first_letter_any_case=True)
    return regex.compile(
        rf"""(?:^|(?<=[.;!?]\s+))[ \t]*(?:(?i:ở|tại|đối\s+với|riêng|trong|với)\s+)?(?:các\s+)?
            (?P<word>{words})\s+(?P<rest>[^\n.;!?]{{1,200}})""",
        regex.VERBOSE | regex.MULTILINE)


def sections(body: str, level_starts: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each section of the results: from its opener to the next opener
    or the paragraph's end. Its name is the section word and what follows it up to a verb of
    having (`Hạng mục giao hưởng | có …`), else up to the last comma before its first level
    (`Ở khối cơ quan, trường học, | giải nhất …`); none longer than a few words."""
    found = []
    for m in _section_opener().finditer(body):
        rest = m["rest"]
        stop = _SECTION_END.search(rest)
        if stop:
            name = rest[:stop.start()]
        else:
            first = next((p - m.start("rest") for p in level_starts if p >= m.start("rest")), len(rest))
            name = rest[:rest.rfind(",", 0, first)] if "," in rest[:first] else ""
        name = name.strip(" ,")
        if name and len(name.split()) <= SECTION_WORDS:
            found.append((m.start("word"), f"{m['word'].lower()} {name}"))
    out = []
    for k, (start, name) in enumerate(found):
        line_end = body.find("\n", start)
        end = min(line_end if line_end >= 0 else len(body), found[k + 1][0] if k + 1 < len(found) else len(body))
        out.append((start, end, name))
    return out
