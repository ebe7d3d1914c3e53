"""HTTP fetching for the crawler: one ``requests.Session`` with timeouts,
retries with backoff (connection errors, 429 and 5xx, honouring
``Retry-After``), an honest User-Agent, and a content-type check and size
cap applied before a body is read."""
from __future__ import annotations

from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from pipeline import __version__

USER_AGENT = (f"anugerah/{__version__} (award press-release archive; "
              "+https://github.com/anugerah-id/anugerah)")
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/xml", "application/xml",
              "application/rss+xml", "application/atom+xml", "application/json",
              "text/plain")


class _Retry(Retry):
    """urllib3 retries that stay polite: never sooner than the host's delay
    (``min_backoff``), and ``Retry-After`` capped, so one server asking for
    an hour does not stall its crawl thread for an hour."""

    max_retry_after = 30.0

    def __init__(self, *args, min_backoff: float = 0.0, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.min_backoff = min_backoff

    def new(self, **kwargs) -> _Retry:  # type: ignore[no-untyped-def]
        return super().new(min_backoff=self.min_backoff, **kwargs)  # type: ignore[return-value]

    def get_backoff_time(self) -> float:
        return max(super().get_backoff_time(), self.min_backoff)

    def get_retry_after(self, response):  # type: ignore[no-untyped-def]
        value = super().get_retry_after(response)
        return None if value is None else min(max(value, self.min_backoff),
                                              self.max_retry_after)


@dataclass
class Fetched:
    """The outcome of one GET: status, final URL, headers, body (empty for
    304 and refused bodies) and, when the body was refused or the request
    failed, why."""

    url: str
    final_url: str
    status: int
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    error: str | None = None  # error kind: timeout, connection, too-large, content-type ...
    detail: str = ""
    request_headers: list[tuple[str, str]] = field(default_factory=list)

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((v for k, v in self.headers if k.lower() == name), None)

    @property
    def ok(self) -> bool:
        return self.error is None and 200 <= self.status < 300


def make_session(retries: int = 3, backoff: float = 0.5, min_wait: float = 0.0,
                 pool: int = 4) -> requests.Session:
    """A session whose adapter retries politely, never sooner than
    ``min_wait`` seconds (the host's delay)."""
    retry = _Retry(min_backoff=min_wait, total=retries, connect=retries, read=retries,
                   status=retries, backoff_factor=backoff,
                   status_forcelist=(429, 500, 502, 503, 504),
                   allowed_methods=("GET", "HEAD"), respect_retry_after_header=True,
                   raise_on_status=False, raise_on_redirect=False, redirect=5)
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=pool, pool_maxsize=pool)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"User-Agent": USER_AGENT, "Accept-Language": "id,en;q=0.5",
                            "Accept": "text/html,application/xhtml+xml,application/xml;"
                                      "q=0.9,*/*;q=0.5"})
    return session


def fetch(session: requests.Session, url: str, *, headers: dict[str, str] | None = None,
          timeout: float = 20.0, max_bytes: int = 5_000_000,
          allow_redirects: bool = False, any_type: bool = False) -> Fetched:
    """GET ``url`` (redirects are returned, not followed, unless asked: the
    crawler archives and queues each hop itself); a body that is not text is
    refused unless ``any_type`` (a WARC record from an archive's data host).
    Never raises for network trouble: failures come back as a ``Fetched``
    with ``error`` set (its kind) and ``detail``."""
    try:
        response = session.get(url, headers=headers, timeout=(timeout / 2, timeout),
                               stream=True, allow_redirects=allow_redirects)
    except requests.exceptions.TooManyRedirects as exc:
        return Fetched(url, url, 0, error="redirect-loop", detail=str(exc)[:200])
    except requests.exceptions.Timeout as exc:
        return Fetched(url, url, 0, error="timeout", detail=str(exc)[:200])
    except requests.exceptions.RetryError as exc:
        return Fetched(url, url, 0, error="retries-exhausted", detail=str(exc)[:200])
    except requests.exceptions.ConnectionError as exc:
        kind = "timeout" if "timed out" in str(exc).lower() else "connection"
        return Fetched(url, url, 0, error=kind, detail=str(exc)[:200])
    except requests.exceptions.RequestException as exc:
        return Fetched(url, url, 0, error="request", detail=str(exc)[:200])
    with response:
        result = Fetched(url, response.url, response.status_code, response.reason or "",
                         list(response.headers.items()),
                         request_headers=list(response.request.headers.items()))
        if response.status_code >= 300:
            result.error = f"http-{response.status_code}" if response.status_code >= 400 else None
            return result
        ctype = (result.header("Content-Type") or "").split(";")[0].strip().lower()
        if ctype and not any_type and ctype not in TEXT_TYPES and not ctype.endswith(
                ("+xml", "+json")):
            result.error, result.detail = "content-type", f"refused {ctype} body"
            return result
        length = result.header("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            result.error, result.detail = "too-large", f"Content-Length {length} > {max_bytes}"
            return result
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(65536):
                size += len(chunk)
                if size > max_bytes:
                    result.error, result.detail = "too-large", f"body over {max_bytes} bytes"
                    return result
                chunks.append(chunk)
        except requests.exceptions.RequestException as exc:
            kind = "timeout" if "timed out" in str(exc).lower() else "connection"
            result.error, result.detail = kind, f"while reading body: {str(exc)[:200]}"
            return result
        result.body = b"".join(chunks)
        return result
