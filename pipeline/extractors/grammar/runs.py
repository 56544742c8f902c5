"""Runs of capitalised words: where a proper name may start and end.

Vietnamese capitalises the first syllable of each word of a proper name: `Bộ Khoa học
và Công nghệ`, `Hội Tự động hóa Việt Nam`. So a name is a run of capitalised words,
where a lowercase syllable belongs to the run only when it finishes a capitalised word
(`Khoa học`, by the dictionary or underthesea's segmentation), is a productive suffix
(`Chuyển đổi số`) or is a connector between capitalised words (`và`, `các`).

`Runs` holds the scanner's state (the article's tokens, its words, the lexicons) and the
questions every rule asks of it; the people, titles, bodies and places rules are the
other parts of the one scanner (pipeline.extractors.grammar.scanner).
"""

from __future__ import annotations

import bisect

from pipeline import lexicon, pos
from pipeline.extractors.grammar.lexicons import lexicons
from pipeline.extractors.grammar.tokens import tokens
from pipeline.model import Article, Span
from pipeline.segment import segment

# A place after an administrative word is at most this long (Bà Rịa - Vũng Tàu: 4 words).
MAX_PLACE_SYLLABLES = 4
# "Hội khoa học và Kỹ thuật": lowercase words bridged inside a name before "và".
MAX_BRIDGED_LOWERCASE = 2
# syllables of a body's head word (Ban, Ủy ban, Ban Quản lý): an acronym may spell them too
MAX_HEAD_SYLLABLES = 3


class Runs:
    """The scanner's state, and what it asks of a run of capitalised words."""

    def __init__(self, article: Article) -> None:
        self.body = article.body
        self.toks = tokens(article.body)
        self.lex = lexicons()
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
        self.sentence_starts = [s.start for s in article.sentences]
        self.words = article.words
        self.word_starts = [w.start for w in article.words]
        self.pos_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self.spans: list[Span] = []
        self.title_parts: list[tuple[str, int, int]] = []
        # the titles a list of people after a colon shares, and the token where the list ends
        self.shared_titles: tuple[tuple[str, ...], int] | None = None
        self.short_names: dict[str, str] = {}  # abbreviation -> the body it was defined for


    def text(self, i: int, j: int) -> str:
        return self.body[self.toks[i].start:self.toks[j - 1].end]

    def tight(self, i: int) -> bool:
        """Token i+1 follows token i with at most one space and no line break."""
        return i + 1 < len(self.toks) and 0 <= self.toks[i + 1].start - self.toks[i].end <= 1 and \
            "\n" not in self.body[self.toks[i].end:self.toks[i + 1].start]

    def tight_pair(self, k: int) -> bool:
        """The mark at k joins the syllables either side without spaces (`Sang-sik`)."""
        return 0 < k < len(self.toks) - 1 and self.toks[k - 1].end == self.toks[k].start \
            and self.toks[k].end == self.toks[k + 1].start

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
            if self.addressed(j):
                break  # Sở Y tế | bà Lê Thị Hoa: a word of address opens the person after the name
            if self.continues_word(j, i):
                last_cap = j + 1
                j += 1
                continue
            if tok.key in self.lex.connectors and self.cap_word(j + 1) and self.tight(j) \
                    and not self.starts_body(j + 1) and not self.title_length(j + 1):  # | và Quyền Giám đốc …
                j += 1
                continue
            bridge = self.lowercase_bridge(j)
            if any(self.addressed(k) for k in range(j, abs(bridge))):
                break  # Hội Nông dân tỉnh | ông Lê Văn Tư
            if bridge < 0:  # the name ends after these words
                return -bridge
            if bridge:
                j = bridge
                continue
            break
        return last_cap

    def addressed(self, j: int) -> bool:
        """A word of address at j and a capitalised name after it: a person begins at j."""
        n = self.lex.honorifics.match(self.toks, j)
        return bool(n) and self.cap_word(j + n)

    def acronym_inside(self, i: int, j: int) -> bool:
        """`Ban Thường vụ (BTV) Thành ủy`: the bracket at j holds the initials of the name
        run begun at i (after its head word or two), and the name goes on after it."""
        if j + 3 >= len(self.toks) or self.toks[j + 2].text != ")" or not self.cap_word(j + 3):
            return False
        initials = "".join(t.text[0] for t in self.toks[i:j] if t.is_word).upper()
        acronym = self.toks[j + 1].text
        return acronym.endswith(initials) and len(acronym) - len(initials) <= MAX_HEAD_SYLLABLES

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

        Asks underthesea's POS model (pipeline.pos) about the words of the sentence at hand,
        as the tokenise stage segmented them: this choice is rare, and tagging every
        sentence would cost as much as segmenting it."""
        start, end = self.toks[j].start, self.toks[k - 1].end
        tags = [t for a, b, t in self.tagged(start, end) if a < end and start < b]
        return bool(tags) and all(t.startswith("N") or t == "A" for t in tags)

    def tagged(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The words of the sentence holding start..end with their POS tags, tagged once a
        sentence (the sentence found by bisection: a long page has thousands)."""
        at = bisect.bisect_right(self.sentence_starts, start) - 1
        sentence = self.sentences[at] if at >= 0 and end <= self.sentences[at].end else None
        key = (sentence.start, sentence.end) if sentence else (0, len(self.body))
        if key not in self.pos_cache:
            words = self.words_between(*key)
            self.pos_cache[key] = [(a, b, tag) for (a, b), tag in zip(words, pos.tags(
                [self.body[a:b] for a, b in words]), strict=True)]
        return self.pos_cache[key]

    def verbs_between(self, start: int, end: int) -> set[int]:
        """Where words tagged as verbs or prepositions (V, E) start, from start to end, by the POS
        model on the words of their sentence."""
        return {a for a, b, tag in self.tagged(start, end) if start <= a < end and tag in ("V", "E")}

    def words_between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The tokenise stage's words from start to end; a text read on its own (a headline)
        has none, and is segmented here."""
        first, last = bisect.bisect_left(self.word_starts, start), bisect.bisect_left(self.word_starts, end)
        words = [(w.start, w.end) for w in self.words[first:last] if w.end <= end]
        if not words:
            words = [(start + a, start + b) for a, b, _ in segment([self.body[start:end]])[0]]
        return words

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
