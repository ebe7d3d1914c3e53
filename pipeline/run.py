"""One pipeline run: crawl the sources, then clean, extract and load what
the crawl brought (and anything a killed run left unprocessed), re-extract
what an older rule set extracted and update the award events of what
changed — under the
run lock, with a ``runs`` row (``pipeline.batch``)."""
from __future__ import annotations

import os

from pipeline.batch import finish_run, record_sources, run_lock, start_run
from pipeline.crawler import CrawlOptions, crawl
from pipeline.progress import Reporter
from pipeline.sources import Source


def run(sources: list[Source], db_path: str, options: CrawlOptions, reporter: Reporter,
        *, load: bool = True) -> str:
    """Crawl into ``db_path`` and, when ``load``, clean, extract and load,
    re-extract stale articles and update the award events. Returns the
    run's status (ok, partial, failed); raises RunLocked when another run
    holds the database, and re-raises what crashed the run after recording it."""
    from pipeline.events import count_events, update_events
    from pipeline.ingest import process_crawled, refresh_stale
    from pipeline.store import open_db

    if os.path.dirname(db_path):
        os.makedirs(os.path.dirname(db_path), exist_ok=True)
    with run_lock(db_path):
        db = open_db(db_path)
        record_sources(db, sources)
        run_id = start_run(db, "run" if load else "crawl")
        crash: BaseException | None = None
        try:
            crawl(sources, db_path, options, reporter)
            if load:
                process_crawled(db, reporter, {s.name: s.prune_xpath for s in sources})
                refresh_stale(db, reporter)
                reporter.count("events_recomputed", update_events(db))
                reporter.count("events", count_events(db))
        except BaseException as exc:
            crash = exc
            reporter.event("run-crash", error=f"{type(exc).__name__}: {exc}")
            raise
        finally:
            status = finish_run(db, run_id, reporter, sources, crash)
            db.close()
    return status
