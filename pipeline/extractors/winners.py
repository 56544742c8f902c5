"""Winners listed after a prize: `Giải nhì (5 giải): X (tác giả Y), Z (tác giả W)`,
`5 giải A tác phẩm là: X (Công ty Y), …`, `Giải Nhất: “X” của tác giả Y`,
`3 giải A cá nhân trao cho diễn viên là A, B và C`, `Giải Nhất thuộc về Trường X`.

Ceremonies publish results as such lists far more often than as sentences with a verb
per winner. A list runs from the prize to the end of its sentence or line. Its items
are split at `;` when it has any, else at commas and `và` (never inside quotes or
brackets); when most items end with a bracket, a piece without one is part of the next
item's title (`Tình đầu là hoa, tình sau là gạo (tác giả Y)`). Each item is a work and
who made it, or a winner on its own with where it comes from in brackets
(`nhà văn X (Thái Nguyên)`): the winner is the person, body or place, the work is kept
beside it. An item that does not start with a capital or a quote ends the list.
"""

from __future__ import annotations

from functools import cache

import regex

from pipeline import lexicon
from pipeline.extractors.ordered import SpansInOrder
from pipeline.model import Article, Recipient, Span
from pipeline.names import unit_words
from pipeline.text import digits_value, fold

# A result list is one paragraph; a page's longest run to ten winners with their works.
MAX_LIST_CHARS = 2000
MAX_WINNER_WORDS = 12

# between a prize and its winners: "(5 giải)", a few lowercase words (the strand, who it
# is given to), then a colon, "là", "thuộc về", "trao cho" or straight a quoted work
LIST_INTRO = regex.compile(
    r"""[”"]?(?:\s*\(\s*(?P<count>\d+)\s+giải\s*\))?              # Giải nhì (5 giải), “Giải lớn” đã …
        (?:\s+(?!tiêu\s+chí|tiêu\s+chuẩn|điều\s+kiện)\p{Ll}+){0,7}?  # tác phẩm | cá nhân trao cho diễn viên;
                                                                  # criteria are no winners
        (?:\s*:[ \t]*(?:là\s*:?[ \t]*)?                            # Giải Nhất: …
          |\s+là\s*:?[ \t]*                                       # … là A, B và C
          |\s+(?:đã\s+)?(?:thuộc\s+về|về\s+tay)\s+                 # Giải Nhất thuộc về X
          |\s+(?:(?:được\s+)?(?:trao(?:\s+tặng)?|tặng|dành)\s+)?cho\s+(?=(?:\p{Ll}+\s+){0,2}[\p{Lu}“"])
          |\s+[–-]\s+(?=\p{Lu})                                    # Kịch bản xuất sắc – X
          |\s+cho\s+(?P<count>\d+)\s+(?:tập\s+thể|cá\s+nhân|đơn\s+vị|tổ\s+chức)  # … cho 10 tập thể dẫn đầu …,
           [^:\n]{0,200}?(?:gồm|như\s+sau|sau\s+đây)\s*:[ \t]*          # gồm: (a list follows)
    )""",
    regex.VERBOSE,
)

# a full stop that ends the list: not the one of an abbreviation (TP. Hồ Chí Minh)
# a list ends at a line break or a full stop, not one of initials (`TP.`, `Nguyễn V.`), but
# one after a prize letter (`… giải B.`); and where more prizes are counted (`, cùng 3 giải B`)
LIST_END = regex.compile(r"""\n|(?:(?<!(?:^|[\s(])\p{Lu}{1,3})|(?<=(?i:giải)\s+\p{Lu}))\.(?=\s|$)
                             |,?\s+(?:cùng|và)\s+\d+\s+(?i:giải)\s""", regex.VERBOSE)
_OPEN, _CLOSE = "(“\"‘«", ")”\"’»"
_QUOTES = "“”\"'‘’«»"
# a line of a list written one winner a line: "- Loạt bài … của nhóm tác giả X", "2. Giải pháp …"
BULLET_LINE = regex.compile(r"^[ \t]*(?:[-–•+*]|\d{1,2}[.)])[ \t]*(?P<item>[^\n]+)\n*", regex.MULTILINE)
# "của nhóm tác giả A, B": the names after the comma are more of the group, not winners
GROUP_ROLE = regex.compile(r"(?:nhóm|đồng|tập\s+thể)\s+tác\s+giả\s+[^()“”\"]+$")
MORE_OF_GROUP = regex.compile(r"^\p{Lu}[\p{L}\s]*$")
# what may follow a winner's name in its item: where it is from, the event it won
# ("X ở hạng cân 54kg"), who made it ("do Công ty Y thiết kế"), a dash and a note; a
# clause with its own verb is no winner
WINNER_TAIL = regex.compile(r"\s*(?:$|\(|[-–]\s|ở\s|với\s|do\s)")
# words naming what a winner does, before their name ("điều dưỡng | Lê Thị Tâm")
_ROLE_WORDS = regex.compile(r"^(?:\p{Ll}+\s+){1,3}(?=\p{Lu})")
# a placing word before the one who took it, in an event's results ("Nhất xã Tân An, Nhì …",
# "Nhất - Đội Tân An")
_PLACING_LEAD = regex.compile(r"^(?:[Nn]hất|[Nn]hì|[Bb]a|[Tt]ư|[Vv]ô\s+địch)(?:\s*[-–]\s*|\s+)(?=\p{L})")
# where a winner comes from, after a dash: a lowercase word opens it (– xã Bản Pì, – phường X)
_HOME_TAIL = regex.compile(r"\s+[-–]\s+\p{Ll}[^\n]*$")
BRACKET_END = regex.compile(r"^(?P<head>.+?)\s*\((?P<inner>[^()]*)\)$")


@cache
def _grammar() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    works = lexicon.alternation(lexicon.words("work_nouns"), first_letter_any_case=True)
    authors = lexicon.alternation(lexicon.words("author_words"), first_letter_any_case=True)
    honorifics = lexicon.alternation(lexicon.words("honorifics"), first_letter_any_case=True)
    teams = lexicon.alternation(lexicon.words("team_words"))  # lowercase: "Đoàn Cải lương X" is a name
    lead = regex.compile(rf"^(?:(?:{works}|{honorifics}|{teams}|các)\s*:?\s+)+(?=[\p{{Lu}}“\"])")
    # "“X” của tác giả Y", "X của nhóm tác giả Y, Z", "X - tác giả Y", "X - Y", "Tác phẩm “X”, tác giả Y"
    made_by = regex.compile(rf"""^(?P<work>.+?)
        (?:\s+của\s+(?:(?P<role>{authors})\s+)?|(?P<dash>\s+[-–]\s+)(?:(?P<role>{authors})\s*:?\s+)?
           |\s*[-–]\s*(?P<role>{authors})\s*:?\s+                       # "X- Tác giả: Y", the dash glued
           |,\s+(?P<role>{authors})\s*:?\s+)
        (?P<who>[\p{{Lu}}].*)$""", regex.VERBOSE)
    author = regex.compile(rf"^(?:của\s+)?(?P<role>{authors})\s+(?P<who>[\p{{Lu}}].*)$")
    # a quoted work straight after the prize, or after the noun for the work: "Giải Nhất tác
    # phẩm “X” …", not after other words ("hạng mục “A” và hạng mục “B”" names two categories)
    work_intro = regex.compile(rf"[”\"]?\s+(?:{works}\s+)?(?=[“\"])")
    return lead, made_by, author, work_intro


@cache
def _collective() -> regex.Pattern[str]:
    """The people of a place or a body before its name (`Nhân dân và cán bộ | xã Tân An`,
    `Cán bộ, chiến sĩ | Công an huyện X`), and the place's unit word after them."""
    words = lexicon.alternation(lexicon.words("collective_words"), first_letter_any_case=True)
    units = lexicon.alternation(sorted(unit_words()))
    return regex.compile(rf"^{words}(?:\s*,\s*|\s+và\s+|\s+)(?:(?:{words})(?:\s*,\s*|\s+và\s+|\s+))*"
                         rf"(?P<unit>(?:{units})\s+)?")


def listed_after(article: Article, end: int, people: SpansInOrder) -> tuple[int | None, list[Recipient]]:
    """The count in brackets and the winners listed right after a prize ending at `end`.

    `people` holds the article's persons, organisations and places."""
    body = article.body
    intro = LIST_INTRO.match(body, end) or _grammar()[3].match(body, end)
    if not intro:
        return None, []
    count = digits_value(intro.groupdict()["count"]) if intro.groupdict().get("count") else None
    if body.startswith("\n", intro.end()):
        items = _bulleted(body, len(body) - len(body[intro.end():].lstrip("\n")))
    else:
        stop = LIST_END.search(body, intro.end(), min(len(body), intro.end() + MAX_LIST_CHARS))
        items = _items(body, intro.end(), stop.start() if stop else min(len(body), intro.end() + MAX_LIST_CHARS))
    winners: list[Recipient] = []
    group = False  # the last item named a group of authors: "của nhóm tác giả A, B"
    for start, stop_at in items:
        text = body[start:stop_at].strip(" .")
        if group and MORE_OF_GROUP.match(text):
            found = [Recipient(text, "person", winners[-1].work)]  # one more member of the group
        else:
            found = _winner(body, start, stop_at, people)
            if not found:
                break
            group = bool(GROUP_ROLE.search(text))
        winners += [w for w in found if all(v.name != w.name or v.work != w.work for v in winners)]
    return count, winners


def _bulleted(body: str, start: int) -> list[tuple[int, int]]:
    """A list of one winner a line, each line opened by a dash or a bullet."""
    items = []
    for line in BULLET_LINE.finditer(body, start, min(len(body), start + MAX_LIST_CHARS)):
        if line.start() != (items[-1][2] if items else start):
            break
        items.append((line.start("item"), line.end("item"), line.end()))
    return [(a, b) for a, b, _ in items]


def _items(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the list body[start:end]."""
    depth, cuts_semicolon, cuts = 0, [], []
    quote_open = False
    pos = start
    while pos < end:
        ch = body[pos]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in "“”\"":
            quote_open = ch == "“" or (ch == '"' and not quote_open)
        elif depth == 0 and not quote_open:
            if ch == ";":
                cuts_semicolon.append((pos, pos + 1))
            elif ch == ",":
                cuts.append((pos, pos + 1))
            elif body.startswith(" và ", pos):
                cuts.append((pos, pos + 4))
        pos += 1
    pieces = _between(start, end, cuts_semicolon or cuts)
    if not cuts_semicolon:
        pieces = _glue_to_bracketed(body, _glue_authors(body, pieces))
    return [(a, b) for a, b in pieces if body[a:b].strip()]


def _between(start: int, end: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, pos = [], start
    for a, b in cuts:
        out.append((pos, a))
        pos = b
    out.append((pos, end))
    return out


def _glue_authors(body: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`Tác phẩm “X”, tác giả Y`: a piece that opens with an author word names who made
    the quoted work in the piece before."""
    author = _grammar()[2]
    out: list[tuple[int, int]] = []
    for a, b in pieces:
        text = body[a:b].strip()
        if out and text[:1].islower() and author.match(text) and body[out[-1][0]:out[-1][1]].rstrip()[-1:] in "”\"":
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _glue_to_bracketed(body: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """When the items end with a bracket (the last and half of them or more), a piece
    without one belongs to the next: `Sao băng đã rớt, ngọn lửa vẫn rực - tác giả Y (Huế)`."""
    ends = [body[a:b].rstrip(" .").endswith(")") for a, b in pieces]
    if not ends[-1] or sum(ends) * 2 < len(pieces):
        return pieces
    out: list[tuple[int, int]] = []
    open_start = None
    for (a, b), closed in zip(pieces, ends, strict=True):
        if closed:
            out.append((open_start if open_start is not None else a, b))
            open_start = None
        elif open_start is None:
            open_start = a
    if open_start is not None:
        out.append((open_start, pieces[-1][1]))
    return out


def _winner(body: str, start: int, end: int, people: SpansInOrder) -> list[Recipient]:
    """Who won one item of a list: one winner, or each author of a team; none when the item
    reads as no winner (the list ends there)."""
    lead, made_by, author, _ = _grammar()
    text = body[start:end]
    skip = len(text) - len(text.lstrip())
    item = text.strip().rstrip(" .")
    item_start = start + skip
    if placed := _PLACING_LEAD.match(item):  # "Nhất xã Tân An": the placing, then who took it
        item, item_start = item[placed.end():], item_start + placed.end()
    led = lead.match(item) or _ROLE_WORDS.match(item)
    if led:
        words = item[:led.end()].split()
        item, item_start = item[led.end():], item_start + led.end()
        named = people.starting_at(item_start)
        if named and named.label == "location" and fold(words[-1]) in unit_words():
            return [recipient_of(named)]  # "đội huyện Phú Hòa", "xã Tân An": a place's team
        if not lead.match(body[start + skip:]) and not (named and named.label == "person"):
            return []  # lowercase words that are neither a role before a person's name nor a unit
    if not item or not (item[0].isupper() or item[0] in _QUOTES):
        return []
    if collective := _collective().match(item):  # "Nhân dân và cán bộ xã Tân An": the place's honour
        named = people.starting_at(item_start + collective.end()) or (
            people.starting_at(item_start + collective.start("unit")) if collective["unit"] else None)
        if named is not None and named.label in ("location", "organisation"):
            return [recipient_of(named)]
    bracket = BRACKET_END.match(item)
    if bracket:
        head, inner = bracket["head"], bracket["inner"]
        by = author.match(inner)
        if by:
            return _members(by["who"], item_start + bracket.start("inner") + by.start("who"), _title(head), people)
        made = made_by.match(head)
        if made and (winner := _made(made, item_start, people)):
            return winner  # "X - tác giả Y (TP.HCM)": the bracket says where the winner is from
        who = _span_at(people, item_start, item_start + len(head))
        if who is not None:
            return [recipient_of(who)]
        inner_start = item_start + bracket.start("inner")
        name = inner.split(",")[0].strip()
        who = _span_at(people, inner_start, inner_start + len(name))
        if who is None and not _looks_like_name(name):
            return []
        return [recipient_of(who, _title(head)) if who else Recipient(name, None, _title(head))]
    made = made_by.match(item)
    if made and (winner := _made(made, item_start, people)):
        return winner
    if item[0] in _QUOTES:
        return [Recipient(_title(item), "work", _title(item))]
    who = _span_at(people, item_start, item_start + len(item))
    if who is not None and (pair := _pair(body, who, people, item_start + len(item))):
        return [pair]
    if who is not None:
        return [recipient_of(who)] if WINNER_TAIL.match(body, who.end, item_start + len(item)) else []
    item = _HOME_TAIL.sub("", item)  # "Vì Thị Sen – xã Bản Pì": a name no extractor read, then home
    return [Recipient(item, None)] if _looks_like_name(item) else []


# between the two players of a pair: a dash, spaced or not (`A-B`, `A – B`)
PAIR_DASH = regex.compile(r"\s*[-–]\s*")


def pair_of(first: Span, second: Span) -> Recipient:
    """Two people joined by a dash, one winner (a doubles pair), named `A - B` (ANNOTATION.md);
    each stays a person of the article."""
    return Recipient(f"{first.value.name} - {second.value.name}", "person")


def _pair(body: str, first: Span, people: SpansInOrder, end: int) -> Recipient | None:
    """`Minh Tú - Hải Yến` as an item of a list: a doubles pair."""
    dash = PAIR_DASH.match(body, first.end, end)
    second = people.starting_at(dash.end()) if dash else None
    if first.label != "person" or second is None or second.label != "person" or second.end > end \
            or not WINNER_TAIL.match(body, second.end, end):
        return None
    return pair_of(first, second)


def _made(made: regex.Match[str], offset: int, people: SpansInOrder) -> list[Recipient]:
    who = made["who"].strip()
    if made["dash"] and not made["role"] and _looks_like_name(made["work"]) and "“" not in made["work"]:
        return []  # "Đại Lộc - Minh Nhiều": a pair of names, no work and its author
    if made["role"]:
        return _members(made["who"], offset + made.start("who"), _title(made["work"]), people)
    span = _span_at(people, offset + made.start("who"), offset + made.end("who"))
    return [recipient_of(span, _title(made["work"])) if span else Recipient(who, None, _title(made["work"]))]


# between the members of a team of authors: a comma, a dash between spaces, `và`
_MEMBER_SEPARATOR = regex.compile(r"\s*(?:,|\s[-–]\s|\svà\s)\s*")
# a pen name in brackets after a member (`Đỗ Thị Hạnh (Hạnh Đỗ)`): the same person
_PEN_NAME = regex.compile(r"\s*\([^()]*\)")
# the unit named after the team (`…, đơn vị Báo X`): what remains of its lead once the unit is cut
_UNIT_LEAD = regex.compile(r"[\s,;:–-]*(?:(?:đơn\s+vị|cơ\s+quan)\s*:?)?[\s,;:–-]*$")


def _members(who: str, start: int, work: str, people: SpansInOrder) -> list[Recipient]:
    """Each author after `tác giả` / `nhóm tác giả` is a winner of the work (ANNOTATION.md:
    each named author of a team is a recipient); the unit the team writes for, named after it
    (`– Báo X`, `, đơn vị Đài Y`), and pen names in brackets are not more members."""
    unit = next((s for s in people.within(start, start + len(who)) if s.label == "organisation"
                 and who[:s.start - start].count("(") == who[:s.start - start].count(")")), None)
    team = who[:unit.start - start] if unit else who
    team = _UNIT_LEAD.sub("", _PEN_NAME.sub("", team))
    names = [n.strip(" .") for n in _MEMBER_SEPARATOR.split(team)]
    if not team or not all(n[:1].isupper() and len(n.split()) <= 5 for n in names):
        return [Recipient(who.strip(), "person", work)]
    return [Recipient(_degree_lead().sub("", n), "person", work) for n in names]


@cache
def _degree_lead() -> regex.Pattern[str]:
    """Degrees before an author's name (`ThS Trần Huy Hùng`, `TS. Lê Nguyên Khương`): no part of it."""
    degrees = lexicon.alternation(lexicon.words("degrees"))
    return regex.compile(rf"^(?:{degrees}\s+)+(?=\p{{Lu}})")


def _looks_like_name(text: str) -> bool:
    """A winner no extractor named is taken when it is written as a name: capitalised,
    mostly capitals (`Nhà hát Ca múa nhạc Việt Bắc`, a pen name), not a phrase
    (`Tự động hóa, điều khiển …` is a list of criteria)."""
    words = text.split()
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return (bool(words) and words[0][:1].isupper() and ":" not in text and len(words) <= MAX_WINNER_WORDS
            and capitals * 2 >= len(words))


def recipient_of(span: Span, work: str | None = None) -> Recipient:
    """A person, organisation or place span as a winner of that kind."""
    return Recipient(span.value.name, span.label, work)


def _title(text: str) -> str:
    return text.strip().strip(_QUOTES).strip()


def _span_at(spans: SpansInOrder, start: int, end: int) -> Span | None:
    """The person, body or place that opens body[start:end] and ends inside it."""
    span = spans.starting_at(start)
    return span if span is not None and span.end <= end else None
