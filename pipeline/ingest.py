"""Clean, extract and load fetched pages: the stages after the crawl,
shared by crawled pages (read back from our WARC files) and by
``import-warc`` (any archive)."""
from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sqlite_utils

from pipeline.articles import Article
from pipeline.clean import clean_page
from pipeline.crawl.charset import decode
from pipeline.crawl.urls import canonical, is_listing_page, same_site
from pipeline.crawl.warc import (
    WarcLocation,
    WarcResponse,
    is_archive,
    iter_responses,
    read_response,
)
from pipeline.extract import records_of
from pipeline.progress import Reporter
from pipeline.store.database import (
    PageWriter,
    mark_processed,
    replace_awards,
    stale_articles,
    write_article,
)

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Ingested:
    """What loading one page did."""

    article_id: str | None  # None: no text, nothing stored
    new: bool = False
    awards: int = 0
    problem: str | None = None


def is_html(content_type: str | None) -> bool:
    return (content_type or "text/html").split(";")[0].strip().lower() in HTML_TYPES


@dataclass(frozen=True)
class Page:
    """A fetched page to clean and extract: all a worker process needs, and
    nothing of the database. ``undated`` (YYYY-MM-DD) is the publication date
    when the page gives none (an archive's capture date); ``held_at`` is
    where its raw response lies (WARC file path, offset), for ``reprocess``."""

    url: str
    body: bytes
    content_type: str | None
    fetched_at: str | None
    source: str | None
    prune_xpath: tuple[str, ...] = ()
    undated: str | None = None
    held_at: tuple[str, int] | None = None
    stored: dict | None = None  # an article held as text only: extracted, not cleaned


@dataclass
class Processed:
    """A page cleaned and extracted: its article (None: no text) and records,
    the extractor's problem with it, if any, and the error that broke its
    processing, if one did."""

    article: dict | None
    records: list[dict]
    problem: str | None = None
    error: str | None = None


def page_article(page: Page) -> tuple[dict, str | None]:
    """The article of a fetched page (its id is the canonical URL, the page's
    own rel=canonical when on the same site) and why it has no text, if so."""
    html = decode(page.body, page.content_type)[0]
    fetched_at = page.fetched_at
    clean = clean_page(html, page.url, fetched_at[:10] if fetched_at else None,
                       list(page.prune_xpath))
    article_url = page.url
    # (the URLs of a crawl and an import are canonical already: a page that
    # declares its own URL needs no second look)
    declared = (canonical(clean.canonical, page.url)
                if clean.canonical not in (None, page.url) else None)
    if declared and same_site(declared, page.url):
        article_url = declared
    article = {"id": article_url, "url": article_url, "title": clean.title,
               "published": clean.published or page.undated, "text": clean.text,
               "author": clean.author, "site": clean.site, "source": page.source,
               "fetched_at": fetched_at, "categories": clean.categories, "tags": clean.tags,
               "credits": clean.credits, "page_warc": page.held_at and page.held_at[0],
               "page_offset": page.held_at and page.held_at[1]}
    return article, None if clean.text.strip() else "no main text found"


def process_page(page: Page) -> Processed:
    """Clean and extract one page (no database: this runs on any worker)."""
    article, problem = (page.stored, None) if page.stored else page_article(page)
    if problem:
        return Processed(None, [], problem)
    records, problem = records_of(Article(article["id"], article["url"], article["title"],
                                          article["published"], article["text"], 0))
    return Processed(article, records, problem)


def store_processed(writer: PageWriter, processed: Processed,
                    after: Callable[[sqlite_utils.Database, str | None], None] | None = None
                    ) -> Ingested:
    """Store a processed page, its writes all or none (``after(db,
    article_id)`` runs with them, for the caller's own bookkeeping; the id is
    None when the page has no text)."""
    article = processed.article
    if article is None:
        if after:
            with writer.page() as db:
                after(db, None)
        return Ingested(None, problem=processed.problem)
    with writer.page() as db:
        new = write_article(db, article, processed.records)
        if after:
            after(db, article["id"])
    return Ingested(article["id"], new, len(processed.records), processed.problem)


def ingest_page(writer: PageWriter, page: Page,
                after: Callable[[sqlite_utils.Database, str | None], None] | None = None
                ) -> Ingested:
    """Clean, extract and store one page (``store_processed``)."""
    return store_processed(writer, process_page(page), after)


def process_crawled(db: sqlite_utils.Database, reporter: Reporter,
                    prune: dict[str, list[str]] | None = None) -> None:
    """Ingest every crawled article whose body changed since it was last
    processed (new articles, changed articles, a killed run's leftovers);
    ``prune``: each source's ``prune_xpath``, by source name."""
    rows = db.execute(
        "SELECT u.url, u.body_hash, u.source, p.content_type, p.fetched_at, w.directory, "
        "p.warc_file, p.warc_offset, p.warc_length FROM urls u JOIN pages p ON p.id = u.page_id "
        "JOIN warc_files w ON w.name = p.warc_file WHERE u.kind = 'article' AND u.body_hash "
        "IS NOT NULL AND u.processed_hash IS NOT u.body_hash ORDER BY p.id").fetchall()
    with PageWriter(db) as writer:
        for url, body_hash, source, ctype, fetched_at, directory, *where in rows:
            def mark(db: sqlite_utils.Database, _article: str | None = None, url: str = url,
                     body_hash: str = body_hash) -> None:
                mark_processed(db, url, body_hash)

            owner = db.execute("SELECT url FROM urls WHERE body_hash = ? AND url != ? AND "
                               "processed_hash = body_hash LIMIT 1", [body_hash, url]).fetchone()
            if owner:  # the same body under another URL is already an article
                with writer.page():
                    mark(db)
                reporter.count("duplicates", site=source)
                continue
            try:
                response = read_response(directory, WarcLocation(*where))
                page = Page(url, response.body, ctype, fetched_at, source,
                            tuple((prune or {}).get(source) or ()),
                            held_at=(os.path.abspath(os.path.join(directory, where[0])),
                                     where[1]))
                result = ingest_page(writer, page, after=mark)
            except Exception as exc:  # one broken page never stops the run
                reporter.error("process", source)
                reporter.event("process-error", site=source, url=url,
                               error=f"{type(exc).__name__}: {exc}")
                continue
            _count(reporter, result, source, url)


def refresh_stale(db: sqlite_utils.Database, reporter: Reporter) -> int:
    """Re-extract, from their stored text, the articles an older extractor
    version extracted, each article's awards replaced all at once; the
    number of articles re-extracted."""
    done = 0
    with PageWriter(db) as writer:
        for row in stale_articles(db):
            records, problem = records_of(Article(row["id"], row["url"], row["title"],
                                                  row["published"], row["text"] or "", 0))
            if problem:
                reporter.event("reextract-problem", url=row["url"], problem=problem)
            with writer.page():
                replace_awards(db, row["id"], row["url"], records)
            done += 1
    if done:
        reporter.count("reextracted", done)
    return done


def _count(reporter: Reporter, result: Ingested, source: str | None, url: str) -> None:
    if result.article_id is None:
        reporter.count("no_text", site=source)
        reporter.event("no-text", site=source, url=url, reason=result.problem)
        return
    reporter.count("articles", site=source)
    reporter.count("awards", result.awards, site=source)
    reporter.count("new_articles" if result.new else "updated_articles", site=source)
    if result.new:
        reporter.count("new_awards", result.awards, site=source)
    reporter.event("article", site=source, url=url, new=result.new, awards=result.awards,
                   **({"problem": result.problem} if result.problem else {}))


def import_warc(db: sqlite_utils.Database, paths: list[str], reporter: Reporter,
                workers: int = 1, scheduler: str | None = None) -> None:
    """Ingest the HTML responses (status 200) of WARC files, keeping one
    article per body (a capture repeated across archives loads once) and
    none of the home, listing, tag and search pages; clean and extract on
    ``workers`` processes (or the cluster at ``scheduler``), stored in the
    files' order."""
    from pipeline.parallel import processed_in_order

    with PageWriter(db) as writer:
        for page, processed in processed_in_order(_warc_pages(paths, reporter), workers,
                                                  scheduler):
            if processed.error:
                reporter.error("process")
                reporter.event("import-error", file=page.source, url=page.url,
                               error=processed.error)
                continue
            _count(reporter, store_processed(writer, processed), None, page.url)


def _warc_pages(paths: list[str], reporter: Reporter) -> Iterator[Page]:
    seen: set[str] = set()
    for path in paths:
        problem = ("no such file" if not os.path.exists(path) else
                   None if is_archive(path) else "not a WARC or ARC file")
        if problem:
            reporter.error("unreadable-file")
            reporter.event("import-error", file=path, error=problem)
            print(f"import-warc: {path}: {problem}", file=sys.stderr)
            continue
        count = 0
        for response in iter_responses(path):
            count += 1
            if not _importable(response):
                continue
            digest = hashlib.sha256(response.body).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            url = canonical(response.url) or response.url
            if is_listing_page(url):  # the archive's home, tag and search pages
                reporter.count("listing_pages")
                reporter.event("listing-page", file=path, url=url)
                continue
            yield Page(url, response.body, response.header("Content-Type"), response.date,
                       os.path.basename(path),
                       held_at=(os.path.abspath(path), response.location.offset))
        reporter.event("imported", file=path, responses=count)


def _importable(response: WarcResponse) -> bool:
    return (response.status == 200 and not response.truncated and bool(response.body)
            and is_html(response.header("Content-Type")))
