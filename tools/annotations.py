"""Corpus annotations: from an annotator's tagged copy of a page to committed offsets, and
from those to gold files the reference scorer reads.

usage:
  python tools/annotations.py import ID [ID ...] [--annotator b]   tagged copy -> corpus/annotations/ID.json
  python tools/annotations.py show ID [--annotator b]              the gold file it makes, for review
  python tools/annotations.py gold [--out DIR] [--annotator b]     every annotated page's gold file
  python tools/annotations.py agree                                agreement of the doubly annotated pages
  python tools/annotations.py disagreements ID [ID ...]           the second pass: annotation against the grammar

An annotator writes `.corpus/tagged/ID.txt` (annotator b: `.corpus/tagged-b/`): the stored page
with inline tags `[[TYPE;key=value;flag|text]]`, nested where one name holds another, and
`.corpus/tagged/ID.json` for what is not a stretch of text (published, byline names, source,
awards, notes). The tags are described in corpus/GUIDE.md. `import` checks that the page
without its tags is the stored page, character for character, and writes what is committed:
the tags as offsets (types, values, names), never the page's text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from paths import ROOT

import corpus
from pipeline import lexicon
from pipeline.text import fold, normalise

TYPES = {"HEAD", "CUT", "PER", "ORG", "LOC", "TTL", "DATE", "FIG"}
ENTITY_TYPES = ("PER", "ORG", "LOC")
CUT_KINDS = {"byline", "credit", "source", "date", "related", "menu", "site", "widget", "comment", "counter",
             "image", "caption-credit", "kicker", "duplicate", "other"}
GRANULARITIES = {"day", "month", "quarter", "half", "year", "decade", "century"}
OPEN = re.compile(r"\[\[([A-Z]+)((?:;[^|\[\]]*)*)\|")
CLOSE = "]]"
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def tagged_dir(annotator: str) -> Path:
    return ROOT / ".corpus" / ("tagged" if annotator == "a" else f"tagged-{annotator}")


def annotations_dir(annotator: str) -> Path:
    return ROOT / "corpus" / ("annotations" if annotator == "a" else f"annotations-{annotator}")


@dataclass
class Tag:
    type: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict)
    parents: tuple[str, ...] = ()  # the types of the tags around it, outermost first

    def flag(self, name: str) -> bool:
        return name in self.attrs


def parse(tagged: str) -> tuple[str, list[Tag], list[str]]:
    """(the text without tags, the tags with offsets into it, problems)."""
    out: list[str] = []
    length = 0
    stack: list[Tag] = []
    tags: list[Tag] = []
    problems: list[str] = []
    i = 0
    while i < len(tagged):
        match = OPEN.match(tagged, i)
        if match:
            attrs = {}
            for part in match.group(2).split(";")[1:]:
                key, _, value = part.partition("=")
                attrs[key.strip()] = value.strip()
            stack.append(Tag(match.group(1), length, -1, attrs, tuple(t.type for t in stack)))
            i = match.end()
            continue
        if tagged.startswith(CLOSE, i) and stack:
            tag = stack.pop()
            tag.end = length
            tags.append(tag)
            i += len(CLOSE)
            continue
        out.append(tagged[i])
        length += 1
        i += 1
    for tag in stack:
        problems.append(f"a [[{tag.type} tag opened at {tag.start} is never closed")
    text = "".join(out)
    problems += [problem for tag in tags for problem in _check(tag, text)]
    return text, sorted(tags, key=lambda t: (t.start, -t.end)), problems


def _check(tag: Tag, text: str) -> list[str]:
    where = f"[[{tag.type}|{text[tag.start:tag.end][:40]}]] at {tag.start}"
    problems = []
    if tag.type not in TYPES:
        problems.append(f"{where}: unknown type (one of {', '.join(sorted(TYPES))})")
    if tag.end <= tag.start:
        problems.append(f"{where}: empty")
    surface = text[tag.start:tag.end]
    if surface != surface.strip():
        problems.append(f"{where}: starts or ends with a space")
    if tag.type == "DATE" and (not tag.attrs.get("v") or not tag.attrs.get("g")):
        problems.append(f"{where}: a DATE needs v= and g=")
    if tag.type == "DATE" and any(g not in GRANULARITIES for g in tag.attrs.get("g", "").split(",")):
        problems.append(f"{where}: g= is one of {', '.join(sorted(GRANULARITIES))}")
    if tag.type == "FIG":
        try:
            [float(v) for v in tag.attrs.get("v", "").split(",")]
        except ValueError:
            problems.append(f"{where}: a FIG needs v= with numbers (1500000, 3.75; a range 3,5)")
    if tag.type == "CUT" and tag.attrs.get("k") not in CUT_KINDS:
        problems.append(f"{where}: a CUT needs k= one of {', '.join(sorted(CUT_KINDS))}")
    if tag.type in (*ENTITY_TYPES, "TTL", "FIG") and "CUT" in tag.parents:
        problems.append(f"{where}: nothing but a date line's DATE is annotated inside a CUT")
    return problems


def _first_difference(a: str, b: str) -> str:
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return f"at {n}: the page has {a[max(0, n - 30):n + 30]!r}, the tagged copy {b[max(0, n - 30):n + 30]!r}"


def _names(value: object) -> bool:
    """A name as the reference scorer reads one: a string, or a list of its spellings."""
    return isinstance(value, str) or (isinstance(value, list) and bool(value)
                                      and all(isinstance(v, str) for v in value))


def _award_problems(awards: list[dict]) -> list[str]:
    """Names and recipients the reference scorer cannot read (it has no optional recipient: a
    recipient not given is left out)."""
    problems = []
    for a in awards:
        for where, holder in [("award", a), *(("category", c) for c in a.get("categories", []))]:
            if not _names(holder.get("name")) and not (where == "award" and holder.get("name") is None):
                problems.append(f"the {where} name {holder.get('name')!r} is no string or list of strings")
            problems += [f"the {where} recipient {r!r} is no string or list of strings"
                         for r in holder.get("recipients", []) if not _names(r)]
    return problems


def import_page(page_id: str, annotator: str) -> list[str]:
    """Check one tagged copy and write its committed annotation; the problems found."""
    rows = {r["id"]: r for r in corpus.read_manifest()}
    if page_id not in rows:
        return [f"{page_id}: not in the manifest"]
    row = rows[page_id]
    page = normalise(corpus.page_path(row).read_text(encoding="utf-8"))
    source = tagged_dir(annotator) / f"{page_id}.txt"
    if not source.exists():
        return [f"{page_id}: no {source}"]
    text, tags, problems = parse(normalise(source.read_text(encoding="utf-8")))
    if text.rstrip() != page.rstrip():
        problems.append(f"{page_id}: the tagged copy without its tags is not the page: "
                        + _first_difference(page.rstrip(), text.rstrip()))
    facts_path = source.with_suffix(".json")
    facts = json.loads(facts_path.read_text(encoding="utf-8")) if facts_path.exists() else {}
    if not facts_path.exists():
        problems.append(f"{page_id}: no {facts_path} (published, authors, photographers, source, awards, notes)")
    if sum(t.type == "HEAD" for t in tags) > 1:
        problems.append(f"{page_id}: more than one HEAD")
    problems += _award_problems(facts.get("awards", []))
    if problems:
        return [p if p.startswith(page_id) else f"{page_id}: {p}" for p in problems]
    record = {
        "id": page_id, "sha256": row["sha256"], "annotator": annotator,
        # outer before inner, also when two tags cover the same text: the order says which holds which
        "spans": [[t.start, t.end, t.type, t.attrs] for t in sorted(tags, key=lambda t: (t.start, -t.end,
                                                                                           len(t.parents)))],
        **{k: facts.get(k) for k in ("published", "source", "source_url", "notes")},
        "authors": facts.get("authors", []), "photographers": facts.get("photographers", []),
        "awards": facts.get("awards", []),
    }
    out = annotations_dir(annotator) / f"{page_id}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    warnings = [f"{page_id}: warning: {w}" for w in _warnings(page, tags)]
    return warnings


def _warnings(page: str, tags: list[Tag]) -> list[str]:
    _, attached = _build(page, tags)
    loose = [t for t in tags if t.type == "TTL" and id(t) not in attached]
    return [f"title {page[t.start:t.end]!r} at {t.start} is next to no person: add for=Name" for t in loose]


# --- gold files -------------------------------------------------------------------------

def _kept(page: str, tags: list[Tag]) -> list[tuple[int, int]]:
    """The stretches of the page that are the article's text: not cut, not the headline."""
    removed = sorted((t.start, t.end) for t in tags if t.type in ("CUT", "HEAD"))
    stretches, at = [], 0
    for start, end in removed:
        if start > at:
            stretches.append((at, start))
        at = max(at, end)
    if at < len(page):
        stretches.append((at, len(page)))
    return stretches


def _inside(tag: Tag, stretches: list[tuple[int, int]]) -> bool:
    return any(s <= tag.start and tag.end <= e for s, e in stretches)


def _honorific_gap() -> re.Pattern[str]:
    words = sorted(lexicon.words("honorifics") | {"các", "đồng chí", "ông", "bà"}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^[\s,:;–—-]*(?:(?:{alternation})\s+)*$", re.IGNORECASE)


AFTER_NAME_GAP = re.compile(r"^\s*(?:,|-|–|—|\(|là|:)\s*$")
# ANNOTATION.md: the organisers, the jury and the prize council are always optional bodies
ALWAYS_OPTIONAL_BODIES = ("Ban Tổ chức", "BTC", "Ban Giám khảo", "BGK", "Hội đồng giải thưởng", "Hội đồng")
TYPE_WORDS = ("tỉnh", "thành phố", "TP", "TP.", "Tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn",
              "thôn", "ấp", "bản", "làng", "xóm", "đường", "phố")


def _canonical(tag: Tag, surface: str) -> str:
    return tag.attrs.get("name") or surface


def _build(page: str, tags: list[Tag]) -> tuple[dict, set[int]]:
    """The entity, date and figure fields of a gold file, and the titles attached to a person."""
    kept = _kept(page, tags)
    gap_before = _honorific_gap()
    people = [t for t in tags if t.type == "PER"]
    groups: dict[str, dict[str, dict]] = {kind: {} for kind in ENTITY_TYPES}
    for tag in tags:
        if tag.type not in ENTITY_TYPES or "CUT" in tag.parents:
            continue
        surface = " ".join(page[tag.start:tag.end].split())
        name = _canonical(tag, surface)
        entry = groups[tag.type].setdefault(fold(name), {"names": [], "required": False, "titles": [], "written": []})
        entry["written"].append(surface)
        alternatives = [name, surface] if tag.type != "PER" or "name" not in tag.attrs else [name]
        alternatives += [a.strip() for a in tag.attrs.get("alt", "").split("/") if a.strip()]
        if tag.type == "LOC":
            before = page[max(0, tag.start - 12):tag.start].rstrip()
            written = [w for w in TYPE_WORDS if before.endswith(w) or before.endswith(w.title())]
            # the longest type word written: "thành phố Huế" is no "phố Huế"
            alternatives += [f"{w} {name}" for w in written if not any(o != w and o.endswith(" " + w) for o in written)]
        for alternative in alternatives:
            if fold(alternative) not in map(fold, entry["names"]):
                entry["names"].append(alternative)
        # a name inside a body's or a place's name (a school named after a person, the parent
        # of a unit, the province in a committee's name) is optional unless named on its own
        nested = {"ORG", "LOC"} & set(tag.parents)
        if not tag.flag("opt") and not nested and _inside(tag, kept):
            entry["required"] = True
    for entry in groups["PER"].values():
        # a full name the page never writes (`name=` from world knowledge): the page's own forms
        # of two syllables or more are the person's names too (ANNOTATION.md: the page's form first)
        if fold(entry["names"][0]) not in map(fold, entry["written"]):
            own = [w for w in dict.fromkeys(entry["written"]) if len(w.split()) >= 2]
            entry["names"] = [*own, *(n for n in entry["names"] if fold(n) not in map(fold, own))]
    attached: set[int] = set()
    for title in (t for t in tags if t.type == "TTL" and "CUT" not in t.parents):
        owners = [n.strip() for n in title.attrs.get("for", "").split("/") if n.strip()]
        if not owners:
            after = next((p for p in people if p.start >= title.end and gap_before.match(page[title.end:p.start])),
                         None)
            before = next((p for p in reversed(people) if p.end <= title.start
                           and AFTER_NAME_GAP.match(page[p.end:title.start])), None)
            owner = after or before
            owners = [_canonical(owner, " ".join(page[owner.start:owner.end].split()))] if owner else []
        for owner in owners:
            entry = groups["PER"].get(fold(owner))
            if entry is not None:
                text = " ".join(page[title.start:title.end].split())
                if fold(text) not in map(fold, entry["titles"]):
                    entry["titles"].append(text)
                attached.add(id(title))
    gold: dict = {}
    for kind, key in (("PER", "people"), ("ORG", "organisations"), ("LOC", "locations")):
        items = []
        for entry in groups[kind].values():
            item: dict = {"name": entry["names"][0] if len(entry["names"]) == 1 else entry["names"]}
            if kind == "PER":
                item["titles"] = entry["titles"]
            if not entry["required"]:
                item["optional"] = True
            items.append(item)
        gold[key] = items
    gold["dates"], gold["figures"] = [], []
    for tag in tags:
        if tag.type not in ("DATE", "FIG"):
            continue
        optional = tag.flag("opt") or not _inside(tag, kept)
        text = " ".join(page[tag.start:tag.end].split())
        if tag.type == "DATE":
            values, grains = tag.attrs["v"].split(","), tag.attrs["g"].split(",")
            item = {"text": text, "value": values[0] if len(values) == 1 else values,
                    "granularity": grains[0] if len(grains) == 1 else grains}
            gold["dates"].append({**item, "optional": True} if optional else item)
        else:
            values = [_plain(float(v)) for v in tag.attrs["v"].split(",")]
            item = {"text": text, "value": values[0] if len(values) == 1 else values,
                    "unit": tag.attrs.get("u") or None}
            if tag.attrs.get("of"):
                item["of"] = float(tag.attrs["of"])
                # ANNOTATION.md: the denominator of a rank alone is an optional figure
                gold["figures"].append({"text": text, "value": _plain(float(tag.attrs["of"])), "unit": item["unit"],
                                        "optional": True})
            gold["figures"].append({**item, "optional": True} if optional else item)
    gold["figures_must_not_contain"] = _not_figures(page, tags, kept)
    return gold, attached


def _plain(value: float) -> int | float:
    return int(value) if value.is_integer() else value


def _number(token: str) -> float | None:
    """A number as a Vietnamese page writes it: `.` groups thousands, `,` is the decimal mark."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        token = token.replace(".", "")
    token = token.replace(".", "").replace(",", ".") if "," in token else token
    try:
        return float(token)
    except ValueError:
        return None


def _not_figures(page: str, tags: list[Tag], kept: list[tuple[int, int]]) -> list[float]:
    """Every number of the article's text that no FIG tag covers: years, days, numbers in names,
    document numbers. Values that are also a figure's are dropped by the scorer itself."""
    figures = [(t.start, t.end) for t in tags if t.type == "FIG"]
    values: list[float] = []
    for start, end in kept:
        for match in NUMBER.finditer(page, start, end):
            if any(s <= match.start() and match.end() <= e for s, e in figures):
                continue
            value = _number(match.group())
            if value is not None and value not in values:
                values.append(int(value) if value.is_integer() else value)
    return values


def _fragments(page: str, kept: list[tuple[int, int]]) -> list[str]:
    """Three or four verbatim pieces of the kept text: the lead's opening, one from the middle,
    and the end of the last kept line."""
    lines = []
    for start, end in kept:
        for match in re.finditer(r"[^\n]+", page[start:end]):
            # a stretch between runs of spaces: the cleaner may close those up
            line = next((part.strip() for part in re.split(r"\s{2,}", match.group()) if len(part.split()) >= 4), "")
            if line:
                lines.append(line)
    if not lines:
        return []
    picks = [" ".join(lines[0].split()[:7]), " ".join(lines[len(lines) // 2].split()[:7]),
             " ".join(lines[-1].split()[-7:])]
    return list(dict.fromkeys(picks))


def _removed_lines(page: str, tags: list[Tag], kept_text: str) -> list[str]:
    lines = []
    for tag in tags:
        if tag.type != "CUT" or tag.attrs.get("k") == "image" or "neutral" in tag.attrs:
            continue
        for written in page[tag.start:tag.end].split("\n"):
            line = written.strip()
            if len(line) >= 4 and line not in kept_text and line not in lines:
                lines.append(line)
    return lines


def gold_file(page_id: str, annotator: str = "a") -> dict:
    """The scorer's gold file for one annotated page (page text read from the stored page)."""
    record = json.loads((annotations_dir(annotator) / f"{page_id}.json").read_text(encoding="utf-8"))
    row = {r["id"]: r for r in corpus.read_manifest()}[page_id]
    page = normalise(corpus.page_path(row).read_text(encoding="utf-8"))
    tags = [Tag(kind, start, end, attrs) for start, end, kind, attrs in record["spans"]]
    _reparent(tags)
    kept = _kept(page, tags)
    kept_text = "\n".join(page[s:e] for s, e in kept)
    head = next((t for t in tags if t.type == "HEAD"), None)
    fields, _ = _build(page, tags)
    names = {fold(n) for item in fields["organisations"] for n in ([item["name"]] if isinstance(item["name"], str)
                                                                   else item["name"])}
    fields["organisations"] += [{"name": body, "optional": True} for body in ALWAYS_OPTIONAL_BODIES
                                if fold(body) not in names]
    return {
        "id": page_id, "page_url": row["url"],
        "title": " ".join(page[head.start:head.end].split()) if head else None,
        "published": record.get("published"), "authors": record.get("authors", []),
        "photographers": record.get("photographers", []), "source": record.get("source"),
        "source_url": record.get("source_url"),
        "body_must_contain": _fragments(page, kept), "body_must_not_contain": _removed_lines(page, tags, kept_text),
        **fields, "awards": [team_standing(a) for a in record.get("awards", [])], "notes": record.get("notes"),
    }


# a place of the team standing written as a prize level: giải Nhất toàn đoàn, Nhì toàn đoàn, hạng ba toàn đoàn
_STANDING = re.compile(r"toàn đoàn", re.IGNORECASE)
_PLACING = re.compile(r"(?<!\w)(?:nhất|nhì|ba|tư|khuyến khích|[a-d]|\d+)(?!\w)", re.IGNORECASE)
STANDING_NAMES = ["toàn đoàn", "giải toàn đoàn", "xếp hạng toàn đoàn"]


def team_standing(award: dict) -> dict:
    """ANNOTATION.md: team standings are the category `toàn đoàn`, its places optional
    sub-categories. An annotator who wrote only the places (`giải Nhất toàn đoàn`, `giải Nhì
    toàn đoàn`) gets them made optional and the standing added, holding their recipients;
    a standing already written, or one qualified by a section (`toàn đoàn khối THCS`), stays."""
    categories = award.get("categories", [])

    def names(category: dict) -> list[str]:
        return [category["name"]] if isinstance(category["name"], str) else category["name"]

    def placing(category: dict) -> bool:
        written = names(category)
        return any(_STANDING.search(n) for n in written) and all(_PLACING.search(n) for n in written)

    places = [c for c in categories if not c.get("optional") and placing(c)]
    standing = any(fold(n) in {fold(s) for s in STANDING_NAMES} for c in categories for n in names(c))
    if not places or standing:
        return award
    recipients = [r for c in places for r in c.get("recipients", [])]
    kept = [{**c, "optional": True} if any(c is p for p in places) else c for c in categories]
    return {**award, "categories": [*kept, {"name": STANDING_NAMES, "recipients": recipients}]}


def _reparent(tags: list[Tag]) -> None:
    """Rebuild each tag's enclosing types from the offsets (a committed file keeps none)."""
    for at, tag in enumerate(tags):
        around = [t for k, t in enumerate(tags) if t is not tag and t.start <= tag.start and tag.end <= t.end
                  and ((t.end - t.start) > (tag.end - tag.start) or k < at)]
        tag.parents = tuple(t.type for t in sorted(around, key=lambda t: t.start - t.end))


def agree(_args: argparse.Namespace) -> int:
    """Mention agreement (exact offsets) per type and the scorer's fields, annotator b against a."""
    ids = sorted(p.stem for p in annotations_dir("b").glob("*.json")
                 if (annotations_dir("a") / p.name).exists())
    if not ids:
        print("no page is annotated twice yet")
        return 1
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for page_id in ids:
        spans = {}
        for who in "ab":
            record = json.loads((annotations_dir(who) / f"{page_id}.json").read_text(encoding="utf-8"))
            spans[who] = {(s, e, k) for s, e, k, _ in record["spans"]}
        for kind in ("PER", "ORG", "LOC", "TTL", "DATE", "FIG", "CUT", "HEAD"):
            a = {x for x in spans["a"] if x[2] == kind}
            b = {x for x in spans["b"] if x[2] == kind}
            counts[kind][0] += len(a & b)
            counts[kind][1] += len(b - a)
            counts[kind][2] += len(a - b)
    print(f"{len(ids)} pages annotated twice; mentions with the same offsets (b against a):")
    print(f"{'type':6} {'both':>5} {'b only':>7} {'a only':>7} {'F1':>6}")
    for kind, (tp, fp, fn) in counts.items():
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f"{kind:6} {tp:5} {fp:7} {fn:7} {f1:6.3f}")
    print("\nThe scorer's fields, b's gold read as a prediction against a's (required items):")
    result = _gold_against_gold(ids)
    for name, row in result["fields"].items():
        if row["tp"] + row["fp"] + row["fn"]:
            counts = f"{row['tp']:4} {row['fp']:4} {row['fn']:4}"
            print(f"{name:18} {counts} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f}")
    print(f"cleaning checks of a passed by b's kept text: {result['cleaning']} of {result['cleaning_checks']}")
    return 0


def _as_prediction(gold: dict, page: str, tags: list[Tag]) -> dict:
    """A gold file read as the pipeline's output: each item's first alternative its name,
    the others its aliases, optional items included (a careful reader would write them)."""
    def first(value):
        return value[0] if isinstance(value, list) else value

    def entity(item: dict) -> dict:
        names = item["name"] if isinstance(item["name"], list) else [item["name"]]
        return {"name": names[0], "aliases": names[1:], "titles": item.get("titles", [])}

    kept = "\n".join(page[s:e] for s, e in _kept(page, tags))
    awards = [{"name": first(a["name"]), "categories": [
        {"name": first(c["name"]), "count": c.get("count"), "recipients": [{"name": first(r)} for r in
                                                                             c.get("recipients", [])]}
        for c in a.get("categories", [])]} for a in gold.get("awards", [])]
    return {**{k: [entity(i) for i in gold[k]] for k in ("people", "organisations", "locations")},
            "dates": [{"value": first(d["value"])} for d in gold["dates"]],
            "figures": [{"value": first(f["value"]), "text": f["text"]} for f in gold["figures"]],
            "awards": awards, "title": gold["title"], "published": first(gold["published"]),
            "authors": [first(a) for a in gold["authors"]], "photographers": [first(p) for p in gold["photographers"]],
            "source": first(gold["source"]),
            "body": kept}


def _gold_against_gold(ids: list[str]) -> dict:
    rows = {r["id"]: r for r in corpus.read_manifest()}

    def prediction(page_id: str) -> dict:
        record = json.loads((annotations_dir("b") / f"{page_id}.json").read_text(encoding="utf-8"))
        tags = [Tag(kind, start, end, attrs) for start, end, kind, attrs in record["spans"]]
        page = normalise(corpus.page_path(rows[page_id]).read_text(encoding="utf-8"))
        return _as_prediction(gold_file(page_id, "b"), page, tags)

    result, _ = _scored(ids, lambda page_id: gold_file(page_id, "a"), prediction)
    return result


def _scored(ids: list[str], gold_of, prediction_of, *, verbose: bool = False) -> tuple[dict, list[str]]:
    """The reference scorer on the pages' gold files and predictions, written to a scratch folder."""
    import tempfile  # noqa: PLC0415

    from evaluate import _scorer  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as tmp:
        gold_dir, pred_dir = Path(tmp, "gold"), Path(tmp, "pred")
        gold_dir.mkdir()
        pred_dir.mkdir()
        for page_id in ids:
            (gold_dir / f"{page_id}.json").write_text(json.dumps(gold_of(page_id), ensure_ascii=False), "utf-8")
            (pred_dir / f"{page_id}.json").write_text(json.dumps(prediction_of(page_id), ensure_ascii=False),
                                                      "utf-8")
        return _scorer(ROOT.parent / "shared" / "gold").score(str(gold_dir), str(pred_dir), verbose=verbose)


def disagreements(ids: list[str]) -> int:
    """The second pass: what the pipeline's grammar (no trained model, so that nothing learned
    from these annotations speaks) finds that the annotation does not, and the other way."""
    import os  # noqa: PLC0415

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import pipeline  # noqa: PLC0415
    from pipeline import lines  # noqa: PLC0415
    from pipeline.extractors import recipients, tagger  # noqa: PLC0415

    for model in (tagger, lines, recipients):
        model.use(False)
    rows = {r["id"]: r for r in corpus.read_manifest()}
    _, log = _scored(ids, gold_file, lambda page_id: {
        **pipeline.extract_file(corpus.page_path(rows[page_id])), "id": page_id}, verbose=True)
    print("FN: in the annotation, not found by the pipeline; FP: found by the pipeline, not in the annotation")
    for line in log:
        print(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_import = sub.add_parser("import")
    p_import.add_argument("ids", nargs="+")
    p_show = sub.add_parser("show")
    p_show.add_argument("id")
    p_gold = sub.add_parser("gold")
    p_gold.add_argument("--out", default=str(ROOT / ".corpus" / "gold"))
    for p in (p_import, p_show, p_gold):
        p.add_argument("--annotator", default="a")
    sub.add_parser("agree")
    sub.add_parser("disagreements").add_argument("ids", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "disagreements":
        return disagreements(args.ids)
    if args.command == "import":
        problems = [p for page_id in args.ids for p in import_page(page_id, args.annotator)]
        for problem in problems:
            print(problem)
        errors = [p for p in problems if ": warning: " not in p]
        print(f"{len(args.ids) - len({p.split(':')[0] for p in errors})} of {len(args.ids)} imported")
        return 1 if errors else 0
    if args.command == "show":
        print(json.dumps(gold_file(args.id, args.annotator), ensure_ascii=False, indent=1))
        return 0
    if args.command == "gold":
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        done = 0
        for path in sorted(annotations_dir(args.annotator).glob("*.json")):
            gold = gold_file(path.stem, args.annotator)
            (out / path.name).write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
            done += 1
        print(f"{done} gold files in {out}")
        return 0
    return agree(args)


if __name__ == "__main__":
    sys.exit(main())
