"""Figures: numbers that quantify something, with value, unit and what they count.

Vietnamese writes `1.200` for 1200 and `3,5` for 3.5. A number is a figure only when
it is none of: a date or year (found first by `dates`), a version (`4.0`, `I4.0`), a
code (`5G`, `H5N1`), a document number (`52-NQ/TW`), a phone number, a clock time,
an ordinal (`Kỳ họp thứ 32`), or a part of a name or URL. Those are masked before the
figure patterns run (pipeline.extractors.not_figures), so a figure can never overlap them.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

import regex

from pipeline import lexicon
from pipeline.extractors import not_figures
from pipeline.model import Article, FigureValue, Span
from pipeline.text import ascii_digits, digits_value

# A unit is what the number counts, and runs to the next clause; four words cover
# "tổ chức/địa phương", "doanh nghiệp nhỏ và vừa" and stop before the verb.
MAX_UNIT_WORDS = 4
# "150 tổ chức, cá nhân": a comma continues the unit only for a short coordinated noun,
# lowercase or abbreviated (tỉnh, TP): "Sau 2 trận, Việt Nam có" - a name after the comma
# begins the clause.
MAX_UNIT_CONTINUATION_WORDS = 2

# A number and what it counts share a line: "1" alone on a line is a row's number, and
# the line under it ("Công ty …", "người đứng đầu …") is not its unit.
GAP = r"[^\S\n]"

_DIGITS = r"""(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?      # 1.200   1.234.567,89
              | \d+(?:,\d+)?)                      # 38   3,5   01
          """
_WHOLE = r"(?:\d{1,3}(?:\.\d{3})+|\d+)"  # a whole number, its thousands grouped or not: 12.480, 38
NUMBER = rf"""(?<![\p{{L}}\d.,/+:]|\p{{L}}-)          # not inside a code, id, date, version or ISO 9001:2015
             {_DIGITS}
             (?!\d|[.,/:]\d|\p{{L}})                 # not 4.0, 27/5, 15:30, 5G, 15h30
          """


@cache
def _grammar() -> dict[str, regex.Pattern[str]]:
    scale = lexicon.alternation(list(lexicon.mapping("scales")))
    currency = lexicon.alternation(list(lexicon.mapping("currencies")))
    # a number word may open a sentence (Hai người bị thương); it is a figure only before a
    # counted noun, so "Năm nay", "Ba Đình" and "Một số" stay what they are
    word = lexicon.alternation(list(lexicon.mapping("number_words")), first_letter_any_case=True)
    # after a number word, "năm" is the year noun (hai năm) unless a multiplier follows (năm mươi)
    next_word = lexicon.alternation([w for w in lexicon.mapping("number_words") if w != "năm"])
    tail = rf"""(?:{GAP}*(?P<percent>%|điểm{GAP}*%|điểm{GAP}+phần{GAP}+trăm|phần{GAP}+trăm))?
                (?:{GAP}+(?P<scale>{scale})(?!\p{{L}}))?
                (?:{GAP}*(?P<currency>{currency})(?!\p{{L}}))?"""
    flags = regex.VERBOSE
    return {
        # xếp thứ 10/63 tỉnh, TP
        "rank-of": regex.compile(
            r"(?:(?:xếp|đứng|xếp\s+hạng)\s+)?(?:thứ|hạng)\s+(?P<number>\d+)\s*/\s*(?P<of>\d+)(?!\d)", flags),
        # xếp thứ nhất, đứng thứ 3
        "rank": regex.compile(
            rf"(?:xếp|đứng|xếp\s+hạng)\s+(?:thứ|hạng)\s+(?P<number>\d+|{word}|nhất|nhì)(?!\p{{L}}|\d)", flags),
        # 8/8 học sinh, 38/38 lượt, 12.480/10.600 lượt người (a share, or what was done and what
        # was planned, written with a slash; dates were found first)
        "fraction": regex.compile(
            rf"""(?<![\d/.,\p{{L}}])(?P<number>{_WHOLE})/(?P<of>{_WHOLE})(?![\d/]|[.,]\d)
                 (?:(?={GAP}*(?:{scale}|{currency})(?!\p{{L}})){tail}|(?=\s+\p{{Ll}}))""", flags),
        # 01 trong 07 tổ chức, 3 trên 10 người
        "n-of-m": regex.compile(rf"(?P<number>{NUMBER})\s+(?:trong|trên)\s+(?:tổng\s+số\s+)?(?P<of>{NUMBER})", flags),
        # 10-15%, 2-3 tỷ đồng
        "range": regex.compile(
            rf"""(?P<number>{NUMBER}){GAP}*[-–]{GAP}*(?P<max>{NUMBER})(?:{GAP}*(?P<percent>%))?
                 (?:{GAP}+(?P<scale>{scale})(?!\p{{L}}))?(?:{GAP}*(?P<currency>{currency})(?!\p{{L}}))?""", flags),
        # 1 tỷ 500 triệu đồng, 1 triệu 200 nghìn: one sum written in two or three scales
        "compound": regex.compile(
            rf"""(?P<number>{NUMBER}){GAP}+(?P<scale>{scale})(?!\p{{L}})
                 (?P<more>(?:{GAP}+{NUMBER}{GAP}+{scale}(?!\p{{L}})){{1,2}})
                 (?:{GAP}*(?P<currency>{currency})(?!\p{{L}}))?""", flags),
        # 14.6%, 1.5 triệu đồng, 6.5 tấn: a dot with one or two digits after it groups no thousands;
        # it is the decimal mark of a site that writes numbers English style, read only where a
        # measure follows (a version, `4.0`, `Web 2.0`, has none)
        "decimal-dot": regex.compile(
            rf"""(?<![\p{{L}}\d.,/+:]|\p{{L}}-)(?P<number>\d{{1,3}}\.\d{{1,2}})(?![\d.,])
                 (?={not_figures.measure_after()}){tail}
                 (?:{GAP}*(?P<glued>{lexicon.alternation(lexicon.words("glued_units"))})(?![\p{{L}}\d]))?""", flags),
        # 12 giây 45, 9 giây 580: a race time, its seconds and their hundredths or thousandths
        # (ANNOTATION.md); `30 giây 2 xe` is thirty seconds and two cars
        "race-time": regex.compile(
            r"(?<![\p{L}\d.,/:])(?P<number>\d{1,2})[ \t]*giây[ \t]*(?P<fraction>\d{2,3})(?!\d|[.,:/]\d|\p{L})",
            flags),
        # 31:07.62, 1:02,35: a race time in minutes, seconds and their hundredths (a clock has none)
        "race-clock": regex.compile(
            r"(?<![\d:.,])(?P<minutes>\d{1,2}):(?P<number>\d{2})[.,](?P<fraction>\d{1,3})(?![\d:.,]\d|\d)", flags),
        # 1m80, 2m05: a height or a jump in metres and centimetres
        "metres-cm": regex.compile(r"(?<![\p{L}\d.,])(?P<number>\d)m(?P<fraction>\d{2})(?![\d\p{L}])", flags),
        # 75ha, 50MW, 200.000m³, 38.619.500đ: a unit or a currency glued to the number
        "glued": regex.compile(
            rf"""(?<![\p{{L}}\d.,/+:]|\p{{L}}-)(?P<number>{_DIGITS})
                 (?:(?P<currency>{lexicon.alternation(lexicon.words("glued_currencies"))})
                  |(?P<glued>{lexicon.alternation(lexicon.words("glued_units"))}))(?![\p{{L}}\d])""", flags),
        # 150 tổ chức, 38%, 3,5 tỷ đồng (a qualifier before it, "hơn", is found by _qualifier)
        "amount": regex.compile(rf"(?P<number>{NUMBER}){tail}", flags),
        # hai năm, ba mươi lăm hộ
        "amount-words": regex.compile(rf"(?<!\p{{L}})(?P<number>{word}(?:\s+{next_word})*)(?!\p{{L}}){tail}", flags),
    }


@cache
def _scaled() -> regex.Pattern[str]:
    """One number and its scale word inside a compound amount."""
    return regex.compile(rf"({_DIGITS}){GAP}+({lexicon.alternation(list(lexicon.mapping('scales')))})(?!\p{{L}})",
                         regex.VERBOSE)


def _compound_parts(m: regex.Match[str], scales: dict[str, str]) -> float | None:
    """The sum a compound amount writes (`1.521 tỷ 079 triệu` = 1 521 079 000 000), or None
    when its scales do not fall (`2 triệu 3 tỷ` is no one sum)."""
    pairs = [(m["number"], m["scale"]), *_scaled().findall(m["more"])]
    sizes = [float(scales[s]) for _, s in pairs]
    if any(a <= b for a, b in itertools.pairwise(sizes)):
        return None
    return sum((parse_number(n) or 0.0) * size for (n, _), size in zip(pairs, sizes, strict=True))


# Words before a number are looked at within this many characters (two words).
LOOKBACK_CHARS = 24


def _words_before(text: str, start: int, *, in_bracket: bool = False) -> list[str]:
    """The (up to) two words right before `start`, lowercase; [] after punctuation.
    `in_bracket`: a bracket opening the last word is no punctuation (`(nhóm 1)`)."""
    window = text[max(0, start - LOOKBACK_CHARS):start]
    if not window.endswith(" "):
        return []
    words = window.split()[-2:]
    if in_bracket and words and words[-1].startswith("("):
        words = [words[-1][1:]]
    # stop at punctuation: "(hơn" or "đạt," do not qualify the next number
    while words and not words[0].isalpha():
        words = words[1:]
    return [w.lower() for w in words] if all(w.isalpha() for w in words) else []


def _qualifier(text: str, start: int) -> tuple[str, int] | None:
    """`hơn`, `gần`, `chưa đến` right before a number: (qualifier, its start)."""
    words = _words_before(text, start)
    window_start = max(0, start - LOOKBACK_CHARS)
    for n in (2, 1):
        phrase = " ".join(words[-n:]) if len(words) >= n else ""
        if phrase in lexicon.words("qualifiers"):
            at = text[window_start:start].lower().rfind(phrase)
            if at >= 0:
                return phrase, window_start + at
    return None


def _change(text: str, start: int) -> str | None:
    """`tăng 12%` -> increase, `giảm 20,9%` -> decrease."""
    words = _words_before(text, start)
    directions = lexicon.mapping("change_words")
    for n in (2, 1):
        phrase = " ".join(words[-n:]) if len(words) >= n else ""
        if phrase in directions:
            return directions[phrase]
    return None


_ABBREVIATION_BEFORE = regex.compile(r"\(\p{Lu}[\p{Lu}Đ&-]{0,8}\)\s+$")


def _after_label(text: str, start: int) -> bool:
    """`lớp 12`, `Điều 5`, `Quận 1`: the number names a thing, unless the word is the
    end of a longer one (`danh mục 233`)."""
    if m := _ABBREVIATION_BEFORE.search(text, max(0, start - LOOKBACK_CHARS), start):
        start = m.start()  # Nghị quyết (NQ) 28: the label is written out before its abbreviation
    words = _words_before(text, start, in_bracket=True)
    labels = lexicon.words("number_labels")
    if len(words) == 2 and " ".join(words) in labels:
        return True
    if not words or words[-1] not in labels:
        return False
    return not (len(words) == 2 and " ".join(words) in lexicon.dictionary())


def _after_ordinal(text: str, start: int) -> bool:
    """`lần 1`, `khóa 3`, `Bài 1:`: the word before the number makes it an ordinal, whatever
    follows; not after `mỗi` (`mỗi lần 2 người`: two people each time), nor where the word ends
    a longer one (`lá bài`)."""
    words = _words_before(text, start)
    return bool(words) and words[-1] in lexicon.words("ordinal_labels") and not (
        len(words) == 2 and (words[0] in lexicon.words("distributives") or " ".join(words) in lexicon.dictionary()))


def parse_number(text: str) -> float | None:
    """`1.200` -> 1200, `3,5` -> 3.5, `01` -> 1, `ba mươi` -> 30; None if not a number."""
    text = ascii_digits(text.strip())
    if text[:1].isdigit():
        return float(text.replace(".", "").replace(",", "."))
    values = lexicon.mapping("number_words")
    total, current = 0, 0
    for word in text.lower().split():
        if word not in values:
            return None
        value = int(values[word])
        if word in ("mươi", "mười") and current:
            current *= 10
        elif value >= 1000:
            total += (current or 1) * value
            current = 0
        elif value == 100:
            current = (current or 1) * 100
        else:
            current += value
    return float(total + current)


_PER = regex.compile(r"/(?P<per>\p{L}[\p{L}\p{M}\d²³]*)")


def _ends_compound(text: str, start: int) -> bool:
    """The word starting at `start` ends a longer word with the one before it (đầu tư, hàng năm)."""
    before, word = _words_before(text, start), _UNIT_WORD.match(text, start)
    return bool(before and word) and f"{before[-1]} {word['word'].lower()}" in lexicon.dictionary()


def _after_code(text: str, start: int) -> bool:
    """The word right before the number is written in capitals (RON 95, ASEAN 2025)."""
    words = text[max(0, start - LOOKBACK_CHARS):start].split()
    return text[start - 1:start] == " " and bool(words) and len(words[-1]) >= 2 and words[-1].isalpha() \
        and words[-1].isupper()


_UNIT_WORD = regex.compile(GAP + r"*(?P<word>\p{L}[\p{L}\p{M}]*(?:/\p{L}[\p{L}\p{M}]*)*)")
_CONTINUATION = regex.compile(
    r",[^\S\n]*(?P<words>(?:\p{Ll}+|\p{Lu}{2,}(?!\p{Ll}))(?:[^\S\n]+\p{Ll}+)?)"
    r"(?=\s*(?:[.;:)]|$|\s+(?:\p{L}+\s+)?(?:được|đã|có|tại)\b))")


def _unit(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun after position `pos`: up to the next clause word or punctuation."""
    stops = lexicon.words("unit_stops")
    words: list[str] = []
    end = pos
    ends = [pos]
    while len(words) < MAX_UNIT_WORDS:
        m = _UNIT_WORD.match(text, end)
        if not m or m["word"].lower() in stops:
            break
        following = _UNIT_WORD.match(text, m.end())
        if following and f"{m['word']} {following['word']}".lower() in stops:
            break
        if words and _starts_name(words[-1], m["word"], following["word"] if following else ""):
            break  # 75 năm | Ngày Chủ tịch Hồ Chí Minh …
        words.append(m["word"])
        end = m.end()
        ends.append(end)
        if len(words) == 1 and m["word"].lower() in lexicon.words("single_word_units") \
                and not _compound_follows(text, end):
            modifier = _unit_modifier().match(text, end)
            if modifier:
                end = modifier.end()
            break  # 03 năm | thực hiện, 3 năm liên tiếp
    if len(words) == MAX_UNIT_WORDS and _compound_follows(text, end):  # "5 tấn giò chả | thành phẩm"
        words.pop()
        end = ends[-2]
    if not words:
        return None, pos
    cont = _CONTINUATION.match(text, end)
    if cont and len(cont["words"].split()) <= MAX_UNIT_CONTINUATION_WORDS and not any(
            w.lower() in stops for w in cont["words"].split()):
        return text[pos:cont.end("words")].strip(), cont.end("words")
    return text[pos:end].strip(), end


_GENDER_AFTER = regex.compile(r"\s*(?:nam|nữ)(?!\p{L})")


def _names_an_event(text: str, start: int, unit: str) -> bool:
    """The weight, distance or age at `start` names a sports event (`60kg nữ`, `hạng cân 48 kg`,
    `cự ly 800m`, `đôi nam dưới 40 tuổi`, `nhóm tuổi 13-14 tuổi`): a gender word in or after it,
    or an event's word or form before it (a gender and `dưới`, `trên`, `từ` between)."""
    measure, *rest = unit.split()
    if measure not in lexicon.words("event_measures"):
        return False
    if rest and rest[0] in ("nam", "nữ"):
        return True
    after = text.find(measure, start) + len(measure)
    if _GENDER_AFTER.match(text, after):
        return True
    return bool(_event_before().search(text, max(0, start - EVENT_LOOKBACK_CHARS), start))


# an event's word or form before its class is looked for this far back
EVENT_LOOKBACK_CHARS = 40


@cache
def _event_before() -> regex.Pattern[str]:
    """An event's word (`hạng cân`, `cự ly`, `nhóm tuổi`) or form (`đôi nam`, `đơn nữ`) right
    before a class, a gender and a bound (`dưới`, `trên`, `từ`) allowed between."""
    events = lexicon.alternation([*lexicon.words("event_measure_words"), *lexicon.words("sports")])
    return regex.compile(rf"(?i)(?<!\p{{L}}){events}(?:[ \t]+(?:nam|nữ))?(?:[ \t,]+(?:dưới|trên|từ))?[ \t:]*$")


def _starts_name(previous: str, word: str, following: str) -> bool:
    """`word` (after `previous` in a unit) begins a name, as a capitalised word does,
    unless it is a prize level written with capitals (giải Đặc biệt, huy chương Vàng)."""
    if not (word[:1].isupper() and word[1:2].islower()):
        return False
    levels = lexicon.mapping("prize_levels")
    return f"{previous} {word}".lower() not in levels and f"{previous} {word} {following}".lower() not in levels


@cache
def _unit_modifier() -> regex.Pattern[str]:
    return regex.compile(GAP + "+" + lexicon.alternation(lexicon.words("unit_modifiers")) + r"(?!\p{L})")


def _compound_follows(text: str, pos: int) -> bool:
    """The word ending at `pos` is the first syllable of a longer word (đồng chí, đồng thời)."""
    m = _UNIT_WORD.match(text, pos)
    if not m or m["word"].lower() in lexicon.words("unit_stops"):
        return False
    start = text.rfind(" ", 0, pos) + 1
    return f"{text[start:pos]} {m['word']}".lower() in lexicon.dictionary()


def _names_follow(text: str, end: int, names: set[int]) -> bool:
    """A person's or place's name stands right after the number, which then counts
    nothing: it is part of an address (số 91 Trần Hưng Đạo)."""
    return text[end:end + 1] == " " and end + 1 in names


def _free(start: int, end: int, masked: bytearray) -> bool:
    return 1 not in masked[start:end]


# between two numbers of one list: `Điều 1, 5 và 7`, `Sóng Thần 1, 2, 3`
_LISTED_AFTER = regex.compile(r"(?P<last>\d)[ \t]*(?:,|và)[ \t]*$")


def _listed_after_a_name(text: str, start: int, masked: bytearray, names_at: set[int]) -> bool:
    """A number listed after one that names a thing (`Điều 1, 5, 7`, `nhóm tuổi U6, 7, 11`, `Quyết
    định số 358, 355`) names one too: a list of labels counts nothing."""
    m = _LISTED_AFTER.search(text, max(0, start - 6), start)
    return bool(m) and (masked[m.start("last")] == 1 or m.end("last") in names_at)


def _figures(article: Article) -> Iterator[Span]:
    body = article.body
    masks = bytearray(len(body))  # 1 where a number may not be read as a figure
    for a, b in not_figures.masked(article):
        masks[a:b] = b"\x01" * (b - a)
    taken = bytearray(len(body))  # 1 where a figure already stands
    names = {s.start for s in article.of("person", "location")}
    named_ends: set[int] = set()  # where numbers read as names (not figures) end: a list may go on after them
    scales = lexicon.mapping("scales")
    currencies = lexicon.mapping("currencies")
    count_units = lexicon.words("count_units")
    for rule, pattern in _grammar().items():
        for m in pattern.finditer(body):
            start, end = m.span()
            if not _free(m.start("number"), m.end("number"), masks) or not _free(start, end, taken):
                continue
            if _after_ordinal(body, m.start("number")):
                named_ends.add(m.end("number"))
                continue  # `lần 3 năm 2022`: the second time, not two years
            listed = _listed_after_a_name(body, m.start("number"), masks, named_ends)
            labelled = _after_label(body, m.start("number"))  # lớp 12, Quận 1: a name, unless things are counted
            qualifier = _qualifier(body, start) if rule.startswith("amount") or rule == "glued" else None
            if qualifier:
                start = qualifier[1]
            number_text = ascii_digits(m["number"])
            if rule == "decimal-dot":
                value = float(number_text)
            elif rule in ("race-time", "metres-cm"):
                value = float(f"{int(number_text)}.{ascii_digits(m['fraction'])}")
            elif rule == "race-clock":
                minutes = digits_value(m["minutes"])
                value = minutes * 60 + float(f"{int(number_text)}.{ascii_digits(m['fraction'])}")
            else:
                value = parse_number(number_text) if number_text not in ("nhất", "nhì") else {
                    "nhất": 1.0, "nhì": 2.0}[number_text]
            if value is None:
                continue
            groups = m.groupdict()
            multiplier = float(scales[groups["scale"]]) if groups.get("scale") else 1.0
            if rule == "compound":
                parts = _compound_parts(m, scales)
                if parts is None:
                    continue
                value, multiplier = parts, 1.0
            currency = currencies.get(groups["currency"]) if groups.get("currency") else None
            if currency and _compound_follows(body, m.end("currency")):  # "64 đồng chí" is no money
                currency, end = None, m.start("currency")
            unit, unit_end = (None, end)
            if groups.get("percent"):
                points = groups["percent"].startswith("điểm")
                unit, kind = ("điểm %", "percentage-points") if points else ("%", "percent")
            elif groups.get("glued"):
                unit, kind = groups["glued"], "count"
            elif rule in ("race-time", "race-clock"):
                unit, kind = "giây", "count"
            elif rule == "metres-cm":
                unit, kind = "m", "count"
            elif currency:
                unit, kind = groups["currency"], "money"
                if per := _PER.match(body, end):  # 500 đồng/lít, 85 triệu đồng/lượng: a price
                    unit, unit_end = f"{unit}/{per['per']}", per.end()
            else:
                if _names_follow(body, end, names):
                    continue  # số 91 Trần Hưng Đạo: a house number before a street's name
                unit, unit_end = _unit(body, end)
                kind = "rank" if rule.startswith("rank") else "count"
            if unit and _names_an_event(body, m.start("number"), unit):
                taken[start:unit_end] = b"\x01" * (unit_end - start)  # its two ends are no figures either
                continue  # hạng cân 60kg nữ, chạy 100m: a weight class or a distance names the event
            if rule == "rank":
                unit = unit or "hạng"
            if unit is None and _after_code(body, m.start("number")):
                named_ends.add(m.end("number"))
                continue  # RON 95, Euro 2024: the number is part of a name
            is_word = rule == "amount-words"
            counted = unit and (unit.split()[0].strip(",;").lower() in count_units or unit.lower() in count_units)
            if listed and not (counted or groups.get("percent") or groups.get("scale") or currency):
                named_ends.add(m.end("number"))
                continue  # `Điều 1, 5, 7`: listed with a number that names a thing, it names one too
            if labelled and not (counted and unit[:1].islower() and not groups.get("percent") and not currency):
                named_ends.add(m.end("number"))
                taken[start:end] = b"\x01" * (end - start)  # `lứa tuổi 7-9`: the range's other end labels too
                continue  # "nhóm 3" names a group; "nhóm 17 bộ, ngành" counts ministries; "Điều 360 Bộ luật" names
            if is_word and (not counted or _ends_compound(body, m.start("number"))):
                continue  # "vốn đầu tư nước ngoài": the "tư" of "đầu tư" counts nothing
            of = parse_number(groups["of"]) * multiplier if groups.get("of") else None
            top = parse_number(groups["max"]) * multiplier if groups.get("max") else None
            if top is not None and top < value * multiplier:
                taken[start:end] = b"\x01" * (end - start)
                continue  # `thắng 3-1`: a score, no range; neither end is an amount
            if rule in ("n-of-m", "fraction") and unit is None:
                continue
            if rule == "fraction" and of is not None and of < value * multiplier:  # done and planned, no share
                span_end = max(end, unit_end)
                taken[start:span_end] = b"\x01" * (span_end - start)
                done = FigureValue(value * multiplier, unit, currency=currency, kind=kind)
                yield from _done_and_planned(body, m, done, of, span_end)
                continue
            fv = FigureValue(value * multiplier, unit, of=of, qualifier=qualifier[0] if qualifier else None,
                             currency=currency, max=top, kind="share" if rule in ("n-of-m", "fraction") else kind,
                             change=_change(body, start))
            span_end = max(end, unit_end)
            taken[start:span_end] = b"\x01" * (span_end - start)
            yield Span(start, span_end, "figure", body[start:span_end], fv, rule=f"figure:{rule}")
            if rule == "n-of-m":  # "07 tổ chức/địa phương" is a figure of its own
                of_start = m.start("of")
                yield Span(of_start, span_end, "figure", body[of_start:span_end], FigureValue(of, unit),
                           rule="figure:n-of-m-total")


def _done_and_planned(body: str, m: regex.Match[str], done: FigureValue, planned: float, end: int) -> Iterator[Span]:
    """`12.480/10.600 lượt người` in a report is what was done over what was planned: more than
    the whole is no share, so each is an amount of the unit."""
    yield Span(m.start("number"), m.end("number"), "figure", m["number"], done, rule="figure:done-of-planned")
    yield Span(m.start("of"), end, "figure", body[m.start("of"):end], replace(done, value=planned),
               rule="figure:planned")


def extract(article: Article) -> tuple[Span, ...]:
    return tuple(sorted(_figures(article), key=lambda s: (s.start, s.end)))
