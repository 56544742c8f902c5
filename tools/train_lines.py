"""Train the line model (pipeline/lines.py) on the annotated corpus: which lines are the page's;
and the headline model (pipeline/headline.py): which of its first lines is its headline.

usage: python tools/train_lines.py      (make train runs it; tools/train_tagger.py cv judges it)

Each annotated page is read by the cleaning rules alone (pipeline.clean.line_fates); each of its
non-empty lines is labelled from the annotation (`H` in the headline, `C` when most of it lies
in a cut stretch, else `K`) and gets the line model's features; its first lines get the headline
model's, labelled `H` or `O`. python-crfsuite trains the CRF (the same file from
the same pages); the card names the pages and the threshold.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import sys
from pathlib import Path

import annotations
import training
from paths import ROOT

import corpus
from pipeline import headline
from pipeline import lines as line_model
from pipeline.clean import line_fates, unwrapped, wrapped_runs
from pipeline.load import RawPage
from pipeline.text import normalise

PARAMS = {"c1": 0.0, "c2": 1.0, "max_iterations": 150}
HEAD_PARAMS = {"c1": 0.0, "c2": 1.0, "max_iterations": 150}
# a line is the page's when this share of its characters lies in cut stretches
CUT_SHARE = 0.5
THRESHOLD = 0.5


def _labels(row: dict, record: dict) -> tuple[str, list[str]]:
    """A page's text and the annotators' label of each of its non-empty lines, as the cleaning
    rules read them (a hard-wrapped sentence's lines joined into one)."""
    page = normalise(corpus.page_path(row).read_text(encoding="utf-8"))
    cuts = [(s, e) for s, e, kind, _ in record["spans"] if kind == "CUT"]
    heads = [(s, e) for s, e, kind, _ in record["spans"] if kind == "HEAD"]
    labels = []
    raw = page.split("\n")
    starts = list(itertools.accumulate((len(line) + 1 for line in raw), initial=0))
    for run in wrapped_runs(raw):
        start, end = starts[run.start], starts[run.stop] - 1
        line = page[start:end]
        if not line.strip():
            continue
        inside = sum(max(0, min(end, e) - max(start, s)) for s, e in cuts)
        if any(s < end and start < e for s, e in heads):
            labels.append(line_model.HEAD)
        else:
            labels.append(line_model.CUT if inside >= CUT_SHARE * len(line.strip()) else line_model.KEEP)
    return page, labels


def labelled(row: dict, page: str, labels: list[str]) -> tuple[list[list[str]], list[str]]:
    """The features and the annotators' labels (`_labels`) of one page's non-empty lines, the
    page read by the cleaning rules with the headline model in use."""
    lines, fates, title = line_fates(RawPage(id=row["id"], source_file=row["id"], kind="text", content=page))
    if len(lines) != len(labels):
        raise ValueError(f"{row['id']}: {len(lines)} lines read, {len(labels)} labelled")
    return line_model.features(lines, fates, title), labels


def headline_labelled(page: str, labels: list[str]) -> tuple[list[list[str]], list[str]]:
    """The headline model's features and labels for a page's first lines."""
    raw = unwrapped(page.split("\n"))
    at = headline.window(raw)
    pick = headline.rule_pick(raw)
    later = {line.strip() for line in raw[at[-1] + 1:] if line.strip()} if at else set()
    rows = headline.features([raw[i].strip() for i in at], at.index(pick) if pick is not None else None, later)
    # `labels` are those of the page's non-empty lines; the window skips a menu's, so it is
    # labelled by line, not by the first labels in order
    label_of = dict(zip((i for i, line in enumerate(raw) if line.strip()), labels, strict=True))
    return rows, [headline.HEAD if label_of[i] == line_model.HEAD else headline.OTHER for i in at]


def headline_file(path: Path) -> Path:
    """The headline model trained beside a line model file."""
    return path.with_name(path.name.replace(".crfsuite", "-headline.crfsuite"))


def train(pages: list[tuple[dict, dict]], path: Path, head_path: Path | None = None) -> None:
    """The line model at `path`, and the headline model at `head_path` (beside it by default)."""
    head_path = head_path or headline_file(path)
    trained_on = {"pages": len(pages), "ids": [row["id"] for row, _ in pages]}
    read = [(row, *_labels(row, record)) for row, record in pages]  # each page read and labelled once
    training.fit([headline_labelled(page, labels) for _, page, labels in read], head_path, HEAD_PARAMS)
    training.write_card(head_path, {"threshold": headline.THRESHOLD, "params": HEAD_PARAMS, "trained_on": trained_on})
    # the line model reads what the rules did with each line, the headline chosen as at run time:
    # by the headline model just trained (not by whichever file was in use), so the same pages
    # give the same two files
    before = headline.MODEL.chosen
    headline.use(head_path)
    try:
        fit([labelled(row, page, labels) for row, page, labels in read], path)
    finally:
        headline.use(before)
    training.write_card(path, {"threshold": THRESHOLD, "params": PARAMS, "trained_on": trained_on})


def fit(sequences: list[tuple[list[list[str]], list[str]]], path: Path) -> None:
    """The line model from the pages' (features, labels)."""
    training.fit(sequences, path, PARAMS)


def main() -> int:
    import train_tagger  # noqa: PLC0415

    if sys.argv[1:] == ["cv"]:
        cross_validate([(0.5, 0.95), (0.4, 0.95), (0.6, 0.95), (0.5, 0.9)])
        return 0
    pages = train_tagger.corpus_pages(complete=True)
    models = ROOT / "pipeline" / "models"
    path, head_path = models / line_model.MODEL_FILE, models / headline.MODEL_FILE
    train(pages, path, head_path)
    manifest = (ROOT / "corpus" / "manifest.jsonl").read_bytes()
    for model in (path, head_path):
        card = json.loads(model.with_suffix(".json").read_text(encoding="utf-8"))
        card["trained_on"]["manifest_sha256"] = hashlib.sha256(manifest).hexdigest()
        card["recipe"] = "make train (python tools/train_lines.py)"
        model.with_suffix(".json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{model.relative_to(ROOT)}: {model.stat().st_size} bytes, {len(pages)} pages", file=sys.stderr)
    return 0



def cross_validate(settings: list[tuple[float, float]]) -> None:
    """The cleaning checks, titles and page dates of every corpus page cleaned by a line model
    that never saw its site (5 folds split by site), for each (cut threshold, inside threshold)."""
    import tempfile  # noqa: PLC0415

    import train_tagger  # noqa: PLC0415

    from pipeline.clean import clean  # noqa: PLC0415

    rows = train_tagger.corpus_pages()
    gold = {row["id"]: annotations.gold_file(row["id"]) for row, _ in rows}
    by_site = [train_tagger.Page(r["id"], r["site"], Path(), {}, r, rec) for r, rec in rows]
    folds = train_tagger.folds(by_site)
    work = Path(tempfile.mkdtemp())
    for k, held in enumerate(folds):
        train([(p.row, p.record) for p in by_site if p not in held], work / f"lines-{k}.crfsuite")
    print(f"{'setting':30} {'contain':>9} {'not':>9} {'titles':>8} {'published P/R':>14}")
    for setting in [None, *settings]:
        counts = {"contain": [0, 0], "not": [0, 0], "title": [0, 0, 0], "pub": [0, 0, 0]}
        for k, held in enumerate(folds):
            if setting is None:
                line_model.use(False)
                headline.use(False)
            else:
                line_model.use(work / f"lines-{k}.crfsuite")
                headline.use(headline_file(work / f"lines-{k}.crfsuite"))
                line_model.THRESHOLD_OVERRIDE[:] = list(setting)
            for page in held:
                text = normalise(corpus.page_path(page.row).read_text(encoding="utf-8"))
                article = clean(RawPage(id=page.id, source_file=page.id, kind="text", content=text))
                _tally(counts, gold[page.id], article)
        line_model.use(None)
        headline.use(None)
        line_model.THRESHOLD_OVERRIDE[:] = []
        c, n, t, p = counts["contain"], counts["not"], counts["title"], counts["pub"]
        name = "rules alone" if setting is None else "cut {} among the text {}".format(*setting)
        print(f"{name:30} {c[0] / c[1]:9.3f} {n[0] / n[1]:9.3f} {t[0] / max(1, t[0] + t[1] + t[2]):8.3f} "
              f"{p[0] / max(1, p[0] + p[1]):7.3f}/{p[0] / max(1, p[0] + p[2]):.3f}")


def _tally(counts: dict, gold: dict, article) -> None:
    from score_articles import alts, norm  # noqa: PLC0415

    body = article.body
    for fragment in gold["body_must_contain"]:
        counts["contain"][1] += 1
        counts["contain"][0] += fragment in body
    for fragment in gold["body_must_not_contain"]:
        counts["not"][1] += 1
        counts["not"][0] += fragment not in body
    for key, got in (("title", article.title), ("pub", article.published)):
        field = "title" if key == "title" else "published"
        if gold.get(field) is not None:
            ok = bool(got) and norm(got) in alts(gold[field])
            counts[key][0] += ok
            counts[key][1] += bool(got) and not ok
            counts[key][2] += not ok
        elif got:
            counts[key][1] += 1


if __name__ == "__main__":
    sys.exit(main())
