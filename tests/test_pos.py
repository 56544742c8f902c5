"""pipeline.pos gives the tags underthesea's `pos_tag` gives, for the same words.

The reference is underthesea itself on the test suite's Vietnamese sentences (the same
set test_segment.py reads) and on short sentences written for the edges: a sentence of
one word, two words, titles and numbers at either end.
"""

from __future__ import annotations

import pytest
from underthesea import pos_tag

from pipeline import pos
from tests.test_segment import SENTENCES

EDGES = [
    "Hà Nội",
    "Ông Lưu Văn Sương",
    "Bộ Y tế phối hợp với Sở Y tế tỉnh Lam Khê",
    "Trung tâm Kiểm tra sức khỏe Lam Khê khai trương ngày 5/3/2024",
    "12 giải Nhất",
    "Giải thưởng được trao cho 3 tác giả.",
]


@pytest.mark.parametrize("sentence", [*EDGES, *SENTENCES[::7]])
def test_tags_equal_underthesea(sentence: str) -> None:
    reference = pos_tag(sentence)
    assert pos.tags([word for word, _ in reference]) == [tag for _, tag in reference]


def test_no_words_no_tags() -> None:
    assert pos.tags([]) == []


def test_a_verb_between_bodies_is_no_noun() -> None:
    """The grammar's question: `phối hợp` between two bodies is a verb, `sức khỏe` a noun."""
    words = ["Sở", "Y tế", "phối hợp", "Bệnh viện", "Lam Khê"]
    tags = dict(zip(words, pos.tags(words), strict=True))
    assert tags["phối hợp"] == "V"
    words = ["Trung tâm", "Kiểm tra", "sức khỏe", "Lam Khê"]
    assert dict(zip(words, pos.tags(words), strict=True))["sức khỏe"] == "N"
