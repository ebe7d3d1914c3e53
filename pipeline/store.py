"""The SQLite store (sqlite-utils): articles and their award records.

Each article is written in one transaction with its records, replacing
what an earlier run stored for it, so a rerun changes nothing and a killed
run leaves no half-written article.
"""
from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from extractors.record import FIELDS

AWARD_COLUMNS = {name: (int if name in ("award_year", "rank") else str) for name in FIELDS}
ARTICLE_COLUMNS = {"id": str, "url": str, "title": str, "published": str, "text": str,
                   "author": str, "site": str, "source": str, "fetched_at": str}


def open_db(path: str) -> sqlite_utils.Database:
    """The database at ``path`` with its tables, created when missing."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.conn.execute("PRAGMA busy_timeout=60000")
    if "articles" not in db.table_names():
        db["articles"].create(ARTICLE_COLUMNS, pk="id")
    else:
        missing = {k: v for k, v in ARTICLE_COLUMNS.items() if k not in db["articles"].columns_dict}
        for name, kind in missing.items():
            db["articles"].add_column(name, kind)
    if "awards" not in db.table_names():
        db["awards"].create({"id": int, "article_id": str, "url": str, **AWARD_COLUMNS,
                             "evidence": str}, pk="id", foreign_keys=[("article_id", "articles")])
        db["awards"].create_index(["article_id"])
        for column in ("award", "award_year", "province", "awardee", "event_date"):
            db["awards"].create_index([column])
    return db


def write_article(db: sqlite_utils.Database, article: dict[str, Any],
                  records: list[dict[str, Any]]) -> bool:
    """Store one article and its records, replacing earlier ones, inside the
    caller's transaction. Returns whether the article is new."""
    new = db.execute("SELECT 1 FROM articles WHERE id = ?", [article["id"]]).fetchone() is None
    db["articles"].upsert({k: article.get(k) for k in ARTICLE_COLUMNS}, pk="id")
    db.execute("DELETE FROM awards WHERE article_id = ?", [article["id"]])
    db["awards"].insert_all(
        ({"article_id": article["id"], "url": article.get("url"),
          **{name: r.get(name) for name in FIELDS},
          "evidence": json.dumps(r.get("evidence", []), ensure_ascii=False)}
         for r in records), pk="id")
    return new


def save_article(db: sqlite_utils.Database, article: dict[str, Any],
                 records: list[dict[str, Any]]) -> bool:
    """Store one article and its records atomically; whether it is new."""
    with db.conn:
        return write_article(db, article, records)
