"""``reprocess``: clean and extract every stored article again with the
current cleaner and rules, spread over worker processes
(``pipeline.parallel``), and store each one in the database's order.

An article whose raw page is held in a WARC file (``page_warc``,
``page_offset``: crawled, backfilled and imported pages) is cleaned again
from those bytes; one loaded as text (``load``) is extracted again from its
stored text. The article keeps its id; its date stays when the page gives
none; a page that now yields no text leaves its article as it was. The
award events are recomputed at the end.
"""
from __future__ import annotations

from collections.abc import Iterator

import sqlite_utils

from pipeline.crawl.warc import iter_responses
from pipeline.ingest import Page, store_processed
from pipeline.progress import Reporter
from pipeline.store.database import PageWriter

_COLUMNS = ("id", "url", "title", "published", "text", "author", "site", "source",
            "fetched_at", "page_warc", "page_offset")


def stored_pages(db: sqlite_utils.Database, prune: dict[str, list[str]] | None = None,
                 reporter: Reporter | None = None) -> Iterator[Page]:
    """Every article as a page to process again, in id order, read one at a
    time (memory stays flat); ``prune``: each source's ``prune_xpath``."""
    ids = [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
    for article_id in ids:
        row = dict(zip(_COLUMNS, db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM articles WHERE id = ?", [article_id]).fetchone(),
            strict=True))
        response = None
        if row["page_warc"] and row["page_offset"] is not None:
            try:
                response = next(iter_responses(row["page_warc"], row["page_offset"]), None)
            except OSError as exc:
                if reporter:
                    reporter.event("reprocess-problem", url=row["url"],
                                   problem=f"raw page unreadable ({exc}); its text is used")
        if response is None:
            yield Page(row["url"], b"", None, row["fetched_at"], row["source"],
                       stored={k: row[k] for k in _COLUMNS[:9]} | {
                           "page_warc": row["page_warc"], "page_offset": row["page_offset"]})
            continue
        yield Page(row["url"], response.body, response.header("Content-Type"),
                   row["fetched_at"], row["source"], tuple((prune or {}).get(row["source"]) or ()),
                   undated=row["published"], held_at=(row["page_warc"], row["page_offset"]))


def reprocess(db: sqlite_utils.Database, reporter: Reporter, workers: int = 1,
              scheduler: str | None = None, prune: dict[str, list[str]] | None = None) -> int:
    """Process every stored article again; the number stored."""
    from pipeline.parallel import processed_in_order

    done = 0
    with PageWriter(db) as writer:
        for page, processed in processed_in_order(stored_pages(db, prune, reporter), workers,
                                                  scheduler):
            if processed.error:
                reporter.error("process")
            elif processed.article is None:
                reporter.count("no_text")
            if processed.error or processed.article is None:
                reporter.event("reprocess-problem", url=page.url,
                               problem=processed.error or processed.problem)
                continue
            if not page.stored:  # a page's article is known by its URL: it keeps it
                processed.article.update(id=page.url, url=page.url)
            result = store_processed(writer, processed)
            reporter.count("articles")
            reporter.count("awards", result.awards)
            done += 1
    return done
