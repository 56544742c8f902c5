"""Shared helpers: run the stages on a sentence."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest

from pipeline import headline, lines
from pipeline.extractors import extract, tagger
from pipeline.model import Article
from pipeline.tokenise import tokenise

ROOT = Path(__file__).resolve().parent.parent


def analyse(body: str, published: str | None = None) -> Article:
    """A body through tokenise and every extractor, as the pipeline runs it."""
    return extract(tokenise(Article(id="t", source_file="t.txt", title="", body=body, published=published)))


@pytest.fixture
def grammar_alone():
    """People, bodies and places as the grammar proposes them, the trained tagger set aside:
    for the tests of the grammar's own rules (the tagger's tests are tests/test_tagger.py)."""
    tagger.use(False)
    yield
    tagger.use(None)


@pytest.fixture
def rules_alone():
    """The cleaning rules without the line and headline models: for the tests of the rules
    themselves (the models' tests are tests/test_lines.py and tests/test_headline.py)."""
    lines.use(False)
    headline.use(False)
    yield
    lines.use(None)
    headline.use(None)
