"""Each site's furniture, learned from the scrape itself: a line that stands on many
pages of one site is the site's (a menu, a breadcrumb, a footer, a counter), not the
article's. No lexicon knows every site's chrome; repetition does.

- A page's site is its URL's host (a `.jsonl` item's `url`, an HTML page's canonical
  or `og:url`, a text page's source line), else the folder it was read from.
- Only the lines at a page's head and tail are candidates (EDGE_LINES of each), short
  ones (MAX_FURNITURE_WORDS) that are not sentences of prose, compared after folding
  case and tones, collapsing spaces, and writing every number as 0 (`Lượt xem: 1.234`
  and `Lượt xem: 87` are one line).
- Within a site of MIN_SITE_PAGES pages or more, a line on SHARE of its pages and on
  MIN_LINE_PAGES pages at least is furniture: two articles quoting one sentence alike do
  not make it so. Lines the lexicons already know (sidebar headings, which end the
  article) are left to the cleaning rules.
- A user's file (`--furniture FILE`, lines of `site<TAB>strip|keep<TAB>line`, `*` for
  every site) always wins over learning.

The thresholds come from what the dev set and generated sites show (README).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from pipeline import lexicon
from pipeline.text import fold

EDGE_LINES = 12
MAX_FURNITURE_WORDS = 20
# a line of this many words or more that ends as a sentence is prose: the article's own
# text, however many pages of a site share it (a series' standing sentence)
PROSE_WORDS = 10
MIN_SITE_PAGES = 3
MIN_LINE_PAGES = 3
SHARE = 0.3
# A site's distinct candidate lines kept in memory; past this, lines seen on one page
# only are forgotten (one of them would need SHARE of the pages still to come to count).
MAX_CANDIDATES = 200_000
FILE = "site_furniture.json"

_NUMBER = regex.compile(r"\d+(?:[.,:/-]\d+)*")
_SPACES = regex.compile(r"\s+")
_HOST = regex.compile(r"https?://(?:www\.)?(?P<host>[^/\s:?#\"'<>]+)", regex.IGNORECASE)
_PAGE_URL = regex.compile(
    r"""<link[^>]+rel=["']canonical["'][^>]*href=["'](?P<a>[^"']+)
       |<link[^>]+href=["'](?P<b>[^"']+)["'][^>]*rel=["']canonical["']
       |<meta[^>]+property=["']og:url["'][^>]*content=["'](?P<c>[^"']+)""",
    regex.IGNORECASE | regex.VERBOSE,
)


def line_key(line: str) -> str:
    """What one line of chrome shares across pages: folded, numbers as 0, spaces as one."""
    return _SPACES.sub(" ", _NUMBER.sub("0", fold(line))).strip(" |·•»›>-–—:")


def line_hash(key: str) -> str:
    """A line key in 12 hex digits: the manifest keeps one per candidate line of every page."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()


def site_of(kind: str, content: str, url: str | None, folder: str) -> str:
    """The page's site: its URL's host, else its folder's name."""
    found = _HOST.match(url) if url else None
    if found is None and kind == "html":
        meta = _PAGE_URL.search(content[:200_000])
        found = _HOST.match(meta["a"] or meta["b"] or meta["c"]) if meta else None
    if found is None and kind != "html":
        for line in content.strip().split("\n")[-EDGE_LINES:]:
            if (m := _HOST.search(line)) and len(line.split()) <= MAX_FURNITURE_WORDS:
                found = m
    return found["host"].lower() if found else f"folder:{folder}"


def candidates(kind: str, content: str) -> dict[str, str]:
    """The hashes of a page's head and tail lines that may be its site's chrome, with
    the lines (text pages only: an HTML page's chrome is left out by main-content
    extraction)."""
    if kind == "html":
        return []
    lines = [line for line in content.split("\n") if line.strip()]
    edge = lines if len(lines) <= 2 * EDGE_LINES else lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    headings = lexicon.words("sidebar_headings")
    found = {}
    for line in edge:
        key = line_key(line)
        words = len(line.split())
        prose = words >= PROSE_WORDS and line.rstrip()[-1] in ".!?…\"”"
        if key and words <= MAX_FURNITURE_WORDS and not prose and key.rstrip(":»>›-–— ") not in headings:
            found[line_hash(key)] = line.strip()
    return found


@dataclass
class _Site:
    pages: int = 0
    lines: Counter[str] = field(default_factory=Counter)


class Learner:
    """Line counts per site, fed one page at a time, then the furniture of each site."""

    def __init__(self, rules: dict[str, dict[str, str]] | None = None, texts: dict[str, str] | None = None) -> None:
        self.sites: dict[str, _Site] = {}
        self.rules = rules or {}  # site (or "*") -> {line hash: "strip" | "keep"}
        self.texts: dict[str, str] = dict(texts or {})  # line hash -> the line as a page writes it

    def add(self, site: str, lines: dict[str, str] | list[str]) -> None:
        """One page's candidate lines: hashes with their text (a page read now), or the
        hashes alone (a page unchanged since the manifest recorded them)."""
        entry = self.sites.setdefault(site, _Site())
        entry.pages += 1
        entry.lines.update(list(lines))  # the hashes (a Counter would add a mapping's values)
        if isinstance(lines, dict):
            self.texts.update((h, t) for h, t in lines.items() if h not in self.texts and entry.lines[h] > 1)
        if len(entry.lines) > MAX_CANDIDATES:
            entry.lines = Counter({k: n for k, n in entry.lines.items() if n > 1})

    def furniture(self) -> dict[str, dict[str, int]]:
        """Each site's lines to strip, with how many of its pages carry each."""
        out = {}
        for site in self.sites.keys() | (self.rules.keys() - {"*"}):
            entry = self.sites.get(site, _Site())
            learned = {k for k, n in entry.lines.items() if _learned(n, entry.pages)}
            decided = {**self.rules.get("*", {}), **self.rules.get(site, {})}
            strip = (learned | {k for k, a in decided.items() if a == "strip"}) - \
                {k for k, a in decided.items() if a == "keep"}
            out[site] = {k: entry.lines.get(k, 0) for k in strip}
        return out

    def pages(self, site: str) -> int:
        return self.sites[site].pages if site in self.sites else 0

    def summary(self) -> dict[str, Any]:
        """What was learned, for a user to read and correct (site_furniture.json)."""
        furniture = self.furniture()
        sites = []
        for site in sorted(self.sites):
            entry, decided = self.sites[site], {**self.rules.get("*", {}), **self.rules.get(site, {})}
            lines = [{"line": self.texts.get(k, k), "pages": n, "by": "user" if k in decided else "learned"}
                     for k, n in sorted(furniture.get(site, {}).items(), key=lambda kv: (-kv[1], kv[0]))]
            sites.append({"site": site, "pages": entry.pages, "strip": lines})
        return {"thresholds": {"min_site_pages": MIN_SITE_PAGES, "share": SHARE, "min_line_pages": MIN_LINE_PAGES,
                               "edge_lines": EDGE_LINES, "max_words": MAX_FURNITURE_WORDS},
                "sites": sites}


def _learned(pages_with_line: int, site_pages: int) -> bool:
    return site_pages >= MIN_SITE_PAGES and pages_with_line >= MIN_LINE_PAGES and \
        pages_with_line >= SHARE * site_pages


def digest(lines: dict[str, int]) -> str:
    """What a page was cleaned with: a change makes the page be cleaned again."""
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()[:16]


def read_rules(path: Path) -> dict[str, dict[str, str]]:
    """A user's file: `site<TAB>strip|keep<TAB>line` a line (`#` comments); `*` is every site."""
    rules: dict[str, dict[str, str]] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 3 or parts[1] not in ("strip", "keep"):
            raise ValueError(f"{path}:{number}: expected site<TAB>strip|keep<TAB>line")
        rules.setdefault(parts[0].strip().lower(), {})[line_hash(line_key(parts[2]))] = parts[1]
    return rules


def summary_json(learner: Learner) -> str:
    return json.dumps(learner.summary(), ensure_ascii=False, indent=1) + "\n"
