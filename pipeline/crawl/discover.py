"""Read discovery documents — RSS/Atom feeds, sitemaps, WordPress REST API
pages and HTML listing pages — into the links they announce and the next
page to read."""
from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from pipeline.crawl.urls import canonical

warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
_NEXT_TEXT = re.compile(r"^\s*(?:next|selanjutnya|berikutnya|lanjut|older|»|›|>>|→)\s*"
                        r"(?:page|halaman|»|›)?\s*$", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml")


@dataclass
class Link:
    """A link a discovery document announces."""

    url: str
    title: str = ""
    modified: str | None = None


@dataclass
class Discovered:
    """What one discovery document gives: links, child documents (sitemap
    indexes, feeds and APIs named by a home page) and the next page."""

    links: list[Link] = field(default_factory=list)
    children: list[tuple[str, str]] = field(default_factory=list)  # (kind, url)
    next_page: str | None = None


def _text(node) -> str:  # type: ignore[no-untyped-def]
    return node.get_text(" ", strip=True) if node is not None else ""


def parse_feed(body: str, base: str) -> Discovered:
    """Items of an RSS 2.0 or Atom feed."""
    soup = BeautifulSoup(body, "xml")
    found = Discovered()
    for item in soup.find_all(["item", "entry"]):
        link = item.find("link")
        href = (link.get("href") or _text(link)) if link is not None else ""
        if not href and item.find("guid") is not None:
            href = _text(item.find("guid"))
        url = canonical(href, base) if href else None
        if url:
            date = item.find(["pubDate", "updated", "published"])
            found.links.append(Link(url, _text(item.find("title")), _text(date) or None))
    return found


def parse_sitemap(body: str, base: str) -> Discovered:
    """URLs of a sitemap, or the child sitemaps of a sitemap index."""
    soup = BeautifulSoup(body, "xml")
    found = Discovered()
    for node in soup.find_all("sitemap"):
        url = canonical(_text(node.find("loc")), base)
        if url:
            found.children.append(("sitemap", url))
    for node in soup.find_all("url"):
        url = canonical(_text(node.find("loc")), base)
        if url:
            found.links.append(Link(url, "", _text(node.find("lastmod")) or None))
    return found


def parse_wp_posts(body: str, base: str, total_pages: str | None) -> Discovered:
    """Posts of one page of ``/wp-json/wp/v2/posts`` and the next page's URL."""
    found = Discovered()
    try:
        posts = json.loads(body)
    except json.JSONDecodeError:
        return found
    if not isinstance(posts, list):
        return found
    for post in posts:
        if not isinstance(post, dict):
            continue
        url = canonical(str(post.get("link") or ""), base)
        title = post.get("title")
        title = title.get("rendered", "") if isinstance(title, dict) else str(title or "")
        if url:
            found.links.append(Link(url, BeautifulSoup(title, "html.parser").get_text(),
                                    post.get("modified_gmt") or post.get("modified")))
    parts = urlsplit(base)
    query = dict(parse_qsl(parts.query))
    page = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 1
    last = int(total_pages) if total_pages and total_pages.isdigit() else None
    if posts and (last is None or page < last):
        query["page"] = str(page + 1)
        found.next_page = urlunsplit(parts._replace(query=urlencode(query)))
    return found


def _numbered_next(url: str) -> re.Pattern[str]:
    """A pattern for the URL of the page after ``url`` in the usual paging
    schemes (?page=N, ?paged=N, /page/N/, ?halaman=N)."""
    match = re.search(r"(?:[?&](?:page|paged|halaman|p)=|/page/)(\d+)", url)
    number = int(match.group(1)) + 1 if match else 2
    return re.compile(rf"(?:[?&](?:page|paged|halaman)={number}(?:&|$)|/page/{number}/?$)")


def parse_listing(body: str, base: str) -> Discovered:
    """Links of an HTML listing (or home) page, the feeds and WordPress API it
    advertises, and its next page (rel=next, a "next" link, or page N+1)."""
    soup = BeautifulSoup(body, "lxml")
    found = Discovered()
    for tag in soup.find_all("link", href=True):
        rel = " ".join(tag.get("rel") or []).lower()
        if rel == "alternate" and tag.get("type") in _FEED_TYPES and "comments" not in tag[
                "href"]:
            url = canonical(tag["href"], base)
            if url:
                found.children.append(("feed", url))
        elif rel == "https://api.w.org/":
            url = canonical(urljoin(tag["href"], "wp/v2/posts?per_page=20&page=1"), base)
            if url:
                found.children.append(("wp-json", url))
        elif rel == "next":
            found.next_page = canonical(tag["href"], base)
    numbered = _numbered_next(base)
    for anchor in soup.find_all("a", href=True):
        url = canonical(anchor["href"], base)
        if not url:
            continue
        text = _text(anchor)
        rel = " ".join(anchor.get("rel") or []).lower()
        if found.next_page is None and (rel == "next" or _NEXT_TEXT.match(text)
                                        or numbered.search(url)):
            found.next_page = url
        found.links.append(Link(url, text))
    return found
