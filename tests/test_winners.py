"""Winners listed after a prize, in the forms result pages use (all sentences invented).

The winners are read from the grammar's people, bodies and places, the tagger set aside, so
that a row tests the list's reading alone; test_ceremonies.py runs whole pages as shipped."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors import extract
from pipeline.extractors.known import Known, is_new, part_of
from pipeline.model import Article, Recipient
from pipeline.text import fold
from pipeline.tokenise import tokenise

pytestmark = pytest.mark.usefixtures("grammar_alone")


def _categories(text: str) -> dict[str, tuple[int | None, list[tuple[str, str | None]]]]:
    article = extract(tokenise(Article("t", "t.txt", "Kết quả cuộc thi", text)))
    awards = article.of("award")
    if not awards:
        return {}
    return {c.name: (c.count, [(r.name, r.work) for r in c.recipients]) for c in awards[0].value.categories}


# (text, category, count, [(winner, work)])
CASES = [
    # works with their author in brackets; a title with a comma stays one title
    ("Giải Ba (3 giải): Chiều quê (tác giả Lan Hương), Mẹ tôi (tác giả Trần Minh Đức), Bến sông, con đò "
     "(tác giả Hạ Vy).",
     "Giải ba", 3, [("Lan Hương", "Chiều quê"), ("Trần Minh Đức", "Mẹ tôi"), ("Hạ Vy", "Bến sông, con đò")]),
    # a quoted work and its author after a colon
    ("Giải Nhất: “Ánh sáng vùng cao” của tác giả Lò Văn Sơn.", "Giải nhất", None,
     [("Lò Văn Sơn", "Ánh sáng vùng cao")]),
    ("Đồng giải Nhì: Tác phẩm “Phiên chợ tình” của tác giả Giàng A Páo.", "Giải nhì", None,
     [("Giàng A Páo", "Phiên chợ tình")]),
    ("Kết quả: Giải Nhất tác phẩm “Sương sớm” của tác giả Đinh Thu Trang.", "Giải nhất", None,
     [("Đinh Thu Trang", "Sương sớm")]),
    # works with the body that staged them in brackets
    ("Ban tổ chức trao 2 giải B là: Gió mùa (Nhà hát Ca múa nhạc Việt Bắc), Hội làng (Công ty Cổ phần "
     "Nghệ thuật Sen Vàng).",
     "Giải B", 2, [("Nhà hát Ca múa nhạc Việt Bắc", "Gió mùa"), ("Công ty Cổ phần Nghệ thuật Sen Vàng", "Hội làng")]),
    # people after "trao cho … là", joined by "và"
    ("Ngoài ra, 2 giải C trao cho diễn viên là Lê Thu Hà và Phạm Quang Vinh.", "Giải C", 2,
     [("Lê Thu Hà", None), ("Phạm Quang Vinh", None)]),
    # one winner after "thuộc về"
    ("Giải Đặc biệt thuộc về Trường THPT Chuyên Lê Quý Đôn.", "Giải đặc biệt", None,
     [("Trường THPT Chuyên Lê Quý Đôn", None)]),
    # works and author groups separated by semicolons; the province in brackets is no winner
    # each author of a team wins, without the unit after the team or a pen name in brackets
    ("Giải A:\n- Phóng sự: Con đường đá của nhóm tác giả Hà Văn Lực, Mạc Thị Yên (Yên Mạc) – Đài PT-TH Bắc Sơn.",
     "Giải A", None, [("Hà Văn Lực", "Con đường đá"), ("Mạc Thị Yên", "Con đường đá")]),
    ("Giải Nhì: “Mưa rừng” của nhóm tác giả Kha Minh – Tạ Lộc – Ninh Hòa, đơn vị Báo Tân Lập.",
     "Giải nhì", None, [("Kha Minh", "Mưa rừng"), ("Tạ Lộc", "Mưa rừng"), ("Ninh Hòa", "Mưa rừng")]),
    ("Giải Ba: “Gió bấc” của tác giả Ông Thị Lài (Lài Ông) - Tạp chí Văn nghệ Bắc Sơn.",
     "Giải ba", None, [("Ông Thị Lài", "Gió bấc")]),
    ("Giải vàng được trao cho công trình: Nhà văn hóa bản Mường của nhóm tác giả Đỗ Minh Tuấn, Vi Thị Hồng "
     "(Sơn La); Cầu đi bộ ven hồ của nhóm tác giả Lý Quốc Bảo (Đà Nẵng).",
     "Giải vàng", None, [("Đỗ Minh Tuấn", "Nhà văn hóa bản Mường"), ("Vi Thị Hồng", "Nhà văn hóa bản Mường"),
                         ("Lý Quốc Bảo", "Cầu đi bộ ven hồ")]),
    # one winner a line, each line opened by a dash
    ("Giải B:\n- Loạt bài “Rừng không còn xanh” của nhóm tác giả Hoàng Anh, Minh Châu\n"
     "- Phóng sự “Đêm trên biển” của tác giả Vũ Nam\n\nBuổi lễ kết thúc lúc 11 giờ.",
     "Giải B", None, [("Hoàng Anh", "Rừng không còn xanh"), ("Minh Châu", "Rừng không còn xanh"),
                      ("Vũ Nam", "Đêm trên biển")]),
    # people named with where they come from
    ("Giải khuyến khích: nhà thơ Nông Văn Lập (Cao Bằng), nhà văn Đỗ Thị Thúy (Hà Giang).",
     "Giải khuyến khích", None, [("Nông Văn Lập", None), ("Đỗ Thị Thúy", None)]),
    # a place name with an abbreviation's full stop does not end the list
    ("Giải C thuộc về Nhà hát Kịch TP. Hồ Chí Minh và Đoàn Cải lương Tây Đô.", "Giải C", None,
     [("Nhà hát Kịch TP. Hồ Chí Minh", None), ("Đoàn Cải lương Tây Đô", None)]),
    # a team: the place after "đoàn" wins
    ("Huy chương vàng đồng đội thuộc về đoàn Quảng Ninh.", "Huy chương vàng", None, [("Quảng Ninh", None)]),
    # a team named by its unit word and its place: the place wins
    ("Giải phong cách thuộc về đội huyện Krông Pa.", "Giải phong cách", None, [("Krông Pa", None)]),
    ("Giải Nhất thuộc về xã Tân Lập, giải Nhì thuộc về thị trấn Đồng Văn.", "Giải nhất", None,
     [("Tân Lập", None)]),
    ("Giải Ba: đội thị xã Buôn Hồ và đội huyện Cư Kuin.", "Giải ba", None, [("Buôn Hồ", None), ("Cư Kuin", None)]),
    # a numbered list, one work a line, its author after "- Tác giả:" with a degree and a unit
    ("Giải Nhất gồm:\n1. Giải pháp Lọc nước bằng cát tại Công ty Cổ phần Nước sạch Yên Bái - Tác giả: ThS Vũ Văn "
     "Khang - Công ty Cổ phần Nước sạch Yên Bái.\n2. Giải pháp Tưới tiết kiệm cho cây chè - Tác giả: Ths Đào Thị "
     "Hiền, Trường Cao đẳng Nông Lâm.\n", "Giải nhất", None,
     [("Vũ Văn Khang", "Lọc nước bằng cát tại Công ty Cổ phần Nước sạch Yên Bái"),
      ("Đào Thị Hiền", "Tưới tiết kiệm cho cây chè")]),
    # an author group after "của nhóm tác giả", quoted work
    ("Giải Nhì: “Mùa nước nổi” của nhóm tác giả Nguyễn Lâm, Trần Thảo.", "Giải nhì", None,
     [("Nguyễn Lâm", "Mùa nước nổi"), ("Trần Thảo", "Mùa nước nổi")]),
]


@pytest.mark.parametrize(("text", "category", "count", "winners"), CASES, ids=[c[0][:40] for c in CASES])
def test_winner_lists(text, category, count, winners):
    found = _categories(text)
    assert found[category] == (count, winners)


@pytest.mark.parametrize("text", [
    "Giải Nhất năm nay là một bất ngờ lớn với ban giám khảo.",  # a comment, not a list
    "Giải Nhì với các tiêu chí chính: Sáng tạo, hiệu quả kinh tế và tính lan tỏa.",  # criteria
    "Giải Ba: chưa có tác phẩm nào đạt yêu cầu.",  # no winner
    "Giải thưởng Nhất: theo quy chế, mỗi tác giả gửi tối đa ba tác phẩm.",
])
def test_no_winners_in_what_is_no_list(text):
    assert all(not winners for _count, winners in _categories(text).values())


def test_a_results_page_keeps_each_level_with_its_winners():
    page = ("Tối 12/3, Hội Văn học nghệ thuật tỉnh tổng kết cuộc thi viết “Quê hương trong tôi” năm 2024.\n\n"
            "Ban giám khảo chọn 9 tác phẩm để trao giải gồm: 1 giải Nhất, 2 giải Nhì, 2 giải Ba và 4 giải "
            "Khuyến khích.\n\n"
            "Giải Nhất: “Tiếng trống trường” của tác giả Hồ Thị Ngân.\n\n"
            "Giải Nhì (2 giải): Bến đò xưa (tác giả Mai Khôi), Con đường đất đỏ (tác giả Trịnh Văn Lực).\n\n"
            "Giải Ba (2 giải): Ngõ nhỏ (tác giả Phan Thanh), Mùa gặt (tác giả Võ Thị Lài).\n\n"
            "Ban tổ chức cũng trao 4 giải Khuyến khích cho các tác giả trẻ.")
    found = _categories(page)
    assert found["Giải nhất"] == (1, [("Hồ Thị Ngân", "Tiếng trống trường")])
    assert found["Giải nhì"] == (2, [("Mai Khôi", "Bến đò xưa"), ("Trịnh Văn Lực", "Con đường đất đỏ")])
    assert found["Giải ba"] == (2, [("Phan Thanh", "Ngõ nhỏ"), ("Võ Thị Lài", "Mùa gặt")])
    assert found["Giải khuyến khích"] == (4, [])


@pytest.mark.parametrize(("text", "category", "winners"), [
    # a work, a dash and its author, where the author is from in brackets
    ("Giải nhì: Mưa trên phố cổ - tác giả Vân Anh (Hà Nội), Những đêm không ngủ - Trần Đức Huy (Nghệ An).",
     "Giải nhì", [("Vân Anh", "Mưa trên phố cổ"), ("Trần Đức Huy", "Những đêm không ngủ")]),
    # a quoted work, a comma and its author
    ("Giải Ba: Tác phẩm “Người lái đò”, tác giả Đoàn Thị Mơ.", "Giải ba", [("Đoàn Thị Mơ", "Người lái đò")]),
    # a quoted work and its author in brackets
    ("Giải Khuyến khích: “Chiều biên giới” (Hà Văn Khải), “Mùa hoa ban” (Lò Thị Én).", "Giải khuyến khích",
     [("Hà Văn Khải", "Chiều biên giới"), ("Lò Thị Én", "Mùa hoa ban")]),
    # one work whose title has a comma, its author after a dash
    ("Giải nhất: Gió đã lặng, sóng vẫn xô - tác giả Hồ Lam (Bình Định).", "Giải nhất",
     [("Hồ Lam", "Gió đã lặng, sóng vẫn xô")]),
    # a pair of names joined by a dash is one winner, no work and author
    ("Giải Nhất thuộc về cặp đôi Minh Tú - Hải Yến.", "Giải nhất", [("Minh Tú - Hải Yến", None)]),
])
def test_works_and_authors_written_with_dashes_commas_and_brackets(text, category, winners):
    assert _categories(text)[category][1] == winners


_WORDS = ["Nguyễn", "Thị", "Lan", "Văn", "An", "Trường", "THCS", "Bản", "Vẽ", "xã", ",", "Đặng", "Hòa", ""]
_recipient = st.builds(
    Recipient, st.lists(st.sampled_from(_WORDS), max_size=5).map(" ".join),
    st.sampled_from([None, "person", "organisation", "location", "work"]),
    st.one_of(st.none(), st.sampled_from(["Tác phẩm A", "tác phẩm a", "B"])))


@settings(max_examples=300)
@given(st.lists(_recipient, max_size=12), _recipient, st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join))
def test_the_known_winners_answer_as_a_walk_over_every_winner_does(winners_so_far, who, lead) -> None:
    """A category's winners kept by their keys, added at once or one by one, answer each
    question asked of a new candidate as comparing it with every winner does."""
    known = Known(winners_so_far)
    one_by_one = Known([])
    for winner in winners_so_far:
        one_by_one.add(winner)
    for index in (known, one_by_one):
        assert index.is_new(who) == is_new(who, winners_so_far)
        assert index.has_whole_of(who) == any(part_of(who, r) for r in winners_so_far)
        assert index.named(who.name) == any(fold(r.name) == fold(who.name) for r in winners_so_far)
        assert index.ends(fold(lead)) == any(
            fold(lead).endswith(fold(r.name)) for r in winners_so_far if r.kind in ("person", None))
