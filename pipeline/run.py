"""One pipeline run: crawl the sources, then clean, extract and load what
the crawl brought (and anything a killed run left unprocessed), re-extract
what an older rule set extracted, update the award events of what
changed and publish the exports — under the
run lock, with a ``runs`` row (``pipeline.batch``)."""
from __future__ import annotations

import os

import sqlite_utils

from pipeline.batch import finish_run, run_lock
from pipeline.crawl.crawler import CrawlOptions, crawl
from pipeline.crawl.sources import Source
from pipeline.progress import Reporter
from pipeline.store.runs import record_sources, start_run


def run(sources: list[Source], db_path: str, options: CrawlOptions, reporter: Reporter,
        *, load: bool = True, publish: str | None = None) -> str:
    """Crawl into ``db_path`` and, when ``load``, clean, extract and load,
    re-extract stale articles, update the award events and, with
    ``publish`` (a directory), write the exports there. Returns the run's
    status (ok, partial: some sources or the exports failed, failed); raises
    RunLocked when another run holds the database, and re-raises what crashed
    the run after recording it."""
    from pipeline.ingest import process_crawled, refresh_stale
    from pipeline.store.database import open_db
    from pipeline.store.events import count_events, update_events

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
                if publish:
                    _publish(db, publish, reporter)
        except BaseException as exc:
            crash = exc
            reporter.event("run-crash", error=f"{type(exc).__name__}: {exc}")
            raise
        finally:
            status = finish_run(db, run_id, reporter, sources, crash)
            db.close()
    return status


def _publish(db: sqlite_utils.Database, out_dir: str, reporter: Reporter) -> None:
    """The exports of the run's database; a failure is reported, and the
    database, complete already, stays as it is."""
    from pipeline.publish.export import export_all

    try:
        written = export_all(db, out_dir)
    except Exception as exc:
        reporter.error("publish")
        reporter.event("publish-error", directory=out_dir, error=f"{type(exc).__name__}: {exc}")
        return
    reporter.count("published", len(written))
    reporter.event("published", directory=out_dir, files=sorted(written))
