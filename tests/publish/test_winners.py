"""`anugerah winners` and `anugerah search` over a database: the filters
journalists ask by, the JSON contract, and one-line errors."""
import json

from extractors.record import FIELDS

BOJONEGORO_URLS = [f"https://portal{n}.example/berita/{n}" for n in (1, 2, 3)]


def winners(cli, db, *args):
    done = cli("winners", "--db", str(db), "--format", "json", *args)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def test_json_is_one_array_of_events_with_every_field_and_their_sources(cli, events_db):
    events = winners(cli, events_db)
    assert len(events) == 5
    for event in events:
        assert set(FIELDS) <= set(event) and isinstance(event["sources"], list)
    [bojonegoro] = [e for e in events if e["awardee"] == "Kabupaten Bojonegoro"]
    assert sorted(bojonegoro["sources"]) == BOJONEGORO_URLS
    assert bojonegoro["source_count"] == 3 and bojonegoro["rank"] == 1
    assert [e["event_date"] for e in events] == sorted(e["event_date"] for e in events)


def test_province_abbreviation_and_awardee_part_in_any_case(cli, events_db):
    jatim = winners(cli, events_db, "--province", "jatim")
    assert {e["province"] for e in jatim} == {"Jawa Timur"} and len(jatim) == 3
    for query in ("bojonegoro", "Pemkab Bojonegoro", "KABUPATEN BOJONEGORO"):
        assert [e["awardee"] for e in winners(cli, events_db, "--awardee", query)] == [
            "Kabupaten Bojonegoro"]
    assert [e["awardee"] for e in winners(cli, events_db, "--province", "Kaltim",
                                          "--award", "adipura")] == ["Kota Balikpapan"]


def test_level_rank_year_and_date_range(cli, events_db):
    national = winners(cli, events_db, "--level", "nasional", "--since", "2024",
                       "--until", "2024-12")
    assert [e["awardee"] for e in national] == ["Kota Balikpapan", "Provinsi Kalimantan Timur"]
    assert [e["awardee"] for e in winners(cli, events_db, "--award", "Paritrana",
                                          "--rank", "1")] == ["Kabupaten Bojonegoro"]
    assert winners(cli, events_db, "--year", "2023")[0]["award"] == "Adipura"
    assert winners(cli, events_db, "--since", "2025-08-01", "--until", "2025-12-31") == []


def test_sources_give_the_articles_and_evidence_sentences(cli, events_db):
    [event] = winners(cli, events_db, "--awardee", "tuban", "--sources")
    assert event["evidence"] == [{
        "url": BOJONEGORO_URLS[0], "title": "Berita 1",
        "sentences": ["Pemkab Bojonegoro meraih peringkat pertama Paritrana Award."]}]
    table = cli("winners", "--db", str(events_db), "--awardee", "tuban", "--sources")
    out = table.stdout.decode()
    assert "Kabupaten Tuban" in out and BOJONEGORO_URLS[0] in out and "1 award events" in out


def test_table_shows_markup_from_articles_as_text(cli, events_db):
    out = cli("winners", "--db", str(events_db), "--rank", "3", "--province",
              "Jawa Timur").stdout.decode()
    assert '<script>alert("x")</script>' in out


def test_errors_are_one_line_and_no_database_is_created(cli, events_db, tmp_path):
    for args, message in ((["--province", "Narnia"], "no province called 'Narnia'"),
                          (["--since", "kemarin"], "not a date"),
                          (["--award", "Nobel"], "no award called 'Nobel'")):
        done = cli("winners", "--db", str(events_db), *args)
        err = done.stderr.decode()
        assert done.returncode == 2 and message in err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    missing = tmp_path / "none.db"
    done = cli("search", "paritrana", "--db", str(missing))
    assert done.returncode == 2 and "no database at" in done.stderr.decode()
    assert not missing.exists()


def test_search_finds_articles_with_snippets_and_their_awards(cli, events_db):
    done = cli("search", "berita", "4", "--db", str(events_db), "--format", "json")
    [hit] = json.loads(done.stdout)
    assert hit["url"] == "https://portal4.example/berita/4"
    assert "[berita]" in hit["snippet"].lower() and "[4]" in hit["snippet"]
    assert [a["awardee"] for a in hit["awards"]] == ["Provinsi Kalimantan Timur"]
    # characters that mean something to FTS5 are searched as text, not a syntax error
    done = cli("search", 'penghargaan"', "AND", "-", "--db", str(events_db))
    assert done.returncode == 0 and "articles" in done.stdout.decode()
    text = cli("search", "Berita", "--db", str(events_db), "--limit", "2").stdout.decode()
    assert "2 articles" in text and "[Berita]" in text
