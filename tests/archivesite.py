"""A web archive on loopback holding captures of one press-release site,
answering both ways a backfill asks:

- Wayback-style: ``/cdx/search/cdx`` (JSON rows, at most ``page_size`` a
  page, then a resume key) and ``/web/<timestamp>id_/<url>``;
- Common-Crawl-style: ``/cc/<crawl>-index`` (one JSON object a line, paged
  by ``page`` with ``showNumPages``) and ``/data/<file>``, a WARC file served
  by byte range.

Its captures: an award release captured twice with the same digest, a plain
news story whose first request is refused with 429 (Retry-After), a story
first captured as a maintenance page and then with its text, a dated
release, a listing page, the home page, a row with status 404 and (in the
Wayback index) a capture no longer served. Like the
real services, it does not apply ``collapse`` or the filters, so the client
must. It logs every request."""
from __future__ import annotations

import hashlib
import json
from io import BytesIO
from urllib.parse import parse_qs, urlsplit

from faultsite import ARTICLE, AWARD
from loopback import LoopbackSite
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITE = "https://sidoarjokab.go.id"
CRAWL = "CC-MAIN-2019-35"
WARC_FILE = f"crawl-data/{CRAWL}/segments/1/warc/part-00001.warc.gz"
AWARD_PATH = "/berita/pemkab-sidoarjo-raih-paritrana-award-jatim"
NEWS_PATH = "/berita/perbaikan-jalan-desa-rampung-akhir-bulan"
RECAPTURED_PATH = "/berita/bupati-resmikan-pasar-rakyat-baru"
DATED_PATH = "/berita/pelantikan-pejabat-baru-di-pendopo"
GONE_PATH = "/berita/rilis-lama-yang-tak-lagi-tersimpan"
MAINTENANCE = b"<html><head><title>Maintenance</title></head><body></body></html>"
DATED = ("<html><head><meta charset='utf-8'><title>Pelantikan pejabat</title>"
         "<meta property='article:published_time' content='2018-03-02T08:00:00+07:00'>"
         "</head><body><article><h1>Pelantikan pejabat baru di pendopo</h1>"
         "<p>SIDOARJO – Bupati melantik sejumlah pejabat administrator di pendopo kabupaten "
         "pada Jumat pagi dan meminta mereka segera bekerja melayani warga.</p>"
         "<p>Para pejabat yang dilantik berasal dari dinas kesehatan, pendidikan, dan "
         "pekerjaan umum yang selama ini kosong karena pensiun.</p></article></body></html>")


def _page(title: str, extra: str = "") -> bytes:
    return ARTICLE.format(charset="utf-8", title=title, extra=extra).encode()


def _digest(body: bytes) -> str:
    return hashlib.sha1(body).hexdigest().upper()


class ArchiveSite(LoopbackSite):
    """The archive; ``captures`` are (timestamp, url, status, body) rows."""

    def __init__(self, page_size: int = 3) -> None:
        award = _page("Sidoarjo raih Paritrana Award", AWARD)
        self.captures = [
            ("20190805120000", f"{SITE}{AWARD_PATH}", 200, award),
            ("20191101090000", f"{SITE}{AWARD_PATH}", 200, award),  # same digest
            ("20190806000000", f"{SITE}{NEWS_PATH}", 200, _page("Perbaikan jalan desa")),
            ("20190807000000", f"{SITE}{RECAPTURED_PATH}", 200, MAINTENANCE),
            ("20190901000000", f"{SITE}{RECAPTURED_PATH}", 200, _page("Pasar rakyat baru")),
            ("20190808000000", f"{SITE}{DATED_PATH}", 200, DATED.encode()),
            ("20190809000000", f"{SITE}/berita?page=2", 200, _page("Daftar berita")),
            ("20190809000001", f"{SITE}/", 200, _page("Beranda")),
            ("20190810000000", f"{SITE}/berita/halaman-lama-sudah-dihapus-admin", 404,
             b"<h1>404</h1>"),
            # listed by the Wayback index, but its capture is no longer served
            ("20190812000000", f"{SITE}{GONE_PATH}", 200, None),
        ]
        self.page_size = page_size
        self.warc, self.locations = self._warc()
        super().__init__()

    def _warc(self) -> tuple[bytes, dict[str, tuple[int, int]]]:
        out, locations = BytesIO(), {}
        writer = WARCWriter(out, gzip=True)
        for timestamp, url, status, body in self.captures:
            if body is None:
                continue
            http = StatusAndHeaders(f"{status} OK", [("Content-Type", "text/html")],
                                    protocol="HTTP/1.1")
            start = out.tell()
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http))
            locations[timestamp] = (start, out.tell() - start)
        return out.getvalue(), locations

    def requests_to(self, prefix: str) -> list[tuple[str, int, float, dict]]:
        return [entry for entry in self.log if entry[0].startswith(prefix)]

    def route(self, raw_path: str) -> str:
        return raw_path  # the query is part of what is asked

    def respond(self, path: str, headers: dict) -> tuple[int, dict, bytes]:
        parts = urlsplit(path)
        query = parse_qs(parts.query)
        if parts.path == "/cdx/search/cdx":
            return self._wayback_index(query)
        if parts.path.startswith("/web/"):
            stamp, _, url = parts.path.removeprefix("/web/").partition("id_/")
            return self._replay(stamp, url, path)
        if parts.path == f"/cc/{CRAWL}-index":
            return self._cc_index(query)
        if parts.path == f"/data/{WARC_FILE}":
            return self._range(headers.get("Range", ""))
        return 404, {"Content-Type": "text/plain"}, b"not here"

    def _wayback_index(self, query: dict) -> tuple[int, dict, bytes]:
        start = int(query.get("resumeKey", ["0"])[0])
        rows = sorted(self.captures, key=lambda c: (c[1], c[0]))
        chunk = rows[start:start + self.page_size]
        out: list[list] = [["urlkey", "timestamp", "original", "mimetype", "statuscode",
                            "digest", "length"]]
        out += [["id,sidoarjokab)/", t, u, "text/html", str(s), _digest(b or b"-"),
                 str(len(b or b""))] for t, u, s, b in chunk]
        if start + self.page_size < len(rows):
            out += [[], [str(start + self.page_size)]]
        return 200, {"Content-Type": "application/json"}, json.dumps(out).encode()

    def _replay(self, stamp: str, url: str, path: str) -> tuple[int, dict, bytes]:
        if NEWS_PATH in url and self.hit(path) == 1:
            return 429, {"Content-Type": "text/plain", "Retry-After": "1"}, b"slow down"
        for timestamp, captured, status, body in self.captures:
            if timestamp == stamp and captured == url and body is not None:
                return status, {"Content-Type": "text/html; charset=utf-8"}, body
        return 404, {"Content-Type": "text/plain"}, b"no capture"

    def _cc_index(self, query: dict) -> tuple[int, dict, bytes]:
        rows = sorted((c for c in self.captures if c[3] is not None), key=lambda c: (c[1], c[0]))
        pages = -(-len(rows) // self.page_size)
        if query.get("url") != ["sidoarjokab.go.id/*"]:
            pages, rows = 0, []  # a site the crawl holds nothing of
        if query.get("showNumPages") == ["true"]:
            return 200, {"Content-Type": "application/json"}, json.dumps(
                {"pages": pages, "pageSize": self.page_size, "blocks": pages}).encode()
        if not rows:
            return 404, {"Content-Type": "text/plain"}, b"No Captures found"
        page = int(query.get("page", ["0"])[0])
        lines = []
        for t, u, s, b in rows[page * self.page_size:(page + 1) * self.page_size]:
            offset, length = self.locations[t]
            lines.append(json.dumps({"urlkey": "id,sidoarjokab)/", "timestamp": t, "url": u,
                                     "mime": "text/html", "status": str(s),
                                     "digest": _digest(b), "length": str(length),
                                     "offset": str(offset), "filename": WARC_FILE}))
        return 200, {"Content-Type": "text/x-ndjson"}, "\n".join(lines).encode()

    def _range(self, header: str) -> tuple[int, dict, bytes]:
        first, _, last = header.removeprefix("bytes=").partition("-")
        if not first.isdigit() or not last.isdigit():
            return 200, {"Content-Type": "application/octet-stream"}, self.warc
        part = self.warc[int(first):int(last) + 1]
        return 206, {"Content-Type": "application/octet-stream",
                     "Content-Range": f"bytes {first}-{last}/{len(self.warc)}"}, part
