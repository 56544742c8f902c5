"""Tidy every lexicon file: NFC, sorted, no duplicate entries, header kept.

Run after editing a lexicon: `python tools/sort_lexicons.py`. tests/test_lexicon.py
fails when a committed file is not tidy.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

LEXICON = Path(__file__).resolve().parent.parent / "pipeline" / "lexicon"


def tidy(text: str) -> str:
    lines = text.splitlines()
    header = [line for line in lines if line.startswith("#")]
    entries = sorted({unicodedata.normalize("NFC", line.rstrip()) for line in lines
                      if line.strip() and not line.startswith("#")})
    return "\n".join(header + entries) + "\n"


def lexicon_files() -> list[Path]:
    return sorted(p for p in LEXICON.iterdir() if p.suffix in (".txt", ".tsv"))


if __name__ == "__main__":
    for path in lexicon_files():
        path.write_text(tidy(path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.stdout.write(f"tidied {len(lexicon_files())} files in {LEXICON}\n")
