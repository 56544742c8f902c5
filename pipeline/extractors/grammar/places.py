"""Places: after an administrative word (`tỉnh Bắc Giang`, `quận 1`), a zone's word (`Khu công
nghiệp VSIP`), a house number (a street), a word of place (`tại Nha Trang`), or from the
lexicon of provinces and countries."""

from __future__ import annotations

from pipeline.extractors.dates import MAX_YEAR, MIN_YEAR
from pipeline.extractors.grammar.runs import MAX_PLACE_SYLLABLES
from pipeline.text import fold

MAX_ZONE_NAME_WORDS = 5  # Khu công nghiệp VSIP Bắc Ninh II
# "số 91 Trần Hưng Đạo": a house number has a few digits; a four-digit year is no house number.
MAX_HOUSE_NUMBER_DIGITS = 4


class Places:
    """The scanner's rules for places (a part of grammar.scanner.Scanner)."""

    def inside_place(self, k: int, start: int) -> bool:
        """Token k lies inside a place or zone named from `start` on: the head word `Phòng`
        in `Hải Phòng` or `Khu kinh tế Hải Phòng` opens no body."""
        return any(j + max(self.places_match(j), self.zone_named(j)) > k for j in range(start, k))

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

    def place_or_district_match(self, i: int) -> int:
        """Tokens of the province's, country's or district's name at i, the longer; 0 if none."""
        return max(self.places_match(i), self.lex.district_index.match(self.toks, i))

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

    def place_name(self, written: str) -> str:
        """The place's usual name: `khu kinh tế Nghi Sơn` is `Khu kinh tế Nghi Sơn`."""
        return self.lex.place_aliases.get(fold(written), written[:1].upper() + written[1:])
