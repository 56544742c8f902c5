"""The corpus view: one row per person, body, place and award category across every
article, rebuilt from the per-article JSON files at the end of every run.

Resolution across articles uses the same keys as within one: a person by folded
name, an organisation by its expanded, folded name (`Viện Sáng tạo và CĐS` meets
`Viện Sáng tạo và Chuyển đổi số`), an award by folded name and year, a category by
canonical name, a shortened category joining the full one it is a prefix of.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pipeline.export import LIST_SEPARATOR, csv_text, read_records, write_atomic
from pipeline.extract.awards import MIN_PREFIX_WORDS
from pipeline.extract.entities import canonical, entity_key
from pipeline.tables import BY_NAME
from pipeline.text import fold, unique_by_fold


def people(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for record in records:
        for person in record["people"]:
            row = groups.setdefault(fold(person["name"]), {"name": person["name"], "titles": [], "article_ids": []})
            row["titles"] = unique_by_fold([*row["titles"], *person["titles"]])
            if record["id"] not in row["article_ids"]:
                row["article_ids"].append(record["id"])
    return [{**r, "articles": len(r["article_ids"])} for r in groups.values()]


def organisations(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    forms: dict[str, list[str]] = {}
    ids: dict[str, list[str]] = {}
    for record in records:
        for org in record["organisations"]:
            key = entity_key(org["name"])
            forms.setdefault(key, []).extend([org["name"]] * len(org["mentions"]) + org["aliases"])
            ids.setdefault(key, [])
            if record["id"] not in ids[key]:
                ids[key].append(record["id"])
    rows = []
    for key, written in forms.items():
        name, aliases = canonical(written)
        rows.append({"name": name, "aliases": list(aliases), "articles": len(ids[key]), "article_ids": ids[key]})
    return rows


def locations(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, dict[str, Any]] = {}
    for record in records:
        for place in record["locations"]:
            row = groups.setdefault(fold(place["name"]), {"name": place["name"], "article_ids": []})
            if record["id"] not in row["article_ids"]:
                row["article_ids"].append(record["id"])
    return [{**r, "articles": len(r["article_ids"])} for r in groups.values()]


def _is_prefix(short: str, long: str) -> bool:
    words = short.split()
    return len(words) >= MIN_PREFIX_WORDS and long.split()[:len(words)] == words


def awards(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per award (name, year) with its categories merged across articles."""
    found: dict[tuple[str, int | None], dict[str, Any]] = {}
    for record in records:
        for award in record["awards"]:
            key = (fold(award["name"] or ""), award["year"])
            entry = found.setdefault(key, {"award": award["name"], "year": award["year"], "categories": {},
                                           "recipients": {}, "article_ids": []})
            entry["article_ids"].append(record["id"])
            for recipient in award["recipients"]:
                entry["recipients"].setdefault(fold(recipient), {"name": recipient, "ids": []})["ids"].append(
                    record["id"])
            for cat in award["categories"]:
                ckey = fold(cat["name"])
                host = next((k for k in entry["categories"] if k == ckey or _is_prefix(ckey, k) or
                             _is_prefix(k, ckey)), ckey)
                slot = entry["categories"].pop(host, {"name": cat["name"], "counts": [], "recipients": {},
                                                      "article_ids": []})
                if len(cat["name"]) > len(slot["name"]):
                    slot["name"] = cat["name"]
                if cat["count"] is not None:
                    slot["counts"].append(cat["count"])
                slot["article_ids"].append(record["id"])
                for recipient in cat["recipients"]:
                    slot["recipients"].setdefault(fold(recipient), {"name": recipient, "ids": []})["ids"].append(
                        record["id"])
                entry["categories"][fold(slot["name"])] = slot
    return list(found.values())


def award_rows(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for entry in entries:
        named: set[str] = set()
        for cat in entry["categories"].values():
            # articles disagreeing on a count: the most reported, then the largest
            count = max(Counter(cat["counts"]).items(), key=lambda kv: (kv[1], kv[0]))[0] if cat["counts"] else None
            base = {"award": entry["award"], "year": entry["year"], "category": cat["name"], "count": count}
            for key, recipient in cat["recipients"].items():
                named.add(key)
                ids = list(dict.fromkeys(recipient["ids"]))
                rows.append({**base, "recipient": recipient["name"], "articles": len(ids), "article_ids": ids})
            if not cat["recipients"]:
                ids = list(dict.fromkeys(cat["article_ids"]))
                rows.append({**base, "recipient": None, "articles": len(ids), "article_ids": ids})
        for key, recipient in entry["recipients"].items():
            if key not in named:
                ids = list(dict.fromkeys(recipient["ids"]))
                rows.append({"award": entry["award"], "year": entry["year"], "category": None, "count": None,
                             "recipient": recipient["name"], "articles": len(ids), "article_ids": ids})
    return rows


def build(out: Path) -> dict[str, list[dict[str, Any]]]:
    """Rebuild `out/corpus/` from `out/json/`; returns the tables."""
    tables = {  # one pass over json/ per table: the per-article files are never all in memory
        "people": people(read_records(out)),
        "organisations": organisations(read_records(out)),
        "locations": locations(read_records(out)),
        "awards": award_rows(awards(read_records(out))),
    }
    folder = out / "corpus"
    for name, rows in tables.items():
        flat = [{k: LIST_SEPARATOR.join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
                for row in rows]
        columns = BY_NAME[f"corpus_{name}"].column_names
        write_atomic(folder / f"{name}.csv", "\ufeff" + csv_text(name, flat, columns=columns))
    write_atomic(folder / "corpus.json", json.dumps(tables, ensure_ascii=False, indent=1) + "\n")
    return tables
