"""What every trainer shares: CRFsuite's L-BFGS fit, and the card written beside the model."""

from __future__ import annotations

import json
from pathlib import Path


def fit(sequences: list[tuple[list[list[str]], list[str]]], path: Path, params: dict) -> None:
    """The same file from the same (features, labels) sequences: CRFsuite's L-BFGS is
    deterministic where underthesea_core's trainer summed in hash order."""
    import pycrfsuite  # noqa: PLC0415  (the test extra: only training needs it)

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in sequences:
        trainer.append(features, labels)
    trainer.set_params(params)
    trainer.train(str(path))


def write_card(path: Path, card: dict) -> None:
    """The model's card (`x.json` beside `x.crfsuite`): what it was trained on and with."""
    path.with_name(path.name.replace(".crfsuite", ".json")).write_text(
        json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
