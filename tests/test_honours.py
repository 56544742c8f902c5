"""Commendations named by who gives them, and sports events as categories (sentences
invented in the styles of provincial, school and sports news)."""

from __future__ import annotations

import pytest

from pipeline.extractors import extract
from pipeline.model import Article
from pipeline.tokenise import tokenise


def _categories(text: str) -> dict[str, list[str]]:
    article = extract(tokenise(Article("t", "t.txt", "Tin khen thưởng", text)))
    return {c.name: [r.name for r in c.recipients] for a in article.of("award") for c in a.value.categories}


@pytest.mark.parametrize(("text", "category"), [
    # the giver after "của"
    ("Công ty Cổ phần Sông Đà nhận Bằng khen của Bộ trưởng Bộ Xây dựng vì thành tích xuất sắc.",
     "Bằng khen của Bộ trưởng Bộ Xây dựng"),
    ("Trường được tặng Cờ thi đua của Chính phủ năm học 2023-2024.", "Cờ thi đua của Chính phủ"),
    # the giver before the verb: a body, or a person in the name of their title
    ("Ngày 3/4, Sở Y tế tỉnh Quảng Trị trao tặng giấy khen cho hai điều dưỡng.",
     "Giấy khen của Sở Y tế tỉnh Quảng Trị"),
    ("Chủ tịch UBND tỉnh Nghệ An Nguyễn Đức Trung vừa có quyết định số 812/QĐ-UBND tặng bằng khen cho ba ngư dân.",
     "Bằng khen của Chủ tịch UBND tỉnh Nghệ An"),
    # `cũng` before the verb (found on a real page)
    ("Nhân dịp này, Hội Nông dân tỉnh Lam Khê cũng tặng bằng khen cho ba hộ nông dân.",
     "Bằng khen của Hội Nông dân tỉnh Lam Khê"),
    ("Sở Văn hóa tỉnh Lam Khê cũng đã trao tặng giấy khen cho hai đội.", "Giấy khen của Sở Văn hóa tỉnh Lam Khê"),
    # an order with its class; a word that is one word with the capital before it stays
    ("Ông được tặng thưởng Huân chương Lao động hạng Nhì.", "Huân chương Lao động hạng Nhì"),
    ("Đơn vị vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.", "Huân chương Bảo vệ Tổ quốc hạng Ba"),
    # a quoted name
    ("Trung ương Đoàn trao huy hiệu “Tuổi trẻ dũng cảm” cho em Lò Văn Tú.",
     "Huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn"),
])
def test_commendation_named_with_its_giver(text, category):
    assert category in _categories(text)


def test_two_givers_make_two_categories_and_the_list_after_one_gets_its_winners():
    found = _categories("Thành đoàn Đà Nẵng đã trao tặng bằng khen, Phòng Giáo dục quận Sơn Trà trao tặng giấy khen "
                        "cho em Lê Minh Khôi và em Trần Thị Ngọc.")
    assert "Bằng khen của Thành đoàn Đà Nẵng" in found
    assert found["Giấy khen của Phòng Giáo dục quận Sơn Trà"] == ["Lê Minh Khôi", "Trần Thị Ngọc"]


@pytest.mark.parametrize(("text", "event", "winner"), [
    ("Võ sĩ Hồ Văn Tâm (Bình Định) giành HCV hạng cân 60kg nam.", "60kg nam", "Hồ Văn Tâm"),
    ("Các HCV thuộc về Nguyễn Thị Lan ở hạng cân 48kg nữ thuộc nhóm 2 và Lê Hữu Phước (52 kg nam nhóm 1).",
     "48kg nữ nhóm 2", "Nguyễn Thị Lan"),
    ("Các HCV thuộc về Nguyễn Thị Lan ở hạng cân 48kg nữ thuộc nhóm 2 và Lê Hữu Phước (52 kg nam nhóm 1).",
     "52 kg nam nhóm 1", "Lê Hữu Phước"),
    ("Kình ngư Phạm Thanh Bảo giành HCV nội dung 200m ếch nam.", "200m ếch nam", "Phạm Thanh Bảo"),
    ("Đặng Thu Hà ở bài Đơn luyện đao nữ nhóm 3 đem về tấm HCB.", "Đơn luyện đao nữ nhóm 3", "Đặng Thu Hà"),
])
def test_sports_event_is_a_category_and_its_winner_stands_before_it(text, event, winner):
    assert winner in _categories(text)[event]


@pytest.mark.parametrize(("text", "event"), [
    # found on real pages: the weight written as the page writes it, with its space
    ("Ở hạng cân 57 kg nữ, võ sĩ Trần Thị Mai giành HCV sau ba hiệp.", "57 kg nữ"),
    ("Võ sĩ Lò Văn Sơn giành HCB hạng cân 64 kg nam.", "64 kg nam"),
    # written both ways on one page: one category, named as the page first writes it
    ("Hạng cân 51 kg nữ có 12 võ sĩ. HCV hạng cân 51kg nữ thuộc về Hà Thị Nga.", "51 kg nữ"),
])
def test_a_weight_class_keeps_the_page_s_writing(text, event):
    found = _categories(text)
    assert [name for name in found if "kg" in name] == [event]


@pytest.mark.parametrize(("text", "expected"), [
    # a level given in two sections, each opened by its section word: named with the section
    ("Liên hoan âm nhạc Lam Khê năm 2024 bế mạc. Hạng mục ca khúc thiếu nhi có 2 giải A là “Trăng rằm” "
     "(Phạm Văn Tâm), “Mẹ ơi” (Lê Thị Hà) cùng 3 giải B. Hạng mục giao hưởng có 1 giải A là “Sông quê” "
     "(Nguyễn Văn Bình) và 2 giải B.",
     {"Giải A - hạng mục ca khúc thiếu nhi": ["Phạm Văn Tâm", "Lê Thị Hà"],
      "Giải B - hạng mục ca khúc thiếu nhi": [],
      "Giải A - hạng mục giao hưởng": ["Nguyễn Văn Bình"], "Giải B - hạng mục giao hưởng": []}),
    # after `Ở`, the section's name runs to the last comma before its first level
    ("Giải bóng đá phường Tân An năm 2024 bế mạc. Ở khối xã, phường, Ban tổ chức trao giải nhất cho đội "
     "phường Tân An, giải nhì cho đội xã Bình Minh. Ở khối cơ quan, trường học, giải nhất thuộc về đội "
     "Công an huyện, giải nhì thuộc về đội Trường THPT Lê Lợi.",
     {"Giải nhất - khối xã, phường": ["Tân An"], "Giải nhì - khối xã, phường": ["Bình Minh"],
      "Giải nhất - khối cơ quan, trường học": ["Công an huyện"],
      "Giải nhì - khối cơ quan, trường học": ["Trường THPT Lê Lợi"]}),
    ("Cuộc thi sáng tác văn học Lam Khê năm 2023 đã trao giải. Thể loại thơ: giải nhất thuộc về tác giả "
     "Lò Văn Hải. Thể loại văn xuôi: giải nhất thuộc về tác giả Đinh Thị Hoa.",
     {"Giải nhất - thể loại thơ": ["Lò Văn Hải"], "Giải nhất - thể loại văn xuôi": ["Đinh Thị Hoa"]}),
    # one section only: the level is the category
    ("Hội thi tin học trẻ năm 2024 kết thúc. Ở bảng tiểu học, giải nhất thuộc về em Trần Minh Khoa.",
     {"Giải nhất": ["Trần Minh Khoa"]}),
])
def test_a_level_given_in_two_sections_is_two_categories(text, expected):
    assert _categories(text) == expected


@pytest.mark.parametrize(("text", "level", "winners"), [
    # found on a real page: a list of winners ends where more prizes are counted (`cùng 3 giải B`)
    # and at the full stop after a prize letter (`giải B.`), not one of initials
    ("Cuộc thi thơ Lam Khê 2023 có 2 giải A là “Mùa gặt” (Lục Văn Pao), “Núi” (Hà Thị Vân) cùng 2 giải B. "
     "Bài “Suối” (Lò Văn Sinh) được giải C.", "Giải A", ["Lục Văn Pao", "Hà Thị Vân"]),
    ("Hội diễn Lam Khê 2024 có 1 giải A là tiết mục “Xòe hoa” (Đội văn nghệ xã Tân An) cùng 3 giải B. "
     "Tiết mục “Hát then” (Lường Thị Hoa) được giải C.", "Giải A", ["Đội văn nghệ xã Tân An"]),
])
def test_a_list_of_winners_ends_where_the_prize_s_clause_ends(text, level, winners):
    assert _categories(text)[level] == winners


@pytest.mark.parametrize("text", [
    "Hội đồng đã xét tặng 9 giải: không có giải A, không có giải B, 3 giải C và 6 giải khuyến khích.",
    "Năm nay Ban giám khảo quyết định không có giải nhất; 2 giải nhì và 4 giải ba được trao.",
])
def test_a_level_not_given_is_no_category(text):
    found = _categories("Cuộc thi ảnh nghệ thuật Lam Khê năm 2024 đã trao giải. " + text)
    assert not any(name.lower() in ("giải a", "giải b", "giải nhất") for name in found)
    assert found


@pytest.mark.parametrize(("text", "expected"), [
    # found on real pages: a pair joined by a dash before the event they won is one recipient, and
    # a name right before one event's bracket is no winner of the event before it
    ("Giải quần vợt tỉnh Lam Khê năm 2024 bế mạc. Các HCV thuộc về Trần Văn An (đơn nam), Lê Thị Bình "
     "(đơn nữ), Đinh Văn Cường-Lê Văn Dũng (đôi nam), Hà Thị Em – Phạm Thị Gấm (đôi nữ).",
     {"Đơn nam": ["Trần Văn An"], "Đơn nữ": ["Lê Thị Bình"], "Đôi nam": ["Đinh Văn Cường - Lê Văn Dũng"],
      "Đôi nữ": ["Hà Thị Em - Phạm Thị Gấm"]}),
    ("Giải cầu lông huyện Vân Trì năm 2023 kết thúc. HCV thuộc về Hoàng Văn Sơn - Lù Văn Tám (đôi nam), "
     "Vàng Thị Mỷ (đơn nữ).",
     {"Đôi nam": ["Hoàng Văn Sơn - Lù Văn Tám"], "Đơn nữ": ["Vàng Thị Mỷ"]}),
])
def test_a_pair_before_the_event_it_won_is_one_recipient(text, expected):
    found = _categories(text)
    assert {name: found[name] for name in expected} == expected


def test_a_commendation_to_counted_collectives_listed_one_a_line_goes_to_their_places_and_bodies():
    """Found on a real page: `… tặng Cờ thi đua … cho 10 tập thể …, gồm:` and one line each,
    `Nhân dân và cán bộ xã X, huyện Y;`: the place or body each line names after its people."""
    found = _categories(
        "Ngày 21/3/2017, Chủ tịch UBND tỉnh ký quyết định tặng Cờ thi đua của UBND tỉnh cho 4 tập thể dẫn đầu "
        "khối thi đua các huyện, gồm:\n1. Nhân dân và cán bộ phường Tân An, thành phố Vân Trì;\n2. Nhân dân và "
        "cán bộ xã Bình Minh, huyện Lam Sơn;\n3. Cán bộ, chiến sĩ Công an huyện Lam Sơn;\n4. Tập thể giáo viên "
        "Trường THCS Lê Lợi.")
    assert found == {"Cờ thi đua của UBND tỉnh": ["Tân An", "Bình Minh", "Công an huyện Lam Sơn", "Trường THCS Lê Lợi"]}


@pytest.mark.parametrize(("text", "level", "winner"), [
    # found on real pages: the dash before the author's word touches the work's last word
    ("Cuộc thi ảnh Lam Khê 2023 đã trao giải. Giải ba: Tác phẩm: Chiều quê– tác giả Lò Văn Tâm.", "Giải ba",
     "Lò Văn Tâm"),
    ("Cuộc thi ảnh Lam Khê 2023 đã trao giải.\nGiải nhì:\n- Tác phẩm: Nắng sớm- Tác giả: Đinh Văn Hòa.\n"
     "- Tác phẩm: Mùa gặt- Tác giả: Vi Thị Lan.", "Giải nhì", "Vi Thị Lan"),
])
def test_a_work_and_its_author_after_a_glued_dash(text, level, winner):
    assert winner in _categories(text)[level]


@pytest.mark.parametrize(("text", "winners"), [
    ("Chung cuộc, đoàn Hà Nội giành vị trí hạng nhất toàn đoàn, đoàn Quân đội xếp thứ nhì toàn đoàn.",
     ["Hà Nội", "Quân đội"]),
    # places of the standing given as letter levels or an encouragement prize
    ("Kết thúc hội diễn, xã Phong Lạc đạt giải A toàn đoàn, giải B toàn đoàn thuộc về xã Tam Đồng.",
     ["Phong Lạc", "Tam Đồng"]),
    ("Giải khuyến khích toàn đoàn được trao cho Trường Tiểu học Hòa Lạc.", ["Trường Tiểu học Hòa Lạc"]),
    # the champion of the standing, and the standing named as a ranking
    ("Đoàn Công an tỉnh giành ngôi vô địch toàn đoàn sau ba ngày thi đấu.", ["Công an tỉnh"]),
])
def test_team_standing_is_one_category(text, winners):
    """ANNOTATION.md: team standings are the category `toàn đoàn`, its places optional."""
    found = _categories(text)
    assert list(found) == ["Toàn đoàn"]
    assert [w for w in winners if any(w in got for got in found["Toàn đoàn"])] == winners


@pytest.mark.parametrize("text", [
    "Học sinh được khen ngợi vì thành tích học tập.",  # praise, not a commendation kind
    "Cân nặng của bé là 54 kg khi nhập viện.",  # a weight, not a weight class
])
def test_no_honour_where_none_is_given(text):
    assert _categories(text) == {}


@pytest.mark.parametrize(("text", "event", "winners"), [
    # the event named first, its placings after it in the sentence
    ("Ở môn bóng chuyền, đội Công an huyện giành ngôi vô địch, đội Trường THPT Lê Lợi đạt giải nhì.",
     "Bóng chuyền", ["Công an huyện", "Trường THPT Lê Lợi"]),
    ("Môn nhảy xa, VĐV Lò Văn Sơn (Mường La), Cà Thị Hoa (Thuận Châu) giành giải nhất.",
     "Nhảy xa", ["Lò Văn Sơn", "Cà Thị Hoa"]),
    # the level first, the event right after it
    ("Giải Nhất môn kéo co thuộc về xã Tân Phú.", "Kéo co", ["Tân Phú"]),
    ("Xã Hòa An và xã Hòa Bình đồng đoạt giải Nhất môn đẩy gậy.", "Đẩy gậy", ["Hòa An", "Hòa Bình"]),
    # a pair's event in brackets after it
    ("Hai huy chương vàng thuộc về Lê Văn Hùng (đơn nam) và Đào Thị Mơ (đơn nữ).", "Đơn nam", ["Lê Văn Hùng"]),
    # the event right after the level, with no `môn` before it, when it says who competed
    ("Đội tuyển Sóc Trăng giành HCB đồng đội nam.", "Đồng đội nam", ["Đội tuyển Sóc Trăng"]),
    ("Tay vợt Phan Minh Khôi đoạt giải nhất đơn nam lứa tuổi 18-35.", "Đơn nam lứa tuổi 18-35", ["Phan Minh Khôi"]),
    ("Giải nhì đôi nam nữ thuộc về Trần Văn Tâm - Lê Thị Xuân.", "Đôi nam nữ", ["Trần Văn Tâm - Lê Thị Xuân"]),
    # a team's word after the event opens its winner, not the event's name; `đồng đội` stays whole
    ("Ở nội dung bóng chuyền nữ đội xã Tân An đoạt chức vô địch, giải nhì là đội xã Hòa Bình.",
     "Bóng chuyền nữ", ["Tân An", "Hòa Bình"]),
    ("Ở môn kéo co nam đội Công an huyện giành giải nhất.", "Kéo co nam", ["Công an huyện"]),
    ("Nội dung đồng đội nam: nhất đội xã Phú Lâm, nhì đội xã Tân Phú.", "Đồng đội nam", ["Phú Lâm", "Tân Phú"]),
])
def test_a_prize_level_won_in_an_event_belongs_to_the_event(text, event, winners):
    """ANNOTATION.md: each event is a category whose winners are all its placed competitors."""
    found = _categories(text)
    assert [w for w in winners if w in found[event]] == winners
    assert not {"Giải nhất", "Giải nhì"} & set(found)


@pytest.mark.parametrize(("text", "levels"), [
    ("Đội bóng xã Phú Lâm giành giải nhất bóng đá và giải nhì kéo co.",   # a sport without its competitors
     {"Giải nhất", "Giải nhì"}),
    ("Em Lê Thu Hà đoạt giải nhất cuộc thi vẽ tranh thiếu nhi.", {"Giải nhất"}),
])
def test_no_event_after_a_level_that_does_not_say_who_competed(text, levels):
    assert set(_categories(text)) == levels


def test_levels_after_a_team_standing_are_its_places_but_its_medal_tally_is_not():
    found = _categories("Huyện Mai Sơn giành giải nhất toàn đoàn với 12 HCV, 5 HCB; giải nhì toàn đoàn thuộc về "
                        "huyện Yên Châu.")
    assert found["Toàn đoàn"] == ["Mai Sơn", "Yên Châu"]
    assert "Huy chương vàng" in found


@pytest.mark.parametrize(("text", "classes"), [
    ("Đảng bộ xã Tân An tổ chức lễ trao Huy hiệu 30 năm tuổi Đảng cho đồng chí Lưu Văn Sương.",
     {"Huy hiệu 30 năm tuổi Đảng": None}),
    # several classes written together, with or without `năm` after each
    ("Lễ trao tặng huy hiệu 40, 45 và 50 năm tuổi Đảng cho 9 đảng viên.",
     {"Huy hiệu 40 năm tuổi Đảng": None, "Huy hiệu 45 năm tuổi Đảng": None, "Huy hiệu 50 năm tuổi Đảng": None}),
    ("Bốn đảng viên nhận huy hiệu 60 năm, 55 năm tuổi Đảng.",
     {"Huy hiệu 60 năm tuổi Đảng": None, "Huy hiệu 55 năm tuổi Đảng": None}),
    # a list of classes with their members, the word `huy hiệu` left out after the first
    ("Có 7 đồng chí được nhận Huy hiệu Đảng, trong đó: Huy hiệu 70 năm tuổi Đảng có 02 đồng chí; "
     "50 năm tuổi Đảng 05 đồng chí.", {"Huy hiệu 70 năm tuổi Đảng": 2, "Huy hiệu 50 năm tuổi Đảng": 5}),
])
def test_the_party_badge_is_one_award_its_classes_the_categories(text, classes):
    """Found on district and commune pages: each class was missed, the badge read as a bare `Huy hiệu`."""
    awards = _awards(text)
    assert list(awards) == ["Huy hiệu Đảng"]
    assert {name: count for name, (count, _) in awards["Huy hiệu Đảng"].items()} == classes


@pytest.mark.parametrize(("text", "order", "classes"), [
    ("Chủ tịch nước truy tặng Huân chương Bảo vệ Tổ quốc hạng Nhì cho 4 cá nhân và Huân chương Bảo vệ Tổ quốc "
     "hạng Ba cho 11 cá nhân của Đoàn Kinh tế - Quốc phòng 345.", "Huân chương Bảo vệ Tổ quốc",
     {"Huân chương Bảo vệ Tổ quốc hạng Nhì": 4, "Huân chương Bảo vệ Tổ quốc hạng Ba": 11}),
    # the order's name in lowercase, its class in Roman numerals
    ("Công ty Cổ phần Thủy sản Lam Khê đón nhận Huân Chương lao động hạng III.", "Huân Chương lao động",
     {"Huân Chương lao động hạng III": None}),
    # the giver written after it names nothing more: the State gives every order
    ("Hợp tác xã Tân An được Chủ tịch nước tặng Huân chương Lao động hạng Nhì của Chủ tịch nước.",
     "Huân chương Lao động", {"Huân chương Lao động hạng Nhì": None}),
])
def test_an_order_is_the_award_and_its_classes_the_categories(text, order, classes):
    """Found on real pages: each class of one order was an award of its own, named with its giver."""
    awards = _awards(text)
    assert list(awards) == [order]
    assert {name: count for name, (count, _) in awards[order].items()} == classes


@pytest.mark.parametrize(("text", "contest", "commendation"), [
    ("Hội diễn văn nghệ quần chúng huyện Vân Trì năm 2024 trao giải Nhất cho đội xã Tân An. Nhân dịp này, "
     "UBND huyện Vân Trì tặng Bằng khen cho đội thị trấn Lam Sơn.", "Hội diễn văn nghệ quần chúng huyện Vân Trì",
     "Bằng khen của UBND huyện Vân Trì"),
    ("Kết thúc Hội thi tiếng hát công nhân lao động năm 2023, giải Nhì thuộc về Công đoàn ngành Y tế. Các đội "
     "đoạt giải được nhận Giấy khen của Liên đoàn Lao động tỉnh Lam Khê.", "Hội thi tiếng hát công nhân lao động",
     "Giấy khen của Liên đoàn Lao động tỉnh Lam Khê"),
    ("Tại Giải bóng chuyền hơi người cao tuổi năm 2022, đội phường Tân An giành giải Nhất và nhận Cờ thi đua "
     "của Hội Người cao tuổi tỉnh.", "Giải bóng chuyền hơi người cao tuổi", "Cờ thi đua của Hội Người cao tuổi tỉnh"),
])
def test_a_commendation_with_its_giver_on_a_contest_s_page_is_an_award_of_its_own(text, contest, commendation):
    """Found on real pages: a body's Bằng khen given at a festival was read as one of the
    festival's prizes; the giver, not the contest, gives it (ANNOTATION.md)."""
    awards = _awards(text)
    assert any(name.startswith(contest) for name in awards)
    assert list(awards[commendation]) == [commendation]


def test_the_contest_committee_s_certificate_is_one_of_the_contest_s_prizes():
    awards = _awards("Hội thi cắm hoa nghệ thuật năm 2024 trao giải Nhất cho Công đoàn ngành Giáo dục; Ban tổ "
                     "chức trao Giấy khen của Ban tổ chức cho 5 đội.")
    assert list(awards) == ["Hội thi cắm hoa nghệ thuật"]


def test_years_of_membership_without_the_badge_are_no_award():
    assert _awards("Đồng chí Lưu Văn Sương, 50 năm tuổi Đảng, phát biểu tại hội nghị.") == {}


@pytest.mark.parametrize(("text", "event", "winners"), [
    ("Kỳ thủ Lưu Văn Sương vô địch cờ chớp nam.", "Cờ chớp nam", ["Lưu Văn Sương"]),
    ("Ở bảng nữ, Tạ Thị Mai vô địch nội dung cờ nhanh nữ sau 9 ván.", "Cờ nhanh nữ", ["Tạ Thị Mai"]),
    ("Tay vợt Hồ Văn Khải lên ngôi vô địch ở nội dung đơn nam.", "Đơn nam", ["Hồ Văn Khải"]),
    ("Trong khi đó, Lê Thị Kim đã vô địch cờ tiêu chuẩn nữ.", "Cờ tiêu chuẩn nữ", ["Lê Thị Kim"]),
])
def test_a_champion_of_an_event_wins_the_event(text, event, winners):
    """Found on real chess and table-tennis pages: `X vô địch <event>` named no category."""
    assert _categories(f"Giải cờ vua và bóng bàn toàn quốc kết thúc. {text}")[event] == winners


@pytest.mark.parametrize("text", [
    # the name of a championship is no event won
    "Giải vô địch cờ vua toàn quốc năm nay có 200 kỳ thủ tham dự.",
    "Tại giải vô địch bóng bàn đơn nam khu vực, đoàn Lam Khê dẫn đầu.",
])
def test_a_championship_s_name_is_no_event_won(text):
    assert not {"Cờ vua toàn quốc", "Bóng bàn đơn nam"} & set(_categories(text))


@pytest.mark.parametrize("text", [
    # an exam's subject is no sport; sports only listed are no prizes
    "Em Vũ Hải Yến đạt giải nhất môn Toán cấp tỉnh.",
    "Hội thao thi đấu 5 môn: bóng đá, bóng chuyền, cầu lông, kéo co và cờ tướng; Ban tổ chức trao 30 giải nhất.",
])
def test_no_sports_event_where_no_event_is_won(text):
    assert not {"Toán", "Bóng đá", "Bóng chuyền", "Cầu lông"} & set(_categories(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a sport heads the list, each event then its winner after a colon, items split at `;`
    ("Lễ bế mạc hội thao, BTC trao giải nhất cho các vận động viên.\nMôn bắn nỏ, đứng bắn nữ: Lò Thị Vân – xã Nà Hang; "
     "quỳ bắn nữ: Vì Thị Sen – xã Bản Pì.",
     {"Đứng bắn nữ": ["Lò Thị Vân"], "Quỳ bắn nữ": ["Vì Thị Sen"]}),
    # `Môn` opens the item; a home place after a dash is not a second winner
    ("Kết quả giải nhất các nội dung:\nMôn đẩy gậy nam trẻ: Hà Công Thành – phường Đồi Cọ.",
     {"Đẩy gậy nam trẻ": ["Hà Công Thành"]}),
    # placings after a comma; the next event's placings stay with it
    ("Giải kéo co huyện Vân Trì khép lại. Kéo co nam, nhất xã Mỹ Lương; kéo co nữ, nhất xã Tú Sơn, nhì xã Lạc Thủy.",
     {"Kéo co nam": ["Mỹ Lương"], "Kéo co nữ": ["Tú Sơn", "Lạc Thủy"]}),
    # a weight class in brackets after the winner and their home names the event they won
    ("Giải đẩy gậy huyện Vân Trì bế mạc.\nMôn đẩy gậy nam trẻ: Hà Công Thành – xã Đồi Cọ (hạng cân trên 45kg - 50kg); "
     "Lý Văn Sử – phường Hữu Nghị (hạng cân trên 50-55kg).",
     {"Hạng cân trên 45kg - 50kg": ["Hà Công Thành"], "Hạng cân trên 50-55kg": ["Lý Văn Sử"]}),
    ("Giải vật dân tộc tỉnh Bắc Sơn kết thúc.\nVật nữ: Cầm Thị Dung, xã Mường Khoa (hạng cân đến 48 kg).",
     {"Hạng cân đến 48 kg": ["Cầm Thị Dung"]}),
    # placings after a dash, one a line, with blank lines between
    ("Giải kéo co huyện Vân Trì bế mạc.\nNội dung kéo co nữ: Nhất - xã Tân Lập\n\nNhì - xã Bản Vẽ\n\n"
     "Nội dung kéo co nam: Nhất - xã Mường Lang.",
     {"Kéo co nữ": ["Tân Lập", "Bản Vẽ"], "Kéo co nam": ["Mường Lang"]}),
])
def test_events_written_as_items_of_a_results_list(text, expected):
    found = _categories(text)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize("text", [
    # a sport alone, no men's or women's event: a match report, no results list
    "Ban tổ chức trao giải nhất cho đội bạn. Bóng đá: Đội Tân Sơn thắng đội Yên Lập 2-1.",
    # men's and women's events on a page that gives no prize
    "Đội tuyển tập luyện hai nội dung. Kéo co nam: Đội Vân Trì vẫn đang tìm người.",
])
def test_no_listed_event_without_a_results_list(text):
    assert not any(name.lower().startswith(("bóng đá", "kéo co")) for name in _categories(text))


def test_levels_listed_after_a_comma_place_no_one():
    text = "Hội thi sáng tạo kỹ thuật tỉnh Bắc Sơn: gần 80 đề tài đoạt các giải nhì, ba và khuyến khích tại hội thi."
    assert not [w for winners in _categories(text).values() for w in winners if "khuyến khích" in w]


@pytest.mark.parametrize("text", [
    "Giải kéo co huyện Vân Trì bế mạc. Nội dung kéo co nữ: Nhất - xã Tân Lập\n\nBa Vì là huyện có nhiều đội dự thi.",
    "Giải kéo co huyện Vân Trì bế mạc. Nội dung kéo co nữ: Nhất - xã Tân Lập\nTư liệu ảnh do Ban tổ chức cung cấp.",
])
def test_a_line_that_opens_with_a_number_word_is_no_more_placings(text):
    assert _categories(text)["Kéo co nữ"] == ["Tân Lập"]


@pytest.mark.parametrize(("text", "event"), [
    ("(hạng cân trên 45kg–50kg)", "hạng cân trên 45kg–50kg"),
    ("(hạng cân trên 45kg -50kg)", "hạng cân trên 45kg -50kg"),
    ("(hạng cân trên 45kg - 50kg)", "hạng cân trên 45kg - 50kg"),
])
def test_a_weight_range_ends_at_its_upper_bound(text, event):
    from pipeline.extractors import sport_events  # noqa: PLC0415

    assert text[1:sport_events._event_at(text, 1)] == event


def test_a_weight_class_after_a_medal_is_one_event():
    """Found on a real page: `HCV hạng cân 54kg nam nhóm 3` was read twice, as the weight class
    and as an event named after the medal, which split its winners over two categories."""
    found = _categories("VĐV Lò Thị Hằng nhận HCV hạng cân 60kg nữ nhóm 2. HCV hạng cân 60kg nữ nhóm 2 "
                        "thuộc về Lò Thị Hằng.")
    assert [name for name in found if "60kg" in name] == ["60kg nữ nhóm 2"]


@pytest.mark.parametrize(("text", "title", "winners"), [
    ("Bế mạc Liên hoan Sân khấu Kịch nói toàn quốc, Ban tổ chức trao giải Đạo diễn xuất sắc cho NSƯT Trần Quốc "
     "Anh.", "Đạo diễn xuất sắc", ["Trần Quốc Anh"]),
    ("Kết quả Hội diễn Ca múa nhạc chuyên nghiệp toàn quốc. Giải Nhạc sĩ xuất sắc: Nhạc sĩ Lê Thanh Hà.",
     "Nhạc sĩ xuất sắc", ["Lê Thanh Hà"]),
    ("Ban tổ chức giải bóng chuyền trao danh hiệu chủ công hay nhất cho VĐV Hồ Văn Nam.",
     "Chủ công hay nhất", ["Hồ Văn Nam"]),
])
def test_a_title_given_to_the_best_is_a_category(text, title, winners):
    found = _categories(text)
    assert found[title] == winners


@pytest.mark.parametrize("text", [
    "Hội thi đã trao giải cho các đội có thành tích xuất sắc.",           # praise, not a title
    "Năm nay có 12 giải pháp số xuất sắc được giới thiệu tại hội thảo.",   # giải pháp is one word
])
def test_no_best_title_in_praise(text):
    assert not [name for name in _categories(text) if "xuất sắc" in name.lower()]


@pytest.mark.parametrize(("text", "not_event"), [
    # a school subject that begins with a sport's syllable (vật: wrestling; vật lý: physics)
    ("Kết quả kỳ thi học sinh giỏi quốc gia: em Đỗ Minh Tâm đạt giải Nhất môn Vật lý.", "Vật"),
])
def test_a_word_that_begins_with_a_sport_s_syllable_is_no_sport(text, not_event):
    assert not_event not in _categories(text)


def test_a_swimming_stroke_goes_on_the_event():
    found = _categories("Giải bơi lội học sinh tỉnh Lam Khê: môn bơi ếch nữ, Nhất - xã Tân An.")
    assert any(name.lower().startswith("bơi ếch") for name in found)


def _awards(text: str) -> dict[str, dict[str, tuple[int | None, list[str]]]]:
    article = extract(tokenise(Article("t", "t.txt", "Tin khen thưởng", text)))
    return {a.value.name: {c.name: (c.count, [r.name for r in c.recipients]) for c in a.value.categories}
            for a in article.of("award")}


@pytest.mark.parametrize(("text", "award", "title", "count"), [
    # quoted after the State's word for it, with how many hold it after `cho`
    ("Chủ tịch nước ký quyết định phong tặng danh hiệu vinh dự Nhà nước “Nghệ nhân Ưu tú” cho 312 cá nhân. "
     "Tỉnh Lam Khê có 5 người được phong tặng lần này.", "danh hiệu Nghệ nhân Ưu tú", "Nghệ nhân Ưu tú", 312),
    # unquoted, a teacher's title
    ("Nhân dịp 20/11, thầy Hà Văn Tuệ được truy tặng danh hiệu Nhà giáo Nhân dân.",
     "danh hiệu Nhà giáo Nhân dân", "Nhà giáo Nhân dân", None),
    # the abbreviation, counted before it
    ("Hội đồng cấp tỉnh xét tặng danh hiệu NSƯT đã chọn 7 NSƯT trong lĩnh vực sân khấu.",
     "danh hiệu Nghệ sĩ Ưu tú", "Nghệ sĩ Ưu tú", 7),
])
def test_a_state_honorary_title_conferred_is_an_award_and_its_category(text, award, title, count):
    found = _awards(text)
    assert award in found
    assert found[award][title][0] == count


def test_the_people_named_with_a_conferred_title_win_it():
    found = _categories("Chủ tịch nước đã phong tặng danh hiệu Thầy thuốc Ưu tú cho các bác sĩ của tỉnh, gồm: "
                        "bác sĩ Lục Văn Khanh, Giám đốc Bệnh viện huyện Vân Trì và bác sĩ Đàm Thị Nguyệt.")
    assert [w for w in ("Lục Văn Khanh", "Đàm Thị Nguyệt") if w in found["Thầy thuốc Ưu tú"]] == \
        ["Lục Văn Khanh", "Đàm Thị Nguyệt"]


@pytest.mark.parametrize("text", [
    # a title the artists hold, on a page that confers none, is no prize
    "Đêm nhạc có sự góp mặt của NSND Lê Thanh Hoài và NSƯT Đỗ Minh Quang, thu hút đông đảo khán giả.",
    "Buổi lễ có sự tham dự của Nhà giáo Ưu tú Trần Thị Mến, nguyên Hiệu trưởng nhà trường.",
])
def test_a_state_title_held_is_no_prize_where_none_is_conferred(text):
    assert _awards(text) == {}


@pytest.mark.parametrize(("text", "award", "winner"), [
    ("Năm nay, Hợp tác xã Kim Đồng được công nhận danh hiệu Hợp tác xã kiểu mới xuất sắc.",
     "Danh hiệu Hợp tác xã kiểu mới xuất sắc", "Hợp tác xã Kim Đồng"),
    ("Trường THCS Hòa Bình đạt danh hiệu Trường tiên tiến xuất sắc TDTT năm học 2022-2023.",
     "Danh hiệu Trường tiên tiến xuất sắc thể dục thể thao", "Trường THCS Hòa Bình"),  # spelled out
    ("Hợp tác xã Tân Tiến giữ vững danh hiệu Đơn vị tiêu biểu xuất sắc ba năm liền.",
     "Danh hiệu Đơn vị tiêu biểu xuất sắc", "Hợp tác xã Tân Tiến"),
])
def test_an_emulation_title_conferred_where_no_contest_gives_prizes_is_its_own_award(text, award, winner):
    found = _awards(text)
    assert list(found) == [award]
    assert winner in found[award][award][1]


def test_a_best_title_in_a_contest_stays_a_category_of_the_contest():
    found = _awards("Giải bóng đá thiếu niên huyện Vân Trì năm 2024 đã bế mạc. Ban tổ chức trao giải nhất cho "
                    "đội xã Tân An và danh hiệu Thủ môn xuất sắc nhất cho em Hoàng Văn Đức.")
    assert "Thủ môn xuất sắc nhất" in next(iter(found.values()))


@pytest.mark.parametrize(("text", "title", "winner"), [
    # an emulation title conferred with a verb of giving or receiving, or after `danh hiệu`
    ("Năm học qua, cô Đinh Thị Lụa được công nhận danh hiệu Chiến sĩ thi đua cơ sở.", "Chiến sĩ thi đua cơ sở",
     "Đinh Thị Lụa"),
    ("Anh Hà Văn Tiến đạt Lao động tiên tiến năm 2023.", "Lao động tiên tiến", "Hà Văn Tiến"),
    ("Em Vi Thị Mến được Hội Sinh viên tỉnh tặng danh hiệu “Sinh viên 5 tốt”.", "Sinh viên 5 tốt", "Vi Thị Mến"),
])
def test_an_emulation_title_conferred_is_a_category(text, title, winner):
    found = _categories(text)
    assert winner in found[title]


def test_an_emulation_title_only_named_is_no_prize():
    assert _categories("Phong trào Chiến sĩ thi đua cơ sở được phát động trong toàn ngành.") == {}


def test_a_title_read_both_as_emulation_and_as_a_best_title_is_one_award():
    """Found on a real page: the two readings of one span made two awards, which then could
    not be put in order."""
    found = _awards("Năm nay có 30 tập thể được nhận danh hiệu Tập thể lao động xuất sắc.")
    assert list(found) == ["Tập thể lao động xuất sắc"]
