"""The package's trained models: each a CRFsuite file in pipeline/models/ with a card beside it
(what it was trained on, its thresholds), read once a process.

A cross-validation fold sets another file for a while, or none (the rules alone); a clone
without a model file runs on the rules alone as well.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from pipeline import crf


class Shipped:
    """One trained model: the shipped file unless another is set (`use`)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.chosen: Path | bool | None = None
        self.loaded: tuple[crf.Model, dict] | None = None
        self.read = False

    def use(self, path: Path | bool | None) -> None:
        """Another model file (a cross-validation fold's); False: none, the rules alone; None:
        the shipped one again."""
        self.chosen, self.loaded, self.read = path, None, False

    def get(self) -> tuple[crf.Model, dict] | None:
        """(the model, its card), or None when there is no model to use."""
        if not self.read:
            self.loaded, self.read = self._load(), True
        return self.loaded

    def _load(self) -> tuple[crf.Model, dict] | None:
        path = self.chosen
        if path is False:
            return None
        if path is None:
            resource = resources.files("pipeline") / "models" / self.file
            if not resource.is_file():
                return None
            path = Path(str(resource))
        card = path.with_name(path.name.replace(".crfsuite", ".json"))
        return crf.Model(path), json.loads(card.read_text(encoding="utf-8")) if card.exists() else {}
