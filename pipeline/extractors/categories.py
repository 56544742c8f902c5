"""Award categories: every way ceremonies name them, and their counts.

`hạng mục X`; a list after `N hạng mục:` (inline, or one per paragraph with its
criteria); parts counted first that add up to a total of prizes (`trao 182 giải … Trong
số này có 15 nền tảng số, 22 dịch vụ …`); prize levels and medals, in two strands when
one award gives them so (`5 giải A tác phẩm`, `3 giải A cá nhân`); commendations and
sports events (honours.py); merit lines (merit.py). A category's count is a figure
before it (`8 đơn vị tại hạng mục X`, `là 1 trong 7`), after it (`hạng mục X có 12
doanh nghiệp`) or in brackets (winners.py). Names are made canonical (abbreviations
spelled out, `TOP`/`Tốp` → `Top`, levels in one spelling) so one category written two
ways is one category.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

import regex

from pipeline import lexicon
from pipeline.extractors import award_names, honours, merit, recognitions, sport_events
from pipeline.extractors.figures import parse_number
from pipeline.extractors.ordered import SpansInOrder
from pipeline.model import Article, Mention, Recipient
from pipeline.text import digits_value, fold

_OPEN_Q, _CLOSE_Q = "“\"'‘«", "”\"'’»"
MAX_CATEGORY_NAME_CHARS = 200
# The clause around a category or a winner is looked for this far from it: farther text
# is another clause, and a long page must not be searched to its ends for each mention.
CLAUSE_CHARS = 600
# How far after a category its count may stand: `hạng mục “X” có 10 doanh nghiệp`.
COUNT_AFTER_GAP = regex.compile(r"^[”\"'’»]?\s*,?\s*(?:có|gồm|với)\s+$")

CATEGORY_QUOTED = regex.compile(r"hạng\s+mục\s*[“\"'‘«](?P<name>[^”\"'’»\n]{3,200})[”\"'’»]", regex.IGNORECASE)
CATEGORY_PLAIN = regex.compile(
    r"hạng\s+mục\s+(?P<name>(?:TOP|Top|Tốp|\p{Lu})[^;:\n“”\"]*?)(?=\.\s|\.$|;|$|\n|,?\s+(?:có|với|gồm)\s+\d|,\s+\d)",
    regex.IGNORECASE | regex.MULTILINE,
)
CATEGORY_LIST = regex.compile(
    r"(?P<count>\d+)\s+hạng\s+mục(?:\s+[\p{Ll}]+){0,3}\s*:[ \t]*(?P<list>[^\n]+?)(?:\.\s|\.$|$)",
    regex.MULTILINE,
)
# "… theo 4 hạng mục:" closing its paragraph: the categories follow one a paragraph, each
# possibly with its criteria ("TOP Doanh nghiệp … với các tiêu chí chính: …")
CATEGORY_LIST_INTRO = regex.compile(r"(?P<count>\d+)\s+hạng\s+mục(?:\s+[\p{Ll}]+){0,3}\s*:\s*$", regex.MULTILINE)
CATEGORY_ITEM = regex.compile(
    r"^(?P<name>[^\n:]{3,200}?)(?=\s+(?:với|gồm|có)\s+(?:các\s+)?tiêu\s+chí|\s*:|\.?\s*$)", regex.MULTILINE)
# A total of prizes, then its parts counted first: "trao 182 Giải thưởng … Trong số này có 15
# nền tảng số, 22 dịch vụ …, 38 dịch vụ, 105 giải pháp số xuất sắc." The parts are categories
# when their counts add up to the total.
PRIZE_TOTAL = regex.compile(r"(?<![\d.,])(?P<total>\d+)\s+(?:giải|Giải|danh\s+hiệu|Danh\s+hiệu)(?!\p{L})")
PARTS_INTRO = regex.compile(r"(?:[Tt]rong\s+(?:số\s+)?(?:này|đó)\s*,?\s*(?:có\s+)?|[Bb]ao\s+gồm\s*:?\s*|gồm\s*:?\s*)"
                            r"(?=\d)")
# a part's name may hold brackets (Khởi nghiệp (Startup) số) and ends before the bracket that
# closes the list (… 07 giải Khuyến khích); a colon or a quote begins its winners, not its name.
COUNTED_PART = regex.compile(
    r"(?P<count>\d+)\s+(?P<name>(?:[^,;.():“”\"\d]|\([^()]*\))(?:[^,;.():“”\"]|\([^()]*\))*?)"
    r"(?=\s*(?:,|;|\.|\)|$|\s+và\s+\d))")
# between a count figure and its category: "8 đơn vị | tại hạng mục “…”"
COUNT_GAP = regex.compile(
    r"^\s*(?:được\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:tại|ở|thuộc|trong|của|cho)\s+(?:các\s+)?hạng\s+mục\s*[“\"'‘«]?$")
# between the winners counted and the prize they won: "15 bài viết | đoạt | giải nhì"
WON_GAP = regex.compile(r"^\s*(?:đã\s+|cùng\s+)?(?:đoạt|giành|nhận|đạt|được\s+trao)\s+$")
_LEADING = regex.compile(r"^(?:và|cùng|với)\s+", regex.IGNORECASE)
_TOP = regex.compile(r"^(?:TOP|Tốp|tốp|top)(?=\s)")


@cache
def _levels() -> tuple[dict[str, str], regex.Pattern[str]]:
    table = lexicon.mapping("prize_levels")
    words = lexicon.alternation(list(table))
    pattern = regex.compile(rf"(?<!\p{{L}})(?P<level>{words})"
                            r"(?![\p{L}\p{N}]|[.,]\d)",  # `giải 3`, not `giải 30 triệu` nor `giải 1.000`
                            regex.IGNORECASE)
    return table, pattern


@cache
def _count_before() -> regex.Pattern[str]:
    """The count written before a level (`3 giải Ba`, `hai giải Nhì`), matched where a level
    begins: read only once a level is found, as a lookbehind in the level's pattern was tried
    at every word start (twice the scan's time)."""
    numbers = lexicon.alternation(list(lexicon.mapping("number_words")))
    return regex.compile(rf"(?<=(?P<count>\d+|{numbers})\s+)", regex.IGNORECASE)


@cache
def _strand() -> regex.Pattern[str]:
    """The strand a level is given in, right after it or after the levels listed with it
    ("7 giải B và 9 giải C | cho các | tác phẩm", "10 HCV, 14 HCB | cho các | chương trình",
    "HCV | cho 41 | cá nhân")."""
    numbers = lexicon.alternation(list(lexicon.mapping("number_words")))
    strands = lexicon.alternation(sorted(lexicon.words("award_strands")))
    return regex.compile(rf"(?:\s*(?:,|và)\s+(?:\d+|{numbers})\s+(?:giải|huy\s+chương)\s+\p{{L}}{{1,4}})*"
                         rf"\s+(?:cho\s+(?:các\s+|\d+\s+)?)?(?P<strand>{strands})(?!\p{{L}})", regex.IGNORECASE)


def canonical_category(name: str) -> str:
    """`TOP tổ chức … CMCN 4.0 và CĐS` -> `Top tổ chức … cách mạng công nghiệp 4.0 và chuyển đổi số`."""
    name = name.strip().strip(_OPEN_Q + _CLOSE_Q + " .,;:")
    name = _LEADING.sub("", name)
    levels, _ = _levels()
    if (level := levels.get(lexicon.key(name))) is not None:
        return level
    # who gives a commendation is a body's name, kept as written (Bằng khen của UBND tỉnh)
    name, of, giver = name.partition(" của ")
    expansions = lexicon.mapping("abbreviations")
    words = [expansions.get(w, w) if w.isupper() or "&" in w else w for w in name.split()]
    name = " ".join(words) + of + giver
    name = _TOP.sub("Top", name)
    return name[:1].upper() + name[1:]


@dataclass
class Cat:
    """One category of one award while the page is read."""

    name: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    count: int | None = None
    recipients: list[Recipient] = field(default_factory=list)


# a weight written with or without a space before its unit (`52 kg`, `52kg`)
_WEIGHT = regex.compile(r"(?<=\d)\s+(?=kg\b)")


def key(name: str) -> str:
    """The key one category's mentions share: its folded name, a weight class written either
    way (`52 kg nam`, `52kg nam`) one category, named as the page first writes it."""
    return _WEIGHT.sub("", fold(name))


def mentions(article: Article, *, named: bool) -> list[Mention]:
    """(start, end, written name, count written with it) for every category mention."""
    body = article.body
    found: list[tuple[int, int, str, int | None]] = []
    for m in CATEGORY_QUOTED.finditer(body):
        found.append((m.start("name"), m.end("name"), m["name"], None))
    # a plain mention inside a quoted one is that one; the quoted names stand apart and in
    # order, and no plain name can begin inside an earlier plain one (one pass, no overlaps)
    quoted_starts = [a for a, _, _, _ in found]
    for m in CATEGORY_PLAIN.finditer(body):
        at = bisect.bisect_right(quoted_starts, m.start("name")) - 1  # the last quoted name begun by then
        if at < 0 or m.start("name") >= found[at][1]:
            found.append((m.start("name"), m.end("name"), m["name"], None))
    for m in CATEGORY_LIST.finditer(body):
        offset = m.start("list")
        for a, b in _list_items(m["list"], digits_value(m["count"])):
            written = m["list"][a:b]
            text = written.strip()
            if len(text) >= 3:
                start = offset + a + (len(written) - len(written.lstrip()))
                found.append((start, start + len(text), text, None))
    found += _listed_paragraphs(body) + _counted_parts(body) + sport_events.sport_events(body) \
             + honours.state_titles(body) + honours.emulation_titles(body) + honours.party_badges(body) \
             + [(start, end, name, None) for start, end, name in recognitions.conferred(body)]
    if named:  # a ranking (Top 10 tỉnh đứng đầu về …) on a page that names no award is no prize
        found += [(line.start, line.end, name, line.count) for line in merit.lines(body) for name in line.names]
    found += honours.commendations(article, SpansInOrder(article.of("organisation", "person")))
    table, levels = _levels()
    written = []
    count_before = _count_before()
    for m in levels.finditer(body):
        before = count_before.match(body, m.start())
        count = parse_number(before["count"]) if before else None
        strand = _strand().match(body, m.end("level"))
        written.append((m, table[lexicon.key(m["level"])], strand["strand"].lower() if strand else None,
                        int(count) if count else None))
    # a page that gives prizes, or names a competition (Giải đẩy gậy huyện X), reads its events
    gives = bool(named or written or award_names.event(article.title or "") or award_names.event(body))
    led, bracketed = sport_events.results_events(body) if gives else ([], [])
    # a title conferred as such (`danh hiệu Tập thể Lao động xuất sắc`) is a prize on any page,
    # a commendation of its own where no contest gives prizes; one after `giải` where one does
    read = {(a, b) for a, b, _, _ in found}  # an emulation title already read by its name
    for m in _best_titles().finditer(body):
        conferred = fold(m["intro"]) == "danh hiệu" and bool(_CONFERRING.search(body, max(0, m.start() - 30),
                                                                                 m.start()))
        if (m.start("name"), m.end("name")) in read:
            continue
        if (gives or conferred) and not _NOT_A_TITLE.search(m["name"]) and not _one_word(m["intro"], m["name"]):
            name = m["name"] if gives else f"danh hiệu {m['name']}"
            found.append((m.start("name"), m.end("name"), name, None))
    if gives and _superlative_end().search(body):  # the title's pattern is slow; most pages hold no ending of one
        found += [(m.start("name"), m.end("name"), m["name"], None) for m in _superlatives().finditer(body)
                  if not _NOT_A_TITLE.search(m["name"]) and _titled_by_itself(m["head"])]
    events = sorted(led + bracketed)
    won_in: set[str] = set()
    # a level given in two strands is two categories (Giải A tác phẩm, Giải A cá nhân);
    # given in one, the strand only says who won it (3 giải Ba cho các tác giả)
    strands: dict[str, set[str]] = {}
    for _, level, strand, _ in written:
        if strand:
            strands.setdefault(level, set()).add(strand)
    # a level given in two sections of the results is two categories, named with their section
    scopes = honours.sections(body, [m.start() for m, *_ in written]) if written else []
    section_of = {m.start(): next((name for a, b, name in scopes if a <= m.start() < b), None) for m, *_ in written}
    in_sections: dict[str, set[str]] = {}
    for m, level, _, _ in written:
        if section_of[m.start()]:
            in_sections.setdefault(level, set()).add(section_of[m.start()])
    for m, level, strand, count in written:
        if _NONE_GIVEN.search(body, max(0, m.start() - 12), m.start()):
            continue  # `không có giải A`: the level was not given
        event = sport_events.event_of_level(body, level, m.start("level"), m.end("level"), led=led, events=events)
        won_in.add(event or "")
        section = section_of[m.start()]
        name = event or (f"{level} {strand}" if strand and len(strands[level]) > 1 else
                         f"{m['level']} - {section}" if section and len(in_sections[level]) > 1 else m["level"])
        found.append((m.start("level"), m.end("level"), name, count))
    # a section whose levels are named with it is no category of its own
    named_with = [(a, a + len(name)) for a, _, name in scopes
                  if any(f[2].endswith(f" - {name}") for f in found)]
    found = [f for f in found if not any(a <= f[0] < b for a, b in named_with)]
    # an event is a category where a prize is won in it: a level names it, or a level
    # stands before it in its sentence (Hai HCV thuộc về A (đơn nam) và B (đơn nữ))
    level_starts = sorted(m.start() for m, *_ in written)
    found += [e for e in led if e[2] in won_in]
    # an event listed with its winner after a colon is a prize where the page gives prizes; one
    # listed with its placings (kéo co nữ, nhất xã A) gives its own
    listed = [e for e in sport_events.listed_events(body) if gives or sport_events.placings(body, e[1])]
    found += listed
    # a bracketed event is won where a level or a listed event stands before it in its sentence
    listed_starts = sorted({*level_starts, *(e[0] for e in listed)})
    found += [e for e in bracketed if e[2] in won_in or sport_events.level_before(body, e[0], listed_starts)]
    return sorted({f for f in found if len(f[2]) <= MAX_CATEGORY_NAME_CHARS})


# the verb a title is conferred or received with, a word or two before `danh hiệu` (`được công
# nhận | danh hiệu`, `đạt | danh hiệu`): a tally (`Danh hiệu X: 280 tập thể`) confers nothing
_CONFERRING = regex.compile(rf"(?i)(?<!\p{{L}}){honours.CONFERRING_VERB}(?:\s+\p{{Ll}}+){{0,2}}\s+$")
# before a level that was not given (`không có giải A`)
_NONE_GIVEN = regex.compile(r"(?i)(?<!\p{L})không\s+có\s+$")
# what makes the words before `xuất sắc` a praise, not a title (thành tích xuất sắc, các VĐV xuất sắc)
_NOT_A_TITLE = regex.compile(r"(?i)(?<!\p{L})(?:thành\s+tích|các|những|cho|của|và|được\s+chọn)(?!\p{L})")


@cache
def _best_titles() -> regex.Pattern[str]:
    """A title given to the best of a contest, after `giải`, `danh hiệu` or `vinh danh là`:
    `giải Đạo diễn xuất sắc`, `danh hiệu “Thủ môn xuất sắc nhất”`, `giải cầu thủ tấn công hay
    nhất`; one to five words before its ending (lexicon best_words), the men's or women's
    after it."""
    ends = lexicon.alternation(lexicon.words("best_words"))
    return regex.compile(
        rf"""(?<!\p{{L}})(?P<intro>(?i:giải(?:\s+thưởng)?|danh\s+hiệu|vinh\s+danh\s+là))\s+[“"]?
            (?P<name>(?:\p{{L}}[\p{{L}}\p{{M}}]*\s+){{1,5}}?(?i:{ends})(?:\s+(?:nam|nữ)|\s+\p{{Lu}}{{2,}}(?=[\s.,;]))?)
            (?![\p{{L}}\p{{M}}])""",
        regex.VERBOSE)


@cache
def _superlative_end() -> regex.Pattern[str]:
    """The ending every title `_superlatives` reads holds."""
    return regex.compile(rf"(?i:{award_names.superlatives()})")


@cache
def _superlatives() -> regex.Pattern[str]:
    """A best-of title with no `giải` before it, where the page gives prizes: a short phrase
    ending in a superlative (best_words with `nhất`) that opens a clause or an item of a list
    (`trao giải cho VĐV Libero xuất sắc nhất, VĐV chuyền hai xuất sắc nhất`, `Đạo diễn xuất
    sắc nhất dành cho …`). Praise without `nhất` (thành tích xuất sắc) is no title."""
    ends = award_names.superlatives()
    return regex.compile(
        rf"""(?:(?<=^|[.;:,!?]\s*|[\s“"](?:cho|và|là)\s+)|(?<=\n))
            (?P<name>(?P<head>\p{{L}}[\p{{L}}\p{{M}}]*(?:\s+[\p{{L}}\p{{M}}]+){{0,4}}?)\s+(?i:{ends})(?:\s+(?:nam|nữ))?)
            (?![\p{{L}}\p{{M}}])""",
        regex.VERBOSE | regex.MULTILINE)


def _titled_by_itself(head: str) -> bool:
    """The words before a superlative name who is best, not a clause: no verb or preposition of
    an award's sentence among them (lexicon award_name_stops), and no `giải` or `danh hiệu`
    opening them (the best titles after those are read with their intro)."""
    words = head.lower().split()
    stops = lexicon.words("award_name_stops")
    # a stop syllable inside a word is no stop: `đạo diễn` is no `diễn ra`
    loose = [w for k, w in enumerate(words) if not (k and f"{words[k - 1]} {w}" in lexicon.dictionary())]
    return not (set(loose) & stops) and words[0] != "giải" and words[:2] != ["danh", "hiệu"]


def _one_word(intro: str, name: str) -> bool:
    """`giải pháp số xuất sắc`: the intro and the name's first syllable are one word."""
    return f"{intro.rsplit(maxsplit=1)[-1]} {name.split(maxsplit=1)[0]}".lower() in lexicon.dictionary()


# what sets the items of a list of categories apart: semicolons, else commas and a last `và`
_SEMICOLON = regex.compile(r";")
_COMMA_OR_AND = regex.compile(r",|\s+và\s+")


def _list_items(text: str, count: int) -> list[tuple[int, int]]:
    """(start, end) in `text` of the items of `N hạng mục: A; B; C`, or of `N hạng mục: A, B và
    C` when it has exactly N such items (a comma inside one category's name is rarer than a
    list that uses no semicolon)."""
    def between(separator: regex.Pattern[str]) -> list[tuple[int, int]]:
        cuts = [(m.start(), m.end()) for m in separator.finditer(text)]
        return [(a, b) for (_, a), (b, _) in zip([(0, 0), *cuts], [*cuts, (len(text), len(text))], strict=True)]

    if ";" not in text and len(items := between(_COMMA_OR_AND)) == count:
        return items
    return between(_SEMICOLON)


def _listed_paragraphs(body: str) -> list[tuple[int, int, str, int | None]]:
    """The categories announced by "N hạng mục:" at the end of a paragraph: the names that
    open the next paragraphs (up to N of them), without their criteria."""
    found = []
    for m in CATEGORY_LIST_INTRO.finditer(body):
        pos = m.end()
        for _ in range(digits_value(m["count"])):
            paragraph = body.find("\n", pos)
            while paragraph != -1 and body[paragraph:paragraph + 1] == "\n":
                paragraph += 1
            item = CATEGORY_ITEM.match(body, paragraph) if paragraph != -1 else None
            if not item:
                break
            found.append((item.start("name"), item.end("name"), item["name"], None))
            pos = item.end()
    return found


def _counted_parts(body: str) -> list[tuple[int, int, str, int | None]]:
    """Parts of a total of prizes, written count first after "Trong số này có", "gồm":
    categories only when their counts add up to the total named in the clause before."""
    found = []
    for intro in PARTS_INTRO.finditer(body):
        before = body[max(0, intro.start() - CLAUSE_CHARS):intro.start()]
        totals = [digits_value(t["total"]) for t in PRIZE_TOTAL.finditer(before)]
        end = body.find(".", intro.end())
        parts = list(COUNTED_PART.finditer(body, intro.end(), end if end != -1 else len(body)))
        if totals and len(parts) > 1 and sum(digits_value(p["count"]) for p in parts) == totals[-1]:
            found += [(p.start("name"), p.end("name"), p["name"], digits_value(p["count"])) for p in parts]
    return found


def counts_from_figures(article: Article, cats: dict[str, Cat]) -> None:
    """`8 đơn vị tại hạng mục X`, `là 1 trong 7 … tại hạng mục X`, `hạng mục X có 10 doanh nghiệp`."""
    body = article.body
    figures = SpansInOrder(article.of("figure"))
    for cat in cats.values():
        for start, end in cat.mentions:
            if cat.count is not None:
                break
            window = max(0, start - CLAUSE_CHARS)
            clause_start = max(body.rfind(";", window, start), body.rfind(".\n", window, start),
                               body.rfind(". ", window, start), window - 1)
            for f in figures.within(clause_start + 1, start):
                if cat.count is not None:
                    break
                if f.value.kind == "share":  # "là 1 trong 7 … được trao giải tại hạng mục"
                    cat.count = int(f.value.of)
                elif COUNT_GAP.match(gap := body[f.end:start]) or WON_GAP.match(gap):  # "8 đơn vị tại hạng mục"
                    cat.count = int(f.value.value)
            # only the next figure can follow with nothing but "có", "gồm" between
            after = figures.first_from(end)
            if cat.count is None and after and after.start - end <= CLAUSE_CHARS \
                    and COUNT_AFTER_GAP.match(body[end:after.start]):
                cat.count = int(after.value.value)
