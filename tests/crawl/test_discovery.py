"""Discovery on a site the crawler has never seen: which URLs are articles
(every shape Indonesian government portals use), which links name a news
section, and one ``run URL`` over a loopback site of a shape the mirror
lacks (tests/newssite.py) that must store every article once."""
from __future__ import annotations

import sqlite3

import pytest
from newssite import CP1252, NewsSite

from pipeline.cli import main
from pipeline.crawl.sources import adhoc_source
from pipeline.crawl.urls import (
    is_news_section,
    is_plainly_not_article,
    looks_like_article,
)

B = "http://pemkab.test"


@pytest.mark.parametrize("path", [
    "/berita/detail/123/judul",
    "/read/20240725008/judul",
    "/index.php/berita/123",
    "/?p=123",
    "/2024/07/25/judul",
    "/2024/07/bupati-tanam-padi",
    "/berita/bupati-resmikan-pasar-rakyat",
    "/seputar-banten/pr-597794095/pemkot-cilegon",
    "/berita/jalan-poros",  # two words under a news section
    "/siaran-pers/banjir-surut",
])
def test_article_shapes(path: str) -> None:
    assert looks_like_article(B + path)


@pytest.mark.parametrize("path", [
    "/", "/berita", "/berita?hal=2", "/berita/page/2", "/kategori/berita", "/tag/paritrana",
    "/author/admin", "/search?q=paritrana", "/2024/07/", "/berita/2024", "/profil",
    "/wp-content/uploads/2024/07/foto-123.jpg", "/unduhan/laporan-2024.pdf",
    "/layanan/izin-usaha",  # two words, but not under a news section
])
def test_not_article_shapes(path: str) -> None:
    assert not looks_like_article(B + path)


def test_a_two_word_slug_counts_inside_a_section_listing() -> None:
    assert looks_like_article(B + "/kabar/jalan-poros")
    assert not looks_like_article(B + "/layanan/jalan-poros")
    assert looks_like_article(B + "/layanan/jalan-poros", in_section=True)


@pytest.mark.parametrize(("path", "text", "section"), [
    ("/berita", "Berita", True),
    ("/kategori/siaran-pers", "", True),
    ("/berita-daerah", "", True),
    ("/index.php?option=com_content&view=category&id=9", "Berita Daerah", True),
    ("/rilis", "", True),
    ("/profil", "Profil", False),
    ("/galeri", "Galeri Foto", False),
    ("/berita/bupati-resmikan-pasar-rakyat", "Bupati resmikan pasar", False),
    ("/logo.png", "Berita", False),
])
def test_news_section_links(path: str, text: str, section: bool) -> None:
    assert is_news_section(B + path, text) is section


@pytest.mark.parametrize(("path", "plainly_not"), [
    ("/berita/pasar-baru", False), ("/hal/123", False), ("/jalan", False),
    ("/", True), ("/tag/berita", True), ("/category/rilis", True), ("/author/humas", True),
    ("/search?q=x", True), ("/media/foto.jpg", True), ("/files/unduh.pdf", True),
])
def test_feed_and_sitemap_items_are_articles_unless_plainly_not(path: str,
                                                                 plainly_not: bool) -> None:
    assert is_plainly_not_article(B + path) is plainly_not
    assert adhoc_source(B + "/").is_article(B + path, announced=True) is not plainly_not


def _run(site: NewsSite, tmp_path) -> int:
    return main(["run", site.base + "/", "--db", str(tmp_path / "x.db"), "--warc-dir",
                 str(tmp_path / "warc"), "--log-dir", str(tmp_path / "logs"), "--out",
                 str(tmp_path / "out"), "--delay", "0", "--log-json"])


def test_run_url_on_an_unseen_site_stores_every_article_once(tmp_path) -> None:
    site = NewsSite().start()
    try:
        assert _run(site, tmp_path) == 0
        db = sqlite3.connect(tmp_path / "x.db")
        stored = [url for (url,) in db.execute("SELECT url FROM articles")]
        assert sorted(stored) == sorted(site.base + p for p in site.articles)
        # the second listing page answered 429 once and was asked again after Retry-After
        listing = [(status, when) for path, status, when, _ in site.log if path == "/berita?hal=2"]
        assert [s for s, _ in listing] == [429, 200] and listing[1][1] - listing[0][1] >= 0.95
        assert not any(path.startswith("/admin") for path, *_ in site.log)  # robots.txt
        text = db.execute("SELECT text FROM articles WHERE url = ?",
                          [site.base + CP1252]).fetchone()[0]
        assert "“kembali”" in text and "\ufffd" not in text  # windows-1252 read right
        awards = db.execute("SELECT awardee, rank FROM awards").fetchall()
        assert awards == [("Kabupaten Sumba Timur", 1)]

        site.log.clear()
        assert _run(site, tmp_path) == 0
        bodies = [path for path, status, *_ in site.log if status == 200 and path in site.articles]
        assert bodies == []  # a second run downloads no unchanged article
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(site.articles)
    finally:
        site.stop()
