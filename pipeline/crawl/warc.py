"""WARC archiving (warcio): every HTTP response the crawler receives is
written as a ``response`` record (with its ``request`` record) to
gzip-compressed WARC files, and read back by location or by iteration
(our own archives, Common Crawl's CC-NEWS, Wayback exports).

Bodies are stored decoded (``Content-Encoding`` removed, the original kept
as ``X-Archive-Orig-Content-Encoding``), so a record replays as the page the
crawler read. A refused body (too large, wrong type) is archived as headers
with ``WARC-Truncated``.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline import __version__
from pipeline.crawl.fetch import Fetched

_HOP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass
class WarcLocation:
    """Where a record sits: file name (relative to the archive directory),
    byte offset and compressed length."""

    file: str
    offset: int
    length: int


@dataclass
class WarcResponse:
    """A response record read back from an archive."""

    url: str
    date: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    location: WarcLocation
    truncated: str | None = None  # WARC-Truncated: the body was refused

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)


class WarcArchive:
    """A WARC file of this process under ``directory``; thread-safe."""

    def __init__(self, directory: str, prefix: str = "anugerah") -> None:
        os.makedirs(directory, exist_ok=True)
        self.directory = directory
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime())
        self.name = f"{prefix}-{stamp}-{os.getpid()}.warc.gz"
        self._lock = threading.Lock()
        self._fh = open(os.path.join(directory, self.name), "ab")  # noqa: SIM115 - kept open
        self._writer = WARCWriter(self._fh, gzip=True)
        self._writer.write_record(self._writer.create_warcinfo_record(
            self.name, {"software": f"anugerah/{__version__}", "format": "WARC/1.1"}))
        self._fh.flush()

    def write(self, fetched: Fetched) -> WarcLocation | None:
        """Archive a response and its request; None when nothing was received."""
        if fetched.status == 0:
            return None
        headers = [(k, v) for k, v in fetched.headers if k.lower() not in _HOP_HEADERS]
        headers += [(f"X-Archive-Orig-{k}", v) for k, v in fetched.headers
                    if k.lower() == "content-encoding"]
        headers.append(("Content-Length", str(len(fetched.body))))
        http = StatusAndHeaders(f"{fetched.status} {fetched.reason}".strip(), headers,
                                protocol="HTTP/1.1")
        warc_headers = {}
        if fetched.error in ("too-large", "content-type"):
            warc_headers["WARC-Truncated"] = "length" if fetched.error == "too-large" else (
                "unspecified")
        response = self._writer.create_warc_record(
            fetched.final_url, "response", payload=BytesIO(fetched.body),
            length=len(fetched.body), http_headers=http, warc_headers_dict=warc_headers)
        request = self._writer.create_warc_record(
            fetched.final_url, "request", payload=BytesIO(b""), length=0,
            http_headers=StatusAndHeaders(f"GET {_path(fetched.final_url)} HTTP/1.1",
                                          fetched.request_headers, is_http_request=True))
        with self._lock:
            offset = self._fh.tell()
            self._writer.write_record(response)
            length = self._fh.tell() - offset
            self._writer.write_record(request)
            self._fh.flush()
        return WarcLocation(self.name, offset, length)

    def close(self) -> None:
        with self._lock:
            self._fh.close()


def _path(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _response(record, file: str, offset: int, length: int) -> WarcResponse:  # type: ignore[no-untyped-def]
    http = record.http_headers
    status_line = http.get_statuscode() if http else "200"
    reason = http.statusline.split(" ", 1)[1] if http and " " in http.statusline else ""
    return WarcResponse(
        url=record.rec_headers.get_header("WARC-Target-URI") or "",
        date=record.rec_headers.get_header("WARC-Date") or "",
        status=int(status_line) if status_line and status_line.isdigit() else 0,
        reason=reason, headers=list(http.headers) if http else [],
        body=record.content_stream().read(), location=WarcLocation(file, offset, length),
        truncated=record.rec_headers.get_header("WARC-Truncated"))


def is_archive(path: str) -> bool:
    """Whether a file starts as a WARC (or ARC) archive does, gzipped or not."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    return head.startswith((b"\x1f\x8b", b"WARC/", b"filedesc://"))


def iter_responses(path: str, start: int = 0) -> Iterator[WarcResponse]:
    """The response records of a WARC file (gzip or not), from byte ``start``.
    Stops quietly at a truncated tail (a killed writer) — see ``complete_end``."""
    name = os.path.basename(path)
    with open(path, "rb") as fh:
        fh.seek(start)
        iterator = ArchiveIterator(fh, no_record_parse=False, arc2warc=True)
        try:
            for record in iterator:
                if record.rec_type != "response":
                    continue
                response = _response(record, name, 0, 0)  # the body is read first:
                response.location.offset = iterator.get_record_offset()  # this
                response.location.length = iterator.get_record_length()  # consumes it
                yield response
        except (ArchiveLoadFailed, EOFError, OSError, ValueError):
            return


def read_response(directory: str, location: WarcLocation) -> WarcResponse:
    """The response record at a location written by ``WarcArchive.write``."""
    for response in iter_responses(os.path.join(directory, location.file), location.offset):
        return response
    raise ValueError(f"no response record at {location.file}:{location.offset}")


def complete_end(path: str) -> int:
    """The end of the last complete record of a WARC file: a writer killed
    mid-record leaves a tail after it, which ``truncate_tail`` removes."""
    end = 0
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        try:
            for record in iterator:
                iterator.read_to_end(record)
                end = iterator.get_record_offset() + iterator.get_record_length()
        except (ArchiveLoadFailed, EOFError, OSError, ValueError):
            pass
    return end


def truncate_tail(path: str) -> None:
    """Cut a partly written last record off a WARC file."""
    end = complete_end(path)
    if end < os.path.getsize(path):
        with open(path, "r+b") as fh:
            fh.truncate(end)
