"""``make bench`` for the bulk commands: ``reprocess`` pages/second with one
and two Dask worker processes on a WARC of generated pages (the speed-up,
and the peak memory of each whole process tree), and ``backfill`` against a
loopback Wayback-style archive as a share of its politeness ceiling."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pipeline.bench.endtoend import generate_pages


def write_warc(pages: list[tuple[str, bytes]], path: Path) -> None:
    """The pages as response records of one gzipped WARC file."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http))


def _timed_tree(args: list[str]) -> tuple[float, float]:
    """Wall seconds of a command and the peak resident memory (MB) of its
    whole process tree (the Dask workers included), sampled every 0.1 s."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise RuntimeError(f"{' '.join(args)} failed: {proc.stderr.read().decode()[-500:]}")
    return seconds, peak / 2**20


def reprocess_speed(count: int = 2000, workers: tuple[int, ...] = (1, 2)) -> dict:
    """Seconds, pages/second and peak memory of ``reprocess --workers N``
    (the whole command: interpreter, Dask cluster, every page) on a
    database of ``count`` imported pages."""
    out: dict = {"pages": count, "workers": {}}
    with tempfile.TemporaryDirectory() as tmp:
        warc, db = Path(tmp) / "pages.warc.gz", Path(tmp) / "bench.db"
        write_warc(generate_pages(count), warc)
        subprocess.run([sys.executable, "-m", "pipeline", "import-warc", str(warc), "--db",
                        str(db), "--workers", str(max(workers))], check=True,
                       capture_output=True)
        for n in workers:
            copy = Path(tmp) / f"copy-{n}.db"
            shutil.copy(db, copy)
            seconds, peak = _timed_tree([sys.executable, "-m", "pipeline", "reprocess", "--db",
                                         str(copy), "--workers", str(n)])
            out["workers"][n] = {"seconds": round(seconds, 2),
                                 "pages_per_second": round(count / seconds, 1),
                                 "peak_rss_mb": round(peak, 1)}
    if 1 in out["workers"] and len(out["workers"]) > 1:
        one = out["workers"][1]["seconds"]
        out["speedup"] = {n: round(one / r["seconds"], 2) for n, r in out["workers"].items()}
    return out


class _Archive:
    """A Wayback-style archive of generated pages on a free loopback port."""

    def __init__(self, pages: list[tuple[str, bytes]]) -> None:
        self.pages = {f"/web/2020010100000{n % 10}id_/{url}": body
                      for n, (url, body) in enumerate(pages)}
        self.rows = [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest",
                      "length"]] + [[url, f"2020010100000{n % 10}", url, "text/html", "200",
                                     f"D{n}", str(len(body))]
                                    for n, (url, body) in enumerate(pages)]
        archive = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                parts = urlsplit(self.path)
                if parts.path == "/cdx/search/cdx" and "url" in parse_qs(parts.query):
                    body, ctype = json.dumps(archive.rows).encode(), "application/json"
                else:
                    body, ctype = archive.pages.get(parts.path, b""), "text/html"
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def backfill_rate(captures: int = 40, delay: float = 0.1) -> dict:
    """Requests/second of a backfill of ``captures`` article captures from a
    loopback archive at ``delay`` seconds per request, against the ceiling
    1/delay (one archive host, one request at a time)."""
    from extractors.pipeline import nlp
    from pipeline.backfill.archives import Wayback
    from pipeline.backfill.runner import BackfillOptions, backfill
    from pipeline.crawl.sources import adhoc_source
    from pipeline.progress import Reporter

    pages = generate_pages(captures)
    nlp()  # built before timing, as in a long run
    archive = _Archive(pages)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            options = BackfillOptions(warc_dir=os.path.join(tmp, "warc"), delay=delay)
            reporter = Reporter(live=False)
            start = time.perf_counter()
            backfill([adhoc_source("http://mirror.test/")], os.path.join(tmp, "b.db"),
                     Wayback(archive.base), options, reporter)
            seconds = time.perf_counter() - start
    finally:
        archive.stop()
    requests = reporter.counts["fetched"]
    rate = (requests - 1) / seconds  # n requests span n - 1 delays
    return {"captures": captures, "requests": requests, "articles": reporter.counts["articles"],
            "delay_seconds": delay, "seconds": round(seconds, 2),
            "requests_per_second": round(rate, 2), "ceiling_requests_per_second": 1 / delay,
            "share_of_ceiling": round(rate * delay, 3)}


def run(pages: int = 2000, as_json: bool = False) -> int:
    rate = backfill_rate()
    speed = reprocess_speed(pages)
    if as_json:
        print(json.dumps({"backfill": rate, "reprocess": speed}))
        return 0
    print(f"backfill: {rate['requests_per_second']} requests/s against a loopback archive at "
          f"{rate['delay_seconds']} s per request = {100 * rate['share_of_ceiling']:.1f} % of "
          f"the {rate['ceiling_requests_per_second']:g} requests/s politeness ceiling "
          f"({rate['requests']} requests, {rate['articles']} articles, in {rate['seconds']} s)")
    for n, r in speed["workers"].items():
        print(f"reprocess --workers {n}: {r['pages_per_second']} pages/s ({speed['pages']} "
              f"pages in {r['seconds']} s, the whole command; peak RSS of the process tree "
              f"{r['peak_rss_mb']} MB)")
    if "speedup" in speed:
        print("reprocess speed-up over one worker: " + ", ".join(
            f"{v}x with {n}" for n, v in speed["speedup"].items() if n != 1))
    return 0
