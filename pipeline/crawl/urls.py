"""URL canonicalisation and classification for the crawler.

Canonical form (courlan's normalisation plus our own rules): lower-case
scheme and host, no default port, no fragment, no tracking parameters
(``utm_*``, ``fbclid`` ...), sorted query. Two links to the same page end up
as the same string, which is what the crawl state is keyed on.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files
from urllib.parse import urldefrag, urljoin, urlsplit

from courlan import is_navigation_page, normalize_url

_SKIP_SUFFIX = re.compile(
    r"\.(?:jpe?g|png|gif|webp|svg|ico|bmp|pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|tar|mp[34]|"
    r"avi|mov|wmv|mkv|css|js|json|xml|txt|apk|exe)$", re.I)
_NON_ARTICLE_PATH = re.compile(
    r"/(?:tag|tags|category|categories|kategori|label|author|penulis|search|cari|page|"
    r"wp-admin|wp-login|wp-content|wp-includes|feed|rss|login|register|galeri|gallery|"
    r"video|foto|kontak|contact|about|tentang|profil)(?:/|$|\?)", re.I)
_LISTING_QUERY = re.compile(r"(?:^|&)(?:paged?|p|hal|halaman|start|offset)=\d+(?:&|$)",
                            re.I)
# a CMS's listing views: Joomla's "index.php?option=com_content&view=category&id=9"
_LISTING_VIEW = re.compile(r"(?:^|&)(?:view|layout|task)=(?:category|section|archive|tag|"
                           r"featured|search|blog)(?:&|$)", re.I)
_POST_ID = re.compile(r"(?:^|&)(?:p|id)=\d+(?:&|$)")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}", re.I)
_SHORT_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+", re.I)  # two words or more
# an id in a path segment: "/read/20240725008/judul", "/berita/123", "pr-597794095"
_ID = re.compile(r"\d{3,}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH = re.compile(r"0?[1-9]|1[0-2]")


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
    if path.strip("/") in ("", "index.php") and _POST_ID.search(parts.query) and not (
            _LISTING_VIEW.search(parts.query)):
        return False  # "/?p=123": WordPress's address of one post
    return (path.strip("/") in ("", "index.php") or bool(_NON_ARTICLE_PATH.search(path + "?"))
            or bool(_LISTING_VIEW.search(parts.query)) or is_navigation_page(url)
            or bool(_LISTING_QUERY.search(parts.query) and not _SLUG.search(path)))


@lru_cache(maxsize=1)
def _section_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words naming a news section: as path segments, and as link texts."""
    lines = files("pipeline.crawl").joinpath("data/news_sections.txt").read_text("utf-8")
    words = {w for w in (line.split("#")[0].strip() for line in lines.splitlines()) if w}
    return (frozenset(w for w in words if " " not in w),
            frozenset(w.replace("-", " ") for w in words))


def _segments(url: str) -> list[str]:
    return [s.lower() for s in urlsplit(url).path.split("/") if s and s != "index.php"]


def _is_section_segment(segment: str) -> bool:
    """"berita", "siaran-pers", "berita-daerah": a section's name, with one
    word at most after it."""
    words = _section_words()[0]
    parts = segment.split("-")
    return segment in words or (len(parts) <= 2 and parts[0] in words) or (
        len(parts) == 3 and "-".join(parts[:2]) in words)


def is_news_section(url: str, text: str = "") -> bool:
    """A link to a site's news section ("/berita", "/kategori/siaran-pers",
    a link whose text is "Berita Daerah"), read as a listing: not an article
    and not a home, search or media page."""
    if not is_fetchable(url) or looks_like_article(url):
        return False
    segments = _segments(url)
    words = text.lower().split()
    named = 0 < len(words) <= 3 and any(
        " ".join(words[i:j]) in _section_words()[1]
        for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return named or bool(segments and _is_section_segment(segments[-1]))


def under(url: str, listing: str) -> bool:
    """Whether ``url`` lies under the path of ``listing``, a listing other
    than a home page ("/berita/jalan-poros" under "/berita?hal=2")."""
    base = urlsplit(listing).path.rstrip("/")
    return bool(base) and same_site(url, listing) and urlsplit(url).path.startswith(base + "/")


def is_plainly_not_article(url: str) -> bool:
    """A home, tag, category, author, search, media or download URL: what a
    feed, sitemap or API item is not, to be an article."""
    return not is_fetchable(url) or is_listing_page(url)


def _dated(segments: list[str]) -> bool:
    """"/2024/07/25/judul", "/2024/07/judul": a date in the path, then a name."""
    for i, segment in enumerate(segments[:-1]):
        if _YEAR.fullmatch(segment) and _MONTH.fullmatch(segments[i + 1]):
            rest = segments[i + 2:]
            return any(not part.isdigit() for part in rest)
    return False


def looks_like_article(url: str, in_section: bool = False) -> bool:
    """A same-site link that is probably an article rather than navigation:
    a slug of three words or more, an id in the path ("/berita/detail/123/
    judul", "/read/20240725008/judul", "/index.php/berita/123") or the query
    ("?p=123"), a date before a name ("/2024/07/25/judul"); under a news
    section (``in_section``, or a section word as the parent segment) a slug
    of two words ("/berita/jalan-poros"); and no listing, tag, category or
    search marker."""
    if is_plainly_not_article(url):
        return False
    parts = urlsplit(url)
    segments = _segments(url)
    if not segments:
        return bool(_POST_ID.search(parts.query))
    last = segments[-1]
    if _SLUG.search(last) or _POST_ID.search(parts.query) or _dated(segments):
        return True
    if any(_ID.search(s) and not _YEAR.fullmatch(s) for s in segments):
        return True
    under_section = in_section or (len(segments) >= 2 and _is_section_segment(segments[-2]))
    return under_section and bool(_SHORT_SLUG.fullmatch(last)) and not _is_section_segment(last)
