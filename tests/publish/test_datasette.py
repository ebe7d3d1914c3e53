"""The Datasette interface: the metadata written for a database, and
``datasette serve`` of the events fixture answering the canned queries, the
facets, the sort order and the metadata over HTTP."""
from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from importlib.util import find_spec

import pytest
import requests
import yaml

from conftest import EVENTS_ARTICLES, ROOT
from pipeline.publish.datasette_meta import prepare, write_metadata
from pipeline.store.database import open_db

pytestmark = pytest.mark.skipif(
    find_spec("datasette") is None,
    reason="datasette is not installed (pip install -e '.[test]' or '.[serve]')")

JATIM = ["Kabupaten Bojonegoro", "Kabupaten Tuban", 'Desa <script>alert("x")</script> & "Maju"']


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """A running ``datasette serve`` and an HTTP session that ignores proxies."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        self.http.trust_env = False

    def get(self, path: str, **params: str) -> requests.Response:
        response = self.http.get(self.base + path, params=params, timeout=10)
        assert response.status_code == 200, (path, response.status_code, response.text[:500])
        return response

    def rows(self, path: str, **params: str) -> list[dict]:
        return self.get(path, _shape="array", **params).json()


@pytest.fixture()
def serve(tmp_path):
    """serve(db_path) -> Served: Datasette on the database with its metadata,
    stopped at teardown."""
    started: list[subprocess.Popen] = []

    def run(db_path) -> Served:
        db = open_db(str(db_path))
        meta = prepare(db, tmp_path / "metadata.yml")
        db.close()
        port = _free_port()
        log = tmp_path / f"datasette-{port}.log"
        with open(log, "wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "datasette", "serve", str(db_path), "-m", str(meta),
                 "-h", "127.0.0.1", "-p", str(port)], cwd=ROOT, stdout=out,
                stderr=subprocess.STDOUT)
        started.append(proc)
        served = Served(f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None:
                pytest.fail(f"datasette exited with {proc.returncode}: {log.read_text()}")
            try:
                if served.http.get(served.base + "/-/versions.json", timeout=1).ok:
                    return served
            except requests.ConnectionError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"datasette did not answer within 30 s: {log.read_text()}")
            time.sleep(0.1)

    yield run
    for proc in started:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_the_metadata_names_the_database_after_its_file_and_every_query_runs(events_db,
                                                                             tmp_path):
    named = events_db.with_name("awards-2025.db")
    events_db.rename(named)
    out = write_metadata(named, tmp_path / "meta" / "metadata.yml")
    meta = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert list(meta["databases"]) == ["awards-2025"]
    assert [p.name for p in out.parent.iterdir()] == ["metadata.yml"]
    database = meta["databases"]["awards-2025"]
    assert database["tables"]["award_events"]["sort_desc"] == "event_date"
    db = sqlite3.connect(named)
    counts = {name: len(db.execute(query["sql"], {"province": "", "award": ""}).fetchall())
              for name, query in database["queries"].items()}
    assert counts == {"winners_by_province": 5, "national_winners_by_year": 2, "most_wins": 5}
    db.close()


def test_winners_by_province_with_an_optional_award(events_db, serve):
    served = serve(events_db)
    path = "/anugerah/winners_by_province.json"
    rows = served.rows(path, province="Jawa Timur", award="")
    assert [r["awardee"] for r in rows] == JATIM
    assert {(r["award"], r["event_date"], r["sources"]) for r in rows} == {
        ("Paritrana Award", "2025-07-29", 3), ("Paritrana Award", "2025-07-29", 1)}
    assert [r["awardee"] for r in served.rows(path, province="jawa timur",
                                               award="paritrana award")] == JATIM
    assert [r["awardee"] for r in served.rows(path, province="Kalimantan Timur",
                                               award="Adipura")] == ["Kota Balikpapan"]
    assert served.rows(path, province="Jawa Timur", award="Adipura") == []
    assert len(served.rows(path)) == 5
    # abbreviations and aliases, as `anugerah winners` takes them
    assert [r["awardee"] for r in served.rows(path, province="Jatim",
                                               award="paritrana")] == JATIM
    assert [r["awardee"] for r in served.rows(path, province=" KALTIM ",
                                               award="")] == ["Provinsi Kalimantan Timur",
                                                              "Kota Balikpapan"]


def test_national_winners_by_year(events_db, serve):
    rows = serve(events_db).rows("/anugerah/national_winners_by_year.json")
    assert [(r["award_year"], r["award"], r["awardee"], r["rank"]) for r in rows] == [
        (2024, "Paritrana Award", "Provinsi Kalimantan Timur", 3),
        (2023, "Adipura", "Kota Balikpapan", None)]


def test_most_wins_ranks_the_awardee_with_two_events_first(events_db, serve):
    from pipeline.store.database import open_db, save_article
    from pipeline.store.events import update_events

    db = open_db(str(events_db))
    record = {**EVENTS_ARTICLES[0][2][0], "award": "Adipura", "award_year": 2025,
              "level": "nasional", "category": "Sertifikat Adipura", "rank": None,
              "event_date": "2025-06-05"}
    url = "https://portal7.example/berita/7"
    save_article(db, {"id": url, "url": url, "title": "Berita 7", "published": "2025-06-05",
                      "text": "Teks berita 7 tentang Adipura."}, [record])
    update_events(db)
    db.close()

    served = serve(events_db)
    rows = served.rows("/anugerah/most_wins.json")
    assert rows[0] == {"awardee": "Kabupaten Bojonegoro", "wins": 2,
                       "awards": "Adipura, Paritrana Award", "first_year": 2024,
                       "last_year": 2025}
    assert [(r["awardee"], r["wins"]) for r in rows[1:]] == [
        (JATIM[2], 1), ("Kabupaten Tuban", 1), ("Kota Balikpapan", 1),
        ("Provinsi Kalimantan Timur", 1)]
    kaltim = served.rows("/anugerah/most_wins.json", province="Kalimantan Timur", award="")
    assert [r["awardee"] for r in kaltim] == ["Kota Balikpapan", "Provinsi Kalimantan Timur"]


def test_tables_facets_sort_hidden_tables_and_the_title(events_db, serve):
    served = serve(events_db)
    page = served.get("/anugerah/award_events.json").json()
    facets = {name: {r["value"]: r["count"] for r in facet["results"]}
              for name, facet in page["facet_results"].items()}
    assert facets == {"award": {"Paritrana Award": 4, "Adipura": 1},
                      "award_year": {2024: 4, 2023: 1},
                      "province": {"Jawa Timur": 3, "Kalimantan Timur": 2},
                      "level": {"provinsi": 3, "nasional": 2}}
    dates = [row[page["columns"].index("event_date")] for row in page["rows"]]
    assert dates == sorted(dates, reverse=True) and dates[-1] == "2024-02-28"
    assert set(served.get("/anugerah/awards.json").json()["facet_results"]) == {
        "award", "award_year", "province", "level"}

    tables = {t["name"]: t["hidden"] for t in served.get("/anugerah.json").json()["tables"]}
    assert not any(tables[t] for t in ("award_events", "awards", "articles",
                                       "award_event_sources", "runs"))
    assert all(tables[t] for t in ("pages", "frontier", "urls", "articles_fts_data"))

    meta = served.get("/-/metadata.json").json()
    assert meta["title"].startswith("Anugerah")
    assert meta["source"] == "The press releases linked in each record"
    assert meta["title"] in served.get("/").text
    html = served.get("/anugerah/winners_by_province", province="Jawa Timur").text
    assert "Winners by province" in html
    assert "<script>alert(" not in html and "Desa &lt;script&gt;alert(" in html


def test_lookup_names_hold_the_forms_users_type_and_are_rewritten_only_on_change(events_db):
    from pipeline.store.lookups import refresh_lookup_names

    db = open_db(str(events_db))
    refresh_lookup_names(db)
    names = dict(((kind, form), name) for kind, form, name in db.execute(
        "SELECT kind, form, name FROM lookup_names"))
    assert names[("province", "jatim")] == "Jawa Timur"
    assert names[("province", "diy")] == "Daerah Istimewa Yogyakarta"
    assert names[("award", "kla")] == "Kota Layak Anak"
    before = db.conn.total_changes
    refresh_lookup_names(db)
    assert db.conn.total_changes == before
    db.close()
