"""Stage 2: a raw page becomes an `Article`: title, clean body, byline fields, and a
record of everything stripped.

The rules work on lines, because that is how scrapers deliver pages and how sites lay
out their furniture: a related-news heading is a line of its own, a byline is the last
line or two, a source line sits below it. HTML is first reduced to such lines by
trafilatura (main-content extraction), then the same Vietnamese rules apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlparse

import regex

from pipeline import lexicon
from pipeline.load import InputError, RawPage
from pipeline.model import Article, Removed
from pipeline.text import fold, normalise, unique_by_fold, vietnamese_share

# A page with at least this many words, of which fewer than this share carry a
# Vietnamese letter or tone mark, is not Vietnamese. Vietnamese news prose runs at
# 0.5-0.7; English with a few Vietnamese names at 0.0-0.05.
MIN_WORDS_FOR_LANGUAGE_CHECK = 30
MIN_VIETNAMESE_SHARE = 0.15
# Bylines and datelines sit within the first few lines under the title.
HEAD_LINES_TO_SCAN = 3
# A byline names people; a longer "name" is a sentence, not a byline.
MAX_NAME_WORDS = 6

_NAME = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,5}"
_NAMES = rf"{_NAME}(?:\s*(?:,|-|–|và)\s*{_NAME})*"  # Thanh Hà - Minh Anh
_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?"  # 15:18, 08h30
_GMT = r"(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?"  # (GMT+7)
_URL = regex.compile(r"https?://\S+|www\.\S+", regex.IGNORECASE)
_COUNT = regex.compile(r"\s*\(\d+\)\s*$")  # "Bình luận (0)": a heading or button with its count
# a credit of one word without a vowel is an abbreviation (QLTT, NVCC, BTC): a body or a
# placeholder, never a person, as every Vietnamese syllable has a vowel
_ABBREVIATION = regex.compile(r"[^\p{L}]*[B-DF-HJ-NP-TV-XZĐ]{2,}[^\p{L}]*")

BOTH_CREDIT = regex.compile(
    r"""^\(?\s*(?:Bài|Tin|Bài\s+viết)\s*(?:,|và|\+|&|-|–|/)\s*(?:ảnh|hình|video)\s*:\s*   # Bài, ảnh:
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
AUTHOR_ONLY = regex.compile(
    r"^\(?\s*(?:Bài|Tin|Tin\s+bài|Bài\s+viết|Tác\s+giả|Thực\s+hiện|Nhóm\s+thực\s+hiện)\s*:\s*(?P<authors>.+?)\s*\)?\.?$",
    regex.IGNORECASE,
)
PHOTO_ONLY = regex.compile(
    r"^\(?\s*(?:Ảnh|Ảnh\s+và\s+video|Video|Clip|Đồ\s+họa)\s*:\s*(?P<photos>.+?)\s*\)?\.?$",
    regex.IGNORECASE,
)
# A caption that ends with its photo credit: "… nhận Giải. Ảnh: CTV."
# (or after a dash or bar: "… địa phương tiêu biểu - Ảnh: VGP/Hoàng Giang.")
CAPTION_CREDIT = regex.compile(
    r"""(?P<caption>.*?[.!?)”"]|.*?(?=\s\()|.*?(?=\s[-–|]\s))\s*(?:[-–|]\s*)?
        \(?\s*(?:Ảnh|Nguồn\s+ảnh)\s*:\s*(?P<photos>[^()]{1,60}?)\s*\)?\.?\s*$""",
    regex.VERBOSE,
)
SOURCE_LINE = regex.compile(
    r"""^\(?\s*Nguồn(?:\s+(?P<label>[^:]{1,60}?))?\s*:\s*(?P<rest>.+?)\s*\)?\.?$   # Nguồn tin: x / Nguồn X: url""",
    regex.VERBOSE | regex.IGNORECASE,
)
THEO_LINE = regex.compile(r"^\(?\s*Theo\s+(?P<source>\p{Lu}[^,;:()]{1,80}?)\s*\)?\.?$")
AUTHOR_NAME_LINE = regex.compile(
    rf"^(?P<authors>{_NAMES})\s*(?:\((?:[Tt]heo\s+)?(?P<agency>[^)]{{1,40}})\)"
    r"|/\s*(?P<outlet>\p{Lu}[^/()\n]{1,40}))?$")  # Thanh Hà (Theo Reuters), Thu Trang/VOV.VN
# Labels that say what the source line is ("Nguồn tin: ..."), not who the source is.
_SOURCE_LABELS = {"tin", "ảnh", "bài", "tham khảo"}
_NAME_SPLIT = regex.compile(r"\s*(?:,|;|\s[-–]\s|\svà\s|&)\s*")
# words that label a publication date: "Cập nhật: 10/12/2025 09:00"
_DATE_LABEL = r"(?:Cập\s+nhật|Ngày\s+đăng|Đăng\s+ngày|Đăng\s+lúc|Xuất\s+bản|Thời\s+gian)"
DATELINE = regex.compile(
    r"""^\s*(?:""" + _DATE_LABEL + r"""\s*:?\s*)?                   # label
        (?:(?:Thứ\s+\p{L}+|Chủ\s+nhật|CN)\s*[,|-]?\s*)?       # weekday
        (?:\d{1,2}:\d{2}\s*(?:,|-|–|\|)?\s*)?                     # 15:18,
        (?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}                           # 27/05/2023
         |(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s*(?:,|năm)\s*\d{4})   # ngày 08 tháng 12 năm 2024
        (?:\s*(?:,|-|–|\|)?\s*""" + _CLOCK + r""")?                    # - 15:18, | 15:18
        """ + _GMT + r"""\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
# "(QNO) - Tại cuộc họp …", "Trực tiếp - Ngày 9-4, …": a tag before the first sentence
LEAD_TAG = regex.compile(
    r"""^(?:\((?P<agency>[^()\n]{2,30})\)                          # (QNO) -, (Dân trí) -
         | (?P<caps>[\p{Lu}\d.+]{2,12}(?:\s[\p{Lu}\d.+]{2,12})?)(?=\s*[-–—]\s)   # TTO -, HÀ NỘI -
         | (?P<label>\p{L}+(?:\s\p{L}+)?))                            # Trực tiếp -
        \s*[-–—:]\s+(?=\S)""",
    regex.VERBOSE,
)
# "(TTXVN/Vietnam+)" alone on the last line: the agency the article came from
AGENCY_LINE = regex.compile(r"^\((?P<source>\p{Lu}[^()\n]{1,40})\)\.?$")
# "Xem thêm: Hà Nội cấm xe máy …" inside the article: one related link, the text goes on
INLINE_RELATED = regex.compile(r"^(?P<heading>[^:>»]{2,30})\s*[:>»]+\s*\S")
MAX_INLINE_RELATED_WORDS = 30
_LABELLED_DATE = regex.compile(r"^" + _DATE_LABEL + r"\b")
_DATE_IN_DATELINE = regex.compile(r"(\d{1,2})(?:[/.-]|\s+tháng\s+)(\d{1,2})(?:[/.-]|\s*(?:,|năm)\s*)(\d{4})")
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
class _Credits:
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    source: str | None = None
    source_url: str | None = None
    published: str | None = None
    removed: list[Removed] = field(default_factory=list)


@cache
def _longest(entries: frozenset[str]) -> int:
    return max(map(len, entries), default=0)


def _listed(line: str, entries: frozenset[str]) -> bool:
    """The line is one of the entries (a heading, a furniture line), folded.

    Folding is the slow part of cleaning when done on every paragraph; a line more than
    twice as long as the longest entry cannot fold down to one, so it is not folded.
    """
    if not line or len(line) > 2 * _longest(entries) + 10:
        return False
    return fold(_COUNT.sub("", line)).rstrip(":»>›-–— ").strip() in entries


def _same_text(line: str, title: str, title_key: str) -> bool:
    """The line repeats the title; folding keeps the length within a fifth."""
    return abs(len(line) - len(title)) <= len(title) // 5 + 5 and fold(line) == title_key


def _people_in(names: str) -> list[str]:
    """Persons in a credit; placeholders (CTV, PV, Internet) and bodies give none."""
    people = []
    placeholders = lexicon.words("credit_placeholders")
    for written in _NAME_SPLIT.split(names):
        raw = _without_desk(written)
        part = _without_role(regex.sub(r"\s*\([^)]*\)", "", raw).strip(" ."), placeholders)
        if not part or fold(part) in placeholders or fold(part) in _known_places() or _ABBREVIATION.fullmatch(part):
            continue
        words = part.split()
        if len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
            continue
        if any(part.startswith(head + " ") or part == head for head in _org_heads()):
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
                not rest or any(rest.startswith(head + " ") for head in _org_heads())):
            return True
    return False


@cache
def _org_heads() -> tuple[str, ...]:
    return tuple(row[0] for row in lexicon.table("org_heads"))


def _domain(url: str) -> str:
    host = urlparse(url if "://" in url else f"http://{url}").netloc
    return host.removeprefix("www.")


def _credit_line(line: str, credits: _Credits, *, at_end: bool) -> bool:
    """Take one line as a byline, credit or source line; False when it is article text."""
    stripped = line.strip()
    if len(stripped) > 200:
        return False
    # "Cập nhật: 10/12/2025 09:00" under the text; a bare date there may be a related item's
    if at_end and _LABELLED_DATE.match(stripped) and (published := _dateline(stripped)):
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
    if m := BOTH_CREDIT.match(stripped):
        people = _people_in(m["names"])
        credits.authors += people
        credits.photographers += people
        credits.removed.append(Removed("byline", stripped, "byline-text-and-photo"))
        return True
    if (m := AUTHOR_AND_PHOTO.match(stripped)) and len(m["authors"].split()) <= 2 * MAX_NAME_WORDS:
        credits.authors += _people_in(m["authors"])
        credits.photographers += _people_in(m["photos"])
        credits.removed.append(Removed("byline", stripped, "byline-author-photo"))
        return True
    if m := AUTHOR_ONLY.match(stripped):
        credits.authors += _people_in(m["authors"])
        credits.removed.append(Removed("byline", stripped, "byline-author"))
        return True
    if m := PHOTO_ONLY.match(stripped):
        credits.photographers += _people_in(m["photos"])
        credits.removed.append(Removed("byline", stripped, "photo-credit"))
        return True
    if not at_end and (m := HEAD_BYLINE.match(stripped)) and (people := _people_in(m["authors"])):
        credits.authors += people
        credits.removed.append(Removed("byline", stripped, "byline-head-bar"))
        return True
    if not at_end and (m := HEAD_BYLINE_DATED.match(stripped)) and (people := _people_in(m["authors"])):
        credits.authors += people
        credits.published = credits.published or _dateline(m["date"])
        credits.removed.append(Removed("byline", stripped, "byline-head-dated"))
        return True
    if at_end and not credits.authors and _placeholder_byline(stripped):  # "Nhóm phóng viên", "Nhóm PV Ban Thời sự"
        credits.removed.append(Removed("byline", stripped, "byline-placeholder"))
        return True
    if at_end and not credits.authors and (
            m := AUTHOR_NAME_LINE.match(_without_role(stripped, lexicon.words("credit_placeholders")))):
        people = _people_in(m["authors"])
        placeholders_only = not people and all(
            fold(part) in lexicon.words("credit_placeholders") for part in _NAME_SPLIT.split(m["authors"]))
        if placeholders_only or people:  # _people_in already left out places
            credits.authors += people
            agency = (m["agency"] or m["outlet"] or "").strip()
            if agency and not credits.source and fold(agency) not in lexicon.words("credit_notes"):
                credits.source = agency  # "(tổng hợp)" says how it was written, not where from
            credits.removed.append(Removed("byline", stripped, "byline-name-line"))
            return True
    return False


@cache
def _known_places() -> frozenset[str]:
    """Provinces and countries: a last line naming one is a place, not a byline. (Districts
    are too many and share names with people: Thanh Bình, Lê Chân.)"""
    return frozenset(fold(row[0]) for row in lexicon.table("places") if row[1] == "province") | frozenset(
        fold(w) for w in lexicon.words("countries"))


def _strip_caption_credit(line: str, credits: _Credits) -> str:
    if "Ảnh" not in line and "ảnh" not in line:  # the credit's label; the pattern is slow on long lines
        return line
    m = CAPTION_CREDIT.match(line)
    if not m:
        return line
    credits.photographers += _people_in(m["photos"])
    credits.removed.append(Removed("byline", line[len(m["caption"]):].strip(), "caption-photo-credit"))
    return m["caption"]


def _dateline(line: str) -> str | None:
    if not DATELINE.match(line):
        return None
    m = _DATE_IN_DATELINE.search(line)
    day, month, year = int(m[1]), int(m[2]), int(m[3])
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def clean_lines(title: str, lines: list[str], credits: _Credits) -> list[str]:
    """The Vietnamese rules, in order: sidebars, furniture, head and tail bylines, captions."""
    headings = lexicon.words("sidebar_headings")
    furniture = lexicon.words("furniture_lines")
    labels = lexicon.words("furniture_labels")
    lines = [line.strip() for line in lines]
    title_key = fold(title)
    # 1. a related-news heading ends the article
    for i, line in enumerate(lines):
        if _listed(line, headings):
            credits.removed.append(Removed("sidebar", "\n".join(x for x in lines[i:] if x), "sidebar-heading"))
            lines = lines[:i]
            break
    # 2. furniture lines anywhere, one-line related links, and a repeated title
    kept = []
    for line in lines:
        if _listed(line, furniture):
            credits.removed.append(Removed("furniture", line, "furniture-line"))
        elif ":" in line and _listed(line.partition(":")[0], labels):  # "Từ khóa: hàn the, giò chả"
            credits.removed.append(Removed("furniture", line, "furniture-label"))
        elif (m := INLINE_RELATED.match(line)) and _listed(m["heading"], headings) \
                and len(line.split()) <= MAX_INLINE_RELATED_WORDS:
            credits.removed.append(Removed("sidebar", line, "inline-related-link"))
        elif line and title and _same_text(line, title, title_key):
            continue
        else:
            kept.append(line)
    lines = [line for line in kept if line]
    # 3. datelines and bylines under the title
    head = 0
    while head < min(HEAD_LINES_TO_SCAN, len(lines)):
        published = _dateline(lines[head])
        if published:
            credits.published = credits.published or published
            credits.removed.append(Removed("byline", lines[head], "dateline"))
        elif credits.published and TIME_LINE.match(lines[head]):
            credits.removed.append(Removed("byline", lines[head], "dateline-time"))
        elif not _credit_line(lines[head], credits, at_end=False):
            break
        head += 1
    lines = lines[head:]
    if lines and (m := LEAD_TAG.match(lines[0])) and (
            m["agency"] or m["caps"] or fold(m["label"]) in lexicon.words("lead_labels")):
        credits.removed.append(Removed("furniture", m.group().strip(), "lead-tag"))
        lines[0] = lines[0][m.end():]
    # 4. bylines, credits and source lines at the end, bottom up (as if the head named no
    # author: "PV" under the text is a byline though "BẢO NGUYÊN |" stood under the title);
    # what follows the article's own byline or source line is the page's, not the article's
    lines = _drop_after_credit(lines, credits)
    end = len(lines)
    head_authors, credits.authors = credits.authors, []
    while end > 0 and _credit_line(lines[end - 1], credits, at_end=True):
        end -= 1
    credits.authors = head_authors + credits.authors
    lines = lines[:end]
    # 5. photo credits at the end of captions; the caption stays
    return [_strip_caption_credit(line, credits) for line in lines]


# The lines under an article that a page adds (comment and poll prompts, a weather box, a
# rating widget, a footer, headlines of other articles with no heading) are short: the
# last credit among the short lines that end a page is where the article ends.
MAX_TAIL_LINES = 15
MAX_TAIL_LINE_CHARS = 160


def _drop_after_credit(lines: list[str], credits: _Credits) -> list[str]:
    """Lines up to the article's closing byline or source line and the credits right under
    it; the rest of the page's tail is recorded as furniture. A bare name counts as a
    byline only after a line that is not a bare name too (a list of winners is no byline)."""
    anchor = None
    for i in range(len(lines) - 1, max(-1, len(lines) - 1 - MAX_TAIL_LINES), -1):
        if len(lines[i]) > MAX_TAIL_LINE_CHARS:
            break
        if _closing_credit(lines, i):
            anchor = i
    if anchor is None:
        return lines
    end = anchor + 1
    while end < len(lines) and _credit_line(lines[end], _Credits(), at_end=True):
        end += 1
    if end < len(lines):
        credits.removed.append(Removed("furniture", "\n".join(lines[end:]), "after-closing-credit"))
    return lines[:end]


def _closing_credit(lines: list[str], i: int) -> bool:
    scratch = _Credits()
    if not _credit_line(lines[i], scratch, at_end=True) or scratch.published:
        return False
    if scratch.removed[-1].rule != "byline-name-line":
        return True
    return i > 0 and not _credit_line(lines[i - 1], _Credits(), at_end=True)


# trafilatura drops <figure> blocks, captions included; as plain blocks they are kept
_FIGURE_TAGS = regex.compile(r"<(/?)(?:figure|figcaption)\b", regex.IGNORECASE)


@dataclass(frozen=True)
class _HtmlPage:
    title: str
    lines: list[str]
    date: str | None
    author: str | None
    sitename: str | None


def _html_page(page: RawPage) -> _HtmlPage:
    import trafilatura  # noqa: PLC0415  (slow import, only HTML inputs need it)

    html = _FIGURE_TAGS.sub(lambda m: f"<{m[1]}div", page.content)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=True, url=page.url)
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in the HTML (is it a list or index page?)")
    return _HtmlPage(title=normalise(page.title or doc.title or ""),  # the scraper's title, when it gave one
                     lines=normalise(doc.text).split("\n"), date=doc.date,
                     author=normalise(doc.author) if doc.author else None,
                     sitename=normalise(doc.sitename) if doc.sitename else None)


def clean(page: RawPage) -> Article:
    credits = _Credits(published=page.published)
    html = _html_page(page) if page.kind == "html" else None
    if html:
        title, lines = html.title, html.lines
        credits.published = credits.published or html.date
    elif page.kind == "text":
        lines = page.content.split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            raise InputError("empty page: no text")
        title, lines = lines[first].strip(), lines[first + 1:]
    else:
        title, lines = (page.title or ""), page.content.split("\n")
    paragraphs = clean_lines(title, lines, credits)
    if html and not credits.authors and html.author:  # the page's author metadata, when no byline was seen
        credits.authors += _people_in(html.author)
    if html and not credits.source and html.sitename:
        credits.source = html.sitename
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError("no article text left after cleaning (only a title, sidebar or byline)")
    share, n_words = vietnamese_share(f"{title} {body}")
    if n_words >= MIN_WORDS_FOR_LANGUAGE_CHECK and share < MIN_VIETNAMESE_SHARE:
        raise InputError(f"not a Vietnamese page: {share:.0%} of {n_words} words carry Vietnamese letters")
    return Article(
        id=page.id,
        source_file=page.source_file,
        title=title,
        body=body,
        published=credits.published,
        source=credits.source,
        source_url=credits.source_url or (page.url if page.kind != "text" else None),
        authors=tuple(unique_by_fold(credits.authors)),
        photographers=tuple(unique_by_fold(credits.photographers)),
        removed=tuple(credits.removed),
        warnings=page.warnings,
    )
