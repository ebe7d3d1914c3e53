"""``make bench`` end to end: clean + extract + load against trafilatura alone.

A corpus of generated pages in the bundled mirror's templates (every site's
layout), award articles about one in ten as on real sites, each page its own
URL and number. One process times, page by page, trafilatura's extraction
alone and the whole stage (decode, clean, boilerplate, extract, load into
SQLite with its indexes and full-text triggers) on the same page; the ratio
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

from pipeline.crawl.mirror import SITE_DIR, Renderer, _Templates, load_sites

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


def _page(url: str, body: bytes):  # -> pipeline.ingest.Page
    from pipeline.ingest import Page

    return Page(url, body, "text/html; charset=utf-8", "2025-12-01T00:00:00+00:00", "bench")


def _paired_round(pages: list[tuple[str, bytes]], db_path: str) -> tuple[float, float, int]:
    """One pass over the pages timing, page by page, trafilatura alone (the
    cleaner's settings, on the raw bytes) and the whole stage (decode,
    clean, boilerplate, extract, load into SQLite with its indexes and
    full-text triggers), the two in alternating order: whatever else the
    machine does slows both alike. Seconds of each, and the award records."""
    from pipeline.clean import bare_document
    from pipeline.ingest import ingest_page
    from pipeline.store.database import PageWriter, open_db

    db = open_db(db_path)
    alone = whole = 0.0
    awards = 0
    with PageWriter(db) as writer:
        for n, (url, body) in enumerate(pages):
            for step in ((0, 1) if n % 2 else (1, 0)):
                start = time.perf_counter()
                if step:
                    awards += ingest_page(writer, _page(url, body)).awards
                    whole += time.perf_counter() - start
                else:
                    bare_document(body, url, "2025-12-01")
                    alone += time.perf_counter() - start
    db.close()
    return alone, whole, awards


def _whole_stage(pages: list[tuple[str, bytes]], db_path: str) -> int:
    """The stage alone over the pages (what the memory figure measures);
    the award records."""
    from pipeline.ingest import ingest_page
    from pipeline.store.database import PageWriter, open_db

    db = open_db(db_path)
    with PageWriter(db) as writer:
        awards = sum(ingest_page(writer, _page(url, body)).awards for url, body in pages)
    db.close()
    return awards


def end_to_end(count: int = 200, rounds: int = 5) -> dict:
    """Pages/second of the whole stage and its time over trafilatura's
    alone: the median of ``rounds`` paired rounds, each into a fresh
    database."""
    from extractors.pipeline import nlp

    pages = generate_pages(count)
    nlp()  # built before timing, as in a run
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        _paired_round(pages[:10], str(Path(tmp) / "warm.db"))
        for n in range(rounds):
            results.append(_paired_round(pages, str(Path(tmp) / f"bench-{n}.db")))
    alone, whole, awards = sorted(results, key=lambda r: r[1] / r[0])[len(results) // 2]
    return {"pages": count, "award_records": awards,
            "pages_per_second": round(count / whole, 1),
            "seconds": round(whole, 3), "trafilatura_seconds": round(alone, 3),
            "ratio_to_trafilatura": round(whole / alone, 3),
            "ratio_range": [round(min(w / a for a, w, _ in results), 3),
                            round(max(w / a for a, w, _ in results), 3)]}


def peak_rss_mb(count: int) -> float:
    """Peak resident memory (MB) of a fresh process running the stage on ``count`` pages."""
    code = ("import resource, sys, tempfile; from pipeline.bench.endtoend import generate_pages, "
            "_whole_stage; "
            "d = tempfile.mkdtemp(); "
            f"_whole_stage(generate_pages({count}), d + '/m.db'); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return round(int(out.stdout.strip().splitlines()[-1]) / 1024, 1)


def run(count: int = 200, as_json: bool = False) -> int:
    from pipeline.bench.cpu import cpu_ratio

    result = end_to_end(count)
    result["peak_rss_mb"] = {"1x": peak_rss_mb(count), "10x": peak_rss_mb(10 * count)}
    result["cpu"] = cpu_ratio()
    if as_json:
        print(json.dumps(result))
    else:
        print(f"end to end: {result['pages_per_second']} pages/s clean + extract + load "
              f"({result['pages']} generated pages, 1 in {AWARD_SHARE} an award article, "
              f"{result['award_records']} records), {result['ratio_to_trafilatura']}x the "
              f"time of trafilatura alone ({result['seconds']} s vs "
              f"{result['trafilatura_seconds']} s; median of paired rounds, range "
              f"{result['ratio_range'][0]}-{result['ratio_range'][1]}x); "
              f"peak RSS {result['peak_rss_mb']['1x']} MB "
              f"at {count} pages, {result['peak_rss_mb']['10x']} MB at {10 * count}")
        cpu = result["cpu"]
        print(f"CPU per page (whole processes, marginal over {cpu['pages'][0]} and "
              f"{cpu['pages'][1]} pages, best of {cpu['rounds']}): clean + extract "
              f"{cpu['clean_extract_ms_per_page']} ms, trafilatura alone "
              f"{cpu['trafilatura_ms_per_page']} ms: {cpu['cpu_ratio_to_trafilatura']}x")
    return 0
