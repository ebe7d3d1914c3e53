"""The ``extract`` command's contract and its handling of bad input."""
import json

GOOD = {"id": "a1", "url": "https://example.go.id/a1", "title": "Bontang Juara",
        "published": "2025-08-06",
        "text": "SAMARINDA – Pemerintah Kota Bontang meraih Juara 1 Paritrana Award Provinsi "
                "Kalimantan Timur Tahun 2025. Penghargaan diserahkan oleh Wakil Gubernur "
                "Kalimantan Timur Seno Aji di Kantor Gubernur, Selasa (5/8/2025)."}


def lines(*objs) -> str:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs)


def out_lines(proc) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines()]


def test_one_output_line_per_article_in_input_order(cli):
    neg = dict(GOOD, id="a2", text="Bupati meresmikan pasar di Kecamatan Lais, Senin (4/8/2025).")
    proc = cli("extract", "-", stdin=lines(GOOD, neg, dict(GOOD, id=3)))
    assert proc.returncode == 0, proc.stderr
    out = out_lines(proc)
    assert [o["id"] for o in out] == ["a1", "a2", "3"]
    assert out[1]["records"] == []
    [record] = out[0]["records"]
    assert record["awardee"] == "Kota Bontang" and record["presenter"] == "Seno Aji"
    assert set(record) >= {"award", "award_year", "level", "category", "awardee",
                           "awardee_type", "rank", "province", "event_date", "venue",
                           "presenter", "presenter_title", "recipient", "evidence"}


def test_unreadable_lines_are_reported_and_the_rest_still_processed(cli):
    proc = cli("extract", "-", stdin=lines("{not json", {"text": "tanpa id"}, "[1, 2]", GOOD))
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "line 1: not valid JSON" in err
    assert 'line 2: no "id"' in err
    assert "line 3: not a JSON object" in err
    assert [o["id"] for o in out_lines(proc)] == ["a1"]
    assert out_lines(proc)[0]["records"]


def test_unusable_texts_are_reported_but_the_run_succeeds(cli):
    garbage = "".join(chr(c) for c in range(1, 9)) * 500 + "\ufffd" * 500
    english = ("The city council met on Monday to discuss the new budget for road repairs "
               "and the annual festival that the mayor announced last week in the town hall. "
               * 3)
    proc = cli("extract", "-", stdin=lines(dict(GOOD, id="empty", text="   \n "),
                                           dict(GOOD, id="binary", text=garbage),
                                           dict(GOOD, id="english", text=english), GOOD))
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert "line 1 (id empty): empty text" in err
    assert "line 2 (id binary): text looks like binary data" in err
    assert "line 3 (id english): text does not look like Indonesian" in err
    out = out_lines(proc)
    assert [o["id"] for o in out] == ["empty", "binary", "english", "a1"]
    assert [bool(o["records"]) for o in out] == [False, False, False, True]


def test_a_page_that_is_mostly_a_list_of_winners_is_read(cli):
    names = ", ".join(f"Kabupaten {n}" for n in (
        "Sikka", "Ende", "Alor", "Belu", "Malaka", "Lembata", "Kupang", "Nagekeo", "Ngada",
        "Manggarai", "Sumba Barat", "Sumba Timur", "Rote Ndao", "Sabu Raijua"))
    text = (f"Predikat Pratama KLA 2024 diraih {names}.\nPenghargaan diserahkan Menteri PPPA "
            "di Jakarta, Selasa (23/7/2024).")
    proc = cli("extract", "-", stdin=lines(dict(GOOD, id="list", text=text,
                                                 title="Daftar Daerah Layak Anak 2024")))
    assert "does not look like Indonesian" not in proc.stderr.decode()
    assert len(out_lines(proc)[0]["records"]) == 14


def test_a_five_megabyte_text_is_cut_and_reported(cli):
    filler = " Warga berkumpul di balai desa untuk rapat rutin."  # ~5 MB below
    huge = dict(GOOD, id="huge", text=GOOD["text"] + filler * 110_000)
    proc = cli("extract", "-", stdin=lines(huge))
    assert proc.returncode == 0
    assert "line 1 (id huge): text of" in proc.stderr.decode()
    assert out_lines(proc)[0]["records"][0]["awardee"] == "Kota Bontang"


def test_binary_bytes_on_input_do_not_stop_the_run(cli):
    proc = cli("extract", "-", stdin=b"\xff\xfe\x00\x01garbage\n" + lines(GOOD).encode())
    assert proc.returncode == 1
    assert [o["id"] for o in out_lines(proc)] == ["a1"]


def test_html_instead_of_text_is_cleaned_first(cli):
    body = "".join(f"<p>{s}.</p>" for s in GOOD["text"].split(". "))
    html = (f"<html><head><title>Bontang</title></head><body><nav>Beranda</nav><article>"
            f"<h1>Bontang Juara</h1>{body}</article><footer>Hak cipta</footer></body></html>")
    page = {k: v for k, v in GOOD.items() if k != "text"} | {"html": html}
    proc = cli("extract", "-", stdin=lines(page))
    assert proc.returncode == 0, proc.stderr
    assert out_lines(proc)[0]["records"][0]["awardee"] == "Kota Bontang"


def test_a_missing_file_is_one_clear_line(cli):
    proc = cli("extract", "no/such/file.jsonl")
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == (
        "anugerah: cannot read no/such/file.jsonl: No such file or directory")


def test_load_stores_articles_and_records_and_a_rerun_changes_nothing(cli, tmp_path):
    import sqlite_utils

    src = tmp_path / "articles.jsonl"
    src.write_text(lines(GOOD, dict(GOOD, id="a2", text="Bupati meresmikan pasar, Senin.")))
    db_path = tmp_path / "a.db"
    for _ in range(2):
        proc = cli("load", str(src), "--db", str(db_path))
        assert proc.returncode == 0, proc.stderr
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 2
    rows = list(db["awards"].rows)
    assert [(r["article_id"], r["awardee"], r["rank"]) for r in rows] == [("a1", "Kota Bontang", 1)]
    assert json.loads(rows[0]["evidence"])[0]["text"].startswith("SAMARINDA")


def test_an_article_whose_reading_does_not_end_is_reported_and_the_run_goes_on(monkeypatch):
    import io
    import time

    import extractors.records
    import pipeline.extract

    real = extractors.records.extract_records

    def stuck_on_a2(text, title=None, published=None):
        give_up = time.monotonic() + 5  # (so that the test fails, not hangs, without a budget)
        while "Lais" in text and time.monotonic() < give_up:  # a reading that does not end
            time.sleep(0.01)
        return real(text, title, published)

    monkeypatch.setattr(extractors.records, "extract_records", stuck_on_a2)
    monkeypatch.setattr(pipeline.extract, "PAGE_BUDGET_SECONDS", 0.5)
    stuck = dict(GOOD, id="a2", text="Bupati meresmikan pasar di Kecamatan Lais, Senin (4/8/2025).")
    out, err = io.StringIO(), io.StringIO()
    assert pipeline.extract.extract_stream(io.StringIO(lines(stuck, GOOD)), out, err) == 1
    assert "id a2" in err.getvalue() and "took longer than 0.5 s" in err.getvalue()
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["a2", "a1"]
    assert json.loads(out.getvalue().splitlines()[1])["records"]


def test_the_pipeline_built_for_the_first_article_stays_out_of_the_collectors_scans(monkeypatch):
    import gc

    import pipeline.extract
    from pipeline.articles import Article

    monkeypatch.setattr(pipeline.extract, "_settled", False)
    gc.unfreeze()
    article = Article(GOOD["id"], GOOD["url"], GOOD["title"], GOOD["published"], GOOD["text"], 1)
    records, problem = pipeline.extract.records_of(article)
    assert records and problem is None
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the spaCy pipeline and the rule tables
    pipeline.extract.records_of(article)
    assert gc.get_freeze_count() == frozen  # once per process, not once per article
