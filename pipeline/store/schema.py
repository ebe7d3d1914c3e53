"""The database schema and its migrations.

``migrate(db)`` brings any database the project ever wrote up to the
current schema: the ``schema_version`` table says which migrations ran, and
the missing ones run in order. Every migration is idempotent: it completes a
database an earlier version of the project created without the version
table, and one a crash interrupted half-way through a migration (DDL such as
``enable_fts`` commits as it goes), so the version row is written only once
the migration's work is all there.
"""
from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from extractors.record import FIELDS
from pipeline.backfill.state import SCHEMA as BACKFILL_SCHEMA
from pipeline.crawl.crawlstate import SCHEMA as CRAWL_SCHEMA
from pipeline.crawl.crawlstate import now

AWARD_COLUMNS = {name: (int if name in ("award_year", "rank") else str) for name in FIELDS}
ARTICLE_COLUMNS = {"id": str, "url": str, "title": str, "published": str, "author": str,
                   "site": str, "source": str, "fetched_at": str, "text": str,
                   "text_hash": str, "categories": str, "tags": str, "credits": str,
                   "cleaned_at": str, "extractor_version": str,
                   # where the raw page lies (WARC file path, record offset): reprocess
                   "page_warc": str, "page_offset": int}
# What the queries of researchers and journalists filter awards by.
AWARD_INDEXES = ("award", "award_year", "province", "awardee", "event_date")
EVENT_COLUMNS = {"id": str, **AWARD_COLUMNS, "sources": int,
                 "articles": str, "conflicts": str, "first_published": str}


def _add_missing(table: sqlite_utils.db.Table, columns: dict[str, type]) -> None:
    for name, kind in columns.items():
        if name not in table.columns_dict:
            table.add_column(name, kind)


def _run_script(db: sqlite_utils.Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _crawl_tables(db: sqlite_utils.Database) -> None:
    _run_script(db, CRAWL_SCHEMA)


def _backfill_tables(db: sqlite_utils.Database) -> None:
    _run_script(db, BACKFILL_SCHEMA)


def _raw_page_columns(db: sqlite_utils.Database) -> None:
    _add_missing(db["articles"], ARTICLE_COLUMNS)


def _articles_and_awards(db: sqlite_utils.Database) -> None:
    if "articles" in db.table_names():
        _add_missing(db["articles"], ARTICLE_COLUMNS)
    else:
        db["articles"].create(ARTICLE_COLUMNS, pk="id")
    if "awards" in db.table_names():
        _add_missing(db["awards"], {**AWARD_COLUMNS, "evidence": str, "extractor_version": str})
    else:
        db["awards"].create({"id": int, "article_id": str, "url": str, **AWARD_COLUMNS,
                             "evidence": str, "extractor_version": str}, pk="id",
                            foreign_keys=[("article_id", "articles", "id")])
    for column in ("article_id", *AWARD_INDEXES):
        db["awards"].create_index([column], if_not_exists=True)
    db["articles"].create_index(["published"], if_not_exists=True)
    db["articles"].create_index(["text_hash"], if_not_exists=True)


def _sources_and_runs(db: sqlite_utils.Database) -> None:
    db["sources"].create({"name": str, "url": str, "province": str, "kind": str,
                          "enabled": int, "reachable": int, "updated_at": str},
                         pk="name", if_not_exists=True)
    db["runs"].create({"id": int, "command": str, "started": str, "finished": str,
                       "status": str, "sources": str, "counts": str, "errors": str},
                      pk="id", if_not_exists=True)


def _full_text_search(db: sqlite_utils.Database) -> None:
    if "articles_fts" not in db.table_names():
        db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="unicode61")
    if "awards_fts" not in db.table_names():
        db["awards"].enable_fts(["awardee", "venue", "presenter"], create_triggers=True,
                                tokenize="unicode61")


def _award_events(db: sqlite_utils.Database) -> None:
    db["award_events"].create(EVENT_COLUMNS, pk="id", if_not_exists=True)
    db["award_event_sources"].create(
        {"event_id": str, "award_id": int, "article_id": str}, pk=("event_id", "award_id"),
        foreign_keys=[("event_id", "award_events", "id"), ("award_id", "awards", "id"),
                      ("article_id", "articles", "id")], if_not_exists=True)
    for column in ("award", "award_year", "province", "awardee", "event_date"):
        db["award_events"].create_index([column], if_not_exists=True)
    db["award_event_sources"].create_index(["award_id"], if_not_exists=True)


def _index_text_changes_only(db: sqlite_utils.Database) -> None:
    """The articles' full-text trigger fires when the title or text changes,
    not when a re-extraction stamps the article with its extractor version."""
    db.execute("DROP TRIGGER IF EXISTS articles_au")
    db.execute(
        'CREATE TRIGGER "articles_au" AFTER UPDATE OF "title", "text" ON "articles" BEGIN\n'
        '  INSERT INTO "articles_fts" ("articles_fts", rowid, "title", "text") '
        'VALUES(\'delete\', old.rowid, old."title", old."text");\n'
        '  INSERT INTO "articles_fts" (rowid, "title", "text") '
        'VALUES (new.rowid, new."title", new."text");\nEND')


def _lookup_names(db: sqlite_utils.Database) -> None:
    db["lookup_names"].create({"kind": str, "form": str, "name": str}, pk=("kind", "form"),
                              if_not_exists=True)


# In order; a migration's number is its place in this list, from 1.
MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _crawl_tables, _articles_and_awards, _sources_and_runs, _full_text_search, _award_events,
    _index_text_changes_only, _lookup_names, _backfill_tables, _raw_page_columns]


def schema_version(db: sqlite_utils.Database) -> int:
    """The number of the last migration applied (0 for a new database)."""
    if "schema_version" not in db.table_names():
        return 0
    row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the missing migrations in order; the version reached."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    current = schema_version(db)
    if current > len(MIGRATIONS):
        raise RuntimeError(f"database schema version {current} is newer than this program's "
                           f"{len(MIGRATIONS)}: update anugerah")
    for number, step in enumerate(MIGRATIONS[current:], start=current + 1):
        with db.conn:
            step(db)
            db.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                       [number, step.__name__.strip("_"), now()])
    return len(MIGRATIONS)
