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
def _candidate_filter() -> re.Pattern[str]:
    cues = data_json("cues.json")
    words = set(cues["win"]) | set(cues["handover"]) | set(cues["award_objects"]) | set(
        cues["event"])
    words |= {"juara", "peringkat", "terbaik", "posisi", "kategori", "tingkat"}
    words |= set(PREFIX_KIND) | {row["head"].lower() for row in data_table("awardee_heads.tsv")}
    aliases = {a.lower() for row in data_jsonl("awards.jsonl") for a in row["aliases"]}
    alternatives = sorted(words | aliases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alternatives) + r")\b", re.I)


@dataclass
class Analysed:
    """A candidate sentence with its doc and its spans by label."""

    sentence: Sentence
    doc: Doc
    headline: bool
    quoted: bool
    spans: dict[str, list[Span]] = field(default_factory=dict)

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
    picked = []
    candidate = _candidate_filter()
    for sentence in split_sentences(text):
        if sentence.noise or not candidate.search(sentence.text):
            continue
        picked.append(sentence)
    docs = nlp().pipe(_trim(s.text) for s in picked)
    out = []
    title_norm = (title or "").strip().lower()
    for sentence, doc in zip(picked, docs):
        grouped: dict[str, list[Span]] = {}
        for span in doc.spans[SPANS_KEY]:
            grouped.setdefault(span.label_, []).append(span)
        grouped = {label: sorted(filter_spans(spans), key=lambda s: s.start)
                   for label, spans in grouped.items()}
        stripped = sentence.text.strip()
        out.append(Analysed(
            sentence=sentence, doc=doc,
            headline=bool(title_norm) and stripped.lower() == title_norm,
            quoted=stripped[:1] in _QUOTE_OPEN or stripped.rstrip(".").endswith(("”", '"')),
            spans=grouped,
        ))
    return out
