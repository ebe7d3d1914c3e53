"""Misspelt award names: mended where the mend completes a listed name,
left alone elsewhere, and quoted as written in the evidence; misspelt region
names after their kind mended to the one region they stand for, and names in
lower case after their kind or their head's title capitalised."""
import pytest
from winners import awardees

from extractors.tidy import tidy


def test_a_winner_of_a_misspelt_award_is_found_and_quoted_as_written(extract):
    text = ("MATARAM - Dinas Kesehatan Provinsi NTB menerima penghargaan Keterbukan "
            "Informasi Publik dari Komisi Informasi NTB di Hotel Lombok Raya, Selasa "
            "(12/12/2023).\nPenghargaan Panitrana Award juga diraih Kabupaten Lombok Barat "
            "di tempat yang sama.")
    recs = awardees(extract(text, published="2023-12-13"))
    assert recs["Dinas Kesehatan Provinsi NTB"]["award"] == "Anugerah Keterbukaan Informasi Publik"
    assert recs["Kabupaten Lombok Barat"]["award"] == "Paritrana Award"
    for rec in recs.values():
        for e in rec["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]
    assert "Panitrana" in recs["Kabupaten Lombok Barat"]["evidence"][0]["text"]


def test_a_word_near_an_award_word_outside_an_award_name_stays():
    text = "Kepala Dinas Komunikasi dan Infomasi Kabupaten Dompu membuka pelatihan Lingkngan."
    assert tidy(text).text == text


def test_offsets_after_several_mends_point_back_at_the_text_as_written():
    text = "Raih Panitrana Award. Lalu Keterbukan Informasi Publik. Akhir kalimat."
    mended = tidy(text)
    assert "Paritrana Award" in mended.text and "Keterbukaan Informasi Publik" in mended.text
    at = mended.text.index("Akhir")
    assert text[mended.original(at):].startswith("Akhir")
    at = mended.text.index("Lalu")
    assert text[mended.original(at):].startswith("Lalu")


def test_a_misspelt_penghargaan_is_mended_anywhere_but_a_cut_last_word_is_not():
    text = "Bupati menerima pengahargaan itu dengan penuh pengharapan. Ia juga memberikan penghargaa"
    assert tidy(text).text == ("Bupati menerima penghargaan itu dengan penuh pengharapan. "
                               "Ia juga memberikan penghargaa")


def test_an_award_with_another_acronym_is_no_misspelt_listed_award(extract):
    text = ("Kementerian Dalam Negeri menyerahkan SPM Awards 2024 kepada Kota Tangerang di "
            "Jakarta, Selasa (21/5/2024).")
    assert [r["award"] for r in extract(text, published="2024-05-22")] == ["SPM Awards"]
    # a name all in capitals has no acronym of its own: still a misspelling
    text = "Kabupaten Bantul meraih penghargaan INOVATIF GOVERNMENT AWARD di Jakarta."
    assert [r["award"] for r in extract(text, published="2024-05-22")] == [
        "Innovative Government Award"]


def test_a_short_misspelt_word_is_mended_only_where_it_completes_a_name():
    text = ("Upakarya Wanuaa Nugraha tahun ini diberikan kepada Provinsi Jambi. "
            "Warga Wanuaa datang.")
    assert tidy(text).text == ("Upakarya Wanua Nugraha tahun ini diberikan kepada Provinsi "
                               "Jambi. Warga Wanuaa datang.")
    # an acronym one letter from an award's is another name: a college, no SAKIP
    text = "Ketua STKIP PGRI Ponorogo menerima Satyalencana Wira Karya."
    assert tidy(text).text == text


def test_a_misspelt_verb_of_a_win_or_a_handover_is_mended(extract):
    text = ("Kota Banjar mendapatkkan Piala Adipura 2023. Wakil Menteri LHK Alue Dohong "
            "meyerahkan piala itu kepada Wali Kota Banjar di Jakarta, Selasa (5/3/2024).")
    [rec] = extract(text, published="2024-03-06")
    assert (rec["awardee"], rec["presenter"]) == ("Kota Banjar", "Alue Dohong")
    # (a word one letter from "memberikan" is another word: left as written)
    text = "Ibu membelikan buku untuk anaknya."
    assert tidy(text).text == text


def test_a_misspelt_region_after_its_kind_is_the_region_and_quoted_as_written(extract):
    text = ("Piala Adipura 2023 kategori kota sedang diraih Kota Pekabbaru, Kabupaten Kutai "
            "Kertanegara dan Kota Sawa Lunto.")
    recs = awardees(extract(text, published="2023-03-01"))
    assert list(recs) == ["Kota Pekanbaru", "Kabupaten Kutai Kartanegara", "Kota Sawahlunto"]
    assert recs["Kota Sawahlunto"]["province"] == "Sumatera Barat"
    evidence = recs["Kota Pekanbaru"]["evidence"][0]
    assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_a_city_size_and_a_name_two_edits_away_stay_as_written():
    text = "Kota Sedang dan Kota Besar menilai Kabupaten Pulau Pisau."
    assert tidy(text).text == text


def test_a_name_after_a_mayors_title_is_no_misspelt_city(extract):
    # "Pangerang" lies one letter from "Tangerang": after "Wali Kota" it is
    # the deputy mayor's own name, and Kota Tangerang wins nothing
    text = ("Kota Parepare kembali meraih predikat Kota Layak Anak kategori Nindya. Piagamnya "
            "diserahkan Menteri PPPA kepada Wakil Wali Kota Pangerang Rahim di Manado, Sabtu "
            "(22/7/2023).")
    [rec] = extract(text, published="2023-07-23")
    assert (rec["awardee"], rec["recipient"]) == ("Kota Parepare", "Pangerang Rahim")


def test_a_misspelt_kategori_still_names_the_category(extract):
    [rec] = extract("Kota Pasuruan meraih Wahana Tata Nugraha 2014 katagori Kota Sedang.",
                    published="2014-09-13")
    assert rec["category"] == "Kota Sedang"


@pytest.mark.parametrize("written, mended", [
    ("Bupati karawang, Cellica Nurrachadiana", "Bupati Karawang, Cellica Nurrachadiana"),
    ("Wali Kota bogor Bima Arya", "Wali Kota Bogor Bima Arya"),
    ("Gubernur jawa timur Khofifah", "Gubernur Jawa Timur Khofifah"),
    ("Kota tersebut dan Kabupaten lain", "Kota tersebut dan Kabupaten lain")])
def test_a_region_s_name_in_lower_case_after_its_kind_or_head_is_capitalised(written, mended):
    assert tidy(written).text == mended


@pytest.mark.parametrize("size", ["Besar", "Sedang", "Kecil"])
def test_a_regency_size_category_is_no_misspelt_region(extract, size):
    text = (f"Kabupaten Lamongan meraih Nirwasita Tantra 2022 kategori Kabupaten {size} di Jakarta, "
            "Rabu (20/7/2022).")
    assert [r["awardee"] for r in extract(text, published="2022-07-21")] == ["Kabupaten Lamongan"]


def test_a_village_and_its_subdistrict_written_in_lower_case_are_one_placed_winner(extract):
    text = ("Keputusan Gubernur menetapkan juara lomba desa tingkat provinsi 2022: Juara I Desa "
            "sumber makmur Kecamatan gunung sari kabupaten lombok barat, Juara II Desa Bayan "
            "kecamatan Bayan Kabupaten Lombok Utara.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2022-11-01")] == [
        ("Desa Sumber Makmur", 1), ("Desa Bayan", 2)]
