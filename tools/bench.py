"""Benchmark: per-stage speed on a generated corpus, with underthesea as the reference.

usage: python tools/bench.py [--articles N] [--ner-sample N] [--seed S] [--sizes 100,1000,10000] [--jobs 1,2]
                            [--repeat 3] [--jsonl 5000,50000] [--long 1000,4000,16000]

The corpus is deterministic: article templates in the styles of Vietnamese news
(officials with titles, bodies, places, dates, figures, award sentences, a byline,
a source line and a related-news sidebar) filled from the package lexicons with a
seeded random generator. Speeds are syllables per second of cleaned body text, each
stage timed alone on the same articles; `ner()` runs on a sample because it is slow.
Then, end to end: `vnnews run` in a fresh process on corpora of each size, with each
number of jobs, measuring wall time, syllables/s, peak memory of any one process, and
a re-run on the unchanged corpus (the incremental path). Then the time per syllable of
single long pages of each size given, and last, the peak memory of a run on one .jsonl
scrape of each size given.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import regex

os.environ.setdefault("HF_HUB_OFFLINE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import lexicon
from pipeline import report as report_page
from pipeline.clean import clean
from pipeline.export import article_record, write_article
from pipeline.extractors import EXTRACTORS
from pipeline.load import InputError, RawPage, iter_pages
from pipeline.run import rebuild
from pipeline.run_report import RunReport
from pipeline.tokenise import tokenise
from pipeline.worker import process

NUMBER_RUN = regex.compile(r"\d+")

# pages run through every stage before the timings (other pages than those timed)
WARM_UP_ARTICLES = 50
# end to end, a corpus this small takes seconds a run: it is run at least SMALL_REPEAT times
SMALL_CORPUS = 1_000
SMALL_REPEAT = 5
# Given names are only needed to make test text; they are not pipeline knowledge.
GIVEN = ["Văn An", "Thị Hoa", "Đức Hải", "Minh Cường", "Xuân Dũng", "Thanh Hương", "Quốc Tuấn", "Thị Lan",
         "Hữu Nghĩa", "Ngọc Anh", "Văn Sơn", "Thu Hà", "Đình Long", "Hồng Nhung", "Tiến Dũng", "Kim Dung"]
TITLES = ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế", "Bí thư Tỉnh ủy", "Chủ tịch HĐND thành phố",
          "Thứ trưởng Bộ Công Thương", "Tổng Giám đốc Tập đoàn Điện lực Việt Nam", "Hiệu trưởng Trường Đại học Vinh"]
ORGS = ["Sở Thông tin và Truyền thông", "Hội Nông dân tỉnh", "Công ty Cổ phần Cấp nước Hải Phòng",
        "Bệnh viện Đa khoa tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Ngân hàng Nhà nước",
        "Trung tâm Kiểm soát bệnh tật tỉnh", "Viện Sáng tạo và Chuyển đổi số"]
UNITS = ["doanh nghiệp", "hộ dân", "học sinh", "tổ chức, cá nhân", "dự án", "lượt khách", "đơn vị"]
TEMPLATES = [
    "{daypart} {day}/{month}, tại {place}, {org} tổ chức hội nghị tổng kết công tác năm {year}.",
    "Tới dự có đồng chí {person}, {title}, cùng lãnh đạo các sở, ngành và địa phương.",
    "{title} {person} cho biết, {half} tổng thu ngân sách đạt {money} tỷ đồng, tăng {pct}% so với cùng kỳ.",
    "Theo báo cáo, toàn tỉnh có {count} {unit} tham gia chương trình, xếp thứ {rank}/63 tỉnh, thành phố.",
    "Từ năm {year0} đến hết quý {quarter}/{year}, tỷ lệ hồ sơ trực tuyến đạt {pct}%.",
    "Ông {person}, {title}, nhấn mạnh cần đẩy mạnh chuyển đổi số trong giai đoạn {year0}-{year2}.",
    "Tại Lễ trao giải “TOP Doanh nghiệp tiêu biểu” năm {year}, {org} là 1 trong {count} đơn vị được trao giải "
    "tại hạng mục “Top doanh nghiệp chuyển đổi số tiêu biểu”.",
    "Cụ thể: {count} đơn vị tại hạng mục “Top doanh nghiệp xanh”; {count2} đơn vị tại hạng mục “Top sản phẩm số”.",
    "Dự án có tổng mức đầu tư hơn {money} tỷ đồng, dự kiến hoàn thành trong tháng {month}/{year2}.",
    "Nghị quyết số {count}-NQ/TU về phát triển Công nghiệp 4.0 được ban hành ngày {day}/{month}/{year0}.",
]
# Prose with few numbers, as most of a real article is: the seed pages have one number
# per 14 syllables, and the corpus is tuned to the same density (printed by the bench).
PROSE = [
    "Phát biểu tại hội nghị, {title} {person} đánh giá cao những kết quả mà {org} đã đạt được, đồng thời đề nghị "
    "các cấp, các ngành tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
    "Theo {title} {person}, thời gian tới đơn vị sẽ tập trung rà soát các thủ tục, tăng cường ứng dụng công nghệ "
    "thông tin, xây dựng chính quyền số gắn với bảo đảm an toàn, an ninh mạng trên địa bàn {place}.",
    "Các đại biểu đã thảo luận sôi nổi, chia sẻ kinh nghiệm thực tiễn và đề xuất nhiều giải pháp thiết thực nhằm "
    "tháo gỡ khó khăn, vướng mắc trong quá trình triển khai nhiệm vụ chuyển đổi số tại cơ sở.",
    "Chương trình nhằm đánh giá hiệu quả việc tích cực, chủ động thực hiện chuyển đổi số, đổi mới sáng tạo ở các "
    "địa phương, các tổ chức, doanh nghiệp, qua đó lan tỏa những mô hình hay, cách làm hiệu quả.",
    "Dịp này, {org} đã trao tặng bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
    "yêu nước, góp phần hoàn thành thắng lợi các mục tiêu phát triển kinh tế - xã hội của {place}.",
    "Đồng chí {person} yêu cầu các sở, ngành, địa phương quán triệt sâu sắc chỉ đạo của Trung ương, phát huy tinh "
    "thần đoàn kết, chủ động, sáng tạo, quyết tâm cao để hoàn thành tốt nhiệm vụ được giao.",
]
# chance of a prose paragraph after each templated one (0.5 gives the seeds' density)
PROSE_SHARE = 0.5
# paragraphs of an article kept as a .jsonl item in the memory run
LEAD_PARAGRAPHS = 2


def _article(rng: random.Random, number: int) -> str:
    places = [row[0] for row in lexicon.table("places") if row[1] == "province"]
    surnames = sorted(lexicon.words("surnames"))

    def slot() -> dict[str, str]:
        year = rng.randint(2015, 2025)
        return {
            "daypart": rng.choice(["Sáng", "Chiều", "Tối"]), "day": str(rng.randint(1, 28)),
            "month": str(rng.randint(1, 12)), "year": str(year), "year0": str(year - rng.randint(1, 4)),
            "year2": str(year + rng.randint(1, 5)), "place": rng.choice(places), "org": rng.choice(ORGS),
            "person": f"{rng.choice(surnames[:40])} {rng.choice(GIVEN)}", "title": rng.choice(TITLES),
            "half": rng.choice(["6 tháng đầu năm", "quý I", "năm nay"]),
            "money": f"{rng.randint(1, 999)}.{rng.randint(100, 999)}",
            "pct": f"{rng.randint(1, 99)},{rng.randint(1, 9)}", "count": str(rng.randint(2, 500)),
            "count2": str(rng.randint(2, 60)), "unit": rng.choice(UNITS), "rank": str(rng.randint(1, 63)),
            "quarter": rng.choice(["I", "II", "III", "IV"]),
        }

    paragraphs = []
    for _ in range(rng.randint(6, 12)):
        paragraphs.append(rng.choice(TEMPLATES).format(**slot()))
        if rng.random() < PROSE_SHARE:
            paragraphs.append(rng.choice(PROSE).format(**slot()))
    title = f"Bản tin số {number}: {rng.choice(ORGS)} tổng kết năm"
    tail = ["Minh Anh; Ảnh: Quang Vinh", "Nguồn: baotinh.vn", "Tin liên quan",
            "Phiên làm việc chiều 10/12: HĐND thành phố thông qua 29 nghị quyết", "10/12/2025"]
    return "\n\n".join([title, *paragraphs, *tail])


def corpus(n: int, seed: int) -> list[RawPage]:
    rng = random.Random(seed)
    return [RawPage(id=f"bench-{i:05d}", source_file=f"bench/{i}.txt", kind="text", content=_article(rng, i))
            for i in range(n)]


def long_page(sentences: int, seed: int) -> RawPage:
    """One page of about `sentences` sentences: the paragraphs of generated articles in a
    row, as a decision with its annex or a glued archive arrives."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    written = number = 0
    while written < sentences:
        body = _article(rng, number).split("\n\n")[1:-5]  # without title, byline and sidebar
        paragraphs += body
        written += sum(p.count(". ") + 1 for p in body)
        number += 1
    return RawPage(id=f"long-{sentences}", source_file=f"long/{sentences}.txt", kind="text",
                   content="\n\n".join(["Báo cáo tổng hợp", *paragraphs]))


def long_pages(sizes: list[int], seed: int, repeat: int) -> None:
    """Time per syllable of single pages of each size, clean to record as a worker runs
    them (pipeline.worker.process): every stage must be linear in a page's length."""
    process(long_page(50, seed))  # warm-up: models and lexicons
    print(f"{'page sentences':>14} {'syllables':>10} {'seconds':>8} {'µs/syllable':>12}  all runs (s)")
    per_syllable = []
    for size in sizes:
        page = long_page(size, seed)
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            article = process(page)
            article_record(article)
            runs.append(time.perf_counter() - start)
        syllables = len(article.body.split())
        per_syllable.append(min(runs) / syllables * 1e6)
        print(f"{len(article.sentences):14,} {syllables:10,} {min(runs):8.2f} {per_syllable[-1]:12.1f}  "
              + " ".join(f"{r:.2f}" for r in runs), flush=True)
    print(f"cost per syllable, largest page against smallest: {per_syllable[-1] / per_syllable[0]:.2f}x "
          f"(most against least: {max(per_syllable) / min(per_syllable):.2f}x)")


# Pages of odd shapes a scrape can hold, each made of one piece repeated (and a second piece
# repeated on a line after it): a page in capitals, one of names, one unpunctuated line, a run
# of spaces, a page of labels with colons, one dash-joined token, one run of dotted digits, and
# many short sentences with one unpunctuated line after them (a list glued into one line), and
# one line of many bodies' names, each its own (`{k}`: the piece's number), all alike in their
# first word and length.
ODD_SHAPES = {
    "capitals": ("ÔNG ", ""),
    "names": ("Nguyễn Văn An ", ""),
    "one line": ("sáng nay xã tổ chức ", ""),
    "spaces": ("     ạ", ""),
    "labels": ("Giải Nhất: ", ""),
    "one token": ("ạ-", ""),
    "dotted run": ("1.1.", ""),
    "short + run": ("Ông An đến Hà Nội. ", "các đơn vị và "),
    "many names": ("Hội Nông dân Xã Số{k} và ", ""),
}
ODD_REPEATS = (1_000, 4_000)


def odd_pages() -> None:
    """Time of pages of odd shapes at two sizes: each must cost about in proportion to its
    length (a shape whose cost grew with the square of a page took minutes at 40,000
    characters)."""
    process(long_page(50, 7))  # warm-up: models and lexicons
    print(f"{'odd page':>10} " + " ".join(f"{n:>6,}x: seconds" for n in ODD_REPEATS) + "  growth (4x the length)")
    for name, (piece, then) in ODD_SHAPES.items():
        times = []
        for n in ODD_REPEATS:
            page = RawPage(id=f"odd-{n}", source_file="odd", kind="text",
                           content=f"Trang thử\n{''.join(piece.format(k=k) for k in range(n))}\n{then * n}\n"
                                   "Câu kết thúc bài viết có dấu tiếng Việt.")
            start = time.perf_counter()
            with contextlib.suppress(InputError):  # a page may be refused; its time still counts
                article_record(process(page))
            times.append(time.perf_counter() - start)
        print(f"{name:>10} " + " ".join(f"{t:15.2f}" for t in times) + f"  {times[-1] / times[0]:.1f}x", flush=True)


def end_to_end(sizes: list[int], jobs: list[int], seed: int, repeat: int) -> None:
    """`vnnews run` on generated corpora written as .txt files, one fresh process and a
    fresh output folder a run. This machine's speed drifts by up to a fifth from minute
    to minute, so each run is made `repeat` times and the best is shown (as timeit does),
    with all the times after it; a corpus of up to SMALL_CORPUS articles takes seconds a
    run and is run at least SMALL_REPEAT times, as a few seconds' noise is a larger share
    of its time. The numbers of jobs take turns (1, 2, 1, 2, ...), so a slow minute slows
    both alike. The re-run is the best of as many runs. Peak memory is the largest seen."""
    print(f"{'articles':>8} {'jobs':>4} {'seconds':>8} {'articles/s':>10} {'syllables/s':>12} "
          f"{'per core':>9} {'peak RSS':>9} {'re-run':>7} {'speed-up':>8}  all runs (s)")
    best_phases: list[tuple[int, int, dict[str, float]]] = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            inputs = Path(tmp) / "raw"
            inputs.mkdir()
            syllables = 0
            for page in corpus(size, seed):
                (inputs / f"{page.id}.txt").write_text(page.content, encoding="utf-8")
                syllables += len(clean(page).body.split())
            runs: dict[int, list[float]] = {n: [] for n in jobs}
            peak: dict[int, float] = dict.fromkeys(jobs, 0.0)
            phases: dict[int, dict[str, float]] = {}
            runs_of_size = max(repeat, SMALL_REPEAT) if size <= SMALL_CORPUS else repeat
            for attempt in range(runs_of_size):
                for n in jobs:
                    out = Path(tmp) / f"out-{n}-{attempt}"
                    seconds, rss = _run_measured([str(inputs), "--out", str(out), "--jobs", str(n)])
                    if not runs[n] or seconds < min(runs[n]):
                        phases[n] = json.loads((out / "run_report.json").read_text(encoding="utf-8"))["phases"]
                    runs[n].append(seconds)
                    peak[n] = max(peak[n], rss)
            for n in jobs:
                again = min(_run_measured([str(inputs), "--out", str(Path(tmp) / f"out-{n}-0"), "--jobs", str(n)])[0]
                            for _ in range(runs_of_size))
                first = min(runs[n])
                best_phases.append((size, n, phases[n]))
                print(f"{size:8,} {n:4} {first:8.1f} {size / first:10.1f} {syllables / first:12,.0f} "
                      f"{syllables / first / n:9,.0f} {peak[n]:7,.0f}MB {again:7.2f} {first / again:7.0f}x  "
                      + " ".join(f"{r:.1f}" for r in runs[n]), flush=True)
            if 1 in jobs and len(jobs) > 1:
                most = max(jobs)
                pairs = sorted(one / many for one, many in zip(runs[1], runs[most], strict=True))
                print(f"{'':8} speed-up with {most} jobs: {min(runs[1]) / min(runs[most]):.2f}x best against best; "
                      f"run by run (each pair ran one after the other) {' '.join(f'{r:.2f}x' for r in pairs)}, "
                      f"median {statistics.median(pairs):.2f}x", flush=True)
    print("\nwhere the best runs spent their time (run_report.json phases, seconds): the first pass over the "
          "inputs (hashing them, learning each site's furniture), reading and processing the pages, then the "
          "tables, corpus view, database and workbook; start-up and the report are the rest")
    for size, n, phases_of_run in best_phases:
        print(f"{size:8,} {n:4}  " + "  ".join(f"{k} {v:.1f}" for k, v in phases_of_run.items()))
    if max(jobs) > 1:
        print(f"\nthis machine, now: a pure-Python loop runs {_machine_scaling(max(jobs), repeat):.2f}x faster in "
              f"{max(jobs)} processes than in one (best of {repeat}); no pipeline can scale better than that")


def jsonl_memory(sizes: list[int], seed: int, jobs: int) -> None:
    """Peak memory on one scraper .jsonl file of each size, short items (a title and a
    lead of two paragraphs): pages stream through the run one line at a time, so the peak
    must stay about the same as the file grows; what does grow is a line of bookkeeping
    per article (the run report, the manifest) and the corpus view's article lists."""
    print(f"\n{'.jsonl lines':>12} {'jobs':>4} {'seconds':>8} {'peak RSS':>9}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            feed = Path(tmp) / "feed.jsonl"
            rng = random.Random(seed)
            with feed.open("w", encoding="utf-8") as handle:
                for i in range(size):
                    title, *paragraphs = _article(rng, i).split("\n\n")
                    item = {"id": f"item-{i:06d}", "title": title, "text": "\n\n".join(paragraphs[:LEAD_PARAGRAPHS])}
                    handle.write(json.dumps(item, ensure_ascii=False) + "\n")
            seconds, rss = _run_measured([str(feed), "--out", str(Path(tmp) / "out"), "--jobs", str(jobs)])
            print(f"{size:12,} {jobs:4} {seconds:8.1f} {rss:7,.0f}MB", flush=True)


def _busy(n: int) -> int:
    """CPU-bound Python with dictionaries and strings, as the pipeline's own work is."""
    seen: dict[str, int] = {}
    for i in range(n):
        key = str(i % 5_000)
        seen[key] = seen.get(key, 0) + i
    return len(seen)


def _machine_scaling(processes: int, repeat: int, n: int = 3_000_000) -> float:
    """The same work done in one process and split over `processes`: the speed-up the
    machine itself gives right now (its cores may be shared with other machines)."""
    serial, parallel = [], []
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(_busy, [1] * processes))  # the processes start before the clock does
        for _ in range(repeat):
            start = time.perf_counter()
            for _ in range(processes):
                _busy(n)
            serial.append(time.perf_counter() - start)
            start = time.perf_counter()
            list(pool.map(_busy, [n] * processes))
            parallel.append(time.perf_counter() - start)
    return min(serial) / min(parallel)


_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run([sys.executable, "-m", "pipeline", "run", "-q", *sys.argv[1:]], check=False)
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _run_measured(args: list[str]) -> tuple[float, float]:
    """Wall seconds and the peak RSS (MB) of any process of one `vnnews run`."""
    result = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    seconds, rss_kb = result.stdout.split()
    return float(seconds), float(rss_kb) / 1024


def _timed(label: str, fn, results: dict[str, float]):
    start = time.perf_counter()
    value = fn()
    results[label] = results.get(label, 0.0) + time.perf_counter() - start
    return value


def _loaded(pages: list[RawPage], folder: Path, times: dict[str, float]) -> list[RawPage]:
    """The generated pages written as a scrape's .txt files and read back as a run reads them
    (bytes decoded, the encoding guessed, NFC), so the load stage is timed on files."""
    raw = folder / "raw"
    raw.mkdir()
    for page in pages:
        (raw / f"{page.id}.txt").write_text(page.content, encoding="utf-8")
    files = sorted(raw.iterdir())
    read = _timed("load (files read, decoded)", lambda: [page for f in files for page in iter_pages(f)], times)
    return [page for page in read if not isinstance(page, InputError)]


def _publish(out: Path) -> None:
    """Step 6 of a run with one job, from json/: the CSVs, corpus view, workbook and news.db,
    then report.html."""
    report = RunReport()
    seen = rebuild(out, report, parallel=False)
    report_page.build(out, report.as_dict(), seen)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--ner-sample", type=int, default=20, help="articles given to underthesea ner()")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sizes", default="",
                        help="end-to-end corpus sizes, e.g. 100,1000,10000 (empty or none: skip)")
    parser.add_argument("--jobs", default="1,2", help="end-to-end numbers of jobs")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each size and jobs; the best is shown")
    parser.add_argument("--jsonl", default="", help="lines of .jsonl scrapes whose peak memory is measured, "
                                                     "e.g. 5000,50000 (empty or none: skip)")
    parser.add_argument("--long", default="", help="sentences of single long pages whose cost per syllable is "
                                                    "measured, e.g. 1000,4000,16000 (empty or none: skip)")
    args = parser.parse_args()
    from underthesea import ner, sent_tokenize, word_tokenize  # noqa: PLC0415  (after HF_HUB_OFFLINE)

    pages = corpus(args.articles, args.seed)
    # warm-up on other pages: models, lexicons and the dictionary load, and the caches of rows
    # and n-grams fill as a long run's do, outside the timings; each stage then runs once over
    # the corpus, as in a run (a stage repeated on the same pages would find all in its caches)
    for page in corpus(WARM_UP_ARTICLES, args.seed + 1):
        article_record(process(page))
    times: dict[str, float] = {}
    work = tempfile.TemporaryDirectory()
    pages = _loaded(pages, Path(work.name), times)
    articles = _timed("clean", lambda: [clean(p) for p in pages], times)
    articles = _timed("tokenise (underthesea models)", lambda: [tokenise(a) for a in articles], times)
    for name, extractor in EXTRACTORS:
        found = _timed(f"extract: {name}", lambda e=extractor, given=articles: [e(a) for a in given], times)
        articles = [a.with_spans(spans) for a, spans in zip(articles, found, strict=True)]
    out = Path(work.name) / "out"
    records = _timed("export (records)", lambda: [article_record(a) for a in articles], times)
    _timed("export (json files)", lambda: [write_article(out, r) for r in records], times)
    _timed("publish (tables, news.db, workbook, report)", lambda: _publish(out), times)
    work.cleanup()
    syllables = sum(len(a.body.split()) for a in articles)
    numbers = sum(1 for a in articles for _ in NUMBER_RUN.finditer(a.body))
    sentences = [s for a in articles for p in a.body.split("\n") if p.strip() for s in sent_tokenize(p)]
    _timed("reference: underthesea word_tokenize", lambda: [word_tokenize(s) for s in sentences], times)
    sample = [s for a in articles[:args.ner_sample] for p in a.body.split("\n") if p.strip() for s in sent_tokenize(p)]
    sample_syllables = sum(len(s.split()) for s in sample)
    _timed("reference: underthesea ner()", lambda: [ner(s) for s in sample], times)

    print(f"corpus: {len(articles)} generated articles, {syllables:,} syllables of cleaned body "
          f"(seed {args.seed}), one number per {syllables / numbers:.1f} syllables; "
          f"ner() on the first {args.ner_sample} ({sample_syllables:,} syllables)")
    print(f"{'stage':44} {'seconds':>8} {'syllables/s':>12}")
    ours = ["load (files read, decoded)", "clean", "tokenise (underthesea models)",
            *[f"extract: {n}" for n, _ in EXTRACTORS], "export (records)", "export (json files)",
            "publish (tables, news.db, workbook, report)"]
    for label in [*ours, "reference: underthesea word_tokenize", "reference: underthesea ner()"]:
        n = sample_syllables if label.endswith("ner()") else syllables
        print(f"{label:44} {times[label]:8.2f} {n / times[label]:12,.0f}")
    total = sum(times[k] for k in ours)
    print(f"{'whole pipeline (one process)':44} {total:8.2f} {syllables / total:12,.0f}")
    dates_figures = times["extract: dates"] + times["extract: figures"]
    print(f"{'dates + figures':44} {dates_figures:8.2f} {syllables / dates_figures:12,.0f}")
    ner_speed = sample_syllables / times["reference: underthesea ner()"]
    print(f"entities vs underthesea ner(): {syllables / times['extract: entities'] / ner_speed:,.1f}x faster")
    # the two ratios the speed budget is set in (the trained models included)
    print(f"whole pipeline per core against word_tokenize on the same bodies: "
          f"{times['reference: underthesea word_tokenize'] / total:.2f}x")
    print(f"whole pipeline per core against ner() on the same bodies: {syllables / total / ner_speed:,.1f}x")
    print(f"articles/s: {len(articles) / total:,.1f}; peak RSS: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB", flush=True)
    sizes, jobs, long, jsonl = (_numbers(x) for x in (args.sizes, args.jobs, args.long, args.jsonl))
    if sizes:
        print()
        end_to_end(sizes, jobs, args.seed, args.repeat)
    if long:
        print()
        long_pages(long, args.seed, args.repeat)
        print()
        odd_pages()
    if jsonl:
        jsonl_memory(jsonl, args.seed, max(jobs, default=1))
    return 0


def _numbers(text: str) -> list[int]:
    """`100,1000` -> [100, 1000]; empty or `none` -> [] (the measurement is skipped)."""
    return [] if text.strip().lower() in ("", "none") else [int(n) for n in text.split(",")]


if __name__ == "__main__":
    sys.exit(main())
