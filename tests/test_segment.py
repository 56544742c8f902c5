"""pipeline.segment gives the words underthesea's word_tokenize gives, with offsets.

The reference is underthesea itself, run on the same sentences: every Vietnamese
string literal of the test suite (about a thousand sentences in the styles of many
sites), the seed pages, and generated text with numbers, codes, URLs and odd marks.
"""

from __future__ import annotations

import ast
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from underthesea import sent_tokenize, word_tokenize

from pipeline import segment
from pipeline.clean import clean
from pipeline.load import iter_pages
from pipeline.text import normalise, vietnamese_share
from pipeline.underthesea_parts import normalise_characters

HERE = Path(__file__).parent


def _suite_sentences() -> list[str]:
    """Every string literal of the tests that reads as Vietnamese, cut into sentences."""
    texts = []
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and vietnamese_share(node.value)[0] > 0.2:
                texts.append(node.value)
    for path in sorted((HERE.parent / "raw").iterdir()):
        texts += [clean(page).body for page in iter_pages(path)]
    return [s for text in texts for line in normalise(text).split("\n") if line.strip() for s in sent_tokenize(line)]


SENTENCES = _suite_sentences()


def test_the_suite_gives_enough_sentences():
    assert len(SENTENCES) > 800


def _score(sentence: str, words: list[str]) -> float:
    """A segmentation's score under the model, up to a constant of the sentence.

    With two labels, a syllable adds half its margin when labelled B-W and minus half
    when I-W (the other half of its weights is the same either way), plus transitions.
    """
    m = segment.model()
    tokens = [t for _, _, t in segment._syllables(sentence)]
    tokens = [segment._syllable_rules()[2].get(t, t) for t in tokens]
    margins = segment._emissions(m, tokens, [len(tokens)] * len(tokens))
    labels = [k for w in words for k in [0] + [1] * (len(w.split()) - 1)]
    assert len(labels) == len(tokens)
    t = m.transitions
    steps = {(0, 0): t.bb, (0, 1): t.bi, (1, 0): t.ib, (1, 1): t.ii}
    return sum(d / 2 if y == 0 else -d / 2 for d, y in zip(margins, labels, strict=True)) + \
        sum(steps[a, b] for a, b in itertools.pairwise(labels))


def _same_or_tied(sentence: str, ours: list[str], theirs: list[str]) -> bool:
    """Our words are underthesea's; or both score the same and rounding chose (see pipeline.segment)."""
    return ours == theirs or abs(_score(sentence, ours) - _score(sentence, theirs)) < 1e-9


def test_same_words_as_underthesea_on_the_suite():
    got = segment.segment(SENTENCES)
    differ = [(s, word_tokenize(s), [w for _, _, w in words]) for s, words in zip(SENTENCES, got, strict=True)
              if not _same_or_tied(s, [w for _, _, w in words], word_tokenize(s))]
    assert not differ, differ[:3]


def test_offsets_point_at_the_words():
    for sentence, words in zip(SENTENCES, segment.segment(SENTENCES), strict=True):
        ends = [0]
        for start, end, word in words:
            assert sentence[ends[-1]:start].strip() == ""  # only spaces between words
            # the same syllables (the text may glue them: `2023-05-27T15`) with underthesea's characters
            # (`Ð` -> `Đ`), unless a spelling fix changed one
            same = "".join(normalise_characters(sentence[start:end]).split()) == "".join(word.split())
            assert same or len(word) <= segment.SPELLING_MAX
            ends.append(end)
        assert sentence[ends[-1]:].strip() == ""


PIECES = ["Hà", "Nội", "hoà", "UBND", "TP.", "Tp.", "TS.", "Th.S", "v.v.", "e-mail", "H'Mông", "N’Thôn", "NĐ-CP",
          "43H-0530", "4K", "2147483647", "2147483648", "3000000000", "-5", "+7", "1.000.000", "4,5", "12/5/2023",
          "08:30:00", "https://baobacgiang.com.vn/a-b.html", "www.vtv.vn", "a.b@x.vn", "1.600m-2.000m", ":D", "<3",
          "°C", "...", "--", "=>", "(", ")", "“", "”", "[", "]", "{", "}", "Ǆ", "ǅa", "ΣΑΣ", "İ", "中文", "١٢",
          "iPhone", "McDonald", "COVID-19", "I4.0", "5G", "x", "A", "đ", "ð", "\t", "  "]
odd_text = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map(" ".join).map(normalise)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(odd_text)
def test_same_words_as_underthesea_on_odd_text(text):
    (words,) = segment.segment([text])
    assert _same_or_tied(text, [w for _, _, w in words], word_tokenize(text))


def test_a_tie_is_broken_either_way():
    """Two unknown codes in a row score the same as one word or two: a tie."""
    text = "N’Thôn NĐ-CP 43H-0530 4K TS. I4.0"
    (words,) = segment.segment([text])
    ours = [w for _, _, w in words]
    assert ours != word_tokenize(text)
    assert _same_or_tied(text, ours, word_tokenize(text))
    assert not _same_or_tied(text, [" ".join(ours)], word_tokenize(text))  # all one word: no tie


@pytest.mark.parametrize(("window", "expected"), [
    ("3000000000", "False"),  # beyond a 32-bit integer: no digit for underthesea_core
    ("2147483647", "True"),
    ("-12", "True"),
    ("٣", "False"),
])
def test_isdigit_is_a_32_bit_integer(window, expected):
    functions = segment._functions(frozenset())
    assert functions["isdigit"](window) == expected


@pytest.mark.parametrize(("window", "expected"), [
    ("Hà Nội", "True"), ("UBND", "True"), ("12", "True"), ("iPhone", "False"), ("Chủ tịch", "False"),
    ("ǅa", "False"),  # a titlecase letter changes when upper-cased
])
def test_istitle_reads_first_letters(window, expected):
    assert segment._functions(frozenset())["istitle"](window) == expected


def test_cache_is_emptied_when_full(monkeypatch):
    """A small cache gives the same words: memory stays flat, results do not change."""
    expected = segment.segment(SENTENCES[:200])
    monkeypatch.setattr(segment, "CACHE_LIMIT", 50)
    segment.model.cache_clear()
    try:
        assert segment.segment(SENTENCES[:200]) == expected
        assert all(len(n.ids) <= 50 for n in segment.model().ngrams)
    finally:
        segment.model.cache_clear()


def test_text_not_in_nfc_keeps_true_offsets():
    """Decomposed marks (text that did not come through pipeline.load): no crash, offsets into the text."""
    sentence = "Ha\u0300 No\u0323i ba\u0301o ca\u0301o 2023."
    (words,) = segment.segment([sentence])
    assert [sentence[a:b] for a, b, _ in words][:1] == ["Ha\u0300"]
    assert all(sentence[a:b].strip() == sentence[a:b] and b > a for a, b, _ in words)
    assert words[-1][2] == "." and "2023" in [w for _, _, w in words]


def test_empty_and_blank_sentences():
    assert segment.segment([]) == []
    assert segment.segment(["", "   "]) == [[], []]


# Runs without a space longer than the window, made of the pieces that read far ahead: numbers with
# dots and commas, links, addresses, marks. Read a window at a time they must give the syllables
# the whole run gives (a 30,000-character `1.1.1.…` took the square of its length before).
long_run = st.lists(st.sampled_from(["1.", "1", ".", ",", "-", "/", ":", "@", "_", "%", "a", "ạ", "x9", "www.",
                                     "https://", "vn", "?id=", "&", "Đ"]),
                    min_size=300, max_size=900).map("".join)
# ... and a long stretch with no letter, then what makes it a link or an address after all: its
# end is past the first window, where a window does not see it
numbers_then_tail = st.tuples(
    st.lists(st.sampled_from(["1.", "12.", "3-", "7", ","]), min_size=260, max_size=600).map("".join),
    st.lists(st.sampled_from(["www", ".", "vn", "com", "@", "ab", "1", "/", "x"]), min_size=1, max_size=6).map("".join),
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(long_run, numbers_then_tail))
def test_a_long_run_read_a_window_at_a_time_gives_the_syllables_the_whole_run_gives(run):
    assume(len(run) > segment.SYLLABLE_WINDOW)
    pattern = segment._syllable_rules()[0]
    assert segment._matches(pattern, run) == _whole_run(pattern, run)


@pytest.mark.parametrize("run", [
    "1." * 300 + "www.",        # a domain's name at the end of 600 characters: one link, as a whole
    "1." * 300 + "com.vn/",
    "2-" * 280 + "9@mail.vn",   # an address
    "1." * 300 + "www@",        # no link after all: the window's reading stands
    "1." * 400 + "ab1",
])
def test_a_link_that_ends_past_the_first_window_is_read_as_the_whole_run_reads_it(run):
    pattern = segment._syllable_rules()[0]
    assert segment._matches(pattern, run) == _whole_run(pattern, run)


def _whole_run(pattern, text: str) -> list[tuple[int, int, str]]:
    """The syllables as underthesea's pattern reads them, each match given the whole text."""
    found, at = [], 0
    for chunk in re.finditer(r"\S+", text):
        at, end = chunk.span()
        while at < end:
            m = pattern.match(text, at)
            found.append((at, m.end(), m.group()))
            at = m.end()
    return found


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from([*"ab1.-", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85",
                                         "\u00a0", "\u2028", "\u3000", "\u200b", "\ufeff", "ạ", "\u0301"]),
               max_size=80))
def test_the_runs_between_spaces_are_those_of_the_pattern(text: str) -> None:
    """Runs between spaces are cut by `str.split` and found by string search: the same runs at
    the same places as `\\S+` finds, whatever kind of space stands between."""
    assert list(segment.chunks(text)) == [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
