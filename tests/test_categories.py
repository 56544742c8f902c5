"""Prize levels and the counts written before them (`3 giải Ba`, `hai giải Nhì`)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import lexicon
from pipeline.extractors import categories


def _in_one_pattern() -> regex.Pattern[str]:
    """The level with its count read by a lookbehind inside one pattern: what `mentions`
    reads in two steps (the level, then the count before it) must be the same."""
    words = lexicon.alternation(list(lexicon.mapping("prize_levels")))
    numbers = lexicon.alternation(list(lexicon.mapping("number_words")))
    return regex.compile(rf"(?<!\p{{L}})(?:(?<=(?P<count>\d+|{numbers})\s+))?(?P<level>{words})"
                         r"(?![\p{L}\p{N}]|[.,]\d)", regex.IGNORECASE)


def _two_steps(text: str) -> list[tuple[int, int, str | None]]:
    _, levels = categories._levels()
    before = categories._count_before()
    out = []
    for m in levels.finditer(text):
        count = before.match(text, m.start())
        out.append((m.start(), m.end(), count["count"] if count else None))
    return out


PIECES = ["giải Nhất", "Giải nhì", "giải ba", "huy chương vàng", "HCV", "giải Khuyến khích", "3", "12", "1.000",
          "hai", "mười", "Bảy", "tác phẩm", "và", ",", ".", "\n", "  ", "30 triệu", "đồng", "giải", "nhất", "a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join))
def test_a_count_read_after_its_level_is_the_one_read_with_it(text: str) -> None:
    together = [(m.start(), m.end(), m["count"]) for m in _in_one_pattern().finditer(text)]
    assert _two_steps(text) == together


def test_counts_before_levels_in_words_and_digits() -> None:
    text = "Ban giám khảo trao 4 giải Nhất, hai giải Nhì và\n12 huy chương vàng; giải Ba không có."
    assert [(text[a:b], count) for a, b, count in _two_steps(text)] == [
        ("giải Nhất", "4"), ("giải Nhì", "hai"), ("huy chương vàng", "12"), ("giải Ba", None)]
