"""Page furniture known by its shape, wherever it stands on the page: a row of widget words
(`Mặc định Cỡ chữ`, `Bình luận 0`), a CMS's stock sentence (a comment form's notice), a
labelled footer or counter line with a bullet before it, and the leftovers of a scrape: an
image's file name, a CMS shortcode, a template's code name, a widget's placeholder, and an
image's alt text written as the headline's words without their tone marks.

Each is a fact of the Vietnamese web, not of one site: the words live in the lexicons
(`furniture_lines`, `furniture_labels`, `cms_phrases`), the shapes in the patterns below.
"""

from __future__ import annotations

from functools import cache

import regex

from pipeline import lexicon
from pipeline.text import fold, has_vietnamese, unmarked

# a row of widget words is this short at most ("Tăng cỡ chữ Giảm cỡ chữ In trang")
MAX_WIDGET_ROW_WORDS = 10
BULLET = regex.compile(r"^[•*·\-–+]\s*")  # a list's or a menu's mark before a line
_NUMBER = regex.compile(r"^[\d.,()]+$")
_SEPARATOR = regex.compile(r"^[|/•·]+$")
SCRAPE_LEFTOVER = regex.compile(
    r"""^(?:loading\.*|đang\s+tải\.*)$                         # a widget's placeholder
      | ^\[/?[\w-]+\].*\[/?[\w-]*\]?$                          # a CMS shortcode: [embed]…[/embed]
      | ^[\w.~%-]+\.(?:jpe?g|png|gif|webp|bmp|svg)$            # an image's file name
      | ^[a-z]+(?:-[a-z\d]+){3,}$                               # a file's or a page's stem: vlcsnap-2019-05-04-…
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# a lowercase letter and a capital inside one word: words run together
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")
# "PublishingPortal - Block_BanTin_ViewData": a template's code name, no Vietnamese in it
_CODE_NAME = regex.compile(r"[A-Za-z\d]_[A-Za-z\d]")
MAX_CODE_NAME_WORDS = 6
# an image's alt text or a URL's slug as text: the headline's words, lowercase, without tones
_PLAIN_WORD = regex.compile(r"^[a-z]{1,7}$")
MIN_ALT_WORDS = 5
ALT_SHARE_OF_TITLE = 0.6
MIN_SLUG_WORDS = 8
SLUG_SYLLABLE_SHARE = 0.9


@cache
def _phrases() -> tuple[str, ...]:
    """The stock phrases, longest first."""
    return tuple(sorted(lexicon.words("cms_phrases"), key=len, reverse=True))


@cache
def _longest_words(entries: frozenset[str]) -> int:
    return max(len(e.split()) for e in entries)


def _widget_row(line: str) -> bool:
    """The line is only widget words (furniture_lines entries), counts and bars."""
    if len(line.split()) > MAX_WIDGET_ROW_WORDS:  # folding is the cost: a paragraph is never folded
        return False
    words = fold(BULLET.sub("", line)).split()
    if not words:
        return False
    entries = lexicon.words("furniture_lines")
    longest = _longest_words(entries)
    i, found = 0, False
    while i < len(words):
        if _NUMBER.match(words[i]) or _SEPARATOR.match(words[i]):
            i += 1
            continue
        span = next((n for n in range(min(longest, len(words) - i), 0, -1)
                     if " ".join(words[i:i + n]) in entries), 0)
        if not span:
            return False
        i, found = i + span, True
    return found


def _labelled(line: str) -> bool:
    """A footer's or counter's label before a colon (`• Lượt xem: 5547`, `Cơ quan chủ quản: …`)."""
    head, colon, _ = BULLET.sub("", line).partition(":")
    return bool(colon) and fold(head) in lexicon.words("furniture_labels")


@cache
def _masthead_openers() -> tuple[str, ...]:
    return tuple(lexicon.words("masthead_openers"))


@cache
def _opening_chars() -> int:
    """How much of a line's start is folded to look for a stock phrase or a masthead's slogan
    there: more than the longest of either."""
    return max(map(len, (*_phrases(), *_masthead_openers()))) + 10


def _opening(line: str) -> str:
    """A line's start, folded: one fold a line serves both looks (fold is cached)."""
    return fold(line[:_opening_chars()])


def _stock_phrase(line: str) -> bool:
    """A CMS's stock sentence opens the line (a comment form's notice, an empty list's prompt),
    a bullet or none before it."""
    return _opening(BULLET.sub("", line)).startswith(_phrases())


# No furniture line is this long: a longer line that opens like one (a label, a form's notice)
# is the article's text run in after it, and a scrape that lost its line breaks would lose all.
MAX_FURNITURE_WORDS = 80
# a masthead slogan is a line of a few words: an outlet's name and whose organ it is
MAX_MASTHEAD_WORDS = 20


def masthead(line: str) -> bool:
    """The line opens with a masthead's slogan (`CƠ QUAN CỦA …`, `Cơ quan ngôn luận của …`)."""
    return _opening(line).startswith(_masthead_openers())


@cache
def _follow_widget() -> regex.Pattern[str]:
    platforms = lexicon.alternation(lexicon.words("follow_platforms"))
    return regex.compile(rf"\btheo\s+dõi\s+\S.{{0,60}}?\s+trên(?:\s+{platforms})?\s*$", regex.IGNORECASE)


def follow_widget(text: str) -> regex.Match[str] | None:
    """`Theo dõi Báo X trên Google News`: a "follow us" widget, at the end of `text`."""
    return _follow_widget().search(text) if "trên" in text[-40:].lower() else None


def _leftover(line: str, title: str) -> bool:
    if SCRAPE_LEFTOVER.match(line):
        return True
    words = line.split()
    vietnamese = has_vietnamese(line)
    if len(words) == 1 and _GLUED.search(line) and not vietnamese:
        return True  # `EmailPrintAa`: a row of widget words run together
    if len(words) <= MAX_CODE_NAME_WORDS and "_" in line:
        return bool(_CODE_NAME.search(line)) and not vietnamese
    if vietnamese:
        return False
    plain = [w for w in words if _PLAIN_WORD.match(w)]
    if len(plain) < MIN_ALT_WORDS or len(plain) < sum(not w.isdigit() for w in words) - 1:
        return False
    title_words = {unmarked(w) for w in regex.findall(r"\p{L}+", title)} if title else set()
    if title and sum(w in title_words for w in plain) >= ALT_SHARE_OF_TITLE * len(plain):
        return True
    # another alt text or slug: a longer run of Vietnamese syllables stripped of their marks,
    # no English (whose words are mostly no Vietnamese syllable)
    return len(plain) >= MIN_SLUG_WORDS and all(w in plain or w.isdigit() for w in words) and \
        sum(w in _unmarked_syllables() for w in plain) >= SLUG_SYLLABLE_SHARE * len(plain)


@cache
def _unmarked_syllables() -> frozenset[str]:
    """The syllables of Vietnamese words without their marks (`nguoi`, `thuong`)."""
    return frozenset(unmarked(s) for word in lexicon.dictionary() for s in word.split())


@cache
def _pager() -> regex.Pattern[str]:
    labels = lexicon.alternation(lexicon.words("pager_labels"), first_letter_any_case=True)
    return regex.compile(rf"^{labels}(?:\s*[:»>]|(?=\p{{Lu}}))", regex.IGNORECASE)


# `Xem toàn văn Quyết định tại đây`, `Hình ảnh chi tiết xem tại đây`: a link's text, pointing at what the
# scrape left out; a short line that bids the reader look or fetch, and ends "here"
_HERE_LINK = regex.compile(
    r"""^(?:>>\s*)?(?:\p{L}+\s+){0,6}?                                 # what is offered (`Hình ảnh chi tiết`)
        (?:xem(?!\s+ra\s)|tải|tải\s+về|bấm|nhấn|click)\s                # the bid (not `xem ra`, it seems)
        (?:[^.!?]{0,80}\s)?(?:tại|ở)\s+đây\s*[:.…]*$                  # what to see, and `tại đây`""",
    regex.IGNORECASE | regex.VERBOSE)
MAX_HERE_LINK_WORDS = 14


def kind(line: str, title: str) -> str | None:
    """The rule that makes the line furniture (the `removed` record's reason), or None."""
    if len(line.split()) > MAX_FURNITURE_WORDS:
        return None  # an article run into one line after a counter's label (`Lượt xem: 665 Tại hội nghị …`)
    if _widget_row(line):
        return "furniture-line"
    if ":" in line and _labelled(line):
        return "furniture-label"
    if _stock_phrase(line):
        return "cms-stock-phrase"
    if len(line.split()) <= MAX_MASTHEAD_WORDS and masthead(line) and not line.rstrip().endswith((".", "!", "?")):
        return "masthead"
    if (widget := follow_widget(line)) and widget.start() == 0:
        return "follow-widget"
    if _pager().match(line):
        return "pager-link"
    if len(line.split()) <= MAX_HERE_LINK_WORDS and _HERE_LINK.match(line):
        return "here-link"
    if _leftover(line, title):
        return "scrape-leftover"
    return None
