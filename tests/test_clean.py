"""Cleaning rules on bylines, sources, sidebars and furniture as sites write them.

The rules propose, the line model decides what else is the page's (pipeline.lines): these
are the rules' tests, so they run with the model set aside; tests/test_lines.py tests the
model, and `make eval` judges both on the corpus."""

import pytest

from pipeline import credits
from pipeline.clean import clean, unwrapped
from pipeline.load import InputError, RawPage

pytestmark = pytest.mark.usefixtures("rules_alone")

BODY = "Chiều 27/5, tại Hà Nội, lễ trao giải đã diễn ra với sự tham dự của nhiều đại biểu."


def page(*lines: str, title: str = "Tiêu đề bài viết") -> RawPage:
    return RawPage(id="p", source_file="p.txt", kind="text", content="\n\n".join([title, BODY, *lines]))


@pytest.mark.parametrize(("line", "authors", "photographers"), [
    ("Bài, ảnh: Nhật Tiến", ["Nhật Tiến"], ["Nhật Tiến"]),
    ("Bài và ảnh: Minh Hương", ["Minh Hương"], ["Minh Hương"]),
    ("Tin, ảnh: Lê Hoa", ["Lê Hoa"], ["Lê Hoa"]),
    ("Trâm Bầu; Ảnh: Đàm Thanh", ["Trâm Bầu"], ["Đàm Thanh"]),
    ("Thu Hằng - Ảnh: Quang Vinh", ["Thu Hằng"], ["Quang Vinh"]),
    ("Bài: Ngọc Anh; Ảnh: Hải Nguyễn", ["Ngọc Anh"], ["Hải Nguyễn"]),
    ("Bài: Ngọc Anh - Minh Đức", ["Ngọc Anh", "Minh Đức"], []),
    ("Ảnh: CTV", [], []),
    ("Nhóm PV", [], []),
    ("Ảnh: Internet", [], []),
    ("Văn Long", ["Văn Long"], []),
    ("Hoàng Phương (TTXVN)", ["Hoàng Phương"], []),
    ("THANH BÌNH", ["Thanh Bình"], []),  # all-caps bylines of provincial papers
    ("PV", [], []),
    ("Nhóm phóng viên", [], []),
    ("Nhóm PV Ban Thời sự", [], []),  # a placeholder and the desk's name: no person
    ("BTV Thu Hà", ["Thu Hà"], []),  # the role before the name is not the name
    ("Phóng viên Minh Anh", ["Minh Anh"], []),
    # found on real pages: a CMS's author labels and its "by" before a user's name
    ("Tác giả bài viết: Hoàng Yến", ["Hoàng Yến"], []),
    ("Người viết: Lê Thị Mai", ["Lê Thị Mai"], []),
    ("Viết bởi Ban Biên Tập", [], []),
    ("By admin", [], []),
    ("Tác giả: Tin, ảnh: Quỳnh Như", ["Quỳnh Như"], ["Quỳnh Như"]),  # the label before `Tin, ảnh:`
    ("Tác giả bài viết: HPN Xã Tân Hòa", [], []),  # a union's short name is no person
])
def test_bylines_become_fields(line, authors, photographers):
    article = clean(page(line))
    assert list(article.authors) == authors
    assert list(article.photographers) == photographers
    assert line not in article.body
    assert any(r.kind == "byline" for r in article.removed)


@pytest.mark.parametrize(("line", "source", "url"), [
    ("Nguồn tin: haiphong.gov.vn", "haiphong.gov.vn", None),
    ("Nguồn Bắc Giang: http://baobacgiang.com.vn/bg/a-1.html", "Bắc Giang", "http://baobacgiang.com.vn/bg/a-1.html"),
    ("Nguồn: https://vnexpress.net/thoi-su/abc-123.html", "vnexpress.net", "https://vnexpress.net/thoi-su/abc-123.html"),
    ("Nguồn: TTXVN", "TTXVN", None),
    ("Nguồn: (Báo Tin tức)", "Báo Tin tức", None),  # a source in brackets
    ("Nguồn: [Cổng TTĐT tỉnh]", "Cổng TTĐT tỉnh", None),
    ("Theo VnExpress", "VnExpress", None),
    ("(Theo Báo Bắc Giang)", "Báo Bắc Giang", None),
    ("(TTXVN/Vietnam+)", "TTXVN/Vietnam+", None),
    ("TTXVN", "TTXVN", None),
])
def test_source_lines(line, source, url):
    article = clean(page("Minh Anh", line))
    assert article.source == source
    assert article.source_url == url
    assert article.authors == ("Minh Anh",)
    assert "Nguồn" not in article.body and "Theo V" not in article.body


@pytest.mark.parametrize(("line", "author", "source"), [
    ("Minh Anh (tổng hợp)", "Minh Anh", None),  # how it was written, not where from
    ("Hà Phương (t/h)", "Hà Phương", None),
    ("KIM THOA (lược dịch)", "Kim Thoa", None),
    ("Thanh Hà (Theo Reuters)", "Thanh Hà", "Reuters"),
    ("Thu Trang/VOV.VN", "Thu Trang", "VOV.VN"),
    ("Văn Thắng/Báo Tin tức", "Văn Thắng", "Báo Tin tức"),
    ("Hoàng Phương (TTXVN)", "Hoàng Phương", "TTXVN"),
])
def test_a_byline_with_its_outlet_or_a_note(line, author, source):
    article = clean(page(line))
    assert article.authors == (author,)
    assert article.source == source
    assert article.body == BODY


@pytest.mark.parametrize("heading", [
    "Tin khác", "TIN LIÊN QUAN", "Tin liên quan:", "Xem thêm:", "Bài viết liên quan", "Tin cùng chuyên mục",
    "Đọc thêm", "Các tin khác", "Có thể bạn quan tâm", "Tin mới nhất »", "Nổi bật", "ĐỪNG BỎ LỠ",
])
def test_sidebar_and_everything_after_is_stripped(heading):
    article = clean(page("Trâm Bầu", heading, "Phiên làm việc chiều 10/12: HĐND thông qua 29 nghị quyết", "10/12/2025"))
    assert article.body == BODY
    sidebar = [r for r in article.removed if r.kind == "sidebar"]
    assert sidebar and "10/12/2025" in sidebar[0].text
    assert article.authors == ("Trâm Bầu",)


def test_furniture_lines_are_stripped():
    article = clean(page("Chia sẻ", "Facebook", title="Tin vắn"))
    assert article.body == BODY
    assert [r.kind for r in article.removed] == ["furniture", "furniture"]


@pytest.mark.parametrize(("line", "published"), [
    ("Thứ bảy, 27/5/2023 - 15:18", "2023-05-27"),
    ("15:18, 27/05/2023 (GMT+7)", "2023-05-27"),
    ("27/05/2023 15:18", "2023-05-27"),
    ("Chủ nhật, 05.11.2023, 08:30 (GMT+7)", "2023-11-05"),
    ("Cập nhật: 10/12/2025 09:00", "2025-12-10"),
    ("Ngày đăng: 01/02/2024", "2024-02-01"),
    ("Thứ Bảy, 27/05/2023 | 15:18", "2023-05-27"),
    ("09:05 | 12/03/2024", "2024-03-12"),
    ("Chủ nhật, ngày 08 tháng 12 năm 2024", "2024-12-08"),  # in words (Thái Nguyên literary review)
    ("Chủ nhật, ngày 08 tháng 12 năm 2024\n16:02 (GMT +7)", "2024-12-08"),  # the time on a line of its own
    ("Ngày 5 tháng 3, 2024", "2024-03-05"),
    ("Thứ năm, ngày 14/11/2024", "2024-11-14"),           # "ngày" before the date in figures
    ("08:45 ngày 21/03/2022", "2022-03-21"),
    # an English CMS's line: the month first, as its weekday says (found on a real page)
    ("Posted Tue, 09/03/2024 - 10:15", "2024-09-03"),
    ("Posted on Sat, 10/07/2023 08:00", "2023-10-07"),
    ("Mon, 10/07/2023 - 14:20", "2023-07-10"),            # the weekday agrees with the day first
    # found on real pages: spaces round the dashes, and a Vietnamese-locale CMS's month after `Tháng`
    # (Joomla's in figures, WordPress's in words, the year after a space)
    ("Đăng ngày 14 - 02 - 2023", "2023-02-14"),
    ("Thứ hai, 03 Tháng 6 2024 08:30", "2024-06-03"),
    ("Thứ Sáu 12, Tháng Tư 2019", "2019-04-12"),
    ("21 Tháng Mười Hai 2020", "2020-12-21"),
])
def test_dateline_under_title_gives_published(line, published):
    raw = RawPage(id="p", source_file="p.txt", kind="text", content=f"Tiêu đề\n{line}\n{BODY}")
    article = clean(raw)
    assert article.published == published
    assert article.body == BODY


def test_caption_keeps_text_but_loses_credit():
    caption = "Lãnh đạo Sở nhận Giải tại hạng mục Top tổ chức tiêu biểu. Ảnh: Đàm Thanh"
    article = clean(page(caption))
    assert "Lãnh đạo Sở nhận Giải tại hạng mục Top tổ chức tiêu biểu." in article.body
    assert "Đàm Thanh" not in article.body
    assert article.photographers == ("Đàm Thanh",)


@pytest.mark.parametrize("line", [
    "(Ảnh minh họa)",
    "Theo danh sách công bố, tỉnh Bắc Giang là 1 trong 7 địa phương được trao giải.",
    "Theo lãnh đạo Sở Thông tin và Truyền thông, công nghệ luôn phát triển thay đổi.",
    "Năm nay, Hải Phòng là 01 trong 07 tổ chức được trao giải.",
])
def test_article_sentences_are_not_bylines(line):
    article = clean(page(line))
    assert article.body.endswith(line)
    assert article.authors == () and article.source is None


def test_seed_style_tail():
    article = clean(page("Trâm Bầu; Ảnh: Đàm Thanh", "Nguồn tin: haiphong.gov.vn", "Tin khác", "Kỳ họp thứ 32"))
    assert article.body == BODY
    assert [r.kind for r in article.removed] == ["sidebar", "source", "byline"]


@pytest.mark.parametrize("content", ["Chỉ có tiêu đề", "Tiêu đề\n\nTin khác\n\nMột tin khác", "\n\n  \n"])
def test_nothing_left_is_an_error(content):
    with pytest.raises(InputError):
        clean(RawPage(id="p", source_file="p.txt", kind="text", content=content))


def test_english_page_is_rejected():
    english = " ".join(["The ceremony was held in the capital on Saturday with many guests."] * 5)
    with pytest.raises(InputError, match="not a Vietnamese page"):
        clean(RawPage(id="p", source_file="p.txt", kind="text", content=f"Title\n{english}"))


def test_html_page_main_text_and_metadata():
    html = """<html><head><title>Hải Phòng được vinh danh | Báo X</title>
    <meta property="article:published_time" content="2023-05-27T15:18:00+07:00"></head><body>
    <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/ts">Thời sự</a></li></ul></nav>
    <article><h1>Hải Phòng được vinh danh</h1>
    <p>Chiều 27/5, tại Hà Nội, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức lễ trao giải.</p>
    <p>Phó Chủ tịch UBND thành phố Hoàng Minh Cường nhận Giải tại hạng mục dành cho các địa phương.</p>
    <p>Trâm Bầu; Ảnh: Đàm Thanh</p></article>
    <div class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Phiên làm việc chiều 10/12</a></li></ul></div>
    <footer>Bản quyền thuộc về Báo X</footer></body></html>"""
    article = clean(RawPage(id="h", source_file="h.html", kind="html", content=html))
    assert article.title == "Hải Phòng được vinh danh"
    assert article.published == "2023-05-27"
    assert article.authors == ("Trâm Bầu",)
    assert "Chiều 27/5, tại Hà Nội" in article.body
    for furniture in ("Trang chủ", "Phiên làm việc", "Bản quyền", "Trâm Bầu"):
        assert furniture not in article.body


@pytest.mark.parametrize("first", [
    "(BTV) - Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.",
    "(Baonghean.vn) - Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.",
    "TTO - Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.",
    "HÀ NỘI – Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.",
    "VOV.VN - Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.",
])
def test_an_outlet_s_or_place_s_tag_opens_the_lead_and_stays(first):
    """ANNOTATION.md: the dateline tag is the article's own (its outlet an optional body)."""
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content=f"Tiêu đề\n\n{first}"))
    assert article.body == first


@pytest.mark.parametrize(("first", "label"), [
    ("Trực tiếp - Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.", "Trực tiếp -"),
    ("Video - Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.", "Video -"),
    ("Infographic: Sáng 3/4, tỉnh tổ chức hội nghị tổng kết.", "Infographic:"),
])
def test_a_site_s_format_label_before_the_lead_is_furniture(first, label):
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content=f"Tiêu đề\n\n{first}"))
    assert article.body == "Sáng 3/4, tỉnh tổ chức hội nghị tổng kết."
    assert ("furniture", label) in [(r.kind, r.text) for r in article.removed]


@pytest.mark.parametrize("body", [
    "Kinh tế - xã hội của tỉnh tiếp tục phát triển ổn định.",
    "UBND tỉnh - cơ quan chủ trì - đã ban hành kế hoạch.",
])
def test_sentence_starting_with_a_word_and_dash_is_not_a_tag(body):
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content=f"Tiêu đề\n\n{body}"))
    assert article.body == body


def test_tail_furniture_under_the_byline_is_stripped_and_the_byline_found():
    """A news site's tail: the byline, then the article's tags and the comment button."""
    article = clean(page("Lực lượng chức năng kiểm tra cơ sở sản xuất (Ảnh: QLTT).", "Ngọc Tân",
                         "Từ khóa: hàn the, giò chả, quản lý thị trường", "Bình luận (0)"))
    assert article.body == f"{BODY}\n\nLực lượng chức năng kiểm tra cơ sở sản xuất"
    assert article.authors == ("Ngọc Tân",)
    assert article.photographers == ()  # QLTT: a body's abbreviation, no person
    assert {(r.kind, r.text) for r in article.removed} >= {
        ("furniture", "Từ khóa: hàn the, giò chả, quản lý thị trường"), ("sidebar", "Bình luận (0)")}


@pytest.mark.parametrize(("credit", "photographers"), [
    ("Ảnh: NVCC", []), ("Ảnh: BTC", []), ("Ảnh: VĂN ĐỨC", ["Văn Đức"]), ("Ảnh: N.Đ", ["N.Đ"]),
])
def test_an_abbreviation_in_a_credit_is_no_photographer(credit, photographers):
    assert list(clean(page(f"Đại biểu dự lễ khánh thành. {credit}")).photographers) == photographers


def test_a_place_in_a_credit_is_no_photographer():
    article = clean(page("Phó Chủ tịch nước trao Huân chương cho học sinh. Ảnh: Trường Quốc Học - Huế"))
    assert article.photographers == ()


@pytest.mark.parametrize(("caption", "photographer"), [
    ("Phó Chủ tịch UBND tỉnh chủ trì cuộc họp báo chiều nay. Ảnh: N.Đ", "N.Đ"),
    ("Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị (Ảnh: Hữu Thắng)", "Hữu Thắng"),
    # after a dash or a bar, and with the desk or outlet beside the name (found on real pages)
    ("Lãnh đạo tỉnh trao chứng nhận cho các đơn vị tiêu biểu - Ảnh: VGP/Thanh Sơn.", "Thanh Sơn"),
    ("Các đại biểu cắt băng khánh thành cây cầu mới – Ảnh: Ngọc Lan/TTXVN", "Ngọc Lan"),
    ("Toàn cảnh phiên khai mạc kỳ họp | Ảnh: Đức Minh/VOV.VN", "Đức Minh"),
    ("Bộ trưởng thăm gian hàng triển lãm (Ảnh: Quốc Bảo/TTXVN)", "Quốc Bảo"),
    # found on real pages: a semicolon for the colon, a table's bar after the credit, no colon at all
    ("Các vận động viên nhí tranh tài ở nội dung cờ chớp (Ảnh; Minh Khôi)", "Minh Khôi"),
    ("Ban tổ chức trao cờ lưu niệm cho các đoàn. (Ảnh: Lan Phương) |", "Lan Phương"),
    ("Toàn cảnh lễ tổng kết cuộc thi sáng tác. Ảnh Hồng Quân.", "Hồng Quân"),
    # found on real pages: the label in lowercase after the caption's full stop, a dash that
    # touches the caption's last word
    ("Các đại biểu dự phiên họp thứ hai của Hội đồng. ảnh: Minh Tâm", "Minh Tâm"),
    ("Lãnh đạo huyện thăm hỏi bà con vùng lũ (xã Tân Lập). ảnh: Bảo Ngọc", "Bảo Ngọc"),
    ("Bác sĩ thăm khám cho bệnh nhân tại Trung tâm Y tế huyện Đông Sơn- Ảnh: Hải Yến", "Hải Yến"),
    ("Nông dân xã Hòa Bình thu hoạch lúa vụ mùa– Ảnh: Thanh Tùng", "Thanh Tùng"),
    # found on real pages: the photographer's full name in brackets with no colon, after a
    # caption or on its own line
    ("Lãnh đạo huyện trao quà cho các hộ nghèo (Ảnh Đỗ Văn Thành).", "Đỗ Văn Thành"),
    ("(Ảnh Trịnh Thu Hà)", "Trịnh Thu Hà"),
    # found on real pages: the caption and its credit in two cells (a run of spaces, an underscore),
    # the label lowercase after a bracket, an illustration's label
    ("Toàn cảnh buổi tọa đàm     Ảnh: Minh Quân", "Minh Quân"),
    ("Lễ ký kết giữa hai huyện, tháng 3-2020_Ảnh: Hải Đăng", "Hải Đăng"),
    ("Các em nhỏ nhận quà của đoàn (ảnh: Thu Trang).", "Thu Trang"),
    ("Đại biểu dự lễ khánh thành ( ảnh: Hà Vy)", "Hà Vy"),
    ("Nông dân ra đồng gieo sạ (Ảnh minh họa: LÊ NAM)", "Lê Nam"),
])
def test_caption_credit_variants(caption, photographer):
    article = clean(page(caption))
    assert article.photographers == (photographer,)
    assert "Ảnh" not in article.body
    assert photographer not in article.body


@pytest.mark.parametrize("caption", [
    "Quang cảnh buổi lễ - Ảnh: VGP",
    "Nông dân thu hoạch lúa trên cánh đồng mẫu lớn. Ảnh: TTXVN",
    "Lễ ký kết hợp tác giữa hai tỉnh – Ảnh: Báo Nghệ An/VOV.VN",
    "Hai liên đoàn ký biên bản ghi nhớ hợp tác. Ảnh VFF",
])
def test_a_credit_to_an_outlet_names_no_photographer(caption):
    article = clean(page(caption))
    assert article.photographers == ()
    assert "Ảnh" not in article.body


@pytest.mark.parametrize(("caption", "kept"), [
    # found on real pages: who gave the photo, a screenshot, an illustration's source in brackets
    ("Em Minh nhận giải nhất cuộc thi. Ảnh do nhà trường cung cấp", "Em Minh nhận giải nhất cuộc thi."),
    ("Chị Lan bên vườn rau của gia đình (Ảnh do nhân vật cung cấp)", "Chị Lan bên vườn rau của gia đình"),
    ("Bàn thắng duy nhất của trận đấu - Ảnh chụp màn hình", "Bàn thắng duy nhất của trận đấu"),
    ("Tin nhắn của đối tượng lừa đảo (Ảnh chụp màn hình)", "Tin nhắn của đối tượng lừa đảo"),
    ("Ảnh minh họa (Nguồn Internet)", "Ảnh minh họa"),
])
def test_a_credit_that_names_a_giver_a_screenshot_or_a_source_leaves_the_caption(caption, kept):
    article = clean(page(caption))
    assert article.body == f"{BODY}\n\n{kept}"
    assert article.photographers == ()
    assert any(r.kind == "byline" for r in article.removed)


def test_jsonl_html_item_keeps_the_scrapers_title_and_date():
    html = ("<html><head><title>Trang chủ | Báo X</title></head><body><article><p>Chiều 27/5, tại Hà Nội, lễ trao "
            "giải đã diễn ra với sự tham dự của nhiều đại biểu và khách mời.</p></article></body></html>")
    page = RawPage(id="j", source_file="f.jsonl:1", kind="html", content=html, title="Lễ trao giải năm 2023",
                   url="https://baox.vn/a.html", published="2023-05-27")
    article = clean(page)
    assert article.title == "Lễ trao giải năm 2023"
    assert article.published == "2023-05-27"
    assert article.source_url == "https://baox.vn/a.html"


def test_dateline_under_the_text():
    article = clean(page("Minh Anh", "Cập nhật: 10/12/2025 09:00"))
    assert article.published == "2025-12-10"
    assert article.authors == ("Minh Anh",)
    assert article.body == BODY


def test_a_bare_date_at_the_end_is_not_the_publication_date():
    article = clean(page("Phiên làm việc chiều 10/12: HĐND thành phố thông qua 29 nghị quyết", "09/12/2025"))
    assert article.published is None


def test_inline_related_link_is_stripped_and_the_text_goes_on():
    raw = RawPage(id="p", source_file="p.txt", kind="text", content="\n\n".join([
        "Tiêu đề", BODY, "Xem thêm: Hà Nội tổ chức lễ trao giải cho 72 đơn vị", "Đoạn cuối của bài viết vẫn còn đây.",
        "Minh Anh"]))
    article = clean(raw)
    assert article.body == BODY + "\n\nĐoạn cuối của bài viết vẫn còn đây."
    assert [r.rule for r in article.removed] == ["inline-related-link", "byline-name-line"]


def test_a_provincial_paper_head_and_tail():
    """Quảng Nam's style: a dateline in words, the author in capitals under it set off by a
    bar, the agency tag before the lead, `./.` and PV under the text, then related news."""
    raw = RawPage(id="p", source_file="p.txt", kind="text", content="\n\n".join([
        "Tặng bằng khen cho 46 tập thể và cá nhân", "Chủ nhật, ngày 08 tháng 12 năm 2024", "16:02 (GMT +7)",
        "BẢO NGUYÊN |", f"(QNO) - {BODY}", "Bà Nguyễn Thị Hoa phát biểu (Ảnh: Hữu Thắng)",
        "Các đại biểu dự hội nghị./.", "PV", "Tin liên quan", "Hội An đón 1 triệu lượt khách quốc tế"]))
    article = clean(raw)
    assert article.body == f"(QNO) - {BODY}\n\nBà Nguyễn Thị Hoa phát biểu\n\nCác đại biểu dự hội nghị./."
    assert article.published == "2024-12-08"
    assert article.authors == ("Bảo Nguyên",)
    assert article.photographers == ("Hữu Thắng",)
    assert ("byline", "PV") in {(r.kind, r.text) for r in article.removed}


def test_a_name_above_the_text_without_a_bar_stays():
    """Only the bar says a line under the title is a byline: a heading in capitals is text."""
    raw = RawPage(id="p", source_file="p.txt", kind="text", content=f"Tiêu đề\n\nHÀ NỘI\n\n{BODY}")
    assert clean(raw).body == f"HÀ NỘI\n\n{BODY}"


@pytest.mark.parametrize(("line", "author", "published"), [
    ("Văn Thiện 07/02/2025 16:30", "Văn Thiện", "2025-02-07"),
    ("Minh Anh - 15:18 27/05/2023", "Minh Anh", "2023-05-27"),
    ("Thu Trang | 09/10/2022 08:05 (GMT+7)", "Thu Trang", "2022-10-09"),
])
def test_an_author_with_the_date_under_the_headline(line, author, published):
    """A head line of the author's name and the page's date (found on a real page)."""
    article = clean(RawPage(id="p", source_file="p.txt", kind="text",
                            content=f"Hội nghị tổng kết công tác năm\n\n{line}\n\n{BODY}"))
    assert article.authors == (author,)
    assert article.published == published
    assert author not in article.body and published[:4] not in article.body


@pytest.mark.parametrize(("tail", "author", "source"), [
    # a source line, then the page's comment box, poll and weather widget
    (["Nguồn: (Baochinhphu.vn)", "Gửi bình luận của bạn", "Bình chọn",
      "Bạn có hài lòng với chất lượng dịch vụ công trực tuyến không?", "THỜI TIẾT HÔM NAY",
      "Trời nắng, chiều tối có mưa rào. Gió đông nam cấp 2."], None, "Baochinhphu.vn"),
    # the reporter's name, then headlines of other articles with no heading, one with its date
    (["Quốc Khánh", "Đội tuyển bóng chuyền nữ giành vé dự giải châu Á",
      "Ba võ sĩ trẻ lọt vào chung kết giải trẻ toàn quốc", "12/05/2024",
      "Khai mạc giải việt dã báo chí lần thứ 30 với 2.000 vận động viên"], "Quốc Khánh", None),
    # a right-aligned name, a rating widget and the site's footer
    (["                                   Ngọc Hân", "Đánh giá bài viết:", "Lượt đánh giá:", " ",
      "Bản quyền thuộc về tạp chí tỉnh"], "Ngọc Hân", None),
])
def test_what_follows_the_closing_byline_is_the_page_s(tail, author, source):
    """Widgets, footers and other articles' headlines under the byline (found on real pages)."""
    article = clean(page(*tail))
    assert article.body == BODY
    assert article.authors == ((author,) if author else ())
    assert article.source == source
    assert any(r.rule == "after-closing-credit" for r in article.removed)


def test_a_list_of_names_closing_the_article_is_no_byline():
    names = ["Giải Nhất thuộc về các tác giả:", "Lê Minh Tâm", "Trần Thu Hằng", "Phạm Quốc Việt"]
    article = clean(page(*names))
    assert all(name in article.body for name in names[1:3])


def text_page(*lines: str) -> RawPage:
    return RawPage(id="p", source_file="p.txt", kind="text", content="\n".join(lines))


HEADLINE = "Tỉnh khánh thành cây cầu dây văng lớn nhất khu vực miền Trung"
BODY2 = ("Phát biểu tại buổi lễ, lãnh đạo tỉnh đề nghị các đơn vị quản lý tốt công trình, bảo đảm an toàn "
         "cho người và phương tiện qua lại.")


@pytest.mark.parametrize("head", [
    ["Thời sự"],                                             # a section label
    ["Trang chủ Giới thiệu Liên hệ", "Kinh tế"],              # a menu, then a section
    ["Địa phương", "."],                                     # a section and a stray full stop
])
def test_menu_and_section_lines_above_the_headline(head):
    article = clean(text_page(*head, HEADLINE, BODY))
    assert article.title == HEADLINE
    assert article.body == BODY
    assert [r.text for r in article.removed if r.rule == "above-headline"] == head  # recorded, never lost


@pytest.mark.parametrize(("line", "published"), [
    ("In bài Thứ Hai, 03/06/2024 10:15 Nguồn", "2024-06-03"),
    ("14:20 | 05/05/2023 | XÃ HỘI", "2023-05-05"),
    ("Lưu 21/3/2022 08:00 Chia sẻ", "2022-03-21"),
    ("CHUYÊN MỤC TIN TỨC 15 Tháng Tám 2016 9:05:00 SA", "2016-08-15"),  # a month in words (found on a real page)
])
def test_a_short_line_with_a_date_and_a_time_is_furniture_that_dates_the_page(line, published):
    for lines in ([line, HEADLINE, BODY], [HEADLINE, line, BODY]):
        article = clean(text_page(*lines))
        assert article.title == HEADLINE
        assert article.published == published
        assert article.body == BODY


@pytest.mark.parametrize(("author", "dateline"), [
    ("Lan Hương", "05/06/2024 08:15 GMT+7"),
    ("Đức Anh", "Thứ Ba, 12/03/2024 - 10:00"),
    ("Thanh Tùng", "20/10/2023 07:30"),
    # over the section's name with the date and time, a line of page furniture
    ("Minh Khoa", "Kinh tế 09:12 | 14/08/2024"),
])
def test_an_author_alone_over_the_dateline(author, dateline):
    article = clean(text_page(HEADLINE, author, dateline, BODY))
    assert article.authors == (author,)
    assert article.body == BODY
    assert article.published is not None


def test_a_page_that_opens_with_its_text_has_no_headline():
    lead = "(BTV) - Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ."
    article = clean(text_page(lead, BODY))
    assert article.title == ""
    assert article.body.startswith("(BTV) - Sáng 3/4")


@pytest.mark.parametrize("line", [
    # QR-code widgets
    "Quét mã QR để đọc bài trên điện thoại", "Mã QRCODE xem trên mobile", "QR code: tải ứng dụng báo",
    # another article's headline in brackets (found on a real page)
    "[Hà Nội mở thêm ba tuyến xe buýt điện nối sân bay]", "[Giá vàng hôm nay tăng mạnh, vượt mốc 90 triệu đồng]",
    "[Infographic: Kinh tế quý I tăng trưởng 6,9%]",
])
def test_a_line_of_the_page_s_between_two_paragraphs_is_stripped(line):
    article = clean(text_page(HEADLINE, BODY, line, BODY))
    assert line not in article.body and article.body.count(BODY) == 2


@pytest.mark.parametrize("heading", ["Chương trình hôm nay", "LỊCH PHÁT SÓNG", "Lịch phát sóng hôm nay"])
def test_a_broadcaster_s_programme_listing_ends_the_article(heading):
    article = clean(text_page(HEADLINE, BODY, heading, "08h00 - 08h30 Thời sự sáng", "20h00 - 20h30 Phim truyện"))
    assert article.body == BODY


@pytest.mark.parametrize("widget", ["Lượt xem: 1.234", "Lượt đọc: 87", "Số lượt xem: 12", "Cỡ chữ: A- A A+",
                                    "100%", "90 %",  # the size widget's zoom level (found on real pages)
                                    "Đọc tin", "Nghe đọc bài viết", "Đọc bài viết"])
def test_counters_font_size_and_read_aloud_widgets_are_furniture(widget):
    """View counters and text-to-speech buttons under the headline (found on provincial portals)."""
    article = clean(text_page(HEADLINE, widget, BODY))
    assert article.body == BODY
    assert widget in [r.text for r in article.removed]


@pytest.mark.parametrize("desk", ["Ban tổ chức", "Ban biên tập", "Tòa soạn"])
def test_a_committee_or_desk_credited_under_the_headline_or_the_text_names_no_person(desk):
    for lines in ([HEADLINE, desk, BODY], [HEADLINE, BODY, desk]):
        article = clean(text_page(*lines))
        assert article.body == BODY and article.authors == ()


def test_a_category_line_with_a_slash_is_no_byline_with_an_outlet():
    # "Thu Trang/VOV.VN" credits an outlet; "Nam/Nữ …: A, B" is a result line of the text
    article = clean(RawPage("t", "t.txt", "text",
                            "Kết quả giải\n\nBan tổ chức công bố kết quả.\n\nNam/Nữ ca sĩ triển vọng: Văn Mai Hương, "
                            "Bùi Anh Tuấn\n\nLễ trao giải diễn ra tại Hà Nội.", "utf-8"))
    assert "Nam/Nữ ca sĩ triển vọng" in article.body
    assert "Lễ trao giải diễn ra tại Hà Nội." in article.body


@pytest.mark.parametrize("text", [
    "Người dân đến xem triển lãm. Ảnh của các tác giả trẻ được trưng bày ở tầng hai.",  # a sentence about photos
    "Ảnh hưởng của đợt rét đến cây trồng là rất lớn.",
    "Đợt rét kéo dài nhiều ngày. ảnh hưởng của nó đến cây trồng là rất lớn.",  # a lowercase sentence start
    "Xe khách va chạm xe tải trên quốc lộ 1A- ảnh hưởng giao thông suốt buổi sáng.",
    "Anh Tùng cho biết ảnh chụp màn hình tin nhắn đó là giả mạo.",
    "Hai dự án lớn  ảnh hưởng tới hàng trăm hộ dân.",  # a double space before a lowercase word
    "Theo ông Hòa, ảnh do người dân gửi đến cho thấy nước đã rút.",
])
def test_a_sentence_about_photos_is_no_credit(text):
    assert clean(page(text)).body.endswith(text)


@pytest.mark.parametrize("heading", ["Các tin khác", "Tin liên quan", "Tin cùng chuyên mục"])
def test_a_related_news_heading_over_the_text_does_not_end_it(heading):
    """Found on a real page: the site's list of other news, this article among them, stood
    between the headline and the text, and the whole article was cut as a sidebar."""
    article = clean(text_page(HEADLINE, heading, "Cầu mới thông xe (12/03/2024)", BODY, BODY2))
    assert article.title == HEADLINE
    assert article.body.endswith(f"{BODY}\n\n{BODY2}")
    assert heading not in article.body


def test_a_related_news_heading_under_the_text_still_ends_it():
    article = clean(text_page(HEADLINE, BODY, "Các tin khác", f"{HEADLINE} (12/03/2024)", BODY2))
    assert article.body == BODY


def test_an_english_cms_dateline_names_no_author():
    article = clean(text_page(HEADLINE, "Posted Fri, 11/12/2015 - 16:58", BODY))
    assert article.authors == ()
    assert article.published == "2015-12-11"  # 11 December 2015, a Friday: the day first
    assert article.body == BODY


@pytest.mark.parametrize(("line", "authors", "published"), [
    # found on real pages: the date line and the author's label on one line, set apart by a bar
    ("Ngày đăng bài: 02/12/2019 | Tác giả: Minh Tâm", ("Minh Tâm",), "2019-12-02"),
    ("Tác giả: Lan Hương | Cập nhật: 15/03/2021 08:30", ("Lan Hương",), "2021-03-15"),
    ("Bài viết: Hoàng Nam | Đăng ngày: 06/09/2022", ("Hoàng Nam",), "2022-09-06"),
])
def test_a_date_and_an_author_on_one_line_are_a_byline(line, authors, published):
    for article in (clean(text_page(HEADLINE, line, BODY, BODY2)), clean(text_page(HEADLINE, BODY, BODY2, line))):
        assert article.authors == authors
        assert article.published == published
        assert line not in article.body
        assert BODY in article.body and BODY2 in article.body


def test_a_bar_between_a_date_and_words_that_name_no_author_is_no_byline():
    line = "Cập nhật: 15/03/2021 08:30 | Chuyên mục: Kinh tế"
    assert credits._dated_byline(line) is None


WRAPPED = ("Ngày\n12/4/2023, Hội Liên hiệp Phụ nữ huyện Vân Trì phối hợp với Trung tâm Văn hóa huyện tổ\n"
           "chức giải bóng chuyền hơi truyền thống năm 2023 cho cán bộ, hội viên phụ\n"
           "nữ, thu hút 14 đội với hơn 100 vận động viên.\n\nGiải\n"
           "nhất thuộc về đội xã Tân An, giải nhì thuộc về đội thị trấn Vân Trì và giải ba thuộc\n"
           "về đội xã Lam Sơn.")


def test_a_hard_wrapped_article_is_kept_whole_with_its_sentences_joined():
    """Found on a real page: a text wrapped at a column's width put `Ngày` on a line of its own,
    read as a closing byline, and the article under it was cut as the page's tail."""
    article = clean(text_page(HEADLINE, WRAPPED))
    assert "tổ chức giải bóng chuyền hơi" in article.body
    assert "hội viên phụ nữ, thu hút 14 đội" in article.body
    assert "giải ba thuộc về đội xã Lam Sơn." in article.body
    assert article.authors == ()


@pytest.mark.parametrize("lines", [
    # a label, a widget or a heading of a few words over a lowercase line keeps its line
    ["Bài viết hay? Hãy đánh giá", "bài viết"],
    ["Tin liên quan", "chưa có tin nào"],
    # a headline over its URL's slug
    ["Lam Khê khai trương tuyến xe buýt điện đầu tiên nối trung tâm với sân bay quốc tế",
     "lam-khe-khai-truong-tuyen-xe-buyt-dien"],
    # a line ending a sentence, a list's label
    ["Hội nghị tổng kết năm 2023 đã diễn ra tại hội trường lớn của Ủy ban nhân dân tỉnh.",
     "các đại biểu thảo luận sôi nổi."],
    ["Các đơn vị đạt giải nhất trong hội thi văn nghệ quần chúng năm nay gồm các xã:", "xã Tân An, xã Lam Sơn"],
])
def test_lines_that_are_not_one_wrapped_sentence_stay_apart(lines):
    assert unwrapped(lines) == lines


@pytest.mark.parametrize(("given", "published"), [
    ("2024-05-27T10:00:00+07:00", "2024-05-27"),   # a timestamp: its day, as the contract writes it
    ("2023-11-02 16:45:10", "2023-11-02"),
    ("2024-5-7", "2024-05-07"),
    ("27/05/2024", "2024-05-27"),                  # as a Vietnamese page prints it, day first
    ("Thứ ba, 04/06/2024 - 09:15", "2024-06-04"),
    ("2022-09-01", "2022-09-01"),
])
def test_a_scrapers_published_value_becomes_the_contracts_iso_day(given, published):
    """A scraper's `published` went into the JSON as given, where a program reads an ISO day."""
    article = clean(RawPage(id="p", source_file="p.jsonl:1", kind="body", content=BODY, title="Tin", published=given))
    assert (article.published, article.warnings) == (published, ())


@pytest.mark.parametrize(("given", "why"), [
    ("0000-00-00 00:00:00", "names no day on the calendar"),  # a CMS's empty date
    ("2023-02-29", "names no day on the calendar"),
    ("31/04/2024", "names no day on the calendar"),
    ("hôm qua", "is not a date"),
    ("N/A", "is not a date"),
])
def test_a_published_value_that_names_no_day_is_left_out_with_a_warning(given, why):
    article = clean(RawPage(id="p", source_file="p.jsonl:1", kind="body", content=BODY, title="Tin", published=given))
    assert article.published is None
    assert article.warnings == (f"published {given!r} {why}: left out",)


@pytest.mark.parametrize("line", ["29/02/2023 10:30", "Thứ hai, 31/06/2024 - 08:00", "Ngày 30 tháng 2 năm 2021"])
def test_a_date_line_with_a_day_no_calendar_has_is_still_furniture_but_dates_nothing(line):
    """A typo in a page's date line made `published` a day that does not exist, and every
    relative date of the article was dated from it."""
    article = clean(RawPage(id="p", source_file="p.txt", kind="text", content=f"Tiêu đề\n{line}\n{BODY}"))
    assert article.published is None
    assert article.body == BODY
    assert "names no day on the calendar" in article.warnings[0]


def test_a_scrapers_published_value_that_is_no_date_leaves_the_pages_own_date_line_to_date_it():
    page = RawPage(id="p", source_file="p.jsonl:1", kind="html", published="N/A",
                   content=f"<html><body><h1>Tiêu đề</h1><p>Thứ hai, 03/06/2024 08:30</p><p>{BODY}</p></body></html>")
    article = clean(page)
    assert article.published == "2024-06-03"
    assert article.warnings == ("published 'N/A' is not a date: left out",)


def _in_nag_mundari(text: str) -> str:
    """Digits of a script newer than the Unicode tables of some Pythons (U+1E4F0 is its zero)."""
    return text.translate({ord("0") + k: 0x1E4F0 + k for k in range(10)})


@pytest.mark.parametrize(("written", "expected"), [
    ("2024-03-05", "2024-03-05"),
    ("15/11/2023", "2023-11-15"),
    ("Thứ Hai, 04/12/2023 08:30", "2023-12-04"),
])
def test_a_date_in_digits_python_does_not_know_is_read(written: str, expected: str) -> None:
    """A dateline or a scraper's published value is read whatever script its digits are in:
    int() refused the digits a pattern read, and the page was lost."""
    assert credits.published_day(_in_nag_mundari(written)) == (expected, None)
    assert credits.dateline(_in_nag_mundari(written)) == credits.dateline(written)
