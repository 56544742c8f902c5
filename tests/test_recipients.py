"""The winners classifier: the shipped model loads and gives the answers recorded when it was
trained; training is deterministic; its candidates and features read what a reader reads.
All sentences are invented."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from pipeline.extractors import extract, recipients
from pipeline.model import Article
from pipeline.tokenise import tokenise

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import train_recipients

CARD = json.loads((resources.files("pipeline") / "models" / recipients.CARD_FILE).read_text(encoding="utf-8"))


def test_the_shipped_model_loads() -> None:
    assert CARD["trained_on"]["pages"] >= 60
    assert 0 < recipients.threshold() < 1


def test_the_model_answers_as_at_training_time() -> None:
    assert train_recipients.probe_answers() == CARD["probes"]


def _article(text: str) -> Article:
    return extract(tokenise(Article("t", "t.txt", "Kết quả hội thi", text)))


def test_candidates_stand_after_the_label_to_the_next_and_before_it_in_its_sentence() -> None:
    text = "Huyện Vân Trì giành giải Nhất, giải Nhì thuộc về xã Tân An."
    article = _article(text)
    first = text.index("giải Nhất")
    second = text.index("giải Nhì")
    found = list(recipients.candidates(article, (first, first + len("giải Nhất")), second))
    assert [(c.span.text, c.after) for c in found] == [("Vân Trì", False)]
    found = list(recipients.candidates(article, (second, second + len("giải Nhì")), len(text)))
    assert [(c.span.text, c.after, c.rank) for c in found] == [("Tân An", True, 0), ("Vân Trì", False, 0)]


@pytest.mark.parametrize(("heading", "label"), [("Giải Nhì:", "Giải Nhì"), ("II. GIẢI NHÌ (02 tác phẩm)", "GIẢI NHÌ"),
                                             ("Giải Nhì", "Giải Nhì"), ("- Giải Nhì.", "Giải Nhì"),
                                             # with its count before it (found on a real page)
                                             ("2 Giải Nhì:", "Giải Nhì"), ("- 02 giải Nhì:", "giải Nhì")])
def test_a_label_that_ends_its_line_heads_the_lines_after_it_up_to_the_next_label(heading: str, label: str) -> None:
    """Found on real pages: the prize level on a line of its own, its works and authors one a
    paragraph below it."""
    text = (f"Cuộc thi sáng tác năm 2024 đã trao giải.\n\n{heading}\n\nTruyện ngắn “Mùa nước” - tác giả Lò Văn "
            "Pằn.\n\nBút ký “Bản xa” - tác giả Hà Thị Nhung.\n\nGiải Ba:\n\nThơ “Suối” - tác giả Vi Văn Định.")
    start = text.index(label)
    found = [c.span.text for c in recipients.candidates(_article(text), (start, start + len(label)),
                                                        text.index("Giải Ba")) if c.after]
    assert found == ["Lò Văn Pằn", "Hà Thị Nhung"]


@pytest.mark.parametrize("text", [
    "Cuộc thi trao giải Nhì cho em Lò Văn Pằn.\n\nNgoài ra, em Hà Thị Nhung được khen.",
    # a label that ends a sentence heads nothing
    "Em Lò Văn Pằn nhận giải Nhì.\n\nNgoài ra, em Hà Thị Nhung được khen.",
])
def test_a_label_inside_its_paragraph_looks_no_further_than_the_paragraph(text: str) -> None:
    start = text.index("giải Nhì")
    found = [c.span.text for c in recipients.candidates(_article(text), (start, start + len("giải Nhì")), len(text))
             if c.after]
    assert found == (["Lò Văn Pằn"] if "cho em" in text else [])


_TEACHERS = [("cô giáo Lò Thị Mây", "Trường Mầm non Bản Lướt, huyện Vân Trì"),
             ("thầy giáo Hà Văn Tính", "Trường Tiểu học thị trấn Tân An, huyện Lam Sơn"),
             ("cô giáo Vi Thị Hoa", "Trường Phổ thông Dân tộc bán trú THCS Nậm Pồ, huyện Mường Tè"),
             ("thầy giáo Sầm Văn Lực", "Trường Trung học cơ sở Nà Hang, huyện Bắc Mê"),
             ("thầy giáo Lò Văn Khiêm", "Trường Trung học phổ thông Mường Lạn, huyện Sốp Cộp"),
             ("cô giáo Quàng Thị Nhị", "Trường Mầm non Chiềng Khoong, huyện Sông Mã"),
             ("cô giáo Lường Thị Sen", "Trường Tiểu học Pú Nhi, huyện Điện Biên Đông")]


@pytest.mark.parametrize("parting", ["; ", ", "])
def test_a_list_parted_by_semicolons_runs_to_its_paragraph_s_end(parting: str) -> None:
    """Found on a real page: teachers, each with a school and a district, a semicolon between
    two; the list runs past a clause's reach, and its last names are winners too (a comma-parted
    paragraph as long is one clause and stops at the reach)."""
    items = parting.join(f"{who}, {school}" for who, school in _TEACHERS)
    text = f"Bộ trưởng tặng Bằng khen cho 7 nhà giáo gồm {items}.\n\nCác đại biểu chụp ảnh lưu niệm."
    start = text.index("Bằng khen")
    found = [c.span.text for c in recipients.candidates(_article(text), (start, start + len("Bằng khen")), len(text))
             if c.after]
    assert text.index("Lường Thị Sen") - start > recipients.AFTER_CHARS
    assert ("Lường Thị Sen" in found) == (parting == "; ")


@pytest.mark.parametrize(("text", "name", "feature"), [
    ("Phó Chủ tịch UBND huyện Vân Trì Đỗ Văn Hùng nhận giải Nhất.", "Đỗ Văn Hùng", "titled=office"),
    ("Giám đốc Sở Y tế Lam Khê Phan Thị Hoa lên nhận Cờ thi đua.", "Phan Thị Hoa", "titled=office"),
    ("Thiếu tá Bùi Quang Vinh giành giải Nhất.", "Bùi Quang Vinh", "titled=rank"),
    ("Ban Giám khảo đã chọn ra giải Nhất.", "Ban Giám khảo", "committee"),
    ("BTC trao giải Nhất cho đội Vân Trì.", "BTC", "committee"),
    ("Hội đồng Giải thưởng Lam Khê trao giải Nhất.", "Hội đồng Giải thưởng Lam Khê", "committee"),
])
def test_features_tell_office_holders_and_juries(text: str, name: str, feature: str) -> None:
    article = _article(text)
    start = text.index("giải Nhất") if "giải Nhất" in text else text.index("Cờ thi đua")
    label = (start, start + len("giải Nhất"))
    found = {c.span.text: recipients.features(c, "Giải A", False)
             for c in recipients.candidates(article, label, len(text))}
    assert feature in found[name]


@pytest.mark.parametrize(("text", "label", "winner"), [
    ("Các HCV thuộc về Đỗ Văn Khải (60kg nam), Vũ Thị Nga (52kg nữ).", "52kg nữ", "Vũ Thị Nga"),
    ("Đoàn Bắc Sơn có hai vận động viên lên bục: Lại Văn Hưng (nhảy xa) và Tạ Minh Quân (nhảy cao).",
     "nhảy cao", "Tạ Minh Quân"),
    ("Em Phùng Thị Lan, em Cao Văn Đức ( môn Toán ) đạt giải Ba.", "môn Toán", "Cao Văn Đức"),
])
def test_a_label_in_brackets_belongs_to_the_name_just_before_it(text: str, label: str, winner: str) -> None:
    article = _article(text)
    start = text.index(label)
    before = [c.span.text for c in recipients.candidates(article, (start, start + len(label)), len(text))
              if not c.after]
    assert before == [winner]


def test_an_event_after_no_name_keeps_the_names_before_it_as_candidates() -> None:
    text = "Huyện Vân Trì có đội giành HCV ở nội dung kéo co nữ."
    start = text.index("kéo co nữ")
    found = [c.span.text for c in recipients.candidates(_article(text), (start, start + len("kéo co nữ")),
                                                         len(text))]
    assert found == ["Vân Trì"]


def test_features_say_what_stands_between() -> None:
    text = "Giải A: tác phẩm “Mùa gặt” của tác giả Lưu Văn Sương (Vân Trì)."
    article = _article(text)
    label = (0, len("Giải A"))
    found = {c.span.text: recipients.features(c, "Giải A", False) for c in recipients.candidates(article, label,
                                                                                                len(text))}
    assert {"side=after", "rank=0", "gap:", "gapw=tác giả", "w-2=tác giả", "next=("} <= set(found["Lưu Văn Sương"])
    assert "in-bracket" not in found["Lưu Văn Sương"]
    assert {"rank=1", "in-bracket", "next=)"} <= set(found["Vân Trì"])


@pytest.mark.parametrize("text", [
    "Giải Nhất thuộc về tác phẩm “Đồng lúa” của tác giả Trần Văn Lộc (Vân Trì).",
    "Giải Ba: Lý Thị Mai (Tân An), Đinh Quốc Huy (Lam Sơn).",
    # with its unit word in the brackets
    "Giải Nhì thuộc về tác phẩm “Bến sông” của tác giả Lò Văn Sơn (huyện Vân Trì).",
    "Giải Ba: Lý Thị Mai (xã Tân An), Đinh Quốc Huy (thị trấn Lam Sơn).",
])
def test_a_home_town_in_brackets_is_no_winner(text: str) -> None:
    [award] = _article(text).of("award")
    winners = {r.name for c in award.value.categories for r in c.recipients}
    assert not winners & {"Vân Trì", "Tân An", "Lam Sơn"}


def test_training_is_deterministic(tmp_path: Path) -> None:
    items = [([["bias", "side=after", f"rank={k % 3}", "gap:" if k % 2 else "gap,"]],
              [recipients.WINNER if k % 2 else recipients.OTHER]) for k in range(40)]
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train_recipients.fit(items, first)
    train_recipients.fit(items, second)
    assert first.read_bytes() == second.read_bytes()


def test_candidates_are_the_outermost_names_but_a_team_s_place() -> None:
    from pipeline.model import NameValue, Span  # noqa: PLC0415

    def span(text: str, start: int, label: str) -> Span:
        return Span(start, start + len(text), label, text, NameValue(text), "test")

    theatre = span("Nhà hát Kịch Lam Khê", 0, "organisation")
    team = span("Đội tuyển tỉnh Bắc Sơn", 30, "organisation")
    found = recipients._outermost([theatre, span("Lam Khê", 13, "location"), team, span("Bắc Sơn", 45, "location")])
    assert [s.text for s in found] == ["Nhà hát Kịch Lam Khê", "Bắc Sơn"]
