"""A backfill run: list a site's captures in an archive's CDX index, keep
the article-shaped ones, fetch each capture's original bytes politely and
feed them through the crawler's clean, extract and load path.

- Polite as the crawler: one request at a time per archive host with a
  delay between request starts, retries with backoff on connection errors,
  429 and 5xx (``Retry-After`` honoured), the project's User-Agent.
- Resumable: the listing's cursor and every capture's fate are in the
  database, each written with what it caused in one transaction; a killed
  run resumes where it stopped and a second run fetches no capture it holds.
- Every response (index pages and captures) is archived as WARC.
- A URL captured several times keeps its earliest capture with the release
  text; a body already held (the same digest) is not fetched again.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from urllib.parse import urlencode

import sqlite_utils

from pipeline.backfill import state
from pipeline.backfill.archives import (
    ArchiveError,
    Capture,
    CommonCrawl,
    Replayed,
    Wayback,
    parse_cdx,
)
from pipeline.crawl.charset import decode
from pipeline.crawl.crawler import Politeness
from pipeline.crawl.fetch import Fetched, fetch, make_session
from pipeline.crawl.sources import Source
from pipeline.crawl.urls import canonical, host_of, is_fetchable, same_site
from pipeline.crawl.warc import WarcArchive, WarcLocation
from pipeline.ingest import Page, ingest_page, is_html
from pipeline.progress import Reporter
from pipeline.store.database import PageWriter


@dataclass
class BackfillOptions:
    """Settings of a backfill run."""

    warc_dir: str = "corpus/warc"
    delay: float = 1.0  # seconds between request starts to one archive host
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 1.0
    year_from: int | None = None
    year_to: int | None = None
    limit: int | None = None  # captures fetched per site in this run
    page_size: int = 1000  # index rows asked per page (Wayback-style)
    relist: bool = False  # ask the index again although its listing finished
    max_bytes: int = 10_000_000


class Backfill:
    """Backfills sources from one archive into one database."""

    def __init__(self, db: sqlite_utils.Database, archive: Wayback | CommonCrawl,
                 options: BackfillOptions, reporter: Reporter) -> None:
        self.db, self.archive, self.options, self.reporter = db, archive, options, reporter
        self.session = make_session(options.retries, options.backoff, options.delay)
        self.politeness = Politeness()
        self._warc: WarcArchive | None = None
        self._last_location: WarcLocation | None = None

    @property
    def warc(self) -> WarcArchive:
        if self._warc is None:
            self._warc = WarcArchive(self.options.warc_dir, prefix="backfill")
        return self._warc

    def close(self) -> None:
        if self._warc is not None:
            self._warc.close()
        self.session.close()

    def site(self, source: Source) -> None:
        """List the source's captures (or go on listing), then fetch them."""
        self.reporter.event("backfill-start", site=source.name, archive=self.archive.name)
        self._list(source)
        self._fetch(source)
        self.reporter.event("backfill-end", site=source.name, archive=self.archive.name)

    # the index ------------------------------------------------------------------------
    def _years(self) -> str:
        return f"{self.options.year_from or ''}-{self.options.year_to or ''}"

    def _list(self, source: Source) -> None:
        name, years = self.archive.name, self._years()
        known = state.listing(self.db, name, source.name, years)
        if known.done and not self.options.relist:
            return
        if known.done:
            state.reopen_listing(self.db, name, source.name, years)
        cursor = None if known.done else known.cursor
        base = self.archive.query(host_of(source.url).removeprefix("www."),
                                  self.options.year_from, self.options.year_to,
                                  self.options.page_size)
        pages = None
        if self.archive.paged_by == "page":
            pages = self._page_count(base, source)
            if pages is None:
                return
            if pages == 0:  # the crawl holds nothing of the site
                state.add_captures(self.db, name, source.name, years, [], None, True)
                self.reporter.count("captures_found", 0, site=source.name)
                return
        while True:
            params = list(base)
            if pages is not None:
                params.append(("page", cursor or "0"))
            elif cursor:
                params.append(("resumeKey", cursor))
            fetched = self._get(f"{self.archive.cdx}?{urlencode(params)}", source,
                                any_type=True)  # JSON, or NDJSON as text/x-ndjson
            if not fetched.ok:
                return  # reported; the listing resumes from its cursor next run
            try:
                captures, resume = parse_cdx(decode(fetched.body,
                                                    fetched.header("Content-Type"))[0])
            except ArchiveError as exc:
                self._failed("index", source, fetched.url, str(exc))
                return
            if pages is not None:
                following = int(cursor or 0) + 1
                cursor, done = (str(following), following >= pages)
            else:
                cursor, done = resume, resume is None
            kept = [c for c in captures if self._wanted(c, source)]
            self.reporter.count("captures_listed", len(captures), site=source.name)
            self.reporter.count("not_articles", len(captures) - len(kept), site=source.name)
            added = state.add_captures(self.db, name, source.name, self._years(), kept,
                                       cursor, done)
            self.reporter.count("captures_found", added, site=source.name)
            self.reporter.event("index-page", site=source.name, url=fetched.url,
                                rows=len(captures), articles=len(kept), new=added)
            if done:
                return

    def _page_count(self, base: list[tuple[str, str]], source: Source) -> int | None:
        fetched = self._get(f"{self.archive.cdx}?{urlencode([*base, ('showNumPages', 'true')])}",
                            source, any_type=True)
        if not fetched.ok:
            return None
        try:
            pages = json.loads(fetched.body)["pages"]
            return int(pages)
        except (ValueError, KeyError, TypeError):
            self._failed("index", source, fetched.url, "no page count in the index's answer")
            return None

    @staticmethod
    def _wanted(capture: Capture, source: Source) -> bool:
        """A capture of an article of the source: status 200, HTML, on the
        site, and article-shaped by the crawler's own classification."""
        url = canonical(capture.url)
        return bool(capture.status == 200 and "html" in capture.mime and url
                    and same_site(url, source.url) and is_fetchable(url)
                    and source.is_article(url) and source.wanted(url))

    # the captures ----------------------------------------------------------------------
    def _fetch(self, source: Source) -> None:
        name, done = self.archive.name, 0
        total = state.count_pending(self.db, name, source.name)
        with PageWriter(self.db, pages=1) as writer:
            for capture in state.pending(self.db, name, source.name):
                if self.options.limit is not None and done >= self.options.limit:
                    break
                reason = state.held(self.db, name, capture)
                if reason:
                    with writer.page() as db:
                        state.settle(db, name, capture, reason)
                    self.reporter.count(reason.replace("-", "_"), site=source.name)
                else:
                    self._capture(writer, source, capture)
                    done += 1
                self.reporter.site_progress(source.name, done, total)

    def _capture(self, writer: PageWriter, source: Source, capture: Capture) -> None:
        name = self.archive.name
        url, headers = self.archive.request(capture)
        fetched = self._get(url, source, headers=headers,
                            any_type=isinstance(self.archive, CommonCrawl))
        location = self._last_location
        warc = (location.file, location.offset, location.length) if location else None
        if fetched.status in (404, 410):
            # the archive no longer holds it: not asked again
            with writer.page() as db:
                state.settle(db, name, capture, "gone", detail=f"status {fetched.status}",
                             warc=warc)
            return
        try:
            if not fetched.ok:
                raise ArchiveError(f"fetch failed ({fetched.error})")
            replayed = self.archive.replay(fetched, capture)
        except ArchiveError as exc:
            with writer.page() as db:
                state.settle(db, name, capture, "failed", detail=str(exc), warc=warc)
            return
        ctype = replayed.header("Content-Type") or capture.mime
        article_url = canonical(capture.url) or capture.url
        if replayed.status != 200 or not is_html(ctype):
            with writer.page() as db:
                state.settle(db, name, capture, "no-text", warc=warc,
                             detail=f"status {replayed.status}, {ctype}")
            return

        def settle(db: sqlite_utils.Database, article: str | None) -> None:
            state.settle(db, name, capture, "article" if article else "no-text",
                         article_id=article, warc=warc)

        try:
            held = self._held_at(location, replayed, article_url)
            result = ingest_page(writer, Page(article_url, replayed.body, ctype, capture.date,
                                              source.name, tuple(source.prune_xpath),
                                              capture.date[:10], held), after=settle)
        except Exception as exc:  # one broken capture never stops the run
            self._failed("process", source, article_url, f"{type(exc).__name__}: {exc}")
            with writer.page() as db:
                state.settle(db, name, capture, "failed", detail=str(exc)[:200], warc=warc)
            return
        if result.article_id is None:
            self.reporter.count("no_text", site=source.name)
            return
        self.reporter.count("articles", site=source.name)
        self.reporter.count("awards", result.awards, site=source.name)
        self.reporter.count("new_articles" if result.new else "updated_articles",
                            site=source.name)
        if result.new:
            self.reporter.count("new_awards", result.awards, site=source.name)
        self.reporter.event("article", site=source.name, url=article_url,
                            capture=capture.timestamp, awards=result.awards,
                            sha256=hashlib.sha256(replayed.body).hexdigest()[:16])

    def _held_at(self, location: WarcLocation | None, replayed: Replayed, url: str
                 ) -> tuple[str, int] | None:
        """Where the page as captured lies in our archive: the archive's own
        answer when it is the page (Wayback's ``id_``), else the response
        the record held, archived as a record of its own."""
        if isinstance(self.archive, CommonCrawl):
            location = self.warc.write(Fetched(url, url, replayed.status, "OK",
                                               replayed.headers, replayed.body))
        if location is None:
            return None
        return os.path.abspath(os.path.join(self.options.warc_dir, location.file)), (
            location.offset)

    # HTTP ------------------------------------------------------------------------------
    def _get(self, url: str, source: Source, headers: dict[str, str] | None = None,
             any_type: bool = False) -> Fetched:
        """One polite GET to an archive host, its response archived (where
        in ``_last_location``); a failure is reported."""
        host = host_of(url)
        with self.politeness.turn(host, self.options.delay):
            fetched = fetch(self.session, url, headers=headers, timeout=self.options.timeout,
                            max_bytes=self.options.max_bytes, allow_redirects=True,
                            any_type=any_type)
        self._last_location = self.warc.write(fetched) if fetched.status else None
        if fetched.status:
            self.reporter.count("fetched", site=source.name)
        if not fetched.ok:
            self._failed(fetched.error or f"http-{fetched.status}", source, url,
                         fetched.detail)
        return fetched

    def _failed(self, kind: str, source: Source, url: str, detail: str) -> None:
        self.reporter.error(kind, source.name)
        self.reporter.event("backfill-error", site=source.name, url=url, error=kind,
                            detail=detail)


def backfill(sources: list[Source], db_path: str, archive: Wayback | CommonCrawl,
             options: BackfillOptions, reporter: Reporter) -> str:
    """Backfill ``sources`` from ``archive`` into ``db_path`` under the run
    lock, with a ``runs`` row, then update the award events. Returns the
    run's status (ok, partial, failed) as ``pipeline.run.run`` does."""
    from pipeline.batch import finish_run, run_lock
    from pipeline.store.database import open_db
    from pipeline.store.events import count_events, update_events
    from pipeline.store.runs import record_sources, start_run

    if os.path.dirname(db_path):
        os.makedirs(os.path.dirname(db_path), exist_ok=True)
    with run_lock(db_path):
        db = open_db(db_path)
        record_sources(db, sources)
        run_id = start_run(db, "backfill")
        crash: BaseException | None = None
        runner = Backfill(db, archive, options, reporter)
        try:
            for source in sources:
                runner.site(source)
            reporter.count("events_recomputed", update_events(db))
            reporter.count("events", count_events(db))
        except BaseException as exc:
            crash = exc
            reporter.event("run-crash", error=f"{type(exc).__name__}: {exc}")
            raise
        finally:
            runner.close()
            status = finish_run(db, run_id, reporter, sources, crash)
            db.close()
    return status
