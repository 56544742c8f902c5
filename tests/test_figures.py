"""Figures in Vietnamese number format, with units, and the numbers that are not figures."""

from __future__ import annotations

import pytest
from conftest import analyse

from pipeline.extractors.figures import parse_number

# (text, expected figures in order: (value, unit, extra fields to check))
CASES: list[tuple[str, list[tuple[float, str | None, dict]]]] = [
    # counts with units
    ("Ban Tổ chức đã nhận hồ sơ của 150 tổ chức, cá nhân.", [(150, "tổ chức, cá nhân", {})]),
    ("Qua xét chọn, có 72 đơn vị được vinh danh tại lễ trao giải.", [(72, "đơn vị", {})]),
    ("Cụ thể: 8 đơn vị tại hạng mục A; 25 đơn vị tại hạng mục B.", [(8, "đơn vị", {}), (25, "đơn vị", {})]),
    ("Chương trình có 4 hạng mục trao giải.", [(4, "hạng mục trao giải", {})]),
    ("6 tháng đầu năm có 500 doanh nghiệp thành lập mới.", [(500, "doanh nghiệp", {})]),
    ("Số lao động được giải quyết việc làm là 15.360 lao động.", [(15360, "lao động", {})]),
    ("sản lượng ô tô 6 tháng đạt 30.925 xe, tăng 18,24%", [(6, "tháng", {}), (30925, "xe", {}), (18.24, "%", {})]),
    ("năng suất lúa đạt 62,87 tạ/ha", [(62.87, "tạ/ha", {})]),
    ("khoảng 1.200 người tham gia", [(1200, "người", {"qualifier": "khoảng"})]),
    ("hơn 100 hoạt động sôi nổi", [(100, "hoạt động sôi nổi", {"qualifier": "hơn"})]),
    ("gần 1.000 học sinh", [(1000, "học sinh", {"qualifier": "gần"})]),
    ("trên 30 đại biểu", [(30, "đại biểu", {"qualifier": "trên"})]),
    ("dưới 5 tuổi", [(5, "tuổi", {"qualifier": "dưới"})]),
    ("Đại hội đã bầu 64 đồng chí vào Ban Chấp hành.", [(64, "đồng chí", {})]),
    ("đón hơn 1 triệu lượt khách", [(1000000, "lượt khách", {"qualifier": "hơn"})]),
    ("Hà Nội có 30 quận, huyện.", [(30, "quận, huyện", {})]),
    ("Sau 2 trận, Việt Nam có 6 điểm.", [(2, "trận", {}), (6, "điểm", {})]),
    # a number word that ends a longer word counts nothing: the "tư" of "đầu tư"
    ("Trong đó, hai doanh nghiệp có vốn đầu tư nước ngoài thưởng 1,2 tỷ đồng.",
     [(2, "doanh nghiệp", {}), (1_200_000_000, "đồng", {})]),
    # prices keep what they are per; a number after a name in capitals is part of it
    ("Giá xăng RON 95 giảm 500 đồng/lít.", [(500, "đồng/lít", {"currency": "VND"})]),
    ("Giá đất 120 triệu đồng/m2.", [(120_000_000, "đồng/m2", {})]),
    ("Học phí tăng từ 1,2 triệu lên 1,5 triệu đồng/tháng.",
     [(1_200_000, None, {}), (1_500_000, "đồng/tháng", {})]),
    ("có 3 năm liên tiếp xếp thứ nhất", [(3, "năm liên tiếp", {}), (1, "hạng", {"kind": "rank"})]),
    ("gồm 01 giải Đặc biệt", [(1, "giải Đặc biệt", {})]),
    ("Nhà máy có 2.500 công nhân.", [(2500, "công nhân", {})]),
    # the fourth word of a unit is not cut out of a longer word ("thành phẩm")
    ("phát hiện khoảng 5 tấn giò chả thành phẩm.", [(5, "tấn giò chả", {"qualifier": "khoảng"})]),
    ("tuyển sinh 7.000 chỉ tiêu", [(7000, "chỉ tiêu", {})]),
    ("công bố danh mục 233 dự án đầu tư", [(233, "dự án đầu tư", {})]),
    ("tiếp nhận 30 bệnh nhân", [(30, "bệnh nhân", {})]),
    # percentages
    ("tỷ lệ hồ sơ trực tuyến của tỉnh đạt 38%", [(38, "%", {"kind": "percent"})]),
    ("GRDP ước tính tăng 3,02% so với cùng kỳ", [(3.02, "%", {})]),
    ("Kết quả xử lý hồ sơ trên môi trường điện tử đạt 100%.", [(100, "%", {})]),
    ("tăng 12 % so với năm trước", [(12, "%", {})]),
    ("giảm 20,9% so với cùng kỳ", [(20.9, "%", {"change": "decrease"})]),
    ("doanh thu tăng 12% so với năm trước", [(12, "%", {"change": "increase"})]),
    ("tăng trên 11% so với cùng kỳ", [(11, "%", {"qualifier": "trên"})]),
    ("GDP có thể tăng thêm 0,2-0,3%", [(0.2, "%", {"max": 0.3})]),
    ("lãi suất từ 10-15% mỗi năm", [(10, "%", {"max": 15})]),
    ("đóng góp 5,91 điểm %", [(5.91, "điểm %", {"kind": "percentage-points"})]),
    # money
    ("thu hơn 3,5 tỷ đồng từ đấu giá", [(3500000000, "đồng", {"currency": "VND", "qualifier": "hơn"})]),
    ("tổng doanh thu bán lẻ đạt 29.232,75 tỷ đồng", [(29232750000000, "đồng", {"currency": "VND"})]),
    ("kim ngạch xuất khẩu ước đạt 525 triệu USD", [(525000000, "USD", {"currency": "USD"})]),
    ("tổng kinh phí 500 triệu đồng.", [(500000000, "đồng", {"currency": "VND"})]),
    ("đạt 1.234.567,89 USD", [(1234567.89, "USD", {"currency": "USD"})]),
    ("vốn đầu tư 1,2 nghìn tỷ đồng", [(1200000000000, "đồng", {"currency": "VND"})]),
    ("mức phạt 7,5 triệu đồng", [(7500000, "đồng", {"currency": "VND"})]),
    ("giá 50.000 đồng/kg", [(50000, "đồng/kg", {"currency": "VND", "kind": "money"})]),
    ("hỗ trợ 2 triệu VNĐ mỗi hộ", [(2000000, "VNĐ", {"currency": "VND"})]),
    ("thu hút 3 tỷ USD vốn FDI", [(3000000000, "USD", {"currency": "USD"})]),
    ("bổ sung hơn 1.436 tỷ đồng vốn dự phòng", [(1436000000000, "đồng", {"qualifier": "hơn"})]),
    ("gói hỗ trợ 2-3 tỷ đồng", [(2000000000, "đồng", {"max": 3000000000})]),
    # scale without money
    ("dân số 3 triệu người", [(3000000, "người", {})]),
    ("số thu ngân sách đạt 1,7 triệu tỷ đồng", [(1700000000000000, "đồng", {"currency": "VND"})]),
    ("Lũy kế 9 tháng đầu năm 2024, doanh thu đạt 104.000 tỷ đồng", [(104000000000000, "đồng", {})]),
    ("khoảng 2,5 triệu người", [(2500000, "người", {"qualifier": "khoảng"})]),
    # ranks and shares
    ("Kết quả xếp hạng CĐS của tỉnh xếp thứ 10/63 tỉnh, TP;", [(10, "tỉnh, TP", {"of": 63, "kind": "rank"})]),
    ("Bắc Giang xếp thứ nhất cả nước", [(1, "cả nước", {"kind": "rank"})]),
    ("tỉnh đứng thứ 3 về tăng trưởng", [(3, "hạng", {"kind": "rank"})]),
    ("Hải Phòng là 01 trong 07 tổ chức/địa phương được trao giải",
     [(1, "tổ chức/địa phương", {"of": 7}), (7, "tổ chức/địa phương", {})]),
    ("tỉnh Bắc Giang là 1 trong 7 tổ chức/địa phương được trao giải",
     [(1, "tổ chức/địa phương", {"of": 7}), (7, "tổ chức/địa phương", {})]),
    ("3 trên 10 người được hỏi đồng ý", [(3, "người", {"of": 10}), (10, "người", {})]),
    ("8/8 học sinh đều đoạt giải", [(8, "học sinh", {"of": 8, "kind": "share"})]),
    # number words
    ("hai năm liên tiếp đạt giải", [(2, "năm liên tiếp", {})]),
    # a unit of time is one word: what follows it is the clause (Bắc Ninh, Quảng Nam pages)
    ("thành tích xuất sắc trong 03 năm thực hiện Chỉ thị", [(3, "năm", {})]),
    ("tổng kết 5 năm hoạt động của Tổ công tác", [(5, "năm", {})]),
    ("bác sĩ đã có 30 phút ép tim cho bệnh nhân", [(30, "phút", {})]),
    # ... and a capitalised word after a unit begins a name
    ("kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc", [(75, "năm", {})]),
    # a verb of winning ends the unit; a house number counts nothing
    ("15 bài viết đoạt giải nhì, 20 em giành huy chương vàng", [(15, "bài viết", {}), (20, "em", {})]),
    ("Trụ sở tại 25 Lý Thường Kiệt đã được sửa chữa", []),
    # a share written like a day and month
    ("Quốc hội đã dành 2/3 thời gian để xem xét luật", [(2, "thời gian", {"of": 3, "kind": "share"})]),
    ("ba mươi lăm hộ được hỗ trợ", [(35, "hộ", {})]),
    ("hàng trăm người dân", []),  # ANNOTATION.md: a vague amount is no figure
    ("hai trăm đơn vị", [(200, "đơn vị", {})]),
    ("mười người", [(10, "người", {})]),
    # ... also opening a sentence, before a counted noun only
    ("Hai người bị thương được đưa đi cấp cứu.", [(2, "người", {})]),
    ("Mười bài viết đoạt giải nhất, mỗi giải 10 triệu đồng.", [(10, "bài viết", {}), (10_000_000, "đồng", {})]),
    ("Ba Đình là quận trung tâm của Thủ đô.", []),
    ("Năm nay tỉnh có thêm nhiều dự án. Một số đơn vị chưa hoàn thành.", []),
    # zero-padded
    ("tặng Bằng khen cho 06 tập thể, 06 cá nhân", [(6, "tập thể", {}), (6, "cá nhân", {})]),
    ("03 tập thể, 05 cá nhân", [(3, "tập thể", {}), (5, "cá nhân", {})]),
    # traps: nothing here is a figure
    ("Cách mạng công nghiệp 4.0 và chuyển đổi số", []),
    ("TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards", []),
    ("mạng 5G phủ sóng toàn tỉnh", []),
    ("dịch cúm H5N1 và COVID-19", []),
    ("Nghị quyết số 52-NQ/TW của Bộ Chính trị", []),
    ("Quyết định 749/QĐ-TTg của Thủ tướng", []),
    ("Nghị định 100/2019/NĐ-CP", []),
    ("Quyết định số 163/QĐ-UBND", []),
    ("Chiều 27/5, tại Hà Nội", []),
    ("năm 2023", []),
    ("(2020, 2021 và 2022)", []),
    ("giai đoạn 2021-2025", []),
    ("ngày 5/5/2023", []),
    ("quý I/2023", []),
    ("lúc 08:30 sáng", []),
    ("lúc 15h30", []),
    ("gọi đường dây nóng 0912.345.678", []),
    ("số điện thoại 0225 3842 123", []),
    ("Kỳ họp thứ 32 HĐND thành phố", []),
    ("Giải Báo chí Quốc gia lần thứ 18", []),
    ("trú tại Quận 1, TP Hồ Chí Minh", []),
    ("học sinh lớp 12", []),
    ("vô địch hạng cân 60kg nữ nhóm 2", []),  # a group's number names it
    ("Nhóm 3 thi đấu vào buổi chiều", []),
    ("HCB hạng cân 48kg nam (nhóm 1).", []),
    ("theo Điều 360 Bộ luật Hình sự", []),  # a capitalised word after the number names, it counts nothing
    ("ở nhóm 17 bộ, ngành có dịch vụ công", [(17, "bộ, ngành", {})]),  # after a label, counted things are counted
    ("Đội trực đêm chia thành tổ, mỗi tổ 5 người.", [(5, "người", {})]),
    ("theo Điều 5 của Luật", []),
    # a unit or a currency glued to its number
    ("khu công nghiệp rộng 75ha", [(75, "ha", {})]),
    ("nhà máy công suất 2.000MW", [(2000, "MW", {})]),
    ("nạo vét hơn 200.000m³ bùn", [(200000, "m³", {"qualifier": "hơn"})]),
    ("số tiền 38.619.500đ", [(38619500, "đ", {"currency": "VND", "kind": "money"})]),
    # letters glued to a number that are no unit: a code
    ("mạng 5G và virus H5N1", []),
    # a weight class or a distance that names a sports event, spaced or glued
    ("vô địch hạng cân 60 kg nữ", []),
    ("giành HCV nội dung chạy 100 m nam", []),
    ("về nhất cự ly 800m", []),
    ("các VĐV thi đấu ở hạng 54kg", []),
    # a day of a month named by its name (lunar months most often) is a date, no figure
    ("chợ hoa họp từ 16 tháng Chạp", []),
    ("lễ hội mở vào mùng 10 tháng Giêng", []),
    ("ngày 8 tháng Tư âm lịch", []),
    ("dự án kéo dài 3 tháng.", [(3, "tháng", {})]),
    # a name that carries a number: the number counts nothing
    ("phòng chống dịch COVID-19 và covid - 19", []),
    ("sau SEA Games 31, đội tuyển trở về", []),
    ("lọt Top 10 thương hiệu mạnh", []),
    ("đoàn giành 205 HCV tại SEA Games 32", [(205, "HCV", {})]),
    # one sum written in two or three scales
    ("tổng kinh phí 1.521 tỷ 079 triệu đồng", [(1521079000000, "đồng", {"currency": "VND"})]),
    ("hỗ trợ 2 tỷ 500 triệu đồng", [(2500000000, "đồng", {"currency": "VND"})]),
    ("giá 1 triệu 200 nghìn đồng", [(1200000, "đồng", {"currency": "VND"})]),
    # a list's item number, at a line's start or after a semicolon, counts nothing
    ("Các tác phẩm đạt giải:\n1. Loạt bài về nông thôn mới\n2) Phóng sự Lam Khê", []),
    ("gồm các đơn vị: 3. Ban Quản lý rừng; 4. Hội Phụ nữ huyện", []),
    ("Số ca mắc mới là 4. Trong đó có 2 ca nặng.", [(4, None, {}), (2, "ca nặng", {})]),
    # a weight or a length that measures something stays a figure
    ("thu hoạch 500 kg cá", [(500, "kg cá", {})]),
    ("làm mới 800 m đường", [(800, "m đường", {})]),
    ("xem tại http://baobacgiang.com.vn/bg/406282/a-4-0.html", []),
    ("gửi email tới bandoc2023@gmail.com", []),
    ("Trường THPT số 1 Lào Cai", []),
    ("liveshow tại Sân vận động Quân khu 7, TP.HCM", []),
    ("điều trị tại Bệnh viện 108", []),
    ("tai nạn trên Quốc lộ 5 đoạn qua Hải Dương", []),
    ("chứng nhận ISO 9001:2015", []),
    ("Thông tư 01/2024/TT-BGDĐT", []),
    ("tổ chức lần 2 tại Huế", []),
    ("tại Kỳ họp thứ 19 HĐND tỉnh khóa VI", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_figures(text, expected):
    figures = analyse(text).of("figure")
    assert [f.value.value for f in figures] == pytest.approx([e[0] for e in expected])
    for fig, (_, unit, extra) in zip(figures, expected, strict=True):
        assert fig.value.unit == unit
        for key, value in extra.items():
            assert getattr(fig.value, key) == pytest.approx(value) if isinstance(value, float | int) \
                else getattr(fig.value, key) == value


@pytest.mark.parametrize(("text", "value"), [
    ("1.200", 1200), ("2,5", 2.5), ("1.234.567,89", 1234567.89), ("01", 1), ("07", 7),
    ("ba mươi", 30), ("ba mươi lăm", 35), ("hai trăm", 200), ("một nghìn", 1000), ("mười", 10), ("hai", 2),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_spans_are_in_the_body():
    article = analyse("Tỉnh có 150 tổ chức, cá nhân tham gia; tỷ lệ đạt 38%.")
    for f in article.of("figure"):
        assert article.body[f.start:f.end] == f.text
        assert f.rule.startswith("figure:")


@pytest.mark.parametrize("body", [
    "Thực hiện Đề án 06 của Chính phủ, tỉnh đã cấp 20.000 tài khoản định danh.",
    "Sau 10 năm thực hiện Nghị quyết (NQ) 28, thành phố có thêm nhiều tổ chức đảng.",
    "Theo Quyết định 1520 của UBND tỉnh, dự án được điều chỉnh.",
    "Vào lúc 17 giờ 30 phút ngày 30/8, hai em nhỏ bị rơi xuống nước.",
    "Khoảng 6 giờ15 sáng nay, xe khách gặp nạn trên quốc lộ.",
])
def test_document_numbers_and_times_of_day_are_no_figures(body):
    """Real pages: a resolution's number after its abbreviation, an hour glued to its minutes."""
    texts = [s.text for s in analyse(body).of("figure")]
    assert not any(t.split()[0] in ("06", "28", "1520", "17", "6") for t in texts), texts


@pytest.mark.parametrize("body", [
    "Danh sách như sau:\n\n1\nđơn vị chủ trì hội thảo năm nay",
    "Tổng số khách mời là 40\n\nngười dẫn chương trình cảm ơn các đại biểu.",
    "Giá trị giải thưởng lên tới 15\n\ntriệu đồng là mức thưởng của năm trước.",
    "Mức tăng được ghi nhận 3 -\n\n5 phần trăm ở các vùng.",
])
def test_a_unit_never_reaches_past_a_line_break(body):
    """Real pages: a table's row number alone on its line took the next line's first words
    as its unit; a number ending a line counts nothing on the line below."""
    for figure in analyse(body).of("figure"):
        assert "\n" not in figure.text, figure.text


# Numbers that are no figures by ANNOTATION.md, each class with several members, and the
# figures beside them that stay (`kept`). Found on real pages unless said otherwise.
NO_FIGURES = [
    # a vague amount is no figure
    ("Hàng trăm người dân đổ về xem, hàng chục nghìn lượt khách ghé thăm, có 12 gian hàng.", [12]),
    # the article `một` is no figure; `một trăm` and `mười một` are numbers
    ("Một bác sĩ cứu sống một bệnh nhân; một trăm người hiến máu, mười một đội tham gia.", [100, 11]),
    # the first of two days sharing a month is a day, not a figure
    ("Giải diễn ra trong hai ngày 21 và 22/5 với 30 đội; vòng loại từ 3 – 4/5.", [2, 30]),
    ("Hội chợ mở cửa từ ngày 8 đến ngày 12/10, đón 5.000 lượt khách.", [5000]),
    # numbers listed after one that names a thing name things too: articles, age groups, decisions
    ("Theo các Điều 3, 8, 12 và 40 của Luật, có 15 hộ vi phạm.", [15]),
    ("Các kỳ thủ thi ở nhóm tuổi U8, 10, 12 và 14; giải có 220 kỳ thủ.", [220]),
    ("Theo Quyết định số 412, 413 (ngày 2/5/2023), tỉnh có 30 xã đạt chuẩn.", [30]),
    # a figure listed after a name's number, with its counted unit or scale, is still one
    ("Khu dân cư số 2, 3 và 40 hộ dân bị ngập.", [40]),
    # a list's item number, with no space after it or closing a line; a number alone on its line
    ("Kết quả như sau:\n1.Tác phẩm của nhóm Lam Khê đạt 20 điểm.\n2.\nTác phẩm Vân Trì.\n44\nCó 9 đội.", [20, 9]),
    # a caption's photo number
    ("Lãnh đạo tỉnh trao 12 suất quà cho học sinh - Ảnh 1.\nQuang cảnh buổi lễ - Ảnh 2", [12]),
    # an hour of the day (`lúc 20 giờ` was read as 20 hours); hours counted stay figures
    ("Lễ khai mạc lúc 19 giờ ngày 2/9 có 500 đại biểu.", [500]),
    ("Tính đến 10 giờ cùng ngày, lực lượng cứu hộ đưa 4 người ra ngoài.", [4]),
    ("Khoảng 5 giờ sáng, 2 xe tải va chạm trên quốc lộ.", [2]),
    ("Ca làm việc kéo dài từ 7 giờ đến 17 giờ.", []),
    ("Sau 72 giờ, đội tìm kiếm đã làm việc liên tục 16 giờ.", [72, 16]),
    # age classes that name an event, its two ends neither; a person's age is a figure
    ("Giải nhất đôi nam dưới 40 tuổi thuộc về đội Lam Khê, đôi nữ trên 45 tuổi có 6 cặp.", [6]),
    ("Nội dung nữ 36-43 tuổi có 12 đội tham gia.", [12]),
    ("Các em thi ở nhóm tuổi 13-14 tuổi với 8 hạng cân.", [8]),
    ("Nạn nhân là bà Lò Thị Mai, 45 tuổi, trú tại xã Tân An.", [45]),
    # days of a month written with `tháng` and the month's number are a date
    ("Giải diễn ra từ ngày 19 đến 22 tháng 4 với 30 đội; ngày 20 - 21 tháng 7 có 5 trận.", [30, 5]),
    # the months of a year so far, before the year, are a period
    ("Trong 9 tháng năm 2018, tỉnh thu 200 tỷ đồng; lũy kế 11 tháng năm 2019 đạt 12%.", [200e9, 12]),
    # the classes of the Party's badge name them
    ("Lễ trao Huy hiệu 40, 45 và 50 năm tuổi Đảng cho 11 đảng viên; Huy hiệu 30 năm tuổi Đảng có 3 đồng chí.",
     [11, 3]),
    # a number after a label word: stages, weeks, hamlets, grades, age groups and weight classes
    ("Giai đoạn 2 của dự án có 40 hộ tham gia.", [40]),
    ("Trong tuần 21, toàn tỉnh ghi nhận 15 ca bệnh.", [15]),
    ("Thôn 11 và ấp 3 có 200 hộ dân.", [200]),
    ("Các võ sinh thi ở lứa tuổi 7-9 và hạng cân 74-79, tổng cộng 60 võ sinh.", [60]),
    ("Thương lái chỉ mua loại 1 với giá 20.000 đồng/kg (Hình 2).", [20000]),
    # found on real pages: an ordinal after its label whatever noun follows (`lần 1 tổ chức`, `lần 3 năm 2022`),
    # unless a distributive comes first; a score, read as a range from 3 down to 1 with the words after it
    # as its unit; a forest's sub-zone and plot numbers
    ("Diễn đàn lần 1 tổ chức ở Cần Thơ thu hút 300 đại biểu.", [300]),
    ("Hội diễn lần 3 năm 2022 có 18 đội tham gia.", [18]),
    ("Học viên khóa 3 gồm 40 người.", [40]),
    ("Mỗi lần 2 người được vào thăm.", [2]),
    ("Bài 1: Những ca bệnh chuyển viện sai tuyến. Bài 2 kể về 15 bác sĩ trẻ.", [15]),
    ("Mỗi bài 3 điểm, cả đề có 10 bài.", [3, 10]),
    ("Giá tăng gấp 3 lần so với năm trước.", [3]),
    ("Đội chủ nhà thắng 3-1 trước đội khách, có 5.000 khán giả.", [5000]),
    ("Kiểm lâm phát hiện phá rừng ở tiểu khu 512, khoảnh 3, liên quan 9 hộ dân.", [9]),
    ("Tiểu khu 5 có 120 hộ nhận khoán bảo vệ rừng.", [120]),
]


@pytest.mark.parametrize(("body", "kept"), NO_FIGURES, ids=[c[0][:40] for c in NO_FIGURES])
def test_numbers_that_name_date_or_label_are_no_figures(body, kept):
    assert [s.value.value for s in analyse(body).of("figure")] == kept


def assert_values_and_units(text: str, expected: list[tuple[float, str | None]]) -> None:
    """The figures of `text` are these (value, unit), in order."""
    figures = analyse(text).of("figure")
    assert [f.value.value for f in figures] == pytest.approx([value for value, _ in expected])
    assert [f.value.unit for f in figures] == [unit for _, unit in expected]


# Found on real pages: a site that writes numbers English style puts a dot before the decimals.
# A dot with one or two digits after it groups no thousands, so it is the decimal mark, read where
# a measure follows it; a version has none. Three digits after the dot stay thousands.
DECIMAL_DOTS = [
    ("Lượng khách quốc tế tăng 14.6% so với cùng kỳ.", [(14.6, "%")]),
    ("Giá điện bình quân tăng 4.5 phần trăm từ tháng này.", [(4.5, "%")]),
    ("Kim ngạch xuất khẩu đạt 2.75 tỷ USD trong quý.", [(2.75e9, "USD")]),
    ("Mỗi hộ được hỗ trợ 1.5 triệu đồng để sửa nhà.", [(1.5e6, "đồng")]),
    ("Diện tích thu hoạch 3.25ha, năng suất 6.8 tấn mỗi vụ.", [(3.25, "ha"), (6.8, "tấn")]),
    ("Doanh thu đạt 1.250 tỷ đồng, tăng 7.08%.", [(1.25e12, "đồng"), (7.08, "%")]),
    ("Chương trình Chuyển đổi số 4.0 thu hút 120 doanh nghiệp.", [(120, "doanh nghiệp")]),
    ("Ứng dụng phiên bản 2.1 có 35% người dùng mới.", [(35, "%")]),
]


@pytest.mark.parametrize(("text", "expected"), DECIMAL_DOTS, ids=[c[0][:40] for c in DECIMAL_DOTS])
def test_a_decimal_dot_before_a_measure_is_the_decimal_mark(text, expected):
    assert_values_and_units(text, expected)


# ANNOTATION.md: a race time `12 giây 45` is one figure, 12.45 seconds (found on real athletics pages)
RACE_TIMES = [
    ("Đồng hồ ghi thông số 12 giây 45 cho người về nhất, 12 giây 52 cho người về nhì.", [12.45, 12.52]),
    # minutes, seconds and hundredths, as a result table prints them (a clock time has no hundredths)
    ("Anh cán đích đầu tiên với thành tích 31:07.62.", [1867.62]),
    ("Kỷ lục mới là 1:02,35, buổi thi bắt đầu lúc 15:30.", [62.35]),
    ("Kỷ lục mới của nội dung 100m là 10 giây 39.", [10.39]),
    ("Cô gái trẻ xếp thứ tư với 13 giây 205.", [4, 13.205]),
    ("Chỉ sau 30 giây 2 xe đã va chạm.", [30, 2]),  # thirty seconds, then two cars
    ("Đội cứu hộ có mặt sau 45 giây.", [45]),
]


@pytest.mark.parametrize(("text", "values"), RACE_TIMES, ids=[c[0][:40] for c in RACE_TIMES])
def test_a_race_time_is_one_figure_in_seconds(text, values):
    figures = analyse(text).of("figure")
    assert [f.value.value for f in figures] == pytest.approx(values)
    assert all(f.value.unit == "giây" for f in figures if "giây" in f.text)


# Found on a real health report: what was done over what was planned, thousands grouped, was no
# figure at all. Within the whole it is a share; more than the whole is two counts of one unit.
SLASHED = [
    ("Trạm y tế khám 12.480/10.600 lượt người.", [(12480, "lượt người", None), (10600, "lượt người", None)]),
    ("Tiêm chủng 2.310/2.150 trẻ, vượt kế hoạch.", [(2310, "trẻ", None), (2150, "trẻ", None)]),
    ("Thu hoạch 12.000/15.000 ha lúa vụ mùa.", [(12000, "ha lúa vụ mùa", 15000)]),
    ("Có 45/50 xã đạt chuẩn nông thôn mới.", [(45, "xã", 50)]),
    ("Theo Quyết định 1.234/QĐ-UBND, tỉnh có 30 xã.", [(30, "xã", None)]),  # a document number
    ("Đã giải ngân 1.200/1.500 tỷ đồng vốn đầu tư.", [(1.2e12, "đồng", 1.5e12)]),  # the scale is both's
    ("Thu ngân sách 2.300/2.000 tỷ đồng, vượt dự toán.", [(2.3e12, "đồng", None), (2e12, "đồng", None)]),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED, ids=[c[0][:40] for c in SLASHED])
def test_two_numbers_joined_by_a_slash_are_a_share_or_done_and_planned(text, expected):
    figures = analyse(text).of("figure")
    assert [(f.value.value, f.value.unit, f.value.of) for f in figures] == expected


# Found on real pages: a group of a number's thousands that begins with a zero (`10.000.000`,
# `150.050.000`) was taken for the start of a phone number, and the whole sum was lost.
# Prize money and donations are written so. Phone numbers stay no figures.
ZERO_GROUPS = [
    ("Giải nhất trị giá 10.000.000 đồng.", [(1e7, "đồng")]),
    ("Quỹ khuyến học nhận 206.000.000đ, tổng giá trị 150.050.000 đồng.", [(2.06e8, "đ"), (1.5005e8, "đồng")]),
    ("Thu phí 1.025.000 đồng mỗi hồ sơ.", [(1.025e6, "đồng")]),
    ("Mỗi suất quà trị giá 500.000 đồng và 2.000 cuốn vở.", [(5e5, "đồng"), (2000, "cuốn vở")]),
    ("Liên hệ đường dây nóng 0912.345.678 hoặc 0225 3842 123.", []),
]


@pytest.mark.parametrize(("text", "expected"), ZERO_GROUPS, ids=[c[0][:40] for c in ZERO_GROUPS])
def test_a_group_of_thousands_that_begins_with_zero_is_no_phone_number(text, expected):
    assert_values_and_units(text, expected)


# Found on real pages: `trong số 96 sản phẩm` (among 96 products) was read as a document number,
# `Tổng số` opening a sentence too; speeds, a solar plant's peak power and a height were codes.
QUANTITIES = [
    ("Tiền đạo cao 1m80, thủ môn cao 1m92.", [(1.8, "m"), (1.92, "m")]),
    ("Mạng 5G phủ sóng khi virus H5N1 lây lan.", []),
    ("Trong số 96 sản phẩm dự thi, 30 sản phẩm vào vòng chung kết.", [(96, "sản phẩm dự thi"), (30, "sản phẩm")]),
    ("Tổng số 150 hồ sơ đã được thẩm định.", [(150, "hồ sơ")]),
    ("Theo Quyết định số 52, tỉnh có 30 xã đạt chuẩn.", [(30, "xã")]),  # a bare số still numbers a document
    ("Gió giật 9,4m/s, xe buộc chạy dưới 40km/h.", [(9.4, "m/s"), (40, "km/h")]),
    ("Nhà máy có công suất 235MWp, mái nhà đạt 500kWp.", [(235, "MWp"), (500, "kWp")]),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES, ids=[c[0][:40] for c in QUANTITIES])
def test_among_a_total_and_units_of_speed_and_peak_power_are_quantities(text, expected):
    assert_values_and_units(text, expected)
