"""backfill: a site's captures in a web archive become articles and award
records, politely, once each, and a second run fetches nothing again."""
import glob
import json
import sqlite3

import pytest
from archivesite import (
    AWARD_PATH,
    CRAWL,
    DATED_PATH,
    GONE_PATH,
    NEWS_PATH,
    RECAPTURED_PATH,
    SITE,
    ArchiveSite,
)


@pytest.fixture()
def archive():
    site = ArchiveSite().start()
    yield site
    site.stop()


def _backfill(cli, tmp_path, *archive_args):
    return cli("backfill", f"{SITE}/", *archive_args, "--db", str(tmp_path / "b.db"),
               "--warc-dir", str(tmp_path / "warc"), "--log-dir", str(tmp_path / "logs"),
               "--delay", "0.05", "--log-json")


def _query(tmp_path, sql):
    return sqlite3.connect(tmp_path / "b.db").execute(sql).fetchall()


def _check_loaded(tmp_path):
    awards = _query(tmp_path, "SELECT awardee, rank, url FROM awards")
    assert awards == [("Kabupaten Sidoarjo", 1, f"{SITE}{AWARD_PATH}")]
    articles = dict(_query(tmp_path, "SELECT url, published FROM articles"))
    assert sorted(articles) == sorted(f"{SITE}{p}" for p in (
        AWARD_PATH, NEWS_PATH, RECAPTURED_PATH, DATED_PATH))
    # the page's own date where it gives one, else the capture's
    assert articles[f"{SITE}{DATED_PATH}"] == "2018-03-02"
    assert articles[f"{SITE}{AWARD_PATH}"] == "2019-08-05"
    # a story first captured as a maintenance page keeps its later capture with the text
    text = _query(tmp_path, f"SELECT text FROM articles WHERE url = '{SITE}{RECAPTURED_PATH}'")
    assert "Pasar rakyat baru" in text[0][0]
    states = dict(_query(tmp_path, "SELECT timestamp, state FROM captures"))
    assert states["20190807000000"] == "no-text" and states["20190901000000"] == "article"
    assert states["20191101090000"] in ("duplicate", "superseded")
    assert _query(tmp_path, "SELECT count(*) FROM award_events") == [(1,)]
    runs = _query(tmp_path, "SELECT command, status FROM runs")
    assert runs[-1] == ("backfill", "ok")


def test_wayback_archive_backfills_articles_once(archive, tmp_path, cli):
    result = _backfill(cli, tmp_path, "--archive", archive.base)
    assert result.returncode == 0, result.stderr.decode()
    _check_loaded(tmp_path)
    replays = [p for p, *_ in archive.requests_to("/web/")]
    # listing, home and 404 rows are never fetched; the twin capture of the award page neither
    assert not any("page=2" in p or p.endswith("id_/https://sidoarjokab.go.id/") or
                   "dihapus" in p or "20191101090000" in p for p in replays)
    assert sum(AWARD_PATH in p for p in replays) == 1
    # the index was read page by page with its resume key
    assert any("resumeKey=" in p for p, *_ in archive.requests_to("/cdx/"))
    # 429 with Retry-After: 1, then the capture after at least a second
    news = [(status, when) for p, status, when, _ in archive.log if NEWS_PATH in p]
    assert [s for s, _ in news] == [429, 200] and news[1][1] - news[0][1] >= 0.9
    # a clear user agent, and every capture archived (a 429 the HTTP client
    # retried itself is not seen, as in the crawler)
    assert all(h.get("User-Agent", "").startswith("anugerah/") for *_, h in archive.log)
    from pipeline.crawl.warc import iter_responses

    archived = [r.url for f in glob.glob(str(tmp_path / "warc" / "*.warc.gz"))
                for r in iter_responses(f)]
    assert sorted(u.split("127.0.0.1", 1)[1].split(":", 1)[1].split("/", 1)[1]
                  for u in archived if "/web/" in u) == sorted(p[1:] for p in set(replays))
    summary = json.loads(result.stderr.decode().strip().splitlines()[-1])
    assert summary["event"] == "summary" and summary["new_awards"] == 1
    # a capture the archive no longer serves is asked once, then left alone
    assert sum(GONE_PATH in p for p in replays) == 1
    assert _query(tmp_path, f"SELECT state FROM captures WHERE url LIKE '%{GONE_PATH}'") == [
        ("gone",)]

    before = len(archive.log)
    again = _backfill(cli, tmp_path, "--archive", archive.base)
    assert again.returncode == 0, again.stderr.decode()
    assert archive.log[before:] == []  # nothing fetched twice, the index not asked again
    assert _query(tmp_path, "SELECT count(*) FROM awards") == [(1,)]


def test_common_crawl_index_backfills_with_range_requests(archive, tmp_path, cli):
    result = _backfill(cli, tmp_path, "--archive", f"commoncrawl:{CRAWL}",
                       "--cc-index", f"{archive.base}/cc", "--cc-data", f"{archive.base}/data")
    assert result.returncode == 0, result.stderr.decode()
    _check_loaded(tmp_path)
    data = archive.requests_to("/data/")
    assert data and all(h.get("Range", "").startswith("bytes=") and status == 206
                        for _, status, _, h in data)
    assert len(data) == 5  # the four stories and the maintenance capture
    assert any("page=1" in p for p, *_ in archive.requests_to("/cc/"))

    before = len(archive.log)
    assert _backfill(cli, tmp_path, "--archive", f"commoncrawl:{CRAWL}", "--cc-index",
                     f"{archive.base}/cc", "--cc-data", f"{archive.base}/data").returncode == 0
    assert archive.log[before:] == []
    # a site the crawl holds nothing of: listed once, no error, not asked again
    other = [cli("backfill", "https://padang.go.id/", "--archive", f"commoncrawl:{CRAWL}",
                 "--cc-index", f"{archive.base}/cc", "--cc-data", f"{archive.base}/data",
                 "--db", str(tmp_path / "b.db"), "--warc-dir", str(tmp_path / "warc"),
                 "--log-dir", str(tmp_path / "logs"), "--delay", "0.05", "--log-json")
             for _ in range(2)]
    assert [r.returncode for r in other] == [0, 0]
    assert json.loads(other[0].stderr.decode().splitlines()[-1])["errors"] == {}
    assert len([p for p, *_ in archive.log[before:] if "padang" in p]) == 1


def test_a_stopped_backfill_goes_on_where_it_stopped(archive, tmp_path, cli):
    first = _backfill(cli, tmp_path, "--archive", archive.base, "--limit", "2")
    assert first.returncode == 0, first.stderr.decode()
    fetched_first = {p for p, *_ in archive.requests_to("/web/")}
    assert len(fetched_first) == 2
    rest = _backfill(cli, tmp_path, "--archive", archive.base)
    assert rest.returncode == 0, rest.stderr.decode()
    fetched_rest = [p for p, status, *_ in archive.requests_to("/web/") if status == 200]
    assert len(fetched_rest) == len(set(fetched_rest))  # no capture fetched twice
    _check_loaded(tmp_path)


def test_archive_that_cannot_be_reached_is_reported_and_nothing_is_lost(tmp_path, cli):
    result = _backfill(cli, tmp_path, "--archive", "http://127.0.0.1:9", "--retries", "0")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stderr.decode().splitlines()]
    errors = [e for e in lines if e.get("event") == "backfill-error"]
    assert errors and errors[0]["error"] == "connection"
    assert _query(tmp_path, "SELECT command, status FROM runs") == [("backfill", "failed")]


def test_bad_archive_names_are_refused(tmp_path, cli):
    for spec in ("commoncrawl:2019", "ftp://archive.example"):  # named in the error
        result = cli("backfill", f"{SITE}/", "--archive", spec, "--db", str(tmp_path / "b.db"))
        assert result.returncode == 2 and spec.split(":")[-1] in result.stderr.decode()


def test_a_provinces_sources_are_backfilled_and_no_other(archive, tmp_path, cli):
    sources = tmp_path / "sources.toml"
    sources.write_text(
        '[[source]]\nname = "sidoarjo"\nurl = "https://sidoarjokab.go.id/"\n'
        'province = "Jawa Timur"\nreachable = false\n\n'
        '[[source]]\nname = "padang"\nurl = "https://padang.go.id/"\n'
        'province = "Sumatera Barat"\n', encoding="utf-8")
    result = cli("backfill", "--sources", str(sources), "--province", "jawa timur",
                 "--archive", archive.base, "--db", str(tmp_path / "b.db"),
                 "--warc-dir", str(tmp_path / "warc"), "--log-dir", str(tmp_path / "logs"),
                 "--delay", "0.05")
    assert result.returncode == 0, result.stderr.decode()
    asked = [p for p, *_ in archive.requests_to("/cdx/")]
    assert asked and all("url=sidoarjokab.go.id" in p for p in asked)
    assert _query(tmp_path, "SELECT count(*) FROM awards") == [(1,)]
    assert "1 award records" in result.stderr.decode()


def test_a_killed_backfill_resumes_asking_again_at_most_the_capture_in_flight(archive,
                                                                             tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from conftest import ROOT

    args = [sys.executable, "-m", "pipeline", "backfill", f"{SITE}/", "--archive", archive.base,
            "--db", str(tmp_path / "b.db"), "--warc-dir", str(tmp_path / "warc"),
            "--log-dir", str(tmp_path / "logs"), "--delay", "0.4", "--log-json"]
    run = subprocess.Popen(args, cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(archive.requests_to("/web/")) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    first = [p for p, status, *_ in archive.requests_to("/web/") if status == 200]
    assert first  # killed part-way
    rest = subprocess.run(args, cwd=ROOT, capture_output=True, timeout=120)
    assert rest.returncode == 0, rest.stderr.decode()
    again = [p for p, status, *_ in archive.requests_to("/web/") if status == 200]
    assert len(again) - len(set(again)) <= 1
    _check_loaded(tmp_path)
    assert _query(tmp_path, "SELECT status FROM runs ORDER BY id") == [("killed",), ("ok",)]
