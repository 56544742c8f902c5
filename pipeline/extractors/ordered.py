"""Spans in text order, looked up by position.

Extractors that read other extractors' spans ask "what starts here" and "what lies
between these offsets" once per mention; on a long page, scanning every span for every
mention would cost the square of the page's length.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from pipeline.model import Span


class SpansInOrder:
    """Spans in text order, looked up by position by bisection: a long page has thousands,
    and asking each of them about each mention would cost the square of its length."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]

    def within(self, start: int, end: int) -> list[Span]:
        """The spans inside [start, end)."""
        out = []
        for i in range(bisect_left(self.starts, start), bisect_left(self.starts, end)):
            if self.spans[i].end <= end:
                out.append(self.spans[i])
        return out

    def first_from(self, pos: int) -> Span | None:
        i = bisect_left(self.starts, pos)
        return self.spans[i] if i < len(self.spans) else None

    def starting_at(self, pos: int) -> Span | None:
        span = self.first_from(pos)
        return span if span and span.start == pos else None
