"""The annotation tool: inline tags read into offsets, and a page's tags built into gold
fields the way ANNOTATION.md asks (the corpus the models learn from is built by it)."""

from __future__ import annotations

import json
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


def _one_page_manifest(tmp_path, monkeypatch, text: str, *, truncated: bool) -> dict:
    """A manifest of one page stored from `text` by the same rules as `corpus.py add`."""
    import corpus  # noqa: PLC0415

    stored, _ = corpus.as_stored(text, truncated=truncated)
    row = {"id": "c007", "url": "https://bao.example.vn/tin-a.html", "site": "bao.example.vn",
           "query": "tin a", "truncated": truncated, "chars": len(stored), "sha256": corpus.sha256(stored)}
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setattr(corpus, "MANIFEST", manifest)
    monkeypatch.setattr(corpus, "PAGES", tmp_path / "pages")
    monkeypatch.setattr(corpus, "ROOT", tmp_path)
    return row


def test_a_page_is_restored_from_its_excerpt_by_the_rules_that_stored_it(tmp_path, monkeypatch):
    """A fresh machine rebuilds the pages from the search answers: the date prefix dropped and
    a cut excerpt ended at its last full sentence, as when the page was stored."""
    import corpus  # noqa: PLC0415

    excerpt = " date 2024-05-02 Tiêu đề\nCâu một đã xong. Câu hai bị c"
    row = _one_page_manifest(tmp_path, monkeypatch, excerpt, truncated=True)
    (tmp_path / "answer.txt").write_text(excerpt, encoding="utf-8")
    assert corpus.main(["restore", "--url", row["url"], str(tmp_path / "answer.txt")]) == 0
    kept = (tmp_path / "pages" / "bao.example.vn" / "c007.txt").read_text(encoding="utf-8")
    assert kept == "Tiêu đề\nCâu một đã xong.\n"


def test_an_excerpt_that_changed_is_not_restored(tmp_path, monkeypatch, capsys):
    import corpus  # noqa: PLC0415

    row = _one_page_manifest(tmp_path, monkeypatch, "Tiêu đề\nNội dung bài.", truncated=False)
    (tmp_path / "answer.txt").write_text("Tiêu đề\nNội dung bài viết.", encoding="utf-8")
    assert corpus.main(["restore", "--url", row["url"], str(tmp_path / "answer.txt")]) == 1
    assert "differs" in capsys.readouterr().err
    assert not (tmp_path / "pages").exists()


def test_missing_pages_are_listed_by_query_most_pages_first(tmp_path, monkeypatch, capsys):
    import corpus  # noqa: PLC0415

    rows = [{"id": f"c00{n}", "url": f"https://s{n}.vn/a", "site": f"s{n}.vn", "query": query}
            for n, query in [(1, "lẻ"), (2, "chung"), (3, "chung"), (4, "chung")]]
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(corpus, "MANIFEST", manifest)
    monkeypatch.setattr(corpus, "PAGES", tmp_path / "pages")
    (tmp_path / "pages" / "s3.vn").mkdir(parents=True)
    (tmp_path / "pages" / "s3.vn" / "c003.txt").write_text("x", encoding="utf-8")
    assert corpus.main(["missing"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "chung\tc002 https://s2.vn/a\tc004 https://s4.vn/a", "lẻ\tc001 https://s1.vn/a"]


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
