"""``make bench`` end to end: clean + extract + load against trafilatura alone.

A corpus of generated pages in the bundled mirror's templates (every site's
layout), award articles about one in ten as on real sites, each page its own
URL and number. One process times trafilatura's extraction alone on the
pages, then the whole stage (decode, clean, boilerplate, extract, load into
SQLite with its indexes and full-text triggers) on the same pages; the ratio
says what the project adds to the cleaning every peer pays. Peak memory is
measured in fresh processes at 1x and 10x the pages: flat means the stage
keeps nothing per page in memory.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pipeline.mirror import SITE_DIR, Renderer, _Templates, load_sites

AWARD_SHARE = 10  # one award article in this many pages


def generate_pages(count: int) -> list[tuple[str, bytes]]:
    """``count`` (url, html) pages; every tenth an award article."""
    templates = _Templates(SITE_DIR / "templates")
    award, other = [], []
    for site in load_sites():
        with open(SITE_DIR / site.name / "articles.jsonl", encoding="utf-8") as fh:
            winners = {raw["slug"] for raw in map(json.loads, filter(str.strip, fh))
                       if raw.get("records")}
        site.base = "http://mirror.test"
        renderer = Renderer(site, templates)
        for post in site.posts:
            (award if post.slug in winners else other).append((site, renderer, post))
    pages = []
    for n in range(count):
        pool = award if n % AWARD_SHARE == 0 else other
        site, renderer, post = pool[(n // AWARD_SHARE if pool is award else n) % len(pool)]
        copy = replace(post, number=100_000 + n, slug=f"{post.slug}-{n}")
        pages.append((site.base + site.path_of(copy),
                      renderer.article(copy).encode(site.charset, "replace")))
    return pages


def _trafilatura_alone(pages: list[tuple[str, bytes]]) -> float:
    """trafilatura with the settings the cleaner uses, on the raw bytes."""
    from pipeline.clean import bare_document

    start = time.perf_counter()
    for url, body in pages:
        bare_document(body, url, "2025-12-01")
    return time.perf_counter() - start


def _whole_stage(pages: list[tuple[str, bytes]], db_path: str) -> tuple[float, int]:
    from pipeline.ingest import ingest_page
    from pipeline.store import open_db

    db = open_db(db_path)
    awards = 0
    start = time.perf_counter()
    for url, body in pages:
        awards += ingest_page(db, url, body, "text/html; charset=utf-8",
                              "2025-12-01T00:00:00+00:00", "bench").awards
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed, awards


def end_to_end(count: int = 200, rounds: int = 3) -> dict:
    """Pages/second of the whole stage and its time over trafilatura's alone:
    the best of ``rounds`` alternating rounds of each (the round least
    disturbed by the rest of the machine), every stage round into a fresh
    database."""
    from extractors.pipeline import nlp

    pages = generate_pages(count)
    nlp()  # built before timing, as in a run
    alone, whole, awards = [], [], 0
    with tempfile.TemporaryDirectory() as tmp:
        _whole_stage(pages[:5], str(Path(tmp) / "warm.db"))  # warm both paths
        _trafilatura_alone(pages[:5])
        for n in range(rounds):
            alone.append(_trafilatura_alone(pages))
            seconds, awards = _whole_stage(pages, str(Path(tmp) / f"bench-{n}.db"))
            whole.append(seconds)
    return {"pages": count, "award_records": awards,
            "pages_per_second": round(count / min(whole), 1),
            "seconds": round(min(whole), 3), "trafilatura_seconds": round(min(alone), 3),
            "ratio_to_trafilatura": round(min(whole) / min(alone), 3)}


def peak_rss_mb(count: int) -> float:
    """Peak resident memory (MB) of a fresh process running the stage on ``count`` pages."""
    code = ("import resource, sys, tempfile; from pipeline.pipebench import generate_pages, "
            "_whole_stage; "
            "d = tempfile.mkdtemp(); "
            f"_whole_stage(generate_pages({count}), d + '/m.db'); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return round(int(out.stdout.strip().splitlines()[-1]) / 1024, 1)


def run(count: int = 200, as_json: bool = False) -> int:
    result = end_to_end(count)
    result["peak_rss_mb"] = {"1x": peak_rss_mb(count), "10x": peak_rss_mb(10 * count)}
    if as_json:
        print(json.dumps(result))
    else:
        print(f"end to end: {result['pages_per_second']} pages/s clean + extract + load "
              f"({result['pages']} generated pages, 1 in {AWARD_SHARE} an award article, "
              f"{result['award_records']} records), {result['ratio_to_trafilatura']}x the "
              f"time of trafilatura alone ({result['seconds']} s vs "
              f"{result['trafilatura_seconds']} s); peak RSS {result['peak_rss_mb']['1x']} MB "
              f"at {count} pages, {result['peak_rss_mb']['10x']} MB at {10 * count}")
    return 0
