"""The headline: the rules' pick (a kicker gives way, a page that opens with its text has
none) and the trained model that decides (it loads, training is deterministic, and on whole
pages written for these tests it finds headlines the rules miss and keeps the article's own
sentences). All pages are invented."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from pipeline import headline
from pipeline.clean import clean
from pipeline.load import RawPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import training

LEAD = ("Sáng 12/3, UBND tỉnh Lam Khê tổ chức hội nghị tổng kết công tác năm với sự tham dự của lãnh đạo các sở, "
        "ngành và các huyện trong tỉnh.")
SECOND = ("Phát biểu tại hội nghị, ông Lưu Văn Sương, Chủ tịch UBND tỉnh, đề nghị các đơn vị tập trung đẩy nhanh "
          "tiến độ các dự án trọng điểm trong năm nay.")


def _page(*lines: str) -> RawPage:
    return RawPage(id="p", source_file="p.txt", kind="text", content="\n".join(lines))


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("kicker", "head"), [
    ("Giải bóng chuyền hơi huyện Vân Trì năm 2019:", "Xã Tân An giành ngôi vô địch"),
    ("Hội thi tiếng hát công nhân lao động tỉnh Lam Khê lần thứ V:", "Công đoàn ngành Y tế đoạt giải Nhất"),
    ("Kỳ họp thứ Bảy, HĐND thành phố khóa XI:", "Thông qua 18 nghị quyết quan trọng"),
    # a kicker as long as a headline: the contest's full name, edition and year
    ("Hội thi sáng tác ca khúc và thơ “Vân Trì quê hương tôi” của Hội Văn học Nghệ thuật huyện lần thứ "
     "hai - năm 2021:", "Nhạc sĩ Lưu Văn Sương đoạt giải Nhất"),
])
def test_a_kicker_ending_with_a_colon_gives_way_to_the_headline_under_it(kicker: str, head: str) -> None:
    article = clean(_page(kicker, head, LEAD, SECOND))
    assert article.title == head
    assert article.body == f"{LEAD}\n\n{SECOND}"


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("opening", [
    "Kết quả cụ thể như sau:",           # the text's own sentence introduces a list
    "Danh sách các đơn vị đạt giải gồm:",
])
def test_a_colon_over_a_list_is_the_text_not_a_kicker(opening: str) -> None:
    article = clean(_page(opening, "- Giải Nhất: xã Tân An", "- Giải Nhì: xã Vân Trì", LEAD))
    assert article.title == ""
    assert article.body.startswith(opening)


def test_a_one_line_page_has_no_headline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model may rate a lone sentence a headline (here: at any chance at all); a headline
    has text under it, so the rules' reading stands and the sentence stays the text."""
    _model, card = headline.MODEL.get()
    monkeypatch.setitem(card, "threshold", 0.0)
    assert headline.decide(["Ngân hàng Nhà nước vừa công bố lãi suất điều hành mới."]) == []


def test_the_shipped_model_loads_and_reads_a_page() -> None:
    card = json.loads((resources.files("pipeline") / "models" / "headline.json").read_text(encoding="utf-8"))
    assert card["trained_on"]["pages"] >= 200
    assert headline.MODEL.get() is not None
    article = clean(_page("Trang chủ", "Tin tức - Sự kiện", "Lam Khê tổng kết công tác năm 2024", LEAD, SECOND))
    assert article.title == "Lam Khê tổng kết công tác năm 2024"
    assert article.body == f"{LEAD}\n\n{SECOND}"


@pytest.mark.parametrize(("lines", "title"), [
    # a headline that ends with a full stop over its date line (the rules take it for text)
    (["Nông dân Vân Trì được mùa lúa xuân.", "12/03/2024", LEAD, SECOND], "Nông dân Vân Trì được mùa lúa xuân."),
    (["Tưng bừng ngày hội đến trường.", "Thứ Năm, 05/09/2024 08:10", LEAD, SECOND],
     "Tưng bừng ngày hội đến trường."),
    # the same under a portal's menu line
    (["Tin hoạt động", "Đoàn công tác tỉnh bạn thăm huyện Vân Trì.", "12/03/2024", LEAD, SECOND],
     "Đoàn công tác tỉnh bạn thăm huyện Vân Trì."),
])
def test_a_headline_ending_with_a_full_stop_is_found(lines: list[str], title: str) -> None:
    article = clean(_page(*lines))
    assert article.title == title
    assert article.body == f"{LEAD}\n\n{SECOND}"
    assert article.published is not None


@pytest.mark.parametrize(("lines", "title", "published"), [
    (["Thứ Năm, 10/10/2024 13:30", "Giải bóng đá huyện Vân Trì năm 2019:", "Xã Tân An đăng quang",
      "Thứ Hai, 02/09/2019 09:23", LEAD, SECOND], "Xã Tân An đăng quang", "2019-09-02"),
    (["Hôm nay, Thứ bảy ngày 15/08/2020", "Tin tức trong huyện",
      "Hội nghị tổng kết công tác năm 2019 của huyện Vân Trì", "20/12/2019", LEAD, SECOND],
     "Hội nghị tổng kết công tác năm 2019 của huyện Vân Trì", "2019-12-20"),
])
def test_the_site_s_today_line_above_gives_way_to_the_article_s_date_line(
        lines: list[str], title: str, published: str) -> None:
    article = clean(_page(*lines))
    assert (article.title, article.published) == (title, published)
    assert article.body == f"{LEAD}\n\n{SECOND}"


@pytest.mark.parametrize(("lines", "published"), [
    # the site's today line at the top, the article's date line by its headline, both above it
    (["Thứ 3, 16/04/2024 18:07:12 GMT+7", "Thời sự 08:15, 03/05/2021 GMT+7",
      "Lam Khê tổng kết công tác năm", LEAD, SECOND], "2021-05-03"),
    (["Chủ Nhật, 24/11/2024", "Kinh tế", "12/06/2018 10:05", "Giá lúa tăng mạnh ở Vân Trì", LEAD, SECOND],
     "2018-06-12"),
    (["Thứ Sáu, 04/04/2025", "Thứ Hai, ngày 7 tháng 3 năm 2022 | 14:20", "Huyện Vân Trì ra quân làm đường",
      LEAD, SECOND], "2022-03-07"),
])
def test_of_two_dates_above_the_headline_the_nearer_dates_the_page(lines: list[str], published: str) -> None:
    article = clean(_page(*lines))
    assert article.published == published
    assert article.body == f"{LEAD}\n\n{SECOND}"


OLD_NEWS = ("Theo kế hoạch năm 2013, tỉnh Lam Khê sẽ hoàn thành 12 công trình thủy lợi trước mùa mưa, "
            "cao hơn năm 2012 bốn công trình.")
RECENT_NEWS = ("Trong năm 2024, tỉnh Lam Khê đã hoàn thành 12 công trình thủy lợi trước mùa mưa, theo kế hoạch "
               "giai đoạn 2021-2025.")


@pytest.mark.parametrize("today", ["Thứ Năm, 02/12/2021", "Chủ Nhật 24/11/2024 12:06 GMT+7",
                                   "Thứ tư, ngày 4 tháng 2 năm 2026"])
def test_a_date_above_the_headline_years_after_the_article_s_years_dates_nothing(today: str) -> None:
    """The page was stored years after it was written: the date at its top is the site's date
    of the day; the article has no date of its own, and the run says why."""
    article = clean(_page(today, "Lam Khê đẩy nhanh các công trình thủy lợi", OLD_NEWS, SECOND))
    assert article.published is None
    assert any("date of the day" in w for w in article.warnings)
    assert article.body == f"{OLD_NEWS}\n\n{SECOND}"


@pytest.mark.parametrize(("today", "text", "published"), [
    ("Thứ Sáu, 10/05/2024, 05:49", RECENT_NEWS, "2024-05-10"),  # the article names its own year
    ("Thứ Sáu, 10/05/2024", LEAD, "2024-05-10"),  # no year in the text: nothing against the date
    ("Thứ Hai, 13/01/2025", OLD_NEWS.replace("2013", "2024").replace("2012", "2023"), "2025-01-13"),  # a year on
])
def test_a_date_above_the_headline_the_article_s_years_allow_stays(today: str, text: str, published: str) -> None:
    article = clean(_page(today, "Lam Khê đẩy nhanh các công trình thủy lợi", text, SECOND))
    assert article.published == published
    assert not article.warnings


def test_a_date_under_the_headline_is_the_article_s_whatever_years_it_names() -> None:
    article = clean(_page("Lam Khê đẩy nhanh các công trình thủy lợi", "Thứ Năm, 02/12/2021", OLD_NEWS, SECOND))
    assert article.published == "2021-12-02"


@pytest.mark.parametrize("lines", [
    [LEAD, SECOND],                                            # the text from its first sentence
    ["Ông Lưu Văn Sương phát biểu tại hội nghị.", LEAD, SECOND],  # a photo's caption opens the page
])
def test_a_page_that_opens_with_its_text_keeps_every_sentence(lines: list[str]) -> None:
    article = clean(_page(*lines))
    assert LEAD in article.body and SECOND in article.body


def test_training_is_deterministic(tmp_path: Path) -> None:
    """The same pages give the same file, byte for byte, and the model finds the headline it
    was shown under a menu line."""
    pages = []
    for k in range(6):
        texts = ["Trang chủ", f"Lam Khê đón đoàn khách thứ {k + 2}.", LEAD, SECOND]
        pages.append((headline.features(texts, None, set()), ["O", "H", "O", "O"]))
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    for path in (first, second):
        training.fit(pages, path, {"c1": 0.0, "c2": 1.0, "max_iterations": 50})
    assert first.read_bytes() == second.read_bytes()
    headline.use(first)
    try:
        assert headline.decide(["Trang chủ", "Lam Khê đón đoàn khách thứ mười.", LEAD, SECOND]) == [1]
    finally:
        headline.use(None)


@pytest.mark.parametrize(("printed", "title"), [
    # a breadcrumb's trail from the site's home before it
    ("Home / Tin tức / Lam Khê đón 2 triệu lượt khách", "Lam Khê đón 2 triệu lượt khách"),
    ("Trang chủ > Thời sự > Vân Trì khởi công cầu Tân An", "Vân Trì khởi công cầu Tân An"),
    ("Trang nhà > Giáo dục > Đào tạo > Lam Khê khai giảng năm học mới", "Lam Khê khai giảng năm học mới"),
    # the page's date with its print and view widgets after it
    ("Lam Khê tổng kết công tác năm 2024 12/01/2025 In trang", "Lam Khê tổng kết công tác năm 2024"),
    # a bullet before it, a bar after it
    ("• Thành lập Hội Doanh nhân trẻ huyện Vân Trì", "Thành lập Hội Doanh nhân trẻ huyện Vân Trì"),
    ("Vân Trì khởi công cầu Tân An |", "Vân Trì khởi công cầu Tân An"),
    ("| Vân Trì khởi công cầu Tân An", "Vân Trì khởi công cầu Tân An"),
    # the page's clock and date after it, either way round
    ("Lam Khê đón 2 triệu lượt khách - 15:28 19/05/2020", "Lam Khê đón 2 triệu lượt khách"),
    ("Vân Trì khởi công cầu Tân An 19/05/2020 08:30", "Vân Trì khởi công cầu Tân An"),
    ("Xã Tân An vô địch giải bóng chuyền | 7h45 02/09/2023", "Xã Tân An vô địch giải bóng chuyền"),
    # headlines that only look so stay whole
    ("Hà Nội / Lam Khê / Vân Trì cùng tăng giá nước", "Hà Nội / Lam Khê / Vân Trì cùng tăng giá nước"),
    ("Khai mạc hội chợ nông sản 12/03/2024 tại Lam Khê", "Khai mạc hội chợ nông sản 12/03/2024 tại Lam Khê"),
    ("Lịch thi đấu ngày 12/03/2024", "Lịch thi đấu ngày 12/03/2024"),
    ("Khai mạc hội chợ lúc 8:00 ngày 12/03/2024", "Khai mạc hội chợ lúc 8:00 ngày 12/03/2024"),
    # a masthead's slogan in capitals printed before the headline on its line
    ("CƠ QUAN CỦA HỘI NÔNG DÂN TỈNH LAM KHÊ Vân Trì khởi công cầu Tân An", "Vân Trì khởi công cầu Tân An"),
    ("CƠ QUAN NGÔN LUẬN CỦA LIÊN ĐOÀN LAO ĐỘNG TỈNH - DIỄN ĐÀN CÔNG NHÂN Lam Khê tăng lương tối thiểu",
     "Lam Khê tăng lương tối thiểu"),
    # a "follow us" widget after it
    ("Xã Tân An vô địch giải bóng chuyền Theo dõi Báo Lam Khê trên Google News", "Xã Tân An vô địch giải bóng chuyền"),
    ("Vân Trì khởi công cầu Tân An Theo dõi Tạp chí Nông thôn trên Zalo", "Vân Trì khởi công cầu Tân An"),
    # headlines that open or end with the same words stay whole
    ("Cơ quan của tỉnh Lam Khê chuyển trụ sở mới", "Cơ quan của tỉnh Lam Khê chuyển trụ sở mới"),
    ("Người hâm mộ theo dõi trận chung kết trên màn hình lớn",
     "Người hâm mộ theo dõi trận chung kết trên màn hình lớn"),
])
def test_what_the_page_prints_on_the_headline_s_line_is_trimmed(printed: str, title: str) -> None:
    assert headline.trimmed(printed) == title


def test_a_row_of_widget_words_above_the_headline_is_not_the_headline() -> None:
    article = clean(_page("Tăng cỡ chữ Giảm cỡ chữ", "Toàn tỉnh trở lại trạng thái bình thường", LEAD, SECOND))
    assert article.title == "Toàn tỉnh trở lại trạng thái bình thường"


PROVINCES = ["An Giang", "Bắc Ninh", "Cà Mau", "Đà Nẵng", "Gia Lai", "Hà Tĩnh", "Kon Tum", "Lạng Sơn", "Nghệ An",
             "Phú Thọ", "Quảng Trị", "Sơn La"]


@pytest.mark.parametrize("menu", [
    [f"  • {p}" for p in PROVINCES],                                             # a menu of provinces
    ["- Trang nhất", "- Tin tức - Sự kiện", "- Văn bản pháp luật", "- Thủ tục hành chính", "- Liên hệ"],
    ["* Giới thiệu", "* Tin hoạt động", "* Thông báo"],
])
@pytest.mark.parametrize("model", ["rules_alone", "shipped"])
def test_a_menu_opening_the_page_is_no_headline_and_hides_none(menu: list[str], model: str,
                                                              request: pytest.FixtureRequest) -> None:
    """Found on real pages: a portal's menu of a dozen bulleted items filled the lines where the
    headline is looked for, so an item was taken as the headline and the menu stayed."""
    if model == "rules_alone":
        request.getfixturevalue("rules_alone")
    article = clean(_page(*menu, "", "Lam Khê tổng kết công tác năm", LEAD, SECOND))
    assert article.title == "Lam Khê tổng kết công tác năm"
    assert article.body == f"{LEAD}\n\n{SECOND}"


def test_two_bullets_over_the_headline_are_no_menu() -> None:
    assert headline.opening(["• Tin mới", "• Video", "Lam Khê tổng kết công tác năm", LEAD], 3) == [0, 1, 2]


@pytest.mark.parametrize("printed", [
    "Lam Khê tổng kết công tác năm 18/02/2019 In trang", "Lam Khê tổng kết công tác năm - 09:15 18/02/2019",
])
def test_the_date_printed_after_the_headline_dates_the_page(printed: str) -> None:
    article = clean(_page(printed, LEAD, SECOND))
    assert article.title == "Lam Khê tổng kết công tác năm"
    assert article.published == "2019-02-18"


def test_a_short_bulleted_list_under_the_headline_stays_in_the_text() -> None:
    items = ["- Giải Nhất: xã Tân An", "- Giải Nhì: xã Vân Trì", "- Giải Ba: thị trấn Lam Sơn"]
    article = clean(_page("Lam Khê trao giải hội thi nhà nông đua tài", LEAD, *items, SECOND))
    assert article.title == "Lam Khê trao giải hội thi nhà nông đua tài"
    assert all(item in article.body for item in items)


@pytest.mark.parametrize("model", ["rules_alone", "shipped"])
@pytest.mark.parametrize("second", [
    "Lam Khê tổng kết công tác khuyến học năm 2024",      # printed twice, word for word
    "Lam Khê  tổng kết công tác khuyến học  năm 2024",    # twice, with other spacing
    "LAM KHÊ TỔNG KẾT CÔNG TÁC KHUYẾN HỌC NĂM 2024",      # twice, once in capitals
])
def test_a_headline_printed_twice_is_one_headline(second: str, model: str, request: pytest.FixtureRequest) -> None:
    """Found on real pages: a headline printed again on the next line was read as a headline
    over two lines, so the title held it twice."""
    if model == "rules_alone":
        request.getfixturevalue("rules_alone")
    article = clean(_page("Lam Khê tổng kết công tác khuyến học năm 2024", "", second, LEAD, SECOND))
    assert article.title == "Lam Khê tổng kết công tác khuyến học năm 2024"
    assert article.body == f"{LEAD}\n\n{SECOND}"


@pytest.mark.parametrize("sapo", [
    "Tỉnh Lam Khê vừa tổ chức hội thi nhà nông đua tài lần thứ ba.",
    "Sáng nay, huyện Vân Trì đã khánh thành cây cầu nối hai xã ven sông.",
    "Đây là năm thứ năm liên tiếp đơn vị đứng đầu khối thi đua.",
])
def test_a_sentence_under_the_headline_is_no_second_line_of_it(sapo: str) -> None:
    """Found on real pages: the lead's first sentence, printed right under the headline, was
    joined to it as the headline's second line."""
    lines = headline.decide(["Xã Tân An nhất hội thi nhà nông đua tài", sapo, LEAD, SECOND])
    assert lines == [0]
