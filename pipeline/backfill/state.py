"""What a backfill knows between runs, in the database beside the crawl
tables: how far each index listing got (its resume key or next page), and
every article-shaped capture it found with what became of it.

A capture is ``queued`` until it is fetched; then ``article`` (its text was
loaded), ``no-text`` (the cleaner found none), ``failed`` (the fetch or the
record failed: tried again next run), ``gone`` (the archive answers 404
or 410 for it: not asked again), ``duplicate`` (a body already held under
another capture) or ``superseded`` (an earlier capture of the same URL gave
the article). A killed run loses at most the capture in flight.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sqlite_utils

from pipeline.backfill.archives import Capture
from pipeline.crawl.crawlstate import now

SCHEMA = """
CREATE TABLE IF NOT EXISTS backfill_listings (
    archive TEXT NOT NULL, site TEXT NOT NULL, years TEXT NOT NULL,
    cursor TEXT, done INTEGER NOT NULL DEFAULT 0, captures INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT, PRIMARY KEY (archive, site, years));
CREATE TABLE IF NOT EXISTS captures (
    archive TEXT NOT NULL, url TEXT NOT NULL, timestamp TEXT NOT NULL, site TEXT,
    status INTEGER, mime TEXT, digest TEXT, filename TEXT, record_offset INTEGER,
    record_length INTEGER, state TEXT NOT NULL DEFAULT 'queued', article_id TEXT,
    detail TEXT, warc_file TEXT, warc_offset INTEGER, warc_length INTEGER, fetched_at TEXT,
    PRIMARY KEY (archive, url, timestamp));
CREATE INDEX IF NOT EXISTS captures_state ON captures (archive, site, state);
CREATE INDEX IF NOT EXISTS captures_digest ON captures (digest)
"""


@dataclass
class Listing:
    """How far the listing of one site in one archive and span of years got."""

    cursor: str | None
    done: bool


def listing(db: sqlite_utils.Database, archive: str, site: str, years: str) -> Listing:
    row = db.execute("SELECT cursor, done FROM backfill_listings WHERE archive = ? AND "
                     "site = ? AND years = ?", [archive, site, years]).fetchone()
    return Listing(row[0], bool(row[1])) if row else Listing(None, False)


def add_captures(db: sqlite_utils.Database, archive: str, site: str, years: str,
                 captures: Iterable[Capture], cursor: str | None, done: bool) -> int:
    """Queue a page of the listing's captures and move its cursor, in one
    transaction; the number of captures not known before."""
    with db.conn:
        before = db.conn.total_changes
        db.conn.executemany(
            "INSERT OR IGNORE INTO captures (archive, url, timestamp, site, status, mime, "
            "digest, filename, record_offset, record_length) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(archive, c.url, c.timestamp, site, c.status, c.mime, c.digest, c.filename,
              c.offset, c.length) for c in captures])
        added = db.conn.total_changes - before
        db.execute("INSERT INTO backfill_listings (archive, site, years, cursor, done, "
                   "captures, updated_at) VALUES (?,?,?,?,?,?,?) ON CONFLICT (archive, site, "
                   "years) DO UPDATE SET cursor = excluded.cursor, done = excluded.done, "
                   "captures = captures + excluded.captures, updated_at = excluded.updated_at",
                   [archive, site, years, cursor, int(done), added, now()])
    return added


def reopen_listing(db: sqlite_utils.Database, archive: str, site: str, years: str) -> None:
    """Ask the index again from the start (``--relist``): new captures join
    the queue, known ones are kept as they are."""
    with db.conn:
        db.execute("UPDATE backfill_listings SET cursor = NULL, done = 0 WHERE archive = ? "
                   "AND site = ? AND years = ?", [archive, site, years])


def pending(db: sqlite_utils.Database, archive: str, site: str) -> Iterator[Capture]:
    """The captures still to fetch, each URL's earliest first (read one at a
    time: the caller writes between them)."""
    keys = db.execute("SELECT url, timestamp FROM captures WHERE archive = ? AND site = ? AND "
                      "state IN ('queued', 'failed') ORDER BY url, timestamp",
                      [archive, site]).fetchall()
    for url, timestamp in keys:
        row = db.execute("SELECT url, timestamp, status, mime, digest, filename, "
                         "record_offset, record_length, state FROM captures WHERE archive = ? "
                         "AND url = ? AND timestamp = ?", [archive, url, timestamp]).fetchone()
        if row and row[8] in ("queued", "failed"):
            yield Capture(*row[:8])


def count_pending(db: sqlite_utils.Database, archive: str, site: str) -> int:
    return db.execute("SELECT count(*) FROM captures WHERE archive = ? AND site = ? AND state "
                      "IN ('queued', 'failed')", [archive, site]).fetchone()[0]


def held(db: sqlite_utils.Database, archive: str, capture: Capture) -> str | None:
    """Why a capture need not be fetched: an earlier capture of its URL gave
    the article, or its body (digest) is held already; None otherwise."""
    if db.execute("SELECT 1 FROM captures WHERE archive = ? AND url = ? AND state = 'article' "
                  "LIMIT 1", [archive, capture.url]).fetchone():
        return "superseded"
    if capture.digest and db.execute(
            "SELECT 1 FROM captures WHERE digest = ? AND state IN ('article', 'no-text') "
            "LIMIT 1", [capture.digest]).fetchone():
        return "duplicate"
    return None


def settle(db: sqlite_utils.Database, archive: str, capture: Capture, state: str, *,
           article_id: str | None = None, detail: str | None = None,
           warc: tuple[str, int, int] | None = None) -> None:
    """Record what became of a capture (inside the caller's transaction)."""
    file, offset, length = warc or (None, None, None)
    db.execute("UPDATE captures SET state = ?, article_id = ?, detail = ?, warc_file = "
               "coalesce(?, warc_file), warc_offset = coalesce(?, warc_offset), warc_length = "
               "coalesce(?, warc_length), fetched_at = ? WHERE archive = ? AND url = ? AND "
               "timestamp = ?", [state, article_id, detail, file, offset, length, now(),
                                 archive, capture.url, capture.timestamp])
