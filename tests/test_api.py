"""The public API and `vnnews extract`: the same records as `vnnews run`, byte for byte;
typed tables; the README's examples run as written."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from test_end_to_end import vnnews

import pipeline

PAGES = sorted([*(ROOT / "raw").glob("*.txt"), *(ROOT / "tests" / "pages").glob("*.html"),
                *(ROOT / "tests" / "pages" / "ceremonies").glob("*.txt")])


@pytest.fixture(scope="module")
def ran(tmp_path_factory) -> Path:
    """`vnnews run` over every page the API is compared on."""
    out = tmp_path_factory.mktemp("ran")
    result = vnnews("run", "raw", "tests/pages", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_the_api_and_the_shell_verb_give_the_run_s_record_byte_for_byte(ran, page):
    written = (ran / "json" / f"{page.stem}.json").read_text(encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(ROOT)  # the record names its source file as the run did: relative to where it ran
    try:
        assert pipeline.to_json(pipeline.extract_file(page.relative_to(ROOT))) + "\n" == written
    finally:
        os.chdir(cwd)
    shell = vnnews("extract", str(page.relative_to(ROOT)))
    assert shell.returncode == 0, shell.stderr
    assert shell.stdout == written


def test_standard_input_gives_the_same_record_but_its_name(ran):
    page = ROOT / "tests" / "pages" / "trao-giai.html"
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", "-", "--html", "--id", "trao-giai"],
                            input=page.read_bytes(), capture_output=True, env=env, check=False, timeout=120)
    assert result.returncode == 0, result.stderr
    piped = pipeline.api.json.loads(result.stdout)
    written = pipeline.api.json.loads((ran / "json" / "trao-giai.json").read_text(encoding="utf-8"))
    assert piped["source_file"] == "trao-giai"
    assert {**piped, "source_file": None} == {**written, "source_file": None}


@pytest.mark.parametrize(("args", "code", "says"), [
    (["extract", "no/such/page.txt"], 2, "no such file"),
    (["extract", "tests/bad_inputs/empty.txt"], 1, "empty"),
])
def test_the_shell_verb_s_errors_are_one_line_on_standard_error(args, code, says):
    result = vnnews(*args)
    assert result.returncode == code
    assert result.stdout == ""
    assert says in result.stderr and "Traceback" not in result.stderr


def test_a_string_with_its_title_is_the_body_alone():
    record = pipeline.extract("Sáng 5/3, bà Lê Thị Hoa, Phó Giám đốc Sở Y tế, kiểm tra 12 cơ sở.",
                              title="Kiểm tra an toàn thực phẩm", url="https://example.vn/tin", id="tin-1")
    assert (record["id"], record["title"], record["source_url"]) == ("tin-1", "Kiểm tra an toàn thực phẩm",
                                                                     "https://example.vn/tin")
    assert [(p["name"], p["titles"]) for p in record["people"]] == [("Lê Thị Hoa", ["Phó Giám đốc Sở Y tế"])]


def test_a_page_that_cannot_be_read_raises_page_error():
    with pytest.raises(pipeline.PageError):
        pipeline.extract(b"\x00\x01\x02" * 10)


def test_many_pages_in_workers_come_in_order_and_a_bad_one_does_not_stop_them():
    pages = [f"Tin số {i}\n\nÔng Nguyễn Văn An nhận {i + 2} giải thưởng." for i in range(6)]
    pages.insert(3, {"id": "tin-hong", "text": ""})
    serial = list(pipeline.extract_many(pages, jobs=1))
    assert list(pipeline.extract_many(pages, jobs=2)) == serial
    assert [r["id"] for r in serial][:4] == ["page-1", "page-2", "page-3", "tin-hong"]
    assert "error" in serial[3] and "error" not in serial[4]


def test_tables_come_back_with_real_types(ran):
    tables = pipeline.read_outputs(ran)
    people, figures, dates = tables["people"], tables["figures"], tables["dates"]
    assert str(people["mentions"].dtype) == "Int64"
    assert isinstance(people["titles"].iloc[0], list)
    assert str(figures["kind"].dtype) == "category" and str(figures["value"].dtype) == "float64"
    assert str(dates["datetime"].dtype).startswith("datetime64")
    day = dates[dates["granularity"] == "day"].iloc[0]
    assert day["datetime"].strftime("%Y-%m-%d") == day["value"]
    assert dates[~dates["granularity"].isin(["day", "month", "year"])]["datetime"].isna().all()
    assert str(tables["articles"]["published"].dtype).startswith("datetime64")
    assert {"corpus_awards", "awards", "removed"} <= tables.keys()


def test_reading_tables_without_pandas_says_what_to_install(monkeypatch, ran):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"vnnews\[pandas\]"):
        pipeline.read_outputs(ran)


def _readme_examples() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use from Python", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_readme_has_python_examples():
    assert len(_readme_examples()) >= 3


@pytest.mark.parametrize("n", range(3))
def test_the_readme_s_examples_run(tmp_path, monkeypatch, ran, n):
    (tmp_path / "extracted").symlink_to(ran)
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(_readme_examples()[n], f"README example {n + 1}", "exec"), {})
    assert printed.getvalue().strip()


def test_the_walkthrough_draws_its_picture(tmp_path, ran):
    picture = tmp_path / "figures.png"
    env = {"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "MPLBACKEND": "Agg"}
    result = subprocess.run([sys.executable, str(ROOT / "docs" / "walkthrough.py"), str(ran), str(picture)],
                            capture_output=True, text=True, env=env, check=False, timeout=300)
    assert result.returncode == 0, result.stderr
    assert picture.read_bytes().startswith(b"\x89PNG")
    assert "Hoàng Minh Cường" in result.stdout  # a Phó Chủ tịch of the seeds
