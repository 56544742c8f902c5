"""Awards: the page's awards, each with its categories (categories.py), its winners
per category, its recipients, organisers and patrons.

Runs after the other extractors and reads their spans: a recipient is an organisation,
place or person standing before `được trao giải`, `là 1 trong 7 … được trao giải`,
`giành`, `đoạt`, or listed after a prize (winners.py); organisers are the organisations
of `do … tổ chức` (organisers.py). A representative who `nhận giải` (`Lãnh đạo Sở …
nhận Giải`) receives on behalf of someone else and is no recipient. Several awards on one
page are kept apart (`_PageAwards`); a category that is a shortened prefix of another in
the same award is that one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import regex

from pipeline.extractors import award_names, categories, entities, honours, recipients, sport_events, winners
from pipeline.extractors.categories import CLAUSE_CHARS, Cat, canonical_category
from pipeline.extractors.known import Known, is_new, part_of
from pipeline.extractors.ordered import SpansInOrder
from pipeline.extractors.organisers import organisers_and_patrons
from pipeline.model import Article, AwardValue, Category, Recipient, Span
from pipeline.names import MIN_PREFIX_WORDS
from pipeline.text import fold

# after a recipient: "Hải Phòng | là 01 trong 07 … được trao giải", "X, 17 tuổi, | đạt huy chương"
RECIPIENT_AFTER = regex.compile(
    r"""\s*(?:,[^,.;]{1,40},|\([^()\n]{1,60}\))?\s*          # an apposition: ", học sinh lớp 12,", "(Hà Nội)"
        (?:(?:là|trở\s+thành)\s+[^.;]{0,80}?\s+)?         # "là 1 trong 7 địa phương"
        (?:đã\s+)?(?P<verb>được\s+(?:trao|nhận|vinh\s+danh|tôn\s+vinh|công\s+nhận|trao\s+tặng|tặng(?:\s+thưởng)?)\s
                         # a bare verb needs a prize after it
                         |(?:(?:đồng|cùng)\s+)?                   # A và B đồng đoạt giải Nhất
                          (?:vinh\s+dự\s+(?:đón\s+)?nhận|đón\s+nhận|giành|đạt|đoạt|nhận)\s
                          (?=(?:được\s+)?(?:\d+\s+|[\p{Ll}]+\s+)?(?:giải|huy\s+chương|huân\s+chương|HC[VBĐ]|danh\s+hiệu
                              |(?:chức|ngôi)\s+vô\s+địch
                              |bằng\s+khen|cờ\s+thi\s+đua|cúp|Giải|Huy\s+chương|Huân\s+chương|Cúp|Bằng\s+khen
                              |Cờ\s+thi\s+đua|Danh\s+hiệu))
         # the champion of what follows: an event, a championship (`X vô địch cờ chớp nam`)
         |(?:lên\s+ngôi\s+|đăng\s+quang\s+(?:ngôi\s+)?)?vô\s+địch\s)
        """,
    regex.VERBOSE,
)
# before an award's name: it is given on this page ("trao | Giải thưởng X cho …")
GIVEN_BEFORE = regex.compile(r"(?:trao(?:\s+tặng)?|giành|đoạt|nhận|được\s+trao|vinh\s+dự\s+nhận)\s+$")
GIVEN_CHARS = 30
# between two winners of one verb: "A (Bình Giang), | B giành", "A | và | B đạt"
COORDINATED = regex.compile(r"\s*(?:\([^()\n]{1,60}\)\s*)?(?:,\s*|,?\s*và\s+(?:\p{Ll}+\s+)?)\Z")  # A, B; A và xã B
COORDINATED_GAP_CHARS = 70
RECEIVING = frozenset({"nhận", "đồng nhận", "cùng nhận"})  # the bare verb: not `được nhận`, `vinh dự nhận`
_REPRESENTS = r"(?:[Ll]ãnh\s+đạo|[Đđ]ại\s+diện)\s+"  # the leaders or a representative (of a body)
REPRESENTATIVE = regex.compile(rf"{_REPRESENTS}$")


@dataclass
class _Award:
    """One award of the page while it is assembled; no name when the page names none."""

    name: str | None
    year: int | None
    anchor: tuple[int, int] | None  # where its name stands in the body
    cats: dict[str, Cat] = field(default_factory=dict)
    recipients: list[Recipient] = field(default_factory=list)


def _merge(cats: list[Cat]) -> list[Cat]:
    """Fold a category into a longer one that it is a word-prefix of."""
    cats = sorted(cats, key=lambda c: -len(c.key))
    kept: list[Cat] = []
    opening: dict[tuple[str, ...], Cat] = {}  # the first kept category that opens with these words
    for c in cats:
        words = tuple(c.key.split())
        host = opening.get(words) if len(words) >= MIN_PREFIX_WORDS else None  # names.is_cut_short, looked up
        if host:
            host.mentions += c.mentions
            host.forms += c.forms
            host.count = host.count if host.count is not None else c.count
            host.recipients += [r for r in c.recipients if is_new(r, host.recipients)]
        else:
            kept.append(c)
            for size in range(MIN_PREFIX_WORDS, len(words) + 1):
                opening.setdefault(words[:size], c)
    return sorted(kept, key=lambda c: min(c.mentions))


def _recipients(article: Article) -> list[tuple[Recipient, int, int]]:
    """(recipient, end of its prize verb, where the recipient is named) for every 'X được trao
    giải', 'X giành …', and every winner coordinated before X ('A (Hà Nội), B (Huế) giành …'),
    in text order."""
    body = article.body
    named = article.of("organisation", "location", "person")
    out = []
    for k, s in enumerate(named):
        m = RECIPIENT_AFTER.match(body, s.end)
        if m and not _receives_for_others(body, s, m):
            out += [(winners.recipient_of(w), m.end(), w.start) for w in _coordinated(body, named, k)]
            out.append((winners.recipient_of(s), m.end(), s.start))
    return sorted(out, key=lambda found: found[2])


def _receives_for_others(body: str, span: Span, verb: regex.Match[str] | None = None) -> bool:
    """A person, or a body's leader or representative, who `nhận` (receives) a prize takes it
    for the body or place they stand for, which is the winner."""
    verb = verb or RECIPIENT_AFTER.match(body, span.end)
    return bool(verb) and " ".join(verb["verb"].split()) in RECEIVING \
        and (span.label == "person" or bool(REPRESENTATIVE.search(body[max(0, span.start - 20):span.start])))


def _receives_for_a_body(body: str, span: Span, bodies: SpansInOrder) -> bool:
    """A body's office-holder (`Phó Chủ tịch UBND thành phố X nhận …`) or representative who
    `nhận` a prize takes it for the body; a pupil or a writer who receives their own prize
    (`Em X, học sinh lớp 9, nhận giải Nhất`) is its winner (ANNOTATION.md)."""
    if not _receives_for_others(body, span):
        return False
    if _REPRESENTING.search(body, max(0, span.start - 80), span.start):
        return True  # `đại diện Công ty X, ông Y nhận …`
    return any(0 <= span.start - b.end <= 2 for b in bodies.within(max(0, span.start - 200), span.start))


# a representative or the leaders of a body named earlier in the clause
_REPRESENTING = regex.compile(rf"{_REPRESENTS}[^.;\n]*$")


def _coordinated(body: str, named: tuple[Span, ...], k: int) -> list[Span]:
    """The names of the kind of `named[k]` joined before it by commas and `và`, in order."""
    chain = [named[k]]
    for s in (named[j] for j in range(k - 1, -1, -1)):
        if chain[0].start - s.end > COORDINATED_GAP_CHARS:
            break
        if s.end > chain[0].start or s.label != named[k].label:  # nested, or a place in the brackets
            continue
        if not COORDINATED.match(body, s.end, chain[0].start):
            break
        chain.insert(0, s)
    return chain[:-1]


# a headline that may name a winner: it has one of the prize verbs of RECIPIENT_AFTER
_HEADLINE_CUE = regex.compile(r"được\s+(?:trao|nhận|vinh\s+danh|tôn\s+vinh|công\s+nhận)|giành|đạt|đoạt|nhận")


def _headline_recipients(article: Article) -> list[Recipient]:
    """`Hải Phòng được vinh danh là địa phương tiêu biểu …`: a winner named in the title."""
    if not article.title or not _HEADLINE_CUE.search(article.title):
        return []
    headline = Article(id=article.id, source_file=article.source_file, title="", body=article.title)
    return [who for who, _pos, _start in _recipients(headline.with_spans(entities.extract(headline)))]


def _listed_winners(article: Article, cats: dict[str, Cat]) -> None:
    """`Giải nhì (5 giải): X (tác giả Y), …`, `Giải Nhất thuộc về Trường X` (winners.py)."""
    people = SpansInOrder(article.of("organisation", "location", "person"))
    for cat in cats.values():
        so_far = Known(cat.recipients)
        for _start, end in cat.mentions:
            count, found = winners.listed_after(article, end, people)
            if count is not None and cat.count is None:
                cat.count = count
            new = [w for w in found if so_far.is_new(w)]
            cat.recipients += new
            for who in new:
                so_far.add(who)


def _won_right_before(article: Article, cats: dict[str, Cat]) -> list[tuple[Cat, list[Span]]]:
    """`Bùi Văn A ở hạng cân 54kg nam`, `Lê B (64kg nam nhóm 3)`, `A-B (đôi nam)`: each
    category with the names that stand right before it, who won it (one, or the two of a pair)."""
    body = article.body
    people = SpansInOrder(article.of("organisation", "location", "person"))
    found = []
    for cat in cats.values():
        for start, _end in cat.mentions:
            gap = sport_events.WON_IN.search(body, max(0, start - sport_events.WON_IN_CHARS), start)
            if not gap:
                continue
            before = [s for s in people.within(max(0, gap.start() - sport_events.WON_IN_CHARS), gap.start())
                      if s.end <= gap.start()]
            who = sport_events.winner_before(body, before, gap.start())
            if who:
                k = before.index(who)
                paired = k and who.label == before[k - 1].label == "person" \
                    and winners.PAIR_DASH.fullmatch(body[before[k - 1].end:who.start])
                found.append((cat, [before[k - 1], who] if paired else [who]))
    return found


def _winners_before(won: list[tuple[Cat, list[Span]]]) -> None:
    """A winner named right before the category they won in (`_won_right_before`); a pair is
    one recipient."""
    for cat, names in won:
        winner = winners.pair_of(*names) if len(names) == 2 else winners.recipient_of(names[0])
        if is_new(winner, cat.recipients):
            cat.recipients.append(winner)


def _paired_winners(cats: dict[str, Cat]) -> None:
    """`Nam/Nữ ca sĩ triển vọng: A, B`: the two categories of one line share its list;
    each keeps the winner in its own place."""
    by_line: dict[tuple[int, int], list[Cat]] = {}
    for cat in cats.values():
        for mention in cat.mentions:
            by_line.setdefault(mention, []).append(cat)
    for pair in by_line.values():
        if len(pair) > 1 and all(c.recipients == pair[0].recipients for c in pair) \
                and len(pair[0].recipients) == len(pair):
            shared = pair[0].recipients
            for n, cat in enumerate(pair):
                cat.recipients = [shared[n]]


def extract(article: Article) -> tuple[Span, ...]:
    body = article.body
    names = award_names.find(body)
    in_title = award_names.find(article.title) if article.title else []
    mentions = categories.mentions(article, named=bool(names or in_title))
    if not mentions and not names and not in_title:
        return ()
    page = _PageAwards(article, in_title, names, mentions)
    for start, end, text, count in mentions:
        name = canonical_category(text)
        key = categories.key(name)
        cat = page.owner(start, name).cats.setdefault(key, Cat(name, key))
        cat.mentions.append((start, end))
        cat.forms.append(text)
        if count is not None and cat.count is None:
            cat.count = count
    awards = page.all()
    for award in awards:
        categories.counts_from_figures(article, award.cats)
    _verb_recipients(article, page)
    _members_named(article, page)
    won = [_won_right_before(article, award.cats) for award in awards]
    for award, won_here in zip(awards, won, strict=True):
        _listed_winners(article, award.cats)
        _winners_before(won_here)
        _paired_winners(award.cats)
        _placed_winners(article, award.cats)
    _learned_winners(article, awards, [found for won_here in won for found in won_here])
    awards[0].recipients += [who for who in _headline_recipients(article) if is_new(who, awards[0].recipients)]
    organisers, patrons = organisers_and_patrons(article)
    spans = []
    for n, award in enumerate(awards):
        merged = _merge(list(award.cats.values()))
        for cat in merged:
            award.recipients += [r for r in cat.recipients if is_new(r, award.recipients)]
        if award.name is None and not merged:
            continue
        spans += [Span(start, end, "award_category", body[start:end], cat.name, rule="award:category")
                  for cat in merged for start, end in cat.mentions]
        value = AwardValue(
            name=award.name,
            year=award.year,
            categories=tuple(Category(c.name, c.count, tuple(c.recipients),
                                      tuple(dict.fromkeys(f for f in c.forms if f != c.name)),
                                      tuple(sorted(c.mentions))) for c in merged),
            recipients=tuple(award.recipients),
            organisers=tuple(organisers) if n == 0 else (),
            patrons=tuple(patrons) if n == 0 else (),
        )
        # an award named only in the headline, with no category in the body, is anchored
        # by an empty mention at the body's start
        anchor = award.anchor or (merged[0].mentions[0] if merged else (0, 0))
        spans.append(Span(anchor[0], anchor[1], "award", body[anchor[0]:anchor[1]], value, rule="award:name"))
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))


class _PageAwards:
    """The page's awards, the main one first, and which one owns a category mention.

    The main award is the one the headline names, else the one the body names most.
    Another award named in the body is kept apart when it is given (`trao Giải thưởng
    X cho …`) or has categories after it in its paragraph; the categories that follow
    it in that paragraph are its own. A page that names no award but gives
    commendations has one award per commendation (`Bằng khen của Chủ tịch UBND tỉnh`,
    `Giấy khen của Sở GD-ĐT`); a kind written without its giver is the last one of
    that kind with a giver (`… tặng bằng khen. Hai em được tặng bằng khen gồm: …`)."""

    def __init__(self, article: Article, in_title: list[award_names.AwardName], names: list[award_names.AwardName],
                 mentions: list[tuple[int, int, str, int | None]]) -> None:
        body = self.body = article.body
        counts = Counter(award_names.key(n.name) for n in names)

        mention_starts = sorted(m[0] for m in mentions)

        def owns(n: award_names.AwardName) -> bool:
            """A category follows the name in its paragraph (found by bisection: a long page
            has many names and many categories)."""
            i = bisect_left(mention_starts, n.end)
            return i < len(mention_starts) and body.find("\n", n.end, mention_starts[i]) == -1

        chosen = in_title[0] if in_title else max(
            names, key=lambda n: (counts[award_names.key(n.name)], owns(n), n.year is not None, -n.start)) \
            if names else None
        if chosen is None and mentions:  # prizes given and no award named: the event that holds them,
            # else the page's own word for it (cuộc thi, hội thi), as ANNOTATION.md names an award
            chosen = award_names.event(article.title) or award_names.event(body) \
                or award_names.competition_word(article.title) or award_names.competition_word(body)
        main_key = award_names.key(chosen.name) if chosen else ""
        written = [n for n in names if award_names.key(n.name) == main_key]
        self.main = _Award(chosen.name if chosen else None,
                           next((n.year for n in [*in_title[:1], *written, *([chosen] if chosen else [])] if n.year),
                                None),
                           (written[0].start, written[0].end) if written else None)
        self.others: dict[str, _Award] = {}
        self.starts: list[tuple[int, str]] = []  # where a secondary award is named, and its key
        for n in names:
            key = award_names.key(n.name)
            if key == main_key:
                continue
            if owns(n) or GIVEN_BEFORE.search(body, max(0, n.start - GIVEN_CHARS), n.start):
                self.others.setdefault(key, _Award(n.name, n.year, (n.start, n.end)))
                self.starts.append((n.start, key))
        self.commended: dict[str, _Award] = {}
        self.last_given: dict[str, _Award] = {}  # a commendation kind -> its last award with a giver

    def owner(self, pos: int, category: str) -> _Award:
        no_award_named = self.main.name is None and not self.others
        if honours.is_commendation(category) and (no_award_named or honours.given_by(category)):
            return self._commendation(category)
        return self.at(pos)

    def _commendation(self, category: str) -> _Award:
        if order := honours.order_of(category):  # its classes are one order's categories
            return self.commended.setdefault(fold(order), _Award(order, None, None))
        key = fold(category)
        kind, given, _giver = key.partition(" của ")
        if key not in self.commended and not given and kind in self.last_given:
            return self.last_given[kind]
        award = self.commended.setdefault(key, _Award(category, None, None))
        if given:
            self.last_given[kind] = award
        return award

    def all(self) -> list[_Award]:
        return [self.main, *self.others.values(), *self.commended.values()]

    def at(self, pos: int) -> _Award:
        """The award named last before `pos` in its paragraph, else the main one."""
        i = bisect_left(self.starts, (pos, "")) - 1
        return self.others[self.starts[i][1]] if i >= 0 and self.body.find("\n", self.starts[i][0], pos) == -1 \
            else self.main


# "12 doanh nghiệp được trao chứng nhận, trong đó có A và B": the winners counted, then some named
MEMBERS_NAMED = regex.compile(
    r"""(?:được\s+(?:trao|tặng|công\s+nhận|vinh\s+danh|khen\s+thưởng)|đạt|giành|đoạt)[^.\n]{0,120}?,\s*
        (?:trong\s+(?:số\s+)?đó\s+có|gồm(?:\s+có)?)\s+(?P<list>[^.\n]+)""", regex.VERBOSE)


def _members_named(article: Article, page: _PageAwards) -> None:
    """The winners a page counts and then names some of: the award given in that clause (its
    category when the clause names one) has them as winners."""
    named = SpansInOrder(article.of("organisation", "location", "person"))
    for m in MEMBERS_NAMED.finditer(article.body):
        award = page.at(m.start())
        for span in named.within(m.start("list"), m.end("list")):
            who = winners.recipient_of(span)
            if is_new(who, award.recipients):
                award.recipients.append(who)


def _placed_winners(article: Article, cats: dict[str, Cat]) -> None:
    """`Môn kéo co: Nhất xã Tân An, Nhì thị trấn Lam Sơn`: the placed competitors of an event
    (sport_events.placings), each the person, body or place named there."""
    named = SpansInOrder(article.of("organisation", "location", "person"))
    for cat in cats.values():
        for _start, end in cat.mentions:
            for a, b in sport_events.placings(article.body, end):
                span = next((s for s in named.within(a, b)), None)
                who = winners.recipient_of(span) if span else Recipient(article.body[a:b], None)
                if is_new(who, cat.recipients) and not any(part_of(who, r) or part_of(r, who) for r in cat.recipients):
                    cat.recipients.append(who)


def _learned_winners(article: Article, awards: list[_Award], won: list[tuple[Cat, list[Span]]]) -> None:
    """The winners the trained classifier (recipients.py) finds near each category, beside
    those the rules read. A name wins one category at most: the one it most likely won (the
    names of a list under `Nam …` and `Nữ …` stay with their own label), or the one it stands
    right before (`won`, `_won_right_before`)."""
    labels = sorted(a for award in awards for cat in award.cats.values() for a, _b in cat.mentions)
    best: dict[tuple[int, int], tuple[float, Cat, Span]] = {}
    threshold = recipients.threshold()
    named = recipients.named(article)
    for award in awards:
        for cat in award.cats.values():
            following = [labels[k] if (k := bisect_right(labels, start)) < len(labels) else len(article.body)
                         for start, _end in cat.mentions]
            for span, chance in recipients.chances(article, cat.name, cat.mentions, following, cat.recipients,
                                                   people=named):
                where = (span.start, span.end)
                if chance >= threshold and chance > best.get(where, (0.0,))[0]:
                    best[where] = (chance, cat, span)
    people = SpansInOrder(article.of("person"))
    bodies = SpansInOrder(article.of("organisation"))
    # a name right before a category it won (`A (đơn nam), B (đơn nữ)`) won that one, not another
    won_before = {(s.start, s.end): cat for cat, names in won for s in names}
    known: dict[int, Known] = {}  # by category: its winners so far
    for _chance, cat, span in sorted(best.values(), key=lambda b: b[2].start):
        if won_before.get((span.start, span.end), cat) is not cat:
            continue
        who = winners.recipient_of(span)
        so_far = known.get(id(cat))
        if so_far is None:
            so_far = known[id(cat)] = Known(cat.recipients)
        if so_far.is_new(who) and not so_far.has_whole_of(who) \
                and not _where_from(article.body, span, people, so_far) \
                and not _receives_for_a_body(article.body, span, bodies):
            cat.recipients.append(who)
            so_far.add(who)


@cache
def _home_gaps() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """What stands between a winner and the body or place that says where they come from: a
    bracket, a dash (`Y – Báo Z`, `Y – xã Z`), or a comma with a title, a class, an
    administrative unit or the word for a unit between ("Em X, học sinh lớp 12, Trường Y",
    "X, xã Y", "X, đơn vị Báo Z"); and what may end the text before a unit: such a dash, or
    `, đơn vị`."""
    unit = sport_events.unit_word()
    from_gap = regex.compile(rf"""^\s*(?:\(\s*(?:{unit}\s+)?|[–-]\s*(?:{unit}\s+)?   # (Vân Trì), (huyện X), – xã Tân An
                               |,\s*(?:(?:đơn\s+vị|cơ\s+quan)\s*:?\s*)?         # , đơn vị Báo Z
                                  (?:[^,;.\n]{{0,60}},\s*|(?:{unit}\s+)?)        # , học sinh lớp 12, | , xã
                               )$""", regex.VERBOSE)
    unit_after = regex.compile(rf"(?:\s+[–-]\s*(?:{unit}\s+)?|,\s*(?:đơn\s+vị|cơ\s+quan)\s*:?)\s*$")
    return from_gap, unit_after


def _before_unit(body: str, start: int, end: int) -> str | None:
    """The line's text from `start` up to the first dash or `, đơn vị` that ends
    `body[start:end]` (`… – Ninh Hòa, đơn vị` gives `… – Ninh Hòa`); None when none ends it.
    The mark is found by one search, not by a lazy run tried from every character (a square
    of the window's length)."""
    mark = _home_gaps()[1].search(body, start, end)
    if mark is None:
        return None
    return body[max(start, body.rfind("\n", start, mark.start()) + 1):mark.start()]


def _where_from(body: str, span: Span, people: SpansInOrder, known: Known) -> bool:
    """A place or body right after a winning person, in brackets or after a comma, is where
    the person comes from (ANNOTATION.md: a bracketed home town is a place, not the winner;
    a unit after the name is the same winner's other name); a name read as a person alone in
    brackets after them is their pen name or a home town misread."""
    if span.label == "person":  # `Trần Văn Lộc (Vân Trì)`: a pen name or a home town misread, no other winner
        return _bracketed_after_winner(body, span, people, known)
    from_gap, _ = _home_gaps()
    lead = _before_unit(body, max(0, span.start - 120), span.start)
    if lead is not None and known.ends(fold(lead)):
        return True  # `… – Ninh Hòa, đơn vị Báo Z`: the unit of the winner the rules read before it
    for person in reversed([p for p in people.within(max(0, span.start - 80), span.start) if p.end <= span.start]):
        if body[person.end:span.start].lstrip().startswith(")"):
            continue  # a pen name in brackets: `Y (Lài Ông) - Báo Z` is Y's unit
        gap = _BRACKETED.sub("", body[person.end:span.start])
        return bool(from_gap.match(gap)) and (
            gap.lstrip().startswith("(") or known.named(person.value.name))
    return False


_BRACKETED = regex.compile(r"\([^()]*\)")


def _bracketed_after_winner(body: str, span: Span, people: SpansInOrder, known: Known) -> bool:
    """The name is alone in brackets right after a person who won the category."""
    if body[span.end:span.end + 1] != ")":
        return False
    before = [p for p in people.within(max(0, span.start - 80), span.start) if p.end <= span.start]
    return bool(before) and body[before[-1].end:span.start].strip() == "(" and known.named(before[-1].value.name)


def _verb_recipients(article: Article, page: _PageAwards) -> None:
    """`X được trao giải tại hạng mục Y`: X wins the categories named in its clause, and
    the award that owns them (or the one the clause speaks of)."""
    body = article.body
    owned = sorted(((a, i, cat, award) for award in page.all() for i, cat in enumerate(award.cats.values())
                    for a, _b in cat.mentions), key=lambda o: o[:2])  # two awards' mentions may tie
    starts = [a for a, *_ in owned]
    found = _recipients(article)
    starts_named = [start for _who, _pos, start in found]
    for k, (who, pos, _start) in enumerate(found):
        window = pos + CLAUSE_CHARS
        # the next winner's own clause ("X giành giải Nhất, Y giành giải Nhì") ends this one
        later = bisect_left(starts_named, pos, lo=k + 1)
        following = found[later][2] if later < len(found) else window
        clause_end = min(p for p in (body.find(". ", pos, window), body.find(";", pos, window),
                                     body.find("\n", pos, window), min(window, len(body)), following) if p != -1)
        targets = owned[bisect_left(starts, pos):bisect_left(starts, clause_end)]
        for _a, _i, cat, _award in targets:
            if is_new(who, cat.recipients):
                cat.recipients.append(who)
        for award in {id(t[3]): t[3] for t in targets}.values() if targets else [page.at(pos)]:
            if is_new(who, award.recipients):
                award.recipients.append(who)
