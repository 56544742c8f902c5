"""Every output table defined once: columns, types and what each column means.

The CSV writer, the Excel workbook, the SQLite database, Datasette's metadata and the
Frictionless data package all read these definitions, so they cannot disagree.
Types are Frictionless Table Schema types (string, integer, number, boolean).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str
    description: str
    category: bool = False  # a few repeated values (kind, rule): pandas reads it as a category


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    path: str = ""

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def file(self) -> str:
        return self.path or f"{self.name}.csv"


ARTICLE_ID = Column("article_id", "string", "The article's id: the input file's stem, or the scraper's id")


def _span_columns() -> tuple[Column, ...]:
    return (Column("start", "integer", "Offset of the mention in the article body (Python string index)"),
            Column("end", "integer", "End offset of the mention in the article body"),
            Column("rule", "string", "The pattern or lexicon that found it: why it was extracted", category=True))


def _entity_columns() -> tuple[Column, ...]:
    return (Column("mentions", "integer", "How many times the article names it"),
            Column("first_start", "integer", "Offset of its first mention in the body"),
            Column("first_end", "integer", "End offset of its first mention"))


def _position_columns() -> tuple[Column, ...]:
    return (Column("person", "string", "The person (as in people.csv)"),
            Column("role", "string", "The role: Phó Chủ tịch, Giám đốc, Bí thư, Đại sứ"),
            Column("body", "string", "The body it is a role in, as in organisations.csv (the article's province "
                                     "filling a bare tỉnh)"),
            Column("qualifiers", "string", "former, acting or standing, separated by '; '"))


ARTICLE_TABLES: tuple[Table, ...] = (
    Table("articles", "Articles", "One row per article: where it came from, its byline, what was found in it.", (
        ARTICLE_ID,
        Column("source_file", "string", "The raw input (and line, for .jsonl) the article came from"),
        Column("title", "string", "The article's title"),
        Column("published", "string", "Publication date, ISO 8601 (YYYY-MM-DD), when the page gives it"),
        Column("source", "string", "The source line (Nguồn: …, Theo …): the outlet or site named"),
        Column("source_url", "string", "The URL of the source line or of the page"),
        Column("authors", "string", "Authors from the byline, separated by '; '"),
        Column("photographers", "string", "Photographers from the byline and photo credits, separated by '; '"),
        Column("body_chars", "integer", "Length of the cleaned body in characters"),
        Column("sentences", "integer", "Number of sentences in the body"),
        Column("words", "integer", "Number of words (underthesea segmentation) in the body"),
        Column("people", "integer", "Distinct people named"),
        Column("organisations", "integer", "Distinct organisations named"),
        Column("locations", "integer", "Distinct places named"),
        Column("dates", "integer", "Date mentions"),
        Column("figures", "integer", "Figure mentions"),
        Column("awards", "integer", "Awards reported"),
        Column("removed_blocks", "integer", "Blocks stripped by cleaning (sidebars, bylines, sources, furniture)"),
    ), primary_key=("article_id",)),
    Table("people", "People", "One row per person per article, with every title seen next to the name.", (
        ARTICLE_ID,
        Column("name", "string", "The person's name, without honorific or degree"),
        Column("aliases", "string", "Other names the article gives the person (a nickname after 'tức', the name "
                                    "without its middle 'Thị'), separated by '; '"),
        Column("titles", "string", "Titles written next to the name, separated by '; '"),
        Column("honorifics", "string", "Words of address (ông, bà, đồng chí), separated by '; '"),
        Column("degrees", "string", "Degrees and honour titles (TS, PGS.TS, NSND), separated by '; '"),
        *_entity_columns(),
    ), primary_key=("article_id", "name")),
    Table("organisations", "Organisations", "One row per body per article, under one canonical name.", (
        ARTICLE_ID,
        Column("name", "string", "Canonical name: the fullest spelling written in the article"),
        Column("aliases", "string", "Other spellings and abbreviations seen, separated by '; '"),
        *_entity_columns(),
    ), primary_key=("article_id", "name")),
    Table("locations", "Places", "One row per place per article.", (
        ARTICLE_ID,
        Column("name", "string", "The place, without its administrative word (tỉnh Bắc Giang -> Bắc Giang)"),
        *_entity_columns(),
    ), primary_key=("article_id", "name")),
    Table("dates", "Dates", "One row per date or period mentioned in an article body.", (
        ARTICLE_ID,
        Column("text", "string", "The date as written"),
        Column("value", "string", "ISO 8601 value: 2023-05-27, 2023-05, 2023-Q1, 2023-H1, 2023, or an interval "
                                  "(2024-01/2024-09 for 9 tháng đầu năm 2024); XXXX-05-27 when the page gives no year; "
                                  "empty if unresolved"),
        Column("granularity", "string", "day, week, month, quarter, half or year", category=True),
        Column("year_inferred", "boolean", "True when the year was not written but taken from the article"),
        Column("range_role", "string", "'from' or 'to' when the date is one end of a range", category=True),
        Column("range_value", "string", "The whole range as an ISO interval (2021/2023-Q1)"),
        Column("time", "string", "Clock time written with the date (HH:MM)"),
        *_span_columns(),
    ), primary_key=("article_id", "start", "end")),
    Table("figures", "Figures", "One row per number that quantifies something (never a date, version or id).", (
        ARTICLE_ID,
        Column("text", "string", "The figure as written"),
        Column("value", "number", "Its value (3,5 tỷ đồng -> 3500000000). The CSV holds the exact digits; news.db "
                                  "stores a value beyond a 64-bit integer as REAL (15 significant digits), the "
                                  "workbook one of more than 15 digits as text"),
        Column("unit", "string", "What it counts, or %, or the currency word with what a price is per (đồng/kg)"),
        Column("of", "number", "The whole it is part of: 10 of 63 (xếp thứ 10/63), 1 of 7 (1 trong 7)"),
        Column("qualifier", "string", "hơn, gần, khoảng, trên, dưới, … when written", category=True),
        Column("currency", "string", "ISO 4217 code for money (VND, USD)", category=True),
        Column("max", "number", "Upper end of a range (10-15% -> 15)"),
        Column("kind", "string", "count, percent, percentage-points, money, rank or share", category=True),
        Column("change", "string", "increase or decrease when written as a change (tăng 12%)", category=True),
        *_span_columns(),
    ), primary_key=("article_id", "start", "end")),
    Table("awards", "Awards", "One row per award category and recipient reported in an article.", (
        ARTICLE_ID,
        Column("award", "string", "The award's name"),
        Column("year", "integer", "The award's year"),
        Column("category", "string", "Canonical category name (abbreviations spelled out, Top for TOP/Tốp)"),
        Column("count", "integer", "Number of winners in the category, when stated"),
        Column("recipient", "string", "A winner named in the article"),
        Column("recipient_kind", "string", "person, organisation, location or work, when known", category=True),
        Column("work", "string", "The work the recipient won with, when named (tác phẩm “X” của tác giả Y)"),
    )),
    Table("positions", "Positions", "One row per person, role and body an article names (from their titles).", (
        ARTICLE_ID,
        *_position_columns(),
        Column("start", "integer", "Offset of the person's mention that gives the title"),
        Column("end", "integer", "End offset of that mention"),
    )),
    Table("removed", "Removed blocks", "Everything cleaning stripped from the pages, and why.", (
        ARTICLE_ID,
        Column("kind", "string", "sidebar, byline, source or furniture", category=True),
        Column("rule", "string", "The rule that stripped it", category=True),
        Column("text", "string", "The text stripped"),
        Column("note", "string", "For a line learned as its site's furniture: the site and how many of its pages "
                                 "carry it"),
    )),
)

CORPUS_TABLES: tuple[Table, ...] = (
    Table("corpus_people", "People across articles", "One row per distinct person in the whole corpus.", (
        Column("name", "string", "The person's name"),
        Column("titles", "string", "Every title seen, separated by '; '"),
        Column("articles", "integer", "Number of articles naming the person"),
        Column("article_ids", "string", "The articles, separated by '; '"),
    ), primary_key=("name",), path="corpus/people.csv"),
    Table("corpus_organisations", "Organisations across articles", "One row per distinct body in the corpus.", (
        Column("name", "string", "Canonical name"),
        Column("aliases", "string", "Every other spelling seen, separated by '; '"),
        Column("articles", "integer", "Number of articles naming the body"),
        Column("article_ids", "string", "The articles, separated by '; '"),
    ), primary_key=("name",), path="corpus/organisations.csv"),
    Table("corpus_locations", "Places across articles", "One row per distinct place in the corpus.", (
        Column("name", "string", "The place"),
        Column("articles", "integer", "Number of articles naming the place"),
        Column("article_ids", "string", "The articles, separated by '; '"),
    ), primary_key=("name",), path="corpus/locations.csv"),
    Table("corpus_awards", "Awards across articles",
          "One row per award category and recipient, merged across every article that reports them.", (
              Column("award", "string", "The award's name"),
              Column("year", "integer", "The award's year"),
              Column("category", "string", "Canonical category name"),
              Column("count", "integer", "Number of winners (the count most articles report)"),
              Column("recipient", "string", "A winner"),
              Column("recipient_kind", "string", "person, organisation, location or work, when known", category=True),
              Column("work", "string", "The work the recipient won with, when named"),
              Column("articles", "integer", "Number of articles reporting it"),
              Column("article_ids", "string", "The articles, separated by '; '"),
          ), path="corpus/awards.csv"),
    Table("corpus_positions", "Who's who",
          "One row per person, role and body across the corpus, with when they were seen in it.", (
              *_position_columns(),
              Column("first_seen", "string", "The earliest date of the articles naming it (publication date, "
                                             "else the latest date the article gives)"),
              Column("last_seen", "string", "The latest such date"),
              Column("articles", "integer", "Number of articles naming it"),
              Column("article_ids", "string", "The articles, separated by '; '"),
          ), path="corpus/positions.csv"),
)

ALL_TABLES: tuple[Table, ...] = ARTICLE_TABLES + CORPUS_TABLES
BY_NAME = {t.name: t for t in ALL_TABLES}
