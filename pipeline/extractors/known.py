"""The winners a category (or an award) already has, and what is asked of each new one: is
it one of them, a part of one, or a name one of them ends a lead with.

A result list may name hundreds of winners under one prize (`Giải Khuyến khích: …`), and
each candidate was compared with every winner read before it: a cost growing with the
square of the list. `Known` keeps the answers' keys as the winners come, so each question
costs a look-up or a few, whatever the list's length.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.model import Recipient
from pipeline.text import fold


def is_new(who: Recipient, known: Iterable[Recipient]) -> bool:
    """No winner of that name yet, or only with another work (two works by one author)."""
    return all(fold(k.name) != fold(who.name) or (k.work and who.work and fold(k.work) != fold(who.work))
               for k in known)


def part_of(who: Recipient, other: Recipient) -> bool:
    """`Nguyễn Thị Lan` is one of the authors the rules read as `Nguyễn Thị Lan, Đặng Văn Hòa`;
    `THCS Bản Vẽ` is the school of `Đôi trường THCS Bản Vẽ` (whole words, not `Nguyễn Văn A` of
    `Nguyễn Văn An`)."""
    part, whole = fold(who.name).split(), fold(other.name).replace(",", " ").split()
    return part != whole and any(whole[k:k + len(part)] == part for k in range(len(whole) - len(part) + 1))


class Known:
    """The winners so far, by folded name; the runs of whole words inside each (a winner read
    as a part of one is no winner of its own); the folded names of those that may be people,
    by length (a lead that ends with one)."""

    def __init__(self, winners: Iterable[Recipient]) -> None:
        self.by_name: dict[str, list[Recipient]] = {}
        self.parts: set[tuple[str, ...]] = set()
        self.people: dict[int, set[str]] = {}  # length -> folded names
        for who in winners:
            self.add(who)

    def add(self, who: Recipient) -> None:
        name = fold(who.name)
        self.by_name.setdefault(name, []).append(who)
        whole = name.replace(",", " ").split()
        for size in range(len(whole)):  # the runs shorter than the whole, as `part_of` reads them
            self.parts.update(tuple(whole[k:k + size]) for k in range(len(whole) - size + 1))
        if who.kind in ("person", None):
            self.people.setdefault(len(name), set()).add(name)

    def is_new(self, who: Recipient) -> bool:
        return is_new(who, self.by_name.get(fold(who.name), ()))

    def has_whole_of(self, who: Recipient) -> bool:
        """`who` is a part of one of the winners (`part_of`)."""
        return tuple(fold(who.name).split()) in self.parts

    def named(self, name: str) -> bool:
        return fold(name) in self.by_name

    def ends(self, folded: str) -> bool:
        """The folded text ends with the name of a winner who may be a person."""
        # (a name longer than the text meets a shorter slice, which no name of its length equals)
        return any(folded[len(folded) - size:] in names for size, names in self.people.items())
