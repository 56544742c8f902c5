"""Each site's furniture learned from the scrape: generated sites whose menus,
breadcrumbs, counters and footers are words no lexicon holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import sites
from pipeline.run import run

PLACES = ["Nghệ An", "Hà Tĩnh", "Quảng Bình", "Thanh Hóa", "Ninh Bình", "Nam Định", "Thái Bình", "Hưng Yên",
          "Bắc Ninh", "Lạng Sơn"]
PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Võ Minh Đức"]


def article(n: int) -> tuple[str, list[str]]:
    """A headline and paragraphs, different on every page."""
    place, person = PLACES[n % len(PLACES)], PEOPLE[n % len(PEOPLE)]
    return (f"{place} khánh thành công trình thủy lợi số {n + 1}", [
        f"Sáng {n % 27 + 1}/4, UBND tỉnh {place} tổ chức lễ khánh thành công trình thủy lợi phục vụ "
        f"{120 + n * 7} ha lúa của {n + 3} xã.",
        f"Phát biểu tại buổi lễ, ông {person}, Giám đốc Sở Nông nghiệp, cho biết công trình có tổng vốn "
        f"{40 + n} tỷ đồng, hoàn thành sớm {n % 5 + 1} tháng so với kế hoạch.",
        f"Người dân {n + 3} xã phấn khởi vì vụ hè thu năm nay không còn lo thiếu nước tưới.",
    ])


def chrome(n: int) -> tuple[list[str], list[str]]:
    """A made-up site's head and tail lines: nothing any lexicon knows."""
    head = ["Mây Trắng Online", "Trang nhất | Thời cuộc | Bốn phương | Góc nhìn | Nhịp sống",
            "Trang nhất > Thời cuộc > Miền Trung",
            f"Thứ {n % 6 + 2}, ngày {n % 27 + 1}/4/2024 | Số người đọc: {n * 37 + 5}"]
    tail = [f"Chia sẻ lên mạng: {n % 9} lượt", "Bản tin Mây Trắng phát hành lúc 6 giờ hằng ngày",
            "Đường dây nóng: 0912 000 111 | Hộp thư: toasoan@maytrang.example"]
    return head, tail


def write_site(folder: Path, pages: range, *, with_chrome: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in pages:
        title, paragraphs = article(n)
        head, tail = chrome(n) if with_chrome else ([], [])
        lines = [*head, title, *paragraphs, *tail]
        (folder / f"bai-{n:02d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def records(out: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (out / "json").glob("*.json")}


def test_a_site_s_chrome_is_learned_and_stripped(tmp_path):
    write_site(tmp_path / "clean" / "maytrang", range(20), with_chrome=False)
    write_site(tmp_path / "dirty" / "maytrang", range(20), with_chrome=True)
    run([tmp_path / "clean"], tmp_path / "out-clean")
    report = run([tmp_path / "dirty"], tmp_path / "out-dirty")
    assert report.failed == 0
    clean, dirty = records(tmp_path / "out-clean"), records(tmp_path / "out-dirty")
    assert clean.keys() == dirty.keys() and len(clean) == 20
    for page_id in clean:
        assert (dirty[page_id]["title"], dirty[page_id]["body"]) == (clean[page_id]["title"], clean[page_id]["body"])
        assert dirty[page_id]["figures"] == clean[page_id]["figures"]  # a visitor counter is no figure
    [counter] = [r for r in dirty["bai-03"]["removed"] if r["rule"] == "site-repeated" and "Số người đọc" in r["text"]]
    assert counter["text"] == "Thứ 5, ngày 4/4/2024 | Số người đọc: 116"
    assert counter["note"].startswith("folder:") and counter["note"].endswith("dirty/maytrang: on 20 of its 20 pages")
    learned = json.loads((tmp_path / "out-dirty" / sites.FILE).read_text(encoding="utf-8"))
    [site] = learned["sites"]
    assert site["pages"] == 20 and len(site["strip"]) == 7
    assert {"line": "Mây Trắng Online", "pages": 20, "by": "learned"} in site["strip"]


def test_a_site_of_two_pages_learns_nothing(tmp_path):
    write_site(tmp_path / "raw", range(2), with_chrome=True)
    run([tmp_path / "raw"], tmp_path / "out")
    for record in records(tmp_path / "out").values():
        assert not [r for r in record["removed"] if r["rule"] == "site-repeated"]
    learned = json.loads((tmp_path / "out" / sites.FILE).read_text(encoding="utf-8"))
    assert learned["sites"][0]["strip"] == []


def test_a_sentence_two_articles_quote_is_kept(tmp_path):
    write_site(tmp_path / "raw", range(12), with_chrome=False)
    quote = "Không có gì quý hơn độc lập, tự do."
    for n in (2, 7):
        page = tmp_path / "raw" / f"bai-{n:02d}.txt"
        page.write_text(page.read_text(encoding="utf-8") + f"\n{quote}\n", encoding="utf-8")
    run([tmp_path / "raw"], tmp_path / "out")
    assert quote in records(tmp_path / "out")["bai-07"]["body"]


def test_sites_are_told_apart_by_their_host(tmp_path):
    lines = []
    for n in range(8):
        title, paragraphs = article(n)
        host = "maytrang.example" if n % 2 else "songxanh.example"
        footer = "Bản tin Mây Trắng phát hành lúc 6 giờ" if n % 2 else "Sông Xanh điện tử, giấy phép số 12"
        lines.append(json.dumps({"id": f"tin-{n}", "url": f"https://{host}/tin-{n}.html", "title": title,
                                 "text": "\n\n".join([*paragraphs, footer])}, ensure_ascii=False))
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run([tmp_path / "raw"], tmp_path / "out")
    learned = {s["site"]: [x["line"] for x in s["strip"]]
               for s in json.loads((tmp_path / "out" / sites.FILE).read_text(encoding="utf-8"))["sites"]}
    assert learned == {"maytrang.example": ["Bản tin Mây Trắng phát hành lúc 6 giờ"],
                       "songxanh.example": ["Sông Xanh điện tử, giấy phép số 12"]}
    assert all("phát hành" not in r["body"] and "giấy phép" not in r["body"]
               for r in records(tmp_path / "out").values())


def test_two_jobs_give_what_one_gives(tmp_path):
    write_site(tmp_path / "raw", range(12), with_chrome=True)
    run([tmp_path / "raw"], tmp_path / "one", jobs=1)
    run([tmp_path / "raw"], tmp_path / "two", jobs=2)
    assert records(tmp_path / "one") == records(tmp_path / "two")


def test_a_user_s_file_wins_over_learning(tmp_path):
    write_site(tmp_path / "raw", range(10), with_chrome=True)
    rules = tmp_path / "furniture.tsv"
    rules.write_text("# keep the site's name, strip a line no page repeats\n"
                     "*\tkeep\tMây Trắng Online\n"
                     "*\tstrip\tNgười dân 5 xã phấn khởi vì vụ hè thu năm nay không còn lo thiếu nước tưới.\n",
                     encoding="utf-8")
    run([tmp_path / "raw"], tmp_path / "out", furniture=rules)
    got = records(tmp_path / "out")
    assert "Mây Trắng Online" not in [r["text"] for r in got["bai-00"]["removed"] if r["rule"] == "site-repeated"]
    assert "Người dân" not in got["bai-02"]["body"]  # "5 xã" and "7 xã" are one line: numbers are 0


def test_when_a_site_s_lines_change_its_unchanged_pages_are_cleaned_again(tmp_path):
    write_site(tmp_path / "raw", range(10), with_chrome=True)
    out = tmp_path / "out"
    run([tmp_path / "raw"], out)
    assert "Mây Trắng Online" not in records(out)["bai-09"]["body"]
    write_site(tmp_path / "raw", range(8), with_chrome=False)  # 2 of 10 pages keep the chrome: no longer learned
    second = run([tmp_path / "raw"], out)
    assert second.reused == 0  # every page of the site was cleaned again, the two unchanged ones too
    assert records(out) == records(_fresh(tmp_path))


def _fresh(tmp_path: Path) -> Path:
    fresh = tmp_path / "fresh"
    run([tmp_path / "raw"], fresh, force=True)
    return fresh


@pytest.mark.parametrize(("a", "b"), [
    ("Lượt xem: 1.234", "Lượt xem: 87"),
    ("Thứ Hai, 12/3/2024 | 08:15", "Thứ Hai, 1/11/2023 | 17:40"),
    ("  TRANG  NHẤT  ", "Trang nhất"),
])
def test_lines_differing_in_numbers_spaces_or_case_are_one(a, b):
    assert sites.line_key(a) == sites.line_key(b)


def test_a_learned_dated_line_still_dates_its_page(tmp_path):
    (tmp_path / "raw").mkdir()
    for n in range(5):
        title, paragraphs = article(n)
        lines = [title, f"0{n}:15 {n + 10}/03/2024", *paragraphs]
        (tmp_path / "raw" / f"tin-{n}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    run([tmp_path / "raw"], tmp_path / "out")
    got = records(tmp_path / "out")
    assert [r["rule"] for r in got["tin-2"]["removed"]] == ["site-repeated"]
    assert got["tin-2"]["published"] == "2024-03-12"
