"""A CRFsuite model read into arrays: emissions added up from cached rows, Viterbi for many
sentences at once.

underthesea_core's `CRFTagger.tag` takes a sentence as lists of feature strings: the strings
must be made for every token, handed over, and hashed again in Rust, one call a sentence.
Most tokens of a page share their features with others (the same word with the same tags),
so the trained tagger adds up the weights of a token's features from rows cached by the
features' tuple, and decodes every sentence of a page in one pass of numpy operations over
positions. The model file and its meaning are CRFsuite's: a label's score at a position is
the sum of the state weights of the position's attributes, plus the weight of the
transition from the label before; the best path maximises the total. tests/test_crf.py
checks the labels against underthesea_core's tagger on the same features.
"""

from __future__ import annotations

import math
import struct
from pathlib import Path

import numpy as np

_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # CRFsuite model header
_CHUNK = struct.Struct("<4sII")  # chunk id, size, number of items
# a feature: type (0 state, 1 transition), source (attribute or label), destination label, weight
_FEATURES = np.dtype([("kind", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_CQDB = struct.Struct("<4sIIIII")  # string database: id, size, flag, byte order, count, offset of the id table
_RECORD = struct.Struct("<II")  # string id, length including the final NUL


def strings(data: bytes, base: int) -> list[str]:
    """All strings of a CRFsuite string database (CQDB), in id order: each record's offset
    from the id table and its length read for all at once, then the bytes decoded."""
    chunk, _, _, _, count, table = _CQDB.unpack_from(data, base)
    if chunk != b"CQDB":
        raise ValueError("not a CRFsuite string database")
    records = np.frombuffer(data, dtype="<u4", count=count, offset=base + table).astype(np.int64) + base
    octets = np.frombuffer(data, dtype=np.uint8)
    # a record: its id and its length (both 4 bytes, little-endian, not aligned), then the string and a NUL
    length = sum(octets[records + 4 + k].astype(np.int64) << (8 * k) for k in range(4))
    starts = records + _RECORD.size
    return [data[a:b].decode("utf-8") for a, b in zip(starts.tolist(), (starts + length - 1).tolist(), strict=True)]


def features(data: bytes) -> tuple[list[str], list[str], np.ndarray]:
    """(labels, attributes, feature rows) of a CRFsuite `lCRF` model file."""
    magic, _, _, _, _, _, _, offset, labels, attributes, _, _ = _HEADER.unpack_from(data, 0)
    if magic != b"lCRF":
        raise ValueError("not a CRFsuite model")
    chunk, _, count = _CHUNK.unpack_from(data, offset)
    if chunk != b"FEAT":
        raise ValueError("CRFsuite model without a feature chunk")
    rows = np.frombuffer(data, dtype=_FEATURES, count=count, offset=offset + _CHUNK.size)
    return strings(data, labels), strings(data, attributes), rows


class Model:
    """A CRFsuite model's state weights (an attribute's row of scores, one a label) and its
    transitions (previous label, next label)."""

    def __init__(self, path: Path) -> None:
        self.labels, names, rows = features(path.read_bytes())
        size = len(self.labels)
        self.index = {name: k for k, name in enumerate(names)}
        self.weights = np.zeros((len(names) + 1, size))  # the last row: an attribute the model never saw
        state = rows[rows["kind"] == 0]
        np.add.at(self.weights, (state["source"].astype(np.intp), state["target"].astype(np.intp)), state["weight"])
        self.transitions = np.zeros((size, size))
        move = rows[rows["kind"] == 1]
        self.transitions[move["source"].astype(np.intp), move["target"].astype(np.intp)] = move["weight"]
        self.unknown = len(names)

    def row(self, attributes: tuple[str, ...] | list[str]) -> np.ndarray:
        """The summed scores of some attributes."""
        index, unknown = self.index, self.unknown
        return self.weights[[index.get(a, unknown) for a in attributes]].sum(axis=0)

    def rows(self, lists: list[list[str]] | list[tuple[str, ...]]) -> np.ndarray:
        """`row` of each list, in one gather: the lists padded with the unseen attribute's row of
        zeros and summed along, which adds each list's weights in its order as `row` does, so
        the scores are the same to the bit."""
        index, unknown = self.index, self.unknown
        if not lists:
            return np.zeros((0, len(self.labels)))
        lengths = np.fromiter(map(len, lists), dtype=np.intp, count=len(lists))
        padded = np.full((len(lists), int(lengths.max())), unknown, dtype=np.intp)
        padded[np.arange(padded.shape[1]) < lengths[:, None]] = [index.get(a, unknown) for row in lists for a in row]
        return self.weights[padded].sum(axis=1)

    def decode(self, scores: np.ndarray, bounds: list[tuple[int, int]]) -> list[list[str]]:
        """The best labels of every sentence (`bounds`: start and end rows of `scores`, one
        row of label scores a token), sentences of like length decoded together, position by
        position."""
        # longest sentence first: at each position the sentences still going are a prefix
        order = sorted(range(len(bounds)), key=lambda k: bounds[k][0] - bounds[k][1])
        paths: list[list[str]] = [[] for _ in bounds]
        for group in _like_lengths([bounds[k][1] - bounds[k][0] for k in order]):
            ks = order[group.start:group.stop]
            for k, path in zip(ks, self._decode_together(scores, [bounds[k] for k in ks]), strict=True):
                paths[k] = path
        return paths

    def _decode_together(self, scores: np.ndarray, bounds: list[tuple[int, int]]) -> list[list[str]]:
        """`decode` of sentences given longest first, in arrays as long as the first."""
        count, size = len(bounds), len(self.labels)
        lengths = [end - start for start, end in bounds]
        longest = lengths[0]
        padded = np.zeros((count, longest, size))
        for row, (start, end) in enumerate(bounds):
            padded[row, :end - start] = scores[start:end]
        going = np.searchsorted(-np.array(lengths), -np.arange(longest), side="left")  # sentences longer than t
        best = padded[:, 0].copy()
        back = np.zeros((count, longest, size), dtype=np.intp)
        for t in range(1, longest):
            n = going[t]
            step = best[:n, :, None] + self.transitions[None]  # previous x next
            choice = step.argmax(axis=1)
            back[:n, t] = choice
            best[:n] = np.maximum.reduce(step, axis=1) + padded[:n, t]  # the ufunc: no Python wrapper a step
        paths = []
        for row, n in enumerate(lengths):
            steps = back[row, :n].tolist()  # Python lists: a walk of scalar look-ups
            path = [int(best[row].argmax())]
            for t in range(n - 1, 0, -1):
                path.append(steps[t][path[-1]])
            paths.append([self.labels[i] for i in reversed(path)])
        return paths

    def marginals(self, scores: np.ndarray) -> np.ndarray:
        """Each position's chance of each label, by forward-backward over one sentence. The
        models that ask have two or three labels and a page's lines, tens of positions: plain
        floats, as numpy's calls on arrays that small cost more than the sums."""
        rows = scores.tolist()
        moves = self.transitions.tolist()
        labels = range(len(self.labels))
        forward = [rows[0]]
        for row in rows[1:]:
            last = forward[-1]
            forward.append([row[j] + _logsumexp([last[i] + moves[i][j] for i in labels]) for j in labels])
        backward = [[0.0] * len(labels)]
        for row in reversed(rows[1:]):
            ahead = [row[j] + backward[-1][j] for j in labels]
            backward.append([_logsumexp([moves[i][j] + ahead[j] for j in labels]) for i in labels])
        backward.reverse()
        total = _logsumexp(forward[-1])
        return np.exp(np.array(forward) + np.array(backward) - total)


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    return top + math.log(math.fsum(math.exp(v - top) for v in values))


# sentences decoded together fill arrays as long as their longest: a group holds at most this
# many times the tokens it has, so one long run among many short sentences (a list glued into
# one line) costs its own length, not its length times their number
PADDING = 2


def _like_lengths(lengths: list[int]) -> list[range]:
    """Runs of `lengths` (longest first) decoded together: each as long as its first times
    its size is at most PADDING times its tokens."""
    groups, first, tokens = [], 0, 0
    for k, n in enumerate(lengths):
        if k > first and lengths[first] * (k + 1 - first) > PADDING * (tokens + n):
            groups.append(range(first, k))
            first, tokens = k, 0
        tokens += n
    return [*groups, range(first, len(lengths))] if lengths else groups
