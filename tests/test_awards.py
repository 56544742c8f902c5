"""Awards, categories, counts and recipients in the styles of many ceremonies."""

from __future__ import annotations

import pytest
import regex
from conftest import analyse
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors import award_names, awards, extract, sport_events
from pipeline.extractors.awards import canonical_category
from pipeline.extractors.categories import Cat
from pipeline.model import Article
from pipeline.names import is_cut_short
from pipeline.tokenise import tokenise

# (text, award name or None, year, {category: (count, recipients)})
CASES: list[tuple[str, str | None, int | None, dict[str, tuple[int | None, list[str]]]]] = [
    # the seed ceremony, written the ways other sites write it
    ("Chiều 27/5, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức Lễ trao giải “TOP Công nghiệp 4.0 "
     "Việt Nam – I4.0 Awards” năm 2023. Chương trình có 4 hạng mục trao giải: Top doanh nghiệp công nghiệp 4.0; "
     "top tổ chức/doanh nghiệp khoa học-công nghệ và đổi mới sáng tạo; top doanh nghiệp có sản phẩm số thông minh; "
     "top tổ chức/địa phương tiêu biểu chủ động thực hiện CMCN 4.0 và CĐS.",
     "TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards", 2023,
     {"Top doanh nghiệp công nghiệp 4.0": (None, []),
      "Top tổ chức/doanh nghiệp khoa học-công nghệ và đổi mới sáng tạo": (None, []),
      "Top doanh nghiệp có sản phẩm số thông minh": (None, []),
      "Top tổ chức/địa phương tiêu biểu chủ động thực hiện cách mạng công nghiệp 4.0 và chuyển đổi số": (None, [])}),
    ("Cụ thể: 8 đơn vị tại hạng mục “Top doanh nghiệp công nghiệp 4.0”; 25 đơn vị tại hạng mục “Top tổ chức "
     "khoa học-công nghệ”.", None, None,
     {"Top doanh nghiệp công nghiệp 4.0": (8, []), "Top tổ chức khoa học-công nghệ": (25, [])}),
    ("Theo danh sách công bố, tỉnh Bắc Giang là 1 trong 7 tổ chức/địa phương được trao giải tại hạng mục “Top tổ "
     "chức/địa phương tiêu biểu chủ động thực hiện cách mạng công nghiệp 4.0 và CĐS”.", None, None,
     {"Top tổ chức/địa phương tiêu biểu chủ động thực hiện cách mạng công nghiệp 4.0 và chuyển đổi số":
      (7, ["Bắc Giang"])}),
    ("Năm nay, tỉnh Quảng Ninh là 1 trong 5 địa phương được trao giải tại hạng mục “Top địa phương có chỉ số CĐS "
     "tốt nhất”.", None, None,
     {"Top địa phương có chỉ số chuyển đổi số tốt nhất": (5, ["Quảng Ninh"])}),
    ("Tập đoàn Viettel được vinh danh tại hạng mục “Doanh nghiệp chuyển đổi số xuất sắc”.", None, None,
     {"Doanh nghiệp chuyển đổi số xuất sắc": (None, ["Tập đoàn Viettel"])}),
    ("Công ty Cổ phần MISA nhận giải tại hạng mục “Phần mềm quản trị doanh nghiệp”.", None, None,
     {"Phần mềm quản trị doanh nghiệp": (None, ["Công ty Cổ phần MISA"])}),
    ("Ở hạng mục Top doanh nghiệp KH&CN, có 12 đơn vị được vinh danh.", None, None,
     {"Top doanh nghiệp khoa học và công nghệ": (12, [])}),
    ("Giải thưởng năm nay có 3 hạng mục: Sản phẩm số xuất sắc; Giải pháp số tiêu biểu; Doanh nghiệp số tiêu biểu.",
     None, None,
     {"Sản phẩm số xuất sắc": (None, []), "Giải pháp số tiêu biểu": (None, []),
      "Doanh nghiệp số tiêu biểu": (None, [])}),
    # the list written with commas and a last `và`, as many items as its count
    ("Giải năm nay xét ở 4 hạng mục: Phim tài liệu, Phim hoạt hình, Phóng sự điều tra và Chương trình thiếu nhi.",
     None, None,
     {"Phim tài liệu": (None, []), "Phim hoạt hình": (None, []), "Phóng sự điều tra": (None, []),
      "Chương trình thiếu nhi": (None, [])}),
    ("Năm nay có 3 hạng mục là: Bài hát của năm, Album của năm và Ca sĩ của năm.", None, None,
     {"Bài hát của năm": (None, []), "Album của năm": (None, []), "Ca sĩ của năm": (None, [])}),
    ("Hạng mục “Tốp doanh nghiệp xanh” có 10 doanh nghiệp đạt giải.", None, None,
     {"Top doanh nghiệp xanh": (10, [])}),
    ("Lãnh đạo Sở Thông tin và Truyền thông nhận Giải tại hạng mục TOP tổ chức/địa phương tiêu biểu. Ảnh: CTV.",
     None, None, {"Top tổ chức/địa phương tiêu biểu": (None, [])}),  # a representative is not the recipient
    # press awards: prize levels with counts
    ("Tối 21/6, Lễ trao Giải Báo chí quốc gia lần thứ XVIII, năm 2023 đã diễn ra trang trọng tại Hà Nội.",
     "Giải Báo chí quốc gia", 2023, {}),
    ("Hội đồng Giải đã lựa chọn được 10 giải A, 26 giải B, 45 giải C và 41 giải Khuyến khích để trao Giải Báo chí "
     "quốc gia lần thứ XVIII.", "Giải Báo chí quốc gia", None,
     {"Giải A": (10, []), "Giải B": (26, []), "Giải C": (45, []), "Giải khuyến khích": (41, [])}),
    ("Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích cho các tác giả.", None, None,
     {"Giải nhất": (1, []), "Giải nhì": (2, []), "Giải ba": (3, []), "Giải khuyến khích": (5, [])}),
    ("Cuộc thi “Đại sứ Văn hóa đọc” năm 2024 trao 1 giải Đặc biệt và 3 giải Nhất.", "Đại sứ Văn hóa đọc", 2024,
     {"Giải đặc biệt": (1, []), "Giải nhất": (3, [])}),
    ("Trường Đại học Bách khoa Hà Nội đoạt giải Nhất cuộc thi lập trình.", "cuộc thi lập trình", None,
     {"Giải nhất": (None, ["Trường Đại học Bách khoa Hà Nội"])}),
    ("Giải Nhất thuộc về Trường THPT Chuyên Bắc Giang.", None, None,
     {"Giải nhất": (None, ["Trường THPT Chuyên Bắc Giang"])}),
    # medals
    ("Đội tuyển Việt Nam giành 3 huy chương vàng, 2 huy chương bạc và 1 huy chương đồng.", None, None,
     {"Huy chương vàng": (3, ["Đội tuyển Việt Nam"]), "Huy chương bạc": (2, ["Đội tuyển Việt Nam"]),
      "Huy chương đồng": (1, ["Đội tuyển Việt Nam"])}),
    ("Em Vũ Đức Minh, học sinh lớp 12, đạt huy chương vàng Olympic Toán quốc tế.", None, None,
     {"Huy chương vàng": (None, ["Vũ Đức Minh"])}),
    # named awards without categories
    ("Giải thưởng Sao Khuê 2024 vinh danh 180 sản phẩm, giải pháp.", "Giải thưởng Sao Khuê", 2024, {}),
    ("Giải thưởng Khoa học và Công nghệ Việt Nam năm 2022 được trao cho 5 công trình.",
     "Giải thưởng Khoa học và Công nghệ Việt Nam", 2022, {}),
    ("Bệnh viện Bạch Mai nhận giải thưởng “Bệnh viện xanh” năm 2022.", "Bệnh viện xanh", 2022, {}),
    ("Lễ trao giải “Thương hiệu mạnh Việt Nam” năm 2023 diễn ra tối 12/12.", "Thương hiệu mạnh Việt Nam", 2023, {}),
    ("Sản phẩm của công ty được trao Danh hiệu Sao Khuê 2024.", "Danh hiệu Sao Khuê", 2024, {}),
    ("Công ty Cổ phần Cấp nước Hải Phòng được trao giải TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards.",
     "TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards", None, {}),
    # no award at all
    ("Năm 2023, giải thưởng được trao cho 100 doanh nghiệp.", None, None, {}),
    ("Hải Phòng được vinh danh là địa phương tiêu biểu.", None, None, {}),
    ("Hội nghị tổng kết công tác năm 2023 diễn ra sáng nay.", None, None, {}),
    ("Danh hiệu Tập thể Lao động xuất sắc: 280 tập thể; Chiến sĩ thi đua cấp tỉnh: 60 cá nhân.", None, None, {}),
    # the winners counted before the verb of winning (Tuổi Trẻ writing contest)
    ("Mười bài viết đoạt giải nhất, mỗi giải được trao thưởng 10 triệu đồng. 15 bài viết đoạt giải nhì.",
     None, None, {"Giải nhất": (10, []), "Giải nhì": (15, [])}),
    ("Tại Hội khỏe Phù Đổng, 20 em giành huy chương vàng.", "Hội khỏe Phù Đổng", None, {"Huy chương vàng": (20, [])}),
    # a long unquoted name ends at its year, a short one at the verb after it (VOV, SGGP pages)
    ("Ngày 17-1, Trung ương Đoàn đã tổ chức lễ trao Giải Báo chí toàn quốc về công tác Đoàn và phong trào "
     "thanh thiếu nhi năm 2023.", "Giải Báo chí toàn quốc về công tác Đoàn và phong trào thanh thiếu nhi", 2023, {}),
    ("Ngày 17-6, tại Hà Nội, Hội đồng Giải Báo chí quốc gia họp báo công bố kết quả Giải Báo chí quốc gia lần thứ "
     "7 năm 2012.", "Giải Báo chí quốc gia", 2012, {}),
]


def _award(text: str):
    awards = analyse(text).of("award")
    assert len(awards) <= 1
    return awards[0].value if awards else None


@pytest.mark.parametrize(("text", "name", "year", "categories"), CASES, ids=[c[0][:40] for c in CASES])
def test_awards(text, name, year, categories):
    award = _award(text)
    if award is None:
        assert name is None and not categories
        return
    assert award.name == name
    assert award.year == year
    found = {c.name: (c.count, [r.name for r in c.recipients]) for c in award.categories}
    assert found == categories


def test_award_level_recipients_and_organisers():
    award = _award("Chiều 27/5, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam phối hợp Hội Tự động hóa Việt Nam "
                   "tổ chức Lễ trao giải “TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards” năm 2023. Sự kiện dưới sự bảo "
                   "trợ của Bộ Công Thương, Bộ Khoa học và Công nghệ. Công ty Cổ phần Cấp nước Hải Phòng được trao "
                   "giải TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards.")
    assert [r.name for r in award.recipients] == ["Công ty Cổ phần Cấp nước Hải Phòng"]
    assert award.organisers == ("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Hội Tự động hóa Việt Nam")
    assert award.patrons == ("Bộ Công Thương", "Bộ Khoa học và Công nghệ")


def test_shortened_category_is_the_full_one():
    award = _award("Chương trình có hạng mục “Top tổ chức/địa phương tiêu biểu chủ động thực hiện cách mạng công "
                   "nghiệp 4.0 và chuyển đổi số”. Cùng 7 đơn vị tại hạng mục “Top tổ chức/địa phương tiêu biểu chủ "
                   "động thực hiện cách mạng công nghiệp 4.0”.")
    [category] = award.categories
    assert category.count == 7
    assert category.name.endswith("và chuyển đổi số")


@pytest.mark.parametrize(("written", "canonical"), [
    ("TOP tổ chức/địa phương tiêu biểu chủ động thực hiện CMCN 4.0 và CĐS",
     "Top tổ chức/địa phương tiêu biểu chủ động thực hiện cách mạng công nghiệp 4.0 và chuyển đổi số"),
    ("Tốp doanh nghiệp KH&CN", "Top doanh nghiệp khoa học và công nghệ"),
    ("top doanh nghiệp công nghiệp 4.0", "Top doanh nghiệp công nghiệp 4.0"),
    ("“Doanh nghiệp xanh”.", "Doanh nghiệp xanh"),
    ("giải Nhất", "Giải nhất"),
    ("Huy chương Vàng", "Huy chương vàng"),
])
def test_canonical_category(written, canonical):
    assert canonical_category(written) == canonical


def test_recipient_named_in_the_headline():
    article = Article("t", "t.txt", "Tỉnh Lào Cai được vinh danh tại Giải thưởng Chuyển đổi số Việt Nam",
                      "Tối 5/12, Lễ trao Giải thưởng Chuyển đổi số Việt Nam năm 2024 diễn ra tại Hà Nội.")
    [award] = extract(tokenise(article)).of("award")
    assert award.value.name == "Giải thưởng Chuyển đổi số Việt Nam"
    assert [r.name for r in award.value.recipients] == ["Lào Cai"]


def test_a_category_name_ends_before_a_comma_and_a_number():
    award = _award("Ở hạng mục Sản phẩm công nghệ số xuất sắc, 3 sản phẩm của Viettel và FPT được xướng tên.")
    assert [c.name for c in award.categories] == ["Sản phẩm công nghệ số xuất sắc"]


@pytest.mark.parametrize(("text", "categories"), [
    ("Cuộc thi xét chọn theo 3 hạng mục:\n\nSản phẩm số xuất sắc với các tiêu chí: tính sáng tạo, hiệu quả.\n\n"
     "Doanh nghiệp chuyển đổi số tiêu biểu với các tiêu chí chính: quy mô và tác động.\n\nĐịa phương số tiêu biểu.\n\n"
     "Lễ trao giải diễn ra tại Hà Nội.",
     {"Sản phẩm số xuất sắc", "Doanh nghiệp chuyển đổi số tiêu biểu", "Địa phương số tiêu biểu"}),
    ("Giải thưởng năm nay có 2 hạng mục:\n\nNhà báo trẻ triển vọng gồm các tiêu chí về tác phẩm.\n\n"
     "Ảnh báo chí xuất sắc.\n\nBan tổ chức đã nhận 400 tác phẩm.",
     {"Nhà báo trẻ triển vọng", "Ảnh báo chí xuất sắc"}),
    ("Giải thưởng Báo chí tỉnh được xét theo 2 hạng mục:\n\nTác phẩm phát thanh.\n\nTác phẩm truyền hình.",
     {"Tác phẩm phát thanh", "Tác phẩm truyền hình"}),
])
def test_categories_listed_one_a_paragraph_after_n_hang_muc(text, categories):
    assert {c.name for c in _award(text).categories} == categories


@pytest.mark.parametrize(("text", "categories"), [
    ("Hội đồng quyết định trao 60 Giải thưởng năm 2024. Trong số này có 12 nền tảng số, 40 giải pháp số xuất sắc "
     "và 8 dịch vụ công nghệ.", {"Nền tảng số": 12, "Giải pháp số xuất sắc": 40, "Dịch vụ công nghệ": 8}),
    ("Ban tổ chức trao 50 giải. Trong đó có 10 sản phẩm nông nghiệp, 25 sản phẩm công nghiệp và 15 dịch vụ du lịch.",
     {"Sản phẩm nông nghiệp": 10, "Sản phẩm công nghiệp": 25, "Dịch vụ du lịch": 15}),
    ("Năm nay có 30 danh hiệu được trao, bao gồm: 20 doanh nghiệp xanh, 10 hợp tác xã tiêu biểu.",
     {"Doanh nghiệp xanh": 20, "Hợp tác xã tiêu biểu": 10}),
    # a part's name with a bracket in it; the list closed by a bracket
    ("Hội đồng trao 9 giải thưởng. Trong số này có 4 ứng dụng (app) số, 5 giải pháp mở.",
     {"Ứng dụng (app) số": 4, "Giải pháp mở": 5}),
    ("Ban tổ chức trao 6 giải (trong đó có 2 nhóm sinh viên, 4 nhóm học sinh).",
     {"Nhóm sinh viên": 2, "Nhóm học sinh": 4}),
])
def test_categories_counted_first_as_the_parts_of_a_total_of_prizes(text, categories):
    assert {c.name: c.count for c in _award(text).categories} == categories


def test_counted_parts_of_a_total_that_is_no_prize_are_no_categories():
    award = _award("Giải thưởng Sao Mai nhận 300 hồ sơ. Trong đó có 120 hồ sơ từ Hà Nội và 180 hồ sơ từ TP HCM.")
    assert award is None or not award.categories


@pytest.mark.parametrize(("text", "categories"), [
    ("Liên hoan trao 5 giải A tác phẩm và 3 giải A cá nhân; ngoài ra có 7 giải B và 9 giải C cho các tác phẩm múa, "
     "4 giải B và 5 giải C cho các cá nhân.",
     {"Giải A tác phẩm": 5, "Giải A cá nhân": 3, "Giải B tác phẩm": 7, "Giải C tác phẩm": 9, "Giải B cá nhân": 4,
      "Giải C cá nhân": 5}),
    ("Hội đồng trao 2 giải Nhất cho tập thể, 3 giải Nhất cho cá nhân và 4 giải Nhì cho cá nhân.",
     {"Giải nhất tập thể": 2, "Giải nhất cá nhân": 3, "Giải nhì": 4}),
    ("Cuộc thi có 1 giải Đặc biệt tác phẩm, 2 giải Ba tác phẩm và 2 giải Ba tác giả.",
     {"Giải đặc biệt": 1, "Giải ba tác phẩm": 2, "Giải ba tác giả": 2}),
    # medals listed with commas before the strand they go to; a festival's items and programmes
    ("Hội diễn trao 6 Huy chương Vàng, 9 Huy chương Bạc cho các chương trình; 21 Huy chương Vàng và "
     "30 Huy chương Bạc cho các tiết mục.",
     {"Huy chương vàng chương trình": 6, "Huy chương bạc chương trình": 9, "Huy chương vàng tiết mục": 21,
      "Huy chương bạc tiết mục": 30}),
    ("Liên hoan trao 4 Huy chương Vàng cho các vở diễn và 12 Huy chương Vàng cho diễn viên.",
     {"Huy chương vàng vở diễn": 4, "Huy chương vàng diễn viên": 12}),
])
def test_one_award_s_levels_in_several_strands_are_several_categories(text, categories):
    """A level given in one strand only keeps its plain name (see the 'cho các tác giả' case above)."""
    assert {c.name: c.count for c in _award(text).categories} == categories


@pytest.mark.parametrize(("text", "name", "year"), [
    # a few words saying what kind of prize stand between the cue and the quoted name
    ("Tối qua diễn ra lễ trao giải ảnh nghệ thuật “Sắc màu Tây Nguyên 2024”.", "Sắc màu Tây Nguyên", 2024),
    ("Ban tổ chức công bố kết quả giải báo chí “Vì biển đảo quê hương”.", "Vì biển đảo quê hương", None),
    # festivals, contests and championships named without quotes
    ("Hội Nghệ sĩ Múa tổ chức Liên hoan Múa chuyên nghiệp toàn quốc lần thứ 5 năm 2021.",
     "Liên hoan Múa chuyên nghiệp toàn quốc", 2021),
    ("Giải vô địch trẻ Cờ tướng toàn quốc lần thứ 12 đã khép lại tại Bình Dương.",
     "Giải vô địch trẻ Cờ tướng toàn quốc", None),
    # an event that honours: the name after "Sự kiện/Chương trình/Lễ biểu dương"
    ("Sự kiện biểu dương Thương hiệu Vàng Nông nghiệp 2022 diễn ra tại Hà Nội.",
     "Thương hiệu Vàng Nông nghiệp", 2022),
])
def test_award_names_in_more_forms(text, name, year):
    award = _award(text)
    assert (award.name, award.year) == (name, year)


@pytest.mark.parametrize("text", [
    "UBND tỉnh biểu dương Công ty Cổ phần Sữa Ba Vì vì thành tích nộp thuế.",  # a body praised, no award
    "Giải Nhất thuộc về tác phẩm “Mùa gặt” của tác giả Lê Thu.",  # a work after a prize level
    # `hội thi đua` is an emulation's meeting (Đại hội thi đua yêu nước), no contest (found on a real page)
    "Đại hội thi đua yêu nước huyện Vân Trì lần thứ V đã biểu dương 20 tập thể.",
])
def test_no_award_name_where_a_body_or_a_work_is_named(text):
    award = _award(text)
    assert award is None or award.name is None


@pytest.mark.parametrize(("text", "titles"), [
    # best-of titles written with no `giải` before each, on a page that gives prizes
    ("Giải bóng chuyền huyện Lam Sơn năm 2024 đã bế mạc. Ban Tổ chức trao giải cho VĐV chuyền hai xuất sắc nhất, "
     "VĐV phòng thủ hay nhất và VĐV xuất sắc nhất.",
     {"VĐV chuyền hai xuất sắc nhất", "VĐV phòng thủ hay nhất", "VĐV xuất sắc nhất"}),
    ("Liên hoan phim tỉnh Lam Khê năm 2022 đã trao giải. Đạo diễn xuất sắc nhất dành cho Hà Minh Tú.",
     {"Đạo diễn xuất sắc nhất"}),
])
def test_a_best_of_title_that_opens_a_clause_or_a_list_item_is_a_category(text, titles):
    assert titles <= {c.name for c in _award(text).categories}


@pytest.mark.parametrize("text", [
    # praise without a superlative, and a superlative inside a clause, are no titles
    "Giải bóng chuyền huyện Lam Sơn năm 2024 đã bế mạc. Đội xã Tân An có thành tích xuất sắc nhất giải.",
    "Giải bóng chuyền huyện Lam Sơn năm 2024 đã bế mạc. Các đội thi đấu xuất sắc, trao 3 giải nhất.",
])
def test_no_best_of_title_inside_a_clause(text):
    award = _award(text)
    assert award is None or not any("xuất sắc" in c.name for c in award.categories)


@pytest.mark.parametrize(("text", "name"), [
    # a best title after `giải` is a prize of the award, not the award
    ("Liên hoan Sân khấu tỉnh Lam Khê năm 2021 bế mạc. Ban tổ chức trao giải Tác giả xuất sắc nhất cho "
     "Lê Văn Hòa và giải Nhạc sĩ xuất sắc nhất cho Đinh Văn Thu.", "Liên hoan Sân khấu tỉnh Lam Khê"),
    # an award's name is on its cue's line: `tại giải` ends a line, the next line is no name
    ("Giải bóng chuyền huyện Lam Sơn năm 2024 trao 3 giải nhất cho các VĐV xuất sắc tại giải\n\nNgoài ra, "
     "Ban Tổ chức còn trao cờ lưu niệm.", "Giải bóng chuyền huyện Lam Sơn"),
    # a verb or an auxiliary ends the event's name (found on real pages)
    ("Do mưa lớn, hội diễn văn nghệ phải tạm hoãn; sau đó giải nhất thuộc về đội xã Tân An.", "hội diễn văn nghệ"),
    ("Cuộc thi ảnh đẹp quê hương đang thu hút nhiều tác giả; giải nhất thuộc về Lê Văn Hòa.",
     "Cuộc thi ảnh đẹp quê hương"),
    # the committee after the award's word with no comma is the next clause's subject (found on real pages)
    ("Giải cầu lông công nhân viên chức huyện Lam Sơn năm 2024 đã bế mạc. Kết thúc giải Ban tổ chức đã trao "
     "giải nhất cho đội Công an huyện.", "Giải cầu lông công nhân viên chức huyện Lam Sơn"),
    ("Hội thi tiếng hát dân ca huyện Vân Trì năm 2023 diễn ra sôi nổi. Qua hội thi BTC trao giải nhất cho "
     "Nhóm Hoa Ban.", "Hội thi tiếng hát dân ca huyện Vân Trì"),
])
def test_the_award_is_not_named_by_one_of_its_prizes_or_by_the_next_line(text, name):
    assert [a.name for a in _awards_of(text)] == [name]


def _awards_of(text: str, title: str = "Tin trao giải") -> list:
    return [s.value for s in extract(tokenise(Article("t", "t.txt", title, text))).of("award")]


def test_two_awards_on_one_page_stay_apart_even_with_a_shared_category_name():
    awards = _awards_of(
        "Tối 9/11, Hội Nhà báo tỉnh trao Giải Báo chí Hoàng Văn Thụ lần thứ 8. Giải Nhất thuộc về nhà báo Lê Hồng "
        "Nhung.\n\n"
        "Cùng dịp, ban tổ chức trao Giải thưởng Văn học Nghệ thuật Xứ Lạng. Giải Nhất thuộc về nhà thơ Đinh Văn Tư.")
    found = {a.name: {c.name: [r.name for r in c.recipients] for c in a.categories} for a in awards}
    assert found == {"Giải Báo chí Hoàng Văn Thụ": {"Giải nhất": ["Lê Hồng Nhung"]},
                     "Giải thưởng Văn học Nghệ thuật Xứ Lạng": {"Giải nhất": ["Đinh Văn Tư"]}}


def test_an_award_mentioned_in_passing_takes_no_categories():
    awards = _awards_of("Trường từng nhận Giải thưởng Sao Khuê nhiều năm trước.\n\n"
                        "Năm nay, Giải thưởng Nhân tài Đất Việt có 3 giải Nhất và 5 giải Nhì.")
    assert {a.name: [c.name for c in a.categories] for a in awards} == {
        "Giải thưởng Nhân tài Đất Việt": ["Giải nhất", "Giải nhì"], "Giải thưởng Sao Khuê": []}


def test_the_award_the_headline_names_is_the_main_one():
    [award] = _awards_of("Công trình được đánh giá cao về giải pháp thiết kế xanh.",
                         title="Nhà ga Long Thành giành Giải thưởng lớn Kiến trúc Quốc gia lần thứ 17")
    assert award.name == "Kiến trúc Quốc gia"


def test_commendations_on_a_page_without_an_award_are_awards_of_their_own():
    awards = _awards_of("Giám đốc Sở Y tế tỉnh Bình Thuận đã trao tặng giấy khen cho kíp trực cấp cứu. Cùng ngày, "
                        "Công đoàn Y tế Việt Nam trao tặng bằng khen cho điều dưỡng Lê Thị Tâm.")
    assert [a.name for a in awards] == ["Giấy khen của Giám đốc Sở Y tế tỉnh Bình Thuận",
                                        "Bằng khen của Công đoàn Y tế Việt Nam"]
    assert [r.name for r in awards[1].recipients] == ["Lê Thị Tâm"]


@pytest.mark.parametrize(("text", "category", "winner"), [
    # a bracket between the winner and the verb: where they are from, an age, a date
    ("Chị Lê Thu Hà (Nam Định) đoạt giải nhì cuộc thi.", "Giải nhì", "Lê Thu Hà"),
    ("Em Trần Minh Khôi (12 tuổi) giành huy chương vàng môn cờ vua.", "Cờ vua", "Trần Minh Khôi"),
    ("Bài viết của tác giả Mộc Lan (đăng ngày 3-5-2010) là bài đoạt giải nhất.", "Giải nhất", "Mộc Lan"),
    # kinds of prize after a bare verb: orders, emulation flags
    ("Công ty Cổ phần Nhựa Tiền Phong vinh dự đón nhận Huân chương Lao động hạng Nhất.",
     "Huân chương Lao động hạng Nhất", "Công ty Cổ phần Nhựa Tiền Phong"),
    ("Trường THPT Chuyên Hà Tĩnh được tặng Cờ thi đua của Chính phủ.", "Cờ thi đua của Chính phủ",
     "Trường THPT Chuyên Hà Tĩnh"),
])
def test_a_winner_named_before_the_verb(text, category, winner):
    cats = {c.name: [r.name for r in c.recipients] for a in _awards_of(text) for c in a.categories}
    assert winner in cats[category]


@pytest.mark.parametrize(("text", "category", "winners"), [
    # places coordinated with their type word before a shared verb, `đồng`/`cùng` before it
    ("Huyện Lạc Sơn và huyện Kim Bôi cùng giành giải Ba hội diễn.", "Giải ba", ["Lạc Sơn", "Kim Bôi"]),
    ("Xã Tân An và xã Tân Phú đồng đoạt giải Nhất hội thi.", "Giải nhất", ["Tân An", "Tân Phú"]),
])
def test_winners_coordinated_before_a_shared_verb(text, category, winners):
    cats = {c.name: [r.name for r in c.recipients] for a in _awards_of(text) for c in a.categories}
    assert cats[category] == winners


@pytest.mark.parametrize(("text", "person"), [
    ("Tại Giải Báo chí Lam Khê, Phó Chủ tịch UBND huyện Vân Trì Đỗ Văn Hùng nhận giải Nhất.", "Đỗ Văn Hùng"),
    ("Tại lễ trao Giải thưởng Sao Xanh, đại diện Công ty Lam Sơn, ông Tạ Quang nhận giải Vàng.", "Tạ Quang"),
    ("Giải Báo chí Bắc Sơn: Giám đốc Sở Văn hóa tỉnh Bắc Sơn Lê Thị Hằng nhận giải Ba.", "Lê Thị Hằng"),
])
def test_a_body_s_office_holder_who_receives_a_prize_is_not_its_winner(text, person):
    [award] = _awards_of(text)
    assert award.categories
    assert person not in {r.name for c in award.categories for r in c.recipients}


@pytest.mark.parametrize(("text", "person"), [
    ("Em Lò Văn Minh, học sinh lớp 9, nhận giải Nhất cuộc thi vẽ tranh.", "Lò Văn Minh"),
    ("Nhà văn Kha Thị Lụa nhận giải A Giải thưởng Văn học Bắc Sơn.", "Kha Thị Lụa"),
    ("Tại hội thi, chị Đinh Thu Trang nhận giải Nhì phần thi ứng xử.", "Đinh Thu Trang"),
])
def test_a_person_who_receives_their_own_prize_is_its_winner(text, person):
    assert person in {r.name for a in _awards_of(text) for c in a.categories for r in c.recipients}


def test_a_place_inside_a_winning_body_s_name_is_not_another_winner():
    text = "Liên hoan Sân khấu Lam Khê: giải Nhì thuộc về Nhà hát Chèo TP. Hải Phòng và Đoàn Ca múa Bắc Sơn."
    winners = {r.name for a in _awards_of(text) for c in a.categories for r in c.recipients}
    assert winners == {"Nhà hát Chèo TP. Hải Phòng", "Đoàn Ca múa Bắc Sơn"}


def test_one_award_s_editions_are_one_award_across_articles():
    from pipeline.corpus import Awards, award_rows  # noqa: PLC0415

    table = Awards()
    for rid, year in (("a", 2023), ("b", 2024)):
        table.add({"id": rid, "awards": [{"name": "Giải thưởng Sao Khuê", "year": year, "recipients": [],
                                          "categories": [{"name": "Phần mềm", "count": None, "recipients": []}]}]})
    rows = award_rows(table.entries())
    assert {(r["award"], r["year"]) for r in rows} == {("Giải thưởng Sao Khuê", 2023), ("Giải thưởng Sao Khuê", 2024)}
    [award] = _awards_of("Lễ trao Giải thưởng Sao Khuê 2024 diễn ra tối qua. Hạng mục Phần mềm có 12 sản phẩm.")
    assert (award.name, award.year) == ("Giải thưởng Sao Khuê", 2024)  # the year is the edition, not the name


@pytest.mark.parametrize(("title", "body", "name", "year"), [
    # a sports event in lowercase words, named in the headline
    ("Bế mạc Giải bóng chuyền nữ truyền thống huyện Vân Trì năm 2023",
     "Chiều 9/4, đội xã Tân An giành giải Nhất, đội thị trấn Lam Sơn giành giải Nhì.",
     "Giải bóng chuyền nữ truyền thống huyện Vân Trì", 2023),
    # an arts contest named in the lead, with its edition
    ("Xã Tân An nhất toàn đoàn",
     "Sáng 5/4, Hội thi văn nghệ quần chúng huyện Vân Trì lần thứ III năm 2024 đã bế mạc. Ban tổ chức trao "
     "giải Nhất cho xã Tân An.", "Hội thi văn nghệ quần chúng huyện Vân Trì", 2024),
    # a school games named by their head word, the headline's kicker before a colon
    ("Hội khỏe Phù Đổng tỉnh Lam Khê: Thành phố nhất toàn đoàn",
     "Đoàn thành phố giành giải Nhất toàn đoàn, đoàn huyện Vân Trì giành giải Nhì toàn đoàn.",
     "Hội khỏe Phù Đổng tỉnh Lam Khê", None),
    # a festival named in the body
    ("Kết quả liên hoan",
     "Liên hoan tiếng hát công nhân viên chức tỉnh Lam Khê năm 2022 đã trao 3 giải A cho các tiết mục xuất sắc.",
     "Liên hoan tiếng hát công nhân viên chức tỉnh Lam Khê", 2022),
])
def test_an_event_that_holds_the_prizes_names_the_award(title, body, name, year):
    """Prizes given and no award named by a cue: the event the page names (a tournament, a
    contest, a festival, school games) is the award."""
    [award] = extract(tokenise(Article("t", "t.txt", title, body))).of("award")
    assert (award.value.name, award.value.year) == (name, year)


def test_a_word_that_begins_with_giai_names_no_event():
    """`giải pháp` (a solution) and `giải quyết` (to solve) are words, not prizes."""
    award = _award("Giải pháp chuyển đổi số của tỉnh được trao giải Nhất; giải Nhì thuộc về huyện Vân Trì.")
    assert award.name is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Đội bóng huyện Vân Trì giành giải Nhất, đội thành phố Lam Khê giành giải Nhì.",
     {"Giải nhất": ["Vân Trì"], "Giải nhì": ["Lam Khê"]}),
    ("Trường THPT Lam Khê đoạt giải Nhất, Trường THPT Vân Trì đoạt giải Ba.",
     {"Giải nhất": ["Trường THPT Lam Khê"], "Giải ba": ["Trường THPT Vân Trì"]}),
    ("Xã Tân An được trao giải A, thị trấn Lam Sơn được trao giải B và xã Phú Lộc được trao giải C.",
     {"Giải A": ["Tân An"], "Giải B": ["Lam Sơn"], "Giải C": ["Phú Lộc"]}),
])
def test_each_winner_takes_the_prize_of_its_own_clause(text, expected):
    """Several winners each with its verb and prize in one sentence: the next winner's clause
    ends the one before (found on a real page: two teams and two prizes in one sentence)."""
    award = _award(text)
    assert {c.name: [r.name for r in c.recipients] for c in award.categories} == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Ban tổ chức hội thi đã trao giải Nhất cho đội Vân Trì.", "hội thi"),
    ("Kết thúc giải đấu, đội Tân An giành giải Nhất và đội Lam Sơn giành giải Nhì.", "giải đấu"),
    ("Để tìm giải pháp mới, cuộc thi đã trao giải Ba cho nhóm học sinh Trường THCS Tân Lập.", "cuộc thi"),
])
def test_an_award_the_page_names_no_further_takes_the_page_s_word_for_it(text, name):
    [award] = _awards_of(text)
    assert award.name == name


@pytest.mark.parametrize("text", [
    "Tại Đại hội thiếu nhi huyện Vân Trì, em Lò Văn Minh giành giải Nhất.",
    "Hội thiện nguyện Tấm Lòng Vàng trao giải Nhất cho em Lò Văn Minh.",
])
def test_a_competition_word_is_a_whole_word(text):
    assert all(award.name is None or "thi" not in award.name.lower().split() for award in _awards_of(text))


@pytest.mark.parametrize(("text", "name"), [
    # an event's name ends with its sentence, and never runs over a line break
    ("Ban tổ chức trao giải nội dung đơn nữ bóng bàn.\n\nKết quả chung cuộc như sau.",
     "giải nội dung đơn nữ bóng bàn"),
    ("Hội thi tiếng hát dân ca huyện Vân Trì\nĐoàn xã Tân An đoạt giải Nhất.",
     "Hội thi tiếng hát dân ca huyện Vân Trì"),
    # an abbreviation's full stop is no sentence's end
    ("Giải bóng đá TP. Lam Khê mở rộng đã bế mạc.", "Giải bóng đá TP. Lam Khê mở rộng"),
])
def test_an_event_s_name_ends_at_its_sentence_s_end(text, name):
    """Found on real pages: an event's name ran on over a full stop and a paragraph break into
    the next paragraph's first words."""
    event = award_names.event(text)
    assert event is not None and event.name == name


@pytest.mark.parametrize("text", [
    "Ban tổ chức trao 3 giải Nhì (mỗi giải 15 triệu đồng) cho các tác giả.",
    "Mỗi giải 500 USD được trao cho đội thắng.",
    "Cơ cấu giải thưởng gồm giải 20 triệu đồng cho tác phẩm xuất sắc nhất.",
])
def test_what_a_prize_is_worth_is_no_award_name(text):
    """Found on a real page: `mỗi giải 15 triệu đồng` was read as an award named `15 triệu đồng`."""
    assert award_names.find(text) == []


_KEY_WORDS = ["tác", "phẩm", "xuất", "sắc", "nhất", "về", "đề", "tài", "báo", "in"]


# keys of a few words, and the first words of some of them: the cut-short forms a page writes
_full_keys = st.lists(st.sampled_from(_KEY_WORDS), min_size=1, max_size=8)
_keys = st.lists(st.tuples(_full_keys, st.lists(st.integers(1, 8), max_size=3)), max_size=12).map(
    lambda drawn: list(dict.fromkeys(" ".join(words[:n]) for words, cuts in drawn for n in [len(words), *cuts])))


@settings(max_examples=300)
@given(_keys)
def test_categories_fold_into_the_longer_one_they_cut_short_as_each_pair_compared_does(keys) -> None:
    """A category whose key is a longer one's first words (five at least) is that one: found
    by its words among the kept ones' openings, as trying every kept one finds it."""
    def made() -> list[Cat]:
        return [Cat(name=key, key=key, mentions=[(k, k + 1)]) for k, key in enumerate(keys)]

    expected: list[Cat] = []
    for cat in sorted(made(), key=lambda c: -len(c.key)):
        host = next((k for k in expected if is_cut_short(cat.key, k.key)), None)
        if host:
            host.mentions += cat.mentions
        else:
            expected.append(cat)
    merged = awards._merge(made())
    assert sorted((c.key, sorted(c.mentions)) for c in merged) == sorted((c.key, sorted(c.mentions)) for c in expected)


def _before_unit_in_one_pattern(body: str, start: int, end: int) -> str | None:
    """The text before a unit read by one pattern, a lazy run before the mark."""
    unit = sport_events.unit_word()
    lead = regex.compile(rf"(?P<before>[^\n]*?)(?:\s+[–-]\s*(?:{unit}\s+)?|,\s*(?:đơn\s+vị|cơ\s+quan)\s*:?)\s*$")
    found = lead.search(body, start, end)
    return found["before"] if found else None


UNIT_PIECES = ["Nguyễn Văn An", "Báo Nhân Dân", "–", "-", ",", "đơn vị", "cơ quan", ":", "xã", "huyện", "Bình Minh",
               "\n", " ", "  ", "(", ")", "giải Nhì", "đơn", "vị"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(UNIT_PIECES), max_size=16).map(" ".join), st.integers(0, 30),
       st.one_of(st.just(0), st.integers(0, 30)))
def test_the_text_before_a_unit_is_the_one_pattern_s(body: str, cut_start: int, cut_end: int) -> None:
    """`_before_unit` finds the mark with one search and the line's start before it; it must
    read what one lazy pattern reads, wherever the window starts and ends."""
    start, end = min(cut_start, len(body)), max(min(cut_start, len(body)), len(body) - cut_end)
    assert awards._before_unit(body, start, end) == _before_unit_in_one_pattern(body, start, end)


@pytest.mark.parametrize(("body", "before"), [
    ("Trần Thị Mai – ", "Trần Thị Mai"),
    ("Giải Ba:\nLê Văn Hùng, đơn vị", "Lê Văn Hùng"),  # from the line's start, not the window's
    ("Phạm Hoa\n – xã ", "Phạm Hoa"),  # the mark may open the next line
    ("Hà Văn Tú (Báo Sơn La)", None),
])
def test_the_text_before_a_unit(body: str, before: str | None) -> None:
    assert awards._before_unit(body, 0, len(body)) == before
