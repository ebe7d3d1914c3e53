"""The award record: exactly the fields of ANNOTATION.md plus the evidence."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FIELDS = ("award", "award_year", "level", "category", "awardee", "awardee_type", "rank",
          "province", "event_date", "venue", "presenter", "presenter_title", "recipient")
CORE_FIELDS = ("awardee", "rank", "province", "event_date", "venue", "presenter")


@dataclass(frozen=True)
class Evidence:
    """A sentence a record was read from, with its offsets into the article text."""

    text: str
    start: int
    end: int


@dataclass
class AwardRecord:
    """One awardee that an article says received or won an award."""

    award: str
    awardee: str
    awardee_type: str
    award_year: int | None = None
    level: str | None = None
    category: str | None = None
    rank: int | None = None
    province: str | None = None
    event_date: str | None = None
    venue: str | None = None
    presenter: str | None = None
    presenter_title: str | None = None
    recipient: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON-ready dict, fields in contract order, evidence last."""
        out: dict[str, Any] = {name: getattr(self, name) for name in FIELDS}
        out["evidence"] = [{"text": e.text, "start": e.start, "end": e.end} for e in self.evidence]
        return out
