"""Categories named for merit, one a line with their winners (invented result lists in
the styles of television, music, film and business ceremonies)."""

from __future__ import annotations

import pytest

from pipeline.extractors import extract, merit
from pipeline.model import Article
from pipeline.tokenise import tokenise


def _categories(text: str) -> dict[str, tuple[int | None, list[str]]]:
    article = extract(tokenise(Article("t", "t.txt", "Công bố kết quả Giải Cánh Diều Vàng", text)))
    return {c.name: (c.count, [r.name for r in c.recipients]) for a in article.of("award") for c in a.value.categories}


@pytest.mark.parametrize(("line", "category", "count", "winners"), [
    ("Đạo diễn xuất sắc: Bùi Thạc Chuyên", "Đạo diễn xuất sắc", None, ["Bùi Thạc Chuyên"]),
    ("Phim truyện được yêu thích nhất – Công ty Cổ phần Phim Giải Phóng", "Phim truyện được yêu thích nhất", None,
     ["Công ty Cổ phần Phim Giải Phóng"]),
    ("- Nữ diễn viên chính xuất sắc nhất: Hồng Ánh", "Nữ diễn viên chính xuất sắc nhất", None, ["Hồng Ánh"]),
    ("Top 3 Doanh nghiệp tiêu biểu ngành thủy sản: Công ty Cổ phần Vĩnh Hoàn, Công ty Cổ phần Sao Ta, "
     "Công ty Cổ phần Minh Phú", "Top 3 Doanh nghiệp tiêu biểu ngành thủy sản", 3,
     ["Công ty Cổ phần Vĩnh Hoàn", "Công ty Cổ phần Sao Ta", "Công ty Cổ phần Minh Phú"]),
])
def test_a_merit_line_is_a_category_with_its_winners(line, category, count, winners):
    found = _categories(f"Ban tổ chức công bố kết quả.\n\n{line}\n\nLễ trao giải diễn ra tối 20/5.")
    assert found[category] == (count, winners)


def test_a_paired_category_is_two_and_each_keeps_its_winner():
    found = _categories("Kết quả như sau.\n\nNam/Nữ diễn viên triển vọng: Quang Tuấn, Thu Quỳnh\n\nXin chúc mừng.")
    assert found["Nam diễn viên triển vọng"] == (None, ["Quang Tuấn"])
    assert found["Nữ diễn viên triển vọng"] == (None, ["Thu Quỳnh"])


@pytest.mark.parametrize("line", [
    "Địa điểm: Nhà hát Lớn Hà Nội",  # a label, no merit
    "Thời gian: 20 giờ ngày 12/5",
    "Lưu ý: Các tác phẩm xuất sắc sẽ được giới thiệu trên báo và trang thông tin của Hội trong năm tới",  # too long
])
def test_a_labelled_line_without_merit_is_no_category(line):
    assert merit.lines(line) == []
