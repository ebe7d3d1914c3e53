"""``make bench`` for the crawler: several hosts on loopback (copies of one
bundled mirror site, each on its own port) crawled with a per-host delay;
the figure is requests per second against the politeness ceiling (hosts /
delay), i.e. how close the crawler comes to being bounded by politeness
alone."""
from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from pipeline.crawl.mirror import SITE_DIR, Mirror


def _copies(directory: Path, site: str, hosts: int) -> None:
    (directory / "templates").symlink_to(SITE_DIR / "templates")
    config = (SITE_DIR / site / "site.toml").read_text(encoding="utf-8")
    for n in range(1, hosts + 1):
        copy = directory / f"{site}-{n}"
        copy.mkdir()
        (copy / "site.toml").write_text(
            re.sub(r'(?m)^name = "[^"]+"', f'name = "{site}-{n}"', config), encoding="utf-8")
        (copy / "articles.jsonl").symlink_to(SITE_DIR / site / "articles.jsonl")


def crawl_rate(hosts: int = 8, delay: float = 0.5, site: str = "kaltimprov") -> dict:
    """Crawl ``hosts`` copies of a mirror site at ``delay`` seconds per host."""
    from pipeline.crawl.crawler import CrawlOptions, crawl
    from pipeline.crawl.sources import parse_sources
    from pipeline.progress import Reporter

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sites = root / "sites"
        sites.mkdir()
        _copies(sites, site, hosts)
        mirror = Mirror(sites).start()
        try:
            sources, problems = parse_sources(mirror.sources_toml(delay=delay))
            assert not problems, problems
            reporter = Reporter(live=False)
            start = time.perf_counter()
            crawl(sources, os.fspath(root / "bench.db"),
                  CrawlOptions(warc_dir=os.fspath(root / "warc"), delay=delay,
                               workers=hosts), reporter)
            elapsed = time.perf_counter() - start
        finally:
            mirror.stop()
        requests = sum(len(s.requests) for s in mirror.sites)
    ceiling = hosts / delay
    # Each host's first request costs no delay: n requests span n - 1 delays.
    rate = (requests - hosts) / elapsed
    return {"hosts": hosts, "delay_seconds": delay, "requests": requests,
            "seconds": round(elapsed, 2), "requests_per_second": round(rate, 2),
            "ceiling_requests_per_second": ceiling,
            "share_of_ceiling": round(rate / ceiling, 3)}
