"""The ``anugerah`` / ``python -m pipeline`` command line: parses arguments
and calls one function per command. Extraction (and spaCy) is imported only
by the commands that extract."""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from typing import IO

from pipeline import __version__


class CommandError(Exception):
    """A failure to report as one line, without a traceback; ``status`` is
    the exit status (2 unless the failure has its own)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


@contextmanager
def _open_input(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdin
        return
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            yield fh
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror}") from exc


def cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract import extract_stream

    status = 0
    for path in args.files:
        with _open_input(path) as fh:
            status |= extract_stream(fh, sys.stdout, sys.stderr)
    return status


def cmd_eval(args: argparse.Namespace) -> int:
    from extractors.record import CORE_FIELDS, FIELDS
    from pipeline.evaluate import as_json, report, score
    from pipeline.extract import records_of
    from pipeline.goldsets import GoldError, read_gold

    try:
        gold = read_gold(args.gold, texts=not args.pred)
    except GoldError as exc:
        raise CommandError(str(exc)) from exc
    if gold.missing:
        scored = len(gold.records)
        print(f"eval: {args.gold}: scored {scored} of {scored + len(gold.missing)} articles; "
              f"{len(gold.missing)} not in its cache: " + ", ".join(gold.missing[:5])
              + (" ..." if len(gold.missing) > 5 else ""), file=sys.stderr)
    if args.pred:
        with _open_input(args.pred) as fh:
            pred = {str(o["id"]): o.get("records") or [] for o in map(json.loads, filter(
                str.strip, fh))}
    else:
        pred = {a.id: records_of(a)[0] for a in gold.articles}
    rest = tuple(f for f in FIELDS if f not in CORE_FIELDS)
    fields = CORE_FIELDS if args.fields == "core" else CORE_FIELDS + rest
    result = score(gold.records, pred, fields)
    print(json.dumps(as_json(result), ensure_ascii=False) if args.json else report(result))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from pipeline.articles import LineError, read_articles
    from pipeline.extract import records_of
    from pipeline.store.database import open_db, save_article

    db = open_db(args.db)
    failed = articles = awards = 0
    with ExitStack() as stack:
        out = stack.enter_context(open(args.records, "w", encoding="utf-8")) if (
            args.records) else None
        for path in args.files:
            with _open_input(path) as fh:
                for item in read_articles(fh):
                    if isinstance(item, LineError):
                        print(f"load: {path}: {item}", file=sys.stderr)
                        failed += item.fatal
                        continue
                    records, problem = records_of(item)
                    if problem:
                        print(f"load: {path}: line {item.line} (id {item.id}): {problem}",
                              file=sys.stderr)
                    save_article(db, vars(item), records)
                    articles += 1
                    awards += len(records)
                    if out:
                        out.write(json.dumps({"id": item.id, "records": records},
                                             ensure_ascii=False) + "\n")
    from pipeline.store.events import count_events, update_events

    update_events(db)
    events = count_events(db)
    print(f"loaded {articles} articles, {awards} award records ({events} award events in the "
          f"database) into {args.db}", file=sys.stderr)
    return 1 if failed else 0


def _sources(args: argparse.Namespace) -> list:
    from pipeline.crawl.sources import SourceError, adhoc_source, load_sources

    try:
        if args.url:
            return [adhoc_source(args.url)]
        sources = load_sources(args.sources)
    except SourceError as exc:
        raise CommandError(str(exc)) from exc
    if args.only:
        wanted = set(args.only.split(","))
        unknown = wanted - {s.name for s in sources}
        if unknown:
            raise CommandError(f"no source named {', '.join(sorted(unknown))} in {args.sources}")
        sources = [s for s in sources if s.name in wanted]
    else:
        sources = [s for s in sources if s.enabled and (s.reachable or args.all)]
    if not sources:
        raise CommandError(f"no enabled, reachable source in {args.sources} (see --all)")
    return sources


def _crawl_options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pipeline.crawl.crawler import CrawlOptions

    return CrawlOptions(warc_dir=args.warc_dir, delay=args.delay, workers=args.workers,
                        timeout=args.timeout, retries=args.retries)


def _reporter(args: argparse.Namespace, log=None):  # type: ignore[no-untyped-def]
    from pipeline.progress import Reporter

    return Reporter(log_json=args.log_json, log=log)


def cmd_crawl(args: argparse.Namespace) -> int:
    from pipeline.batch import (
        EXIT_FAILED,
        EXIT_LOCKED,
        RunLocked,
        failed_sources,
        run_logger,
        summary_line,
    )
    from pipeline.run import run

    sources = _sources(args)
    reporter = _reporter(args, run_logger(args.log_dir, args.db))
    status = "failed"
    try:
        status = run(sources, args.db, _crawl_options(args), reporter,
                     load=args.command == "run",
                     publish=args.out if args.command == "run" and not args.no_publish
                     else None)
    except RunLocked as exc:
        raise CommandError(str(exc), EXIT_LOCKED) from None
    except Exception as exc:  # recorded in the runs row and the log; the operator sees one line
        print(f"{args.command}: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        reporter.close()
    if args.log_json:
        reporter.print_summary(args.command)
    else:
        summary_line(status, reporter, failed_sources(reporter, sources), sys.stderr)
    return EXIT_FAILED if status == "failed" else 0


def cmd_import_warc(args: argparse.Namespace) -> int:
    from pipeline.ingest import import_warc
    from pipeline.store.database import open_db
    from pipeline.store.events import count_events, update_events

    reporter = _reporter(args)
    db = open_db(args.db)
    try:
        import_warc(db, args.files, reporter, args.workers, args.scheduler)
        reporter.count("events_recomputed", update_events(db))
        reporter.count("events", count_events(db))
    finally:
        db.close()
        reporter.close()
    reporter.print_summary("import-warc")
    return 1 if reporter.errors.get("unreadable-file") else 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    from pipeline.batch import EXIT_LOCKED, RunLocked, run_lock
    from pipeline.crawl.sources import SourceError, load_sources
    from pipeline.reprocess import reprocess
    from pipeline.store.database import open_db
    from pipeline.store.events import count_events, update_events

    prune = {}
    if os.path.exists(args.sources):
        try:
            prune = {s.name: s.prune_xpath for s in load_sources(args.sources)}
        except SourceError as exc:
            raise CommandError(str(exc)) from None
    db_path = args.db
    if not os.path.exists(db_path):
        raise CommandError(f"no database at {db_path}")
    reporter = _reporter(args)
    try:
        with run_lock(db_path):
            db = open_db(db_path)
            try:
                done = reprocess(db, reporter, args.workers, args.scheduler, prune)
                reporter.count("events_recomputed", update_events(db))
                reporter.count("events", count_events(db))
            finally:
                db.close()
    except RunLocked as exc:
        raise CommandError(str(exc), EXIT_LOCKED) from None
    finally:
        reporter.close()
    print(f"reprocess: {done} articles cleaned and extracted again, {reporter.counts['awards']} "
          f"award records, {reporter.counts['no_text']} without text now, errors: "
          f"{reporter.errors.get('process', 0)}; {reporter.counts['events']} award events",
          file=sys.stderr)
    return 1 if reporter.errors.get("process") else 0


def cmd_backfill(args: argparse.Namespace) -> int:
    from pipeline.backfill.archives import ArchiveError, open_archive
    from pipeline.backfill.runner import BackfillOptions, backfill
    from pipeline.batch import (
        EXIT_FAILED,
        EXIT_LOCKED,
        RunLocked,
        failed_sources,
        run_logger,
        summary_line,
    )

    if not (args.url or args.all or args.only or args.province):
        raise CommandError("name a site (SITE_URL), --only NAMES, --province NAME or --all")
    args.all = True  # the archive is reached, not the site: unreachable sources count too
    try:
        archive = open_archive(args.archive, args.cc_index, args.cc_data)
    except ArchiveError as exc:
        raise CommandError(str(exc)) from None
    if args.year_from and args.year_to and args.year_from > args.year_to:
        raise CommandError(f"--from {args.year_from} is after --to {args.year_to}")
    sources = _sources(args)
    if args.province:
        sources = [s for s in sources if (s.province or "").lower() == args.province.lower()]
        if not sources:
            raise CommandError(f"no enabled source of province {args.province!r} in "
                               f"{args.sources}")
    options = BackfillOptions(warc_dir=args.warc_dir, delay=args.delay, timeout=args.timeout,
                              retries=args.retries, year_from=args.year_from,
                              year_to=args.year_to, limit=args.limit, relist=args.relist)
    reporter = _reporter(args, run_logger(args.log_dir, args.db))
    status = "failed"
    try:
        status = backfill(sources, args.db, archive, options, reporter)
    except RunLocked as exc:
        raise CommandError(str(exc), EXIT_LOCKED) from None
    except Exception as exc:  # recorded in the runs row and the log; the operator sees one line
        print(f"backfill: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        reporter.close()
    counts = reporter.counts
    if args.log_json:
        reporter.print_summary("backfill")
    else:
        print(f"backfill from {archive.name}: {counts['captures_found']} new captures found, "
              f"{counts['articles']} articles, {counts['awards']} award records",
              file=sys.stderr)
        summary_line(status, reporter, failed_sources(reporter, sources), sys.stderr)
    return EXIT_FAILED if status == "failed" else 0


def cmd_sources_check(args: argparse.Namespace) -> int:
    from pipeline.crawl.sources import parse_sources

    try:
        with open(args.file, encoding="utf-8") as fh:
            sources, problems = parse_sources(fh.read(), args.file)
    except OSError as exc:
        raise CommandError(f"cannot read {args.file}: {exc.strerror}") from exc
    for problem in problems:
        print(problem, file=sys.stderr)
    reachable = sum(s.reachable for s in sources)
    print(f"{args.file}: {len(sources)} sources ({reachable} reachable from here), "
          f"{len(problems)} problems")
    return 1 if problems else 0


def cmd_mirror(args: argparse.Namespace) -> int:
    import os
    import signal
    import threading
    from pathlib import Path

    from pipeline.crawl.mirror import SITE_DIR, Mirror

    ports = [args.port + i for i in range(16)] if args.port else None
    mirror = Mirror(Path(args.site_dir) if args.site_dir else SITE_DIR, ports=ports).start()
    if args.write_sources:  # written whole, then renamed: readers never see half a file
        with open(args.write_sources + ".tmp", "w", encoding="utf-8") as fh:
            fh.write(mirror.sources_toml(delay=args.delay))
        os.replace(args.write_sources + ".tmp", args.write_sources)
    for asked, got in mirror.moved.items():
        print(f"mirror: port {asked} is taken by another process: serving on {got} instead",
              file=sys.stderr, flush=True)
    for site in mirror.sites:
        print(f"mirror: {site.name} ({len(site.posts)} articles) at {site.base}/", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with suppress(KeyboardInterrupt):
        stop.wait()
    mirror.stop()
    return 0


def _existing_db(path: str):  # -> sqlite_utils.Database
    """The database at ``path``, which must exist: a query never creates one."""
    import os

    from pipeline.store.database import open_db

    if not os.path.exists(path):
        raise CommandError(f"no database at {path}: run `make demo` or `anugerah run` first")
    return open_db(path)


def cmd_winners(args: argparse.Namespace) -> int:
    from pipeline.publish.show import print_events
    from pipeline.publish.winners import FilterError, Filters, find_events

    db = _existing_db(args.db)
    filters = Filters(award=args.award, year=args.year, level=args.level,
                      province=args.province, awardee=args.awardee, rank=args.rank,
                      since=args.since, until=args.until)
    try:
        events = find_events(db, filters, evidence=args.sources)
    except FilterError as exc:
        raise CommandError(str(exc)) from exc
    print_events(events, args.format, sys.stdout, with_sources=args.sources)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from pipeline.publish.search import search
    from pipeline.publish.show import print_hits

    db = _existing_db(args.db)
    print_hits(search(db, " ".join(args.words), args.limit), args.format, sys.stdout)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from pipeline.bench.extraction import run, run_crawl

    if not (args.files or args.crawl or args.pages or args.bulk):
        raise CommandError("bench: give gold files, --crawl, --pages N, --bulk N, or several")
    status = run(args.files, args.json) if args.files else 0
    if not status and args.pages:
        from pipeline.bench.endtoend import run as run_end_to_end

        status = run_end_to_end(args.pages, args.json)
    if not status and args.bulk:
        from pipeline.bench.bulk import run as run_bulk

        status = run_bulk(args.bulk, args.json)
    return status or (run_crawl(args.json) if args.crawl else 0)


def cmd_export(args: argparse.Namespace) -> int:
    import sqlite3

    from pipeline.publish.export import export_all

    db = _existing_db(args.db)
    try:
        written = export_all(db, args.out)
    except sqlite3.DatabaseError as exc:
        raise CommandError(f"cannot read {args.db}: {exc}") from exc
    except OSError as exc:
        raise CommandError(f"cannot write {exc.filename or args.out}: {exc.strerror}") from exc
    finally:
        db.close()
    for path in written.values():
        print(f"wrote {path}")
    return 0


def _command(sub: argparse._SubParsersAction, name: str, summary: str, description: str,
             example: str) -> argparse.ArgumentParser:
    """A subcommand with its one-line help, description and example."""
    return sub.add_parser(name, help=summary, description=description,
                          epilog=f"Example: {example}")


def _db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default="outputs/anugerah.db", help="database (default: %(default)s)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="anugerah",
        description="Award records (who won which award, when, where, from whose hands) "
                    "from Indonesian regional government press releases.",
        epilog="Example: anugerah extract corpus/gold/dev.jsonl > records.jsonl")
    parser.add_argument("--version", action="version", version=f"anugerah {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = _command(sub, "extract", "extract award records from JSON-lines articles",
                 'Read articles as JSON lines ({"id", "url", "title", "published", "text"}, '
                 'or "html" instead of "text") and write one JSON line '
                 '{"id", "records": [...]} per article, in input order. Problems go to '
                 "stderr naming the line; the exit status is 1 only when a line could not "
                 "be read.",
                 "python -m pipeline extract articles.jsonl > records.jsonl")
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON-lines file, - for stdin")
    p.set_defaults(func=cmd_extract)

    p = _command(sub, "eval", "score extraction against gold articles",
                 "Extract the gold file's articles (or read --pred) and print per-field "
                 "precision/recall/F1, the core-six micro F1 and the negatives that got "
                 "records, as defined in the annotation guide.",
                 "python -m pipeline eval corpus/gold/heldout.jsonl --fields core")
    p.add_argument("gold", metavar="GOLD", help="JSON lines with articles and their records")
    p.add_argument("--pred", metavar="PRED", help="score these predictions instead of extracting")
    p.add_argument("--fields", choices=["core", "all"], default="all",
                   help="the six core fields or all (default: all)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_eval)

    p = _command(sub, "load", "extract articles and store them with their records in SQLite",
                 "Extract award records from JSON-lines articles and store articles and "
                 "records in a SQLite database (tables articles and awards); each article "
                 "is written in one transaction, so a rerun replaces and never duplicates.",
                 "python -m pipeline load corpus/gold/dev.jsonl --db outputs/anugerah.db")
    p.add_argument("files", nargs="+", metavar="FILE", help="JSON-lines articles, - for stdin")
    _db_option(p)
    p.add_argument("--records", metavar="JSONL", help="also write the records here")
    p.set_defaults(func=cmd_load)

    def bulk_options(p: argparse.ArgumentParser) -> None:
        """The database, JSON log lines and the workers of a bulk command."""
        _db_option(p)
        p.add_argument("--log-json", action="store_true", help="one JSON line per event on stderr")
        p.add_argument("--workers", type=int, default=1, metavar="N",
                       help="clean and extract on N worker processes, a local Dask cluster "
                            "(default: %(default)s, in this process)")
        p.add_argument("--scheduler", metavar="ADDRESS",
                       help="use the Dask cluster of this scheduler (tcp://host:8786) "
                            "instead of a local one")

    def crawl_arguments(p: argparse.ArgumentParser, parallel_hosts: bool = True) -> None:
        p.add_argument("url", nargs="?", metavar="URL",
                       help="crawl this one site (its host only) instead of a sources file")
        p.add_argument("--sources", default="corpus/sources.toml",
                       help="sources file (default: %(default)s)")
        p.add_argument("--only", metavar="NAMES", help="comma-separated source names")
        p.add_argument("--all", action="store_true",
                       help="also sources marked as not reachable from this machine")
        _db_option(p)
        p.add_argument("--warc-dir", default="corpus/warc",
                       help="where WARC files go (default: %(default)s)")
        p.add_argument("--delay", type=float, default=1.0,
                       help="seconds between requests to one host (default: %(default)s)")
        if parallel_hosts:
            p.add_argument("--workers", type=int, default=8,
                           help="hosts crawled in parallel (default: %(default)s)")
        p.add_argument("--timeout", type=float, default=20.0,
                       help="seconds per request (default: %(default)s)")
        p.add_argument("--retries", type=int, default=3,
                       help="retries of a failed request, with growing waits "
                            "(default: %(default)s)")
        p.add_argument("--log-json", action="store_true",
                       help="one JSON line per event on stderr instead of progress bars")
        p.add_argument("--log-dir", default="outputs/logs",
                       help="where the run's log file goes, rotated by size "
                            "(default: %(default)s)")
        p.set_defaults(func=cmd_crawl)

    p = _command(sub, "crawl", "crawl press-release sites into the crawl state and WARC files",
                 "Crawl the enabled sources of a sources file (or one site given by URL): "
                 "robots.txt obeyed, a delay per host, conditional requests on a recrawl, "
                 "every response archived as WARC. A killed crawl resumes where it stopped.",
                 "python -m pipeline crawl https://bojonegorokab.go.id/ --db outputs/anugerah.db")
    crawl_arguments(p)

    p = _command(sub, "run", "crawl, clean, extract and load: the whole pipeline",
                 "Crawl the sources (or one site given by URL), then clean, extract and "
                 "load every new or changed article into the database (tables articles, "
                 "awards, award_events) and write the exports (as `anugerah export`). A "
                 "second run on the same database is incremental.",
                 "python -m pipeline run https://kaltimprov.go.id/ --db outputs/anugerah.db")
    crawl_arguments(p)
    p.add_argument("--out", default="outputs", metavar="DIR",
                   help="where the exports go (default: %(default)s)")
    p.add_argument("--no-publish", action="store_true", help="write no exports")

    p = _command(sub, "import-warc", "load the pages of WARC archives",
                 "Feed the HTML responses of WARC files (ours, Common Crawl's CC-NEWS, a "
                 "Wayback export) through clean, extract and load.",
                 "python -m pipeline import-warc CC-NEWS-20250805.warc.gz --db outputs/anugerah.db")
    p.add_argument("files", nargs="+", metavar="FILE", help="WARC files (.warc or .warc.gz)")
    bulk_options(p)
    p.set_defaults(func=cmd_import_warc)

    p = _command(sub, "reprocess", "clean and extract every stored article again",
                 "Clean every stored article again from its raw page in the WARC archive "
                 "(crawled, backfilled and imported pages; an article loaded as text is "
                 "extracted again from its text) and extract it with the current rules, "
                 "spread over worker processes; the database ends the same with any "
                 "number of workers. The award events are recomputed.",
                 "anugerah reprocess --db outputs/anugerah.db --workers 2")
    p.add_argument("--sources", default="corpus/sources.toml",
                   help="sources file, for each site's prune_xpath (default: %(default)s)")
    bulk_options(p)
    p.set_defaults(func=cmd_reprocess)

    p = _command(sub, "backfill", "load a site's old releases from a web archive",
                 "List a site's captures in a web archive's CDX index (the Wayback "
                 "Machine by default, any Wayback-style archive by --archive BASE, or a "
                 "Common Crawl crawl), keep the article-shaped ones, fetch each capture's "
                 "original bytes politely and clean, extract and load it like a crawled "
                 "page. Resumable: a killed or repeated backfill fetches no capture it "
                 "already holds.",
                 "anugerah backfill https://jatimprov.go.id/ --from 2017 --to 2020 "
                 "--db outputs/anugerah.db")
    crawl_arguments(p, parallel_hosts=False)  # one archive host, one request at a time
    p.add_argument("--province", metavar="NAME",
                   help="the sources of one province (as the sources file names it)")
    p.add_argument("--archive", metavar="BASE",
                   help="a Wayback-style archive's base URL (default: the Internet "
                        "Archive, https://web.archive.org) or commoncrawl:CC-MAIN-YYYY-WW")
    p.add_argument("--cc-index", default="https://index.commoncrawl.org", metavar="URL",
                   help="Common Crawl's index server (default: %(default)s)")
    p.add_argument("--cc-data", default="https://data.commoncrawl.org", metavar="URL",
                   help="Common Crawl's data host (default: %(default)s)")
    p.add_argument("--from", dest="year_from", type=int, metavar="YYYY",
                   help="captures from this year on")
    p.add_argument("--to", dest="year_to", type=int, metavar="YYYY",
                   help="captures up to this year, inclusive")
    p.add_argument("--limit", type=int, metavar="N", help="captures fetched per site, at most")
    p.add_argument("--relist", action="store_true",
                   help="ask the index again although an earlier run listed it to the end")
    p.set_defaults(func=cmd_backfill)

    p = _command(sub, "sources", "check a sources file",
                 "Validate a sources file: required keys, kinds, discovery methods, URL "
                 "templates and patterns; every problem is listed with its entry.",
                 "python -m pipeline sources check corpus/sources.toml")
    p.add_argument("action", choices=["check"], help="what to do (check)")
    p.add_argument("file", nargs="?", default="corpus/sources.toml",
                   help="sources file (default: %(default)s)")
    p.set_defaults(func=cmd_sources_check)

    p = _command(sub, "mirror", "serve the bundled press-release sites on 127.0.0.1",
                 "Serve the team's mirror of press-release sites (corpus/site/) over HTTP "
                 "on 127.0.0.1, one port per site, until stopped; optionally write a "
                 "sources file naming the ports for the crawler.",
                 "python -m pipeline mirror --write-sources outputs/mirror-sources.toml")
    p.add_argument("--write-sources", metavar="FILE", help="write a sources file here")
    p.add_argument("--site-dir", metavar="DIR", help="sites to serve (default: corpus/site)")
    p.add_argument("--port", type=int, default=0,
                   help="first port (one per site); default: free ports")
    p.add_argument("--delay", type=float, default=None,
                   help="per-host delay written into the sources file")
    p.set_defaults(func=cmd_mirror)

    p = _command(sub, "winners", "who won which award, when and where",
                 "List award events (one real-world award, however many articles report "
                 "it) with the filters given, in time order: a table on the terminal, or "
                 "CSV or JSON. --format json prints one JSON array of events, each with "
                 "every record field and `sources` (the article URLs).",
                 "anugerah winners --award paritrana --province Jatim --since 2023")
    p.add_argument("--award", help="award name, alias or part of one (Paritrana, KLA, UHC)")
    p.add_argument("--year", type=int, help="the award's year (edition)")
    p.add_argument("--level", choices=["provinsi", "nasional"], help="round")
    p.add_argument("--province", help="province name or abbreviation (Jawa Timur, Jatim)")
    p.add_argument("--awardee", help="part of the awardee's name, any case, without "
                                     "Pemkab/Kabupaten/Kota (bojonegoro)")
    p.add_argument("--rank", type=int, help="rank (1 for the winners)")
    p.add_argument("--since", metavar="DATE", help="event date from (YYYY, YYYY-MM or "
                                                   "YYYY-MM-DD; undated events: first report)")
    p.add_argument("--until", metavar="DATE", help="event date up to, inclusive")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table",
                   help="output format (default: %(default)s)")
    p.add_argument("--sources", action="store_true",
                   help="also each event's articles and the sentences it was read from")
    _db_option(p)
    p.set_defaults(func=cmd_winners)

    p = _command(sub, "search", "full-text search over the articles",
                 "Find the articles containing every word given (any order and case), best "
                 "match first, with a snippet around the words found and the award records "
                 "read from each article.",
                 'anugerah search "paritrana award" --limit 5')
    p.add_argument("words", nargs="+", metavar="WORD", help="words to find")
    p.add_argument("--limit", type=int, default=20, help="most articles shown "
                                                          "(default: %(default)s)")
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help="output format (default: %(default)s)")
    _db_option(p)
    p.set_defaults(func=cmd_search)

    p = _command(sub, "bench", "measure extraction speed, start-up time and crawl rate",
                 "Extract the articles of the given files repeatedly in one process and "
                 "report articles/second and the start-up time of a fresh interpreter; "
                 "with --crawl, crawl copies of a bundled mirror site on 8 loopback hosts "
                 "and report requests/second against the politeness ceiling; with --pages, "
                 "time clean + extract + load end to end.",
                 "python -m pipeline bench corpus/gold/dev.jsonl --crawl")
    p.add_argument("files", nargs="*", metavar="FILE", help="JSON-lines articles")
    p.add_argument("--crawl", action="store_true",
                   help="also crawl 8 loopback hosts at 0.5 s per host and report the "
                        "share of the politeness ceiling reached")
    p.add_argument("--pages", type=int, default=0, metavar="N",
                   help="also the end-to-end figure: clean + extract + load of N generated "
                        "pages in the mirror's templates against trafilatura alone, and peak "
                        "memory at N and 10N pages")
    p.add_argument("--bulk", type=int, default=0, metavar="N",
                   help="also backfill against a loopback archive (share of its politeness "
                        "ceiling) and reprocess of N pages with 1 and 2 Dask workers "
                        "(pages/s, speed-up, peak memory)")
    p.add_argument("--json", action="store_true", help="print one JSON object per figure")
    p.set_defaults(func=cmd_bench)

    p = _command(sub, "export", "write the award events as CSV, JSON, a timeline page and a chart",
                 "Write every award event of the database into DIR: awards.csv (one row "
                 "per event with its source URLs), awards.json (the events with sources "
                 "and evidence sentences), timeline.json (Knight Lab TimelineJS3), "
                 "timeline.html (a self-contained page, filterable by award, province and "
                 "level, that works offline), timeline.png (events per year and "
                 "province) and metadata.yml (Datasette: `make serve`). Each file is "
                 "replaced whole.",
                 "python -m pipeline export --db outputs/anugerah.db --out outputs")
    _db_option(p)
    p.add_argument("--out", default="outputs", metavar="DIR",
                   help="directory to write into (default: %(default)s)")
    p.set_defaults(func=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except CommandError as exc:
        if args.debug:
            raise
        print(f"anugerah: {exc}", file=sys.stderr)
        return exc.status
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        if args.debug:
            raise
        print(f"anugerah {args.command}: interrupted; what was stored stays, and the same "
              "command resumes", file=sys.stderr)
        return 130
    except Exception as exc:  # anything else: still one line, the traceback on --debug
        if args.debug:
            raise
        print(f"anugerah {args.command}: {type(exc).__name__}: {exc} "
              "(--debug shows the traceback)", file=sys.stderr)
        return 1
