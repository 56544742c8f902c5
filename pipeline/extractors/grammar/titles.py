"""Titles written next to a person: before the name (`Phó Chủ tịch UBND thành phố`), after it
behind a comma or a dash, or in brackets; with the body or place each title belongs to."""

from __future__ import annotations

import regex

from pipeline.extractors.grammar.people import Person

# a school class: its grade, then a letter and a number or two (6A, 12A1, 9a9), or a slash and
# the class's number, as the South writes it (4/4, 12/3)
_SCHOOL_CLASS = regex.compile(r"(?:1[0-2]|[1-9])(?:[A-Za-zĐđ]\d{0,2}|/\d{1,2})(?![\p{L}\d])")
# a title in brackets after a name runs to this many tokens at most
MAX_BRACKET_TITLE_TOKENS = 30
# names listed before the office they take together: `A, B và C được bầu làm …`
MAX_LISTED_NAMES = 4
# between a name and the office it is elected or appointed to: `X | được bầu làm | Phó Bí thư`,
# `X | giữ chức | Giám đốc Sở …`, `X | tiếp tục được bầu giữ chức | Bí thư`
_TAKES_OFFICE = regex.compile(
    r"""[ \t]+(?:(?:tiếp\s+tục\s+|đã\s+)?được\s+(?:bầu(?:\s+lại)?|tái\s+bổ\s+nhiệm|bổ\s+nhiệm|tín\s+nhiệm\s+bầu
                                              |điều\s+động|phân\s+công|luân\s+chuyển|chỉ\s+định|giao)
             (?:\s+(?:làm|giữ\s+chức(?:\s+vụ)?|vào\s+chức(?:\s+vụ)?|là|đảm\s+nhiệm(?:\s+chức\s+vụ)?))?
           |(?:tiếp\s+tục\s+|đã\s+)?(?:giữ\s+chức(?:\s+vụ)?|đảm\s+nhiệm\s+chức(?:\s+vụ)?))[ \t]+(?=\p{Lu})""",
    regex.VERBOSE,
)


class Titles:
    """The scanner's rules for titles (a part of grammar.scanner.Scanner)."""

    def title_at(self, i: int, *, after_name: bool = False) -> tuple[int, list[tuple[str, int, int]]]:
        """A title and the body or place it belongs to: (end, [(label, start, end)]); end 0 if none.
        `after_name`: the title runs on right after a person's name, no comma between."""
        n = self.title_length(i)
        if not n:
            return 0, []
        first = i + (self.toks[i].key in self.lex.former)  # the title's own first word, after "nguyên"
        if first == i and self.toks[first].is_cap and self.inside_name(first) and not after_name:
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
        if (grade := self.school_class_end(end)) and (end := grade) < len(self.toks):
            org = self.org_at(end, in_title=True)  # "học sinh | lớp 6A | Trường THCS Tân An"
            return (org[0], [*parts, ("organisation", end, org[0])]) if org else (end, parts)
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

    def school_class_end(self, i: int) -> int:
        """`lớp 6A`, `lớp 12A1` at i, a pupil's class, which is part of their title (ANNOTATION.md):
        where it ends; 0 if none."""
        if i + 1 >= len(self.toks) or self.toks[i].key != "lớp" or not self.tight(i):
            return 0
        grade = _SCHOOL_CLASS.match(self.body, self.toks[i + 1].start)
        if not grade:
            return 0
        return next((k for k in range(i + 1, len(self.toks)) if self.toks[k].start >= grade.end()), len(self.toks))

    def posted_at(self, i: int) -> tuple[int, int] | None:
        """`tại Việt Nam` after a title's place: where an envoy serves. (end, place start)."""
        if i + 1 < len(self.toks) and self.toks[i].key == "tại" and self.tight(i):
            place = self.place_at(i + 1, in_title=True)
            if place and place[2] == "location:lexicon":
                return place[0], place[1]
        return None

    def title_length(self, i: int) -> int:
        """Tokens of the title at i, a former one included (nguyên Giám đốc); 0 if none."""
        n = self.lex.titles.match(self.toks, i)
        if n or not (i < len(self.toks) and self.toks[i].key in self.lex.former and self.tight(i)):
            return n
        after = self.lex.titles.match(self.toks, i + 1)
        return after and 1 + after

    def titles_from(self, j: int, titles: list[tuple[int, int]], *, after_name: bool = False) -> int:
        """Titles one after another (`Ủy viên Bộ Chính trị, Bí thư Thành ủy`, or set apart by
        dashes), from token j (right after a name, with `after_name`)."""
        while True:
            end, parts = self.title_at(j, after_name=after_name)
            after_name = False
            if not end:
                return j
            if titles and titles[-1][1] == j:  # "Trưởng Đoàn | đại biểu Quốc hội": one title
                titles[-1] = (titles[-1][0], end)
            else:
                titles.append((j, end))
            self.title_parts += parts
            j = end
            if j < len(self.toks) and self.toks[j].text == "," and not parts:
                org = self.org_at(j + 1)  # "Trưởng khoa Gây mê, Bệnh viện Quân y"
                if org:
                    titles[-1] = (titles[-1][0], org[0])
                    self.title_parts.append(("organisation", j + 1, org[0]))
                    j = org[0]
            if j < len(self.toks) and self.toks[j].text in ",-–" and self.title_length(j + 1):
                j += 1  # `Huyện ủy viên – Chánh Văn phòng …`: a dash between titles, as a comma

    def office_taken(self, j: int) -> int:
        """The token where the office a person is elected or appointed to begins, when the words
        after the name at j say so (`được bầu làm`, `giữ chức`) and a title follows; 0 if none."""
        if not 0 < j < len(self.toks):
            return 0
        m = _TAKES_OFFICE.match(self.body, self.toks[j - 1].end)
        if not m:
            return 0
        k = next((k for k in range(j, min(len(self.toks), j + 12)) if self.toks[k].start >= m.end()), 0)
        return k if k and self.toks[k].start == m.end() and self.title_length(k) else 0

    def office_of_the_listed(self, j: int) -> int:
        """`A, B và C được bầu làm Phó Bí thư`: from a name ending at j, the office the names
        listed with it take together; 0 if none."""
        listed = 0
        while listed < MAX_LISTED_NAMES and j + 1 < len(self.toks) and self.toks[j].text in (",", "và"):
            end = self.person_name_end(j + 1, need_surname=True)
            if not end:
                return 0
            j, listed = end, listed + 1
        return self.office_taken(j) if listed else 0

    def bracketed_title(self, person: Person) -> int:
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
        first = self.after_age(j + 1)  # `(51 tuổi, Phó Chủ tịch UBND xã)`: the age first, then the title
        if n := self.title_length(first):
            self.titles_from(first, person.titles)
            person.titles[-1] = (first, close)  # "… thuộc Cục Quản lý Dược": the title runs to the bracket
            # the scan goes on after the role and the bodies the title named: the others are bodies too
            return max([first + n, *(b for _label, a, b in self.title_parts if a > j)])
        said = self.lex.honorifics.match(self.toks, j + 1)
        if (said and close - j - 1 > said) or self.school_class_end(j + 1):  # `(lớp 9B, Trường THCS Tân An)`
            person.titles.append((j + 1, close))
            return close + 1
        return j

    def after_age(self, i: int) -> int:
        """Past an age and its comma at i (`51 tuổi,`), where a bracket after a name often opens."""
        if i + 2 < len(self.toks) and self.toks[i].text.isdigit() and self.toks[i + 1].key == "tuổi" \
                and self.toks[i + 2].text == ",":
            return i + 3
        return i

    def appositive_titles(self, person: Person) -> int:
        """Titles after the name, after a comma or a dash, or run on with none:
        `Nguyễn Đức Hải, Ủy viên TW Đảng, Phó Chủ tịch Quốc hội`, `Trần Văn Bình - Giám đốc …`."""
        if (resume := self.bracketed_title(person)) > person.end_scan:
            return resume
        j = person.end_scan
        if j + 1 < len(self.toks) and self.toks[j].text in ",-–" and (end := self.school_class_end(j + 1)):
            # `Lê Minh Châu, lớp 4H`, `Cao Thu Ngân - Lớp 8a1 Trường THCS Hòa Tân`: the class, and
            # the school right after it, is what the pupil is
            org = self.org_at(end) if end < len(self.toks) and self.tight(end - 1) else None
            if org:
                self.title_parts.append(("organisation", end, org[0]))
            person.titles.append((j + 1, org[0] if org else end))
            return org[0] if org else end
        if j == person.end and (office := self.office_taken(j)):
            return self.titles_from(office, person.titles)  # `X được bầu làm Phó Bí thư Huyện ủy`
        if j == person.end and (office := self.office_of_the_listed(j)):
            parts = list(self.title_parts)  # `A và B được bầu làm …`: A's office too; its bodies are read with B's
            self.titles_from(office, person.titles)
            self.title_parts = parts
            return j
        run_on = j < len(self.toks) and j == person.end and self.tight(j - 1) and self.toks[j].is_cap \
            and self.title_length(j) > 0  # `Võ Văn Thưởng Ủy viên Bộ Chính trị`: no comma between
        if run_on or (j + 1 < len(self.toks) and self.toks[j].text in ",-–" and self.title_length(j + 1)):
            had = len(person.titles)
            end = self.titles_from(j if run_on else j + 1, person.titles, after_name=run_on)
            if len(person.titles) == had:
                return j  # the words looked like a title and were none: nothing read
            if self.tight(end - 1) and self.person_name_end(end, need_surname=True):
                # "Trần Hồng Hà, Bộ trưởng Lê Minh Hoan": the last title introduces the next person
                last = person.titles.pop()[0]
                self.title_parts = [part for part in self.title_parts if part[1] < last]
                return last - 1 if len(person.titles) > had else j
            j = end
            if office := self.office_taken(j):  # `X, Nguyên Phó Bí thư, được chỉ định giữ chức Bí thư …`
                j = self.titles_from(office, person.titles)
        return j
