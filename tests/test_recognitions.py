"""State designations conferred by decision (relics ranked, artefacts and heritage recognised,
rural industry products selected) are awards; one merely named is none. Sentences invented
in the styles of culture, heritage and industry news."""

from __future__ import annotations

import pytest

from pipeline.extractors import extract, recognitions
from pipeline.model import Article
from pipeline.tokenise import tokenise


def _awards(title: str, text: str) -> dict[str, list[str]]:
    article = extract(tokenise(Article("t", "t.txt", title, text)))
    return {a.value.name: [c.name for c in a.value.categories] for a in article.of("award")}


@pytest.mark.parametrize(("text", "name"), [
    ("UBND tỉnh Lam Khê vừa ban hành quyết định xếp hạng di tích cấp tỉnh đối với đình làng Vân Trì.",
     "di tích cấp tỉnh"),
    # the kind of relic is written, the designation is one: a relic at its level
    ("Bộ trưởng đã ký quyết định xếp hạng di tích lịch sử - văn hóa quốc gia cho chùa Thanh Tịnh.",
     "di tích quốc gia"),
    ("Năm 2019, khu mộ cổ Gò Sành được xếp hạng là di tích khảo cổ quốc gia đặc biệt.",
     "di tích quốc gia đặc biệt"),
    ("Thủ tướng Chính phủ vừa ký quyết định công nhận 17 bảo vật quốc gia, trong đó có trống đồng Vân Trì.",
     "bảo vật quốc gia"),
    ("Nghề dệt chiếu cói Vân Trì được đưa vào danh mục và công nhận là di sản văn hóa phi vật thể quốc gia.",
     "di sản văn hóa phi vật thể quốc gia"),
    # a product selection, written out, abbreviated, or as `hàng`
    ("Hội đồng bình chọn được 12 sản phẩm đạt sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2023.",
     "sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh"),
    ("Bộ Công Thương công nhận 5 sản phẩm của hợp tác xã là sản phẩm CNNT tiêu biểu cấp quốc gia.",
     "sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia"),
    ("Ba hợp tác xã được cấp giấy chứng nhận hàng CNNT tiêu biểu cấp khu vực.",
     "sản phẩm công nghiệp nông thôn tiêu biểu cấp khu vực"),
])
def test_a_designation_conferred_is_an_award_and_its_category(text: str, name: str) -> None:
    assert [n for _, _, n in recognitions.conferred(text)] == [name]
    awards = _awards("Tin văn hóa", text)
    assert name in awards
    assert [c.lower() for c in awards[name]] == [name.lower()]


@pytest.mark.parametrize("text", [
    # a fact about a place: nothing is conferred on the page
    "Đình làng Vân Trì, một di tích quốc gia, đón hàng nghìn lượt khách mỗi dịp Tết.",
    "Chùa Thanh Tịnh nằm trong quần thể di tích cấp tỉnh của huyện Vân Trì.",
    # conferred in another clause than the verb's
    "Đoàn đã nhận quà của tỉnh. Sau đó đoàn thăm khu di tích quốc gia Gò Sành.",
    # a designation without its level is no designation
    "Huyện công nhận 20 sản phẩm công nghiệp nông thôn mới trong năm.",
])
def test_a_designation_only_named_is_no_award(text: str) -> None:
    assert recognitions.conferred(text) == []
    assert not _awards("Tin văn hóa", text)


def test_one_designation_however_written_is_one_award() -> None:
    text = ("Bộ Công Thương công nhận 200 sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2023. "
            "Tỉnh Lam Khê có 6 sản phẩm được công nhận sản phẩm CNNT tiêu biểu cấp quốc gia, và hai hợp tác xã "
            "được cấp giấy chứng nhận hàng công nghiệp nông thôn tiêu biểu cấp quốc gia.")
    awards = _awards("Lam Khê có 6 sản phẩm tiêu biểu", text)
    assert list(awards) == ["sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia"]
