"""The corpus view: one row per person, body, place and award category across every
article, rebuilt from the per-article JSON files at the end of every run (in the pass
that writes the CSVs).

Resolution across articles uses the same keys as within one: a person by folded
name, an organisation by its expanded, folded name (`Viện Sáng tạo và CĐS` meets
`Viện Sáng tạo và Chuyển đổi số`), an award by folded name and year, a category by
canonical name, a shortened category joining the full one it is a prefix of.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import regex

from pipeline.export import LIST_SEPARATOR, csv_text, recipient_fields
from pipeline.files import write_atomic
from pipeline.names import canonical, entity_key, is_cut_short
from pipeline.tables import BY_NAME
from pipeline.text import fold, unique_by_fold


class People:
    """People across articles, by folded name, with every title they were given."""

    def __init__(self) -> None:
        self.groups: dict[str, dict[str, Any]] = {}

    def add(self, record: dict[str, Any]) -> None:
        for person in record["people"]:
            row = self.groups.setdefault(fold(person["name"]), {"name": person["name"], "titles": [], "ids": {}})
            row["titles"] = unique_by_fold([*row["titles"], *person["titles"]])
            row["ids"][record["id"]] = None

    def rows(self) -> list[dict[str, Any]]:
        return [{"name": r["name"], "titles": r["titles"], "article_ids": list(r["ids"]), "articles": len(r["ids"])}
                for r in self.groups.values()]


class Organisations:
    """Bodies across articles, by expanded folded name; the fullest form names them."""

    def __init__(self) -> None:
        self.forms: dict[str, list[str]] = {}
        self.ids: dict[str, dict[str, None]] = {}

    def add(self, record: dict[str, Any]) -> None:
        for org in record["organisations"]:
            key = entity_key(org["name"])
            self.forms.setdefault(key, []).extend([org["name"]] * len(org["mentions"]) + org["aliases"])
            self.ids.setdefault(key, {})[record["id"]] = None

    def rows(self) -> list[dict[str, Any]]:
        """One row per name shown: two bodies kept apart by their keys can be shown by the same
        form (`Ủy ban nhân dân tỉnh` is the commonest form of a province's committee on a page
        that rarely names the province), and the table is keyed by the name, so they are one row."""
        by_name: dict[str, dict[str, Any]] = {}
        for key, written in self.forms.items():
            name, aliases = canonical(written)
            row = by_name.setdefault(name, {"name": name, "aliases": [], "ids": {}})
            row["aliases"] = list(dict.fromkeys([*row["aliases"], *(a for a in aliases if a != name)]))
            row["ids"].update(self.ids[key])
        return [{"name": r["name"], "aliases": r["aliases"], "articles": len(r["ids"]), "article_ids": list(r["ids"])}
                for r in by_name.values()]


class Locations:
    """Places across articles, by folded name."""

    def __init__(self) -> None:
        self.groups: dict[str, dict[str, Any]] = {}

    def add(self, record: dict[str, Any]) -> None:
        for place in record["locations"]:
            self.groups.setdefault(fold(place["name"]), {"name": place["name"], "ids": {}})["ids"][record["id"]] = None

    def rows(self) -> list[dict[str, Any]]:
        return [{"name": r["name"], "article_ids": list(r["ids"]), "articles": len(r["ids"])}
                for r in self.groups.values()]


class Awards:
    """One entry per award (name, year) with its categories merged across articles."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, int | None], dict[str, Any]] = {}

    def add(self, record: dict[str, Any]) -> None:
        for award in record["awards"]:
            key = (fold(award["name"] or ""), award["year"])
            entry = self.found.setdefault(key, {"award": award["name"], "year": award["year"], "categories": {},
                                                "recipients": {}, "article_ids": []})
            entry["article_ids"].append(record["id"])
            for recipient in award["recipients"]:
                _add_recipient(entry["recipients"], recipient, record["id"])
            for cat in award["categories"]:
                ckey = fold(cat["name"])
                host = next((k for k in entry["categories"] if k == ckey or is_cut_short(ckey, k) or
                             is_cut_short(k, ckey)), ckey)
                slot = entry["categories"].pop(host, {"name": cat["name"], "counts": [], "recipients": {},
                                                      "article_ids": []})
                if len(cat["name"]) > len(slot["name"]):
                    slot["name"] = cat["name"]
                if cat["count"] is not None:
                    slot["counts"].append(cat["count"])
                slot["article_ids"].append(record["id"])
                for recipient in cat["recipients"]:
                    _add_recipient(slot["recipients"], recipient, record["id"])
                entry["categories"][fold(slot["name"])] = slot

    def entries(self) -> list[dict[str, Any]]:
        return list(self.found.values())


def _add_recipient(found: dict[tuple[str, str], dict[str, Any]], recipient: dict[str, Any] | str, rid: str) -> None:
    """One winner (with the work it won with) across the articles that name it."""
    row = recipient_fields(recipient)
    key = (fold(row["recipient"] or ""), fold(row["work"] or ""))
    found.setdefault(key, {**row, "ids": []})["ids"].append(rid)


def _recipient_columns(found: dict[str, Any]) -> dict[str, Any]:
    return {k: found[k] for k in ("recipient", "recipient_kind", "work")}


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
                rows.append({**base, **_recipient_columns(recipient), "articles": len(ids), "article_ids": ids})
            if not cat["recipients"]:
                ids = list(dict.fromkeys(cat["article_ids"]))
                rows.append({**base, **recipient_fields(None), "articles": len(ids), "article_ids": ids})
        for key, recipient in entry["recipients"].items():
            if key not in named:
                ids = list(dict.fromkeys(recipient["ids"]))
                rows.append({"award": entry["award"], "year": entry["year"], "category": None, "count": None,
                             **_recipient_columns(recipient), "articles": len(ids), "article_ids": ids})
    return rows


class Positions:
    """Who held which post: one entry per person, role and body, with the dates of the
    articles that say so."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(self, record: dict[str, Any]) -> None:
        seen = _article_date(record)
        for p in record.get("positions", []):
            key = (fold(p["person"]), fold(p["role"]), entity_key(p["body"] or ""))
            entry = self.found.setdefault(key, {"person": p["person"], "role": p["role"], "body": p["body"],
                                                "qualifiers": [], "dates": [], "ids": []})
            entry["qualifiers"] += [q for q in p["qualifiers"] if q not in entry["qualifiers"]]
            entry["ids"].append(record["id"])
            if seen:
                entry["dates"].append(seen)

    def rows(self) -> list[dict[str, Any]]:
        rows = []
        for entry in sorted(self.found.values(), key=lambda e: (fold(e["person"]), fold(e["role"]))):
            ids = list(dict.fromkeys(entry["ids"]))
            rows.append({"person": entry["person"], "role": entry["role"], "body": entry["body"],
                         "qualifiers": entry["qualifiers"], "first_seen": min(entry["dates"], default=None),
                         "last_seen": max(entry["dates"], default=None), "articles": len(ids), "article_ids": ids})
        return rows


_ISO_DATE = regex.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def _article_date(record: dict[str, Any]) -> str | None:
    """When an article speaks: its publication date, else the latest date it gives."""
    if record.get("published"):
        return str(record["published"])
    given = [str(d.get("value")) for d in record.get("dates", []) if _ISO_DATE.fullmatch(str(d.get("value")))]
    return max(given, default=None)


class Corpus:
    """The five tables of the corpus view, fed one record at a time (export.write_tables)."""

    def __init__(self) -> None:
        self.people, self.organisations, self.locations, self.awards = People(), Organisations(), Locations(), Awards()
        self.positions = Positions()

    def add(self, record: dict[str, Any], _rows: dict[str, list[dict[str, Any]]]) -> None:
        for table in (self.people, self.organisations, self.locations, self.awards, self.positions):
            table.add(record)

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        return {"people": self.people.rows(), "organisations": self.organisations.rows(),
                "locations": self.locations.rows(), "awards": award_rows(self.awards.entries()),
                "positions": self.positions.rows()}

    def write(self, out: Path) -> dict[str, list[dict[str, Any]]]:
        """`out/corpus/`: a CSV per table and corpus.json; returns the tables."""
        tables = self.tables()
        folder = out / "corpus"
        for name, rows in tables.items():
            columns = BY_NAME[f"corpus_{name}"].column_names
            write_atomic(folder / f"{name}.csv", "\ufeff" + csv_text(name, map(flat, rows), columns=columns))
        write_atomic(folder / "corpus.json", json.dumps(tables, ensure_ascii=False, indent=1) + "\n")
        return tables


def flat(row: dict[str, Any]) -> dict[str, Any]:
    """A corpus row for a table cell: lists joined."""
    return {k: LIST_SEPARATOR.join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
