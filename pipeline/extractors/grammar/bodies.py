"""Organisations: a head word (`Bộ`, `Sở`, `Công ty`, `UBND`) or a known body, then its name,
then the administrative unit and place it belongs to (`UBND tỉnh Bắc Giang`)."""

from __future__ import annotations

from pipeline.model import NameValue
from pipeline.text import fold


class Bodies:
    """The scanner's rules for bodies (a part of grammar.scanner.Scanner)."""

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

    def org_at(self, i: int, *, in_title: bool = False) -> tuple[int, str] | None:
        """An organisation starting at token i: (end, rule). In a title (`Phó Chủ tịch
        UBND thành phố Hoàng Minh Cường`) a trailing personal name is not part of it; a party
        committee named by its level is one in lower case too (`huyện ủy`), and so is the organ
        of a body named after it (`ban thường vụ huyện ủy`)."""
        organ = self.lex.organs.match(self.toks, i)
        if organ and self.tight(i + organ - 1) and (body := self.org_at(i + organ, in_title=in_title)):
            return body[0], "org:organ+body"  # `Ban Thường vụ | Tỉnh ủy`, `ban thường vụ | huyện ủy`
        if not self.cap_word(i) and not self.lex.lowercase_bodies.match(self.toks, i):
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

    def outlet_at(self, i: int) -> tuple[int, str] | None:
        """`báo Tuổi Trẻ`, `tạp chí Tia Sáng`: a news outlet written with a lowercase head;
        not the end of a longer word (`thông báo Hà Nội`) nor a bare place."""
        n = self.lex.media_heads.match(self.toks, i)
        end = self._named_after_lowercase_head(i, n, place_allowed=False)
        return (end, "org:outlet+name") if end else None

    def school_at(self, i: int) -> tuple[int, str] | None:
        """`trường TH Lê Lợi`, `trường tiểu học Đức Long`: a school written with a lowercase head;
        not the end of a longer word (`thị trường Hà Nội`); a bare place's name only after the
        school's kind (`trường tiểu học Hạ Long`, not `trường Hạ Long`)."""
        n = self.lex.school_heads.match(self.toks, i)
        end = self._named_after_lowercase_head(i, n, place_allowed=n > 1)
        return (end, "org:school+name") if end else None

    def _named_after_lowercase_head(self, i: int, n: int, *, place_allowed: bool) -> int:
        """The end of a name of two words or more right after the head of n tokens at i, or 0."""
        if not n or not self.tight(i + n - 1) or not self.cap_word(i + n):
            return 0
        if i > 0 and self.tight(i - 1) and self.toks[i - 1].is_word and \
                f"{self.toks[i - 1].key.lower()} {self.toks[i].key}" in self.dictionary:
            return 0
        end = self.name_run(i + n)
        place = self.place_or_district_match(i + n)
        if end - (i + n) < 2 or (not place_allowed and place >= end - (i + n)):
            return 0
        return end

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

    def emit_org(self, i: int, j: int, rule: str) -> None:
        written = self.text(i, j)
        self.emit("organisation", i, j, NameValue(written[:1].upper() + written[1:]), rule)
