"""Lexicons stay tidy (sorted, NFC, no duplicates, with a header) and generated ones stay fresh."""

import sys
import unicodedata

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import build_places
import sort_lexicons

from pipeline import lexicon


@pytest.mark.parametrize("path", sort_lexicons.lexicon_files(), ids=lambda p: p.name)
def test_lexicon_is_tidy(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "a lexicon starts with a header saying where it comes from"
    assert unicodedata.is_normalized("NFC", text)
    assert text == sort_lexicons.tidy(text), "run: python tools/sort_lexicons.py"


def test_places_are_generated_from_underthesea():
    assert build_places.OUT.read_text(encoding="utf-8") == build_places.build(), "run: python tools/build_places.py"


def test_lexicon_sizes():
    assert len(lexicon.words("surnames")) >= 150
    provinces = [row for row in lexicon.table("places") if row[1] == "province"]
    assert len(provinces) >= 63
