"""import-warc: pages from any WARC archive go through clean, extract and
load; one article per distinct body; unreadable files are reported."""
import sqlite3
from io import BytesIO

from faultsite import ARTICLE, AWARD
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def write_warc(path, pages):
    """A WARC as other archivers write it (gzip, response records only)."""
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, status, ctype, body in pages:
            http = StatusAndHeaders(f"{status} OK", [("Content-Type", ctype)],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http))


def test_pages_of_a_foreign_archive_are_loaded_once(tmp_path, cli):
    page = ARTICLE.format(charset="utf-8", title="Sidoarjo juara Paritrana",
                          extra=AWARD).encode()
    write_warc(tmp_path / "CC-NEWS-20250806.warc.gz", [
        ("https://sidoarjokab.go.id/berita/sidoarjo-juara-paritrana", 200,
         "text/html; charset=utf-8", page),
        ("https://portal.example.id/read/sidoarjo-juara-paritrana?utm_source=x", 200,
         "text/html", page),  # the same body reposted: one article
        ("https://sidoarjokab.go.id/logo.png", 200, "image/png", b"\x89PNG"),
        ("https://sidoarjokab.go.id/hilang", 404, "text/html", b"<h1>404</h1>"),
        # listing pages that quote the article's text: not articles
        ("https://sidoarjokab.go.id/", 200, "text/html", page + b"    "),
        ("https://sidoarjokab.go.id/tag/paritrana", 200, "text/html", page + b" "),
        ("https://sidoarjokab.go.id/berita?page=2", 200, "text/html", page + b"  "),
        ("https://sidoarjokab.go.id/search?q=paritrana", 200, "text/html", page + b"   "),
    ])
    (tmp_path / "broken.warc").write_bytes(b"not a warc at all")
    db = tmp_path / "a.db"
    result = cli("import-warc", str(tmp_path / "CC-NEWS-20250806.warc.gz"),
                 str(tmp_path / "broken.warc"), "--db", str(db))
    assert result.returncode == 1  # the broken file is reported
    assert "broken.warc" in result.stderr.decode() or "not-a-warc" in result.stderr.decode()
    rows = sqlite3.connect(db).execute("SELECT awardee, rank, url FROM awards").fetchall()
    assert rows == [("Kabupaten Sidoarjo", 1,
                     "https://sidoarjokab.go.id/berita/sidoarjo-juara-paritrana")]
    again = cli("import-warc", str(tmp_path / "CC-NEWS-20250806.warc.gz"), "--db", str(db))
    assert again.returncode == 0
    assert sqlite3.connect(db).execute("SELECT count(*) FROM awards").fetchone() == (1,)
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone() == (1,)
