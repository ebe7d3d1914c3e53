"""Shared fixtures: the extraction pipeline is built once per test session."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"


@pytest.fixture(scope="session")
def nlp():
    from extractors.pipeline import nlp as build

    return build()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, title=None, published=None) -> list of record dicts."""
    from extractors.records import extract_records

    def run(text: str, title: str | None = None, published: str | None = None) -> list[dict]:
        return [r.to_dict() for r in extract_records(text, title, published)]

    return run


@pytest.fixture(scope="session")
def analyse_one(nlp):
    """The analysed candidate sentence of a one-sentence text."""
    from extractors.sentences import analyse

    def run(sentence: str):
        found = analyse(sentence)
        assert len(found) == 1, f"not one candidate sentence: {sentence!r}"
        return found[0]

    return run


@pytest.fixture()
def cli():
    """Run ``python -m pipeline`` with arguments and optional stdin."""
    import subprocess

    def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
        data = stdin.encode() if isinstance(stdin, str) else stdin
        return subprocess.run([sys.executable, "-m", "pipeline", *args], input=data,
                              capture_output=True, cwd=ROOT, timeout=120)

    return run


def _record(**values) -> dict:
    base = {"award": "Paritrana Award", "award_year": 2024, "level": "provinsi",
            "category": "Pemerintah Kabupaten/Kota", "awardee": "Kabupaten Bojonegoro",
            "awardee_type": "kabupaten", "rank": 1, "province": "Jawa Timur",
            "event_date": "2025-07-29", "venue": "Vasa Hotel Surabaya",
            "presenter": "Emil Dardak", "presenter_title": "Wakil Gubernur Jawa Timur",
            "recipient": None, "evidence": [{"text": "Pemkab Bojonegoro meraih peringkat "
                                             "pertama Paritrana Award.", "start": 0,
                                             "end": 60}]}
    return {**base, **values}


# (article number, published, records): the same Bojonegoro win reported by
# three portals; Tuban second; a national Paritrana round; an Adipura in
# Kalimantan Timur; an awardee whose name and evidence carry markup.
EVENTS_ARTICLES = [
    (1, "2025-07-29", [_record(), _record(awardee="Kabupaten Tuban", rank=2)]),
    (2, "2025-07-30", [_record(venue="Hotel Vasa, Surabaya")]),
    (3, "2025-07-31", [_record(rank=None)]),
    (4, "2024-12-10", [_record(award_year=2024, level="nasional", province="Kalimantan Timur",
                               awardee="Provinsi Kalimantan Timur", awardee_type="provinsi",
                               rank=3, category="Pemerintah Provinsi",
                               event_date="2024-12-09", venue="Istana Wakil Presiden, Jakarta",
                               presenter="Gibran Rakabuming Raka",
                               presenter_title="Wakil Presiden")]),
    (5, "2024-02-28", [_record(award="Adipura", award_year=2023, level="nasional",
                               category="Adipura Kencana", awardee="Kota Balikpapan",
                               awardee_type="kota", rank=None, province="Kalimantan Timur",
                               event_date="2024-02-28", venue="Gedung Manggala Wanabakti",
                               presenter="Siti Nurbaya Bakar",
                               presenter_title="Menteri Lingkungan Hidup dan Kehutanan")]),
    (6, "2025-08-02", [_record(awardee='Desa <script>alert("x")</script> & "Maju"',
                               awardee_type="desa", rank=3, category="Pemerintah Desa",
                               evidence=[{"text": 'Desa <b>Maju</b> "juara" <script>'
                                                  'alert(1)</script>', "start": 0,
                                          "end": 40}])]),
]


@pytest.fixture()
def events_db(tmp_path):
    """Path of a database holding EVENTS_ARTICLES and their award events:
    5 events (the Bojonegoro win from three portals is one)."""
    from pipeline.store.database import open_db, save_article
    from pipeline.store.events import update_events

    path = tmp_path / "anugerah.db"
    db = open_db(str(path))
    for n, published, records in EVENTS_ARTICLES:
        url = f"https://portal{n}.example/berita/{n}"
        save_article(db, {"id": url, "url": url, "title": f"Berita {n}", "published": published,
                          "text": f"Teks berita {n} tentang penghargaan."}, records)
    update_events(db)
    db.close()
    return path
