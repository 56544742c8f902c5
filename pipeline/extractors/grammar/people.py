"""People: a name introduced by an honorific, a title or a degree, or a surname and one or
more capitalised names; pen names in brackets, names listed after a plural title."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from pipeline import lexicon
from pipeline.model import NameValue, PersonValue
from pipeline.names import province_and_country_keys
from pipeline.text import fold

# Vietnamese personal names have 2-4 syllables; 5 allows compound surnames
# (Tôn Nữ Thị Ninh). A longer capitalised run is a headline or a title, not a name.
MAX_NAME_SYLLABLES = 5


@dataclass
class Person:
    start: int  # token indices
    end: int
    titles: list[tuple[int, int]]
    honorifics: list[tuple[int, int]]
    degrees: list[tuple[int, int]]
    rule: str
    end_scan: int = 0  # where scanning resumes: after a pen name in brackets



class People:
    """The scanner's rules for people (a part of grammar.scanner.Scanner)."""

    def person_named_like_place(self, i: int, j: int) -> bool:
        """Tokens i..j-1, a place ending a title, are a person's full name all the same:
        a surname and two names or more, with no administrative word before them
        (`Chủ tịch Hồ Chí Minh`, but `Chủ tịch UBND TP Hồ Chí Minh`)."""
        after_unit = any(self.lex.admin_units.match(self.toks, k) == i - k for k in (i - 2, i - 1) if k >= 0)
        return (self.toks[i].text in self.lex.surnames and 3 <= j - i <= MAX_NAME_SYLLABLES
                and all(self.name_word(k) for k in range(i, j)) and not after_unit)

    def name_after_place(self, start: int, i: int, j: int) -> bool:
        """`Bộ trưởng Bộ Kinh tế Nhật Bản | Sato Kenji`: two or three capitalised syllables after
        the country or province that ends a title's body are its holder's name, foreign or not."""
        return 2 <= j - i <= 3 and all(self.name_word(k) for k in range(i, j)) \
            and any(self.places_match(m) == i - m for m in range(max(start + 1, i - 4), i))

    def looks_like_person(self, i: int, j: int) -> bool:
        """Tokens i..j-1 read as a personal name rather than a place."""
        name = self.text(i, j)
        return (self.toks[i].text in self.lex.surnames and 2 <= j - i <= MAX_NAME_SYLLABLES
                and self.places_match(i) != j - i and name not in self.lex.districts)

    def inside_name(self, i: int) -> bool:
        """Token i continues a capitalised name mid-sentence: `Phủ | Chủ tịch` is a building."""
        if i == 0 or not self.tight(i - 1) or not self.cap_word(i - 1) or self.toks[i - 1].is_abbrev:
            return False
        before = self.body[max(0, self.toks[i - 1].start - 3):self.toks[i - 1].start]
        return not (self.toks[i - 1].start == 0 or regex.search(r"[.!?:\n]\s*$|^\s*$", before))

    def person_name_end(self, i: int, *, need_surname: bool) -> int:
        if not self.name_word(i) or (need_surname and self.toks[i].text not in self.lex.surnames):
            return 0
        j = i
        # a run longer than a name with a title after it is no name: it is read no further, so a
        # page of capitals costs in proportion to its length
        limit = i + MAX_NAME_SYLLABLES + 2
        while j < min(len(self.toks), limit) and self.name_word(j) and (j == i or self.tight(j - 1)):
            j += 1
            # Kim Sang-sik, Nguyễn Thị Thu-Hà: a hyphen joins two syllables of one name
            if j + 1 < len(self.toks) and self.toks[j].text == "-" and self.toks[j + 1].is_word \
                    and self.toks[j - 1].end == self.toks[j].start and self.toks[j].end == self.toks[j + 1].start:
                j += 2
        # `ông Võ Văn Thưởng Ủy viên Bộ Chính trị`: a title run on after the name, no comma between
        j = next((k for k in range(i + 2, j) if self.toks[k].is_cap and self.title_length(k)), j)
        if j - i > MAX_NAME_SYLLABLES + 1 or (need_surname and j - i < 2):
            return 0
        if self.head_at(i) or self.lex.known_orgs.match(self.toks, i):
            return 0
        if j < len(self.toks) and self.tight(j - 1) and self.toks[j].is_word and not self.toks[j].is_cap \
                and self.toks[j].start not in self.lower_word_start \
                and f"{self.toks[j - 1].key} {self.toks[j].key}" in self.dictionary:
            return 0  # the last syllable begins a word: "Cung Văn hóa" is no person ("Thành công bố" is)
        return j

    def person_at(self, i: int) -> Person | None:
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
        if titles and (after := self.bracketed_place_end(j)):
            j = after  # "Chủ tịch UBND huyện Đăk Hà (tỉnh Kon Tum) Phạm Đức Hạnh"
        comma = j < len(self.toks) and ((bool(titles) and self.toks[j].text in ",:-–")
                                        or (bool(honorifics) and not titles and self.plural_colon(i, j)))
        if comma:
            j += 1  # "Chủ tịch Liên hiệp …, TSKH Phan Xuân Dũng"; "các đồng chí Ủy viên …: A, …; B, …"
        if comma or (titles and not honorifics):  # "Chủ tịch UBND tỉnh ông Nguyễn Văn Sơn": the title, then the address
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
                if self.looks_like_person(k, t_end) or self.person_named_like_place(k, t_end) \
                        or self.name_after_place(t_start, k, t_end):
                    titles[-1] = (t_start, k)
                    self.title_parts = [(label, a, min(b, k)) for label, a, b in self.title_parts if a < k]
                    return Person(k, t_end, titles, honorifics, degrees, "person:title+name")
        if not name_end:
            return None
        place = self.places_match(j) if titles and titles[-1][1] == j and not degrees else 0
        if place and name_end - (j + place) >= 2 and not self.person_named_like_place(j, name_end):
            # `Bộ trưởng Bộ Ngoại giao Hàn Quốc | Park Jin`: the country or province ends the title's body
            titles[-1] = (titles[-1][0], j + place)
            body = next((k for k, (label, _a, b) in enumerate(self.title_parts)
                         if label == "organisation" and b == j), None)
            if body is None:
                self.title_parts.append(("location", j, j + place))
            else:
                self.title_parts[body] = ("organisation", self.title_parts[body][1], j + place)
            j += place
        if titles and not honorifics and self.places_match(j) >= name_end - j \
                and not self.person_named_like_place(j, name_end):
            return None  # "Trưởng Đoàn đại biểu Quốc hội Hải Phòng": the place ends the title's body
        if honorifics and not titles and self.from_province(honorifics[-1], j, name_end):
            return None  # "sinh viên Đà Nẵng": students from Da Nang, no person
        rule = "person:" + ("title" if titles else "honorific" if honorifics else "degree" if degrees else "surname")
        return Person(j, name_end, titles, honorifics, degrees, rule + "+name")

    def bracketed_place_end(self, j: int) -> int:
        """A place in brackets at j, where a title's body is (`UBND huyện Đăk Hà | (tỉnh Kon
        Tum)`): where the bracket closes, the place read as the title's; 0 if none."""
        if j + 2 >= len(self.toks) or self.toks[j].text != "(":
            return 0
        place = self.place_at(j + 1, in_title=True)
        if not place or place[0] >= len(self.toks) or self.toks[place[0]].text != ")":
            return 0
        self.title_parts.append(("location", place[1], place[0]))
        return place[0] + 1

    def plural_colon(self, i: int, j: int) -> bool:
        """`các nhà thơ: A, B và C`: a plural word before the honorific at i and a colon at j, so
        that each person listed after it is what the honorific says."""
        return self.toks[j].text == ":" and i > 0 and self.toks[i - 1].key in self.lex.plural_words

    def from_province(self, honorific: tuple[int, int], j: int, end: int) -> bool:
        """A province or country after an honorific that says what people do (not one that
        addresses them: `ông Thái Bình` is a man) says where they are from."""
        said = " ".join(t.key.lower() for t in self.toks[honorific[0]:honorific[1]])
        return said not in self.lex.address_words and fold(self.text(j, end)) in province_and_country_keys() \
            and not self.person_named_like_place(j, end)

    def pen_name_end(self, j: int) -> int:
        """`Lê Thị Thanh Hà (Nguyên Đức)`: a pen name in brackets is the same person."""
        if j < len(self.toks) and self.toks[j].text == "(":
            k = j + 1
            while k < len(self.toks) and self.name_word(k):
                k += 1
            if k > j + 1 and k < len(self.toks) and self.toks[k].text == ")" and k - j - 1 <= MAX_NAME_SYLLABLES:
                return k + 1
        return j

    def take_person(self, person: Person) -> int:
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
        titles = [self.text(a, b) for a, b in person.titles]
        if self.shared_titles and person.start < self.shared_titles[1]:
            titles = [*self.shared_titles[0], *(t for t in titles if t not in self.shared_titles[0])]
        value = person_value(self.text(person.start, person.end), titles,
                             [self.text(a, b) for a, b in person.honorifics],
                             [self.text(a, b) for a, b in person.degrees])
        self.emit("person", person.start, person.end, value, person.rule)
        if person.titles and self.introduced_as_many(person) and self.toks[person.start - 1].text == ":":
            # `các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: A, …; B, …`: each person listed up to the
            # sentence's end holds the title before the colon
            stop = next((k for k in range(person.end, len(self.toks)) if self.toks[k].text in ".!?"), len(self.toks))
            self.shared_titles = (tuple(self.text(a, b) for a, b in person.titles if b <= person.start), stop)
        if end <= person.end and self.introduced_as_many(person):
            return self.listed_names(person.end, value)
        return max(end, person.end)

    def introduced_as_many(self, person: Person) -> bool:
        """A plural word before the title or honorific: `các Phó Thủ tướng`, `các ông`."""
        introduced = [*person.honorifics, *person.titles]
        first = min((a for a, _ in introduced), default=0)
        return first > 0 and (self.toks[first - 1].key in self.lex.plural_words
                              or self.toks[first].key in self.lex.plural_words)  # `các đồng chí` is one word

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


@cache
def _designations() -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon.words("designations"))


def person_value(name: str, titles: list[str], honorifics: list[str], degrees: list[str]) -> PersonValue:
    """A person's value from the words read around the name: a designation read as an
    honorific (`NSND`, `nhà thơ`, `VĐV`) is a title, as written (ANNOTATION.md)."""
    designations = [h for h in honorifics if fold(h) in _designations()]
    return PersonValue(name=name, titles=(*designations, *titles),
                       honorifics=tuple(as_honorific(h) for h in honorifics if h not in designations),
                       degrees=tuple(degrees))


def as_honorific(written: str) -> str:
    """`Ông` at a sentence start is `ông`; an abbreviation keeps its capitals (NSND, HLV)."""
    return written if written.isupper() else written.lower()
