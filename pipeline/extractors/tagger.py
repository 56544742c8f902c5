"""The trained tagger: people, bodies and places decided by a CRF that weighs the grammar's
proposals with the other signals a Vietnamese reader weighs.

The grammar (pipeline.extractors.grammar) reads a name from its left context and lexicons,
one rule at a time: the first rule that fires wins. Many weak signals meet at a name, and
a fixed order cannot weigh them; so each syllable gets features from the grammar's own
decision (its B/I tag and the rule that made it), from the lexicons (surnames, titles,
honorifics, bodies' head words, places, administrative words), from underthesea's word
segmentation, from its shape and neighbours, and from the rest of the article (the same
capitalised run read as a person, body or place elsewhere). A linear-chain CRF trained on
the annotated corpus (`make train`, tools/train_tagger.py) turns them into B/I/O labels.

The features and their scores are pipeline.extractors.entity_features; here the scores are
decoded into names, which get the grammar's values where it read the same stretch. The
model is a CRFsuite file in pipeline/models/ with a card saying what it was trained on; a
run loads it and never trains. Without a model file the grammar's spans stand.
"""

from __future__ import annotations

import bisect
import itertools

from pipeline import lexicon, trained
from pipeline.extractors import award_names
from pipeline.extractors.entity_features import LABELS, Features
from pipeline.extractors.grammar.people import Person, person_value
from pipeline.model import Article, NameValue, PersonValue, Span
from pipeline.text import fold

KINDS = {v: k for k, v in LABELS.items()}
MODEL_FILE = "entities.crfsuite"
CARD_FILE = "entities.json"


def chunks(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, end, kind) token ranges of the labels' names: a name closes at its L or U, at O,
    or where another name begins; an I or L without its B begins one."""
    out: list[tuple[int, int, str]] = []
    start, kind = None, None
    for k, label in enumerate([*labels, "O"]):
        edge, _, name = label.partition("-")
        if start is not None and (label == "O" or edge in "BU" or name != kind):
            out.append((start, k, kind))
            start, kind = None, None
        if label != "O" and start is None:
            start, kind = k, name
        if edge in "LU" and start is not None:
            out.append((start, k + 1, kind))
            start, kind = None, None
    return out


# -- the shipped model ----------------------------------------------------------------------
MODEL = trained.Shipped(MODEL_FILE)
use = MODEL.use


def decide(scanner, article: Article, grammar: list[Span]) -> list[Span]:
    """The people, bodies and places of the article: the model's chunks, with the grammar's
    values (canonical names, titles) where the grammar read the same stretch."""
    loaded = MODEL.get()
    if loaded is None or not article.sentences:  # a headline read on its own is not tokenised
        return grammar
    tagger, card = loaded
    features = Features(scanner, article, grammar, use_grammar=card.get("use_grammar", True))
    toks = scanner.toks
    same = {(s.start, s.end, s.label): s for s in grammar}
    starts = {(s.start, s.label): s.end for s in grammar}
    found: list[tuple[int, int, str]] = []
    bounds, scores = features.scores(tagger)
    for (first, _last), labels in zip(bounds, tagger.decode(scores, bounds), strict=True):
        for a, b, kind in chunks(labels):
            label = KINDS[kind]
            found += _repaired(scanner, first + a, first + b, label, starts)
    found = _apart(scanner, found)
    found += _elsewhere(toks, found)
    out = []
    for i, j, label in sorted(found):
        span = same.get((toks[i].start, toks[j - 1].end, label))
        out.append(span if span else _span(scanner, i, j, label))
    return [s for s in out if s is not None]


def _apart(scanner, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`Chủ tịch Hội Nhà văn Việt Nam | Hữu Thỉnh`: where the model read a body and then its
    head's name, and the grammar's longer name carried the body on into that name, the body
    ends where the person begins; not after a unit word, where a person's name names a place
    (`phường Nguyễn Trãi`)."""
    toks = scanner.toks
    people = sorted(i for i, j, label in found if label == "person"
                    and not any(scanner.lex.admin_units.match(toks, k) == i - k for k in range(max(0, i - 2), i)))
    out = []
    for i, j, label in found:
        at = bisect.bisect_right(people, i)  # the first person to begin after the body does
        end = min(j, people[at]) if label == "organisation" and at < len(people) else j
        out.append((i, end, label))
    return out


# A name looked for again elsewhere in the article is at most this many tokens: the longest
# bodies' names run to 25 (`Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an tỉnh …`);
# a longer stretch the model read as one name (a page of one unpunctuated line) is looked for
# at no other place, where each look would cost its length.
MAX_RECURRING_TOKENS = 40


def _elsewhere(toks, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name of two syllables or more that the model read somewhere is the same name where it
    recurs in the article and the model passed it by (one sense per article)."""
    names: dict[tuple[str, ...], str] = {}
    for i, j, label in found:
        if 2 <= j - i <= MAX_RECURRING_TOKENS:
            names.setdefault(tuple(t.text for t in toks[i:j]), label)
    # first syllable -> the lengths of the names it begins, longest first, each once: a page
    # naming 2,000 bodies that all begin `Hội` and are as long tried each at every `Hội`
    lengths: dict[str, list[int]] = {}
    for key in names:
        lengths.setdefault(key[0], []).append(len(key))
    for first, sizes in lengths.items():
        lengths[first] = sorted(set(sizes), reverse=True)
    covered = {k for i, j, _ in found for k in range(i, j)}
    out = []
    k = 0
    while k < len(toks):
        for n in lengths.get(toks[k].text, ()):
            key = tuple(t.text for t in toks[k:k + n])
            if key in names and not covered.intersection(range(k, k + n)) and not (
                    k + n < len(toks) and toks[k + n].is_cap and toks[k + n].is_word) and not (
                    k and toks[k - 1].is_cap and toks[k - 1].is_word):
                out.append((k, k + n, names[key]))
                k += n
                break
        else:
            k += 1
    return out


def _repaired(scanner, i: int, j: int, label: str,
              grammar_starts: dict[tuple[int, str], int]) -> list[tuple[int, int, str]]:
    """A chunk made a name's shape: what the model proposes where no name can be is dropped.

    A name starts with a capital (a body may start with the grammar's lowercase head, `báo`)
    and does not end with a mark. Where the grammar read a name from the same start, the name
    goes on as far as the grammar's through a connector into capitals (`Viện Sáng tạo | và
    Chuyển đổi số`), and ends where the grammar's ends when a verb follows (`Bộ Quốc phòng |
    tiếp`). A committee named by its role ends there, before the event it serves (`Ban Tổ chức |
    cuộc thi`, `Ban Tổ chức | Giải Búa liềm`). A pair of
    people joined by a dash (`A - B`, `A-B`; not `Kim Sang-sik`) is two people; a person or
    body of one syllable (not an acronym) is one only where the grammar read one there; a
    given name's hyphenated second syllable (`Lee Jae-won`) is the name's; a body opened by a
    surname and no head word is a person (`TRẦN CHÍ LÝ`); a body that is a province's or a
    country's name alone, no head word, is that place (`Hải Phòng là 01 trong 07 địa phương
    được trao giải`). A unit word and a name (`Huyện Vân Trì`) is a place, named without the
    unit, as the grammar names one. A person begins after a place whose last syllables the model
    read into the name (`tỉnh Bắc | Giang Dương Văn Thụy`)."""
    toks = scanner.toks
    grammar_start = (toks[i].start, label) in grammar_starts
    if not toks[i].is_cap and not grammar_start:
        return []
    end = grammar_starts.get((toks[i].start, label))
    if end and end > toks[j - 1].end:  # the grammar's name goes on through a connector into capitals
        more = list(itertools.takewhile(lambda k: toks[k].end <= end, range(j, len(toks))))  # tokens in order
        if all(toks[k].is_cap or toks[k].key in scanner.lex.connectors or toks[k].text in "-–&,"
               or scanner.continues_word(k, i) for k in more) and any(toks[k].is_cap for k in more):
            j = more[-1] + 1
    committee = scanner.lex.committees.match(toks, i)
    if label == "organisation" and committee and i + committee < j and (
            not toks[i + committee].is_cap or award_names.EVENT_HEAD.match(scanner.body, toks[i + committee].start)):
        j = i + committee  # `Ban Tổ chức | cuộc thi`, `| Cuộc thi Thơ`: named by its role, the event follows
    after = next((k for k in range(i + 1, j) if toks[k].start >= end), None) if end else None
    if after is not None and toks[after].is_word and not toks[after].is_cap \
            and toks[after].start in scanner.verbs_between(toks[after].start, toks[after].end):
        j = after  # the grammar's name ends where a verb begins, and the model ran on into it
    if j - i == 1 and not toks[i].is_abbrev and not grammar_start and label != "location":
        return []  # a head word alone (`Ban`, `Hội`) or a given name alone: no name of its own
    if j - i == 1 and not grammar_start and fold(toks[i].text) in lexicon.words("credit_placeholders"):
        return []  # `Ảnh: CTV`: a credit's placeholder (a contributor, a reporter) names nobody
    if label == "organisation" and not grammar_start and _cut_description(scanner, i, j):
        return []
    while j - 1 > i and not toks[j - 1].is_word and toks[j - 1].text not in ")" and not toks[j - 1].text.isdigit():
        j -= 1
    unit = scanner.lex.admin_units.match(toks, i)
    if unit and i + unit < j and toks[i + unit].is_cap and not scanner.head_at(i) \
            and label in ("organisation", "location"):
        return [(i + unit, j, "location")]  # `Huyện Vân Trì`: a place, named without its unit word
    if label == "organisation" and not grammar_start and _named_like_a_person(scanner, i, j):
        label = "person"  # `TRẦN CHÍ LÝ`, a winner's name in capitals: no head word opens it
    if label == "organisation" and not grammar_start and scanner.places_match(i) == j - i:
        label = "location"  # `Hải Phòng là 01 trong 07 địa phương được trao giải`: a province, no head word
    if label == "person":  # `tỉnh Bắc | Giang Dương Văn Thụy`: a place's last syllables are no part of a name
        i = next((end for k in range(max(0, i - MAX_PLACE_SPILL), i) if i < (end := _place_end(scanner, k)) < j - 1), i)
    else:  # and the body or place before it ends with the whole place (`Hội Nông dân tỉnh Bắc | Giang`)
        j = next((end for k in range(i, j) if (end := _place_end(scanner, k)) > j
                  and all(toks[m].is_cap for m in range(j, end))), j)
    while label == "person" and j + 1 < len(toks) and toks[j].text == "-" and scanner.tight_pair(j) \
            and toks[j + 1].is_word and not toks[j + 1].is_cap:
        j += 2  # `Lee Jae-won`: a given name's second syllable after a hyphen is the name's
    pieces = [(i, j)]
    if label == "organisation":
        pieces = _coordinated(scanner, i, j)
    if label == "person":
        dashes = [k for k in range(i + 2, j - 2) if toks[k].text in "-–—" and toks[k + 2].is_word
                  and (not scanner.tight_pair(k) or toks[k + 1].is_cap)]
        pieces = [(a + (a > i), b) for a, b in zip([i, *dashes], [*dashes, j], strict=True)]
        pieces = [(a, b) for a, b in pieces if b - a > 1 or grammar_start]
    return [(a, b, label) for a, b in pieces]


def _place_end(scanner, k: int) -> int:
    """Where a province's or district's name that begins at token k ends; k when none does."""
    return k + scanner.place_or_district_match(k)


def _named_like_a_person(scanner, i: int, j: int) -> bool:
    """Two to four capitalised syllables opened by a surname and by no head word: a person's
    name, however the model read it (a list of winners in capitals)."""
    toks = scanner.toks
    return 2 <= j - i <= 4 and toks[i].text.capitalize() in scanner.lex.surnames and not scanner.head_at(i) \
        and all(toks[k].is_word and toks[k].is_cap for k in range(i, j))


def _cut_description(scanner, i: int, j: int) -> bool:
    """`Trung tâm giám sát | và điều hành đô thị thông minh`: a head and lowercase words, cut
    where `và` joins more lowercase words that open no other body, describe a facility or a
    task; they name no body."""
    toks = scanner.toks
    head = scanner.lex.heads.match(toks, i)
    rest = toks[i + head:j]
    return bool(head) and bool(rest) and all(t.is_word and not t.is_cap for t in rest) \
        and j + 1 < len(toks) and toks[j].key == "và" and toks[j + 1].is_word and not toks[j + 1].is_cap \
        and not scanner.lex.heads.match(toks, j + 1)  # `… và chi hội X`: a list of bodies goes on


def _coordinated(scanner, i: int, j: int) -> list[tuple[int, int]]:
    """`Viện và Trung tâm Nghiên cứu …`, `HĐND và UBND tỉnh`: a head word alone joined by `và`
    to a body is two bodies, not one name; the head alone names one only as an acronym."""
    toks = scanner.toks
    head = scanner.lex.heads.match(toks, i)
    k = i + head
    if not head or k + 1 >= j or toks[k].key != "và" or not toks[k + 1].is_cap:
        return [(i, j)]
    return [*([(i, k)] if head == 1 and toks[i].is_abbrev else []), (k + 1, j)]


def _span(scanner, i: int, j: int, label: str) -> Span | None:
    body = scanner.body
    start, end = scanner.toks[i].start, scanner.toks[j - 1].end
    text = body[start:end]
    if label == "person":
        return Span(start, end, label, text, _person_value(scanner, i, j), "tagger")
    if label == "location":
        return Span(start, end, label, text, NameValue(scanner.place_name(text)), "tagger")
    return Span(start, end, label, text, NameValue(text[:1].upper() + text[1:]), "tagger")


# how far before a person the model read a place may begin whose end it read into the name
MAX_PLACE_SPILL = 3
# how many capitalised words may stand between a title's body, as the grammar reads it, and the
# name the model read: the end of the body's place (`tỉnh Bắc | Giang`), read into the name
TITLE_GAP = 2


def _title_before(scanner, i: int) -> list[tuple[int, int]]:
    """`Bí thư Huyện ủy Châu Phú | Nguyễn Phú Tân`: a title whose body runs up to the name the
    model read, where the grammar ran the body into the name and lost the person; the
    capitalised words it left between them are the end of the body."""
    for k in range(i - 1, max(-1, i - 12), -1):
        end, _parts = scanner.title_at(k)
        if end and i - TITLE_GAP <= end <= i and all(scanner.cap_word(m) for m in range(end, i)) \
                and all(scanner.tight(m) for m in range(k, i - 1)):
            return [(k, i)]
    return []


def _person_value(scanner, i: int, j: int) -> PersonValue:
    """A name the grammar did not read: its titles, honorifics and degrees are still the words
    around it that the grammar reads as such, before it and after it (`Đoàn Văn Thông, Bí thư
    Huyện ủy`: a surname that also heads bodies keeps the grammar from the name, not from its
    titles)."""
    name = scanner.text(i, j)
    person = next((p for k in range(i - 1, max(-1, i - 12), -1) if (p := scanner.person_at(k)) and p.start == i),
                  None) or Person(i, j, _title_before(scanner, i), [], [], "tagger")
    person.end = j
    person.end_scan = scanner.pen_name_end(j)
    scanner.appositive_titles(person)
    if not (person.titles or person.honorifics or person.degrees):
        return PersonValue(name=name)
    return person_value(name, [scanner.text(a, b) for a, b in person.titles],
                        [scanner.text(a, b) for a, b in person.honorifics],
                        [scanner.text(a, b) for a, b in person.degrees])
