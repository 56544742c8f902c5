"""People (with titles), organisations and locations, found from capitalisation,
word segmentation and the lexicons.

Vietnamese capitalises the first syllable of each word of a proper name: `Bộ Khoa học
và Công nghệ`, `Hội Tự động hóa Việt Nam`. So a name is a run of capitalised words,
where a lowercase syllable belongs to the run only when it finishes a capitalised word
(`Khoa học`, by the dictionary or underthesea's segmentation), is a productive suffix
(`Chuyển đổi số`) or is a connector between capitalised words (`và`, `các`). What the
run is comes from its left context: a head word makes an organisation, an
administrative word a place, a title, honorific or degree a person; a surname alone
also starts a person.

The scanner walks syllable tokens left to right; at each position it tries, in order,
a person introduced by an honorific/title/degree, an organisation, a place, and a
person by surname. What one rule takes, no later rule sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from pipeline import lexicon
from pipeline.extractors.dates import MAX_YEAR, MIN_YEAR
from pipeline.model import Article, NameValue, PersonValue, Span
from pipeline.names import expand, province_and_country_keys
from pipeline.text import fold
from pipeline.tokenise import walk

# Vietnamese personal names have 2-4 syllables; 5 allows compound surnames
# (Tôn Nữ Thị Ninh). A longer capitalised run is a headline or a title, not a name.
MAX_NAME_SYLLABLES = 5
# A place after an administrative word is at most this long (Bà Rịa - Vũng Tàu: 4 words).
MAX_PLACE_SYLLABLES = 4
MAX_ZONE_NAME_WORDS = 5  # Khu công nghiệp VSIP Bắc Ninh II
# "Hội khoa học và Kỹ thuật": lowercase words bridged inside a name before "và".
MAX_BRIDGED_LOWERCASE = 2
# a title in brackets after a name runs to this many tokens at most
MAX_BRACKET_TITLE_TOKENS = 30
# syllables of a body's head word (Ban, Ủy ban, Ban Quản lý): an acronym may spell them too
MAX_HEAD_SYLLABLES = 3
# "số 91 Trần Hưng Đạo": a house number has a few digits; a four-digit year is no house number.
MAX_HOUSE_NUMBER_DIGITS = 4

_new_tuple = tuple.__new__
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}\d]*(?:[&.][\p{Lu}\d][\p{Lu}\d]*)*|\d+(?:[.,/]\d+)*|\S")


class Tok(NamedTuple):
    """A syllable or punctuation mark; its properties are computed once, as the scanner
    asks for them millions of times on a large corpus."""

    text: str
    start: int
    end: int
    is_word: bool
    is_cap: bool
    is_abbrev: bool  # UBND, TSKH, PGS.TS: two or more capitals
    key: str  # the lookup key: abbreviations as written, other words lowercase


@lru_cache(maxsize=1 << 16)
def _shape(text: str) -> tuple[bool, bool, bool, str]:
    """A token's is_word, is_cap, is_abbrev and key; cached, as the same syllables recur."""
    cap = text[0].isupper()
    abbrev = cap and len(text) > 1 and sum(map(str.isupper, text)) >= 2
    key = text if abbrev else "-" if text in "–—" else text.lower()
    return text[0].isalpha(), cap, abbrev, key


def tokens(text: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        token = m.group()
        out.append(_new_tuple(Tok, (token, *m.span(), *_shape(token))))  # Tok(...) without its Python __new__
    return out


class _Index:
    """A lexicon as token-tuple keys, for longest-match lookup at a position."""

    def __init__(self, entries: Iterable[str]) -> None:
        self.keys: dict[tuple[str, ...], str] = {}
        for entry in entries:
            key = tuple(t.key for t in tokens(entry))
            if key:
                self.keys[key] = entry
        # entry lengths by first token, longest first: most positions fail on one lookup
        lengths: dict[str, set[int]] = {}
        for key in self.keys:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {first: sorted(ns, reverse=True) for first, ns in lengths.items()}

    def match(self, toks: list[Tok], i: int) -> int:
        """Number of tokens of the longest entry starting at `i` (0 if none), its tokens
        separated by at most one space."""
        if i >= len(toks) or toks[i].key not in self.lengths:
            return 0
        for n in self.lengths[toks[i].key]:
            if i + n <= len(toks) and tuple(t.key for t in toks[i:i + n]) in self.keys and all(
                    toks[j + 1].start - toks[j].end <= 1 for j in range(i, i + n - 1)):
                return n
        return 0


@dataclass(frozen=True)
class _Lexicons:
    titles: _Index
    honorifics: _Index
    degrees: _Index
    heads: _Index
    unit_heads: frozenset[tuple[str, ...]]
    alone_heads: frozenset[tuple[str, ...]]
    known_orgs: _Index
    media_heads: _Index  # báo, tạp chí: before an outlet's name, in lowercase
    delegation_heads: _Index  # Đoàn: before another body's name, a delegation of it
    places: _Index
    districts: frozenset[str]
    district_index: _Index
    locatives: frozenset[str]
    admin_units: _Index
    zones: _Index  # Khu công nghiệp, KKT: a zone's name follows, and the place is the whole phrase
    phrases: _Index  # Quản lý thị trường: a name's lowercase words that do not end it
    number_words: frozenset[str]  # "số": a number after it is part of a body's name
    plural_words: frozenset[str]  # "các Phó Thủ tướng A, B": the names listed share the title
    address_words: frozenset[str]  # honorifics of kinship: the name after them is a person's
    province_units: frozenset[str]  # tỉnh, thành phố: the units whose names have aliases (Sài Gòn)
    counted: _Index  # năm, tổ chức: a number before one counts it (trong quận 10 năm qua)
    former: frozenset[str]  # nguyên, cựu: written before a title that was held
    surnames: frozenset[str]
    connectors: frozenset[str]
    suffixes: frozenset[str]
    place_aliases: dict[str, str]  # folded written form -> canonical name
    # the lowercase tokens that can begin something: an honorific, a title, a degree or
    # an administrative unit (`ông`, `chủ tịch`, `thạc sĩ`, `tỉnh`); names and bodies are capitalised
    lowercase_starts: frozenset[str]


@cache
def _lexicons() -> _Lexicons:
    heads = lexicon.table("org_heads")
    places = lexicon.table("places")
    aliases = lexicon.mapping("place_aliases")
    return _Lexicons(
        titles=_Index(lexicon.words("titles")),
        former=frozenset(lexicon.words("former_words")),
        honorifics=_Index(lexicon.words("honorifics")),
        degrees=_Index(lexicon.words("degrees")),
        heads=_Index(row[0] for row in heads),
        unit_heads=frozenset(tuple(t.key for t in tokens(row[0])) for row in heads if row[1] == "yes"),
        alone_heads=frozenset(tuple(t.key for t in tokens(row[0])) for row in heads if row[1] == "alone"),
        known_orgs=_Index(lexicon.words("known_organisations")),
        media_heads=_Index(lexicon.words("media_heads")),
        delegation_heads=_Index(lexicon.words("delegation_heads")),
        places=_Index([row[0] for row in places if row[1] == "province"] + list(lexicon.words("countries"))
                      + list(aliases)),
        districts=frozenset(row[0] for row in places if row[1] == "district"),
        district_index=_Index(row[0] for row in places if row[1] == "district"),
        locatives=frozenset(lexicon.words("locative_words")),
        admin_units=_Index(lexicon.words("admin_units")),
        zones=_Index(lexicon.words("zones")),
        phrases=_Index(lexicon.words("name_phrases")),
        number_words=frozenset(lexicon.words("name_number_words")),
        plural_words=frozenset(lexicon.words("plural_words")),
        address_words=frozenset(lexicon.words("address_words")),
        province_units=frozenset(w.lower() for w in lexicon.words("province_units")),
        counted=_Index(lexicon.words("count_units")),
        surnames=frozenset(lexicon.words("surnames")),
        connectors=frozenset(lexicon.words("name_connectors")),
        suffixes=frozenset(lexicon.words("word_suffixes")),
        place_aliases={fold(k): v for k, v in aliases.items()},
        lowercase_starts=frozenset(key[0] for name in ("titles", "honorifics", "degrees", "admin_units", "zones",
                                                       "media_heads")
                                   for key in _Index(lexicon.words(name)).keys) | lexicon.words("former_words"),
    )


@dataclass
class _Person:
    start: int  # token indices
    end: int
    titles: list[tuple[int, int]]
    honorifics: list[tuple[int, int]]
    degrees: list[tuple[int, int]]
    rule: str
    end_scan: int = 0  # where scanning resumes: after a pen name in brackets


class _Scanner:
    def __init__(self, article: Article) -> None:
        self.body = article.body
        self.toks = tokens(article.body)
        self.lex = _lexicons()
        self.dictionary = lexicon.dictionary()
        # multi-syllable words from underthesea with one capital, at their start
        # (`Khoa học`): a lowercase syllable continues such a word. A word with more
        # capitals is a name glued to what follows (`Trần Phú tổ chức`) and is ignored.
        self.word_end = {w.start: w.end for w in article.words
                         if " " in w.text and w.text[0].isupper() and sum(c.isupper() for c in w.text) == 1}
        # a lowercase syllable that starts a lowercase word (`công bố` after `Hà Nội`)
        # begins a new word: it cannot finish a capitalised one
        self.lower_word_start = {w.start for w in article.words if " " in w.text and w.text.islower()}
        self.sentences = article.sentences
        self.pos_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self.spans: list[Span] = []
        self.title_parts: list[tuple[str, int, int]] = []
        self.short_names: dict[str, str] = {}  # abbreviation -> the body it was defined for

    # -- helpers ---------------------------------------------------------------------
    def text(self, i: int, j: int) -> str:
        return self.body[self.toks[i].start:self.toks[j - 1].end]

    def tight(self, i: int) -> bool:
        """Token i+1 follows token i with at most one space and no line break."""
        return i + 1 < len(self.toks) and 0 <= self.toks[i + 1].start - self.toks[i].end <= 1 and \
            "\n" not in self.body[self.toks[i].end:self.toks[i + 1].start]

    def cap_word(self, i: int) -> bool:
        return i < len(self.toks) and self.toks[i].is_word and self.toks[i].is_cap

    def name_word(self, i: int) -> bool:
        """A syllable of a personal name: capitalised, not an abbreviation."""
        return self.cap_word(i) and not self.toks[i].is_abbrev

    def continues_word(self, i: int, run_start: int, *, after_place: bool = False) -> bool:
        """Lowercase token i finishes a capitalised word begun inside the run; not the name
        of a place that ends before it, unless `after_place` asks whether it does."""
        tok = self.toks[i]
        if tok.key in self.lex.suffixes:
            return True
        if tok.start in self.lower_word_start:
            return False
        if not after_place and any(self.places_match(k) == i - k
                                   for k in range(max(run_start, i - MAX_PLACE_SYLLABLES), i)):
            return False  # "Thành ủy Hải Phòng | họp": a place's name ends where it ends (not "phòng họp")
        for back in (1, 2, 3):
            j = i - back
            if j < run_start or not self.toks[j].is_word:
                break
            if self.word_end.get(self.toks[j].start, -1) >= tok.end:
                return True
            if self.toks[j].is_cap and " ".join(t.text.lower() for t in self.toks[j:i + 1]) in self.dictionary:
                return True
        return False

    def name_run(self, i: int) -> int:
        """End (exclusive) of the capitalised name that starts at token i."""
        j = i
        last_cap = i
        while j < len(self.toks) and (j == i or self.tight(j - 1)):
            tok = self.toks[j]
            if tok.key in self.lex.connectors and ((j == i and self.cap_word(j + 1)) or (  # Liên hiệp | các Hội
                    j > i and self.tight(j) and self.lex.zones.match(self.toks, j + 1))):  # Ban Quản lý các | KCN
                j += 1
                continue
            if not tok.is_word:
                if tok.text == "(" and j > i and self.acronym_inside(i, j):  # Ban Thường vụ | (BTV) | Thành ủy
                    j += 3
                    continue
                if tok.text.isdigit() and j > i and self.tight(j - 1) and self.numbered_by(j):  # Quân khu | 7
                    j = last_cap = j + 1
                    continue
                if tok.text in "&-–" and self.cap_word(j + 1) and j > i and self.tight(j):  # Lao động - Thương binh
                    j += 1
                    continue
                if tok.text == "," and self.listed_part(j):  # Văn hóa, Thể thao và Du lịch
                    j += 1
                    continue
                break
            phrase = self.lex.phrases.match(self.toks, j) if tok.is_cap else 0
            if phrase:  # Cục | Quản lý thị trường | tỉnh Lạng Sơn
                j = last_cap = j + phrase
                continue
            zone = (self.zone_named(j) or self.lex.zones.match(self.toks, j)) \
                if tok.key in self.lex.zones.lengths else 0
            if zone:  # Ban Quản lý | Khu kinh tế Hải Phòng, Ban Quản lý các | khu công nghiệp | tỉnh Bắc Giang
                j = last_cap = j + zone
                continue
            if tok.is_cap:
                if j > i and self.lex.admin_units.match(self.toks, j) and self.unit_phrase(j):
                    break  # Hội Nghệ sĩ Múa | TP. Hồ Chí Minh: the unit and its place follow the name
                last_cap = j + 1
                j += 1
                continue
            if j > i and tok.key in self.lex.number_words and self.tight(j) and self.toks[j + 1].text.isdigit():
                j = last_cap = j + 2  # Trường Tiểu học | số 1
                continue
            if self.continues_word(j, i):
                last_cap = j + 1
                j += 1
                continue
            if tok.key in self.lex.connectors and self.cap_word(j + 1) and self.tight(j) \
                    and not self.starts_body(j + 1) and not self.title_length(j + 1):  # | và Quyền Giám đốc …
                j += 1
                continue
            bridge = self.lowercase_bridge(j)
            if bridge < 0:  # the name ends after these words
                return -bridge
            if bridge:
                j = bridge
                continue
            break
        return last_cap

    def acronym_inside(self, i: int, j: int) -> bool:
        """`Ban Thường vụ (BTV) Thành ủy`: the bracket at j holds the initials of the name
        run begun at i (after its head word or two), and the name goes on after it."""
        if j + 3 >= len(self.toks) or self.toks[j + 2].text != ")" or not self.cap_word(j + 3):
            return False
        initials = "".join(t.text[0] for t in self.toks[i:j] if t.is_word).upper()
        acronym = self.toks[j + 1].text
        return acronym.endswith(initials) and len(acronym) - len(initials) <= MAX_HEAD_SYLLABLES

    def head_at(self, i: int) -> int:
        """Tokens of the organisation head word at i, 0 if none. A head that begins a longer
        common word is that word (`Khoa học`, `Hội nghị`, `Ban hành`), not a head."""
        n = self.lex.heads.match(self.toks, i)
        nxt = i + n
        if n and nxt < len(self.toks) and self.tight(nxt - 1) and self.toks[nxt].is_word \
                and not self.toks[nxt].is_cap and f"{self.toks[nxt - 1].key} {self.toks[nxt].key}" in self.dictionary:
            return 0
        return n

    def starts_body(self, i: int) -> bool:
        """A capitalised head word or a known body starts at token i (`Hội …`, not `hội nghị`)."""
        return self.cap_word(i) and bool(self.head_at(i) or self.lex.known_orgs.match(self.toks, i))

    def inside_place(self, k: int, start: int) -> bool:
        """Token k lies inside a place or zone named from `start` on: the head word `Phòng`
        in `Hải Phòng` or `Khu kinh tế Hải Phòng` opens no body."""
        return any(j + max(self.places_match(j), self.zone_named(j)) > k for j in range(start, k))

    def listed_part(self, comma: int) -> bool:
        """A comma inside a name lists parts closed by "và" + capital: `Văn hóa, Thể thao và Du lịch`."""
        j = comma + 1
        if not self.cap_word(j) or self.starts_body(j):
            return False
        end = self.name_run_plain(j)
        return end + 1 < len(self.toks) and self.toks[end].key == "và" and self.cap_word(end + 1) \
            and not self.starts_body(end + 1)

    def numbered_by(self, j: int) -> bool:
        """The number at j names what the word or two before it are: `Quân khu 7`, `Sư đoàn 3`."""
        keys = [t.key.lower() for t in self.toks[max(0, j - 2):j]]
        return bool(keys) and (keys[-1] in self.lex.number_words or " ".join(keys) in self.lex.number_words)

    def name_run_plain(self, i: int) -> int:
        """Capitalised words and their lowercase continuations only, from token i."""
        j = i
        while j < len(self.toks) and self.toks[j].is_word and (j == i or self.tight(j - 1)) and (
                self.toks[j].is_cap or self.continues_word(j, i)):
            j += 1
        return j

    def all_nouns(self, j: int, k: int) -> bool:
        """Tokens j..k-1 are nouns (`chất lượng`), not a verb between two bodies (`phối hợp`).

        Asks underthesea's POS tagger, only for the sentence at hand: this choice is rare,
        and tagging every sentence would cost as much as segmenting it."""
        start, end = self.toks[j].start, self.toks[k - 1].end
        sentence = next((s for s in self.sentences if s.start <= start and end <= s.end), None)
        key = (sentence.start, sentence.end) if sentence else (0, len(self.body))
        if key not in self.pos_cache:
            from underthesea import pos_tag  # noqa: PLC0415  (rarely needed)

            text = self.body[key[0]:key[1]]
            tagged = pos_tag(text)
            spans = walk(text, [w for w, _ in tagged], key[0], "word", "underthesea-pos")
            self.pos_cache[key] = [(span.start, span.end, tag) for span, (_, tag) in zip(spans, tagged, strict=False)]
        tags = [t for a, b, t in self.pos_cache[key] if a < end and start < b]
        return bool(tags) and all(t.startswith("N") or t == "A" for t in tags)

    def lowercase_words(self, j: int) -> int:
        k = j
        while k < len(self.toks) and k - j < MAX_BRIDGED_LOWERCASE and self.toks[k].is_word \
                and not self.toks[k].is_cap and self.toks[k].key not in self.lex.connectors:
            k += 1
        return k

    def lowercase_bridge(self, j: int) -> int:
        """`Hội khoa học và Kỹ thuật`, `Hội khoa học và kỹ thuật Việt Nam`: short lowercase
        words inside a name, joined by "và" and closed by a capital; 0 if not a bridge; minus
        the end when the words close the name before another body."""
        k = self.lowercase_words(j)
        if k > j and self.tight(k - 1) and self.starts_body(k) and self.all_nouns(j, k):
            return -k  # Cục Quản lý chất lượng | Bộ GD-ĐT: the words are the name's, the body after is not
        if k > j and self.tight(k - 1) and self.cap_word(k) and self.tight(k) and self.cap_word(k + 1) \
                and not self.lex.admin_units.match(self.toks, k) and self.all_nouns(j, k):
            # Trung tâm Kiểm tra sức khỏe | Chợ Rẫy: nouns between two capitalised parts, the
            # second a proper name of two syllables or more (not "… tổ chức | Lễ trao giải")
            return k
        if k > j and self.lex.admin_units.match(self.toks, k) and self.place_after_unit(
                k + self.lex.admin_units.match(self.toks, k), in_title=False) > k + 1:
            return k  # Trung tâm Kiểm soát bệnh tật | TP Hồ Chí Minh
        if k == j or k + 1 >= len(self.toks) or self.toks[k].key != "và":
            return 0
        after = self.lowercase_words(k + 1)
        return after if self.cap_word(after) and after - (k + 1) <= MAX_BRIDGED_LOWERCASE else 0

    def place_name_end(self, i: int) -> int:
        j = i
        while j < len(self.toks) and j - i < MAX_PLACE_SYLLABLES and self.name_word(j) \
                and (j == i or self.tight(j - 1)):
            j += 1
        # Bà Rịa - Vũng Tàu
        if j + 1 < len(self.toks) and self.toks[j].text in "-–" and self.name_word(j + 1):
            k = self.places_match(i)
            if k > j - i:
                return i + k
        return j

    def district_match(self, i: int) -> int:
        """`tại Nha Trang`, `đến Sa Pa`: a district named after a word of place, and not
        the start of a longer capitalised name."""
        listed = i > 1 and self.toks[i - 1].key in ("và", ",") and bool(self.spans) \
            and self.spans[-1].label == "location" and self.spans[-1].end == self.toks[i - 2].end
        if i == 0 or not (self.toks[i - 1].key in self.lex.locatives or listed) or not self.tight(i - 1) \
                or not self.cap_word(i):
            return 0  # "đến Nha Trang và Sa Pa": a place listed after another keeps the context
        n = self.lex.district_index.match(self.toks, i)
        if n and self.places_match(i) < n and not (self.tight(i + n - 1) and self.name_word(i + n)):
            return n
        return 0

    def places_match(self, i: int) -> int:
        n = self.lex.places.match(self.toks, i)
        return n if n and self.cap_word(i) else 0

    def person_named_like_place(self, i: int, j: int) -> bool:
        """Tokens i..j-1, a place ending a title, are a person's full name all the same:
        a surname and two names or more, with no administrative word before them
        (`Chủ tịch Hồ Chí Minh`, but `Chủ tịch UBND TP Hồ Chí Minh`)."""
        after_unit = any(self.lex.admin_units.match(self.toks, k) == i - k for k in (i - 2, i - 1) if k >= 0)
        return (self.toks[i].text in self.lex.surnames and 3 <= j - i <= MAX_NAME_SYLLABLES
                and all(self.name_word(k) for k in range(i, j)) and not after_unit)

    def looks_like_person(self, i: int, j: int) -> bool:
        """Tokens i..j-1 read as a personal name rather than a place."""
        name = self.text(i, j)
        return (self.toks[i].text in self.lex.surnames and 2 <= j - i <= MAX_NAME_SYLLABLES
                and self.places_match(i) != j - i and name not in self.lex.districts)

    # -- organisations -------------------------------------------------------------------
    def org_at(self, i: int, *, in_title: bool = False) -> tuple[int, str] | None:
        """An organisation starting at token i: (end, rule). In a title (`Phó Chủ tịch
        UBND thành phố Hoàng Minh Cường`) a trailing personal name is not part of it."""
        if not self.cap_word(i):
            return None
        n = self.head_at(i)
        known = self.lex.known_orgs.match(self.toks, i)
        if n and self.lex.delegation_heads.match(self.toks, i) == n and self.tight(i + n - 1) \
                and self.starts_body(i + n):
            return None  # Đoàn | Tổng Lãnh sự Liên bang Nga: a delegation of the body named next
        if n:
            head_key = tuple(t.key for t in self.toks[i:i + n])
            end = i + n
            if head_key in self.lex.unit_heads:
                unit_end = self.unit_phrase(end, allow_bare=True, in_title=in_title)
                if unit_end:
                    return unit_end, "org:head+unit"
                place = self.places_match(end) if end < len(self.toks) and self.tight(end - 1) else 0
                if place:  # UBND Hà Nội, Đoàn đại biểu Quốc hội Hải Phòng: the unit word left out
                    return self.unit_phrase(end + place, allow_bare=True, in_title=in_title) or end + place, \
                        "org:head+place"
            if head_key in self.lex.alone_heads and not (self.tight(end - 1) and self.cap_word(end)
                                                         and not self.places_match(end)):
                unit_end = self.unit_phrase(end, in_title=in_title)  # Đảng ủy xã Tân Lập
                place = self.places_match(end) if self.tight(end - 1) else 0
                return (unit_end or end + place), "org:head-alone"
            starts_name = self.cap_word(end) or (
                end + 1 < len(self.toks) and self.toks[end].key in self.lex.connectors and self.cap_word(end + 1))
            if self.tight(end - 1) and starts_name:
                run_end = self.name_run(end)
                if in_title:
                    run_end = self.trim_trailing_person(end, run_end)
                if run_end > end and self.text(i, run_end) in self.lex.districts:
                    return None  # "Hội An", "Bộ …"-looking places: a town, not a body
                if run_end > end:
                    run_end = self.unit_phrase(run_end, allow_bare=True, in_title=in_title) or run_end
                    return run_end, "org:head+name"
        if known:
            return i + known, "org:known"
        return None

    def trim_trailing_person(self, i: int, j: int) -> int:
        """`UBND Quốc hội Nguyễn Đức Hải`: a trailing personal name is not part of the body."""
        for k in range(max(i + 1, j - 4), j - 1):
            if self.looks_like_person(k, j):
                return k
        return j

    def unit_phrase(self, i: int, *, allow_bare: bool = False, in_title: bool = False) -> int:
        """`tỉnh Bắc Giang`, `thành phố` after a body's name: end index, or 0."""
        if i >= len(self.toks) or not self.tight(i - 1):
            return 0
        n = self.lex.admin_units.match(self.toks, i)
        if not n:
            return 0
        end = i + n
        if self.tight(end - 1) and self.name_word(end):
            return self.place_after_unit(end, in_title=in_title) or (end if allow_bare else 0)
        if self.numbered_unit(i, n):  # UBND quận 1
            return end + 1
        return end if allow_bare else 0

    def place_after_unit(self, i: int, *, in_title: bool) -> int:
        """End of the place named after an administrative word, 0 if the words after it
        are a person's name (`UBND quận Lê Chân Nguyễn Văn Tùng`: the place is `Lê Chân`)."""
        run_end = self.place_name_end(i)
        for n in range(run_end - i, 0, -1):
            if self.text(i, i + n) in self.lex.districts or self.places_match(i) == n:
                return i + n
        if not in_title:
            return run_end
        if self.looks_like_person(i, run_end):
            return 0
        cut = self.trim_trailing_person(i, run_end)
        if cut == i or self.looks_like_person(i, cut):
            return 0
        return cut

    # -- places ------------------------------------------------------------------------
    def place_at(self, i: int, *, in_title: bool = False) -> tuple[int, int, str] | None:
        """(end, name start, rule): `tỉnh Bắc Giang` -> name `Bắc Giang`."""
        n = self.lex.admin_units.match(self.toks, i)
        if n and self.tight(i + n - 1) and self.name_word(i + n):
            end = self.place_after_unit(i + n, in_title=in_title)
            return (end, i + n, "location:unit+name") if end else None
        if n and self.numbered_unit(i, n):  # quận 1, Phường 12: the number is the name, with its word
            return i + n + 1, i, "location:unit+number"
        n = self.zone_named(i)
        if n:
            return i + n, i, "location:zone+name"
        if self.house_number_before(i):  # số 91 Trần Hưng Đạo: a street, named after a person
            return self.place_name_end(i), i, "location:address"
        n = self.district_match(i)
        if n:
            return i + n, i, "location:district-after-locative"
        n = self.places_match(i)
        if n and self.begins_common_word(i + n - 1):
            return None
        # a known place followed by more capitals is part of a longer name, except after
        # a title (`Tổng thống Mỹ Donald Trump`)
        if n and (in_title or not (i + n < len(self.toks) and self.tight(i + n - 1) and self.name_word(i + n)
                                   and not self.places_match(i + n))):
            return i + n, i, "location:lexicon"
        return None

    def house_number_before(self, i: int) -> bool:
        """Token i, a capitalised name, follows a house number: `số 91 | Trần Hưng Đạo`,
        `tại 25 | Lý Thường Kiệt`, or one no count is written like, `60A | Hoàng Văn Thụ`,
        `12/3 | Lê Lợi` (after a comma too). A number that reads as a year is none."""
        if i < 2 or not self.name_word(i) or not self.tight(i - 1) or not self.tight(i - 2):
            return False
        number = self.toks[i - 1].text
        if self.toks[i - 1].end == self.toks[i].start:
            return False  # 25B: the letter is the number's
        if number.isascii() and number.isdigit() and len(number) <= MAX_HOUSE_NUMBER_DIGITS \
                and not MIN_YEAR <= int(number) <= MAX_YEAR:
            return self.toks[i - 2].key == "số" or self.toks[i - 2].key in self.lex.locatives
        suffixed = len(number) == 1 and number.isupper() and self.toks[i - 2].text.isdigit() \
            and self.toks[i - 2].end == self.toks[i - 1].start  # 60A
        slashed = "/" in number and number.replace("/", "").isdigit()  # 12/3
        return (suffixed or slashed) and len(number.replace("/", "")) <= MAX_HOUSE_NUMBER_DIGITS

    def begins_common_word(self, i: int) -> bool:
        """Token i, a place's last syllable, and the lowercase syllable after it make one
        common word: `Pháp lệnh` (an ordinance, not France), `Mỹ thuật`, `Ý kiến`."""
        j = i + 1
        return self.tight(i) and j < len(self.toks) and self.toks[j].is_word and not self.toks[j].is_cap \
            and self.continues_word(j, i, after_place=True)

    def numbered_unit(self, i: int, n: int) -> bool:
        """A district, ward or hamlet named by a number (quận 1, phường 12, thôn 3); a
        province is never numbered."""
        j = i + n
        if not (j < len(self.toks) and self.tight(j - 1) and self.toks[j].text.isdigit() and len(self.toks[j].text) <= 2
                and not self.province_unit(i, j)):
            return False
        # "trong quận 10 năm qua": a number before a counted noun counts it, unless the unit
        # is written as a name (UBND Quận 3 tổ chức ...)
        return self.toks[i].is_cap or not self.lex.counted.match(self.toks, j + 1)

    def province_unit(self, i: int, j: int) -> bool:
        """Tokens i..j-1 are a province's administrative word (tỉnh, TP), not a smaller unit's."""
        return self.text(i, j).lower() in self.lex.province_units

    def zone_named(self, i: int) -> int:
        """Tokens of `Khu công nghiệp VSIP Bắc Ninh` (a zone word, then a name of capitalised
        words, abbreviations included) at i, 0 if none."""
        n = self.lex.zones.match(self.toks, i)
        j = i + n
        while n and j < len(self.toks) and j - (i + n) < MAX_ZONE_NAME_WORDS and self.tight(j - 1) \
                and self.cap_word(j):
            j += 1
        return j - i if j > i + n else 0

    # -- people ------------------------------------------------------------------------
    def inside_name(self, i: int) -> bool:
        """Token i continues a capitalised name mid-sentence: `Phủ | Chủ tịch` is a building."""
        if i == 0 or not self.tight(i - 1) or not self.cap_word(i - 1) or self.toks[i - 1].is_abbrev:
            return False
        before = self.body[max(0, self.toks[i - 1].start - 3):self.toks[i - 1].start]
        return not (self.toks[i - 1].start == 0 or regex.search(r"[.!?:\n]\s*$|^\s*$", before))

    def title_at(self, i: int) -> tuple[int, list[tuple[str, int, int]]]:
        """A title and the body or place it belongs to: (end, [(label, start, end)]); end 0 if none."""
        n = self.title_length(i)
        if not n:
            return 0, []
        first = i + (self.toks[i].key in self.lex.former)  # the title's own first word, after "nguyên"
        if self.toks[first].is_cap and self.inside_name(first):
            return 0, []
        end = i + n
        parts: list[tuple[str, int, int]] = []
        for k in range(i + 1, end):  # "Đại biểu Quốc hội": a body inside the title itself
            m = self.lex.known_orgs.match(self.toks, k)
            if m and k + m == end:
                parts.append(("organisation", k, end))
                break
        if end >= len(self.toks) or not self.tight(end - 1):
            return end, parts
        if not parts and self.head_at(end - 1) == 1:  # "Trưởng Ban" + "Quản lý các Khu công nghiệp tỉnh Bắc Giang"
            org = self.org_at(end - 1, in_title=True)
            if org and org[0] > end:
                return org[0], [("organisation", end - 1, org[0])]
        if parts and parts[-1][2] == end:  # "Trưởng Đoàn đại biểu Quốc hội | tỉnh"
            return self.unit_phrase(end, allow_bare=True, in_title=True) or end, parts
        org = self.org_at(end, in_title=True)
        if org:
            return org[0], [*parts, ("organisation", end, org[0])]
        head = self.head_at(end)
        if head and not (end + head < len(self.toks) and self.tight(end + head - 1) and self.cap_word(end + head)):
            return end + head, parts  # "Chủ tịch Hội đồng": the body named before
        place = self.place_at(end, in_title=True)
        if place and (place[2] == "location:lexicon" or not self.looks_like_person(place[1], place[0])):
            parts = [*parts, ("location", place[1], place[0])]
            posted = self.posted_at(place[0])  # "Đại sứ Nhật Bản | tại Việt Nam"
            return (posted[0], [*parts, ("location", posted[1], posted[0])]) if posted else (place[0], parts)
        # a field written capitalised: "Bộ trưởng Ngoại giao Bùi Thanh Sơn", "Trưởng khoa Cấp cứu
        # Bệnh viện Bạch Mai"
        if self.cap_word(end) and not self.looks_like_person(end, self.place_name_end(end)):
            run_end = self.trim_trailing_person(end, self.name_run(end))
            field_end = next((k for k in range(end + 1, run_end)
                              if self.starts_body(k) and not self.inside_place(k, end)), run_end)
            org = self.org_at(field_end, in_title=True) if field_end < run_end else None
            if org:
                return org[0], [*parts, ("organisation", field_end, org[0])]
            if end < run_end and (self.person_name_end(run_end, need_surname=True) or run_end >= len(self.toks)
                                  or self.toks[run_end].text in ",.;:)-–"):
                return run_end, parts
        return end, parts

    def posted_at(self, i: int) -> tuple[int, int] | None:
        """`tại Việt Nam` after a title's place: where an envoy serves. (end, place start)."""
        if i + 1 < len(self.toks) and self.toks[i].key == "tại" and self.tight(i):
            place = self.place_at(i + 1, in_title=True)
            if place and place[2] == "location:lexicon":
                return place[0], place[1]
        return None

    def person_name_end(self, i: int, *, need_surname: bool) -> int:
        if not self.name_word(i) or (need_surname and self.toks[i].text not in self.lex.surnames):
            return 0
        j = i
        while j < len(self.toks) and self.name_word(j) and (j == i or self.tight(j - 1)):
            j += 1
            # Kim Sang-sik, Nguyễn Thị Thu-Hà: a hyphen joins two syllables of one name
            if j + 1 < len(self.toks) and self.toks[j].text == "-" and self.toks[j + 1].is_word \
                    and self.toks[j - 1].end == self.toks[j].start and self.toks[j].end == self.toks[j + 1].start:
                j += 2
        if j - i > MAX_NAME_SYLLABLES + 1 or (need_surname and j - i < 2):
            return 0
        if self.head_at(i) or self.lex.known_orgs.match(self.toks, i):
            return 0
        if j < len(self.toks) and self.tight(j - 1) and self.toks[j].is_word and not self.toks[j].is_cap \
                and self.toks[j].start not in self.lower_word_start \
                and f"{self.toks[j - 1].key} {self.toks[j].key}" in self.dictionary:
            return 0  # the last syllable begins a word: "Cung Văn hóa" is no person ("Thành công bố" is)
        return j

    def title_length(self, i: int) -> int:
        """Tokens of the title at i, a former one included (nguyên Giám đốc); 0 if none."""
        n = self.lex.titles.match(self.toks, i)
        if n or not (i < len(self.toks) and self.toks[i].key in self.lex.former and self.tight(i)):
            return n
        after = self.lex.titles.match(self.toks, i + 1)
        return after and 1 + after

    def titles_from(self, j: int, titles: list[tuple[int, int]]) -> int:
        """Titles one after another (`Ủy viên Bộ Chính trị, Bí thư Thành ủy`), from token j."""
        while True:
            end, parts = self.title_at(j)
            if not end:
                return j
            if titles and titles[-1][1] == j:  # "Trưởng Đoàn | đại biểu Quốc hội": one title
                titles[-1] = (titles[-1][0], end)
            else:
                titles.append((j, end))
            self.title_parts += parts
            j = end
            if j < len(self.toks) and self.toks[j].text == "," and not parts:
                org = self.org_at(j + 1, in_title=True)  # "Trưởng khoa Gây mê, Bệnh viện Quân y"
                if org:
                    titles[-1] = (titles[-1][0], org[0])
                    self.title_parts.append(("organisation", j + 1, org[0]))
                    j = org[0]
            if j < len(self.toks) and self.toks[j].text == "," and self.title_length(j + 1):
                j += 1

    def person_at(self, i: int) -> _Person | None:
        """[honorific] [title (, title)*] [,] [degree] Name, or Surname Name."""
        honorifics: list[tuple[int, int]] = []
        titles: list[tuple[int, int]] = []
        degrees: list[tuple[int, int]] = []
        self.title_parts = []
        j = i
        n = self.lex.honorifics.match(self.toks, j)
        if n and n >= self.lex.degrees.match(self.toks, j):  # "bác sĩ" is a degree, "bác" an honorific
            honorifics.append((j, j + n))
            j += n
        j = self.titles_from(j, titles)
        comma = bool(titles) and j < len(self.toks) and self.toks[j].text == ","
        if comma:
            j += 1  # "Chủ tịch Liên hiệp …, TSKH Phan Xuân Dũng"
            n = self.lex.honorifics.match(self.toks, j)
            if n:
                honorifics.append((j, j + n))
                j += n
        n = self.lex.degrees.match(self.toks, j)
        if n:
            degrees.append((j, j + n))
            j += n + (1 if j + n < len(self.toks) and self.toks[j + n].text == "." else 0)
        introduced = bool(honorifics or titles or degrees)
        if introduced and j == i:
            return None
        name_end = self.person_name_end(j, need_surname=not introduced or comma)
        if name_end == j + 1 and titles and not honorifics and not degrees:
            name_end = 0  # "trưởng khoa Ngoại": after a bare title one capital is a field, not a name
        if not name_end and titles and not comma:
            # the title's body swallowed the name: "Phó Chủ tịch Quốc hội Nguyễn Đức Hải"
            t_start, t_end = titles[-1]
            for k in range(max(t_start + 1, t_end - 4), t_end - 1):
                if self.looks_like_person(k, t_end) or self.person_named_like_place(k, t_end):
                    titles[-1] = (t_start, k)
                    self.title_parts = [(label, a, min(b, k)) for label, a, b in self.title_parts if a < k]
                    return _Person(k, t_end, titles, honorifics, degrees, "person:title+name")
        if not name_end:
            return None
        if titles and not honorifics and self.places_match(j) >= name_end - j \
                and not self.person_named_like_place(j, name_end):
            return None  # "Trưởng Đoàn đại biểu Quốc hội Hải Phòng": the place ends the title's body
        if honorifics and not titles and self.from_province(honorifics[-1], j, name_end):
            return None  # "sinh viên Đà Nẵng": students from Da Nang, no person
        rule = "person:" + ("title" if titles else "honorific" if honorifics else "degree" if degrees else "surname")
        return _Person(j, name_end, titles, honorifics, degrees, rule + "+name")

    def from_province(self, honorific: tuple[int, int], j: int, end: int) -> bool:
        """A province or country after an honorific that says what people do (not one that
        addresses them: `ông Thái Bình` is a man) says where they are from."""
        said = " ".join(t.key.lower() for t in self.toks[honorific[0]:honorific[1]])
        return said not in self.lex.address_words and fold(self.text(j, end)) in province_and_country_keys() \
            and not self.person_named_like_place(j, end)

    def bracketed_title(self, person: _Person) -> int:
        """`Nguyễn Việt Hùng (nguyên Cục phó Quản lý Dược)`, `Phạm Văn An (học sinh lớp 7C)`:
        a title, or what a person is, in brackets after the name; the whole bracket is it.
        Returns where the scan goes on: after the role, after the bracket, or where the
        bracket would begin when there is none."""
        j = person.end_scan
        if j >= len(self.toks) or self.toks[j].text != "(":
            return j
        close = next((k for k in range(j + 1, min(len(self.toks), j + MAX_BRACKET_TITLE_TOKENS))
                      if self.toks[k].text in "()"), None)
        if close is None or self.toks[close].text != ")" or close == j + 1:
            return j
        if n := self.title_length(j + 1):
            self.titles_from(j + 1, person.titles)
            person.titles[-1] = (j + 1, close)  # "… thuộc Cục Quản lý Dược": the title runs to the bracket
            # the scan goes on after the role and the bodies the title named: the others are bodies too
            return max([j + 1 + n, *(b for _label, a, b in self.title_parts if a > j)])
        if self.lex.honorifics.match(self.toks, j + 1) and close - j - 1 > self.lex.honorifics.match(self.toks, j + 1):
            person.titles.append((j + 1, close))
            return close + 1
        return j

    def appositive_titles(self, person: _Person) -> int:
        """Titles after the name, after a comma or a dash:
        `Nguyễn Đức Hải, Ủy viên TW Đảng, Phó Chủ tịch Quốc hội`, `Trần Văn Bình - Giám đốc …`."""
        if (resume := self.bracketed_title(person)) > person.end_scan:
            return resume
        j = person.end_scan
        if j + 1 < len(self.toks) and self.toks[j].text in ",-–" and self.title_length(j + 1):
            had = len(person.titles)
            end = self.titles_from(j + 1, person.titles)
            if self.tight(end - 1) and self.person_name_end(end, need_surname=True):
                # "Trần Hồng Hà, Bộ trưởng Lê Minh Hoan": the last title introduces the next person
                last = person.titles.pop()[0]
                self.title_parts = [part for part in self.title_parts if part[1] < last]
                return last - 1 if len(person.titles) > had else j
            j = end
        return j

    # -- the scan ------------------------------------------------------------------------
    def emit(self, label: str, i: int, j: int, value: object, rule: str) -> None:
        start, end = self.toks[i].start, self.toks[j - 1].end
        self.spans.append(Span(start, end, label, self.body[start:end], value, rule))

    def place_name(self, written: str) -> str:
        """The place's usual name: `khu kinh tế Nghi Sơn` is `Khu kinh tế Nghi Sơn`."""
        return self.lex.place_aliases.get(fold(written), written[:1].upper() + written[1:])

    def emit_org(self, i: int, j: int, rule: str) -> None:
        written = self.text(i, j)
        self.emit("organisation", i, j, NameValue(written[:1].upper() + written[1:]), rule)

    def outlet_at(self, i: int) -> tuple[int, str] | None:
        """`báo Tuổi Trẻ`, `tạp chí Tia Sáng`: a news outlet written with a lowercase head;
        not the end of a longer word (`thông báo Hà Nội`) nor a bare place."""
        n = self.lex.media_heads.match(self.toks, i)
        if not n or not self.tight(i + n - 1) or not self.cap_word(i + n):
            return None
        if i > 0 and self.tight(i - 1) and self.toks[i - 1].is_word and \
                f"{self.toks[i - 1].key.lower()} {self.toks[i].key}" in self.dictionary:
            return None
        end = self.name_run(i + n)
        if end - (i + n) < 2 or self.places_match(i + n) >= end - (i + n):
            return None
        return end, "org:outlet+name"

    def scan(self) -> list[Span]:
        i = 0
        starts = self.lex.lowercase_starts
        while i < len(self.toks):
            tok = self.toks[i]
            if not tok.is_word or not (tok.is_cap or tok.key in starts):  # most tokens start nothing
                i += 1
                continue
            person = self.person_at(i)
            if person and person.honorifics and tok.is_cap and max(
                    self.places_match(i), self.lex.district_index.match(self.toks, i)) >= person.end - i:
                person = None  # "Bà Rịa - Vũng Tàu" is a province, not Mrs Rịa
            if person and person.rule != "person:surname+name":
                i = self.take_person(person)
                continue
            org = self.org_at(i) or self.outlet_at(i)
            if org and self.a_kind_of_body(i, org[0]):
                i = org[0]  # "các Ban Đảng", "các Văn phòng Trung ương": bodies of a kind, none named
                continue
            if org:
                self.emit_org(i, org[0], org[1])
                i = self.abbreviation_after(i, org[0])
                continue
            if self.toks[i].text in self.short_names:  # "NHNN" after "Ngân hàng Nhà nước (NHNN)"
                self.emit("organisation", i, i + 1, NameValue(self.short_names[self.toks[i].text]), "org:abbreviation")
                i += 1
                continue
            place = self.place_at(i)
            if place:
                end, name_start, rule = place
                name = self.text(name_start, end)
                if rule == "location:zone+name":
                    name = expand(name)  # KCN Đình Vũ is Khu công nghiệp Đình Vũ
                local = rule == "location:unit+name" and not self.province_unit(i, name_start)
                # after a smaller unit the name is that unit's own: phường Sài Gòn is no alias of the city
                self.emit("location", name_start, end, NameValue(name if local else self.place_name(name)), rule)
                i = end
                continue
            if person and person.rule == "person:surname+name" and \
                    self.text(person.start, person.end) in self.lex.districts:
                # "về Mai Châu": a district's name, though it reads like Surname Name
                self.emit("location", person.start, person.end, NameValue(self.text(person.start, person.end)),
                          "location:district")
                i = person.end
                continue
            if person:
                i = self.take_person(person)
                continue
            i += 1
        return self.spans

    def a_kind_of_body(self, i: int, end: int) -> bool:
        """A head and one word after a plural word (`các`, `những`) name a kind of body."""
        if i == 0 or self.toks[i - 1].key not in self.lex.plural_words:
            return False
        rest = [t.key.lower() for t in self.toks[i + self.head_at(i):end]]
        return len(rest) <= 1 or " ".join(rest) in self.dictionary

    def abbreviation_after(self, start: int, end: int) -> int:
        """`Ngân hàng Nhà nước Việt Nam (NHNN)`: the abbreviation in brackets is another
        name of the body, here and wherever the article uses it later."""
        if end + 2 < len(self.toks) and self.toks[end].text == "(" and self.toks[end + 1].is_cap \
                and self.toks[end + 2].text == ")" and fold(self.toks[end + 1].text) not in self.lex.place_aliases:
            name = self.text(start, end)
            self.short_names.setdefault(self.toks[end + 1].text, name)
            self.emit("organisation", end + 1, end + 2, NameValue(name), "org:abbreviation")
            return end + 3
        return end

    def pen_name_end(self, j: int) -> int:
        """`Lê Thị Thanh Hà (Nguyên Đức)`: a pen name in brackets is the same person."""
        if j < len(self.toks) and self.toks[j].text == "(":
            k = j + 1
            while k < len(self.toks) and self.name_word(k):
                k += 1
            if k > j + 1 and k < len(self.toks) and self.toks[k].text == ")" and k - j - 1 <= MAX_NAME_SYLLABLES:
                return k + 1
        return j

    def take_person(self, person: _Person) -> int:
        person.end_scan = self.pen_name_end(person.end)
        end = self.appositive_titles(person)
        for label, a, b in self.title_parts:
            if b <= a:
                continue
            if label == "organisation":
                self.emit_org(a, b, "org:in-title")
            else:
                name = self.text(a, b)
                self.emit("location", a, b, NameValue(self.place_name(name)), "location:in-title")
        value = PersonValue(
            name=self.text(person.start, person.end),
            titles=tuple(self.text(a, b) for a, b in person.titles),
            honorifics=tuple(_as_honorific(self.text(a, b)) for a, b in person.honorifics),
            degrees=tuple(self.text(a, b) for a, b in person.degrees),
        )
        self.emit("person", person.start, person.end, value, person.rule)
        if end <= person.end and self.introduced_as_many(person):
            return self.listed_names(person.end, value)
        return max(end, person.end)

    def introduced_as_many(self, person: _Person) -> bool:
        """A plural word before the title or honorific: `các Phó Thủ tướng`, `các ông`."""
        introduced = [*person.honorifics, *person.titles]
        first = min((a for a, _ in introduced), default=0)
        return first > 0 and self.toks[first - 1].key in self.lex.plural_words

    def listed_names(self, j: int, first: PersonValue) -> int:
        """`các Phó Thủ tướng Trần Hồng Hà, Lê Minh Khái`: the names listed after the first
        share its titles and honorifics. Returns where the list ends."""
        while j + 1 < len(self.toks) and (self.toks[j].text == "," or self.toks[j].key == "và"):
            end = self.person_name_end(j + 1, need_surname=True)
            if not end:
                break
            self.emit("person", j + 1, end, PersonValue(name=self.text(j + 1, end), titles=first.titles,
                                                        honorifics=first.honorifics, degrees=()),
                      "person:listed-after-title")
            j = end
        return j


def _as_honorific(written: str) -> str:
    """`Ông` at a sentence start is `ông`; an abbreviation keeps its capitals (NSND, HLV)."""
    return written if written.isupper() else written.lower()


def extract(article: Article) -> tuple[Span, ...]:
    return tuple(sorted(_Scanner(article).scan(), key=lambda s: (s.start, s.end)))
