"""The events of a sports competition, as the categories their medals and places are won in.

A sports event (`hạng cân 54kg nam nhóm 3`, `bài Song luyện kiếm nam nhóm 1`, `cự ly 100m tự
do nữ`, `môn kéo co: Nhất xã A, Nhì …`) is the category its medals are won in; standings of
the whole team (`hạng nhất toàn đoàn`) are one category, `Toàn đoàn`; a winner's event is read
after the level (`giải Nhất môn kéo co`), in brackets after the winner, or as the item of a
results list that the event heads.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

import regex

from pipeline import lexicon
from pipeline.model import Mention, Span

# a level's sentence is looked for this far back: one sentence of results
CLAUSE_CHARS = 600
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
# a placed competitor's name is at most this long: a longer stretch up to the next comma is no
# name, and reading it from every level word of a long line cost the square of the line
MAX_PLACED_CHARS = 160
PLACING = regex.compile(rf"(?P<level>{_BARE_LEVEL})(?:\s*[-–]\s*|\s+)(?P<who>[^,;.\n]{{1,{MAX_PLACED_CHARS}}}?)"
                        r"\s*(?=,|;|\.|$|\n)")
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


# `X vô địch (ở nội dung) cờ chớp nam`, `lên ngôi vô địch đôi nam`: the champion of an event
# named right after; not a championship's name (`Giải vô địch bóng đá …`)
CHAMPION_OF = regex.compile(
    r"""(?<!(?i:giải|chức|ngôi)\s)(?<!\p{L})(?i:vô\s+địch)\s+(?:(?:ở|tại)\s+)?(?:(?:nội\s+dung|môn)\s+)?
        (?=\p{Ll})""",
    regex.VERBOSE,
)


def sport_events(body: str) -> list[Mention]:
    """(start, end, name, None) for every weight class, named event, event won by a champion
    and team standing."""
    found = []
    for m in CHAMPION_OF.finditer(body):
        if (end := _event_at(body, m.end())) is not None:
            found.append((m.end(), end, body[m.end():end], None))
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
        following = _SPACES.match(body, line_end).end()
        if not on_line or stop != -1 or line_end == len(body) or not _NEXT_PLACING.match(body, following):
            return found
        start = following


_SPACES = regex.compile(r"\s*")
# a line of more placings opens with a level and a dash or colon (`Nhì - Đội B`): `Ba Vì là …` is no placing
_NEXT_PLACING = regex.compile(rf"{_BARE_LEVEL}\s*[-–:]\s*\p{{L}}")


_LIST_GAP = regex.compile(r"[ ,;]*")


def _placings_between(body: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The placings that follow one another from `start` (spaces before the first, commas,
    semicolons and spaces between): each is matched where the last ended, so a long line is
    read once, not once for every event named on it."""
    found: list[tuple[int, int]] = []
    at = _SPACES.match(body, start, stop).end()
    while (p := PLACING.match(body, at, stop)) is not None:
        # no name placed: `giải nhì, ba và khuyến khích tại cuộc thi` lists levels; a gap of
        # anything else before the next is the next event's placings (`…, nhất xã A; kéo co nữ, nhất xã B`)
        if not any(c.isupper() for c in p["who"]):
            break
        found.append((p.start("who"), p.end("who")))
        at = _LIST_GAP.match(body, p.end("who"), stop).end()
    return found
