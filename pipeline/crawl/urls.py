"""URL canonicalisation and classification for the crawler.

Canonical form (courlan's normalisation plus our own rules): lower-case
scheme and host, no default port, no fragment, no tracking parameters
(``utm_*``, ``fbclid`` ...), sorted query. Two links to the same page end up
as the same string, which is what the crawl state is keyed on.
"""
from __future__ import annotations

import re
from urllib.parse import urldefrag, urljoin, urlsplit

from courlan import is_navigation_page, normalize_url

_SKIP_SUFFIX = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|tar|mp[34]|"
    r"avi|mov|wmv|mkv|css|js|json|xml|txt|apk|exe)$", re.I)
_NON_ARTICLE_PATH = re.compile(
    r"/(?:tag|tags|category|categories|kategori|label|author|penulis|search|cari|page|"
    r"wp-admin|wp-login|wp-content|wp-includes|feed|rss|login|register|galeri|gallery|"
    r"video|foto|kontak|contact|about|tentang|profil)(?:/|$|\?)", re.I)
_LISTING_QUERY = re.compile(r"(?:^|&)(?:paged?|p|halaman|start|offset)=\d+(?:&|$)", re.I)
_POST_ID = re.compile(r"(?:^|&)(?:p|id)=\d+(?:&|$)")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}", re.I)


def canonical(url: str, base: str | None = None) -> str | None:
    """The canonical form of ``url`` (resolved against ``base``), or None
    when it is not an http(s) URL."""
    url = url.strip()
    if base:
        url = urljoin(base, url)
    url = urldefrag(url).url
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    try:
        return normalize_url(url)
    except (ValueError, AttributeError):
        return None


def host_of(url: str) -> str:
    """The host (with a non-default port) a URL is fetched from: the unit of
    politeness."""
    return urlsplit(url).netloc.lower()


def same_site(url: str, base: str) -> bool:
    """Whether ``url`` is on the host of ``base`` (``www.`` ignored)."""
    def bare(u: str) -> str:
        return host_of(u).removeprefix("www.")
    return bare(url) == bare(base)


def is_fetchable(url: str) -> bool:
    """Whether a URL may be an HTML page at all (not an image, PDF, archive...)."""
    return not _SKIP_SUFFIX.search(urlsplit(url).path)


def is_listing_page(url: str) -> bool:
    """A home, listing, tag, category, author or search page: a page that
    lists articles rather than being one."""
    parts = urlsplit(url)
    path = parts.path
    return (path.strip("/") == "" or bool(_NON_ARTICLE_PATH.search(path + "?"))
            or is_navigation_page(url)
            or bool(_LISTING_QUERY.search(parts.query) and not _SLUG.search(path)))


def looks_like_article(url: str) -> bool:
    """A same-site link that is probably an article rather than navigation:
    a slug of three or more words or a numeric id in the path, and no
    listing/tag/category/search marker."""
    if not is_fetchable(url) or is_listing_page(url):
        return False
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return bool(_SLUG.search(last) or re.search(r"\d{3,}", last)
                or _POST_ID.search(parts.query))
