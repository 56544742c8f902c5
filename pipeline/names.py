"""One entity written several ways, one name: abbreviations spelled out, the key that
mentions of one body share, the form shown for it, and when a shorter name is a longer
one cut short.

Both the extractors (within an article) and the corpus view (across articles) merge
names by these rules, so they live apart from either: the corpus tables are built in a
process that never loads the extractors' grammars.
"""

from __future__ import annotations

import bisect
from functools import cache, lru_cache

import regex

from pipeline import lexicon
from pipeline.text import fold

# A name written shorter in one place (`…công nghiệp 4.0`) than in another
# (`…công nghiệp 4.0 và chuyển đổi số`) is the same one when it keeps this many words.
MIN_PREFIX_WORDS = 5


def expand(name: str) -> str:
    """Abbreviations spelled out, capitalised as in a name: `Viện Sáng tạo và CĐS` ->
    `Viện Sáng tạo và Chuyển đổi số`."""
    table = lexicon.mapping("abbreviations")

    def spelled(token: str) -> str:
        word = token if token in table else token.removesuffix(".")  # "TP." is "TP" with its full stop
        return table[word][:1].upper() + table[word][1:] if word in table else token

    return " ".join(map(spelled, name.split()))


# `Hội đồng nhân dân (HĐND) tỉnh`: a short form given in brackets inside the name
_BRACKETED = regex.compile(r"\s*\([^()]*\)")
# `Sở GD & ĐT` is `Sở GD&ĐT`
_AMPERSAND = regex.compile(r"\s*&\s*")
# a body's name opened by a generic word keeps this many words without it
MIN_NAME_WORDS = 2


@lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """What two mentions share when they name one body: expanded and folded, the short form
    in brackets left out, `&` unspaced, a generic opening word dropped (`Trường Đại học Vinh`
    is `Đại học Vinh`), a province written one way, after its unit word (`Công an Bắc Kạn` is
    `Công an tỉnh Bắc Kạn`, `UBND TP.HCM` is `UBND thành phố Hồ Chí Minh`), so that `UBND
    tỉnh` stays the start of `UBND tỉnh Bắc Kạn`."""
    key = fold(expand(_AMPERSAND.sub("&", _BRACKETED.sub("", name)) or name))
    words = key.split()
    for opener in _openers():
        if key.startswith(opener + " ") and len(words) - len(opener.split()) >= MIN_NAME_WORDS:
            key = key[len(opener) + 1:]
            break
    key = _province_written().sub(_with_unit, key)
    return _final_y().sub(lambda m: m[1] + lexicon.mapping("i_spelled_y")[m[2]], key)


@cache
def _final_y() -> regex.Pattern[str]:
    """A syllable ending with y after a consonant (`sỹ`, `kỹ`; not `quý`, `tuy`, `yên`)."""
    ys = "".join(lexicon.mapping("i_spelled_y"))
    return regex.compile(rf"(?<![^\s])(ch|gh|kh|ng|nh|ph|th|tr|[bcdđghklmnrstvx])([{ys}])(?![^\s])")


def _with_unit(found: regex.Match[str]) -> str:
    province = _province_aliases().get(found["place"], found["place"])
    if province not in _provinces():
        return province  # a country
    return ("thành phố " if province in _central_cities() else "tỉnh ") + province


@cache
def _provinces() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in lexicon.table("places") if row[1] == "province")


@cache
def _central_cities() -> frozenset[str]:
    return frozenset(fold(c) for c in lexicon.words("central_cities"))


@cache
def _openers() -> tuple[str, ...]:
    return tuple(fold(w) for w in lexicon.words("body_openers"))


@cache
def _province_aliases() -> dict[str, str]:
    """Another way of writing a province (`tp.hcm`), folded -> the province, folded."""
    provinces = province_and_country_keys()
    units = [fold(u) for u in lexicon.words("province_units")]
    out = {}
    for alias, full in lexicon.mapping("place_aliases").items():
        key = fold(full)
        for unit in units:  # `Thành phố Hồ Chí Minh` is the province `Hồ Chí Minh`
            if key.startswith(unit + " ") and key[len(unit) + 1:] in provinces:
                key = key[len(unit) + 1:]
        if key in provinces:
            out[fold(alias)] = key
    return out


@cache
def _province_written() -> regex.Pattern[str]:
    """A province or country in a folded key, with the unit word before it if any: matched to
    write it one way (`bắc kạn` -> `tỉnh bắc kạn`)."""
    units = lexicon.alternation([fold(u) for u in lexicon.words("province_units")])
    names = lexicon.alternation([*province_and_country_keys(), *_province_aliases()])
    return regex.compile(rf"(?<![^\s])(?:(?:{units})\s+)?(?P<place>{names})(?![^\s])")


# a place after a body's name (`UBND xã Vĩnh Thịnh` beside `UBND xã`) is this long at most
MAX_PLACE_WORDS = 4


def fuller_bodies(keys: list[str], places: frozenset[str]) -> dict[str, str]:
    """Each body's key written shorter (`ubnd xã`, `đảng bộ`, `tập đoàn`) -> the key of the one
    body the article names in full (`ubnd xã vĩnh thịnh`, `đảng bộ huyện hà trung`, `tập đoàn
    dầu khí …`): the fuller name adds a place (a unit word and its name, a province or one of
    the article's places), or the shorter is a bare head word. When the article names two such
    bodies (`UBND xã A`, `UBND xã B`), the shorter stays apart: it may be either."""
    out = {}
    ordered = sorted(keys)  # the keys that go on from `short` stand together, from `short ` on
    for short in keys:
        opening, longer = short + " ", []
        at = bisect.bisect_left(ordered, opening)
        while at < len(ordered) and ordered[at].startswith(opening):
            if _adds_place_or_name(short, ordered[at], places):
                longer.append(ordered[at])
            at += 1
        longest = max(longer, key=len, default=None)
        if longest and all(longest.startswith(k + " ") or k == longest for k in longer):  # one body
            out[short] = longest
    return {short: _fullest(out, short) for short in out}


def _fullest(fuller: dict[str, str], key: str) -> str:
    """`ubnd` -> `ubnd xã` -> `ubnd xã vĩnh thịnh`: the end of the chain."""
    while key in fuller:
        key = fuller[key]
    return key


def _adds_place_or_name(short: str, long: str, places: frozenset[str]) -> bool:
    """`long` is `short` and a place (`… huyện Hà Trung`, `… - Hà Nội`, `… Hà Trung` after a
    short name ending with its unit word), or `short` is a bare head word. A foreign country
    does not count: without it, a ministry or a firm is the home one (`Bộ Quốc phòng` beside `Bộ Quốc
    phòng Lào`, a group beside its Vietnamese arm)."""
    rest = long[len(short) + 1:].removeprefix("- ")
    words = len(rest.split())
    if short in _heads() or (rest in places and rest not in _foreign()):  # `Bộ Quốc phòng` is not Laos's
        return True
    after_unit = any(short.endswith(" " + u) for u in unit_words())
    with_unit = any(rest == u or rest.startswith(u + " ") for u in unit_words())
    return 0 < words <= MAX_PLACE_WORDS + with_unit and (with_unit or after_unit)


@cache
def _heads() -> frozenset[str]:
    """Head words that name a body alone only as a back-reference (`Tập đoàn`, `Đảng bộ`,
    `Ban Tổ chức`)."""
    return frozenset(fold(row[0]) for row in lexicon.table("org_heads")) | frozenset(
        fold(w) for w in lexicon.words("event_committees"))


@cache
def unit_words() -> frozenset[str]:
    """The administrative units' words, folded (`xã`, `huyện`, `thành phố`, `tp`)."""
    return frozenset(fold(u) for u in lexicon.words("admin_units") | lexicon.words("province_units"))


def has_abbreviation(name: str) -> bool:
    return any(t in lexicon.mapping("abbreviations") for t in name.split())


def canonical(forms: list[str]) -> tuple[str, tuple[str, ...]]:
    """The name to show for one entity written several ways, and its aliases.

    The most frequent form with no abbreviation wins (`Viện Sáng tạo và Chuyển đổi số`
    over `Viện Sáng tạo và CĐS`); the full spelling of an abbreviated form is an alias.
    """
    counts: dict[str, int] = {}
    for f in forms:
        counts[f] = counts.get(f, 0) + 1
    order = {f: k for k, f in reversed(list(enumerate(forms)))}
    ranked = sorted(counts, key=lambda f: (has_abbreviation(f), -counts[f], order[f]))
    name = ranked[0]
    aliases: dict[str, str] = {}
    for f in [*ranked[1:], *(expand(f) for f in ranked)]:
        if f != name:
            aliases.setdefault(f, f)
    return name, tuple(aliases)


def is_cut_short(short: str, long: str) -> bool:
    """`short` is `long` cut after a few words (at least MIN_PREFIX_WORDS of them)."""
    words = short.split()
    return len(words) >= MIN_PREFIX_WORDS and long.split()[:len(words)] == words


@cache
def province_and_country_keys() -> frozenset[str]:
    """Provinces and countries, folded: names that are places whatever stands around them
    (a credit naming one credits no person; a body's name may end with one). Districts are
    too many and share names with people (Thanh Bình, Lê Chân)."""
    return _provinces() | _countries()


@cache
def _countries() -> frozenset[str]:
    return frozenset(fold(w) for w in lexicon.words("countries"))


@cache
def _foreign() -> frozenset[str]:
    return _countries() - {fold(w) for w in lexicon.words("home_country")}
