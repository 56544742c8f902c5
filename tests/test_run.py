"""The run contract on a big scrape: incremental, parallel, unbreakable on bad input,
safe to kill.

`tests/bad_inputs/` holds pages as scrapers deliver them when something went wrong:
every one gives an article or one clear error, and never stops the run. A 50 MB page
and a file that disappears mid-run are made here.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline import manifest, worker
from pipeline import run as run_module
from pipeline.load import MAX_INPUT_BYTES
from pipeline.run import run

BAD = Path(__file__).parent / "bad_inputs"
SEEDS = sorted((ROOT / "raw").glob("*.txt"))


def outputs(out: Path) -> dict[str, bytes]:
    """Every output that must not depend on how the run was done."""
    names = [*(p for p in (out / "json").glob("*.json")), *out.glob("*.csv"), out / "articles.jsonl",
             *(out / "corpus").glob("*")]
    return {str(p.relative_to(out)): p.read_bytes() for p in names}


def published(out: Path) -> tuple[list[str], dict[str, bytes]]:
    """news.db as SQL, and the workbook's parts (its zip dates differ from run to run)."""
    db = sqlite3.connect(out / "news.db")
    try:
        dump = list(db.iterdump())
    finally:
        db.close()
    with zipfile.ZipFile(out / "tables.xlsx") as book:
        return dump, {name: book.read(name) for name in book.namelist()}


def status(report) -> dict[str, tuple[str, str | None]]:
    return {Path(i["input"]).name: (i["status"], i["reason"]) for i in report.inputs}


@pytest.fixture
def scrape(tmp_path) -> Path:
    folder = tmp_path / "scrape"
    folder.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, folder / seed.name)
    return folder


def test_bad_inputs_each_get_one_clear_error(tmp_path, scrape):
    for path in BAD.iterdir():
        shutil.copy(path, scrape / path.name)
    big = scrape / "huge.txt"
    with big.open("wb") as handle:  # a 50 MB page
        line = ("Chiều 27/5, tại Hà Nội, lễ trao giải đã diễn ra. " * 20 + "\n").encode()
        while handle.tell() < 50 * 2**20:
            handle.write(line)
    assert big.stat().st_size > MAX_INPUT_BYTES
    report = run([scrape], tmp_path / "out", jobs=1)
    by_input = {i["input"].split("/")[-1]: i for i in report.inputs}
    expected_errors = {
        "empty.txt": "empty file", "binary.txt": "binary file", "english.txt": "not a Vietnamese page",
        "huge.txt": "MB limit", "broken-lines.jsonl:2": "not a JSON object",
        "broken-lines.jsonl:3": "expected a JSON object", "broken-lines.jsonl:4": "no 'text' or 'html'",
    }
    failed = {name: i["reason"] for name, i in by_input.items() if i["status"] == "failed"}
    broken = [i for i in report.inputs if i["status"] == "failed" and "broken-lines" in i["input"]]
    failed.update({f"broken-lines.jsonl:{i['reason'].split(':')[0].split()[-1]}": i["reason"] for i in broken})
    for name, fragment in expected_errors.items():
        assert fragment in failed.get(name, ""), f"{name}: {failed.get(name)!r}"
    assert all(reason and "\n" not in reason for reason in failed.values())
    ok = {p.stem for p in (tmp_path / "out" / "json").glob("*.json")}
    assert {"000_959a1db6bf79a773", "003_76394b0cb69d1f67", "feed-1", "feed-4", "truncated-utf8", "windows-1258",
            "utf-16", "malformed"} <= ok
    truncated = json.loads((tmp_path / "out" / "json" / "truncated-utf8.json").read_text(encoding="utf-8"))
    assert "truncated" in truncated["warnings"][0]
    decoded = json.loads((tmp_path / "out" / "json" / "windows-1258.json").read_text(encoding="utf-8"))
    assert "Hội Nông dân tỉnh" in decoded["body"]


def test_scraper_ids_that_cannot_name_a_file(tmp_path):
    """Scrapers often use the page's URL as its id; the JSON file is named after the id."""
    scrape = tmp_path / "scrape"
    scrape.mkdir()
    ids = ["https://baoxyz.vn/xa-hoi/trao-giai-123.html", "../../outside", "https://baoxyz.vn/xa-hoi/trao-giai-123"]
    (scrape / "feed.jsonl").write_text("\n".join(
        json.dumps({"id": item_id, "url": f"{item_id}\r", "text": f"Sáng {i + 1}/3, ông Nguyễn Văn An, Giám đốc "
                    "Sở Y tế tỉnh Bắc Giang, kiểm tra công tác phòng dịch."}, ensure_ascii=False)
        for i, item_id in enumerate(ids)), encoding="utf-8")
    out = tmp_path / "out"
    report = run([scrape], out, jobs=1)
    assert report.ok == 3 and report.failed == 0
    assert all("cannot name a file" in i["warnings"][0] for i in report.inputs)
    assert len(list((out / "json").glob("*.json"))) == 3
    assert not list(tmp_path.glob("*.json")) and not list(out.glob("*.json*.json"))  # nothing escaped json/
    with (out / "articles.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3 and {r["article_id"] for r in rows} == {i["id"] for i in report.inputs}


def test_a_file_that_disappears_mid_run(tmp_path, scrape, monkeypatch):
    gone = scrape / "gone.txt"
    real_discover = run_module.discover

    def discover_then_delete(paths, outside=None):
        yield gone
        yield from real_discover(paths, outside)

    monkeypatch.setattr(run_module, "discover", discover_then_delete)
    report = run([scrape], tmp_path / "out", jobs=1)
    assert status(report)["gone.txt"][0] == "failed"
    assert "cannot read file" in status(report)["gone.txt"][1]
    assert report.ok == 2


def test_a_folder_that_cannot_be_listed(tmp_path, scrape, monkeypatch):
    locked = scrape / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = run([scrape], tmp_path / "out", jobs=1)
    assert status(report)["locked"] == ("failed", "cannot read folder: Permission denied")
    assert report.ok == 2


def test_incremental_runs(tmp_path, scrape):
    out = tmp_path / "out"
    first = run([scrape], out, jobs=1)
    assert first.ok == 2 and first.reused == 0
    again = run([scrape], out, jobs=1)
    assert again.ok == 2 and again.reused == 2
    # a changed input is re-done, an unchanged one is not
    page = scrape / "003_76394b0cb69d1f67.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("38%", "39%"), encoding="utf-8")
    changed = run([scrape], out, jobs=1)
    assert changed.reused == 1
    record = json.loads((out / "json" / "003_76394b0cb69d1f67.json").read_text(encoding="utf-8"))
    assert 39 in [f["value"] for f in record["figures"]]
    # a removed input loses its outputs, tables included
    page.unlink()
    removed = run([scrape], out, jobs=1)
    assert removed.ok == 1
    assert not (out / "json" / "003_76394b0cb69d1f67.json").exists()
    assert "003_76394b0cb69d1f67" not in (out / "articles.csv").read_text(encoding="utf-8-sig")
    # --force re-does everything
    assert run([scrape], out, jobs=1, force=True).reused == 0


def test_unchanged_files_are_not_read_again(tmp_path, scrape, monkeypatch):
    """A file whose size, times and inode are as the manifest has them is not hashed; one
    whose content changed is, even when its size and modification time were kept."""
    out = tmp_path / "out"
    hashed: list[str] = []
    real_hash = run_module.file_hash
    monkeypatch.setattr(run_module, "file_hash", lambda path: hashed.append(path.name) or real_hash(path))
    run([scrape], out, jobs=1)
    assert len(hashed) == 2
    # the files were written less than RACY_SECONDS before that run began: hashed again
    hashed.clear()
    assert run([scrape], out, jobs=1).reused == 2 and len(hashed) == 2
    monkeypatch.setattr(manifest, "RACY_SECONDS", 0)
    hashed.clear()
    assert run([scrape], out, jobs=1).reused == 2 and hashed == []
    page = scrape / "003_76394b0cb69d1f67.txt"
    before = page.stat()
    page.write_text(page.read_text(encoding="utf-8").replace("38%", "39%"), encoding="utf-8")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a copy that keeps times would
    assert page.stat().st_size == before.st_size and page.stat().st_mtime_ns == before.st_mtime_ns
    changed = run([scrape], out, jobs=1)
    assert hashed == [page.name] and changed.reused == 1
    record = json.loads((out / "json" / f"{page.stem}.json").read_text(encoding="utf-8"))
    assert 39 in [f["value"] for f in record["figures"]]


def test_inputs_are_the_visible_files_in_a_stable_order(tmp_path):
    scrape = tmp_path / "scrape"
    for name in ["b/2.txt", "a-b/1.txt", "a/z.txt", "a/.swap.txt", ".git/objects/x.txt", "c.jsonl"]:
        (scrape / name).parent.mkdir(parents=True, exist_ok=True)
        (scrape / name).write_text("x", encoding="utf-8")
    os.mkfifo(scrape / "a" / "pipe.txt")  # reading it would block the run
    found = [p.relative_to(scrape).as_posix() for p in run_module.discover([scrape, scrape / "c.jsonl"])]
    assert found == ["a/z.txt", "a-b/1.txt", "b/2.txt", "c.jsonl", "c.jsonl"]


def test_two_jobs_give_the_same_outputs_as_one(tmp_path, scrape):
    (scrape / "feed.jsonl").write_text(
        "\n".join(json.dumps({"id": f"item-{i}", "text": f"Sáng {i + 1}/3, ông Nguyễn Văn An trao {i + 2} giải "
                                                          f"thưởng cho Hội Nông dân tỉnh Bắc Giang."},
                             ensure_ascii=False) for i in range(6)), encoding="utf-8")
    one = run([scrape], tmp_path / "one", jobs=1)
    two = run([scrape], tmp_path / "two", jobs=2)
    assert one.ok == two.ok == 8
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    # with two jobs news.db is built by a second process from its own pass over json/
    assert published(tmp_path / "one") == published(tmp_path / "two")


def _csv_ok(path: Path) -> bool:
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    return bool(rows) and all(len(r) == len(rows[0]) for r in rows)


def test_sigkill_mid_run_leaves_previous_outputs_valid_and_the_next_run_finishes(tmp_path, scrape):
    out = tmp_path / "out"
    assert run([scrape], out, jobs=1).ok == 2
    before = outputs(out)
    for i in range(40):  # enough pages that the run is surely killed mid-way
        (scrape / f"page-{i:02d}.txt").write_text(
            f"Tin số {i}\n\nSáng {i % 28 + 1}/3, ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Bắc Giang, kiểm tra "
            f"{i + 3} cơ sở khám chữa bệnh; tỷ lệ đạt {i}%.\n\nMinh Anh", encoding="utf-8")
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(scrape), "--out", str(out), "--jobs", "1",
                             "-q"], env=env, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not list((out / "json").glob("page-*.json")):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the previous run's tables, report and manifest are whole and unchanged
    for name in ("articles.csv", "people.csv", "figures.csv", "corpus/awards.csv"):
        assert _csv_ok(out / name)
        assert (out / name).read_bytes() == before[name]
    json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for path in (out / "json").glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    # the next run finishes the work (and sweeps a temporary file the kill may have left),
    # and equals a run that was never interrupted
    finished = run([scrape], out, jobs=1)
    assert finished.ok == 42
    assert not list(out.rglob("*.tmp"))
    clean_run = run([scrape], tmp_path / "clean", jobs=1)
    assert outputs(out) == outputs(tmp_path / "clean") and clean_run.ok == 42


def _state_and_parent(pid: int | str) -> tuple[str, int] | None:
    """A process's state letter and parent pid (Linux /proc); None when it is gone."""
    try:
        state, parent = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[:2]
    except (OSError, IndexError, ValueError):
        return None
    return state, int(parent)


def _alive(pid: int) -> bool:
    found = _state_and_parent(pid)
    return found is not None and found[0] != "Z"


def _descendants(pid: int) -> set[int]:
    """Live processes started by `pid`, and by those."""
    parents: dict[int, int] = {}
    for folder in Path("/proc").glob("[0-9]*"):
        found = _state_and_parent(folder.name)
        if found and found[0] != "Z":
            parents[int(folder.name)] = found[1]
    found_pids, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found_pids
        found_pids |= frontier
    return found_pids


# `vnnews run` with a given way of starting worker processes (Python 3.14 starts them
# from a fork server on Linux, macOS spawns them)
_RUN_STARTING_WORKERS_BY = """
import multiprocessing, runpy, sys
multiprocessing.set_start_method(sys.argv.pop(1))
sys.argv[0] = "vnnews"
runpy.run_module("pipeline", run_name="__main__")
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from Linux /proc")
@pytest.mark.parametrize("start_method", ["fork", "forkserver", "spawn"])
def test_sigkill_leaves_no_worker_behind(tmp_path, scrape, start_method):
    """A killed run cannot tell its workers; before, each waited for its next page forever."""
    for i in range(60):
        (scrape / f"page-{i:02d}.txt").write_text(
            f"Tin số {i}\n\nSáng {i % 28 + 1}/3, ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Bắc Giang, kiểm tra "
            f"{i + 3} cơ sở khám chữa bệnh; tỷ lệ đạt {i}%.\n\nMinh Anh", encoding="utf-8")
    out = tmp_path / "out"
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", _RUN_STARTING_WORKERS_BY, start_method, "run", str(scrape),
                             "--out", str(out), "--jobs", "2", "-q"], env=env, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and not list((out / "json").glob("page-*.json")):
        time.sleep(0.05)
    workers = _descendants(proc.pid)
    assert len(workers) >= 2  # the pool is running
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.time() + 20 * worker.PARENT_CHECK_SECONDS
    while time.time() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for pid in left:  # not to leave them to the rest of the test run
        os.kill(pid, signal.SIGKILL)
    assert not left


@pytest.mark.parametrize("name", [
    b"tin-\xff\xfe.txt",  # Latin-1 bytes in a name
    b"tin-m\xf5\xeci.txt",  # tin-mới as a Windows archive writes it (Windows-1258)
    b"\xe1\xba.txt",  # a UTF-8 character cut in two
])
def test_a_file_name_that_is_no_utf8_costs_no_output(tmp_path, name):
    """A scrape unpacked from a Windows archive kept a name in a legacy encoding: the run
    report could not be written and the run failed whole. The name is shown with the odd
    bytes as \\xNN, the page is read, and every output is built."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b.txt").write_text("Tin thường\nSáng 3/5/2024, ông Nguyễn Văn An dự lễ.\n", encoding="utf-8")
    with open(os.path.join(os.fsencode(raw), name), "wb") as handle:
        handle.write("Tin lạ\nChiều 4/5/2024, xã Tân An tổ chức hội nghị.\n".encode())
    report = run([raw], tmp_path / "out", jobs=1)
    assert report.failed == 0 and report.ok == 2 and report.problems == []
    inputs = json.loads((tmp_path / "out" / "run_report.json").read_text(encoding="utf-8"))["inputs"]
    assert any("\\x" in item["input"] for item in inputs)
    assert len(list((tmp_path / "out" / "json").glob("*.json"))) == 2
    assert run([raw], tmp_path / "out", jobs=1).reused == 2  # the re-run knows it by the same name


@pytest.mark.parametrize("out_name", ["extracted", "kết quả", "a/b/out"])
def test_an_output_folder_inside_the_scrape_is_not_read_back(tmp_path, out_name, monkeypatch):
    """`vnnews run . --out extracted` read its own tables, records and articles.jsonl back as
    pages on the next run: 40 failures and every entity counted twice."""
    scrape = tmp_path / "scrape"
    scrape.mkdir()
    for i in range(3):
        (scrape / f"p{i}.txt").write_text(f"Tin {i}\nSáng {i + 1}/5/2024, ông Nguyễn Văn An dự lễ ở Hà Nội.\n",
                                          encoding="utf-8")
    monkeypatch.chdir(scrape)
    first = run([Path(".")], Path(out_name), jobs=1)
    again = run([Path(".")], Path(out_name), jobs=1)
    assert first.ok == again.ok == 3
    assert again.failed == 0 and again.reused == 3
    assert len(again.inputs) == 3


@pytest.mark.parametrize("layout", [
    {"vnexpress/tin.txt": "Tin một\nSáng 3/5, xã An Phú họp.",
     "tuoitre/tin.txt": "Tin hai\nChiều 4/5, huyện Tân An họp."},
    {"a/2024/05/index.html": "<h1>Tin một</h1><p>Sáng 3/5, xã An Phú tổ chức hội nghị tổng kết năm.</p>",
     "b/2024/05/index.html": "<h1>Tin hai</h1><p>Chiều 4/5, huyện Tân An tổ chức hội nghị sơ kết.</p>"},
    {"feed.jsonl": json.dumps({"id": "42", "title": "Tin một", "text": "Sáng 3/5, xã An Phú họp."}) + "\n"
                   + json.dumps({"id": "42", "title": "Tin hai", "text": "Chiều 4/5, huyện Tân An họp."}) + "\n"},
])
def test_two_articles_of_one_name_are_both_kept(tmp_path, layout):
    """Per-site folders whose pages share a name (tin.txt, index.html), or a feed that gives two
    articles one id: the second was refused as a duplicate id and lost. It is kept under its
    name and a hash of where it was read, the same on the next run, with a warning."""
    raw = tmp_path / "raw"
    for name, text in layout.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(text, encoding="utf-8")
    report = run([raw], tmp_path / "out", jobs=1)
    assert report.ok == 2 and report.failed == 0
    ids = sorted(p.stem for p in (tmp_path / "out" / "json").glob("*.json"))
    assert len(ids) == 2 and ids[1].startswith(ids[0] + "-")
    assert any("is taken by" in w for item in report.inputs for w in item["warnings"])
    assert sorted(item["id"] for item in run([raw], tmp_path / "again", jobs=1).inputs) == ids


def test_the_same_article_twice_is_a_duplicate(tmp_path):
    raw = tmp_path / "raw"
    for folder in ("a", "b"):
        (raw / folder).mkdir(parents=True)
        (raw / folder / "tin.txt").write_text("Tin\nSáng 3/5, xã An Phú họp.", encoding="utf-8")
    report = run([raw], tmp_path / "out", jobs=1)
    assert report.ok == 1 and report.failed == 1
    assert "the same id and text" in next(i["reason"] for i in report.inputs if i["status"] == "failed")


def _page(folder: Path, name: str, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"Tin {n}\nSáng {n}/4/2024, ủy ban xã Phú Mỹ họp bàn kế hoạch năm.\n", encoding="utf-8")


def test_a_linked_folder_is_read_and_a_link_back_up_is_not_followed(tmp_path):
    """A scrape that keeps each site's pages elsewhere and links them in lost every page of a
    linked folder without a word; a link back to a folder above must not loop."""
    scrape, elsewhere = tmp_path / "scrape", tmp_path / "store" / "site-b"
    _page(scrape, "a.txt", 1)
    _page(elsewhere, "b.txt", 2)
    _page(elsewhere / "2024", "c.txt", 3)
    (scrape / "site-b").symlink_to(elsewhere, target_is_directory=True)
    (scrape / "back-up").symlink_to(scrape, target_is_directory=True)
    (elsewhere / "2024" / "loop").symlink_to(elsewhere, target_is_directory=True)
    report = run([scrape], tmp_path / "out", jobs=1)
    assert sorted(Path(i["input"]).relative_to(scrape).as_posix() for i in report.inputs) == [
        "a.txt", "site-b/2024/c.txt", "site-b/b.txt"]
    assert report.ok == 3 and report.failed == 0


def test_a_link_to_a_page_that_is_gone_is_named_in_the_report(tmp_path):
    scrape = tmp_path / "scrape"
    _page(scrape, "a.txt", 1)
    (scrape / "moved.txt").symlink_to(tmp_path / "nowhere.txt")
    report = run([scrape], tmp_path / "out", jobs=1)
    assert status(report)["moved.txt"] == ("failed", "cannot read file: No such file or directory")
    assert report.ok == 1


def test_compressed_pages_in_a_scrape_are_read_and_reused_on_the_next_run(tmp_path):
    scrape = tmp_path / "scrape"
    _page(scrape, "a.txt", 1)
    for name, opener in (("b.txt.gz", gzip.open), ("c.txt.bz2", bz2.open)):
        with opener(scrape / name, "wt", encoding="utf-8") as handle:
            handle.write("Tin nén\nChiều 9/4/2024, huyện Phú Mỹ khởi công đường liên xã.\n")
    first = run([scrape], tmp_path / "out", jobs=1)
    assert first.ok == 3 and first.failed == 0
    assert sorted(p.name for p in (tmp_path / "out" / "json").glob("*.json")) == ["a.json", "b.json", "c.json"]
    assert run([scrape], tmp_path / "out", jobs=1).reused == 3
