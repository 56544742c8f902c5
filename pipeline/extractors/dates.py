"""Dates and periods in the body, normalised to ISO 8601 with a granularity.

Our own grammar, not dateparser's `search_dates`: it gives no offsets, reads `27/5`
as this year's 27 May and `hạng nhì` as a unit of time. Each form is a small named
pattern; a match becomes a `_Found` date whose missing year is filled afterwards
from the article (publication year, else the nearest explicit year in the body),
never from today's clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache

import regex

from pipeline import lexicon
from pipeline.model import Article, DateValue, Span
from pipeline.text import ascii_digits, digits_value

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# Years outside this window are not read as years (a bare 1234 is a number).
MIN_YEAR, MAX_YEAR = 1900, 2100
# ... unless the form says it is a year: a day and month before it, `năm` or `tháng` (2/4/1887, năm 1820)
MIN_WRITTEN_YEAR = 1000
# the rules whose form says their number is a year
_WRITTEN_YEAR_RULES = frozenset({"day-month-year", "day-month-year-words", "month-year", "year", "day-range"})


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    rule: str
    granularity: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    part: str | None = None
    time: str | None = None
    relative: tuple[str, int] | None = None  # (unit, offset) for "hôm qua", "năm nay"
    last_month: int | None = None  # "9 tháng đầu năm": months `month`..`last_month`


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    month_word = lexicon.alternation([w.capitalize() for w in lexicon.mapping("month_words")])
    relative = lexicon.alternation(list(lexicon.mapping("relative_dates")), first_letter_any_case=True)
    year = r"(?P<year>\d{4})"
    flags = regex.VERBOSE
    # Day patterns start at the digits, which the regex engine finds fast; the words
    # before them (Chiều, Thứ Hai, ngày, 8h30) are matched backwards by _lead().
    return {
        # ngày 5/5/2023, Thứ Hai, 12/3/2024, 05.05.2023, 5-5-2023, 8/3/ 2021 (a space typed before the year)
        "day-month-year": regex.compile(
            # after a dash only as a span's second end, right after the first's year (`28/10/1945-28/10/2023`)
            r"(?<![\d/.,])(?:(?<!-)|(?<=[/.]\d{4}-))(?P<day>\d{1,2})(?P<sep>[/.-])(?P<month>\d{1,2})(?P=sep)"
            r"(?:(?<=/)[ \t])?" + year + r"(?![\d/])", flags),
        # từ ngày 15 đến 20/3/2024, ngày 15-20/3: two days of one month (the lead must say "ngày")
        "day-range": regex.compile(
            r"(?<![\d/.,-])(?P<day>\d{1,2})(?P<join>\s*[-–]\s*|\s+đến\s+)(?P<day2>\d{1,2})(?P<sep>[/.-])"
            r"(?P<month>\d{1,2})(?:(?P=sep)" + year + r")?(?![\d/]|[.,]\d)", flags),
        # ngày 5 tháng 5 năm 2023, ngày 5 tháng 5 (the lead must say "ngày": "5 tháng" is a duration)
        "day-month-year-words": regex.compile(
            r"(?<![\d/.,-])(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s*(?:năm|,)\s*" + year + ")?(?!\\d)",
            flags),
        # Chiều 27/5, 27/5 (a bare d/m needs the slash, and never follows "thứ" of a rank)
        "day-month": regex.compile(
            r"(?<![\d/.,-])(?<!thứ\s)(?<!hạng\s)(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/]|[.,]\d)", flags),
        # ngày 5-5, Sáng 19 – 4, hôm 10.10: with a dash or a dot the lead must say it is a day
        # (a bare "2-3" is a range of numbers)
        "day-month-dashed": regex.compile(
            r"(?<![\d/.,-])(?P<day>\d{1,2})(?:[-.]|\s[-–]\s)(?P<month>\d{1,2})(?![\d/]|[.,]\d)", flags),
        # vào 9/2023, (7/1997 – 7/2022): a month and a year with a slash and no `tháng` (not after a
        # document's label: Nghị quyết 06/2022)
        "month-year-bare": regex.compile(
            r"(?<![\d/.,\p{L}-])(?P<month>\d{1,2})/" + year + r"(?![\d/]|[.,]\d|[ \t]*[-/][ \t]*\p{Lu})", flags),
        # tháng 5/2023, tháng 5 năm 2023, tháng 05-2023
        "month-year": regex.compile(
            r"(?<!\d\s)[Tt]háng\s+(?P<month>\d{1,2})\s*(?:/|-|\s+năm\s+|,\s*năm\s+)\s*" + year + r"(?!\d)", flags),
        # tháng 5, tháng Năm (not "3 tháng", a duration)
        "month": regex.compile(
            rf"(?<!\d\s)[Tt]háng\s+(?:(?P<month>\d{{1,2}})(?!\d|[/.,-]\d)|(?P<month_word>{month_word})\b)", flags),
        # quý I/2023, quý 1 năm 2023, quý IV
        "quarter": regex.compile(
            r"[Qq]uý\s+(?P<quarter>IV|I{1,3}|[1-4])(?![\p{L}\d])"
            r"(?:\s*(?:/|-|\s+năm\s+)\s*" + year + r"(?!\d))?", flags),
        # 6 tháng đầu năm 2023, nửa cuối năm
        "half": regex.compile(
            r"(?:6|[Ss]áu)\s+tháng\s+(?P<half>đầu|cuối)\s+năm(?:\s+" + year + r"(?!\d))?"
            r"|[Nn]ửa\s+(?P<half>đầu|cuối)\s+năm(?:\s+" + year + r"(?!\d))?", flags),
        # 9 tháng đầu năm 2024 (January to September), 3 tháng cuối năm (the fourth quarter)
        # (its first characters looked ahead for before the look-behind: the engine then skips to them)
        "months-of-year": regex.compile(
            r"(?=[1-9BbCcMm])(?<![\d.,])(?P<months>[1-9]|1[01]|[Bb]a|[Cc]hín|[Mm]ười)\s+tháng\s+(?P<which>đầu|cuối)\s+năm"
            r"(?:\s+" + year + r"(?!\d))?", flags),
        # đầu năm, cuối năm 2022, giữa năm
        "year-part": regex.compile(
            r"(?<!tháng\s)(?P<part>[Đđ]ầu|[Cc]uối|[Gg]iữa)\s+năm(?:\s+" + year + r"(?!\d))?"
            r"(?!\s+(?:nay|ngoái|học|tài))", flags),
        # năm 2023
        "year": regex.compile(r"[Nn]ăm\s+" + year + r"(?!\d|[.,/]\d)", flags),
        # giai đoạn 2021-2025, 2021 – 2025: two years, linked as an interval below
        "year-range": regex.compile(
            r"(?<![\d.,/\p{L}-])" + year + r"\s*[-–]\s*(?P<year2>\d{4})(?![\d%]|[.,/]\d)", flags),
        # 2020, 2021 và 2022
        # (not glued to a unit: 2020m2 is an area)
        "bare-year": regex.compile(r"(?<![\d.,/:\p{L}-])" + year + r"(?![\d%\p{L}]|[.,/]\d|\s*-\s*\p{Lu})", flags),
        # hôm qua, năm nay, tuần trước
        "relative": regex.compile(rf"(?<!\p{{L}}){relative}(?!\p{{L}})", flags),
    }


# How far before a day's digits its lead words may start ("15:18, Chủ nhật (ngày " fits).
MAX_LEAD_CHARS = 40
# "sinh năm 1998", "SN 1990": a birth word stands this close before the year
BIRTH_LOOKBACK = 16


@cache
def _birth_before() -> regex.Pattern[str]:
    words = lexicon.alternation(lexicon.words("birth_words"))
    return regex.compile(rf"(?<!\p{{L}})(?i:{words})\s*:?\s*(?:năm\s+)?$")
_NEEDS_DAY_WORD = {"day-month-year-words": ("ngày",), "day-month-dashed": ("ngày", "hôm", "daypart", "weekday"),
                   "day-range": ("ngày",)}


@cache
def _lead_pattern() -> regex.Pattern[str]:
    day_part = lexicon.alternation(lexicon.words("day_parts"), first_letter_any_case=True)
    weekday = "(?i:" + lexicon.alternation(lexicon.words("weekdays")) + ")"
    return regex.compile(
        rf"""(?<![\p{{L}}\d])
             (?:(?P<time>\d{{1,2}}(?:h|:)\d{{2}}|\d{{1,2}}h)\s*,?\s*)?       # 8h30, 15:00
             (?:(?P<daypart>{day_part})(?:\s+(?:nay|qua|mai))?(?:\s+|\s*\(\s*))?  # Chiều, Sáng nay, Sáng mai (
             (?:(?P<weekday>{weekday})\s*[,(]?\s*)?                         # Thứ Hai,
             (?:(?P<ngày>[Nn]gày|[Mm]ùng|[Mm]ồng)\s+|(?P<hôm>[Hh]ôm)(?:\s+(?:nay|qua))?\s+  # ngày, mùng, hôm qua
                |(?P<hôm>(?:[Hh]ôm|[Nn]gày)\s+(?:nay|qua|mai|kia))\s*\(\s*)?  # Ngày mai (17-6): the day it names
             $""",
        regex.VERBOSE,
    )


# "ngày 5/5/2023 lúc 15h30", "27/5/2023 - 15:18": a clock time written after the date
_TRAILING_TIME = regex.compile(r"\s*(?:,|-|–|lúc|vào\s+lúc)?\s*(?P<time>\d{1,2}(?:h|:)\d{2}|\d{1,2}h)(?![\d\p{L}])")


# `kéo dài từ 14-16/8`: two days of a month after `từ` (from), as after `ngày` (or alone in brackets)
_RANGE_FROM = regex.compile(r"(?<!\p{L})[Tt]ừ[ \t]+$")
# a document's number before its year (`Nghị quyết 06/2022`, `số 4/2022`): no month
_NUMBER_WORD = regex.compile(r"(?<!\p{L})(?i:số|no\.?)[ \t]*$")


def _two_words_before(text: str, start: int) -> list[str]:
    """The (up to) two words before `start`, lowercase, as written (punctuation kept)."""
    return text[max(0, start - 24):start].lower().split()[-2:]


def _in_a_name(text: str, start: int) -> bool:
    """The two words before a month written as a word make it part of a name (lexicon month_name_heads)."""
    return " ".join(_two_words_before(text, start)) in lexicon.words("month_name_heads")


def _after_document_label(text: str, start: int) -> bool:
    if _NUMBER_WORD.search(text, max(0, start - 24), start):
        return True
    words = _two_words_before(text, start)
    labels = lexicon.words("number_labels")
    return bool(words) and (words[-1] in labels or " ".join(words) in labels)


def _days_set_apart(m: regex.Match[str]) -> bool:
    """Two days of a month read as days without `ngày`: after `từ` (`từ 14-16/8`) or alone in
    brackets (`(3-4/11)`); a bare `2-3/4` may be numbers."""
    text = m.string
    return bool(_RANGE_FROM.search(text, max(0, m.start() - 8), m.start())) \
        or text[m.start() - 1:m.start()] + text[m.end():m.end() + 1] == "()"


_NEXT_WORDS = regex.compile(r"\s+(\p{L}+)(?:\s+(\p{L}+))?")


def _followed_by(text: str, end: int, words: frozenset[str]) -> bool:
    """The word or two words after a number are one of `words`."""
    m = _NEXT_WORDS.match(text, end)
    return bool(m) and (m[1].lower() in words or f"{m[1]} {m[2] or ''}".strip().lower() in words)


def _share(m: regex.Match[str]) -> bool:
    """`8/8 học sinh`, `2/3 thời gian`, `hơn 1/3`: a bare day/month that is a share of
    people or things. A counted noun after it makes it one; a share noun or a qualifier
    (hơn, gần, chiếm) only when it reads as a fraction, the first number the smaller
    (`Đến 27/5 số ca mắc` is a date)."""
    text = m.string
    if _followed_by(text, m.end(), lexicon.words("count_units") | lexicon.words("counted_divisions")):
        return True
    if digits_value(m["day"]) >= digits_value(m["month"]):
        return False
    before = text[max(0, m.start() - MAX_LEAD_CHARS):m.start()].split()
    return _followed_by(text, m.end(), lexicon.words("share_nouns")) or (
        bool(before) and before[-1].lower() in lexicon.words("qualifiers") | lexicon.words("share_leads"))


def _lead(text: str, start: int) -> regex.Match[str] | None:
    """The words before a day's digits that belong to the date (`Chiều`, `Thứ Hai, ngày`)."""
    m = _lead_pattern().search(text, max(0, start - MAX_LEAD_CHARS), start)
    return m if m and m.start() < start else None


# "từ năm 2021 đến hết quý I/2023", "2021-2025": two dates joined as one interval
_RANGE_JOIN = regex.compile(r"^\s*(?:đến(?:\s+hết)?|tới|-|–)\s*(?:ngày\s+|năm\s+)?$")
_RANGE_OPEN = regex.compile(r"(?:[Tt]ừ|[Gg]iai\s+đoạn|[Tt]hời\s+kỳ|[Nn]hiệm\s+kỳ)\s+(?:ngày\s+|năm\s+)?$")


def _int(m: regex.Match[str], name: str) -> int | None:
    value = m.groupdict().get(name)
    return digits_value(value) if value else None


def _clock(text: str) -> str:
    hours, _, minutes = ascii_digits(text).replace("h", ":").partition(":")
    return f"{int(hours):02d}:{int(minutes or 0):02d}"


def _day(m: regex.Match[str], rule: str) -> _Found | list[_Found]:
    lead = _lead(m.string, m.start())
    needs = _NEEDS_DAY_WORD.get(rule, ())
    if needs and not (lead and any(lead.groupdict().get(g) for g in needs)) and not (
            rule == "day-range" and _days_set_apart(m)):
        return []
    if rule == "day-month" and not lead and _share(m):
        return []
    time = lead["time"] if lead else None
    end = m.end()
    if time is None and (after := _TRAILING_TIME.match(m.string, end)):
        time, end = after["time"], after.end()
    if lead and "(" in lead.group() and m.string[end:end + 1] == ")":
        end += 1  # "Sáng thứ Hai (9/9)": the bracket opened in the lead closes after the date
    return _Found(lead.start() if lead else m.start(), end, rule, "day", year=_int(m, "year"),
                  month=_int(m, "month"), day=_int(m, "day"), time=_clock(time) if time else None)


def _day_range(m: regex.Match[str], rule: str) -> list[_Found]:
    """`ngày 15 đến 20/3/2024`: the first day takes the month and year written after the second."""
    first = _day(m, rule)
    if isinstance(first, list):  # no "ngày" before it
        return first
    return [replace(first, end=m.start("join")),
            _Found(m.start("day2"), m.end(), rule, "day", year=_int(m, "year"), month=_int(m, "month"),
                   day=_int(m, "day2"))]


def _month(m: regex.Match[str], rule: str) -> _Found | list[_Found]:
    if rule == "month-year-bare" and (_after_document_label(m.string, m.start())
                                      or _followed_by(m.string, m.end(), lexicon.words("count_units"))):
        return []  # Nghị quyết 06/2022 numbers a document; 3/2000 hộ is a share of households
    month = _int(m, "month")
    if month is None:
        if _in_a_name(m.string, m.start()):
            return []  # Cách mạng Tháng Tám: a revolution's name (and the streets named after it)
        month = lexicon.month_number(m["month_word"])
    return _Found(m.start(), m.end(), rule, "month", year=_int(m, "year"), month=month)


def _quarter(m: regex.Match[str], rule: str) -> _Found:
    q = ascii_digits(m["quarter"])
    quarter = int(q) if q.isdigit() else _ROMAN[q.lower()]
    return _Found(m.start(), m.end(), rule, "quarter", year=_int(m, "year"), quarter=quarter)


def _months_of_year(m: regex.Match[str], rule: str) -> _Found:
    months = ascii_digits(m["months"])
    n = int(months) if months.isdigit() else lexicon.month_number(months)
    first, last = (1, n) if m["which"] == "đầu" else (13 - n, 12)
    if n == 3:  # a quarter
        return _Found(m.start(), m.end(), rule, "quarter", year=_int(m, "year"), quarter=1 if first == 1 else 4)
    return _Found(m.start(), m.end(), rule, "month", year=_int(m, "year"), month=first, last_month=last)


def _half(m: regex.Match[str], rule: str) -> _Found:
    return _Found(m.start(), m.end(), rule, "half", year=_int(m, "year"), half=1 if m["half"] == "đầu" else 2)


def _year_part(m: regex.Match[str], rule: str) -> _Found:
    part = {"đầu": "start", "cuối": "end", "giữa": "middle"}[m["part"].lower()]
    return _Found(m.start(), m.end(), rule, "year", year=_int(m, "year"), part=part)


def _year(m: regex.Match[str], rule: str) -> _Found:
    return _Found(m.start("year") if m.re is _patterns()["bare-year"] else m.start(), m.end(), rule, "year",
                  year=_int(m, "year"))


def _year_range(m: regex.Match[str], rule: str) -> list[_Found]:
    return [_Found(m.start("year"), m.end("year"), rule, "year", year=_int(m, "year")),
            _Found(m.start("year2"), m.end("year2"), rule, "year", year=_int(m, "year2"))]


def _relative(m: regex.Match[str], rule: str) -> _Found | list[_Found]:
    written = lexicon.key(m.group())
    row = next(r for r in lexicon.table("relative_dates") if r[0] == written)
    before = m.string[max(0, m.start() - 12):m.start()].split()
    if before and m.string[m.start() - 1:m.start()].isspace() and (
            before[-1].lower() in lexicon.words("vague_quantities") or (before[-1].isdecimal() and int(row[2]) < 0)):
        return []  # nhiều năm nay: for many years now; 25 năm trước: twenty-five years ago, not last year
    return _Found(m.start(), m.end(), rule, row[1] if row[1] != "week" else "day", relative=(row[1], int(row[2])))


_HANDLERS: dict[str, Callable[[regex.Match[str], str], _Found | list[_Found]]] = {
    "day-month-year": _day,
    "day-month-year-words": _day,
    "day-month": _day,
    "day-month-dashed": _day,
    "month-year": _month,
    "month-year-bare": _month,
    "month": _month,
    "quarter": _quarter,
    "half": _half,
    "months-of-year": _months_of_year,
    "year-part": _year_part,
    "year": _year,
    "year-range": _year_range,
    "day-range": _day_range,
    "bare-year": _year,
    "relative": _relative,
}


def _valid(f: _Found) -> bool:
    lowest = MIN_WRITTEN_YEAR if f.rule in _WRITTEN_YEAR_RULES else MIN_YEAR
    if f.year is not None and not lowest <= f.year <= MAX_YEAR:
        return False
    if f.month is not None and not 1 <= f.month <= 12:
        return False
    if f.day is not None:
        year = f.year or 2000  # a leap year, so 29/2 without a year is allowed
        return 1 <= f.day <= calendar.monthrange(year, f.month)[1]
    return True


def _candidates(text: str) -> Iterator[_Found]:
    for rule, pattern in _patterns().items():
        for m in pattern.finditer(text):
            result = _HANDLERS[rule](m, rule)
            parts = result if isinstance(result, list) else [result]
            if parts and all(_valid(f) for f in parts):
                yield from parts


def _select(found: list[_Found]) -> list[_Found]:
    """Longest match wins where matches overlap; earlier rules win ties. The characters
    already taken are marked, so a long page costs in proportion to its length."""
    chosen: list[_Found] = []
    taken = bytearray(max((f.end for f in found), default=0))
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if 1 not in taken[f.start:f.end]:
            chosen.append(f)
            taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    return sorted(chosen, key=lambda f: f.start)


def _iso(f: _Found, year: int) -> str:
    if f.granularity == "day":
        return f"{year:04d}-{f.month:02d}-{f.day:02d}"
    if f.granularity == "month" and f.last_month:
        return f"{year:04d}-{f.month:02d}/{year:04d}-{f.last_month:02d}"
    if f.granularity == "month":
        return f"{year:04d}-{f.month:02d}"
    if f.granularity == "quarter":
        return f"{year:04d}-Q{f.quarter}"
    if f.granularity == "half":
        return f"{year:04d}-H{f.half}"
    return f"{year:04d}"


def _unknown_year(f: _Found) -> str | None:
    """A day or month whose year nothing on the page gives keeps the year unknown, as the spec
    writes it (ISO 8601-2 unspecified digits: `XXXX-05-27`); a quarter or half without one is
    no value."""
    if f.granularity == "day":
        return f"XXXX-{f.month:02d}-{f.day:02d}"
    if f.granularity == "month" and not f.last_month:
        return f"XXXX-{f.month:02d}"
    return None


def _resolve_relative(f: _Found, published: dt.date | None, reference_year: int | None) -> tuple[str | None, str, bool]:
    unit, offset = f.relative
    if unit == "year":
        base = published.year if published else reference_year
        return (f"{base + offset:04d}" if base else None), "year", published is None
    if published is None:
        return None, f.granularity, False
    if unit == "day":
        return (published + dt.timedelta(days=offset)).isoformat(), "day", False
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=offset)
        iso = monday.isocalendar()
        return f"{iso[0]:04d}-W{iso[1]:02d}", "week", False
    month_index = published.year * 12 + published.month - 1 + offset
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month", False


def _published_date(article: Article) -> dt.date | None:
    if not article.published:
        return None
    try:
        return dt.date.fromisoformat(article.published[:10])
    except ValueError:
        return None


# the first of two days sharing the month written after the second: `ngày 13 và 14/4`, `từ 18 – 19/6`,
# `từ ngày 4 đến ngày 9/11/2008`, `21, 22/3/2014`
_SHARED_MONTH_DAY = regex.compile(
    r"(?<![\d/.,])(?P<day>\d{1,2})(?P<joiner>[ \t]*(?:và|,|[-–]|đến(?:[ \t]+ngày)?)[ \t]*(?:ngày[ \t]+)?)$")


def _days_sharing_a_month(body: str, found: list[_Found]) -> list[_Found]:
    """The day before a day-and-month date that shares its month and year (ANNOTATION.md: a
    range gives both ends, and each day of a list is a date)."""
    out = []
    for k, f in enumerate(found):
        if f.granularity != "day" or f.relative or not f.month:
            continue
        m = _SHARED_MONTH_DAY.search(body, max(0, f.start - 24), f.start)
        if not m or not 1 <= digits_value(m["day"]) < (f.day or 0) or (k and found[k - 1].end > m.start("day")):
            continue  # no earlier day, or one a rule already read (`Ngày 12-13/5`)
        out.append(_Found(m.start("day"), m.end("day"), "shared-month", "day", year=f.year, month=f.month,
                          day=digits_value(m["day"])))
    return out


def extract(article: Article) -> tuple[Span, ...]:
    body = article.body
    found = _select(list(_candidates(body)))
    found = sorted(found + _days_sharing_a_month(body, found), key=lambda f: f.start)
    published = _published_date(article)
    explicit = [(f.start, f.year) for f in found  # in text order; a birth year dates a person only
                if f.year is not None and not _birth_before().search(body, max(0, f.start - BIRTH_LOOKBACK), f.start)]
    explicit_starts = [start for start, _ in explicit]
    sentence_starts = [s.start for s in article.sentences]

    def reference_year(pos: int) -> int | None:
        """The publication year, else an explicit year of the same sentence, else the nearest
        one. The nearest on either side are found by bisection (a long page has thousands):
        one of the sentence's own, when it has any, is among them."""
        if published:
            return published.year
        if not explicit:
            return None
        at = bisect_right(explicit_starts, pos)
        nearest = explicit[max(at - 1, 0):at + 1]
        index = bisect_right(sentence_starts, pos) - 1
        sentence = article.sentences[index] if index >= 0 and pos < article.sentences[index].end else None
        same = [e for e in nearest if sentence and sentence.start <= e[0] < sentence.end]
        return min(same or nearest, key=lambda e: abs(e[0] - pos))[1]

    values: list[tuple[_Found, DateValue]] = []
    for f in found:
        if f.relative:
            value, granularity, inferred = _resolve_relative(f, published, reference_year(f.start))
            values.append((f, DateValue(value, granularity, year_inferred=inferred)))
            continue
        year, inferred = f.year, False
        if year is None:
            year = reference_year(f.start)
            if year is not None and not _valid(replace(f, year=year)):
                year = None  # 29/2 in a year that has none: the page's year is not this day's
            inferred = year is not None
        value = _iso(f, year) if year is not None else _unknown_year(f)
        values.append((f, DateValue(value, f.granularity, year_inferred=inferred, time=f.time, part=f.part)))
    values = _link_ranges(body, values)
    return tuple(
        Span(f.start, f.end, "date", body[f.start:f.end], v, rule=f"date:{f.rule}") for f, v in values
    )


def _link_ranges(body: str, values: list[tuple[_Found, DateValue]]) -> list[tuple[_Found, DateValue]]:
    """Mark `từ A đến B` and `A-B` as the two ends of one interval."""
    out = list(values)
    for i in range(len(out) - 1):
        (a, av), (b, bv) = out[i], out[i + 1]
        if av.value is None or bv.value is None or av.range_role or not _RANGE_JOIN.match(body[a.end:b.start]):
            continue
        joined_by_dash = body[a.end:b.start].strip() in "-–"
        if not joined_by_dash and not _RANGE_OPEN.search(body[max(0, a.start - 20):a.start]):
            continue
        interval = f"{av.value}/{bv.value}"
        out[i] = (a, replace(av, range_role="from", range_value=interval))
        out[i + 1] = (b, replace(bv, range_role="to", range_value=interval))
    return out
