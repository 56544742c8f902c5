"""Numbers that are no figures: dates' days of a month, a name's number (`COVID-19`, `Top 10`),
document and phone numbers, clock times, ordinals, versions and codes, list numbers, vague
amounts, the article `một`, and the digits of links, file names, slugs and ids.

pipeline.extractors.figures masks their characters before its patterns run, so a figure
never overlaps one. Each is a pattern of its own, starting on a distinctive character, so
the regex engine can skip ahead; links and code tokens are read only where a mark of one
stands (`between_spaces`).
"""

from __future__ import annotations

from functools import cache

import regex

from pipeline import lexicon
from pipeline.model import Article
from pipeline.text import between_spaces


@cache
def _glued() -> str:
    """A unit of measure or a currency written glued to its number (`75ha`, `38.619.500đ`)."""
    return lexicon.alternation([*lexicon.words("glued_units"), *lexicon.words("glued_currencies")])


@cache
def measure_after() -> str:
    """What follows a quantity and never a version: a percent, a scale, a currency or a unit of
    measure (`14.6%`, `1.5 triệu`, `6.5 tấn`); a pattern part for what comes right after a number."""
    words = lexicon.alternation([*lexicon.mapping("scales"), *lexicon.mapping("currencies"),
                                 *lexicon.words("glued_units"), *lexicon.words("glued_currencies")])
    return rf"[ \t]*(?:%|phần[ \t]+trăm|(?:{words})(?![\p{{L}}\d]))"


@cache
def _masks() -> tuple[regex.Pattern[str], ...]:
    """Numbers that are not figures. Separate patterns, each starting on a distinctive
    character, so the regex engine can skip ahead; one alternation of all is 3x slower."""
    quantity_nouns = "|".join(regex.escape(w.split()[0]) for w in lexicon.words("quantity_nouns"))
    named = lexicon.alternation(lexicon.words("numbered_names"))
    # a month's name: capitalised (`tháng Tư`), or one that is no number word (`tháng chạp`);
    # `3 tháng năm nay`, `2 tháng hai đội` count months
    numbers = lexicon.mapping("number_words")
    month = lexicon.alternation([*(w[:1].upper() + w[1:] for w in lexicon.mapping("month_words")),
                                 *(w for w in lexicon.mapping("month_words") if w not in numbers)])
    return tuple(regex.compile(p) for p in (
        rf"(?<![\d.,])\d{{1,2}}[ \t]+tháng[ \t]+{month}(?!\p{{L}})",  # 16 tháng Chạp: a day of a (lunar) month
        rf"(?i)(?<!\p{{L}}){named}[ \t]*[-–]?[ \t]*\d+",  # COVID-19, SEA Games 31, Top 10: a name's number
        rf"(?<!(?i:{quantity_nouns})\s)(?:[Ss]ố|[Nn]o\.?)\s+\d+(?:[/-][\p{{L}}\d]+)*",  # số 52 (not dân số 3)
        r"\d+(?:[/-][\p{L}\d]+)*[/-]\p{Lu}[\p{L}\d/-]*",  # 52-NQ/TW, 749/QĐ-TTg
        # 0225 3842 123; not the groups of a number (5.000.000 đồng) that begin with a zero
        r"(?<![\d.,])(?:\+84|0)\d{2,4}(?:[\s.]\d{3,4}){1,3}(?!\d)",
        r"(?<!\d)0\d{9,10}(?!\d)",  # 0912345678
        r"\d{1,2}\s*[:h]\s*\d{2}(?!\d|[.,]\d)|\b\d{1,2}h\b",  # clock times (not a race's 31:07.62)
        r"(?<!\d)\d{1,2}\s*giờ\s*\d{1,2}(?:\s*phút)?(?!\d)",  # 17 giờ 30 phút, 17 giờ30: a time of day
        # `lúc 20 giờ`, `đến 9 giờ cùng ngày`, `6 giờ sáng`: an hour of the day, not hours counted
        r"(?<=(?:lúc|vào|đến|tới|từ)[ \t]+(?:khoảng[ \t]+)?)\d{1,2}[ \t]*giờ(?![ \t]*(?:\d|đồng))"
        r"|(?<![\d.,])\d{1,2}[ \t]*giờ(?=[ \t]+(?:sáng|chiều|tối|trưa|đêm|rạng|cùng[ \t]+ngày|hôm|ngày[ \t]+\d))",
        r"(?<!(?:xếp|đứng|[Hh]ạng|lên|xuống)\s)\b[Tt]hứ\s+\d+(?![/\d])",  # Kỳ họp thứ 32
        r"(?<=\p{L})\d[\p{L}\d.]*",  # I4.0
        # H5N1, 5G; not 75ha, 500đ, nor a height in metres and centimetres (1m80)
        rf"(?<![\p{{L}}\d])(?!\d+{_glued()}(?![\p{{L}}\d])|\dm\d{{2}}(?![\p{{L}}\d]))\d+\p{{L}}+[\p{{L}}\d]*",
        rf"\d+\.\d(?!\d)(?:\.\d+)*(?!{measure_after()})",  # 4.0, 2.0.1; not 14.6%, 1.5 triệu (figures.py)
        # a list's item number: `1. Loạt bài …`, `2.Vụ án …`, `10.` closing a line
        r"(?m)(?:^|(?<=[;:][ \t]{0,3}))[ \t]*\d{1,2}[.)](?=[ \t]*\p{Lu}|[ \t]*$)",
        r"(?m)^[ \t]*\d{1,3}[ \t]*$",  # a number alone on its line: a list's or a page's number, no quantity
        # a day (or days) of a month written with `tháng` and its number: `22 tháng 4`, `20 - 21 tháng 7`
        r"(?<![\d.,])\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?[ \t]+tháng[ \t]+\d{1,2}(?![\d.,]?\d)(?![ \t]+(?:ngày|tuần))",
        # the months of a year so far, before the year (`9 tháng năm 2018`): a period of the year, no count
        r"(?<![\d.,])\d{1,2}[ \t]+tháng(?=[ \t]+năm[ \t]+\d{4}(?!\d))",
        # the classes of the Party's badge: `Huy hiệu 40, 45 và 50 năm tuổi Đảng` names them, counts nothing
        r"(?<![\d.,])\d{2}(?:[ \t]+năm)?(?:[ \t]*(?:,|và)[ \t]*\d{2}(?:[ \t]+năm)?)*[ \t]+năm[ \t]+tuổi[ \t]+Đảng",
        r"(?m)(?<!\p{L})Ảnh[ \t]+\d{1,2}(?=[ \t]*[.:)]?[ \t]*$)",  # `- Ảnh 1.`: a caption's photo number
        # the first day of two sharing a month: `ngày 13 và 14/4`, `từ 18 – 19/6`, `từ ngày 4 đến ngày 9/11`,
        # `từ ngày 19 đến 22 tháng 4`
        r"(?<![\d/.,])\d{1,2}(?=[ \t]*(?:và|[-–]|đến(?:[ \t]+ngày)?)[ \t]*\d{1,2}(?:/|[ \t]+tháng[ \t]+)\d{1,2}"
        r"(?![\d.,]\d))",
        # ANNOTATION.md: a vague amount (`hàng trăm`, `hàng nghìn`) is no figure
        rf"(?i)(?<!\p{{L}})hàng[ \t]+(?:{_VAGUE})(?:[ \t]+(?:{_VAGUE}))?(?!\p{{L}})",
        # ANNOTATION.md: the article `một` (`một con dao`) is no figure; `một trăm`, `mười một` are numbers
        rf"(?i)(?<!\p{{L}})(?<!(?:mươi|mười)[ \t])một(?![ \t]+(?:{_VAGUE}|mươi|phần)(?!\p{{L}}))(?!\p{{L}})",
    ))


# the number words a vague amount is made of (`hàng trăm`, `hàng chục nghìn`)
_VAGUE = "chục|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ"


_LINKS = regex.compile(r"https?://\S+ | www\.\S+ | (?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+", regex.VERBOSE)
# Tokens whose digits name a thing rather than count it: a file name (an image under a
# photo, dti-2023-1738….jpg), letters and digits glued by - or _ (a slug, a product code),
# and a run of more digits than anyone writes a quantity with (an id, an account number:
# a quantity that large is written with separators or in words, 1.200 tỷ, 2,3 triệu tỷ).
FILE_EXTENSIONS = ("jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "pdf", "doc", "docx",
                   "xls", "xlsx", "ppt", "pptx", "zip", "rar", "mp3", "mp4", "htm", "html", "aspx", "php")
MAX_BARE_DIGITS = 11
_CODE_TOKENS = regex.compile(
    rf"""(?<![^\s(\[“"'])[^\s]*?\.(?i:{"|".join(FILE_EXTENSIONS)})(?![\p{{L}}\d])  # dti-2023-17.jpg
       | (?<![\p{{L}}\d_-])(?=[\p{{L}}\d_-]*\p{{L}})                  # a token with a letter in it:
         [\p{{L}}\d]+(?:[-_][\p{{L}}\d]+)*                            # abc-2023-17, x_12
         (?:[-_]\d[\p{{L}}\d]*|_[\p{{L}}\d]+)(?:[-_][\p{{L}}\d]+)*
       | (?<![\d.,])\d{{{MAX_BARE_DIGITS + 1},}}                         # 173885331251719654278
    """, regex.VERBOSE)
# What every code token holds: a file's extension, a `-` or `_`, or the long run of digits; and
# every link: its scheme, `www.` or an `@`. Neither crosses a space, and their look-arounds read
# nothing past one, so the patterns (slow: tried at every character) run only on the few
# stretches between spaces that hold such a mark.
_CODE_MARK = regex.compile(
    rf"""\.(?i:{"|".join(FILE_EXTENSIONS)})(?![\p{{L}}\d]) | [-_] | \d{{{MAX_BARE_DIGITS + 1}}}""", regex.VERBOSE)
_LINK_MARK = regex.compile(r"https?://|www\.|@")
def code_tokens(text: str) -> list[tuple[int, int]]:
    return between_spaces(_CODE_TOKENS, _CODE_MARK, text)


def links(text: str) -> list[tuple[int, int]]:
    return between_spaces(_LINKS, _LINK_MARK, text)


def masked(article: Article) -> list[tuple[int, int]]:
    body = article.body
    spans = [(m.start(), m.end()) for pattern in _masks() for m in pattern.finditer(body)]
    spans += links(body) + code_tokens(body)
    spans += [(s.start, s.end) for s in article.of("date", "person", "organisation", "location")]
    return spans
