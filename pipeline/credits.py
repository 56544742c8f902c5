"""Bylines, credits, source lines and datelines: who wrote an article, who took its
photos, where it came from and when, as Vietnamese pages write them under the title,
under the text and under captions. The cleaning stage (pipeline.clean) finds these
lines; this module reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from urllib.parse import urlparse

import regex

from pipeline import lexicon
from pipeline.model import Removed
from pipeline.names import province_and_country_keys
from pipeline.text import ascii_digits, digits_value, fold

# A byline names people; a longer "name" is a sentence, not a byline.
MAX_NAME_WORDS = 6

_NAME = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,5}"
_NAMES = rf"{_NAME}(?:\s*(?:,|-|–|và)\s*{_NAME})*"  # Thanh Hà - Minh Anh
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|SA|CH)\b)?"  # 15:18, 08h30, 10:42 am, 09:23 SA
_GMT = r"(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?"  # (GMT+7)
_URL = regex.compile(r"https?://\S+|www\.\S+", regex.IGNORECASE)
# a credit of one word without a vowel is an abbreviation (QLTT, NVCC, BTC): a body or a
# placeholder, never a person, as every Vietnamese syllable has a vowel
_ABBREVIATION = regex.compile(r"[^\p{L}]*[B-DF-HJ-NP-TV-XZĐ]{2,}[^\p{L}]*")

BOTH_CREDIT = regex.compile(
    r"""^\(?\s*(?:Tác\s+giả(?:\s+bài\s+viết)?\s*:\s*)?                              # an author's label first
        (?:Bài|Tin|Bài\s+viết)\s*(?:,|và|\+|&|-|–|/)\s*(?:ảnh|hình|video)\s*:\s*   # Bài, ảnh:
        (?P<names>.+?)\s*\)?\.?$""",
    regex.VERBOSE | regex.IGNORECASE,
)
AUTHOR_AND_PHOTO = regex.compile(
    r"""^\(?\s*(?:(?:Bài|Tin|Tin\s+bài|Bài\s+viết|Văn\s+bản|Thực\s+hiện)\s*:\s*)?  # optional "Bài:"
        (?P<authors>[^:;|]+?)\s*(?:;|\||\s[-–]\s|,)\s*                       # author(s), separator
        (?:Ảnh|Ảnh\s+và\s+video|Video|Clip|Đồ\s+họa)\s*:\s*(?P<photos>.+?)   # Ảnh: photographer
        \s*\)?\.?$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# an author's label (`Tác giả bài viết: X`), or a CMS's "by" before a user's name (`By admin`,
# `Viết bởi Ban Biên Tập`, as WordPress and Joomla print it)
AUTHOR_ONLY = regex.compile(
    r"""^\(?\s*(?:(?:Bài|Tin|Tin\s+bài|Bài\s+viết|Tác\s+giả(?:\s+bài\s+viết)?|Người\s+viết|Thực\s+hiện
                   |Nhóm\s+thực\s+hiện)\s*:
                 |(?:By|Viết\s+bởi)\s*:?\s(?=\S+(?:\s+\S+){0,5}\s*$))
        \s*(?P<authors>.+?)\s*\)?\.?$""",
    regex.IGNORECASE | regex.VERBOSE,
)
# a photographer's name in brackets with no colon: "(Ảnh Vũ Văn Cường)"; "(Ảnh minh họa)" is no name
_BRACKETED_PHOTO = r"\(\s*Ảnh\s+(?P<photos>\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){1,4})\s*\)"
PHOTO_ONLY = regex.compile(
    r"^(?:\(?\s*(?:Ảnh|Ảnh\s+và\s+video|Video|Clip|Đồ\s+họa)\s*[:;]\s*(?P<photos>.+?)\s*\)?"  # "(Ảnh; X)": a typo
    rf"|(?-i:{_BRACKETED_PHOTO}))\.?$",
    regex.IGNORECASE,
)
# A caption that ends with its photo credit: "… nhận Giải. Ảnh: CTV."
# (or after a dash, a bar, an underscore or a run of spaces, as a caption and its credit set in
# two cells: "… địa phương tiêu biểu - Ảnh: VGP/Hoàng Giang.", "Toàn cảnh hội nghị    Ảnh: X"; the
# dash may touch the caption's last word, and the label after a full stop or a bracket may be
# lowercase); a credit also says who gave the photo or that it is a screenshot
_ILLUSTRATION = r"(?:\s+minh\s+h(?:ọa|oạ))?"  # `Ảnh minh họa: X`
CAPTION_CREDIT = regex.compile(
    r"""(?P<caption>.*?[.!?)”"]|.*?(?=\s\()|.*?(?=\s?[-–|]\s)|.*?(?=_)|.*?(?=[ \t]{2,}\S))\s*(?:[-–|_]\s*)?
        (?:\(?\s*(?:Ảnh|(?<=[.!?(]\s*)ảnh|Nguồn\s+ảnh)""" + _ILLUSTRATION + r"""\s*[:;]\s*
             (?P<photos>[^()]{1,60}?)\s*\)?                                             # (Ảnh: X), Ảnh; X
          |(?<=[.!?]\s+)Ảnh\s+(?P<photos>\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,3})  # … . Ảnh VFF
          |""" + _BRACKETED_PHOTO + r"""                                    # … (Ảnh Lê Văn Hùng)
          |\(?\s*[Ảả]nh\s+do\s+(?P<photos>[^()]{1,50}?)\s+cung\s+cấp\s*\)?          # Ảnh do gia đình cung cấp
          |\(?\s*(?:[Ảả]nh\s*:?\s*)?[Cc]hụp\s+(?:lại\s+)?màn\s+hình(?P<photos>)\s*\)?)  # Ảnh chụp màn hình
        \.?\s*\|?\s*$""",                                             # a table's bar after it
    regex.VERBOSE,
)
# `Lễ trao giải năm 2016. (Nguồn: laocai.gov.vn)`, `Ảnh minh họa (Nguồn Internet)`: where a
# caption's photo came from, after the caption's end or in brackets (there the colon may be
# left out); a paragraph citing its figures' source is longer than a caption
CAPTION_SOURCE = regex.compile(
    r"""(?P<caption>.*?[.!?”"]|.*?(?=\s\())\s*(?:\(\s*Nguồn\s*:?\s*[^()]{1,60}?\s*\)|Nguồn\s*:\s*[^()]{1,60}?)\.?$""",
    regex.VERBOSE)
MAX_CAPTION_WORDS = 30
SOURCE_LINE = regex.compile(
    r"""^\(?\s*Nguồn(?:\s+(?P<label>[^:]{1,60}?))?\s*:\s*(?P<rest>.+?)\s*\)?\.?$   # Nguồn tin: x / Nguồn X: url""",
    regex.VERBOSE | regex.IGNORECASE,
)
THEO_LINE = regex.compile(r"^\(?\s*Theo\s+(?P<source>\p{Lu}[^,;:()]{1,80}?)\s*\)?\.?$")
AUTHOR_NAME_LINE = regex.compile(
    rf"^(?P<authors>{_NAMES})\s*(?:\((?:[Tt]heo\s+)?(?P<agency>[^)]{{1,40}})\)"
    r"|/\s*(?P<outlet>\p{Lu}[^/()\n:,]{1,40}))?$")  # Thanh Hà (Theo Reuters), Thu Trang/VOV.VN; an outlet's
# name has no colon or comma: "Nam/Nữ ca sĩ triển vọng: A, B" is a category and its winners
# Labels that say what the source line is ("Nguồn tin: ..."), not who the source is.
_SOURCE_LABELS = {"tin", "ảnh", "bài", "tham khảo"}
_NAME_SPLIT = regex.compile(r"\s*(?:,|;|\s[-–]\s|\svà\s|&)\s*")
# words that label a publication date: "Cập nhật: 10/12/2025 09:00"
_DATE_LABEL = (r"(?:[•*]\s*)?(?:Ngày\s+cập\s+nhật|Cập\s+nhật|Ngày\s+đăng(?:\s+bài)?|Đăng\s+ngày|Đăng\s+lúc"
               r"|Xuất\s+bản|Thời\s+gian|Posted(?:\s+on)?)")  # Posted: an English CMS's label
# a month in words or figures after `tháng`, as a Vietnamese-locale CMS prints it (Joomla's
# `19 Tháng 10 2021`, WordPress's `24, Tháng Ba 2022`): the year after a comma, `năm` or a space
_MONTH_WORD = lexicon.alternation(lexicon.mapping("month_words"))
_MONTH_IN_WORDS = r"\d{1,2},?\s+tháng\s+(?:\d{1,2}|" + _MONTH_WORD + r")(?:\s*(?:,|năm)|(?=\s+\d{4}))"
# an English CMS's weekday before its date (Posted Fri, 12/11/2015): the date is read by it
_WEEKDAY_EN = lexicon.alternation(lexicon.mapping("weekdays_en"))
DATELINE = regex.compile(
    r"""^\s*(?:""" + _DATE_LABEL + r"""\s*:?\s*)?                   # label
        (?:(?:Thứ\s+\p{L}+|Chủ\s+nhật|CN|""" + _WEEKDAY_EN + r""")\s*[,|-]?\s*)?   # weekday
        (?:\d{1,2}:\d{2}\s*(?:,|-|–|\|)?\s*)?                     # 15:18,
        (?:(?:ngày\s+)?\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}      # 27/05/2023, ngày 27/05/2023, 09 - 07 - 2024
         |\d{4}-\d{2}-\d{2}                                        # 2023-05-27, as a CMS prints it
         |(?:ngày\s+)?""" + _MONTH_IN_WORDS + r"""\s*\d{4})     # ngày 08 tháng 12 năm 2024, 19 Tháng Bảy 2021
        (?:\s*(?:,|-|–|\|)?\s*""" + _CLOCK + r""")?                    # - 15:18, | 15:18
        """ + _GMT + r"""\s*\|?\s*                                  # a bar after it: "… 02/12/2019 |"
        (?:(?:Đã\s+xem|Lượt\s+xem|Lượt\s+đọc)\s*:?\s*[\d.,]+\s*)?$""",   # its view counter: "Đã xem: 55"
    regex.VERBOSE | regex.IGNORECASE,
)
# "(TTXVN/Vietnam+)" alone on the last line: the agency the article came from
AGENCY_LINE = regex.compile(r"^\((?P<source>\p{Lu}[^()\n]{1,40})\)\.?$")
_LABELLED_DATE = regex.compile(r"^" + _DATE_LABEL + r"\b")
_DATE_IN_DATELINE = regex.compile(
    r"(\d{1,2})(?:\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?"                                # 09 - 07 - 2024
    r"|,?\s+tháng\s+(\d{1,2}|" + _MONTH_WORD + r")(?:\s*(?:,|năm)\s*|\s+))(\d{4})",  # 24, Tháng Ba 2022
    regex.IGNORECASE)
_ISO_DATE = regex.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")  # not inside a file's name
# "16:02 (GMT +7)" on a line of its own, under a dateline
TIME_LINE = regex.compile(rf"^\s*{_CLOCK}{_GMT}\s*$", regex.IGNORECASE)
# "BẢO NGUYÊN |": the author under the title, set apart by a bar
HEAD_BYLINE = regex.compile(rf"^(?P<authors>{_NAMES})\s*\|$")
# "Văn Thiện 07/02/2025 16:30", "Minh Anh - 15:18 27/05/2023": the author's name with the
# page's date under the headline
HEAD_BYLINE_DATED = regex.compile(
    rf"""^(?P<authors>{_NAMES})\s*[|,–-]?\s*
         (?P<date>(?:{_CLOCK}\s*[|,–-]?\s*)?\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:\s*[|,–-]?\s*{_CLOCK})?){_GMT}\s*$""",
    regex.VERBOSE | regex.IGNORECASE)


@dataclass
class Credits:
    """What a page's credit lines said, gathered while the cleaning stage reads them."""

    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    source_url: str | None = None
    published: str | None = None
    removed: list[Removed] = field(default_factory=list)
    # dated lines that stood above the headline: a site's today-date widget as often as the
    # article's date line, so a date line under the headline wins over them
    above_headline: set[str] = field(default_factory=set)
    published_above: bool = False

    def dated(self, line: str, published: str) -> None:
        """A date line's date is the page's unless one is known: one from under the headline
        replaces one from above it, and of two above it the nearer the headline wins (a site
        prints its today-date at the top of the page, the article's date by the headline)."""
        if self.published is None or self.published_above:
            self.published = published
            self.published_above = line in self.above_headline


# a year the article names: four digits alone or ending a date (`năm 2020`, `5/2020`), not in a longer number
_NAMED_YEAR = regex.compile(r"(?<![\d.,])(?:19[89]\d|20[0-4]\d)(?![\d%]|[.,]\d)")
# a date above the headline this many years after the last year its article names is the
# site's date of the day (the page was scraped years after it was written), not the article's
TODAY_WIDGET_YEARS = 2


def todays_date_widget(published: str, text: str) -> bool:
    """A date from above the headline that the article's own years put years before: a site's
    today-date widget. An article with no year of its own says nothing against its date."""
    years = [digits_value(y) for y in _NAMED_YEAR.findall(text)]
    return bool(years) and int(published[:4]) - max(years) >= TODAY_WIDGET_YEARS


def people_in(names: str) -> list[str]:
    """Persons in a credit; placeholders (CTV, PV, Internet) and bodies give none."""
    people = []
    placeholders = lexicon.words("credit_placeholders")
    for written in _NAME_SPLIT.split(names):
        raw = _without_desk(written)
        part = _without_role(regex.sub(r"\s*\([^)]*\)", "", raw).strip(" ."), placeholders)
        if not part or fold(part) in placeholders or fold(part) in province_and_country_keys() \
                or _ABBREVIATION.fullmatch(part):
            continue
        words = part.split()
        if len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() for w in words) \
                or (len(words) > 1 and _ABBREVIATION.fullmatch(words[0])):  # `HND TX Điện Bàn`: a body's short name
            continue
        if part.startswith(_org_heads_opening()) or part in _org_heads():
            continue
        if part.isupper() and len(words) > 1:  # "HỒNG THI" -> "Hồng Thi"
            part = " ".join(w.capitalize() for w in words)
        people.append(part)
    return people


def _without_desk(part: str) -> str:
    """`Tuấn Anh/TTXVN`, `VGP/Hoàng Giang`, `Thu Hà/VOV.VN`: the desk or outlet written
    beside a photographer's name with a slash is no part of it."""
    if "/" not in part:
        return part
    agencies = lexicon.words("news_agencies")
    kept = [piece for piece in part.split("/") if piece.strip()
            and not (_ABBREVIATION.fullmatch(piece) or fold(piece) in agencies or "." in piece.strip(" ."))]
    return "/".join(kept)


def _without_role(part: str, placeholders: frozenset[str]) -> str:
    """`BTV Thu Hà`, `Phóng viên Minh Anh`: the role written before a name is not the name."""
    words = part.split()
    for n in (2, 1):
        if len(words) > n and fold(" ".join(words[:n])) in placeholders and words[n][:1].isupper():
            return " ".join(words[n:])
    return part


def _placeholder_byline(line: str) -> bool:
    """A last line that credits no person: a placeholder (`Nhóm phóng viên`), alone or
    before the desk's name (`Nhóm PV Ban Thời sự`)."""
    if "(" in line:  # "(Ảnh minh họa)" in brackets is a caption, and stays
        return False
    placeholders = lexicon.words("credit_placeholders")
    words = line.strip(" .").split()
    for n in range(1, min(len(words), 3) + 1):
        rest = " ".join(words[n:])
        if fold(" ".join(words[:n])) in placeholders and (
                not rest or rest.startswith(_org_heads_opening())):
            return True
    return False


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(row[0] for row in lexicon.table("org_heads"))


@cache
def _org_heads_opening() -> tuple[str, ...]:
    """The bodies' head words as a name opens with them, followed by a space (one `startswith`)."""
    return tuple(f"{head} " for head in _org_heads())


def _domain(url: str) -> str:
    host = urlparse(url if "://" in url else f"http://{url}").netloc
    return host.removeprefix("www.")


def credit_line(line: str, credits: Credits, *, at_end: bool) -> bool:
    """Take one line as a byline, credit or source line; False when it is article text."""
    stripped = line.strip()
    if len(stripped) > 200:
        return False
    # "Cập nhật: 10/12/2025 09:00" under the text; a bare date there may be a related item's
    if at_end and _LABELLED_DATE.match(stripped) and (published := dateline(stripped)):
        credits.published = credits.published or published
        credits.removed.append(Removed("byline", stripped, "dateline"))
        return True
    if m := SOURCE_LINE.match(stripped):
        label, rest = (m["label"] or "").strip(), m["rest"].strip().strip("()[]").strip()  # Nguồn: (X)
        url = _URL.search(rest)
        if url:
            credits.source_url = url.group().rstrip(").,")
        if label and fold(label) not in _SOURCE_LABELS:
            credits.source = label
        elif url:
            credits.source = _domain(url.group())
        else:
            credits.source = rest
        credits.removed.append(Removed("source", stripped, "source-line"))
        return True
    if at_end and fold(stripped) in lexicon.words("news_agencies"):  # "TTXVN" alone: where it came from
        credits.source = credits.source or stripped.strip("().")
        credits.removed.append(Removed("source", stripped, "agency-name-line"))
        return True
    if at_end and (m := THEO_LINE.match(stripped)) and len(m["source"].split()) <= MAX_NAME_WORDS:
        credits.source = m["source"].strip()
        credits.removed.append(Removed("source", stripped, "theo-line"))
        return True
    if at_end and (m := AGENCY_LINE.match(stripped)) and len(m["source"].split()) <= MAX_NAME_WORDS \
            and regex.search(r"\p{Lu}{2}|[/+]", m["source"]):  # an agency (TTXVN, Vietnam+), not "(Ảnh minh họa)"
        credits.source = credits.source or m["source"].strip()
        credits.removed.append(Removed("source", stripped, "agency-line"))
        return True
    if (dated := _dated_byline(stripped)) is not None:
        published, people = dated
        credits.authors += people
        credits.published = credits.published or published
        credits.removed.append(Removed("byline", stripped, "byline-with-date"))
        return True
    if m := BOTH_CREDIT.match(stripped):
        people = people_in(m["names"])
        credits.authors += people
        credits.photographers += people
        credits.removed.append(Removed("byline", stripped, "byline-text-and-photo"))
        return True
    if (m := AUTHOR_AND_PHOTO.match(stripped)) and len(m["authors"].split()) <= 2 * MAX_NAME_WORDS:
        credits.authors += people_in(m["authors"])
        credits.photographers += people_in(m["photos"])
        credits.removed.append(Removed("byline", stripped, "byline-author-photo"))
        return True
    if m := AUTHOR_ONLY.match(stripped):
        credits.authors += people_in(m["authors"])
        credits.removed.append(Removed("byline", stripped, "byline-author"))
        return True
    if (m := PHOTO_ONLY.match(stripped)) and len(m["photos"].split()) <= 2 * MAX_NAME_WORDS:  # not a caption
        credits.photographers += people_in(m["photos"])
        credits.removed.append(Removed("byline", stripped, "photo-credit"))
        return True
    if not at_end and (m := HEAD_BYLINE.match(stripped)) and (people := people_in(m["authors"])):
        credits.authors += people
        credits.removed.append(Removed("byline", stripped, "byline-head-bar"))
        return True
    if not at_end and (m := HEAD_BYLINE_DATED.match(stripped)) and (people := people_in(m["authors"])):
        credits.authors += people
        credits.published = credits.published or dateline(m["date"])
        credits.removed.append(Removed("byline", stripped, "byline-head-dated"))
        return True
    if not credits.authors and _placeholder_byline(stripped):  # "Nhóm phóng viên", "Nhóm PV Ban Thời sự", "Ban tổ chức"
        credits.removed.append(Removed("byline", stripped, "byline-placeholder"))
        return True
    if at_end and not credits.authors and (
            m := AUTHOR_NAME_LINE.match(_without_role(stripped, lexicon.words("credit_placeholders")))):
        people = people_in(m["authors"])
        placeholders_only = not people and all(
            fold(part) in lexicon.words("credit_placeholders") for part in _NAME_SPLIT.split(m["authors"]))
        if placeholders_only or people:  # people_in already left out places
            credits.authors += people
            agency = (m["agency"] or m["outlet"] or "").strip()
            if agency and not credits.source and fold(agency) not in lexicon.words("credit_notes"):
                credits.source = agency  # "(tổng hợp)" says how it was written, not where from
            credits.removed.append(Removed("byline", stripped, "byline-name-line"))
            return True
    return False


def _dated_byline(line: str) -> tuple[str, list[str]] | None:
    """`Ngày đăng bài: 02/12/2019 | Tác giả: Minh Tâm`: a date line and an author's label set
    side by side by a bar: the page's date and its authors; None for any other line."""
    parts = [part.strip() for part in line.split("|") if part.strip()]
    if len(parts) < 2:
        return None
    dates = [d for part in parts if (d := dateline(part))]
    authors = [m for part in parts if (m := AUTHOR_ONLY.match(part))]
    if len(dates) != 1 or len(authors) != len(parts) - 1:
        return None
    return dates[0], [person for m in authors for person in people_in(m["authors"])]


def strip_caption_credit(line: str, credits: Credits) -> str:
    if "Nguồn" in line and len(line.split()) <= MAX_CAPTION_WORDS and (m := CAPTION_SOURCE.match(line)):
        credits.removed.append(Removed("byline", line[len(m["caption"]):].strip(), "caption-source-credit"))
        return m["caption"].rstrip()
    if "Ảnh" not in line and "ảnh" not in line:  # the credit's label; the pattern is slow on long lines
        return line
    m = CAPTION_CREDIT.match(line)
    if not m:
        return line
    credits.photographers += people_in(m["photos"])
    credits.removed.append(Removed("byline", line[len(m["caption"]):].strip(), "caption-photo-credit"))
    return m["caption"]


def dateline(line: str) -> str | None:
    """The date of a line that is only a date (with its weekday, time and zone), ISO."""
    return _iso_date(line) if DATELINE.match(line) else None


def _iso_date(line: str) -> str | None:
    if m := _DATE_IN_DATELINE.search(line):
        month = ascii_digits(m[2] or m[3])
        month = int(month) if month.isdigit() else lexicon.month_number(month)
        day, month, year = _by_weekday(line, digits_value(m[1]), month, digits_value(m[4]))
    elif m := _ISO_DATE.search(line):
        year, month, day = (digits_value(part) for part in m.groups()[:3])
    else:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


# a scraper's or an API caller's own value: an ISO day, or the day of an ISO timestamp (`2024-05-27T10:00:00+07:00`)
_ISO_DAY_FIRST = regex.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?=[T\s]|$)")


def published_day(value: str | None) -> tuple[str | None, str | None]:
    """The page's date as the JSON contract writes it (an ISO day, or null), and a warning when
    a value had to be left out. A scraper's field may hold a timestamp or a day as a Vietnamese
    page prints it (`27/05/2024 10:30`); a typo on a page or a CMS's empty value
    (`29/02/2021`, `0000-00-00`) names no day on the calendar, and no day is better than a
    wrong one, which would also date every relative or year-less date of the article."""
    if not value:
        return None, None
    m = _ISO_DAY_FIRST.match(value)
    found = "{:04d}-{:02d}-{:02d}".format(*(digits_value(p) for p in m.groups()[:3])) if m else _iso_date(value)
    if found is None:
        return None, f"published {value[:60]!r} is not a date: left out"
    try:
        return date.fromisoformat(found).isoformat(), None
    except ValueError:
        return None, f"published {value[:60]!r} names no day on the calendar: left out"


def _by_weekday(line: str, day: int, month: int, year: int) -> tuple[int, int, int]:
    """`Posted Fri, 12/11/2015`: a CMS that prints an English weekday writes the month first;
    the date is the reading whose weekday is the one printed (11 December 2015 was a Friday)."""
    named = _english_weekday().search(line)
    if not named or day > 12 or day == month:
        return day, month, year
    weekday = lexicon.mapping("weekdays_en")[named[0].lower()]
    try:
        as_written, swapped = date(year, month, day).weekday(), date(year, day, month).weekday()
    except ValueError:
        return day, month, year
    return (month, day, year) if swapped == int(weekday) != as_written else (day, month, year)


@cache
def _english_weekday() -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}])(?i:{_WEEKDAY_EN})(?![\p{{L}}])")


# "Print Thứ Tư, 15/01/2020 08:22 Gốc", "09:00 | 10/10/2022 | CÔNG NGHỆ THÔNG TIN": a short
# line holding a date and a clock time is the page's, and dates it
MAX_DATED_FURNITURE_WORDS = 10
_CLOCK_IN_LINE = regex.compile(rf"(?<!\d){_CLOCK}(?!\d)")


def dated_furniture(line: str) -> str | None:
    """The date of a short line of page furniture that holds a date and a time, ISO."""
    if len(line.split()) > MAX_DATED_FURNITURE_WORDS or not _CLOCK_IN_LINE.search(line):
        return None
    return _iso_date(line)
