"""The crawl state in SQLite: crawls, the frontier, every fetch (``pages``),
what is known of each URL (``urls``: status, ETag, Last-Modified, body hash,
first/last seen) and the WARC files written.

Every change that follows one fetch — the page row, the URL's state, the
links it announced, its frontier item done — is one transaction, so a
killed crawl leaves either all of it or none, and resumes from the queue.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.crawl.warc import WarcLocation

SCHEMA = """
CREATE TABLE IF NOT EXISTS crawls (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, started TEXT NOT NULL, finished TEXT);
CREATE INDEX IF NOT EXISTS crawls_source ON crawls(source, finished);
CREATE TABLE IF NOT EXISTS frontier (
    id INTEGER PRIMARY KEY, crawl_id INTEGER NOT NULL REFERENCES crawls(id),
    url TEXT NOT NULL, kind TEXT NOT NULL, page INTEGER NOT NULL DEFAULT 1,
    priority INTEGER NOT NULL, hops INTEGER NOT NULL DEFAULT 0, title TEXT,
    state TEXT NOT NULL DEFAULT 'queued', outcome TEXT, UNIQUE (crawl_id, url));
CREATE INDEX IF NOT EXISTS frontier_queue ON frontier(crawl_id, state, priority, id);
CREATE TABLE IF NOT EXISTS pages (
    id INTEGER PRIMARY KEY, url TEXT NOT NULL, source TEXT, kind TEXT, status INTEGER,
    content_type TEXT, etag TEXT, last_modified TEXT, body_hash TEXT, size INTEGER,
    warc_file TEXT, warc_offset INTEGER, warc_length INTEGER, fetched_at TEXT NOT NULL,
    error TEXT, detail TEXT, crawl_id INTEGER);
CREATE INDEX IF NOT EXISTS pages_url ON pages(url);
CREATE INDEX IF NOT EXISTS pages_hash ON pages(body_hash);
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, source TEXT, kind TEXT, first_seen TEXT NOT NULL,
    last_seen TEXT, last_status INTEGER, etag TEXT, last_modified TEXT, body_hash TEXT,
    page_id INTEGER REFERENCES pages(id), processed_hash TEXT);
CREATE TABLE IF NOT EXISTS warc_files (
    name TEXT PRIMARY KEY, directory TEXT NOT NULL, opened_at TEXT NOT NULL);
"""
DISCOVERY_KINDS = ("robots", "feed", "wp-json", "sitemap", "listing")


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass
class Item:
    """A frontier entry to fetch."""

    id: int
    crawl_id: int
    url: str
    kind: str
    page: int
    hops: int
    title: str | None


@dataclass
class Seen:
    """What an earlier crawl learnt of a URL."""

    etag: str | None
    last_modified: str | None
    body_hash: str | None
    status: int | None


class CrawlState:
    """The crawl tables of one database, shared by the crawl threads."""

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, check_same_thread=False, timeout=60,
                                    isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.executescript(SCHEMA)
        self.lock = threading.RLock()

    def close(self) -> None:
        self.conn.close()

    def _one(self, sql: str, params: Iterable = ()) -> tuple | None:
        with self.lock:
            return self.conn.execute(sql, tuple(params)).fetchone()

    # crawls ---------------------------------------------------------------
    def open_crawl(self, source: str, entry_points: list[tuple[str, str]]) -> tuple[int, bool]:
        """The unfinished crawl of ``source`` (resumed), else a new one seeded
        with its entry points; and whether it was resumed."""
        row = self._one("SELECT id FROM crawls WHERE source = ? AND finished IS NULL "
                        "ORDER BY id DESC LIMIT 1", [source])
        if row:
            return row[0], True
        with self.lock, self.conn:
            self.conn.execute("BEGIN")
            crawl_id = self.conn.execute("INSERT INTO crawls (source, started) VALUES (?, ?)",
                                         [source, now()]).lastrowid
            for kind, url in entry_points:
                self._enqueue(crawl_id, url, kind)
        return crawl_id, False

    def finish_crawl(self, crawl_id: int) -> None:
        with self.lock:
            self.conn.execute("UPDATE crawls SET finished = ? WHERE id = ?", [now(), crawl_id])

    # frontier ---------------------------------------------------------------
    def _enqueue(self, crawl_id: int, url: str, kind: str, page: int = 1, hops: int = 0,
                 title: str | None = None) -> bool:
        priority = DISCOVERY_KINDS.index(kind) if kind in DISCOVERY_KINDS else 10
        cursor = self.conn.execute(
            "INSERT OR IGNORE INTO frontier (crawl_id, url, kind, page, priority, hops, title) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [crawl_id, url, kind, page, priority, hops, title])
        return cursor.rowcount > 0

    def next_item(self, crawl_id: int) -> Item | None:
        row = self._one("SELECT id, crawl_id, url, kind, page, hops, title FROM frontier "
                        "WHERE crawl_id = ? AND state = 'queued' ORDER BY priority, id LIMIT 1",
                        [crawl_id])
        return Item(*row) if row else None

    def queued(self, crawl_id: int) -> int:
        row = self._one("SELECT count(*) FROM frontier WHERE crawl_id = ? AND state = 'queued'",
                        [crawl_id])
        return row[0] if row else 0

    def in_frontier(self, crawl_id: int, url: str) -> bool:
        return self._one("SELECT 1 FROM frontier WHERE crawl_id = ? AND url = ?",
                         [crawl_id, url]) is not None

    def articles_queued(self, crawl_id: int) -> int:
        row = self._one("SELECT count(*) FROM frontier WHERE crawl_id = ? AND kind = 'article'",
                        [crawl_id])
        return row[0] if row else 0

    def skip(self, item: Item, outcome: str) -> None:
        """Close an item that is not fetched (robots.txt, limits)."""
        with self.lock:
            self.conn.execute("UPDATE frontier SET state = 'skipped', outcome = ? WHERE id = ?",
                              [outcome, item.id])

    # urls -------------------------------------------------------------------
    def seen(self, url: str) -> Seen | None:
        row = self._one("SELECT etag, last_modified, body_hash, last_status FROM urls "
                        "WHERE url = ?", [url])
        return Seen(*row) if row else None

    def hash_owner(self, body_hash: str, url: str) -> str | None:
        """Another article URL already holding this exact body."""
        row = self._one("SELECT url FROM urls WHERE body_hash = ? AND url != ? AND kind = "
                        "'article' LIMIT 1", [body_hash, url])
        return row[0] if row else None

    # one fetch, one transaction -------------------------------------------------
    def record_fetch(self, item: Item, source: str, *, status: int, content_type: str | None,
                     etag: str | None, last_modified: str | None, body_hash: str | None,
                     size: int, location: WarcLocation | None, error: str | None,
                     detail: str, outcome: str,
                     enqueue: list[tuple[str, str, int, int, str | None]]) -> int:
        """Store a fetch of ``item``: its page row, the URL's state, the new
        frontier items ``(url, kind, page, hops, title)``, and the item done.
        Returns how many of the new items were not yet in the frontier."""
        stamp = now()
        with self.lock, self.conn:
            self.conn.execute("BEGIN")
            page_id = self.conn.execute(
                "INSERT INTO pages (url, source, kind, status, content_type, etag, last_modified,"
                " body_hash, size, warc_file, warc_offset, warc_length, fetched_at, error, detail,"
                " crawl_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [item.url, source, item.kind, status, content_type, etag, last_modified,
                 body_hash, size, location.file if location else None,
                 location.offset if location else None, location.length if location else None,
                 stamp, error, detail or None, item.crawl_id]).lastrowid
            self.conn.execute(
                "INSERT INTO urls (url, source, kind, first_seen) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(url) DO NOTHING", [item.url, source, item.kind, stamp])
            if status == 200 and body_hash:
                self.conn.execute(
                    "UPDATE urls SET last_seen = ?, last_status = ?, etag = ?, last_modified = ?,"
                    " body_hash = ?, page_id = ? WHERE url = ?",
                    [stamp, status, etag, last_modified, body_hash, page_id, item.url])
            else:
                self.conn.execute("UPDATE urls SET last_seen = ?, last_status = ? WHERE url = ?",
                                  [stamp, status, item.url])
            added = sum(self._enqueue(item.crawl_id, *new) for new in enqueue)
            self.conn.execute("UPDATE frontier SET state = 'done', outcome = ? WHERE id = ?",
                              [outcome, item.id])
        return added

    # warc files -----------------------------------------------------------------
    def add_warc_file(self, name: str, directory: str) -> None:
        with self.lock:
            self.conn.execute("INSERT OR IGNORE INTO warc_files VALUES (?, ?, ?)",
                              [name, directory, now()])

    def warc_files(self) -> list[tuple[str, str, int]]:
        """(name, directory, end of the last committed record) of each file."""
        with self.lock:
            return self.conn.execute(
                "SELECT w.name, w.directory, coalesce(max(p.warc_offset + p.warc_length), 0) "
                "FROM warc_files w LEFT JOIN pages p ON p.warc_file = w.name "
                "GROUP BY w.name").fetchall()

    def last_location(self, url: str) -> WarcLocation | None:
        """Where the last archived response for ``url`` is."""
        row = self._one("SELECT warc_file, warc_offset, warc_length FROM pages WHERE url = ? "
                        "AND warc_file IS NOT NULL ORDER BY id DESC LIMIT 1", [url])
        return WarcLocation(*row) if row else None

    def crawl_source(self, crawl_id: int) -> str | None:
        row = self._one("SELECT source FROM crawls WHERE id = ?", [crawl_id])
        return row[0] if row else None

    def queued_item(self, url: str) -> Item | None:
        """The queued item of an unfinished crawl for ``url``."""
        row = self._one(
            "SELECT f.id, f.crawl_id, f.url, f.kind, f.page, f.hops, f.title FROM frontier f "
            "JOIN crawls c ON c.id = f.crawl_id WHERE f.url = ? AND f.state = 'queued' "
            "AND c.finished IS NULL", [url])
        return Item(*row) if row else None
