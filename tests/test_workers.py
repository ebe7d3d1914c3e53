"""Bulk processing on several processes: ``import-warc --workers 2`` and
``reprocess --workers 2`` (a Dask LocalCluster of two worker processes) end
with the same database as one worker, and reprocess cleans again from the
raw pages."""
import shutil
import sqlite3
from io import BytesIO

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.bench.endtoend import generate_pages

# what a second pass may change: when it cleaned
_ARTICLE = ("id, url, title, published, author, site, source, fetched_at, text, text_hash, "
            "categories, tags, credits, extractor_version, page_offset")


@pytest.fixture(scope="module")
def warc(tmp_path_factory):
    path = tmp_path_factory.mktemp("warc") / "pages.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n, (url, body) in enumerate(generate_pages(48)):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body), http_headers=http,
                warc_headers_dict={"WARC-Date": f"2025-12-{1 + n % 28:02d}T00:00:00Z"}))
    return path


def _dump(db, with_ids=True):
    """The articles, awards and events (award row ids only when asked: a
    reprocess writes the rows anew)."""
    conn = sqlite3.connect(db)
    awards = [row[1:] for row in conn.execute("SELECT * FROM awards ORDER BY id")]
    if with_ids:
        awards = conn.execute("SELECT * FROM awards ORDER BY id").fetchall()
    return (conn.execute(f"SELECT {_ARTICLE} FROM articles ORDER BY id").fetchall(),
            awards if with_ids else sorted(awards, key=repr),
            conn.execute("SELECT * FROM award_events ORDER BY id").fetchall())


def test_two_workers_import_and_reprocess_as_one_does(warc, tmp_path, cli):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    for db, workers in ((one, "1"), (two, "2")):
        result = cli("import-warc", str(warc), "--db", str(db), "--workers", workers)
        assert result.returncode == 0, result.stderr.decode()
    articles, awards, events = _dump(one)
    assert len(articles) == 48 and awards and events
    assert _dump(two) == (articles, awards, events)
    shutil.copy(one, tmp_path / "imported.db")

    for db, workers in ((one, "1"), (two, "2")):
        result = cli("reprocess", "--db", str(db), "--workers", workers)
        assert result.returncode == 0, result.stderr.decode()
        assert "48 articles cleaned and extracted again" in result.stderr.decode()
    assert _dump(one) == _dump(two)
    # with the same rules, a reprocess changes nothing but the award rows' ids
    assert _dump(one, with_ids=False) == _dump(tmp_path / "imported.db", with_ids=False)


def test_reprocess_cleans_from_the_raw_page_and_keeps_a_text_only_article(warc, tmp_path,
                                                                          cli):
    db = tmp_path / "a.db"
    assert cli("import-warc", str(warc), "--db", str(db)).returncode == 0
    assert cli("load", "corpus/gold/dev.jsonl", "--db", str(db)).returncode == 0
    conn = sqlite3.connect(db)
    before = conn.execute("SELECT count(*) FROM awards").fetchone()[0]
    # a spoiled stored text and spoiled award rows: the raw page puts both right
    url = conn.execute("SELECT a.id FROM articles a JOIN awards w ON w.article_id = a.id "
                       "WHERE a.page_warc IS NOT NULL LIMIT 1").fetchone()[0]
    with conn:
        conn.execute("UPDATE articles SET text = 'rusak' WHERE id = ?", [url])
        conn.execute("DELETE FROM awards WHERE article_id = ?", [url])
    conn.close()
    copy = tmp_path / "b.db"
    shutil.copy(db, copy)
    result = cli("reprocess", "--db", str(db), "--workers", "2")
    assert result.returncode == 0, result.stderr.decode()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM awards").fetchone()[0] == before
    assert conn.execute("SELECT text FROM articles WHERE id = ?", [url]).fetchone()[0] != "rusak"
    # the articles loaded as text were extracted again from it, not dropped
    assert conn.execute("SELECT count(*) FROM articles WHERE page_warc IS NULL").fetchone()[0] > 0


def test_reprocess_needs_a_database(tmp_path, cli):
    result = cli("reprocess", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2 and "no database" in result.stderr.decode()


def test_reprocess_on_an_existing_cluster_gives_the_same_database(warc, tmp_path, cli):
    from distributed import LocalCluster

    here, there = tmp_path / "here.db", tmp_path / "there.db"
    assert cli("import-warc", str(warc), "--db", str(here)).returncode == 0
    shutil.copy(here, there)
    assert cli("reprocess", "--db", str(here)).returncode == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        result = cli("reprocess", "--db", str(there), "--scheduler", cluster.scheduler_address)
        assert result.returncode == 0, result.stderr.decode()
        ran = set(cluster.scheduler.task_prefixes)  # what the cluster was given to do
    assert "process_batch" in ran
    assert _dump(there) == _dump(here)
