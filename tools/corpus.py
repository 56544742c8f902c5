"""The annotated corpus of real pages: store a page as found, check a rebuilt folder, count.

usage:
  python tools/corpus.py add --url URL --section S --query Q --rank N [--award] [--year Y]
                             [--site-kind K] [--truncated] [--set NAME] FILE
  python tools/corpus.py check [PAGES_DIR]     every manifest page present with its hash; no dev or reserved site
  python tools/corpus.py stats                 pages by section, year, site kind; sites; award pages
  python tools/corpus.py restore --url URL FILE  put back one manifest page from its search excerpt
  python tools/corpus.py missing [--ids A,B]   the pages not yet rebuilt, one query a line, most pages first

Page texts are third-party text: they live in the git-ignored `.corpus/pages/<site>/<id>.txt`
and never enter git. What is committed is `corpus/manifest.jsonl` (one page a line: id,
address, site, section, the query that finds the page in the stored public pages and its
rank, the length kept and the SHA-256 of the stored text) and the annotations beside it.

A page is stored exactly as the search excerpt gives it, with two mechanical exceptions
that a rebuild repeats: the search tool's ` date YYYY-MM-DD ` prefix (metadata, not page
text) is dropped and kept in the manifest as `search_date`; and an excerpt that the search
tool cut mid-sentence (`--truncated`) is cut after its last complete sentence, the kept
length recorded as `chars`.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
MANIFEST = CORPUS / "manifest.jsonl"
PAGES = ROOT / ".corpus" / "pages"
SHARED_DEV = ROOT.parent / "shared" / "dev"
SECTIONS = ("awards", "politics", "economy", "courts", "accidents", "health", "education", "sports",
            "culture", "international", "business", "society", "science", "environment", "agriculture")
SITE_KINDS = ("national", "provincial", "portal", "trade", "other")

# At most this many pages of one site outside a same-site set: the corpus must speak for many sites.
MAX_PAGES_PER_SITE = 2

SEARCH_DATE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}){0,2})\s+")
# The end of a complete sentence: its mark, closing quotes or brackets, then a space or the
# line's end; the mark must follow a lowercase letter, a digit, a closing quote or bracket or
# `%` (after a capital it ends an abbreviation: `TS.`, `TP.`, `PGS.TS.`).
SENTENCE_END = regex.compile(r"""(?<=[\p{Ll}\d"”’»)\]%])[.!?…]+["”’»)\]]*(?=\s|\Z)""")


def _dev_module():
    sys.path.insert(0, str(SHARED_DEV))
    import reserved_hosts  # noqa: PLC0415  (beside the clone, for developers only)

    return reserved_hosts


def _host(url: str) -> str:
    """The host without `www.`, `m.` or `amp.`: a page's site and its folder."""
    from urllib.parse import urlparse  # noqa: PLC0415

    host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    for prefix in ("www.", "m.", "amp."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host


def _names(url: str) -> set[str]:
    """A site's host, its registered domain and that domain's name without its suffix: a paper
    that moved from `baoxyz.com.vn` to `baoxyz.vn` is the same site."""
    keys = _dev_module().keys(url)
    return keys | {min(keys, key=len).split(".")[0]} if keys else set()


def dev_sites() -> set[str]:
    """Every host, registered domain and domain name of the dev set's pages (never in the corpus)."""
    found: set[str] = set()
    for path in [*SHARED_DEV.glob("gold/*.json"), *SHARED_DEV.glob("sites/gold/*.json"),
                 *SHARED_DEV.glob("retired/*.json")]:
        found |= _names(json.loads(path.read_text(encoding="utf-8"))["page_url"])
    return found - {"blogspot"}


def reserved(urls: list[str]) -> list[str]:
    """The addresses that fall on a reserved site, by the dev set's own check."""
    done = subprocess.run([sys.executable, str(SHARED_DEV / "reserved_hosts.py")], input="\n".join(urls),
                          capture_output=True, text=True, check=False)
    return done.stdout.split()


def read_manifest() -> list[dict]:
    if not MANIFEST.exists():
        return []
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_manifest(rows: list[dict]) -> None:
    """Written beside and moved into place: a reader (a training run, another finder's check)
    sees the old manifest or the new one, never a half-written file."""
    rows = sorted(rows, key=lambda r: r["id"])
    partial = MANIFEST.with_suffix(".jsonl.partial")
    partial.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    partial.replace(MANIFEST)


@contextmanager
def locked():
    """One writer at a time: several finders store pages in parallel."""
    CORPUS.mkdir(exist_ok=True)
    with (CORPUS / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
        fcntl.flock(handle, fcntl.LOCK_UN)


def as_stored(excerpt: str, *, truncated: bool) -> tuple[str, str | None]:
    """(the page text to store, the search date) from an excerpt, by the two mechanical rules."""
    search_date = None
    match = SEARCH_DATE.match(excerpt)
    if match:
        search_date, excerpt = match.group(1), excerpt[match.end():]
    if truncated:
        ends = list(SENTENCE_END.finditer(excerpt))
        if ends:
            excerpt = excerpt[: ends[-1].end()]
    return excerpt.rstrip() + "\n", search_date


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def page_path(row: dict, pages: Path | None = None) -> Path:
    return (pages or PAGES) / row["site"] / f"{row['id']}.txt"


def add(args: argparse.Namespace) -> int:
    excerpt = Path(args.file).read_text(encoding="utf-8")
    text, search_date = as_stored(excerpt, truncated=args.truncated)
    site = _host(args.url)
    if reserved([args.url]):
        print(f"refused: {args.url} is on a reserved site", file=sys.stderr)
        return 1
    if _names(args.url) & dev_sites():
        print(f"refused: {args.url} is on a dev-set site", file=sys.stderr)
        return 1
    with locked():
        rows = read_manifest()
        if any(r["url"] == args.url for r in rows):
            print(f"refused: {args.url} is stored already", file=sys.stderr)
            return 1
        if any(r["sha256"] == sha256(text) for r in rows):
            print("refused: the same text is stored already", file=sys.stderr)
            return 1
        same_site = [r for r in rows if r["site"] == site and not r.get("set")]
        if not args.set and len(same_site) >= MAX_PAGES_PER_SITE:
            print(f"refused: {site} has {len(same_site)} pages already", file=sys.stderr)
            return 1
        number = max((int(r["id"][1:]) for r in rows), default=0) + 1
        row = {"id": f"c{number:03d}", "url": args.url, "site": site, "section": args.section,
               "award": args.award, "year": args.year, "site_kind": args.site_kind, "query": args.query,
               "rank": args.rank, "search_date": search_date, "truncated": args.truncated,
               "chars": len(text), "sha256": sha256(text)}
        if args.set:
            row["set"] = args.set
        path = page_path(row)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        write_manifest([*rows, row])
    print(f"{row['id']} {path.relative_to(ROOT)} ({len(text)} chars)")
    return 0


def check(args: argparse.Namespace) -> int:
    pages = Path(args.pages)
    rows = read_manifest()
    problems = []
    for row in rows:
        path = page_path(row, pages)
        if not path.exists():
            problems.append(f"{row['id']}: missing {path}")
        elif sha256(path.read_text(encoding="utf-8")) != row["sha256"]:
            problems.append(f"{row['id']}: {path} differs from the text stored (sha256)")
    for url in reserved([r["url"] for r in rows]):
        problems.append(f"on a reserved site: {url}")
    banned = dev_sites()
    problems += [f"{r['id']}: on a dev-set site: {r['url']}" for r in rows if _names(r["url"]) & banned]
    for problem in problems:
        print(problem)
    print(f"{len(rows) - len({p.split(':')[0] for p in problems})} of {len(rows)} pages OK")
    return 1 if problems else 0


def restore(args: argparse.Namespace) -> int:
    """A fresh machine has the manifest but not the pages: each is put back from its query's
    answer by the same mechanical rules that stored it, and kept only when its hash agrees."""
    rows = [r for r in read_manifest() if r["url"] == args.url]
    if not rows:
        print(f"not in the manifest: {args.url}", file=sys.stderr)
        return 1
    row = rows[0]
    text, _ = as_stored(Path(args.file).read_text(encoding="utf-8"), truncated=row["truncated"])
    if sha256(text) != row["sha256"]:
        print(f"{row['id']}: the excerpt differs from the text stored ({len(text)} chars, "
              f"{row['chars']} stored)", file=sys.stderr)
        return 1
    path = page_path(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"{row['id']} restored: {path.relative_to(ROOT)}")
    return 0


def missing(args: argparse.Namespace) -> int:
    """One query a line, the queries that give back most missing pages first: a rebuild that
    spends one look-up per line gets the most pages for its budget."""
    wanted = set(args.ids.split(",")) if args.ids else None
    by_query: dict[str, list[dict]] = {}
    for row in read_manifest():
        if (wanted is None or row["id"] in wanted) and not page_path(row).exists():
            by_query.setdefault(row["query"], []).append(row)
    for query, rows in sorted(by_query.items(), key=lambda item: (-len(item[1]), item[1][0]["id"])):
        print("\t".join([query, *(f"{r['id']} {r['url']}" for r in rows)]))
    return 0


def stats(_args: argparse.Namespace) -> int:
    rows = read_manifest()
    sites = Counter(r["site"] for r in rows)
    print(f"{len(rows)} pages, {len(sites)} sites, {sum(r['award'] for r in rows)} award pages")
    sets = Counter(r["set"] for r in rows if r.get("set"))
    print("same-site sets:", ", ".join(f"{k} ({v})" for k, v in sorted(sets.items())) or "none")
    for field in ("section", "site_kind"):
        counts = Counter(r[field] for r in rows)
        print(f"by {field}:", ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    years = Counter((r["year"] // 5 * 5 if r["year"] else None) for r in rows)
    print("by year (5-year bins):", ", ".join(f"{k} {v}" for k, v in sorted(years.items(), key=str)))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_add = sub.add_parser("add", help="store one page as the search excerpt gives it")
    p_add.add_argument("file", help="a file holding the excerpt exactly as the search result gives it")
    p_add.add_argument("--url", required=True)
    p_add.add_argument("--section", required=True, choices=SECTIONS)
    p_add.add_argument("--query", required=True, help="the pages-corpus query that finds the page")
    p_add.add_argument("--rank", required=True, type=int)
    p_add.add_argument("--award", action="store_true", help="a result page whose winners are named")
    p_add.add_argument("--year", type=int, help="the article's year when the page shows it")
    p_add.add_argument("--site-kind", default="other", choices=SITE_KINDS)
    p_add.add_argument("--truncated", action="store_true", help="the excerpt ends mid-sentence")
    p_add.add_argument("--set", help="the same-site set the page belongs to (then no per-site limit)")
    p_add.set_defaults(run=add)
    p_check = sub.add_parser("check", help="a rebuilt folder against the manifest")
    p_check.add_argument("pages", nargs="?", default=str(PAGES))
    p_check.set_defaults(run=check)
    sub.add_parser("stats", help="the corpus by section, year and site kind").set_defaults(run=stats)
    p_restore = sub.add_parser("restore", help="put back one manifest page from its search excerpt")
    p_restore.add_argument("file", help="a file holding the excerpt exactly as the search result gives it")
    p_restore.add_argument("--url", required=True)
    p_restore.set_defaults(run=restore)
    p_missing = sub.add_parser("missing", help="the pages not yet rebuilt, grouped by query")
    p_missing.add_argument("--ids", help="only these page ids (comma-separated)")
    p_missing.set_defaults(run=missing)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
