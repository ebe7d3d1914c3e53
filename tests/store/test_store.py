"""The SQLite store: migrations, idempotent loads, re-extraction when the
rules change, full-text search and the cross-source award events."""
import json
import sqlite3

import pytest

from pipeline.progress import Reporter
from pipeline.store.database import PageWriter, open_db, save_article, write_article
from pipeline.store.events import count_events, update_events
from pipeline.store.schema import MIGRATIONS, schema_version

BOJONEGORO = ("BOJONEGORO – Pemkab Bojonegoro meraih peringkat pertama Paritrana Award "
              "Provinsi Jawa Timur 2024 kategori Pemerintah Kabupaten/Kota. Penghargaan "
              "diserahkan Wakil Gubernur Jawa Timur Emil Dardak di Vasa Hotel Surabaya, "
              "Selasa (29/7/2025).")


def record(**values):
    base = {"award": "Paritrana Award", "award_year": 2024, "level": "provinsi",
            "category": "Pemerintah Kabupaten/Kota", "awardee": "Kabupaten Bojonegoro",
            "awardee_type": "kabupaten", "rank": 1, "province": "Jawa Timur",
            "event_date": "2025-07-29", "venue": "Vasa Hotel Surabaya",
            "presenter": "Emil Dardak", "presenter_title": "Wakil Gubernur Jawa Timur",
            "recipient": None, "evidence": []}
    return {**base, **values}


def article(n, published="2025-07-30", text="..."):
    url = f"https://portal{n}.example/berita/{n}"
    return {"id": url, "url": url, "title": f"Berita {n}", "published": published,
            "text": text}


def dump(db):
    """Every row of the content tables, without the time stamps of a load."""
    out = {}
    for table in ("articles", "awards", "award_events", "award_event_sources"):
        rows = db.query(f"SELECT * FROM {table} ORDER BY 1, 2")
        out[table] = [{k: v for k, v in r.items() if k != "cleaned_at"} for r in rows]
    return out


def test_a_new_database_gets_every_migration_and_foreign_keys(tmp_path):
    db = open_db(str(tmp_path / "a.db"))
    assert schema_version(db) == len(MIGRATIONS)
    assert {"sources", "pages", "articles", "awards", "award_events", "runs",
            "articles_fts", "awards_fts"} <= set(db.table_names())
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexed = {tuple(i.columns) for i in db["awards"].indexes}
    assert {("award",), ("award_year",), ("province",), ("awardee",), ("event_date",)} <= indexed
    with pytest.raises(sqlite3.IntegrityError), db.conn:
        db["awards"].insert({"article_id": "https://nowhere.example/", "award": "WTP"})


def test_a_database_of_the_first_layout_is_migrated_keeping_its_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT, title TEXT, published TEXT, "
        "text TEXT);"
        "CREATE TABLE awards (id INTEGER PRIMARY KEY, article_id TEXT REFERENCES articles(id), "
        "url TEXT, award TEXT, awardee TEXT);"
        "INSERT INTO articles VALUES ('u1', 'u1', 'Judul', '2025-07-30', 'Teks lama');"
        "INSERT INTO awards VALUES (1, 'u1', 'u1', 'Adipura', 'Kota Malang');")
    conn.commit()
    conn.close()
    db = open_db(str(path))
    assert schema_version(db) == len(MIGRATIONS)
    assert db.execute("SELECT awardee, extractor_version FROM awards").fetchall() == [
        ("Kota Malang", None)]
    assert db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'lama'"
                      ).fetchone()[0] == 1  # old rows are indexed too
    assert "text_hash" in db["articles"].columns_dict
    assert open_db(str(path)).execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == \
        len(MIGRATIONS)


def test_loading_the_same_input_twice_changes_nothing(tmp_path, extract):
    db = open_db(str(tmp_path / "a.db"))
    snapshots = []
    for _ in range(2):
        save_article(db, article(1, text=BOJONEGORO), extract(BOJONEGORO, None, "2025-07-30"))
        update_events(db)
        snapshots.append(dump(db))
    first = snapshots[0]
    assert dump(db) == first
    assert len(first["awards"]) == 1 and len(first["award_events"]) == 1


def test_a_new_extractor_version_replaces_the_article_s_awards(tmp_path, extract):
    from pipeline.ingest import refresh_stale

    db = open_db(str(tmp_path / "a.db"))
    save_article(db, article(1, text=BOJONEGORO), [record(awardee="Kota Lama")])
    db.execute("UPDATE articles SET extractor_version = 'older'")
    db.conn.commit()
    assert refresh_stale(db, Reporter(stream=None)) == 1
    assert [r["awardee"] for r in db.query("SELECT awardee FROM awards")] == [
        "Kabupaten Bojonegoro"]
    assert refresh_stale(db, Reporter(stream=None)) == 0
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    assert db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'Dardak'"
                      ).fetchone()[0] == 1


def test_full_text_search_over_articles_and_awards(tmp_path):
    db = open_db(str(tmp_path / "a.db"))
    save_article(db, article(1, text=BOJONEGORO), [record()])
    hits = db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'Vasa'").fetchall()
    assert len(hits) == 1
    assert db.execute("SELECT awardee FROM awards_fts WHERE awards_fts MATCH 'Dardak'"
                      ).fetchall() == [("Kabupaten Bojonegoro",)]
    save_article(db, article(1, text="Teks yang diperbarui"), [])
    assert db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'Vasa'"
                      ).fetchone()[0] == 0


def test_one_award_reported_by_several_portals_is_one_event(tmp_path):
    db = open_db(str(tmp_path / "a.db"))
    save_article(db, article(1, "2025-07-29"), [record()])
    save_article(db, article(2, "2025-07-30"), [record(venue="Hotel Vasa, Surabaya")])
    save_article(db, article(3, "2025-07-31"), [record(rank=None, level=None)])
    save_article(db, article(4, "2025-08-01"), [record(venue="Vasa Hotel Surabaya",
                                                       event_date="2025-07-30")])
    # a different ceremony a year later: its own event
    save_article(db, article(5, "2026-07-20"), [record(award_year=2025,
                                                       event_date="2026-07-19")])
    assert update_events(db) == 2
    [event] = db.query("SELECT * FROM award_events WHERE award_year = 2024")
    assert event["sources"] == 4
    assert (event["rank"], event["level"], event["venue"], event["event_date"]) == (
        1, "provinsi", "Vasa Hotel Surabaya", "2025-07-29")
    conflicts = json.loads(event["conflicts"])
    assert set(conflicts) == {"venue", "event_date"}
    assert conflicts["venue"]["Hotel Vasa, Surabaya"] == ["https://portal2.example/berita/2"]
    links = db.execute("SELECT COUNT(*) FROM award_event_sources WHERE event_id = ?",
                       [event["id"]]).fetchone()[0]
    assert links == 4


def test_one_awardee_winning_two_categories_at_one_ceremony_is_two_events(tmp_path):
    db = open_db(str(tmp_path / "a.db"))
    first = record(category="Pemerintah Kabupaten/Kota")
    save_article(db, article(1), [first, record(category="Usaha Kecil Mikro", rank=2)])
    save_article(db, article(2), [record(category="Pemerintah Kabupaten/Kota")])
    assert update_events(db) == 2
    events = {e["category"]: e for e in db.query("SELECT * FROM award_events")}
    assert (events["Pemerintah Kabupaten/Kota"]["sources"], events["Usaha Kecil Mikro"]["rank"]
            ) == (2, 2)
    assert not any(e["conflicts"] for e in events.values())


def test_events_follow_changed_records_as_a_full_recount_would(tmp_path):
    db = open_db(str(tmp_path / "a.db"))
    for n in range(1, 4):
        save_article(db, article(n, f"2025-07-{28 + n}"), [record()])
    save_article(db, article(4), [record(awardee="Kabupaten Tuban", rank=2)])
    save_article(db, article(5), [record(award="Adipura", level="nasional")])
    assert update_events(db) == 3
    assert update_events(db) == 0  # nothing changed since
    save_article(db, article(2, "2025-07-30"), [])  # a correction drops the record
    save_article(db, article(4), [record(awardee="Kabupaten Tuban", rank=3)])
    save_article(db, article(6), [record(awardee="Kota Madiun", rank=2)])
    assert update_events(db) == 3  # Bojonegoro, Tuban and Madiun; Adipura untouched
    incremental = dump(db)
    update_events(db, full=True)
    assert dump(db) == incremental
    assert count_events(db) == 4
    [bojonegoro] = db.query("SELECT * FROM award_events WHERE awardee = 'Kabupaten Bojonegoro'"
                            " AND award = 'Paritrana Award'")
    assert bojonegoro["sources"] == 2
    assert [r["rank"] for r in db.query("SELECT rank FROM award_events WHERE awardee = "
                                         "'Kabupaten Tuban'")] == [3]


def test_a_page_whose_write_fails_is_rolled_back_alone(tmp_path):
    path = str(tmp_path / "a.db")
    db = open_db(path)
    with PageWriter(db, pages=10) as writer:
        for n in (1, 2, 3):
            try:
                with writer.page():
                    write_article(db, article(n), [record()])
                    if n == 2:
                        raise ValueError("broken page")
            except ValueError:
                pass
    other = open_db(path)  # what another process sees once the writer is done
    assert [r[0] for r in other.execute("SELECT id FROM articles ORDER BY id")] == [
        article(1)["id"], article(3)["id"]]
    assert other.execute("SELECT COUNT(*) FROM awards").fetchone()[0] == 2
