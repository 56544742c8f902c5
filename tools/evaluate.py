"""Quality report: precision/recall/F1 per field against gold files, with underthesea's
`ner()` on the same cleaned bodies as the baseline for people, organisations, places.

usage: python tools/evaluate.py [GOLD_DIR PRED_DIR] [-v] [--no-baseline]

With no arguments: the seed pages (extracted/json) against ../shared/gold, when that is
beside the clone, and the dev set (../shared/dev) when its pages have been rebuilt into
.dev/pages: the pipeline runs on them into .dev/out and is scored there.

The scoring itself is the reference scorer shipped beside the gold files
(`GOLD_DIR/../tools/score_articles.py`), so our numbers are the ones others measure.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENTITY_FIELDS = {"PER": "people", "ORG": "organisations", "LOC": "locations"}


def _scorer(gold_dir: Path):
    path = gold_dir.resolve().parent / "tools" / "score_articles.py"
    if not path.is_file():  # the dev set's gold sits a level deeper than the seeds'
        path = SHARED / "tools" / "score_articles.py"
    spec = importlib.util.spec_from_file_location("score_articles", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ner_baseline(pred_dir: Path, out_dir: Path) -> tuple[int, float]:
    """Write underthesea `ner()` entities for every predicted article; (syllables, seconds)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from underthesea import ner, sent_tokenize  # noqa: PLC0415  (after HF_HUB_OFFLINE is set)

    syllables, seconds = 0, 0.0
    for path in sorted(pred_dir.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        found: dict[str, list[str]] = {field: [] for field in ENTITY_FIELDS.values()}
        for paragraph in record["body"].split("\n"):
            for sentence in sent_tokenize(paragraph) if paragraph.strip() else []:
                syllables += len(sentence.split())
                start = time.perf_counter()
                tagged = ner(sentence)
                seconds += time.perf_counter() - start
                current: list[str] = []
                kind = None
                for word, _pos, _chunk, tag in [*tagged, ("", "", "", "O")]:
                    if current and not tag.startswith("I-"):
                        found[ENTITY_FIELDS[kind]].append(" ".join(current))
                        current, kind = [], None
                    if tag.startswith("B-") and tag[2:] in ENTITY_FIELDS:
                        current, kind = [word], tag[2:]
                    elif tag.startswith("I-") and current:
                        current.append(word)
        baseline = {"id": record["id"], **{k: [{"name": n} for n in dict.fromkeys(v)] for k, v in found.items()}}
        (out_dir / path.name).write_text(json.dumps(baseline, ensure_ascii=False), encoding="utf-8")
    return syllables, seconds


ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_PAGES = ROOT / ".dev" / "pages"  # rebuilt from ../shared/dev (its README), never committed
DEV_SITES = ROOT / ".dev" / "sites"  # the same-site sets, a folder per site


def report(title: str, gold_dir: Path, pred_dir: Path, *, verbose: bool, baseline: bool,
           ids: set[str] | None = None) -> None:
    """One scored set (of `ids` only, when given): every field, cleaning, and underthesea's
    ner() on the same bodies."""
    scorer = _scorer(gold_dir)
    ours, log = scorer.score(str(gold_dir), str(pred_dir), ids=ids, verbose=verbose)
    base, syllables, seconds = None, 0, 0.0
    if baseline:
        with tempfile.TemporaryDirectory() as tmp:
            syllables, seconds = ner_baseline(pred_dir, Path(tmp))
            base, _ = scorer.score(str(gold_dir), tmp, ids=ids)
    print(f"== {title}: {len(ids) if ids else ours['articles']} articles, gold {gold_dir}")
    for line in log:
        print(line)
    print(f"{'field':18} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}   underthesea ner() F1")
    for field, r in ours["fields"].items():
        ref = f"{base['fields'][field]['f1']:.3f}" if base and field in ENTITY_FIELDS.values() else ""
        print(f"{field:18} {r['tp']:4} {r['fp']:4} {r['fn']:4} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}   {ref}")
    checks = ours["cleaning_checks"]  # the scorer gives the share passed
    passed = round(ours["cleaning"] * checks) if checks else 0
    print(f"cleaning checks passed: {passed} of {checks}; "
          f"forbidden figures: {ours['forbidden_figures']}; missing outputs: {len(ours['missing_outputs'])}")
    print(f"macro F1 (people, orgs, locations, dates, figures, categories): {ours['macro_f1_core']}")
    if seconds:
        print(f"underthesea ner() baseline: {syllables / seconds:,.0f} syllables/s on the same bodies")
    print()


def same_records(pages: list[Path], json_dir: Path) -> None:
    """The API's record of each page (`pipeline.extract_file`, what `vnnews extract`
    prints) against the run's `json/<id>.json`, byte for byte."""
    import pipeline  # noqa: PLC0415

    os.chdir(ROOT)  # where the run ran: records name their source files relative to it
    same = [p.stem for p in pages
            if pipeline.to_json(pipeline.extract_file(p.relative_to(ROOT))) + "\n"
            == (json_dir / f"{p.stem}.json").read_text(encoding="utf-8")]
    differ = sorted({p.stem for p in pages} - set(same))
    print(f"API and `vnnews extract` records identical to the run's: {len(same)} of {len(pages)}"
          + (f" (differ: {', '.join(differ)})" if differ else "") + "\n")


def same_sites(gold: Path) -> None:
    """The same-site sets (pages of one site each, chrome in place): each site's folder is
    run as a scrape would be, so its furniture is learned from its own pages; scored for
    titles and cleaning, their gold's only fields."""
    folders = sorted(p for p in DEV_SITES.iterdir() if p.is_dir()) if DEV_SITES.is_dir() else []
    if not gold.is_dir() or not folders:
        return
    merged = ROOT / ".dev" / "out-sites" / "all"
    merged.mkdir(parents=True, exist_ok=True)
    for stale in merged.glob("*.json"):
        stale.unlink()
    learned = []
    for folder in folders:
        out = ROOT / ".dev" / "out-sites" / folder.name
        subprocess.run([sys.executable, "-m", "pipeline", "run", str(folder), "--out", str(out), "--quiet"],
                       cwd=ROOT, check=False)
        for record in (out / "json").glob("*.json"):
            (merged / record.name).write_bytes(record.read_bytes())
        for site in json.loads((out / "site_furniture.json").read_text(encoding="utf-8"))["sites"]:
            learned.append(f"{site['site']}: {len(site['strip'])} lines learned from {site['pages']} pages")
    result, _log = _scorer(gold).score(gold, merged, verbose=False)
    fields = result["fields"]
    print(f"== same-site sets ({result['articles']} pages): titles {fields['title']['tp']} of "
          f"{fields['title']['tp'] + fields['title']['fn']}, cleaning checks {result['cleaning']} of "
          f"{result['cleaning_checks']}; " + "; ".join(learned) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path, nargs="?", default=SHARED / "gold")
    parser.add_argument("pred_dir", type=Path, nargs="?", default=ROOT / "extracted" / "json")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false hit")
    parser.add_argument("--no-baseline", action="store_true", help="skip underthesea ner() (slow)")
    args = parser.parse_args()
    if args.gold_dir.is_dir():
        report("seed pages", args.gold_dir, args.pred_dir, verbose=args.verbose, baseline=not args.no_baseline)
    else:
        print(f"== seed pages: no gold at {args.gold_dir} (it sits in ../shared beside a developer's clone); "
              "make test checks the seeds against the project's own tests/expected/\n")
    dev_gold = SHARED / "dev" / "gold"
    if dev_gold.is_dir() and DEV_PAGES.is_dir() and any(DEV_PAGES.iterdir()):
        out = ROOT / ".dev" / "out"
        subprocess.run([sys.executable, "-m", "pipeline", "run", str(DEV_PAGES), "--out", str(out), "--quiet"],
                       cwd=ROOT, check=False)
        rebuilt = {p.stem for p in DEV_PAGES.iterdir()}
        missing = sorted({p.stem for p in dev_gold.glob("*.json")} - rebuilt)
        if missing:
            print(f"(dev pages not rebuilt yet, left out of the scores: {', '.join(missing)})")
        report("dev set (real pages of unseen sites)", dev_gold, out / "json", verbose=args.verbose,
               baseline=not args.no_baseline, ids=rebuilt)
        same_records(sorted(DEV_PAGES.iterdir()), out / "json")
    elif dev_gold.is_dir():
        print(f"== dev set: its pages are not rebuilt at {DEV_PAGES}: see {SHARED / 'dev' / 'README.md'}")
    same_sites(SHARED / "dev" / "sites" / "gold")
    corpus_report()
    return 0


def corpus_report() -> None:
    """The annotated corpus (corpus/), when its pages are rebuilt in .corpus/pages: every trained
    model and every rule judged by leave-site-out cross-validation (tools/train_tagger.py)."""
    import train_tagger  # noqa: PLC0415  (loads the pipeline's extractors)

    pages = train_tagger.load() if (ROOT / ".corpus" / "pages").is_dir() else []
    if not pages:
        print("== corpus: its pages are not rebuilt in .corpus/pages (tools/corpus.py; corpus/GUIDE.md)")
        return
    train_tagger.report(pages, curve=True)


if __name__ == "__main__":
    sys.exit(main())
