"""Award names: `Giải thưởng Sao Khuê 2024`, `Lễ trao giải “Báo chí vì biển đảo”`,
`Liên hoan Múa … lần thứ 7 năm 2022`, `Sự kiện biểu dương TOP Công nghiệp 4.0`, with the
edition's year when one is written with the name or right after it."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from pipeline import lexicon
from pipeline.extractors import honours, recognitions
from pipeline.text import digits_value, fold


class AwardName(NamedTuple):
    start: int
    end: int
    name: str  # without its year
    year: int | None


# Award names run to a dozen words or more (Giải Báo chí toàn quốc về công tác Đoàn và
# phong trào thanh thiếu nhi); a longer quoted text is a quotation, not a name.
MAX_AWARD_NAME_CHARS = 120
MAX_AWARD_NAME_WORDS = 16
_CUE = (r"(?:[Ll]ễ\s+trao\s+(?:giải|tặng)|[Gg]iải\s+thưởng|[Gg]iải|[Dd]anh\s+hiệu|[Bb]iểu\s+dương|[Vv]inh\s+danh"
        r"|[Cc]uộc\s+thi|[Hh]ội\s+thi|[Ll]iên\s+hoan)")
# the quoted name may follow a few words saying what kind of prize it is ("giải ảnh nghệ
# thuật “X”"), never words that make the quotation a work ("giải Nhất cho tác phẩm “X”")
AWARD_QUOTED = regex.compile(
    rf"""(?P<cue>{_CUE})(?:\s+(?:thưởng|tại))?
         (?P<kind>(?:\s+(?!cho|của|với|là|và|tại|hạng|tác\s+phẩm|bài|công\s+trình)\p{{Ll}}+){{0,3}})
         \s*[“\"'‘«](?P<name>[^”\"'’»\n]{{3,120}})[”\"'’»]""", regex.VERBOSE)
# a name token: a capitalised word, a number or code (4.0, I4.0), or a dash between parts
_NAME_TOKEN = regex.compile(r"[ \t]*(?P<tok>[\p{L}\d][\p{L}\p{M}\d.&/]*[\p{L}\d]|[\p{L}\d]|[–-](?=\s))")
AWARD_PLAIN_START = regex.compile(
    r"""(?P<cue>(?<![\p{L}])(?:Giải\s+vô\s+địch(?:\s+\p{Ll}+){0,2}|Giải\s+thưởng|Giải|Danh\s+hiệu|Liên\s+hoan|Hội\s+thi)
              |(?:giải\s+thưởng|giải|danh\s+hiệu|chứng\s+nhận)
              # the grand prize of an award: "Giải thưởng lớn | Kiến trúc Quốc gia"
              |(?<=[Gg]iải\s+thưởng\s+lớn|[Gg]iải\s+lớn)
              # an event's name: "Sự kiện biểu dương | X"
              |(?<=(?:[Ss]ự\s+kiện|[Cc]hương\s+trình|[Ll]ễ)\s+)(?:biểu\s+dương|tôn\s+vinh|vinh\s+danh))
       [ \t]+(?=[\p{Lu}\d])""", regex.VERBOSE)  # on the cue's line: `tại giải` ends one, `Ngoài ra` opens the next
_YEAR_SUFFIX = regex.compile(r"\s+(?:năm\s+)?(?P<year>(?:19|20)\d{2})$")
_YEAR_AFTER = regex.compile(
    r"[”\"'’»]?\s*(?:,?\s*lần\s+thứ\s+[\dIVXLC]+\s*)?(?:[,–-]\s*)?(?:năm\s+)?(?P<year>(?:19|20)\d{2})(?!\d)")


@cache
def _amount() -> regex.Pattern[str]:
    """A sum of money: a number, then a scale word or a currency (`15 triệu đồng`, `500 USD`)."""
    words = lexicon.alternation([*lexicon.mapping("scales"), *lexicon.mapping("currencies"), "đồng"])
    return regex.compile(rf"\d[\d.,]*\s*{words}(?!\p{{L}})", regex.IGNORECASE)


@cache
def superlatives() -> str:
    """The best-of endings that are superlatives (best_words with `nhất`), as an alternation:
    praise without `nhất` (thành tích xuất sắc) names no best of a contest."""
    return lexicon.alternation([w for w in lexicon.words("best_words") if w.endswith("nhất")])


@cache
def _best_title() -> regex.Pattern[str]:
    """A name ending in a superlative (`Tác giả xuất sắc nhất`): the best of a contest."""
    return regex.compile(rf"(?<!\p{{L}})(?i:{superlatives()})(?:\s+(?:nam|nữ))?$")


@cache
def _committee() -> regex.Pattern[str]:
    """The event's committee, the subject of the next clause when no comma comes before it
    (`Kết thúc giải Ban tổ chức đã trao …`): no part of the award's name."""
    committees = lexicon.alternation(lexicon.words("event_committees"))
    return regex.compile(rf"[ \t]*(?i:{committees})(?!\p{{L}})")


def _plain_name(body: str, start: int) -> int:
    """End of an unquoted award name starting at `start`: capitalised words, numbers,
    codes and lowercase words up to a stop word or punctuation."""
    stops = lexicon.words("award_name_stops")
    end, words, pos = start, 0, start
    while words < MAX_AWARD_NAME_WORDS:
        m = _NAME_TOKEN.match(body, pos)
        if not m or m["tok"].lower() in stops or _committee().match(body, pos):
            break
        if m["tok"] in "–-" and not _NAME_TOKEN.match(body, m.end()):
            break
        pos = m.end()
        words += 1
        if m["tok"] not in "–-":
            end = pos
    return end


def find(body: str) -> list[AwardName]:
    """Every award name written in `body`, in text order."""
    levels = lexicon.mapping("prize_levels")
    names: list[tuple[int, int, str]] = []
    for m in AWARD_QUOTED.finditer(body):
        said = fold(f"{m['cue']}{m['kind']}")
        if not any(said == lv or said.startswith(f"{lv} ") for lv in levels):  # "giải nhất “X”" names a work
            names.append((m.start("name"), m.end("name"), m["name"].strip()))
    for m in AWARD_PLAIN_START.finditer(body):
        if any(a <= m.end() < b + 2 for a, b, _ in names):
            continue
        end = _plain_name(body, m.end())
        cue_in_name = m["cue"][:1].isupper() and not body[max(0, m.start() - 4):m.start()].strip().endswith("Lễ")
        start = m.start() if cue_in_name else m.end()
        text = body[start:end].strip()
        written = fold(f"{m['cue']} {body[m.end():end]}")
        if end - m.end() < 2 or any(written == lv or written.startswith(f"{lv} ") for lv in levels):
            continue  # "giải Nhất", "giải Khuyến khích": a prize level, not an award
        if _amount().match(body, m.end()):
            continue  # "mỗi giải 15 triệu đồng": what each prize is worth
        if _best_title().search(text):
            continue  # "giải Tác giả xuất sắc nhất": a prize of the award, a category, not the award
        if len(body[m.end():end].split()) < 2 and not cue_in_name:
            continue
        if fold(m["cue"]) in ("danh hiệu", "chứng nhận") and not (_YEAR_SUFFIX.search(text)
                                                                  or _YEAR_AFTER.match(body, end)):
            continue  # "danh hiệu Tập thể Lao động xuất sắc" is an honour, not a ceremony's award; a
            # certificate is one when the year's edition is named ("chứng nhận Hàng … năm 2024")
        names.append((start, end, text))
    out: list[AwardName] = []
    for start, written_end, written in sorted(names):
        year = None
        ys = _YEAR_SUFFIX.search(written)
        text = written[:ys.start()].strip() if ys else written
        end = start + len(text)
        after = _YEAR_AFTER.match(body, written_end)
        if ys:
            year = digits_value(ys["year"])
        elif after:
            year = digits_value(after["year"])
        if 3 <= len(text) <= MAX_AWARD_NAME_CHARS:
            out.append(AwardName(start, end, text, year))
    # a State honorary title conferred (`danh hiệu vinh dự Nhà nước “Nghệ nhân Ưu tú”`) is named
    # by its title, also where the title was read as a quoted name
    # and so is a State designation conferred by decision (`xếp hạng di tích cấp tỉnh`), and the
    # Party's badge by its name whatever classes of it are given
    badges = [(start, end, honours.PARTY_BADGE_AWARD) for start, end, _, _ in honours.party_badges(body)]
    for start, end, name in honours.state_honours(body) + recognitions.conferred(body) + badges:
        out = [n for n in out if n.end <= start or n.start >= end]
        after = _YEAR_AFTER.match(body, end)
        out.append(AwardName(start, end, name, digits_value(after["year"]) if after else None))
    return sorted(out)


# An event that holds its own prizes, named by what it is (`Giải bóng chuyền nam, nữ truyền
# thống tỉnh Kon Tum lần thứ V`, `Hội khỏe Phù Đổng toàn tỉnh`): its words run lowercase, so
# they end at a stop word, a mark, or a word that begins the sentence's verb.
_EVENT_HEAD = (r"""(?<![\p{L}])(?P<head>(?i:giải\s+vô\s+địch|giải\s+đấu|giải|hội\s+khỏe\s+phù\s+đổng|hội\s+thi(?!\s+đua)
                 |hội\s+thao|hội\s+diễn|liên\s+hoan|cuộc\s+thi|kỳ\s+thi|đại\s+hội\s+(?:thể\s+dục\s+thể\s+thao|TDTT)))
                 (?!\p{L})""")
EVENT = regex.compile(rf"""{_EVENT_HEAD}(?P<rest>(?:,?[ \t]+[\p{{L}}\d][\p{{L}}\p{{M}}\d.&'’/-]*){{0,16}})""",
                      regex.VERBOSE)
EVENT_HEAD = regex.compile(_EVENT_HEAD, regex.VERBOSE)
_LISTED_AFTER_COMMA = frozenset({"nam", "nữ"})
# a word whose full stop is an abbreviation's (`TP.`, `T.Ư.`), not a sentence's end
_ABBREVIATED = regex.compile(r"^\p{Lu}{1,3}$|\.")
_EDITION = regex.compile(r"\s+lần\s+thứ\s+[\dIVXLC]+(?:\s*[-–]\s*năm\s+(?:19|20)\d{2}|\s+năm\s+(?:19|20)\d{2})?")


def event(text: str) -> AwardName | None:
    """The first event named in `text` with two words or more after its head word, cut at the
    first stop word (the lexicon's, a verb of the sentence) or a number that is not its
    edition; None if there is none. The event's year, when written with it, is its year."""
    stops = lexicon.words("award_name_stops") | lexicon.words("event_name_stops")
    levels = lexicon.mapping("prize_levels")
    for m in EVENT.finditer(text, overlapped=True):
        words, end = [], m.end("head")
        found = list(regex.finditer(r",?[ \t]+([\p{L}\d][\p{L}\p{M}\d.&'’/-]*)", text[m.end("head"):m.end()]))
        for k, w in enumerate(found):
            token = w.group(1).rstrip(".")
            pair = fold(f"{token} {found[k + 1].group(1)}") if k + 1 < len(found) else ""
            if fold(token) in stops or pair in stops or (token[0].isdigit() and not words) \
                    or (w.group().startswith(",") and token.lower() not in _LISTED_AFTER_COMMA):
                break  # a comma goes on only to another of the same kind: `bóng chuyền nam, nữ`
            words.append(token)
            end = m.end("head") + w.end() - (len(w.group(1)) - len(token))
            if w.group(1).endswith(".") and not _ABBREVIATED.search(token):
                break  # `… đôi nam cầu lông. Kết quả`: the sentence ends the name
        written = fold(f"{m['head']} {' '.join(words[:1])}")
        said = fold(f"{m['head']} {' '.join(words)}")
        if len(words) < 2 or any(said == lv or said.startswith(f"{lv} ") for lv in levels):
            continue  # "giải Nhất", "giải Khuyến khích": a prize level
        if fold(m["head"]) == "giải" and (written in lexicon.dictionary() or EVENT.match(text, m.end("head") + 1)):
            continue  # "giải pháp": a word, no prize; "giải | kỳ thi …": the event named next
        edition = _EDITION.match(text, end)
        name = text[m.start():end].strip(" ,")
        year = _YEAR_AFTER.match(text, end)
        if edition:
            year = _YEAR_AFTER.search(text, end, edition.end() + 1) or year
        return AwardName(m.start(), m.start() + len(name), name, digits_value(year["year"]) if year else None)
    return None


def competition_word(text: str) -> AwardName | None:
    """The first word for a competition in `text` (`cuộc thi`, `hội thi`, `liên hoan`, `giải
    đấu`): the award's name as the page writes it when it names the competition no further."""
    for m in EVENT_HEAD.finditer(text):
        if fold(m["head"]) != "giải":  # `giải` alone is as often the prize as the competition
            return AwardName(m.start(), m.end("head"), m["head"], None)
    return None


def key(name: str) -> str:
    """One award's names compare equal: case, tones and an edition's year aside."""
    return fold(_YEAR_SUFFIX.sub("", name))
