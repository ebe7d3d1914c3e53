"""Record assembly on whole articles: lists of winners, negatives, noise, evidence."""
import signal

import pytest
from winners import awardees

LIST = """Beranda / Daerah

Sebarkan artikel ini

KENDARI – Empat peserta dinobatkan sebagai peraih Paritrana Award Provinsi Sulawesi Tenggara Tahun 2025. Penganugerahan berlangsung di Aula Bahteramas, Kantor Gubernur Sulawesi Tenggara, Kendari, Kamis (7/8/2025).

Seluruh trofi diserahkan langsung oleh Wakil Gubernur Sulawesi Tenggara Hugua.

Pada kategori Pemerintah Kabupaten/Kota, Kota Kendari keluar sebagai Juara I. Trofi diterima Wali Kota Kendari Siska Karina Imran. Juara II diraih Kabupaten Kolaka yang diterima Bupati Kolaka Amri, sedangkan Juara III menjadi milik Kabupaten Konawe Selatan.

Untuk kategori Pemerintah Desa, Desa Lalonggasu, Kecamatan Tinanggea, Kabupaten Konawe Selatan, meraih Juara I.

“Penghargaan ini bukan garis akhir,” ujar Hugua.

Tahun lalu, Kabupaten Buton tercatat menempati posisi kedua pada ajang yang sama.

Baca Juga: Pemprov Sultra Tanggung Iuran Nelayan

Penulis: Tim | Editor: Rina
(hms)Pemerintahan"""



def test_every_winner_of_a_list_gets_its_own_record(extract):
    recs = awardees(extract(LIST, published="2025-08-08"))
    assert set(recs) == {"Kota Kendari", "Kabupaten Kolaka", "Kabupaten Konawe Selatan",
                         "Desa Lalonggasu"}
    assert [recs[n]["rank"] for n in ("Kota Kendari", "Kabupaten Kolaka",
                                      "Kabupaten Konawe Selatan")] == [1, 2, 3]
    assert recs["Desa Lalonggasu"]["category"] == "Pemerintah Desa"
    assert recs["Kabupaten Kolaka"]["category"] == "Pemerintah Kabupaten/Kota"
    assert recs["Kota Kendari"]["recipient"] == "Siska Karina Imran"
    assert recs["Kabupaten Kolaka"]["recipient"] == "Amri"
    assert recs["Kabupaten Konawe Selatan"]["recipient"] is None


def test_facts_of_the_ceremony_go_on_every_record(extract):
    for r in extract(LIST, published="2025-08-08"):
        assert r["award"] == "Paritrana Award" and r["award_year"] == 2025
        assert r["level"] == "provinsi" and r["province"] == "Sulawesi Tenggara"
        assert r["event_date"] == "2025-08-07"
        assert r["venue"] == "Aula Bahteramas, Kantor Gubernur Sulawesi Tenggara, Kendari"
        assert (r["presenter"], r["presenter_title"]) == ("Hugua",
                                                          "Wakil Gubernur Sulawesi Tenggara")


def test_a_village_takes_the_round_s_province_and_its_location_is_no_winner(extract):
    recs = awardees(extract(LIST, published="2025-08-08"))
    assert recs["Desa Lalonggasu"]["awardee_type"] == "desa"
    assert recs["Desa Lalonggasu"]["province"] == "Sulawesi Tenggara"
    assert "Kabupaten Buton" not in recs  # last year's result, recalled


def test_evidence_points_at_the_sentences(extract):
    for r in extract(LIST, published="2025-08-08"):
        assert r["evidence"]
        for e in r["evidence"]:
            assert LIST[e["start"]:e["end"]] == e["text"]
        assert any(r["awardee"].split()[-1] in e["text"] for e in r["evidence"])


NATIONAL = """JAKARTA – Wakil Presiden Gibran Rakabuming Raka menyerahkan Paritrana Award 2025 tingkat nasional di Istana Wakil Presiden, Jakarta, Rabu (3/12/2025). Untuk kategori Pemerintah Provinsi, peringkat pertama diraih Pemprov Kaltim. Penghargaan diterima Gubernur Kaltim Rudy Mas'ud.

Pada kesempatan yang sama, penghargaan bagi badan usaha diserahkan oleh Direktur Utama BPJS Ketenagakerjaan Pramudya Iriawan Buntoro. PT. Pupuk Kaltim meraih peringkat 2 kategori Perusahaan Besar, sedangkan CV Maju Bersama asal Malang meraih Juara Harapan I kategori Usaha Kecil Mikro."""


def test_national_round_companies_and_the_second_presenter(extract):
    recs = awardees(extract(NATIONAL, published="2025-12-04"))
    assert set(recs) == {"Provinsi Kalimantan Timur", "PT Pupuk Kaltim", "CV Maju Bersama"}
    prov = recs["Provinsi Kalimantan Timur"]
    assert (prov["level"], prov["rank"], prov["province"]) == ("nasional", 1, "Kalimantan Timur")
    assert prov["presenter"] == "Gibran Rakabuming Raka"
    assert prov["recipient"] == "Rudy Mas'ud"
    pt = recs["PT Pupuk Kaltim"]
    assert (pt["awardee_type"], pt["rank"], pt["province"]) == ("perusahaan", 2, None)
    assert pt["presenter"] == "Pramudya Iriawan Buntoro"
    assert recs["CV Maju Bersama"]["rank"] is None  # Juara Harapan


NEGATIVES = [
    # interview round
    "SEMARANG – Bupati Kendal mengikuti tahap wawancara penilaian Paritrana Award 2025 tingkat "
    "Provinsi Jawa Tengah di Kantor Disnakertrans, Rabu (4/6/2025). Pengumuman pemenang "
    "dijadwalkan akhir Juni.",
    # a target
    "PEKANBARU – Pemerintah Kota Pekanbaru menargetkan meraih Paritrana Award 2026. Wali Kota "
    "menyerahkan kartu peserta kepada pekerja rentan di Tenayan Raya, Senin (13/10/2025).",
    # a nomination
    "MARTAPURA – Desa Sungai Rangas Ulu masuk lima besar nominasi Paritrana Award Provinsi "
    "Kalimantan Selatan Tahun 2025. Tim verifikasi berkunjung, Selasa (17/6/2025).",
    # a past win recalled in a story about something else
    "BANYUWANGI – Bupati Ipuk Fiestiandani menyerahkan santunan JKM kepada ahli waris nelayan. "
    "Program ini pula yang mengantar Banyuwangi meraih peringkat pertama Paritrana Award "
    "tingkat nasional pada 2019 silam.",
    # the ceremony is announced, not held
    "TERNATE – Penghargaan Paritrana Award Maluku Utara 2025 akan diserahkan Gubernur kepada "
    "Kota Ternate pekan depan di Hotel Bela.",
]


def test_an_award_mentioned_but_not_handed_over_gives_no_record(extract):
    for text in NEGATIVES:
        assert extract(text, published="2025-10-14") == [], text


def test_other_awards_come_from_the_same_rules(extract):
    text = ("PURWOKERTO – Kabupaten Banyumas kembali meraih penghargaan Kota Layak Anak (KLA) "
            "2025 dengan predikat Nindya. Penghargaan tersebut diterima oleh Bupati Banyumas "
            "Sadewo Tri Lastiono dari Menteri PPPA Arifatul Choiri Fauzi di Hotel Sultan, "
            "Jakarta, Jumat (8/8/2025).")
    [r] = extract(text, published="2025-08-09")
    assert (r["award"], r["award_year"], r["category"], r["level"]) == (
        "Kota Layak Anak", 2025, "Nindya", "nasional")
    assert (r["presenter"], r["recipient"], r["province"]) == (
        "Arifatul Choiri Fauzi", "Sadewo Tri Lastiono", "Jawa Tengah")


def test_text_without_an_award_gives_nothing(extract):
    assert extract("Bupati Sleman melantik 120 pejabat fungsional di Pendopo, Senin.") == []


NUMBERED = """PALU – Berikut daftar peraih Paritrana Award Provinsi Sulawesi Tengah Tahun 2025 yang diumumkan di Palu, Rabu (6/8/2025):

Kategori Pemerintah Kabupaten/Kota
1. Kabupaten Banggai
2. Kabupaten Parigi Moutong

Kategori Pemerintah Desa
1. Desa Bahari, Kabupaten Banggai

Trofi diserahkan Gubernur Sulawesi Tengah Anwar Hafid."""


def test_a_numbered_list_after_its_announcement_gives_ranked_records(extract):
    recs = awardees(extract(NUMBERED, published="2025-08-07"))
    assert {n: (r["rank"], r["category"]) for n, r in recs.items()} == {
        "Kabupaten Banggai": (1, "Pemerintah Kabupaten/Kota"),
        "Kabupaten Parigi Moutong": (2, "Pemerintah Kabupaten/Kota"),
        "Desa Bahari": (1, "Pemerintah Desa")}
    assert {r["presenter"] for r in recs.values()} == {"Anwar Hafid"}


def test_a_list_of_nominees_gives_nothing(extract):
    text = NUMBERED.replace("daftar peraih", "daftar nominasi").replace(
        "Trofi diserahkan", "Trofi akan diserahkan")
    assert extract(text, published="2025-08-07") == []


def test_a_range_of_ranks_in_order(extract):
    text = ("BANJARMASIN – Juara I sampai III Paritrana Award Provinsi Kalimantan Selatan "
            "2025 secara berurutan diraih Kabupaten Tanah Laut, Kota Banjarbaru, dan "
            "Kabupaten Tapin, Senin (11/8/2025).")
    recs = awardees(extract(text, published="2025-08-12"))
    assert [recs[n]["rank"] for n in ("Kabupaten Tanah Laut", "Kota Banjarbaru",
                                      "Kabupaten Tapin")] == [1, 2, 3]


def test_an_owner_is_not_a_winner_and_a_failure_is_not_a_win(extract):
    text = ("JAMBI – Juara II kategori Perusahaan Menengah Paritrana Award Provinsi Jambi "
            "2024 diraih Perumda Tirta Mayang milik Pemerintah Kota Jambi, Selasa (10/6/2025).")
    assert set(awardees(extract(text, published="2025-06-11"))) == {"Perumda Tirta Mayang"}
    failed = ("CIANJUR – Kabupaten Cianjur kembali gagal meraih Piala Adipura 2024 pada "
              "pengumuman di Jakarta, Selasa (4/3/2025).")
    assert extract(failed, published="2025-03-05") == []


def test_a_short_form_of_an_office_finds_the_holder_named_in_full(extract):
    text = ("JAKARTA – Kabupaten Sleman meraih Paritrana Award 2024 tingkat nasional, Senin "
            "(12/8/2024). Ida Fauziyah, Menteri Ketenagakerjaan, membuka acara di Jakarta. "
            "Piala untuk Sleman diserahkan Menaker di panggung utama.")
    [rec] = extract(text, published="2024-08-13")
    assert (rec["presenter"], rec["presenter_title"]) == ("Ida Fauziyah",
                                                          "Menteri Ketenagakerjaan")


def test_a_repeat_of_last_year_is_still_this_year_s_win(extract):
    text = ("MATARAM – Pemkab Lombok Tengah kembali mencatat prestasi. Kabupaten yang dijuluki "
            "Tatas Tuhu Trasna itu meraih juara satu Anugerah Keterbukaan Informasi Publik "
            "Provinsi NTB 2023, mengulang hasil tahun sebelumnya. Kota Bima menjadi runner-up, "
            "sedangkan Kabupaten Dompu masuk peringkat 3 besar.")
    recs = awardees(extract(text, published="2023-12-14"))
    assert recs["Kabupaten Lombok Tengah"]["rank"] == 1
    assert recs["Kota Bima"]["rank"] == 2
    assert "Kabupaten Dompu" not in recs or recs["Kabupaten Dompu"]["rank"] is None
    recalled = ("MATARAM – Tahun lalu, Kabupaten Lombok Tengah meraih juara satu Anugerah "
                "Keterbukaan Informasi Publik Provinsi NTB.")
    assert extract(recalled, published="2023-12-14") == []


def test_two_awards_in_one_story_give_a_record_each_with_their_own_ceremony(extract):
    text = ("SAMARINDA – Kota Bontang meraih Paritrana Award Provinsi Kalimantan Timur 2024 "
            "kategori Pemerintah Kabupaten/Kota dan Anugerah Keterbukaan Informasi Publik "
            "Kaltim 2024 kategori Kota.\n\n"
            "Paritrana Award diserahkan Wakil Gubernur Kalimantan Timur Hadi Mulyadi di "
            "Pendopo Odah Etam, Samarinda, Senin (19/8/2024).\n\n"
            "Sepekan kemudian, Anugerah Keterbukaan Informasi Publik diserahkan Ketua Komisi "
            "Informasi Kaltim Imran Duse di Hotel Mercure, Samarinda, Selasa (27/8/2024). "
            "Pada ajang itu, Kabupaten Paser meraih peringkat kedua.")
    recs = extract(text, published="2024-08-28")
    paritrana = [r for r in recs if r["award"] == "Paritrana Award"]
    kip = {r["awardee"]: r for r in recs if r["award"] != "Paritrana Award"}
    assert [r["awardee"] for r in paritrana] == ["Kota Bontang"]
    assert set(kip) == {"Kota Bontang", "Kabupaten Paser"}
    assert paritrana[0]["category"] == "Pemerintah Kabupaten/Kota"
    assert (paritrana[0]["event_date"], paritrana[0]["presenter"]) == ("2024-08-19",
                                                                       "Hadi Mulyadi")
    assert paritrana[0]["venue"] == "Pendopo Odah Etam, Samarinda"
    bontang = kip["Kota Bontang"]
    assert (bontang["event_date"], bontang["presenter"]) == ("2024-08-27", "Imran Duse")
    assert bontang["venue"] == "Hotel Mercure, Samarinda"
    assert kip["Kabupaten Paser"]["rank"] == 2


def test_a_region_named_with_its_abbreviation_inside(extract):
    text = ("PALEMBANG – Kabupaten Ogan Komering Ulu (OKU) Selatan meraih Swasti Saba Padapa "
            "2023 yang diserahkan Wakil Menteri Kesehatan Dante Saksono Harbuwono di Jakarta, "
            "Selasa (14/11/2023).")
    [rec] = extract(text, published="2023-11-15")
    assert rec["awardee"] == "Kabupaten Ogan Komering Ulu Selatan"
    assert rec["presenter_title"] == "Wakil Menteri Kesehatan"


def test_a_region_named_with_its_abbreviation_inside_after_its_government(extract):
    text = ("Pemprov Daerah Istimewa (DI) Yogyakarta meraih penghargaan Provinsi Layak Anak 2023 "
            "di Jakarta, Sabtu (22/7/2023).")
    [rec] = extract(text, published="2023-07-23")
    assert (rec["awardee"], rec["province"]) == (
        "Provinsi Daerah Istimewa Yogyakarta", "Daerah Istimewa Yogyakarta")


def test_a_nomination_story_gives_no_record_for_the_win_it_recalls(extract):
    text = ("SUKADANA – Kabupaten Lampung Timur masuk nominasi Paritrana Award 2025 tingkat "
            "nasional. Pada tingkat provinsi, Lampung Timur meraih peringkat pertama kategori "
            "Pemerintah Kabupaten/Kota.")
    title = "Lampung Timur Masuk Nominasi Paritrana Award 2025 Tingkat Nasional"
    assert extract(text, title=title, published="2025-06-05") == []
    won = "Raih Juara I Paritrana Award Lampung, Lampung Timur Lolos ke Tingkat Nasional"
    assert [r["awardee"] for r in extract(text, title=won, published="2025-06-05")] == [
        "Kabupaten Lampung Timur"]


def test_a_region_that_did_not_win_is_not_a_winner(extract):
    text = ("JAKARTA – Kabupaten Kepulauan Talaud meraih peringkat ke-2 Innovative Government "
            "Award 2024, Kamis (19/12/2024). Peringkat pertama jatuh ke daerah lain, sementara "
            "Kabupaten Kepulauan Sangihe, tetangga Talaud, terhenti di babak penilaian lapangan.")
    recs = extract(text, published="2024-12-20")
    assert [r["awardee"] for r in recs] == ["Kabupaten Kepulauan Talaud"]


def test_a_presenter_per_category_group_goes_to_the_winners_of_that_group(extract):
    text = ("JAKARTA – Kabupaten Sigi meraih peringkat II kategori Pemerintah Kabupaten/Kota "
            "pada Paritrana Award 2024 tingkat nasional, sedangkan PT Sinar Palu Abadi menjadi "
            "terbaik pertama kategori Perusahaan Menengah. Penganugerahan digelar di Istana "
            "Wakil Presiden, Jakarta, Senin (9/12/2024). Penghargaan kategori pemerintah "
            "daerah diserahkan Wakil Presiden Gibran Rakabuming Raka, sedangkan kategori badan "
            "usaha diserahkan Menteri Ketenagakerjaan Yassierli.")
    presenters = {r["awardee"]: (r["presenter"], r["presenter_title"]) for r in extract(text)}
    assert presenters == {
        "Kabupaten Sigi": ("Gibran Rakabuming Raka", "Wakil Presiden"),
        "PT Sinar Palu Abadi": ("Yassierli", "Menteri Ketenagakerjaan")}


def test_a_region_inside_a_company_s_name_is_not_a_winner_of_its_own(extract):
    text = ("PADANG – Perumda Air Minum Kota Solok menjadi terbaik II kategori Perusahaan "
            "Menengah Paritrana Award 2023 tingkat nasional. Penghargaan diserahkan Menteri "
            "Ketenagakerjaan Ida Fauziyah di Jakarta, Kamis (7/12/2023).")
    assert [r["awardee"] for r in extract(text)] == ["Perumda Air Minum Kota Solok"]


def test_a_short_title_finds_the_holder_named_in_full_elsewhere(extract):
    text = ("JAKARTA – Kabupaten Agam meraih peringkat I kategori Pemerintah Kabupaten/Kota "
            "Paritrana Award 2023 tingkat nasional, sedangkan PT Lembah Hijau menjadi terbaik "
            "II kategori Perusahaan Besar. Penganugerahan berlangsung di Istana Wakil "
            "Presiden, Jakarta, Kamis (7/12/2023), dibuka Wakil Presiden Ma'ruf Amin. "
            "Penghargaan kategori pemerintah daerah "
            "diserahkan Wapres, sedangkan kategori badan usaha diserahkan Menteri "
            "Ketenagakerjaan Ida Fauziyah.")
    assert {r["awardee"]: r["presenter"] for r in extract(text)} == {
        "Kabupaten Agam": "Ma'ruf Amin", "PT Lembah Hijau": "Ida Fauziyah"}


def test_a_category_written_in_lower_case_is_read_from_the_category_list(extract):
    text = ("JAKARTA – Kota Probolinggo meraih Piala Adipura 2023 untuk kategori kota sedang. "
            "Piala diserahkan Wakil Menteri Lingkungan Hidup dan Kehutanan Alue Dohong di "
            "Gedung Manggala Wanabakti, Jakarta, Selasa (5/3/2024).")
    [record] = extract(text)
    assert (record["awardee"], record["category"]) == ("Kota Probolinggo", "Kota Sedang")


def test_an_award_missing_from_the_award_list_still_gives_its_winners(extract):
    text = ("SAMARINDA – Kota Bontang dan Kabupaten Berau menerima penghargaan Pelopor Ruang "
            "Terbuka Hijau (PRTH) dari Kementerian Agraria di Jakarta, Rabu (10/9/2025).")
    recs = awardees(extract(text, published="2025-09-11"))
    assert set(recs) == {"Kota Bontang", "Kabupaten Berau"}
    assert recs["Kota Bontang"]["award"] == "Pelopor Ruang Terbuka Hijau"


def test_a_spelt_out_award_beside_its_listed_name_is_one_award(extract):
    text = ("Kabupaten Sleman meraih Penghargaan Sanitasi Lingkungan (STBM Award) peringkat "
            "pertama, sedangkan Kota Madiun meraih peringkat kedua.")
    recs = awardees(extract(text, published="2025-09-11"))
    assert {r["award"] for r in recs.values()} == {"STBM Award"}
    assert (recs["Kabupaten Sleman"]["rank"], recs["Kota Madiun"]["rank"]) == (1, 2)


def test_a_handover_to_one_winner_does_not_give_its_presenter_to_the_rest(extract):
    text = ("Sebanyak tiga daerah meraih penghargaan Swasti Saba Wistara tahun ini, yakni Kota "
            "Batu, Kabupaten Malang dan Kota Blitar. Penghargaan diserahkan Menteri Kesehatan "
            "Budi Gunadi Sadikin kepada Wali Kota Batu Nurochman di Jakarta, Selasa (9/9/2025).")
    recs = awardees(extract(text, published="2025-09-10"))
    assert recs["Kota Batu"]["presenter"] == "Budi Gunadi Sadikin"
    assert recs["Kabupaten Malang"]["presenter"] is None
    assert recs["Kota Blitar"]["event_date"] == "2025-09-09"


def test_ranks_given_respectively(extract):
    text = ("Juara pertama Paritrana Award Provinsi Jambi diraih Kabupaten Bungo, serta "
            "Kabupaten Tebo dan Kota Sungai Penuh masing-masing peringkat kedua dan ketiga.")
    recs = awardees(extract(text, published="2025-06-11"))
    assert [recs[k]["rank"] for k in ("Kabupaten Bungo", "Kabupaten Tebo",
                                      "Kota Sungai Penuh")] == [1, 2, 3]


def test_another_prize_of_the_same_winner_is_not_a_second_rank(extract):
    text = ("Kabupaten Sambas meraih peringkat pertama Paritrana Award Provinsi Kalimantan "
            "Barat. Selain itu Kabupaten Sambas juga meraih peringkat keempat lomba "
            "ketahanan pangan tingkat provinsi.")
    recs = awardees(extract(text, published="2025-06-11"))
    assert recs["Kabupaten Sambas"]["rank"] == 1


def test_the_ceremony_named_in_a_quote_s_attribution_dates_it(extract):
    text = ("Kota Palu meraih penghargaan Adipura tahun ini. \u201cIni kerja seluruh warga,\u201d "
            "kata Wali Kota Palu Hadianto Rasyid dalam acara penganugerahan di Jakarta, "
            "Kamis (4/9/2025).")
    recs = awardees(extract(text, published="2025-09-05"))
    assert recs["Kota Palu"]["event_date"] == "2025-09-04"
    assert recs["Kota Palu"]["venue"] == "Jakarta"


def test_a_list_after_ada_with_its_kind_before(extract):
    text = ("Kemendagri memberikan APBD Award 2025 di Jakarta, Kamis (4/9/2025). Daerah "
            "penerima APBD Award 2025 untuk kategori pendapatan tertinggi tingkat kota yakni "
            "Samarinda, Bontang dan Denpasar. Di tingkat provinsi, ada Jawa Timur dan "
            "Kalimantan Barat.")
    recs = awardees(extract(text, published="2025-09-05"))
    assert {"Provinsi Jawa Timur", "Provinsi Kalimantan Barat", "Kota Samarinda"} <= set(recs)


def test_bare_names_listed_after_a_head_are_regions_of_its_kind(extract):
    text = ("Penghargaan Pembina K3 Terbaik 2025 diberikan kepada Wali Kota Madiun, disusul "
            "Bupati Ngawi dan Bupati Magetan. Sementara kategori Gold diraih oleh Bupati "
            "Ponorogo, Pacitan, dan Trenggalek.")
    recs = awardees(extract(text, published="2025-01-15"))
    assert {"Kota Madiun", "Kabupaten Ngawi", "Kabupaten Magetan", "Kabupaten Ponorogo",
            "Kabupaten Pacitan", "Kabupaten Trenggalek"} == set(recs)


def test_a_regency_round_gives_its_villages_the_province_and_the_head_as_presenter(extract):
    text = ("KEDIRI – Bupati Kediri, Hanindhito Himawan Pramana, didampingi istri, Eriana "
            "Anisa menyerahkan hadiah juara Lomba Desa di lapangan Desa Sumberejo, Rabu "
            "(23/8/2023). Juara I diraih Desa Sumberejo Kecamatan Pare, juara II Desa Tegalan "
            "Kecamatan Kandat.")
    recs = awardees(extract(text, published="2023-08-24"))
    assert recs["Desa Sumberejo"]["province"] == "Jawa Timur"
    assert recs["Desa Sumberejo"]["presenter"] == "Hanindhito Himawan Pramana"
    assert recs["Desa Sumberejo"]["venue"] == "lapangan Desa Sumberejo"


def test_ranks_written_before_each_winner_of_a_list(extract):
    text = ("Pemenang kategori Amenitas yakni Pemenang pertama Desa Wisata Sumberbulu "
            "(Jawa Tengah), Pemenang kedua Desa Wisata Karangsari (Bali), dan Pemenang ketiga "
            "Desa Wisata Watu Lumbung (Nusa Tenggara Timur) dalam Anugerah Desa Wisata "
            "Indonesia 2025.")
    recs = awardees(extract(text, published="2025-11-18"))
    assert [recs[k]["rank"] for k in ("Desa Wisata Sumberbulu", "Desa Wisata Karangsari",
                                      "Desa Wisata Watu Lumbung")] == [1, 2, 3]


def test_a_body_after_a_title_is_no_presenter(extract):
    text = ("Piagam WTP diserahterimakan dari Kepala Kanwil Direktorat Jenderal Perbendaharaan "
            "Kementerian Keuangan kepada Bupati Malang, Jumat (29/10/2021).")
    assert [r["presenter"] for r in extract(text, published="2021-10-30")] == [None]


def test_regions_chosen_with_the_winner_win_the_award_named_before(extract):
    text = ("Penghargaan Swasti Saba Padapa diberikan kepada 177 kabupaten/kota sehat di "
            "Jakarta, Selasa (19/11/2019). Dari Kepulauan Riau, Kabupaten Natuna terpilih bersama "
            "Kota Batam dan Kabupaten Karimun. Kantor Kemendagri di Jalan Medan Merdeka Utara "
            "Nomor 7 menjadi tempat acara.")
    recs = awardees(extract(text, published="2019-11-20"))
    assert {"Kabupaten Natuna", "Kota Batam", "Kabupaten Karimun"} <= set(recs)
    assert recs["Kabupaten Natuna"]["rank"] is None


def test_a_province_closing_a_hospital_s_name_is_where_it_is(extract):
    text = ("Sebanyak tiga rumah sakit meraih penghargaan Rumah Sakit Sayang Ibu dan Bayi 2025, "
            "antara lain RSUD Kalianda Lampung, RSUD Prabumulih Sumsel dan RSU Dompu NTB.")
    recs = awardees(extract(text, published="2025-12-22"))
    assert set(recs) == {"RSUD Kalianda", "RSUD Prabumulih", "RSU Dompu"}
    assert recs["RSUD Prabumulih"]["province"] == "Sumatera Selatan"


def test_a_province_scoping_the_regions_it_counts_is_no_winner(extract):
    text = ("Sebanyak 40 kabupaten/kota menerima Penghargaan Kabupaten/Kota Peduli HAM di "
            "Jakarta, Kamis (11/12/2025). Untuk Provinsi Jambi, hanya dua kabupaten yang meraih "
            "predikat itu. Yakni Tebo dan Bungo.")
    recs = awardees(extract(text, published="2025-12-12"))
    assert set(recs) == {"Kabupaten Tebo", "Kabupaten Bungo"}
    assert recs["Kabupaten Tebo"]["province"] == "Jambi"
    # or the regions it names in it
    text = ("Sebanyak 40 kabupaten/kota menerima Penghargaan Kabupaten/Kota Peduli HAM di "
            "Jakarta, Kamis (11/12/2025). Untuk Jambi, hanya Kabupaten Tebo dan Kabupaten Bungo "
            "yang meraih predikat itu.")
    assert set(awardees(extract(text, published="2025-12-12"))) == {
        "Kabupaten Tebo", "Kabupaten Bungo"}
    # a province opening the sentence that wins itself still does
    text = ("Untuk Provinsi Jambi, penghargaan Kabupaten/Kota Peduli HAM diterima Gubernur "
            "Jambi Al Haris di Jakarta, Kamis (11/12/2025).")
    assert "Provinsi Jambi" in awardees(extract(text, published="2025-12-12"))


def test_the_field_a_winner_came_out_of_wins_nothing(extract):
    text = ("Kota Bitung meraih Penghargaan Pembangunan Daerah 2025 kategori kota di Jakarta, "
            "Senin (5/5/2025). Dengan skor 91,5, Kota Bitung meraih nilai tertinggi dari tiga "
            "nominator pada kategori kota di Sulawesi Utara, yakni Kota Manado dan Kota Tomohon.")
    assert set(awardees(extract(text, published="2025-05-06"))) == {"Kota Bitung"}
    # a field counted before the winners are named leaves them winners
    text = ("Penghargaan Pembangunan Daerah 2025 diserahkan di Jakarta, Senin (5/5/2025). Dari 30 "
            "finalis, juara diraih Kabupaten Sleman dan Kabupaten Sragen.")
    assert set(awardees(extract(text, published="2025-05-06"))) == {
        "Kabupaten Sleman", "Kabupaten Sragen"}


def test_winners_judged_best_one_sentence_each_all_win(extract):
    text = ("Gubernur Gorontalo menyerahkan Penghargaan Kinerja Daerah 2024 di Gedung Belle "
            "Li Mbui, Senin (3/6/2024). Penghargaan itu diberikan untuk beberapa kategori, yaitu "
            "Kabupaten Boalemo dinilai paling cepat menurunkan stunting. Kota Gorontalo adalah "
            "daerah paling tinggi serapan anggarannya. Sedangkan Kabupaten Pohuwato dinobatkan "
            "sebagai kabupaten terbaik dalam pelayanan perizinan. Acara itu dihadiri para camat.")
    assert set(awardees(extract(text, published="2024-06-04"))) == {
        "Kabupaten Boalemo", "Kota Gorontalo", "Kabupaten Pohuwato"}
    # a region described with a superlative after a win is no winner
    text = ("Kabupaten Bantul meraih Paritrana Award DIY 2024 sebagai daerah paling peduli "
            "pekerja rentan di Yogyakarta, Senin (5/8/2024). Kabupaten Sleman menjadi daerah "
            "paling padat pekerja rentan di DIY.")
    assert set(awardees(extract(text, published="2024-08-06"))) == {"Kabupaten Bantul"}


def test_a_head_handed_the_award_of_a_body_of_its_region_receives_it(extract):
    text = ("RSUD Ulin Banjarmasin meraih penghargaan Pelayanan Prima 2024 di Jakarta, Kamis "
            "(5/12/2024). Penghargaan itu diserahkan Menteri PANRB Abdullah Azwar Anas kepada "
            "Gubernur Kalimantan Selatan Sahbirin Noor.")
    recs = awardees(extract(text, published="2024-12-06"))
    assert set(recs) == {"RSUD Ulin Banjarmasin"}
    assert recs["RSUD Ulin Banjarmasin"]["recipient"] == "Sahbirin Noor"
    # a regent receives for a body of his kabupaten, not for one of another
    text = ("RSUD Kudus meraih penghargaan Pelayanan Prima 2024 di Jakarta, Kamis (5/12/2024). "
            "Penghargaan itu diserahkan Menteri PANRB Abdullah Azwar Anas kepada Bupati {} {}.")
    assert set(awardees(extract(text.format("Kudus", "Hartopo"), published="2024-12-06"))) == {
        "RSUD Kudus"}
    assert set(awardees(extract(text.format("Pati", "Haryanto"), published="2024-12-06"))) == {
        "RSUD Kudus", "Kabupaten Pati"}


def test_power_plants_are_winners_by_their_head(extract):
    text = ("Penghargaan PROPER 2023 diserahkan di Jakarta, Jumat (29/12/2023). Indonesia Power "
            "memeroleh 9 PROPER Hijau (PLTU Suralaya IP, PLTGU Semarang IP, dan PLTA Saguling IP).")
    recs = awardees(extract(text, published="2023-12-30"))
    assert set(recs) == {"PLTU Suralaya IP", "PLTGU Semarang IP", "PLTA Saguling IP"}
    assert recs["PLTA Saguling IP"]["awardee_type"] == "perusahaan"


def test_a_quote_s_attribution_names_the_presenter(extract):
    text = ("Kota Kupang meraih penghargaan Kota Sehat 2024 kategori Swasti Saba Wistara. "
            "\"Ini hasil kerja seluruh warga,\" ujar Wali Kota Kupang Jefri Riwu Kore usai menerima "
            "penghargaan dari Menteri Kesehatan Prof Nila Moeloek di Jakarta, Rabu (4/12/2024).")
    recs = awardees(extract(text, published="2024-12-05"))
    assert recs["Kota Kupang"]["presenter"] == "Nila Moeloek"
    # an official inside the quote is no presenter
    text = ("Kota Kupang meraih penghargaan Kota Sehat 2024 kategori Swasti Saba Wistara. "
            "\"Terima kasih atas dukungan dari Menteri Kesehatan Prof Nila Moeloek,\" ujar Wali "
            "Kota Kupang Jefri Riwu Kore.")
    assert awardees(extract(text, published="2024-12-05"))["Kota Kupang"]["presenter"] is None


def test_shops_joined_by_dan_are_two_winners_a_company_s_name_holds_it(extract):
    text = ("Kategori UKM dimenangkan oleh Warung Makan Bu Sri, disusul Toko Roti Ananda dan "
            "Kopi Kenangan Senja. Paritrana Award Provinsi Jawa Tengah 2024 diserahkan di Semarang, "
            "Rabu (10/7/2024).")
    assert set(awardees(extract(text, published="2024-07-11"))) == {
        "Warung Makan Bu Sri", "Toko Roti Ananda", "Kopi Kenangan Senja"}
    text = ("PT Sinar Pangan dan Minuman meraih juara pertama Paritrana Award Provinsi Jawa "
            "Tengah 2024 di Semarang, Rabu (10/7/2024).")
    assert set(awardees(extract(text, published="2024-07-11"))) == {"PT Sinar Pangan dan Minuman"}


def test_a_category_heading_after_the_announcement_opens_the_list(extract):
    text = ("Pemenang Paritrana Award Provinsi Kalimantan Barat 2024 diumumkan di Pontianak, "
            "Kamis (22-8-2024).\nKategori Desa:\n1. Desa Sungai Kakap\n2. Desa Kapur\n"
            "3. Desa Punggur Kecil\n\nPenulis: Tim Humas")
    recs = awardees(extract(text, published="2024-08-23"))
    assert set(recs) == {"Desa Sungai Kakap", "Desa Kapur", "Desa Punggur Kecil"}
    assert recs["Desa Kapur"]["rank"] == 2 and recs["Desa Kapur"]["province"] == "Kalimantan Barat"
    # a heading of criteria after a sentence that announces no winner opens none
    text = ("Tim juri menilai Paritrana Award Provinsi Kalimantan Barat 2024 di Pontianak.\n"
            "Kategori Desa:\n1. Desa Sungai Kakap\n2. Desa Kapur\n\nPenulis: Tim Humas")
    assert extract(text, published="2024-08-23") == []


def test_a_list_announced_as_its_winners_numbered_by_sector_has_no_ranks(extract):
    text = ("PALU – BPJS Ketenagakerjaan Sulawesi Tengah menyerahkan Paritrana Award 2025 di "
            "Hotel Santika Palu, Senin (2/6/2025).\nBerikut para pemenangnya:\nKategori Badan "
            "Usaha\n1. Sektor perbankan dimenangkan oleh Bank Sulteng.\n2. Sektor jasa diraih "
            "oleh Apotek Sehat Farma dan Klinik Medika Utama.\n3. Sektor tambang dimenangkan oleh "
            "PT Bumi Palu Lestari.\nKategori Desa\n1. Desa Kalukubula sebagai juara pertama "
            "dengan hadiah Rp 5 juta.\n2. Desa Sidera juara kedua.")
    recs = awardees(extract(text, published="2025-06-02"))
    assert set(recs) == {"Bank Sulteng", "Apotek Sehat Farma", "Klinik Medika Utama",
                         "PT Bumi Palu Lestari", "Desa Kalukubula", "Desa Sidera"}
    assert recs["Bank Sulteng"]["rank"] is None and recs["PT Bumi Palu Lestari"]["rank"] is None
    assert recs["Desa Sidera"]["rank"] == 2


def test_a_day_of_last_month_dates_the_news_it_recalls_nothing(extract):
    text = ("Kabupaten Kudus meraih juara pertama Paritrana Award Jawa Tengah 2024 pada 8 Juli "
            "lalu di Semarang.")
    recs = awardees(extract(text, published="2024-07-12"))
    assert recs["Kabupaten Kudus"]["event_date"] == "2024-07-08"
    # but "Juli lalu" alone recalls an earlier win
    text = ("Bupati Kudus meresmikan pasar baru, Kamis (11/7/2024). Juli lalu, Kabupaten Kudus "
            "meraih juara pertama Paritrana Award Jawa Tengah 2023.")
    assert extract(text, published="2024-07-12") == []


def test_items_naming_their_category_then_the_winner(extract):
    text = ("Penghargaan Adipura Kencana 2024 diserahkan di Jakarta, Selasa (5/3/2024). Berikut "
            "daftar peraihnya:\n1. Kategori Kota Metropolitan: Kota Semarang\n2. Kategori Kota "
            "Besar: Kota Malang\n3. Kategori Kota Sedang: Kota Madiun dan Salatiga\n4. Kategori "
            "Kota Kecil: Kabupaten Pacitan")
    recs = awardees(extract(text, published="2024-03-06"))
    assert set(recs) == {"Kota Semarang", "Kota Malang", "Kota Madiun", "Kota Salatiga",
                         "Kabupaten Pacitan"}
    assert recs["Kota Malang"]["rank"] is None


def test_a_quote_handing_over_to_regions_it_names_reports_them(extract):
    text = ("BPK Perwakilan Banten menyerahkan LHP atas LKPD 2024 di Kota Serang, Senin "
            "(26/5/2025). “Berdasarkan hasil pemeriksaan, BPK memberikan opini WTP atas LKPD Tahun "
            "2024 kepada Kabupaten Lebak, Kota Tangerang dan Kota Serang,” kata Kepala BPK "
            "Perwakilan Banten Firman Nurcahyadi.")
    assert set(awardees(extract(text, published="2025-05-27"))) == {
        "Kabupaten Lebak", "Kota Tangerang", "Kota Serang"}
    # a hope in a quote reports nothing
    text = ("BPK Perwakilan Banten menyerahkan LHP atas LKPD 2024 di Kota Serang, Senin "
            "(26/5/2025). “Kami berharap tahun depan BPK bisa memberikan opini WTP kepada "
            "Kabupaten Lebak, Kota Tangerang dan Kota Serang,” kata Firman.")
    assert extract(text, published="2025-05-27") == []


def test_receivers_counted_then_listed_by_province_in_brackets(extract):
    text = ("Anugerah STBM 2024 diserahkan di Jakarta, Rabu (11/12/2024) kepada 8 kabupaten/kota, "
            "dari Sulawesi Selatan (Kab Gowa, Takalar, Kota Parepare), Sumatera Barat (Kota "
            "Bukittinggi dan Kota Sawahlunto), dan Jawa Tengah (Kab Kudus, Pati, Kota Magelang).")
    recs = awardees(extract(text, published="2024-12-12"))
    assert set(recs) == {"Kabupaten Gowa", "Kabupaten Takalar", "Kota Parepare",
                         "Kota Bukittinggi", "Kota Sawahlunto", "Kabupaten Kudus", "Kabupaten Pati",
                         "Kota Magelang"}
    assert recs["Kota Sawahlunto"]["province"] == "Sumatera Barat"


def test_an_unnamed_award_handed_to_regions_it_names(extract):
    text = ("Kemendagri menyerahkan penghargaan pembinaan data profil desa 2023 di Jakarta, Jumat "
            "(24/11/2023). Untuk tingkat kabupaten/kota, penghargaan diberikan kepada Kabupaten "
            "Tabanan, Kota Denpasar, dan Kabupaten Gresik.")
    recs = awardees(extract(text, published="2023-11-25"))
    assert set(recs) == {"Kabupaten Tabanan", "Kota Denpasar", "Kabupaten Gresik"}
    assert recs["Kota Denpasar"]["event_date"] == "2023-11-24"
    # one to be handed later is none
    text = ("Kemendagri menyiapkan penghargaan pembinaan data profil desa 2023. Penghargaan akan "
            "diberikan kepada Kabupaten Tabanan, Kota Denpasar, dan Kabupaten Gresik pekan depan.")
    assert extract(text, published="2023-11-25") == []
    # a prize counted in one sentence, its winners named in the next
    text = ("Lima provinsi memperoleh penghargaan bidang pertanian dari Menteri Pertanian di "
            "Jakarta, Senin (13/9/2021). Kelima provinsi itu adalah Riau, Bali dan Bengkulu.")
    assert [r["awardee"] for r in extract(text, published="2021-09-14")] == [
        "Provinsi Riau", "Provinsi Bali", "Provinsi Bengkulu"]
    # ... listed after a comma ("Ketiga pasar itu, Pasar A, ...")
    text = ("Tiga pasar di Kabupaten Solok Selatan memperoleh penghargaan pasar tertib ukur dari "
            "Kementerian Perdagangan. Ketiga pasar itu, Pasar Muaro Labuh, Pasar Sangir dan "
            "Pasar Abai.")
    assert [r["awardee"] for r in extract(text, published="2018-12-10")] == [
        "Pasar Muaro Labuh", "Pasar Sangir", "Pasar Abai"]
    # a giving verb, the prize and its words in lower case, then the receivers
    text = ("Wapres menyerahkan penghargaan percepatan penurunan stunting kepada Provinsi Bali dan "
            "Kota Ternate di Istana Wapres, Jumat (6/10/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-10-07")] == [
        "Provinsi Bali", "Kota Ternate"]
    # won with any of the language's win verbs ("memborong", "membawa pulang" ...)
    text = ("Kota Kediri memborong dua penghargaan nasional dari BNN RI pada puncak HANI 2024 "
            "di Jakarta, Rabu (26/6/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-06-27")] == ["Kota Kediri"]
    # ranks and who won them, no prize word ("juara I diraih Temanggung, ...")
    text = ("Dinas Perkebunan Jawa Tengah menggelar Gebyar Perkebunan 2023 di Hotel Tentrem "
            "Semarang, Kamis (16/11/2023). Kategori Kelompok Tani Kopi juara I diraih Temanggung, "
            "juara II Wonosobo, dan juara III Banjarnegara.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-11-17")] == [
        ("Kabupaten Temanggung", 1), ("Kabupaten Wonosobo", 2), ("Kabupaten Banjarnegara", 3)]
    # and with the bare verb of a headline ("Kota Bontang raih juara 1, ...")
    text = ("Kota Bontang raih juara 1, mengungguli seluruh kabupaten/kota untuk cakupan imunisasi "
            "rutin. Penghargaan diserahkan di Kantor Kementerian Kesehatan, Jakarta, Jumat (22/4).")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2022-04-23")] == [
        ("Kota Bontang", 1)]


@pytest.mark.parametrize("text, published", [
    pytest.param(
        "Tim juri Lomba Desa Kabupaten Kediri melakukan visitasi ke enam desa untuk "
        "menentukan juara 1, 2 dan 3. Keenam desa itu yakni Desa Sumberejo, Desa Tegalrejo "
        "dan Desa Karangrejo, serta Desa Mojorejo, Desa Sidorejo dan Desa Wonorejo.",
        "2025-03-12", id="a lede about a field visit"),
    pytest.param(
        "Panitia membuka pendaftaran Paritrana Award 2019. Paritrana Award 2017 yang lalu "
        "diraih oleh Provinsi Jawa Tengah dan Provinsi Bali. Sementara kabupaten/kota yang "
        "meraih penghargaan ini adalah Kota Surakarta dan Kabupaten Jember.",
        "2019-03-02", id="a sentence going on from a win recalled"),
    pytest.param(
        "Dari kategori kabupaten, akan maju Pemkab Bantul, yang dalam Paritrana Award "
        "tingkat provinsi menjadi yang terbaik, ke tingkat nasional.",
        "2023-09-02", id="a relative clause after a plan"),
    pytest.param(
        "Desa Wisata Wae Rebo kembali meraih prestasi dengan masuk 45 Besar Lomba Desa "
        "Wisata Nusantara 2025. Tahap selanjutnya adalah presentasi di hadapan juri.",
        "2025-10-02", id="a shortlist"),
    pytest.param(
        "Bupati Sigi membuka festival budaya di Lapangan Bumi Bulava, Sabtu (4/11/2023). "
        "Dalam sambutannya, bupati mengapresiasi Desa Pombewe yang belum lama ini meraih juara "
        "pertama Lomba Desa tingkat provinsi. Selain itu Desa Pombewe juga sukses menyabet "
        "penghargaan Kampung Iklim kategori utama.",
        "2023-11-05", id="more of a speech praising a win"),
])
def test_stories_that_report_no_win_now_give_no_record(extract, text, published):
    assert extract(text, published=published) == []


@pytest.mark.parametrize("text", [
    # a subdistrict named by number words: its name has no name tokens
    "Desa Sukamaju meraih Lomba Desa 2023. Apel akbar berlangsung di Lapangan Bhakti, Desa Tiga "
    "Puluh Ilir, Kecamatan Tiga Puluh, Rabu (9/8/2023).",
    # a name cut by the end of the text right after "dan"
    "Kabupaten Sleman meraih Paritrana Award 2024. PT Sinar Jaya dan",
])
def test_odd_names_end_their_reading(extract, text):
    signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(20)  # a reading that never ends fails instead of hanging the run
    try:
        extract(text, published="2024-08-10")
    finally:
        signal.alarm(0)


def _too_slow(*_):
    raise TimeoutError("the extraction did not end")


def test_the_region_a_headline_hands_the_award_to_wins_when_the_body_names_none(extract):
    title = "Kemenkes Berikan Swasti Saba ke Pemkab Klaten"
    text = ("Kementerian Kesehatan memberikan penghargaan Swasti Saba 2023 kepada para pemangku "
            "kepentingan di Hotel Bidakara, Jakarta, Senin (13/11/2023).")
    [rec] = extract(text, title=title, published="2023-11-14")
    assert (rec["awardee"], rec["event_date"], rec["venue"]) == (
        "Kabupaten Klaten", "2023-11-13", "Hotel Bidakara, Jakarta")


def test_a_hope_a_headline_tells_after_a_win_plans_something_else(extract):
    text = ("Koperasi Desa Raih Penghargaan Nasional Dinas Berharap Bisa Jadi Contoh\nSangatta - "
            "Koperasi Tani Makmur meraih penghargaan Koperasi Berprestasi 2019 di Jakarta, Jumat "
            "(12/7/2019).")
    assert [r["awardee"] for r in extract(text, published="2019-07-13")] == [
        "Koperasi Tani Makmur"]
    # a hope before the win plans it
    text = text.replace("Koperasi Desa Raih Penghargaan Nasional Dinas Berharap Bisa Jadi Contoh",
                        "Koperasi Desa Berharap Raih Penghargaan Nasional")
    assert extract(text, published="2019-07-13") == []
