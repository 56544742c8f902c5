"""Train the winners classifier (pipeline/extractors/recipients.py) on the corpus's award pages.

usage: python tools/train_recipients.py      (make train runs it; tools/train_tagger.py cv judges it)

Each annotated page is read as the pipeline reads it, the classifier set aside; every category
it finds is matched to the annotators' category of the same name (the reference scorer's rule:
nine in ten syllables shared), and each candidate near it is a winner when the annotators name
it among that category's recipients. python-crfsuite fits the weights (each candidate a sequence
of one: a logistic regression), the same file from the same pages.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import annotations
import train_tagger
import training
from paths import ROOT

from pipeline.extractors import extract, recipients
from pipeline.text import fold
from pipeline.tokenise import tokenise

PARAMS = {"c1": 0.0, "c2": 1.0, "max_iterations": 100}
THRESHOLD = 0.15


def _alternatives(value) -> set[str]:
    return {fold(v) for v in (value if isinstance(value, list) else [value])}


def _same_category(ours: str, theirs) -> bool:
    from score_articles import cat_match  # noqa: PLC0415  (the reference scorer's rule)

    return cat_match({fold(n) for n in (theirs if isinstance(theirs, list) else [theirs])}, ours)


def labelled(row: dict, record: dict) -> list[tuple[list[list[str]], list[str]]]:
    """One (features, label) sequence of one item for every candidate near every category."""
    article, _ = train_tagger.article_of(row, record)
    article = extract(tokenise(article))
    gold = annotations.gold_file(row["id"])
    gold_cats = [c for a in gold.get("awards", []) for c in a.get("categories", [])]
    awards = [s.value for s in article.of("award")]
    labels_at = sorted(a for v in awards for c in v.categories for a, _b in c.mentions)
    named = recipients.named(article)
    out = []
    for value in awards:
        for cat in value.categories:
            match = next((g for g in gold_cats if _same_category(cat.name, g["name"])), None)
            winners = set().union(*(_alternatives(r) for r in match.get("recipients", []))) if match else set()
            known = {fold(r.name) for r in cat.recipients}
            for start, end in cat.mentions:
                following = next((x for x in labels_at if x > start), len(article.body))
                for c in recipients.candidates(article, (start, end), following, named):
                    name = fold(c.span.value.name)
                    label = recipients.WINNER if name in winners or fold(c.span.text) in winners else recipients.OTHER
                    out.append(([recipients.features(c, cat.name, name in known)], [label]))
    return out


def train(pages: list[tuple[dict, dict]], path: Path) -> None:
    recipients.use(False)  # the rules' winners are what the classifier is shown beside the names
    items, used = [], []
    for row, record in pages:
        found = labelled(row, record) if record.get("awards") else []
        items += found
        if found:
            used.append(row["id"])
    recipients.use(None)
    fit(items, path)
    training.write_card(path, {"threshold": THRESHOLD, "params": PARAMS,
                               "trained_on": {"pages": len(used), "ids": used}})


def fit(items: list[tuple[list[list[str]], list[str]]], path: Path) -> None:
    """The winners classifier from one-item sequences (a logistic regression)."""
    training.fit(items, path, PARAMS)


# Invented result pages whose winners the card records at training time: the tests check that
# the shipped model, loaded in the package, gives the same.
PROBES = (
    "Kết quả, giải Nhất thuộc về xã Tân An, giải Nhì thuộc về thị trấn Lam Sơn.",
    "Giải A được trao cho tác phẩm “Mùa lúa chín” của tác giả Lưu Văn Sương (Vân Trì).",
    "Đội bóng huyện Vân Trì giành giải Nhất, đội thành phố Lam Khê giành giải Nhì.",
)


def probe_answers() -> list[list[list[str]]]:
    """[category, winner] of every probe, as the pipeline reads it with the model in place."""
    from pipeline.model import Article  # noqa: PLC0415

    out = []
    for probe in PROBES:
        article = extract(tokenise(Article("probe", "probe", "Kết quả hội thi", probe)))
        out.append(sorted([c.name, r.name] for s in article.of("award") for c in s.value.categories
                          for r in c.recipients))
    return out


def main() -> int:
    pages = train_tagger.corpus_pages(complete=True)
    path = ROOT / "pipeline" / "models" / recipients.MODEL_FILE
    train(pages, path)
    card_path = path.with_suffix(".json")
    card = json.loads(card_path.read_text(encoding="utf-8"))
    manifest = (ROOT / "corpus" / "manifest.jsonl").read_bytes()
    card["trained_on"]["manifest_sha256"] = hashlib.sha256(manifest).hexdigest()
    card["recipe"] = "make train (python tools/train_recipients.py)"
    recipients.use(path)
    card["probes"] = probe_answers()
    recipients.use(None)
    card_path.write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes, {card['trained_on']['pages']} award pages",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
