"""Span patterns of the rule-based pipeline, built from the data files.

Labels written to ``doc.spans["anugerah"]``:
  PLACE   a region name or abbreviation (id: the surface form, resolved by
          the gazetteer — a bare name may be ambiguous)
  AWARD   an award name (id: the canonical award)
  TITLE   an official title (id: the title as listed in ``titles.tsv``)
  RANK    a rank phrase (id: "1".."10", "harapan", "umum"; from
          ``patterns/ranks.jsonl``)
"""
from __future__ import annotations

from typing import Any

from extractors.gazetteer import gazetteer
from extractors.lexicon import data_jsonl, data_table


def place_patterns() -> list[dict[str, Any]]:
    """One phrase pattern per surface form of a region."""
    return [{"label": "PLACE", "pattern": form, "id": form} for form in gazetteer().forms]


def award_patterns() -> list[dict[str, Any]]:
    """One phrase pattern per award alias."""
    return [{"label": "AWARD", "pattern": alias, "id": row["award"]}
            for row in data_jsonl("awards.jsonl") for alias in row["aliases"]]


def title_patterns() -> list[dict[str, Any]]:
    """Official titles, as written and with a capitalised first letter only."""
    patterns = []
    for row in data_table("titles.tsv"):
        title = row["title"]
        for form in {title, title.lower().capitalize(), title.title()}:
            patterns.append({"label": "TITLE", "pattern": form, "id": title})
    return patterns


def all_patterns() -> list[dict[str, Any]]:
    """Every pattern of the span ruler, data files first."""
    return (list(data_jsonl("patterns/ranks.jsonl")) + award_patterns() + title_patterns()
            + place_patterns())
