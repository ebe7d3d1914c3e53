"""Full-text search over the stored articles (FTS5 ``articles_fts``): the
best-matching articles with a snippet around the words found and the award
records read from each.

The words are searched as given, all of them, in any order and case;
characters that mean something to FTS5 (quotes, ``-``, ``*``, ``AND``) are
taken literally, so a user never sees a query syntax error.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

# Around each word found in a snippet; the display decides how to show them.
MARK_START, MARK_END = "\x02", "\x03"


@dataclass
class Hit:
    """An article that matches, with its snippet and its award records."""

    url: str
    title: str | None
    published: str | None
    snippet: str  # matched words between MARK_START and MARK_END
    awards: list[dict[str, Any]] = field(default_factory=list)


def search(db: sqlite_utils.Database, query: str, limit: int = 20) -> list[Hit]:
    """The articles matching every word of ``query``, best first."""
    if not query.strip():
        return []
    rows = db.execute(
        "SELECT a.id, a.url, a.title, a.published, snippet(articles_fts, -1, ?, ?, ' … ', 16) "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?",
        [MARK_START, MARK_END, db.quote_fts(query), limit]).fetchall()
    hits = []
    for article_id, url, title, published, snippet in rows:
        awards = list(db.query(
            "SELECT award, award_year, level, awardee, rank, category, event_date FROM awards "
            "WHERE article_id = ? ORDER BY id", [article_id]))
        hits.append(Hit(url, title, published, " ".join(snippet.split()), awards))
    return hits
