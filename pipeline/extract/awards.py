"""Awards: the award, its categories (hạng mục, prize levels, medals), winners per
category, recipients, organisers and patrons.

Runs after the other extractors and reads their spans: a category's count is a
figure standing before `tại hạng mục …` (or after it: `hạng mục X có 12 đơn vị`), a
recipient is an organisation, place or person standing before `được trao giải`,
`là 1 trong 7 … được trao giải`, `giành`, `đoạt`; organisers are the organisations of
`do … tổ chức`. A representative who `nhận giải` (`Lãnh đạo Sở … nhận Giải`) receives
on behalf of someone else and is no recipient. Category names are made canonical
(abbreviations spelled out, `TOP`/`Tốp` → `Top`, prize levels and medals in one
spelling) so one category written two ways is one category, and a name that is a
shortened prefix of another in the same article is that one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import regex

from pipeline import lexicon
from pipeline.extract import entities, honours, winners
from pipeline.extract.figures import parse_number
from pipeline.extract.ordered import SpansInOrder
from pipeline.model import Article, AwardValue, Category, Recipient, Span
from pipeline.names import is_cut_short
from pipeline.text import fold

_OPEN_Q, _CLOSE_Q = "“\"'‘«", "”\"'’»"
# Award names run to a dozen words or more (Giải Báo chí toàn quốc về công tác Đoàn và
# phong trào thanh thiếu nhi); a longer quoted text is a quotation, not a name.
MAX_AWARD_NAME_CHARS = 120
MAX_AWARD_NAME_WORDS = 16
MAX_CATEGORY_NAME_CHARS = 200
# The clause around a category or a winner is looked for this far from it: farther text
# is another clause, and a long page must not be searched to its ends for each mention.
CLAUSE_CHARS = 600
# How far after a category its count may stand: `hạng mục “X” có 10 doanh nghiệp`.
COUNT_AFTER_GAP = regex.compile(r"^[”\"'’»]?\s*,?\s*(?:có|gồm|với)\s+$")

_CUE = (r"(?:[Ll]ễ\s+trao\s+(?:giải|tặng)|[Gg]iải\s+thưởng|[Gg]iải|[Dd]anh\s+hiệu|[Bb]iểu\s+dương|[Vv]inh\s+danh"
        r"|[Cc]uộc\s+thi|[Hh]ội\s+thi|[Ll]iên\s+hoan)")
# the quoted name may follow a few words saying what kind of prize it is ("giải ảnh nghệ
# thuật “X”"), never words that make the quotation a work ("giải Nhất cho tác phẩm “X”")
AWARD_QUOTED = regex.compile(
    rf"""(?P<cue>{_CUE})(?:\s+(?:thưởng|tại))?
         (?P<kind>(?:\s+(?!cho|của|với|là|và|tại|hạng|tác\s+phẩm|bài|công\s+trình)\p{{Ll}}+){{0,3}})
         \s*[“\"'‘«](?P<name>[^”\"'’»\n]{{3,120}})[”\"'’»]""", regex.VERBOSE)
# a name token: a capitalised word, a number or code (4.0, I4.0), or a dash between parts
_NAME_TOKEN = regex.compile(r"\s*(?P<tok>[\p{L}\d][\p{L}\p{M}\d.&/]*[\p{L}\d]|[\p{L}\d]|[–-](?=\s))")
AWARD_PLAIN_START = regex.compile(
    r"""(?P<cue>(?<![\p{L}])(?:Giải\s+vô\s+địch(?:\s+\p{Ll}+){0,2}|Giải\s+thưởng|Giải|Danh\s+hiệu|Liên\s+hoan|Hội\s+thi)
              |(?:giải\s+thưởng|giải|danh\s+hiệu)
              # an event's name: "Sự kiện biểu dương | X"
              |(?<=(?:[Ss]ự\s+kiện|[Cc]hương\s+trình|[Ll]ễ)\s+)(?:biểu\s+dương|tôn\s+vinh|vinh\s+danh))
       \s+(?=[\p{Lu}\d])""", regex.VERBOSE)
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
COUNTED_PART = regex.compile(r"(?P<count>\d+)\s+(?P<name>[^,;.\d][^,;.]*?)(?=\s*(?:,|;|\.|$|\s+và\s+\d))")
# between a count figure and its category: "8 đơn vị | tại hạng mục “…”"
COUNT_GAP = regex.compile(
    r"^\s*(?:được\s+\p{L}+(?:\s+\p{L}+)?\s+)?(?:tại|ở|thuộc|trong|của|cho)\s+(?:các\s+)?hạng\s+mục\s*[“\"'‘«]?$")
# between the winners counted and the prize they won: "15 bài viết | đoạt | giải nhì"
WON_GAP = regex.compile(r"^\s*(?:đã\s+|cùng\s+)?(?:đoạt|giành|nhận|đạt|được\s+trao)\s+$")
# after a recipient: "Hải Phòng | là 01 trong 07 … được trao giải", "X, 17 tuổi, | đạt huy chương"
RECIPIENT_AFTER = regex.compile(
    r"""\s*(?:,[^,.;]{1,40},|\([^()\n]{1,60}\))?\s*          # an apposition: ", học sinh lớp 12,", "(Hà Nội)"
        (?:(?:là|trở\s+thành)\s+[^.;]{0,80}?\s+)?         # "là 1 trong 7 địa phương"
        (?:đã\s+)?(?P<verb>được\s+(?:trao|nhận|vinh\s+danh|tôn\s+vinh|công\s+nhận|trao\s+tặng)\s
                         |(?:vinh\s+dự\s+nhận|giành|đạt|đoạt|nhận)\s          # a bare verb needs a prize after it
                          (?=(?:được\s+)?(?:\d+\s+|[\p{Ll}]+\s+)?(?:giải|huy\s+chương|HC[VBĐ]|danh\s+hiệu|bằng\s+khen|cúp|Giải|Huy\s+chương|Cúp|Bằng\s+khen|Danh\s+hiệu)))
        """,
    regex.VERBOSE,
)
REPRESENTATIVE = regex.compile(r"(?:[Ll]ãnh\s+đạo|[Đđ]ại\s+diện)\s+$")
ORGANISERS = regex.compile(r"(?:[Dd]o|bởi)\s+(?P<who>[^.;]{3,300}?)\s+(?:phối\s+hợp\s+|đồng\s+)?tổ\s+chức")
CO_ORGANISERS = regex.compile(r"(?P<who>[^.;]{3,300}?)\s+phối\s+hợp(?:\s+với)?\s+(?P<with>[^.;]{3,300}?)\s+tổ\s+chức")
PATRONS = regex.compile(r"bảo\s+trợ\s+(?:của\s+)?(?P<who>[^.;]{3,300})")
# between a winner and the event they won in: "X | ở hạng cân | 54kg nam", "X | (| 64kg nam)"
WON_IN = regex.compile(r"(?:\s+ở\s+(?:(?:hạng\s+cân|bài|nội\s+dung|cự\s+ly|hạng\s+mục)\s+)?|\s*\(\s*)$")
WON_IN_CHARS = 80
_LEADING = regex.compile(r"^(?:và|cùng|với)\s+", regex.IGNORECASE)
_YEAR_SUFFIX = regex.compile(r"\s+(?:năm\s+)?(?P<year>(?:19|20)\d{2})$")
_YEAR_AFTER = regex.compile(
    r"[”\"'’»]?\s*(?:,?\s*lần\s+thứ\s+[\dIVXLC]+\s*)?(?:[,–-]\s*)?(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?!\d)")
_TOP = regex.compile(r"^(?:TOP|Tốp|tốp|top)(?=\s)")


@cache
def _levels() -> tuple[dict[str, str], regex.Pattern[str]]:
    table = lexicon.mapping("prize_levels")
    words = lexicon.alternation(list(table))
    numbers = lexicon.alternation(list(lexicon.mapping("number_words")))
    # the count is looked for behind a level word, so that only word starts are tried,
    # not every character (six times faster than an optional count in front)
    pattern = regex.compile(rf"(?<!\p{{L}})(?:(?<=(?P<count>\d+|{numbers})\s+))?(?P<level>{words})(?!\p{{L}})",
                            regex.IGNORECASE)
    return table, pattern


@cache
def _strand() -> regex.Pattern[str]:
    """The strand a level is given in, right after it or after the levels listed with it
    ("7 giải B và 9 giải C | cho các | tác phẩm")."""
    numbers = lexicon.alternation(list(lexicon.mapping("number_words")))
    strands = lexicon.alternation(sorted(lexicon.words("award_strands")))
    return regex.compile(rf"(?:\s+và\s+(?:\d+|{numbers})\s+giải\s+\p{{L}}{{1,4}})*\s+(?:cho\s+(?:các\s+)?)?"
                         rf"(?P<strand>{strands})(?!\p{{L}})", regex.IGNORECASE)


def canonical_category(name: str) -> str:
    """`TOP tổ chức … CMCN 4.0 và CĐS` -> `Top tổ chức … cách mạng công nghiệp 4.0 và chuyển đổi số`."""
    name = name.strip().strip(_OPEN_Q + _CLOSE_Q + " .,;:")
    name = _LEADING.sub("", name)
    levels, _ = _levels()
    if " ".join(name.lower().split()) in levels:
        return levels[" ".join(name.lower().split())]
    # who gives a commendation is a body's name, kept as written (Bằng khen của UBND tỉnh)
    name, of, giver = name.partition(" của ")
    expansions = lexicon.mapping("abbreviations")
    words = [expansions.get(w, w) if w.isupper() or "&" in w else w for w in name.split()]
    name = " ".join(words) + of + giver
    name = _TOP.sub("Top", name)
    return name[:1].upper() + name[1:]


@dataclass
class _Cat:
    name: str
    key: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    count: int | None = None
    recipients: list[Recipient] = field(default_factory=list)


def _category_mentions(article: Article) -> list[tuple[int, int, str, int | None]]:
    """(start, end, written name, count written with it) for every category mention."""
    body = article.body
    found: list[tuple[int, int, str, int | None]] = []
    for m in CATEGORY_QUOTED.finditer(body):
        found.append((m.start("name"), m.end("name"), m["name"], None))
    for m in CATEGORY_PLAIN.finditer(body):
        if not any(a <= m.start("name") < b for a, b, _, _ in found):
            found.append((m.start("name"), m.end("name"), m["name"], None))
    for m in CATEGORY_LIST.finditer(body):
        offset = m.start("list")
        for part in regex.finditer(r"[^;]+", m["list"]):
            text = part.group().strip()
            if len(text) >= 3:
                start = offset + part.start() + (len(part.group()) - len(part.group().lstrip()))
                found.append((start, start + len(text), text, None))
    found += _listed_paragraphs(body) + _counted_parts(body) + honours.sport_events(body)
    found += honours.commendations(article, SpansInOrder(article.of("organisation", "person")))
    table, levels = _levels()
    written = []
    for m in levels.finditer(body):
        count = parse_number(m["count"]) if m["count"] else None
        strand = _strand().match(body, m.end("level"))
        written.append((m, table[m["level"].lower()], strand["strand"].lower() if strand else None,
                        int(count) if count else None))
    # a level given in two strands is two categories (Giải A tác phẩm, Giải A cá nhân);
    # given in one, the strand only says who won it (3 giải Ba cho các tác giả)
    strands: dict[str, set[str]] = {}
    for _, level, strand, _ in written:
        if strand:
            strands.setdefault(level, set()).add(strand)
    for m, level, strand, count in written:
        name = f"{level} {strand}" if strand and len(strands[level]) > 1 else m["level"]
        found.append((m.start("level"), m.end("level"), name, count))
    return sorted({f for f in found if len(f[2]) <= MAX_CATEGORY_NAME_CHARS})


def _listed_paragraphs(body: str) -> list[tuple[int, int, str, int | None]]:
    """The categories announced by "N hạng mục:" at the end of a paragraph: the names that
    open the next paragraphs (up to N of them), without their criteria."""
    found = []
    for m in CATEGORY_LIST_INTRO.finditer(body):
        pos = m.end()
        for _ in range(int(m["count"])):
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
        totals = [int(t["total"]) for t in PRIZE_TOTAL.finditer(before)]
        end = body.find(".", intro.end())
        parts = list(COUNTED_PART.finditer(body, intro.end(), end if end != -1 else len(body)))
        if totals and len(parts) > 1 and sum(int(p["count"]) for p in parts) == totals[-1]:
            found += [(p.start("name"), p.end("name"), p["name"], int(p["count"])) for p in parts]
    return found


def _merge(cats: list[_Cat]) -> list[_Cat]:
    """Fold a category into a longer one that it is a word-prefix of."""
    cats = sorted(cats, key=lambda c: -len(c.key))
    kept: list[_Cat] = []
    for c in cats:
        host = next((k for k in kept if is_cut_short(c.key, k.key)), None)
        if host:
            host.mentions += c.mentions
            host.forms += c.forms
            host.count = host.count if host.count is not None else c.count
            host.recipients += [r for r in c.recipients if _new(r, host.recipients)]
        else:
            kept.append(c)
    return sorted(kept, key=lambda c: min(c.mentions))


def _recipients(article: Article) -> list[tuple[Recipient, int]]:
    """(recipient, end of its prize verb) for every 'X được trao giải', 'X giành …'."""
    body = article.body
    out = []
    for s in article.of("organisation", "location", "person"):
        m = RECIPIENT_AFTER.match(body, s.end)
        if not m:
            continue
        receives_for_others = m["verb"].strip() == "nhận" and (
            s.label == "person" or REPRESENTATIVE.search(body[max(0, s.start - 20):s.start]))
        if not receives_for_others:
            out.append((winners.recipient_of(s), m.end()))
    return out


# a headline that may name a winner: it has one of the prize verbs of RECIPIENT_AFTER
_HEADLINE_CUE = regex.compile(r"được\s+(?:trao|nhận|vinh\s+danh|tôn\s+vinh|công\s+nhận)|giành|đạt|đoạt|nhận")


def _headline_recipients(article: Article) -> list[Recipient]:
    """`Hải Phòng được vinh danh là địa phương tiêu biểu …`: a winner named in the title."""
    if not article.title or not _HEADLINE_CUE.search(article.title):
        return []
    headline = Article(id=article.id, source_file=article.source_file, title="", body=article.title)
    return [who for who, _ in _recipients(headline.with_spans(entities.extract(headline)))]


def _listed_winners(article: Article, cats: dict[str, _Cat]) -> None:
    """`Giải nhì (5 giải): X (tác giả Y), …`, `Giải Nhất thuộc về Trường X` (winners.py)."""
    people = SpansInOrder(article.of("organisation", "location", "person"))
    for cat in cats.values():
        for _start, end in cat.mentions:
            count, found = winners.listed_after(article, end, people)
            if count is not None and cat.count is None:
                cat.count = count
            cat.recipients += [w for w in found if _new(w, cat.recipients)]


def _winners_before(article: Article, cats: dict[str, _Cat]) -> None:
    """`Bùi Văn A ở hạng cân 54kg nam`, `Lê B (64kg nam nhóm 3)`: a winner named right
    before the event or category they won in."""
    body = article.body
    people = SpansInOrder(article.of("organisation", "location", "person"))
    for cat in cats.values():
        for start, _end in cat.mentions:
            gap = WON_IN.search(body, max(0, start - WON_IN_CHARS), start)
            if not gap:
                continue
            who = [s for s in people.within(max(0, gap.start() - WON_IN_CHARS), gap.start()) if s.end == gap.start()]
            if who and _new(winner := winners.recipient_of(who[-1]), cat.recipients):
                cat.recipients.append(winner)


def _new(who: Recipient, known: list[Recipient]) -> bool:
    return all(fold(k.name) != fold(who.name) or (k.work and who.work and fold(k.work) != fold(who.work))
               for k in known)


def _orgs_in(orgs: SpansInOrder, start: int, end: int) -> list[str]:
    return [s.value.name for s in orgs.within(start, end)]


def _plain_name(body: str, start: int) -> int:
    """End of an unquoted award name starting at `start`: capitalised words, numbers,
    codes and lowercase words up to a stop word or punctuation."""
    stops = lexicon.words("award_name_stops")
    end, words, pos = start, 0, start
    while words < MAX_AWARD_NAME_WORDS:
        m = _NAME_TOKEN.match(body, pos)
        if not m or m["tok"].lower() in stops:
            break
        if m["tok"] in "–-" and not _NAME_TOKEN.match(body, m.end()):
            break
        pos = m.end()
        words += 1
        if m["tok"] not in "–-":
            end = pos
    return end


def _award_names(body: str) -> list[tuple[int, int, str, int | None]]:
    """(start, end, name, year) for every award name."""
    levels, _ = _levels()
    names: list[tuple[int, int, str]] = []
    for m in AWARD_QUOTED.finditer(body):
        said = fold(f"{m['cue']}{m['kind']}")
        if not any(said == lv or said.startswith(f"{lv} ") for lv in levels):  # "giải nhất “X”" names a work
            names.append((m.start("name"), m.end("name"), m["name"].strip()))
    for m in AWARD_PLAIN_START.finditer(body):
        if any(a <= m.end() < b + 2 for a, b, _ in names):
            continue
        end = _plain_name(body, m.end())
        cue_in_name = m["cue"][0].isupper() and not body[max(0, m.start() - 4):m.start()].strip().endswith("Lễ")
        start = m.start() if cue_in_name else m.end()
        text = body[start:end].strip()
        written = fold(f"{m['cue']} {body[m.end():end]}")
        if end - m.end() < 2 or any(written == lv or written.startswith(f"{lv} ") for lv in levels):
            continue  # "giải Nhất", "giải Khuyến khích": a prize level, not an award
        if len(body[m.end():end].split()) < 2 and not cue_in_name:
            continue
        if fold(m["cue"]) == "danh hiệu" and not _YEAR_SUFFIX.search(text):
            continue  # "danh hiệu Tập thể Lao động xuất sắc" is an honour, not a ceremony's award
        names.append((start, end, text))
    out = []
    for start, written_end, written in sorted(names):
        year = None
        ys = _YEAR_SUFFIX.search(written)
        text = written[:ys.start()].strip() if ys else written
        end = start + len(text)
        after = _YEAR_AFTER.match(body, written_end)
        if ys:
            year = int(ys["year"])
        elif after:
            year = int(after["year"])
        if 3 <= len(text) <= MAX_AWARD_NAME_CHARS:
            out.append((start, end, text, year))
    return out


def extract(article: Article) -> tuple[Span, ...]:
    body = article.body
    mentions = _category_mentions(article)
    names = _award_names(body)
    if not mentions and not names:
        return ()
    cats: dict[str, _Cat] = {}
    for start, end, text, count in mentions:
        name = canonical_category(text)
        key = fold(name)
        cat = cats.setdefault(key, _Cat(name, key))
        cat.mentions.append((start, end))
        cat.forms.append(text)
        if count is not None and cat.count is None:
            cat.count = count
    _counts_from_figures(article, cats)
    award_recipients: list[Recipient] = []
    mentions_in_order = sorted((a, i, cat) for i, cat in enumerate(cats.values()) for a, _b in cat.mentions)
    mention_starts = [a for a, _i, _cat in mentions_in_order]
    for who, pos in _recipients(article):
        window = pos + CLAUSE_CHARS
        clause_end = min(p for p in (body.find(". ", pos, window), body.find(";", pos, window),
                                     body.find("\n", pos, window), min(window, len(body))) if p != -1)
        targets = [cat for _a, _i, cat in
                   mentions_in_order[bisect_left(mention_starts, pos):bisect_left(mention_starts, clause_end)]]
        for cat in {id(c): c for c in targets}.values():
            if _new(who, cat.recipients):
                cat.recipients.append(who)
        if _new(who, award_recipients):
            award_recipients.append(who)
    _listed_winners(article, cats)
    _winners_before(article, cats)
    award_recipients += [who for who in _headline_recipients(article) if _new(who, award_recipients)]
    merged = _merge(list(cats.values()))
    spans = [Span(start, end, "award_category", body[start:end], cat.name, rule="award:category")
             for cat in merged for start, end in cat.mentions]
    keys = Counter(fold(n[2]) for n in names)
    main = max(names, key=lambda n: (keys[fold(n[2])], n[3] is not None, -n[0])) if names else None
    year = next((n[3] for n in names if fold(n[2]) == fold(main[2]) and n[3]), None) if main else None
    organisers: list[str] = []
    orgs = SpansInOrder(article.of("organisation"))
    for m in ORGANISERS.finditer(body):
        organisers += [o for o in _orgs_in(orgs, m.start("who"), m.end("who")) if o not in organisers]
    for m in CO_ORGANISERS.finditer(body):
        organisers += [o for o in _orgs_in(orgs, m.start("who"), m.end("with")) if o not in organisers]
    patrons: list[str] = []
    for m in PATRONS.finditer(body):
        patrons += [o for o in _orgs_in(orgs, m.start("who"), m.end("who")) if o not in patrons]
    for cat in merged:
        award_recipients += [r for r in cat.recipients if _new(r, award_recipients)]
    if main is None and not merged:
        return ()
    value = AwardValue(
        name=main[2] if main else None,
        year=year,
        categories=tuple(Category(c.name, c.count, tuple(c.recipients),
                                  tuple(dict.fromkeys(f for f in c.forms if f != c.name))) for c in merged),
        recipients=tuple(award_recipients),
        organisers=tuple(organisers),
        patrons=tuple(patrons),
    )
    anchor = (main[0], main[1]) if main else merged[0].mentions[0]
    spans.append(Span(anchor[0], anchor[1], "award", body[anchor[0]:anchor[1]], value, rule="award:name"))
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))


def _counts_from_figures(article: Article, cats: dict[str, _Cat]) -> None:
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
