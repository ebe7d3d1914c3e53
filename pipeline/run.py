"""One pipeline run: crawl the sources, then clean, extract and load what
the crawl brought (and anything a killed run left unprocessed)."""
from __future__ import annotations

import os

from pipeline.crawler import CrawlOptions, crawl
from pipeline.progress import Reporter
from pipeline.sources import Source


def run(sources: list[Source], db_path: str, options: CrawlOptions, reporter: Reporter,
        *, load: bool = True) -> None:
    """Crawl into ``db_path`` and, when ``load``, clean, extract and load,
    re-extract what an older extractor version extracted, and rebuild the
    award events."""
    from pipeline.events import rebuild_events
    from pipeline.ingest import process_crawled, refresh_stale
    from pipeline.store import open_db

    if os.path.dirname(db_path):
        os.makedirs(os.path.dirname(db_path), exist_ok=True)
    db = open_db(db_path)
    try:
        crawl(sources, db_path, options, reporter)
        if load:
            process_crawled(db, reporter)
            refresh_stale(db, reporter)
            reporter.count("events", rebuild_events(db))
    finally:
        db.close()
