"""Twelve whole ceremony pages, invented in the forms result pages use (a literature
contest, a press prize with dashed winner lines, a sports championship, a provincial
commendation meeting, television awards, a science prize, a business ranking, two
start-up contests on one page, a photo contest with authors and their home towns, a
national exam's prizes to pupils of a school, a certificate given to companies that the
page counts and names some of, a sports meet with each event's results in bare level
words), run through the CLI: every award, category, count and recipient, and the corpus
table they make together."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from test_end_to_end import vnnews

PAGES = Path(__file__).parent / "pages" / "ceremonies"

# page -> {award name: {category: (count, [(recipient, work)])}}
EXPECTED: dict[str, dict[str | None, dict[str, tuple[int | None, list[tuple[str, str | None]]]]]] = {
    "c1-van-hoc": {"Đất và người Tây Bắc": {
        "Giải nhất": (1, [("Lò Thị Hương", "Mùa hoa ban muộn")]),
        "Giải nhì": (2, [("Cầm Văn Thịnh", "Bếp lửa nhà sàn"), ("Mai Hạ", "Sương giăng, gió thổi")]),
        "Giải ba": (2, [("Quàng Văn Tươi", "Con dốc đá"), ("Đỗ Thị Lan Anh", "Người gác rừng")]),
        "Giải khuyến khích": (3, []),
    }},
    "c2-bao-chi": {"Giải Báo chí Hải Đăng": {
        "Giải A": (None, [("Nguyễn Văn Hải", "Giữ rừng ngập mặn"), ("Trần Thị Thu", "Giữ rừng ngập mặn"),
                          ("Lê Minh Quân", "Đêm trắng trên biển")]),
        "Giải B": (None, [("Phạm Hồng Sơn", "Ngư dân bám biển")]),
        "Giải C": (6, []),
    }},
    "c3-the-thao": {"Giải vô địch trẻ Judo toàn quốc": {
        # the delegation whose gold medals its fighters won is a winner too (ANNOTATION.md: a
        # provincial delegation is the place); the learned winners classifier reads it, and gives
        # each name the one category it most likely won (the fighter: his weight class)
        "Huy chương vàng": (9, [("Đội tuyển Judo trẻ Hà Nội", None), ("Quảng Ninh", None)]),
        "Huy chương bạc": (5, [("Đội tuyển Judo trẻ Hà Nội", None), ("Trần Quốc Bảo", None)]),
        "Huy chương đồng": (7, [("Đội tuyển Judo trẻ Hà Nội", None)]),
        "Toàn đoàn": (None, [("Đội tuyển Judo trẻ Hà Nội", None)]),
        "55kg nam nhóm 2": (None, [("Phạm Văn Tùng", None)]),
        "48kg nữ nhóm 1": (None, [("Lê Thị Hồng", None)]),
        "60kg nam nhóm 2": (None, [("Trần Quốc Bảo", None)]),
    }},
    "c4-khen-thuong": {
        "Huân chương Lao động": {  # the order is the award, its class the category (ANNOTATION.md)
            "Huân chương Lao động hạng Ba": (None, [("Công ty Cổ phần Cao su Đồng Phú", None)])},
        "Bằng khen của Chủ tịch UBND tỉnh Bình Phước": {"Bằng khen của Chủ tịch UBND tỉnh Bình Phước": (None, [])},
        "Cờ thi đua của Chính phủ": {"Cờ thi đua của Chính phủ": (None, [("Trường THPT Chuyên Quang Trung", None)])},
    },
    "c5-truyen-hinh": {"Giải thưởng Ngôi Sao Xanh": {
        "Phim truyền hình được yêu thích nhất": (None, [("Công ty Cổ phần Truyền thông Sóng Mới", None)]),
        "Đạo diễn xuất sắc": (None, [("Vũ Trường Khoa", None)]),
        "Nam diễn viên triển vọng": (None, [("Quang Anh", None)]),
        "Nữ diễn viên triển vọng": (None, [("Thu Trang", None)]),
    }},
    "c6-khoa-hoc": {"Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam": {
        "Y dược": (4, []),
        "Công nghệ thông tin": (None, []),
        "Giải nhất": (None, [("Nguyễn Thị Lan", "Quy trình sản xuất vắc xin cúm mùa"),
                             ("Đặng Văn Hòa", "Quy trình sản xuất vắc xin cúm mùa")]),
        "Giải nhì": (None, [("Viện Công nghệ Sinh học", None)]),
    }},
    "c7-doanh-nghiep": {"Giải thưởng Doanh nghiệp Xanh": {
        "Top 3 Doanh nghiệp tiêu biểu ngành chế biến": (3, [
            ("Công ty Cổ phần Thực phẩm Sông Vàm", None), ("Công ty TNHH Gạo Đức Hòa", None),
            ("Công ty Cổ phần Nông sản Bến Lức", None)]),
        "Top 2 Doanh nghiệp tiêu biểu ngành logistics": (2, [
            ("Công ty Cổ phần Cảng Long An", None), ("Công ty TNHH Kho vận Tân An", None)]),
    }},
    "c9-anh-nghe-thuat": {"Sắc màu Lam Khê": {  # a home town in brackets is where the author is from
        "Giải nhất": (None, [("Trần Văn Lộc", "Mùa nước nổi")]),
        "Giải nhì": (2, [("Lý Thị Mai", "Chợ phiên"), ("Đinh Quốc Huy", "Bến đò chiều")]),
        "Giải ba": (3, []),
        "Giải khuyến khích": (9, []),
    }},
    "c10-hoc-sinh-gioi": {"kỳ thi chọn học sinh giỏi quốc gia": {  # the school is the pupil's, no winner
        "Giải nhất": (None, [("Nguyễn Minh Khoa", None)]),
        "Giải nhì": (None, [("Hồ Thị Ngọc Ánh", None)]),
        "Giải ba": (4, []),
        "Giải khuyến khích": (6, []),
    }},
    "c11-hang-chat-luong": {"Hàng Việt Nam chất lượng cao": {}},
    "c12-hoi-thao": {"Hội thao nông dân huyện Vân Trì": {  # every placed team wins its event
        "Kéo co": (None, [("Tân An", None), ("Lam Sơn", None), ("Phú Lộc", None)]),
        "Bóng chuyền nam": (None, [("Phú Lộc", None), ("Tân An", None), ("Hòa Mỹ", None)]),
    }},
    "c8-khoi-nghiep": {
        "Giải thưởng Khởi nghiệp Sinh viên Miền Trung": {
            "Giải nhất": (None, [("Trường Đại học Bách khoa Đà Nẵng", None)])},
        "Giải thưởng Ý tưởng Trẻ Sông Hàn": {"Giải nhất": (None, [("Trường Đại học Kinh tế Đà Nẵng", None)])},
    },
}


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ceremonies")
    result = vnnews("run", str(PAGES), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_every_award_category_count_and_recipient(out, page):
    record = json.loads((out / "json" / f"{page}.json").read_text(encoding="utf-8"))
    found = {a["name"]: {c["name"]: (c["count"], [(r["name"], r["work"]) for r in c["recipients"]])
                         for c in a["categories"]} for a in record["awards"]}
    assert found == EXPECTED[page]


def test_winners_counted_then_named_some_are_the_award_s():
    """`12 doanh nghiệp được trao chứng nhận, trong đó có A và B`: A and B won it."""
    record = json.loads(vnnews("extract", str(PAGES / "c11-hang-chat-luong.txt")).stdout)
    [award] = record["awards"]
    assert (award["year"], [r["name"] for r in award["recipients"]]) == (
        2024, ["Công ty Cổ phần Thủy sản Vân Trì", "Công ty TNHH Dệt may Lam Sơn"])


def test_the_corpus_table_holds_every_award_of_the_pages(out):
    with (out / "corpus" / "awards.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["award"] for r in rows} == {name for awards in EXPECTED.values() for name in awards}
    winners = {(r["category"], r["recipient"], r["work"]) for r in rows if r["recipient"]}
    assert ("Giải nhì", "Mai Hạ", "Sương giăng, gió thổi") in winners
    assert ("Nữ diễn viên triển vọng", "Thu Trang", "") in winners
