"""Part-of-speech tags from underthesea's POS model, for words the tokenise stage already has.

underthesea's `pos_tag(sentence)` segments the sentence again (`word_tokenize`) and builds
its CRF features in Python, a template at a time, with a regular expression parsed for
every feature of every word: a sentence costs tens of milliseconds. The grammar asks the
question rarely (are these lowercase words inside a name nouns?), but on real pages those
calls were a third of a run. Here the words come from the article (the same segmentation,
pipeline.segment) and the features are the model's own templates written out once, so
one sentence is a list comprehension and a call to the Rust tagger.

What this relies on (tests/test_pos.py checks it against `underthesea.pos_tag`): the model
file `pos_crf_2017_10_11.bin` beside `pos_tag`, its 22 templates (the word and its lower
case in a window of five, title case of the word and its neighbours, word bigrams, and a
constant second column `X`), `BOS`/`EOS` outside the sentence.
"""

from __future__ import annotations

from functools import cache

from pipeline.underthesea_parts import package_file

MODEL = ("pipeline", "pos_tag", "pos_crf_2017_10_11.bin")
# the feature rows at the sentence's edges; inside, every template reads a word or "X"
_COLUMN = "X"


@cache
def _tagger():
    from underthesea_core import CRFTagger  # noqa: PLC0415  (loaded once, when first asked)

    tagger = CRFTagger()
    tagger.load(str(package_file(*MODEL)))
    return tagger


def _title(word: str) -> str:
    """underthesea's `istitle`: the first letter of every space-separated part is a capital."""
    return str(all(part[:1].istitle() for part in word.split(" ")) if word else False)


def features(words: list[str]) -> list[list[str]]:
    """The model's feature strings for each word, in its template order."""
    n = len(words)
    lower = [w.lower() for w in words]
    title = [_title(w) for w in words]

    def at(values: list[str], k: int) -> str:
        return "BOS" if k < 0 else "EOS" if k >= n else values[k]

    def pair(k: int) -> str:  # T[k,k+1]: two words joined by a space
        return "BOS" if k < 0 else "EOS" if k + 1 >= n else f"{words[k]} {words[k + 1]}"

    def column(k: int) -> str:  # T[k][1]: the constant second column
        return "BOS" if k < 0 else _COLUMN

    def column_pair(k: int) -> str:  # T[k,k+1][1]
        return "BOS" if k < 0 else f"{_COLUMN} {_COLUMN}"

    rows = []
    for i in range(n):
        rows.append([
            f"T[-2].lower={at(lower, i - 2)}", f"T[-1].lower={at(lower, i - 1)}", f"T[0].lower={lower[i]}",
            f"T[1].lower={at(lower, i + 1)}", f"T[2].lower={at(lower, i + 2)}",
            f"T[0].istitle={title[i]}", f"T[-1].istitle={at(title, i - 1)}", f"T[1].istitle={at(title, i + 1)}",
            f"T[-2]={at(words, i - 2)}", f"T[-1]={at(words, i - 1)}", f"T[0]={words[i]}",
            f"T[1]={at(words, i + 1)}", f"T[2]={at(words, i + 2)}",
            f"T[-2,-1]={pair(i - 2)}", f"T[-1,0]={pair(i - 1)}", f"T[0,1]={pair(i)}", f"T[1,2]={pair(i + 1)}",
            f"T[-3][1]={column(i - 3)}", f"T[-2][1]={column(i - 2)}", f"T[-1][1]={column(i - 1)}",
            f"T[-3,-2][1]={column_pair(i - 3)}", f"T[-2,-1][1]={column_pair(i - 2)}",
        ])
    return rows


def tags(words: list[str]) -> list[str]:
    """One part-of-speech tag per word (N, Np, V, A, E, ...), as `pos_tag` gives them."""
    return _tagger().tag(features(words)) if words else []
