"""The run as an unattended batch: one run at a time, a runs row, a log
file, and an exit status that tells a failed run from a partly failed one."""
from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys

import pytest

from conftest import ROOT
from pipeline.batch import EXIT_LOCKED, run_lock
from pipeline.crawl.mirror import Mirror


@pytest.fixture()
def mirror():
    served = Mirror().start()
    yield served
    served.stop()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(tmp_path, sources_text: str, out=None) -> subprocess.CompletedProcess:
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "run", "--sources", str(sources), "--db",
         str(tmp_path / "a.db"), "--warc-dir", str(tmp_path / "warc"), "--log-dir",
         str(tmp_path / "logs"), "--out", str(out or tmp_path / "out"), "--delay", "0", "--timeout",
         "2", "--retries", "0"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)


def dead_source(name: str) -> str:
    return (f'[[source]]\nname = "{name}"\nurl = "http://127.0.0.1:{closed_port()}/"\n'
            'kind = "pemkab"\n')


def test_a_second_run_on_the_same_database_stops_at_once(tmp_path):
    with run_lock(str(tmp_path / "a.db")):
        result = run_cli(tmp_path, dead_source("mati"))
    assert result.returncode == EXIT_LOCKED
    assert "another run is using" in result.stderr
    assert not (tmp_path / "warc").exists()


def test_some_sources_failing_is_reported_but_the_run_succeeds(mirror, tmp_path):
    text = mirror.sources_toml(delay=0.0) + "\n" + dead_source("mati")
    result = run_cli(tmp_path, text)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "run partial" in result.stderr and "sources failed: mati" in result.stderr
    db = sqlite3.connect(tmp_path / "a.db")
    status, sources, counts = db.execute("SELECT status, sources, counts FROM runs").fetchone()
    assert status == "partial" and json.loads(sources)["failed"] == ["mati"]
    assert json.loads(counts)["new_articles"] > 0
    assert db.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == len(mirror.sites) + 1
    log = (tmp_path / "logs" / "a.log").read_text(encoding="utf-8").splitlines()
    assert any(json.loads(line)["event"] == "article" for line in log)


def test_exports_that_cannot_be_written_leave_the_database_whole(mirror, tmp_path):
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("", encoding="utf-8")
    result = run_cli(tmp_path, mirror.sources_toml(delay=0.0), out=blocked)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "run partial" in result.stderr and "publish 1" in result.stderr
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("SELECT status FROM runs").fetchone()[0] == "partial"
    assert db.execute("SELECT COUNT(*) FROM award_events").fetchone()[0] > 0
    log = (tmp_path / "logs" / "a.log").read_text(encoding="utf-8")
    assert '"publish-error"' in log and "not-a-directory" in log


def test_a_run_where_every_source_fails_exits_non_zero(tmp_path):
    result = run_cli(tmp_path, dead_source("mati") + "\n" + dead_source("juga-mati"))
    assert result.returncode == 1
    assert "run failed" in result.stderr
    db = sqlite3.connect(tmp_path / "a.db")
    assert db.execute("SELECT status FROM runs").fetchall() == [("failed",)]
