"""Stage 5: per-article JSON (the contract in SPEC.md) and the CSV tables.

Mentions become entities here: person mentions group by name (a later `ông Hải` joins
`Nguyễn Đức Hải`), organisations by their expanded, folded name, places by name.
Every file is written to a temporary name and renamed, so a crash never leaves a
half-written table behind.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import os
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import regex

from pipeline import lexicon
from pipeline.files import temp_beside, write_atomic
from pipeline.model import Article, Recipient, Span
from pipeline.names import canonical, entity_key, fuller_bodies, province_and_country_keys
from pipeline.positions import positions
from pipeline.tables import ARTICLE_TABLES
from pipeline.text import fold, unique_by_fold

SCHEMA_VERSION = "2"
LIST_SEPARATOR = "; "

TABLES: dict[str, tuple[str, ...]] = {t.name: t.column_names for t in ARTICLE_TABLES}


def _mention(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text, "rule": s.rule}


# A double holds integers exactly up to 2^53; a larger figure (2,3 triệu tỷ) is known to
# fifteen significant digits, and is written with those, not with a double's noise.
EXACT_INTEGERS = 2**53
SIGNIFICANT_DIGITS = 15


def plain_number(x: float | None) -> int | float | None:
    """A number as a reader expects it: 38, not 38.0 (in the JSON and in the workbook);
    2300000000000000000 for 2,3 triệu tỷ, not 2299999999999999744."""
    if x is None or not math.isfinite(x):
        return None
    if not float(x).is_integer():
        return x
    return int(x) if abs(x) < EXACT_INTEGERS else int(Decimal(f"{x:.{SIGNIFICANT_DIGITS}g}"))


def people(article: Article) -> list[dict[str, Any]]:
    """One record per person: a name's mentions grouped, then the names the article gives
    the same person joined to it as aliases (a nickname after `tức`, a full name written
    without its middle `Thị`, a lone given name)."""
    spans = article.of("person")
    groups: dict[str, list[Span]] = {}
    for s in spans:
        groups.setdefault(fold(s.value.name), []).append(s)
    joined: dict[str, str] = {}  # a group's key -> the key of the person it is another name of

    def person(key: str) -> str:
        while key in joined:
            key = joined[key]
        return key

    def join(key: str, into: str) -> None:
        key, into = person(key), person(into)
        if key != into:
            joined[key] = into

    named: dict[str, list[str]] = {}  # a group's key -> names given after an alias word
    for at, s in enumerate(spans):  # "Phạm Quang Linh tức Quang Linh Vlogs", "…, bút danh Trọng Tạo Đồng Lộc"
        if m := _alias_after().match(article.body, s.end):
            named.setdefault(fold(s.value.name), []).append(m["name"])
            for other in itertools.takewhile(lambda o: o.start < m.end("name"), spans[at + 1:]):
                if other.end <= m.end("name"):  # a person read inside the other name is that name's
                    join(fold(other.value.name), fold(s.value.name))
    middle = lexicon.words("middle_names")
    for key in list(groups):  # "Nguyễn Thị Thái Hằng" and "Nguyễn Thái Hằng"
        parts = key.split()
        if len(parts) >= 4 and parts[1] in middle and (short := " ".join([parts[0], *parts[2:]])) in groups:
            join(short, key)
    # a one-word mention (`ông Cường`) belongs to the full name ending with that word, the one
    # named last before it when two share the given name
    for key in [k for k in groups if " " not in k]:
        hosts = [k for k in groups if " " in k and k.split()[-1] == key]
        starts = {h: [t.start for t in groups[h]] for h in hosts}  # in text order: found by bisection
        for s in groups[key] if hosts else []:
            before = [(starts[h][at - 1], h) for h in hosts if (at := bisect_left(starts[h], s.start))]
            host = max(before)[1] if before else hosts[0]
            groups[host].append(s)
        if hosts:
            del groups[key]
    members: dict[str, list[str]] = {}
    for key in groups:
        members.setdefault(person(key), []).append(key)
    out = []
    for key, keys in members.items():
        mentions = sorted((s for k in keys for s in groups[k]), key=lambda s: s.start)
        name = max((s.value.name for s in groups[key]), key=len)
        written = unique_by_fold([*(s.value.name for s in mentions), *(a for k in keys for a in named.get(k, []))])
        inside = {fold(a) for a in written for b in written if fold(a) != fold(b) and fold(a) in fold(b)}
        out.append({
            "name": name,
            "aliases": [a for a in written if fold(a) != fold(name) and " " in a and fold(a) not in inside],
            "titles": unique_by_fold(t for s in mentions for t in s.value.titles),
            "honorifics": unique_by_fold(h for s in mentions for h in s.value.honorifics),
            "degrees": unique_by_fold(d for s in mentions for d in s.value.degrees),
            "mentions": [_mention(s) for s in mentions],
        })
    return out


@cache
def _alias_after() -> regex.Pattern[str]:
    """`, tức Quang Linh Vlogs`: an alias word, then the other name, right after a person."""
    words = lexicon.alternation(lexicon.words("alias_words"))
    return regex.compile(
        rf"\s*[,(]?\s*(?i:{words})\s+(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}]*(?:\s+\p{{Lu}}[\p{{L}}\p{{M}}\d]*){{0,4}})")


def organisations(article: Article) -> list[dict[str, Any]]:
    """One record per body. A body named in full once and shorter after (`Thành ủy Hải
    Phòng` … `Thành ủy`, `Tập đoàn Dầu khí …` … `Tập đoàn`) is one, when the article names
    one such body only (names.fuller_bodies)."""
    groups: dict[str, list[Span]] = {}
    for s in article.of("organisation"):
        groups.setdefault(entity_key(s.value.name), []).append(s)
    places = _place_names() | {fold(s.value.name) for s in article.of("location")}
    fuller = fuller_bodies(list(groups), places)
    for short, key in _bracketed_short_forms(article, groups).items():
        fuller.setdefault(short, fuller.get(key, key))
    shorter: dict[str, list[Span]] = {}  # mentions of a body written shorter, by its full key
    for key, target in fuller.items():
        shorter.setdefault(target, []).extend(groups.pop(key))
    out = []
    for key, own in groups.items():
        spans = sorted([*own, *shorter.get(key, [])], key=lambda s: s.start)
        name, aliases = canonical([s.value.name for s in own])
        if key in shorter:  # the fuller name shows; the shorter one is an alias
            short_name, short_aliases = canonical([s.value.name for s in shorter[key]])
            aliases = (*aliases, short_name, *short_aliases)
        written = [s.text for s in spans if s.text != s.value.name]  # "NHNN" for "Ngân hàng Nhà nước"
        out.append({"name": name, "aliases": list(dict.fromkeys([*aliases, *written])),
                    "mentions": [_mention(s) for s in spans]})
    return out


# `Ngân hàng Thế giới (WB)`: a body's short form in brackets right after its name, looked for
# this far after it (a match from a position is given its end too: the `regex` module looks
# ahead for the pattern's brackets to the end of the text, which on a long page is the
# square of its length)
_SHORT_FORM_AFTER = regex.compile(r"\s*\((?P<short>\p{Lu}[\p{Lu}\d&.-]*\p{Lu}[\p{Lu}\d]*)\)")
SHORT_FORM_CHARS = 40


def _bracketed_short_forms(article: Article, groups: dict[str, list[Span]]) -> dict[str, str]:
    """The key of a body written by the short form it is given in brackets -> the key of the
    body (`WB` -> `ngân hàng thế giới`), when the article gives that short form to one body."""
    given: dict[str, set[str]] = {}
    for key, spans in groups.items():
        for s in spans:
            if m := _SHORT_FORM_AFTER.match(article.body, s.end, s.end + SHORT_FORM_CHARS):
                given.setdefault(entity_key(m["short"]), set()).add(key)
    return {short: next(iter(keys)) for short, keys in given.items()
            if len(keys) == 1 and short in groups and short not in keys}


@cache
def _place_names() -> frozenset[str]:
    """Provinces and countries, folded, bare and after their administrative word: what
    may follow a body's name (`… Hải Phòng`, `… thành phố Hải Phòng`)."""
    units = [fold(u) for u in lexicon.words("province_units")]
    places = province_and_country_keys()
    return places | frozenset(f"{u} {p}" for u in units for p in places)


def locations(article: Article) -> list[dict[str, Any]]:
    groups: dict[str, list[Span]] = {}
    for s in article.of("location"):
        groups.setdefault(fold(s.value.name), []).append(s)
    return [{"name": spans[0].value.name, "mentions": [_mention(s) for s in spans]} for spans in groups.values()]


def dates(article: Article) -> list[dict[str, Any]]:
    return [{
        "text": s.text, "value": s.value.value, "granularity": s.value.granularity,
        "year_inferred": s.value.year_inferred, "unresolved": s.value.value is None or s.value.value.startswith("X"),
        "range_role": s.value.range_role, "range_value": s.value.range_value, "time": s.value.time,
        "part": s.value.part, "start": s.start, "end": s.end, "rule": s.rule,
    } for s in article.of("date")]


def figures(article: Article) -> list[dict[str, Any]]:
    return [{
        "text": s.text, "value": plain_number(s.value.value), "unit": s.value.unit, "of": plain_number(s.value.of),
        "qualifier": s.value.qualifier, "currency": s.value.currency, "max": plain_number(s.value.max),
        "kind": s.value.kind, "change": s.value.change, "start": s.start, "end": s.end, "rule": s.rule,
    } for s in article.of("figure")]


def _recipient(r: Recipient) -> dict[str, Any]:
    return {"name": r.name, "kind": r.kind, "work": r.work}


def recipient_fields(recipient: dict[str, Any] | str | None) -> dict[str, Any]:
    """A recipient's table columns; a bare name is what records of schema 1 held."""
    if isinstance(recipient, dict):
        return {"recipient": recipient["name"], "recipient_kind": recipient.get("kind"), "work": recipient.get("work")}
    return {"recipient": recipient, "recipient_kind": None, "work": None}


def awards(article: Article) -> list[dict[str, Any]]:
    out = []
    for s in article.of("award"):
        v = s.value
        own = {mention for c in v.categories for mention in c.mentions}  # looked up once per category span
        out.append({
            "name": v.name, "year": v.year,
            "categories": [{"name": c.name, "count": c.count, "recipients": [_recipient(r) for r in c.recipients],
                            "aliases": list(c.aliases)} for c in v.categories],
            "recipients": [_recipient(r) for r in v.recipients], "organisers": list(v.organisers),
            "patrons": list(v.patrons),
            "mentions": [_mention(s)] + [_mention(c) for c in article.of("award_category") if (c.start, c.end) in own],
        })
    return out


def article_record(article: Article) -> dict[str, Any]:
    """The per-article JSON object of the contract (SPEC.md, schema_version 2)."""
    found_people, found_orgs, found_places = people(article), organisations(article), locations(article)
    return {
        "schema_version": SCHEMA_VERSION,
        "id": article.id,
        "source_file": article.source_file,
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "source_url": article.source_url,
        "authors": list(article.authors),
        "photographers": list(article.photographers),
        "body": article.body,
        "removed": [{"kind": r.kind, "text": r.text, "rule": r.rule, **({"note": r.note} if r.note else {})}
                    for r in article.removed],
        "warnings": list(article.warnings),
        "stats": {"sentences": len(article.sentences), "words": len(article.words)},
        "people": found_people,
        "organisations": found_orgs,
        "locations": found_places,
        "dates": dates(article),
        "figures": figures(article),
        "awards": awards(article),
        "positions": positions(article.title, found_people, found_orgs, found_places, article.of("person")),
    }


def _joined(items: list[Any]) -> str:
    return LIST_SEPARATOR.join(str(i) for i in items)


def table_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """One article's rows for every CSV table."""
    aid = record["id"]

    def first(entity: dict[str, Any]) -> dict[str, Any]:
        m = entity["mentions"][0]
        return {"mentions": len(entity["mentions"]), "first_start": m["start"], "first_end": m["end"]}

    award_rows = []
    for award in record["awards"]:
        named = set()
        for cat in award["categories"]:
            for recipient in cat["recipients"] or [None]:
                row = recipient_fields(recipient)
                award_rows.append({"award": award["name"], "year": award["year"], "category": cat["name"],
                                   "count": cat["count"], **row})
                named.add((row["recipient"], row["work"]))
        for recipient in award["recipients"]:
            row = recipient_fields(recipient)
            if (row["recipient"], row["work"]) not in named:
                award_rows.append({"award": award["name"], "year": award["year"], "category": None,
                                   "count": None, **row})
        if not award["categories"] and not award["recipients"]:
            award_rows.append({"award": award["name"], "year": award["year"]})
    rows = {
        "articles": [{
            "source_file": record["source_file"], "title": record["title"], "published": record["published"],
            "source": record["source"], "source_url": record["source_url"], "authors": _joined(record["authors"]),
            "photographers": _joined(record["photographers"]), "body_chars": len(record["body"]),
            "sentences": record["stats"]["sentences"], "words": record["stats"]["words"],
            "people": len(record["people"]), "organisations": len(record["organisations"]),
            "locations": len(record["locations"]), "dates": len(record["dates"]), "figures": len(record["figures"]),
            "awards": len(record["awards"]), "removed_blocks": len(record["removed"]),
        }],
        "people": [{"name": p["name"], "aliases": _joined(p.get("aliases", [])), "titles": _joined(p["titles"]),
                    "honorifics": _joined(p["honorifics"]),
                    "degrees": _joined(p["degrees"]), **first(p)} for p in record["people"]],
        "organisations": [{"name": o["name"], "aliases": _joined(o["aliases"]), **first(o)}
                          for o in record["organisations"]],
        "locations": [{"name": x["name"], **first(x)} for x in record["locations"]],
        "dates": record["dates"],
        "figures": record["figures"],
        "awards": award_rows,
        "positions": [{**p, "qualifiers": _joined(p["qualifiers"])} for p in record.get("positions", [])],
        "removed": record["removed"],
    }
    return {name: [{"article_id": aid, **row} for row in table] for name, table in rows.items()}


def csv_text(name: str, rows: Iterable[dict[str, Any]], columns: tuple[str, ...] | None = None) -> str:
    """A table as CSV text with a fixed column order (Excel opens it with the BOM we add)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns or TABLES[name], extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buffer.getvalue()


def write_article(out: Path, record: dict[str, Any]) -> None:
    """One line of JSON: json's C encoder only runs without indentation (`jq .` shows it indented)."""
    write_atomic(out / "json" / f"{record['id']}.json", json.dumps(record, ensure_ascii=False) + "\n", durable=False)


def read_records(out: Path, problems: list[dict[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """Every per-article record in `out/json/`, one at a time, in id order."""
    for _, record in _read_json(out, problems):
        yield record


def _read_json(out: Path, problems: list[dict[str, Any]] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every per-article file of `out/json/` as its text and its record, in id order; a file
    that is not a record (edited by hand, cut short by a full disk) is reported and skipped."""
    for path in sorted((out / "json").glob("*.json")):
        try:
            text = path.read_text(encoding="utf-8")
            record = json.loads(text)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as err:
            if problems is not None:
                problems.append(problem(f"json/{path.name}", err, path.stem))
            continue
        yield text.rstrip("\n") + "\n", record


def problem(output: str, reason: BaseException | str, article_id: Any = None, table: str | None = None
            ) -> dict[str, Any]:
    """One line for run_report.json: what could not go into an output, and why; the rest
    of the output is built."""
    if isinstance(reason, BaseException):
        reason = f"{type(reason).__name__}: {reason}"
    return {"output": output, "table": table, "article_id": article_id, "reason": str(reason)[:300]}


def rows_of(record: dict[str, Any], problems: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]] | None:
    """A record's table rows; None, reported, when they cannot be made (a record edited
    by hand, of another version): it is left out of the tables and the others go on."""
    try:
        return table_rows(record)
    except Exception as err:
        problems.append(problem("tables", err, record.get("id")))
        return None


Consumer = Callable[[dict[str, Any], dict[str, list[dict[str, Any]]]], None]


def consume(output: str, consumer: Consumer, record: dict[str, Any], rows: dict[str, list[dict[str, Any]]],
            problems: list[dict[str, Any]]) -> None:
    """One article into one output; if that output cannot take it, it is reported and the
    output goes on with the next article."""
    try:
        consumer(record, rows)
    except Exception as err:
        problems.append(problem(output, err, record.get("id")))


def write_tables(out: Path, consumers: Iterable[tuple[str, Consumer]] = (),
                 problems: list[dict[str, Any]] | None = None) -> dict[str, int]:
    """articles.jsonl and one CSV per table, streamed from `json/` (so memory does not grow
    with the corpus), each written to a temporary file and renamed. CSVs are UTF-8 with a
    BOM so Excel shows the diacritics. Each consumer (an output's name and its function)
    gets every record with its table rows in the same pass (the corpus view, the
    database). What cannot be written goes into `problems`. Returns the number of
    entities found per type."""
    problems = [] if problems is None else problems
    handles: dict[str, Any] = {}
    writers: dict[str, Any] = {}  # csv writers; they write None as an empty cell
    temps: dict[Path, Path] = {}
    counts = {"people": 0, "organisations": 0, "locations": 0, "dates": 0, "figures": 0, "awards": 0}
    try:
        for name, columns in [*TABLES.items(), ("articles.jsonl", ())]:
            final = out / (name if name.endswith(".jsonl") else f"{name}.csv")
            temps[final] = temp_beside(final)
            handles[name] = temps[final].open("w", encoding="utf-8", newline="")
            if columns:
                handles[name].write("\ufeff")
                writers[name] = csv.writer(handles[name], lineterminator="\n")
                writers[name].writerow(columns)
        for text, record in _read_json(out, problems):
            rows = rows_of(record, problems)
            if rows is None:
                continue
            handles["articles.jsonl"].write(text)  # one line of JSON already (write_article)
            for name, table in rows.items():
                columns = TABLES[name]
                writers[name].writerows([row.get(c) for c in columns] for row in table)
            for output, consumer in consumers:
                consume(output, consumer, record, rows, problems)
            for key in counts:
                counts[key] += len(record[key])
        for handle in handles.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        for final, tmp in temps.items():
            os.replace(tmp, final)
    finally:
        for handle in handles.values():
            handle.close()
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
    return counts
