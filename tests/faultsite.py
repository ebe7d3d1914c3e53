"""A small press-release site on loopback that misbehaves on purpose: a
flaky page (503 then 200), rate limiting (429 with Retry-After), a page
that never answers in time, a redirect loop, a missing page, a huge
download, a page in the wrong charset, robots.txt rules, and links carrying
tracking parameters. It logs every request it receives."""
from __future__ import annotations

import time

from loopback import LoopbackSite

ARTICLE = """<html><head><meta charset="{charset}"><title>{title}</title></head><body>
<nav><a href="/">Beranda</a></nav><article><h1>{title}</h1>
<p>SURABAYA – {title}. Pemerintah daerah menyampaikan kabar ini kepada wartawan di
kantor bupati pada Senin (4/8/2025) setelah rapat koordinasi bersama perangkat daerah.</p>
<p>Kepala dinas menyebut program tersebut sudah berjalan sejak awal tahun dan akan
dilanjutkan hingga akhir tahun anggaran dengan dukungan masyarakat setempat.</p>
{extra}</article></body></html>"""

AWARD = ("<p>Pemerintah Kabupaten Sidoarjo meraih Juara I Paritrana Award tingkat Provinsi "
         "Jawa Timur tahun 2025 kategori pemerintah kabupaten/kota. Penghargaan diserahkan "
         "Gubernur Jawa Timur Khofifah Indar Parawansa di Gedung Negara Grahadi, Surabaya, "
         "Selasa (5/8/2025).</p><p>Menurut dia, penghargaan itu buah kerja bersama "
         "seluruh perangkat daerah dalam memperluas kepesertaan jaminan sosial.</p>")


class FaultSite(LoopbackSite):
    """The server; ``articles`` maps path to title and can grow between
    rounds; ``log`` holds (path, status, time, request headers)."""

    def __init__(self, crawl_delay: int | None = None, timeout_sleep: float = 3.0) -> None:
        self.articles: dict[str, str] = {
            "/berita/pemkab-sidoarjo-juara-paritrana-award-jatim": "Sidoarjo juara Paritrana",
            "/berita/flaky-server-tetap-terbit-akhirnya": "Berita dari server yang goyah",
            "/berita/rate-limited-berita-pembangunan-jalan": "Pembangunan jalan desa",
            "/berita/lambat-sekali-tidak-pernah-selesai": "Berita lambat",
            "/berita/halaman-yang-sudah-dihapus-admin": "Hilang",
            "/berita/laporan-tahunan-besar-sekali-zip": "Unduhan besar",
            "/berita/halaman-raksasa-tanpa-akhir-html": "Halaman raksasa",
            "/berita/berita-dengan-charset-yang-salah": "Kabupaten “Juara” – Berita",
            "/private/rahasia-internal-jangan-dirayapi": "Rahasia",
            "/berita/loop-pengalihan-tanpa-ujung": "Loop",
        }
        self.crawl_delay = crawl_delay
        self.timeout_sleep = timeout_sleep
        super().__init__()

    def requests_to(self, path: str) -> list[tuple[int, float, dict]]:
        return [(status, when, headers) for p, status, when, headers in self.log if p == path]

    def respond(self, path: str, headers: dict) -> tuple[int, dict, bytes]:
        hits = self.hit(path)
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            rules = "User-agent: *\nDisallow: /private/\n"
            if self.crawl_delay:
                rules += f"Crawl-delay: {self.crawl_delay}\n"
            return 200, {"Content-Type": "text/plain"}, rules.encode()
        if path == "/":
            links = []
            for article in self.articles:
                links.append(f'<a href="{article}">{self.articles[article]}</a>')
                links.append(f'<a href="{article}?utm_source=home&fbclid=x#komentar">lagi</a>')
            body = "<html><body><h1>Berita</h1>" + "<br>".join(links) + "</body></html>"
            return 200, html, body.encode()
        if "flaky" in path and hits == 1:
            return 503, {"Content-Type": "text/plain"}, b"busy"
        if "rate-limited" in path and hits == 1:
            return 429, {"Content-Type": "text/plain", "Retry-After": "1"}, b"slow down"
        if "lambat" in path:
            time.sleep(self.timeout_sleep)
        if "dihapus" in path:
            return 404, html, b"<h1>tidak ditemukan</h1>"
        if "raksasa" in path:  # a 6 MB "page"
            return 200, html, b"<html><body>" + b"<p>isi berulang</p>" * 330_000
        if "besar" in path:
            return 200, {"Content-Type": "application/zip"}, b"PK" + b"\0" * 3_000_000
        if "loop" in path:
            return 302, {"Location": "/berita/loop-b-pengalihan-kembali"}, b""
        if path == "/berita/loop-b-pengalihan-kembali":
            return 302, {"Location": "/berita/loop-pengalihan-tanpa-ujung"}, b""
        if path in self.articles:
            title = self.articles[path]
            extra = AWARD if "paritrana" in path else ""
            if "charset" in path:  # says UTF-8, is windows-1252
                body = ARTICLE.format(charset="utf-8", title=title, extra=extra)
                return 200, html, body.encode("cp1252")
            etag = f'"{abs(hash((path, title)))}"'
            if headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            body = ARTICLE.format(charset="utf-8", title=title, extra=extra).encode()
            return 200, {**html, "ETag": etag}, body
        return 404, html, b"<h1>tidak ditemukan</h1>"
