"""The annotation tool: inline tags read into offsets, and a page's tags built into gold
fields the way ANNOTATION.md asks (the corpus the models learn from is built by it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import annotations as tool


def _fields(tagged: str) -> dict:
    page, tags, problems = tool.parse(tagged)
    assert not problems, problems
    fields, _ = tool._build(page, tags)
    return fields


def test_tags_become_offsets_into_the_untagged_text():
    page, tags, problems = tool.parse("Ông [[PER|Lê Văn Tám]] làm việc tại [[LOC|Đà Nẵng]].")
    assert not problems
    assert page == "Ông Lê Văn Tám làm việc tại Đà Nẵng."
    assert [(t.type, page[t.start:t.end]) for t in tags] == [("PER", "Lê Văn Tám"), ("LOC", "Đà Nẵng")]


def test_an_unclosed_tag_is_a_problem():
    _, _, problems = tool.parse("Bà [[PER|Trần Thị Mai đến.")
    assert problems and "never closed" in problems[0]


@pytest.mark.parametrize(("tagged", "expected", "not_expected"), [
    ("Hội nghị ở thành phố [[LOC|Huế]] kết thúc.", "thành phố Huế", "phố Huế"),
    ("Người dân thị xã [[LOC|Sơn Tây]] tham gia.", "thị xã Sơn Tây", "xã Sơn Tây"),
    ("Đoàn về thị trấn [[LOC|Mỹ Lộc]] chiều qua.", "thị trấn Mỹ Lộc", "trấn Mỹ Lộc"),
    ("Cửa hàng trên phố [[LOC|Hàng Bạc]] đông khách.", "phố Hàng Bạc", None),
])
def test_a_place_takes_the_whole_type_word_written_before_it(tagged, expected, not_expected):
    """A place after "thành phố" is also accepted as "thành phố X", never as "phố X"."""
    names = [n for place in _fields(tagged)["locations"] for n in
             ([place["name"]] if isinstance(place["name"], str) else place["name"])]
    assert expected in names
    assert not_expected not in names


def test_the_manifest_is_replaced_whole_never_seen_half_written(tmp_path, monkeypatch):
    """A training run read a manifest another finder was rewriting and lost pages (KeyError):
    the new manifest is written beside the old one and moved into place."""
    import corpus  # noqa: PLC0415

    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text('{"id": "c001"}\n', encoding="utf-8")
    monkeypatch.setattr(corpus, "MANIFEST", manifest)
    seen = []
    real_replace = Path.replace

    def replace(self, target):  # what a reader finds at the moment the new file moves in
        seen.append(manifest.read_text(encoding="utf-8"))
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    corpus.write_manifest([{"id": "c002"}, {"id": "c001"}])
    assert seen == ['{"id": "c001"}\n']
    assert manifest.read_text(encoding="utf-8") == '{"id": "c001"}\n{"id": "c002"}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["manifest.jsonl"]


def test_places_of_a_team_standing_become_optional_under_the_standing():
    """ANNOTATION.md: team standings are the category `toàn đoàn`, its places optional."""
    award = {"name": "Hội thao huyện Lam Sơn", "categories": [
        {"name": ["giải Nhất toàn đoàn", "Nhất toàn đoàn"], "recipients": ["xã Tân An"]},
        {"name": ["giải Nhì toàn đoàn", "giải Nhì"], "recipients": ["xã Bình Minh"]},
        {"name": "kéo co nam", "recipients": ["xã Tân An"]}]}
    out = tool.team_standing(award)
    assert [c.get("optional", False) for c in out["categories"]] == [True, True, False, False]
    assert out["categories"][-1] == {"name": tool.STANDING_NAMES, "recipients": ["xã Tân An", "xã Bình Minh"]}


@pytest.mark.parametrize("categories", [
    # the standing is already there: its places stay as written
    [{"name": "toàn đoàn", "recipients": ["xã Tân An"]},
     {"name": "nhất toàn đoàn", "optional": True, "recipients": ["xã Tân An"]}],
    # a standing within a section, with no place named: not a place
    [{"name": ["toàn đoàn khối THCS", "giải nhất toàn đoàn khối THCS"], "recipients": ["Trường THCS Lê Lợi"]}],
    # prize levels that are no standing
    [{"name": ["giải Nhất", "giải nhất cá nhân"], "recipients": ["Lê Văn Tâm"]}],
])
def test_an_award_without_places_of_a_standing_is_kept(categories):
    award = {"name": "Hội thao huyện Lam Sơn", "categories": categories}
    assert tool.team_standing(award) == award


@pytest.mark.parametrize(("awards", "problems"), [
    ([{"name": "Giải A", "categories": [{"name": "giải Nhất", "recipients": ["Lê Văn Hòa", ["Xã Tân An", "Tân An"]]}],
       "recipients": ["Lê Văn Hòa"]}], 0),
    ([{"name": None, "categories": [{"name": ["giải Nhì", "Nhì"], "recipients": []}]}], 0),
    # found in a helper's annotation: an optional recipient, which the reference scorer cannot read
    ([{"name": "Bằng khen", "categories": [{"name": "Bằng khen", "recipients": [{"name": "Lê Thu", "optional": True}]}],
       "recipients": [{"name": "Lê Thu", "optional": True}]}], 2),
    ([{"name": "Giải A", "categories": [{"name": 3, "recipients": [[]]}]}], 2),
])
def test_award_names_and_recipients_must_be_what_the_scorer_reads(awards, problems):
    assert len(tool._award_problems(awards)) == problems
