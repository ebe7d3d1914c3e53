"""Award events: one row per real-world award, however many articles report it.

The same Bojonegoro win reported by five portals is five ``awards`` rows and
one ``award_events`` row. Records belong to one event when they name the
same award, award year, level and awardee (a record that leaves the year or
the level open joins the one group that states it, when there is exactly
one) and their ceremony dates, where given, lie within ``SAME_EVENT_DAYS``
of each other; an article reporting the awardee winning several categories
of the award makes each category an event of its own. Each field of the
event takes the value most sources agree on (a tie goes to the earliest
report); every field on which sources differ is listed in ``conflicts`` with
the articles behind each value.

Only the award and awardee whose records changed since the last update have
their events recomputed (``update_events``): records not yet linked to an
event, and events that lost a source when an article's records were
replaced. The result is the same as recomputing every event from the awards
(``update_events(db, full=True)``), always in one transaction.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from datetime import date
from typing import Any

import sqlite_utils

from extractors.record import FIELDS

SAME_EVENT_DAYS = 45
_KEY = ("award", "award_year", "level", "awardee")
_VALUES = [f for f in FIELDS if f not in ("award", "awardee")]


def _norm(value: Any) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _groups(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Rows by award, year, level and awardee; open years and levels joined
    to the single group that states them."""
    full: dict[tuple, list] = defaultdict(list)
    for row in rows:
        full[(row["award"], row["award_year"], row["level"], _norm(row["awardee"]))].append(row)
    for key in [k for k in full if k[1] is None or k[2] is None]:
        matches = [k for k in full if k != key and k[0] == key[0] and k[3] == key[3]
                   and (key[1] is None or k[1] == key[1]) and (key[2] is None or k[2] == key[2])
                   and k[1] is not None and k[2] is not None]
        if len(matches) == 1:
            full[matches[0]].extend(full.pop(key))
    return [part for group in full.values() for part in _by_category(group)]


def _by_category(group: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A group split by category where one article reports the awardee
    winning several categories ("juara I kategori A dan juara II kategori
    B"): each is an award of its own; records stating no category stay
    apart, as they do not say which."""
    per_article: dict[str, set[str]] = defaultdict(set)
    for row in group:
        if row["category"] is not None:
            per_article[row["article_id"]].add(row["category"])
    if all(len(stated) < 2 for stated in per_article.values()):
        return [group]
    parts: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for row in group:
        parts[row["category"]].append(row)
    return list(parts.values())


def _by_ceremony(group: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A group split where ceremony dates lie more than SAME_EVENT_DAYS apart;
    undated records join the cluster nearest their publication date."""
    dated = sorted((r for r in group if _day(r["event_date"])), key=lambda r: r["event_date"])
    clusters: list[list[dict[str, Any]]] = []
    for row in dated:
        if clusters and (_day(row["event_date"]) - _day(clusters[-1][0]["event_date"])).days \
                <= SAME_EVENT_DAYS:
            clusters[-1].append(row)
        else:
            clusters.append([row])
    undated = [r for r in group if not _day(r["event_date"])]
    if not clusters:
        return [undated] if undated else []
    for row in undated:
        published = _day((row["published"] or "")[:10])
        nearest = min(clusters, key=lambda c: abs(
            (_day(c[0]["event_date"]) - published).days) if published else 0)
        nearest.append(row)
    return clusters


def _event(rows: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    rows = sorted(rows, key=lambda r: (r["published"] or "9999", r["id"]))
    event: dict[str, Any] = {"award": rows[0]["award"], "awardee": rows[0]["awardee"]}
    conflicts = {}
    for name in _VALUES:
        votes = Counter(r[name] for r in rows if r[name] is not None)
        if not votes:
            event[name] = None
            continue
        top = max(votes.values())
        event[name] = next(r[name] for r in rows if votes.get(r[name]) == top)
        if len(votes) > 1:
            conflicts[name] = {str(v): sorted({r["article_id"] for r in rows if r[name] == v})
                               for v in votes}
    anchor = event["event_date"] or (str(event["award_year"]) if event["award_year"] else
                                     "undated")
    event["id"] = "/".join(_norm(event[k]) if event[k] is not None else "-" for k in _KEY) \
        + "/" + anchor
    event["sources"] = len({r["article_id"] for r in rows})
    event["articles"] = json.dumps(sorted({r["url"] or r["article_id"] for r in rows}),
                                   ensure_ascii=False)
    event["conflicts"] = json.dumps(conflicts, ensure_ascii=False) if conflicts else None
    event["first_published"] = rows[0]["published"]
    return event, [{"event_id": event["id"], "award_id": r["id"],
                    "article_id": r["article_id"]} for r in rows]


def _changed(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """(award, normalised awardee) of the records not in any event yet and of
    the events that lost a source row."""
    rows = db.execute(
        "SELECT award, awardee FROM awards WHERE id NOT IN "
        "(SELECT award_id FROM award_event_sources) UNION "
        "SELECT award, awardee FROM award_events e WHERE sources != (SELECT "
        "COUNT(DISTINCT article_id) FROM award_event_sources s WHERE s.event_id = e.id)")
    return {(award, _norm(awardee)) for award, awardee in rows}


def _recompute(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The events of the records and their source rows."""
    events: dict[str, dict[str, Any]] = {}
    links: list[dict[str, Any]] = []
    for group in _groups(rows):
        for cluster in _by_ceremony(group):
            event, members = _event(cluster)
            anchor, n = event["id"], 1
            while event["id"] in events:  # two clusters on one anchor: keep them apart
                n += 1
                event["id"] = f"{anchor}#{n}"
            for m in members:
                m["event_id"] = event["id"]
            events[event["id"]] = event
            links += members
    return list(events.values()), links


def update_events(db: sqlite_utils.Database, full: bool = False) -> int:
    """Recompute, in one transaction, the events of every award and awardee
    whose records changed (``full``: of all); the number of events recomputed."""
    keys = None if full else _changed(db)
    if keys == set():
        return 0
    where, params = "", []
    if keys is not None:
        awards = sorted({award for award, _ in keys})
        where, params = f" WHERE aw.award IN ({', '.join('?' * len(awards))})", awards
    rows = [r for r in db.query("SELECT aw.*, ar.published FROM awards aw JOIN articles ar "
                                f"ON ar.id = aw.article_id{where}", params)
            if keys is None or (r["award"], _norm(r["awardee"])) in keys]
    events, links = _recompute(rows)
    old = [event_id for event_id, award, awardee in db.execute(
        "SELECT id, award, awardee FROM award_events")
        if keys is None or (award, _norm(awardee)) in keys]
    with db.conn:
        for start in range(0, len(old), 500):
            chunk = old[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            db.execute(f"DELETE FROM award_event_sources WHERE event_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM award_events WHERE id IN ({marks})", chunk)
        db["award_events"].insert_all(events, pk="id")
        db["award_event_sources"].insert_all(links, pk=("event_id", "award_id"))
    return len(events)


def count_events(db: sqlite_utils.Database) -> int:
    """The number of award events in the database."""
    return db.execute("SELECT COUNT(*) FROM award_events").fetchone()[0]
