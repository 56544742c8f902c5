"""State designations conferred by decision: a relic ranked (`xếp hạng di tích cấp tỉnh`), an
artefact recognised (`công nhận bảo vật quốc gia`), a heritage listed, a product selected
(`sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia`). No contest gives them and no
ceremony names them, yet a page that confers one reads as an award page does: the designation
is the award and its category, the relics or products named with it its recipients.

A designation merely named (`đình làng là di tích quốc gia`) is a fact about a place, not a
conferral: one counts only after a verb of conferring in its clause (lexicon
recognising_verbs), and at the level it is conferred at (lexicon recognition_levels)."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from pipeline import lexicon

# between the verb and the designation, within one clause: `công nhận 41 sản phẩm, bộ sản phẩm là`
FILLER_CHARS = 80


@cache
def _pattern() -> regex.Pattern[str]:
    kinds = lexicon.table("recognitions")
    levelled = lexicon.alternation([written for written, _, how in kinds if how == "level"])
    alone = lexicon.alternation([written for written, _, how in kinds if how == "alone"])
    levels = lexicon.alternation(lexicon.words("recognition_levels"))
    verbs = lexicon.alternation(lexicon.words("recognising_verbs"))
    return regex.compile(
        rf"""(?<![\p{{L}}\p{{M}}])(?i:{verbs})(?![\p{{L}}\p{{M}}])   # the conferring verb
             [^.;:!?\n]{{0,{FILLER_CHARS}}}?                          # what is conferred, in its clause
             (?<![\p{{L}}\p{{M}}])(?P<name>(?i:(?P<kind>{levelled})\s+(?P<level>{levels})|(?P<kind>{alone})))
             (?![\p{{L}}\p{{M}}])""",
        regex.VERBOSE)


@cache
def _designations() -> dict[str, str]:
    return {written.lower(): designation for written, designation, _ in lexicon.table("recognitions")}


def conferred(body: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every designation conferred on the page, named as the designation it
    is at the level written (`hàng CNNT tiêu biểu cấp tỉnh` is `sản phẩm công nghiệp nông thôn
    tiêu biểu cấp tỉnh`, `di tích lịch sử cấp tỉnh` is `di tích cấp tỉnh`)."""
    return list(_conferred(body))


@lru_cache(maxsize=2)
def _conferred(body: str) -> tuple[tuple[int, int, str], ...]:
    """Read once a page: its award's names and its categories both ask."""
    designations = _designations()
    out = []
    for m in _pattern().finditer(body):
        name = designations[lexicon.key(m["kind"])]
        if m["level"]:
            name = f"{name} {' '.join(m['level'].split())}"
        out.append((m.start("name"), m.end("name"), name))
    return tuple(out)
