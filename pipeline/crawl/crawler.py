"""The crawler: polite, incremental, resumable crawling of press-release
sites, every response archived as WARC.

One thread per source (several hosts in parallel), one request at a time
per host with a delay between request starts (the source's, the default,
or robots.txt's Crawl-delay, whichever is longest). Each fetch is written
to the WARC file first and then recorded in one transaction; at start-up,
responses archived by a killed run but never recorded are taken from the
WARC files instead of being fetched again.
"""
from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from urllib import robotparser
from urllib.parse import urljoin

import requests

from pipeline.crawl import discover
from pipeline.crawl.charset import decode
from pipeline.crawl.crawlstate import DISCOVERY_KINDS, CrawlState, Item, Seen
from pipeline.crawl.fetch import USER_AGENT, Fetched, fetch, make_session
from pipeline.crawl.sources import Source
from pipeline.crawl.urls import canonical, is_fetchable, is_news_section, same_site, under
from pipeline.crawl.warc import WarcArchive, WarcLocation, iter_responses, truncate_tail
from pipeline.progress import Reporter

GUESSED_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml")
MAX_REDIRECTS = 5
MAX_SECTIONS = 8  # news sections followed from a home page
MAX_CRAWL_DELAY = 30.0


@dataclass
class CrawlOptions:
    """Settings of a crawl run."""

    warc_dir: str = "corpus/warc"
    delay: float = 1.0  # default seconds between requests to one host
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    workers: int = 8  # hosts crawled in parallel
    retries: int = 3
    backoff: float = 0.5


class Politeness:
    """Per-host spacing of requests, shared by all threads: a request to a
    host starts no sooner than the delay after the last one to it ended, so
    the host sees the delay between arrivals whatever the network adds."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last: dict[str, float] = {}
        self._host_locks: dict[str, threading.Lock] = {}

    @contextmanager
    def turn(self, host: str, delay: float) -> Iterator[None]:
        """Hold ``host`` for one request: wait out ``delay`` (the delay known
        now: robots.txt may just have set it) since its last request ended,
        and mark when this one ends."""
        with self._lock:
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        with host_lock:
            with self._lock:
                last = self._last.get(host)
            pause = 0.0 if last is None else last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                yield
            finally:
                with self._lock:
                    self._last[host] = time.monotonic()


class Crawler:
    """Crawls sources into a database's crawl tables and a WARC directory."""

    def __init__(self, db_path: str, options: CrawlOptions, reporter: Reporter) -> None:
        self.options = options
        self.reporter = reporter
        self.state = CrawlState(db_path)
        self._sessions: dict[tuple[str, float], requests.Session] = {}
        self._sessions_lock = threading.Lock()
        self.politeness = Politeness()
        self._archive: WarcArchive | None = None
        self._archive_lock = threading.Lock()
        self._robots: dict[str, robotparser.RobotFileParser] = {}

    @property
    def archive(self) -> WarcArchive:
        with self._archive_lock:
            if self._archive is None:
                self._archive = WarcArchive(self.options.warc_dir)
                self.state.add_warc_file(self._archive.name, self.options.warc_dir)
            return self._archive

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
        for session in self._sessions.values():
            session.close()
        self.state.close()

    # the run --------------------------------------------------------------------
    def crawl(self, sources: list[Source]) -> None:
        """Crawl every source (resuming unfinished crawls) until its queue is empty."""
        by_name = {s.name: s for s in sources}
        crawls = {}
        for source in sources:
            entry = [("robots", urljoin(source.url, "/robots.txt"))] + source.entry_points()
            crawls[source.name], resumed = self.state.open_crawl(source.name, entry)
            self.reporter.event("crawl-start", site=source.name, resumed=resumed)
        self._recover(by_name)
        with ThreadPoolExecutor(max_workers=max(1, self.options.workers)) as pool:
            futures = [pool.submit(self._crawl_source, by_name[name], crawl_id)
                       for name, crawl_id in crawls.items()]
            for future in futures:
                future.result()

    def _crawl_source(self, source: Source, crawl_id: int) -> None:
        done = 0
        while (item := self.state.next_item(crawl_id)) is not None:
            self._step(source, item)
            done += 1
            self.reporter.site_progress(source.name, done, done + self.state.queued(crawl_id))
        self.state.finish_crawl(crawl_id)
        self.reporter.event("crawl-end", site=source.name)

    def _delay(self, source: Source) -> float:
        delay = self.options.delay if source.delay is None else source.delay
        robots = self._robots.get(source.name)
        crawl_delay = robots.crawl_delay(USER_AGENT) if robots else None
        return max(delay, min(float(crawl_delay or 0), MAX_CRAWL_DELAY))

    def _step(self, source: Source, item: Item) -> None:
        if item.kind != "robots":
            robots = self._robots_of(source)
            if robots is not None and not robots.can_fetch(USER_AGENT, item.url):
                self.state.skip(item, "robots-disallow")
                self.reporter.count("robots_disallowed", site=source.name)
                self.reporter.event("skip", site=source.name, url=item.url,
                                    reason="robots-disallow")
                return
        headers = {}
        seen = self.state.seen(item.url) if item.kind == "article" else None
        if seen and seen.body_hash:
            if seen.etag:
                headers["If-None-Match"] = seen.etag
            if seen.last_modified:
                headers["If-Modified-Since"] = seen.last_modified
        host, delay = source.host, self._delay(source)
        with self.politeness.turn(host, delay):
            fetched = fetch(self._session(source, delay), item.url, headers=headers,
                            timeout=self.options.timeout, max_bytes=self.options.max_bytes,
                            allow_redirects=False)
        location = self.archive.write(fetched)
        self._handle(source, item, fetched, location)

    def _session(self, source: Source, delay: float) -> requests.Session:
        """The source's session; its retries wait at least the host's delay."""
        with self._sessions_lock:
            key = (source.name, delay)
            if key not in self._sessions:
                self._sessions[key] = make_session(self.options.retries, self.options.backoff,
                                                   delay)
            return self._sessions[key]

    # robots.txt -------------------------------------------------------------------
    def _robots_of(self, source: Source) -> robotparser.RobotFileParser | None:
        """The parsed robots.txt of a source, read back from the archive when
        an earlier (killed) run fetched it."""
        if source.name not in self._robots:
            url = urljoin(source.url, "/robots.txt")
            location = self.state.last_location(url)
            if location is not None:
                from pipeline.crawl.warc import read_response

                try:
                    response = read_response(self.options.warc_dir, location)
                    self._set_robots(source, response.status, decode(response.body)[0])
                except (OSError, ValueError):
                    self._set_robots(source, 404, "")
        return self._robots.get(source.name)

    def _set_robots(self, source: Source, status: int, text: str) -> list[str]:
        parser = robotparser.RobotFileParser()
        if status == 200:
            parser.parse(text.splitlines())
        elif status in (401, 403):
            parser.disallow_all = True
        else:
            parser.allow_all = True
        self._robots[source.name] = parser
        return list(parser.site_maps() or []) if status == 200 else []

    # after a fetch ------------------------------------------------------------------
    def _handle(self, source: Source, item: Item, fetched: Fetched,
                location: WarcLocation | None) -> None:
        status, body = fetched.status, fetched.body
        body_hash = hashlib.sha256(body).hexdigest() if fetched.ok and status == 200 else None
        enqueue: list[tuple[str, str, int, int, str | None]] = []
        outcome = fetched.error or ("not-modified" if status == 304 else "ok")
        new_links = 0
        if 300 <= status < 400 and status != 304:
            outcome = self._redirect(source, item, fetched, enqueue)
        elif item.kind == "robots":
            # No usable robots.txt (missing, refused, server error) allows all.
            text = decode(body, fetched.header("Content-Type"))[0] if body_hash else ""
            sitemaps = self._set_robots(source, status if body_hash else 404, text)
            if "sitemap" in source.discovery or source.adhoc:
                guessed = [] if source.sitemaps else GUESSED_SITEMAPS
                for url in sitemaps or guessed:
                    url = canonical(url, source.url)
                    if url and same_site(url, source.url):
                        enqueue.append((url, "sitemap", 1, 0, None))
        elif body_hash and item.kind in DISCOVERY_KINDS:
            new_links = self._discover(source, item, fetched, enqueue)
        elif body_hash and item.kind == "article":
            owner = self.state.hash_owner(body_hash, item.url)
            outcome = f"duplicate-of {owner}" if owner else "ok"
        etag = fetched.header("ETag")
        last_modified = fetched.header("Last-Modified")
        added = self.state.record_fetch(
            item, source.name, status=status, content_type=fetched.header("Content-Type"),
            etag=etag, last_modified=last_modified, body_hash=body_hash, size=len(body),
            location=location, error=fetched.error, detail=fetched.detail, outcome=outcome,
            enqueue=enqueue)
        self._report(source, item, fetched, outcome, added, new_links)

    def _redirect(self, source: Source, item: Item, fetched: Fetched,
                  enqueue: list[tuple[str, str, int, int, str | None]]) -> str:
        target = canonical(fetched.header("Location") or "", item.url)
        if not target or not same_site(target, source.url):
            return "redirect-off-site"
        if item.hops >= MAX_REDIRECTS or self.state.in_frontier(item.crawl_id, target):
            return "redirect-loop" if item.hops else "redirect-known"
        enqueue.append((target, item.kind, item.page, item.hops + 1, item.title))
        return "redirect"

    def _discover(self, source: Source, item: Item, fetched: Fetched,
                  enqueue: list[tuple[str, str, int, int, str | None]]) -> int:
        """Queue the articles a discovery document announces and, when it
        brought anything new, its next page. Returns the number of new links."""
        text = decode(fetched.body, fetched.header("Content-Type"))[0]
        if item.kind == "feed":
            found = discover.parse_feed(text, item.url)
        elif item.kind == "sitemap":
            found = discover.parse_sitemap(text, item.url)
        elif item.kind == "wp-json":
            found = discover.parse_wp_posts(text, item.url, fetched.header("X-WP-TotalPages"))
        else:
            found = discover.parse_listing(text, item.url)
        new = 0
        budget = source.max_articles - self.state.articles_queued(item.crawl_id)
        announced = item.kind != "listing"  # a feed, sitemap or API names articles only
        sections = 0
        for link in found.links:
            url = link.url
            if not same_site(url, source.url) or not is_fetchable(url):
                continue
            if not source.is_article(url, announced=announced, in_section=under(url, item.url)):
                if (sections < MAX_SECTIONS and item.page == 1 and not source.article_pattern
                        and item.url == source.home and is_news_section(url, link.title)):
                    enqueue.append((url, "listing", 1, 0, None))
                    sections += 1
                continue
            if not source.wanted(url, link.title):
                continue
            seen = self.state.seen(url)
            known = bool(seen and seen.body_hash)
            if seen and not self._worth_asking(seen, item):
                continue
            if budget <= 0:
                break
            enqueue.append((url, "article", 1, 0, link.title or None))
            budget -= 1
            new += not known
        for kind, url in found.children:
            if same_site(url, source.url) and (kind == "sitemap" or source.adhoc):
                enqueue.append((url, kind, 1, 0, None))
        if found.next_page and new and item.page < source.max_pages and same_site(
                found.next_page, source.url):
            enqueue.append((found.next_page, item.kind, item.page + 1, 0, None))
        return new

    @staticmethod
    def _worth_asking(seen: Seen, item: Item) -> bool:
        """Whether a URL fetched before is asked again: an article is
        revalidated with a conditional GET when the first page of a listing,
        feed or API shows it and it has validators (without them the whole
        body would come again); a gone or refused page is not asked again;
        a failed one (timeout, 5xx) is retried."""
        if seen.body_hash:
            return item.page == 1 and item.kind != "sitemap" and bool(
                seen.etag or seen.last_modified)
        return seen.status not in (200, 404, 410)

    def _report(self, source: Source, item: Item, fetched: Fetched, outcome: str, added: int,
                new_links: int) -> None:
        site = source.name
        if fetched.status:
            self.reporter.count("fetched", site=site)
        if fetched.status == 304:
            self.reporter.count("not_modified", site=site)
        if fetched.error and not (item.kind == "sitemap" and fetched.status == 404):
            self.reporter.error(fetched.error, site)
        elif outcome == "redirect-loop":
            self.reporter.error("redirect-loop", site)
        if new_links:
            self.reporter.count("new_links", new_links, site=site)
        self.reporter.event("fetch", site=site, url=item.url, kind=item.kind,
                            status=fetched.status, outcome=outcome,
                            **({"detail": fetched.detail} if fetched.detail else {}),
                            **({"queued": added, "new_links": new_links} if added else {}))

    # recovery ------------------------------------------------------------------------
    def _recover(self, sources: dict[str, Source]) -> None:
        """Record responses that a killed run archived but did not record."""
        for name, directory, committed in self.state.warc_files():
            path = os.path.join(directory, name)
            if not os.path.exists(path) or os.path.getsize(path) <= committed:
                continue
            truncate_tail(path)
            for response in iter_responses(path, committed):
                item = self.state.queued_item(canonical(response.url) or response.url)
                source = sources.get(self.state.crawl_source(item.crawl_id)) if item else None
                if item is None or source is None:
                    continue
                fetched = Fetched(item.url, item.url, response.status, response.reason,
                                  response.headers, response.body)
                if response.truncated:
                    fetched.error = "too-large" if response.truncated == "length" else (
                        "content-type")
                self._handle(source, item, fetched, response.location)
                self.reporter.count("recovered", site=source.name)


def crawl(sources: list[Source], db_path: str, options: CrawlOptions,
          reporter: Reporter) -> None:
    """Crawl ``sources`` into the database at ``db_path``."""
    crawler = Crawler(db_path, options, reporter)
    try:
        crawler.crawl(sources)
    finally:
        crawler.close()
