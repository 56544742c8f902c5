"""The corpus view over the seed pages: one row per entity and per award category."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.corpus import Awards, Organisations, People
from pipeline.run import run


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    report = run([ROOT / "raw"], folder)
    assert report.failed == 0
    return folder


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_award_categories_resolve_across_articles(out):
    table = rows(out / "corpus" / "awards.csv")
    categories = {r["category"] for r in table if r["category"]}
    assert len(categories) == 4
    counts = {r["category"]: r["count"] for r in table if r["category"]}
    assert sorted(int(c) for c in counts.values()) == [7, 8, 25, 32]
    local = "Top tổ chức/địa phương tiêu biểu chủ động thực hiện cách mạng công nghiệp 4.0 và chuyển đổi số"
    recipients = {r["recipient"] for r in table if r["category"] == local}
    assert recipients == {"Hải Phòng", "Bắc Giang"}
    assert {r["award"] for r in table} == {"TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards"}


def test_bodies_named_differently_are_one_row(out):
    table = rows(out / "corpus" / "organisations.csv")
    institute = [r for r in table if r["name"] == "Viện Sáng tạo và Chuyển đổi số"]
    assert len(institute) == 1
    assert institute[0]["articles"] == "2"
    assert "Viện Sáng tạo và CĐS" in institute[0]["aliases"]
    assert not [r for r in table if r["name"].startswith("Viện Sáng tạo") and r is not institute[0]]


def test_people_rows(out):
    table = {r["name"]: r for r in rows(out / "corpus" / "people.csv")}
    assert set(table) == {"Nguyễn Đức Hải", "Hoàng Minh Cường", "Phan Xuân Dũng"}
    assert "Phó Chủ tịch Quốc hội" in table["Nguyễn Đức Hải"]["titles"]


def test_corpus_json_has_every_table(out):
    data = json.loads((out / "corpus" / "corpus.json").read_text(encoding="utf-8"))
    assert set(data) == {"people", "organisations", "locations", "awards", "positions"}


def _fed(table, records):
    for record in records:
        table.add(record)
    return table


def test_same_person_in_two_articles_is_one_row():
    records = [
        {"id": "a", "people": [{"name": "Nguyễn Văn An", "titles": ["Giám đốc Sở Y tế"], "mentions": [{}]}]},
        {"id": "b", "people": [{"name": "Nguyễn Văn An", "titles": ["Giám đốc Sở Y tế tỉnh"], "mentions": [{}]}]},
    ]
    [row] = _fed(People(), records).rows()
    assert row["articles"] == 2 and row["article_ids"] == ["a", "b"]
    assert row["titles"] == ["Giám đốc Sở Y tế", "Giám đốc Sở Y tế tỉnh"]


def test_abbreviated_and_full_body_in_two_articles():
    records = [
        {"id": "a", "organisations": [{"name": "Sở TT&TT", "aliases": [], "mentions": [{}]}]},
        {"id": "b", "organisations": [{"name": "Sở Thông tin và Truyền thông", "aliases": [], "mentions": [{}]}]},
    ]
    [row] = _fed(Organisations(), records).rows()
    assert row["name"] == "Sở Thông tin và Truyền thông" and row["articles"] == 2


def test_two_bodies_shown_by_the_same_form_are_one_row():
    """Found on real pages: a province's committee written short (`UBND tỉnh Lam Sơn`) is keyed
    by the province, but its commonest spelled-out form is the bare `Ủy ban nhân dân tỉnh`, which
    is also the name of the committee another page never names; the table is keyed by the name
    shown, so the two are one row, and nothing is lost."""
    records = [
        {"id": "a", "organisations": [{"name": "Ủy ban nhân dân tỉnh", "aliases": [], "mentions": [{}]}]},
        {"id": "b", "organisations": [{"name": "UBND tỉnh Lam Sơn", "mentions": [{}],
                                       "aliases": ["Ủy ban nhân dân thành phố Lam Sơn", "Ủy ban nhân dân tỉnh"]}]},
        {"id": "c", "organisations": [{"name": "UBND tỉnh Lam Sơn", "mentions": [{}],
                                       "aliases": ["Ủy ban nhân dân tỉnh Lam Sơn", "Ủy ban nhân dân tỉnh"]}]},
    ]
    rows = _fed(Organisations(), records).rows()
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    shared = next(r for r in rows if r["name"] == "Ủy ban nhân dân tỉnh")
    assert shared["article_ids"] == ["a", "b", "c"] and shared["articles"] == 3
    assert "Ủy ban nhân dân tỉnh Lam Sơn" in {a for r in rows for a in r["aliases"]}


def test_category_written_two_ways_in_two_articles():
    def record(rid, category, count, recipient):
        return {"id": rid, "awards": [{"name": "Giải X", "year": 2024, "recipients": [recipient],
                                       "categories": [{"name": category, "count": count, "recipients": [recipient]}]}]}
    entries = _fed(Awards(), [record("a", "Top doanh nghiệp chuyển đổi số tiêu biểu nhất", 5, "Công ty A"),
                              record("b", "Top doanh nghiệp chuyển đổi số tiêu biểu", None, "Công ty B")]).entries()
    [entry] = entries
    [category] = entry["categories"].values()
    assert {name for name, _work in category["recipients"]} == {"công ty a", "công ty b"}
    assert category["counts"] == [5]
