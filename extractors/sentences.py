"""Sentences as the extractors see them: the text split into sentences, the
candidate ones run through the spaCy pipeline, their spans sorted by label.

Only sentences that can carry a fact of a record (an award, a rank, a
handover, a venue or a date cue) are tokenized: a press release has 15–30
sentences and most are quotes and background.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.awardee import PREFIX_KIND
from extractors.lexicon import data_json, data_jsonl, data_table
from extractors.pipeline import SPANS_KEY, nlp
from extractors.text import Sentence, split_sentences

_QUOTE_OPEN = "“\"‘"


@lru_cache(maxsize=1)
def _candidate_words() -> frozenset[str]:
    """Words of which one makes a sentence worth tokenizing: cue words (the
    first word of a phrase), rank heads, region prefixes, awardee heads and
    the words of award names."""
    cues = data_json("cues.json")
    phrases = [*cues["win"], *cues["handover"], *cues["award_objects"], *cues["event"]]
    words = {p.split()[0] for p in phrases}
    words |= {"juara", "peringkat", "terbaik", "posisi", "kategori", "tingkat", "predikat"}
    words |= set(PREFIX_KIND) | {row["head"].lower() for row in data_table("awardee_heads.tsv")}
    words |= {w.lower() for row in data_jsonl("awards.jsonl") for a in row["aliases"]
              for w in _WORD.findall(a)}
    return frozenset(words)


_WORD = re.compile(r"[\w'-]+")


def is_candidate(text: str) -> bool:
    """Whether a sentence can carry a fact of a record."""
    words = _candidate_words()
    return any(w in words for w in _WORD.findall(text.lower()))


@dataclass
class Analysed:
    """A candidate sentence with its doc and its spans by label."""

    sentence: Sentence
    doc: Doc
    headline: bool
    quoted: bool
    spans: dict[str, list[Span]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # token texts
    words: list[str] = field(default_factory=list)  # token texts in lower case

    def label(self, name: str) -> list[Span]:
        """Spans of one label, longest first where they overlap, in text order."""
        return self.spans.get(name, [])

    @property
    def lower(self) -> str:
        """The sentence text in lower case."""
        return self.sentence.text.lower()


def _trim(text: str) -> str:
    return text.rstrip(" .!?")


def analyse(text: str, title: str | None = None) -> list[Analysed]:
    """Candidate sentences of an article, tokenized and matched."""
    picked = [s for s in split_sentences(text) if not s.noise and is_candidate(s.text)]
    pipeline = nlp()
    docs = (pipeline(_trim(s.text)) for s in picked)
    out = []
    title_norm = (title or "").strip().lower()
    for sentence, doc in zip(picked, docs, strict=False):
        grouped: dict[str, list[Span]] = {}
        for span in doc.spans[SPANS_KEY]:
            grouped.setdefault(span.label_, []).append(span)
        grouped = {label: sorted(filter_spans(spans), key=lambda s: s.start)
                   for label, spans in grouped.items()}
        stripped = sentence.text.strip()
        texts = [t.text for t in doc]
        out.append(Analysed(
            sentence=sentence, doc=doc,
            headline=bool(title_norm) and stripped.lower() == title_norm,
            quoted=stripped[:1] in _QUOTE_OPEN or stripped.rstrip(".").endswith(("”", '"')),
            spans=grouped, texts=texts, words=[t.lower() for t in texts],
        ))
    return out
