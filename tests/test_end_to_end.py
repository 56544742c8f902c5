"""The CLI on raw/ against the gold files, and the run contract (exit codes, report, atomic outputs)."""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED


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


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("score_articles", SHARED / "tools" / "score_articles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_seed_has_json(extracted, gold_dir):
    for gold in gold_dir.glob("*.json"):
        assert (extracted / "json" / gold.name).is_file()


def test_cleaning_checks(extracted, gold_dir):
    for gold_file in gold_dir.glob("*.json"):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        body = json.loads((extracted / "json" / gold_file.name).read_text(encoding="utf-8"))["body"]
        for text in gold["body_must_contain"]:
            assert text in body, f"{gold['id']}: lost {text!r}"
        for text in gold["body_must_not_contain"]:
            assert text not in body, f"{gold['id']}: kept {text!r}"


def test_every_required_gold_item_present(extracted, gold_dir, scorer):
    result, log = scorer.score(str(gold_dir), str(extracted / "json"), verbose=True)
    misses = [line for line in log if line.strip().startswith(("FN", "CLEAN"))]
    assert not misses, "\n".join(misses)
    assert result["forbidden_figures"] == 0
    assert result["macro_f1_core"] >= 0.95


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
        assert record["schema_version"] == "1"
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
    assert sorted(p.stem for p in (out / "json").glob("*.json")) == ["good", "j1"]
    assert not list(out.rglob("*.tmp"))


def test_usage_errors_exit_2(tmp_path):
    assert vnnews("run", str(tmp_path / "missing")).returncode == 2
    assert vnnews("frobnicate").returncode == 2


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"]])
def test_every_command_has_help(args):
    result = vnnews(*args)
    assert result.returncode == 0
    assert "usage:" in result.stdout and "examples:" in result.stdout
