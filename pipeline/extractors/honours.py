"""Categories that are no `hạng mục` and no prize level: state and provincial
commendations, and the events of a sports competition.

- A commendation kind (`Bằng khen`, `Giấy khen`, `Cờ thi đua`, `Huân chương Lao động
  hạng Ba`, `huy hiệu “Tuổi trẻ dũng cảm”`) is named by who gives it: `Bằng khen của
  Bộ trưởng Bộ Y tế`, or the giver before the verb (`Tỉnh đoàn Hà Tĩnh trao tặng bằng
  khen`, `Chủ tịch UBND tỉnh … có quyết định tặng bằng khen`). Two givers make two
  categories, as the commendation pages list them.
- A section of the results (`Hạng mục ca khúc thiếu nhi có 2 giải A`, `Ở khối cơ quan,
  trường học, giải nhất thuộc về …`) holds its own levels: a level given in two sections
  is two categories, named with their section.
- A sports event (`hạng cân 54kg nam nhóm 3`, `bài Song luyện kiếm nam nhóm 1`,
  `cự ly 100m tự do nữ`) is the category its medals are won in; standings of the whole
  team (`hạng nhất toàn đoàn`) are one category, `Toàn đoàn`.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import regex

from pipeline import lexicon
from pipeline.extractors.ordered import SpansInOrder
from pipeline.model import Article, Span
from pipeline.text import fold

Mention = tuple[int, int, str, int | None]
# a level's sentence is looked for this far back: one sentence of results
CLAUSE_CHARS = 600
_QUOTES = " “”\"'"

# how far before a commendation its giver and verb may stand: one clause
GIVER_CHARS = 200
MAX_GIVER_WORDS = 10
# "… (vừa) có quyết định số 2590/QĐ-UBND | tặng | bằng khen": the verb right before the kind
GIVING = regex.compile(
    r"""(?:\s+(?:đã|vừa|sẽ))?
        (?:\s+(?:có|ký|ban\s+hành)\s+quyết\s+định[^.;\n]{0,60}?)?
        \s+(?:trao\s+tặng|tặng|trao|khen\s+thưởng|tặng\s+thưởng)\s+$""",
    regex.VERBOSE,
)
# a giver written after the kind: "Bằng khen của | Bộ trưởng Bộ Y tế | cho …"
GIVER_AFTER = regex.compile(r"\s+của\s+(?P<giver>\p{Lu}[^,.;:\n()]*)")
_GIVER_STOP = regex.compile(r"\s+(?:cho|vì|về|do|đã|vừa|tại|trong|với|và|năm|ngày)(?!\p{L})")
# sports events
WEIGHT_CLASS = regex.compile(
    r"""(?<![\d.,])(?P<name>\d+(?:[.,]\d+)?\s?kg\s+(?:nam|nữ)
        (?P<group>\s+(?:thuộc\s+)?nhóm\s+\d+|\s+\(nhóm\s+\d+\))?)(?!\p{L})""",
    regex.VERBOSE,
)
NAMED_EVENT = regex.compile(
    r"""(?<!\p{L})(?:bài|nội\s+dung|cự\s+ly)\s+
        (?P<name>(?:\p{Lu}|\d+\s?m\s)[\p{L}\d\s]*?\s(?:nam|nữ)(?:\s+nhóm\s+\d+)?)(?!\p{L})""",
    regex.VERBOSE,
)
# an event's results in bare level words: "môn kéo co: Nhất xã Tân An, Nhì thị trấn Lam Sơn, Ba …"
_BARE_LEVEL = r"(?:[Gg]iải\s+)?(?:[Nn]hất|[Nn]hì|[Bb]a|[Tt]ư|[Kk]huyến\s+khích|[Vv]ô\s+địch|[Áá]\s+quân)"
EVENT_RESULTS = regex.compile(
    rf"""(?<!\p{{L}})(?:[Mm]ôn|[Nn]ội\s+dung|[Bb]ộ\s+môn)\s+(?P<name>\p{{L}}[\p{{L}}\d\s]{{1,40}}?)\s*:\s*
        (?P<results>{_BARE_LEVEL}\s+[^.;\n]+)""",
    regex.VERBOSE,
)
# one placing of those results: the level word, then who took it (after a dash or not), to the next comma
PLACING = regex.compile(rf"(?P<level>{_BARE_LEVEL})(?:\s*[-–]\s*|\s+)(?P<who>[^,;.\n]+?)\s*(?=,|;|\.|$|\n)")
# the category of a team's standing in the whole competition
STANDING = "Toàn đoàn"
# hạng nhất toàn đoàn, giải Nhì toàn đoàn, nhất toàn đoàn, giải toàn đoàn, giải A toàn đoàn,
# giải khuyến khích toàn đoàn, (ngôi) vô địch toàn đoàn, xếp hạng toàn đoàn
TEAM_STANDING = regex.compile(
    r"""(?<!\p{L})(?:(?:xếp\s+)?(?:vị\s+trí\s+)?(?:hạng|thứ)\s+(?:nhất|nhì|ba|tư|\d+)
                   |(?:[Gg]iải\s+)?(?:[Nn]hất|[Nn]hì|[Bb]a|[Tt]ư|[Kk]huyến\s+khích)
                   |[Gg]iải\s+[A-D]|(?:[Nn]gôi\s+)?[Vv]ô\s+địch|[Xx]ếp\s+hạng|[Gg]iải)
        \s+(?P<name>toàn\s+đoàn)(?!\p{L})""",
    regex.VERBOSE,
)
# what names an event before its sport (môn kéo co, nội dung đơn nam, bộ môn cờ tướng)
_EVENT_HEAD = r"(?:[Mm]ôn|[Nn]ội\s+dung|[Bb]ộ\s+môn)(?:\s+thi(?:\s+đấu)?)?"
# an event in brackets after who won it: "Nguyễn Văn A (đơn nam)"
BRACKETED_EVENT = regex.compile(r"\((?P<name>[^()\n]{3,40})\)")
# one event named after its head word; not a list of them (các môn X, Y; 3 nội dung: …)
_LED_EVENT = regex.compile(rf"(?<!(?:[Cc]ác|[Nn]hững|\d)\s+){_EVENT_HEAD}\s+")
# between a prize level and the event it names: "giải Nhất | môn | kéo co", "vô địch | ở nội dung | đôi nữ"
LEVEL_OF_EVENT = regex.compile(rf"^\s*(?:(?:ở|tại)\s+)?(?:{_EVENT_HEAD}\s+)?$")
# between a winner and the event they won in: "X | ở hạng cân | 54kg nam", "X | (| 64kg nam)"
WON_IN = regex.compile(r"(?:\s+ở\s+(?:(?:hạng\s+cân|bài|nội\s+dung|cự\s+ly|hạng\s+mục)\s+)?|\s*\(\s*)$")
WON_IN_CHARS = 80
SENTENCE_END = regex.compile(r"[.!?…](?:\s|$)|\n")
# where an item of a results list may begin: a line, a sentence, a `;` or `:` item, or after
# the sport that heads the list (`Môn bắn nỏ, | đứng bắn nam: …`); `môn` may open the item
_ITEM_STARTS = (regex.compile(rf"(?:^|[.;:][ \t]+)(?:{_EVENT_HEAD}\s+)?", regex.MULTILINE),
                regex.compile(rf"{_EVENT_HEAD}\s+[^,;:.\n]{{2,30}},[ \t]+"))
# what follows an event written as a results item: its winner after a colon (`quỳ bắn nữ: A`),
# or its placings after a comma (`kéo co nữ, nhất xã B`)
_ITEM_RESULT = regex.compile(rf"[ \t]*(?::[ \t]*(?!{_BARE_LEVEL}\s)(?=\p{{Lu}})|,[ \t]*(?={_BARE_LEVEL}\s))")
_GENDER = frozenset({"nam", "nữ"})
MAX_EVENT_WORDS = 7


@cache
def _kinds() -> regex.Pattern[str]:
    kinds = lexicon.alternation(lexicon.words("commendations"), first_letter_any_case=True)
    return regex.compile(
        rf"""(?<!\p{{L}})(?P<kind>{kinds})
             (?P<rest>\s*[“"][^”"\n]{{3,60}}[”"]
                      |(?:\s+\p{{Lu}}[\p{{L}}\d-]*(?:\s+\p{{Ll}}+)?)*(?:\s+hạng\s+(?:[Nn]hất|[Nn]hì|[Bb]a))?)""",
        regex.VERBOSE,
    )


def _order_name(rest: str) -> str:
    """`Lao động hạng Ba`: a capitalised word keeps the lowercase syllable after it only
    when the two make one word (Lao động, Bảo vệ), not a following clause (`Sao Vàng cho`)."""
    words = rest.split()
    kept: list[str] = []
    for i, word in enumerate(words):
        if word[:1].islower():
            level = word == "hạng" or (i > 0 and words[i - 1] == "hạng")
            one_word = bool(kept) and f"{kept[-1].lower()} {word}" in lexicon.dictionary()
            if not (level or one_word):
                break
        kept.append(word)
    return " ".join(kept)


@cache
def _title_before() -> regex.Pattern[str]:
    titles = lexicon.alternation(lexicon.words("titles"), first_letter_any_case=True)
    return regex.compile(rf"(?<!\p{{L}})(?P<title>{titles})\s+$")


def commendations(article: Article, givers: SpansInOrder) -> list[Mention]:
    """(start, end, name, None) for every commendation, named with who gives it.

    `givers` holds the article's organisations and persons."""
    body = article.body
    found = []
    for m in _kinds().finditer(body):
        rest = m["rest"] if m["rest"].lstrip()[:1] in "“\"" else _order_name(m["rest"])
        name = f"{m['kind']} {rest.strip(_QUOTES)}".strip()
        end = m.start("rest") + (m["rest"].find(rest) + len(rest) if rest else 0)
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
    return [(m.start("name"), m.end("name"), f"danh hiệu {table[' '.join(m['title'].lower().split())]}")
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
        found.append((m.start(), m.end(), table[" ".join(m.group().lower().split())],
                      int(count["count"]) if count else None))
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


def sport_events(body: str) -> list[Mention]:
    """(start, end, name, None) for every weight class, named event and team standing."""
    found = []
    for m in WEIGHT_CLASS.finditer(body):
        group = regex.sub(r"[()]|thuộc\s+", "", m["group"] or "").strip()
        name = regex.sub(r"\s+", " ", m["name"][:m.start("group") - m.start("name")] if m["group"] else m["name"])
        found.append((m.start("name"), m.end(), f"{name} {group}".strip(), None))
    for m in NAMED_EVENT.finditer(body):
        found.append((m.start("name"), m.end("name"), m["name"], None))
    for m in TEAM_STANDING.finditer(body):
        found.append((m.start("name"), m.end("name"), STANDING, None))
    for m in EVENT_RESULTS.finditer(body):
        found.append((m.start("name"), m.end("name"), m["name"].strip(), None))
    return found


@cache
def _sport() -> regex.Pattern[str]:
    """A sport or an event's form where an event's name may begin (at a word start)."""
    sports = lexicon.alternation(lexicon.words("sports"))
    return regex.compile(rf"(?<!\p{{L}})(?i:{sports})(?![\p{{L}}\p{{M}}])")


@cache
def _event_words() -> frozenset[str]:
    """The words that continue an event's name after its sport."""
    inside = {w for name in ("sports", "sport_event_words") for entry in lexicon.words(name) for w in entry.split()}
    return frozenset(inside)


_EVENT_WORD = regex.compile(r"[ \t]*(?P<word>[-–]|(?<=[ \t–-])[\p{L}\d][\p{L}\p{M}\d./-]*)")
_RANGE_DASHES = ("-", "–")


def _event_at(body: str, start: int) -> int | None:
    """Where the event whose name begins at `start` ends (a sport, then its words: `bóng đá nam
    mini 5 người`, `Cầu lông Đôi nam`, `chạy 100m`), or None when no sport begins there."""
    sport = _sport().match(body, start)
    if not sport or _word_goes_on(body, sport):
        return None
    inside = _event_words()
    end, words = sport.end(), len(sport.group().split())
    while words < MAX_EVENT_WORDS and (m := _EVENT_WORD.match(body, end)):
        word = m["word"].rstrip("./")
        if word in _RANGE_DASHES and regex.match(r"[ \t]*\d", body[m.end():m.end() + 3]):
            end = m.end()  # `trên 45kg - 50kg`: a range goes on to its upper bound
            continue
        if not (word.lower() in inside or any(c.isdigit() for c in word)):
            break
        if word.lower() in _team_words() and _begins_winner(body, end, m.end()):
            break  # `bóng chuyền nữ | đội huyện Đăk Hà`: a team's word begins the winner
        end, words = m.start("word") + len(word), words + 1
    return end


@cache
def _team_words() -> frozenset[str]:
    return frozenset(w for w in lexicon.words("team_words") if " " not in w)


def _begins_winner(body: str, before: int, after: int) -> bool:
    """The team word ending at `after` opens the winner's name, not the event's: the word before
    it does not make one event word with it (`đồng đội`), and no event word follows it."""
    previous = body[:before].rsplit(maxsplit=1)[-1].lower() if body[:before].strip() else ""
    word = body[before:after].strip().lower()
    following = _EVENT_WORD.match(body, after)
    return f"{previous} {word}" not in lexicon.words("sports") and \
        not (following and following["word"].lower() in _event_words())


_NEXT_SYLLABLE = regex.compile(r"[ \t]+(\p{L}+)")


def _word_goes_on(body: str, sport: regex.Match[str]) -> bool:
    """`môn Vật lý` is physics, not wrestling (`vật`): the sport's last syllable and the next
    make a word of the dictionary."""
    after = _NEXT_SYLLABLE.match(body, sport.end())
    return bool(after) and after[1].lower() not in _event_words() \
        and f"{sport.group().split()[-1]} {after[1]}".lower() in lexicon.dictionary()


def listed_events(body: str) -> list[Mention]:
    """(start, end, name, None) for every event written as an item of a results list, its
    winner or placings right after it: `Môn bắn nỏ, đứng bắn nam: A – xã B; quỳ bắn nam: C`,
    `kéo co nam, nhất xã D`. The name is sport words only and says who competed (nam, nữ):
    a clause that merely starts with a sport is no event."""
    found = []
    for start in sorted({m.end() for pattern in _ITEM_STARTS for m in pattern.finditer(body)}):
        end = _event_words_end(body, start)
        if end is not None and _ITEM_RESULT.match(body, end):
            found.append((start, end, body[start:end], None))
    return found


def _event_words_end(body: str, start: int) -> int | None:
    """Where a run of sport and event words from `start` ends, when it names men or women."""
    inside = _event_words()
    end, words, gender = start, [], False
    while len(words) < MAX_EVENT_WORDS and (m := _EVENT_WORD.match(body, end) if words else
                                            _FIRST_WORD.match(body, end)):
        word = m["word"].lower()
        if word not in inside:
            break
        end, gender = m.end(), gender or word in _GENDER
        words.append(word)
    return end if gender and len(words) > 1 else None


_FIRST_WORD = regex.compile(r"(?P<word>\p{L}+)")


@cache
def unit_word() -> str:
    """A pattern for the lowercase word of an administrative unit (xã, phường, thị trấn)."""
    return lexicon.alternation([w for w in lexicon.words("admin_units") if w.islower()])


@cache
def _home_gap() -> regex.Pattern[str]:
    """Between a winner and their home written after them: "A | – xã | B", "A | , phường | B"."""
    return regex.compile(rf"^\s*[–,-]\s*(?:{unit_word()}\s+)?$")


def winner_before(body: str, before: list[Span], pos: int) -> Span | None:
    """The name that ends right at `pos` (`before`: the names that end before it, in order);
    a home place or unit after a person stands for the person (`A – xã B (60kg nam)`: A)."""
    if not before or before[-1].end != pos:
        return None
    who = before[-1]
    if who.label != "person" and len(before) > 1 and before[-2].label == "person" \
            and _home_gap().match(body[before[-2].end:who.start]):
        return before[-2]
    return who


def results_events(body: str) -> tuple[list[Mention], list[Mention]]:
    """The events of a competition's results: (those named after `môn`, `nội dung`, `bộ môn`,
    which the prize levels after them in their sentence belong to; those bracketed after a
    winner). Sports only listed (`thi đấu 6 môn: …`) are no prize. Read only on a page that
    gives prizes: `môn Toán` of an exam is no sport, and a match report names sports it gives
    no prize in."""
    led, other = [], []
    for m in _LED_EVENT.finditer(body):
        end = _event_at(body, m.end())
        if end is not None:
            led.append((m.end(), end, body[m.end():end], None))
    led += [(m.start("name"), m.end("name"), STANDING, None) for m in TEAM_STANDING.finditer(body)]
    for m in BRACKETED_EVENT.finditer(body):
        end = _event_at(body, m.start("name"))
        if end == m.end("name"):
            other.append((m.start("name"), end, m["name"], None))
    return led, other


_EVENT_AFTER_LEVEL = regex.compile(r"[ \t]+")


def event_of_level(body: str, level: str, start: int, end: int, *, led: list[Mention],
                   events: list[Mention]) -> str | None:
    """The event a prize level at [start, end) was won in, which is its category
    (ANNOTATION.md: each event is a category, the placings are its winners): the event named
    right after it (`giải Nhất môn kéo co`, `nhất toàn đoàn`), else the last event named before
    it in its sentence (`Môn nhảy cao, VĐV A giành giải nhất`; `X nhất toàn đoàn, giải nhì
    thuộc về Y`, but not the medals a team's standing is counted in: `nhất toàn đoàn với 23
    HCV`). None: the level is the category."""
    for a, _b, name, _ in events:
        if a >= end and LEVEL_OF_EVENT.match(body[end:a]):
            return name
    if (after := _EVENT_AFTER_LEVEL.match(body, end)) and (stop := _event_at(body, after.end())) is not None \
            and any(w in _GENDER for w in body[after.end():stop].lower().split()) \
            and not WEIGHT_CLASS.search(body, after.end(), stop):  # a weight class is named as sport_events names it
        return body[after.end():stop]  # `HCB đồng đội nam`, `nhất đơn nam 18-45 tuổi`: the event named right after
    sentence = max((m.end() for m in SENTENCE_END.finditer(body, max(0, start - CLAUSE_CHARS), start)), default=0)
    medal = level.lower().startswith("huy chương")
    before = [(a, name) for a, b, name, _ in led if sentence <= a and b <= start
              and not (medal and name == STANDING)]
    return max(before)[1] if before else None


def level_before(body: str, pos: int, level_starts: list[int]) -> bool:
    """A prize level (at one of the sorted `level_starts`) stands before `pos` in its sentence."""
    k = bisect_left(level_starts, pos)
    if not k:
        return False
    return not SENTENCE_END.search(body, level_starts[k - 1], pos)


# between an event and its placings: a colon, or a comma right before a level (`kéo co nữ, nhất …`)
_PLACINGS_LEAD = regex.compile(rf"\s*:\s*|,[ \t]*(?={_BARE_LEVEL}\s)")


def placings(body: str, end: int) -> list[tuple[int, int]]:
    """Where the winners of an event's bare-level results stand, when its name at `end` is
    followed by them ("kéo co: Nhất xã Tân An, Nhì …"), on its line and on the lines after it
    that open with a level ("Nhì - Đội B" a line): every placed competitor is a winner of the
    event (ANNOTATION.md's sports rule)."""
    m = _PLACINGS_LEAD.match(body, end)
    if not m:
        return []
    found: list[tuple[int, int]] = []
    start = m.end()
    while True:
        line_end = body.find("\n", start)
        line_end = len(body) if line_end == -1 else line_end
        stop = body.find(".", start, line_end)
        on_line = _placings_between(body, start, line_end if stop == -1 else stop)
        found += on_line
        following = _LINE_BREAKS.match(body, line_end).end()
        if not on_line or stop != -1 or line_end == len(body) or not _NEXT_PLACING.match(body, following):
            return found
        start = following


_LINE_BREAKS = regex.compile(r"\s*")
# a line of more placings opens with a level and a dash or colon (`Nhì - Đội B`): `Ba Vì là …` is no placing
_NEXT_PLACING = regex.compile(rf"{_BARE_LEVEL}\s*[-–:]\s*\p{{L}}")


def _placings_between(body: str, start: int, stop: int) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for p in PLACING.finditer(body, start, stop):
        if (found and body[found[-1][1]:p.start()].strip(" ,;")) or (not found and body[start:p.start()].strip()):
            break  # the next event's placings (`…, nhất xã A; kéo co nữ, nhất xã B`)
        if not any(c.isupper() for c in p["who"]):
            break  # no name placed: `giải nhì, ba và khuyến khích tại cuộc thi` lists levels
        found.append((p.start("who"), p.end("who")))
    return found


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
