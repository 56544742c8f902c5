"""Furniture known by its shape wherever it stands (pipeline.furniture and the cleaning rules
that use it): widget rows, labelled footer and counter lines, a CMS's stock sentences, a
scrape's leftovers, a photo's credit on a line of its own, a date line inside the text; and the
article's own sentences that share their words stay. All lines are invented."""

import pytest

from pipeline import furniture
from pipeline.clean import clean
from pipeline.load import RawPage

pytestmark = pytest.mark.usefixtures("rules_alone")

TITLE = "Lam Khê tổng kết công tác khuyến học năm 2024"
LEAD = "Sáng 12/3, Hội Khuyến học tỉnh Lam Khê tổ chức hội nghị tổng kết công tác năm với 120 đại biểu."
LAST = "Dịp này, hội trao 45 suất học bổng cho học sinh nghèo vượt khó của các huyện trong tỉnh."


def _clean(*middle: str, title: str = TITLE):
    return clean(RawPage(id="p", source_file="p.txt", kind="text", content="\n".join([title, LEAD, *middle, LAST])))


def _stripped(line: str, rule: str) -> None:
    article = _clean(line)
    assert article.body == f"{LEAD}\n\n{LAST}"
    assert [r.rule for r in article.removed] == [rule]


@pytest.mark.parametrize("line", [
    "Mặc định Cỡ chữ", "Tăng cỡ chữ Giảm cỡ chữ In trang", "Bình luận 0", "Trả lời", "Về trang trước | Về đầu trang",
    # found on real pages: a size widget's prompt, a counter with its count first, WordPress's default category
    "Xem cỡ chữ:", "2.318 lượt xem", "Lượt xem 87", "Uncategorized",
])
def test_a_row_of_widget_words(line: str) -> None:
    _stripped(line, "furniture-line")


@pytest.mark.parametrize("line", [
    "• Lượt xem: 5.547", "Tổng truy cập: 1.204.889", "Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Lam Khê",
    "Người chịu trách nhiệm chính: Lưu Văn Sương - Phó Giám đốc Sở", "- Đang truy cập: 37",
])
def test_a_labelled_footer_or_counter_line(line: str) -> None:
    _stripped(line, "furniture-label")


@pytest.mark.parametrize("line", [
    "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
    "Chưa có bình luận nào. Hãy là người đầu tiên!",
    "Bạn vui lòng nhập từ 10 ký tự trở lên",
    "Video không hợp lệ",
    # a rating widget under the text (found on real pages)
    "Tổng số điểm của bài viết là: 12 trong 3 đánh giá", "Bài viết hay? Hãy đánh giá bài viết này",
])
def test_a_content_system_s_stock_sentence(line: str) -> None:
    _stripped(line, "cms-stock-phrase")


# a whole article run into one line (a scrape that lost its line breaks), words of the lead and
# the last paragraph over and over
_RUN_IN = " ".join([LEAD, LAST] * 5)


@pytest.mark.parametrize("opening", [
    "Lượt xem: 665 ", "Cơ quan chủ quản: Sở Văn hóa tỉnh Lam Khê ",
    "Chưa có bình luận nào. Hãy là người đầu tiên! ", "Mặc định Cỡ chữ ",
])
def test_an_article_run_into_one_line_after_a_furniture_opening_stays(opening: str) -> None:
    """A page whose text was one line after a counter's label lost all of it (no article text
    left): a line longer than any furniture is never furniture as a whole."""
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content=f"{TITLE}\n{opening}{_RUN_IN}"))
    assert LEAD in article.body and LAST in article.body


@pytest.mark.parametrize("line", [
    "hoi-nghi-khuyen-hoc-2024.jpg", "IMG_2041.JPG", "loading...", "[video][/video]",
    "PortalTemplate - Block_TinTuc_Detail",
    "vlcsnap-2021-03-12-09h15m40s112",  # a video snapshot's file name, without its extension
    "EmailPrintAa", "ShareTweetZalo",  # a row of widget words run together
    "lam khe tong ket cong tac khuyen hoc nam",  # the headline's words as an image's alt text
    # another page's title as an alt text or a slug, its words stripped of their marks, numbers kept
    "xe tai lat nghieng tren deo 2 nguoi bi thuong nang",
    "trao hoc bong cho 120 hoc sinh ngheo vuot kho nam hoc moi",
])
def test_a_scrape_s_leftover(line: str) -> None:
    _stripped(line, "scrape-leftover")


@pytest.mark.parametrize("line", [
    # English, or too few words to tell: the article's own text
    "the best photo of the year award goes to the young author",
    "Read more about the results of the contest here",
    "ban doc than men",
])
def test_a_line_without_marks_that_is_no_vietnamese_slug_is_no_leftover(line: str) -> None:
    assert furniture.kind(line, "Tiêu đề") != "scrape-leftover"


@pytest.mark.parametrize(("line", "photographer"), [
    ("Ảnh: Trần Mai", "Trần Mai"), ("(Ảnh: Lê Hoa)", "Lê Hoa"), ("(Ảnh; Quang Vinh)", "Quang Vinh"),
])
def test_a_photo_credit_on_its_own_line_inside_the_text(line: str, photographer: str) -> None:
    """Found on real pages: a credit under a photo in mid-article was read as the article's
    closing credit, and the paragraphs after it were dropped."""
    article = _clean(line)
    assert article.body == f"{LEAD}\n\n{LAST}"
    assert article.photographers == (photographer,)


@pytest.mark.parametrize("line", ["28/11/2019 16:56", "Thứ Hai, 02/09/2019 09:23 SA", "2019-11-28 16:56:00"])
def test_a_date_line_inside_the_text_is_stripped_and_dates_nothing(line: str) -> None:
    article = _clean("Học sinh Vân Trì nhận học bổng", line)
    assert line not in article.body and LAST in article.body
    assert article.published is None


@pytest.mark.parametrize(("line", "published"), [
    ("2024-03-12 09:46:00", "2024-03-12"),
    ("12/03/2024, 10:42 am", "2024-03-12"),
    ("• Cập nhật: 12/03/2024", "2024-03-12"),
    ("Ngày đăng bài: 12/03/2024 |", "2024-03-12"),
    ("Thứ Ba, 12/03/2024 Đã xem: 128", "2024-03-12"),  # with its view counter
])
def test_the_article_s_date_line_as_content_systems_print_it(line: str, published: str) -> None:
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content="\n".join([TITLE, line, LEAD, LAST])))
    assert article.published == published
    assert article.body == f"{LEAD}\n\n{LAST}"


@pytest.mark.parametrize("sentence", [
    "Ông Lưu Văn Sương trả lời báo chí về kết quả của năm.",
    "Bình luận về kết quả, ông Sương cho biết hội sẽ mở rộng quỹ học bổng.",
    "Cơ quan chủ quản của quỹ là Hội Khuyến học tỉnh.",
    "Ảnh hưởng của bão: 3 phòng học bị tốc mái.",
    "Lượt xem của video về học bổng đạt 12.000 sau một tuần.",
    "Ngày 12/03/2024, hội trao thêm 20 suất học bổng.",  # a sentence with a date is no date line
    "Lễ trao học bổng lúc 08:00 ngày 12/03/2024.",
    # the words of a masthead, a follow widget, a pager or a link's text, in sentences
    "Cơ quan của tỉnh sẽ chuyển về trụ sở mới trước ngày 30/6.",
    "Người dân theo dõi trận chung kết trên màn hình lớn tại quảng trường.",
    "Hàng nghìn khán giả đã theo dõi chương trình trên sóng truyền hình.",
    "Bài trước đó, anh đã từng đạt giải nhì cuộc thi cấp tỉnh.",
    "Tin trước đây cho biết số hộ nghèo còn cao hơn.",
    "Xem ra năm nay sản lượng lúa sẽ tăng tại đây.",
    "Người dân có thể xem lịch tiêm tại trạm y tế xã, ở đây có đủ thuốc.",
])
def test_the_article_s_own_sentences_that_share_the_words_stay(sentence: str) -> None:
    article = _clean(sentence)
    assert article.body == f"{LEAD}\n\n{sentence}\n\n{LAST}"
    assert article.removed == ()


def test_a_date_inside_a_file_s_name_dates_nothing() -> None:
    """Found on a real page: a video snapshot's file name under the headline gave the page its date."""
    article = clean(RawPage(id="p", source_file="p.txt", kind="text",
                            content="\n".join([TITLE, "vlcsnap-2021-03-12-09h15m40s112", LEAD, LAST])))
    assert article.published is None
    assert article.body == f"{LEAD}\n\n{LAST}"


def test_a_caption_labelled_with_the_photo_word_is_no_credit() -> None:
    """Found on a real page: a caption opening with `Ảnh:` near the end was read as the photo
    credit that closes the article, and the paragraph after it was dropped."""
    caption = "Ảnh: Từ nguồn vốn vay ưu đãi, nhiều hộ trong xã đã xây dựng được mô hình chăn nuôi hiệu quả"
    article = _clean(caption)
    assert caption in article.body and LAST in article.body


@pytest.mark.parametrize("line", [
    "Thứ hai - 06/03/2023 18:11 101 0", "10:13 ngày 12/03/2024", "12/03/2024 08:17 38 lượt xem",
])
def test_a_date_line_with_its_weekday_label_or_counter_inside_the_text_is_stripped(line: str) -> None:
    article = _clean("Học sinh Vân Trì nhận học bổng", line)
    assert line not in article.body and LAST in article.body


@pytest.mark.parametrize(("line", "rule"), [
    # a paper's masthead slogan: whose organ it is
    ("CƠ QUAN CỦA HỘI NÔNG DÂN TỈNH LAM KHÊ", "masthead"),
    ("Cơ quan ngôn luận của Liên đoàn Lao động tỉnh Lam Khê", "masthead"),
    ("Cơ quan Trung ương của Hiệp hội Nghề cá Việt Nam", "masthead"),
    # a "follow us" widget
    ("Theo dõi Báo Lam Khê trên Google News", "follow-widget"),
    ("Theo dõi Tạp chí Nông thôn trên", "follow-widget"),
    # a visitor counter's label on a line of its own, a form's error
    ("SỐ LƯỢT TRUY CẬP", "furniture-line"),
    ("Thống kê lượt truy cập", "furniture-line"),
    ("• Lỗi: Email không hợp lệ", "cms-stock-phrase"),
    # the pager's links to the previous and the next article, the headline glued on or after a colon
    ("Bài trướcHội thi nhà nông đua tài huyện Vân Trì", "pager-link"),
    ("Tin tiếp theoXã Tân An ra quân làm đường giao thông", "pager-link"),
    ("Bài viết trước: Lam Khê khai mạc hội chợ nông sản", "pager-link"),
    # a link's text that bids the reader look or fetch "here"
    ("Xem toàn văn Kế hoạch tại đây", "here-link"),
    ("Tải về tại đây:", "here-link"),
    (">> Xem danh sách đầy đủ ở đây", "here-link"),
    ("Hình ảnh chi tiết buổi lễ xem tại đây", "here-link"),
    # a poster's or a visitor counter's label with nothing after it
    ("Đăng bởi:", "furniture-label"),
    ("Số người online:", "furniture-label"),
])
def test_a_masthead_a_widget_a_pager_a_link_and_a_label(line: str, rule: str) -> None:
    _stripped(line, rule)


@pytest.mark.parametrize(("glued", "published", "lead"), [
    ("15/02/2023 | 14:59Sáng 15/2, Hội Khuyến học tỉnh Lam Khê tổ chức hội nghị.", "2023-02-15",
     "Sáng 15/2, Hội Khuyến học tỉnh Lam Khê tổ chức hội nghị."),
    ("28/11/2019 16:56Hội Khuyến học tỉnh Lam Khê vừa tổ chức hội nghị tổng kết.", "2019-11-28",
     "Hội Khuyến học tỉnh Lam Khê vừa tổ chức hội nghị tổng kết."),
    ("03/05/2024Với 120 đại biểu, hội nghị tổng kết đã diễn ra tại Lam Khê.", "2024-05-03",
     "Với 120 đại biểu, hội nghị tổng kết đã diễn ra tại Lam Khê."),
    # in brackets, its clock first, run into the outlet's tag
    ("(15:04:39 PM 16/10/2021)(Tin Lam Khê) - Hội Khuyến học tỉnh vừa tổ chức hội nghị.", "2021-10-16",
     "(Tin Lam Khê) - Hội Khuyến học tỉnh vừa tổ chức hội nghị."),
    # with its label, and `lúc` before its clock (found on a real page)
    ("Đã đăng vào 22/06/2020 lúc 09:40Sáng 21/6, Hội Khuyến học tỉnh tổ chức hội nghị.", "2020-06-22",
     "Sáng 21/6, Hội Khuyến học tỉnh tổ chức hội nghị."),
    ("Đăng lúc 07:15 11/01/2018Hội Khuyến học tỉnh Lam Khê vừa tổng kết năm học.", "2018-01-11",
     "Hội Khuyến học tỉnh Lam Khê vừa tổng kết năm học."),
    ("Cập nhật: 30/09/2022 - 16:00Chiều 29/9, hội nghị tổng kết đã diễn ra tại Lam Khê.", "2022-09-30",
     "Chiều 29/9, hội nghị tổng kết đã diễn ra tại Lam Khê."),
])
def test_the_page_s_date_run_into_the_lead_dates_the_page_and_the_lead_stays(glued: str, published: str,
                                                                              lead: str) -> None:
    """Found on real pages: a scrape ran the date line into the lead with no space, so the
    page had no date and its text opened with the date."""
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content="\n".join([TITLE, glued, LAST])))
    assert article.published == published
    assert article.body == f"{lead}\n\n{LAST}"


def test_a_lead_that_opens_with_a_date_and_a_space_keeps_it() -> None:
    lead = "12/3/2024 là ngày Hội Khuyến học tỉnh Lam Khê tròn 30 năm thành lập."
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content="\n".join([TITLE, lead, LAST])))
    assert lead in article.body


@pytest.mark.parametrize(("line", "caption"), [
    ("Lễ trao giải hội thi nhà nông đua tài năm 2023. (Nguồn: vantri.gov.vn)",
     "Lễ trao giải hội thi nhà nông đua tài năm 2023."),
    ("Trường THCS Tân An khai giảng năm học mới  (Nguồn: thcs-tanan.edu.vn)",
     "Trường THCS Tân An khai giảng năm học mới"),
    ("Một tác phẩm dự thi ảnh nghệ thuật năm trước. Nguồn: Hội Nhiếp ảnh tỉnh Lam Khê",
     "Một tác phẩm dự thi ảnh nghệ thuật năm trước."),
])
def test_a_caption_s_source_credit_is_stripped_and_the_caption_stays(line: str, caption: str) -> None:
    article = _clean(line)
    assert article.body == f"{LEAD}\n\n{caption}\n\n{LAST}"
    assert [r.rule for r in article.removed] == ["caption-source-credit"]


def test_a_paragraph_that_cites_its_figures_source_keeps_it() -> None:
    paragraph = ("Theo số liệu của năm học vừa qua, toàn tỉnh có hơn 12.000 học sinh được nhận học bổng, tăng 15% so "
                 "với năm trước và cao nhất trong mười năm trở lại đây (Nguồn: Sở Giáo dục và Đào tạo tỉnh Lam Khê).")
    assert paragraph in _clean(paragraph).body


def test_a_row_of_widget_words_run_together_over_the_date_line_is_no_byline() -> None:
    """Found on a real page: `EmailPrintAa` over the date line was read as the author's name."""
    article = clean(RawPage(id="p", source_file="p.txt", kind="text",
                            content="\n".join([TITLE, "EmailPrintAa", "16:41 17/07/2018", LEAD, LAST])))
    assert (article.authors, article.published) == ((), "2018-07-17")
    assert article.body == f"{LEAD}\n\n{LAST}"
