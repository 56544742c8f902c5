"""The lexicons the grammar reads, indexed once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pipeline import lexicon
from pipeline.extractors.grammar.tokens import Index, tokens
from pipeline.text import fold


@dataclass(frozen=True)
class Lexicons:
    titles: Index
    honorifics: Index
    degrees: Index
    heads: Index
    unit_heads: frozenset[tuple[str, ...]]
    alone_heads: frozenset[tuple[str, ...]]
    known_orgs: Index
    committees: Index  # Ban Tổ chức, Ban Giám khảo: named by their role; the event they serve follows
    media_heads: Index  # báo, tạp chí: before an outlet's name, in lowercase
    school_heads: Index  # trường, trường tiểu học: before a school's name, in lowercase
    delegation_heads: Index  # Đoàn: before another body's name, a delegation of it
    lowercase_bodies: Index  # tỉnh ủy, huyện ủy: a body even in lower case
    organs: Index  # ban thường vụ: the organ of the body named after it
    places: Index
    districts: frozenset[str]
    district_index: Index
    wards: Index  # communes and wards: too many and too like given names for a rule, a feature for the tagger
    locatives: frozenset[str]
    admin_units: Index
    zones: Index  # Khu công nghiệp, KKT: a zone's name follows, and the place is the whole phrase
    phrases: Index  # Quản lý thị trường: a name's lowercase words that do not end it
    number_words: frozenset[str]  # "số": a number after it is part of a body's name
    plural_words: frozenset[str]  # "các Phó Thủ tướng A, B": the names listed share the title
    address_words: frozenset[str]  # honorifics of kinship: the name after them is a person's
    province_units: frozenset[str]  # tỉnh, thành phố: the units whose names have aliases (Sài Gòn)
    counted: Index  # năm, tổ chức: a number before one counts it (trong quận 10 năm qua)
    former: frozenset[str]  # nguyên, cựu: written before a title that was held
    surnames: frozenset[str]
    connectors: frozenset[str]
    suffixes: frozenset[str]
    place_aliases: dict[str, str]  # folded written form -> canonical name
    # the lowercase tokens that can begin something: an honorific, a title, a degree, an
    # administrative unit or a party committee (`ông`, `chủ tịch`, `thạc sĩ`, `tỉnh`, `đảng ủy`);
    # names and other bodies are capitalised
    lowercase_starts: frozenset[str]
    prize_levels: frozenset[str]  # folded: giải nhất, giải vàng (a level, not an award's name)


@cache
def lexicons() -> Lexicons:
    heads = lexicon.table("org_heads")
    places = lexicon.table("places")
    aliases = lexicon.mapping("place_aliases")
    return Lexicons(
        titles=Index(lexicon.words("titles")),
        former=frozenset(lexicon.words("former_words")),
        honorifics=Index(lexicon.words("honorifics")),
        degrees=Index(lexicon.words("degrees")),
        heads=Index(row[0] for row in heads),
        unit_heads=frozenset(tuple(t.key for t in tokens(row[0])) for row in heads if row[1] == "yes"),
        alone_heads=frozenset(tuple(t.key for t in tokens(row[0])) for row in heads if row[1] == "alone"),
        known_orgs=Index(lexicon.words("known_organisations")),
        committees=Index(lexicon.words("event_committees")),
        media_heads=Index(lexicon.words("media_heads")),
        school_heads=Index(lexicon.words("school_heads")),
        delegation_heads=Index(lexicon.words("delegation_heads")),
        lowercase_bodies=Index(lexicon.words("lowercase_bodies")),
        organs=Index(lexicon.words("body_organs")),
        places=Index([row[0] for row in places if row[1] == "province"] + list(lexicon.words("countries"))
                      + list(aliases)),
        districts=frozenset(row[0] for row in places if row[1] == "district"),
        district_index=Index(row[0] for row in places if row[1] == "district"),
        wards=Index(row[0] for row in places if row[1] == "ward"),
        locatives=frozenset(lexicon.words("locative_words")),
        admin_units=Index(lexicon.words("admin_units")),
        zones=Index(lexicon.words("zones")),
        phrases=Index(lexicon.words("name_phrases")),
        number_words=frozenset(lexicon.words("name_number_words")),
        plural_words=frozenset(lexicon.words("plural_words")),
        address_words=frozenset(lexicon.words("address_words")),
        province_units=frozenset(w.lower() for w in lexicon.words("province_units")),
        counted=Index(lexicon.words("count_units")),
        surnames=frozenset(lexicon.words("surnames")),
        connectors=frozenset(lexicon.words("name_connectors")),
        suffixes=frozenset(lexicon.words("word_suffixes")),
        place_aliases={fold(k): v for k, v in aliases.items()},
        lowercase_starts=frozenset(key[0] for name in ("titles", "honorifics", "degrees", "admin_units", "zones",
                                                       "media_heads", "school_heads", "body_organs")
                                   for key in Index(lexicon.words(name)).keys) | lexicon.words("former_words")
                         | frozenset(key[0] for key in Index(lexicon.words("lowercase_bodies")).keys),
        prize_levels=frozenset(fold(level) for level in lexicon.mapping("prize_levels")),
    )
