"""The entity grammar: people with titles, organisations and places, read from capitalisation,
word segmentation and the lexicons. Its spans are proposals: the trained tagger
(pipeline.extractors.tagger) decides, with the grammar's decisions among its features."""

from pipeline.extractors.grammar.scanner import Scanner
from pipeline.extractors.grammar.tokens import tokens

__all__ = ["Scanner", "tokens"]
