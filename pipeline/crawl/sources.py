"""Press-release sources: ``corpus/sources.toml`` read and checked, and the
ad-hoc source built from a single URL.

Each source says where its articles are announced (discovery: RSS/Atom
feeds, the WordPress REST API, sitemaps, paginated listing pages), which
links are articles, an optional keyword filter, and politeness overrides.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml.etree import XPath, XPathSyntaxError

KINDS = ("pemprov", "pemkab", "pemkot", "portal", "bpjs", "kementerian")
DISCOVERY = ("rss", "wp-json", "sitemap", "listing")


class SourceError(ValueError):
    """A source file or entry that cannot be used."""


@dataclass
class Source:
    """One press-release site."""

    name: str
    url: str
    province: str | None = None
    kind: str = "portal"
    discovery: list[str] = field(default_factory=lambda: list(DISCOVERY))
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    listing: str | None = None  # URL template with {page}, e.g. .../berita?page={page}
    article_pattern: str | None = None  # regex an article URL must match (searched)
    keywords: list[str] = field(default_factory=list)  # any of them in URL or link title
    delay: float | None = None  # seconds between requests to the host
    max_pages: int = 20  # listing/API/feed pages read per crawl
    max_articles: int = 500  # articles fetched per crawl
    # XPath expressions of page parts the cleaner drops before extracting
    # (a site's related-posts box or caption block that trafilatura keeps)
    prune_xpath: list[str] = field(default_factory=list)
    enabled: bool = True
    reachable: bool = True  # False: a real site this machine cannot reach
    adhoc: bool = False  # built from a bare URL: discovery guessed from the site itself

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc.lower()

    @property
    def home(self) -> str | None:
        """The listing a crawl of this source starts from (canonical)."""
        from pipeline.crawl.urls import canonical

        return canonical(self.listing.format(page=1) if self.listing else self.url, self.url)

    def is_article(self, url: str, announced: bool = False, in_section: bool = False) -> bool:
        """Whether a same-site link is an article of this source: one that
        matches ``article_pattern`` when the source has one; else an item of
        a feed, sitemap or API (``announced``) that is not plainly something
        else, or a link of an article's shape (``in_section``: found on a news
        section's listing, under its path)."""
        from pipeline.crawl.urls import is_plainly_not_article, looks_like_article

        if self.article_pattern:
            return re.search(self.article_pattern, url) is not None
        if announced:
            return not is_plainly_not_article(url)
        return looks_like_article(url, in_section)

    def wanted(self, url: str, title: str = "") -> bool:
        """Whether an article passes the keyword filter."""
        if not self.keywords:
            return True
        haystack = f"{url} {title}".lower()
        return any(k.lower() in haystack for k in self.keywords)

    def entry_points(self) -> list[tuple[str, str]]:
        """(kind, url) of the discovery documents a crawl starts from (robots.txt
        adds its sitemaps; an ad-hoc source's home page adds its feeds and API)."""
        points: list[tuple[str, str]] = []
        if "rss" in self.discovery:
            points += [("feed", urljoin(self.url, f)) for f in self.feeds]
        if "wp-json" in self.discovery and not self.adhoc:
            points.append(("wp-json", urljoin(self.url, "/wp-json/wp/v2/posts?per_page=20"
                                                        "&page=1")))
        if "sitemap" in self.discovery:
            points += [("sitemap", urljoin(self.url, s)) for s in self.sitemaps]
        if "listing" in self.discovery and self.home:
            points.append(("listing", self.home))
        return points


def adhoc_source(url: str) -> Source:
    """A source for one site given by URL: its host only; feeds, the API and
    sitemaps are found from the home page and robots.txt."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SourceError(f"not an http(s) URL: {url}")
    return Source(name=parts.netloc.lower(), url=url, adhoc=True)


def _check_entry(raw: dict, index: int) -> tuple[Source | None, list[str]]:
    where = f"source #{index} ({raw.get('name', '?')})"
    problems = []
    known = set(Source.__dataclass_fields__) - {"adhoc"}
    problems += [f"{where}: unknown key {k!r}" for k in raw if k not in known]
    missing = [f"{where}: {key!r} is required" for key in ("name", "url")
               if not isinstance(raw.get(key), str) or not raw.get(key)]
    if missing:
        return None, problems + missing
    url = urlsplit(raw["url"])
    if url.scheme not in ("http", "https") or not url.netloc:
        problems.append(f"{where}: url {raw['url']!r} is not an http(s) URL")
    if raw.get("kind", "portal") not in KINDS:
        problems.append(f"{where}: kind {raw.get('kind')!r} not one of {', '.join(KINDS)}")
    for method in raw.get("discovery", []):
        if method not in DISCOVERY:
            problems.append(f"{where}: discovery {method!r} not one of {', '.join(DISCOVERY)}")
    if raw.get("listing") and "{page}" not in raw["listing"]:
        problems.append(f"{where}: listing {raw['listing']!r} has no {{page}}")
    if raw.get("article_pattern"):
        try:
            re.compile(raw["article_pattern"])
        except re.error as exc:
            problems.append(f"{where}: article_pattern does not compile: {exc}")
    prune = raw.get("prune_xpath", [])
    if not isinstance(prune, list) or not all(isinstance(e, str) for e in prune):
        problems.append(f"{where}: prune_xpath must be a list of XPath strings")
        prune = []
    for expression in prune:
        try:
            XPath(expression)
        except XPathSyntaxError as exc:
            problems.append(f"{where}: prune_xpath {expression!r} is not an XPath: {exc}")
    delay = raw.get("delay")
    if delay is not None and (not isinstance(delay, int | float) or delay < 0):
        problems.append(f"{where}: delay must be a number of seconds >= 0")
    if problems:
        return None, problems
    try:
        return Source(**raw), []
    except TypeError as exc:
        return None, [f"{where}: {exc}"]


def parse_sources(text: str, path: str = "sources") -> tuple[list[Source], list[str]]:
    """Sources of a TOML text and the problems found (file and entry named)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"{path}: not valid TOML: {exc}"]
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        return [], [f"{path}: no [[source]] entries"]
    sources, problems = [], []
    for index, raw in enumerate(entries, 1):
        source, found = _check_entry(raw, index)
        problems += [f"{path}: {p}" for p in found]
        if source:
            sources.append(source)
    names = [raw.get("name") for raw in entries if isinstance(raw, dict)]
    problems += [f"{path}: duplicate source name {name!r}"
                 for name in sorted({n for n in names if n and names.count(n) > 1})]
    return sources, problems


def load_sources(path: str) -> list[Source]:
    """The sources of a file; raises ``SourceError`` listing every problem."""
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror}") from exc
    sources, problems = parse_sources(text, path)
    if problems:
        raise SourceError("; ".join(problems))
    return sources
