"""Quality report: precision/recall/F1 per field against gold files, with underthesea's
`ner()` on the same cleaned bodies as the baseline for people, organisations, places.

usage: python tools/evaluate.py GOLD_DIR PRED_DIR [-v]

The scoring itself is the reference scorer shipped beside the gold files
(`GOLD_DIR/../tools/score_articles.py`), so our numbers are the ones others measure.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ENTITY_FIELDS = {"PER": "people", "ORG": "organisations", "LOC": "locations"}


def _scorer(gold_dir: Path):
    path = gold_dir.resolve().parent / "tools" / "score_articles.py"
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false hit")
    args = parser.parse_args()
    scorer = _scorer(args.gold_dir)
    ours, log = scorer.score(str(args.gold_dir), str(args.pred_dir), verbose=args.verbose)
    with tempfile.TemporaryDirectory() as tmp:
        syllables, seconds = ner_baseline(args.pred_dir, Path(tmp))
        base, _ = scorer.score(str(args.gold_dir), tmp)
    for line in log:
        print(line)
    print(f"{'field':18} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}   underthesea ner() F1")
    for field, r in ours["fields"].items():
        ref = f"{base['fields'][field]['f1']:.3f}" if field in ENTITY_FIELDS.values() else ""
        print(f"{field:18} {r['tp']:4} {r['fp']:4} {r['fn']:4} {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}   {ref}")
    checks = ours["cleaning_checks"]  # the scorer gives the share passed
    passed = round(ours["cleaning"] * checks) if checks else 0
    print(f"cleaning checks passed: {passed} of {checks}; "
          f"forbidden figures: {ours['forbidden_figures']}; missing outputs: {len(ours['missing_outputs'])}")
    print(f"macro F1 (people, orgs, locations, dates, figures, categories): {ours['macro_f1_core']}")
    if seconds:
        print(f"underthesea ner() baseline: {syllables / seconds:,.0f} syllables/s on the same bodies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
