"""`report.html`: the page a person reads first. Self-contained (no network): the run,
its failures, the corpus tables, a timeline of the dates found, and each article with
its entities highlighted by type; clicking a highlight shows the rule that found it.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path
from typing import Any

from pipeline.export import read_records
from pipeline.files import REPORT, write_atomic

# A report of a 10,000-article scrape stays readable and small: the first articles in
# full, the corpus tables to this many rows (the CSVs and news.db have everything).
MAX_ARTICLES = 100
MAX_TABLE_ROWS = 300
LABELS = {"person": "người", "organisation": "tổ chức", "location": "địa danh", "date": "thời gian",
          "figure": "số liệu"}
CHART_WIDTH, CHART_HEIGHT, CHART_MARGIN = 900, 180, 30

STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 2rem;
color:#1d2733;line-height:1.5}
h1{margin-bottom:.2rem}h2{border-bottom:2px solid #dde3ea;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}td,th{border:1px solid #dde3ea;padding:.2rem .5rem;
text-align:left;vertical-align:top}th{background:#f3f6f9}
.summary span{display:inline-block;margin-right:1.2rem;font-weight:600}.failed{color:#a4262c}
article{border:1px solid #dde3ea;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
article .meta{color:#5b6b7b;font-size:.85rem}.body{white-space:pre-wrap}
mark{cursor:pointer;border-radius:3px;padding:0 1px}mark.person{background:#ffd6a5}mark.organisation{background:#caffbf}
mark.location{background:#9bf6ff}mark.date{background:#bdb2ff}mark.figure{background:#ffc6ff}
mark.selected{outline:2px solid #1d2733}
.legend mark{margin-right:.6rem}
#why{position:fixed;right:1rem;bottom:1rem;max-width:24rem;background:#1d2733;color:#fff;padding:.6rem .8rem;
border-radius:6px;font-size:.85rem;display:none}
svg text{font-size:11px;fill:#5b6b7b}svg rect.bar{fill:#6c8ebf}
"""

SCRIPT = """
(function(){
  var why=document.getElementById('why');
  function show(m){
    document.querySelectorAll('mark.selected').forEach(function(x){x.classList.remove('selected');});
    m.classList.add('selected');
    why.textContent=m.dataset.label+': '+m.textContent+' \\u2014 rule: '+m.dataset.rule+
      (m.dataset.value?' \\u2014 '+m.dataset.value:'');
    why.style.display='block';
  }
  document.querySelectorAll('mark[data-rule]').forEach(function(m){
    m.addEventListener('click',function(){show(m);});
  });
  document.body.dataset.highlights=String(document.querySelectorAll('mark[data-rule]').length);
  if(location.hash==='#selftest'){var first=document.querySelector('mark[data-rule]');if(first){first.click();}}
  document.body.dataset.ready='yes';
})();
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _highlighted(record: dict[str, Any]) -> str:
    """The body with every mention wrapped in a <mark>; overlapping mentions keep the first."""
    spans = []
    for label, field in (("person", "people"), ("organisation", "organisations"), ("location", "locations")):
        for entity in record[field]:
            for m in entity["mentions"]:
                spans.append((m["start"], m["end"], label, m.get("rule", ""), entity["name"]))
    for d in record["dates"]:
        spans.append((d["start"], d["end"], "date", d["rule"], d["value"] or "unresolved"))
    for f in record["figures"]:
        spans.append((f["start"], f["end"], "figure", f["rule"], f"{f['value']} {f['unit'] or ''}".strip()))
    body, out, cursor = record["body"], [], 0
    for start, end, label, rule, value in sorted(spans):
        if start < cursor:
            continue
        out.append(_e(body[cursor:start]))
        out.append(f'<mark class="{label}" data-label="{LABELS[label]}" data-rule="{_e(rule)}" '
                   f'data-value="{_e(value)}">{_e(body[start:end])}</mark>')
        cursor = end
    out.append(_e(body[cursor:]))
    return "".join(out)


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in row) + "</tr>" for row in rows[:MAX_TABLE_ROWS])
    more = f"<p>… {len(rows) - MAX_TABLE_ROWS} more rows in the CSV.</p>" if len(rows) > MAX_TABLE_ROWS else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _timeline(periods: Counter[str]) -> str:
    """Dates found per year, as an inline SVG bar chart."""
    if not periods:
        return "<p>No dates found.</p>"
    keys = sorted(periods)
    top = max(periods.values())
    slot = (CHART_WIDTH - 2 * CHART_MARGIN) / len(keys)
    bars = []
    for i, key in enumerate(keys):
        height = (CHART_HEIGHT - 2 * CHART_MARGIN) * periods[key] / top
        x = CHART_MARGIN + i * slot
        y = CHART_HEIGHT - CHART_MARGIN - height
        bars.append(f'<rect class="bar" x="{x + 1:.1f}" y="{y:.1f}" width="{max(slot - 2, 1):.1f}" '
                    f'height="{height:.1f}"><title>{_e(key)}: {periods[key]}</title></rect>')
        if len(keys) <= 24 or i % max(1, len(keys) // 12) == 0:
            bars.append(f'<text x="{x + slot / 2:.1f}" y="{CHART_HEIGHT - 10}" text-anchor="middle">{_e(key)}</text>')
    return (f'<svg id="timeline" role="img" aria-label="dates found per period" width="{CHART_WIDTH}" '
            f'height="{CHART_HEIGHT}" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}">{"".join(bars)}</svg>')


class Articles:
    """What the page shows of the articles: dates per year, and the first ones in full.
    Fed by the pass over json/ that writes the tables (export.write_tables)."""

    def __init__(self) -> None:
        self.periods: Counter[str] = Counter()
        self.shown: list[str] = []

    def add(self, record: dict[str, Any], _rows: Any = None) -> None:
        for d in record["dates"]:
            if d["value"] and not d["value"].startswith("X"):  # a year the page does not give is no period
                self.periods[d["value"][:4]] += 1
        if len(self.shown) < MAX_ARTICLES:
            meta = " · ".join(x for x in (record["published"], ", ".join(record["authors"]), record["source"]) if x)
            self.shown.append(f'<article id="a-{_e(record["id"])}"><h3>{_e(record["title"])}</h3>'
                              f'<div class="meta">{_e(record["id"])} · {_e(meta)}</div>'
                              f'<div class="body">{_highlighted(record)}</div></article>')


def build(out: Path, run_report: dict[str, Any], seen: Articles | None = None) -> None:
    """report.html; without `seen` (nothing was rebuilt, the page is missing) json/ is read here."""
    if seen is None:
        seen = Articles()
        for record in read_records(out):
            seen.add(record)
    periods, articles = seen.periods, seen.shown
    try:
        corpus = json.loads((out / "corpus" / "corpus.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # the corpus view could not be built: run_report.json says why
        corpus = {}
    corpus = {key: corpus.get(key, []) for key in ("people", "organisations", "awards")}
    summary = run_report["summary"]
    failures = [[i["input"], i["reason"]] for i in run_report["inputs"] if i["status"] == "failed"]
    failures += [[f"{p['output']} ({p['article_id'] or p['table'] or 'whole output'})", p["reason"]]
                 for p in run_report.get("output_problems", [])]
    stats = "".join(f"<span>{_e(v)} {_e(k)}</span>" for k, v in summary.items())
    page = f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>vnnews report</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{STYLE}</style></head>
<body>
<h1>vnnews report</h1>
<p class="summary">{stats}<span>{_e(run_report["seconds"])} s</span></p>
<h2>Failures</h2>
{_table(["input", "reason"], failures) if failures else "<p>None: every input was processed.</p>"}
<h2>Timeline: dates found per year</h2>
{_timeline(periods)}
<h2>People</h2>
{_table(["name", "titles", "articles"], [[p["name"], "; ".join(p["titles"]), p["articles"]] for p in corpus["people"]])}
<h2>Who's who</h2>
{_table(["person", "role", "body", "qualifiers", "first seen", "last seen", "articles"],
        [[p["person"], p["role"], p["body"], "; ".join(p["qualifiers"]), p["first_seen"], p["last_seen"],
          p["articles"]] for p in corpus.get("positions", [])])}
<h2>Organisations</h2>
{_table(["name", "aliases", "articles"], [[o["name"], "; ".join(o["aliases"]), o["articles"]]
                                          for o in corpus["organisations"]])}
<h2>Awards</h2>
{_table(["award", "year", "category", "count", "recipient", "work", "articles"],
        [[a["award"], a["year"], a["category"], a["count"], a["recipient"], a.get("work"), a["articles"]]
         for a in corpus["awards"]])}
<h2>Articles</h2>
<p class="legend">{"".join(f'<mark class="{k}">{_e(v)}</mark>' for k, v in LABELS.items())}
Click a highlight to see the rule that found it.</p>
{"".join(articles)}
{f"<p>The first {MAX_ARTICLES} articles are shown; every article is in json/.</p>"
 if summary.get("ok", 0) > MAX_ARTICLES else ""}
<div id="why" role="status"></div>
<script>{SCRIPT}</script>
</body></html>
"""
    write_atomic(out / REPORT, page)
