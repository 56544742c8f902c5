"""Sentences and words with offsets that point into the body."""

from __future__ import annotations

import pytest

from pipeline.model import Article
from pipeline.tokenise import tokenise


def words_of(body: str) -> list[str]:
    return [w.text for w in tokenise(Article("t", "t.txt", "", body)).words]


@pytest.mark.parametrize(("body", "kept_whole"), [
    ("Chiều 27/5, tại Hà Nội", ["27/5", "Hà Nội"]),
    ("giải “TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards” năm 2023", ["4.0", "I4.0", "2023"]),
    ("đến ngày 5/5/2023, Ban Tổ chức", ["5/5/2023"]),
    ("đạt 1.200 người, tăng 3,5%", ["1.200", "3,5%"]),
    ("lúc 15h30 ngày 20/11", ["15h30", "20/11"]),
    ("xem http://baobacgiang.com.vn/bg/406282/a-4-0.html ngay", ["http://baobacgiang.com.vn/bg/406282/a-4-0.html"]),
    ("mạng 5G và dịch H5N1", ["5G", "H5N1"]),
])
def test_numbers_dates_urls_are_single_words(body, kept_whole):
    words = words_of(body)
    for token in kept_whole:
        assert token in words
    for w in words:  # nothing glued to a number
        if any(c.isdigit() for c in w) and w not in kept_whole:
            pytest.fail(f"{w!r} glues a number to a word")


@pytest.mark.parametrize("body", [
    "Chiều 27/5, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức lễ.\n\nĐoạn hai.  Hai  dấu cách.",
    "Dòng có  khoảng trắng   lạ và Hà  Nội.",
    "“Trích dẫn” – gạch ngang… và (ngoặc) [vuông] {nhọn}!",
    "",
])
def test_offsets_point_into_the_body(body):
    article = tokenise(Article("t", "t.txt", "", body))
    for span in (*article.sentences, *article.words):
        assert body[span.start:span.end] == span.text
    starts = [w.start for w in article.words]
    assert starts == sorted(starts)


def test_sentences_split():
    article = tokenise(Article("t", "t.txt", "", "Ông A đến. Bà B về.\n\nĐoạn mới."))
    assert [s.text for s in article.sentences] == ["Ông A đến.", "Bà B về.", "Đoạn mới."]
