"""Award events as users ask for them: who won which award, when and where.

``find_events(db, Filters(...))`` reads ``award_events`` with the filters of
``anugerah winners`` — award (canonical name, any alias, or part of a name),
year, level, province (name or abbreviation: "Jatim", "kaltim"), awardee (a
part of the name, case and Pemkab/Kabupaten/Kota prefixes aside), rank and
an event-date range — and returns one dict per event with every record
field, its ``sources`` (the article URLs) and, on request, the evidence
sentences of each source. The exports and the timeline read the same dicts.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from extractors.record import FIELDS
from pipeline.evaluate import awardee_key
from pipeline.store.lookups import award_forms, province_forms

LEVELS = ("provinsi", "nasional")
_DAY = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class FilterError(ValueError):
    """A filter value that names nothing the database can hold."""


@dataclass(frozen=True)
class Filters:
    """What to select; None leaves a field open."""

    award: str | None = None
    year: int | None = None
    level: str | None = None
    province: str | None = None
    awardee: str | None = None
    rank: int | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None


def award_name(text: str) -> str:
    """The canonical award a user means: "paritrana", "KLA", "Adipura"."""
    names = award_forms()
    low = text.strip().lower()
    if low in names:
        return names[low]
    found = sorted({award for alias, award in names.items() if low in alias})
    if len(found) == 1:
        return found[0]
    if not found:
        known = ", ".join(sorted(set(names.values())))
        raise FilterError(f"no award called {text!r} (known: {known})")
    raise FilterError(f"{text!r} may be any of {', '.join(found)}: say which")


def province_name(text: str) -> str:
    """The province a user means, by name or abbreviation, in any case."""
    name = province_forms().get(text.strip().lower())
    if name is None:
        raise FilterError(f"no province called {text!r} (a name such as 'Jawa Timur' or an "
                          "abbreviation such as 'Jatim')")
    return name


def date_bound(text: str, end: bool) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD bound as a day: the first day it
    covers, or with ``end`` the last one."""
    if not _DAY.match(text):
        raise FilterError(f"not a date: {text!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = text.split("-")
    fill = ["12", "31"] if end else ["01", "01"]
    return "-".join(parts + fill[len(parts) - 1:])


def _level(text: str) -> str:
    if text.lower() not in LEVELS:
        raise FilterError(f"level is one of {', '.join(LEVELS)}, not {text!r}")
    return text.lower()


def _where(filters: Filters) -> tuple[str, list[Any]]:
    # The ceremony's date, else the day the first report came out.
    day = "COALESCE(e.event_date, substr(e.first_published, 1, 10))"
    conditions = {
        "e.award = ?": filters.award and award_name(filters.award),
        "e.award_year = ?": filters.year,
        "e.level = ?": filters.level and _level(filters.level),
        "e.province = ?": filters.province and province_name(filters.province),
        "e.rank = ?": filters.rank,
        f"{day} >= ?": filters.since and date_bound(filters.since, end=False),
        f"{day} <= ?": filters.until and date_bound(filters.until, end=True)}
    used = {clause: value for clause, value in conditions.items() if value not in (None, "")}
    return (" WHERE " + " AND ".join(used)) if used else "", list(used.values())


def find_events(db: sqlite_utils.Database, filters: Filters = Filters(),
                evidence: bool = False) -> list[dict[str, Any]]:
    """The award events the filters select, in time order (event date, else
    the award year), each with every record field, ``id``, ``sources`` (the
    article URLs), ``source_count``, ``conflicts`` and ``first_published``;
    with ``evidence``, also ``evidence``: per source article its URL, title
    and the sentences the record was read from."""
    where, params = _where(filters)
    rows = list(db.query(
        f"SELECT e.* FROM award_events e{where} ORDER BY COALESCE(e.event_date, "
        "CAST(e.award_year AS TEXT), substr(e.first_published, 1, 10)), e.award, "
        "e.rank IS NULL, e.rank, e.awardee", params))
    if filters.awardee:
        wanted = awardee_key(filters.awardee)[1]
        rows = [r for r in rows if wanted in awardee_key(r["awardee"])[1]]
    by_event = _evidence(db, where, params) if evidence else {}
    events = []
    for row in rows:
        event = {"id": row["id"], **{name: row[name] for name in FIELDS}}
        event["sources"] = json.loads(row["articles"] or "[]")
        event["source_count"] = row["sources"]
        event["conflicts"] = json.loads(row["conflicts"]) if row["conflicts"] else None
        event["first_published"] = row["first_published"]
        if evidence:
            event["evidence"] = by_event.get(row["id"], [])
        events.append(event)
    return events


def _evidence(db: sqlite_utils.Database, where: str, params: list[Any]
              ) -> dict[str, list[dict[str, Any]]]:
    """Per event the filters select, its source articles and their evidence
    sentences: one query for all of them."""
    out: dict[str, list[dict[str, Any]]] = {}
    for row in db.query(
            "SELECT s.event_id, ar.url, ar.title, aw.evidence FROM award_event_sources s "
            "JOIN awards aw ON aw.id = s.award_id JOIN articles ar ON ar.id = s.article_id "
            f"WHERE s.event_id IN (SELECT e.id FROM award_events e{where}) "
            "ORDER BY s.event_id, ar.published, ar.url", params):
        sentences = [e["text"] for e in json.loads(row["evidence"] or "[]")]
        out.setdefault(row["event_id"], []).append(
            {"url": row["url"], "title": row["title"], "sentences": sentences})
    return out
