"""Stage 2: a raw page becomes an `Article`: title, clean body, byline fields, and a
record of everything stripped.

The rules work on lines, because that is how scrapers deliver pages and how sites lay
out their furniture: a related-news heading is a line of its own, a byline is the last
line or two, a source line sits below it. HTML is first reduced to such lines by
trafilatura (main-content extraction), then the same Vietnamese rules apply.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from pipeline import furniture, headline, lexicon, sites
from pipeline import lines as line_model
from pipeline.credits import (
    AUTHOR_NAME_LINE,
    MAX_DATED_FURNITURE_WORDS,
    MAX_NAME_WORDS,
    PHOTO_ONLY,
    TIME_LINE,
    Credits,
    credit_line,
    dated_furniture,
    dateline,
    people_in,
    published_day,
    strip_caption_credit,
    todays_date_widget,
)
from pipeline.load import InputError, RawPage
from pipeline.model import Article, Removed
from pipeline.text import fold, normalise, share_below, unique_by_fold

# A page with at least this many words, of which fewer than this share carry a
# Vietnamese letter or tone mark, is not Vietnamese. Vietnamese news prose runs at
# 0.5-0.7; English with a few Vietnamese names at 0.0-0.05.
MIN_WORDS_FOR_LANGUAGE_CHECK = 30
MIN_VIETNAMESE_SHARE = 0.15
_COUNT = regex.compile(r"\s*\(\d+\)\s*$")  # "Bình luận (0)": a heading or button with its count
# "Quét mã QR để đọc trên điện thoại", "Mã QRCODE xem trên mobile": a widget's label
_QR_WIDGET = regex.compile(r"(?<!\p{L})(?:QR\s*-?\s*code|mã\s+QR|QR)(?!\p{L})", regex.IGNORECASE)
MAX_QR_WIDGET_WORDS = 10
# `100%` alone under the headline: the text-size widget's zoom level (in the text, a table's cell)
ZOOM_LEVEL = regex.compile(r"^\d{2,3}\s?%$")
# Bylines and datelines sit within the first few lines under the title.
HEAD_LINES_TO_SCAN = 3
# "(QNO) - Tại cuộc họp …", "Trực tiếp - Ngày 9-4, …": a tag or a label before the first sentence
LEAD_TAG = regex.compile(
    r"""^(?:\((?P<agency>[^()\n]{2,30})\)                          # (QNO) -, (Dân trí) -
         | (?P<caps>[\p{Lu}\d.+]{2,12}(?:\s[\p{Lu}\d.+]{2,12})?)(?=\s*[-–—]\s)   # TTO -, HÀ NỘI -
         | (?P<label>\p{L}+(?:\s\p{L}+)?))                            # Trực tiếp -
        \s*[-–—:]\s+(?=\S)""",
    regex.VERBOSE,
)
# a date, with or without its label and its clock, in brackets or not, run into the lead's first
# capital or its outlet's tag with no space between: `15/02/2023 | 14:59Sáng …`,
# `(15:04:39 PM 16/10/2021)(QNO) - …`, `Đã đăng vào 10/08/2019 lúc 16:25Tối …`
GLUED_DATE = regex.compile(
    r"""^(?P<date>\(?
           (?i:(?:đã[ \t]+)?(?:đăng|cập[ \t]+nhật)(?:[ \t]+(?:vào|ngày|lúc))?[ \t]*:?[ \t]*)?  # its label
           (?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:AM|PM|SA|CH))?[ \t]+)?          # its clock before it
           (?P<day>\d{1,2}/\d{1,2}/\d{4})
           (?:[ \t]*(?:[|,–-]|lúc)?[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:AM|PM|SA|CH))?)?  # or after it
         \)?)(?=\p{Lu}|\()""",
    regex.VERBOSE)
# "Xem thêm: Hà Nội cấm xe máy …" inside the article: one related link, the text goes on
INLINE_RELATED = regex.compile(r"^(?P<heading>[^:>»]{2,30})\s*[:>»]+\s*\S")
MAX_INLINE_RELATED_WORDS = 30
# "[Quyết tâm xây dựng Chính phủ … hiệu quả]" on a line of its own: another article's
# headline set in brackets between two paragraphs
BRACKETED_LINK = regex.compile(r"^\[[^\[\]]{8,}\]$")
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


# a date line's words besides its date and clock: a weekday, a label, a counter (`Thứ hai`, `Cập nhật`)
MAX_DATE_LINE_WORDS = 3
_LETTER_WORD = regex.compile(r"(?<![\p{L}\d])\p{L}+(?![\p{L}\d])")


def _date_line(line: str) -> bool:
    """A line that is a date with its clock and little else, not a sentence that gives a
    date and a time (`Lễ trao giải lúc 08:00 ngày 12/3/2024.`)."""
    if dateline(line):
        return True
    return len(line.split()) <= MAX_DATED_FURNITURE_WORDS and not line.rstrip().endswith((".", "!", "?")) \
        and len(_LETTER_WORD.findall(line)) <= MAX_DATE_LINE_WORDS and bool(dated_furniture(line))


def clean_lines(title: str, lines: list[str], credits: Credits) -> list[str]:
    """The Vietnamese rules, in order: sidebars, furniture, head and tail bylines, captions."""
    headings = lexicon.words("sidebar_headings")
    furniture_lines = lexicon.words("furniture_lines")
    lines = [line.strip() for line in lines]
    title_key = fold(title)
    # 1. a related-news heading ends the article, once a line of its text has come: one set
    # between the headline and the text (the site's list of other news, this article among
    # them) is a line of furniture, and the text goes on under it
    for i, line in enumerate(lines):
        if _listed(line, headings):
            if not any(headline.is_text_line(x) for x in lines[:i]):
                credits.removed.append(Removed("furniture", line, "sidebar-heading-over-the-text"))
                lines[i] = ""
                continue
            credits.removed.append(Removed("sidebar", "\n".join(x for x in lines[i:] if x), "sidebar-heading"))
            lines = lines[:i]
            break
    # 2. furniture lines anywhere, one-line related links, and a repeated title
    kept = []
    for line in lines:
        if _listed(line, furniture_lines):
            credits.removed.append(Removed("furniture", line, "furniture-line"))
        elif len(line.split()) <= MAX_QR_WIDGET_WORDS and _QR_WIDGET.search(line):
            credits.removed.append(Removed("furniture", line, "qr-code-widget"))
        elif rule := furniture.kind(line, title):  # "Mặc định Cỡ chữ", "Từ khóa: hàn the", a form's notice
            credits.removed.append(Removed("furniture", line, rule))
        elif (m := PHOTO_ONLY.match(line)) and len(m["photos"].split()) <= MAX_NAME_WORDS:
            credits.photographers += people_in(m["photos"])  # a photo's credit under it, anywhere
            credits.removed.append(Removed("byline", line, "photo-credit-line"))
        elif (m := INLINE_RELATED.match(line)) and _listed(m["heading"], headings) \
                and len(line.split()) <= MAX_INLINE_RELATED_WORDS:
            credits.removed.append(Removed("sidebar", line, "inline-related-link"))
        elif BRACKETED_LINK.match(line) and len(line.split()) <= MAX_INLINE_RELATED_WORDS:
            credits.removed.append(Removed("sidebar", line, "bracketed-related-link"))
        elif line and title and _same_text(line, title, title_key):
            continue
        else:
            kept.append(line)
    lines = [line for line in kept if line]
    # 3. datelines and bylines under the title
    head = 0
    while head < min(HEAD_LINES_TO_SCAN, len(lines)):
        line = lines[head]
        if (glued := GLUED_DATE.match(line)) and (published := dateline(glued["day"])):
            # `15/02/2023 | 14:59Sáng 15/2, …`: the page's date line run into the lead
            credits.dated(glued["date"], published)
            credits.removed.append(Removed("byline", glued["date"], "dateline-run-into-the-lead"))
            lines[head] = line[glued.end():]
            break
        if published := dateline(line):
            credits.dated(line, published)
            credits.removed.append(Removed("byline", line, "dateline"))
        elif credits.published and TIME_LINE.match(line):
            credits.removed.append(Removed("byline", line, "dateline-time"))
        elif head + 1 < len(lines) and (dateline(lines[head + 1]) or dated_furniture(lines[head + 1])) \
                and (m := AUTHOR_NAME_LINE.match(line)) and (people := people_in(m["authors"])):
            # "Vũ Thơ" over "12/09/2025 07:56 GMT+7" or over "Thời sự 13:33 | 30/06/2025"
            credits.authors += people
            credits.removed.append(Removed("byline", line, "byline-over-dateline"))
        elif credit_line(line, credits, at_end=False):
            pass
        elif published := dated_furniture(line):
            credits.dated(line, published)
            credits.removed.append(Removed("furniture", line, "dated-head-line"))
        elif ZOOM_LEVEL.match(line):
            credits.removed.append(Removed("furniture", line, "zoom-level"))
        else:
            break
        head += 1
    lines = lines[head:]
    # a format label before the lead ("Trực tiếp - ") is the site's; the outlet's or the place's
    # tag ("(QNO) - ", "TTO - ", "HÀ NỘI – ") opens the article's own first sentence and stays
    if lines and (m := LEAD_TAG.match(lines[0])) and m["label"] and fold(m["label"]) in lexicon.words("lead_labels"):
        credits.removed.append(Removed("furniture", m.group().strip(), "lead-label"))
        lines[0] = lines[0][m.end():]
    # 4. bylines, credits and source lines at the end, bottom up (as if the head named no
    # author: "PV" under the text is a byline though "BẢO NGUYÊN |" stood under the title);
    # what follows the article's own byline or source line is the page's, not the article's
    lines = _drop_after_credit(lines, credits)
    end = len(lines)
    head_authors, credits.authors = credits.authors, []
    while end > 0 and credit_line(lines[end - 1], credits, at_end=True):
        end -= 1
    credits.authors = head_authors + credits.authors
    lines = lines[:end]
    # a date line inside the text is another item's (a related headline's, a comment's): stripped, it dates nothing
    kept = []
    for line in lines:
        if _date_line(line):
            credits.removed.append(Removed("furniture", line, "date-line-in-text"))
        else:
            kept.append(line)
    lines = kept
    # 5. photo credits at the end of captions; the caption stays
    return [strip_caption_credit(line, credits) for line in lines]


# The lines under an article that a page adds (comment and poll prompts, a weather box, a
# rating widget, a footer, headlines of other articles with no heading) are short: the
# last credit among the short lines that end a page is where the article ends.
MAX_TAIL_LINES = 15
MAX_TAIL_LINE_CHARS = 160


def _drop_after_credit(lines: list[str], credits: Credits) -> list[str]:
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
    while end < len(lines) and credit_line(lines[end], Credits(), at_end=True):
        end += 1
    if end < len(lines):
        credits.removed.append(Removed("furniture", "\n".join(lines[end:]), "after-closing-credit"))
    return lines[:end]


def _closing_credit(lines: list[str], i: int) -> bool:
    scratch = Credits()
    if not credit_line(lines[i], scratch, at_end=True) or scratch.published:
        return False
    if scratch.removed[-1].rule != "byline-name-line":
        return True
    return i > 0 and not credit_line(lines[i - 1], Credits(), at_end=True)


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


def _site_furniture(page: RawPage, lines: list[str], credits: Credits) -> list[str]:
    """The lines its site repeats on many pages (pipeline.sites), stripped wherever they
    stand and before the headline is chosen."""
    if not page.furniture:
        return lines
    kept, stripped = [], []
    for line in lines:
        pages = page.furniture.get(sites.line_hash(sites.line_key(line))) if line.strip() else None
        if pages is not None:  # 0: a line the user's file strips, on no page the learning read
            stripped.append(Removed("furniture", line.strip(), "site-repeated",
                                    f"{page.site}: on {pages} of its {page.site_pages} pages" if pages else
                                    f"{page.site}: the user's furniture file"))
        else:
            kept.append(line)
    if sum(1 for line in kept if line.strip()) < 2:
        return lines  # a page that is all its site's lines but a headline: its own text, repeated, not chrome
    credits.removed += stripped
    for removed in stripped:  # a site's dated line under every headline still dates this page
        credits.published = credits.published or dateline(removed.text)
    return kept


@dataclass
class _Ruled:
    """A page after the rules: its title, its lines as the rules saw them (the headline and
    what stood above it included), the paragraphs they kept, the credits and records, and
    why the scraper's own date was left out, if it was."""

    title: str
    lines: list[str]
    paragraphs: list[str]
    credits: Credits
    html: _HtmlPage | None
    scraped_date_warning: str | None


# a line a scrape broke inside a sentence (`… phối hợp tổ` over `chức giải …`): it ends with a
# letter and the next line goes on in lowercase
_CUT_AFTER = regex.compile(r"\p{L}[ \t]*$")
# a wrapped line is a column's width of words: of two short lines, the one over a lowercase one is
# a label, a widget or a heading of its own (a paragraph's first or last line may be short)
MIN_WRAPPED_WORDS = 10
_GOES_ON = regex.compile(r"[ \t]*\p{Ll}\p{L}*(?:[ \t,.;:!?]|$)")  # a word, not a slug (`vay-bat-11-xe`)


def wrapped_runs(lines: list[str]) -> list[range]:
    """The page's lines as runs to be read as one line each: a run is a line and the lines a
    hard-wrapped text broke off it inside its sentence; the line trainer labels these runs."""
    runs: list[range] = []
    for i, line in enumerate(lines):
        last = lines[runs[-1].stop - 1] if runs else ""
        if runs and _GOES_ON.match(line) and _CUT_AFTER.search(last) \
                and max(len(last.split()), len(line.split())) >= MIN_WRAPPED_WORDS:
            runs[-1] = range(runs[-1].start, i + 1)
        else:
            runs.append(range(i, i + 1))
    return runs


def unwrapped(lines: list[str]) -> list[str]:
    """The page's lines with the breaks a hard-wrapped text put inside its sentences joined, so
    that a sentence split over two lines is one again and no piece of it reads as a line of its
    own (a byline, a heading)."""
    return [" ".join([lines[run.start].rstrip(), *(lines[i].strip() for i in run[1:])]) if len(run) > 1
            else lines[run.start] for run in wrapped_runs(lines)]


def _by_rules(page: RawPage) -> _Ruled:
    scraped, warning = published_day(page.published)
    credits = Credits(published=scraped)  # a scraper's junk must not hide the page's date
    html = _html_page(page) if page.kind == "html" else None
    if html:
        title, lines = html.title, _site_furniture(page, html.lines, credits)
        credits.published = credits.published or html.date
        page_lines = lines
    elif page.kind == "text":
        page_lines = _site_furniture(page, unwrapped(page.content.split("\n")), credits)
        first = next((i for i, line in enumerate(page_lines) if line.strip()), None)
        if first is None:
            raise InputError("empty page: no text")
        title, lines = headline.headline(page_lines, credits)
    else:
        title, lines = (page.title or ""), _site_furniture(page, unwrapped(page.content.split("\n")), credits)
        page_lines = lines
    return _Ruled(title, page_lines, clean_lines(title, lines, credits), credits, html, warning)


def line_fates(page: RawPage) -> tuple[list[str], list[str], str]:
    """A text page's non-empty lines, what the rules did with each, and its title: what the
    line model (pipeline.lines) is trained on and reads."""
    ruled = _by_rules(page)
    lines = [line.strip() for line in ruled.lines if line.strip()]
    return lines, line_model.fates(lines, ruled.title, ruled.paragraphs, ruled.credits.removed), ruled.title


def clean(page: RawPage) -> Article:
    ruled = _by_rules(page)
    if not ruled.html:  # the rules propose, the line model decides what else is the page's
        lines = [line.strip() for line in ruled.lines if line.strip()]
        fate = line_model.fates(lines, ruled.title, ruled.paragraphs, ruled.credits.removed)
        cut = line_model.decide(lines, fate, ruled.title) or set()
        ruled.credits.removed += [Removed("furniture", p, "line-model") for k, p in enumerate(ruled.paragraphs)
                                  if k in cut]
        ruled.paragraphs = [p for k, p in enumerate(ruled.paragraphs) if k not in cut]
    title, paragraphs, credits, html = ruled.title, ruled.paragraphs, ruled.credits, ruled.html
    if html and not credits.authors and html.author:  # the page's author metadata, when no byline was seen
        credits.authors += people_in(html.author)
    if html and not credits.source and html.sitename:
        credits.source = html.sitename
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise InputError("no article text left after cleaning (only a title, sidebar or byline)")
    credits.published, bad_date = published_day(credits.published)
    warnings = page.warnings + tuple(w for w in (ruled.scraped_date_warning, bad_date) if w)
    if credits.published and credits.published_above and todays_date_widget(credits.published, f"{title}\n{body}"):
        warnings += (f"no date of its own: {credits.published}, above the headline, is years after every year "
                     "the article names (a site's date of the day)",)
        credits.published = None
    if foreign := share_below(f"{title} {body}", MIN_VIETNAMESE_SHARE, MIN_WORDS_FOR_LANGUAGE_CHECK):
        share, n_words = foreign
        raise InputError(f"not a Vietnamese page: {share:.0%} of {n_words} words carry Vietnamese letters")
    return Article(
        id=page.id,
        source_file=page.source_file,
        title=title,
        body=body,
        published=credits.published,
        source=credits.source,
        source_url=credits.source_url or page.url,
        authors=tuple(unique_by_fold(credits.authors)),
        photographers=tuple(unique_by_fold(credits.photographers)),
        removed=tuple(credits.removed),
        warnings=warnings,
    )
