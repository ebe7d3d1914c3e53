"""The bundled mirror: the team's press-release sites in ``corpus/site/``
served over real HTTP on 127.0.0.1, one port (one host) per site, laid out
as the real ones are — WordPress (permalinks, ``?paged=``, ``/feed/``,
``/wp-json/wp/v2/posts``, ``/wp-sitemap.xml``), a home-grown CMS
(``/berita?page=N``, windows-1252 pages) and a portal (categories, tags,
``/rss.xml``). Responses carry ETag and Last-Modified and answer
conditional requests with 304, as most CMSs behind a cache do.

``python -m pipeline mirror`` serves it and writes a sources file naming the
ports, which the crawler then reads like any other sources file.
"""
from __future__ import annotations

import errno
import hashlib
import html
import json
import threading
import time
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from string import Template
from urllib.parse import parse_qs, quote, urlsplit

SITE_DIR = Path(__file__).resolve().parents[2] / "corpus" / "site"
PER_PAGE = 6
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


@dataclass
class Post:
    """One article of a mirrored site."""

    number: int
    slug: str
    title: str
    published: datetime
    author: str
    category: str
    tags: list[str]
    summary: str
    paragraphs: list[str]
    caption: str | None = None

    @property
    def category_slug(self) -> str:
        return self.category.lower().replace(" ", "-")


@dataclass
class Site:
    """A mirrored site: its settings, posts (newest first) and templates."""

    name: str
    title: str
    layout: str
    posts: list[Post]
    source: dict
    timezone: str = "WIB"
    charset: str = "utf-8"
    footer: str = ""
    base: str = ""
    requests: list[tuple[str, int]] = field(default_factory=list)

    def path_of(self, post: Post) -> str:
        if self.layout == "wordpress":
            return post.published.strftime("/%Y/%m/%d/") + post.slug + "/"
        if self.layout == "cms":
            return f"/berita/{post.number}/{post.slug}"
        return post.published.strftime("/read/%Y%m%d") + f"{post.number:03d}/{post.slug}"

    def category_path(self, category_slug: str, page: int = 1) -> str:
        if self.layout == "wordpress":
            return f"/category/{category_slug}/" + (f"page/{page}/" if page > 1 else "")
        return f"/kategori/{category_slug}" + (f"?page={page}" if page > 1 else "")

    def listing_path(self, page: int) -> str:
        if self.layout == "wordpress":
            return f"/?paged={page}" if page > 1 else "/"
        if self.layout == "cms":
            return f"/berita?page={page}"
        return f"/?page={page}" if page > 1 else "/"


def load_site(directory: Path) -> Site:
    """A site from its ``site.toml`` and ``articles.jsonl``."""
    config = tomllib.loads((directory / "site.toml").read_text(encoding="utf-8"))
    posts = []
    with open(directory / "articles.jsonl", encoding="utf-8") as fh:
        for number, line in enumerate(filter(str.strip, fh), 1):
            raw = json.loads(line)
            posts.append(Post(number, raw["slug"], raw["title"],
                              datetime.fromisoformat(raw["published"]), raw.get("author", ""),
                              raw.get("category", "Berita"), raw.get("tags", []),
                              raw.get("summary", ""), raw["paragraphs"], raw.get("caption")))
    posts.sort(key=lambda p: p.published, reverse=True)
    return Site(directory.name, config["title"], config["layout"], posts, config["source"],
                config.get("timezone", "WIB"), config.get("charset", "utf-8"),
                config.get("footer", ""))


def load_sites(site_dir: Path = SITE_DIR) -> list[Site]:
    return [load_site(d) for d in sorted(site_dir.iterdir()) if (d / "site.toml").exists()]


class _Templates:
    def __init__(self, directory: Path) -> None:
        self._dir = directory
        self._cache: dict[str, Template] = {}

    def __call__(self, name: str, **values: object) -> str:
        if name not in self._cache:
            self._cache[name] = Template((self._dir / name).read_text(encoding="utf-8"))
        return self._cache[name].substitute(values)


def _human(site: Site, when: datetime) -> str:
    return f"{when.day} {MONTHS[when.month - 1]} {when.year} {when:%H:%M} {site.timezone}"


class Renderer:
    """Renders a site's pages from its posts and the shared templates."""

    def __init__(self, site: Site, templates: _Templates) -> None:
        self.site = site
        self.t = templates
        self.by_path = {site.path_of(p): p for p in site.posts}
        self.by_number = {p.number: p for p in site.posts}

    def _page(self, page_title: str, main: str, head: str = "") -> str:
        site = self.site
        cats = sorted({(p.category_slug, p.category) for p in site.posts})
        menu = " ".join(f'<a href="{site.category_path(s)}">{html.escape(c)}</a>'
                        for s, c in cats)
        recent = "".join(f'<li><a href="{site.path_of(p)}">{html.escape(p.title)}</a></li>'
                         for p in site.posts[:5])
        if site.layout == "wordpress":
            head += ('\n<link rel="alternate" type="application/rss+xml" href="/feed/">'
                     '\n<link rel="https://api.w.org/" href="/wp-json/">')
        elif site.layout == "portal":
            head += '\n<link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        search = "/" if site.layout == "wordpress" else "/cari"
        return self.t("page.html", charset=site.charset, page_title=html.escape(page_title),
                      site_title=html.escape(site.title), head=head, layout=site.layout,
                      menu=menu, search_path=search, main=main, recent=recent,
                      footer=html.escape(site.footer))

    def article(self, post: Post) -> str:
        site = self.site
        url = site.base + site.path_of(post)
        figure = ""
        if post.caption:
            figure = (f'<figure><img src="/wp-content/uploads/{post.slug}.jpg" alt="">'
                      f"<figcaption>{html.escape(post.caption)}</figcaption></figure>")
        paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in post.paragraphs)
        others = [p for p in site.posts if p is not post][:3]
        related = "".join(f'<li><a href="{site.path_of(p)}?utm_source=related&utm_medium='
                          f'web">{html.escape(p.title)}</a></li>' for p in others)
        tags = ", ".join(f'<a href="/tag/{quote(t.lower().replace(" ", "-"))}/" rel="tag">'
                         f"{html.escape(t)}</a>" for t in post.tags)
        main = self.t("article.html", title=html.escape(post.title),
                      category=html.escape(post.category),
                      category_url=site.category_path(post.category_slug),
                      author=html.escape(post.author),
                      author_url=f"/author/{quote(post.author.lower().replace(' ', '-'))}/",
                      published_iso=post.published.isoformat(),
                      published_human=_human(site, post.published), url_quoted=quote(url),
                      figure=figure, paragraphs=paragraphs, tags=tags, related=related)
        head = (f'<link rel="canonical" href="{url}">\n'
                f'<meta property="og:title" content="{html.escape(post.title)}">\n'
                f'<meta property="article:published_time" content="{post.published.isoformat()}">'
                f'\n<meta name="author" content="{html.escape(post.author)}">')
        return self._page(post.title, main, head)

    def listing(self, posts: list[Post], page: int, heading: str, path_of_page) -> str | None:  # type: ignore[no-untyped-def]
        chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
        if page > 1 and not chunk:
            return None
        items = "\n".join(self.t(
            "item.html", href=self.site.path_of(p), title=html.escape(p.title),
            href_tracked=self.site.path_of(p) + "?utm_source=home&utm_campaign=list",
            published_human=_human(self.site, p.published), category=html.escape(p.category),
            category_url=self.site.category_path(p.category_slug),
            summary=html.escape(p.summary)) for p in chunk)
        last = max(1, -(-len(posts) // PER_PAGE))
        links = [f'<a href="{path_of_page(n)}">{n}</a>' for n in range(1, last + 1) if n != page]
        if page < last:
            links.append(f'<a class="next" href="{path_of_page(page + 1)}">Selanjutnya &raquo;'
                         "</a>")
        main = self.t("listing.html", heading=html.escape(heading), items=items,
                      pagination=" ".join(links))
        return self._page(heading, main)

    def rss(self, posts: list[Post]) -> str:
        items = "\n".join(self.t(
            "rss_item.xml", title=html.escape(p.title), href=self.site.base + self.site.path_of(p),
            published_rfc=format_datetime(p.published), category=html.escape(p.category),
            summary=html.escape(p.summary)) for p in posts[:10])
        return self.t("rss.xml", site_title=html.escape(self.site.title), base=self.site.base,
                      items=items)

    def wp_posts(self, page: int, per_page: int) -> tuple[str, int, int] | None:
        posts = self.site.posts
        chunk = posts[(page - 1) * per_page: page * per_page]
        if page > 1 and not chunk:
            return None
        data = [{"id": p.number, "date": p.published.isoformat(), "link": self.site.base +
                 self.site.path_of(p), "slug": p.slug, "title": {"rendered": html.escape(p.title)},
                 "excerpt": {"rendered": f"<p>{html.escape(p.summary)}</p>"}} for p in chunk]
        return json.dumps(data, ensure_ascii=False), len(posts), max(1, -(-len(posts) // per_page))

    def sitemap(self, posts: list[Post]) -> str:
        urls = "".join(f"<url><loc>{self.site.base}{self.site.path_of(p)}</loc><lastmod>"
                       f"{p.published.isoformat()}</lastmod></url>" for p in posts)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9">{urls}</urlset>')

    def robots(self) -> str:
        lines = ["User-agent: *"]
        if self.site.layout == "wordpress":
            lines += ["Disallow: /wp-admin/", "Allow: /wp-admin/admin-ajax.php", "",
                      f"Sitemap: {self.site.base}/wp-sitemap.xml"]
        else:
            lines += ["Disallow: /cari", "Disallow: /admin/"]
        return "\n".join(lines) + "\n"


def _number(query: dict[str, list[str]], key: str, default: int) -> int:
    """A numeric query parameter; ``default`` when missing or not a number."""
    value = query.get(key, [""])[0]
    return int(value) if value.isdigit() else default


def _route(r: Renderer, path: str, query: dict[str, list[str]]) -> tuple[int, str, str, dict]:
    """(status, content type, body, extra headers) for a request."""
    site = r.site
    # A UTF-8 site says so in its header; a legacy one only in its <meta>.
    text = "text/html; charset=utf-8" if site.charset == "utf-8" else "text/html"
    page = _number(query, "page", _number(query, "paged", 1))
    if path == "/robots.txt":
        return 200, "text/plain; charset=utf-8", r.robots(), {}
    if path in r.by_path:
        return 200, text, r.article(r.by_path[path]), {}
    if site.layout == "wordpress":
        if path == "/" and "p" in query and query["p"][0].isdigit():
            post = r.by_number.get(int(query["p"][0]))
            if post:
                return 301, text, "", {"Location": site.base + site.path_of(post)}
        if path == "/feed/":
            return 200, "application/rss+xml; charset=utf-8", r.rss(site.posts), {}
        if path == "/wp-json/wp/v2/posts":
            per_page = _number(query, "per_page", 10)
            result = r.wp_posts(page, min(max(per_page, 1), 100))
            if result is None:
                return 400, "application/json", '{"code":"rest_post_invalid_page_number"}', {}
            body, total, pages = result
            return 200, "application/json; charset=UTF-8", body, {
                "X-WP-Total": str(total), "X-WP-TotalPages": str(pages)}
        if path == "/wp-sitemap.xml":
            return 200, "application/xml; charset=UTF-8", (
                '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps'
                f'.org/schemas/sitemap/0.9"><sitemap><loc>{site.base}/wp-sitemap-posts-post-1'
                ".xml</loc></sitemap></sitemapindex>"), {}
        if path == "/wp-sitemap-posts-post-1.xml":
            return 200, "application/xml; charset=UTF-8", r.sitemap(site.posts), {}
    if site.layout == "cms" and path == "/sitemap.xml":
        return 200, "application/xml; charset=UTF-8", r.sitemap(site.posts), {}
    if site.layout == "portal" and path == "/rss.xml":
        return 200, "application/rss+xml; charset=utf-8", r.rss(site.posts), {}
    body = None
    if path == "/" or (site.layout == "cms" and path == "/berita"):
        heading = "Berita Terbaru" if path == "/" else "Berita"
        body = r.listing(site.posts, page, heading, site.listing_path)
    elif path.startswith(("/category/", "/kategori/")):
        parts = path.strip("/").split("/")
        slug = parts[1] if len(parts) > 1 else ""
        if site.layout == "wordpress" and len(parts) == 4 and parts[2] == "page":
            page = int(parts[3]) if parts[3].isdigit() else 0
        posts = [p for p in site.posts if p.category_slug == slug]
        if posts and page >= 1:
            body = r.listing(posts, page, f"Kategori: {posts[0].category}",
                             lambda n: site.category_path(slug, n))
    elif path.startswith("/tag/"):
        tag = path.strip("/").split("/")[-1]
        posts = [p for p in site.posts if tag in {t.lower().replace(" ", "-") for t in p.tags}]
        if posts:
            body = r.listing(posts, page, f"Tag: {tag}", lambda n: f"/tag/{tag}/?page={n}")
    if body is None:
        return 404, text, r._page("Halaman tidak ditemukan", "<h1>404</h1>"), {}
    return 200, text, body, {}


def _last_modified(r: Renderer, path: str) -> datetime | None:
    post = r.by_path.get(path)
    if post:
        return post.published
    return r.site.posts[0].published if r.site.posts else None


def make_handler(site: Site, templates: _Templates) -> type[BaseHTTPRequestHandler]:
    renderer = Renderer(site, templates)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        server_version = "nginx"
        sys_version = ""

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            parts = urlsplit(self.path)
            status, ctype, body, extra = _route(renderer, parts.path, parse_qs(parts.query))
            encoded = body.encode(site.charset if ctype.startswith("text/html") else "utf-8",
                                  errors="xmlcharrefreplace")
            etag = '"' + hashlib.sha1(encoded).hexdigest()[:20] + '"'
            modified = _last_modified(renderer, parts.path)
            if status == 200:
                extra = {**extra, "ETag": etag}
                if modified:
                    extra["Last-Modified"] = format_datetime(modified.astimezone(UTC),
                                                             usegmt=True)
                if self._not_modified(etag, modified):
                    status, encoded = 304, b""
            with lock:
                site.requests.append((self.path, status))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(encoded)))
            for key, value in extra.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(encoded)

        def _not_modified(self, etag: str, modified: datetime | None) -> bool:
            if self.headers.get("If-None-Match"):
                return self.headers["If-None-Match"] == etag
            since = self.headers.get("If-Modified-Since")
            if since and modified:
                try:
                    return modified.replace(microsecond=0) <= parsedate_to_datetime(since)
                except (TypeError, ValueError):
                    return False
            return False

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    return Handler


def _bind(host: str, port: int, handler: type[BaseHTTPRequestHandler],
          deadline: float) -> ThreadingHTTPServer:
    """A server on ``port`` (0: any free one). A port still held, by a mirror
    that is exiting, is asked for again until ``deadline``; past it, a free
    port is taken (the caller says which)."""
    while True:
        try:
            return ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE or port == 0:
                raise
            if time.monotonic() >= deadline:
                port = 0
            else:
                time.sleep(0.1)


class Mirror:
    """The mirrored sites served on 127.0.0.1, each on its own port.

    Fixed ``ports`` keep a site's address from one run to the next (a second
    crawl is then an incremental one); a port another process still holds
    after ``wait`` seconds is replaced by a free one, listed in ``moved``."""

    def __init__(self, site_dir: Path = SITE_DIR, host: str = "127.0.0.1",
                 ports: list[int] | None = None, wait: float = 5.0) -> None:
        self.sites = load_sites(site_dir)
        templates = _Templates(site_dir / "templates")
        self.servers: list[ThreadingHTTPServer] = []
        self.moved: dict[int, int] = {}  # port asked for -> port served on
        deadline = time.monotonic() + wait
        for index, site in enumerate(self.sites):
            port = ports[index] if ports and index < len(ports) else 0
            server = _bind(host, port, make_handler(site, templates), deadline)
            server.daemon_threads = True
            if port and server.server_address[1] != port:
                self.moved[port] = server.server_address[1]
            site.base = f"http://{host}:{server.server_address[1]}"
            self.servers.append(server)
        self._threads: list[threading.Thread] = []

    def start(self) -> Mirror:
        for server in self.servers:
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop every server and free its port (all at once: a server takes
        up to half a second to notice)."""
        stopping = [threading.Thread(target=server.shutdown) for server in self.servers]
        for thread in stopping:
            thread.start()
        for thread in stopping:
            thread.join()
        for server in self.servers:
            server.server_close()

    def sources_toml(self, delay: float | None = None) -> str:
        """A sources file for the crawler naming the mirror's ports."""
        lines = ["# Written by `python -m pipeline mirror`: the bundled mirror's sites.", ""]
        for site in self.sites:
            entry = {**site.source, "url": site.base + "/"}
            if delay is not None:
                entry.setdefault("delay", delay)
            lines.append("[[source]]")
            lines += [f"{key} = {_toml(value)}" for key, value in entry.items()]
            lines.append("")
        return "\n".join(lines)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)
