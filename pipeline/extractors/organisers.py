"""An award's organisers and patrons: the bodies of `do … tổ chức` (`bởi …`), of `… phối hợp
với … tổ chức` (both sides), and of `bảo trợ của …`, among the organisations the entity
extractor found; a body is listed once, in the order the page names it.
"""

from __future__ import annotations

import regex

from pipeline.extractors.ordered import SpansInOrder
from pipeline.model import Article

# `do X tổ chức`, `bởi X phối hợp tổ chức`, `do X đồng tổ chức`: X organised it
ORGANISERS = regex.compile(
    r"""(?:[Dd]o|bởi)\s+(?P<who>[^.;]{3,300}?)          # by whom, within the sentence
        \s+(?:phối\s+hợp\s+|đồng\s+)?tổ\s+chức""",
    regex.VERBOSE,
)
# `X phối hợp (với) Y tổ chức`: both sides organised it
CO_ORGANISERS = regex.compile(
    r"""(?P<who>[^.;]{3,300}?)\s+phối\s+hợp(?:\s+với)?   # one side
        \s+(?P<with>[^.;]{3,300}?)\s+tổ\s+chức        # the other""",
    regex.VERBOSE,
)
# `(dưới sự) bảo trợ (của) X`: X is a patron, the rest of the sentence naming them
PATRONS = regex.compile(r"bảo\s+trợ\s+(?:của\s+)?(?P<who>[^.;]{3,300})")


def _orgs_in(orgs: SpansInOrder, start: int, end: int) -> list[str]:
    return [s.value.name for s in orgs.within(start, end)]


def organisers_and_patrons(article: Article) -> tuple[list[str], list[str]]:
    """Bodies of `do … tổ chức`, `… phối hợp với … tổ chức`, and `bảo trợ của …`."""
    body = article.body
    organisers: list[str] = []
    orgs = SpansInOrder(article.of("organisation"))
    for m in ORGANISERS.finditer(body):
        organisers += [o for o in _orgs_in(orgs, m.start("who"), m.end("who")) if o not in organisers]
    for m in CO_ORGANISERS.finditer(body):
        organisers += [o for o in _orgs_in(orgs, m.start("who"), m.end("with")) if o not in organisers]
    patrons: list[str] = []
    for m in PATRONS.finditer(body):
        patrons += [o for o in _orgs_in(orgs, m.start("who"), m.end("who")) if o not in patrons]
    return organisers, patrons


