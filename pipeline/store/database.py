"""The SQLite store (sqlite-utils): articles and their award records.

Each article is written in one transaction with its records, replacing
what an earlier run stored for it, so a rerun changes nothing and a killed
run leaves no half-written article. Every award row carries the extractor
version that produced it; ``stale_articles`` finds the articles an older
rule set extracted, and ``replace_awards`` swaps their records atomically.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlite_utils

from extractors.record import FIELDS
from extractors.version import extractor_version
from pipeline.crawl.crawlstate import now
from pipeline.store.schema import ARTICLE_COLUMNS, migrate


def open_db(path: str) -> sqlite_utils.Database:
    """The database at ``path``, migrated to the current schema."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL stays consistent through any crash of the program
    # (SIGKILL included); only a power cut can lose the last commits.
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.conn.execute("PRAGMA busy_timeout=60000")
    migrate(db)
    return db


def _json(value: Any) -> str | None:
    return json.dumps(value, ensure_ascii=False) if value else None


def text_hash(text: str) -> str:
    """SHA-256 of an article's text: the same text from two URLs is one article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_AWARD_ROW = ("article_id", "url", *FIELDS, "evidence", "extractor_version")
# The per-article writes are the hot path of a run: plain statements, where
# sqlite-utils' insert/upsert would read the table's columns on every call.
_INSERT_AWARD = (f"INSERT INTO awards ({', '.join(_AWARD_ROW)}) "
                 f"VALUES ({', '.join('?' * len(_AWARD_ROW))})")
_UPSERT_ARTICLE = (f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}) ON CONFLICT(id) DO UPDATE "
                   f"SET {', '.join(f'{c} = excluded.{c}' for c in ARTICLE_COLUMNS if c != 'id')}")


def _swap_awards(db: sqlite_utils.Database, article_id: str, url: str | None,
                 records: list[dict[str, Any]]) -> None:
    db.conn.execute("DELETE FROM award_event_sources WHERE article_id = ?", [article_id])
    db.conn.execute("DELETE FROM awards WHERE article_id = ?", [article_id])
    version = extractor_version()
    db.conn.executemany(_INSERT_AWARD, [
        (article_id, url, *(r.get(name) for name in FIELDS),
         json.dumps(r.get("evidence", []), ensure_ascii=False), version) for r in records])


def replace_awards(db: sqlite_utils.Database, article_id: str, url: str | None,
                   records: list[dict[str, Any]]) -> None:
    """Swap an article's award rows for ``records`` (inside the caller's
    transaction) and stamp the article with the current extractor version."""
    _swap_awards(db, article_id, url, records)
    db.conn.execute("UPDATE articles SET extractor_version = ? WHERE id = ?",
                    [extractor_version(), article_id])


def write_article(db: sqlite_utils.Database, article: dict[str, Any],
                  records: list[dict[str, Any]]) -> bool:
    """Store one article and its records, replacing earlier ones, inside the
    caller's transaction. Returns whether the article is new."""
    new = db.conn.execute("SELECT 1 FROM articles WHERE id = ?",
                          [article["id"]]).fetchone() is None
    row = {k: article.get(k) for k in ARTICLE_COLUMNS}
    # The version goes in with the row: a second UPDATE of the article
    # would have its full-text triggers index the whole text again.
    row.update(text_hash=text_hash(article.get("text") or ""),
               categories=_json(article.get("categories")), tags=_json(article.get("tags")),
               credits=_json(article.get("credits")),
               cleaned_at=article.get("cleaned_at") or now(),
               extractor_version=extractor_version())
    db.conn.execute(_UPSERT_ARTICLE, list(row.values()))
    _swap_awards(db, article["id"], article.get("url"), records)
    return new


def save_article(db: sqlite_utils.Database, article: dict[str, Any],
                 records: list[dict[str, Any]]) -> bool:
    """Store one article and its records atomically; whether it is new."""
    with db.conn:
        return write_article(db, article, records)


class PageWriter:
    """Writes pages in transactions of up to ``pages`` pages or ``seconds``
    seconds, each page a savepoint of its own: a page whose writes fail is
    rolled back alone, and a killed run loses only the open transaction,
    whose pages are not marked done and are processed again. A commit per
    page would cost more than the page's own rows (a WAL commit and a new
    full-text segment each time). Used as a context manager; leaving it
    commits what was written."""

    def __init__(self, db: sqlite_utils.Database, pages: int = 50, seconds: float = 2.0):
        self.db, self._limit, self._seconds = db, pages, seconds
        self._written, self._since = 0, time.monotonic()

    @contextmanager
    def page(self) -> Iterator[sqlite_utils.Database]:
        """One page's writes: all of them or, when the block raises, none."""
        conn = self.db.conn
        if not conn.in_transaction:
            conn.execute("BEGIN")
            self._written, self._since = 0, time.monotonic()
        conn.execute("SAVEPOINT page")
        try:
            yield self.db
        except BaseException:
            conn.execute("ROLLBACK TO page")
            conn.execute("RELEASE page")
            raise
        conn.execute("RELEASE page")
        self._written += 1
        if self._written >= self._limit or time.monotonic() - self._since >= self._seconds:
            conn.commit()

    def __enter__(self) -> PageWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.db.conn.in_transaction:
            self.db.conn.commit()


def mark_processed(db: sqlite_utils.Database, url: str, body_hash: str) -> None:
    """Note that the crawled body ``body_hash`` of ``url`` has been processed
    (its article stored, or found to be a duplicate): it is not read again
    until the body changes."""
    db.execute("UPDATE urls SET processed_hash = ? WHERE url = ?", [body_hash, url])


def stale_articles(db: sqlite_utils.Database) -> Iterator[dict[str, Any]]:
    """Articles whose awards an older extractor version produced, read one at
    a time (the caller writes between them)."""
    ids = [row[0] for row in db.execute("SELECT id FROM articles WHERE extractor_version IS "
                                        "NOT ? ORDER BY id", [extractor_version()])]
    for article_id in ids:
        yield next(db.query("SELECT id, url, title, published, text FROM articles "
                            "WHERE id = ?", [article_id]))
