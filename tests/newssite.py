"""A small government news site on loopback of a shape the bundled mirror
does not have: robots.txt naming a sitemap, an RSS feed the home page
advertises, a home page whose only way to the news is a "Berita" menu link
to a paginated ``/berita?hal=N`` section (its second page answers 429 with
Retry-After once), articles with two-word slugs (``/berita/jalan-poros``),
each reachable through one path only (feed, sitemap, section page 1 or 2),
one of them in windows-1252 with no charset declared. Articles carry ETags
and answer conditional GETs; every request is logged."""
from __future__ import annotations

from loopback import LoopbackSite

PAGE = """<html><head><title>{title}</title></head><body>
<nav><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/berita">Berita</a>
<a href="/galeri">Galeri</a></nav><article><h1>{title}</h1>
<p>WAINGAPU – {title}. Kepala bagian protokol dan komunikasi pimpinan menyampaikan kabar
ini kepada wartawan di kantor bupati, Kamis (25/7/2024), seusai apel pagi bersama seluruh
aparatur sipil negara di halaman kantor.</p>
<p>{body}</p>
<p>Pemerintah kabupaten berharap kegiatan serupa dapat terus berjalan pada tahun
berikutnya dengan dukungan dunia usaha, tokoh agama dan masyarakat di setiap desa.</p>
</article></body></html>"""

# path -> (title, body sentence); the way each is found is in FOUND_BY
ARTICLES = {
    "/berita/jalan-poros": ("Jalan poros desa mulai diaspal",
                            "Pekerjaan pengaspalan sepanjang empat kilometer ditargetkan "
                            "rampung dalam sembilan puluh hari kalender."),
    "/berita/pasar-baru": ("Pasar baru dibuka untuk pedagang",
                           "Sebanyak dua ratus pedagang menempati los dan kios baru yang "
                           "dibangun dengan dana alokasi khusus."),
    "/berita/juara-paritrana": ("Kabupaten raih Paritrana Award",
                                "Pemerintah Kabupaten Sumba Timur meraih Juara I Paritrana "
                                "Award 2024 tingkat Provinsi Nusa Tenggara Timur kategori "
                                "pemerintah kabupaten/kota."),
    "/berita/sekolah-rakyat": ("Sekolah rakyat menerima siswa",
                               "Sekolah berasrama itu menampung seratus siswa dari keluarga "
                               "kurang mampu pada tahun ajaran pertamanya."),
    "/berita/banjir-surut": ("Banjir surut, warga “kembali” ke rumah – camat",
                             "Camat meminta warga tetap waspada karena curah hujan masih "
                             "tinggi hingga akhir pekan."),
}
FOUND_BY = {"feed": ["/berita/pasar-baru"], "sitemap": ["/berita/juara-paritrana"],
            "section": ["/berita/jalan-poros", "/berita/sekolah-rakyat"],
            "section page 2": ["/berita/banjir-surut"]}
CP1252 = "/berita/banjir-surut"


class NewsSite(LoopbackSite):
    """The server; ``log`` holds (path with query, status, time, headers)."""

    def __init__(self) -> None:
        self.articles = dict(ARTICLES)
        self.found_by = {k: list(v) for k, v in FOUND_BY.items()}
        super().__init__()

    def route(self, raw_path: str) -> str:
        """The section's pages keep their query ("/berita?hal=2")."""
        return raw_path if raw_path.startswith("/berita?") else raw_path.split("?")[0]

    def _links(self, paths: list[str]) -> str:
        return "".join(f'<li><a href="{p}">{self.articles[p][0]}</a></li>' for p in paths)

    def respond(self, path: str, headers: dict) -> tuple[int, dict, bytes]:
        hits = self.hit(path)
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow: /admin/\nSitemap: {self.base}/sitemap.xml\n"
            return 200, {"Content-Type": "text/plain"}, body.encode()
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{self.base}{p}</loc></url>"
                           for p in ["/", "/profil", *self.found_by["sitemap"]])
            return 200, {"Content-Type": "application/xml"}, (
                '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                f'sitemap/0.9">{urls}</urlset>').encode()
        if path == "/feed.xml":
            items = "".join(f"<item><title>{self.articles[p][0]}</title><link>{self.base}{p}"
                            "</link></item>" for p in self.found_by["feed"])
            return 200, {"Content-Type": "application/rss+xml"}, (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title>'
                f"{items}</channel></rss>").encode()
        if path == "/":
            return 200, html, (
                b'<html><head><link rel="alternate" type="application/rss+xml" '
                b'href="/feed.xml"></head><body><nav><a href="/">Beranda</a> '
                b'<a href="/profil">Profil</a> <a href="/berita">Berita</a> '
                b'<a href="/galeri">Galeri</a> <a href="/admin/login">Masuk</a></nav>'
                b"<h1>Selamat datang</h1><p>Portal resmi pemerintah kabupaten.</p>"
                b"</body></html>")
        if path == "/berita":
            return 200, html, (
                "<html><body><h1>Berita</h1><ul>" + self._links(self.found_by["section"])
                + '</ul><a href="/berita?hal=2">2</a> <a href="/berita?hal=2">Berikutnya</a>'
                "</body></html>").encode()
        if path == "/berita?hal=2":
            if hits == 1:
                return 429, {"Content-Type": "text/plain", "Retry-After": "1"}, b"pelan-pelan"
            return 200, html, ("<html><body><h1>Berita</h1><ul>"
                               + self._links(self.found_by["section page 2"])
                               + '</ul><a href="/berita">1</a></body></html>').encode()
        if path in self.articles:
            title, body = self.articles[path]
            etag = f'"{abs(hash((path, title, body))) % 10**12}"'
            if headers.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
            page = PAGE.format(title=title, body=body)
            if path == CP1252:  # no charset declared anywhere
                return 200, {"Content-Type": "text/html", "ETag": etag}, page.encode("cp1252")
            return 200, {**html, "ETag": etag}, page.encode()
        if path == "/profil":
            return 200, html, b"<html><body><h1>Profil daerah</h1></body></html>"
        return 404, html, b"<h1>tidak ditemukan</h1>"
