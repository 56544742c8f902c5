"""Titles parsed into positions (role, body, qualifiers), in the styles of state, Party,
National Assembly, local government, business, academic, army, police and diplomatic
news; and the positions of an article and of the corpus."""

from __future__ import annotations

import json

import pytest

from pipeline import positions
from pipeline.corpus import Positions
from pipeline.positions import Position

F, A, S = "former", "acting", "standing"

# (title, the article's province or None, [(role, body, qualifiers)])
TITLES = [
    # state
    ("Thủ tướng", None, [("Thủ tướng", None, ())]),
    ("Phó Thủ tướng", None, [("Phó Thủ tướng", None, ())]),
    ("Phó Thủ tướng Thường trực", None, [("Phó Thủ tướng", None, (S,))]),
    ("Chủ tịch nước", None, [("Chủ tịch nước", None, ())]),
    ("Phó Chủ tịch nước", None, [("Phó Chủ tịch nước", None, ())]),
    ("Bộ trưởng Bộ Y tế", None, [("Bộ trưởng", "Bộ Y tế", ())]),
    ("Bộ trưởng Bộ Tài nguyên và Môi trường", None, [("Bộ trưởng", "Bộ Tài nguyên và Môi trường", ())]),
    ("Thứ trưởng Bộ Giáo dục và Đào tạo", None, [("Thứ trưởng", "Bộ Giáo dục và Đào tạo", ())]),
    ("Thứ trưởng Thường trực Bộ Ngoại giao", None, [("Thứ trưởng", "Bộ Ngoại giao", (S,))]),
    ("Thứ trưởng", None, [("Thứ trưởng", None, ())]),
    ("Thống đốc Ngân hàng Nhà nước Việt Nam", None, [("Thống đốc", "Ngân hàng Nhà nước Việt Nam", ())]),
    ("Phó Thống đốc Ngân hàng Nhà nước", None, [("Phó Thống đốc", "Ngân hàng Nhà nước", ())]),
    ("Tổng Thanh tra Chính phủ", None, [("Tổng Thanh tra", "Chính phủ", ())]),
    ("Tổng Kiểm toán Nhà nước", None, [("Tổng Kiểm toán Nhà nước", None, ())]),
    ("Cục trưởng Cục Quản lý thị trường", None, [("Cục trưởng", "Cục Quản lý thị trường", ())]),
    ("Phó Cục trưởng Cục Hàng không Việt Nam", None, [("Phó Cục trưởng", "Cục Hàng không Việt Nam", ())]),
    ("Vụ trưởng Vụ Pháp chế", None, [("Vụ trưởng", "Vụ Pháp chế", ())]),
    ("Tổng cục trưởng Tổng cục Thống kê", None, [("Tổng cục trưởng", "Tổng cục Thống kê", ())]),
    ("Chánh Văn phòng Chính phủ", None, [("Chánh Văn phòng", "Chính phủ", ())]),
    ("Người phát ngôn Bộ Ngoại giao", None, [("Người phát ngôn", "Bộ Ngoại giao", ())]),
    # Party
    ("Tổng Bí thư", None, [("Tổng Bí thư", None, ())]),
    ("Ủy viên Bộ Chính trị", None, [("Ủy viên", "Bộ Chính trị", ())]),
    ("Ủy viên Trung ương Đảng", None, [("Ủy viên", "Trung ương Đảng", ())]),
    ("Ủy viên dự khuyết Trung ương Đảng", None, [("Ủy viên dự khuyết", "Trung ương Đảng", ())]),
    ("Bí thư Tỉnh ủy Thanh Hóa", None, [("Bí thư", "Tỉnh ủy Thanh Hóa", ())]),
    ("Phó Bí thư Thường trực Thành ủy", None, [("Phó Bí thư", "Thành ủy", (S,))]),
    ("Phó Bí thư Thành ủy Cần Thơ", None, [("Phó Bí thư", "Thành ủy Cần Thơ", ())]),
    ("Bí thư Huyện ủy Mường Tè", None, [("Bí thư", "Huyện ủy Mường Tè", ())]),
    ("Trưởng ban Tuyên giáo Trung ương", None, [("Trưởng ban", "Tuyên giáo Trung ương", ())]),
    ("Phó Trưởng ban Tổ chức Tỉnh ủy", None, [("Phó Trưởng ban", "Tổ chức Tỉnh ủy", ())]),
    ("Ủy viên Ban Thường vụ Tỉnh ủy", None, [("Ủy viên", "Ban Thường vụ Tỉnh ủy", ())]),
    ("Bí thư Chi bộ", None, [("Bí thư", "Chi bộ", ())]),
    # National Assembly and councils
    ("Phó Chủ tịch Quốc hội", None, [("Phó Chủ tịch", "Quốc hội", ())]),
    ("Chủ nhiệm Ủy ban Kinh tế của Quốc hội", None, [("Chủ nhiệm", "Ủy ban Kinh tế của Quốc hội", ())]),
    ("Đại biểu Quốc hội", None, [("Đại biểu Quốc hội", None, ())]),
    ("Trưởng đoàn ĐBQH tỉnh Lào Cai", None, [("Trưởng đoàn ĐBQH", "tỉnh Lào Cai", ())]),
    ("Chủ tịch HĐND tỉnh", "Nghệ An", [("Chủ tịch", "HĐND tỉnh Nghệ An", ())]),
    ("Phó Chủ tịch HĐND thành phố", "Đà Nẵng", [("Phó Chủ tịch", "HĐND thành phố Đà Nẵng", ())]),
    ("Phó Chủ tịch Thường trực HĐND tỉnh Gia Lai", None, [("Phó Chủ tịch", "HĐND tỉnh Gia Lai", (S,))]),
    # local government
    ("Chủ tịch UBND tỉnh", "Quảng Ninh", [("Chủ tịch", "UBND tỉnh Quảng Ninh", ())]),
    ("Chủ tịch UBND tỉnh Bắc Giang", None, [("Chủ tịch", "UBND tỉnh Bắc Giang", ())]),
    ("Phó Chủ tịch UBND thành phố", "Hải Phòng", [("Phó Chủ tịch", "UBND thành phố Hải Phòng", ())]),
    ("Phó Chủ tịch UBND TP", "Hà Nội", [("Phó Chủ tịch", "UBND TP Hà Nội", ())]),
    # "thành phố" in a province's article is a city inside it, left as written
    ("Chủ tịch UBND thành phố", "Nghệ An", [("Chủ tịch", "UBND thành phố", ())]),
    # "tỉnh" in a central city's article is left as written
    ("Phó Chủ tịch UBND tỉnh", "Hà Nội", [("Phó Chủ tịch", "UBND tỉnh", ())]),
    ("Phó Chủ tịch Thường trực UBND tỉnh", "Bình Định", [("Phó Chủ tịch", "UBND tỉnh Bình Định", (S,))]),
    ("Chủ tịch UBND huyện Lộc Hà", "Hà Tĩnh", [("Chủ tịch", "UBND huyện Lộc Hà", ())]),
    ("Chủ tịch UBND xã Tân Lập", None, [("Chủ tịch", "UBND xã Tân Lập", ())]),
    ("Chủ tịch xã", None, [("Chủ tịch", "xã", ())]),
    ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Lạng Sơn", [("Chủ tịch", "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn", ())]),
    ("Giám đốc Sở Y tế tỉnh Nghệ An", None, [("Giám đốc", "Sở Y tế tỉnh Nghệ An", ())]),
    ("Phó Giám đốc Sở Giáo dục và Đào tạo", None, [("Phó Giám đốc", "Sở Giáo dục và Đào tạo", ())]),
    ("Giám đốc Sở GD-ĐT", None, [("Giám đốc", "Sở GD-ĐT", ())]),
    ("Trưởng phòng Giáo dục huyện Quỳ Hợp", None, [("Trưởng phòng", "Giáo dục huyện Quỳ Hợp", ())]),
    ("Trưởng thôn", None, [("Trưởng thôn", None, ())]),
    ("Trưởng bản", None, [("Trưởng bản", None, ())]),
    # qualifiers
    ("nguyên Bộ trưởng Bộ Công Thương", None, [("Bộ trưởng", "Bộ Công Thương", (F,))]),
    ("cựu Chủ tịch UBND tỉnh Đồng Nai", None, [("Chủ tịch", "UBND tỉnh Đồng Nai", (F,))]),
    ("Quyền Giám đốc Sở Tài chính", None, [("Giám đốc", "Sở Tài chính", (A,))]),
    ("quyền Chủ tịch UBND huyện", None, [("Chủ tịch", "UBND huyện", (A,))]),
    ("nguyên Phó Bí thư Thường trực Tỉnh ủy", None, [("Phó Bí thư", "Tỉnh ủy", (F, S))]),
    ("Nguyên Thứ trưởng Bộ Nội vụ", None, [("Thứ trưởng", "Bộ Nội vụ", (F,))]),
    # chains
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "Ninh Bình",
     [("Ủy viên", "Trung ương Đảng", ()), ("Bí thư", "Tỉnh ủy", ()), ("Chủ tịch", "HĐND tỉnh Ninh Bình", ())]),
    ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", None,
     [("Ủy viên", "Bộ Chính trị", ()), ("Bí thư", "Thành ủy Hà Nội", ())]),
    ("Phó Bí thư Tỉnh ủy kiêm Chủ tịch UBND tỉnh", "Cà Mau",
     [("Phó Bí thư", "Tỉnh ủy", ()), ("Chủ tịch", "UBND tỉnh Cà Mau", ())]),
    ("Bí thư Đảng ủy và Giám đốc Bệnh viện Bạch Mai", None,
     [("Bí thư", "Đảng ủy", ()), ("Giám đốc", "Bệnh viện Bạch Mai", ())]),
    ("Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", None,  # "và" inside a body's name
     [("Chủ tịch", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", ())]),
    # business
    ("Tổng Giám đốc Tập đoàn Điện lực Việt Nam", None, [("Tổng Giám đốc", "Tập đoàn Điện lực Việt Nam", ())]),
    ("Phó Tổng Giám đốc Vietcombank", None, [("Phó Tổng Giám đốc", "Vietcombank", ())]),
    ("Chủ tịch HĐQT Tập đoàn Hòa Phát", None, [("Chủ tịch HĐQT", "Tập đoàn Hòa Phát", ())]),
    ("Giám đốc điều hành Công ty Cổ phần FPT", None, [("Giám đốc điều hành", "Công ty Cổ phần FPT", ())]),
    ("Kế toán trưởng", None, [("Kế toán trưởng", None, ())]),
    ("Nhà sáng lập", None, [("Nhà sáng lập", None, ())]),
    # academia, press, health
    ("Hiệu trưởng Trường Đại học Bách khoa Hà Nội", None, [("Hiệu trưởng", "Trường Đại học Bách khoa Hà Nội", ())]),
    ("Phó Hiệu trưởng Trường THPT Chu Văn An", None, [("Phó Hiệu trưởng", "Trường THPT Chu Văn An", ())]),
    ("Viện trưởng Viện Toán học", None, [("Viện trưởng", "Viện Toán học", ())]),
    ("Trưởng khoa Cấp cứu", None, [("Trưởng khoa", "Cấp cứu", ())]),
    ("Tổng Biên tập Báo Nhân Dân", None, [("Tổng Biên tập", "Báo Nhân Dân", ())]),
    ("Phó Tổng Biên tập", None, [("Phó Tổng Biên tập", None, ())]),
    ("Giám đốc Bệnh viện Chợ Rẫy", None, [("Giám đốc", "Bệnh viện Chợ Rẫy", ())]),
    # army, police
    ("Tư lệnh Quân khu 7", None, [("Tư lệnh", "Quân khu 7", ())]),
    ("Phó Tư lệnh Quân chủng Hải quân", None, [("Phó Tư lệnh", "Quân chủng Hải quân", ())]),
    ("Chính ủy Bộ đội Biên phòng tỉnh", "Quảng Trị", [("Chính ủy", "Bộ đội Biên phòng tỉnh Quảng Trị", ())]),
    ("Trưởng Công an huyện Krông Pắc", None, [("Trưởng Công an", "huyện Krông Pắc", ())]),
    ("Đại tá", None, [("Đại tá", None, ())]),
    # diplomacy
    ("Đại sứ", None, [("Đại sứ", None, ())]),
    ("Đại sứ Việt Nam tại Nhật Bản", None, [("Đại sứ", "Việt Nam tại Nhật Bản", ())]),
    ("Tổng Lãnh sự Liên bang Nga", None, [("Tổng Lãnh sự", "Liên bang Nga", ())]),
    ("Trưởng đại diện", None, [("Trưởng đại diện", None, ())]),
]


@pytest.mark.parametrize(("title", "province", "expected"), TITLES, ids=[t[0] for t in TITLES])
def test_a_title_parses_into_role_body_and_qualifiers(title, province, expected):
    assert positions.parse(title, province) == [Position(*e) for e in expected]


def test_there_are_eighty_titles_or_more():
    assert len(TITLES) >= 80


@pytest.mark.parametrize("title", ["phóng viên", "người dân", "Hà Nội"])
def test_no_position_from_what_is_no_title(title):
    assert positions.parse(title) == []


@pytest.mark.parametrize(("title", "locations", "province"), [
    ("Hải Phòng được vinh danh tại Lễ trao giải", [{"name": "Hà Nội"}, {"name": "Hải Phòng"}], "Hải Phòng"),
    ("Khai mạc hội chợ", [{"name": "Gia Lai"}, {"name": "Việt Nam"}], "Gia Lai"),
    ("Khai mạc hội chợ", [{"name": "Gia Lai"}, {"name": "Kon Tum"}], None),  # two provinces: none filled
])
def test_the_article_s_province_is_the_headline_s_else_the_only_one(title, locations, province):
    assert positions.article_province(title, locations) == province


def test_the_body_is_the_organisations_table_s_name():
    class Mention:
        def __init__(self, start, end, titles):
            self.start, self.end = start, end
            self.value = type("V", (), {"titles": titles})()

    people = [{"name": "Lê Văn Tám", "mentions": [{"start": 10, "end": 20}, {"start": 50, "end": 60}]}]
    organisations = [{"name": "Ủy ban nhân dân tỉnh Bình Định", "aliases": ["UBND tỉnh Bình Định"]}]
    spans = [Mention(10, 20, ("Chủ tịch UBND tỉnh",)), Mention(50, 60, ("nguyên Chủ tịch UBND tỉnh",))]
    found = positions.positions("Bình Định đón khách", people, organisations, [{"name": "Bình Định"}], spans)
    assert found == [{"person": "Lê Văn Tám", "role": "Chủ tịch", "body": "Ủy ban nhân dân tỉnh Bình Định",
                      "qualifiers": ["former"], "start": 10, "end": 20}]


def test_the_corpus_keeps_the_first_and_last_dates_a_post_was_seen():
    table = Positions()
    for rid, published, dates in (("a", "2023-03-01", []), ("b", None, [{"value": "2024-11-20"}, {"value": "2024"}]),
                                  ("c", None, [])):
        table.add({"id": rid, "published": published, "dates": dates,
                   "positions": [{"person": "Trần Văn Bình", "role": "Giám đốc", "body": "Sở Y tế tỉnh Nghệ An",
                                  "qualifiers": []}]})
    [row] = table.rows()
    assert (row["first_seen"], row["last_seen"], row["articles"]) == ("2023-03-01", "2024-11-20", 3)
    assert json.dumps(row, ensure_ascii=False)


def test_the_roles_a_title_opens_with_are_found_by_its_words_as_by_trying_every_role() -> None:
    """Each title of the lexicon, alone, run on into a body, or cut to its first words: the
    roles it opens with, longest first, are those a scan of every role finds."""
    roles = sorted(positions._grammar().written, key=len, reverse=True)
    keys = []
    for role in roles:
        words = role.split()
        keys += [role, f"{role} uy ban nhan dan tinh", f"{role}  x", " ".join(words[:-1]), f"{role}x y"]
    for key in keys:
        expected = [r for r in roles if key == r or key.startswith(f"{r} ")]
        assert list(positions._roles_opening(key)) == expected, key
