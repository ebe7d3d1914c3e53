"""The whole pipeline over the bundled mirror served on loopback: every
article found through each site's own discovery (WordPress API and feed,
CMS listing and sitemap, portal feed and categories), award records scored
against the team's annotations, a second run incremental, and a run killed
with SIGKILL that resumes to the same database without fetching anything
twice."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from conftest import ROOT
from extractors.record import CORE_FIELDS
from pipeline.crawl.crawler import CrawlOptions
from pipeline.crawl.mirror import SITE_DIR, Mirror
from pipeline.crawl.sources import parse_sources
from pipeline.evaluate import score
from pipeline.progress import Reporter
from pipeline.run import run


@pytest.fixture()
def mirror():
    served = Mirror().start()
    yield served
    served.stop()


def sources_of(mirror: Mirror, tmp_path, delay: float = 0.0):
    path = tmp_path / "sources.toml"
    path.write_text(mirror.sources_toml(delay=delay), encoding="utf-8")
    sources, problems = parse_sources(path.read_text(encoding="utf-8"))
    assert not problems
    return path, sources


def gold_by_url(mirror: Mirror) -> dict[str, list[dict]]:
    gold = {}
    for site in mirror.sites:
        posts = {p.slug: p for p in site.posts}
        with open(SITE_DIR / site.name / "articles.jsonl", encoding="utf-8") as fh:
            for line in fh:
                raw = json.loads(line)
                gold[site.base + site.path_of(posts[raw["slug"]])] = raw["records"]
    return gold


def predictions(db_path) -> dict[str, list[dict]]:
    db = sqlite3.connect(db_path)
    db.row_factory = sqlite3.Row
    pred: dict[str, list[dict]] = {row["url"]: [] for row in db.execute("SELECT url FROM articles")}
    for row in db.execute("SELECT * FROM awards"):
        pred[row["url"]].append(dict(row))
    return pred


def test_the_mirror_is_crawled_extracted_and_loaded(mirror, tmp_path):
    _, sources = sources_of(mirror, tmp_path)
    db_path = tmp_path / "a.db"
    options = CrawlOptions(warc_dir=str(tmp_path / "warc"), delay=0.0)
    reporter = Reporter(live=False)
    run(sources, str(db_path), options, reporter)
    gold = gold_by_url(mirror)
    pred = predictions(db_path)
    assert set(pred) == set(gold)  # every article, and no listing, tag or feed page
    result = score(gold, pred, CORE_FIELDS)
    assert result.prf(CORE_FIELDS)[2] >= 0.9
    assert not result.negatives_hit
    db = sqlite3.connect(db_path)
    text = " ".join(t for (t,) in db.execute("SELECT text FROM articles WHERE source = "
                                             "'bojonegorokab'"))
    assert "\ufffd" not in text and "â€" not in text  # windows-1252 pages read right
    assert reporter.counts["new_articles"] == len(gold)

    again = Reporter(live=False)
    run(sources, str(db_path), options, again)
    assert again.counts["new_articles"] == 0 and again.counts["new_awards"] == 0
    assert again.counts["not_modified"] > 0
    bodies = [(path, status) for site in mirror.sites for path, status in site.requests
              if status == 200 and path in {site.path_of(p) for p in site.posts}]
    assert len(bodies) == len(gold)  # the second run downloaded no article again


def _crawl_process(sources_path, tmp_path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", "--sources", str(sources_path), "--db",
         str(tmp_path / "a.db"), "--warc-dir", str(tmp_path / "warc"), "--log-json",
         "--log-dir", str(tmp_path / "logs"), "--out", str(tmp_path / "out")],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_a_killed_run_resumes_to_the_same_database(mirror, tmp_path):
    sources_path, _ = sources_of(mirror, tmp_path, delay=0.05)
    process = _crawl_process(sources_path, tmp_path)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill it in the middle of the crawl
        if sum(len(site.requests) for site in mirror.sites) >= 25:
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL
    finished = _crawl_process(sources_path, tmp_path)
    _, err = finished.communicate(timeout=120)
    assert finished.returncode == 0, err.decode()[-2000:]
    # the run ends with the exports of the database it built
    assert {"awards.csv", "awards.json", "timeline.html", "timeline.json", "timeline.png",
            "metadata.yml"} <= {p.name for p in (tmp_path / "out").iterdir()}
    article_paths = {site.path_of(p) for site in mirror.sites for p in site.posts}
    fetched = Counter(path for site in mirror.sites for path, status in site.requests
                      if path in article_paths and status == 200)
    assert set(fetched) == article_paths  # nothing lost
    # Nothing received is fetched again; only a request in flight when the
    # process died (at most one per host) is asked again.
    again = [path for path, n in fetched.items() if n > 1]
    assert len(again) <= len(mirror.sites) and max(fetched.values()) <= 2
    db = sqlite3.connect(tmp_path / "a.db")
    twice = db.execute("SELECT url FROM pages WHERE kind = 'article' AND status = 200 "
                       "GROUP BY url HAVING count(*) > 1").fetchall()
    assert twice == []
    reference = tmp_path / "uninterrupted"
    run(parse_sources(sources_path.read_text(encoding="utf-8"))[0], str(reference / "b.db"),
        CrawlOptions(warc_dir=str(reference / "warc"), delay=0.0), Reporter(live=False))
    assert content(tmp_path / "a.db") == content(reference / "b.db")
    assert [r[0] for r in db.execute("SELECT status FROM runs ORDER BY id")] == ["killed", "ok"]


def content(db_path) -> tuple[set, set, set]:
    """What a run leaves for users: articles, awards and award events, without
    row ids and times."""
    db = sqlite3.connect(db_path)
    articles = set(db.execute("SELECT url, title, published, text FROM articles"))
    awards = {row[2:] for row in db.execute("SELECT * FROM awards")}
    events = set(db.execute("SELECT * FROM award_events"))
    return articles, awards, events


def _free_ports(n: int) -> list[int]:
    import socket

    socks = [socket.socket() for _ in range(n)]
    for s in socks:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in socks]
    for s in socks:
        s.close()
    return ports


def test_a_stopped_mirror_frees_its_ports_for_the_next_one_at_once():
    ports = _free_ports(len(Mirror().sites))
    first = Mirror(ports=ports, wait=0).start()
    first.stop()
    second = Mirror(ports=ports, wait=0).start()  # no "Address already in use"
    try:
        assert [s.base for s in second.sites] == [f"http://127.0.0.1:{p}" for p in ports]
        assert second.moved == {}
    finally:
        second.stop()


def test_a_port_another_process_holds_is_replaced_and_said():
    import socket

    ports = _free_ports(len(Mirror().sites))
    holder = socket.socket()
    holder.bind(("127.0.0.1", ports[0]))
    holder.listen()
    try:
        mirror = Mirror(ports=ports, wait=0.3).start()
        try:
            assert set(mirror.moved) == {ports[0]} and mirror.moved[ports[0]] != ports[0]
            assert mirror.sites[0].base.endswith(f":{mirror.moved[ports[0]]}")
            assert [s.base for s in mirror.sites[1:]] == [f"http://127.0.0.1:{p}"
                                                          for p in ports[1:]]
        finally:
            mirror.stop()
    finally:
        holder.close()


def test_make_demo_twice_in_a_row(tmp_path):
    """The operator's demo, twice back to back on the same ports: the second
    is an incremental recrawl of the same database."""
    port = _free_ports(1)[0]
    common = ["make", "-s", "demo", f"DB={tmp_path}/demo.db", f"WARC={tmp_path}/warc",
              f"MIRROR_PORT={port}", "MIRROR_DELAY=0", f"MIRROR_SOURCES={tmp_path}/sources.toml",
              f"LOG_DIR={tmp_path}/logs", f"OUT={tmp_path}/out"]
    first = subprocess.run(common, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr[-2000:]
    second = subprocess.run(common, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr[-2000:]
    assert "taken by another process" not in second.stderr
    assert ", 0 new articles" in second.stderr and "run ok" in second.stderr
