"""Build the spaCy pipeline: a blank Indonesian language with the project's
tokenizer and one span ruler that marks places, awards, titles and ranks.

Built once per process (``nlp()``); spaCy is imported only here and by the
modules that read its docs, so commands that do not extract never load it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from extractors.patterns import all_patterns
from extractors.tokenizer import TOKENIZER_NAME

SPANS_KEY = "anugerah"


@dataclass(frozen=True)
class Match:
    """A span the ruler marked, with token offsets inside its sentence."""

    label_: str
    id_: str
    start: int
    end: int
    text: str


def build_nlp() -> Language:
    """A fresh pipeline: ``spacy.blank("id")`` + tokenizer + span ruler."""
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "validate": False,
                                               "phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(all_patterns())
    return nlp


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The process-wide pipeline."""
    return build_nlp()
