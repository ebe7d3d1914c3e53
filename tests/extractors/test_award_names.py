"""Finding award names in raw text: whole words, any spacing, the longest
listed form first; the gate that spares a page naming no award from being
read at all."""
import pytest

from extractors.award import alias_pattern, names_an_award


def test_the_longest_listed_form_wins_and_only_whole_words_count():
    pattern = alias_pattern(["Paritrana", "Paritrana Award", "IGA"])
    assert pattern.search("meraih Paritrana  Award 2024").group() == "Paritrana  Award"
    assert pattern.search("meraih Paritrana Awards").group() == "Paritrana"
    assert pattern.search("ketiga kalinya") is None


def test_a_page_names_an_award_or_not():
    assert names_an_award("Kota Batu kembali meraih Adipura tahun ini.")
    assert names_an_award("Pemkab menerima penghargaan Citra Pelayanan Prima.")
    assert not names_an_award("Harga cabai di pasar induk turun menjelang akhir pekan.")


def test_each_written_form_names_one_award():
    """A form listed for two awards would make one mention two awards at
    once ("Penghargaan Kecelakaan Nihil" is Zero Accident, not also K3)."""
    from collections import Counter

    from extractors.lexicon import data_jsonl

    forms = Counter(alias for row in data_jsonl("awards.jsonl") for alias in set(row["aliases"]))
    assert [form for form, n in forms.items() if n > 1] == []


def test_the_inflation_team_s_award_written_out(extract):
    recs = extract("Kabupaten Tabalong menerima Tim Pengendalian Inflasi Daerah (TPID) Award 2024 dari "
                   "Presiden Joko Widodo di Istana Negara, Jakarta, Jumat (14/6/2024).",
                   published="2024-06-15")
    assert [(r["award"], r["awardee"]) for r in recs] == [("TPID Award", "Kabupaten Tabalong")]


def test_the_law_aware_village_s_medal_is_its_award(extract):
    recs = extract("Desa Kalianget, Kabupaten Situbondo, menerima medali Anubhawa Sasana Desa Tingkat "
                   "Provinsi Jawa Timur tahun 2024 di Batu, Selasa (30/7/2024).",
                   published="2024-07-31")
    assert [(r["award"], r["awardee"]) for r in recs] == [
        ("Desa/Kelurahan Sadar Hukum", "Desa Kalianget")]


def test_central_java_s_tourism_village_contest_is_one_award(extract):
    recs = extract("Hasil Gelar Desa Wisata Jawa Tengah 2022 diumumkan di Semarang, Sabtu (23/7/2022)."
                   " Juara 1 Gelar Desa Wisata Jateng 2022 diraih Kabupaten Magelang.",
                   published="2022-07-24")
    assert [(r["award"], r["awardee"], r["rank"]) for r in recs] == [
        ("Gelar Desa Wisata", "Kabupaten Magelang", 1)]


@pytest.mark.parametrize("placed", ["menempati peringkat dua", "menduduki posisi kedua"])
def test_the_ceremony_that_confers_an_unlisted_award_names_it(extract, placed):
    recs = extract(f"Bawaslu Provinsi Nusa Tenggara Barat {placed} kategori provinsi pada "
                   "Penganugerahan JDIH Bawaslu Terbaik 2023 di Jakarta, Selasa (21/11/2023). Ketua "
                   "Bawaslu RI Rahmat Bagja menyerahkan penghargaan itu.", published="2023-11-22")
    assert [(r["award"], r["awardee"], r["rank"]) for r in recs] == [
        ("JDIH Bawaslu", "Bawaslu Provinsi Nusa Tenggara Barat", 2)]


@pytest.mark.parametrize(("written", "award"), [("Jatim Award 2019", "Jatim Award"),
                                                ("Bupati Award 2019", "Bupati Award")])
def test_a_place_s_or_an_office_s_own_award_is_named(extract, written, award):
    recs = extract(f"MADIUN - Kota Madiun berhasil meraih {written} kategori pelayanan publik. Trofi "
                   "diserahkan Gubernur Jawa Timur Khofifah Indar Parawansa di Gedung Negara Grahadi "
                   "Surabaya, Senin (12/8/2019).", published="2019-08-13")
    assert [(r["award"], r["awardee"]) for r in recs] == [(award, "Kota Madiun")]


def test_a_child_friendly_facility_award_beside_kla_is_an_award_not_a_winner(extract):
    recs = extract("TOMOHON – Pemerintah Kota Tomohon meraih penghargaan Kota Layak Anak dan "
                   "Puskesmas Ramah Anak di Jakarta, Selasa (17/7/2018).", published="2018-07-19")
    assert [(r["award"], r["awardee"]) for r in recs] == [
        ("Kota Layak Anak", "Kota Tomohon"), ("Puskesmas Ramah Anak", "Kota Tomohon")]


def test_bodies_crowned_as_a_title_with_menjadi_win_it(extract):
    recs = extract("Jakarta (ANTARA News) - PT Bank Jatim Tbk dan PT Bank Jateng dinobatkan menjadi "
                   "BUMD Terbaik 2018 versi Majalah Top Business di Hotel Sultan, Jakarta, Jumat "
                   "(14/9/2018).", published="2018-09-15")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [
        ("PT Bank Jatim Tbk", "2018-09-14"), ("PT Bank Jateng", "2018-09-14")]


def test_an_english_name_keeps_its_article_after_a_joiner(extract):
    text = ("Bupati Kebumen menyerahkan penghargaan Inovator of The Year 2023 kepada Kecamatan Sempor "
            "di Pendopo Kebumen, Kamis (21/12/2023).")
    assert [r["award"] for r in extract(text, published="2023-12-22")] == ["Inovator of The Year"]


def test_a_tier_named_beside_a_listed_award_is_no_award_of_its_own(extract):
    text = ("Pemerintah Kota Bogor menerima penghargaan Predikat Nindya pada ajang penghargaan "
            "Kota Layak Anak (KLA) Tahun 2023 dari KemenPPPA pada 22 Juli 2023.")
    assert [r["award"] for r in extract(text, published="2023-08-18")] == ["Kota Layak Anak"]


def test_an_achievement_won_as_a_title_names_the_award(extract):
    text = ("Pada HUT Provinsi Sulawesi Utara di Lapangan Kantor Gubernur, Senin (14/10/2024), Desa "
            "Warembungan, Kecamatan Pineleng, Kabupaten Minahasa, sukses meraih prestasi sebagai "
            "Pelaksana Terbaik Program Pekarangan Lestari.")
    [rec] = extract(text, published="2024-10-14")
    assert (rec["awardee"], rec["award"]) == (
        "Desa Warembungan", "Pelaksana Terbaik Program Pekarangan Lestari")


def test_the_country_closing_an_unlisted_award_s_name_is_part_of_it(extract):
    text = ("Pemkab Banyuwangi meraih Anugerah Humas Indonesia 2021 kategori Pemerintah Kabupaten "
            "di Bandung, Jumat (26/11/2021).")
    [rec] = extract(text, published="2021-11-27")
    assert (rec["award"], rec["award_year"]) == ("Anugerah Humas Indonesia", 2021)


def test_the_road_safety_award_keeps_its_country_in_its_name(extract):
    recs = extract("Kabupaten Jepara meraih Indonesia Road Safety Award (IRSA) 2015 di Jakarta, Kamis "
                   "(3/12/2015).", published="2015-12-04")
    assert [(r["award"], r["awardee"]) for r in recs] == [
        ("Indonesia Road Safety Award", "Kabupaten Jepara")]


def test_an_ordinal_after_a_pakarti_tier_is_the_rank(extract):
    recs = extract("TP PKK Kabupaten Gowa meraih Pakarti Utama III kategori Hatinya PKK pada puncak "
                   "HKG PKK di Surabaya, Sabtu (25/5/2024).", published="2024-05-26")
    assert [(r["award"], r["awardee"], r["rank"]) for r in recs] == [
        ("Pakarti Utama", "TP PKK Kabupaten Gowa", 3)]


def test_a_muri_record_is_an_award(extract):
    recs = extract("Kabupaten Banyuwangi meraih dua Rekor MURI di Taman Blambangan, Sabtu (5/10/2019).",
                   published="2019-10-06")
    assert [(r["award"], r["awardee"], r["event_date"]) for r in recs] == [
        ("Rekor MURI", "Kabupaten Banyuwangi", "2019-10-05")]


def test_an_award_s_other_name_after_atau_is_the_same_award(extract):
    recs = extract("PT Sinar Baja meraih penghargaan Keselamatan dan Kesehatan Kerja (K3) atau Zero "
                   "Accident dari Gubernur Banten di Serang, Rabu (12/4/2023).", published="2023-04-13")
    assert [(r["award"], r["awardee"]) for r in recs] == [
        ("Keselamatan dan Kesehatan Kerja", "PT Sinar Baja")]


def test_an_award_joined_to_the_name_of_the_ceremony_a_prize_was_won_at_is_no_second_win(extract):
    recs = extract("Kota Sawahlunto meraih Swasti Saba Wiwerda dalam Penganugerahan Kabupaten/Kota Sehat "
                   "Swasti Saba dan STBM Award Tahun 2023 di Jakarta, Selasa (28/11/2023).",
                   published="2023-11-29")
    assert [(r["award"], r["awardee"]) for r in recs] == [("Swasti Saba", "Kota Sawahlunto")]


def test_a_headline_s_win_verb_opens_no_award_name(extract):
    text = ("Malam Puncak HPN, Bupati Jember Terima Prapanca Award 2024\n\nMalam Puncak HPN, "
            "Bupati Jember Terima Prapanca Award 2024 Bupati Jember saat menerima penghargaan "
            "(dok. Ist)\n\nJEMBER - Pemkab Jember menerima penghargaan Prapanca Award dari "
            "Ketua PWI Jatim Lutfil Hakim di Jember, Minggu (28/4/2024) malam.")
    assert {r["award"] for r in extract(text, published="2024-04-29")} == {"Prapanca Award"}


def test_an_unlisted_award_is_not_read_as_a_listed_one_spelt_alike(extract):
    text = ("Kota Cimahi meraih Adiupaya Puritama Award 2014 dari Kementerian Perumahan Rakyat di "
            "Jakarta, Senin (25/8/2014).")
    assert [r["award"] for r in extract(text, published="2014-08-26")] == [
        "Adiupaya Puritama Award"]


def test_an_acronym_is_no_misspelling_of_a_listed_one(extract):
    text = ("Kabupaten Jombang meraih penghargaan LPPD terbaik dari Gubernur Jawa Timur di "
            "Surabaya, Jumat (27/4/2018).")
    assert [r["award"] for r in extract(text, published="2018-04-28")] == ["LPPD"]


def test_kabupaten_layak_wiramuda_is_an_award(extract):
    text = "Kemenpora menobatkan Kabupaten Bantul sebagai Juara 2 Kabupaten Layak Wiramuda 2024."
    [rec] = extract(text, published="2024-10-29")
    assert (rec["award"], rec["awardee"], rec["rank"]) == (
        "Kabupaten/Kota Layak Wiramuda", "Kabupaten Bantul", 2)


@pytest.mark.parametrize("written, award", [
    ("Penghargaan Wana Lestari 2023", "Wana Lestari"),
    ("Penghargaan Subroto 2023", "Subroto Award"),
    ("PEEN 2023", "Penghargaan Efisiensi Energi Nasional")])
def test_the_forestry_and_energy_ministries_awards_are_listed(extract, written, award):
    text = f"Juara I {written} diraih Kelompok Tani Hutan Sumber Rejeki dari Kabupaten Blora."
    assert [r["award"] for r in extract(text, published="2023-09-28")] == [award]


@pytest.mark.parametrize("written", ["Apresiasi Kinerja Pemerintah Daerah 2024",
                                     "Apresiasi Kinerja Pemerintahan Daerah tahun 2024"])
def test_the_home_ministry_s_appreciation_of_regional_performance_is_one_award(extract, written):
    [rec] = extract(f"Pemkab Kudus meraih {written} dari Kemendagri.", published="2024-12-13")
    assert (rec["award"], rec["award_year"], rec["level"]) == (
        "Apresiasi Kinerja Pemerintahan Daerah", 2024, "nasional")
