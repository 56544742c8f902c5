"""Train the entity tagger on the annotated corpus, and judge it by leave-site-out cross-validation.

usage:
  python tools/train_tagger.py train             the shipped model: every corpus page (make train)
  python tools/train_tagger.py cv [--curve]      5 folds split by site: the grammar alone, the tagger
                                                 alone and the two together, per type; --curve adds
                                                 the learning curve (50, 100 and all training pages)

The corpus is corpus/manifest.jsonl with the pages rebuilt in .corpus/pages (tools/corpus.py) and
the annotations in corpus/annotations. A page whose stored text does not hash as the manifest
says is left out, with a line saying so. Training is deterministic: pages in id order, features
in a fixed order, L-BFGS from zero weights; the card beside the model names every page it read.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from paths import ROOT

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import annotations
import train_lines
import train_recipients
import training

import corpus
from pipeline import headline
from pipeline import lines as line_model
from pipeline.extractors import dates, entity_features, recipients, tagger
from pipeline.extractors.grammar import Scanner
from pipeline.model import Article
from pipeline.text import normalise
from pipeline.tokenise import tokenise

MODELS = ROOT / "pipeline" / "models"
# the modules whose shipped model a cross-validation fold replaces (`use`)
TRAINED = (tagger, line_model, headline, recipients)
FOLDS = 5
# CRF training: L-BFGS with both penalties, c1 (L1) and c2 (L2), calibrated by cross-validation;
# a feature seen once in the whole corpus is left out (feature.minfreq): it would hardly fire on
# a page of another site, and the model stays within its 20 MB as the corpus grows
PARAMS = {"c1": 0.0, "c2": 0.5, "max_iterations": 150, "feature.minfreq": 2}
CURVE = (50, 100)
TYPES = ("people", "organisations", "locations")


@dataclass
class Page:
    id: str
    site: str
    path: Path
    sequences: dict[bool, list[tuple[list[list[str]], list[str]]]]  # use_grammar -> (features, labels)
    row: dict
    record: dict


MAX_LISTED = 10  # missing pages named one by one in the message; the rest counted


def corpus_pages(*, complete: bool = False) -> list[tuple[dict, dict]]:
    """(manifest row, annotation) of every annotated page whose stored text is the manifest's.

    A fresh machine has the annotations but not the pages (they are rebuilt with
    tools/corpus.py): cross-validation runs on those there are, saying how many are left out;
    training (`complete`) refuses to run on part of the corpus, as the models it would write
    over the shipped ones would be trained on less than their cards say."""
    rows = {r["id"]: r for r in corpus.read_manifest()}
    out, left_out = [], []
    for path in sorted((ROOT / "corpus" / "annotations").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        row = rows.get(record["id"])
        page = corpus.page_path(row) if row else None
        if row is None or not page.exists() or corpus.sha256(page.read_text(encoding="utf-8")) != row["sha256"]:
            left_out.append(record["id"])
            continue
        out.append((row, record))
    if left_out:
        shown = ", ".join(left_out[:MAX_LISTED]) + (f" and {len(left_out) - MAX_LISTED} more" if
                                                      len(left_out) > MAX_LISTED else "")
        print(f"{len(left_out)} of {len(left_out) + len(out)} annotated pages are missing or changed: {shown} "
              "(tools/corpus.py check; tools/corpus.py missing lists the queries that rebuild them)", file=sys.stderr)
        if complete:
            sys.exit("training needs every page of the corpus: the shipped models are left as they are")
    return out


def article_of(row: dict, record: dict) -> tuple[Article, list[tuple[int, int, str]]]:
    """The annotated page's article text (the page without its cut parts and headline) and its
    person, body and place mentions (outermost ones) with offsets into that text."""
    page = normalise(corpus.page_path(row).read_text(encoding="utf-8"))
    tags = [annotations.Tag(kind, start, end, attrs) for start, end, kind, attrs in record["spans"]]
    kept = annotations._kept(page, tags)
    body, shift = [], []
    at = 0
    for start, end in kept:
        body.append(page[start:end])
        shift.append((start, end, at - start))
        at += end - start
    text = "".join(body)
    entities = [t for t in tags if t.type in annotations.ENTITY_TYPES]
    annotations._reparent(entities)  # the committed order puts a holder before what it holds
    outer = [t for t in entities if not set(t.parents) & set(annotations.ENTITY_TYPES)]
    mentions = []
    for t in outer:
        for start, end, delta in shift:
            if start <= t.start and t.end <= end:
                mentions.append((t.start + delta, t.end + delta, t.type))
    head = next((t for t in tags if t.type == "HEAD"), None)
    title = " ".join(page[head.start:head.end].split()) if head else ""
    return Article(id=row["id"], source_file=str(corpus.page_path(row)), title=title, body=text), mentions


def sequences(row: dict, record: dict, *, use_grammar: bool) -> list[tuple[list[list[str]], list[str]]]:
    article, mentions = article_of(row, record)
    article = tokenise(article)
    article = article.with_spans(dates.extract(article))
    scanner = Scanner(article)
    grammar = scanner.scan()
    features = entity_features.Features(scanner, article, grammar, use_grammar=use_grammar)
    return [(feats, entity_features.labels_for(scanner.toks, mentions, first, last))
            for first, last, feats in features.build()]


def load(*, complete: bool = False) -> list[Page]:
    pages = []
    for row, record in corpus_pages(complete=complete):
        pages.append(Page(row["id"], row["site"], corpus.page_path(row),
                          {g: sequences(row, record, use_grammar=g) for g in (True, False)}, row, record))
    return pages


def train(pages: list[Page], path: Path, *, use_grammar: bool) -> None:
    """The tagger from the pages' sentences (training.fit); the file is CRFsuite's, which the
    pipeline reads into arrays (pipeline/crf.py)."""
    training.fit([seq for page in pages for seq in page.sequences[use_grammar]], path, PARAMS)
    training.write_card(path, {"use_grammar": use_grammar})


def folds(pages: list[Page], n: int = FOLDS) -> list[list[Page]]:
    """Sites dealt to n folds, the largest first onto the smallest fold: no site in two folds."""
    by_site: dict[str, list[Page]] = {}
    for page in pages:
        by_site.setdefault(page.site, []).append(page)
    order = sorted(by_site, key=lambda s: (-len(by_site[s]), hashlib.sha256(s.encode()).hexdigest()))
    out: list[list[Page]] = [[] for _ in range(n)]
    for site in order:
        min(out, key=len).extend(by_site[site])
    return out


def run_pages(pages: list[Page], out: Path) -> None:
    """The whole pipeline over the pages, each site's pages in a folder of their own, in this process."""
    from pipeline.run import run  # noqa: PLC0415

    src = out / "in"
    for page in pages:
        (src / page.site).mkdir(parents=True, exist_ok=True)
        target = src / page.site / page.path.name
        if not target.exists():
            target.symlink_to(page.path)
    run([src], out / "run", jobs=1, force=True)


def gold_dir(pages: list[Page], out: Path) -> Path:
    folder = out / "gold"
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        gold = annotations.gold_file(page.id)
        (folder / f"{page.id}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return folder


def score(gold: Path, pred: Path) -> dict:
    from evaluate import _scorer  # noqa: PLC0415

    result, _ = _scorer(ROOT.parent / "shared" / "gold").score(str(gold), str(pred))
    return result


def cross_validate(pages: list[Page], *, curve: bool, only: str | None = None) -> tuple[dict, Path]:
    """Every page scored by a model that never saw its site: per variant, the scorer's fields;
    and the folder of the predictions (.corpus/cv/<variant>/json)."""
    work = ROOT / ".corpus" / "cv"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    gold = gold_dir(pages, work)
    variants = {"grammar": None, "tagger": False, "combined": True}
    sizes = [*(s for s in CURVE if curve), None]
    results: dict[str, dict] = {}
    for size in sizes:
        for name, use_grammar in variants.items():
            if (size is not None and name != "combined") or (only and name != only):
                continue
            label = name if size is None else f"combined@{size}"
            pred = work / label / "json"
            for k, held_out in enumerate(folds(pages)):
                training = [p for p in pages if p not in held_out]
                if size is not None:
                    training = random.Random(k).sample(training, min(size * (FOLDS - 1) // FOLDS, len(training)))
                if use_grammar is None:  # the rules alone: no trained model
                    for shipped in TRAINED:
                        shipped.use(False)
                else:
                    model = work / f"{label}-{k}.crfsuite"
                    train(training, model, use_grammar=use_grammar)
                    tagger.use(model)
                    lines_file = work / f"{label}-{k}-lines.crfsuite"
                    train_lines.train([(p.row, p.record) for p in training], lines_file)
                    line_model.use(lines_file)
                    headline.use(train_lines.headline_file(lines_file))
                    winners_file = work / f"{label}-{k}-recipients.crfsuite"
                    train_recipients.train([(p.row, p.record) for p in training], winners_file)
                    recipients.use(winners_file)
                run_pages(held_out, work / label / f"fold{k}")
                pred.mkdir(parents=True, exist_ok=True)
                for page in held_out:
                    source = work / label / f"fold{k}" / "run" / "json" / f"{page.id}.json"
                    if source.exists():
                        (pred / source.name).write_bytes(source.read_bytes())
            for shipped in TRAINED:
                shipped.use(None)
            results[label] = score(gold, pred)
    return results, work


def print_table(results: dict) -> None:
    print(f"{'variant':16} " + " ".join(f"{t[:6]:>6} P/R/F1     " for t in TYPES) + "   macro")
    for label, result in results.items():
        cells = []
        for t in TYPES:
            r = result["fields"][t]
            cells.append(f"{r['p']:.3f}/{r['r']:.3f}/{r['f1']:.3f}")
        print(f"{label:16} " + "  ".join(cells) + f"   {result['macro_f1_core']:.3f}")


FIELDS = ("people", "organisations", "locations", "dates", "figures", "award_names", "award_categories",
          "award_recipients", "title", "published")


def print_fields(work: Path, pages: list[Page], variant: str = "combined") -> None:
    """The shipped variant's every field, on all pages and per section (F1; cleaning as the
    share of checks passed), each page predicted by a model that never saw its site."""
    from evaluate import _scorer  # noqa: PLC0415

    scorer = _scorer(ROOT.parent / "shared" / "gold")
    rows = {r["id"]: r for r in corpus.read_manifest()}
    groups: dict[str, set[str]] = {"all pages": {p.id for p in pages}}
    groups["award pages"] = {p.id for p in pages if rows[p.id]["award"]}
    groups["news pages"] = groups["all pages"] - groups["award pages"]
    for page in pages:
        groups.setdefault(f"  {rows[page.id]['section']}", set()).add(page.id)
    groups["same-site sets"] = {p.id for p in pages if rows[p.id].get("set")}
    heads = ["people", "orgs", "places", "dates", "figures", "awards", "categ.", "recip.", "title", "publ."]
    print(f"{'pages':18} {'n':>4} " + " ".join(f"{h:>7}" for h in heads) + "  cleaning")
    for name, ids in groups.items():
        if not ids:
            continue
        result, _ = scorer.score(str(work / "gold"), str(work / variant / "json"), ids=ids)
        cells = " ".join(f"{result['fields'][f]['f1']:7.3f}" for f in FIELDS)
        print(f"{name:18} {len(ids):4} {cells}  {result['cleaning']:.3f} of {result['cleaning_checks']}")


def report(pages: list[Page], *, curve: bool) -> None:
    """What `make eval` prints for the corpus: the three variants per type, the learning curve,
    and every field of the shipped variant by section."""
    results, work = cross_validate(pages, curve=curve)
    print(f"== corpus: {len(pages)} annotated pages from {len({p.site for p in pages})} sites, "
          f"leave-site-out cross-validation ({FOLDS} folds split by site)")
    print_table({k: v for k, v in results.items() if "@" not in k})
    if curve:
        print("\nlearning curve (the combination, trained on that many corpus pages' share of each fold):")
        sizes = {k.replace("combined@", "") + " pages": v for k, v in results.items() if "@" in k}
        print_table({**sizes, f"all {len(pages)} pages": results["combined"]})
    print("\nevery field of the shipped pipeline (the trained tagger and line model; F1), cross-validated, by section:")
    print_fields(work, pages)
    print("\nthe same, the rules alone (no trained model):")
    print_fields(work, pages, "grammar")
    print(f"(predictions and gold files: {work.relative_to(ROOT)})\n")


# Invented sentences whose people, bodies and places the card records at training time: the
# tests check that the shipped model, loaded in the package, gives the same answers.
PROBES = (
    "Sáng 12/3, Phó Chủ tịch UBND tỉnh Lam Khê Lưu Văn Sương đã tiếp đoàn công tác của Bộ Y tế.",
    "Đội tuyển huyện Vân Trì giành giải Nhất, tiền vệ Quang Minh được bầu là cầu thủ xuất sắc nhất.",
    "Công ty Cổ phần Thép Lam Khê và Ngân hàng Nhà nước chi nhánh tỉnh ký kết hợp tác tại Hà Nội.",
    "Bà Trần Thị Mai, Giám đốc Sở Giáo dục và Đào tạo, cho biết học sinh xã Tân An đạt 3 huy chương.",
)


def probe_answers() -> list[list[list[str]]]:
    """[text, label] of every person, body and place the pipeline finds in each probe."""
    import pipeline  # noqa: PLC0415

    answers = []
    for probe in PROBES:
        record = pipeline.extract(probe)
        answers.append(sorted([m["text"], field] for field in TYPES for entity in record[field]
                              for m in entity["mentions"]))
    return answers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("train", "cv"))
    parser.add_argument("--curve", action="store_true")
    parser.add_argument("--only", choices=("grammar", "tagger", "combined"), help="one variant (quicker)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pages = load(complete=args.command == "train")
    print(f"{len(pages)} annotated pages from {len({p.site for p in pages})} sites", file=sys.stderr)
    if args.command == "cv" and args.only:
        print_table(cross_validate(pages, curve=args.curve, only=args.only)[0])
    elif args.command == "cv":
        report(pages, curve=args.curve)
    else:
        MODELS.mkdir(exist_ok=True)
        path = MODELS / tagger.MODEL_FILE
        train(pages, path, use_grammar=True)
        tagger.use(path)
        card = {"use_grammar": True, "params": PARAMS, "probes": probe_answers(), "trained_on": {
            "pages": len(pages), "sites": len({p.site for p in pages}), "ids": [p.id for p in pages],
            "manifest_sha256": hashlib.sha256((ROOT / "corpus" / "manifest.jsonl").read_bytes()).hexdigest()},
            "recipe": "make train (python tools/train_tagger.py train)"}
        (MODELS / tagger.CARD_FILE).write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes", file=sys.stderr)
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
