"""The crawler against a misbehaving site on loopback: retries, rate
limits, timeouts, redirect loops, refused downloads, charsets, robots.txt,
tracking parameters, and an incremental second round."""
from __future__ import annotations

import sqlite3

import pytest
from faultsite import FaultSite

from pipeline.crawl.crawler import CrawlOptions
from pipeline.crawl.sources import adhoc_source
from pipeline.progress import Reporter
from pipeline.run import run


@pytest.fixture()
def site():
    server = FaultSite(timeout_sleep=2.5).start()
    yield server
    server.stop()


def crawl_once(site: FaultSite, tmp_path, **options) -> Reporter:
    reporter = Reporter(live=False)
    settings = {"delay": 0.0, "timeout": 1.0, "retries": 2, "backoff": 0.05, **options}
    run([adhoc_source(site.base + "/")], str(tmp_path / "a.db"),
        CrawlOptions(warc_dir=str(tmp_path / "warc"), **settings), reporter)
    return reporter


def pages(tmp_path) -> dict[str, tuple]:
    db = sqlite3.connect(tmp_path / "a.db")
    rows = db.execute("SELECT url, status, error, size FROM pages ORDER BY id").fetchall()
    return {url.split(":", 2)[2].split("/", 1)[1]: (status, error, size)
            for url, status, error, size in rows}


def test_faults_are_survived_and_reported(site, tmp_path):
    reporter = crawl_once(site, tmp_path)
    got = pages(tmp_path)
    # 503 then 200, and 429 then 200 after waiting what Retry-After asked
    assert got["berita/flaky-server-tetap-terbit-akhirnya"][0] == 200
    first, second = site.requests_to("/berita/rate-limited-berita-pembangunan-jalan")[:2]
    assert (first[0], second[0]) == (429, 200) and second[1] - first[1] >= 0.9
    # a page that never answers in time is an error of its own kind, the run goes on
    assert got["berita/lambat-sekali-tidak-pernah-selesai"][1] == "timeout"
    assert got["berita/halaman-yang-sudah-dihapus-admin"][:2] == (404, "http-404")
    assert got["berita/laporan-tahunan-besar-sekali-zip"][1:] == ("content-type", 0)
    assert got["berita/halaman-raksasa-tanpa-akhir-html"][1:] == ("too-large", 0)
    assert reporter.errors["timeout"] == 1 and reporter.errors["http-404"] == 1
    # the redirect loop ends
    assert len(site.requests_to("/berita/loop-pengalihan-tanpa-ujung")) == 1
    assert len(site.requests_to("/berita/loop-b-pengalihan-kembali")) == 1
    assert reporter.errors["redirect-loop"] == 1
    # robots.txt Disallow obeyed; links with tracking parameters fetched once
    assert not site.requests_to("/private/rahasia-internal-jangan-dirayapi")
    assert len(site.requests_to("/berita/pemkab-sidoarjo-juara-paritrana-award-jatim")) == 1
    db = sqlite3.connect(tmp_path / "a.db")
    awards = db.execute("SELECT awardee, rank, province FROM awards").fetchall()
    assert awards == [("Kabupaten Sidoarjo", 1, "Jawa Timur")]
    text = db.execute("SELECT text FROM articles WHERE url LIKE '%charset%'").fetchone()[0]
    assert "Kabupaten “Juara” – Berita" in text


def test_second_round_downloads_only_the_new_article(site, tmp_path):
    crawl_once(site, tmp_path)
    downloaded = {"/" + path for path, (status, error, _) in pages(tmp_path).items()
                  if status == 200 and not error and path.startswith("berita/")}
    site.log.clear()
    site.articles["/berita/bupati-resmikan-pasar-rakyat-baru-di-kecamatan"] = "Pasar baru"
    reporter = crawl_once(site, tmp_path)
    bodies = {path for path, status, _, _ in site.log if status == 200}
    assert "/berita/bupati-resmikan-pasar-rakyat-baru-di-kecamatan" in bodies
    assert not bodies & downloaded  # nothing downloaded the first time comes again
    assert not site.requests_to("/berita/halaman-yang-sudah-dihapus-admin")  # gone stays gone
    conditional = site.requests_to("/berita/pemkab-sidoarjo-juara-paritrana-award-jatim")
    assert [status for status, _, _ in conditional] == [304]
    assert "If-None-Match" in conditional[0][2]
    assert reporter.counts["new_articles"] == 1 and reporter.counts["not_modified"] >= 1


def test_crawl_delay_spaces_requests(tmp_path):
    site = FaultSite(crawl_delay=1).start()
    site.articles = dict(list(site.articles.items())[:2])
    try:
        crawl_once(site, tmp_path, delay=0.1)
    finally:
        site.stop()
    times = [when for _, _, when, _ in site.log]
    assert len(times) >= 4
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.95


def test_a_response_archived_but_not_recorded_is_not_fetched_again(site, tmp_path, monkeypatch):
    from pipeline.crawl.crawler import Crawler

    original = Crawler._handle
    calls = []

    def dies_on_an_article(self, source, item, fetched, location):
        if item.kind == "article" and fetched.status == 200 and not calls:
            calls.append(item.url)
            raise KeyboardInterrupt  # the process dies after the WARC write
        return original(self, source, item, fetched, location)

    monkeypatch.setattr(Crawler, "_handle", dies_on_an_article)
    with pytest.raises(KeyboardInterrupt):
        crawl_once(site, tmp_path)
    monkeypatch.setattr(Crawler, "_handle", original)
    path = "/" + calls[0].split("/", 3)[3]
    assert len(site.requests_to(path)) == 1
    reporter = crawl_once(site, tmp_path)
    assert len(site.requests_to(path)) == 1  # taken from the archive, not fetched again
    assert reporter.counts["recovered"] == 1
    assert pages(tmp_path)[path[1:]][0] == 200
