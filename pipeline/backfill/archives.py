"""The two kinds of archive a backfill reads, behind one interface.

- A Wayback-style archive (the Internet Archive's, or any server speaking its
  API): the CDX index at ``BASE/cdx/search/cdx``, paged with a resume key,
  and each capture's original bytes at ``BASE/web/<timestamp>id_/<url>``.
- A Common Crawl index (``commoncrawl:CC-MAIN-YYYY-WW``): the same CDX query
  at ``<index host>/<crawl>-index`` (pywb), paged by page number; each row
  names a WARC file, an offset and a length, and the record is fetched from
  the data host with an HTTP range request.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from pipeline.crawl.fetch import Fetched

WAYBACK = "https://web.archive.org"
CC_INDEX = "https://index.commoncrawl.org"
CC_DATA = "https://data.commoncrawl.org"


class ArchiveError(ValueError):
    """An archive spec or an archive's answer that cannot be used."""


@dataclass(frozen=True)
class Capture:
    """One row of a CDX index: a capture of ``url`` at ``timestamp``
    (YYYYMMDDhhmmss); Common Crawl rows also name where the record lies."""

    url: str
    timestamp: str
    status: int | None
    mime: str
    digest: str
    filename: str | None = None
    offset: int | None = None
    length: int | None = None

    @property
    def date(self) -> str:
        """The capture time as ISO 8601 (UTC)."""
        t = self.timestamp.ljust(14, "0")
        return f"{t[:4]}-{t[4:6]}-{t[6:8]}T{t[8:10]}:{t[10:12]}:{t[12:14]}Z"


@dataclass(frozen=True)
class Replayed:
    """What a capture held: the original response's status, headers and body."""

    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


# The column names of the two dialects, by what they hold.
_FIELDS = {"original": "url", "url": "url", "timestamp": "timestamp", "statuscode": "status",
           "status": "status", "mimetype": "mime", "mime": "mime", "digest": "digest",
           "filename": "filename", "offset": "offset", "length": "length"}


def _capture(row: dict[str, str]) -> Capture | None:
    values = {_FIELDS[k]: v for k, v in row.items() if k in _FIELDS}
    if not values.get("url") or not values.get("timestamp"):
        return None
    status = values.get("status", "")

    def number(key: str) -> int | None:
        value = values.get(key, "")
        return int(value) if str(value).isdigit() else None

    return Capture(values["url"], values["timestamp"],
                   int(status) if str(status).isdigit() else None,
                   (values.get("mime") or "").lower(), values.get("digest") or "",
                   values.get("filename") or None, number("offset"), number("length"))


def parse_cdx(text: str) -> tuple[list[Capture], str | None]:
    """The captures of a CDX answer in JSON, and the resume key it ends
    with, if any: the Wayback form (an array of arrays, field names first,
    then an empty row and the key) or the pywb form (one object a line)."""
    text = text.strip()
    if not text:
        return [], None
    if text.startswith("["):
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArchiveError(f"CDX answer is not JSON ({exc.msg})") from None
        if not rows:
            return [], None
        names, resume = rows[0], None
        body = rows[1:]
        if len(body) >= 2 and body[-2] == [] and len(body[-1]) == 1:
            resume, body = body[-1][0], body[:-2]
        captures = [_capture(dict(zip(names, r, strict=False))) for r in body if r]
        return [c for c in captures if c], resume
    captures = []
    for number, line in enumerate(text.splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise ArchiveError(f"CDX answer line {number} is not JSON") from None
        capture = _capture(row) if isinstance(row, dict) else None
        if capture:
            captures.append(capture)
    return captures, None


class Wayback:
    """A Wayback-style archive at ``base``."""

    paged_by = "resume-key"

    def __init__(self, base: str = WAYBACK) -> None:
        self.base = base.rstrip("/")
        self.name = self.base
        self.host = urlsplit(self.base).netloc

    @property
    def cdx(self) -> str:
        return f"{self.base}/cdx/search/cdx"

    def query(self, site_host: str, year_from: int | None, year_to: int | None,
              page_size: int) -> list[tuple[str, str]]:
        params = [("url", f"{site_host}/*"), ("output", "json"),
                  ("filter", "statuscode:200"), ("filter", "mimetype:text/html"),
                  ("collapse", "digest"), ("limit", str(page_size)), ("showResumeKey", "true")]
        return params + _years(year_from, year_to)

    def request(self, capture: Capture) -> tuple[str, dict[str, str]]:
        """The URL (and headers) that give a capture's original bytes."""
        return f"{self.base}/web/{capture.timestamp}id_/{capture.url}", {}

    def replay(self, fetched: Fetched, capture: Capture) -> Replayed:
        """The original response: Wayback's ``id_`` answer is the page itself."""
        return Replayed(fetched.status, fetched.headers, fetched.body)


class CommonCrawl:
    """One crawl of a Common Crawl index; records from ``data``."""

    paged_by = "page"

    def __init__(self, crawl: str, index: str = CC_INDEX, data: str = CC_DATA) -> None:
        self.crawl = crawl
        self.index = index.rstrip("/")
        self.data = data.rstrip("/")
        self.name = f"commoncrawl:{crawl}"
        self.host = urlsplit(self.data).netloc

    @property
    def cdx(self) -> str:
        return f"{self.index}/{self.crawl}-index"

    def query(self, site_host: str, year_from: int | None, year_to: int | None,
              page_size: int) -> list[tuple[str, str]]:
        return [("url", f"{site_host}/*"), ("output", "json"), ("filter", "=status:200"),
                ("filter", "~mime:html")] + _years(year_from, year_to)

    def request(self, capture: Capture) -> tuple[str, dict[str, str]]:
        if not capture.filename or capture.offset is None or not capture.length:
            raise ArchiveError("the index row names no WARC file, offset and length")
        end = capture.offset + capture.length - 1
        return f"{self.data}/{capture.filename}", {"Range": f"bytes={capture.offset}-{end}"}

    def replay(self, fetched: Fetched, capture: Capture) -> Replayed:
        """The response record the range holds (one gzip member)."""
        if fetched.status != 206 and len(fetched.body) != capture.length:
            raise ArchiveError(f"the data host ignored the range (status {fetched.status})")
        try:
            data = gzip.decompress(fetched.body) if fetched.body[:2] == b"\x1f\x8b" else (
                fetched.body)
            for record in ArchiveIterator(BytesIO(data)):
                if record.rec_type == "response" and record.http_headers:
                    status = record.http_headers.get_statuscode()
                    return Replayed(int(status) if status.isdigit() else 0,
                                    list(record.http_headers.headers),
                                    record.content_stream().read())
        except (OSError, EOFError, ValueError) as exc:
            raise ArchiveError(f"unreadable WARC record: {exc}") from None
        raise ArchiveError("no response record in the range")


def _years(year_from: int | None, year_to: int | None) -> list[tuple[str, str]]:
    return ([("from", str(year_from))] if year_from else []) + (
        [("to", str(year_to))] if year_to else [])


def open_archive(spec: str | None, cc_index: str = CC_INDEX, cc_data: str = CC_DATA
                 ) -> Wayback | CommonCrawl:
    """The archive ``--archive`` names: a base URL (Wayback-style, the
    Internet Archive by default) or ``commoncrawl:CC-MAIN-YYYY-WW``."""
    if not spec:
        return Wayback()
    if spec.startswith("commoncrawl:"):
        crawl = spec.split(":", 1)[1]
        if not crawl.startswith("CC-"):
            raise ArchiveError(f"not a Common Crawl crawl name: {crawl!r} "
                               "(e.g. commoncrawl:CC-MAIN-2024-10)")
        return CommonCrawl(crawl, cc_index, cc_data)
    parts = urlsplit(spec)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ArchiveError(f"not an archive: {spec!r} (a base URL such as {WAYBACK}, "
                           "or commoncrawl:CC-MAIN-YYYY-WW)")
    return Wayback(spec)
