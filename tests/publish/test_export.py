"""``anugerah export``: the CSV, JSON, TimelineJS, HTML and PNG exports of the
award events, their escaping of article text, and the command itself."""
from __future__ import annotations

import csv
import html
import json
import re

import pytest
from bs4 import BeautifulSoup

from extractors.record import FIELDS
from pipeline.publish.export import CSV_COLUMNS, export_all, timelinejs
from pipeline.publish.winners import find_events
from pipeline.store.database import open_db

FILES = {"awards.csv", "awards.json", "timeline.json", "timeline.html", "timeline.png",
         "metadata.yml"}
BOJONEGORO = "paritrana-award/2024/provinsi/kabupaten-bojonegoro/2025-07-29"
MARKUP = 'Desa <script>alert("x")</script> & "Maju"'
ISLAND = re.compile(r'<script type="application/json" id="events">(.*?)</script>', re.S)
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _export(db_path, out):
    db = open_db(str(db_path))
    try:
        return export_all(db, out)
    finally:
        db.close()


@pytest.fixture()
def exported(events_db, tmp_path):
    """File name -> path of the exports of the events_db fixture."""
    return _export(events_db, tmp_path / "out")


@pytest.fixture()
def events(events_db):
    db = open_db(str(events_db))
    try:
        return find_events(db, evidence=True)
    finally:
        db.close()


def _page_parts(page: str) -> tuple[str, str]:
    """(the JSON island, the page without it)."""
    [island] = ISLAND.findall(page)
    return island, ISLAND.sub("", page)


def test_export_writes_every_file_and_nothing_else(exported, tmp_path):
    assert set(exported) == FILES
    assert {p.name for p in (tmp_path / "out").iterdir()} == FILES  # no temporary files left
    # Datasette's metadata names the database exported (its file's stem)
    assert "\n  anugerah:\n" in (tmp_path / "out" / "metadata.yml").read_text(encoding="utf-8")


def test_csv_has_one_row_per_event_with_every_field_and_its_sources(exported):
    with open(exported["awards.csv"], encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = {row["id"]: row for row in reader}
    assert reader.fieldnames == list(CSV_COLUMNS)
    assert reader.fieldnames[:len(FIELDS)] == list(FIELDS)
    assert len(rows) == 5
    bojonegoro = rows[BOJONEGORO]
    assert bojonegoro["awardee"] == "Kabupaten Bojonegoro" and bojonegoro["rank"] == "1"
    assert bojonegoro["source_count"] == "3"
    assert bojonegoro["sources"].split(" | ") == [
        f"https://portal{n}.example/berita/{n}" for n in (1, 2, 3)]
    assert json.loads(bojonegoro["conflicts"])["venue"]["Hotel Vasa, Surabaya"] == [
        "https://portal2.example/berita/2"]
    tuban = next(r for r in rows.values() if r["awardee"] == "Kabupaten Tuban")
    assert tuban["conflicts"] == "" and tuban["recipient"] == ""
    # a spreadsheet gets the text as the article had it, not HTML-escaped
    assert any(r["awardee"] == MARKUP for r in rows.values())


def test_json_holds_every_event_with_sources_and_evidence(exported):
    data = json.loads(exported["awards.json"].read_text(encoding="utf-8"))
    assert len(data) == 5
    bojonegoro = next(e for e in data if e["id"] == BOJONEGORO)
    assert set(FIELDS) <= set(bojonegoro)
    assert bojonegoro["source_count"] == 3 and len(bojonegoro["sources"]) == 3
    assert [e["title"] for e in bojonegoro["evidence"]] == ["Berita 1", "Berita 2", "Berita 3"]
    assert any(e["awardee"] == MARKUP for e in data)


def test_timeline_json_is_timelinejs3_shaped(exported):
    data = json.loads(exported["timeline.json"].read_text(encoding="utf-8"))
    assert data["title"]["text"]["headline"]
    assert len(data["events"]) == 5
    for slide in data["events"]:
        assert isinstance(slide["start_date"]["year"], int)
        assert all(isinstance(v, int) for v in slide["start_date"].values())
        assert slide["text"]["headline"] and slide["text"]["text"]
    assert len({s["unique_id"] for s in data["events"]}) == 5
    bojonegoro = next(s for s in data["events"] if s["unique_id"] == BOJONEGORO)
    assert bojonegoro["start_date"] == {"year": 2025, "month": 7, "day": 29}
    assert bojonegoro["group"] == "Paritrana Award"
    assert bojonegoro["text"]["text"].count('<a href="https://portal') == 3


def test_events_without_a_ceremony_date_are_placed_in_their_award_year(events):
    event = {**events[0], "event_date": None, "award_year": 2023}
    reported = {**event, "award_year": None, "first_published": "2024-03-01T08:00:00+07:00"}
    undated = {**reported, "first_published": None}
    slides = timelinejs([event, reported, undated])["events"]
    assert [s["start_date"] for s in slides] == [{"year": 2023}, {"year": 2024}]
    assert [s["display_date"] for s in slides] == ["2023 (award year)", "2024 (first reported)"]


def test_timeline_json_escapes_article_text(exported):
    data = json.loads(exported["timeline.json"].read_text(encoding="utf-8"))
    for slide in data["events"]:
        for part in (slide["text"]["headline"], slide["text"]["text"]):
            assert "<script" not in part.lower()
    headlines = [s["text"]["headline"] for s in data["events"]]
    assert html.escape(MARKUP) in headlines


def test_timeline_json_escapes_source_urls_and_titles(events):
    event = {**events[0], "sources": ['https://x.example/a"onmouseover="alert(1)'],
             "evidence": [{"url": 'https://x.example/a"onmouseover="alert(1)',
                           "title": "<img src=x onerror=alert(1)>", "sentences": []}]}
    text = timelinejs([event])["events"][0]["text"]["text"]
    assert 'href="https://x.example/a&quot;onmouseover=&quot;alert(1)"' in text
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text


def test_html_keeps_article_markup_inside_the_escaped_json_island(exported):
    page = exported["timeline.html"].read_text(encoding="utf-8")
    island, rest = _page_parts(page)
    assert "alert" not in rest and "Maju" not in rest
    assert not set("<>&") & set(island)
    assert r'\u003cscript\u003ealert' in island
    data = json.loads(island)
    assert MARKUP in [e["awardee"] for e in data]
    # The evidence sentence with <b> and <script> survives as text, too.
    sentences = [s for e in data for src in e["sources"] for s in src["sentences"]]
    assert 'Desa <b>Maju</b> "juara" <script>alert(1)</script>' in sentences
    assert page.lower().count("</script>") == 2  # the island and the page's own script


def test_html_makes_no_network_references(exported):
    island, rest = _page_parts(exported["timeline.html"].read_text(encoding="utf-8"))
    assert "http://" not in rest and "https://" not in rest
    soup = BeautifulSoup(rest, "html.parser")
    assert not soup.find_all("link")
    assert not soup.find_all(src=True)
    assert not [a for a in soup.find_all(href=True) if not a["href"].startswith("#")]
    assert "@import" not in rest and "url(" not in rest
    assert "https://portal1.example/berita/1" in island  # the data keeps its links


def test_png_is_a_chart_of_nontrivial_size(exported):
    from matplotlib.image import imread

    data = exported["timeline.png"].read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 10_000
    height, width = imread(exported["timeline.png"]).shape[:2]
    assert width >= 800 and height >= 400


def test_an_empty_database_exports_empty_files_and_a_no_events_chart(tmp_path):
    open_db(str(tmp_path / "empty.db")).close()
    paths = _export(tmp_path / "empty.db", tmp_path / "out")
    assert paths["awards.csv"].read_text(encoding="utf-8").strip() == ",".join(CSV_COLUMNS)
    assert json.loads(paths["awards.json"].read_text(encoding="utf-8")) == []
    assert json.loads(paths["timeline.json"].read_text(encoding="utf-8"))["events"] == []
    island, _ = _page_parts(paths["timeline.html"].read_text(encoding="utf-8"))
    assert json.loads(island) == []
    png = paths["timeline.png"].read_bytes()
    assert png.startswith(PNG_MAGIC) and len(png) > 5_000


def test_a_failed_export_leaves_the_previous_files_whole(events_db, tmp_path, monkeypatch):
    out = tmp_path / "out"
    before = {name: path.read_bytes() for name, path in _export(events_db, out).items()}

    def broken(events):
        raise RuntimeError("disk full")

    monkeypatch.setattr("pipeline.publish.chart.render_chart", broken)
    with pytest.raises(RuntimeError):
        _export(events_db, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_export_command_writes_every_file(cli, events_db, tmp_path):
    out = tmp_path / "exports"
    proc = cli("export", "--db", str(events_db), "--out", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode().splitlines()
    assert sorted(lines) == sorted(f"wrote {out / name}" for name in FILES)
    assert {p.name for p in out.iterdir()} == FILES


def test_export_command_without_a_database_says_so_in_one_line(cli, tmp_path):
    missing = tmp_path / "nowhere.db"
    proc = cli("export", "--db", str(missing), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"no database at {missing}" in err and "make demo" in err
    assert not missing.exists() and not (tmp_path / "out").exists()
