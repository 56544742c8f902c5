"""Which lines of a page are the article's: the cleaning rules propose, a trained model decides.

The rules of pipeline.clean strip what they know by name (related-news headings, bylines,
source and date lines, a site's repeated lines). What they do not know by name stays: a
CMS's comment form, a view counter, a portal's footer, a breadcrumb, a widget's label, an
image's file name, another article's headline with no heading above it. Such a line has a
shape (short, no full stop, digits and a colon, a run of capitals), words (`lượt xem`,
`cỡ chữ`, `bình luận`), a place (under the last paragraph, above the headline) and
neighbours like it; one rule per form would never end. So every line gets features from
all of these and from what the rules did with it and its neighbours, and a linear-chain
CRF over the page's lines, trained on the annotated corpus (`make train`,
tools/train_lines.py), gives each line the chance that it is the page's, not the article's.
A line the rules kept is stripped when that chance passes the threshold on the model's
card (chosen by cross-validation). Without a model file the rules' cleaning stands.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import regex

from pipeline import lexicon, trained
from pipeline.model import Removed
from pipeline.text import fold, unmarked, vietnamese_share

MODEL_FILE = "lines.crfsuite"
CARD_FILE = "lines.json"
CUT, KEEP, HEAD = "C", "K", "H"  # the headline is a label of its own: neither the article's text nor the page's
# a line among the article's paragraphs (a caption, an intertitle) is cut only at this chance
INSIDE = 0.95
LONG_LINE_WORDS = 20
# (cut threshold, inside) set by tools/train_lines.py while it compares settings
THRESHOLD_OVERRIDE: list[float] = []
KEPT, TRIMMED, TITLE = "kept", "trimmed", "title"  # a line's fate when the rules strip none or part of it
# only the words of a line this short are features: a paragraph's words say nothing of furniture
MAX_WORDS_AS_FEATURES = 15
# a long line's share of Vietnamese words is read from its first words
SAMPLE_WORDS = 40

_DATE = regex.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{4}[/.-]\d{1,2}[/.-]\d{1,2}\b")
_TIME = regex.compile(r"\b\d{1,2}[:h]\d{2}\b")
# a link, or a domain's name: a run of letters, digits and dashes before `.vn`, `.com` …, read
# from the run's start and never backwards (a dash-joined run of 40,000 characters was tried
# from each of its words: 8 s for one line)
_URL = regex.compile(r"https?://|www\.|(?<![\w-])-*+\w[\w-]*+\.(?:vn|com|net|org)\b", regex.IGNORECASE)
# what every match of _URL holds: the pattern, tried at each word, is only run on a line with one
_URL_MARKS = ("://", "www.", ".vn", ".com", ".net", ".org")
WORD = regex.compile(r"[\p{L}\p{N}]+")
_SENTENCE_END = regex.compile(r"[.!?…][”\"')]*$")
_LIST_ITEM = regex.compile(r"^(?:[-–+•*]|\d{1,2}[.)/]|[IVX]{1,4}\.)\s")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def _char_class(c: str) -> str:
    if not c:
        return "none"
    if c.isupper():
        return "U"
    if c.islower():
        return "l"
    if c.isdigit():
        return "d"
    return c


# a line of site sections (`Văn hóa - Xã hội`, `Tin tức | Thể thao`) is this short at most
MAX_SECTION_LABEL_WORDS = 8
_SECTION_MARKS = regex.compile(r"\s*[-–|/,&>»›]\s*|\s+và\s+")


def _section_label(line: str) -> bool:
    """The line names only sections of a site (`news_sections`), one or several between marks."""
    parts = [p for p in _SECTION_MARKS.split(fold(line).strip(" .:")) if p]
    sections = lexicon.words("news_sections")
    return bool(parts) and all(p in sections for p in parts)


@lru_cache(maxsize=4096)
def shape(line: str) -> tuple[str, ...]:
    """A line's own features (its shape and, when short, its words): cached, as the line model
    and the headline model read the same first lines of a page."""
    words = line.split()
    sample = words[:SAMPLE_WORDS]  # a long line's case and language are read from its first words
    letters = [w for w in sample if w[:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in letters)
    out = [f"nw={_bucket(len(words), (1, 2, 3, 4, 6, 10, 15, 25, 40))}",
           f"end={_char_class(line.rstrip()[-1:])}", f"start={_char_class(line.lstrip()[:1])}",
           f"caps={_bucket(round(10 * capitals / len(letters)) if letters else 0, (0, 3, 6, 9))}",
           f"vi={_bucket(round(10 * vietnamese_share(' '.join(sample))[0]), (0, 2, 4, 6))}"]
    if len(letters) >= 2 and all(w.isupper() for w in letters if any(c.isalpha() for c in w)):
        out.append("allcaps")
    digits = sum(map(line.count, "0123456789"))
    out.append(f"dig={_bucket(round(10 * digits / max(1, len(line))), (0, 1, 3, 6))}")
    for name, pattern in (("date", _DATE), ("time", _TIME)):
        if pattern.search(line):
            out.append(name)
    if _has_link(line):
        out.append("url")
    for mark in ":|>»•*©@":
        if mark in line:
            out.append(f"has{mark}")
    if len(words) <= MAX_SECTION_LABEL_WORDS and _section_label(line):
        out.append("section")
    # only the first two words and the last of a long line are features: fold no more
    if len(words) <= MAX_WORDS_AS_FEATURES:
        found = WORD.findall(line)
    else:
        head, tail = WORD.findall(" ".join(words[:3])), WORD.findall(words[-1])
        found = [*head[:2], tail[-1]] if len(head) >= 2 and tail else WORD.findall(line)
    tokens = [unmarked(w) for w in found]
    if tokens:
        out += [f"w0={tokens[0]}", f"wl={tokens[-1]}"]
        if len(tokens) > 1:
            out.append(f"w01={tokens[0]}_{tokens[1]}")
    if len(words) <= MAX_WORDS_AS_FEATURES:
        out += [f"bw={t}" for t in dict.fromkeys(tokens)]
        out += [f"bb={a}_{b}" for a, b in dict.fromkeys(itertools.pairwise(tokens))]
    return tuple(out)


def _has_link(line: str) -> bool:
    """A link or a domain's name in the line."""
    lower = line.lower()
    return any(mark in lower for mark in _URL_MARKS) and bool(_URL.search(line))


# what a line shows the lines around it: its size, end, case, date and first word
SEEN_FROM_NEIGHBOURS = ("nw=", "end=", "caps=", "date", "w0=")


def features(lines: list[str], fates: list[str], title: str) -> list[list[str]]:
    """The feature lists of a page's non-empty lines (in order), with what the rules did with
    each (`fates`: kept, title, or the rule that stripped it)."""
    n = len(lines)
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    title_words = set(WORD.findall(title.lower()))
    long_lines = [i for i, line in enumerate(lines) if len(line.split()) >= LONG_LINE_WORDS]
    last_long = long_lines[-1] if long_lines else -1
    first_long = long_lines[0] if long_lines else n
    own = [shape(line) for line in lines]
    shown = [[f for f in features if f.startswith(SEEN_FROM_NEIGHBOURS)] for features in own]
    rows = []
    for i, line in enumerate(lines):
        row = ["bias", f"fate={fates[i]}", f"pos={min(i, 6)}", f"rpos={min(n - 1 - i, 6)}",
               "after-text" if i > last_long else "before-text" if i < first_long else "among-text", *own[i]]
        if counts[line] > 1:
            row.append("repeated")
        words = set(WORD.findall(line.lower()))
        if title_words and words and len(words & title_words) >= 0.6 * len(words):
            row.append("like-title")
        for d in (-2, -1, 1, 2):
            if 0 <= i + d < n:
                row.append(f"{d}:fate={fates[i + d]}")
                row += [f"{d}:{f}" for f in shown[i + d]]
            else:
                row.append(f"{d}:none")
        rows.append(row)
    return rows


def fates(lines: list[str], title: str, paragraphs: list[str], removed: list[Removed]) -> list[str]:
    """What the rules did with each non-empty line: `kept` (a paragraph of the body), `trimmed`
    (one with a credit or a label cut off), `title`, or the rule of the record that holds it."""
    out = []
    p = 0
    for line in lines:
        if p < len(paragraphs) and paragraphs[p] and paragraphs[p] in line:
            out.append(KEPT if paragraphs[p] == line else TRIMMED)  # a caption's credit cut off, a label
            p += 1
        elif line.rstrip(" |") == title:
            out.append(TITLE)
        else:
            out.append(next((r.rule for r in removed if line in r.text), "other"))
    return out


# -- the shipped model ----------------------------------------------------------------------
MODEL = trained.Shipped(MODEL_FILE)
use = MODEL.use


# a table scraped one cell a line: its rows are numbered 1, 2, 3 … on lines of their own, and
# its header and last row's cells stand this many lines around them
TABLE_ROWS, TABLE_CELLS = 3, 3
# a row's number is written in a few decimal digits: a longer run alone on its line (an id, a
# scrape's 50,000 digits) is no row's, and `²` on its own is a digit but no number
MAX_ROW_DIGITS = 5


def _table(lines: list[str]) -> set[int]:
    """The lines of a numbered table in the page (its cells are the article's, however short)."""
    numbers = [i for i, line in enumerate(lines) if line.isdecimal() and len(line) <= MAX_ROW_DIGITS]
    rows, seen = [], set()
    for i in numbers:  # a row number whose predecessor stood on a line before it
        if int(lines[i]) > 1 and int(lines[i]) - 1 in seen:
            rows.append(i)
        seen.add(int(lines[i]))
    if len(rows) + 1 < TABLE_ROWS:
        return set()
    first = min(k for k in numbers if lines[k] == "1" and k < rows[0]) if any(
        lines[k] == "1" and k < rows[0] for k in numbers) else rows[0]
    return set(range(max(0, first - TABLE_CELLS), min(len(lines), rows[-1] + TABLE_CELLS + 1)))


def decide(lines: list[str], fate: list[str], title: str) -> set[int] | None:
    """The indices, among the paragraphs the rules kept, of those whose chance of being the
    page's passes the card's threshold (a stricter one among the article's paragraphs and for a
    list's items and the labels over them, a result page's structure); the cells of a numbered
    table stay; None without a model.
    The article's first paragraph, when it reads as one, stays, and so does one paragraph."""
    loaded = MODEL.get()
    if loaded is None or not lines:
        return None
    model, card = loaded
    column = model.labels.index(CUT)
    chances = model.marginals(model.rows(features(lines, fate, title)))
    threshold, inside = THRESHOLD_OVERRIDE or (card.get("threshold", 0.5), INSIDE)
    long_lines = [i for i, line in enumerate(lines) if len(line.split()) >= LONG_LINE_WORDS]
    among = range(long_lines[0] + 1, long_lines[-1]) if long_lines else range(0)
    kept = [i for i, f in enumerate(fate) if f in (KEPT, TRIMMED)]
    lead = next((i for i in kept if len(lines[i].split()) >= LONG_LINE_WORDS or _SENTENCE_END.search(lines[i])), -1)
    strict = set(among) | {i for i in kept if _LIST_ITEM.match(lines[i]) or lines[i].endswith(":")}
    spared = _table(lines) | {lead}
    cut = {k for k, i in enumerate(kept)
           if i not in spared and chances[i][column] >= (inside if i in strict else threshold)}
    return cut if len(cut) < len(kept) else set()
