"""pipeline.crf reads a CRFsuite model into arrays and decodes as underthesea_core's tagger
does: the same labels and the same chances, on the shipped tagger's features of invented
sentences and on random features."""

from __future__ import annotations

import random
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from underthesea_core import CRFTagger

from pipeline import crf
from pipeline.extractors import entity_features, entity_rows, tagger
from pipeline.extractors.grammar import Scanner
from pipeline.model import Article
from pipeline.tokenise import tokenise

MODEL = Path(str(resources.files("pipeline") / "models" / tagger.MODEL_FILE))
SENTENCES = [
    "Chiều 8/4, Phó Chủ tịch UBND tỉnh Lam Khê Lưu Văn Sương đã làm việc với Sở Tài chính.",
    "Đội tuyển huyện Vân Trì giành giải Nhất, tiền vệ Quang Minh được bầu là cầu thủ xuất sắc nhất.",
    "Ngân hàng Nhà nước Việt Nam vừa công bố lãi suất mới. Hà Nội mưa to.",
]


def _reference() -> CRFTagger:
    reference = CRFTagger()
    reference.load(str(MODEL))
    return reference


@pytest.mark.parametrize("text", SENTENCES)
def test_labels_equal_underthesea_core_s(text: str) -> None:
    article = tokenise(Article(id="t", source_file="t", title="", body=text))
    scanner = Scanner(article)
    features = entity_features.Features(scanner, article, scanner.scan())
    model = crf.Model(MODEL)
    bounds, scores = features.scores(model)
    reference = _reference()
    assert model.decode(scores, bounds) == [reference.tag(feats) for _, _, feats in features.build()]


def test_random_features_give_the_same_labels_and_chances() -> None:
    model = crf.Model(MODEL)
    reference = _reference()
    names = list(model.index)
    rng = random.Random(3)
    sentences = [[rng.sample(names, 12) for _ in range(rng.randint(1, 9))] for _ in range(20)]
    scores = np.concatenate([np.array([model.row(token) for token in s]) for s in sentences])
    ends = np.cumsum([len(s) for s in sentences])
    bounds = list(zip([0, *ends[:-1]], ends, strict=True))
    assert model.decode(scores, bounds) == [reference.tag(s) for s in sentences]
    for (start, end), sentence in zip(bounds, sentences, strict=True):
        ours = model.marginals(scores[start:end])
        theirs = np.array(reference.marginals(sentence))
        order = [model.labels.index(label) for label in reference.labels()]
        assert np.allclose(ours[:, order], theirs, atol=1e-6)


def test_sentences_of_very_different_lengths_are_decoded_as_each_alone() -> None:
    """Many short sentences and one long run (a list glued into one line) are decoded in groups
    of like length: every sentence gets the labels it gets decoded on its own, and the labels
    underthesea_core's tagger gives."""
    model = crf.Model(MODEL)
    reference = _reference()
    names = list(model.index)
    rng = random.Random(5)
    lengths = [300, 1, 2, 40, *(rng.randint(1, 12) for _ in range(60)), 150, 1]
    sentences = [[rng.sample(names, 6) for _ in range(n)] for n in lengths]
    scores = np.concatenate([np.array([model.row(token) for token in s]) for s in sentences])
    ends = np.cumsum(lengths)
    bounds = list(zip([0, *ends[:-1]], ends, strict=True))
    together = model.decode(scores, bounds)
    assert together == [model.decode(scores[a:b], [(0, b - a)])[0] for a, b in bounds]
    assert together == [reference.tag(s) for s in sentences]


@pytest.mark.parametrize("lengths", [[], [5], [9, 9, 9], [1000, *[3] * 500], [64, 32, 16, 8, 4, 2, 1], [7, 1, 1, 1, 1]])
def test_a_group_of_sentences_decoded_together_pads_at_most_twice_its_tokens(lengths: list[int]) -> None:
    """The groups cover the sentences in order, each once; a group's arrays, as long as its
    longest sentence for each sentence it holds, hold at most PADDING times its tokens."""
    groups = crf._like_lengths(lengths)
    assert [k for group in groups for k in group] == list(range(len(lengths)))
    for group in groups:
        held = [lengths[k] for k in group]
        assert held[0] * len(held) <= crf.PADDING * sum(held)


def test_an_attribute_the_model_never_saw_adds_nothing() -> None:
    model = crf.Model(MODEL)
    assert np.array_equal(model.row(["bias", "no such attribute"]), model.row(["bias"]))


def test_rows_in_one_gather_are_each_row_to_the_bit() -> None:
    """Lists of different lengths, some empty, some with attributes the model never saw, some
    long enough that a sum in another order would round differently: each row is `row`'s."""
    model = crf.Model(MODEL)
    names = list(model.index)
    rng = random.Random(11)
    lists = [[rng.choice(names) if rng.random() < 0.9 else f"unseen{k}" for k in range(rng.randrange(0, 60))]
             for _ in range(300)]
    together = model.rows(lists)
    assert together.shape == (300, len(model.labels))
    assert all(np.array_equal(got, model.row(attributes)) for got, attributes in zip(together, lists, strict=True))
    assert model.rows([]).shape == (0, len(model.labels))


def test_scores_are_the_same_when_the_row_table_is_begun_again(monkeypatch) -> None:
    """The rows met so far are kept in one table, begun again past CACHE_LIMIT rows: a page
    scored after the table was emptied gets the scores it gets from a full one."""
    model = crf.Model(MODEL)

    def scores() -> list[np.ndarray]:
        out = []
        for text in SENTENCES:
            article = tokenise(Article(id="t", source_file="t", title="", body=text))
            scanner = Scanner(article)
            out.append(entity_features.Features(scanner, article, scanner.scan()).scores(model)[1])
        return out

    kept = scores()
    full = entity_rows._TABLES[id(model)]
    monkeypatch.setattr(entity_rows, "CACHE_LIMIT", 5)
    again = scores()
    assert entity_rows._TABLES[id(model)] is not full  # begun again
    assert all(np.array_equal(a, b) for a, b in zip(kept, again, strict=True))


def test_the_row_table_grows_and_keeps_every_row() -> None:
    """Past its first size the table grows and keeps every row; a token's numbers give its own
    row and, at each offset, the row of what it shows a neighbour there (its word, folded form,
    shape and the tags neighbours see), found again by the same tuple."""
    model = crf.Model(MODEL)
    table = entity_rows.RowTable(model)
    keys = [(f"w=từ{k}", "f=tu", "s=x", "wb=S", "tl", f"plcI{k % 2}", "g=O") for k in range(3000)]
    numbers = table.numbers_of(keys)
    assert np.array_equal(table.table[numbers[:, entity_rows.OWN]], np.array([model.row(key) for key in keys]))
    for column, d in enumerate(entity_rows.OFFSETS, start=entity_rows.OWN + 1):
        shown = [[f"{d}:{f}" for f in (*key[:3], "tl", "g=O")] for key in keys]  # wb= and plcI are not shown
        assert np.array_equal(table.table[numbers[:, column]], np.array([model.row(key) for key in shown]))
    assert np.array_equal(table.numbers_of(keys[::-1]), numbers[::-1])  # found again, nothing added
    assert table.used == 3000 * (1 + len(entity_rows.OFFSETS))
    more = [(f"w=nữa{k}", "f=nua", "s=x", "wb=B", "g=O") for k in range(1500)]  # a second page's new tuples
    mixed = table.numbers_of([*more, *keys[:10]])
    assert np.array_equal(table.table[mixed[:1500, entity_rows.OWN]], np.array([model.row(key) for key in more]))
    assert np.array_equal(mixed[1500:], numbers[:10])
