"""The trained tagger: the shipped model loads and gives the answers recorded when it was
trained; training is deterministic; the chunks it gives are made a name's shape. All
sentences are invented."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest
from conftest import analyse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pipeline
from pipeline import export
from pipeline.extractors import entities, entity_features, entity_rows, tagger
from pipeline.extractors.grammar import Scanner
from pipeline.extractors.grammar.lexicons import lexicons
from pipeline.extractors.grammar.tokens import tokens
from pipeline.model import Article, NameValue, Span
from pipeline.tokenise import tokenise

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import train_tagger

CARD = json.loads((resources.files("pipeline") / "models" / tagger.CARD_FILE).read_text(encoding="utf-8"))


def test_the_shipped_model_loads() -> None:
    model, card = tagger.MODEL.get()
    assert model.labels and card == CARD
    assert CARD["trained_on"]["pages"] >= 200
    assert Path(str(resources.files("pipeline") / "models" / tagger.MODEL_FILE)).stat().st_size < 20_000_000


@pytest.mark.parametrize(("probe", "answer"), list(zip(train_tagger.PROBES, CARD["probes"], strict=True)))
def test_the_model_answers_as_at_training_time(probe: str, answer: list[list[str]]) -> None:
    record = pipeline.extract(probe)
    found = sorted([m["text"], field] for field in train_tagger.TYPES for entity in record[field]
                   for m in entity["mentions"])
    assert found == answer


@pytest.mark.parametrize(("labels", "chunks"), [
    (["B-PER", "I-PER", "L-PER", "O"], [(0, 3, "PER")]),
    (["U-ORG", "U-LOC"], [(0, 1, "ORG"), (1, 2, "LOC")]),
    (["B-ORG", "L-ORG", "B-ORG", "L-ORG"], [(0, 2, "ORG"), (2, 4, "ORG")]),
    (["O", "I-LOC", "L-LOC", "O"], [(1, 3, "LOC")]),  # an I without its B still begins a name
    (["B-PER", "I-PER", "O", "U-PER"], [(0, 2, "PER"), (3, 4, "PER")]),  # a name the model left open
    (["O", "O"], []),
])
def test_chunks_read_bilou_labels(labels: list[str], chunks: list[tuple[int, int, str]]) -> None:
    assert tagger.chunks(labels) == chunks


def _article(text: str) -> Article:
    return tokenise(Article(id="t", source_file="t", title="", body=text))


def _scanner(text: str) -> Scanner:
    return Scanner(_article(text))


def test_labels_round_trip_through_chunks() -> None:
    scanner = _scanner("Ông Lưu Văn Sương làm việc tại Sở Y tế tỉnh Lam Khê.")
    text = scanner.body
    spans = [(text.index("Lưu"), text.index(" làm"), "PER"), (text.index("Sở"), text.index(" tỉnh"), "ORG"),
             (text.index("Lam"), text.index("."), "LOC")]
    labels = entity_features.labels_for(scanner.toks, spans, 0, len(scanner.toks))
    got = [(scanner.toks[a].start, scanner.toks[b - 1].end, kind) for a, b, kind in tagger.chunks(labels)]
    assert got == spans


def _repaired_labels(text: str, chunk: str, label: str) -> list[tuple[str, str]]:
    """What a chunk of the model's over `chunk` becomes, next to the grammar's own reading:
    the names' texts and labels."""
    scanner = _scanner(text)
    grammar = scanner.scan()
    start = text.index(chunk)
    toks = scanner.toks
    i = next(k for k, t in enumerate(toks) if t.start == start)
    j = next(k for k, t in enumerate(toks) if t.end == start + len(chunk)) + 1
    starts = {(s.start, s.label): s.end for s in grammar}
    pieces = tagger._repaired(scanner, i, j, label, starts)
    return [(text[toks[a].start:toks[b - 1].end], kind) for a, b, kind in pieces]


def _repaired(text: str, chunk: str, label: str) -> list[str]:
    return [name for name, _ in _repaired_labels(text, chunk, label)]


@pytest.mark.parametrize(("text", "chunk", "label", "expected"), [
    # a doubles pair, dash with or without spaces: two people
    ("Đôi nam Đinh Bá Tùng-Lê Nhật Quang giành huy chương vàng.", "Đinh Bá Tùng-Lê Nhật Quang", "person",
     ["Đinh Bá Tùng", "Lê Nhật Quang"]),
    ("Cặp Nguyễn Thị Hoa - Trần Văn Bình về nhì.", "Nguyễn Thị Hoa - Trần Văn Bình", "person",
     ["Nguyễn Thị Hoa", "Trần Văn Bình"]),
    # a hyphen inside one name keeps it whole
    ("Huấn luyện viên Park Min-jun gọi 25 cầu thủ.", "Park Min-jun", "person", ["Park Min-jun"]),
    # a head word or a lowercase word alone is no name
    ("Ban đã họp chiều nay.", "Ban", "organisation", []),
    ("Theo đó, trước ngày 5/3 phải nộp hồ sơ.", "trước", "person", []),
    # the grammar's name ends where a verb begins
    ("Bộ Quốc phòng tiếp Đại sứ Nhật Bản tại Hà Nội.", "Bộ Quốc phòng tiếp Đại sứ Nhật Bản", "organisation",
     ["Bộ Quốc phòng"]),
    ("Ban Bí thư chỉ đạo các tỉnh ủy rà soát.", "Ban Bí thư chỉ đạo", "organisation", ["Ban Bí thư"]),
    # the grammar's name goes on through a connector into capitals
    ("Hội Khoa học và Kỹ thuật Lam Khê tổ chức hội thảo.", "Hội Khoa học", "organisation",
     ["Hội Khoa học và Kỹ thuật Lam Khê"]),
    ("Sở Văn hóa và Du lịch tổ chức lễ hội.", "Sở Văn hóa", "organisation", ["Sở Văn hóa và Du lịch"]),
    # a committee named by its role ends there; the event follows
    ("Ban Tổ chức cuộc thi ảnh đã chọn 30 tác phẩm.", "Ban Tổ chức cuộc thi ảnh", "organisation", ["Ban Tổ chức"]),
    ("Ban giám khảo liên hoan đánh giá cao các tiết mục.", "Ban giám khảo liên hoan", "organisation",
     ["Ban giám khảo"]),
    # … and before the event it serves, named in capitals (found on real pages)
    ("Ban Tổ chức Cuộc thi Thơ Lam Khê đã trao 10 giải.", "Ban Tổ chức Cuộc thi Thơ Lam Khê", "organisation",
     ["Ban Tổ chức"]),
    ("Sáng nay, Ban Giám khảo Liên hoan Phim Lam Khê họp phiên cuối.", "Ban Giám khảo Liên hoan Phim Lam Khê",
     "organisation", ["Ban Giám khảo"]),
    ("Ban Tổ chức Giải Búa liềm vàng công bố kết quả.", "Ban Tổ chức Giải Búa", "organisation", ["Ban Tổ chức"]),
    # a head word alone joined by `và` to a body: two bodies, the lone head one only as an acronym
    ("Viện và Trung tâm Giống cây trồng Lam Khê ký kết hợp tác.", "Viện và Trung tâm Giống cây trồng Lam Khê",
     "organisation", ["Trung tâm Giống cây trồng Lam Khê"]),
    ("Sở và Phòng Giáo dục huyện Vân Trì kiểm tra trường.", "Sở và Phòng Giáo dục huyện Vân Trì",
     "organisation", ["Phòng Giáo dục huyện Vân Trì"]),
    ("HĐND và UBND tỉnh Lam Khê gặp mặt cử tri.", "HĐND và UBND tỉnh Lam Khê", "organisation",
     ["HĐND", "UBND tỉnh Lam Khê"]),
    # `và` inside one name stays
    ("Sở Kế hoạch và Đầu tư Lam Khê cấp phép.", "Sở Kế hoạch và Đầu tư Lam Khê", "organisation",
     ["Sở Kế hoạch và Đầu tư Lam Khê"]),
    # a head and lowercase words cut before `và` and more lowercase words: a facility or a task
    # described, no body (found on a seed page: `Trung tâm giám sát | và điều hành đô thị …`)
    ("Tỉnh đưa vào vận hành Trung tâm giám sát và điều hành giao thông.", "Trung tâm giám sát", "organisation",
     []),
    ("Tỉnh xây dựng Trung tâm lưu trữ và xử lý dữ liệu mới.", "Trung tâm lưu trữ", "organisation", []),
    ("Phòng thí nghiệm vật liệu và môi trường được đầu tư 5 tỷ đồng.", "Phòng thí nghiệm vật liệu", "organisation",
     []),
    # … but a list of bodies goes on after `và`
    ("Giải ba thuộc về Câu lạc bộ hưu trí và hội cựu chiến binh xã.", "Câu lạc bộ hưu trí", "organisation",
     ["Câu lạc bộ hưu trí"]),
    # a credit's placeholder in capitals names nobody (found when the model was retrained)
    ("Đại biểu cắt băng khánh thành. Ảnh: CTV.", "CTV", "organisation", []),
    ("Lễ ra quân của lực lượng chức năng. Ảnh: BTV", "BTV", "organisation", []),
    ("Toàn cảnh hội nghị (Ảnh: PV).", "PV", "organisation", []),
])
def test_a_chunk_is_made_a_name_s_shape(text: str, chunk: str, label: str, expected: list[str]) -> None:
    assert _repaired(text, chunk, label) == expected


def test_a_name_read_once_is_read_where_it_recurs() -> None:
    scanner = _scanner("Đội Sơn Long thắng. Sau trận, Sơn Long dẫn đầu bảng.")
    toks = scanner.toks
    first = next(k for k, t in enumerate(toks) if t.text == "Sơn")
    again = tagger._elsewhere(toks, [(first, first + 2, "location")])
    assert [(scanner.body[toks[a].start:toks[b - 1].end], label) for a, b, label in again] == [
        ("Sơn Long", "location")]


def test_many_names_alike_in_first_word_and_length_are_each_read_where_they_recur() -> None:
    """A page naming hundreds of bodies that all open with the same word and are as long
    (`Hội Nông dân xóm 1`, `… xóm 2`, …) had every name tried at each opening word; each is
    tried once a length now, and each recurrence is still read as its name."""
    names = [f"Hội Nông dân xóm {k}" for k in range(300)]
    scanner = _scanner("Hội Nông dân họp. " + ". ".join(names) + ". Sau đó " + ", ".join(reversed(names)) + ".")
    toks = scanner.toks
    opening = [k for k, t in enumerate(toks) if t.text == "Hội"]
    # the model read the body's short name once, and each long one once: a recurrence is the longest
    read = [(opening[0], opening[0] + 3, "organisation")] + [(k, k + 5, "organisation") for k in opening[1:301]]
    again = tagger._elsewhere(toks, read)
    texts = [scanner.body[toks[a].start:toks[b - 1].end] for a, b, _ in again]
    assert texts == list(reversed(names))


def test_a_stretch_longer_than_any_name_is_looked_for_nowhere_else() -> None:
    """A page of one unpunctuated line, read by the model as one name of thousands of tokens,
    had that name looked for again at each of its syllables (quadratic: 45 s); a stretch
    longer than any name is looked for nowhere else, a name's length is."""
    run = " ".join(["Sơn Long"] * (tagger.MAX_RECURRING_TOKENS // 2 + 1))  # the stretch, written twice
    scanner = _scanner(f"{run}. {run}. Sau trận, Sơn Long dẫn đầu.")
    toks = scanner.toks
    stretch = tagger.MAX_RECURRING_TOKENS + 2
    assert tagger._elsewhere(toks, [(0, stretch, "organisation")]) == []
    name = tagger._elsewhere(toks, [(0, 2, "location")])
    assert [(scanner.body[toks[a].start:toks[b - 1].end], label) for a, b, label in name][-1:] == [
        ("Sơn Long", "location")]


@pytest.mark.parametrize(("found", "apart"), [
    # the body carried on into its head's name ends where the person begins
    ([(0, 6, "organisation"), (4, 6, "person")], [(0, 4, "organisation"), (4, 6, "person")]),
    # a body and a person side by side, or a person before the body: nothing to cut
    ([(0, 3, "organisation"), (3, 5, "person")], [(0, 3, "organisation"), (3, 5, "person")]),
    ([(0, 2, "person"), (2, 6, "organisation")], [(0, 2, "person"), (2, 6, "organisation")]),
    # a place inside a body's name stays inside it
    ([(0, 6, "organisation"), (4, 6, "location")], [(0, 6, "organisation"), (4, 6, "location")]),
])
def test_a_body_ends_where_a_person_inside_it_begins(found, apart) -> None:
    scanner = _scanner("Chủ tịch Hội Nhà văn Lam Khê Hữu Phước phát biểu.")
    assert tagger._apart(scanner, found) == apart


def test_a_person_s_name_after_a_unit_word_names_a_place_in_the_body() -> None:
    scanner = _scanner("Hội Phụ nữ phường Nguyễn Trãi tổ chức hội thi.")
    toks = scanner.toks
    k = next(n for n, t in enumerate(toks) if t.text == "Nguyễn")
    found = [(0, k + 2, "organisation"), (k, k + 2, "person")]
    assert tagger._apart(scanner, found) == found


@pytest.mark.parametrize(("sentence", "body", "person"), [
    # found on real pages: a title, the body its holder heads, then the holder's name
    ("Phát biểu tại lễ trao giải, Chủ tịch Hội Nhiếp ảnh Lam Khê Hoàng Minh Đức chúc mừng các tác giả.",
     "Hội Nhiếp ảnh Lam Khê", "Hoàng Minh Đức"),
    ("Tiếp đoàn có Thủ tướng Quốc vụ viện Trung Quốc Vương Đạt cùng nhiều quan chức cấp cao.",
     "Quốc vụ viện Trung Quốc", "Vương Đạt"),
])
def test_a_body_does_not_run_into_its_head_s_name(sentence: str, body: str, person: str) -> None:
    record = pipeline.extract(sentence)
    assert body in {e["name"] for e in record["organisations"]}
    assert person in {e["name"] for e in record["people"]}
    assert not any(person in e["name"] for e in record["organisations"])


@pytest.mark.parametrize(("sentence", "field", "names"), [
    ("Chiều 8/4, Phó Chủ tịch UBND tỉnh Lam Khê Lưu Văn Sương đã làm việc với Sở Tài chính.", "people",
     {"Lưu Văn Sương"}),
    ("Chiều 8/4, Phó Chủ tịch UBND tỉnh Lam Khê Lưu Văn Sương đã làm việc với Sở Tài chính.", "organisations",
     {"UBND tỉnh Lam Khê", "Sở Tài chính"}),
    ("Ông Trần Quốc Minh, Giám đốc Công ty Cổ phần Cấp nước Vân Trì, cho biết công suất đạt 40.000 m3.",
     "people", {"Trần Quốc Minh"}),
    ("Đoàn công tác đã đến thăm huyện Vân Trì và tỉnh Lam Khê.", "locations", {"Vân Trì", "Lam Khê"}),
    ("Ngân hàng Nhà nước Việt Nam vừa công bố lãi suất mới.", "organisations", {"Ngân hàng Nhà nước Việt Nam"}),
])
def test_the_combination_on_plain_sentences(sentence: str, field: str, names: set[str]) -> None:
    record = pipeline.extract(sentence)
    assert {e["name"] for e in record[field]} == names


@pytest.mark.parametrize(("text", "dropped"), [
    ("GDP", True), ("HCV", True), ("TH&THCS", True), ("VĐV", True), ("XII", True), ("II", True),
    ("UBND", False), ("HĐND", False), ("VRG", False), ("THCS Lê Lợi", False), ("Hội Sinh viên", False),
    # found on a seed page: an abbreviation the lexicon spells out in lowercase is a common noun
    ("CĐS", True), ("KCN", True), ("CNTT", True), ("BHXH", False), ("BTC", False),
])
def test_a_common_noun_s_abbreviation_or_a_numeral_is_no_body(text: str, dropped: bool) -> None:
    """Found on real pages: a measure, a medal, a school level or a term's numeral read alone
    as an organisation; an acronym that names a body, and a name holding one, stay."""
    span = Span(0, len(text), "organisation", text, NameValue(text), "tagger")
    assert entities._no_body(span) is dropped


def test_without_a_model_the_grammar_stands(grammar_alone: None) -> None:
    article = analyse("Ông Lưu Văn Sương làm việc tại Sở Y tế.")
    assert [s.rule for s in article.of("person")] == ["person:honorific+name"]


def test_training_is_deterministic(tmp_path: Path) -> None:
    """`make train` twice from the same pages gives the same file, byte for byte; the model
    it gives reads names like those it was trained on."""
    sentences = [
        ("Ông Lưu Văn Sương thăm Sở Y tế tỉnh Lam Khê.", [("Lưu Văn Sương", "PER"), ("Sở Y tế", "ORG"),
                                                          ("Lam Khê", "LOC")]),
        ("Bà Trần Thị Mai làm việc với Sở Tài chính tỉnh Vân Trì.", [("Trần Thị Mai", "PER"),
                                                                     ("Sở Tài chính", "ORG"), ("Vân Trì", "LOC")]),
    ] * 5
    pages = []
    for k, (text, names) in enumerate(sentences):
        article = _article(text)
        scanner = Scanner(article)
        spans = [(text.index(name), text.index(name) + len(name), kind) for name, kind in names]
        features = entity_features.Features(scanner, article, scanner.scan())
        sequences = [(feats, entity_features.labels_for(scanner.toks, spans, first, last))
                     for first, last, feats in features.build()]
        pages.append(train_tagger.Page(f"p{k}", "site", Path("p"), {True: sequences}, {}, {}))
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train_tagger.train(pages, first, use_grammar=True)
    train_tagger.train(pages, second, use_grammar=True)
    assert first.read_bytes() == second.read_bytes()
    tagger.use(first)
    try:
        record = pipeline.extract("Ông Lưu Văn Sương thăm Sở Y tế tỉnh Lam Khê.")
        assert [p["name"] for p in record["people"]] == ["Lưu Văn Sương"]
    finally:
        tagger.use(None)


@pytest.mark.parametrize(("sentence", "venue"), [
    # found on real pages: a hall's name opens with `Hội`, a body's head word
    ("Hội nghị được tổ chức tại Hội trường Dinh Độc Lập vào sáng nay.", "Hội trường Dinh Độc Lập"),
    ("Cuộc họp được tổ chức tại Hội trường Bảo Sơn.", "Hội trường Bảo Sơn"),
])
def test_a_venue_building_is_a_place_not_a_body(sentence: str, venue: str) -> None:
    record = pipeline.extract(f"Tin hoạt động trong tuần\n\n{sentence}")
    name = venue.removeprefix("Hội trường ")
    assert any(e["name"].endswith(name) for e in record["locations"])  # with its head word or without
    assert not any(name in e["name"] for e in record["organisations"])


@pytest.mark.parametrize(("sentence", "names"), [
    # found on real pages: winners written in capitals, which the model read as bodies
    ("Giải ba thuộc về các tác giả HOÀNG VĂN SỬ, ĐINH THỊ LAN và BÙI MINH ĐỨC.",
     {"HOÀNG VĂN SỬ", "ĐINH THỊ LAN", "BÙI MINH ĐỨC"}),
    ("Giải khuyến khích: PHẠM QUỐC HƯNG (Vân Trì) với tác phẩm Chiều biên giới.", {"PHẠM QUỐC HƯNG"}),
])
def test_a_name_opened_by_a_surname_and_no_head_word_is_a_person(sentence: str, names: set[str]) -> None:
    article = _article(sentence)
    scanner = Scanner(article)
    found = {(s.label, s.text) for s in tagger.decide(scanner, article, scanner.scan())}
    assert {("person", name) for name in names} <= found
    assert not any(label == "organisation" for label, _ in found)



@pytest.mark.parametrize(("text", "chunk", "expected"), [
    # a province's or a country's name alone, read as a body, is the place (found on a seed page
    # after a retrain: a city among the localities given a prize)
    ("Năm nay, Bắc Ninh là 01 trong 07 địa phương được trao giải.", "Bắc Ninh", [("Bắc Ninh", "location")]),
    ("Giải Nhì thuộc về Quảng Trị.", "Quảng Trị", [("Quảng Trị", "location")]),
    ("Nhật Bản là đối tác lớn nhất của tỉnh.", "Nhật Bản", [("Nhật Bản", "location")]),
    # a head word before it keeps it a body
    ("Sở Y tế Quảng Trị tổ chức hội nghị.", "Sở Y tế Quảng Trị", [("Sở Y tế Quảng Trị", "organisation")]),
])
def test_a_province_read_as_a_body_is_the_place(text: str, chunk: str, expected: list[tuple[str, str]]) -> None:
    assert _repaired_labels(text, chunk, "organisation") == expected


@pytest.mark.parametrize(("sentence", "titles"), [
    # found on real pages: a surname that also heads bodies (Đoàn) keeps the grammar from the
    # name, which the tagger reads; the titles after it, behind commas or in brackets, are still its
    ("Đồng chí Đoàn Minh Khang, Bí thư Huyện ủy, Chủ tịch HĐND huyện chủ trì hội nghị.",
     {"Đoàn Minh Khang": ["Bí thư Huyện ủy", "Chủ tịch HĐND huyện"]}),
    ("Dự lễ có ông Đoàn Quốc Bảo, Giám đốc Sở Nội vụ.", {"Đoàn Quốc Bảo": ["Giám đốc Sở Nội vụ"]}),
    ("Bà Đoàn Thị Ngát (Phó Chủ tịch UBND xã) trao quà.", {"Đoàn Thị Ngát": ["Phó Chủ tịch UBND xã"]}),
    # the title's body ends in a place right before the name, which the grammar ran into the name
    ("Tại buổi lễ, Bí thư Huyện ủy Yên Thế Nguyễn Hữu Khiêm phát biểu.",
     {"Nguyễn Hữu Khiêm": ["Bí thư Huyện ủy Yên Thế"]}),
    ("Theo Chủ tịch Hội Cựu chiến binh tỉnh Bắc Giang Dương Văn Thụy, hội có 40 chi hội.",
     {"Dương Văn Thụy": ["Chủ tịch Hội Cựu chiến binh tỉnh Bắc Giang"]}),
    # found after a retrain: the place's last syllable read into the name, the body cut before it
    ("Theo Chủ tịch Hội Nông dân tỉnh Bắc Giang Lò Văn Pha, hội có 40 chi hội.",
     {"Lò Văn Pha": ["Chủ tịch Hội Nông dân tỉnh Bắc Giang"]}),
    ("Giám đốc Sở Công Thương tỉnh Quảng Ninh Vi Văn Sơn cho biết.",
     {"Vi Văn Sơn": ["Giám đốc Sở Công Thương tỉnh Quảng Ninh"]}),
])
def test_the_titles_around_a_name_only_the_tagger_read_are_its_titles(sentence, titles):
    assert {p["name"]: p["titles"] for p in export.people(analyse(sentence))} == titles


@pytest.mark.parametrize(("sentence", "body"), [
    ("Theo Chủ tịch Hội Nông dân tỉnh Bắc Giang Lò Văn Pha, hội có 40 chi hội.", "Hội Nông dân tỉnh Bắc Giang"),
    ("Giám đốc Sở Công Thương tỉnh Quảng Ninh Vi Văn Sơn cho biết.", "Sở Công Thương tỉnh Quảng Ninh"),
])
def test_a_body_before_a_name_ends_with_its_whole_place(sentence, body):
    """Found after a retrain: `Sở … tỉnh Quảng | Ninh Vi Văn Sơn`, the body cut inside its place."""
    assert body in {o["name"] for o in export.organisations(analyse(sentence))}


def _corpus_of_two(tmp_path, monkeypatch) -> None:
    """A manifest and annotations of two pages, the first rebuilt, the second not."""
    import corpus  # noqa: PLC0415

    text = "Tin\nÔng Lê Văn Tám đến Đà Nẵng.\n"
    rows = [{"id": f"c00{n}", "url": f"https://s{n}.vn/a", "site": f"s{n}.vn", "sha256": corpus.sha256(text)}
            for n in (1, 2)]
    (tmp_path / "corpus" / "annotations").mkdir(parents=True)
    manifest = tmp_path / "corpus" / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for row in rows:
        (tmp_path / "corpus" / "annotations" / f"{row['id']}.json").write_text(json.dumps({"id": row["id"]}))
    (tmp_path / "pages" / "s1.vn").mkdir(parents=True)
    (tmp_path / "pages" / "s1.vn" / "c001.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(corpus, "MANIFEST", manifest)
    monkeypatch.setattr(corpus, "PAGES", tmp_path / "pages")
    monkeypatch.setattr(train_tagger, "ROOT", tmp_path)


def test_cross_validation_runs_on_the_pages_rebuilt_and_says_how_many_are_not(tmp_path, monkeypatch, capsys):
    _corpus_of_two(tmp_path, monkeypatch)
    assert [row["id"] for row, _ in train_tagger.corpus_pages()] == ["c001"]
    assert "1 of 2 annotated pages are missing" in capsys.readouterr().err


def test_training_refuses_a_corpus_rebuilt_in_part(tmp_path, monkeypatch):
    """On a fresh machine with a few pages rebuilt, `make train` wrote models trained on those
    few over the shipped ones; it stops instead and leaves them."""
    _corpus_of_two(tmp_path, monkeypatch)
    with pytest.raises(SystemExit, match="shipped models are left"):
        train_tagger.corpus_pages(complete=True)


def _entries_of_every_tagged_lexicon(lex) -> list[str]:
    """A few entries of each lexicon the tagger reads, long ones first (where walks differ)."""
    out = []
    for _, attribute in entity_features._TAGGED_LEXICONS:
        entries = sorted(getattr(lex, attribute).keys.values(), key=lambda e: (-len(e.split()), e))
        out += entries[:15] + entries[-5:]
    return out


def _entry_or_its_first_words(entries: list[str]):
    """An entry, or its first words, its words a space, two or a line break apart."""
    return st.tuples(st.sampled_from(entries), st.integers(1, 9), st.sampled_from([" ", "  ", "\n"])).map(
        lambda drawn: drawn[2].join(drawn[0].split()[:drawn[1]]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_one_walk_finds_each_lexicon_s_longest_entry_as_its_own_look_up_does(data) -> None:
    """The tagger walks one trie of all its lexicons at a position: each lexicon's longest entry
    there is the one that lexicon's own look-up finds, whatever spacing and line breaks stand
    between its words, and with entries cut short or run into the next."""
    lex = lexicons()
    entries = _entries_of_every_tagged_lexicon(lex)
    pieces = data.draw(st.lists(st.one_of(_entry_or_its_first_words(entries),
                                          st.sampled_from(["và", "của", "Nguyễn", "2024"])), min_size=1, max_size=8))
    gaps = data.draw(st.lists(st.sampled_from([" ", "  ", "\n", ", ", "-", " (", ") "]),
                              min_size=len(pieces), max_size=len(pieces)))
    text = "".join(w for piece, gap in zip(pieces, gaps, strict=True) for w in (piece, gap))
    toks = tokens(text)
    trie = entity_features._lexicon_trie(lex)
    indexes = [getattr(lex, attribute) for _, attribute in entity_features._TAGGED_LEXICONS]
    for i, tok in enumerate(toks):
        if not tok.is_word:
            continue
        expected = [(rank, n) for rank, index in enumerate(indexes) if (n := index.match(toks, i))]
        node = trie[0].get(tok.key)
        assert (entity_features._longest_entries(toks, i, node) if node else []) == expected, (text, i)


def _known_pairs() -> list[tuple[str, ...]]:
    """Some syllable pairs the shipped tagger has `bi+` attributes for, marks among them."""
    model, _ = tagger.MODEL.get()
    names = [name[4:] for name in model.index if name.startswith("bi+=")]
    return [tuple(pair.split("|", 1)) for pair in [*names[:40], *names[-20:]] if not pair.startswith("|")]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_pair_rows_are_the_rows_of_each_pair_s_attributes(data) -> None:
    """The rows of `bi+` and `bi-` are found by numbering syllables and bisecting the model's
    pair keys: for every two neighbouring syllables, a pair the model saw or not, they must be
    the rows of the attributes the trainer writes for that pair (`bi+=a|b` on the first,
    `bi-=a|b` on the second), to the bit."""
    model, _ = tagger.MODEL.get()
    alone = st.sampled_from(["|", "||", "zzqx", "phường", "1", "và"]).map(lambda w: (w,))
    pieces = data.draw(st.lists(st.one_of(st.sampled_from(_known_pairs()), alone), min_size=1, max_size=15))
    lower = [w for piece in pieces for w in piece]
    if len(lower) < 2:
        return
    after, before = entity_rows.pair_rows(model, lower)
    known = 0
    for k in range(len(lower) - 1):
        pair = f"{lower[k]}|{lower[k + 1]}"
        known += f"bi+={pair}" in model.index
        assert after[k].tolist() == model.row([f"bi+={pair}"]).tolist()
        assert before[k].tolist() == model.row([f"bi-={pair}"]).tolist()
    assert known or all(len(piece) == 1 for piece in pieces)  # the pairs drawn as known are known
