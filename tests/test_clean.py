"""Cleaning: the main text of press-release pages against the expected text
written for them, boilerplate out, credits kept as metadata."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import ROOT
from extractors.text import is_noise
from pipeline.boilerplate import strip_boilerplate
from pipeline.clean import clean_page
from pipeline.crawl.charset import decode
from pipeline.crawl.mirror import SITE_DIR, Renderer, _Templates, load_sites

PAGES = sorted((ROOT / "corpus" / "pages").glob("*.html"))


def token_f1(found: str, expected: str) -> float:
    a, b = Counter(re.findall(r"\w+", found.lower())), Counter(re.findall(r"\w+", expected.lower()))
    tp = sum((a & b).values())
    if not tp:
        return 0.0
    precision, recall = tp / sum(a.values()), tp / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def boilerplate_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip() and is_noise(line)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_fixture_pages_give_their_expected_text(page):
    cleaned = clean_page(decode(page.read_bytes(), None)[0])
    expected = page.with_suffix(".txt").read_text(encoding="utf-8")
    assert token_f1(cleaned.text, expected) >= 0.95
    assert boilerplate_lines(cleaned.text) == []


def test_credits_leave_the_text_and_stay_as_metadata():
    page = ROOT / "corpus" / "pages" / "d-pa-ntb-2025-sumbawa-barat.html"
    cleaned = clean_page(decode(page.read_bytes(), None)[0])
    assert cleaned.credits == {"penulis": "Lalu Hamdi", "editor": "Baiq Nurul"}
    assert "Penulis:" not in cleaned.text


def test_every_page_of_the_bundled_mirror_cleans_to_its_paragraphs():
    sites = load_sites()
    assert len(sites) == 3
    for site in sites:
        renderer = Renderer(site, _Templates(SITE_DIR / "templates"))
        for post in site.posts:
            cleaned = clean_page(renderer.article(post))
            expected = "\n".join(p for p in post.paragraphs if not is_noise(p))
            assert token_f1(cleaned.text, expected) >= 0.95, post.slug
            assert boilerplate_lines(cleaned.text) == [], post.slug


def test_boilerplate_lines_go_and_fact_lines_stay():
    text = ("PALU – Kota Palu meraih Juara I Paritrana Award Provinsi Sulawesi Tengah 2024.\n\n"
            "Baca Juga: Pemkot Palu Tanggung Iuran Nelayan\n\n"
            "Foto: Wali Kota Palu menerima trofi. (Humas)\n\n"
            "Penghargaan diserahkan Gubernur Sulawesi Tengah di Palu.\n\n"
            "Penulis: Rahmat | Editor: Dewi\n\n"
            "Bagikan: Facebook Twitter WhatsApp\n"
            "Tim juri menilai dukungan anggaran daerah.Pemerintahan")
    cleaned, credits = strip_boilerplate(text)
    assert cleaned.split("\n\n") == [
        "PALU – Kota Palu meraih Juara I Paritrana Award Provinsi Sulawesi Tengah 2024.",
        "Penghargaan diserahkan Gubernur Sulawesi Tengah di Palu.",
        "Tim juri menilai dukungan anggaran daerah."]
    assert credits == {"penulis": "Rahmat", "editor": "Dewi"}


def test_a_related_link_run_into_a_line_goes_and_the_story_after_it_stays():
    text = ("Kota Solok meraih penghargaan koperasi terbaik.\n\n"
            "Baca juga: Lima Ponsel Murah Paling Laris Tahun Ini! Adapun koperasi lain yang juga "
            "menerima penghargaan yakni KSP Maju Bersama dan KSU Tani Makmur.")
    cleaned, _ = strip_boilerplate(text)
    assert cleaned.split("\n\n") == [
        "Kota Solok meraih penghargaan koperasi terbaik.",
        "Adapun koperasi lain yang juga menerima penghargaan yakni KSP Maju Bersama dan KSU Tani "
        "Makmur."]


def test_a_site_s_prune_xpath_drops_a_block_trafilatura_would_keep():
    paragraphs = ["Kota Bontang meraih Juara I Paritrana Award Provinsi Kalimantan Timur 2025 "
                  "yang diserahkan Wakil Gubernur di Samarinda, Selasa (5/8/2025).",
                  "Wali Kota Bontang menyebut iuran pekerja rentan ditanggung APBD kota "
                  "sejak awal tahun, termasuk nelayan dan petugas kebersihan."]
    box = "Program unggulan: jaminan sosial bagi seluruh ketua RT di kota ini sejak 2023."
    html = ("<html><head><title>Bontang Juara</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + f'<div class="sorotan"><p>{box}</p></div></article></body></html>')
    assert box in clean_page(html).text
    pruned = clean_page(html, prune_xpath=["//div[@class='sorotan']"]).text
    assert box not in pruned and all(p in pruned for p in paragraphs)


WINNERS_TABLE = """<html><head><title>Pemenang Paritrana Award Jawa Tengah 2024</title></head>
<body><article><h1>Pemenang Paritrana Award Jawa Tengah 2024</h1>
<p>SEMARANG – Gubernur Jawa Tengah menyerahkan Paritrana Award Provinsi Jawa Tengah 2024 kepada
para pemenang di Gedung Gradhika Bhakti Praja, Semarang, Kamis (11/7/2024). Berikut daftar
pemenangnya:</p>
<table><tr><th>Peringkat</th><th>Kategori Pemerintah Kabupaten/Kota</th></tr>
<tr><td>Juara 1</td><td>Kabupaten Kudus</td></tr>
<tr><td>Juara 2</td><td>Kota Semarang</td></tr></table>
<p>Kategori desa:</p>
<table><tr><td>No</td><td>Desa</td><td>Nilai</td></tr>
<tr><td>1</td><td>Desa Lerep</td><td>95,2</td></tr>
<tr><td>2</td><td>Desa Gogik</td><td>93,1</td></tr></table>
<p>Penghargaan ini diberikan setiap tahun kepada pemerintah daerah yang melindungi pekerja
rentan. Pemerintah provinsi berharap capaian ini mendorong daerah lain.</p>
</article></body></html>"""


def test_a_table_of_winners_is_read_as_a_list(extract):
    cleaned = clean_page(WINNERS_TABLE, "http://example.test/pemenang", "2024-07-12")
    lines = cleaned.text.split("\n")
    assert "Juara 1 – Kabupaten Kudus" in lines and "1. Desa Lerep – 95,2" in lines
    assert not any(line.startswith("|") or line.startswith("No –") for line in lines)
    recs = {r["awardee"]: r for r in extract(cleaned.text, title=cleaned.title,
                                               published=cleaned.published)}
    assert recs["Kabupaten Kudus"]["rank"] == 1 and recs["Kota Semarang"]["rank"] == 2
    assert {"Desa Lerep", "Desa Gogik"} <= set(recs)
