"""Shared helpers: run the stages on a sentence, find the shared gold files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from pipeline.extract import extract
from pipeline.model import Article
from pipeline.tokenise import tokenise

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def analyse(body: str, published: str | None = None) -> Article:
    """A body through tokenise and every extractor, as the pipeline runs it."""
    return extract(tokenise(Article(id="t", source_file="t.txt", title="", body=body, published=published)))


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    path = SHARED / "gold"
    if not path.is_dir():
        pytest.fail(f"gold files not found at {path}: clone the repository beside shared/")
    return path
