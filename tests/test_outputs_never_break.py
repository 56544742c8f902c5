"""No page and no value can break a run's outputs: whatever one article holds, every table,
news.db, the workbook, the data package, the corpus view and the report are built, and
what an output could not take is named in run_report.json with a one-line reason."""

from __future__ import annotations

import csv
import json
import sqlite3
import string
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, analyse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import publish
from pipeline.export import plain_number
from pipeline.run import rebuild, run
from pipeline.run_report import RunReport

EVERY_OUTPUT = ("articles.csv", "people.csv", "organisations.csv", "locations.csv", "dates.csv", "figures.csv",
                "awards.csv", "removed.csv", "articles.jsonl", "corpus/corpus.json", "news.db", "tables.xlsx",
                "datapackage.json", "metadata.json", "report.html", "run_report.json", "manifest.json")


def built(out: Path) -> None:
    for name in EVERY_OUTPUT:
        assert (out / name).is_file(), f"{name} was not built"
    with sqlite3.connect(out / "news.db") as db:
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles == len(list((out / "json").glob("*.json")))
    with zipfile.ZipFile(out / "tables.xlsx") as book:
        assert book.testzip() is None


def figure_texts(body: str) -> list[str]:
    return [s.text for s in analyse(body).of("figure")]


@pytest.mark.parametrize("body, not_a_figure", [
    ("Ảnh: dti-2023-173885331251719654278.jpg", "173885331251719654278"),
    ("Tải về bieu-mau-so-12.pdf để điền.", "12"),
    ("Xem hình anh_nen_2024_05.PNG bên dưới.", "05"),
    ("Sản phẩm mã SP-2023-0457 được bán ra.", "0457"),
    ("Tài khoản số 1903456789012345 tại ngân hàng.", "1903456789012345"),
    ("Mã hồ sơ 000123456789012 đã được tiếp nhận.", "000123456789012"),
    ("Truy cập https://example.vn/tin-tuc/bai-viet-98765.html để đọc.", "98765"),
])
def test_digits_of_file_names_codes_and_ids_are_no_figures(body, not_a_figure):
    assert not any(not_a_figure in text for text in figure_texts(body))


@pytest.mark.parametrize("body, text, value", [
    ("Quy mô nền kinh tế đạt 2,3 triệu tỷ đồng.", "2,3 triệu tỷ đồng", 2_300_000_000_000_000),
    ("Dự án cần 1.500 nghìn tỷ đồng.", "1.500 nghìn tỷ đồng", 1_500_000_000_000_000),
    ("Tổng tài sản khoảng 7,25 triệu tỉ đồng.", "khoảng 7,25 triệu tỉ đồng", 7_250_000_000_000_000),
    ("Có 2492 hộ dân được hỗ trợ.", "2492 hộ dân", 2492),
])
def test_large_money_keeps_its_exact_digits(body, text, value):
    found = {s.text: s.value.value for s in analyse(body).of("figure")}
    assert text in found
    assert plain_number(found[text]) == value


def test_plain_number_beyond_a_double_s_exact_integers():
    assert plain_number(2.3e18) == 2_300_000_000_000_000_000
    assert plain_number(38.0) == 38 and type(plain_number(38.0)) is int
    assert plain_number(float("inf")) is None


def page(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_a_file_name_with_a_long_number_and_a_huge_sum_build_every_output(tmp_path):
    raw = tmp_path / "raw"
    page(raw, "a.txt", "Hà Nội xếp thứ 6 về chuyển đổi số\nhanoi-dti-2023-173885331251719654278.jpg\n"
                       "Năm 2023, vốn hóa thị trường đạt 2,3 triệu tỷ đồng, tăng 12%.\n")
    page(raw, "b.txt", "Tin thường\nSáng 3/5/2024, ông Nguyễn Văn An, Chủ tịch UBND tỉnh Nghệ An, dự lễ.\n")
    report = run([raw], tmp_path / "out", jobs=1)
    assert report.failed == 0 and report.problems == []
    built(tmp_path / "out")
    figures = list(csv.DictReader((tmp_path / "out" / "figures.csv").open(encoding="utf-8-sig")))
    assert {row["text"]: row["value"] for row in figures}["2,3 triệu tỷ đồng"] == "2300000000000000"
    assert not any("1738853312" in row["text"] for row in figures)


def test_half_characters_and_stray_nuls_in_a_scrape_build_every_output(tmp_path):
    """Two scrapes that lost their pages: a .jsonl line escaping half a UTF-16 pair (an
    internal error when the site's furniture was written) and a text page with a NUL left
    by its CMS (refused as binary). Both are read, with a warning, and every output built."""
    raw = tmp_path / "raw"
    raw.mkdir()
    half = "\ud834"  # kept out of the Vietnamese literals (test_segment reads those)
    items = [{"id": "k1", "title": "Hội thi văn nghệ" + half, "text": "Tối 2/9, xã tổ chức hội thi văn nghệ."},
             {"id": "k2", "text": "Ông Trần Văn Bình, Bí thư Huyện ủy, dự lễ khánh thành cầu" + half + " mới."}]
    (raw / "feed.jsonl").write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    (raw / "c.txt").write_bytes("Tin xã\nSáng 5/6, UBND xã Tân An họp\x00 bàn kế hoạch.\n".encode())
    report = run([raw], tmp_path / "out", jobs=1)
    assert report.failed == 0 and report.problems == []
    built(tmp_path / "out")
    inputs = json.loads((tmp_path / "out" / "run_report.json").read_text(encoding="utf-8"))["inputs"]
    assert all(item["warnings"] for item in inputs), inputs


@pytest.mark.parametrize("jobs", [1, 2])
def test_values_beyond_64_bits_are_stored_in_every_output(tmp_path, jobs):
    """A record can hold any number (a future extractor, a hand-edited file): news.db keeps
    it as REAL, the CSV and the workbook keep its digits; one beyond a double's range is
    left out of news.db alone, and reported."""
    raw = tmp_path / "raw"
    page(raw, "a.txt", "Tin số liệu\nDoanh thu đạt 12 tỷ đồng trong năm 2023.\n")
    out = tmp_path / "out"
    run([raw], out, jobs=1)
    path = out / "json" / "a.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["figures"][0]["value"] = 173885331251719654278
    record["figures"][0]["max"] = 10**400
    record["figures"][0]["start"] = -(2**70)
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    report = RunReport()
    rebuild(out, report, parallel=jobs > 1)  # the tables, from json/ as it now is
    assert [(p["output"], p["table"], p["article_id"]) for p in report.problems] == [("news.db", "figures", "a")]
    assert "401 digits" in report.problems[0]["reason"]
    with sqlite3.connect(out / "news.db") as db:
        value, kind, top, top_kind = db.execute(
            "SELECT value, typeof(value), max, typeof(max) FROM figures").fetchone()
    assert (value, kind) == (pytest.approx(1.73885331251719654278e20), "real")
    assert (top, top_kind) == (None, "null")
    row = next(csv.DictReader((out / "figures.csv").open(encoding="utf-8-sig")))
    assert row["value"] == "173885331251719654278"
    with zipfile.ZipFile(out / "tables.xlsx") as book:
        sheets = b"".join(book.read(n) for n in book.namelist() if n.startswith("xl/worksheets/"))
    assert b"<t>173885331251719654278</t>" in sheets  # a text cell: Excel would round a number
    metadata = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert "64-bit" in metadata["databases"]["news"]["tables"]["figures"]["columns"]["value"]


def test_an_article_an_output_cannot_take_is_reported_and_the_rest_built(tmp_path):
    raw = tmp_path / "raw"
    for name in ("a", "b", "c"):
        page(raw, f"{name}.txt", f"Tin {name}\nNgày 3/5/2024, tỉnh Nghệ An đón 1.200 du khách.\n")
    out = tmp_path / "out"
    run([raw], out, jobs=1)
    (out / "json" / "b.json").write_text("{ cut short by a full disk", encoding="utf-8")
    record = json.loads((out / "json" / "c.json").read_text(encoding="utf-8"))
    del record["figures"]
    (out / "json" / "c.json").write_text(json.dumps(record), encoding="utf-8")
    report = RunReport()
    rebuild(out, report, parallel=False)
    assert [(p["output"], p["article_id"]) for p in report.problems] == [("json/b.json", "b"), ("tables", "c")]
    assert "KeyError" in report.problems[1]["reason"]
    with sqlite3.connect(out / "news.db") as db:
        assert db.execute("SELECT group_concat(article_id) FROM articles").fetchone()[0] == "a"
    assert [row["article_id"] for row in csv.DictReader((out / "articles.csv").open(encoding="utf-8-sig"))] == ["a"]
    report = run([raw], out, jobs=1, force=True)  # the pages' records written again
    assert report.problems == [] and report.failed == 0
    built(out)


def test_an_output_that_fails_whole_leaves_the_others_and_a_reason(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    page(raw, "a.txt", "Tin\nNgày 3/5/2024, tỉnh Nghệ An đón 1.200 du khách.\n")

    def broken(self, corpus_tables):
        raise OSError("No space left on device")

    monkeypatch.setattr(publish.Workbook, "finish", broken)
    out = tmp_path / "out"
    report = run([raw], out, jobs=1)
    assert [(p["output"], p["reason"]) for p in report.problems] == [
        ("tables.xlsx", "OSError: No space left on device")]
    assert not (out / "tables.xlsx").exists()
    assert not list(out.glob(".*.tmp"))
    for name in EVERY_OUTPUT:
        assert name == "tables.xlsx" or (out / name).is_file(), name
    assert json.loads((out / "run_report.json").read_text(encoding="utf-8"))["output_problems"]
    assert "No space left on device" in (out / "report.html").read_text(encoding="utf-8")


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          check=False, timeout=300, env=env)


def test_a_failed_run_says_why_in_one_line_and_debug_shows_the_traceback(tmp_path):
    page(tmp_path / "raw", "a.txt", "Tin\nNội dung.\n")
    (tmp_path / "taken").mkdir()  # the output folder, with a file where its json/ folder should go
    (tmp_path / "taken" / "json").write_text("a file where the records' folder should go", encoding="utf-8")
    result = cli("run", "raw", "--out", "taken", "-j", "1", cwd=tmp_path)
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("vnnews: the run failed:") and "--debug" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    debug = cli("run", "raw", "--out", "taken", "-j", "1", "--debug", cwd=tmp_path)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


# Pages as a fuzzer writes them: extreme numbers, long digit runs, odd Unicode, control
# characters, huge or empty fields.
EXTREMES = ["0", "-1", "9" * 19, "1" + "0" * 25, "1.000.000.000.000.000.000", "2,3 triệu tỷ đồng",
            "999999999999999999999999999999 tỷ tỷ đồng", "1e308", "NaN", "∞", "٣", "１２３", "x" * 5000,
            "ngày 31/2/2024", "năm 99999", "quý IX/2023", "\x00", "\x07", "\u200b", "\ufeff", "\ud7ff", "\U0001f600",
            "\u0300\u0301", "Ông", "Nguyễn Văn", "UBND tỉnh", "giải Nhất", "hạng mục", ":", "\n", "\n\n\n", "  ",
            "<b>", "&amp;", '"', "'", "Tin liên quan", "Ảnh: ", "Nguồn:", "/", "\\", "%", "https://x.vn/a-1.jpg"]
words = st.lists(st.one_of(st.sampled_from(EXTREMES), st.text(alphabet=string.printable, max_size=12),
                           st.text(max_size=12)), max_size=40).map(" ".join)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(pages=st.lists(st.tuples(words, words), min_size=1, max_size=4))
def test_generated_pages_never_stop_an_output(tmp_path_factory, pages):
    folder = tmp_path_factory.mktemp("fuzz")
    for i, (title, body) in enumerate(pages):
        (folder / "raw").mkdir(exist_ok=True)
        (folder / "raw" / f"p{i}.txt").write_bytes(f"{title}\n{body}\n".encode("utf-8", "surrogatepass"))
    report = run([folder / "raw"], folder / "out", jobs=1)
    assert report.problems == [], report.problems
    built(folder / "out")
