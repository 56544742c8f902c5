"""The headline of a text page: the rules propose, a trained model decides.

A scraped page may open with its menu, a section label, the site's "today" line or a kicker
above the headline, and a headline may end with a full stop, run over two lines, or follow a
line that repeats the lead. No one rule weighs all that: the rules below pick the longest of
the first lines that are neither dates nor article text, and a linear-chain CRF over the
page's first lines (`make train`, tools/train_lines.py) reads each line's shape, words, place,
neighbours and what the rules said of it, the rules' pick included, and gives each the chance
that it is the headline. The most likely line wins when its chance passes the card's threshold;
else the rules' pick stands, and without a model file the rules alone choose.
"""

from __future__ import annotations

import numpy as np
import regex

from pipeline import furniture, trained
from pipeline.credits import Credits, credit_line, dated_furniture, dateline, strip_caption_credit
from pipeline.lines import SAMPLE_WORDS, SEEN_FROM_NEIGHBOURS, WORD, shape
from pipeline.model import Removed
from pipeline.text import fold, has_vietnamese

# the headline stands among a page's first non-empty lines
HEAD_CANDIDATE_LINES = 8
WINDOW = 10
MAX_HEADLINE_WORDS = 30
# a line that ends like a sentence (for the rules, a headline never ends with a full stop) is text
MIN_SENTENCE_WORDS = 4
_SENTENCE_END = regex.compile(r"(?<!\.)[.:;][”\"')]*$")
_LIST_ITEM = regex.compile(r"^(?:[-–+•*]|\d{1,2}[.)/])\s")
# a section label set off by a bar ("TIÊU ĐIỂM |") is this short at most
MAX_LABEL_WORDS = 3
# a headline printed over two lines: both lines pass the threshold, and together they are this short
MAX_JOINED_WORDS = 40
MODEL_FILE = "headline.crfsuite"
HEAD, OTHER = "H", "O"
THRESHOLD = 0.3


def is_text_line(line: str) -> bool:
    words = len(line.split())
    return words > MAX_HEADLINE_WORDS or (words >= MIN_SENTENCE_WORDS and bool(_SENTENCE_END.search(line)))


def could_be_headline(line: str) -> bool:
    """Not a caption (a photo credit ends it), a credit line (`© Ảnh : …`), a section label set
    off by a bar, a row of widget words or other furniture known by its shape, or a scrape's
    leftover with no Vietnamese in it (`loading...`, a widget's code name, an image's data)."""
    if strip_caption_credit(line, Credits()) != line or line.startswith("©"):
        return False
    if furniture.kind(line, "") is not None:
        return False
    if line.rstrip().endswith("|") and len(line.split()) <= MAX_LABEL_WORDS + 1:
        return False
    return has_vietnamese(" ".join(line.split()[:SAMPLE_WORDS])) or line.isupper()


def _dated(line: str) -> bool:
    return bool(dateline(line) or dated_furniture(line))


def _kicker(line: str, under: str) -> bool:
    """A kicker over the headline ("Giải bóng đá … năm 2017:" over "Huyện … vô địch"): a short
    line ending with a colon, over a line that is neither text nor a list's item."""
    return line.endswith(":") and len(line.split()) <= MAX_HEADLINE_WORDS and bool(under) \
        and not is_text_line(under) and not _LIST_ITEM.match(under)


def rule_pick(lines: list[str]) -> int | None:
    """The rules' headline: the longest of the first lines that are neither dates nor article
    text (a kicker ending with a colon gives way to the line under it); None when the page
    opens with its text."""
    candidates: list[int] = []
    first = opening(lines, HEAD_CANDIDATE_LINES)
    for k, i in enumerate(first):
        line = lines[i].strip()
        if _dated(line) or not any(c.isalpha() for c in line) or not could_be_headline(line):
            continue
        under = lines[first[k + 1]].strip() if k + 1 < len(first) else ""
        if (is_text_line(line) and not _kicker(line, under)) or \
                (candidates and credit_line(line, Credits(), at_end=False)):
            break
        candidates.append(i)
    if not candidates:
        return None
    headlines = [i for i in candidates if not lines[i].rstrip().endswith(":")] or candidates
    return max(headlines, key=lambda i: (len(lines[i].split()), -i))


def _rule_flags(line: str) -> list[str]:
    if len(line.split()) > MAX_HEADLINE_WORDS:  # a paragraph: no headline, date or credit line
        return ["text-line"]
    out = []
    if _dated(line):
        out.append("dated")
    if not could_be_headline(line):
        out.append("no-head")
    if is_text_line(line):
        out.append("text-line")
    if credit_line(line, Credits(), at_end=False):
        out.append("credit")
    return out


RULE_FLAGS = ("dated", "text-line", "credit", "no-head")  # what `_rule_flags` says, each a neighbour sees


def features(texts: list[str], pick: int | None, later: set[str]) -> list[list[str]]:
    """The feature lists of a page's first non-empty lines (`texts`, stripped); `pick` is the
    rules' headline among them, `later` the lines the page holds after them."""
    own = [[*shape(t), *_rule_flags(t)] for t in texts]
    shown = [[f for f in features if f.startswith(SEEN_FROM_NEIGHBOURS) or f in RULE_FLAGS] for features in own]
    word_sets = [{w.lower() for w in WORD.findall(" ".join(t.split()[:SAMPLE_WORDS]))} for t in texts]
    long_lines = [i for i, t in enumerate(texts) if len(t.split()) >= 20]
    first_long = long_lines[0] if long_lines else len(texts)
    rows = []
    for i, text in enumerate(texts):
        where = "rule-none" if pick is None else "rule-pick" if i == pick else \
            "above-pick" if i < pick else "below-pick"
        row = ["bias", f"pos={i}", where, *own[i],
               "before-long" if i < first_long else "first-long" if i == first_long else "after-long"]
        if text in later or text in texts[i + 1:]:
            row.append("again")
        # a short line over the first paragraph: a headline, or a caption when a photo opens the page
        size = next(f for f in own[i] if f.startswith("nw="))
        row += [f"pos={min(i, 3)}&{size}", f"{size}&next-long={i + 1 == first_long}",
                f"{next(f for f in own[i] if f.startswith('end='))}&next-long={i + 1 == first_long}"]
        words = word_sets[i]
        below = set().union(*word_sets[i + 1:i + 4])
        if words:
            row.append(f"in-below={round(4 * len(words & below) / len(words))}")
        for d in (-2, -1, 1, 2):
            if 0 <= i + d < len(texts):
                row += [f"{d}:{f}" for f in shown[i + d]]
            else:
                row.append(f"{d}:none")
        rows.append(row)
    return rows


# what a page prints on the headline's line that is not the headline: a breadcrumb's trail
# before it (`Home / Tin tức / …`, `Trang chủ > Tin tức > …`), a bullet, a bar after it, the
# page's date with its print and view widgets after it (`… 22/01/2018 In trang`)
_CRUMB = r"\s(?:/|>|»|›)\s"  # the mark between a trail's steps
_TRAIL = regex.compile(rf"^(?:[^/>»›]{{1,30}}{_CRUMB}){{2,}}")
_BULLET = regex.compile(r"^[•·*|]\s*")
# a masthead's slogan in capitals before the headline on its line: its capitals, up to the
# first word that is not in capitals (the headline's)
_MASTHEAD_IN_CAPITALS = regex.compile(r"^(?:[\p{Lu}\d&.,\-–]+\s+)+?(?=\p{Lu}\p{Ll})")
_DATED_TAIL = regex.compile(r"\s+(?P<date>\d{1,2}/\d{1,2}/\d{4})(?P<widgets>(?:\s+\S+){1,4})$")
# `… - 15:28 19/05/2020`: the page's clock and date printed after the headline, a dash or bar before
_CLOCKED_TAIL = regex.compile(
    r"""\s+[-–|]?\s*(?:\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM|SA|CH))?\s*[-–,|]?\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})
                     | (?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–,|]?\s*\d{1,2}[:h]\d{2}(?:\s*(?:AM|PM|SA|CH))?)$""",
    regex.VERBOSE | regex.IGNORECASE,
)


def trimmed(title: str) -> str:
    """The headline without what the page printed on its line around it; a trail is one only
    when it starts at the site's home (`Hà Nội / TP.HCM / Đà Nẵng tăng giá` is a headline), a
    date only with widget words after it (`Khai mạc hội chợ 12/3/2024` is a headline)."""
    title = title.strip()
    if (trail := _TRAIL.match(title)) and furniture.kind(regex.split(_CRUMB, trail.group())[0], ""):
        title = title[trail.end():]
    title = _BULLET.sub("", title)
    if tail := _widget_date(title):
        title = title[:tail.start()]
    if (widget := furniture.follow_widget(title)) and widget.start() > 0:
        title = title[:widget.start()]
    if furniture.masthead(title) and (rest := _MASTHEAD_IN_CAPITALS.match(title)):
        title = title[rest.end():]
    return title.rstrip(" |")


def _widget_date(title: str) -> regex.Match[str] | None:
    """`… 22/01/2018 In trang`, `… - 15:28 19/05/2020`: the page's date printed after the
    headline, with its widgets or its clock (a date alone may be the headline's own)."""
    tail = _DATED_TAIL.search(title)
    if tail and furniture.kind(tail["widgets"].strip(), "") == "furniture-line":
        return tail
    return _CLOCKED_TAIL.search(title)


def window(lines: list[str]) -> list[int]:
    """The indices of a page's first non-empty lines, where its headline stands."""
    return opening(lines, WINDOW)


# a menu opening a page (`• Thời sự`, `• An Giang`, `- Trang nhất`): a run of bulleted lines of
# a few words each, at least this long; its items are no headline and do not count among
# the first lines, so that the headline under a long menu is still looked for
MIN_MENU_RUN = 3
MAX_MENU_ITEM_WORDS = 5


def _menu_item(line: str) -> bool:
    """A stripped line of a bullet and a few words."""
    mark = furniture.BULLET.match(line)
    return bool(mark) and mark.end() < len(line) and len(line.split()) <= MAX_MENU_ITEM_WORDS \
        and not line.endswith(".")


def opening(lines: list[str], count: int) -> list[int]:
    """The indices of a page's first `count` non-empty lines that are no menu's items (a
    bullet or two is no menu)."""
    out: list[int] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        text = line.strip()
        if not text:
            continue
        if _menu_item(text):
            run.append(i)
            continue
        out += run if len(run) < MIN_MENU_RUN else []
        run = []
        out.append(i)
        if len(out) >= count:
            return out[:count]
    out += run if len(run) < MIN_MENU_RUN else []
    return out[:count]


MODEL = trained.Shipped(MODEL_FILE)
use = MODEL.use


def decide(lines: list[str]) -> list[int]:
    """The headline's line (two when it runs over two) as indices into `lines`; none when the
    page opens with its text."""
    pick = rule_pick(lines)
    loaded = MODEL.get()
    rules = [] if pick is None else [pick]
    if loaded is None:
        return rules
    model, card = loaded
    at = window(lines)
    if not at:
        return rules
    texts = [lines[i].strip() for i in at]
    later = {line.strip() for line in lines[at[-1] + 1:] if line.strip()}
    local = at.index(pick) if pick is not None else None
    rows = features(texts, local, later)
    chances = model.marginals(model.rows(rows))[:, model.labels.index(HEAD)]
    threshold = card.get("threshold", THRESHOLD)
    best = int(np.argmax(chances))
    if chances[best] < threshold:
        return rules
    kicker = best + 1 < len(at) and _kicker(texts[best], texts[best + 1])
    best += kicker  # a kicker over the headline is no part of it
    chosen = [best]
    for k in (best - 1, best + 1):  # the other line of a headline printed over two
        if 0 <= k < len(at) and chances[k] >= threshold and not (kicker and k < best) and \
                len(texts[k].split()) + len(texts[best].split()) <= MAX_JOINED_WORDS and \
                not _repeats(texts[k], texts[best]) and not (k > best and is_text_line(texts[k])):
            chosen = sorted([best, k])
            break
    if not any(line.strip() for line in lines[at[chosen[-1]] + 1:]):  # a headline has text under it
        return rules
    return [at[k] for k in chosen]


def _repeats(line: str, other: str) -> bool:
    """One line holds the other (folded, spaces aside): a headline printed twice, or a lead
    that opens with the headline's words, is no second line of it."""
    a, b = fold(line), fold(other)
    return a in b or b in a


def headline(lines: list[str], credits: Credits) -> tuple[str, list[str]]:
    """The headline of a text page and the lines under it ("" when the page opens with its
    text); lines above the headline are furniture, but dates there go on to date the page."""
    chosen = decide(lines)
    if not chosen:
        return "", lines
    first, last = chosen[0], chosen[-1]
    dates = {i for i in range(first) if _dated(lines[i].strip())}
    credits.above_headline |= {lines[i].strip() for i in dates}
    for i in range(first):
        if lines[i].strip() and i not in dates:
            credits.removed.append(Removed("furniture", lines[i].strip(), "above-headline"))
    printed = " ".join(lines[i].strip() for i in chosen)
    if (tail := _widget_date(printed)) and (date := dateline(tail["date"])):
        credits.dated(tail.group().strip(), date)  # the date printed on the headline's line dates the page
    title = trimmed(printed)
    return title, [*(lines[i].strip() for i in sorted(dates)), *lines[last + 1:]]
