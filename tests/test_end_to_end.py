"""The CLI on raw/ against the seeds' expected answers (tests/expected/: the project's own, so a clone
with nothing beside it tests itself), and the run contract (exit codes, report, atomic outputs)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.text import fold


def vnnews(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          check=False, timeout=300, env=env)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extracted")
    result = vnnews("run", "raw", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


EXPECTED = sorted((Path(__file__).parent / "expected").glob("*.json"))


@pytest.fixture(scope="module", params=EXPECTED, ids=lambda path: path.stem)
def seed(request, extracted) -> tuple[dict, dict]:
    """A seed page's expected answers (tests/expected/, the project's own) and its record."""
    expected = json.loads(request.param.read_text(encoding="utf-8"))
    path = extracted / "json" / f"{expected['id']}.json"
    assert path.is_file(), f"no record for {expected['id']}"
    return expected, json.loads(path.read_text(encoding="utf-8"))


def folded(names) -> set[str]:
    return {fold(n) for n in names}


def keys(entity: dict) -> set[str]:
    return folded([entity["name"], *entity.get("aliases", [])])


def test_every_seed_has_expected_answers():
    assert {p.stem for p in EXPECTED} == {p.stem for p in (ROOT / "raw").glob("*.txt")}


def test_cleaning(seed):
    expected, record = seed
    for text in expected["body_has"]:
        assert text in record["body"], f"lost {text!r}"
    for text in expected["body_lacks"]:
        assert text not in record["body"], f"kept {text!r}"


def test_title_byline_and_source(seed):
    expected, record = seed
    assert fold(record["title"]) == fold(expected["title"])
    assert record["published"] == expected["published"]
    assert folded(record["authors"]) == folded(expected["authors"])
    assert folded(record["photographers"]) == folded(expected["photographers"])
    assert fold(record["source"]) in folded(expected["source"])


@pytest.mark.parametrize("field", ["people", "organisations", "locations"])
def test_entities_found_and_nothing_else(seed, field):
    expected, record = seed
    required = [folded(e["name"]) if field == "people" else folded(e) for e in expected[field]]
    allowed = [*required, *(folded(e) for e in expected.get(f"{field}_may", []))]
    found = [keys(e) for e in record[field]]
    missing = [sorted(names)[0] for names in required if not any(names & k for k in found)]
    extra = [sorted(k)[0] for k in found if not any(names & k for names in allowed)]
    assert not missing and not extra, f"missing {missing}, not expected {extra}"


def test_people_keep_their_titles(seed):
    expected, record = seed
    for person in expected["people"]:
        found = next(p for p in record["people"] if folded(person["name"]) & keys(p))
        titles = folded(found["titles"])
        for title in person["titles"]:
            assert any(fold(title) in t or t in fold(title) for t in titles), f"{found['name']}: lost {title!r}"


def test_dates(seed):
    expected, record = seed
    values = {part for d in record["dates"] if d["value"] for part in [d["value"], *d["value"].split("/")]}
    assert set(expected["dates"]) <= values
    whole = {d["value"] for d in record["dates"] if d["value"]}
    assert whole <= {*expected["dates"], *expected["dates_may"]}


def test_figures(seed):
    """Each expected figure is found once with its value and unit (a unit may carry its
    modifier: 3 năm liên tiếp), and no number is read that the page does not quantify."""
    expected, record = seed
    found = [(f["value"], fold(f["unit"] or "")) for f in record["figures"]]
    for value, unit in expected["figures"]:
        match = next((f for f in found if f[0] == value and f[1].startswith(fold(unit))), None)
        assert match, f"missing {value} {unit}"
        found.remove(match)
    allowed = {value for value, _ in [*expected["figures"], *expected["figures_may"]]}
    assert {value for value, _ in found} <= allowed, f"not expected {found}"
    for never in expected["never_figures"]:
        assert all(never not in (f["text"], f["value"]) for f in record["figures"]), never


def test_awards(seed):
    expected, record = seed
    assert len(record["awards"]) == len(expected["awards"])
    for award, found in zip(expected["awards"], record["awards"], strict=True):
        assert fold(found["name"]) == fold(award["name"]) and found["year"] == award["year"]
        categories = {fold(c["name"]): c for c in found["categories"]}
        assert len(categories) == len(award["categories"])
        for category in award["categories"]:
            got = categories[fold(category["name"])]
            assert got["count"] == category["count"], category["name"]
            got_names = folded(r["name"] for r in got["recipients"])
            for names in category["recipients"]:
                assert folded(names) & got_names, f"{category['name']}: lost {names[0]}"
        for names in award["recipients"]:
            assert folded(names) & folded(r["name"] for r in found["recipients"]), f"lost recipient {names[0]}"


def test_no_stripped_text_reaches_a_table(extracted):
    removed = [row["text"] for row in csv.DictReader((extracted / "removed.csv").open(encoding="utf-8-sig"))]
    assert removed
    sidebar_bits = [line for text in removed for line in text.split("\n") if len(line) > 15]
    for table in ("people", "organisations", "locations", "dates", "figures", "awards"):
        content = (extracted / f"{table}.csv").read_text(encoding="utf-8-sig")
        for bit in sidebar_bits:
            assert bit not in content, f"{bit!r} reached {table}.csv"
    dates = (extracted / "dates.csv").read_text(encoding="utf-8-sig")
    assert "2025" not in dates  # the sidebar's dates


def test_tables_have_rows_with_article_ids(extracted):
    for table in ("articles", "people", "organisations", "locations", "dates", "figures", "awards", "removed"):
        with (extracted / f"{table}.csv").open(encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
        assert rows, table
        assert all(row["article_id"].startswith(("000_", "003_")) for row in rows)
    assert (extracted / "articles.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel needs the BOM


def test_json_contract(extracted):
    required = {"schema_version", "id", "source_file", "title", "published", "source", "source_url", "authors",
                "photographers", "body", "removed", "people", "organisations", "locations", "dates", "figures",
                "awards"}
    for path in (extracted / "json").glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        assert required <= record.keys()
        assert record["schema_version"] == "2"
        body = record["body"]
        for field in ("people", "organisations", "locations"):
            for entity in record[field]:
                for m in entity["mentions"]:
                    assert body[m["start"]:m["end"]] == m["text"]
        for field in ("dates", "figures"):
            for item in record[field]:
                assert body[item["start"]:item["end"]] == item["text"]
                assert item["rule"]
    lines = (extracted / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2


def test_report_and_exit_code_with_bad_inputs(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((ROOT / "raw" / "003_76394b0cb69d1f67.txt").read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (inputs / "english.txt").write_text("Title\n" + "The ceremony was held in the capital city today. " * 10)
    (inputs / "feed.jsonl").write_text('{"id": "j1", "text": "Chiều 27/5, tại Hà Nội, lễ trao giải."}\n{oops\n',
                                       encoding="utf-8")
    out = tmp_path / "out"
    result = vnnews("run", str(inputs), "--out", str(out))
    assert result.returncode == 1
    report = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    status = {Path(i["input"]).name.split(":")[0] + (":" + i["id"] if i["id"] else ""): i["status"]
              for i in report["inputs"]}
    assert status["good.txt:good"] == "ok"
    assert status["feed.jsonl:j1"] == "ok"
    failed = [i for i in report["inputs"] if i["status"] == "failed"]
    assert len(failed) == 4
    assert all(i["reason"] and "\n" not in i["reason"] for i in failed)
    # every item has the same keys, a failed one too, so that a program can read them all alike
    assert {frozenset(i) for i in report["inputs"]} == {frozenset({"input", "id", "status", "reason", "warnings"})}
    assert sorted(p.stem for p in (out / "json").glob("*.json")) == ["good", "j1"]
    assert not list(out.rglob("*.tmp"))


def test_usage_errors_exit_2(tmp_path):
    assert vnnews("run", str(tmp_path / "missing")).returncode == 2
    assert vnnews("frobnicate").returncode == 2
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    done = vnnews("run", str(ROOT / "raw"), "--out", str(tmp_path / "notes.txt"))  # a file, not a folder
    assert done.returncode == 2 and "is a file, not a folder" in done.stderr and "report it" not in done.stderr


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"]])
def test_every_command_has_help(args):
    result = vnnews(*args)
    assert result.returncode == 0
    assert "usage:" in result.stdout and "examples:" in result.stdout


def test_who_s_who_of_the_seeds(extracted):
    with (extracted / "corpus" / "positions.csv").open(encoding="utf-8-sig") as handle:
        rows = {(r["person"], r["role"], r["body"]) for r in csv.DictReader(handle)}
    assert ("Nguyễn Đức Hải", "Phó Chủ tịch", "Quốc hội") in rows
    assert ("Hoàng Minh Cường", "Phó Chủ tịch", "UBND thành phố Hải Phòng") in rows
