"""One entity written several ways, one name: abbreviations spelled out, the key that
mentions of one body share, the form shown for it, and when a shorter name is a longer
one cut short.

Both the extractors (within an article) and the corpus view (across articles) merge
names by these rules, so they live apart from either: the corpus tables are built in a
process that never loads the extractors' grammars.
"""

from __future__ import annotations

from functools import cache

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


def entity_key(name: str) -> str:
    """What two mentions share when they name one body: expanded, folded."""
    return fold(expand(name))


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
    return frozenset(fold(row[0]) for row in lexicon.table("places") if row[1] == "province") | frozenset(
        fold(w) for w in lexicon.words("countries"))
