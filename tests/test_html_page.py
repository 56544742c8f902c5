"""A whole HTML page as news sites lay them out (menu, breadcrumb, sapo, figure with
caption, author line, tags, share buttons, related news, comments, footer), written for
these tests: fragments that must and must not reach the body and the tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.export import article_record
from pipeline.load import iter_pages
from pipeline.worker import process

PAGE = Path(__file__).parent / "pages" / "trao-giai.html"


@pytest.fixture(scope="module")
def record() -> dict:
    [page] = iter_pages(PAGE)
    return article_record(process(page))


@pytest.mark.parametrize("fragment", [
    "Tối 11/10, tại Hà Nội, tỉnh Bắc Ninh vinh dự nhận giải thưởng",
    "Phó Chủ tịch UBND tỉnh Đào Quang Khải nhận giải thưởng.",  # the caption stays, its credit goes
    "tỉnh đầu tư khoảng 1.200 tỷ đồng cho hạ tầng số.",
])
def test_body_keeps(record, fragment):
    assert fragment in record["body"]


@pytest.mark.parametrize("fragment", [
    "Trang chủ", "Chính trị", "Tin liên quan", "Hà Nội dẫn đầu", "Trao giải cuộc thi sáng tạo trẻ", "Bình luận",
    "Rất tự hào", "Giấy phép", "Chia sẻ", "Tags", "Minh Hà", "Ảnh: Thanh Hương", "12/10/2024 - 09:30",
])
def test_body_drops(record, fragment):
    assert fragment not in record["body"]


def test_fields(record):
    assert record["title"] == "Bắc Ninh nhận giải thưởng chuyển đổi số năm 2024"
    assert record["published"] == "2024-10-12"
    assert record["authors"] == ["Minh Hà"]
    assert record["photographers"] == ["Thanh Hương"]
    assert {p["name"] for p in record["people"]} == {"Đào Quang Khải", "Nguyễn Văn Anh"}
    [award] = record["awards"]
    assert award["name"] == "Giải thưởng Chuyển đổi số Việt Nam" and award["year"] == 2024
    bac_ninh = {"name": "Bắc Ninh", "kind": "location", "work": None}
    assert award["recipients"] == [bac_ninh]  # "Ban Tổ chức nhận được hơn 600 hồ sơ" wins nothing
    assert award["categories"] == [{"name": "Địa phương chuyển đổi số xuất sắc", "count": 10,
                                    "recipients": [bac_ninh], "aliases": []}]
    assert award["organisers"] == ["Hội Truyền thông số Việt Nam"]
    assert award["patrons"] == ["Bộ Thông tin và Truyền thông"]
    assert "2024-10-10" not in [d["value"] for d in record["dates"]]  # the related box's date
