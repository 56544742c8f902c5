"""Categories named for merit, one a line with its winners, as arts, music, film and
business ceremonies publish their results: `Ca sĩ được yêu thích nhất: X`,
`Kịch bản xuất sắc – Y`, `Top 10 Doanh nghiệp bền vững ngành chế biến: A, B, C`.

A line is such a category when its part before the colon or dash is short, opens with a
capital, and says what merit is honoured (a word of `merit_words`, or `Top N`); the
awards extractor reads these lines only on a page that names an award, as a ranking
(`Top 10 tỉnh đứng đầu về chỉ số …`) is no prize. A
paired form (`Nam/Nữ ca sĩ triển vọng`) is two categories; the winners listed after it
are theirs in the same order.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from pipeline import lexicon
from pipeline.text import digits_value

MAX_CATEGORY_WORDS = 12
# "Category: winners" or "Category – winners", one a line, maybe opened by a bullet
MERIT_LINE = regex.compile(
    r"""^[ \t]*(?:[-–•+*][ \t]*)?
        (?P<cat>\p{Lu}[^\n:–]{2,100}?)
        (?=\s*:|\s+[–-]\s+\p{Lu})""",
    regex.VERBOSE | regex.MULTILINE,
)
# "Nam/Nữ ca sĩ triển vọng": two categories sharing what follows the slash's second word
PAIRED = regex.compile(r"^(?P<a>\p{Lu}\p{Ll}*)\s*/\s*(?P<b>\p{L}\p{Ll}*)\s+(?P<rest>\p{Ll}.*)$")
# "Sản phẩm số xuất sắc với các tiêu chí: …": what follows is criteria, not winners
_CRITERIA = regex.compile(r"(?<!\p{L})(?:tiêu\s+chí|tiêu\s+chuẩn|điều\s+kiện)(?!\p{L})")
_TRAILING = regex.compile(r"\s+(?:gồm|bao\s+gồm|là)$")
TOP_N = regex.compile(r"^(?:Top|TOP|Tốp)\s+(?P<n>\d+)\s")


class MeritLine(NamedTuple):
    start: int
    end: int
    names: tuple[str, ...]  # one category, or the two of a paired form
    count: int | None  # the N of "Top N"


@cache
def _merit() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\p{{L}}){lexicon.alternation(lexicon.words('merit_words'))}(?!\p{{L}})")


def lines(body: str) -> list[MeritLine]:
    """Every merit category that opens a line and is followed by its winners."""
    found = []
    for m in MERIT_LINE.finditer(body):
        cat = _TRAILING.sub("", m["cat"].strip())
        if len(cat.split()) > MAX_CATEGORY_WORDS or not (_merit().search(cat) or TOP_N.match(cat)) \
                or _CRITERIA.search(cat):
            continue
        pair = PAIRED.match(cat)
        names = (f"{pair['a']} {pair['rest']}", f"{pair['b'].capitalize()} {pair['rest']}") if pair else (cat,)
        top = TOP_N.match(cat)
        count = digits_value(top["n"]) if top else None
        found.append(MeritLine(m.start("cat"), m.start("cat") + len(cat), names, count))
    return found
