"""The grammar's scan: syllable tokens left to right; at each position it tries, in order,
a person introduced by an honorific, title or degree, an organisation, a place, and a
person by surname. What one rule takes, no later rule sees.

What a run is comes from its left context: a head word makes an organisation, an
administrative word a place, a title, honorific or degree a person; a surname alone
also starts a person. The rules live in the parts a reader would look for them in:
runs.py (capitalised runs), people.py, titles.py, bodies.py and places.py.
"""

from __future__ import annotations

from pipeline.extractors.grammar.bodies import Bodies
from pipeline.extractors.grammar.people import People
from pipeline.extractors.grammar.places import Places
from pipeline.extractors.grammar.runs import Runs
from pipeline.extractors.grammar.titles import Titles
from pipeline.model import NameValue, Span
from pipeline.names import expand
from pipeline.text import fold


class Scanner(People, Titles, Bodies, Places, Runs):
    """One article's grammar: every rule part, and the scan that orders them."""

    def emit(self, label: str, i: int, j: int, value: object, rule: str) -> None:
        start, end = self.toks[i].start, self.toks[j - 1].end
        self.spans.append(Span(start, end, label, self.body[start:end], value, rule))

    def award_name_end(self, i: int) -> int:
        """Where the capitalised name at token i ends when an award word stands right before
        it (`Giải thưởng | Lưu Văn Sương`); 0 when none does, or the name opens with a prize
        level (`giải | Nhất`)."""
        toks = self.toks
        k = i - 1 - (i > 1 and toks[i - 1].key == "thưởng")
        if k < 0 or toks[k].key != "giải" or not self.tight(i - 1) or \
                fold(f"giải {toks[i].text}") in self.lex.prize_levels:
            return 0
        j = i + 1
        while self.cap_word(j) and self.tight(j - 1):
            j += 1
        return j

    def scan(self) -> list[Span]:
        i = 0
        starts = self.lex.lowercase_starts
        while i < len(self.toks):
            tok = self.toks[i]
            if not tok.is_word or not (tok.is_cap or tok.key in starts):  # most tokens start nothing
                i += 1
                continue
            named = tok.is_cap and self.award_name_end(i)
            if named:
                i = named  # "Giải thưởng Lưu Văn Sương": an award's name, no person (ANNOTATION.md)
                continue
            person = self.person_at(i)
            if person and person.honorifics and tok.is_cap and self.place_or_district_match(i) >= person.end - i:
                person = None  # "Bà Rịa - Vũng Tàu" is a province, not Mrs Rịa
            if person and person.rule != "person:surname+name":
                i = self.take_person(person)
                continue
            org = self.org_at(i) or self.outlet_at(i) or self.school_at(i)
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
