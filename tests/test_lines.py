"""The line model: the shipped model loads; training is deterministic; on whole pages written
for these tests it strips the site's lines the rules do not know by name and keeps the
article's own, captions and a result list's items included. All pages are invented."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from pipeline import lines
from pipeline.clean import clean, line_fates
from pipeline.load import RawPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import train_lines

LEAD = ("Sáng 12/3, UBND tỉnh Lam Khê tổ chức hội nghị tổng kết công tác năm với sự tham dự của lãnh đạo các sở, "
        "ngành và các huyện trong tỉnh.")
SECOND = ("Phát biểu tại hội nghị, ông Lưu Văn Sương, Chủ tịch UBND tỉnh, đề nghị các đơn vị tập trung đẩy nhanh "
          "tiến độ các dự án trọng điểm trong năm nay.")
HEADLINE = "Lam Khê tổng kết công tác năm và triển khai nhiệm vụ năm mới"


def _page(*body: str) -> RawPage:
    return RawPage(id="p", source_file="p.txt", kind="text", content="\n".join([HEADLINE, *body]))


def test_the_shipped_model_loads() -> None:
    card = json.loads((resources.files("pipeline") / "models" / lines.CARD_FILE).read_text(encoding="utf-8"))
    assert card["trained_on"]["pages"] >= 200
    assert lines.decide([HEADLINE, LEAD], ["title", "kept"], HEADLINE) == set()


@pytest.mark.parametrize("furniture", [
    ["Lượt xem: 2.345"],                                        # a view counter
    ["Tổng truy cập: 1.204.889", "Đang trực tuyến: 37"],        # a portal's visit counters
    ["Gửi bình luận", "Họ và tên", "Email", "Gửi"],             # a comment form
    ["In bài viết", "Gửi email", "Chia sẻ Zalo"],               # a print and share row
])
def test_the_page_s_lines_after_the_article_are_stripped(furniture: list[str]) -> None:
    article = clean(_page(LEAD, SECOND, *furniture))
    assert article.body == f"{LEAD}\n\n{SECOND}"
    assert all(any(line in r.text for r in article.removed) for line in furniture)


def test_the_article_s_own_lines_stay() -> None:
    """The lead, a caption with its credit cut off, an intertitle, and a result list."""
    body = [LEAD, "Ông Lưu Văn Sương phát biểu tại hội nghị. Ảnh: Trần Mai", SECOND,
            "Khen thưởng tập thể xuất sắc", "Giải Nhất:", "- Phòng Tài chính huyện Vân Trì",
            "- Trường THPT Lam Khê", "Hội nghị kết thúc vào chiều cùng ngày."]
    article = clean(_page(*body))
    assert article.body.split("\n\n") == [LEAD, "Ông Lưu Văn Sương phát biểu tại hội nghị.", SECOND, *body[3:]]


def test_what_the_rules_did_with_each_line() -> None:
    page = _page("Cỡ chữ", LEAD, "Ông Lưu Văn Sương phát biểu. Ảnh: Trần Mai", "Tin liên quan",
                 "Lam Khê đón khách du lịch dịp lễ")
    found, fate, title = line_fates(page)
    assert title == HEADLINE
    assert fate == ["title", "furniture-line", "kept", "trimmed", "sidebar-heading", "sidebar-heading"]
    assert found[0] == HEADLINE


def test_training_is_deterministic(tmp_path: Path) -> None:
    """The same pages give the same file, byte for byte, and the model it gives strips what
    it was shown to strip."""
    pages = []
    for k in range(6):
        found = [HEADLINE, LEAD, SECOND, f"Lượt xem: {100 + k}", "Bản quyền thuộc Cổng thông tin tỉnh"]
        fate = ["title", "kept", "kept", "kept", "kept"]
        pages.append((lines.features(found, fate, HEADLINE), ["H", "K", "K", "C", "C"]))
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train_lines.fit(pages, first)
    train_lines.fit(pages, second)
    assert first.read_bytes() == second.read_bytes()
    lines.use(first)
    try:
        article = clean(_page(LEAD, SECOND, "Lượt xem: 512", "Bản quyền thuộc Cổng thông tin tỉnh"))
        assert article.body == f"{LEAD}\n\n{SECOND}"
    finally:
        lines.use(None)


def test_a_numbered_table_scraped_one_cell_a_line_stays() -> None:
    """A table of the article (found on a real page: members of an association with their
    brands) comes one cell a line, short and numbered like furniture; its cells stay."""
    table = ["STT", "Tên doanh nghiệp", "1", "Công ty Cổ phần Thép Lam Khê", "2", "Công ty TNHH Gạch Vân Trì",
             "3", "Hợp tác xã Chè Tân An"]
    article = clean(_page(LEAD, SECOND, *table))
    assert all(cell in article.body.split("\n\n") for cell in table[3::2])


@pytest.mark.parametrize(("line", "section"), [
    ("Văn hóa - Xã hội", True), ("VĂN HÓA - THỂ THAO", True), ("Tin tức | Giáo dục", True), ("Thời sự", True),
    ("Kinh tế, xã hội", True), ("Khoa học và Công nghệ", True),
    # a headline that names a section's words among others is no section label
    ("Hội thi văn hóa dân gian huyện Vân Trì", False), ("Kinh tế tỉnh Lam Khê tăng trưởng 7%", False),
])
def test_a_line_of_site_sections_is_marked_for_the_models(line: str, section: bool) -> None:
    """Found on real pages: the section's label above an article (`Văn hóa - Xã hội`) was taken
    for its headline; the models now see such a line marked, whatever site prints it."""
    assert ("section" in lines.shape(line)) == section


@pytest.mark.parametrize("alone", ["²", "①", "³", "1" * 60, "9" * 5000, "٣", "１２"])
def test_a_digit_that_is_no_number_on_its_own_line_costs_no_page(alone: str) -> None:
    """A squared metre's `²` broken onto its own line, a circled number, a scrape's run of
    digits: `str.isdigit` called them numbers and `int` then stopped the page. A table's row
    number is a few decimal digits."""
    text = f"Tin vắn\nDiện tích sàn 120 m\n{alone}\nSáng 3/5, xã Tân An tổ chức hội nghị tổng kết công tác năm.\n"
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content=text))
    assert "xã Tân An tổ chức hội nghị" in article.body
    assert lines._table(["1", "Tên", alone, "2", "Ô", "3", "Ư"]) == set(range(0, 7))
