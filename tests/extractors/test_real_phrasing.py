"""Phrasings real press releases use that tidy team-written ones rarely do:
bare names in lists, winners no head word opens, heads standing for their
regions, wrapped lines, dates standing alone, award names in any case."""
import pytest
from winners import awardees


def test_bare_names_in_a_list_share_the_kind_written_once(extract):
    recs = awardees(extract(
        "Paritrana Award tingkat Provinsi Aceh 2024 diraih Kota Langsa, Banda Aceh, dan "
        "Lhokseumawe. Trofi diserahkan Pj Gubernur Aceh Safrizal di Anjong Mon Mata, "
        "Banda Aceh, Kamis (18/7/2024).", published="2024-07-19"))
    assert set(recs) == {"Kota Langsa", "Kota Banda Aceh", "Kota Lhokseumawe"}
    assert all(r["province"] == "Aceh" for r in recs.values())


def test_a_province_s_short_form_in_a_list_does_not_end_it(extract):
    text = ("Penghargaan Daerah Peduli Perlindungan Konsumen diberikan kepada Bali, Nusa Tenggara "
            "Barat (NTB), Sumatera Utara, Jawa Barat (Jabar), Riau dan Kalimantan Barat.")
    assert list(awardees(extract(text, published="2022-09-01"))) == [
        "Provinsi Bali", "Provinsi Nusa Tenggara Barat", "Provinsi Sumatera Utara",
        "Provinsi Jawa Barat", "Provinsi Riau", "Provinsi Kalimantan Barat"]


def test_offices_of_every_region_of_a_kind_are_no_winner(extract):
    text = ("Menteri ATR/Kepala BPN memberikan penghargaan Kinerja PTSL 2020 kepada Kantor "
            "Pertanahan Kab/Kota di Jatim. Terbaik pertama diraih Kantor Pertanahan Tuban, "
            "terbaik kedua diraih Kantor Pertanahan Trenggalek.")
    assert list(awardees(extract(text, published="2020-12-01"))) == [
        "Kantor Pertanahan Tuban", "Kantor Pertanahan Trenggalek"]


def test_two_offices_joined_by_dan_are_two_winners(extract):
    text = ("Kepala BPS RI menyerahkan piagam penghargaan statistik sektoral di Pekanbaru, Jumat "
            "(22/10/2021). Piagam diberikan kepada Dinas Kominfotik dan Bappeda Riau.")
    assert list(awardees(extract(text, published="2021-10-23"))) == [
        "Dinas Kominfotik", "Bappeda Riau"]
    # (a field of one office's name is no second office)
    text = ("Kepala BPS RI menyerahkan piagam penghargaan statistik sektoral di Semarang, Jumat "
            "(22/10/2021). Piagam diberikan kepada Dinas Penanaman Modal dan PTSP Kabupaten "
            "Kendal.")
    assert list(awardees(extract(text, published="2021-10-23"))) == [
        "Dinas Penanaman Modal dan PTSP Kabupaten Kendal"]


def test_the_region_after_an_office_s_short_form_and_a_comma_is_where_it_is(extract):
    text = ("Dompu – Dinas Kependudukan dan Pencatatan Sipil (Dukcapil), Kabupaten Dompu berhasil "
            "meraih juara dua dalam Lomba Inovasi Pelayanan Daerah tahun 2021.")
    [rec] = extract(text, published="2021-12-01")
    assert (rec["awardee"], rec["rank"], rec["province"]) == (
        "Dinas Kependudukan dan Pencatatan Sipil", 2, "Nusa Tenggara Barat")


def test_offices_named_for_a_list_of_regions_handed_the_award_stand_for_them(extract):
    text = ("Dirjen Dukcapil Zudan Arif Fakrulloh menyerahkan penghargaan kepada Dinas Dukcapil "
            "Kota Madiun, Kota Blitar, Kabupaten Ngawi dan Kabupaten Pesawaran di Madiun, Rabu "
            "(25/5/2022).")
    assert list(awardees(extract(text, published="2022-05-26"))) == [
        "Kota Madiun", "Kota Blitar", "Kabupaten Ngawi", "Kabupaten Pesawaran"]


def test_a_national_body_s_office_in_a_region_wins_not_the_region(extract):
    text = ("BPS Provinsi Riau menerima Diseminasi Statistik Award 2021 sebagai peringkat kedua. "
            "Di tingkat kabupaten, BPS Kabupaten Siak meraih peringkat pertama Diseminasi "
            "Statistik Award 2021.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2021-12-01")] == [
        ("BPS Provinsi Riau", 2), ("BPS Kabupaten Siak", 1)]


@pytest.mark.parametrize("why", [
    "atas penghargaan tersebut",
    "atas dedikasinya, sehingga layak mendapatkan penghargaan tahun ini",
])
def test_bodies_congratulated_on_the_award_are_its_winners(extract, why):
    text = ("Paritrana Award 2023 tingkat Provinsi Lampung diserahkan di Ballroom Hotel Novotel, "
            "Bandar Lampung, Rabu (22/5/2024). Sekda Lampung mengucapkan selamat kepada "
            f"Pemerintah Kota Metro dan Kabupaten Lampung Tengah {why}.")
    assert list(awardees(extract(text, published="2024-05-23"))) == [
        "Kota Metro", "Kabupaten Lampung Tengah"]


def test_what_the_award_is_sets_no_round_of_this_one(extract):
    text = ("Kabupaten Tulang Bawang Barat meraih peringkat II Paritrana Award 2023 tingkat "
            "kabupaten se-Lampung dan peringkat II tingkat desa se-Lampung yang diraih Desa "
            "Penumangan Baru.\nParitrana Award merupakan penghargaan yang diberikan oleh "
            "Presiden lewat BPJS Ketenagakerjaan kepada pemda dan badan usaha yang peduli "
            "perlindungan pekerja.")
    recs = awardees(extract(text, published="2024-05-23"))
    assert recs["Desa Penumangan Baru"]["province"] == "Lampung"


def test_a_list_keeps_the_kind_it_opened_with(extract):
    recs = awardees(extract(
        "Tahun ini Innovative Government Award 2022 untuk kategori provinsi terinovatif "
        "diberikan bagi Jawa Timur, Jawa Tengah, Yogyakarta, dan Bali.",
        published="2022-12-24"))
    assert {"Provinsi Jawa Timur", "Provinsi Jawa Tengah", "Provinsi Bali"} <= set(recs)


def test_a_province_after_a_short_form_is_where_the_winner_is(extract):
    recs = awardees(extract(
        "Pada kategori Pemerintah Kabupaten/Kota, Kabupaten Musi Banyuasin (Muba), Sumatera "
        "Selatan, meraih peringkat pertama Paritrana Award 2021.", published="2021-11-19"))
    assert set(recs) == {"Kabupaten Musi Banyuasin"}


def test_winners_without_a_head_word_in_a_ranked_list(extract):
    text = """KENDARI – Paritrana Award 2024 tingkat Provinsi Sulawesi Tenggara diserahkan di Hotel Claro Kendari, Senin (7/7/2025).
Adapun pemenang di kategori badan usaha antara lain:
- Terbaik 1 yaitu Anoa Nikel Sejahtera.
- Terbaik 2 yaitu Warung Sate Pak Umar & Keluarga.
Kategori usaha kecil dijuarai oleh Roti Bakar Kendari, disusul Kopi Tolaki sebagai juara kedua."""
    recs = awardees(extract(text, published="2025-07-08"))
    assert recs["Anoa Nikel Sejahtera"]["rank"] == 1
    assert recs["Warung Sate Pak Umar & Keluarga"]["rank"] == 2
    assert "Roti Bakar Kendari" in recs and "Kopi Tolaki" in recs
    assert recs["Anoa Nikel Sejahtera"]["province"] == "Sulawesi Tenggara"
    assert not {"Adapun", "Kategori", "Terbaik"} & {name.split()[0] for name in recs}


def test_a_village_list_lends_its_head_to_names_joined_by_commas(extract):
    recs = awardees(extract(
        "Kategori pemerintah desa Paritrana Award 2025 diraih Desa Sidomulyo (Kabupaten "
        "Kendal), Kaliwungu (Kudus), dan Jatirejo (Blora).", published="2025-08-01"))
    assert {"Desa Sidomulyo", "Desa Kaliwungu", "Desa Jatirejo"} <= set(recs)
    assert recs["Desa Jatirejo"]["province"] == "Jawa Tengah"


def test_heads_listed_stand_for_their_regions(extract):
    recs = awardees(extract(
        "Penghargaan Pelayanan Publik tahun ini diterima sejumlah kepala daerah, yakni "
        "Walikota Malang, Walikota Madiun, Bupati Sleman serta Bupati Badung.",
        published="2019-01-10"))
    assert set(recs) == {"Kota Malang", "Kota Madiun", "Kabupaten Sleman",
                         "Kabupaten Badung"}


def test_bare_provinces_listed_each_with_what_it_won_for(extract):
    recs = awardees(extract(
        "Wakil Presiden menyerahkan TPID Award 2023 kepada Provinsi Sulawesi Tengah di Istana "
        "Wakil Presiden, Jakarta, Selasa (18/7/2023), untuk regional Sulawesi-Maluku. "
        "Penghargaan yang sama juga diterima Sumatera Barat untuk regional Sumatera, Bali untuk "
        "regional Jawa-Bali-Nusa Tenggara, dan Kalimantan Tengah untuk regional Kalimantan.",
        published="2023-07-19"))
    assert set(recs) == {"Provinsi Sulawesi Tengah", "Provinsi Sumatera Barat", "Provinsi Bali",
                         "Provinsi Kalimantan Tengah"}


def test_receivers_of_the_award_listed_as_heads_after_an_aside(extract):
    recs = awardees(extract(
        "Tujuh kepala daerah menerima Anugerah Kebudayaan PWI 2023 pada puncak Hari Pers "
        "Nasional di Gedung Serbaguna, Medan, Kamis (9/2/2023). Malam sebelumnya mereka "
        "mengikuti jamuan di rumah dinas gubernur. Penerima Anugerah Kebudayaan antara lain "
        "Bupati Nias Barat Khenoki Waruwu, Wali Kota Tidore Kepulauan Ali Ibrahim, dan "
        "Bupati Sumedang Dony Ahmad Munir.", published="2023-02-10"))
    assert set(recs) == {"Kabupaten Nias Barat", "Kota Tidore Kepulauan", "Kabupaten Sumedang"}


@pytest.mark.parametrize("opening", ["diserahkan kepada", "diterima oleh tiga kepala daerah, yaitu"])
def test_heads_in_brackets_after_their_names_stand_for_their_regions(extract, opening):
    recs = awardees(extract(
        "Menteri Dalam Negeri menyerahkan Anugerah Parahita Ekapraya 2019 di Hotel Sahid, "
        "Jakarta, Rabu (4/9/2019). Anugerah itu " + opening + " Teguh Santoso (Gubernur "
        "Bengkulu), Lina Marlina (Bupati Lebak, Banten) dan Yusuf Harahap (Walikota Sibolga).",
        published="2019-09-05"))
    assert set(recs) == {"Provinsi Bengkulu", "Kabupaten Lebak", "Kota Sibolga"}
    assert recs["Kabupaten Lebak"]["province"] == "Banten"


@pytest.mark.parametrize("being", ["merupakan salah satu penerima", "menjadi salah satu peraih",
                                   "termasuk penerima"])
def test_a_head_called_one_of_the_receivers_names_the_region(extract, being):
    recs = awardees(extract(
        "Presiden menyerahkan Adhikarya Pangan Nusantara 2018 kepada 60 penerima di Istana "
        "Bogor, Rabu (31/10/2018). Bupati Enrekang, Muslimin Bando " + being + " penghargaan "
        "Adhikarya Pangan Nusantara 2018.", published="2018-11-01"))
    assert set(recs) == {"Kabupaten Enrekang"}


def test_heads_listed_on_after_a_stray_full_stop(extract):
    recs = awardees(extract(
        "Penghargaan peningkatan produksi beras 2010 diserahkan Presiden kepada para gubernur di "
        "Istana Negara, Jakarta, Rabu (15/12/2010). Lima gubernur diganjar, yaitu Gubernur Aceh "
        "Irwandi Yusuf, Gubernur Jambi Hasan Basri Agus, Gubernur Riau Rusli Zainal. Gubernur "
        "Bali Made Mangku Pastika, Gubernur Papua Barnabas Suebu.", published="2010-12-16"))
    assert set(recs) == {"Provinsi Aceh", "Provinsi Jambi", "Provinsi Riau", "Provinsi Bali",
                         "Provinsi Papua"}


def test_heads_listed_with_their_terms_of_office(extract):
    recs = awardees(extract(
        "Menko PMK menyerahkan Anugerah Kebudayaan PWI Pusat 2021 kepada sepuluh bupati dan wali "
        "kota pada puncak HPN di Jakarta, Selasa (9/2/2021). Penerimanya yaitu: Ahmad Zaki, Wali "
        "Kota Tidore Kepulauan (Maluku Utara), 2015-2020, 2020-2025; Lina Sari, Bupati Sumba "
        "Timur (Nusa Tenggara Timur), 2016-2021; Made Arta, Bupati Klungkung (Bali), 2018-2023.",
        published="2021-02-10"))
    assert set(recs) == {"Kota Tidore Kepulauan", "Kabupaten Sumba Timur", "Kabupaten Klungkung"}


def test_a_handover_to_come_written_nantinya_lends_no_place_or_presenter(extract):
    recs = awardees(extract(
        "Provinsi Jawa Timur meraih Parasamya Purnakarya Nugraha. Daftar peraih dibacakan "
        "Kemendagri pada peringatan Hari Otonomi Daerah di Lapangan Merdeka Makassar, Senin "
        "(25/4/2022).\nPenghargaan itu nantinya diserahkan langsung oleh Presiden Joko Widodo di "
        "Istana Negara, Jakarta.", published="2022-04-26"))
    rec = recs["Provinsi Jawa Timur"]
    assert (rec["venue"], rec["presenter"]) != ("Istana Negara, Jakarta", "Joko Widodo")


def test_a_place_inside_the_winner_s_subject_is_where_it_lies_not_the_venue(extract):
    recs = awardees(extract(
        "Desa Wisata Kandri di Semarang meraih juara I Anugerah Desa Wisata Indonesia 2022 "
        "kategori desa maju. Penghargaan diserahkan Menteri, Minggu (18/12/2022).",
        published="2022-12-19"))
    assert recs["Desa Wisata Kandri"]["venue"] is None


def test_a_trophy_shown_at_home_is_no_handover_s_place_or_day(extract):
    recs = awardees(extract(
        "Piala Wahana Tata Nugraha yang diraih Kabupaten Sragen dipamerkan di halaman Kantor "
        "Bupati Sragen, Senin (9/9/2019).\nPiala itu diterima Bupati Sragen dari Menteri "
        "Perhubungan Budi Karya Sumadi di Jakarta.", published="2019-09-10"))
    rec = recs["Kabupaten Sragen"]
    assert (rec["event_date"], rec["venue"]) == (None, "Jakarta")


def test_trophies_shown_off_at_home_give_no_day_of_a_handover(extract):
    recs = awardees(extract(
        "Wali Kota Madiun Pamerkan Trofi 2023\n\nDi halaman Balai Kota, Rabu (17/1/2024), Wali "
        "Kota Madiun memamerkan trofi yang diraih Kota Madiun sepanjang 2023, antara lain "
        "Adipura Kencana dan Nirwasita Tantra.", published="2024-01-17"))
    assert all(rec["event_date"] is None for rec in recs.values())


def test_a_handover_at_home_is_no_place_of_the_national_one(extract):
    recs = awardees(extract(
        "Kota Singkawang kembali membawa pulang Piala Adipura. Piala diserahkan Menteri LHK Siti "
        "Nurbaya kepada Wali Kota Singkawang di Jakarta, Jumat (1/3/2024).\nUpacara serah terima "
        "piala di kampung halaman digelar di Lapangan Kridasana, lalu piala diserahkan kepada "
        "petugas kebersihan.", published="2024-03-02"))
    assert (recs["Kota Singkawang"]["event_date"], recs["Kota Singkawang"]["venue"]) == (
        "2024-03-01", "Jakarta")


def test_a_sentence_naming_the_prize_won_only_as_a_thing_gives_no_day_or_place(extract):
    recs = awardees(extract(
        "Pemerintah Kabupaten Pati meraih Piala Adipura 2023. Piala diserahkan Wakil Menteri LHK "
        "Alue Dohong kepada Bupati Pati di Jakarta.\nAtas penghargaan yang diraih tersebut, "
        "Bupati menyampaikan terima kasih kepada petugas kebersihan saat apel pagi di Pendopo "
        "Pati, Rabu (6/3/2024).", published="2024-03-06"))
    assert (recs["Kabupaten Pati"]["event_date"], recs["Kabupaten Pati"]["venue"]) == (
        None, "Jakarta")


def test_a_handover_at_the_event_the_sentence_before_told_of_takes_its_day_and_place(extract):
    recs = awardees(extract(
        "Wakil Presiden membuka Rakornas Pengendalian Inflasi 2019 di Hotel Grand Sahid Jaya, "
        "Jakarta, Kamis (13/6/2019). Dalam kesempatan itu, Wakil Presiden juga menyerahkan TPID "
        "Award 2019 kepada Kota Kendari.", published="2019-06-14"))
    assert (recs["Kota Kendari"]["event_date"], recs["Kota Kendari"]["venue"]) == (
        "2019-06-13", "Hotel Grand Sahid Jaya, Jakarta")
    # ... and hands it over by "membagikan", named in full there
    recs = awardees(extract(
        "Presiden Joko Widodo membuka Rakornas Pengendalian Inflasi 2022 di Istana Negara, "
        "Jakarta, Kamis (18/8/2022). Pada kesempatan itu, Presiden juga membagikan TPID Award "
        "kepada Kota Kendari.", published="2022-08-19"))
    assert recs["Kota Kendari"]["presenter"] == "Joko Widodo"
    # ... and "Pada kesempatan ini", after a report given at the meeting
    recs = awardees(extract(
        "Kepala BKKBN menyampaikan laporan pada Rapat Koordinasi Nasional Percepatan Penurunan "
        "Stunting (12/11/2025).\nPada kesempatan ini, pemerintah pusat memberikan Penghargaan "
        "Kabupaten/Kota Berkinerja Baik kepada Kota Kendari.", published="2025-11-14"))
    assert recs["Kota Kendari"]["event_date"] == "2025-11-12"


def test_a_prize_handed_over_before_headed_lines_of_ranked_winners(extract):
    recs = awardees(extract(
        "Menteri Pertanian menyerahkan penghargaan bidang pertanian 2021 kepada daerah dengan "
        "produksi padi tertinggi di Istana Wakil Presiden, Jakarta, Senin (16/8/2021).\nBerikut daftar penerima untuk kategori "
        "produksi padi:\nProvinsi :\nPeringkat I Provinsi Sulawesi Selatan\nPeringkat II "
        "Provinsi Jawa Timur\nKabupaten :\nPeringkat I Kabupaten Indramayu\nPeringkat II "
        "Kabupaten Karawang", published="2021-08-17"))
    assert {n: r["rank"] for n, r in recs.items()} == {
        "Provinsi Sulawesi Selatan": 1, "Provinsi Jawa Timur": 2, "Kabupaten Indramayu": 1,
        "Kabupaten Karawang": 2}


@pytest.mark.parametrize("text", [
    "Pemprov Gorontalo masuk 10 besar nasional dan dianugerahi penghargaan Anindhita Wistara "
    "Data 2023 oleh BPS di Jakarta, Rabu (4/10/2023).",
    "Pemprov Gorontalo Masuk 10 Besar dan Dianugerahi Anindhita Wistara Data 2023\nPemprov "
    "Gorontalo menerima penghargaan itu di Jakarta, Rabu (4/10/2023).",
])
def test_a_win_joined_to_a_shortlist_stands(extract, text):
    recs = awardees(extract(text, published="2023-10-05"))
    assert set(recs) == {"Provinsi Gorontalo"}


def test_a_head_who_wins_names_the_region(extract):
    recs = awardees(extract(
        "Gubernur Bengkulu meraih Anugerah Keterbukaan Informasi Publik 2023 kategori "
        "Pemerintah Provinsi.", published="2023-12-14"))
    assert set(recs) == {"Provinsi Bengkulu"}
    # named by title and name alone after the story named the region with them
    recs = awardees(extract(
        "Upacara HUT ke-66 Provinsi Kalimantan Timur digelar di Plenary Hall Samarinda, Senin "
        "(9/1/2023). Bupati Paser Fahmi Fadli hadir dalam upacara itu. Selain itu, Bupati Fahmi "
        "Fadli juga menerima penghargaan terbaik kedua pengelolaan data RANHAM.",
        published="2023-01-10"))
    assert set(recs) == {"Kabupaten Paser"}
    # described as the only one who received it
    recs = awardees(extract(
        "Gubernur Jambi Zumi Zola, satu-satunya gubernur di Indonesia yang menerima Satyalancana "
        "Pembangunan tahun 2017 dari Presiden RI.", published="2017-08-01"))
    assert set(recs) == {"Provinsi Jambi"}
    # receiving it "secara simbolis" (or "secara langsung") before the prize
    recs = awardees(extract(
        "Bupati Kutai Barat FX Yapan menerima secara simbolis penghargaan kabupaten terbaik "
        "penurunan stunting dari Gubernur Kaltim di Samarinda, Senin (14/11/2022).",
        published="2022-11-15"))
    assert set(recs) == {"Kabupaten Kutai Barat"}


def test_award_names_in_lower_case_but_acronyms_only_as_written(extract):
    assert awardees(extract("Kabupaten Belu meraih juara satu paritrana award 2024.",
                            published="2024-07-26"))["Kabupaten Belu"]["rank"] == 1
    assert extract("Kabupaten Belu masuk tiga besar lomba kebersihan.",
                   published="2024-07-26") == []


def test_a_wrapped_line_is_one_sentence(extract):
    recs = extract("Desa Sukamaju, Kecamatan Cibeber, Kabupaten Cianjur, berhasil meraih\n"
                   "penghargaan ProKlim Utama 2024 dari KLHK.", published="2024-08-10")
    assert [r["awardee"] for r in recs] == ["Desa Sukamaju"]
    assert recs[0]["province"] == "Jawa Barat"


def test_a_date_standing_alone_dates_the_handover(extract):
    recs = extract("Penghargaan Paritrana Award 2023 diserahkan Sekda Provinsi Lampung kepada "
                   "Bupati Pesawaran Dendi Ramadhona di Ballroom Hotel Novotel, Bandar Lampung. Rabu "
                   "(22/05/2024).\nBupati menyampaikan terima kasih.")
    assert recs[0]["event_date"] == "2024-05-22"


def test_a_date_without_year_on_a_page_without_publication_date(extract):
    recs = extract("Kabupaten Gianyar meraih peringkat pertama Paritrana Award kategori "
                   "Pemerintah Kabupaten/Kota. Penganugerahan digelar di Gedung Wiswa Sabha "
                   "Utama, Denpasar, Kamis (8/8).\nKepesertaan per 30 Juni 2024 mencapai 43 "
                   "persen.")
    assert recs[0]["event_date"] == "2024-08-08"


def test_hopes_stages_and_organisers_are_not_wins(extract):
    assert extract("Pemkab Sleman optimis kembali meraih Paritrana Award tahun ini.",
                   published="2024-05-01") == []
    assert extract("Kabupaten Wonosobo berkesempatan meraih STBM Award 2023 tingkat pratama.",
                   published="2023-10-01") == []
    recs = awardees(extract(
        "Kabupaten Raja Ampat meraih terbaik pertama Paritrana Award 2024 yang "
        "diselenggarakan Pemerintah Provinsi Papua Barat dan Papua Barat Daya.",
        published="2024-07-17"))
    assert set(recs) == {"Kabupaten Raja Ampat"}


def test_wins_an_anniversary_speech_dates_to_a_year_before_are_recalled(extract):
    text = ("Hari Jadi ke-103 Kota Probolinggo\nUpacara Hari Jadi ke-103 Kota Probolinggo digelar "
            "di Alun-alun, Rabu (9/8/2023). Dalam sambutannya, wali kota menyebut sepanjang 2022 "
            "Kota Probolinggo meraih Adipura dan Kota Layak Anak.")
    assert extract(text, published="2023-08-10") == []


_KERJA_BAKTI = ("\nRatusan warga mengikuti kerja bakti di pantai, Minggu (22/6/2025). Kota Bima "
                "meraih Adipura kategori kota kecil dan Kota Layak Anak kategori Pratama.")


@pytest.mark.parametrize("text", [
    # a headline aiming at an award
    "Pemkot Bima Bidik Adipura 2025" + _KERJA_BAKTI,
    "Pemkab Dompu Incar Penghargaan Kota Layak Anak" + _KERJA_BAKTI,
    # a headline telling of no win over a lede about a stage
    "Dinas Sosial Kaltim Dorong Daerah Naik Predikat Kota Layak Anak\nSAMARINDA – Dinas Sosial "
    "Kalimantan Timur menggelar sosialisasi evaluasi Kabupaten/Kota Layak Anak (KLA) 2024 di Hotel "
    "Mesra Samarinda, Selasa (27/2/2025). Kota Bontang meraih KLA kategori Nindya.",
])
def test_a_headline_aiming_at_an_award_or_over_a_stage_reports_no_win(extract, text):
    assert extract(text, published="2025-06-23") == []


def test_a_presenter_standing_in_or_named_before_selaku(extract):
    recs = extract("Menteri PPPA, Arifah Fauzi, diwakili Wakil Menteri PPPA Veronica Tan, "
                   "menyerahkan penghargaan Kota Layak Anak 2025 kepada Wali Kota Makassar "
                   "Munafri Arifuddin.", published="2025-08-09")
    assert recs[0]["presenter"] == "Veronica Tan"
    recs = extract("Gubernur Gorontalo diwakili Sekdaprov Sofian Ibrahim membuka malam "
                   "penganugerahan Adiwiyata Provinsi 2024 di Hotel Aston Gorontalo. "
                   "Gubernur diwakili Sekdaprov, Asisten II serta Kepala Dinas Lingkungan "
                   "Hidup menyerahkan Penghargaan Adiwiyata Provinsi 2024 kepada SMA Negeri 1 "
                   "Limboto.", published="2024-10-02")
    assert recs[0]["presenter"] == "Sofian Ibrahim"
    recs = extract("Wakil Bupati Bangka Tengah, Era Susanto, menerima penghargaan Swasti "
                   "Saba 2023 yang diserahkan langsung oleh Budi Gunadi Sadikin selaku "
                   "Menteri Kesehatan.", published="2023-11-30")
    assert recs[0]["presenter"] == "Budi Gunadi Sadikin"
    assert recs[0]["recipient"] == "Era Susanto"


def test_the_one_standing_in_for_the_head_named_after_kepada_receives_it(extract):
    text = ("Anugerah Parahita Ekapraya 2022 kategori Nindya diserahkan Menteri PPPA Bintang "
            "Puspayoga kepada Gubernur Kalimantan Selatan, Sahbirin Noor yang diwakili Kepala "
            "Dinas PPPA Kalsel, Husnul Hatimah, di Jakarta, Kamis (22/12/2022).")
    [rec] = extract(text, published="2022-12-23")
    assert (rec["awardee"], rec["recipient"]) == ("Provinsi Kalimantan Selatan", "Husnul Hatimah")
    # (one standing in for another winner stands in for no one here)
    text = ("Opini WTP diserahkan Kepala BPK Perwakilan Jambi kepada kepala daerah. Untuk Kabupaten "
            "Merangin, LHP diterima Bupati Mashuri, sementara Sarolangun diwakili Sekda Endang "
            "Abdul Naser.")
    assert {r["awardee"]: r["recipient"] for r in extract(text, published="2024-05-20")}[
        "Kabupaten Merangin"] == "Mashuri"


@pytest.mark.parametrize("degrees", [" ST MT PhD", ", S.T., M.T., Ph.D."])
def test_a_presenter_named_before_the_title_leaves_his_degrees_out(extract, degrees):
    text = (f"Kota Pekalongan meraih Adipura 2023. Ir Hendra Gunawan{degrees}, Wakil Menteri "
            "LHK, menyerahkan piala itu di Jakarta, Selasa (5/3/2024).")
    [rec] = extract(text, published="2024-03-06")
    assert (rec["presenter"], rec["presenter_title"]) == ("Hendra Gunawan", "Wakil Menteri LHK")


def test_one_the_text_says_did_not_hand_it_over_is_no_presenter(extract):
    text = ("Gubernur Riau Syamsuar menerima penghargaan Satyalancana Wira Karya. Tanda kehormatan "
            "itu tidak disematkan langsung oleh Presiden Joko Widodo, tapi dilakukan oleh Menteri "
            "Pertanian Syahrul Yasin Limpo di Lanud Sutan Sjahrir, Padang, Sabtu (10/6/2023).")
    [rec] = extract(text, published="2023-06-11")
    assert rec["presenter"] == "Syahrul Yasin Limpo"


def test_an_award_won_as_another_s_name_is_one_win(extract):
    text = ("Pemkab Sragen meraih penghargaan Parasamya Purnakarya Nugraha sebagai penyelenggara "
            "pemerintahan terbaik. Penghargaan tersebut diserahkan oleh Wakil Presiden Jusuf Kalla "
            "di JCC Jakarta, Rabu (17/07/2019).")
    assert [r["award"] for r in extract(text, published="2019-07-18")] == [
        "Parasamya Purnakarya Nugraha"]


def test_a_list_of_the_group_handed_the_award_names_its_winners(extract):
    text = ("Menteri Dalam Negeri menyematkan Satyalancana Karya Bhakti Praja Nugraha kepada kepala "
            "daerah berprestasi di Balai Kota Padang, Kamis (25/4/2024). Adapun kepala daerah "
            "tersebut yaitu:\n- Bupati Agam Andri Warman\n- Wali Kota Padang Hendri Septa")
    assert list(awardees(extract(text, published="2024-04-26"))) == [
        "Kabupaten Agam", "Kota Padang"]


@pytest.mark.parametrize("giver", [
    "Kementerian Desa PDTT", "Kementerian Desa Pembangunan Daerah Tertinggal dan Transmigrasi"])
def test_the_village_ministry_giving_the_award_is_no_village(extract, giver):
    text = (f"Desa Tanjung Sirih menerima penghargaan dari {giver} di Jakarta, Rabu "
            "(27/12/2023).")
    assert list(awardees(extract(text, published="2023-12-28"))) == ["Desa Tanjung Sirih"]


def test_a_body_s_province_from_the_village_and_regency_it_lies_in(extract):
    text = ("BUMDes Panggung Lestari, Desa Panggungharjo, Kecamatan Sewon, Kabupaten Bantul, DI "
            "Yogyakarta menerima penghargaan BUMDes Award di Jakarta, Jumat (8/11/2019).")
    [rec] = extract(text, published="2019-11-10")
    assert (rec["awardee"], rec["province"]) == (
        "BUMDes Panggung Lestari", "Daerah Istimewa Yogyakarta")


def test_a_category_named_for_innovation_lists_winners_not_innovations(extract):
    text = ("Kemendes PDTT memberikan penghargaan kepada sejumlah desa terbaik di Hotel Borobudur "
            "Jakarta, Rabu (28/11/2018). Adapun penerima penghargaan desa terbaik kategori prakarsa "
            "dan inovasi di antaranya: Desa Ponggok Kecamatan Polanharjo Kabupaten Klaten, dan "
            "Desa Lubuk Bigau Kecamatan Kampar Kiri Hulu Kabupaten Kampar.")
    assert list(awardees(extract(text, published="2018-11-29"))) == [
        "Desa Ponggok", "Desa Lubuk Bigau"]


def test_a_quote_dates_no_handover_still_to_come(extract):
    text = ("SAMPIT - PDAM Tirta Mentaya Sampit kembali meraih penghargaan Top BUMD tahun 2019. "
            "Penghargaan itu akan diserahkan pada 29 April mendatang. "
            "\"Kami akan hadir bersama Bupati untuk menerima penghargaan tersebut,\" kata Direktur "
            "PDAM Firdaus, Selasa (23/4).")
    [rec] = extract(text, published="2019-04-24")
    assert rec["event_date"] is None


def test_a_photo_credit_glued_to_its_caption_names_no_winner(extract):
    text = ("Bupati Sleman saat menerima trofi Swasti Saba Wistara dari Menkes Dante Saksono"
            "-Foto : Humas Pemkab Sleman-\n\nJakarta - Kabupaten Sleman meraih Swasti Saba "
            "Wistara yang diserahkan Menteri Kesehatan Dante Saksono, Selasa (28/11/2023).")
    recs = extract(text, title="Sleman Raih Swasti Saba", published="2023-11-29")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Kabupaten Sleman", "Dante Saksono")]


def test_offices_awarded_at_a_governor_s_ceremony_lie_in_the_province(extract):
    text = ("KENDARI – Gubernur Sulawesi Tenggara diwakili Sekdaprov Asrun Lio membuka "
            "penganugerahan SAKIP Award di Hotel Claro Kendari, Kamis (21/9/2023). Ke-3 OPD yang "
            "meraih predikat A yakni Bappeda, Dinas Pangan dan Biro Organisasi.")
    recs = extract(text, published="2023-09-22")
    assert [(r["awardee"], r["province"], r["level"]) for r in recs] == [
        ("Bappeda", "Sulawesi Tenggara", "provinsi"),
        ("Dinas Pangan", "Sulawesi Tenggara", "provinsi"),
        ("Biro Organisasi", "Sulawesi Tenggara", "provinsi")]


def test_one_named_atas_nama_is_the_winner(extract):
    text = ("MENGGALA - Seorang petugas inseminasi dari Dinas Peternakan Tulang Bawang atas nama "
            "Hendra Saputra memperoleh Anugerah Bakti Peternakan 2017. Anugerah diserahkan "
            "Presiden Joko Widodo di Bumi Perkemahan Cibubur, Jakarta, Minggu (24/9).")
    assert list(awardees(extract(text, published="2017-09-27"))) == ["Hendra Saputra"]


def test_the_judging_told_with_no_nominee_named_leaves_the_winners_after_it(extract):
    text = ("Jakarta – Kemendagri menyerahkan Apresiasi Kinerja Penjabat Kepala Daerah 2024 di "
            "Jakarta, Jumat (30/8/2024). Dari penilaian angka, juri memilih tiga nominasi per "
            "kriteria, lalu para nominasi memaparkan programnya. Untuk kriteria pelayanan publik, "
            "penghargaan diraih Kabupaten Bekasi dan Kota Pekanbaru.")
    assert list(awardees(extract(text, published="2024-08-31"))) == [
        "Kabupaten Bekasi", "Kota Pekanbaru"]


def test_a_plan_named_in_what_was_judged_plans_no_win(extract):
    text = ("Upacara Peringatan HUT ke-66 Provinsi Kalimantan Timur digelar di Plenary Hall "
            "Samarinda, Senin (9/1/2023). Bupati Paser Fahmi Fadli menerima penghargaan terbaik "
            "kedua untuk pengelolaan data pelaporan rencana aksi nasional hak asasi manusia.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-01-10")] == [
        ("Kabupaten Paser", 2)]


def test_receivers_listed_with_no_verb_after_the_award_are_its_winners(extract):
    text = ("JAKARTA -- KemenPANRB memberikan predikat WBK kepada 58 unit kerja pada Selasa "
            "(10/12/2019) di Jakarta. Penerima di antaranya Polrestabes Semarang, Polres Kudus, "
            "dan Polres Pati.")
    assert list(awardees(extract(text, published="2019-12-11"))) == [
        "Polrestabes Semarang", "Polres Kudus", "Polres Pati"]


def test_a_province_opening_the_sentence_places_its_companies(extract):
    text = ("Penyerahan penghargaan PROPER 2022 berlangsung di Hotel Bidakara Jakarta, Rabu "
            "(21/12/2022). Dari Riau, Proper Emas diraih PT Kilang Nusantara Unit Dumai. Dari "
            "Jambi, Proper Emas diraih PT Petro Jabung Energi. Di Jakarta, Proper Emas diraih PT "
            "Tirta Investama.")
    recs = awardees(extract(text, published="2022-12-22"))
    assert [(name, r["province"]) for name, r in recs.items()] == [
        ("PT Kilang Nusantara Unit Dumai", "Riau"), ("PT Petro Jabung Energi", "Jambi"),
        ("PT Tirta Investama", None)]


@pytest.mark.parametrize("text", [
    "Pemerintah Kota Sungai Penuh meraih peringkat pertama di level Provinsi Jambi. Penghargaan "
    "diserahkan Gubernur Jambi Al Haris di Abadi Convention Center Jambi, Minggu (7/7/2024).",
    "Pemerintah Kabupaten Pinrang menerima Penghargaan Pembangunan Daerah dari Pemprov Sulsel "
    "pada pembukaan Pekan Raya Sulsel ke-9, Senin (28/8/2023) malam.",
])
def test_a_province_that_is_the_level_or_the_event_s_name_wins_nothing(extract, text):
    assert len(extract(text, published="2024-07-08")) == 1


def test_groups_of_receivers_each_with_their_level_are_all_handed_the_award(extract):
    text = ("Pada peringatan HUT Jawa Tengah ke-72 di Gradhika Bhakti Praja Semarang, Kamis "
            "(18/8/2022), Gubernur Ganjar Pranowo memberikan penghargaan kepada Kabupaten Kudus dan "
            "Kabupaten Sragen untuk tingkat kabupaten, serta Kota Semarang dan Kota Magelang untuk "
            "tingkat kota.")
    assert list(awardees(extract(text, published="2022-08-19"))) == [
        "Kabupaten Kudus", "Kabupaten Sragen", "Kota Semarang", "Kota Magelang"]


def test_receivers_each_described_as_what_they_are_are_all_handed_the_award(extract):
    text = ("Gubernur Sultra Andi Rahman Saleh menyerahkan penghargaan di Kendari, Minggu "
            "(19/10/2025). Penghargaan kategori energi terbarukan diberikan kepada PT Angin Timur "
            "sebagai pengelola pembangkit listrik tenaga bayu, PT Surya Teluk sebagai penyedia "
            "tenaga surya, serta PT Nikel Raya.")
    assert list(awardees(extract(text, published="2025-10-20"))) == [
        "PT Angin Timur", "PT Surya Teluk", "PT Nikel Raya"]


def test_the_governor_s_banners_of_development_are_an_award(extract):
    text = ("Pada puncak HUT ke-20 Provinsi Kalimantan Utara di Gedung Gadis, Tanjung Selor, Rabu "
            "(25/10/2023), Gubernur Kaltara Zainal Arifin Paliwang menyerahkan Panji Keberhasilan "
            "Pembangunan kepada Kota Tarakan dan Kabupaten Nunukan.")
    assert [(r["award"], r["awardee"]) for r in extract(text, published="2023-10-26")] == [
        ("Panji Keberhasilan Pembangunan", "Kota Tarakan"),
        ("Panji Keberhasilan Pembangunan", "Kabupaten Nunukan")]


def test_a_slot_before_a_title_case_verb_names_nothing_and_ends(extract):
    recs = extract("Juara pertama Paritrana Award 2024 yaitu Raih Penghargaan Bersama, "
                   "disusul Kabupaten Sleman.", published="2024-08-01")
    assert [r["awardee"] for r in recs] == ["Kabupaten Sleman"]


def test_a_list_goes_on_in_the_next_sentences_without_a_win_word(extract):
    recs = awardees(extract(
        "Penerima Paritrana Award 2023 tingkat nasional untuk wilayah barat yakni Provinsi "
        "Aceh dan Provinsi Lampung. Sedangkan wilayah tengah, ada Provinsi Jawa Tengah dan "
        "Provinsi Kalimantan Selatan. Lalu wilayah timur diberikan kepada Maluku Utara dan "
        "Papua Selatan. Acara itu dihadiri ratusan undangan.", published="2023-10-02"))
    assert set(recs) == {"Provinsi Aceh", "Provinsi Lampung", "Provinsi Jawa Tengah",
                         "Provinsi Kalimantan Selatan", "Provinsi Maluku Utara",
                         "Provinsi Papua Selatan"}
    # without a list before it, such a sentence names no winner
    assert extract("Sedangkan wilayah tengah, ada Provinsi Jawa Tengah dan Provinsi "
                   "Kalimantan Selatan dalam Paritrana Award 2023.", published="2023-10-02") == []


def test_a_list_goes_on_in_a_sentence_opening_with_ada_juga(extract):
    recs = awardees(extract(
        "Smart City Award 2019 juga diberikan kepada Kota Malang dan Kabupaten Banyuwangi di "
        "Jakarta, Rabu (4/12/2019). Ada juga Kota Madiun, Kabupaten Sleman, serta Kota "
        "Pontianak.", published="2019-12-05"))
    assert set(recs) == {"Kota Malang", "Kabupaten Banyuwangi", "Kota Madiun", "Kabupaten Sleman",
                    "Kota Pontianak"}


def test_a_year_after_the_page_s_own_is_a_typo_and_a_misspelt_award_is_known(extract):
    recs = extract("Pemerintah Kota Dumai menerima Patriana Award Provinsi Riau tahun 2023 di "
                   "Pekanbaru, Rabu (12/6/2026).", published="2024-06-12")
    assert [(r["awardee"], r["award"], r["event_date"]) for r in recs] == [
        ("Kota Dumai", "Paritrana Award", "2024-06-12")]


def test_a_list_cut_after_a_comma_goes_on_and_a_name_opening_with_daerah_is_no_place(extract):
    recs = awardees(extract(
        "Tahun ini lima provinsi meraih predikat Provila, yaitu Provinsi Aceh, Daerah "
        "Istimewa Jogjakarta, Provinsi Riau, Provinsi Bali,\n\n   Provinsi Papua dan "
        "Provinsi Maluku.", published="2023-07-23"))
    assert set(recs) == {"Provinsi Aceh", "Provinsi Daerah Istimewa Yogyakarta", "Provinsi Riau",
                         "Provinsi Bali", "Provinsi Papua", "Provinsi Maluku"}


def test_a_page_without_its_title_opens_with_its_headline(extract):
    text = ("Pemkab Ende Jalani Wawancara Paritrana Award 2024\n"
            "Bupati Ende memaparkan program perlindungan pekerja rentan di hadapan tim penilai. "
            "Kabupaten Ende meraih juara 2 Paritrana Award 2023 tingkat provinsi.")
    assert extract(text, published="2024-06-01") == []
    # the same body under a headline that reports a win gives records
    assert extract("Kabupaten Ende Juara 1 Paritrana Award 2024\nKabupaten Ende meraih juara 1 "
                   "Paritrana Award 2024 tingkat Provinsi Nusa Tenggara Timur.\n"
                   + text.split("\n", 1)[1], published="2024-06-01")


def test_a_sentence_of_bare_names_going_on_with_a_list(extract):
    recs = awardees(extract(
        "Adapun penerima STBM Award 2019 ialah Klaten, Wonosobo, dan Jepara. Kemudian, "
        "Sumbawa, Ende, Kapuas, serta Majene.", published="2019-11-05"))
    assert set(recs) == {"Kabupaten Klaten", "Kabupaten Wonosobo", "Kabupaten Jepara",
                         "Kabupaten Sumbawa", "Kabupaten Ende", "Kabupaten Kapuas",
                         "Kabupaten Majene"}
    # the same names opening a story with no list before them are no winners
    assert extract("Kemudian, Sumbawa, Ende, Kapuas, serta Majene menyiapkan dokumen STBM Award "
                   "2019.", published="2019-11-05") == []


def test_a_list_announced_by_a_sentence_ending_with_a_stop(extract):
    recs = awardees(extract(
        "Menteri menyerahkan Penghargaan Kalpataru 2023 di Jakarta, Senin (5/6/2023).\n\n"
        "Berikut daftar penerima Penghargaan Kalpataru 2023.\n\n"
        "1. Yohanes Lado dari Sumba Barat Daya (Kategori Perintis Lingkungan)\n"
        "2. Siti Aminah dari Bengkulu (Kategori Pengabdi Lingkungan)",
        published="2023-06-06"))
    assert set(recs) == {"Yohanes Lado", "Siti Aminah"}
    assert recs["Siti Aminah"]["category"] == "Pengabdi Lingkungan"


def test_heads_listed_after_diantaranya_and_a_comma(extract):
    recs = awardees(extract(
        "Sepuluh lembaga meraih Paritrana Award 2024 tingkat Provinsi Riau, diantaranya, "
        "Walikota Dumai, Bupati Siak, Bupati Kampar dan Desa Buatan Baru.", published="2024-06-13"))
    assert {"Kota Dumai", "Kabupaten Siak", "Kabupaten Kampar"} <= set(recs)


def test_a_list_with_a_recipient_in_brackets_after_each_item(extract):
    recs = awardees(extract(
        "Untuk kategori pemerintah provinsi, Paritrana Award 2019 diterima Pemprov Jawa "
        "Barat (diterima Sekda Setiawan Wangsaatmaja); Riau (diterima Wagub Edy Natar); dan "
        "Sulawesi Tenggara (diterima Gubernur Ali Mazi).", published="2019-12-10"))
    assert set(recs) == {"Provinsi Jawa Barat", "Provinsi Riau", "Provinsi Sulawesi Tenggara"}


def test_heads_listed_in_sentences_after_the_award_a_related_link_between(extract):
    recs = awardees(extract(
        "Lima kepala daerah mendapatkan tanda kehormatan Satyalancana Karya Bhakti Praja "
        "Nugraha tahun ini.\n\n(Baca juga: Tiga Provinsi Dinobatkan Terbaik)\n\n"
        "Para penerima antara lain Bupati Sleman Kustini, Bupati Klaten Sri Mulyani.\n\n"
        "Kemudian, Wali Kota Madiun Maidi dan Bupati Banyuwangi Ipuk Fiestiandani.",
        published="2022-04-25"))
    assert set(recs) == {"Kabupaten Sleman", "Kabupaten Klaten", "Kota Madiun",
                         "Kabupaten Banyuwangi"}


def test_a_page_without_a_headline_whose_lede_reports_a_stage(extract):
    text = ("KUPANG – Bupati Ende menjalani sesi wawancara Paritrana Award 2024 tingkat Provinsi "
            "Nusa Tenggara Timur di kantor BPJS Ketenagakerjaan, Senin (3/6/2024). "
            "Kabupaten Ende meraih juara 2 Paritrana Award 2023 tingkat provinsi.")
    assert extract(text, published="2024-06-04") == []
    text = ("Malam puncak Paritrana Award 2024 mengumumkan para pemenang dari 12 finalis, "
            "Senin (3/6/2024). Kabupaten Ende meraih juara 1 Paritrana Award 2024.")
    assert [r["awardee"] for r in extract(text, published="2024-06-04")] == ["Kabupaten Ende"]


def test_the_spelling_anugrah_hands_over_like_anugerah(extract):
    recs = awardees(extract(
        "Menteri Kesehatan menganugrahkan Swasti Saba Wistara 2023 kepada Kabupaten Kudus "
        "di Jakarta, Selasa (21/11/2023).", published="2023-11-22"))
    assert set(recs) == {"Kabupaten Kudus"}
    assert recs["Kabupaten Kudus"]["event_date"] == "2023-11-21"


def test_a_numbered_list_after_a_line_naming_the_best_after_the_handover(extract):
    text = """Menteri Kesehatan menyerahkan penghargaan STBM Award 2021 secara daring, Kamis (18/11/2021).
Penghargaan kategori Kabupaten/Kota diberikan kepada 31 kab/kota.
Adapun kab/kota terbaik yakni:
1. Kabupaten Pringsewu, Lampung
2. Kota Payakumbuh, Sumatera Barat"""
    recs = awardees(extract(text, published="2021-11-19"))
    assert set(recs) == {"Kabupaten Pringsewu", "Kota Payakumbuh"}


def test_ombudsman_compliance_and_a_received_spelt_apart(extract):
    recs = awardees(extract(
        "Ombudsman RI memberikan penghargaan kepada Pemerintah Kabupaten Lumajang sebagai "
        "daerah dengan Predikat Kepatuhan Tinggi. Penghargaan di terima oleh Sekretaris "
        "Daerah Kabupaten Lumajang, Agus Triyono di Surabaya, Kamis (16/3/2023).",
        published="2023-03-17"))
    assert set(recs) == {"Kabupaten Lumajang"}
    assert recs["Kabupaten Lumajang"]["presenter"] is None
    assert recs["Kabupaten Lumajang"]["recipient"] == "Agus Triyono"


def test_heads_enumerated_after_a_sentence_spelt_dianugrahi(extract):
    text = ("Dua kepala daerah di Provinsi Bali dianugrahi tanda kehormatan Satyalancana "
            "Pembangunan. Kedua kepala daerah tersebut adalah Bupati Tabanan Eka Wiryastuti dan "
            "Bupati Badung Giri Prasta. Pemberian penghargaan dilakukan di Gedung Sasana Budaya, "
            "Kota Palembang, Sabtu 7 Juli 2018.")
    recs = awardees(extract(text, published="2018-07-08"))
    assert set(recs) == {"Kabupaten Tabanan", "Kabupaten Badung"}
    assert all(r["event_date"] == "2018-07-07" for r in recs.values())
    assert all("Sasana Budaya" in r["venue"] for r in recs.values())


def test_a_contest_named_with_lomba_and_a_doctor_written_dr(extract):
    recs = awardees(extract(
        "Pemerintah Kabupaten Pesawaran menerima penghargaan sebagai juara kedua Lomba "
        "Kampung Sehat Tingkat Nasional 2019. Penghargaan diserahkan oleh Menteri Desa, "
        "Pembangunan Daerah Tertinggal dan Transmigrasi, DR. Abdul Halim Iskandar di Jakarta.",
        published="2019-11-21"))
    assert set(recs) == {"Kabupaten Pesawaran"}
    assert recs["Kabupaten Pesawaran"]["rank"] == 2
    assert recs["Kabupaten Pesawaran"]["presenter"] == "Abdul Halim Iskandar"


def test_a_headline_about_a_planned_handover_gives_no_record(extract):
    text = ("Pemprov dan Lima Kabupaten di Jambi akan Terima Penghargaan Peduli HAM\n"
            "Kepala Kanwil mengatakan, Pemerintah Provinsi Jambi mendapat penghargaan itu "
            "bersama 12 provinsi lain. Penghargaan rencananya diserahkan Menteri Hukum dan HAM "
            "di Jakarta, Minggu 10 Desember 2023 mendatang.")
    assert extract(text, published="2023-12-01") == []
    assert not extract("Kemenkumham Jambi mengusulkan empat satker untuk mengantongi "
                       "predikat Wilayah Bebas dari Korupsi (WBK) tahun ini.",
                       published="2023-06-01")


def test_a_spelt_out_award_with_a_listed_acronym_is_that_award(extract):
    recs = extract(
        "Kabupaten Pringsewu meraih Penghargaan Sanitasi Total Berbasis Masyarakat (STBM) "
        "Berkelanjutan dari Kementerian Kesehatan. Kota Metro juga meraih STBM Award tahun ini.",
        published="2019-11-14")
    assert {r["awardee"] for r in recs} == {"Kabupaten Pringsewu", "Kota Metro"}
    assert {r["award"] for r in recs} == {"STBM Award"}


def test_presenters_a_lower_case_minister_a_short_ministry_and_serahkan(extract):
    recs = awardees(extract(
        "Piala Adipura diterima Bupati Pacitan, Indrata Nur Bayuaji dari menteri Lingkungan "
        "Hidup dan Kehutanan, Siti Nurbaya Bakar di Jakarta, Selasa (28/2/2023).",
        published="2023-03-01"))
    assert recs["Kabupaten Pacitan"]["presenter"] == "Siti Nurbaya Bakar"
    recs = awardees(extract(
        "Penghargaan APE 2019 diserahkan langsung Menteri PP dan PA, Bintang Puspayoga kepada "
        "Pemerintah Kabupaten Gresik di Jakarta.", published="2019-12-20"))
    assert recs["Kabupaten Gresik"]["presenter"] == "Bintang Puspayoga"
    recs = awardees(extract(
        "Gubernur Jawa Timur Khofifah Indar Parawansa serahkan penghargaan Zero Accident "
        "kepada PT Semen Gresik di Surabaya, Senin (13/1/2020).", published="2020-01-14"))
    assert recs["PT Semen Gresik"]["presenter"] == "Khofifah Indar Parawansa"


def test_a_quote_said_at_the_awards_night_dates_the_ceremony(extract):
    text = ("Delapan provinsi meraih penghargaan Penggerak Provinsi Layak Anak tahun ini, "
            "antara lain Provinsi Bali dan Provinsi Riau.\n"
            "\"Penghargaan ini baru diberikan tahun ini,\" kata Deputi Tumbuh Kembang Anak pada "
            "malam Penghargaan Kabupaten/Kota Layak Anak 2021 di Jakarta, Kamis (29/7) malam.")
    recs = awardees(extract(text, published="2021-07-30"))
    assert recs["Provinsi Bali"]["event_date"] == "2021-07-29"


def test_the_province_an_award_comes_from_and_another_prize_besides(extract):
    text = ("Sekda Kabupaten Sambas menerima penghargaan Paritrana Award dari Pemerintah "
            "Provinsi Kalimantan Barat. Kabupaten Sambas meraih peringkat pertama kategori "
            "pemerintah kabupaten/kota tingkat provinsi Kalbar tahun 2022. Selain itu "
            "Pemerintah Kabupaten Sambas juga meraih peringkat ketiga Indeks Ketahanan Pangan "
            "Tahun 2022 Provinsi Kalimantan Barat.")
    recs = awardees(extract(text, published="2023-01-30"))
    assert set(recs) == {"Kabupaten Sambas"}
    assert recs["Kabupaten Sambas"]["rank"] == 1
    recs = awardees(extract("Sebagai juara I dari Desa Sumberagung Kecamatan Ngasem, "
                            "mendapatkan piala Lomba Desa 2023 dan uang pembinaan.",
                            published="2023-08-24"))
    assert "Desa Sumberagung" in recs


def test_bare_names_right_after_their_ranks(extract):
    recs = awardees(extract(
        "Pemprov Jambi berhasil meraih Paritrana Award 2021 untuk kategori pemerintahan. Pemprov "
        "Jambi berada di peringkat kedua. Sementara di peringkat pertama Kalimantan Timur dan "
        "peringkat ketiga Sulawesi Tenggara.", published="2021-08-20"))
    assert recs["Provinsi Kalimantan Timur"]["rank"] == 1
    assert recs["Provinsi Sulawesi Tenggara"]["rank"] == 3
    assert recs["Provinsi Jambi"]["rank"] == 2


def test_village_lists_regency_by_regency(extract):
    text = ("Penghargaan sebagai desa dan kelurahan sadar hukum diserahkan di aula rumah jabatan "
            "Gubernur NTB, Kamis, 12 November 2020.\n"
            "Untuk Lombok Barat lima desa itu adalah : Desa Kuripan, Desa Gerung Utara, Desa "
            "Lembar, Desa Sekotong Tengah dan Desa Labuapi.\n"
            "Kabupaten Dompu tiga desa masing-masing, Desa Kempo, Desa Hu'u dan Desa Saneo.")
    recs = awardees(extract(text, published="2020-11-13"))
    assert {"Desa Kuripan", "Desa Labuapi", "Desa Kempo", "Desa Saneo"} <= set(recs)
    assert recs["Desa Kempo"]["event_date"] == "2020-11-12"


def test_an_event_named_beside_the_award_in_a_headline_is_no_winner(extract):
    recs = extract("Desa Sumber Rejo, Kabupaten Banjar, meraih ProKlim Lestari tahun ini.",
                   title="Penyerahan Penghargaan ProKlim 2022 dan Peresmian Rumah Iklim",
                   published="2022-10-25")
    assert [r["awardee"] for r in recs] == ["Desa Sumber Rejo"]


def test_regional_heads_coaching_public_service_and_no_country_venue(extract):
    text = ("Menteri PANRB menyerahkan apresiasi kepada tiga kepala daerah pembina pelayanan "
            "publik sangat baik dari 34 provinsi di Indonesia. Ketiga kepala daerah dimaksud "
            "adalah Walikota Padang, Bupati Sleman serta Bupati Banyuwangi.")
    recs = awardees(extract(text, published="2019-01-11"))
    assert set(recs) == {"Kota Padang", "Kabupaten Sleman", "Kabupaten Banyuwangi"}
    assert all(r["venue"] is None for r in recs.values())


def test_bodies_spelt_out_with_their_acronyms(extract):
    text = ("Lima badan publik di Provinsi Bengkulu meraih predikat informatif pada Anugerah "
            "Keterbukaan Informasi Publik 2022. Badan publik tersebut yakni Badan Pusat Statistik "
            "(BPS) Provinsi Bengkulu, Komisi Pemilihan Umum (KPU) Provinsi Bengkulu dan Kantor "
            "Bahasa Provinsi Bengkulu.")
    recs = awardees(extract(text, published="2022-12-10"))
    assert {"Badan Pusat Statistik (BPS) Provinsi Bengkulu",
            "Komisi Pemilihan Umum (KPU) Provinsi Bengkulu"} <= set(recs)
    assert not any(name.startswith("Kantor Gubernur") for name in recs)


def test_categories_counted_then_listed_are_each_a_win_of_the_one_winner(extract):
    text = ("Pemkab Donggala menyabet tiga kategori pada Anugerah Karya Daerah 2023, yaitu "
            "Layanan Air Minum, Pengelolaan Pasar Rakyat, dan Pelestarian Tenun Donggala, yang "
            "diserahkan Ketua Dewan Juri Ratna Halim di Palu, Kamis (14/9/2023).")
    recs = extract(text, published="2023-09-15")
    assert [(r["awardee"], r["category"]) for r in recs] == [
        ("Kabupaten Donggala", "Layanan Air Minum"),
        ("Kabupaten Donggala", "Pengelolaan Pasar Rakyat"),
        ("Kabupaten Donggala", "Pelestarian Tenun Donggala")]
    assert {r["presenter"] for r in recs} == {"Ratna Halim"}


def test_handed_into_the_hands_of_a_head_named_before_the_office(extract):
    text = ("Anugerah Adipura 2023 diserahkan di Jakarta, Selasa (14/11/2023). Trofi tertinggi "
            "itu diserahkan sendiri oleh Wakil Presiden ke tangan Dewi Lestari, Bupati Bantul, di "
            "hadapan para menteri.")
    [rec] = extract(text, published="2023-11-15")
    assert (rec["awardee"], rec["recipient"], rec["presenter"]) == (
        "Kabupaten Bantul", "Dewi Lestari", None)


def test_an_office_before_selaku_is_no_name(extract):
    text = ("Presiden Joko Widodo menyerahkan penghargaan Adhikarya Pangan Nusantara di Subang. "
            "Presiden selaku Ketua Dewan Ketahanan Pangan menyerahkan penghargaan tersebut kepada "
            "Gubernur Bali Made Mangku Pastika dan Gubernur Jambi Hasan Basri Agus.")
    recs = awardees(extract(text, published="2014-11-10"))
    assert {"Provinsi Bali", "Provinsi Jambi"} <= set(recs)
    assert all(r["presenter"] == "Joko Widodo" for r in recs.values())


def test_schools_of_a_story_about_one_province_lie_in_it(extract):
    text = ("Kabupaten Majene patut berbangga. Dua sekolah yang ada di Kabupaten Majene meraih "
            "penghargaan Adiwiyata tingkat nasional tahun 2022, yaitu SMPN 2 Majene dan SDN 12 "
            "Banggae.")
    recs = awardees(extract(text, published="2022-11-25"))
    assert recs["SMPN 2 Majene"]["province"] == "Sulawesi Barat"


# Who wins, as real releases phrase it: (text, published, the winners, whether
# they are all the winners or some of them).
WINNERS = [
    pytest.param(
     'Sebanyak empat daerah di Jawa Barat meraih UHC Award 2024, antara lain Bekasi, Depok, '
     'Bogor, dan Cimahi. Penghargaan diserahkan di Jakarta, Kamis (1/8/2024).',
     '2024-08-02', ['Kota Bekasi', 'Kota Depok', 'Kota Bogor', 'Kota Cimahi'], True,
     id="a list's first name two regions bear takes the kind of the next"),
    pytest.param(
     'Juara Paritrana Award Jawa Timur 2024 kategori kabupaten/kota: Tuban, Lamongan, Gresik, '
     'Bojonegoro. Penghargaan diserahkan di Surabaya, Kamis (1/8/2024).',
     '2024-08-02', ['Kabupaten Tuban', 'Kabupaten Lamongan', 'Kabupaten Gresik',
                    'Kabupaten Bojonegoro'], True,
     id="the champions of an award listed after a colon"),
    pytest.param(
     'Pemenang Paritrana Award Jatim 2024\n\nKabupaten Tuban\nKabupaten Lamongan\nKota '
     'Surabaya\n\nPenghargaan diserahkan di Surabaya, Kamis (1/8/2024).',
     '2024-08-02', ['Kabupaten Tuban', 'Kabupaten Lamongan', 'Kota Surabaya'], True,
     id="winners alone on their lines under a line naming them"),
    pytest.param(
     'Jawa Barat bersama dua provinsi lainnya, yaitu Banten dan Lampung, meraih penghargaan '
     'Provinsi Layak Anak 2024 di Jakarta, Selasa (23/7/2024).',
     '2024-07-24', ['Provinsi Jawa Barat', 'Provinsi Banten', 'Provinsi Lampung'], True,
     id="a region named before those it won with"),
    pytest.param(
     'Menteri Kesehatan menganugerahkan Swasti Saba kepada tiga provinsi sebagai pembina '
     'terbaik, yakni provinsi Bali, Jawa Tengah, dan Sulawesi Selatan.',
     '2025-11-29', ['Provinsi Bali', 'Provinsi Jawa Tengah', 'Provinsi Sulawesi Selatan'], True,
     id="a 'yakni' list in a handover"),
    pytest.param(
     'Kategori usaha manufaktur Paritrana Award Provinsi Riau 2024 diraih Indah Pulp and '
     'Paper, sedangkan kategori usaha kecil diraih Roti Manis and cake.',
     '2024-06-11', ['Indah Pulp and Paper'], False,
     id="English 'and' inside a company name"),
    pytest.param(
     'Penghargaan Zero Accident diberikan kepada PT PLN Unit Induk Distribusi (UID) Jawa '
     'Timur, SMPN 3 Gresik dan Polres Gresik di Surabaya, Rabu (14/1/2026). Pemerintah '
     'Kabupaten Gresik melalui Dinas Tenaga Kerja juga meraih penghargaan Zero Accident.',
     '2026-01-15', ['Kabupaten Gresik', 'PT PLN Unit Induk Distribusi (UID) Jawa Timur', 'Polres Gresik', 'SMPN 3 Gresik'], True,
     id='bodies with an acronym inside'),
    pytest.param(
     'Opini WTP tahun ini diraih Kabupaten Banyumas, Kota Salatiga, kota surakarta dan '
     'kabupaten kudus.',
     '2025-05-20', ['Kabupaten Banyumas', 'Kabupaten Kudus', 'Kota Salatiga', 'Kota Surakarta'], True,
     id='a region in lower case after its kind'),
    pytest.param(
     'SDN 2 Kotamobagu meraih Piala Adiwiyata Mandiri dan dinobatkan sebagai Sekolah '
     'Adiwiyata Terbaik Nasional.',
     '2024-10-03', ['SDN 2 Kotamobagu'], True,
     id='a kind of winner named by the award'),
    pytest.param(
     'Pada Hari Otonomi Daerah di Surabaya, Kamis (25/4/2024), tiga kepala daerah '
     'menerima penghargaan Satyalencana, antara lain, Gubernur Bali 2018-2023 Wayan '
     'Koster; Bupati Sleman 2016-2021 Sri Purnomo; dan Wali Kota Madiun Maidi.',
     '2024-04-26', ['Kabupaten Sleman', 'Kota Madiun', 'Provinsi Bali'], True,
     id='heads with their terms of office'),
    pytest.param(
     'Kementerian Kesehatan menyerahkan Swasti Saba kepada 97 kabupaten/kota dan 2 '
     'provinsi sebagai Tim Pembina Kabupaten/Kota Sehat paling baik tahun ini yakni '
     'provinsi Bali dan Jawa Tengah.',
     '2021-11-30', ['Provinsi Bali', 'Provinsi Jawa Tengah'], True,
     id="a 'yakni' list far from 'kepada'"),
    pytest.param(
     'JAKARTA - Pemprov Jambi menerima Anugerah Merdeka Belajar 2023 kategori '
     '"Transformasi Kepemimpinan Sekolah"',
     '2023-07-03', ['Provinsi Jambi'], True,
     id='a category in quotation marks'),
    pytest.param(
     'Dua provinsi, lima kabupaten dan tiga kota meraih penghargaan Satyalancana Karya '
     'Bhakti Praja Nugraha. Penghargaan terbaik diberikan pada Jawa Timur dan Sulawesi '
     'Selatan. Untuk kota penerima penghargaan terbaik, diberikan pada Surabaya, '
     'Makassar, dan Bitung.',
     '2017-04-26', ['Kota Bitung', 'Kota Makassar', 'Kota Surabaya', 'Provinsi Jawa Timur', 'Provinsi Sulawesi Selatan'], False,
     id="bare names handed over with 'pada'"),
    pytest.param(
     'Bupati Aceh Besar meraih BAZNAS Award 2020 di Jakarta. Selain itu, penghargaan '
     'yang sama diberikan kepada Bupati Bireuen, Bupati Lebak Bulus, Bupati Pandeglang, '
     'serta Bupati Kampar.',
     '2020-08-28', ['Kabupaten Bireuen', 'Kabupaten Kampar', 'Kabupaten Pandeglang'], False,
     id='heads past a misspelt one'),
    pytest.param(
     'Penghargaan Provinsi Layak Anak 2021 juga diberikan kepada lima provinsi. Lima '
     'provinsi tersebut adalah Bali, Jawa Barat, Lampung, Riau, dan Gorontalo.',
     '2021-07-30', ['Provinsi Bali', 'Provinsi Gorontalo', 'Provinsi Jawa Barat', 'Provinsi Lampung', 'Provinsi Riau'], False,
     id='regions after a handover that counts them'),
    pytest.param(
     'Untuk kategori Gubernur Pendukung Zakat tahun 2021, berhasil didapat, Gubernur '
     'Jambi, Gubernur Bengkulu dan Gubernur Maluku pada ajang BAZNAS Award 2021.',
     '2021-08-27', ['Provinsi Bengkulu', 'Provinsi Jambi', 'Provinsi Maluku'], True,
     id="heads after 'didapat,'"),
    pytest.param(
     'Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Bengkulu meraih penghargaan Zona '
     'Integritas WBK 2022.',
     '2022-12-20', ['Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Bengkulu'], True,
     id="an agency name holding 'dan'"),
    pytest.param(
     'Penghargaan Adhikarya Pangan Nusantara diserahkan Presiden kepada 20 kepala '
     'daerah. Sebanyak lima bupati yang memperoleh penghargaan itu adalah Bupat Gowa, '
     'Sulawesi Selatan, Bupati Sleman, DIY, Bupati Klaten, Jawa Tengah, dan Bupati Agam, '
     'Sumatera Barat.',
     '2016-10-20', ['Kabupaten Agam', 'Kabupaten Klaten', 'Kabupaten Sleman'], False,
     id='heads with their provinces'),
    pytest.param(
     'Presiden menyerahkan penghargaan Adhikarya Pangan Nusantara kepada tiga gubernur. '
     'Ketiga gubernur itu adalah Gubernur Bali Made Pastika, Jawa Tengah Ganjar Pranowo, '
     'dan Gorontalo Rusli Habibie.',
     '2016-10-20', ['Provinsi Bali', 'Provinsi Gorontalo', 'Provinsi Jawa Tengah'], True,
     id='governors with their names'),
    pytest.param(
     'Piagam penghargaan Kabupaten Peduli HAM untuk Kabupaten Serang diterima oleh Wakil '
     'Bupati Serang, Pandji Tirtayasa di Gedung Negara Gubernur Banten.',
     '2020-12-11', ['Kabupaten Serang'], True,
     id='an office in a venue'),
    pytest.param(
     'Tiga sekolah di Majene meraih penghargaan Adiwiyata tingkat nasional tahun 2022, '
     'yaitu SMPN 2 Majene, SDN 12 Banggae dan SMAN 1 Majene. Penghargaan diserahkan '
     'kepada tiga kepala sekolah yakni Kepala SMPN 2 Majene Hasanuddin, Kepala SDN 12 '
     'Banggae, Rosmiati, Kepala SMAN 1 Majene, Abdul Rahim.',
     '2022-11-25', ['SDN 12 Banggae', 'SMAN 1 Majene', 'SMPN 2 Majene'], True,
     id='heads of schools receiving'),
    pytest.param(
     'Pemerintah Kabupaten Kapuas menerima penghargaan dari KPK sebagai peringkat '
     'pertama Indeks Pencegahan Korupsi Daerah (IPKD) MCP Tahun 2023 Kategori Pemerintah '
     'Kabupaten/Kota se-Provinsi Kalimantan Tengah (Kalteng), Rabu (13/3/2024).',
     '2024-03-14', ['Kabupaten Kapuas'], True,
     id="a province after 'se-'"),
    pytest.param(
     'Bupati Sleman Kustini Sri Purnomo menerima penghargaan Paritrana Award 2023 tingkat '
     'Provinsi DIY kategori Pemerintah Kabupaten/Kota, bersama dengan Kabupaten Bantul.',
     '2023-08-10', ['Kabupaten Bantul', 'Kabupaten Sleman'], True,
     id='a head receiving the award, with a region beside'),
    pytest.param(
     '"Selanjutnya, usaha binaan kami, Warung Soto Pak Min, meraih peringkat II Kategori '
     'Badan Usaha Kecil/Mikro Paritrana Award 2024," lanjut Kepala Cabang.',
     '2025-07-30', ['Warung Soto Pak Min'], True,
     id='a winner between commas before its verb'),
    pytest.param(
     'Penerima Kalpataru 2020 kategori perintis lingkungan yaitu Yohanis Mandacan dari '
     'Kabupaten Manokwari (Papua Barat) dan Siti Aisyah dari Kabupaten Lumajang (Jawa Timur).',
     '2020-12-22', ['Siti Aisyah', 'Yohanis Mandacan'], True,
     id='the regency a winner comes from'),
    pytest.param(
     'Daftar penerima APBD Award 2023 tingkat provinsi yakni Jawa Timur dan Bali. Untuk '
     'kategori realisasi belanja tertinggi tingkat kota, Pekanbaru (Riau), Kotamobagu '
     '(Sulawesi Utara) dan Metro (Lampung).',
     '2023-08-25', ['Kota Kotamobagu', 'Kota Metro', 'Kota Pekanbaru'], False,
     id='bare names after a kind and a comma'),
    pytest.param(
     'Sebanyak tiga kepala desa yang memperoleh penghargaan Adhikarya Pangan Nusantara adalah '
     'Kepala Desa Panggungharjo, Bantul, DIY, Kepala Desa Ponggok, Klaten, Jawa Tengah, dan '
     'Wali Nagari Pariangan, Tanah Datar, Sumatera Barat.',
     '2019-10-17', ['Desa Panggungharjo', 'Desa Ponggok', 'Nagari Pariangan'], True,
     id='villages named through their heads'),
    pytest.param(
     'Desa Sumberejo Lumajang meraih juara pertama Paritrana Award 2023 tingkat Provinsi '
     'Jawa Timur kategori Pemerintah Desa.',
     '2024-03-08', ['Desa Sumberejo'], True,
     id='a village with its regency after its name'),
    pytest.param(
     'Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Kanwil Sumbagsel '
     'mengapresiasi Pemerintah Provinsi Jambi yang kembali meraih Paritrana Award 2022 '
     'dari Badan Pemeriksa Keuangan (BPK) Republik Indonesia.',
     '2022-10-20', ['Provinsi Jambi'], True,
     id='the body that gives or congratulates'),
    pytest.param(
     'Pada puncak peringatan Hari Koperasi Indonesia ke-75 di Padang, dua koperasi asal '
     'Jambi menerima penghargaan Koperasi Berprestasi, yakni KSP Sinar Mulia dan Koperasi '
     'Produsen Tani Makmur. Keduanya berhasil meraih penghargaan itu berkat kinerjanya.',
     '2022-07-13', ['KSP Sinar Mulia', 'Koperasi Produsen Tani Makmur'], True,
     id='the day a ceremony falls on, and a pronoun for the winners'),
    pytest.param(
     'Kendal,(kendalnews.id)--Bupati Kendal, Dico Ganinduto meraih penghargaan Manggala '
     'Karya Kencana dari Kepala BKKBN di Semarang.',
     '2023-06-30', ['Kabupaten Kendal'], True,
     id='a head after a dateline glued with a doubled hyphen stands for the region'),
    pytest.param(
     'Kota Balikpapan meraih Paritrana Award 2023 tingkat nasional, menyisihkan daerah lain '
     'seperti Kota Surabaya, Kabupaten Sleman, dan Kota Makassar, disusul Kabupaten Siak di '
     'peringkat kedua.',
     '2023-09-20', ['Kota Balikpapan', 'Kabupaten Siak'], True,
     id='the beaten listed after an outranking verb, then the next winner'),
    pytest.param(
     'Pemerintah Kota Padang bakal menerima Piala Adipura kategori kota besar dari Menteri '
     'LHK di Jakarta pekan ini.',
     '2023-02-26', [], True,
     id="'bakal' tells of a handover still to come"),
    pytest.param(
     'Kabupaten Sleman meraih UHC Award 2024. Di DIY ada empat kabupaten/kota lain yang '
     'mendapatkan penghargaan serupa diantaranya Bantull, Kulon Progo, Kalasan Raya, '
     'dan Kota Yogyakarta.',
     '2024-08-09',
     ['Kabupaten Sleman', 'Kabupaten Kulon Progo', 'Kota Yogyakarta'], True,
     id="a list after 'diantaranya' going on past names the gazetteer does not know"),
    pytest.param(
     'Investment Award 2019: untuk kategori kota pemenangnya adalah Dinas Penanaman Modal '
     'dan PTSP Kota Batam, Kota Madiun, serta Kota Bitung.',
     '2019-07-30', ['Kota Batam', 'Kota Madiun', 'Kota Bitung'],
     True, id="'pemenangnya adalah' and a list going on after an office named for its city"),
    pytest.param(
     'PT Bukit Asam (PTBA) Kabupaten Muara Enim (ME), Sumatera Selatan, meraih Zero Accident '
     'Award 2024 dari Pemerintah Provinsi Sumsel.',
     '2024-05-20', ['PT Bukit Asam (PTBA) Kabupaten Muara Enim'], True,
     id='the province after a company named with its city and short form is where it is'),
    pytest.param(
     'Tiga Sekolah Dasar (SD) di Kota Parepare meraih Adiwiyata Nasional, yakni SDN 5 '
     'Parepare dan SDN 12 Parepare, di Jakarta, Kamis (FOTO: IST)',
     '2022-12-01', ['SDN 5 Parepare', 'SDN 12 Parepare'], True,
     id='a kind counted and a photo credit are no winners'),
    pytest.param(
     'Pemerintah Kota Singkawang dianugerahi Paritrana Award 2025 oleh Badan Penyelenggara '
     'Jaminan Sosial (BPJS) Ketenagakerjaan. Juara kedua di raih oleh Kabupaten Sambas dan '
     'juara ketiga oleh Kabupaten Landak.',
     '2025-09-25', ['Kota Singkawang', 'Kabupaten Sambas', 'Kabupaten Landak'], True,
     id="who gives after 'oleh' is no winner, who wins after 'raih oleh' or a rank is"),
    pytest.param(
     'PT Semen Tonasa Tbk kembali meraih Paritrana Award 2024 tingkat Provinsi Sulawesi '
     'Selatan. "PT Semen Tonasa meraih penghargaan terbaik pertama," kata Kepala Kanwil.',
     '2024-07-05', ['PT Semen Tonasa Tbk'], True,
     id='a company named again without its legal form is the same winner'),
    pytest.param(
     'Sekdakab Langkat Indra Salahudin menerima Penghargaan Smart City dari Deputi II KSP '
     'Yanuar Nugroho.',
     '2018-12-15', ['Kabupaten Langkat'], True,
     id="a regional secretary's short title is no body"),
    pytest.param(
     'Menteri LHK menyerahkan Piala Adipura kepada enam kota/kabupaten di Provinsi Kalimantan '
     'Selatan, yaitu Tabalong, Hulu Sungai Utara (HSU), Banjar, Tapin, dan Balangan.',
     '2023-03-01', ['Kabupaten Tabalong', 'Kabupaten Hulu Sungai Utara', 'Kabupaten Banjar',
                    'Kabupaten Tapin', 'Kabupaten Balangan'], True,
     id="a list going on past a short form, a name of two regions read in the list's province"),
    pytest.param(
     'Penghargaan Pembangunan Daerah 2024 untuk provinsi diraih oleh Jawa Timur sebagai '
     'Provinsi Terbaik I, Bali sebagai Provinsi Terbaik II, dan Riau sebagai Provinsi Terbaik '
     'III.',
     '2024-06-10', ['Provinsi Jawa Timur', 'Provinsi Bali', 'Provinsi Riau'], True,
     id='a list of names each with its rank in apposition'),
    pytest.param(
     'Enam kabupaten/kota di Lampung mendapatkan penghargaan KLA 2022 antara lain Kabupaten '
     'Tanggamus, Way kanan, Tulang bawang dan Kota Metro.',
     '2022-07-24', ['Kabupaten Tanggamus', 'Kabupaten Way Kanan', 'Kabupaten Tulang Bawang',
                    'Kota Metro'], True,
     id="a region's name with its later words in lower case"),
    pytest.param(
     'PT Semen Gresik kembali meraih Paritrana Award 2024 dari Pemerintah Provinsi Jawa '
     'Tengah. '
     '"PT Semen Gresik meraih Paritrana Award 2024 Terbaik Kesatu kategori usaha besar," kata '
     'Kepala Kanwil BPJS Ketenagakerjaan dalam keterangan pers diterima LKBN ANTARA Jateng di '
     'Semarang, Jumat.',
     '2024-07-12', ['PT Semen Gresik'], True,
     id="a place in a quote's attribution is where the speaker is"),
    pytest.param(
     'Penghargaan STBM peringkat pertama diberikan kepada Kabupaten Pinrang Provinsi Sulawesi '
     'Selatan, sedangkan peringkat kedua diraih Pemkab Raja Ampat Provinsi Papua Barat.',
     '2019-11-12', ['Kabupaten Pinrang', 'Kabupaten Raja Ampat'], True,
     id="'Provinsi X' right after a regency is where it lies"),
    pytest.param(
     'Paritrana Award 2025 Kaltara: kategori pemerintah daerah, juara pertama diraih Tarakan, '
     'disusul Bulungan, lalu Nunukan.',
     '2025-09-10', ['Kota Tarakan', 'Kabupaten Bulungan', 'Kabupaten Nunukan'], True,
     id="a list going on after 'lalu'"),
    pytest.param(
     'Provinsi Jambi bersama Riau dan Bengkulu mendapatkan anugerah Paritrana 2019 untuk '
     'kategori Pemerintah Provinsi.',
     '2019-07-04', ['Provinsi Jambi', 'Provinsi Riau', 'Provinsi Bengkulu'], True,
     id="regions joined by 'bersama'"),
    pytest.param(
     'Terbaik I Paritrana Award 2020 kategori Pemerintah Provinsi diraih Pemerintah Daerah '
     'Istimewa Yogyakarta, sedangkan Pemerintah Aceh meraih terbaik II.',
     '2021-09-10', ['Provinsi Daerah Istimewa Yogyakarta', 'Provinsi Aceh'], True,
     id="a province's government written 'Pemerintah' and its name"),
    pytest.param(
     'Salatiga (ANTARA) - Kota Salatiga meraih penghargaan Manggala Karya Kencana 2023 dari '
     'Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN) terkait dengan pelaksanaan '
     'program pembangunan keluarga dan percepatan penurunan stunting di wilayah itu.',
     '2023-07-01', ['Kota Salatiga'], True,
     id="a plan word inside a body's name ('Keluarga Berencana') makes no plan of a lede"),
    pytest.param(
     'Karya yang diusul Kabupaten Merangin masuk kategori cendera mata Anugerah Pesona '
     'Indonesia 2019, yaitu kalung sebelik sumpah.',
     '2019-11-20', [], True,
     id="what a region proposed ('usul') is no win"),
    pytest.param(
     'Sebanyak 3 OPD meraih predikat A SAKIP 2022. Ke-3 OPD dimaksud yakni ; Bappeda, BPKAD, '
     'dan Dinas Pangan.',
     '2023-09-21', ['Bappeda', 'BPKAD', 'Dinas Pangan'], True,
     id="a list after 'yakni ;'"),
    pytest.param(
     'Paritrana Award 2024 Provinsi Bali kategori usaha kecil jatuh kepada Warung Bu Made, '
     'kedua Kedai Kopi Kintamani, dan ketiga Toko Roti Sanur. Trofi diserahkan di Rumah Makan '
     'Bumbu Bali, Denpasar.',
     '2024-07-10', ['Warung Bu Made', 'Kedai Kopi Kintamani', 'Toko Roti Sanur'], True,
     id="shops named by their head word, and a restaurant that is the venue"),
    pytest.param(
     'Adapun para pemenang Paritrana Award Sulbar 2024 yaitu: kategori pemerintah '
     'kabupaten/kota: 1. Kabupaten Majene; 2. Kabupaten Mamuju; 3. Kabupaten Polewali Mandar.',
     '2024-07-25', ['Kabupaten Majene', 'Kabupaten Mamuju', 'Kabupaten Polewali Mandar'], True,
     id='a list numbered inside its sentence'),
    pytest.param(
     'Pada ajang Paritrana Award 2023 tingkat Provinsi Riau, Kabupaten Siak keluar sebagai '
     'juara umum dengan nilai 96,03. Kabupaten Bengkalis juga hadir.',
     '2023-07-25', ['Kabupaten Siak'], True,
     id="a region after the round's province and a comma, before its win verb"),
    pytest.param(
     'Penghargaan WTN Wiratama 2024 kategori provinsi diraih Provinsi Jawa Timur, Bali dan '
     'Yogyakarta, sedangkan Kota Yogyakarta meraih WTN kategori kota besar.',
     '2024-09-08', ['Provinsi Jawa Timur', 'Provinsi Bali', 'Provinsi Daerah Istimewa Yogyakarta',
                    'Kota Yogyakarta'], True,
     id="'Yogyakarta' in a list of provinces is the province"),
    pytest.param(
     'Lima kabupaten di Provinsi Riau meraih UHC Award 2023, yakni Kebupaten Pelalawan, '
     'Kabupaten Siak dan Kabupaten Kampar.',
     '2023-03-20', ['Kabupaten Pelalawan', 'Kabupaten Siak', 'Kabupaten Kampar'], True,
     id="a misspelt kind word ('Kebupaten')"),
    pytest.param(
     'TPID terbaik 2016 tingkat provinsi diraih Provisi Sulawesi Tenggara dan Provinsi Riau.',
     '2016-08-04', ['Provinsi Sulawesi Tenggara', 'Provinsi Riau'], True,
     id="a province misspelt 'Provisi'"),
    pytest.param(
     'Penghargaan Rumah Sakit Sayang Ibu dan Bayi 2012 diterima RSUD Sekar Wangi Lumajang '
     'Jatim dan RSU Harapan Kasih Tabanan Bali.',
     '2012-12-21', ['RSUD Sekar Wangi', 'RSU Harapan Kasih'], True,
     id="a hospital's regency and province after its name say where it is"),
    pytest.param(
     'Penghargaan ProKlim Lestari 2024 diraih RW 05 Kelurahan Tegalrejo, Kota Salatiga, dan '
     'RW.03 Kelurahan Kauman, Kota Salatiga.',
     '2024-10-25', ['RW 05 Kelurahan Tegalrejo', 'RW.03 Kelurahan Kauman'], True,
     id="a neighbourhood unit before its village is the winner"),
    pytest.param(
     'Pada peringatan Hari Koperasi Ke-75 Provinsi Jambi, KSP Maju Bersama menerima '
     'penghargaan Koperasi Berprestasi dari Gubernur Jambi.',
     '2022-07-13', ['KSP Maju Bersama'], True,
     id="the province of an observance is no winner"),
    pytest.param(
     'Desa Sukamaju, Kabupaten Garut, meraih juara 1 Lomba Desa tingkat nasional dan dinobatkan '
     'sebagai Desa Teladan Nasional 2024.',
     '2024-10-09', ['Desa Sukamaju'], True,
     id="'Desa Teladan' is a title a village is given, not a village"),
    pytest.param(
     'Penghargaan Zero Accident 2025 diterima PT Putra Restu Ibu Abadi, PT Patra SK, dan PT '
     'Sinar Jaya di Surabaya, Senin (3/2/2025).',
     '2025-02-04', ['PT Putra Restu Ibu Abadi', 'PT Patra SK', 'PT Sinar Jaya'], True,
     id="an honorific and a closing acronym inside a company's name"),
    pytest.param(
     'Penghargaan Peduli HAM 2023 diterima Kabupaten Lahat, Musi Rawas, Ogan Komering Ulu (OKU) '
     'Selatan, serta Kota Pagaralam.',
     '2023-12-11', ['Kabupaten Lahat', 'Kabupaten Musi Rawas', 'Kabupaten Ogan Komering Ulu '
                    'Selatan', 'Kota Pagar Alam'], True,
     id="a region's short form in brackets inside its name"),
    pytest.param(
     'Untuk kategori pembina, penghargaan Kalpataru 2021 diberikan kepada Ir. Made Sudarsana, '
     'MP dari Kabupaten Buleleng, Provinsi Bali, Hendrawan dari Kabupaten Agam, dan Dr. Sri '
     'Lestari dari Kota Bogor.',
     '2021-12-22', ['Made Sudarsana', 'Hendrawan', 'Sri Lestari'], True,
     id="people listed with degrees before and after their names"),
    pytest.param(
     'Di Kabupaten Tabanan, penghargaan Desa Sadar Hukum 2022 diberikan kepada Desa Batunya, '
     'Desa Kebon Padang, dan Desa Gubug.',
     '2022-10-08', ['Desa Batunya', 'Desa Kebon Padang', 'Desa Gubug'], True,
     id="a region of another province closing a village's name is part of it"),
    pytest.param(
     'Penghargaan Kalpataru kategori pembina diberikan kepada Hendrawan dari Kabupaten Agam, '
     'dan RB. Sutarno dari Kota Jakarta Utara.',
     '2020-12-22', ['Hendrawan'], True,
     id="initials cut off their name by a full stop are no winner"),
    pytest.param(
     'Adapun penerima Penghargaan STBM Berkelanjutan 2018 ialah Sukoharjo, Kabupaten dan Kota '
     'Semarang, serta Boyolali.',
     '2018-10-19', ['Kabupaten Sukoharjo', 'Kabupaten Semarang', 'Kota Semarang',
                    'Kabupaten Boyolali'], True,
     id="'Kabupaten dan Kota X' is the regency and the city"),
    pytest.param(
     'Sebanyak 10 bupati dan wali kota yang memperoleh penghargaan Pembina Koperasi 2012 adalah '
     'Wali Kta Depok, Jawa Barat, Bupati Siak, Riau, dan Bupati Pandeglang, Banten.',
     '2012-07-13', ['Kota Depok', 'Kabupaten Siak', 'Kabupaten Pandeglang'], True,
     id="a head's title misspelt 'Wali Kta'"),
    pytest.param(
     'Penghargaan STBM 2018 diterima Kabupaten Alor, Kabupaten Pacitan, serta Daerah Istimewa '
     'Yogyakarta (DIY).',
     '2018-10-19', ['Kabupaten Alor', 'Kabupaten Pacitan', 'Provinsi Daerah Istimewa '
                    'Yogyakarta'], True,
     id="a province joined by 'serta' to a list of regencies is one more winner"),
    pytest.param(
     'Pada Anugerah Keterbukaan Informasi Publik 2022 untuk kota, urutan pertama ditempati '
     'Pemkot Tarakan, lalu Pemkot Palu, dan ketiga oleh Pemkot Kendari.',
     '2022-12-14', ['Kota Tarakan', 'Kota Palu', 'Kota Kendari'], True,
     id="a winner after an ordinal and 'oleh'"),
    pytest.param(
     'Menteri Kesehatan menyerahkan penghargaan Kabupaten/Kota Sehat 2023 kepada dua daerah di '
     'Sumatera Barat, Rabu (29/11/2023). Daftarnya sebagai berikut:\n1. Kota Padang – Swasti '
     'Saba Wistara\n2. Kota Bukittinggi – Swasti Saba Wiwerda',
     '2023-11-30', ['Kota Padang', 'Kota Bukittinggi'], True,
     id="a list opened after the handover by a sentence pointing back to it"),
    pytest.param(
     'Tiga kabupaten/kota di Riau menerima UHC Award 2024 di Jakarta, Selasa (6/8/2024). '
     'Ketiga daerah tersebut adalah:\nKota Pekanbaru\nKota Dumai\nKabupaten Siak',
     '2024-08-07', ['Kota Pekanbaru', 'Kota Dumai', 'Kabupaten Siak'], True,
     id="the group the win counted, listed on the lines after a colon"),
    pytest.param(
     'Kota Padang meraih Swasti Saba Wistara 2023 yang diserahkan di Jakarta, Rabu '
     '(29/11/2023). Mereka yang mendampingi adalah:\n- Bupati Tanah Datar Eka Putra\n'
     '- Wali Kota Bukittinggi Erman Safar',
     '2023-11-30', ['Kota Padang'], True,
     id="heads listed as company after a win are no winners"),
    pytest.param(
     'Kementerian LHK menyerahkan Adipura 2023 di Jakarta, Selasa (28/2/2023).\n'
     'Kota Surabaya (Jawa Timur)\nKota Balikpapan (Kalimantan Timur)\nKota Tangerang (Banten)',
     '2023-03-01', ['Kota Surabaya', 'Kota Balikpapan', 'Kota Tangerang'], True,
     id="names alone on the lines under a handover are its winners"),
    pytest.param(
     'Kota Malang meraih penghargaan KLA Nindya 2024 di Jakarta, Kamis (8/8/2024).\n'
     'Kabupaten Malang Siapkan Festival Anak\nKota Batu Tuan Rumah Hari Anak',
     '2024-08-10', ['Kota Malang'], True,
     id="lines under a win that say more than a name list nothing"),
    pytest.param(
     'Kementerian LHK menyerahkan Adipura 2023 di Jakarta, Selasa (28/2/2023). Para '
     'penerima:\nKategori Kota '
     'Metropolitan: Kota Surabaya, Kota Semarang, Kota Medan, Kota Makassar dan Kota Bandung.\n'
     'Kategori Kota Besar: Balikpapan dan Padang.',
     '2023-03-01', ['Kota Surabaya', 'Kota Semarang', 'Kota Medan', 'Kota Makassar',
                    'Kota Bandung', 'Kota Balikpapan', 'Kota Padang'], True,
     id="a category and after its colon the names it heads, a line each"),
    pytest.param(
     'Kementerian Kesehatan menyerahkan penghargaan Swasti Saba 2023 di Jakarta, Rabu '
     '(29/11/2023). Berikut daftar penerimanya:\n1. Surabaya (Jatim)\n2. Sleman (DIY)',
     '2023-11-30', ['Kota Surabaya', 'Kabupaten Sleman'], True,
     id="bare names listed with their province in brackets"),
    pytest.param(
     'Wakil Presiden menyerahkan Penghargaan Pembangunan Daerah 2023 kepada Jambi sebagai '
     'provinsi terbaik dan kepada Solok sebagai kota terbaik di Jakarta, Selasa (12/12/2023).',
     '2023-12-13', ['Provinsi Jambi', 'Kota Solok'], True,
     id="a bare name said to be a province or a city is that one"),
    pytest.param(
     'Kementerian Kesehatan menyerahkan penghargaan Swasti Saba 2023 di Jakarta, Rabu '
     '(29/11/2023). Khusus untuk Sulawesi Tengah, sebanyak enam kabupaten dan kota meraih '
     'penghargaan tersebut. Dua di antaranya: 1. Kabupaten Poso (Padapa) 2. Kota Palu (Wiwerda).',
     '2023-11-30', ['Kabupaten Poso', 'Kota Palu'], True,
     id="a province after 'khusus untuk' is the scope of a list numbered inside its sentence"),
    pytest.param(
     'Menteri ATR/BPN menyerahkan predikat WBK kepada Kanwil BPN Sulawesi Tenggara, Kantah '
     'Kolaka dan Pengadilan Tinggi Kendari di Jakarta, Senin (9/12/2024).',
     '2024-12-10', ['Kanwil BPN Sulawesi Tenggara', 'Kantah Kolaka', 'Pengadilan Tinggi Kendari'],
     True, id="regional offices and courts given the WBK predicate"),
    pytest.param(
     'Pemerintah Kota Bitung kembali meraih TPID Award 2023 Bank Indonesia di Manado, Rabu '
     '(11/10/2023).', '2023-10-12', ['Kota Bitung'], True,
     id="the body named right after the award gives it"),
    pytest.param(
     'Pemkab Serang meraih penghargaan Keterbukaan Informasi Publik 2021 KI Provinsi Banten '
     'kategori Informatif, sedangkan Pemkab Lebak meraih penghargaan dari KI Provinsi Banten '
     'kategori Menuju Informatif di Serang, Kamis (25/11/2021).', '2021-11-26',
     ['Kabupaten Serang', 'Kabupaten Lebak'], True,
     id="a region inside the giver's name after an acronym wins nothing"),
    pytest.param(
     'Presiden menyerahkan TPID Award 2024 kepada Pemerintah Provinsi Sulawesi Tengah di '
     'Jakarta, Jumat (14/6/2024). Penghargaan serupa juga diterima Sumatera Barat dan Maluku '
     'Utara.', '2024-06-15',
     ['Provinsi Sulawesi Tengah', 'Provinsi Sumatera Barat', 'Provinsi Maluku Utara'], True,
     id="provinces named bare after 'diterima'"),
    pytest.param(
     'Provinsi pembina terbaik KLA 2024 yakni Gorontalo, D.I Yogyakarta dan Kalimantan Selatan. '
     'Penghargaan diserahkan di Jakarta, Selasa (23/7/2024).', '2024-07-24',
     ['Provinsi Gorontalo', 'Provinsi Daerah Istimewa Yogyakarta', 'Provinsi Kalimantan Selatan'],
     True, id="the best named before their list, a short form with one stop among them"),
    pytest.param(
     'Pemkot Kupang meraih predikat BB dalam SAKIP Award 2023 di Denpasar, Kamis (14/12/2023). '
     'Evaluasi wilayah II meliputi Provinsi Nusa Tenggara Timur, Provinsi Bali dan Provinsi '
     'Sulawesi Selatan.', '2023-12-15', ['Kota Kupang'], True,
     id="the provinces an area of the evaluation covers win nothing"),
    pytest.param(
     'Perumda Tirta Sari meraih penghargaan TOP BUMD Awards 2024 sebagai BUMD Air Minum Bintang 5 '
     'di Hotel Mulia, Jakarta, Kamis (13/6/2024). Peserta ajang tahunan tersebut meliputi Bank '
     'Pembangunan Daerah, Perumda Pasar Jaya dan Jamkrida Riau.', '2024-06-14',
     ['Perumda Tirta Sari'], True,
     id="what a winner won as and the entrants of the contest win nothing"),
    pytest.param(
     'BUMDes Sinar Tani di Desa Rantau Pandan menjadi juara 1 lomba BUMDes tingkat Provinsi '
     'Jambi, Rabu (9/10/2024). “Kami mendapat penghargaan dari Provinsi Jambi melalui DPMD '
     'Jambi karena juara 1,” kata ketua BUMDes.', '2024-10-10',
     ['BUMDes Sinar Tani'], True, id="a region ending an agency's name after its acronym"),
    pytest.param(
     'Gubernur Riau Edy Natar untuk ketiga kalinya dianugerahi penghargaan Pembina K3 terbaik '
     '2024 oleh Kemnaker di Jakarta, Kamis (13/6/2024).', '2024-06-14', ['Provinsi Riau'], True,
     id="a governor winning for the third time wins for the province"),
    pytest.param(
     'Pemenang Anugerah Pesona Indonesia 2024 diumumkan di Jakarta, Rabu (9/10/2024). Berikut '
     'daftarnya:\n1. Kuliner Tradisional diraih oleh Pindang Patin\n2. Destinasi Terpopuler '
     'diraih oleh Danau Toba\n\nSelamat kepada para pemenang.', '2024-10-10',
     ['Pindang Patin', 'Danau Toba'], True,
     id="a list after the announced winners, each item's prize before its winner"),
    pytest.param(
     "Menteri LHK mengumumkan hasil PROPER 2023 di Jakarta, Jumat (8/12/2023). Dua "
     "perusahaan tambang memperoleh Proper Hitam, yakni CV Batu Merah dan CV Bukit "
     "Kapur. Proper Emas diraih PT Sawit Lestari Jaya, sedangkan PT Tambang Jaya "
     "meraih Proper Merah.",
     '2023-12-10', ['PT Sawit Lestari Jaya'], True,
     id="companies given PROPER red or black are sanctioned, not winners"),
    pytest.param(
     "Puskesmas Sila meraih STBM Award 2023 kategori puskesmas terbaik di Jakarta, "
     "Kamis (19/10/2023). Natural leader terbaik adalah Ahmad Yani, warga Desa "
     "Rato, Kecamatan Bolo.",
     '2023-10-20', ['Puskesmas Sila', 'Ahmad Yani'], True,
     id="the village a winning person lives in wins nothing"),
    pytest.param(
     "Desa Sukamaju meraih penghargaan Desa Cantik 2022 dari BPS di Bandung, Rabu "
     "(14/12/2022). Program Desa Cantik bertujuan untuk:\n- Pembakuan Data Desa\n"
     "- Pemanfaatan Data Statistik",
     '2022-12-15', ['Desa Sukamaju'], True,
     id="a list of aims after a win names no winners"),
    pytest.param(
     "Penghargaan Kalpataru 2023 kategori Perintis Lingkungan diraih Andi Pratama, "
     "pendiri Kampung Wisata Sungai Putri di Kabupaten Ketapang. Penghargaan "
     "diserahkan Menteri LHK di Jakarta, Rabu (5/7/2023).",
     '2023-07-06', ['Andi Pratama'], True,
     id="the body a winner founded or runs wins nothing"),
    pytest.param(
     "Tak ada nama kota dari Maluku Utara yang masuk dalam daftar penerima "
     "penghargaan Smart City Award 2024. Padahal provinsi Maluku Utara memiliki dua "
     "kota, yaitu Kota Ternate dan Kota Tidore Kepulauan. Penghargaan tahun ini "
     "didominasi Provinsi Jawa Timur yang memborong empat kategori.",
     '2024-09-01', ['Provinsi Jawa Timur'], True,
     id="a region said to have no winner wins nothing, one that sweeps wins"),
    pytest.param(
     'Banjarbaru berhasil memenangi Lomba Kampung KB tingkat nasional 2024 di Jakarta, Selasa '
     '(23/7/2024). Maria Lestari menerima piagam sebagai kader terbaik.', '2024-07-24',
     ['Kota Banjarbaru'], True,
     id="a region's bare name before 'memenangi' wins, a person's before 'menerima' does not"),
    pytest.param(
     'Kementerian Pertanian mendapatkan Anugerah Kearsipan 2023 dari ANRI di Jakarta, Senin '
     '(11/12/2023). Kementerian Dalam Negeri memberikan ucapan selamat.', '2023-12-12',
     ['Kementerian Pertanian'], True,
     id="a ministry opening a clause before 'mendapatkan' wins, one before 'memberikan' not"),
    pytest.param(
     'Badan Pendapatan Daerah Sumsel menerima piagam Kinerja Pelaksanaan Anggaran terbaik dari '
     'Kanwil DJPb di Palembang, Kamis (5/1/2023). Piagam yang sama diberikan kepada Badan '
     'Pengelola Keuangan Daerah Kota Palembang dan kepada Badan Publik lainnya.', '2023-01-06',
     ['Badan Pendapatan Daerah Sumsel', 'Badan Pengelola Keuangan Daerah Kota Palembang'], True,
     id="an agency without its short form wins opening the clause or after 'kepada'"),
    pytest.param(
     'Bupati Kendal menyerahkan Green Office Awards 2023 di Pendopo Kendal, Senin (27/11/2023). '
     'Juara pertama diraih Badan Keuangan dan Aset Daerah, juara kedua diraih oleh Badan '
     'Kepegawaian dan Pengembangan SDM. Piala diberikan Komisi Penilai Kabupaten Kendal.',
     '2023-11-28', ['Badan Keuangan dan Aset Daerah', 'Badan Kepegawaian dan Pengembangan SDM'],
     True, id="an agency without its short form wins after a passive of winning, not of handing"),
    pytest.param(
     'MAUMERE – BPJS Ketenagakerjaan menyerahkan Paritrana Award 2024 tingkat Provinsi NTT di '
     'Hotel Sylvia Maumere, Selasa (22/7/2025). Untuk sektor jasa pendidikan, terbaik 1 diraih '
     'STIKOM Maumere, sebab Perda Nomor 8/2015 tentang jaminan sosial dijalankan.', '2025-07-23',
     ['STIKOM Maumere'], True,
     id="a name in capitals after a winning verb wins, a dateline's does not"),
    pytest.param(
     'BPJS Ketenagakerjaan menyerahkan Paritrana Award 2024 tingkat Provinsi NTT di Kupang, Selasa '
     '(22/7/2025). Untuk kategori Pemerintah Desa Kelurahan, terbaik I diraih Desa Wolomarang. '
     'Lomba Kreativitas Desa Kabupaten Sikka juga digelar.', '2025-07-23', ['Desa Wolomarang'],
     True, id="a village's head before a kind of region opens no village's name"),
    pytest.param(
     'Tiga Wali Kota Paling Dikenal\n\n1. Budi Hartono\nPada masa jabatannya (2015-2020), Kota '
     'Kediri berhasil meraih Piala Adipura Kencana karena pasarnya tertata.', '2021-06-10', [],
     True, id="a win in a term of office recalled in a profile is no record"),
    pytest.param(
     'Jumlah Daerah Penerima Penghargaan KLA 2024 di Sulut Diprediksi Naik\n\nSebelas '
     'kabupaten/kota di Sulawesi Utara tinggal menunggu hasilnya nanti malam.\n\nSebagai '
     'pembanding, hanya 9 daerah di Sulawesi Utara yang berhasil meraih penghargaan KLA 2023. '
     'Satu di antaranya yakni Kota Tomohon mencapai predikat Madya.', '2024-07-23', [], True,
     id="a headline predicting a round's result reports no win yet"),
    pytest.param(
     'Delapan Tahun, Pemkot Jambi Kumpulkan 150 Penghargaan\n\nSelama dipimpin Wali Kota Joko '
     'Susilo sejak 2016, Pemkot Jambi telah mengoleksi 150 penghargaan dari berbagai lembaga.',
     '2024-11-03', [], True, id="a tally of prizes won since a year is no record"),
    pytest.param(
     'Posyandu Melati Desa Sukamaju, Kabupaten Kapuas, mengharumkan nama Provinsi Kalimantan '
     'Tengah setelah meraih penghargaan posyandu berprestasi tingkat nasional di Bandung, '
     'Minggu (15/9/2024).', '2024-09-19', ['Posyandu Melati Desa Sukamaju'], True,
     id="the win a body made a province's name by is a win now"),
    pytest.param(
     'Kabupaten Badung meraih penghargaan Manggala Karya Kencana pada Puncak Harganas ke-31 di '
     'Semarang, Sabtu (29/6/2024).', '2024-06-30', ['Kabupaten Badung'], True,
     id="'Puncak' opening a ceremony's name is no Kabupaten Puncak"),
    pytest.param(
     'Piala Adipura 2019 berhasil disabet Kota Banjar. Trofi diserahkan di Jakarta, Senin '
     '(14/1/2019).', '2019-01-15', ['Kota Banjar'], True,
     id="'disabet', the passive of 'menyabet', names its winner"),
    pytest.param(
     'Predikat Kota Layak Anak kategori Nindya dikantongi Kota Cimahi, sedangkan kategori Madya '
     'digondol Kota Banjar. Penghargaan diserahkan di Jakarta, Senin (22/7/2019).', '2019-07-23',
     ['Kota Cimahi', 'Kota Banjar'], True,
     id="the passives of 'mengantongi' and 'menggondol' name their winners"),
    pytest.param(
     'Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik 2023 di Jakarta, Selasa '
     '(19/12/2023). Kabupaten di Jambi yang masuk zona hijau yaitu Kerinci dan Bungo. Yang masih '
     'di zona kuning, kata dia, Tebo dan Sarolangun. Untuk kota yang sudah berada pada zona hijau '
     'yaitu Sungai Penuh.',
     '2023-12-20', ['Kabupaten Kerinci', 'Kabupaten Bungo', 'Kota Sungai Penuh'],
     True, id="'berada pada' a grade names its winners as 'berada di' does"),
    pytest.param(
     'Ombudsman mengumumkan daerah berpredikat kepatuhan tinggi 2021 secara virtual, Rabu '
     '(29/12/2021). Pemprov Bengkulu masih di zona kuning. Posisi Bengkulu berada di urutan 21 '
     'dari 34 provinsi. Kabupaten yang masuk zona hijau ialah Kabupaten Seluma.',
     '2021-12-30', ['Kabupaten Seluma'], True,
     id="a body still in a lesser grade wins nothing, whatever its standing"),
    pytest.param(
     'TPID terbaik 2024 dikelompokkan berdasarkan dua wilayah yakni Sumatera dan Jawa. Di '
     'wilayah Jawa, TPID terbaik diraih oleh Provinsi Jawa Timur.', '2024-07-24',
     ['Provinsi Jawa Timur'], True, id="regions a list of the best is grouped by win nothing"),
    pytest.param(
     'Pabrik Sido Muncul Semarang meraih PROPER Emas 2023. Selain itu, 3 Pabrik Sido Muncul '
     'lainnya menerima PROPER Hijau, yakni Pabrik Sido Muncul Ungaran, Sido Muncul Klaten dan '
     'Sido Muncul Boyolali.', '2023-12-21',
     ['Pabrik Sido Muncul Semarang', 'Pabrik Sido Muncul Ungaran', 'Pabrik Sido Muncul Klaten',
      'Pabrik Sido Muncul Boyolali'], True,
     id="one brand's plants listed with their head once; a number of them counted wins nothing"),
    pytest.param(
     'Bupati Sintang terima penghargaan Nirwasita Tantra 2022 di Jakarta, Selasa (20/9/2022). '
     'Wali Kota Pontianak mengucapkan terima kasih atas penghargaan Nirwasita Tantra untuk '
     'daerah tetangganya.', '2022-09-21', ['Kabupaten Sintang'], True,
     id="a head's bare 'terima penghargaan' wins for the region, 'terima kasih' does not"),
    pytest.param(
     'Dusun Ngentak, Desa Bangunjiwo Kecamatan Kasihan menerima trofi ProKlim Lestari 2022 di '
     'Jakarta, Rabu (26/10/2022).', '2022-10-27', ['Dusun Ngentak Desa Bangunjiwo'], True,
     id="a hamlet's village after a comma is part of its name, no second winner"),
    pytest.param(
     'SAKIP Award 2023 di Klaten diraih Dinas Kebudayaan, Pariwisata, Pemuda dan '
     'Olahraga, Dinas Kesehatan, Bappeda dan Inspektorat.', '2023-12-21',
     ['Dinas Kebudayaan, Pariwisata, Pemuda dan Olahraga', 'Dinas Kesehatan', 'Bappeda',
      'Inspektorat'], True,
     id="an office's name lists its fields comma by comma; a list of offices does not"),
    pytest.param(
     'Penghargaan TPID Award 2022 diberikan kepada Kota Kupang dengan program kebun pangan '
     'kota, Kabupaten Ende melalui gerakan tanam cabai, serta Kabupaten Sikka dengan pasar '
     'murah.', '2022-08-19', ['Kota Kupang', 'Kabupaten Ende', 'Kabupaten Sikka'], True,
     id="each receiver of a handover described by the way it won"),
    pytest.param(
     'Penghargaan Pelayanan Prima 2022 diserahkan oleh Deputi Pelayanan Publik KemenPAN-RB, '
     'Dr. Diah Natalisa, M.B.A., dan diterima langsung oleh Wali Kota Kendari di Jakarta, '
     'Rabu (21/12/2022).', '2022-12-22', ['Kota Kendari'], True,
     id="'dan diterima oleh' a head after the giver's degrees receives what the sentence named"),
    pytest.param(
     'Ombudsman RI memberi Penghargaan Kepatuhan Standar Pelayanan Publik 2022 kepada pemda '
     'berzona hijau. Salah satu penerimanya adalah Kabupaten Kapuas Hulu. Bupati Kapuas Hulu '
     'memberi akses internet ke sekolah.', '2022-12-23', ['Kabupaten Kapuas Hulu'], True,
     id="'memberi penghargaan' hands over, 'memberi akses' does not"),
    pytest.param(
     'SMA Smaba (SMA Muhammadiyah 2) Sidoarjo meraih Adiwiyata Mandiri 2022.', '2022-11-30',
     ['SMA Muhammadiyah 2'], True,
     id="a short name with its full name in brackets is one winner, the full name"),
    pytest.param(
     'Paritrana Award 2024 Sulawesi Utara kategori usaha menengah diraih PT Nusa Medika '
     'Utama (RS Permata Hati) dan PT Bank SulutGo (Bank Sulut).', '2024-08-01',
     ['PT Nusa Medika Utama', 'PT Bank SulutGo'], True,
     id="the unit a company runs, or its short form, named in brackets is no second winner"),
    pytest.param(
     'Sekolah Dasar Negeri (SDN) 2 Waingapu meraih juara I Lomba Sekolah Sehat 2022 tingkat '
     'Provinsi NTT.', '2022-10-20', ['SDN 2 Waingapu'], True,
     id="a numbered school spelt out before its short form is named by the short form"),
    pytest.param(
     'Kabupaten Tanah Datar harum namanya setelah Nagari Pariangan menyabet juara pertama '
     'Lomba Desa 2023 tingkat nasional.', '2023-08-18', ['Nagari Pariangan'], True,
     id="a region proud of a winner in it is where it lies, no winner"),
    pytest.param(
     'Nilai Adipura 2018 terendah dicatat Kota Sungai Penuh, Provinsi Jambi, sedangkan '
     'pialanya jatuh ke Kota Jambi.', '2019-01-15', ['Kota Jambi'], True,
     id="the prize falls to the winner, the lowest score is no win"),
    pytest.param(
     'Pemkab Sumba Barat Daya mencatat raihan Penghargaan Kabupaten Layak Pemuda 2023 '
     'berpredikat Madya di Jakarta.', '2023-11-01', ['Kabupaten Sumba Barat Daya'], True,
     id="recording an achievement ('mencatat raihan') is a win"),
    pytest.param(
     'Dua unit kerja Kabupaten Magetan, yakni Kecamatan Plaosan dan RSUD Sayidiman, meraih '
     'predikat WBK dari Kementerian PANRB.', '2023-12-07',
     ['Kecamatan Plaosan', 'RSUD Sayidiman'], True,
     id="the region whose units won owns them and wins nothing itself"),
    pytest.param(
     'BPK menyerahkan LHP kepada Kota Tual dan Kabupaten Kepulauan Aru di Ambon, Rabu (24/5/2023). '
     'Kota Tual memperoleh opini WTP, sedangkan Kabupaten Kepulauan Aru hanya mendapat opini WDP. Pemkot '
     'Tual membentuk tim aset, penyebab opini WDP tahun lalu.', '2023-05-25', ['Kota Tual'],
     True, id="a region a later clause gives a lesser audit grade did not win"),
    pytest.param(
     'Proper Hijau 2017 diraih Unit Tanjung Enim, Unit Ombilin dan Unit Kertapati di Jakarta.',
     '2017-12-23', ['Unit Tanjung Enim', 'Unit Ombilin', 'Unit Kertapati'], True,
     id="an owner word capitalised inside a name owns nothing"),
    pytest.param(
     'Provinsi Bengkulu membawa pulang dua Kalpataru lewat Kelompok Tani Hutan Tebat Monok dan '
     'Kelompok Pecinta Alam Kaba di Jakarta.', '2023-08-11',
     ['Kelompok Tani Hutan Tebat Monok', 'Kelompok Pecinta Alam Kaba'], True,
     id="a region winning through groups in it is where they are, no winner"),
    pytest.param(
     'Kanwil DJPb Provinsi Bengkulu memberikan penghargaan kepada Pemkab Kaur sebagai '
     'pengelola dana desa terbaik di Bengkulu, Kamis (9/11/2023).', '2023-11-10',
     ['Kabupaten Kaur'], True,
     id="a prize given to a region named by what it was best at is won"),
    pytest.param(
     'Kota Tomohon meraih Adipura dan Anugerah Desa Digital 2023 di Manado.', '2023-09-22',
     ['Kota Tomohon'], True,
     id="a village head word opening an award's name ('Anugerah Desa Digital') is no village"),
    pytest.param(
     'Piagam penghargaan cakupan imunisasi itu diberikan Pemerintah Provinsi Jambi kepada '
     'Kabupaten Kerinci di Jambi.', '2023-08-18', ['Kabupaten Kerinci'], True,
     id="a prize handed by a named giver to a region is won by the region, not the giver"),
    pytest.param(
     'Rumah Sakit Umum Daerah (RSUD) dr. Rubini Mempawah meraih Akreditasi Paripurna. Direktur '
     'RSUD dr. Rubini menyambut baik hasil itu.', '2023-06-02',
     ['Rumah Sakit Umum Daerah (RSUD) dr. Rubini Mempawah'], True,
     id="a hospital spelt out with its acronym goes on past a doctor's title"),
    pytest.param(
     'PT Lintas Energi meraih kategori Emas untuk program Kebun Lebah Lestari dan kategori Perak '
     'lewat inovasi Sekolah Pesisir Cilik dalam Penghargaan Kemitraan Hijau 2022.', '2022-11-20',
     ['PT Lintas Energi'], True,
     id="what a winner did, named after 'program' or 'inovasi', wins nothing"),
    pytest.param(
     'PT Sumbawa Cahaya Abadi kembali menyabet penghargaan Zero Accident dari Pemerintah Provinsi '
     'Nusa Tenggara Barat (NTB) tahun 2024 di Mataram, Senin (9/9/2024).', '2024-09-10',
     ['PT Sumbawa Cahaya Abadi'], True,
     id="a giver's short form in brackets after its name gives nothing"),
    pytest.param(
     'Pemkab Pulau Taliabu meraih predikat Kepatuhan Tinggi dari Ombudsman RI di Jakarta, Senin '
     '(9/12/2024).', '2024-12-10', ['Kabupaten Pulau Taliabu'], True,
     id="a listed award's name with its head word in lower case"),
    pytest.param(
     'Sebanyak 12 kabupaten meraih Penghargaan Kinerja Dana Desa 2024 di Makassar, Senin '
     '(9/12/2024). Dua di antaranya dari Sulawesi Barat. Yakni, Mamasa dan Pasangkayu.',
     '2024-12-10', ['Kabupaten Mamasa', 'Kabupaten Pasangkayu'], True,
     id="a list opened by 'Yakni,' after a stop goes on with the sentence before"),
    pytest.param(
     'Kemenpan RB menyerahkan penghargaan SAKIP 2024 di Jakarta, Senin (9/12/2024). Berikut '
     'tiga besar provinsi peraih predikat tersebut: 1). Pemprov Bali : 91,20 2). Pemprov Jambi '
     ': 90,85 3). Pemprov Riau : 90,10', '2024-12-10',
     ['Provinsi Bali', 'Provinsi Jambi', 'Provinsi Riau'], True,
     id="items numbered '1).' inside a line"),
    pytest.param(
     'Sekda Palopo mewakili Pemkot Palopo menerima penghargaan SAKIP predikat A di Jakarta pada '
     'Selasa (3/9) lalu.', '2024-09-05', ['Kota Palopo'], True,
     id="the region an official stands for ('mewakili') wins"),
    pytest.param(
     'Pemkab Belitung Timur menerima penghargaan Desa Mandiri 2023 di Jakarta, Selasa '
     '(14/11/2023).', '2023-11-15', ['Kabupaten Belitung Timur'], True,
     id="a village-like name right after a prize's word is the prize"),
    pytest.param(
     'Desa Kapur menjuarai Lomba Desa Wisata tingkat Kabupaten Kubu Raya berkat pendampingan '
     'Dinas Pariwisata Kubu Raya di Sungai Raya, Selasa (14/11/2023).', '2023-11-15',
     ['Desa Kapur'], True,
     id="a body named after the help it gave ('berkat pendampingan') did not win"),
    pytest.param(
     'Pemprov Jambi menganugerahkan trofi Perencanaan Terbaik tingkat Provinsi Jambi kepada '
     'Kabupaten Bungo dalam Musrenbang RKPD Provinsi Jambi di Jambi, Selasa (14/11/2023).',
     '2023-11-15', ['Kabupaten Bungo'], True,
     id="'Terbaik' with no ordinal after it goes on with an unlisted award's name"),
    pytest.param(
     'Usai wawancara para finalis di Palu, tim juri menetapkan Kabupaten Banggai sebagai terbaik '
     'pertama Penghargaan Pembangunan Daerah 2023, disusul Kabupaten Poso.', '2023-11-15',
     ['Kabupaten Banggai', 'Kabupaten Poso'], True,
     id="finalists in a leading clause of time are no failed winners"),
    pytest.param(
     'Kota Bontang keluar sebagai juara pertama lomba taman kota se-Kaltim di Samarinda, Selasa '
     '(14/11/2023).', '2023-11-15', ['Kota Bontang'], True,
     id="a contest written in lower case right after a rank is the award"),
    pytest.param(
     'Pada puncak Hari Jadi ke-45, Bupati Sleman menyerahkan trofi lomba kantor bersih kepada '
     'Dinas Perikanan sebagai juara pertama di Sleman, Rabu (9/8/2023).', '2023-08-10',
     ['Dinas Perikanan'], True,
     id="a contest written in lower case after the trophy it gives is the award"),
    pytest.param(
     'Kota Baubau meraih juara umum lomba seni budaya dalam peringatan HUT (Hari Ulang Tahun) '
     'ke-59 Provinsi Sulawesi Tenggara di Kendari, Minggu (27/4/2023).', '2023-04-28',
     ['Kota Baubau'], True,
     id="a region whose anniversary is spelt out in brackets is where, not who"),
    pytest.param(
     'Kota Padang meraih TPID Award 2023 di Jakarta, Selasa (14/11/2023). Trofi dibagikan untuk '
     'empat kawasan, yakni Sumatera, Jawa, Kalimantan-Sulawesi, dan Nusa Tenggara-Papua.',
     '2023-11-15', ['Kota Padang'], True,
     id="areas counted before a list a prize is handed out for are no receivers"),
    pytest.param(
     'SMPN 2 Lahat meraih Adiwiyata Nasional 2023; kepala sekolah berterima kasih kepada DLH '
     'Kabupaten Lahat.', '2023-07-24', ['SMPN 2 Lahat'], True,
     id="the region of an office thanked by its short name is no winner"),
    pytest.param(
     'Tahun ini ada tiga sekolah peraih Adiwiyata Provinsi (SDN 4 Sungai Limau, SMPN 2 Pariaman '
     'dan MTsN Pariaman).', '2023-07-24', ['SDN 4 Sungai Limau', 'SMPN 2 Pariaman', 'MTsN Pariaman'],
     True, id="winners listed in brackets after the award"),
    pytest.param(
     'Bitung kembali diganjar predikat kota terbaik I se-Sulawesi dalam ajang TPID Award 2023 di '
     'Jakarta, Selasa (14/11/2023).', '2023-11-15', ['Kota Bitung'], True,
     id="a bare region name before 'diganjar' is the winner"),
    pytest.param(
     'Kabupaten Kulon Progo berjaya di ajang Anugerah Kota Cerdas 2021 setelah menerima trofi '
     'Smart Living terbaik di Jakarta, Selasa (23/11/2021).', '2021-11-24',
     ['Kabupaten Kulon Progo'], True,
     id="a win told before 'setelah menerima' in the same clause stands"),
    pytest.param(
     'Lomba Kampung Tematik 2024 diumumkan di Semarang, Jumat (4/10/2024). Kelurahan Tambakrejo '
     'menang di kategori Kampung Hijau.', '2024-10-05', ['Kelurahan Tambakrejo'], True,
     id="'menang' wins"),
    pytest.param(
     'Lomba Kampung Bersih 2024 tingkat Kabupaten Tulungagung diumumkan, Jumat (4/10/2024). '
     'Juara lomba kampung bersih diraih Desa Jatisari.', '2024-10-05', ['Desa Jatisari'], True,
     id="the champion of a contest named in lower case, won by a body"),
    pytest.param(
     'PT Bank Pembangunan Daerah Maluku (Bank Maluku) menyabet trofi emas Infobank Awards 2022 di '
     'Jakarta, Rabu (14/9/2022). Tahun ini Bank Maluku juga meraih predikat kinerja terbaik.',
     '2022-09-15', ['PT Bank Pembangunan Daerah Maluku'], True,
     id="a winner named again by the short form in brackets after its name is one winner"),
    pytest.param(
     'Komisi Informasi Pusat memberikan Anugerah Keterbukaan Informasi Publik kepada Pemerintah '
     'Provinsi Jambi sebagai badan publik menuju informatif di Jakarta, Senin (5/11/2018). Wakil '
     'Presiden mengatakan keterbukaan adalah elemen penting demokrasi. Selain Jambi, tiga badan '
     'publik pemerintah provinsi lainnya dengan kualifikasi menuju informatif yaitu Provinsi '
     'Bengkulu, Provinsi Riau, dan Provinsi Lampung.', '2018-11-06',
     ['Provinsi Jambi', 'Provinsi Bengkulu', 'Provinsi Riau', 'Provinsi Lampung'], True,
     id="the others a winner shares its win with, listed after 'Selain X, ... lainnya ... yaitu'"),
    pytest.param(
     'Perumda Tirta Kahuripan meraih Top BUMD 2024, sedangkan Bupati Bogor meraih Top Pembina BUMD '
     '2024 di Jakarta, Rabu (14/9/2024).', '2024-09-15',
     ['Perumda Tirta Kahuripan', 'Kabupaten Bogor'], True,
     id="a head word and a year ('BUMD 2024') name no body"),
    pytest.param(
     'Piagam Penghargaan Pembangunan Daerah 2023 diterima Bupati Solok yang diserahkan Gubernur '
     'Sumatera Barat dalam Musrenbang RKPD Provinsi Sumatera Barat di Padang, Jumat (24/3/2023).',
     '2023-03-25', ['Kabupaten Solok'], True,
     id="a province right after a body's or an event's short form is whose it is"),
    pytest.param(
     'Infobank Awards 2024 digelar di Jakarta, Rabu (14/9/2024). Golden Trophy diterima Bank '
     'Kalbar, Bank Sumut dan 4 bank lainnya.', '2024-09-15', ['Bank Kalbar', 'Bank Sumut'], True,
     id="a 'Trophy' received, written in English"),
    pytest.param(
     'Dinas PPPA Sumatera Selatan menyampaikan hasil penganugerahan KLA 2023, Senin (24/7/2023). '
     '“Ada tiga daerah kita yang mendapat apresiasi, yakni KLA Madya bagi Kota Prabumulih dan '
     'Kabupaten Ogan Ilir, lalu KLA Pratama bagi Kabupaten Lahat,” ujar kepala dinas.',
     '2023-07-25', ['Kota Prabumulih', 'Kabupaten Ogan Ilir', 'Kabupaten Lahat'], True,
     id="winners a quote gives an award it names 'bagi'"),
    pytest.param(
     'KPK menetapkan Desa Kamang Hilia dan Desa Pakandangan sebagai Desa Antikorupsi 2023 di '
     'Jakarta, Selasa (5/12/2023). Piagam diserahkan kepada Bupati Agam dan Bupati Padang '
     'Pariaman.', '2023-12-06', ['Desa Kamang Hilia', 'Desa Pakandangan'], True,
     id="bodies an award is set on, their regents receiving it for them"),
    pytest.param(
     'Pemkab Kolaka menetapkan Desa Lamekongga sebagai juara I Lomba Desa 2023 di Kolaka, Selasa '
     '(5/12/2023).', '2023-12-06', ['Desa Lamekongga'], True,
     id="the one setting an award on a body ('menetapkan X sebagai') wins nothing"),
    pytest.param(
     'Dinkes Kota Padang menyerahkan Penghargaan Puskesmas Berprestasi 2023 di Padang, Sabtu '
     '(22/7/2023).\nPuskesmas dengan Layanan Ramah Lansia Terbaik: Puskesmas Seberang Padang, '
     'Puskesmas Andalas, dan Puskesmas Pauh.', '2023-07-24',
     ['Puskesmas Seberang Padang', 'Puskesmas Andalas', 'Puskesmas Pauh'], True,
     id="a line heading the best of a kind before a colon lists them"),
    pytest.param(
     'Ini Dia Jawara Anugerah Peduli Sosial Gorontalo: PT Limboto Jaya, Bank SulutGo, RS Otanaha\n'
     'Gubernur Gorontalo menyerahkan Anugerah Peduli Sosial 2023 kepada para pemenang di '
     'Gorontalo, Selasa (14/11/2023).', '2023-11-15', ['PT Limboto Jaya', 'Bank SulutGo', 'RS Otanaha'],
     True, id="winners listed only in the headline after a colon"),
    pytest.param(
     'Komisi Informasi Pusat menyerahkan Anugerah Keterbukaan Informasi Publik 2023 di Jakarta, '
     'Selasa (12/12/2023). Berikut para peraih predikat informatif.\nProvinsi: Jawa Barat\n'
     'Kabupaten: Wakatobi\nKota: Kota Pekalongan\nPenghargaan itu diberikan setiap tahun.',
     '2023-12-13', ['Provinsi Jawa Barat', 'Kabupaten Wakatobi', 'Kota Pekalongan'], True,
     id="lines labelled with their kind list the winners"),
]


@pytest.mark.parametrize("text, published, winners, exact", WINNERS)
def test_who_wins(extract, text, published, winners, exact):
    found = set(awardees(extract(text, published=published)))
    assert found == set(winners) if exact else set(winners) <= found


def test_a_headline_completing_the_top_three_reports_winners(extract):
    text = ("Kota Tarakan keluar sebagai juara pertama Paritrana Award Provinsi Kalimantan Utara "
            "Tahun 2023. Kabupaten Bulungan menempati posisi kedua, sementara Kabupaten Nunukan "
            "berada di urutan ketiga.")
    recs = awardees(extract(text, title="Tarakan Teratas, Bulungan dan Nunukan Lengkapi Tiga "
                            "Besar Paritrana Award Kaltara", published="2023-09-08"))
    assert set(recs) == {"Kota Tarakan", "Kabupaten Bulungan", "Kabupaten Nunukan"}


def test_a_rank_written_ke_and_a_space(extract):
    recs = awardees(extract(
        "Pemkab Paser berhasil meraih gelar juara ke 3 kategori Pemerintah Daerah dan Desa "
        "Lori berhasil mendapat juara ke II kategori Pemerintah Desa pada Paritrana Award 2024.",
        published="2024-07-02"))
    assert (recs["Kabupaten Paser"]["rank"], recs["Desa Lori"]["rank"]) == (3, 2)


def test_an_official_who_gives_appreciation_hands_nothing_over(extract):
    text = ("Kabupaten Bantaeng berhasil meraih predikat Kota Layak Anak kategori Madya tahun "
            "2023. Menteri PPPA Bintang Puspayoga memberikan apresiasi kepada 320 kabupaten/kota yang meraih "
            "predikat KLA tahun ini.")
    recs = awardees(extract(text, published="2023-07-24"))
    assert recs["Kabupaten Bantaeng"]["presenter"] is None
    handed = awardees(extract(text.replace("memberikan apresiasi", "menyerahkan piagam"),
                              published="2023-07-24"))
    assert handed["Kabupaten Bantaeng"]["presenter"] == "Bintang Puspayoga"


def test_a_body_named_where_the_stored_page_breaks_off_is_not_taken(extract):
    text = ("Anugerah Desa Wisata Indonesia 2023 diumumkan di Jakarta, Sabtu (12/8/2023). "
            "Juara pertama kategori suvenir diraih Desa Wisata Lerep, sedangkan juara "
            "kedua diraih Desa Wisata Pentingsa")
    recs = awardees(extract(text, published="2023-08-13"))
    assert set(recs) == {"Desa Wisata Lerep"}
    assert "Desa Wisata Pentingsari" in awardees(extract(text + "ri.", published="2023-08-13"))


def test_a_spelt_out_office_keeps_daerah_and_satu_and_lies_in_the_region_it_names(extract):
    recs = awardees(extract(
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Gianyar meraih "
        "Investment Award 2019 kategori PTSP terbaik, sementara Rumah Sakit Umum Daerah "
        "Sanjiwani meraih predikat pelayanan prima.", published="2019-11-20"))
    office = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Gianyar"
    assert set(recs) == {office, "Rumah Sakit Umum Daerah Sanjiwani"}
    assert recs[office]["province"] == "Bali"


def test_a_building_named_later_is_the_venue_before_the_capital_alone(extract):
    text = ("Pemprov Jambi menerima penghargaan Nirwasita Tantra di Jakarta, Rabu. "
            "Penghargaan itu diserahkan Menteri LHK Siti Nurbaya di Gedung Manggala "
            "Wanabakti, Jakarta, Rabu (9/10/2019).")
    recs = awardees(extract(text, title="Provinsi Jambi Raih Nirwasita Tantra",
                            published="2019-10-10"))
    assert recs["Provinsi Jambi"]["venue"] == "Gedung Manggala Wanabakti, Jakarta"


def test_a_page_without_headline_whose_lede_sets_the_winners_of_a_perlombaan(extract):
    text = ("KENDARI - Pemerintah Kabupaten Kolaka menetapkan juara perlombaan desa dan "
            "kelurahan tingkat kabupaten tahun 2023 berdasarkan hasil penilaian tim penilai.\n"
            "Berikut daftar pemenang untuk Kategori Desa\n"
            "1. Desa Lamekongga, Kecamatan Wundulako juara I dengan nilai 480.\n"
            "2. Desa Towua, Kecamatan Pomalaa juara II dengan nilai 455.")
    recs = awardees(extract(text, published="2023-06-02"))
    assert {name: r["rank"] for name, r in recs.items()} == {"Desa Lamekongga": 1,
                                                             "Desa Towua": 2}
    assert recs["Desa Lamekongga"]["award"] == "Lomba Desa dan Kelurahan"


def test_a_head_word_before_a_tier_names_the_award_of_that_tier(extract):
    recs = awardees(extract(
        "Bupati Sleman menerima Anugerah Wistara dari Menteri Dalam Negeri di Jakarta, "
        "Selasa (28/11/2023).", title="Pemkab Sleman Raih Wistara", published="2023-11-29"))
    assert (recs["Kabupaten Sleman"]["award"], recs["Kabupaten Sleman"]["category"]) == (
        "Swasti Saba", "Wistara")


def test_a_paragraph_of_bare_regions_goes_on_with_the_handover_before_it(extract):
    text = ("Penghargaan Kabupaten/Kota Peduli HAM diserahkan Presiden Joko Widodo di Jakarta, "
            "Senin (10/12/2018), kepada sejumlah kepala daerah, antara lain Kabupaten Sleman.\n\n"
            "Kabupaten Banyuwangi, Kota Gunung Sitoli dan Kota Parepare.\n\n"
            "Kota Bogor juga pernah meraih penghargaan yang sama.")
    recs = awardees(extract(text, published="2018-12-11"))
    assert {"Kabupaten Banyuwangi", "Kota Gunungsitoli", "Kota Parepare"} <= set(recs)
    assert "Kota Bogor" not in recs


def test_a_page_cut_from_the_middle_has_no_lede_to_read_as_a_stage(extract):
    text = ("Untuk kategori Pemerintah Kabupaten/Kota ada empat aspek yang dinilai, yaitu "
            "kebijakan, kinerja dan wawancara.\n"
            "Hasilnya, kategori Kabupaten/Kota diraih oleh Kota Madiun sebagai juara pertama "
            "lalu diikuti Kabupaten Sumedang di posisi kedua.\n"
            "Penyerahan Paritrana Award 2019 itu berlangsung di Istana Wakil Presiden.")
    assert set(awardees(extract(text, published="2019-07-16"))) == {
        "Kota Madiun", "Kabupaten Sumedang"}
    # with a dateline, the same opening is a lede about a stage of the round
    staged = "SURABAYA - " + text.replace("\n", " ", 1).split("\n")[0]
    assert extract(staged + "\nPanitia menilai Kota Madiun.", published="2019-07-16") == []


def test_lines_of_a_rank_a_dash_and_a_bare_name(extract):
    text = ("Pemkab Agam meraih Penghargaan Pembangunan Daerah (PPD) 2024 tingkat Provinsi "
            "Sumatera Barat.\nBerikut daftar penerima PPD tahun 2024:\nKategori Kabupaten:\n"
            "Terbaik I – Agam\nTerbaik II – Dharmasraya\nTerbaik III – Pesisir Selatan")
    recs = awardees(extract(text, published="2024-03-20"))
    assert {name: r["rank"] for name, r in recs.items()} == {
        "Kabupaten Agam": 1, "Kabupaten Dharmasraya": 2, "Kabupaten Pesisir Selatan": 3}


def test_a_presenter_named_by_one_word_is_the_official_named_in_full(extract):
    text = ("Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya membuka acara di Jakarta. "
            "Menteri Siti menyerahkan Piala Adipura kepada Wali Kota Balikpapan Rizal Effendi, "
            "Rabu (2/8/2017).")
    recs = awardees(extract(text, published="2017-08-03"))
    assert recs["Kota Balikpapan"]["presenter"] == "Siti Nurbaya"


@pytest.mark.parametrize("handing", [
    "Tito kemudian menyematkan Satyalancana Karya Bhakti Praja Nugraha kepada",
    "Usai upacara, Satyalancana Karya Bhakti Praja Nugraha disematkan Tito kepada",
])
def test_a_presenter_named_by_one_word_around_the_handing_verb(extract, handing):
    recs = awardees(extract(
        "Menteri Dalam Negeri Tito Karnavian memimpin upacara Hari Otonomi Daerah di Lapangan "
        "Merdeka, Ambon, Rabu (26/4/2017). " + handing + " Bupati Banyuwangi Abdullah Azwar Anas.",
        published="2017-04-27"))
    assert recs["Kabupaten Banyuwangi"]["presenter"] == "Tito Karnavian"


def test_the_winner_s_head_by_title_and_one_word_passing_it_on_at_home_is_no_presenter(extract):
    recs = awardees(extract(
        "Kabupaten Sinjai meraih Swasti Saba Wistara 2019. Penghargaan diserahkan Menteri "
        "Kesehatan Nila Moeloek kepada Bupati Sinjai Andi Seto Asapa di Jakarta, Selasa "
        "(19/11/2019). Sepulang dari Jakarta, Bupati Seto menyerahkan piagam itu kepada Ketua "
        "Forum Kabupaten Sehat Sinjai, Rahmawati, di Aula Kantor Bupati, Jumat (13/12/2019).",
        published="2019-12-14"))
    assert recs["Kabupaten Sinjai"]["presenter"] == "Nila Moeloek"


def test_one_winner_receiving_from_the_presenter_keeps_the_presenter_to_itself(extract):
    recs = awardees(extract(
        "Kota Balikpapan menerima Piala Adipura Kencana yang diserahkan langsung oleh Wakil "
        "Presiden Ma'ruf Amin di Jakarta, Selasa (28/2/2023). Selain Balikpapan, Kota Bontang "
        "dan Kabupaten Paser memperoleh Sertifikat Adipura.", published="2023-03-01"))
    assert {n: r["presenter"] for n, r in recs.items()} == {
        "Kota Balikpapan": "Ma'ruf Amin", "Kota Bontang": None, "Kabupaten Paser": None}


def test_each_tier_s_winners_take_the_presenter_of_their_tier(extract):
    recs = awardees(extract(
        "JAKARTA - Kementerian LHK mengumumkan hasil PROPER 2021 di Istana Wakil Presiden, "
        "Jakarta, Selasa (28/12/2021). Trofi untuk peringkat Emas diberikan oleh Wakil Presiden "
        "Ma'ruf Amin. Untuk peringkat Hijau, trofi diberikan Menteri LHK Siti Nurbaya Bakar pada "
        "acara yang sama.\nPeringkat Emas diraih PT Semen Gresik dan PT Badak NGL. Peringkat Hijau "
        "diraih PT Petrokimia Gresik.", published="2021-12-29"))
    assert {n: r["presenter"] for n, r in recs.items()} == {
        "PT Semen Gresik": "Ma'ruf Amin", "PT Badak NGL": "Ma'ruf Amin",
        "PT Petrokimia Gresik": "Siti Nurbaya Bakar"}


def test_a_list_after_a_tier_set_aside_by_selain_takes_its_own_tier_and_presenter(extract):
    recs = awardees(extract(
        "Wakil Presiden Ma'ruf Amin menyerahkan PROPER kategori Emas kepada PT Semen Gresik di "
        "Jakarta, Selasa (28/12/2021). Selain kategori Emas, pada kesempatan yang sama, tiga "
        "pabrik lainnya juga menerima PROPER Hijau yang diserahkan oleh Menteri LHK Siti Nurbaya "
        "Bakar kepada perwakilan Pabrik Tuban, Pabrik Rembang dan Pabrik Tonasa.",
        published="2021-12-29"))
    assert {n: (r["category"], r["presenter"]) for n, r in recs.items()} == {
        "PT Semen Gresik": ("Emas", "Ma'ruf Amin"),
        "Pabrik Tuban": ("Hijau", "Siti Nurbaya Bakar"),
        "Pabrik Rembang": ("Hijau", "Siti Nurbaya Bakar"),
        "Pabrik Tonasa": ("Hijau", "Siti Nurbaya Bakar")}


def test_a_presenter_named_by_nickname_is_recorded_under_the_full_name(extract):
    recs = awardees(extract("Presiden Jokowi menyerahkan TPID Award 2019 kepada Provinsi Jambi "
                            "di Istana Negara, Jakarta, Kamis (13/6/2019).",
                            published="2019-06-14"))
    assert recs["Provinsi Jambi"]["presenter"] == "Joko Widodo"


@pytest.mark.parametrize("headline, giver, presenter", [
    ("Presiden Budi Santoso Puji Angka Inflasi Juli", "Presiden", "Budi Santoso"),
    ("Wapres Serahkan Penghargaan TPID Berprestasi", "Wakil Presiden", None),
])
def test_a_headline_s_verb_ends_the_title_and_the_name_of_its_official(extract, headline, giver,
                                                                      presenter):
    text = (headline + "\nJAKARTA - " + giver + " menyerahkan TPID Award 2023 pada Rakornas "
            "Pengendalian Inflasi di Istana Negara, Jakarta, Kamis (31/8/2023). TPID terbaik "
            "yaitu Kota Jambi dan Kabupaten Bone.")
    recs = awardees(extract(text, published="2023-09-01"))
    assert {r["presenter"] for r in recs.values()} == {presenter}


def test_a_presenter_named_by_one_word_is_not_another_office_s_holder_with_that_word(extract):
    # the PKK chair is named after the governor she accompanies
    text = ("Gubernur Jambi Haris didampingi Ketua TP PKK Provinsi Hesti Haris menyerahkan "
            "hadiah kepada pemenang lomba HKG PKK di Lapangan Kantor Gubernur, Sabtu "
            "(6/4/2024). Juara 1 lomba Tertib Administrasi diraih Desa Pematang Kandis.")
    recs = awardees(extract(text, published="2024-04-08"))
    assert recs["Desa Pematang Kandis"]["presenter"] == "Haris"


def test_a_quote_about_the_award_dates_and_places_the_ceremony_when_nothing_else_does(extract):
    text = ("Provinsi Jawa Tengah meraih Investment Award 2018 sebagai PTSP terbaik. "
            '"Semoga penghargaan ini mendorong pelayanan perizinan," kata Kepala BKPM Thomas '
            "Lembong di Kantor BKPM, Jakarta, Kamis 12 Juli 2018.")
    recs = awardees(extract(text, published=None))
    assert (recs["Provinsi Jawa Tengah"]["event_date"], recs["Provinsi Jawa Tengah"]["venue"]) == (
        "2018-07-12", "Kantor BKPM, Jakarta")


def test_what_a_region_won_before_the_news_is_no_record(extract):
    text = ("Setelah mendapatkan penghargaan Piala Adipura dua pekan lalu, kini Jakarta Timur "
            "kembali memperoleh penghargaan. Wali Kota Administrasi Jakarta Timur menerima "
            "penghargaan UHC Award yang diserahkan Menteri Kesehatan RI Budi Gunadi Sadikin di "
            "Jakarta, Selasa (14/3/2023).")
    recs = extract(text, published="2023-03-15")
    assert [(r["award"], r["awardee"]) for r in recs] == [
        ("UHC Award", "Kota Administrasi Jakarta Timur")]


def test_people_named_with_the_region_they_come_from_in_lists_by_category(extract):
    text = ("Penerima Kalpataru 2022 dari kategori perintis lingkungan yaitu Rudi Hartanto dari "
            "Kabupaten Sleman (DIY) dan Siti Aminah dari Kabupaten Banyumas (Jawa Tengah). "
            "Kategori pengabdi lingkungan kepada Yohanes Lado dari Kabupaten Ende (Nusa Tenggara "
            "Timur) dan Made Sutama dari Kabupaten Bangli (Bali).")
    recs = awardees(extract(text, published="2022-06-06"))
    assert {name: (r["awardee_type"], r["province"]) for name, r in recs.items()} == {
        "Rudi Hartanto": ("lainnya", "Daerah Istimewa Yogyakarta"),
        "Siti Aminah": ("lainnya", "Jawa Tengah"),
        "Yohanes Lado": ("lainnya", "Nusa Tenggara Timur"),
        "Made Sutama": ("lainnya", "Bali")}


@pytest.mark.parametrize("text", [
    ("Kalpataru 2021 kategori pengabdi lingkungan diberikan kepada Wagimin dari Desa Sumberejo, "
     "Kecamatan Wonosalam, Kabupaten Jombang, Jawa Timur, serta Ratna Dewi dari Nagari Sungai "
     "Pua, Kecamatan Banuhampu, Kabupaten Agam, Sumatera Barat."),
    ("Daftar penerima Kalpataru 2021:\nKategori Pengabdi : Wagimin, asal Desa Sumberejo, Kec. "
     "Wonosalam, Kab. Jombang, Jawa Timur.\nKategori Perintis : Ratna Dewi, asal Nagari Sungai "
     "Pua, Kec. Banuhampu, Kab. Agam, Sumatera Barat."),
])
def test_people_named_with_their_home_village_win_not_the_village(extract, text):
    recs = awardees(extract(text, published="2021-07-02"))
    assert {name: (r["awardee_type"], r["province"]) for name, r in recs.items()} == {
        "Wagimin": ("lainnya", "Jawa Timur"), "Ratna Dewi": ("lainnya", "Sumatera Barat")}


def test_a_person_described_as_a_resident_who_receives_the_award_wins(extract):
    recs = awardees(extract(
        "Dua warga Jawa Timur menerima Kalpataru 2021 di Gedung Manggala Wanabakti, Jakarta, "
        "Kamis (1/7/2021). Wagimin, warga Kabupaten Jombang, menerima Kalpataru kategori pengabdi "
        "lingkungan.", published="2021-07-02"))
    assert {name: r["province"] for name, r in recs.items()} == {"Wagimin": "Jawa Timur"}


def test_a_person_placed_by_the_region_they_come_from_who_wins_as_subject(extract):
    recs = awardees(extract(
        "Dua warga Jawa Timur menerima Kalpataru 2021 di Gedung Manggala Wanabakti, Jakarta, "
        "Kamis (1/7/2021). Wagimin dari Kabupaten Jombang meraih Kalpataru kategori pengabdi "
        "lingkungan.", published="2021-07-02"))
    assert {name: r["province"] for name, r in recs.items()} == {"Wagimin": "Jawa Timur"}


def test_villages_winning_one_by_one_lie_where_the_lead_counts_them(extract):
    recs = awardees(extract(
        "Empat desa di Kabupaten Magelang meraih penghargaan Program Kampung Iklim 2024.\n"
        "Desa Banyuroto dan Desa Ngargomulyo meraih Proklim Utama, sedangkan Desa Sambak "
        "memperoleh Proklim Lestari.\nPenghargaan diserahkan Menteri LHK di Jakarta, Selasa "
        "(3/12/2024).", published="2024-12-04"))
    assert {name: r["province"] for name, r in recs.items()} == {
        "Desa Banyuroto": "Jawa Tengah", "Desa Ngargomulyo": "Jawa Tengah",
        "Desa Sambak": "Jawa Tengah"}


def test_regions_counted_winners_come_from_win_nothing(extract):
    recs = awardees(extract(
        "Bupati menyerahkan penghargaan Proklim 2023 di Pendopo Kabupaten Banyumas, Senin "
        "(11/12/2023). Desa Karangsalam dari Kabupaten Banyumas meraih trofi Proklim Lestari, "
        "sedangkan enam desa dari Kabupaten Cilacap, Purbalingga dan Kabupaten Kebumen meraih "
        "trofi Proklim Utama.", published="2023-12-12"))
    assert set(recs) == {"Desa Karangsalam"}


def test_a_region_whose_anniversary_hosts_the_handover_wins_nothing(extract):
    recs = awardees(extract(
        "Pemerintah Kabupaten Wonosobo telah menyelesaikan penilaian lomba desa 2023. Tiga desa "
        "ditetapkan sebagai pemenang lomba desa, dan hadiahnya diserahkan Bupati Wonosobo Afif "
        "Nurhidayat pada upacara Hari Jadi Wonosobo, Senin (24/7/2023), di Alun-alun Wonosobo."
        "\nPemenang lomba desa:\n- Desa Sojokerto\n- Desa Kalikajar\n- Desa Gondang.",
        published="2023-07-25"))
    assert set(recs) == {"Desa Sojokerto", "Desa Kalikajar", "Desa Gondang"}
    assert {r["presenter"] for r in recs.values()} == {"Afif Nurhidayat"}


def test_a_prize_handed_over_named_with_its_round_and_year(extract):
    recs = awardees(extract(
        "JAKARTA - Kemendagri menyerahkan penghargaan insentif fiskal kinerja pengendalian "
        "inflasi periode ke-2 tahun 2024 kepada 20 daerah di Gedung Sasana Bhakti Praja, "
        "Jakarta, Senin (5/8/2024). Penerimanya antara lain Kota Kendari dan Kabupaten Bone.",
        published="2024-08-06"))
    assert set(recs) == {"Kota Kendari", "Kabupaten Bone"}


@pytest.mark.parametrize("receivers, winners", [
    ("Provinsi Jambi dan Kota Padang untuk Kawasan Sumatera, Provinsi Jawa Tengah dan "
     "Kabupaten Sleman untuk Kawasan Jawa, serta Kota Ambon untuk kawasan timur Indonesia",
     {"Provinsi Jambi", "Kota Padang", "Provinsi Jawa Tengah", "Kabupaten Sleman", "Kota Ambon"}),
    ("provinsi Jambi dengan program pasar murah keliling, Lampung dengan program gudang "
     "pangan, serta Gorontalo yang membangun kios harga", {"Provinsi Jambi", "Provinsi Lampung",
                                                          "Provinsi Gorontalo"}),
    ("Kabupaten Boyolali dengan program toko tani, Kabupaten Pati yang mengembangkan neraca "
     "pangan, serta Kabupaten Wajo dengan program lumbung desa",
     {"Kabupaten Boyolali", "Kabupaten Pati", "Kabupaten Wajo"}),
])
def test_receivers_each_described_after_kepada_are_all_winners(extract, receivers, winners):
    recs = awardees(extract(
        "Pemerintah menyerahkan penghargaan TPID Terbaik 2017 pada Rakornas TPID di Hotel "
        "Borobudur, Jakarta, Kamis (27/7/2017). Tahun ini piala TPID Terbaik diberikan kepada "
        + receivers + ".", published="2017-07-28"))
    assert set(recs) == winners


def test_lines_labelled_with_the_kind_under_category_headings_name_winners(extract):
    recs = awardees(extract(
        "Kemendagri memberikan Apresiasi Kinerja Pemerintahan Daerah 2024 kepada 40 pemda di "
        "Hotel Borobudur, Jakarta, Kamis (12/12/2024).\n\nPengendalian Inflasi\nProvinsi: "
        "Gorontalo\nKabupaten: Banyuwangi\nKota: Madiun\n\nPelayanan Publik\n- Provinsi: "
        "Bali\n- Kota: Surakarta\n", published="2024-12-13"))
    assert set(recs) == {"Provinsi Gorontalo", "Kabupaten Banyuwangi", "Kota Madiun",
                         "Provinsi Bali", "Kota Surakarta"}


def test_the_receivers_of_a_category_listed_after_adalah_win(extract):
    recs = awardees(extract(
        "Menteri LHK Siti Nurbaya menyerahkan Kalpataru 2019 kepada sepuluh tokoh dan kelompok di "
        "Istana Wakil Presiden, Jakarta, Jumat (5/7/2019). Penerima kategori Perintis Lingkungan "
        "adalah Yohanes Kia dari Kabupaten Ende.", published="2019-07-06"))
    assert {n: r["province"] for n, r in recs.items()} == {"Yohanes Kia": "Nusa Tenggara Timur"}


def test_a_group_counted_then_listed_after_kind_tersebut(extract):
    recs = awardees(extract(
        "Sebanyak 300 sekolah menerima penghargaan Adiwiyata Nasional 2019. Penghargaan diserahkan "
        "di Gedung Manggala Wanabakti, Jakarta, Kamis (28/11/2019). Sekolah tersebut antara lain "
        "SMAN 1 Padang, SMPN 2 Kendari dan SDN 5 Ambon.", published="2019-11-29"))
    assert set(recs) == {"SMAN 1 Padang", "SMPN 2 Kendari", "SDN 5 Ambon"}


def test_a_sentence_going_on_from_an_old_win_is_recalled_too(extract):
    text = ("Gubernur Papua membuka rapat koordinasi penilaian Kabupaten/Kota Peduli HAM. "
            "Diungkapkan, pada tahun 2017, Pemkab Mimika mendapat penghargaan Kabupaten/Kota "
            "Peduli HAM. Kemudian Pemkab Jayawijaya mendapatkan penghargaan dengan predikat "
            "Cukup Peduli.")
    assert extract(text, published="2019-05-20") == []


def test_a_winner_named_after_selain_takes_no_rank_of_that_clause(extract):
    text = ("Pemkot Parepare meraih juara I Paritrana Award 2025 tingkat Provinsi Sulawesi "
            "Selatan. Selain Parepare penghargaan juga diberikan kepada Pemkab Sidrap (Juara II) "
            "dan Pemkab Pinrang (Juara III).")
    recs = awardees(extract(text, published="2025-06-27"))
    assert {name: r["rank"] for name, r in recs.items()} == {
        "Kota Parepare": 1, "Kabupaten Sidenreng Rappang": 2, "Kabupaten Pinrang": 3}


def test_a_list_of_the_kinds_an_award_counts_names_no_winners(extract):
    text = ("Koperasi Berprestasi adalah ajang penilaian koperasi di Provinsi Kalimantan Tengah.\n"
            "Koperasi Berprestasi ini meliputi empat segmen, yaitu:\n"
            "- Koperasi Jasa\n- Koperasi Konsumen\n- Koperasi Produsen")
    assert extract(text, published="2024-07-12") == []
    won = ("KPRI Handayani dinobatkan sebagai Koperasi Berprestasi Tingkat Provinsi Lampung "
           "2019.")
    assert [r["awardee"] for r in extract(won, published="2019-09-24")] == ["KPRI Handayani"]


def test_a_list_of_heads_with_their_terms_after_a_widget_line(extract):
    text = ("Mendagri menyematkan Satyalancana Karya Bhakti Praja Nugraha kepada kepala daerah "
            "berprestasi di Semarang, Kamis (25/4/2024).\n"
            "Berikut daftar penerima penghargaan Satyalancana Karya Bhakti Praja Nugraha.\n"
            "SCROLL TO CONTINUE WITH CONTENT\n"
            "- Gubernur Jawa Tengah Periode 2018-2023 Budi Santosa, S.H.\n"
            "- Bupati Klaten Periode 2021-sekarang Sri Handayani\n"
            "- Wali Kota Magelang Periode 2021-sekarang Agus Prasetyo, S.E.")
    recs = awardees(extract(text, published="2024-04-26"))
    assert set(recs) == {"Provinsi Jawa Tengah", "Kabupaten Klaten", "Kota Magelang"}


def test_a_handover_to_regions_with_the_award_misspelt_and_an_apresiasi_award(extract):
    text = ("Gubernur Maluku menerima penghargaan Upakarya Wanua Nugraha tahun 2022 dari "
            "Wakil Menteri Dalam Negeri di Jakarta.\n"
            "Untuk diketahui, Upakarya Wanuaa Nugraha Thn 2022 diberikan kepada : Pemerintah "
            "Provinsi Jambi, Pemerintah Provinsi Jawa Barat dan Pemerintah Provinsi Bali.")
    recs = extract(text, published="2022-11-25")
    assert {(r["award"], r["awardee"]) for r in recs} == {
        ("Upakarya Wanua Nugraha", name) for name in (
            "Provinsi Maluku", "Provinsi Jambi", "Provinsi Jawa Barat", "Provinsi Bali")}
    won = extract("Pemprov Papua Tengah meraih Apresiasi Kinerja Pemerintah Daerah 2025 di "
                  "Jakarta, Senin (1/12/2025).", published="2025-12-02")
    assert [r["awardee"] for r in won] == ["Provinsi Papua Tengah"]


def test_an_award_won_after_another_reports_the_later_one_too(extract):
    text = ("Setelah menerima Adipura pada awal tahun, Kota Bitung, Sulawesi Utara, kembali "
            "meraih penghargaan pada ajang Paritrana Award 2024 di Manado, Rabu (10/7/2024).")
    recs = extract(text, published="2024-07-11")
    assert ("Paritrana Award", "Kota Bitung") in [(r["award"], r["awardee"]) for r in recs]


def test_a_region_saying_where_a_company_works_is_no_winner_before_a_comma(extract):
    text = ("PT Sumber Nikel Utama, perusahaan tambang yang beroperasi di Pulau Gebe, Kabupaten "
            "Halmahera Tengah, meraih peringkat kedua Paritrana Award Provinsi Maluku Utara 2024.")
    recs = awardees(extract(text, published="2024-07-20"))
    assert set(recs) == {"PT Sumber Nikel Utama"}
    assert recs["PT Sumber Nikel Utama"]["rank"] == 2


def test_encouraging_regions_to_keep_a_category_is_no_win(extract):
    text = ("Kabupaten Bantul ditetapkan sebagai Kabupaten Layak Anak kategori Madya 2024. "
            "Pemprov Jawa Tengah terus mendorong kabupaten/kota mempertahankan kategori KLA, "
            "sesuai tekad provinsi untuk menjadi daerah yang ramah anak.")
    assert {r["awardee"] for r in extract(text, published="2024-07-24")} == {"Kabupaten Bantul"}


def test_winners_after_diperoleh_with_their_district_and_regency_in_brackets(extract):
    text = ("ProKlim Lestari 2024 diperoleh Desa Sungai Rangas (Kecamatan Martapura Barat, "
            "Banjar), Desa Pulau Sari (Kecamatan Tambang Ulang, Tanah Laut), dan Desa Hiyung "
            "(Kecamatan Tapin Tengah, Tapin).")
    recs = awardees(extract(text, published="2024-10-30"))
    assert set(recs) == {"Desa Sungai Rangas", "Desa Pulau Sari", "Desa Hiyung"}
    assert recs["Desa Hiyung"]["province"] == "Kalimantan Selatan"


def test_an_office_named_for_its_region_wins_as_itself_alone(extract):
    alone = "Investment Award 2019 diraih Dinas Penanaman Modal dan PTSP Kota Batam."
    assert [r["awardee"] for r in extract(alone, published="2019-07-12")] == [
        "Dinas Penanaman Modal dan PTSP Kota Batam"]


def test_a_presenter_named_by_initials_is_named_in_full(extract):
    text = ("Anugerah Keterbukaan Informasi Publik 2019 digelar di Istana Wakil Presiden, Jakarta, "
            "Senin (25/11/2019), dihadiri Wapres Ma'ruf Amin. Wapres MA menyerahkan penghargaan "
            "kepada Provinsi Jawa Barat dan Provinsi Aceh.")
    recs = awardees(extract(text, published="2019-11-25"))
    assert recs["Provinsi Aceh"]["presenter"] == "Ma'ruf Amin"


def test_villages_of_a_story_about_one_regency_lie_in_its_province(extract):
    text = ("Kabupaten Tabanan meraih Anubhawa Sasana Desa 2022 dari Kemenkumham. Sebanyak tiga "
            "desa ditetapkan sebagai Desa Sadar Hukum, yakni Desa Kukuh, Desa Sudimara, dan Desa "
            "Tajen.")
    recs = awardees(extract(text, published="2022-11-10"))
    assert recs["Desa Sudimara"]["province"] == "Bali"


@pytest.mark.parametrize("located", ["Kecamatan Lubuk Dalam Kabupaten Siak",
                                     "Kecamatan Lubuk Dalam, Kabupaten Siak,"])
def test_a_subdistrict_whose_name_holds_a_preposition_leads_on_to_its_regency(extract, located):
    text = (f"Desa Rantau Baru {located} meraih penghargaan Desa Antikorupsi 2023 di Jakarta, "
            "Selasa (14/11/2023).")
    recs = awardees(extract(text, published="2023-11-15"))
    assert recs["Desa Rantau Baru"]["province"] == "Riau"


def test_villages_winning_a_regency_round_lie_in_its_province(extract):
    text = ("Lomba Desa 2024 tingkat Kabupaten Bantul diumumkan di Bantul, Jumat (4/10/2024). Desa "
            "Panggungharjo meraih juara pertama.")
    assert awardees(extract(text, published="2024-10-05"))["Desa Panggungharjo"]["province"] == (
        "Daerah Istimewa Yogyakarta")


def test_a_directorate_general_written_as_a_title_hands_over(extract):
    text = ("Desa Sungai Kunyit, Kabupaten Mempawah, meraih juara II Lomba Desa tingkat nasional "
            "2023. Piala diserahkan Ditjen Bina Pemerintahan Desa Kemendagri Eko Prasetyanto "
            "Purnomo Putro di Jakarta, Rabu (16/8/2023).")
    recs = extract(text, published="2023-08-17")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Desa Sungai Kunyit", "Eko Prasetyanto Purnomo Putro")]


def test_a_second_award_of_the_same_ceremony_takes_its_date_and_venue(extract):
    text = ("Kota Malang meraih Nirwasita Tantra 2017. Penghargaan diserahkan Menteri LHK Siti "
            "Nurbaya di Gedung Manggala Wanabakti, Jakarta, Rabu (2/8/2017). Sementara itu, Adipura "
            "Kencana diterima Wali Kota Bukit Tinggi Ramlan Nurmatias.")
    recs = {(r["award"], r["awardee"]): r for r in extract(text, published="2017-08-02")}
    kencana = recs[("Adipura", "Kota Bukittinggi")]
    assert (kencana["event_date"], kencana["venue"]) == (
        "2017-08-02", "Gedung Manggala Wanabakti, Jakarta")


def test_an_award_won_by_a_person_only_keeps_the_handover_told_after_it(extract):
    text = ("Perumda Air Minum Tirta Lestari Kabupaten Sintang meraih penghargaan Top BUMD "
            "Awards 2022 bintang 4. Direktur Utama Perumda Tirta Lestari Agus Salim juga dinobatkan "
            "sebagai Top CEO BUMD 2022. Penghargaan diserahkan di Hotel Raffles Jakarta, "
            "Rabu (20/4/2022).")
    [rec] = extract(text, published="2022-04-22")
    assert (rec["awardee"], rec["event_date"], rec["venue"]) == (
        "Perumda Air Minum Tirta Lestari Kabupaten Sintang", "2022-04-20", "Hotel Raffles Jakarta")


def test_a_head_who_received_a_body_s_award_wins_nothing_for_the_region(extract):
    text = ("Perumda Air Minum Tirta Ogan Kabupaten Ogan Ilir meraih penghargaan Top BUMD "
            "Award 2023. Penghargaan diterima Bupati Ogan Ilir Panca Wijaya Akbar di Hotel "
            "Raffles Jakarta, Rabu (5/4/2023).")
    assert set(awardees(extract(text, published="2023-04-06"))) == {
        "Perumda Air Minum Tirta Ogan Kabupaten Ogan Ilir"}


def test_the_region_owning_the_listed_bodies_is_no_winner(extract):
    text = ("Tiga BUMD Pemkab Temanggung, yakni PT BPR Bank Temanggung dan Perumda Air Minum "
            "Tirta Agung, meraih penghargaan Top BUMD 2021 di Jakarta, Jumat (10/9/2021).")
    assert set(awardees(extract(text, published="2021-09-11"))) == {
        "PT BPR Bank Temanggung", "Perumda Air Minum Tirta Agung"}


def test_the_award_a_selain_clause_sets_aside_is_not_the_next_winner_s(extract):
    text = ("PDAM Tirta Berau Kabupaten Berau meraih penghargaan Top BUMD 2021 di Hotel Mulia "
            "Jakarta, Jumat (10/9/2021). Selain penghargaan Top BUMD bagi PDAM, Kabupaten "
            "Berau juga mendapat penghargaan Top Pembina BUMD 2021.")
    won = {(r["awardee"], r["award"]) for r in extract(text, published="2021-09-11")}
    assert ("Kabupaten Berau", "Top Pembina BUMD") in won
    assert ("Kabupaten Berau", "TOP BUMD Award") not in won


def test_a_kind_of_body_spelt_out_is_what_was_won_as_not_a_winner(extract):
    text = ("Bank Wonosobo meraih penghargaan sebagai Badan Usaha Milik Daerah (BUMD) terbaik "
            "kedua tingkat nasional di Jakarta, Kamis (25/7/2019).")
    assert set(awardees(extract(text, published="2019-07-26"))) == {"Bank Wonosobo"}


def test_an_award_in_the_presenter_s_office_is_no_part_of_the_name(extract):
    text = ("Perumda Air Minum Tirta Pakuan Kota Bogor meraih penghargaan Top BUMD 2023. "
            "Penghargaan itu diterima Direktur Utama Rino Indira dari Ketua Penyelenggara Top "
            "BUMD Awards 2023 Hendra Kusuma di Jakarta, Rabu (5/4/2023).")
    [rec] = extract(text, published="2023-04-06")
    assert rec["presenter"] == "Hendra Kusuma"


def test_a_head_s_residence_is_no_office_that_wins(extract):
    text = ("Baznas Kabupaten Kerinci meraih penghargaan Baznas Terbaik di Rumah Dinas Gubernur "
            "Jambi, Kamis (18/8/2022).")
    assert set(awardees(extract(text, published="2022-08-19"))) == {"Baznas Kabupaten Kerinci"}


@pytest.mark.parametrize("receivers", [
    ("Bupati Bandung Barat, Asep Sunandar", "Wakil Wali Kota Bekasi, Tri Handoko"),
    ("Asep Sunandar", "Tri Handoko"),
])
def test_items_of_a_list_each_with_its_receiver_are_all_winners(extract, receivers):
    first, second = receivers
    text = ("Mendag menyerahkan penghargaan SNI Pasar Rakyat di Bogor, Selasa (15/12/2020). "
            "Penghargaan itu diberikan kepada tiga pasar, yaitu Pasar Lembang di Kabupaten "
            f"Bandung Barat, yang diterima {first}; lalu Pasar Kranggan di Kota Bekasi, yang "
            f"diterima {second}; serta Pasar Bandungan di Kabupaten Kendal.")
    assert [r["awardee"] for r in extract(text, published="2020-12-16")] == [
        "Pasar Lembang", "Pasar Kranggan", "Pasar Bandungan"]


def test_two_heads_joined_before_a_win_verb_both_win_for_their_regions(extract):
    text = ("Gubernur Jawa Tengah Ganjar Pranowo dan Wali Kota Semarang Hendrar Prihadi "
            "mendapatkan penghargaan Nirwasita Tantra 2018 di Jakarta, Kamis (2/8/2018).")
    assert {r["awardee"] for r in extract(text, published="2018-08-03")} == {
        "Provinsi Jawa Tengah", "Kota Semarang"}


def test_a_list_cut_by_a_full_stop_goes_on_and_the_lists_after_it_too(extract):
    text = ("Penghargaan Desa Sadar Hukum 2016 diberikan kepada desa di NTT. Kabupaten Ende "
            "empat desa yakni, Desa Wolotopo, Desa Ndetundora. Desa Nggela dan Desa Detusoko. "
            "Kabupaten Ngada dua desa yakni: Desa Bena dan Desa Wogo.")
    assert {r["awardee"] for r in extract(text, published="2016-11-20")} == {
        "Desa Wolotopo", "Desa Ndetundora", "Desa Nggela", "Desa Detusoko", "Desa Bena",
        "Desa Wogo"}


def test_the_regencies_the_winning_villages_are_in_are_no_winners(extract):
    text = ("Desa Sadar Hukum 2016 diberikan kepada 12 desa yang tersebar di tiga kabupaten yakni "
            "Ende, Ngada dan Sikka. Kabupaten Ende dua desa yakni Desa Wolotopo dan Desa Nggela.")
    assert {r["awardee"] for r in extract(text, published="2016-11-20")} == {
        "Desa Wolotopo", "Desa Nggela"}


def test_an_award_named_by_its_category_alone(extract):
    text = ("Gubernur Sulawesi Barat menyerahkan piagam penghargaan kategori Ketahanan Pangan "
            "kepada tiga daerah di Mamuju, Selasa (12/3/2024). Tiga daerah tersebut adalah "
            "Kabupaten Majene di peringkat satu, kemudian Kabupaten Polewali Mandar di peringkat "
            "dua, dan Kabupaten Mamasa di peringkat tiga.")
    recs = awardees(extract(text, published="2024-03-13"))
    assert {name: r["rank"] for name, r in recs.items()} == {
        "Kabupaten Majene": 1, "Kabupaten Polewali Mandar": 2, "Kabupaten Mamasa": 3}


def test_a_sentence_opening_with_adalah_names_the_winners_announced_before(extract):
    text = ("Paritrana Award 2024 kategori kabupaten/kota dan desa juga diraih daerah dari "
            "Gorontalo. Adalah, Pemerintah Kabupaten Boalemo diterima Bupati dan Pemerintah Desa "
            "Tangkobu diterima Kepala Desa.")
    assert {r["awardee"] for r in extract(text, published="2024-10-02")} == {
        "Kabupaten Boalemo", "Desa Tangkobu"}


def test_a_list_after_a_colon_closing_the_sentence_before(extract):
    text = ("Kabupaten Garut meraih tiga penghargaan Paritrana Award Provinsi Jawa Barat 2024. Tiga "
            "kategori yang berhasil diboyong Garut ialah:\nKategori Pemerintah Kabupaten/Kota,\n"
            "Kategori Pemerintah Desa melalui Desa Sukamurni, Kecamatan Cilawu.\nKetiganya menjadi "
            "bukti komitmen yang didukung Pemerintah Provinsi Jawa Barat.")
    assert {r["awardee"] for r in extract(text, published="2024-11-04")} == {
        "Kabupaten Garut", "Desa Sukamurni"}


def test_an_apostrophe_inside_a_winners_name(extract):
    text = ("Paritrana Award 2025 kategori usaha kecil-mikro diraih Bakso Pak Min (Kabupaten "
            "Semarang), Martin' Bakery (Klaten), dan Kopi Tuku (Temanggung).")
    assert {r["awardee"] for r in extract(text, published="2025-08-20")} == {
        "Bakso Pak Min", "Martin' Bakery", "Kopi Tuku"}


def test_a_bare_name_only_one_kabupaten_bears_is_that_kabupaten(extract):
    text = ("Kabupaten Sumbawa meraih juara dua dan Sumbawa Barat berada di posisi tiga besar "
            "Paritrana Award 2025 tingkat NTB.")
    assert {r["awardee"] for r in extract(text, published="2025-09-11")} == {
        "Kabupaten Sumbawa", "Kabupaten Sumbawa Barat"}


def test_a_list_going_on_where_a_comma_was_left_out_after_a_bracket(extract):
    text = ("APBD Award 2023 kategori realisasi belanja tertinggi tingkat kota diraih Kota Batu "
            "(Jawa Timur), Cimahi (Jawa Barat) Banjar (Jawa Barat), dan Metro (Lampung).")
    assert {r["awardee"] for r in extract(text, published="2023-11-01")} == {
        "Kota Batu", "Kota Cimahi", "Kota Banjar", "Kota Metro"}


def test_a_presenter_named_by_one_word_whom_a_quote_attribution_names_in_full(extract):
    text = ('"Semangat daerah untuk sanitasi terus tumbuh," kata Direktur Jenderal P2P Kemenkes '
            "Maxi Rein Rondonuwu di Jakarta, Rabu (23/11/2022). Maxi menyerahkan penghargaan STBM "
            "Award 2022 kepada Provinsi Nusa Tenggara Barat.")
    recs = extract(text, published="2022-11-24")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Provinsi Nusa Tenggara Barat", "Maxi Rein Rondonuwu")]


def test_who_opened_the_ceremony_hands_nothing_over(extract):
    text = ("Provinsi Lampung meraih penghargaan Provinsi Layak Anak 2022 kategori Nindya. Acara "
            "dibuka oleh Menteri PPPA Bintang Puspayoga di Jakarta, Jumat (22/7/2022).")
    assert [r["presenter"] for r in extract(text, published="2022-07-23")] == [None]


def test_a_presenter_handing_to_one_official_presents_to_that_winner_only(extract):
    text = ("Sebanyak tiga daerah di Sulawesi Selatan meraih penghargaan Kabupaten Layak Anak "
            "2019, yakni Kabupaten Sidrap, Kabupaten Gowa, dan Kabupaten Maros. Wakil Bupati "
            "Sidrap Mahmud Yusuf menerima penghargaan yang diserahkan Menteri PPPA Yohana Yembise "
            "di Makassar, Selasa (23/7/2019).")
    recs = awardees(extract(text, published="2019-07-24"))
    assert recs["Kabupaten Sidenreng Rappang"]["presenter"] == "Yohana Yembise"
    assert recs["Kabupaten Gowa"]["presenter"] is None
    # one party named, its receiving official of no region: a party's board
    text = ("DPD Partai Nasdem Provinsi Bengkulu meraih Anugerah Keterbukaan Informasi Publik "
            "2023. Penghargaan bagi DPD Partai Nasdem Provinsi Bengkulu itu diterima Wakil Ketua "
            "DPD Nasdem Bengkulu, Rosmala Dewi, dari Ketua Komisi Informasi Bengkulu, Heri "
            "Suprapto, di Hotel Mercure Bengkulu, Kamis (14/12/2023). Kategori badan usaha diraih "
            "PT Bank Bengkulu dan PT Jamkrida Bengkulu.")
    recs = awardees(extract(text, published="2023-12-15"))
    assert recs["DPD Partai Nasdem Provinsi Bengkulu"]["presenter"] == "Heri Suprapto"
    assert recs["PT Bank Bengkulu"]["presenter"] is None


def test_lines_of_a_list_opening_with_harapan_are_read(extract):
    text = ("Penerima Penghargaan Pembangunan Daerah 2023:\nKategori Kabupaten:\nTerbaik I – Agam\n"
            "Harapan I – Dharmasraya\nHarapan 2 – Pasaman Barat\nHarapan 3 – Sijunjung")
    recs = awardees(extract(text, published="2023-05-10"))
    assert {name: r["rank"] for name, r in recs.items()} == {
        "Kabupaten Agam": 1, "Kabupaten Dharmasraya": None, "Kabupaten Pasaman Barat": None,
        "Kabupaten Sijunjung": None}


def test_the_regions_a_winner_left_behind_with_their_ranks_are_winners(extract):
    text = ("Bali meraih Penghargaan Pembangunan Daerah 2024. Bali menjadi yang terbaik, usai "
            "menyisihkan Jawa Timur di urutan kedua, dan Sulawesi Selatan pada posisi ketiga.")
    recs = awardees(extract(text, published="2024-05-07"))
    assert {name: r["rank"] for name, r in recs.items()} == {
        "Provinsi Bali": None, "Provinsi Jawa Timur": 2, "Provinsi Sulawesi Selatan": 3}


def test_the_winners_own_town_in_a_win_sentence_is_no_venue(extract):
    text = ("Kota Solok meraih Anugerah Parahita Ekapraya 2023 kategori Madya. Penghargaan ini "
            "diraih berkat komitmen mewujudkan kesetaraan gender di Kota Solok.")
    assert [r["venue"] for r in extract(text, published="2023-10-05")] == [None]


def test_the_next_place_in_a_ranking_is_no_plan(extract):
    text = ("Pemprov Jambi memberikan UHC Award 2025 kepada kabupaten dan kota terbaik. Kabupaten "
            "Kerinci menjadi daerah dengan capaian tertinggi, meraih kepesertaan 101 persen. "
            "Posisi berikutnya ditempati Kota "
            "Sungai Penuh dengan kepesertaan 99,2 persen.")
    assert {r["awardee"] for r in extract(text, published="2025-11-13")} == {
        "Kabupaten Kerinci", "Kota Sungai Penuh"}


def test_regions_written_out_between_heads_in_a_list_are_winners(extract):
    text = ("Ada tiga bupati yang menggondol BAZNAS Award 2019 yaitu Bupati Kabupaten Bone, "
            "Kabupaten Pidie Jaya dan Bupati Kampar.")
    assert {r["awardee"] for r in extract(text, published="2019-03-12")} == {
        "Kabupaten Bone", "Kabupaten Pidie Jaya", "Kabupaten Kampar"}


@pytest.mark.parametrize("sentence, ranks", [
    ("Kabupaten Sumbawa meraih juara dua dan Kabupaten Dompu berada di posisi tiga besar "
     "Paritrana Award 2025.", {"Kabupaten Sumbawa": 2, "Kabupaten Dompu": None}),
    ("Kota Bima dan Kabupaten Bima meraih juara dua Paritrana Award 2025.",
     {"Kota Bima": 2, "Kabupaten Bima": 2}),
    ("Paritrana Award 2025 diraih Kabupaten Sumbawa sebagai terbaik satu serta Kota Bima dan "
     "Kabupaten Dompu masing-masing terbaik dua dan ketiga.",
     {"Kabupaten Sumbawa": 1, "Kota Bima": 2, "Kabupaten Dompu": 3}),
])
def test_a_rank_goes_to_the_winners_before_it_not_to_one_after_dan(extract, sentence, ranks):
    recs = awardees(extract(sentence, published="2025-09-11"))
    assert {name: r["rank"] for name, r in recs.items()} == ranks


def test_the_town_closing_a_hospitals_name_says_its_province(extract):
    text = "Rumah Sakit Umum Muhammadiyah (RSUM) Lamongan meraih juara III Paritrana Award 2021."
    recs = extract(text, published="2022-09-10")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Rumah Sakit Umum Muhammadiyah (RSUM) Lamongan", "Jawa Timur")]


def test_names_right_before_their_ranks_win_those_ranks(extract):
    text = ("Pada kategori badan usaha Paritrana Award 2025, Bank Sultra keluar sebagai pemenang, "
            "dengan Indomaret di posisi kedua serta Hypermart di urutan ketiga.")
    recs = awardees(extract(text, published="2025-09-11"))
    assert {name: r["rank"] for name, r in recs.items()} == {
        "Bank Sultra": None, "Indomaret": 2, "Hypermart": 3}


def test_a_win_sentence_naming_no_winner_ranks_the_one_named_before(extract):
    text = ("Kota Cilegon kembali meraih Paritrana Award Provinsi Banten 2023. Kali ini berhasil "
            "meraih juara dua untuk kategori Pemerintah Kabupaten/Kota. Pada acara yang sama "
            "diumumkan pula daerah peraih juara I hingga III kategori perusahaan.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-06-22")] == [
        ("Kota Cilegon", 2)]


def test_a_subdistrict_named_after_its_town_is_no_winner(extract):
    text = ("Kelurahan Gunung Samarinda, Kecamatan Balikpapan Utara, Kota Balikpapan meraih "
            "peringkat dua lomba kelurahan tingkat Provinsi Kalimantan Timur 2018.")
    recs = extract(text, published="2018-08-20")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Kelurahan Gunung Samarinda", "Kalimantan Timur")]


def test_a_region_whose_anniversary_is_held_is_no_winner(extract):
    text = ("Pada upacara HUT ke-24 Kabupaten Morowali, Pemkab Sigi menerima Paritrana Award "
            "2023 dari Gubernur Sulteng di Bungku, Selasa (5/12/2023).")
    assert {r["awardee"] for r in extract(text, published="2023-12-06")} == {"Kabupaten Sigi"}


def test_the_provinces_holding_the_round_are_no_winners(extract):
    text = ("Pemerintah Kabupaten Fakfak meraih terbaik pertama Paritrana Award 2024 yang "
            "diselenggarakan Pemerintah Provinsi Papua Barat dan Papua Barat Daya.")
    assert {r["awardee"] for r in extract(text, published="2024-09-02")} == {"Kabupaten Fakfak"}


def test_an_office_closed_by_its_region_ends_before_dan(extract):
    text = ("BPJS Ketenagakerjaan menyerahkan Paritrana Award 2023 kepada Dinas Tenaga Kerja Kota "
            "Sorong dan Sinode Gereja Kristen Injili, Senin (26/8/2023).")
    names = {r["awardee"] for r in extract(text, published="2023-08-27")}
    assert "Dinas Tenaga Kerja Kota Sorong" in names


def test_a_region_after_a_subdistrict_is_where_the_village_head_is_from(extract):
    text = ("Desa Sungai Kunyit meraih juara II Lomba Desa tingkat nasional 2023. Kepala Desa "
            "Sungai Kunyit, Kecamatan Sungai Kunyit, Kabupaten Mempawah, Sudarto menerima trofi "
            "di Jakarta, Rabu (16/8/2023).")
    assert {r["awardee"] for r in extract(text, published="2023-08-17")} == {"Desa Sungai Kunyit"}


def test_the_day_a_winner_was_reached_for_a_quote_is_no_ceremony_date(extract):
    text = ("Desa Kemiri meraih Paritrana Award Provinsi Jawa Timur 2023. “Baru pertama ikut "
            "langsung juara satu kategori pemerintah desa,” kata Kepala Desa Kemiri, Slamet, saat "
            "dihubungi, Rabu (6/3/2024).")
    assert [r["event_date"] for r in extract(text, published="2024-03-07")] == [None]


def test_a_winner_named_through_melalui_after_its_category(extract):
    text = ("Kabupaten Garut meraih tiga penghargaan Paritrana Award Provinsi Jawa Barat 2024, "
            "yaitu kategori Pemerintah Kabupaten/Kota, kategori Perusahaan Menengah melalui "
            "Sinar Garut Lestari, serta kategori Pemerintah Desa melalui Desa Sukamurni.")
    names = {r["awardee"] for r in extract(text, published="2024-11-04")}
    assert {"Kabupaten Garut", "Sinar Garut Lestari", "Desa Sukamurni"} <= names


def test_a_local_village_word_glossed_in_brackets(extract):
    text = ("Peringkat II Paritrana Award Provinsi Lampung 2023 tingkat pemerintah desa diraih "
            "Pekon (Desa) Sukamaju Kecamatan Gisting.")
    assert [r["awardee"] for r in extract(text, published="2023-12-01")] == ["Desa Sukamaju"]


def test_harapan_inside_a_name_is_no_place_on_the_podium(extract):
    text = ("Selain itu, Sekolah Tinggi Harapan Bangsa Brebes menjadi Terbaik II Paritrana Award "
            "2020 kategori perusahaan menengah.")
    recs = extract(text, published="2021-09-10")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Sekolah Tinggi Harapan Bangsa Brebes", 2)]


def test_schools_listed_after_who_coaches_them_are_winners(extract):
    text = ("Sedangkan penerima Sekolah Adiwiyata Mandiri 2022 dibawah binaan DLH Sultra ini "
            "diantaranya SMPN 9 Kendari, SMAN 4 Kendari, MTSN 2 Kendari.")
    assert {r["awardee"] for r in extract(text, published="2022-12-02")} == {
        "SMPN 9 Kendari", "SMAN 4 Kendari", "MTSN 2 Kendari"}


@pytest.mark.parametrize("title, text", [
    ("Sukamaju Wakili Garut di Lomba Desa Tingkat Provinsi Jawa Barat",
     "Desa Sukamaju terpilih sebagai desa untuk mewakili Kabupaten Garut pada ajang Lomba Desa "
     "tingkat Provinsi Jawa Barat 2022."),
    ("Kelurahan Gamalama Siap Berkompetisi Pada Lomba Kelurahan Tingkat Regional",
     "Setelah ditetapkan sebagai juara I lomba kelurahan tingkat provinsi, Pemkot Ternate "
     "menyiapkan berkas Lomba Desa dan Kelurahan tingkat regional 2017."),
    (None, "Pemerintah Kabupaten Belitung bertekad meraih penghargaan Swasti Saba Wiwerda 2023, "
     "kata Bupati Belitung di Tanjung Pandan, Sabtu."),
])
def test_a_region_chosen_to_compete_or_set_on_winning_has_won_nothing_yet(extract, title, text):
    assert extract(text, title=title, published="2023-07-08") == []


def test_a_lede_announcing_the_next_round_reports_no_win(extract):
    text = ("JAKARTA – Anugerah Desa Wisata Indonesia (ADWI) akan kembali digelar tahun ini. "
            "Untuk diketahui, juara pertama ADWI 2021 diraih Desa Penglipuran, Kecamatan Bangli.")
    assert extract(text, published="2022-02-10") == []


def test_numbered_items_after_the_first_go_on_with_the_list(extract):
    text = ("Pemerintah Kota Bandung menyerahkan penghargaan Anugerah Pangan Aman 2023 kepada "
            "pemenang berikut:\n1. Toko Sumber Rejeki\n2. Rumah Makan Sari Rasa\n"
            "3. Hadi Supermarket\nPenghargaan diserahkan Wali Kota Bandung di Balai Kota, "
            "Selasa (2/5/2023).")
    assert {r["awardee"] for r in extract(text, published="2023-05-02")} == {
        "Toko Sumber Rejeki", "Rumah Makan Sari Rasa", "Hadi Supermarket"}


def test_a_short_form_given_in_brackets_names_the_same_company_later(extract):
    text = ("PT Pesona Khatulistiwa Nusantara (PKN) meraih penghargaan Zero Accident 2024 dari "
            "Pemerintah Provinsi Kalimantan Utara. Piagam untuk PT PKN diserahkan Gubernur "
            "Kalimantan Utara Zainal Arifin Paliwang, Kamis (12/9/2024).")
    recs = extract(text, published="2024-09-13")
    assert [r["awardee"] for r in recs] == ["PT Pesona Khatulistiwa Nusantara"]
    assert recs[0]["presenter"] == "Zainal Arifin Paliwang"


def test_acronyms_listed_with_their_scores_in_brackets_are_winners(extract):
    text = ("Wakil Presiden menyerahkan Anugerah Keterbukaan Informasi Publik 2018 kepada badan "
            "publik informatif, yaitu PT Pelindo III (90,89), PT KAI (90,72), PPATK (94,30), "
            "Bawaslu RI (90,66) dan Lapan (92,49).")
    assert {"PT KAI", "PPATK", "Bawaslu RI", "Lapan"} <= {
        r["awardee"] for r in extract(text, published="2018-11-20")}


def test_bare_regions_with_their_provinces_go_on_with_a_list_of_heads(extract):
    text = ("Menteri Tenaga Kerja menyerahkan penghargaan Zero Accident 2012 kepada kepala "
            "daerah di Jakarta, Rabu (30/5/2012). Untuk tingkat kabupaten/kota, penerimanya "
            "adalah Bupati Gresik (Jatim), Bupati Klaten (Jateng), Salatiga (Jawa Tengah), Sragen (Jawa Tengah) "
            "dan Wali Kota Cimahi (Jabar).")
    recs = awardees(extract(text, published="2012-05-30"))
    assert set(recs) == {"Kabupaten Gresik", "Kabupaten Klaten", "Kota Salatiga",
                         "Kabupaten Sragen", "Kota Cimahi"}
    assert recs["Kota Salatiga"]["province"] == "Jawa Tengah"


def test_a_head_written_in_lower_case_before_a_region_is_a_title(extract):
    text = ("Piala Adipura 2023 diterima langsung oleh bupati Lampung Selatan Nanang Ermanto "
            "di Jakarta, Selasa (28/2/2023).")
    recs = extract(text, published="2023-03-01")
    assert [(r["awardee"], r["recipient"]) for r in recs] == [
        ("Kabupaten Lampung Selatan", "Nanang Ermanto")]


def test_heads_in_lower_case_without_a_region_are_a_common_noun(extract):
    text = ("Para bupati dan wali kota se-Jawa Timur hadir saat Kota Madiun menerima "
            "penghargaan Swasti Saba Wistara 2023.")
    assert [r["awardee"] for r in extract(text, published="2023-11-20")] == ["Kota Madiun"]


def test_an_award_named_by_an_acronym_with_a_digit_is_read(extract):
    text = ("Rapat koordinasi nasional itu menganugerahkan penghargaan TP2DD terbaik kepada "
            "daerah yang dinilai optimal. Pemenang tingkat kota wilayah Jawa adalah Kota "
            "Salatiga, dan wilayah Sumatera adalah Kota Sabang.")
    assert [(r["award"], r["awardee"]) for r in extract(text, published="2022-08-03")] == [
        ("TP2DD", "Kota Salatiga"), ("TP2DD", "Kota Sabang")]


@pytest.mark.parametrize("text, winners", [
    ("Pemenang Adipura 2023 untuk kategori kota kecil adalah Kota Salatiga.", ["Kota Salatiga"]),
    ("Peraih Anugerah Keterbukaan Informasi Publik 2023 kategori desa yaitu Desa Sukamaju.",
     ["Desa Sukamaju"]),
    ("Adapun penghargaan tersebut yakni Pengelolaan Arsip Terbaik dengan nilai 90,5.", []),
])
def test_one_winner_named_after_a_word_for_winners(extract, text, winners):
    assert [r["awardee"] for r in extract(text, published="2023-11-02")] == winners



def test_a_purpose_clause_is_no_win(extract):
    text = ("Gubernur Bali meminta jajaran Pemprov mempertahankan opini WTP dari BPK. Koster "
            "menyatakan kesiapan Pemprov Bali untuk bekerja lebih erat dengan BPK agar seluruh "
            "pemerintah daerah mampu mempertahankan WTP yang berkualitas.")
    assert extract(text, published="2025-12-31") == []


def test_the_inflation_team_award_is_read_by_its_team_name(extract):
    text = ("Pemerintah Provinsi Gorontalo dinobatkan sebagai Tim Pengendali Inflasi Daerah "
            "(TPID) terbaik kawasan Sulawesi tahun 2021.")
    assert [(r["award"], r["awardee"]) for r in extract(text, published="2021-10-02")] == [
        ("TPID Award", "Provinsi Gorontalo")]


def test_a_hospital_named_for_its_province_keeps_the_province_in_its_name(extract):
    text = ("Pada Anugerah Keterbukaan Informasi Publik 2018, RSUP Provinsi NTB meraih predikat "
            "badan publik informatif.")
    recs = extract(text, published="2018-11-29")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("RSUP Provinsi NTB", "Nusa Tenggara Barat")]


def test_a_village_head_word_in_lower_case_still_opens_its_name(extract):
    text = ("Anugerah Keterbukaan Informasi Publik 2018 kategori desa diraih desa Kapencar "
            "Kecamatan Kertek dan Desa Beran Kecamatan Kepil, Kabupaten Wonosobo.")
    assert {r["awardee"] for r in extract(text, published="2018-12-08")} == {
        "Desa Kapencar", "Desa Beran"}


def test_regions_given_a_lesser_opinion_are_no_winners(extract):
    text = ("Tiga kabupaten yang meraih WDP yakni Kabupaten Tanggamus, Way Kanan dan Mesuji, "
            "sedangkan Kabupaten Pringsewu berhasil meraih opini Wajar Tanpa Pengecualian (WTP).")
    assert [r["awardee"] for r in extract(text, published="2024-05-29")] == [
        "Kabupaten Pringsewu"]


def test_the_formal_regional_government_and_a_dateline_outlet(extract):
    text = ("• Humas Lingga - Pemerintah Daerah Kabupaten Lingga meraih Innovative Government "
            "Award 2023 untuk kategori daerah perbatasan, diumumkan di Jakarta.")
    assert [r["awardee"] for r in extract(text, published="2023-12-20")] == ["Kabupaten Lingga"]


def test_a_kind_word_written_twice_gives_the_level_then_the_winner(extract):
    text = ("Pada Lomba Desa dan Kelurahan 2022, untuk tingkat Kabupaten Kabupaten Seram Bagian "
            "Barat meraih juara pertama.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2022-08-18")] == [
        ("Kabupaten Seram Bagian Barat", 1)]


def test_a_building_in_a_quote_attribution_places_the_ceremony(extract):
    text = ("Kota Tidore Kepulauan meraih Indonesia's Attractiveness Award 2019 kategori kota "
            "potensial investasi. “Kami akan terus membenahi layanan perizinan,” kata Wali Kota "
            "Tidore di Hotel Borobudur, Jakarta.")
    assert [r["venue"] for r in extract(text, published="2019-10-02")] == [
        "Hotel Borobudur, Jakarta"]


def test_a_headline_with_terima_gives_its_winner_when_the_body_names_none(extract):
    text = ("Kabupaten Batu Bara terima Paritrana Award 2022\n\nMEDAN – Penghargaan Paritrana "
            "diberikan kepada pemerintah daerah yang melindungi pekerjanya. Tahun ini panitia "
            "menilai 33 kabupaten dan kota.")
    recs = extract(text, title="Kabupaten Batu Bara terima Paritrana Award 2022",
                   published="2023-02-22")
    assert [r["awardee"] for r in recs] == ["Kabupaten Batu Bara"]


def test_a_school_heading_the_headline_wins_when_the_body_calls_it_the_school(extract):
    body = ("Sekolah di Kecamatan Playen itu menerima penghargaan Adiwiyata Mandiri dari "
            "Kementerian Lingkungan Hidup. Piala diserahkan oleh Menteri Siti Nurbaya di "
            "Jakarta, Rabu (6/12/2023).")
    recs = extract(body, title="SMA Negeri 1 Playen Raih Adiwiyata Mandiri",
                   published="2023-12-07")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [
        ("SMA Negeri 1 Playen", "2023-12-06")]
    # a body named after the verb is no subject ("..., Kepala Sekolah: Jaga Lingkungan")
    assert not extract(body, title="Raih Adiwiyata Mandiri, Kepala Sekolah: Jaga Sekolah Hijau",
                       published="2023-12-07")



def test_family_planning_in_a_giver_s_name_is_no_plan(analyse_one):
    from extractors.clauses import live_clauses

    a = analyse_one("Bupati Mimika Eltinus Omaleng, S.E.,M.M menerima penghargaan Manggala Karya "
                    "Kencana tahun 2021 dari Badan Kependudukan dan Keluarga Berencana Nasional.")
    assert any("menerima penghargaan" in part.raw for part in live_clauses(a))


def test_the_members_of_a_region_group_are_no_winners(extract):
    text = ("Desa Waai meraih juara 1 Lomba Desa 2022 tingkat Regional 4 yang terdiri dari "
            "Provinsi Maluku, Provinsi Maluku Utara, Provinsi Papua dan Provinsi Papua Barat.")
    assert [r["awardee"] for r in extract(text, published="2022-08-18")] == ["Desa Waai"]


def test_winners_listed_one_per_line_without_bullets(extract):
    text = ("Berikut daftar penerima penghargaan Adipura 2023:\n\nKota Surabaya\n\nKota Denpasar"
            "\n\nKabupaten Sleman\n\nPiala diserahkan di Jakarta, Selasa (28/2/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-03-01")] == [
        "Kota Surabaya", "Kota Denpasar", "Kabupaten Sleman"]


def test_a_head_word_glued_to_its_name_is_read_apart(extract):
    text = ("Penghargaan Desa Sadar Hukum 2015 diberikan kepada Desa Lolong, DesaLusilame dan "
            "Desa Bour oleh Gubernur JawaTengah Ganjar Pranowo.")
    recs = extract(text, published="2015-11-18")
    assert [r["awardee"] for r in recs] == ["Desa Lolong", "Desa Lusilame", "Desa Bour"]
    assert recs[0]["presenter"] == "Ganjar Pranowo"


def test_a_ministry_whose_name_holds_dan_is_one_winner_in_a_list(extract):
    recs = awardees(extract(
        "Anugerah Keterbukaan Informasi Publik 2016 untuk kategori kementerian diraih oleh "
        "Kementerian Agama, Kementerian Lingkungan Hidup dan Kehutanan, dan Kementerian Desa "
        "dan Transmigrasi.", published="2016-12-20"))
    assert {"Kementerian Lingkungan Hidup dan Kehutanan",
            "Kementerian Desa dan Transmigrasi"} <= set(recs)
    assert not {"Kehutanan", "Transmigrasi"} & set(recs)
    recs = awardees(extract(
        "Anugerah Keterbukaan Informasi Publik 2016 untuk kategori kementerian diraih oleh "
        "Kementerian Sosial dan Kementerian Pertanian, serta Lembaga Ilmu Pengetahuan dan "
        "Teknologi Nasional.", published="2016-12-20"))
    assert {"Kementerian Sosial", "Kementerian Pertanian",
            "Lembaga Ilmu Pengetahuan dan Teknologi Nasional"} <= set(recs)


def test_heads_named_with_their_region_in_brackets_stand_for_it(extract):
    text = ("Kemendikbud memberikan Anugerah Kihajar 2019 kepada tiga gubernur dan empat "
            "bupati/wali kota di Jakarta, Jumat (11/10/2019). Mereka dinilai berhasil "
            "memanfaatkan teknologi untuk sekolah. Ketiga gubernur itu adalah Khofifah Indar "
            "Parawansa (Jawa Timur), Ridwan Kamil (Provinsi Jawa Barat), dan Wahidin Halim "
            "(Banten). Sementara empat bupati/wali kota yang menerima anugerah adalah Ahmad "
            "Muhdlor (Kabupaten Sidoarjo), Bima Arya (Kota Bogor), Ipuk Fiestiandani "
            "(Banyuwangi) dan Haryadi Suyuti (Kota Yogya).")
    recs = awardees(extract(text, published="2019-10-12"))
    assert set(recs) == {"Provinsi Jawa Timur", "Provinsi Jawa Barat", "Provinsi Banten",
                         "Kabupaten Sidoarjo", "Kota Bogor", "Kabupaten Banyuwangi",
                         "Kota Yogyakarta"}
    assert recs["Kota Yogyakarta"]["province"] == "Daerah Istimewa Yogyakarta"


def test_keeping_last_year_s_rating_is_a_win_now(extract):
    text = ("Sebanyak 12 daerah meraih penghargaan Kabupaten/Kota Layak Anak 2024 kategori "
            "Utama. Lima kabupaten/kota mempertahankan predikat dari tahun lalu. Antara lain "
            "Kota Bogor, Kota Malang, dan Kabupaten Gianyar.")
    recs = awardees(extract(text, published="2024-07-24"))
    assert {"Kota Bogor", "Kota Malang", "Kabupaten Gianyar"} <= set(recs)
    assert not awardees(extract(
        "Tahun lalu Kota Bogor meraih KLA kategori Utama. Tahun ini Pemkot berupaya "
        "mempertahankan predikat dari tahun lalu itu.", published="2024-06-01"))


def test_a_region_after_a_dash_says_where_the_winner_is(extract):
    text = ("Berikut para juara Anugerah Pesona Indonesia 2017:\n"
            "Juara I : Pulau Kei – Kabupaten Maluku Tenggara, Provinsi Maluku\n"
            "Juara II : Pantai Ora – Kabupaten Maluku Tengah, Provinsi Maluku")
    recs = awardees(extract(text, published="2017-11-20"))
    assert set(recs) == {"Pulau Kei", "Pantai Ora"}
    assert recs["Pantai Ora"]["province"] == "Maluku" and recs["Pantai Ora"]["rank"] == 2


def test_a_win_sentence_ending_in_a_colon_opens_a_list_of_winners(extract):
    text = ("KLHK menyerahkan trofi ProKlim Lestari 2022 kepada lima desa terbaik.\n\n"
            "\"Selamat kepada para pemenang,\" kata Menteri LHK di Jakarta, Senin "
            "(5/12/2022).\n\nKelima desa yang mendapat trofi dari KLHK adalah:\n\n"
            "- Desa Sukamaju (Garut, Jawa Barat)\n\n"
            "- Desa Tanjung (Sleman, Daerah Istimewa Yogyakarta)\n\n"
            "- Desa Lamteuba (Aceh Besar, Aceh)")
    recs = awardees(extract(text, published="2022-12-06"))
    assert {"Desa Sukamaju", "Desa Tanjung", "Desa Lamteuba"} <= set(recs)
    assert recs["Desa Lamteuba"]["province"] == "Aceh"


def test_an_award_named_for_villages_is_no_village(extract):
    recs = awardees(extract(
        "BPS menyerahkan penghargaan Desa Cinta Statistik (Desa Cantik) 2022 kepada Desa "
        "Luragung Tonggoh, Kabupaten Kuningan.", published="2022-11-30"))
    assert set(recs) == {"Desa Luragung Tonggoh"}
    assert recs["Desa Luragung Tonggoh"]["award"] == "Desa Cantik"


@pytest.mark.parametrize("text, award", [
    ("Posyandu Melati Desa Sepang meraih juara I lomba posyandu tingkat Kabupaten Gunung Mas.",
     "Lomba Posyandu"),
    ("SD Negeri 2 Kuala Kurun meraih juara I lomba sekolah sehat tingkat Kabupaten Gunung Mas.",
     "Lomba Sekolah Sehat"),
])
def test_the_yearly_contests_of_health_posts_and_schools_are_awards(extract, text, award):
    recs = extract(text, published="2019-08-20")
    assert [(r["award"], r["rank"]) for r in recs] == [(award, 1)]


def test_a_village_head_named_without_a_comma_receives_for_the_village_named_before(extract):
    text = ("Desa Sungai Rambai meraih juara I lomba desa tingkat Provinsi Riau. Trofi "
            "diserahkan Gubernur Syamsuar kepada Kepala Desa Sungai Rambai Hendra Wijaya di "
            "Pekanbaru, Kamis (17/8/2023).")
    recs = extract(text, published="2023-08-18")
    assert [(r["awardee"], r["rank"], r["presenter"]) for r in recs] == [
        ("Desa Sungai Rambai", 1, "Syamsuar")]


def test_a_quote_telling_the_handover_with_its_date_dates_and_places_it(extract):
    text = ("Kabupaten Seram Bagian Barat kembali meraih opini WTP dari BPK. “Piagam itu "
            "diserahkan kepada Bupati pada Kamis tanggal 9 Maret 2023 di Ambon,” ujar Kepala "
            "BPKAD.")
    recs = extract(text, published="2023-03-12")
    assert [(r["event_date"], r["venue"]) for r in recs] == [("2023-03-09", "Ambon")]
    # a quote saying what the award was given for dates nothing
    text = ("Kabupaten Seram Bagian Barat kembali meraih opini WTP dari BPK. “Penghargaan itu "
            "diberikan atas kerja kami sepanjang 2022,” ujar Kepala BPKAD.")
    assert [r["event_date"] for r in extract(text, published="2023-03-12")] == [None]


def test_a_counted_group_listed_one_sentence_per_item(extract):
    text = ("Tiga desa menerima Anugerah Keterbukaan Informasi Publik 2022 di Jakarta. Ketiga "
            "desa tersebut adalah Desa Karangrejo, Kabupaten Magelang, Jawa Tengah. Desa "
            "Kedungsari, Kabupaten Mojokerto, Jawa Timur. Desa Pulau Aro, Kabupaten Tebo, Jambi.")
    recs = extract(text, published="2022-12-14")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Desa Karangrejo", "Jawa Tengah"), ("Desa Kedungsari", "Jawa Timur"),
        ("Desa Pulau Aro", "Jambi")]


def test_a_ministry_s_certificate_of_a_disease_eliminated_is_an_award(extract):
    recs = extract("Kabupaten Kaur menerima sertifikat eliminasi malaria dari Kementerian "
                   "Kesehatan di Jakarta, Selasa (12/11/2024).", published="2024-11-13")
    assert [(r["awardee"], r["award"]) for r in recs] == [
        ("Kabupaten Kaur", "Sertifikat Eliminasi Malaria")]


def test_a_village_head_the_award_is_handed_to_stands_for_the_village(extract):
    recs = awardees(extract(
        "Penghargaan Desa Sadar Hukum 2024 diserahkan Gubernur Lampung kepada Kepala Desa "
        "Sukadana Ilir, Kabupaten Lampung Timur.", published="2024-11-20"))
    assert set(recs) == {"Desa Sukadana Ilir"}
    assert recs["Desa Sukadana Ilir"]["province"] == "Lampung"
    recs = awardees(extract(
        "Penghargaan Pelayanan Kesehatan Primer Terbaik 2024 diberikan kepada Lurah "
        "Kramat Selatan.", published="2024-11-13"))
    assert set(recs) == {"Kelurahan Kramat Selatan"}


@pytest.mark.parametrize("text, published, winners, no_winners", [
    # a sum or a report in a winners slot
    ("BUMDes Sinar Jaya meraih penghargaan BUMDes Award 2022 sebagai usaha desa dengan omzet "
     "terbesar, yaitu Rp12,5 miliar. Kabupaten Kampar juga berhasil menyajikan Laporan "
     "Keuangannya dengan opini WTP.", "2022-11-02", set(), {"Rp12,5", "Laporan Keuangannya"}),
    # a number word inside a place's name stays in the name
    ("Adiwiyata Mandiri 2022 diraih SDN Pulo Tiga Raya 01 dan SMPN 3 Jakarta.", "2022-12-01",
     {"SDN Pulo Tiga Raya 01"}, {"SDN Pulo"}),
    # items parted by semicolons say where they are after a comma
    ("Adapun rumah sakit yang meraih penghargaan Rumah Sakit Sayang Ibu dan Bayi 2011 antara "
     "lain RSUD Teungku Peukan, Blangpidie, Aceh; RSU dr Slamet, Garut, Jawa Barat; dan RSUD "
     "Syamrabu, Bangkalan.", "2011-12-22",
     {"RSUD Teungku Peukan", "RSU dr Slamet", "RSUD Syamrabu"}, {"Blangpidie"}),
    # a list of heads goes on past the rest of a name cut short
    ("Anugerah Kihajar 2019 kategori Madya diterima, antara lain, Walikota Pontianak, Edi "
     "Rusdi Kamtono; Walikota Singkawang, Tjhai Chui Mei; Bupati Kab. Bantul, Suharsono.",
     "2019-10-12", {"Kota Pontianak", "Kota Singkawang", "Kabupaten Bantul"}, set()),
    # the province a winner is the capital of
    ("Kota Mataram, ibu kota Provinsi Nusa Tenggara Barat, kembali meraih Adipura 2023. Kota "
     "Kupang, ibukota Provinsi NTT, juga meraih Adipura.", "2024-03-06",
     {"Kota Mataram", "Kota Kupang"},
     {"Provinsi Nusa Tenggara Barat", "Provinsi Nusa Tenggara Timur"}),
    # doing one's best for a region ("memberikan yang terbaik bagi ...") gives it nothing
    ("Bupati Cianjur menghadiri penyerahan SPM Awards 2023 di Jakarta. Menurutnya, penghargaan "
     "itu memacu upaya memberikan yang terbaik bagi Kabupaten Cianjur. SPM Awards 2023 untuk "
     "kabupaten diraih Kabupaten Karanganyar.", "2023-03-22",
     {"Kabupaten Karanganyar"}, {"Kabupaten Cianjur"}),
    # a body inside the name of the building it was handed over in
    ("Kabupaten Sleman meraih penghargaan Indeks Transparansi Keuangan Daerah 2017. Penghargaan "
     "diterima Sekda Sleman pada Kamis (7/9/2017) bertempat di Gedung Pusat Universitas Negeri "
     "Yogyakarta.", "2017-09-08", {"Kabupaten Sleman"}, {"Universitas Negeri Yogyakarta"}),
    # the bodies a relative clause says were given the award
    ("Pemerintah Kabupaten Buton kembali mendapatkan penghargaan Indeks Keuangan Daerah 2017. "
     "Di Sulawesi Tenggara, hanya Kabupaten Buton dan Kota Kendari, yang diberikan penghargaan "
     "tersebut.", "2017-09-08", {"Kabupaten Buton", "Kota Kendari"}, set()),
    # election bodies named for their region are the winners, not the region
    ("Anugerah Keterbukaan Informasi Publik 2022 kategori penyelenggara pemilu diraih oleh "
     "KPU Kabupaten Belu dan Bawaslu Kabupaten Lembata.", "2022-12-08",
     {"KPU Kabupaten Belu", "Bawaslu Kabupaten Lembata"}, {"Kabupaten Belu"}),
    # the award named in full with "Badan Publik": its round's province is no winner
    ("Pemkot Bontang mendapatkan predikat informatif dalam Anugerah Keterbukaan Informasi "
     "Badan Publik Provinsi Kalimantan Timur tahun 2022.", "2022-12-15",
     {"Kota Bontang"}, {"Provinsi Kalimantan Timur"}),
    # the body thanked for the award ("terima kasih kepada Pemerintah Provinsi ...")
    ("Kabupaten Buru meraih juara II Inovasi Daerah Award 2023. Bupati Buru menyampaikan "
     "terima kasih kepada Pemerintah Provinsi Maluku atas penghargaan yang diberikan.",
     "2023-04-14", {"Kabupaten Buru"}, {"Provinsi Maluku"}),
    # people named with their region win when no heads are counted
    ("Kalpataru 2019 kategori perintis lingkungan diraih oleh Made Sumitra (Bali) dan Yohanes "
     "Kore (Nusa Tenggara Timur).", "2019-07-10", {"Made Sumitra"}, {"Provinsi Bali"}),
])
def test_who_wins_and_who_does_not_in_real_phrasings(extract, text, published, winners,
                                                      no_winners):
    recs = awardees(extract(text, published=published))
    assert winners <= set(recs)
    assert not no_winners & set(recs)


def test_a_story_counting_heads_lists_them_with_their_regions_under_lettered_headings(
        extract):
    text = ("Lembaga Kajian Otonomi memberikan penghargaan Tokoh Pembangunan Daerah 2019 kepada "
            "enam kepala daerah di Jakarta, Kamis (25/4/2019).\n\n"
            "Mereka yang diberikan penghargaan adalah:\n\n"
            "A. Provinsi:\n\n1. Olly Dondokambey (Provinsi Sulawesi Utara)\n\n"
            "2. Ali Mazi (Sulawesi Tenggara)\n\n"
            "B. Kota\n\n1. Andi Harun (Samarinda)\n\n2. Tri Rismaharini (Kota Surabaya)\n\n"
            "C. Kabupaten\n\n1. Anas (Banyuwangi)\n\n2. Suyoto (Bojonegoro)")
    recs = awardees(extract(text, published="2019-04-26"))
    assert set(recs) == {"Provinsi Sulawesi Utara", "Provinsi Sulawesi Tenggara",
                         "Kota Samarinda", "Kota Surabaya", "Kabupaten Banyuwangi",
                         "Kabupaten Bojonegoro"}


@pytest.mark.parametrize("text, published, awardee, field, value", [
    # the town closing a school's name says its province
    ("Penghargaan Adiwiyata Nasional 2023 diraih SMPN 4 Baubau dan SMA Negeri 2 Kendari dari "
     "Kementerian LHK di Jakarta, Selasa (5/12/2023).", "2023-12-06",
     "SMPN 4 Baubau", "province", "Sulawesi Tenggara"),
    # a locator's kind picks the region among namesakes ("Kab. Banjar", "Kota Banjar")
    ("ProKlim Lestari 2023 diraih antara lain:\n1. Desa Sungai Alang, Kab. Banjar\n"
     "2. Desa Langensari, Kota Banjar", "2023-10-25",
     "Desa Sungai Alang", "province", "Kalimantan Selatan"),
    ("ProKlim Lestari 2023 diraih antara lain:\n1. Desa Sungai Alang, Kab. Banjar\n"
     "2. Desa Langensari, Kota Banjar", "2023-10-25",
     "Desa Langensari", "province", "Jawa Barat"),
    # who hands it over presents, not whom it comes from
    ("Bupati Sinjai Andi Seto menerima Manggala Karya Kencana dari Presiden RI Joko Widodo yang "
     "diserahkan oleh Menteri Sosial Agus Gumiwang di Medan, Sabtu (29/6/2019).", "2019-06-30",
     "Kabupaten Sinjai", "presenter", "Agus Gumiwang"),
    # of two officials handing over together, the first presents
    ("Menteri PANRB Azwar Anas dan Kepala Arsip Nasional Republik Indonesia (ANRI) Imam Gunarto "
     "menyerahkan Anugerah Kearsipan 2023 kepada Kota Semarang di Jakarta, Kamis (7/12/2023).",
     "2023-12-08", "Kota Semarang", "presenter", "Azwar Anas"),
    # the handover's town beats the capital another sentence names
    ("Kabupaten Agam meraih Penghargaan Pembangunan Daerah 2023 tingkat Sumatera Barat. Piagam "
     "diserahkan Gubernur Sumatera Barat Mahyeldi kepada Bupati Agam di Padang pada Selasa "
     "(21/3/2023). Penilaian tahap nasional dilaksanakan di Jakarta pada Kamis (16/3/2023).",
     "2023-03-24", "Kabupaten Agam", "venue", "Padang"),
    # "menganugerahi" hands an award over
    ("Ombudsman RI menganugerahi penghargaan Predikat Kepatuhan Tinggi 2018 kepada Pemerintah "
     "Kota Sorong, Senin (10/12/2018).", "2018-12-11", "Kota Sorong", "event_date", "2018-12-10"),
])
def test_what_a_winner_is_given_in_real_phrasings(extract, text, published, awardee, field,
                                                   value):
    assert awardees(extract(text, published=published))[awardee][field] == value


@pytest.mark.parametrize("name", ["PT Dua Kelinci", "PT Tiga Serangkai Pustaka Mandiri",
                                  "Desa Dua Sekawan"])
def test_a_name_opening_with_a_number_word_after_its_head(extract, name):
    recs = awardees(extract(f"{name} meraih Paritrana Award 2024 tingkat Provinsi Jawa Tengah "
                            "di Semarang, Senin (3/6/2024).", published="2024-06-04"))
    assert set(recs) == {name}


def test_an_earlier_win_recalled_after_setelah_sebelumnya_keeps_the_news_before_it(extract):
    recs = awardees(extract(
        "Bupati Sleman Kustini Sri Purnomo menerima trofi Swasti Saba Wistara setelah "
        "sebelumnya Kabupaten Sleman meraih Swasti Saba Padapa pada 2019.",
        published="2023-11-22"))
    assert set(recs) == {"Kabupaten Sleman"}


@pytest.mark.parametrize("tail, province", [("Bengkulu", "Bengkulu"), ("Jambi", "Jambi"),
                                            ("Gorontalo", "Gorontalo")])
def test_a_province_after_a_regency_is_where_it_lies_even_when_a_city_shares_its_name(
        extract, tail, province):
    regency = {"Bengkulu": "Kabupaten Kaur", "Jambi": "Kabupaten Bungo",
               "Gorontalo": "Kabupaten Pohuwato"}[tail]
    text = ("Penghargaan Energi Prabawa 2013 diserahkan Menteri ESDM di Jakarta, Selasa "
            f"(22/10/2013). Penerimanya adalah Kabupaten Sleman, DI Yogyakarta dan {regency}, "
            f"{tail}.")
    recs = awardees(extract(text, published="2013-10-23"))
    assert set(recs) == {"Kabupaten Sleman", regency}
    assert recs[regency]["province"] == province


@pytest.mark.parametrize("giver", ["BPS Provinsi Kalimantan Utara", "Badan Pusat Statistik (BPS)"])
def test_an_office_after_an_award_ending_in_terbaik_and_dari_gives_it(extract, giver):
    text = (f"Pemkab Malinau meraih penghargaan Pembina Statistik Sektoral Terbaik dari {giver}. "
            "Piagam itu diterima Sekda Malinau di Tanjung Selor, Selasa (26/9/2023).")
    assert set(awardees(extract(text, published="2023-09-27"))) == {"Kabupaten Malinau"}


def test_regions_named_bare_after_bersama_win_with_the_winner(extract):
    text = ("Pemkab Paser menerima APBD Award dari Kemendagri di Hotel Aston Ancol Jakarta, Kamis "
            "(16/3/2023). Paser menerima penghargaan itu bersama Balikpapan, Berau dan "
            "Kalimantan Timur (Kaltim).")
    assert set(awardees(extract(text, published="2023-03-17"))) == {
        "Kabupaten Paser", "Kota Balikpapan", "Kabupaten Berau", "Provinsi Kalimantan Timur"}


def test_the_results_of_a_contest_in_lower_case_name_it(extract):
    text = ("Dinas Perpustakaan Provinsi Jawa Timur mengumumkan hasil lomba perpustakaan desa "
            "tingkat provinsi 2022.\n\nBerikut daftar pemenangnya:\n\nJuara 1: Desa Tegalrejo, "
            "Kabupaten Magetan.\n\nJuara 2: Kelurahan Kauman, Kota Blitar.")
    recs = awardees(extract(text, published="2022-07-16"))
    assert {name: (r["award"], r["rank"]) for name, r in recs.items()} == {
        "Desa Tegalrejo": ("Lomba Perpustakaan Desa", 1),
        "Kelurahan Kauman": ("Lomba Perpustakaan Desa", 2)}


def test_a_winner_the_jury_set_as_one_in_the_lede_wins(extract):
    text = ("Kabupaten Siak ditetapkan oleh dewan juri sebagai juara II Penghargaan Subroto 2019. "
            "Penghargaan diserahkan Menteri ESDM Budi Santoso di Jakarta, Jumat (27/9) malam.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2019-09-30")] == [
        ("Kabupaten Siak", 2)]
    # (a jury still choosing is no win)
    text = ("Dewan juri Penghargaan Subroto 2019 meninjau Kabupaten Siak untuk menentukan juara, "
            "Jumat (27/9).")
    assert extract(text, published="2019-09-30") == []


def test_winners_recorded_as_receiving_the_award_win(extract):
    text = ("UHC Awards 2026 diserahkan pada Selasa, 27 Januari 2026, di JIEXPO Kemayoran, "
            "Jakarta. Pada tingkat provinsi, Jawa Barat dan Banten tercatat sebagai daerah yang "
            "terkonfirmasi menerima UHC Awards 2026 Kategori Utama. Pada kategori Madya, "
            "Kabupaten Bantul dan Kota Ambon tercatat menerima penghargaan.")
    assert set(awardees(extract(text, published="2026-01-28"))) == {
        "Provinsi Jawa Barat", "Provinsi Banten", "Kabupaten Bantul", "Kota Ambon"}
    # (a record of earlier wins is still none)
    text = ("Kabupaten Bantul tercatat pernah meraih UHC Award pada 2019 dan 2021, kata Bupati "
            "di Bantul, Selasa (27/1/2026).")
    assert extract(text, published="2026-01-28") == []


def test_a_rank_the_list_opener_names_once_is_every_item_s(extract):
    text = ("Paritrana Award 2024 tingkat Provinsi Jawa Tengah digelar di Gedung Gradhika, "
            "Semarang, Selasa (17/9/2024).\n\nPenerima penghargaan Juara 1 Paritrana Award 2024 "
            "meliputi:\n– Pemda Kabupaten Demak\n– Bank Jateng\n– PT Sido Muncul\n\nGubernur "
            "berharap capaian ini terus naik.")
    assert {name: r["rank"] for name, r in awardees(extract(text, published="2024-09-18")
                                                      ).items()} == {
        "Kabupaten Demak": 1, "Bank Jateng": 1, "PT Sido Muncul": 1}
    # (not the first of several ranks)
    several = text.replace("Juara 1 Paritrana", "Juara 1, 2 dan 3 Paritrana")
    assert {r["rank"] for r in extract(several, published="2024-09-18")} == {None}


def test_a_village_head_opening_a_list_line_stands_for_the_village(extract):
    text = ("Medan - BPJS Ketenagakerjaan menggelar Paritrana Award 2025 tingkat Provinsi Sumatera "
            "Utara di Hotel Santika Medan, Selasa (16/12/2025).\n\nDaftar Pemenang Paritrana "
            "Award 2025\n\nKategori Pemerintah Desa/Kelurahan:\n\n1. Kepala Desa Bandar "
            "Setia, Kabupaten Deli Serdang\n2. Lurah Sidorejo\n\nKategori Pemerintah "
            "Kabupaten/Kota:\n\n1. Kabupaten Karo\n2. Kota Tebing Tinggi")
    assert {name: r["rank"] for name, r in awardees(extract(text, published="2025-12-17")
                                                      ).items()} == {
        "Desa Bandar Setia": 1, "Kelurahan Sidorejo": 2, "Kabupaten Karo": 1,
        "Kota Tebing Tinggi": 2}


def test_a_lede_saying_the_jury_has_set_the_winners_announces_them(extract):
    text = ("KILASRIAU.com - Tim Penilai Paritrana Award Provinsi Riau telah menetapkan para "
            "pemenang Paritrana Award 2025.\n\nKabupaten Siak meraih peringkat pertama kategori "
            "pemerintah kabupaten/kota, disusul Kota Dumai di peringkat kedua.")
    assert {name: r["rank"] for name, r in awardees(extract(text, published="2025-07-25")
                                                      ).items()} == {
        "Kabupaten Siak": 1, "Kota Dumai": 2}


def test_a_listed_company_s_branch_after_its_legal_suffix_is_one_winner(extract):
    text = ("Paritrana Award 2025 tingkat Provinsi Sumatera Utara digelar di Hotel Santika Medan, "
            "Selasa (16/12/2025).\n\nDaftar Pemenang Paritrana Award 2025\n\nKategori "
            "Perusahaan Skala Besar:\n\n1. PT Bank Rakyat "
            "Indonesia Tbk Kanwil Medan\n2. PT Perkebunan Nusantara IV\n\nPara pemenang menerima "
            "piagam.")
    assert set(awardees(extract(text, published="2025-12-17"))) == {
        "PT Bank Rakyat Indonesia Tbk Kanwil Medan", "PT Perkebunan Nusantara IV"}


def test_a_prize_that_fell_to_winners_names_them(extract):
    text = ("Untuk kelompok kota besar, Adipura tahun ini jatuh pada dua kota, yakni Kota Malang "
            "dan Kota Padang.")
    assert set(awardees(extract(text, published="2011-06-08"))) == {"Kota Malang", "Kota Padang"}


def test_a_loss_headline_keeps_the_winners_the_page_lists(extract):
    text = ("Magelang Gagal Boyong Piala Adipura 2014\n\nWakil Presiden Boediono menyerahkan "
            "Piala Adipura 2014 di Istana Wapres, Kamis, 5 Juni 2014 kemarin.\n\nMagelang "
            "lagi-lagi pulang tanpa piala.\n\nInilah daerah di Jawa Tengah yang tahun ini "
            "meraih Adipura:\n1. Kota Surakarta\n2. Kabupaten Sragen\n3. Kabupaten Pati\n\n"
            "Selamat kepada para peraih.")
    recs = awardees(extract(text, published="2014-06-06"))
    assert set(recs) == {"Kota Surakarta", "Kabupaten Sragen", "Kabupaten Pati"}
    assert {r["event_date"] for r in recs.values()} == {"2014-06-05"}


def test_a_category_line_with_its_winners_in_brackets_lists_them(extract):
    text = ("Lima Daerah Terima Penghargaan Tapal Batas Desa\n\nKementerian Dalam Negeri "
            "menetapkan daerah berikut sebagai penerima Penghargaan Tapal Batas Desa 2022:\n"
            "Kategori Penetapan Batas Terbanyak (Provinsi Jawa Timur, Riau, Bali)\n"
            "Kategori Kelengkapan Dokumen: Kabupaten Sleman, Kota Kupang.")
    assert set(awardees(extract(text, published="2022-06-29"))) == {
        "Provinsi Jawa Timur", "Provinsi Riau", "Provinsi Bali", "Kabupaten Sleman", "Kota Kupang"}


def test_a_province_named_bare_after_a_body_s_short_form_is_where_it_lies(extract):
    text = ("Dinas Perpustakaan dan Kearsipan (Dispersip) Sulawesi Tengah (Sulteng) menerima "
            "penghargaan Sandya Pradipta dari Pengurus Pusat GPMB.")
    (rec,) = extract(text, published="2024-11-20")
    assert (rec["awardee"], rec["province"]) == (
        "Dinas Perpustakaan dan Kearsipan (Dispersip) Sulawesi Tengah", "Sulawesi Tengah")


def test_the_office_an_award_came_through_wins_nothing(extract):
    text = ("SDN 2 Kandeman meraih juara dua Lomba Bertutur Nasional 2021. Sekolah itu menerima "
            "piagam yang diserahkan melalui Dinas Arsip dan Perpustakaan Provinsi Jawa Tengah.")
    assert set(awardees(extract(text, published="2021-10-06"))) == {"SDN 2 Kandeman"}


def test_a_kelurahan_written_in_lower_case_after_dan_is_a_winner_too(extract):
    text = ("Pemkot Sibolga meraih penghargaan Anubhawa Sasana dari Kementerian Hukum dan HAM. "
            "Untuk tingkat kelurahan yaitu Angin Nauli dan kelurahan Aek Parombunan.")
    assert "Kelurahan Aek Parombunan" in awardees(extract(text, published="2018-12-08"))


def test_a_quote_dating_the_ceremony_dates_it_not_the_day_it_was_said(extract):
    text = ("GRESIK - PT Semen Indonesia Beton meraih penghargaan Zero Accident tahun 2022 dari "
            "Kementerian Ketenagakerjaan.\n\"Penganugerahan dilaksanakan pada tanggal 13 Mei 2022 "
            "di Jakarta dan dihadiri ratusan perusahaan,\" kata Kepala Departemen K3 Budi Santosa, "
            "Jumat (25/11/2022).")
    (rec,) = extract(text, published="2022-11-25")
    assert (rec["event_date"], rec["venue"]) == ("2022-05-13", "Jakarta")


def test_a_tier_called_paripurna_is_no_plenary(extract):
    text = ("Penghargaan Adipura 2016 diserahkan Wapres Jusuf Kalla di Istana Wapres, Jakarta, "
            "Kamis (28/7/2016). Adipura Paripurna diraih Kota Surabaya, Kota Balikpapan, dan "
            "Kota Probolinggo.")
    assert set(awardees(extract(text, published="2016-07-29"))) == {
        "Kota Surabaya", "Kota Balikpapan", "Kota Probolinggo"}


def test_regions_listed_after_pemerintah_daerah_all_win(extract):
    text = ("BPK memberikan opini WTP atas LKPD Tahun 2024 kepada Pemerintah Daerah Kabupaten "
            "Tanggamus, Kabupaten Lampung Timur, Kabupaten Tulang Bawang, Kota Metro dan "
            "Kabupaten Mesuji di Bandar Lampung, Selasa (27/5/2025).")
    assert set(awardees(extract(text, published="2025-05-28"))) == {
        "Kabupaten Tanggamus", "Kabupaten Lampung Timur", "Kabupaten Tulang Bawang",
        "Kota Metro", "Kabupaten Mesuji"}


def test_the_one_standing_in_for_the_minister_who_conferred_it_hands_it_over(extract):
    text = ("Menteri Kesehatan Budi Santoso memberikan penghargaan Kabupaten Sehat kepada "
            "Kabupaten Demak.\nPenyerahan penghargaan dilakukan oleh Gubernur Jawa Tengah Ahmad "
            "Luthfi mewakili Menteri Kesehatan di Gedung Gradhika, Semarang, Jumat (2/5/2025).")
    assert [r["presenter"] for r in extract(text, published="2025-05-03")] == ["Ahmad Luthfi"]


def test_the_region_that_ditaja_a_contest_organised_it(extract):
    text = ("SIAK - Desa Sungai Alam menjadi juara 1 lomba kebersihan desa yang ditaja Pemerintah "
            "Kabupaten Siak tahun ini. Juara dua direbut Desa Benteng Hulu. Pj Bupati Siak Rahmat "
            "Hidayat menyerahkan penghargaan kepada para pemenang di Desa Teluk Lanus, Kamis "
            "(10/9/2015).")
    recs = awardees(extract(text, published="2015-09-10"))
    assert set(recs) == {"Desa Sungai Alam", "Desa Benteng Hulu"}
    assert {r["presenter"] for r in recs.values()} == {"Rahmat Hidayat"}


@pytest.mark.parametrize("subtitle", ["Capaian Tertinggi", "Pencapaian Puncak",
                                      "Kinerja Terbaik", "Prestasi Menengah"])
def test_a_tier_heading_s_subtitle_is_no_winner(extract, subtitle):
    text = ("Penyerahan UHC Awards 2025 berlangsung pada Rabu, 5 Februari 2025, di Balai Kartini, "
            f"Jakarta.\nKategori Utama: {subtitle}\nPada tingkat provinsi, Jawa Timur dan Aceh "
            "menerima UHC Awards 2025 Kategori Utama.")
    assert set(awardees(extract(text, published="2025-02-06"))) == {
        "Provinsi Jawa Timur", "Provinsi Aceh"}


def test_regions_named_with_a_past_winner_after_bersama_win_nothing_now(extract):
    text = ("BANDUNG - Kabupaten Garut satu-satunya daerah yang meraih penghargaan Swasti Saba "
            "Wiwerda Tahun 2017. Bersama 5 kota di Jawa Barat (Kota Depok, Bogor, Bekasi, Cimahi "
            "dan Banjar), Kabupaten Garut sebelumnya meraih penghargaan Swasti Saba Padapa. "
            "Penghargaan diserahkan di Gedung Sate, Bandung, Rabu (11/4/2018).")
    assert set(awardees(extract(text, published="2018-04-12"))) == {"Kabupaten Garut"}


def test_a_medal_for_staff_s_years_of_service_is_no_award_to_the_region(extract):
    text = ("75 ASN Kota Blitar Terima Tanda Kehormatan Satyalancana Karya Satya\n\n"
            "BLITAR - Sebanyak 75 ASN menerima Tanda Kehormatan Satyalancana Karya Satya X, XX dan "
            "XXX Tahun. Penghargaan itu diberikan oleh Presiden Joko Widodo. Semua penerima "
            "bekerja di lingkungan Pemerintah Kota Blitar.\n\nPenyematan dilakukan langsung Wali "
            "Kota Blitar, Santoso, di Pendopo Balai Kota Blitar, Senin (14/08/2023).")
    assert extract(text, published="2023-08-16") == []
    # (a region's own Satyalancana still is one)
    text = ("Kabupaten Kudus menerima Satyalancana Wira Karya dari Presiden di Istana Negara, "
            "Senin (14/08/2023).")
    assert set(awardees(extract(text, published="2023-08-16"))) == {"Kabupaten Kudus"}


def test_regions_visiting_a_winner_to_learn_win_nothing(extract):
    text = ("MADIUN - Setelah Kota Madiun berhasil meraih peringkat pertama Anugerah Budhipraja "
            "2019, kantor Balitbang setempat terus didatangi tamu.\n\nBulan ini tercatat tiga "
            "daerah berkunjung ke Balitbang Kota Madiun, yaitu Bappeda Kabupaten Ciamis, Pemkab "
            "Brebes dan Pemkot Banjarbaru, kata Kepala Balitbang.")
    assert set(awardees(extract(text, published="2019-09-20"))) <= {"Kota Madiun"}


def test_a_province_naming_the_meeting_an_award_came_at_wins_nothing(extract):
    text = ("Pemkab Tanggamus menerima penghargaan EPSS tahun 2024. Penghargaan itu diterima "
            "Kepala Diskominfo Tanggamus bersamaan dengan rapat koordinasi Survei Ekonomi "
            "Pertanian 2024 Provinsi Lampung, di Bandar Lampung, Rabu (16/10/2024).")
    assert set(awardees(extract(text, published="2024-10-17"))) == {"Kabupaten Tanggamus"}


def test_a_standing_told_later_keeps_the_rank_won(extract):
    text = ("Kepala Dinas Pendidikan memberikan penghargaan kepada sekolah berprestasi di Pendopo "
            "Kabupaten Banyumas, Selasa (24/10/2017). Penghargaan diberikan kepada SMPN 2 "
            "Purwokerto sebagai peraih peringkat Terbaik I nilai rerata Ujian Nasional.\n"
            "Di tingkat provinsi, SMPN 2 Purwokerto berada di urutan 13.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2017-10-25")] == [
        ("SMPN 2 Purwokerto", 1)]


@pytest.mark.parametrize("opening", ["Setelah meraih penghargaan APBD Award dan UHC Award",
                                     "Usai menyabet APBD Award dan UHC Award"])
def test_awards_an_opening_clause_recalls_are_no_records(extract, opening):
    text = (f"{opening}, Kabupaten Luwu Timur kembali meraih penghargaan tingkat nasional yaitu "
            "PPKM Award 2023. Penghargaan diserahkan oleh Presiden RI, Joko Widodo, di Gedung "
            "Dhanapala Kementerian Keuangan Jakarta, Senin (20/03/2023).")
    assert [r["award"] for r in extract(text, published="2023-03-21")] == ["PPKM Award"]


def test_a_standing_on_an_index_told_later_is_no_rank(extract):
    text = ("Kabupaten Jombang meraih penghargaan Kabupaten Layak Anak kategori Madya. Penghargaan "
            "diserahkan Menteri PPPA Bintang Puspayoga di Hotel Padma, Semarang, Sabtu "
            "(22/7/2023).\nMenurut Kepala DP3AKB, dalam Indeks Perlindungan Anak tahun 2022, "
            "Kabupaten Jombang menduduki peringkat 5 se-Jawa Timur.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-07-23")] == [
        ("Kabupaten Jombang", None)]


def test_an_opinion_given_on_each_region_s_report_names_the_winners(extract):
    text = ("BPK Perwakilan Provinsi Maluku Utara menyerahkan LHP atas LKPD Tahun Anggaran 2021 "
            "kepada lima pemerintah kabupaten di Sofifi, Kamis (19/5/2022).\nBerdasarkan hasil "
            "pemeriksaan, BPK memberikan opini Wajar Tanpa Pengecualian (WTP) atas LKPD Kabupaten "
            "Halmahera Barat, LKPD Kabupaten Halmahera Tengah dan LKPD Kota Ternate, serta opini "
            "Tidak Menyatakan Pendapat (TMP) atas LKPD Kabupaten Pulau Taliabu.")
    assert set(awardees(extract(text, published="2022-05-20"))) == {
        "Kabupaten Halmahera Barat", "Kabupaten Halmahera Tengah", "Kota Ternate"}


@pytest.mark.parametrize("verb", ["memenangkan", "memenangi", "menjuarai"])
def test_a_name_with_no_head_word_that_wins_as_the_subject(extract, verb):
    text = f"Harian Pelita Nusa {verb} Gold Winner dalam SPS Award 2023 di Jakarta, Rabu (8/2)."
    assert set(awardees(extract(text, published="2023-02-09"))) == {"Harian Pelita Nusa"}


def test_a_numbered_list_of_a_tier_s_juara_ranks_nothing(extract):
    text = ("Sejumlah perusahaan menerima penghargaan Green Leadership Utama dari Kementerian LHK "
            "tahun 2023 di Hotel Bidakara, Jakarta, Rabu (20/12/2023).\nBerikut daftar para Juara "
            "Green Leadership Utama:\n1. PT Semen Tonasa\n2. PT Pupuk Kaltim\n3. PT Timah\n\n"
            "Selamat kepada para penerima.")
    assert {r["rank"] for r in extract(text, published="2023-12-21")} == {None}


def test_a_bare_region_in_the_name_of_the_office_it_came_from_wins_nothing(extract):
    text = ("Desa Golo Cador, Kecamatan Satarmese, Kabupaten Manggarai, meraih Paritrana Award dari "
            "BPJS Ketenagakerjaan Cabang Manggarai Barat. Penghargaan itu diserahkan Sekda "
            "Kabupaten Manggarai di Aula Santo Yosef Ruteng, Rabu (16/10/2024).")
    assert set(awardees(extract(text, published="2024-10-19"))) == {"Desa Golo Cador"}


def test_a_village_government_shortened_to_pemdes_is_the_village(extract):
    text = ("Pemdes Golo Cador, Kecamatan Satarmese, Kabupaten Manggarai, meraih Paritrana Award "
            "tingkat Kabupaten Manggarai di Aula Santo Yosef Ruteng, Rabu (16/10/2024).")
    assert set(awardees(extract(text, published="2024-10-19"))) == {"Desa Golo Cador"}


@pytest.mark.parametrize("rank, expected", [("juara nomor satu", 1), ("peringkat nomor dua", 2)])
def test_a_rank_written_with_nomor(extract, rank, expected):
    text = (f"Desa Golo Cador meraih Paritrana Award tingkat Kabupaten Manggarai sebagai {rank}, "
            "Rabu (16/10/2024).")
    assert [r["rank"] for r in extract(text, published="2024-10-19")] == [expected]


def test_a_head_who_brings_the_award_home_wins_it_for_the_region(extract):
    text = ("Gubernur Bengkulu, Helmi Hasan, berhasil membawa pulang penghargaan Upakarya Wanua "
            "Nugraha dari pemerintah pusat di Klaten, Kamis (15/1/2026).")
    assert set(awardees(extract(text, published="2026-01-16"))) == {"Provinsi Bengkulu"}


def test_the_one_who_signed_the_certificate_hands_nothing_over(extract):
    text = ("PASARWAJO - Bupati Buton menerima penghargaan Manggala Karya Kencana dari BKKBN RI, "
            "Kamis (24/3/2022). Penghargaan yang diteken oleh Kepala BKKBN RI, Hasto Wardoyo ini "
            "diberikan atas dedikasinya. Penghargaan tersebut diserahkan langsung oleh Deputi "
            "Bidang Advokasi BKKBN RI, Rudi Hartono di Kendari, Kamis (24/3/2022).")
    assert [r["presenter"] for r in extract(text, published="2022-03-28")] == ["Rudi Hartono"]


def test_an_english_award_name_runs_over_its_small_words(extract):
    text = ("Bupati Batang Wihaji mendapat penghargaan Best Progress in Reducing Stunting dalam "
            "ajang CNN Indonesia Awards 2024. Penghargaan diserahkan di Padma Hotel Semarang, "
            "Rabu (14/8/2024).")
    assert [r["award"] for r in extract(text, published="2024-08-15")] == [
        "Best Progress in Reducing Stunting"]


def test_bodies_each_named_with_what_they_are_best_at_after_a_handover_win(extract):
    text = ("Maba - Penjabat Bupati Halmahera Timur menyerahkan penghargaan kepada puskesmas "
            "berprestasi di Aula Kantor Bupati, Senin (13/11/2023).\nPuskesmas Subaim sebagai "
            "pengelola program imunisasi terbaik, Puskesmas Wasile sebagai pengelola program gizi "
            "terbaik, dan Puskesmas Buli sebagai puskesmas rawat inap terbaik.")
    assert set(awardees(extract(text, published="2023-11-14"))) == {
        "Puskesmas Subaim", "Puskesmas Wasile", "Puskesmas Buli"}


def test_the_order_of_a_trophy_parade_names_no_winners(extract):
    text = ("BLORA - Piala Adipura 2022 yang diraih Kabupaten Blora diarak keliling kota, Minggu "
            "(12/3/2023). Rombongan kirab dibuka mobil Dinas Perhubungan, disusul penari dan "
            "barisan Satpol PP.")
    assert set(awardees(extract(text, published="2023-03-12"))) == {"Kabupaten Blora"}


def test_one_congratulating_the_winner_hands_nothing_over(extract):
    text = ("BATAM - Keberhasilan Wali Kota Batam Rudi Santoso meraih Piala Adipura 2022 menuai "
            "ucapan selamat, salah satunya dari Ketua KNPI Kepulauan Riau, Andika Pratama.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2023-03-03")] == [
        ("Kota Batam", None)]
    # (one it came from still hands it over)
    text = text.replace("menuai ucapan selamat, salah satunya", "yang diterimanya langsung")
    assert [r["presenter"] for r in extract(text, published="2023-03-03")] == ["Andika Pratama"]


def test_the_handover_told_after_sebelumnya_in_a_homecoming_story_dates_the_win(extract):
    text = ("SAMPIT - Trofi Adipura yang diraih Kabupaten Kotawaringin Timur dikirab dari "
            "bandara ke alun-alun kota, Jumat (21/2/2020). Ribuan warga menyambut di tepi jalan.\n"
            "Sebelumnya, trofi Adipura kategori kota kecil itu diserahkan Wakil Menteri LHK "
            "Alue Dohong di Auditorium Manggala Wanabakti, Jakarta, Rabu (19/2/2020).")
    (rec,) = extract(text, published="2020-02-21")
    assert (rec["awardee"], rec["event_date"], rec["venue"], rec["presenter"]) == (
        "Kabupaten Kotawaringin Timur", "2020-02-19", "Auditorium Manggala Wanabakti, Jakarta",
        "Alue Dohong")
    # (with no comma, the award named and the day's "lalu": "last Wednesday")
    told = text.replace("Sebelumnya, trofi Adipura kategori kota kecil itu diserahkan",
                        "Sebelumnya Piala Adipura diserahkan").replace(
        "Rabu (19/2/2020).", "pada Rabu, 19 Februari 2020 lalu.")
    assert [rec["event_date"] for rec in extract(told, published="2020-02-21")] == ["2020-02-19"]
    # (an earlier time the award was won stays recalled)
    text = text.replace("Sebelumnya, trofi Adipura kategori kota kecil itu diserahkan",
                        "Sebelumnya, trofi itu juga pernah diserahkan")
    assert [rec["event_date"] for rec in extract(text, published="2020-02-21")] == [None]


@pytest.mark.parametrize("headline, winner", [
    ("Pemkab Pati Mendapat Penghargaan Kota Layak Anak", "Kabupaten Pati"),
    ("Magetan Boyong Penghargaan Swasti Saba Wistara 2019", "Kabupaten Magetan"),
    ("BLORA RAIH PENGHARGAAN KOTA LAYAK ANAK 2019", "Kabupaten Blora"),
])
def test_a_headline_names_the_winner_the_body_leaves_out(extract, headline, winner):
    text = (f"{headline}\nPenghargaan diterima langsung oleh Wakil Bupati dari Menteri PPPA "
            "di Hotel Four Points Makassar, Selasa (23/7/2019).")
    assert set(awardees(extract(text, published="2019-07-24"))) == {winner}


def test_a_headline_of_a_region_only_hoping_to_win_names_no_winner(extract):
    text = ("Blora Siap Raih Penghargaan Kota Layak Anak\nTim penilai dari Kementerian PPPA "
            "meninjau taman bermain di Blora, Selasa (23/7/2019).")
    assert extract(text, published="2019-07-24") == []


def test_a_headline_s_nominations_are_the_categories_its_lede_reports_won(extract):
    lede = ("Kabupaten Banyuwangi berhasil meraih dua kategori terbaik pada malam puncak "
            "Anugerah Pesona Indonesia 2022 di Jakarta, Jumat (25/11/2022).")
    recs = extract(f"{lede}\nKabupaten Banyuwangi menjadi juara pertama kategori festival "
                   "budaya.", title="Banyuwangi Sabet Dua Nominasi API Award 2022",
                   published="2022-11-26")
    assert [r["awardee"] for r in recs] == ["Kabupaten Banyuwangi"]
    # a lede of a stage still under way keeps the headline's word
    assert extract("Kabupaten Banyuwangi masuk nominasi Anugerah Pesona Indonesia 2022 dan "
                   "menunggu pengumuman.", title="Banyuwangi Raih Dua Nominasi API Award 2022",
                   published="2022-11-26") == []


def test_regions_grouped_in_brackets_after_their_province_win_and_the_province_does_not(extract):
    recs = awardees(extract(
        "Penghargaan STBM 2023 diberikan kepada Jawa Barat (Kabupaten Garut, Kota Depok dan "
        "Kota Bekasi) dan Banten (Kabupaten Lebak dan Kota Cilegon) di Jakarta, Selasa "
        "(14/11/2023).", published="2023-11-15"))
    assert set(recs) == {"Kabupaten Garut", "Kota Depok", "Kota Bekasi", "Kabupaten Lebak",
                         "Kota Cilegon"}


def test_two_heads_joined_by_dan_stand_for_two_regions(extract):
    recs = awardees(extract(
        "Swasti Saba Wistara 2023 diserahkan Menteri Kesehatan kepada Bupati Tabalong dan "
        "Wali Kota Banjarbaru di Jakarta, Selasa (21/11/2023).", published="2023-11-22"))
    assert set(recs) == {"Kabupaten Tabalong", "Kota Banjarbaru"}


def test_a_category_between_the_award_and_its_round_keeps_the_rounds_province(extract):
    [rec] = extract("Paritrana Award 2024 kategori Usaha Kecil dan Mikro tingkat Provinsi Jawa "
                    "Tengah dimenangkan oleh Batik Pesona Kudus.", published="2024-08-01")
    assert (rec["awardee"], rec["province"], rec["level"]) == (
        "Batik Pesona Kudus", "Jawa Tengah", "provinsi")


@pytest.mark.parametrize("text", [
    "Tiga desa di Kabupaten Gunungkidul yakni Desa Bleberan, Desa Nglanggeran dan Desa Pampang "
    "meraih Anugerah Desa Wisata Indonesia 2024.",
    "Tiga desa di Gunungkidul, yaitu Desa Bleberan, Desa Nglanggeran dan Desa Pampang, meraih "
    "Anugerah Desa Wisata Indonesia 2024.",
])
def test_bodies_listed_after_a_group_placed_in_a_region_lie_in_its_province(extract, text):
    recs = awardees(extract(text, published="2024-08-10"))
    assert {n: r["province"] for n, r in recs.items()} == dict.fromkeys(
        ["Desa Bleberan", "Desa Nglanggeran", "Desa Pampang"], "Daerah Istimewa Yogyakarta")


def test_a_region_name_opening_a_ceremony_phrase_is_no_winner(extract):
    # "Puncak" is a kabupaten of Papua Tengah, and "the height of" a ceremony
    recs = awardees(extract(
        "Kota Madiun kembali menerima penghargaan Kota Peduli HAM pada Puncak Peringatan "
        "Hari HAM Sedunia yang digelar Kementerian Hukum dan HAM.", published="2022-12-14"))
    assert set(recs) == {"Kota Madiun"}


def test_an_outlet_glued_to_the_first_winner_by_a_hyphen(extract):
    recs = awardees(extract(
        "NGAWI, WARTA-Kabupaten Ngawi meraih penghargaan Kabupaten Layak Anak kategori "
        "Madya dari Kementerian PPPA.", published="2023-07-24"))
    assert set(recs) == {"Kabupaten Ngawi"}


def test_who_speaks_of_why_an_award_was_given_did_not_hand_it_over(extract):
    text = ("Kementerian Kesehatan memberikan STBM Award 2023 kepada Kabupaten Kendal.\n"
            "Direktur Kesehatan Lingkungan Kemenkes Anas Ma'ruf mengatakan sanitasi desa terus "
            "membaik.\nPenghargaan itu menurut dia diberikan untuk memberikan apresiasi bagi "
            "daerah yang konsisten.")
    recs = awardees(extract(text, published="2023-11-20"))
    assert set(recs) == {"Kabupaten Kendal"}
    assert recs["Kabupaten Kendal"]["presenter"] is None


def test_an_office_alone_handing_over_is_its_holder_named_before(extract):
    text = ("BONTANG - Wali Kota Bontang H. Basri Rase meminta perusahaan menjaga keselamatan "
            "kerja pada acara penyerahan penghargaan Zero Accident di Auditorium Tiga Dimensi, "
            "Selasa (4/6/2019).\n\nWali Kota Bontang juga menyerahkan penghargaan dari Pemerintah "
            "Kota Bontang kepada tujuh perusahaan tersebut, antara lain PT Badak NGL dan PT "
            "Pupuk Kaltim.")
    recs = extract(text, published="2019-06-05")
    assert {r["awardee"] for r in recs} == {"PT Badak NGL", "PT Pupuk Kaltim"}
    assert {r["presenter"] for r in recs} == {"Basri Rase"}


@pytest.mark.parametrize("title, body, presenter", [
    pytest.param(
     "Menkes Serahkan Penghargaan 12 Rumah Sakit Sayang Ibu dan Bayi",
     "JAKARTA - Kementerian Kesehatan memberikan penghargaan Rumah Sakit Sayang Ibu dan Bayi "
     "terbaik 2012 kepada 12 rumah sakit, Kamis (20/12/2012).\n\n\"Penghargaan ini untuk "
     "memotivasi pengelola,\" ujar Menteri Kesehatan Nafsiah Mboi di kantor Kemenkes, Jakarta."
     "\n\nRumah sakit yang meraih penghargaan antara lain RSUD Sekar Wangi dan RSU Harapan "
     "Kasih.", "Nafsiah Mboi", id="named in a quote's attribution"),
    pytest.param(
     "Sekda Jatim Serahkan Penghargaan Paritrana Award 2024",
     "SURABAYA - Tiga perusahaan menerima Paritrana Award Provinsi Jawa Timur 2024 di Gedung "
     "Negara Grahadi, Senin (5/8/2024). Juara I diraih PT Maju Sentosa, juara II PT Karya "
     "Mandiri.\n\nSekretaris Daerah Provinsi Jawa Timur Adhy Karyono hadir mewakili Gubernur.",
     "Adhy Karyono", id="a short office of a region, named in full"),
])
def test_a_headline_office_handing_over_is_its_holder_named_below(extract, title, body,
                                                                    presenter):
    recs = extract(f"{title}\n{body}", title=title, published="2024-08-06")
    assert recs and {r["presenter"] for r in recs} == {presenter}


def test_a_ranking_followed_in_the_next_sentence_by_diikuti(extract):
    text = ("JAKARTA - Komisi Informasi Pusat menyampaikan laporan penganugerahan keterbukaan "
            "informasi badan publik tahun 2016.\n\nKetua KIP John Fresly menyebutkan, provinsi "
            "dengan nilai keterbukaan informasi tertinggi adalah Jawa Barat.\n\nKemudian, diikuti "
            "Kalimantan Timur, Aceh, dan Sulawesi Selatan.\n\nAcara itu diikuti 200 peserta dari "
            "Kabupaten Bogor.")
    recs = extract(text, title="Provinsi Terbaik Keterbukaan Informasi", published="2016-12-23")
    assert {r["awardee"] for r in recs} == {"Provinsi Jawa Barat", "Provinsi Kalimantan Timur",
                                           "Provinsi Aceh", "Provinsi Sulawesi Selatan"}


def test_a_photo_caption_names_the_venue_after_the_story(extract):
    text = ("Penyerahan penghargaan STBM di Kantor Pusat Kemenkes, Jakarta, Kamis (18/10/2018). "
            "(Foto: Humas Kemenkes)\n\nJakarta - Kabupaten Klaten meraih penghargaan Sanitasi "
            "Total Berbasis Masyarakat (STBM) dari Kementerian Kesehatan.\n\nPenghargaan "
            "diserahkan Menteri Kesehatan Nila Moeloek di Auditorium Siwabessy Gedung Adhyatma, "
            "Jakarta, Kamis (18/10/2018).")
    recs = extract(text, title="Klaten Raih Penghargaan STBM", published="2018-10-19")
    assert [r["venue"] for r in recs] == ["Auditorium Siwabessy Gedung Adhyatma, Jakarta"]
    # the credit closing the caption's own sentence ("..., Jum'at (05/07) (FOTO: IST)")
    text = ("Penyerahan penghargaan yang diterima Sulteng di Harganas XXVI di Kalimantan Selatan, "
            "Jumat (5/7/2019) (FOTO: IST)\n\nPALU – Provinsi Sulawesi Tengah menerima "
            "penghargaan Manggala Karya Kencana.\n\nPenghargaan diserahkan Kepala BKKBN Hasto "
            "Wardoyo di Kota Banjarmasin, Kalimantan Selatan, Jumat (5/7/2019) malam.")
    recs = extract(text, title="Sulteng Terima Penghargaan", published="2019-07-08")
    assert [r["venue"] for r in recs] == ["Kota Banjarmasin, Kalimantan Selatan"]


def test_a_list_under_tier_headings_gives_each_winner_its_tier_and_no_rank(extract):
    text = ("Kementerian Kesehatan menyerahkan penghargaan Swasti Saba 2023 di Jakarta, Rabu "
            "(29/11/2023).\nSwasti Saba Wistara\n1. Kota Surabaya\n2. Kota Malang\n"
            "Swasti Saba Wiwerda\n1. Kabupaten Sleman\n2. Kabupaten Bantul")
    recs = extract(text, title="Daerah Peraih Swasti Saba 2023", published="2023-11-30")
    assert [(r["awardee"], r["category"], r["rank"]) for r in recs] == [
        ("Kota Surabaya", "Wistara", None), ("Kota Malang", "Wistara", None),
        ("Kabupaten Sleman", "Wiwerda", None), ("Kabupaten Bantul", "Wiwerda", None)]


def test_a_small_business_category_is_the_small_and_micro_one(extract):
    text = ("Paritrana Award Jawa Barat 2023 diserahkan di Bandung, Kamis (14/12/2023).\n"
            "Kategori Badan Usaha Kecil\n- Juara I: CV Batik Trusmi Mandiri\n\nSelamat kepada "
            "para pemenang.")
    recs = extract(text, title="Pemenang Paritrana Award Jabar 2023", published="2023-12-15")
    assert [(r["awardee"], r["category"], r["rank"]) for r in recs] == [
        ("CV Batik Trusmi Mandiri", "Usaha Kecil Mikro", 1)]


def test_an_award_disampaikan_by_an_official_is_handed_over_but_words_said_are_not(extract):
    handed = extract("Kabupaten Kendal meraih penghargaan APE kategori Madya. Penghargaan "
                     "disampaikan Menteri PPPA Bintang Puspayoga kepada Wakil Bupati Kendal Windu "
                     "Suko di Jakarta, Kamis (14/10/2021).", published="2021-10-15")
    assert [(r["presenter"], r["event_date"], r["venue"]) for r in handed] == [
        ("Bintang Puspayoga", "2021-10-14", "Jakarta")]
    said = extract("Kabupaten Kendal meraih penghargaan APE kategori Madya di Jakarta, Kamis "
                   "(14/10/2021). Hal itu disampaikan Bupati Kendal Dico Ganinduto di Kendal.",
                   published="2021-10-15")
    assert [r["presenter"] for r in said] == [None]


def test_a_handover_announced_for_the_page_s_day_gives_its_date_and_venue(extract):
    today = extract("Kota Batu kembali meraih piala WTN dari Wakil Presiden Jusuf Kalla. Piala "
                    "akan diserahkan pada Selasa (31/1/2017) di Istana Wakil Presiden, Jakarta.",
                    published="2017-01-31")
    assert [(r["event_date"], r["venue"]) for r in today] == [
        ("2017-01-31", "Istana Wakil Presiden, Jakarta")]
    later = extract("Kabupaten Tuban meraih juara I Paritrana Award Jawa Timur 2024 kategori "
                    "kabupaten. Penghargaan tingkat nasional akan diserahkan Wakil Presiden pada "
                    "Selasa (20/8/2024) di Istana Wakil Presiden, Jakarta.",
                    published="2024-07-12")
    assert [(r["event_date"], r["venue"]) for r in later] == [(None, None)]


ADIWIYATA_SCHOOLS = (
    "Lima sekolah di Kabupaten Lombok Timur meraih penghargaan Adiwiyata Nasional 2022. "
    "Piagam diserahkan Bupati Lombok Timur Sukiman Azmy di Selong, Senin (16/1/2023). Kelima "
    "sekolah itu yakni SMPN 2 Selong, SDN 3 Masbagik, SMAN 1 Aikmel, SDN 1 Sakra, dan MTsN 2 "
    "Lombok Timur.")


def test_the_schools_a_win_counted_are_listed_past_the_handover_sentence(extract):
    recs = extract(ADIWIYATA_SCHOOLS, published="2023-01-17")
    assert [r["awardee"] for r in recs] == ["SMPN 2 Selong", "SDN 3 Masbagik", "SMAN 1 Aikmel",
                                            "SDN 1 Sakra", "MTsN 2 Lombok Timur"]


def test_a_headline_passing_into_an_award_reports_a_win_not_a_stage(extract):
    won = extract(ADIWIYATA_SCHOOLS, title="5 Sekolah di Lombok Timur Lolos Adiwiyata Nasional",
                  published="2023-01-17")
    assert len(won) == 5
    stage = extract(ADIWIYATA_SCHOOLS, title="5 Sekolah di Lombok Timur Lolos ke Tahap "
                    "Verifikasi Adiwiyata", published="2023-01-17")
    assert stage == []


def test_a_caption_of_another_event_neither_dates_nor_places_the_award(extract):
    recs = extract("Pemprov Bengkulu menyabet Penghargaan Pembangunan Daerah 2024 predikat "
                   "Provinsi Terbaik Kedua. Hasil itu diumumkan bulan lalu.\nGubernur Bengkulu "
                   "Rohidin Mersyah saat menghadiri festival tabot di Kota Bengkulu, Senin "
                   "(3/6/2024). /Foto: Istimewa", published="2024-06-05")
    assert [(r["awardee"], r["event_date"], r["venue"]) for r in recs] == [
        ("Provinsi Bengkulu", None, None)]


def test_the_photographer_in_a_caption_s_credit_wins_nothing(extract):
    recs = extract("Pemkot Madiun Raih Paritrana Award 2022\nWali Kota Madiun Maidi saat menerima "
                   "piagam (Foto: Rudi Hartono/warta.com)\nMadiun - Pemkot Madiun mendapat "
                   "Paritrana Award 2022 tingkat Provinsi Jawa Timur.", published="2023-01-20")
    assert [r["awardee"] for r in recs] == ["Kota Madiun"]


def test_related_headlines_bulleted_under_a_list_are_no_items_and_place_nothing(extract):
    recs = extract("Sekda Jambi menyebut tiga kabupaten kembali memperoleh opini WTP tahun ini. "
                   "Ketiga kabupaten itu yakni Kabupaten Kerinci, Kabupaten Bungo dan Kabupaten "
                   "Tebo.\n• Festival Perahu Hias Digelar di Tepian Sungai Batanghari\n• Stok Beras "
                   "Aman Jelang Lebaran", published="2021-06-01")
    assert [(r["awardee"], r["venue"]) for r in recs] == [
        ("Kabupaten Kerinci", None), ("Kabupaten Bungo", None), ("Kabupaten Tebo", None)]


def test_a_headline_of_two_sentences_is_all_headline(extract):
    recs = extract("Sebanyak 12 sekolah di Kabupaten Bintan meraih penghargaan Adiwiyata tingkat "
                   "provinsi. Piagam diserahkan Gubernur Kepri di Tanjungpinang, Senin "
                   "(4/12/2023).", title="12 Sekolah Raih Adiwiyata. Bupati : Rawat Taman dan "
                   "Kebun Sekolah", published="2023-12-05")
    assert recs == []


def test_schools_listed_a_sentence_after_the_group_placed_in_a_city_lie_there(extract):
    recs = extract("Empat sekolah di Kota Mataram meraih penghargaan Adiwiyata Nasional 2022 di "
                   "Jakarta, Selasa (6/12/2022). Keempatnya adalah SDN 5 Mataram, SMPN 2, SMPN 6, "
                   "dan SMAN 3 Mataram.", published="2022-12-07")
    assert {r["province"] for r in recs} == {"Nusa Tenggara Barat"} and len(recs) == 4


def test_a_handing_verb_that_carries_the_award_hands_it_over(extract):
    recs = extract("Kota Pangkalpinang meraih penghargaan Wahana Tata Nugraha 2022. Menhub Budi "
                   "Karya Sumadi memberikannya di Gedung Kemenhub, Jakarta, pada Senin (12/9/2022).",
                   published="2022-09-13")
    assert [(r["presenter"], r["event_date"], r["venue"]) for r in recs] == [
        ("Budi Karya Sumadi", "2022-09-12", "Gedung Kemenhub, Jakarta")]


def test_a_quote_said_at_the_ceremony_dates_it_as_it_places_it(extract):
    recs = extract("Kota Pangkalpinang meraih penghargaan Wahana Tata Nugraha 2022. “Trofi ini "
                   "milik warga yang tertib di jalan,” kata Wali Kota Pangkalpinang di Gedung "
                   "Kemenhub, Jakarta, Senin (12/9/2022).", published="2022-09-13")
    assert [(r["event_date"], r["venue"]) for r in recs] == [
        ("2022-09-12", "Gedung Kemenhub, Jakarta")]


def test_a_regent_handing_his_regency_s_award_on_at_home_is_no_presenter(extract):
    recs = extract("Kabupaten Wajo meraih STBM Award 2020 dari Kementerian Kesehatan. Bupati Wajo "
                   "Amran Mahmud menerimanya secara virtual, Kamis (12/11/2020). Usai acara, Bupati "
                   "Wajo Amran Mahmud menyerahkan piagam tersebut kepada para sanitarian.",
                   published="2020-11-14")
    assert [(r["presenter"], r["recipient"], r["event_date"], r["venue"]) for r in recs] == [
        (None, "Amran Mahmud", "2020-11-12", "daring")]


def test_numbering_that_starts_again_ranks_a_list_without_headings(extract):
    recs = extract("Paritrana Award Jatim 2024 diserahkan di Surabaya, Kamis (1/8/2024). Daftarnya "
                   "sebagai berikut:\n1. Kabupaten Tuban\n2. Kabupaten Lamongan\n1. Kota Madiun\n"
                   "2. Kota Batu", title="Paritrana Award Jatim Diserahkan",
                   published="2024-08-02")
    assert [r["rank"] for r in recs] == [1, 2, 1, 2]


def test_the_prize_named_before_its_winner_and_where_the_winner_lies(extract):
    recs = extract("Desa Wisata Terbaik pada Anugerah Desa Wisata Indonesia (ADWI) 2025 diraih Desa "
                   "Wisata Sade di Jakarta, Sabtu (29/11/2025). Desa adat ini terletak di "
                   "Kabupaten Lombok Tengah, Nusa Tenggara Barat.", published="2025-11-30")
    assert [(r["awardee"], r["province"], r["venue"]) for r in recs] == [
        ("Desa Wisata Sade", "Nusa Tenggara Barat", "Jakarta")]


RANKED = [
    pytest.param(
     "Penghargaan Pembangunan Daerah 2022 tingkat Provinsi NTB: posisi pertama ditempati "
     "Kabupaten Lombok Barat, kedua Sumbawa, lalu ketiga Dompu.",
     "2022-05-20", [("Kabupaten Lombok Barat", 1), ("Kabupaten Sumbawa", 2),
                    ("Kabupaten Dompu", 3)],
     id="ordinals alone going on with a ranking rank the bare names after them"),
    pytest.param(
     "Paritrana Award 2024 tingkat Provinsi NTT kategori koperasi: Terbaik 2 Koperasi Karya "
     "Tani dan Terbaik 1 CU Harapan Kita di Kupang, Senin (5/8/2024).",
     "2024-08-06", [("Koperasi Karya Tani", 2), ("CU Harapan Kita", 1)],
     id="'Harapan' inside a name after an acronym head is no rank, nor 'Kita' its end"),
    pytest.param(
     "Kabupaten Rejang Lebong menjadi TPID terbaik ketiga wilayah Sumatera 2022 di Jakarta, "
     "Kamis (18/8/2022).",
     "2022-08-19", [("Kabupaten Rejang Lebong", 3)],
     id="an ordinal after an award's name ending in 'terbaik' ranks the winner"),
    pytest.param(
     "Anugerah KIP 2023 kategori provinsi diraih Jawa Barat (pertama), Gorontalo "
     "(kedua), dan Bali (ketiga) di Jakarta, Selasa (12/12/2023).",
     "2023-12-13", [("Provinsi Jawa Barat", 1), ("Provinsi Gorontalo", 2), ("Provinsi Bali", 3)],
     id="an ordinal word alone in brackets after a name ranks it"),
    pytest.param(
     "Wakil Gubernur menyerahkan piala kepada Desa Kelapa Dua, juara I lomba desa tingkat "
     "provinsi, di Serang, Senin (7/8/2023).",
     "2023-08-08", [("Desa Kelapa Dua", 1)],
     id="a rank after a comma describing the winner before it is its rank; a number word "
        "closing a name is part of it"),
    pytest.param(
     "Lomba sekolah sehat tingkat kota, kategori taman kanak-kanak: juara I diraih TK Pertiwi "
     "Bengkulu, juara II TK Melati Sawah Lebar.",
     "2023-11-07", [("TK Pertiwi Bengkulu", 1), ("TK Melati Sawah Lebar", 2)],
     id="kindergartens (TK) are named by their head like other schools"),
    pytest.param(
     "Pada Adipura 2024, Kota Tarakan dan Kabupaten Bulungan masing-masing meraih "
     "terbaik 1 dan 2 di Tanjung Selor, Jumat (13/9/2024).",
     "2024-09-14", [("Kota Tarakan", 1), ("Kabupaten Bulungan", 2)],
     id="digits counting on after a rank rank the winners in turn"),
    pytest.param(
     "Lomba Desa 2024 tingkat Provinsi Sulawesi Barat: juara umum 1 diraih oleh Desa "
     "Salletto, juara umum 2 diraih Desa Tinambung dan Harapan I Desa Binanga di "
     "Mamuju, Senin (19/8/2024).",
     "2024-08-20", [("Desa Salletto", 1), ("Desa Tinambung", 2), ("Desa Binanga", None)],
     id="overall champions numbered are ranked, 'Harapan I' is not"),
    pytest.param(
     "Juara 1, 2 dan 3 Adipura 2024 masing-masing diraih Kota Tarakan, Kabupaten "
     "Bulungan dan Kabupaten Malinau di Tanjung Selor, Jumat (13/9/2024).",
     "2024-09-14", [("Kota Tarakan", 1), ("Kabupaten Bulungan", 2), ("Kabupaten Malinau", 3)],
     id="ranks listed before their winners go to them in turn"),
    pytest.param(
     "Kabupaten Sleman meraih juara I kategori Pelayanan Publik dan juara II kategori "
     "Inovasi Daerah pada Innovative Government Award 2024 di Jakarta, Selasa (28/5/2024).",
     "2024-05-29", [("Kabupaten Sleman", 1), ("Kabupaten Sleman", 2)],
     id="one winner ranked in two categories wins twice"),
    pytest.param(
     "Penghargaan Pembangunan Daerah 2023 tingkat Provinsi Kepri diserahkan di Tanjungpinang, "
     "Selasa (14/11/2023). Kota Terbaik Ke-II diraih Kota Batam.", "2023-11-15",
     [("Kota Batam", 2)], id="a Roman ordinal after 'Ke-' ranks"),
    pytest.param(
     "Kota Palopo meraih peringkat ketiga Penghargaan Pembangunan Daerah 2023 di bawah Kota "
     "Makassar dan Kota Parepare.", "2023-11-15", [("Kota Palopo", 3)],
     id="those ranked above ('di bawah X') take no rank of the winner before"),
    pytest.param(
     "Kota Parepare meraih peringkat kedua Anugerah Pangan Daerah 2024, dibawah Kota Makassar. "
     "Penghargaan diserahkan di Jakarta, Rabu (1/5/2024).", "2024-05-02", [("Kota Parepare", 2)],
     id="a ranking word written joined ('dibawah X') ranks against as 'di bawah X' does"),
    pytest.param(
     "TP2DD Award 2023 diserahkan di Jakarta, Selasa (14/11/2023). Tiga daerah sama-sama "
     "menduduki peringkat pertama, yakni Kota Batu kategori kota, Kabupaten Gresik kategori "
     "kabupaten dan Provinsi Jawa Timur kategori provinsi.", "2023-11-15",
     [("Kota Batu", 1), ("Kabupaten Gresik", 1), ("Provinsi Jawa Timur", 1)],
     id="a rank the listed winners share ('sama-sama') goes to each"),
    pytest.param(
     "Lomba Desa 2024 tingkat Kabupaten Sleman diumumkan di Sleman, Jumat (4/10/2024). Desa "
     "Sumberadi meraih juara pertama dan Desa Tirtoadi juara Kedua.", "2024-10-05",
     [("Desa Sumberadi", 1), ("Desa Tirtoadi", 2)], id="an ordinal written with a capital after a lower-case head"),
    pytest.param(
     "Pemprov Jambi menyabet tiga gelar pada Paritrana Award 2023 di Jakarta, Rabu "
     "(22/5/2024): peringkat 2 kategori Pemerintah Provinsi; peringkat 1 kategori Usaha Kecil "
     "Mikro; peringkat 3 kategori Perusahaan Menengah.",
     "2024-05-23", [("Provinsi Jambi", 2), ("Provinsi Jambi", 1), ("Provinsi Jambi", 3)],
     id="ranks with their categories after a winner's title count are its wins"),
]


@pytest.mark.parametrize("text, published, ranked", RANKED)
def test_ranks_in_real_phrasing(extract, text, published, ranked):
    assert [(r["awardee"], r["rank"]) for r in extract(text, published=published)] == ranked


@pytest.mark.parametrize("text", [
    "Posyandu Mawar Desa Panji menggondol penghargaan Pakarti Utama I pada lomba Posyandu "
    "tingkat nasional 2022.",
    "Posyandu Mawar Desa Panji menggondol penghargaan Pakarti Utama I dari lomba Posyandu "
    "tingkat nasional 2022.",
    # what the prize was given for
    "Posyandu Mawar Desa Panji menerima penghargaan Pakarti Utama I atas prestasinya dalam "
    "lomba Posyandu tingkat nasional 2022.",
    # the ceremony it was won at, named after the awards of the night
    "Posyandu Mawar Desa Panji menerima penghargaan Pakarti Utama I pada malam Penganugerahan "
    "Kota Sehat dan STBM Award 2022.",
])
def test_a_prize_won_in_a_contest_is_one_win(extract, text):
    recs = extract(text, published="2022-11-10")
    assert [(r["awardee"], r["award"], r["rank"]) for r in recs] == [
        ("Posyandu Mawar Desa Panji", "Pakarti Utama", 1)]


def test_a_year_of_two_digits_after_an_apostrophe_dates_the_handover(extract):
    recs = extract("Kota Madiun menerima penghargaan Wahana Tata Nugraha di Surabaya (7/9 ’18).",
                   published="2018-09-08")
    assert recs[0]["event_date"] == "2018-09-07"


def test_items_lettered_in_brackets_list_their_category_s_winners(extract):
    text = ("Penerima Piala Adipura 2013:\n(a) Kategori Kota Sedang: Pekalongan, Pasuruan dan "
            "Probolinggo.\n(b) Kategori Kota Kecil: Sawahlunto, Padang Panjang.")
    recs = extract(text, published="2013-06-06")
    assert {r["awardee"]: r["category"] for r in recs} == {
        "Kota Pekalongan": "Kota Sedang", "Kota Pasuruan": "Kota Sedang",
        "Kota Probolinggo": "Kota Sedang", "Kota Sawahlunto": "Kota Kecil",
        "Kota Padang Panjang": "Kota Kecil"}


def test_a_list_under_headings_that_count_its_kinds(extract):
    text = ("Kementerian PPPA menyerahkan Anugerah Parahita Ekapraya 2022 di Jakarta.\n"
            "Adapun penerima kategori Madya:\n2 Pemerintah Provinsi\n- Provinsi Jambi\n"
            "- Provinsi Riau\n2 Pemerintah Kabupaten\n- Kabupaten Bantul\n- Kabupaten Klaten")
    recs = extract(text, published="2022-12-15")
    assert [r["awardee"] for r in recs] == ["Provinsi Jambi", "Provinsi Riau", "Kabupaten Bantul",
                                            "Kabupaten Klaten"]
    # bare names under them take the kind their heading counts
    text = ("Kementerian PPPA menyerahkan Anugerah Parahita Ekapraya 2022 di Jakarta.\n"
            "Adapun penerima kategori Madya:\n2 Pemerintah Provinsi\n- Sumatera Barat\n"
            "- Kalimantan Timur\n2 Pemerintah Kabupaten\n- Kulon Progo\n- Tanah Datar")
    recs = extract(text, published="2022-12-15")
    assert [r["awardee"] for r in recs] == [
        "Provinsi Sumatera Barat", "Provinsi Kalimantan Timur", "Kabupaten Kulon Progo",
        "Kabupaten Tanah Datar"]


@pytest.mark.parametrize("text", [
    "Penghargaan Zero Accident 2024 diberikan untuk kategori Air Bersih (PT Tirta Lestari dan "
    "CV Sumber Jaya), kategori Pertambangan (PT Batu Mulia Abadi), serta kategori Perkebunan "
    "(PT Sawit Hijau).",
    "Penghargaan Zero Accident 2024 diraih kategori Air Bersih (PT Tirta Lestari, CV Sumber "
    "Jaya), kategori Pertambangan (PT Batu Mulia Abadi) dan kategori Perkebunan (PT Sawit "
    "Hijau)."])
def test_winners_in_brackets_after_each_category_win_that_category(extract, text):
    recs = extract("PALU - Gubernur Sulawesi Tengah menyerahkan penghargaan di Palu, Kamis "
                   f"(7/3/2024). {text}", published="2024-03-08")
    assert {r["awardee"]: r["category"] for r in recs} == {
        "PT Tirta Lestari": "Air Bersih", "CV Sumber Jaya": "Air Bersih",
        "PT Batu Mulia Abadi": "Pertambangan", "PT Sawit Hijau": "Perkebunan"}


@pytest.mark.parametrize("winner, text", [
    ("KPRI Sumber Rejeki", "Koperasi Berprestasi 2021 diberikan kepada KPRI Sumber Rejeki."),
    ("Perusahaan Daerah Air Minum (PDAM) Tirta Sakti",
     "Perusahaan Daerah Air Minum (PDAM) Tirta Sakti meraih Koperasi Berprestasi 2021."),
    ("KSU Maju", "Koperasi Berprestasi 2021 diraih KSU Maju yang beralamat di Jalan Amir Hamzah "
                 "No. 12, Kelurahan Gotong Royong."),
    ("KSU Maju", "KSU Maju memperoleh piagam Koperasi Berprestasi 2021 dalam rangka hari ulang "
                 "tahun ke-72 Koperasi Provinsi Lampung."),
])
def test_cooperatives_and_utilities_by_their_usual_heads_and_not_where_they_are(
        extract, winner, text):
    recs = extract(f"METRO - {text} Piagam diserahkan di Kota Gajah, Senin (12/7/2021).",
                   published="2021-07-13")
    assert [r["awardee"] for r in recs] == [winner]


def test_a_head_with_only_kind_words_after_it_names_no_winner(extract):
    text = ("Desa Wisata Bukit Awan, Kabupaten Tabanan, meraih juara pertama ADWI 2024. Total "
            "ada lima desa wisata yang mendapat penghargaan kategori terbaik Desa Wisata "
            "Berkembang dalam ADWI 2024. Penghargaan diserahkan di Jakarta, Minggu (17/11/2024).")
    recs = extract(text, title="Desa Wisata Bali Raih Juara ADWI 2024", published="2024-11-18")
    assert [r["awardee"] for r in recs] == ["Desa Wisata Bukit Awan"]


def test_a_tourism_village_written_in_lower_case_wins(extract):
    text = ("MATARAM - Desa wisata asal Lombok meraih juara 1 kategori suvenir dalam anugerah "
            "desa wisata Indonesia (ADWI) 2022, yakni desa wisata Karang Sari, Kota Mataram. "
            "Penghargaan diserahkan di Jakarta, Minggu (30/10/2022).")
    recs = extract(text, published="2022-10-31")
    assert [r["awardee"] for r in recs] == ["Desa Wisata Karang Sari"]


def test_a_headline_of_a_curated_shortlist_reports_no_win(extract):
    text = ("KENDARI - Malam Anugerah Desa Wisata Indonesia 2024 akan digelar di Jakarta. Dalam "
            "malam penganugerahan ini, akan diumumkan pemenang dari berbagai kategori. Di "
            "antaranya:\nDesa Wisata Terbaik ADWI 2024: Berdasarkan penilaian dewan juri.\n"
            "Pemenang di 3 Kategori Penilaian: Daya Tarik Wisata, Amenitas, serta Digitalisasi.")
    assert extract(text, title="Wisata Konut Masuk dalam Daftar Kurasi 50 Desa Wisata",
                   published="2024-11-17") == []


def test_a_village_enterprise_ranked_best_of_its_province_with_its_village_after_it(extract):
    text = ("BANJARMASIN - Sepuluh BUMDesa di Kalimantan Selatan mendapat penghargaan dari Pemprov "
            "Kalsel, Sabtu (6/8/2022). Akhirnya ditetapkan sepuluh BUMDesa Terbaik Kalsel 2022 "
            "yakni Terbaik 1, BUMDesa Sinar Jaya, Desa Sungai Rangas, Kecamatan Tanta, Kabupaten "
            "Tabalong.")
    recs = extract(text, published="2022-08-07")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("BUMDesa Sinar Jaya", 1)]


def test_a_body_congratulated_on_its_win_with_its_village_set_off_by_commas(extract):
    # an office's page congratulating a posyandu: the village is where it is,
    # and "Posyandu Berprestasi" is the contest, no posyandu
    text = ("DPMD Kabupaten Berau menyampaikan selamat kepada Posyandu Kenanga, Desa Tasuk, atas "
            "raihan Juara 2 Posyandu Berprestasi Tingkat Provinsi Kalimantan Timur Tahun 2024.")
    recs = extract(text, published="2024-09-02")
    assert [(r["awardee"], r["rank"], r["province"]) for r in recs] == [
        ("Posyandu Kenanga", 2, "Kalimantan Timur")]


def test_an_officer_of_the_winner_handing_its_award_on_at_home_tells_only_what_nothing_else_does(
        extract):
    home = ("Rabu (4/9/2019), Kepala Bidang Perlindungan Anak Kabupaten Labuhanbatu Tuti Rahma "
            "menyerahkan trofi tersebut kepada Bupati Labuhanbatu Andi Suhaimi.")
    recs = extract("LABUHANBATU - Kabupaten Labuhanbatu meraih predikat Pratama Kabupaten/Kota "
                   "Layak Anak 2019 dari Deputi Tumbuh Kembang Anak KemenPPPA Lenny Rosalin di "
                   f"Makassar, Selasa (23/7/2019). {home}", published="2019-09-05")
    assert [(r["awardee"], r["presenter"], r["event_date"], r["venue"]) for r in recs] == [
        ("Kabupaten Labuhanbatu", "Lenny Rosalin", "2019-07-23", "Makassar")]
    # the only handover told: it dates the award, and the officer hands it over
    recs = extract("LABUHANBATU - Kabupaten Labuhanbatu meraih predikat Pratama Kabupaten/Kota "
                   f"Layak Anak 2019. {home}", published="2019-09-05")
    assert [(r["awardee"], r["presenter"], r["event_date"]) for r in recs] == [
        ("Kabupaten Labuhanbatu", "Tuti Rahma", "2019-09-04")]


def test_a_concessive_opener_before_a_win_verb_names_no_winner(extract):
    recs = extract("MALANG - Kota Malang meraih predikat Pelayanan Prima dari Kementerian PANRB di "
                   "Jakarta, Rabu (10/12/2025). Meski menyabet predikat tertinggi, Pemkot Malang "
                   "terus berbenah.", published="2025-12-11")
    assert [r["awardee"] for r in recs] == ["Kota Malang"]


def test_thanks_to_god_before_a_region_opens_no_name(extract):
    recs = extract("PONTIANAK - Pemprov Kalbar meraih Tribun Award 2023 di Pontianak, Selasa "
                   "(8/8/2023). \"Kami terus menggalakkan SPBE. Dan Alhamdulillah Kalbar menempati "
                   "rangking kedua setelah DKI Jakarta,\" kata Gubernur.", published="2023-08-09")
    assert [r["awardee"] for r in recs] == ["Provinsi Kalimantan Barat"]


def test_bodies_listed_for_what_they_have_are_no_winners(extract):
    recs = extract("SEMARANG - Pemerintah Provinsi Jawa Tengah lima kali berturut-turut meraih "
                   "predikat A SAKIP dari Kementerian PANRB. Penghargaan diserahkan di Jakarta, "
                   "Selasa (6/12/2022). Kini 22 daerah telah memiliki MPP, antara lain Kota Semarang "
                   "dan Kabupaten Kendal.", published="2022-12-07")
    assert [r["awardee"] for r in recs] == ["Provinsi Jawa Tengah"]


@pytest.mark.parametrize("sentence", [
    "Semarang, Jatengkita.com - Pemerintah Provinsi Jawa Tengah meraih predikat A SAKIP.",
    "Kendari (Kabarsultra) - Pemerintah Provinsi Sulawesi Tenggara meraih predikat A SAKIP."])
def test_a_dateline_in_title_case_before_its_outlet_is_no_possible_winner(analyse_one, sentence):
    from extractors.awardee import find_mentions

    a = analyse_one(sentence)
    assert [m.name for m in find_mentions(a.doc, a.label("PLACE"), a.label("TITLE"))] == [
        m for m in ("Provinsi Jawa Tengah", "Provinsi Sulawesi Tenggara") if m in sentence]


def test_companies_called_best_after_the_handover_are_its_winners(extract):
    recs = extract("JAKARTA - Infobank Award 2024 diserahkan di Jakarta, Rabu (1/5/2024). Tim juri "
                   "menetapkan BPD terbaik adalah PT BPD Sumsel Babel, PT BPD Jambi, dan PT Bank "
                   "Nagari.", published="2024-05-02")
    assert [r["awardee"] for r in recs] == ["PT BPD Sumsel Babel", "PT BPD Jambi", "PT Bank Nagari"]


@pytest.mark.parametrize("text", [
    "SMPN 2 Batusangkar jadi jawara Lomba Perpustakaan SMP tingkat Provinsi Sumatera Barat di "
    "Padang, Rabu (1/5/2024).",
    "SMPN 2 Batusangkar merupakan salah satu penerima Lomba Perpustakaan SMP tingkat Provinsi "
    "Sumatera Barat di Padang, Rabu (1/5/2024)."])
def test_a_winner_who_becomes_the_champion_or_is_one_of_the_receivers(extract, text):
    assert [r["awardee"] for r in extract(text, published="2024-05-02")] == ["SMPN 2 Batusangkar"]


def test_one_of_the_companies_from_a_province_wins_and_lies_there(extract):
    recs = extract("AMBON - Sejumlah perusahaan asal Maluku meraih penghargaan Zero Accident 2024. "
                   "Salah satunya PT Bahari Tangguh. Penghargaan diserahkan di Jakarta, Rabu "
                   "(1/5/2024).", published="2024-05-02")
    assert [(r["awardee"], r["province"]) for r in recs] == [("PT Bahari Tangguh", "Maluku")]


def test_an_award_only_counted_bodies_won_takes_no_winners_from_the_others(extract):
    text = ("JAKARTA - Dua gubernur menerima penghargaan Pembina K3 dari Menteri Ketenagakerjaan. "
            "Mereka adalah Gubernur Riau dan Gubernur Jawa Barat. Penyerahan dilakukan di Hotel "
            "Sahid Jaya, Jakarta, Kamis (27/5/2010). Penghargaan diberikan lantaran perusahaan di "
            "wilayah itu mendapatkan penghargaan Zero Accident 2010. Sedang untuk tingkat "
            "kabupaten/kota, adalah Bupati Siak dan Bupati Sidoarjo. Untuk perusahaan, ada 486 "
            "perusahaan yang menerima penghargaan Zero Accident.")
    recs = extract(text, published="2010-05-28")
    assert sorted(r["awardee"] for r in recs) == [
        "Kabupaten Siak", "Kabupaten Sidoarjo", "Provinsi Jawa Barat", "Provinsi Riau"]
    assert {r["presenter_title"] for r in recs} == {"Menteri Ketenagakerjaan"}


@pytest.mark.parametrize("quoted", ['"Anggrek Putih"', "“Anggrek Putih”"])
def test_a_group_s_name_in_quotes_after_its_head_is_its_name(extract, quoted):
    recs = extract("Penghargaan Adhikarya Pangan Nusantara 2024 diberikan kepada Kelompok Wanita Tani "
                   f"{quoted} dari Kabupaten Sleman di Jakarta, Rabu (1/5/2024).",
                   published="2024-05-02")
    assert [r["awardee"] for r in recs] == [f"Kelompok Wanita Tani {quoted}"]


@pytest.mark.parametrize("company", ["PT Batu of Borneo", "PT Kertas Lontar and Paper"])
def test_english_joining_words_stay_inside_a_company_s_name(extract, company):
    recs = extract(f"{company} meraih penghargaan Zero Accident di Jakarta, Rabu (1/5/2024).",
                   published="2024-05-02")
    assert [r["awardee"] for r in recs] == [company]


@pytest.mark.parametrize("text, award", [
    ("Damkar Kota Padang meraih juara umum kompetisi keterampilan pemadam kebakaran tingkat "
     "nasional di Jakarta, Rabu (1/5/2024).", "Kompetisi Keterampilan Pemadam Kebakaran"),
    ("Kota Padang meraih juara pertama Kompetisi Inovasi Daerah 2024 di Jakarta, Rabu "
     "(1/5/2024).", "Kompetisi Inovasi Daerah")])
def test_a_competition_won_is_an_award_as_a_contest_is(extract, text, award):
    recs = extract(text, published="2024-05-02")
    assert [(r["award"], r["awardee"]) for r in recs] == [(award, "Kota Padang")]


def test_an_award_named_after_a_kind_of_region_in_an_article_naming_no_other(extract):
    recs = extract("Menteri PUPR memberikan penghargaan Kota Pusaka kepada empat kota di Jakarta, "
                   "Rabu (1/5/2024). Adapun empat kota tersebut yakni Kota Bogor (Jawa Barat), Kota "
                   "Sawahlunto (Sumatera Barat). Kemudian Kota Surakarta dan Kabupaten Siak.",
                   published="2024-05-02")
    assert [(r["award"], r["awardee"]) for r in recs] == [
        ("Kota Pusaka", "Kota Bogor"), ("Kota Pusaka", "Kota Sawahlunto"),
        ("Kota Pusaka", "Kota Surakarta"), ("Kota Pusaka", "Kabupaten Siak")]
    assert extract("Penghargaan Kota Bogor diserahkan di Jakarta, Rabu (1/5/2024).",
                   published="2024-05-02") == []


def test_a_list_goes_on_with_the_next_and_ends_with_the_last(extract):
    recs = extract("Provinsi yang meraih Anugerah Kebudayaan yakni Jawa Barat dan Jawa Tengah. "
                   "Berikutnya Provinsi Bali, dan terakhir Sumatera Barat. Penghargaan diserahkan "
                   "di Jakarta, Rabu (1/5/2024).", published="2024-05-02")
    assert [r["awardee"] for r in recs] == ["Provinsi Jawa Barat", "Provinsi Jawa Tengah",
                                            "Provinsi Bali", "Provinsi Sumatera Barat"]


def test_a_shortlist_the_jury_sets_names_no_winners(extract):
    recs = extract("Tim juri menetapkan 10 besar kabupaten terbaik Adipura yakni Kabupaten Sleman, "
                   "Kabupaten Bantul dan Kabupaten Agam. Dari sepuluh besar itu, Kabupaten Sleman "
                   "meraih Adipura Kencana di Jakarta, Rabu (1/5/2024).",
                   title="Sleman Raih Adipura Kencana", published="2024-05-02")
    assert [r["awardee"] for r in recs] == ["Kabupaten Sleman"]


@pytest.mark.parametrize("intro", ["pemenangnya", "urutan pemenangnya,"])
def test_the_winners_of_a_category_listed_right_after_its_winner_word(extract, intro):
    recs = extract("BNPB menyerahkan penghargaan Desa Tangguh Bencana 2024 di Jakarta, Rabu "
                   f"(1/5/2024). Untuk kategori Pratama, {intro} Desa Sukamaju (Kab. Sleman), Desa "
                   "Sidomulyo (Kab. Bantul) dan Desa Wonokerto (Kab. Sleman).",
                   published="2024-05-02")
    assert [(r["awardee"], r["category"]) for r in recs] == [
        ("Desa Sukamaju", "Pratama"), ("Desa Sidomulyo", "Pratama"), ("Desa Wonokerto", "Pratama")]


def test_numbered_lines_of_a_category_s_label_and_its_winner(extract):
    recs = extract("JAKARTA - BSN menyerahkan SNI Award 2024 di Jakarta, Rabu (1/5/2024). Berikut para "
                   "pemenangnya:\n1. Organisasi Kecil Jasa : SMK Negeri 2 Malang;\n2. Organisasi "
                   "Menengah Barang : PT Sinar Jaya Abadi;\n3. Organisasi Besar Jasa : PT Semen "
                   "Gresik.", title="Pemenang SNI Award 2024", published="2024-05-02")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("SMK Negeri 2 Malang", None), ("PT Sinar Jaya Abadi", None), ("PT Semen Gresik", None)]


def test_markets_win_and_where_each_lies_is_no_venue(extract):
    recs = extract("JAKARTA - Kementerian Perdagangan menyerahkan penghargaan Pasar Tertib Ukur 2024 "
                   "kepada Pasar Beringharjo di Kota Yogyakarta; dan Pasar Legi di Kota Surakarta; "
                   "serta Pasar Gede di Kabupaten Klaten. Penghargaan diserahkan di Jakarta, Rabu "
                   "(1/5/2024).", published="2024-05-02")
    assert [(r["awardee"], r["province"], r["venue"]) for r in recs] == [
        ("Pasar Beringharjo", "Daerah Istimewa Yogyakarta", "Jakarta"),
        ("Pasar Legi", "Jawa Tengah", "Jakarta"), ("Pasar Gede", "Jawa Tengah", "Jakarta")]


@pytest.mark.parametrize("rank", ["Juara ke Tiga", "Peringkat Ke Tiga", "juara ke-tiga"])
def test_an_ordinal_written_apart_in_words_ranks(extract, rank):
    recs = extract(f"{rank} Lomba Nagari tingkat Sumatera Barat diraih Nagari Koto Baru. "
                   "Penghargaan diserahkan di Padang, Rabu (1/5/2024).", published="2024-05-02")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Nagari Koto Baru", 3)]


@pytest.mark.parametrize("text, winner, rank", [
    ("Biro Umum Setda Provinsi Bali meraih peringkat II OPD berkinerja terbaik tingkat Provinsi "
     "Bali.", "Biro Umum Setda Provinsi Bali", 2),
    ("Kota Denpasar meraih juara 1 dari seluruh kabupaten/kota se-Indonesia dengan cakupan "
     "imunisasi rutin tertinggi.", "Kota Denpasar", 1)])
def test_a_rank_won_with_no_prize_word_is_a_win(extract, text, winner, rank):
    recs = extract(f"{text} Penghargaan diserahkan di Denpasar, Rabu (1/5/2024).",
                   published="2024-05-02")
    assert [(r["awardee"], r["rank"]) for r in recs] == [(winner, rank)]


@pytest.mark.parametrize("text", [
    "Direktur Utama PT Semen Gresik Budi Santoso menerima penghargaan Zero Accident 2024 di "
    "Jakarta, Rabu (1/5/2024).",
    "Penghargaan Zero Accident 2024 diterima oleh Direktur Utama PT Semen Gresik, Budi Santoso, "
    "di Jakarta, Rabu (1/5/2024)."])
def test_the_company_of_an_executive_who_receives_the_award_wins_it(extract, text):
    recs = extract(text, published="2024-05-02")
    assert [(r["awardee"], r["recipient"]) for r in recs] == [("PT Semen Gresik", "Budi Santoso")]


def test_a_body_counted_to_win_awards_listed_by_their_winners_is_where_they_lie(extract):
    recs = extract("BANJARMASIN - Untuk ProKlim Trophy Utama, Kalimantan Selatan mendapatkan 3 "
                   "penghargaan, yaitu Desa Warukin, Kecamatan Tanta, Kabupaten Tabalong. Desa Sungai "
                   "Rangas, Kecamatan Martapura Barat, Kabupaten Banjar. Desa Batu Ampar, Kecamatan "
                   "Batu Ampar, Kabupaten Tanah Laut. Penghargaan diserahkan di Jakarta, Rabu "
                   "(1/5/2024).", title="Kalsel Raih ProKlim", published="2024-05-02")
    assert [(r["awardee"], r["category"], r["province"]) for r in recs] == [
        ("Desa Warukin", None, "Kalimantan Selatan"),
        ("Desa Sungai Rangas", None, "Kalimantan Selatan"),
        ("Desa Batu Ampar", None, "Kalimantan Selatan")]


def test_the_social_security_award_spelt_out_is_the_paritrana_award(extract):
    recs = extract("Wakil Presiden Hamzah Idris memberikan Penghargaan Jaminan Sosial "
                   "Ketenagakerjaan kepada Pemerintah Provinsi Jambi di Jakarta, Kamis (4/7/2019). "
                   "Pemda lain penerima Anugerah Paritrana tahun ini ialah Provinsi Riau.",
                   published="2019-07-05")
    assert {(r["awardee"], r["award"]) for r in recs} == {
        ("Provinsi Jambi", "Paritrana Award"), ("Provinsi Riau", "Paritrana Award")}


def test_a_handover_compared_with_last_year_s_is_this_year_s(extract):
    text = ("Provinsi Jambi meraih Paritrana Award 2019 di Jakarta, Kamis (4/7/2019). "
            "{} diserahkan sendiri oleh Wakil Presiden Hamzah Idris.")
    assert [r["presenter"] for r in extract(text.format(
        "Seperti tahun sebelumnya, piala tahun ini"), published="2019-07-05")] == ["Hamzah Idris"]
    assert [r["presenter"] for r in extract(text.format("Tahun sebelumnya, piala itu"),
                                            published="2019-07-05")] == [None]


def test_a_presenter_s_name_ends_at_the_stop_of_a_list_joined_on(extract):
    recs = extract("Dua daerah di Jawa Timur meraih Digital Government Award dari Menteri PANRB "
                   "Rini Widyantini. Yakni, Kota Madiun dan Kabupaten Ngawi.",
                   published="2025-05-20")
    assert {(r["awardee"], r["presenter"]) for r in recs} == {
        ("Kota Madiun", "Rini Widyantini"), ("Kabupaten Ngawi", "Rini Widyantini")}


def test_the_day_of_a_governor_s_statement_does_not_date_the_ceremony(extract):
    recs = extract("Kota Madiun meraih Digital Government Award dari Menteri PANRB. "
                   "\u201cIni kerja bersama,\u201d kata Gubernur Jawa Timur dalam keterangannya, "
                   "Senin, 19 Mei 2025.", published="2025-05-20")
    assert [r["event_date"] for r in recs] == [None]
    # nor one sent through a statement of the regency's
    recs = extract("Pemkab Kulon Progo Raih WTP\nKulon Progo - Pemkab Kulon Progo meraih opini "
                   "WTP dari BPK RI untuk ke-11 kalinya. Penghargaan itu diterima belum lama ini "
                   "di Yogyakarta.\n\"Ini hasil kerja keras semua pihak,\" jelas Sekda Made lewat "
                   "keterangannya pada Jumat (05/04/2024).", published="2024-04-05")
    assert [r["event_date"] for r in recs] == [None]


def test_who_hands_over_an_honour_is_its_presenter_not_whom_it_comes_from(extract):
    recs = extract("Bupati Ngawi Ony Anwar menerima tanda kehormatan Satyalancana Karya Bhakti "
                   "Praja Nugraha dari Presiden Prabowo Subianto. Tanda kehormatan itu diserahkan "
                   "Menteri Dalam Negeri Tito Karnavian di Balai Kota Surabaya, Jumat, 25 April "
                   "2025.", published="2025-04-26")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Kabupaten Ngawi", "Tito Karnavian")]


def test_regions_left_out_of_the_assessment_win_nothing(extract):
    recs = extract("Provinsi Jawa Barat dan Jawa Timur dinobatkan sebagai provinsi terinovatif "
                   "pada Innovative Government Award 2023. Adapun Maluku dan Maluku Utara tidak "
                   "dilibatkan dalam penilaian tahun ini.", published="2023-12-13")
    assert {r["awardee"] for r in recs} == {"Provinsi Jawa Barat", "Provinsi Jawa Timur"}


def test_a_reception_on_the_agenda_for_tomorrow_is_no_win_yet(extract):
    assert extract("Pemerintah Kabupaten Lumajang diagendakan menerima penghargaan Innovative "
                   "Government Award 2023 dari Kementerian Dalam Negeri pada Rabu (13/12/2023) "
                   "besok.", published="2023-12-12") == []


def test_the_winners_a_tier_is_made_up_of_win(extract):
    recs = extract("Empat daerah di Jambi memperoleh penghargaan Kabupaten/Kota Layak Anak 2021 "
                   "secara virtual, Kamis (29/7/2021). Adapun penerima penghargaan peringkat "
                   "Pratama terdiri atas Kabupaten Kerinci dan Kabupaten Tebo, sedangkan penerima "
                   "peringkat Madya terdiri dari Kota Jambi dan Kota Sungai Penuh.",
                   published="2021-07-30")
    assert {r["awardee"] for r in recs} == {"Kabupaten Kerinci", "Kabupaten Tebo", "Kota Jambi",
                                             "Kota Sungai Penuh"}


@pytest.mark.parametrize("verb", ["raih", "sabet", "terima"])
def test_a_region_s_short_name_wins_with_a_bare_verb(extract, verb):
    recs = extract(f"BANTUL - Bantul {verb} penghargaan Kabupaten Layak Anak kategori Nindya di "
                   "Hotel Padma Semarang, Sabtu (22/7/2023).", published="2023-07-23")
    assert [r["awardee"] for r in recs] == ["Kabupaten Bantul"]


@pytest.mark.parametrize("joined", ["and", "dan"])
def test_a_region_after_a_building_whose_name_holds_a_conjunction_is_where(extract, joined):
    recs = extract("Kota Bitung memperoleh penghargaan Kota Layak Anak kategori Madya. Piagam "
                   "diterima Wali Kota Bitung dari Menteri PPPA di Hotel Santika Golf Resort "
                   f"{joined} Convention Hall, Kabupaten Bogor, Jumat, 22 Juli 2022.",
                   published="2022-07-23")
    assert [r["awardee"] for r in recs] == ["Kota Bitung"]


def test_a_lot_number_in_an_address_ends_no_sentence(extract):
    recs = extract("Pemkab Bangka memperoleh Anugerah Parahita Ekapraya 2023. Piagam diberikan di "
                   "Gedung Serbaguna, Jalan Merdeka Kav. 12 Kebon Jeruk, Jakarta Barat, Selasa "
                   "(19/12/2023).", published="2023-12-20")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [("Kabupaten Bangka", "2023-12-19")]


def test_a_wish_after_a_colon_in_a_headline_is_no_winner(extract):
    recs = extract("Kerja sama redaksi dengan Pemkot Salatiga\nSabet KLA Nindya, Wali Kota "
                   "Salatiga: Semoga Naik Kelas\nKota Salatiga memperoleh penghargaan Kota Layak "
                   "Anak 2023 kategori Nindya di Semarang, Sabtu (22/7/2023).",
                   published="2023-07-23")
    assert [r["awardee"] for r in recs] == ["Kota Salatiga"]


def test_the_audit_results_handed_over_spelt_out_date_place_and_present(extract):
    recs = extract("BPK memberikan opini WTP kepada dua daerah di Gorontalo. Kepala BPK Perwakilan "
                   "Gorontalo, Rudi Hartono, menyerahkan hasil pemeriksaan itu kepada tiap daerah "
                   "di Gedung BPK Perwakilan Gorontalo, Jumat (3/6/2016). Keduanya ialah Kota "
                   "Gorontalo dan Kabupaten Boalemo.", published="2016-06-04")
    assert {(r["awardee"], r["event_date"], r["presenter"]) for r in recs} == {
        ("Kota Gorontalo", "2016-06-03", "Rudi Hartono"),
        ("Kabupaten Boalemo", "2016-06-03", "Rudi Hartono")}


def test_regions_joined_that_stay_at_a_lesser_opinion_did_not_win(extract):
    recs = extract("BPK menyerahkan LHP kepada empat kabupaten, Senin (3/6/2019). Keempat kabupaten "
                   "itu ialah Kabupaten Buru, Seram Bagian Barat, Kepulauan Aru, dan Maluku Tenggara. "
                   "Sedangkan Buru dan Kepulauan Aru tetap di opini WDP. Seram Bagian Barat dan "
                   "Maluku Tenggara meraih opini WTP.", published="2019-06-04")
    assert {r["awardee"] for r in recs} == {"Kabupaten Seram Bagian Barat",
                                             "Kabupaten Maluku Tenggara"}


def test_a_hope_to_keep_an_opinion_at_an_entry_meeting_is_no_win(extract):
    assert extract("Pemkab Sambas dan BPK Perwakilan Kalimantan Barat menggelar entry meeting "
                   "pemeriksaan interim di Aula Kantor Bupati Sambas, Selasa (6/2/2024). Sekda "
                   "menyampaikan harapan agar dengan pemeriksaan ini, Pemerintah Kabupaten Sambas "
                   "kembali mampu mempertahankan opini WTP.", published="2024-02-07") == []


@pytest.mark.parametrize("handover", [
    "Hadiah diserahkan oleh Bupati Pati Sudewo, Minggu (20/8/2023) malam.",
    "Bupati Pati Sudewo menyerahkan hadiah kepada Desa Gabus, Minggu (20/8/2023)."])
def test_a_contest_s_prize_money_is_what_is_handed_over(extract, handover):
    recs = extract("Desa Gabus, Kecamatan Gabus, Kabupaten Pati meraih juara pertama lomba desa "
                   f"tingkat Kabupaten Pati 2023. {handover}", published="2023-08-21")
    assert [(r["awardee"], r["event_date"], r["presenter"]) for r in recs] == [
        ("Desa Gabus", "2023-08-20", "Sudewo")]


def test_the_region_a_winner_represents_is_where_it_lies_not_a_winner(extract):
    recs = extract("Dua wakil Kota Bima, Desa Ntobo dan Kelurahan Penaraga, sama-sama menyabet "
                   "Juara I Lomba Desa dan Kelurahan Tingkat Provinsi NTB. Posyandu Mawar, wakil "
                   "Provinsi Nusa Tenggara Barat pada lomba posyandu nasional, meraih predikat "
                   "Pakarti Madya II.", published="2023-07-10")
    assert {(r["awardee"], r["province"]) for r in recs} >= {
        ("Desa Ntobo", "Nusa Tenggara Barat"), ("Kelurahan Penaraga", "Nusa Tenggara Barat")}
    assert "Kota Bima" not in {r["awardee"] for r in recs}


def test_a_child_friendly_province_is_one_win_of_its_own_award(extract):
    recs = extract("Pemprov Riau mendapat penghargaan Pelopor Provinsi Layak Anak (PROVILA) dalam "
                   "penganugerahan Kabupaten/Kota Layak Anak 2021 secara virtual, Kamis (29/7/2021). "
                   "Selain Riau, penghargaan serupa juga diterima Sumatera Utara dan Maluku. Kota "
                   "Pekanbaru meraih Kota Layak Anak kategori Madya.", published="2021-07-30")
    assert sorted((r["awardee"], r["award"]) for r in recs) == [
        ("Kota Pekanbaru", "Kota Layak Anak"), ("Provinsi Maluku", "Provinsi Layak Anak"),
        ("Provinsi Riau", "Provinsi Layak Anak"), ("Provinsi Sumatera Utara", "Provinsi Layak Anak")]


def test_a_parade_of_a_trophy_received_reports_the_win(extract):
    recs = extract("Kota Blitar meraih penghargaan Adipura. Piala diberikan pada puncak Hari "
                   "Lingkungan Hidup di Jakarta, Jumat (22/7/2016).", published="2016-07-25",
                   title="Wali Kota Blitar akan Mengarak Piala Adipura yang Diterima dari KLHK")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [("Kota Blitar", "2016-07-22")]
    assert extract("Kota Blitar meraih penghargaan Adipura.", published="2016-07-25",
                   title="Kota Blitar akan Terima Adipura yang Diserahkan Wapres") == []


def test_a_wait_that_is_over_is_no_plan(extract):
    recs = extract("BLITAR - Kabupaten Blitar mendapatkan Piala Adipura setelah menunggu 15 "
                   "tahun.", published="2017-08-03")
    assert [r["awardee"] for r in recs] == ["Kabupaten Blitar"]


def test_a_region_that_wins_through_a_village_is_where_the_village_won(extract):
    recs = extract("Kabupaten Seluma melalui Desa Lubuk Lagan meraih juara pertama Lomba Desa "
                   "tingkat Provinsi Bengkulu di Bengkulu, Rabu (8/5/2024).", published="2024-05-10")
    assert [(r["awardee"], r["rank"], r["province"]) for r in recs] == [
        ("Desa Lubuk Lagan", 1, "Bengkulu")]


def test_bare_names_bulleted_under_count_headings_take_their_kind(extract):
    recs = extract("Para kepala daerah menerima Satyalancana Karya Bhakti Praja Nugraha di "
                   "Semarang, Selasa, 25 April 2017. Penerimanya antara lain:\n"
                   "2 Pemerintah Kabupaten\n- Kendal\n- Batang\n1 Kota\n- Pekalongan\n",
                   published="2017-04-26")
    assert [r["awardee"] for r in recs] == ["Kabupaten Kendal", "Kabupaten Batang",
                                            "Kota Pekalongan"]


def test_a_region_counted_the_prizes_its_schools_won_is_no_winner(extract):
    recs = extract("KLATEN - Pemkab Klaten kembali mengantongi tiga penghargaan Sekolah Adiwiyata "
                   "dari KLHK. Predikat Adiwiyata Mandiri diraih SMP Negeri 2 Klaten dan SD "
                   "Muhammadiyah Klaten, sedangkan Adiwiyata Nasional didapat SMA Negeri 3 Klaten.",
                   published="2023-10-18")
    assert {r["awardee"] for r in recs} == {"SMP Negeri 2 Klaten", "SD Muhammadiyah Klaten",
                                             "SMA Negeri 3 Klaten"}


def test_a_quote_telling_of_the_handover_names_its_presenter(extract):
    recs = extract("Predikat Adiwiyata Mandiri diraih SMP Negeri 2 Klaten. \u201cPenghargaan "
                   "diserahkan langsung oleh Menteri LHK, Siti Nurbaya Bakar, di Gedung Manggala "
                   "Wanabakti, Jakarta, pada Selasa (17/10/2023),\u201d ujar Kepala DLH Klaten, "
                   "Hartono.", published="2023-10-18")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("SMP Negeri 2 Klaten", "Siti Nurbaya Bakar")]


def test_the_town_schools_are_in_is_no_venue(extract):
    recs = extract("Tiga puluh sekolah di Kota Bengkulu menerima penghargaan Adiwiyata tingkat "
                   "provinsi tahun ini, di antaranya SMAN 2 Bengkulu.", published="2017-08-17")
    assert [(r["awardee"], r["venue"]) for r in recs] == [("SMAN 2 Bengkulu", None)]


def test_a_village_named_after_a_decree_of_its_regent_wins(extract):
    recs = extract("Berdasarkan SK Bupati Lampung Barat, Desa Sukabumi ditetapkan sebagai juara "
                   "pertama Lomba Desa tingkat Kabupaten Lampung Barat 2017.",
                   published="2017-08-18")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Desa Sukabumi", 1)]


def test_a_ministry_crowning_a_region_makes_it_the_winner(extract):
    recs = extract("Kementerian PPPA menobatkan Kabupaten Simeulue sebagai Kabupaten Layak Anak "
                   "2023 kategori Pratama di Semarang, Sabtu (22/7/2023).", published="2023-07-24")
    assert [(r["awardee"], r["category"]) for r in recs] == [("Kabupaten Simeulue", "Pratama")]


def test_the_region_of_the_office_an_award_comes_from_is_no_winner(extract):
    recs = extract("Hotel Tugu meraih Penghargaan Wajib Pajak Daerah Berprestasi 2023 dari Bapenda "
                   "Kota Malang di Balai Kota Malang, Kamis (1/3/2024).", published="2024-03-02")
    assert [r["awardee"] for r in recs] == ["Hotel Tugu"]


def test_the_body_a_receiver_heads_wins_what_is_handed_to_them(extract):
    recs = extract("Wali Kota Malang Sutiaji menyerahkan penghargaan Zero Accident kepada Direktur "
                   "Utama Perumda Air Minum Tugu Tirta Kota Malang, Nor Muhlas, di Balai Kota Malang, "
                   "Senin (26/12/2022).", published="2022-12-27")
    assert [(r["awardee"], r["recipient"], r["presenter"]) for r in recs] == [
        ("Perumda Air Minum Tugu Tirta Kota Malang", "Nor Muhlas", "Sutiaji")]


def test_names_alone_on_their_lines_under_an_opener_take_its_kind(extract):
    recs = extract("Penghargaan APBD Award diberikan di Hotel Sultan, Jakarta Pusat, Kamis "
                   "(6/6/2024).\nAdapun Pemerintah Kota yang menerima penghargaan untuk "
                   "pendapatan daerah tertinggi:\nMadiun\nBlitar\nSerang\n", published="2024-06-07")
    assert [r["awardee"] for r in recs] == ["Kota Madiun", "Kota Blitar", "Kota Serang"]


def test_police_units_lie_in_the_place_they_are_named_for(extract):
    recs = extract("KUPANG - Tiga Polres di wilayah Polda NTT diganjar penghargaan lalu lintas dalam "
                   "Rakernis Lalu Lintas 2025 di Kupang, Rabu (10/9/2025). Penerimanya yaitu:\n"
                   "• Polres Sikka: Penghargaan Kecepatan Input Data.\n"
                   "• Polres Ende: Penghargaan Penurunan Angka Kecelakaan.\n",
                   published="2025-09-11")
    assert {(r["awardee"], r["province"]) for r in recs} == {
        ("Polres Sikka", "Nusa Tenggara Timur"), ("Polres Ende", "Nusa Tenggara Timur")}


def test_the_national_police_chief_hands_it_over(extract):
    recs = extract("Kabupaten Klaten meraih penghargaan Kabupaten Tertib Lalu Lintas 2024. "
                   "Penghargaan diserahkan Kapolri Jenderal Listyo Sigit di Solo, Rabu (12/6/2024).",
                   published="2024-06-13")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kabupaten Klaten", "Listyo Sigit")]


def test_the_neighbourhood_and_village_after_a_posyandu_are_where_it_is(extract):
    recs = extract("Wali Kota Bekasi menyerahkan penghargaan lomba Posyandu 2024 di Balai Kota "
                   "Bekasi, Rabu (31/7/2024). Juara 1 diraih Posyandu Anggrek 3, RW 05, Kelurahan "
                   "Jatiasih; Juara 2 Posyandu Dahlia RW 02, Kelurahan Jatimekar; dan Juara 3 "
                   "Posyandu Melati dari Kelurahan Jatiluhur.", published="2024-07-31")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Posyandu Anggrek 3", 1), ("Posyandu Dahlia RW 02", 2), ("Posyandu Melati", 3)]


@pytest.mark.parametrize("body", ["Kementerian Perindustrian (Kemenperin)",
                                  "Badan Pusat Statistik (BPS)"])
def test_a_central_body_spelt_out_with_its_short_form_wins(extract, body):
    recs = extract(f"{body} meraih peringkat II Germas Award 2023 di Jakarta, Selasa "
                   "(14/11/2023).", published="2023-11-15")
    assert [(r["awardee"], r["rank"], r["award"]) for r in recs] == [
        (body.split(" (")[0], 2, "Germas Award")]  # (the rank's numeral no word of the award)


def test_an_office_with_its_short_form_before_its_region_is_one_winner(extract):
    recs = extract("Dinas Kependudukan dan Catatan Sipil (Disdukcapil) Kabupaten Sikka diganjar "
                   "penghargaan Dukcapil Prima oleh Menteri Dalam Negeri. Selain Sikka, penghargaan "
                   "yang sama diberikan pula kepada Kabupaten Bone.", published="2021-03-30")
    assert [r["awardee"] for r in recs] == [
        "Dinas Kependudukan dan Catatan Sipil (Disdukcapil) Kabupaten Sikka", "Kabupaten Bone"]


def test_a_regional_office_of_a_ministry_named_in_full_is_one_winner(extract):
    recs = extract("Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur meraih penghargaan Pembina "
                   "HAM Terbaik di Jakarta, Minggu (10/12/2023).", published="2023-12-11")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Kantor Wilayah Kementerian Hukum dan HAM Jawa Timur", "Jawa Timur")]


def test_the_best_keepers_of_the_legal_documentation_network_win_with_their_rank(extract):
    recs = extract("Pemerintah Kabupaten Kebumen ditetapkan sebagai terbaik 3 Pengelola JDIH "
                   "tingkat Provinsi Jawa Tengah di Semarang, Rabu (17/7/2024).",
                   published="2024-07-18")
    assert [(r["awardee"], r["rank"], r["award"]) for r in recs] == [
        ("Kabupaten Kebumen", 3, "JDIH Award")]


def test_village_heads_listed_with_their_regency_in_brackets_stand_for_their_villages(extract):
    recs = extract("Tiga lurah di Jawa Tengah mendapat Paralegal Justice Award di Jakarta, Kamis "
                   "(1/6/2023). Ketiga penerima itu yakni Lurah Tlogosari (Semarang), Lurah "
                   "Kampung Baru (Surakarta), dan Lurah Kranji (Purwokerto).", published="2023-06-02")
    assert [r["awardee"] for r in recs][:2] == ["Kelurahan Tlogosari", "Kelurahan Kampung Baru"]



def test_the_region_that_holds_a_round_named_after_its_award_is_no_winner(extract):
    recs = extract("Pada PPID Award Kabupaten Sleman Tahun 2022, terbaik kedua kategori desa jatuh "
                   "kepada Desa Sardonoharjo, sedangkan terbaik pertama diraih Desa Sinduadi.",
                   published="2022-08-26")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Desa Sardonoharjo", 2), ("Desa Sinduadi", 1)]
    recs = extract("Piala Adipura Kota Madiun diterima Wali Kota Madiun di Jakarta.",
                   published="2022-08-26")
    assert [r["awardee"] for r in recs] == ["Kota Madiun"]


def test_a_body_spelt_out_with_a_short_form_in_title_case_before_its_region_wins(extract):
    recs = extract("Badan Pengawas Pemilu (Bawaslu) Kabupaten Sumbawa tahun ini menyabet predikat "
                   "Badan Publik Informatif pada Anugerah Keterbukaan Informasi Publik 2021.",
                   published="2021-12-01")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Badan Pengawas Pemilu (Bawaslu) Kabupaten Sumbawa", "Nusa Tenggara Barat")]


def test_an_appreciation_given_as_the_award_of_that_name_hands_it_over(extract):
    recs = extract("KI Pusat memberikan apresiasi kepada tiga desa dalam acara Apresiasi "
                   "Keterbukaan Informasi Publik Desa 2022 di Hotel Borobudur, Jakarta, Kamis "
                   "(8/12/2022). Adapun ketiga desa itu adalah Desa Sumberejo, Kabupaten Bantul, "
                   "Daerah Istimewa Yogyakarta. Desa Talang, Kabupaten Solok, Sumatera Barat.",
                   published="2022-12-09")
    assert [(r["awardee"], r["venue"]) for r in recs] == [
        ("Desa Sumberejo", "Hotel Borobudur, Jakarta"), ("Desa Talang", "Hotel Borobudur, Jakarta")]


def test_the_prizes_one_winner_is_counted_to_have_won_are_listed_below_it(extract):
    opener = ("Pertemuan Tahunan BI digelar di Hotel Grand Inna Padang, Rabu (24/11/2021). "
              "Dalam acara tersebut, {} meraih tiga penghargaan, antara lain:\n")
    recs = extract(opener.format("Kota Bukittinggi") + "1. Pemenang ke-3 Investment Challenge;\n"
                   "2. Pemerintah Daerah Pendukung UMKM teraktif; dan\n"
                   "3. Implementasi Elektronifikasi Transaksi Pemerintah Terbaik.\n",
                   published="2021-11-25")
    assert [r["awardee"] for r in recs] == ["Kota Bukittinggi"]
    recs = extract(opener.format("Provinsi Sumatera Barat") + "- Desa Pariangan\n"
                   "- Desa Sungai Pisang\n- Desa Koto Baru\nSelamat kepada para pemenang.\n",
                   published="2021-11-25")
    assert {"Desa Pariangan", "Desa Sungai Pisang", "Desa Koto Baru"} <= {
        r["awardee"] for r in recs}


def test_a_listed_company_s_suffix_set_off_by_commas_is_its_own(extract):
    recs = extract("Penerima penghargaan Primaniyarta 2008 adalah PT Baja Timur, Tbk, Riau, dan "
                   "PT Kertas Indah Tbk di Jakarta, Selasa (21/10/2008).", published="2008-10-22")
    assert [r["awardee"] for r in recs] == ["PT Baja Timur Tbk", "PT Kertas Indah Tbk"]


def test_an_executive_named_by_office_alone_receives_for_the_company(extract):
    recs = extract("Direktur Utama PT Pupuk Sriwijaya menerima penghargaan Industri Hijau 2016 "
                   "dari Menteri Perindustrian Airlangga Hartarto di Jakarta, Kamis (8/12/2016).",
                   published="2016-12-09")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("PT Pupuk Sriwijaya", "Airlangga Hartarto")]


def test_a_minister_handing_over_an_honour_the_president_confers_presents_it(extract):
    recs = extract("Presiden Joko Widodo menganugerahkan tanda kehormatan Satyalancana Kebaktian "
                   "Sosial kepada Wali Kota Medan. Tanda kehormatan itu diserahkan Menteri Sosial "
                   "Tri Rismaharini di Lapangan Renon, Denpasar, Kamis (20/12/2022).",
                   published="2022-12-21")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kota Medan", "Tri Rismaharini")]


def test_a_religious_harmony_forum_and_an_alms_board_of_a_region_are_their_own_winners(extract):
    recs = extract("Menteri Agama Nasaruddin Umar menyerahkan Harmony Award kepada Pemkab Sigi dan "
                   "FKUB Kabupaten Sigi di Jakarta, Kamis (4/12/2025). Baznas Kota Bitung juga "
                   "menerima penghargaan itu.", published="2025-12-05")
    assert [r["awardee"] for r in recs] == ["Kabupaten Sigi", "FKUB Kabupaten Sigi",
                                            "Baznas Kota Bitung"]


def test_runners_up_following_a_win_recalled_are_recalled_too(extract):
    recs = extract("Provinsi Gorontalo menjadi juara umum Lomba Kerukunan Korpri 2024 di Ambon, "
                   "Rabu (6/11/2024), disusul Provinsi Bali di peringkat kedua.\n\nPada lomba yang "
                   "sama tahun 2022 lalu, Gorontalo juga meraih juara umum. Disusul Maluku, Papua, "
                   "dan Aceh di peringkat kedua hingga keempat.", published="2024-11-07")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Provinsi Gorontalo", None),
                                                        ("Provinsi Bali", 2)]


def test_a_region_collecting_prizes_by_the_end_of_the_year_wins_them(extract):
    recs = extract("Pemerintah Kota Madiun mengumpulkan tiga penghargaan menjelang akhir 2023, "
                   "dimulai dengan Anugerah Parahita Ekapraya (APE).\nAPE itu diserahkan oleh "
                   "Menteri PPPA Bintang Puspayoga pada Selasa (19/12).", published="2023-12-28")
    assert [(r["awardee"], r["event_date"], r["presenter"]) for r in recs] == [
        ("Kota Madiun", "2023-12-19", "Bintang Puspayoga")]


def test_a_minister_who_gives_an_award_presents_it(extract):
    recs = extract("Menteri PPPA Yohana Yembise memberi penghargaan Anugerah Parahita Ekapraya "
                   "kepada sejumlah daerah di Jakarta, Rabu (21/12/2016). Kategori Utama diraih "
                   "Provinsi Jambi.", published="2016-12-22")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Provinsi Jambi", "Yohana Yembise")]


def test_a_women_and_children_service_unit_of_a_region_is_its_own_winner(extract):
    recs = extract("P2TP2A Kabupaten Garut mendapat penghargaan dari Kementerian PPPA di Bogor, "
                   "Jumat (22/7/2022).", published="2022-07-23")
    assert [r["awardee"] for r in recs] == ["P2TP2A Kabupaten Garut"]


@pytest.mark.parametrize("field", ["dari 12 finalis", "dari tujuh kabupaten yang lolos",
                                   "dari sembilan nominasi"])
def test_the_field_a_winner_came_out_of_is_no_shortlist(extract, field):
    recs = extract(f"Desa Wonosari meraih juara 2 Lomba Desa tingkat Provinsi Jawa Tengah {field} "
                   "di Semarang, Kamis (6/4/2023).", published="2023-04-07")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Desa Wonosari", 2)]


@pytest.mark.parametrize("handover", [
    "Bupati Kendal Dico Ganinduto didampingi oleh Ketua TP PKK Kabupaten Kendal, Nur Hidayah, "
    "menyerahkan piala",
    "Bupati Kendal Dico Ganinduto didampingi istri menyerahkan piala",
    "Sekda Kendal Dico Ganinduto, mewakili Bupati Kendal, menyerahkan piala",
    "Sekda Kendal Dico Ganinduto atas nama Bupati Kendal menyerahkan piala",
    "Asisten I Setda Kendal Dico Ganinduto yang mewakili Bupati Kendal menyerahkan piala",
    "Bupati Kendal Dico Ganinduto didampingi Ketua DPRD Kendal Mahfud Sodiq dan Kepala BPJS "
    "Ketenagakerjaan Kendal Ria Sari menyerahkan piala",
    "Bupati Kendal Dico Ganinduto didampingi Kepala BPJS Ketenagakerjaan Kendal Ria Sari serta "
    "Ketua DPRD Kendal Mahfud Sodiq menyerahkan piala",
    "Bupati Kendal, Dico Ganinduto, memimpin langsung penyerahan piala",
])
def test_the_one_who_hands_over_past_a_companion_or_the_one_stood_in_for(extract, handover):
    recs = extract("Desa Sukodadi meraih juara 1 Lomba Desa 2023. " + handover +
                   " di Pendopo Kendal, Senin (21/8/2023).", published="2023-08-22")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Desa Sukodadi", "Dico Ganinduto")]


def test_an_award_named_before_a_comma_and_a_title_is_no_name(extract):
    recs = extract("PT Panua Jaya menerima penghargaan Siddhakarya dari Pemprov Gorontalo.\nTrofi "
                   "diserahkan langsung oleh Pj Gubernur Gorontalo Ismail Pakaya di Gorontalo, "
                   "Selasa (10/12/2024).\nDua perusahaan lain juga meraih penghargaan yang sama, "
                   "yaitu PT Limboto Agro dan PT Tilamuta Jaya.\nSelain penyerahan penghargaan "
                   "Siddhakarya, Pj Gubernur juga menyerahkan piagam kepada dua usaha, yakni Toko "
                   "Roti Melati dan RM Sederhana.", published="2024-12-11")
    assert {r["presenter"] for r in recs} == {"Ismail Pakaya"}


def test_a_passive_written_apart_from_its_di_is_read_joined(extract):
    recs = extract("Kapolres Sragen AKBP Piter Yanottama menyerahkan piagam kepada pemenang lomba "
                   "video kreatif di lapangan Mapolres, Senin (13/12/21). Dimas Saputra meraih juara "
                   "pertama, juara kedua di raih oleh Rina Astuti dan juara ketiga di raih oleh "
                   "Bayu Pratama.", published="2021-12-14")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Dimas Saputra", 1), ("Rina Astuti", 2), ("Bayu Pratama", 3)]


@pytest.mark.parametrize("witnessed", ["disaksikan Menko PMK Muhadjir Effendy",
                                       ", disaksikan Menko PMK Muhadjir Effendy,"])
def test_a_minister_witnessed_by_another_hands_over_himself(extract, witnessed):
    recs = extract(f"Menteri PANRB Abdullah Azwar Anas {witnessed} menyerahkan Digital Government "
                   "Award kepada Bupati Banyuwangi Ipuk Fiestiandani di Jakarta, Senin (20/3/2023).",
                   published="2023-03-21")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Kabupaten Banyuwangi", "Abdullah Azwar Anas")]


def test_a_bare_name_a_city_shares_with_its_province_is_the_province_the_article_names(extract):
    recs = extract("Pemerintah Provinsi Bengkulu menerima APBD Award dari Kemendagri di Jakarta, "
                   "Rabu (13/3/2024). Bengkulu meraih peringkat kedua kategori pendapatan daerah.",
                   published="2024-03-14")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Provinsi Bengkulu", 2)]
    recs = extract("Kota Bengkulu menerima APBD Award dari Kemendagri di Jakarta, Rabu (13/3/2024). "
                   "Bengkulu meraih peringkat kedua kategori pendapatan daerah.",
                   published="2024-03-14")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kota Bengkulu", 2)]


def test_a_head_described_between_commas_wins_or_hands_over_past_the_description(extract):
    recs = extract("Bupati Sigi Rina Anggraini, kepala daerah perempuan pertama di Sulawesi Tengah, "
                   "meraih Anugerah Parahita Ekapraya di Jakarta, Selasa (19/12/2023).",
                   published="2023-12-20")
    assert [r["awardee"] for r in recs] == ["Kabupaten Sigi"]
    recs = extract("Kelurahan Joyotakan meraih juara 1 Lomba Kampung. Wali Kota Solo Gibran "
                   "Rakabuming, putra sulung presiden, menyerahkan piala di Balai Kota Solo, Selasa "
                   "(19/12/2023).", published="2023-12-20")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Kelurahan Joyotakan", "Gibran Rakabuming")]


def test_a_head_making_a_feat_by_winning_wins(extract):
    recs = extract("Bupati Tabanan Komang Sanjaya mengukir prestasi gemilang dengan meraih "
                   "penghargaan Manggala Karya Kencana di Semarang, Sabtu (29/6/2024).",
                   published="2024-06-30")
    assert [r["awardee"] for r in recs] == ["Kabupaten Tabanan"]


def test_the_group_a_handover_counted_is_listed_by_the_same_word(extract):
    recs = extract("Kementerian PANRB memberikan predikat WBK kepada tiga Polres di Jawa Timur di "
                   "Jakarta, Senin (10/12/2018). Ketiga Polres tersebut yakni Polres Kediri, Polres "
                   "Blitar dan Polres Malang Kota.", published="2018-12-11")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Polres Kediri", "Jawa Timur"), ("Polres Blitar", "Jawa Timur"),
        ("Polres Malang Kota", "Jawa Timur")]


def test_more_winners_named_alone_after_selain_itu(extract):
    recs = extract("Empat Polres di Jawa Tengah meraih predikat WBK di Jakarta, Senin (10/12/2018). "
                   "Keempatnya di antaranya Polres Kudus dan Polres Pati. Selain itu, Polres "
                   "Klaten dan Polres Wonogiri.", published="2018-12-11")
    assert [r["awardee"] for r in recs] == ["Polres Kudus", "Polres Pati", "Polres Klaten",
                                            "Polres Wonogiri"]


@pytest.mark.parametrize("written, awardee", [
    ("Pemprov Kep. Babel", "Provinsi Kepulauan Bangka Belitung"),
    ("Pemkab Kep. Sula", "Kabupaten Kepulauan Sula"),
    ("Pemkab Konkep", "Kabupaten Konawe Kepulauan"),
])
def test_island_regions_shortened(extract, written, awardee):
    recs = extract(f"{written} meraih penghargaan Kabupaten Layak Anak 2024 di Makassar, Selasa "
                   "(23/7/2024).", published="2024-07-24")
    assert [r["awardee"] for r in recs] == [awardee]


def test_a_region_written_out_in_the_dateline_is_where_the_story_was_filed(extract):
    recs = extract("Kota Kendari (ANTARA) - Kabupaten Buton Utara meraih predikat Terbaik II "
                   "Penghargaan Pembangunan Daerah di Aula Bahteramas, Kendari, Rabu (20/4/2022).",
                   published="2022-04-21")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Buton Utara", 2)]


def test_a_body_a_winner_won_for_doing_something_to_is_no_winner(extract):
    recs = extract("Gubernur Kalimantan Barat Sutarmidji meraih penghargaan Top Pembina BUMD 2018 "
                   "karena berhasil memajukan Bank Pembangunan Daerah (BPD) Kalbar di Balai "
                   "Kartini Jakarta, Kamis (3/5/2018).", published="2018-05-04")
    assert [r["awardee"] for r in recs] == ["Provinsi Kalimantan Barat"]


def test_a_company_s_name_ends_at_its_legal_suffix_before_its_executive(extract):
    recs = extract("Direktur Utama PT Semen Baturaja Tbk Budi Santoso menerima penghargaan PROPER "
                   "Emas dari Menteri LHK di Jakarta, Kamis (27/12/2018).", published="2018-12-28")
    assert [r["awardee"] for r in recs] == ["PT Semen Baturaja Tbk"]


def test_a_counted_group_placed_at_the_opening_places_the_winners_listed_after(extract):
    recs = extract("GRESIK - Dua desa di Kabupaten Gresik meraih penghargaan Desa Antikorupsi 2023 "
                   "dari KPK, yakni Desa Banyuurip dan Desa Sidomukti. Penghargaan diserahkan di "
                   "Jakarta, Rabu (29/11/2023).", published="2023-11-30")
    assert {r["province"] for r in recs} == {"Jawa Timur"}
    recs = extract("SRAGEN - Tiga SMP Negeri di Kabupaten Sragen meraih Adiwiyata Nasional 2023. Tiga "
                   "sekolah itu masing-masing SMPN 1 Tangen, SMPN 2 Jenar dan SMPN 3 Plupuh. "
                   "Penghargaan diserahkan di Jakarta, Jumat (15/12/2023).", published="2023-12-18")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("SMPN 1 Tangen", "Jawa Tengah"), ("SMPN 2 Jenar", "Jawa Tengah"),
        ("SMPN 3 Plupuh", "Jawa Tengah")]


def test_a_handover_told_against_last_year_s_is_this_year_s(extract):
    recs = extract("Pemerintah Kabupaten Badung meraih penghargaan Pembina K3 Terbaik 2023. Berbeda "
                   "dengan tahun lalu, penghargaan kali ini diserahkan Menaker Ida Fauziyah di "
                   "Hotel Grand Mercure Kemayoran, Kamis (22/6/2023).", published="2023-06-23")
    assert [(r["event_date"], r["presenter"]) for r in recs] == [("2023-06-22", "Ida Fauziyah")]


def test_a_headline_s_lead_in_before_a_title_is_no_name(extract):
    recs = extract("Pemkab Ngawi tiap tahun menggelar lomba kelurahan terbaik. Kali ini Kelurahan "
                   "Margomulyo keluar sebagai kelurahan terbaik pertama.",
                   title="Sambut Hari Jadi, Bupati Ngawi Serahkan Piala Lomba Kelurahan Terbaik",
                   published="2024-07-08")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kelurahan Margomulyo", None)]


def test_a_date_opening_a_fragment_after_a_stray_stop_dates_the_handover(extract):
    recs = extract("Desa Banyutengah keluar sebagai Juara 1 Lomba Desa Tahun 2023. Trofi diserahkan "
                   "oleh Bupati Gresik Fandi Akhmad Yani (Gus Yani). Rabu malam (5/4/2023) di "
                   "Pendopo Kabupaten Gresik.", published="2023-04-06")
    assert [r["event_date"] for r in recs] == ["2023-04-05"]


def test_the_pinning_of_an_honour_is_its_handover(extract):
    recs = extract("Penyematan tanda kehormatan dilakukan Mendagri Gamawan Fauzi pada apel di halaman "
                   "kantor Kemendagri, Selasa (17/8/2010) pagi. Kepala daerah yang mendapat "
                   "Satyalancana Pembangunan antara lain Bupati Sragen Untung Wiyono.",
                   published="2010-08-18")
    assert [(r["awardee"], r["event_date"], r["presenter"]) for r in recs] == [
        ("Kabupaten Sragen", "2010-08-17", "Gamawan Fauzi")]


@pytest.mark.parametrize("title, text, published", [
    ("Jelang Tutup Voting, Daerah Adu Strategi di Anugerah Pesona Indonesia",
     "Malam puncak Anugerah Pesona Indonesia 2023 akan dilaksanakan 24 November mendatang, "
     "Sabtu (30/9).\n\nDalam perebutan gelar juara umum, Provinsi Bengkulu masih bertengger di "
     "puncak klasemen, dibayangi Provinsi Lampung dan Provinsi Banten. Menurut klasemen "
     "terbaru, Provinsi Bengkulu sementara memimpin dengan 21 poin, diikuti Provinsi Lampung 18 "
     "poin dan Banten 15 poin.", "2023-09-30"),
    ("Dukung Pesona Sabang di Anugerah Pesona Indonesia",
     "Anugerah Pesona Indonesia 2021 sudah dimulai. Pemkot berharap Sabang kembali membawa "
     "pulang penghargaan tahun ini, seperti tahun sebelumnya yang dimenangkan oleh Desa Iboih "
     "sebagai destinasi terpopuler Anugerah Pesona Indonesia 2020.", "2021-07-06"),
    ("Kabupaten Kulon Progo Sabet Peringkat Pertama Penilaian Administrasi KLA",
     "Kabupaten Kulon Progo akan menjalani verifikasi lapangan Kabupaten Layak Anak pada Juli "
     "2023.", "2023-04-04"),
    ("Kota Bitung Raih Nilai Tertinggi Tahap I Penghargaan Pembangunan Daerah",
     "Kota Bitung berhak maju ke tahap presentasi dan wawancara di Jakarta.", "2023-02-28"),
    ("Dinilai Baik oleh Provinsi, Desa Sidomulyo Kini Jalani Uji Petik KPK",
     "Desa Sidomulyo menjadi satu dari tiga desa wakil Jawa Timur sebagai desa antikorupsi, "
     "setelah memenuhi semua indikator KPK. Tim KPK memantau hasil penilaian di desa itu pada "
     "Selasa (29/10/2024).", "2024-10-30"),
    ("Masuk Tahap Akhir Penilaian Satyalancana, Bupati Yuli Beberkan Inovasi dan Capaian "
     "Purworejo",
     "Pada rangkaian penilaian itu, tim Kemendagri memverifikasi kondisi lapangan Kabupaten "
     "Purworejo pada Selasa (4/11/2025).", "2025-11-05"),
    ("Pendaftaran Anugerah Kebudayaan PWI Dibuka",
     "Dari HPN 2016 sampai HPN 2022, sudah 36 bupati dan wali kota yang menerima penghargaan "
     "tersebut. Di antaranya Wali Kota Surabaya Tri Rismaharini dan Bupati Batang Yoyok Riyo "
     "Sudibyo.", "2022-09-07"),
    (None, "Ngawi – Kampung KB di Desa Sekaralas, Kecamatan Widodaren, menjadi wakil Kabupaten "
     "Ngawi dan masuk dalam 3 besar lomba Kampung KB tingkat Provinsi Jawa Timur 2025.\nTim "
     "juri provinsi meninjau lokasi itu pada Jumat (16/5/2025).", "2025-05-16"),
    (None, "Program Sekolah Lapang Iklim menjadikan Kabupaten Sumbawa terpilih sebagai "
     "penerima Asia Climate Resilience Award dan akan diserahkan dalam konferensi regional di "
     "Bangkok pada 20 Mei 2024 mendatang.", "2024-04-12"),
    ("Menteri LH Tinjau Bitung",
     "Saat meninjau Kota Bitung, Jumat, Menteri Lingkungan Hidup Hanif Faisol menilai kota itu "
     "layak meraih kembali Piala Adipura.", "2025-02-08"),
])
def test_rounds_still_running_and_past_laureates_give_no_record(extract, title, text, published):
    assert extract(text, title=title, published=published) == []


def test_a_rank_s_region_after_the_rank_is_its_scope(extract):
    recs = extract("Kabupaten Subang meraih penghargaan Pembangunan Daerah (PPD) Terbaik III Jawa "
                   "Barat Tahun 2024 di Bandung, Senin (22/4/2024).", published="2024-04-23")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Subang", 3)]
    # but a list going on without its verb names a rank and its winner
    recs = extract("Paritrana Award 2022 kategori pemerintah provinsi terbaik I diraih Provinsi "
                   "Riau, terbaik II Provinsi Jambi dan terbaik III Provinsi Lampung.",
                   published="2022-11-20")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Riau", 1), ("Provinsi Jambi", 2), ("Provinsi Lampung", 3)]


def test_a_quote_counting_the_nominees_does_not_make_the_winners_list_a_nomination(extract):
    recs = extract("Pemprov Kalimantan Tengah memberikan anugerah Siddhakarya kepada tiga perusahaan."
                   "\n\n\"Tahun ini ada 12 nominasi, namun hanya tiga yang ditetapkan,\" kata Asisten "
                   "Perekonomian Rudi Hartono di Palangka Raya, Senin.\n\nAdapun perusahaan yang "
                   "mendapat anugerah Siddhakarya, yakni PT Kapuas Mandiri dan PT Barito Sejahtera.",
                   published="2022-12-12")
    assert [r["awardee"] for r in recs] == ["PT Kapuas Mandiri", "PT Barito Sejahtera"]


def test_more_winners_after_selain_itu_juga_ada(extract):
    recs = extract("Top BUMD Awards 2022 diberikan di Hotel Raffles, Jakarta, Jumat (9/9). Ada "
                   "beberapa BUMD yang meraih penghargaan tertinggi, yakni Top BUMD bintang 5.\n\n"
                   "BUMD tersebut adalah PDAM Tirta Mahakam dan Bank Jatim.\n\nSelain itu juga ada, "
                   "Bank Sumut, serta RSUD Soedono Madiun.", published="2022-09-10")
    assert [r["awardee"] for r in recs] == ["PDAM Tirta Mahakam", "Bank Jatim", "Bank Sumut",
                                            "RSUD Soedono Madiun"]


def test_water_utilities_written_perumdam(extract):
    recs = extract("Top BUMD Awards 2022 diberikan di Hotel Raffles, Jakarta, Jumat (9/9). BUMD "
                   "peraih Top BUMD bintang 5 adalah Perumdam Tirta Sari Kabupaten Bekasi dan "
                   "Perumdam Tirta Lestari Kota Tegal.", published="2022-09-10")
    assert [r["awardee"] for r in recs] == ["Perumdam Tirta Sari Kabupaten Bekasi",
                                            "Perumdam Tirta Lestari Kota Tegal"]


def test_a_directorate_s_fields_joined_by_dan_are_no_name(extract):
    recs = extract("Provinsi Jambi meraih penghargaan Desa Sadar Pemilu. Penghargaan diberikan oleh "
                   "Ditjen Politik dan Pemerintahan Umum Kemendagri di Jakarta, Kamis (7/12/2023).",
                   published="2023-12-08")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Provinsi Jambi", None)]


def test_ia_after_a_head_of_region_wins_for_the_region(extract):
    recs = extract("Bupati Kapuas Wiyatno kembali mencetak prestasi nasional. Ia menerima penghargaan "
                   "Inovasi Membangun Negeri 2025 di Jakarta, Jumat, 14 November 2025 malam.",
                   published="2025-11-18")
    assert [r["awardee"] for r in recs] == ["Kabupaten Kapuas"]


def test_keduanya_after_two_heads_named_wins_for_their_regions(extract):
    recs = extract("Peringatan Hari Otonomi Daerah berlangsung di Balai Kota Surabaya pada Kamis pagi, "
                   "25 April 2024.\nWali Kota Madiun Maidi dan Bupati Ngawi Ony Anwar tampak hadir. "
                   "Keduanya menerima penghargaan Satyalancana Karya Bhakti Praja Nugraha dari "
                   "Mendagri Tito Karnavian.", published="2024-04-25")
    assert [r["awardee"] for r in recs] == ["Kota Madiun", "Kabupaten Ngawi"]


def test_villages_listed_before_one_regency_lie_in_its_province(extract):
    recs = extract("Desa Mekarjaya, Kecamatan Weru, dan Desa Cikajang, Kabupaten Garut, meraih "
                   "penghargaan Anubhawa Sasana Desa di Bandung, Kamis (3/11/2022).",
                   published="2022-11-04")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Desa Mekarjaya", "Jawa Barat"), ("Desa Cikajang", "Jawa Barat")]


def test_two_villages_pointed_back_to_by_a_count(extract):
    recs = extract("Desa Karangsari dan Desa Tegalwangi, Kabupaten Cirebon, raih prestasi "
                   "membanggakan. Dua desa itu mendapat predikat Desa Sadar Hukum Tahun 2022 dari "
                   "Kemenkumham RI di Bandung, Kamis (3/11/2022).", published="2022-11-04")
    assert [r["awardee"] for r in recs] == ["Desa Karangsari", "Desa Tegalwangi"]


def test_the_head_of_the_civil_police_receiving_for_the_governor_wins_nothing(extract):
    recs = extract("Pemerintah Provinsi Maluku meraih penghargaan PPKM Award terbaik II wilayah timur di "
                   "Jakarta, Senin (20/3/2023).\n\nAdapun yang menerima penghargaan tersebut adalah "
                   "Kasatpol PP Roy Siauta mewakili Gubernur Maluku.", published="2023-03-24")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Provinsi Maluku", 2)]


def test_a_governor_s_rotating_trophy_is_no_win_of_the_province(extract):
    recs = extract("Kabupaten Paser meraih juara umum Lomba Kampung Bersinar tingkat Kaltim. Piala "
                   "bergilir Gubernur Kaltim berhasil diboyong Paser pada Sabtu (14/09/2024) di Gedung "
                   "Kesenian Balikpapan.", published="2024-09-15")
    assert [r["awardee"] for r in recs] == ["Kabupaten Paser"]


def test_an_award_read_out_at_a_meeting_is_dated_and_placed_there(extract):
    recs = extract("Maluku Utara mendapat penghargaan TPID Award 2021 sebagai provinsi terbaik di kawasan "
                   "timur.\n\nPenghargaan ini dibacakan dalam Rakornas Pengendalian Inflasi 2021 di "
                   "Istana Negara, Jakarta, pada Rabu 25 Agustus 2021.", published="2021-08-26")
    assert [(r["event_date"], r["venue"]) for r in recs] == [("2021-08-25", "Istana Negara, Jakarta")]


def test_a_chance_to_win_is_no_win(extract):
    recs = extract("Tim Klarifikasi Lapangan Kemendagri mengunjungi Desa Sukarara untuk melakukan "
                   "penilaian Lomba Desa tingkat Nasional, Selasa (11/7/2023). Menurut ketua tim "
                   "penilai, Desa Sukarara memiliki peluang menjadi Juara.", published="2023-07-12")
    assert recs == []


def test_present_to_receive_is_no_plan(extract):
    recs = extract("Pemprov Maluku Utara meraih penghargaan Gerakan Bendera Merah Putih di Hotel "
                   "Aryaduta, Padang, Sabtu, 31 Agustus 2024.\nPj Gubernur datang sendiri untuk "
                   "menerima penghargaan itu dari Dirjen Politik dan Pemerintahan Umum, Kemendagri "
                   "RI, Bahtiar Rahman, mewakili Menteri Dalam Negeri.",
                   published="2024-09-02")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Provinsi Maluku Utara", "Bahtiar Rahman")]


def test_the_company_pointed_back_to_after_an_opening_phrase(extract):
    recs = extract("Samarinda — PT Kutai Energi Lestari kembali membuktikan komitmennya menjaga "
                   "lingkungan. Pada peringatan Hari Lingkungan Hidup Sedunia 2025, perusahaan tambang "
                   "itu menyabet dua Proper Emas di Samarinda, Senin (23/6/2025).",
                   published="2025-06-23")
    assert [r["awardee"] for r in recs] == ["PT Kutai Energi Lestari"]


def test_a_governor_witnessing_the_handover_wins_nothing(extract):
    recs = extract("PT Semen Gresik menerima anugerah Jatim Peduli Award 2022.\nAnugerah diserahkan "
                   "oleh Sekretaris Daerah Provinsi Jawa Timur, Adhy Karyono kepada Direktur Utama PT "
                   "Semen Gresik, Bambang Irawan di Surabaya, yang disaksikan langsung oleh Gubernur "
                   "Jawa Timur, Khofifah Indar Parawansa.", published="2022-10-14")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("PT Semen Gresik", "Adhy Karyono")]


def test_a_council_of_the_province_giving_the_award_wins_nothing(extract):
    recs = extract("Pemerintah Kota Bengkulu meraih penghargaan dari Badan Musyawarah Adat Provinsi "
                   "Bengkulu sebagai pemerintah daerah terbaik dalam pembinaan lembaga adat. "
                   "Penghargaan diserahkan Gubernur Bengkulu Helmi Hasan di Balai Semarak Bengkulu, "
                   "Minggu (7/7/2024).", published="2024-07-08")
    assert [r["awardee"] for r in recs] == ["Kota Bengkulu"]


def test_a_village_word_in_an_office_s_fields_is_no_village(extract):
    recs = extract("Gampong Lamreh, Kecamatan Mesjid Raya, Aceh Besar, meraih juara I lomba desa tingkat "
                   "Aceh 2019. Piala juara 1 diserahkan oleh Kepala Dinas Pemberdayaan Masyarakat dan Gampong "
                   "Aceh, Saiful Amri di Banda Aceh, Senin (14/10/2019).", published="2019-10-15")
    assert [r["awardee"] for r in recs] == ["Gampong Lamreh"]


def test_a_regency_written_with_its_number_in_digits(extract):
    recs = extract("Nagari Batu Hampar Kab. 50 Kota meraih Juara 1 Lomba Desa tingkat nasional di "
                   "Denpasar, Rabu (9/10/2024).", published="2024-10-10")
    assert [(r["awardee"], r["province"]) for r in recs] == [("Nagari Batu Hampar", "Sumatera Barat")]


@pytest.mark.parametrize("next_step", ["dan akan melaju ke tingkat nasional",
                                       "sehingga berhak maju ke tingkat nasional"])
def test_a_next_round_after_a_win_in_its_own_clause_plans_nothing(extract, next_step):
    # a page without a headline: its lede is the win
    recs = extract(f"Kota Sungai Penuh meraih terbaik II Paritrana Award 2024 tingkat Provinsi "
                   f"Jambi {next_step}.", published="2024-08-20")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kota Sungai Penuh", 2)]
    # a win that is itself still to come stays a plan
    assert extract("Kota Sungai Penuh akan meraih Paritrana Award 2024 tingkat Provinsi Jambi.",
                   published="2024-08-20") == []


@pytest.mark.parametrize("written", ["Pemerintah Kota Administrasi Jakarta Utara",
                                     "Pemkot Administrasi Jakarta Utara", "Kota Adm. Jakarta Utara"])
def test_a_jakarta_city_with_its_administrative_kind(extract, written):
    recs = extract(f"{written} meraih terbaik ketiga Paritrana Award 2022 kategori pemerintah "
                   "kabupaten/kota.", published="2022-11-20")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Kota Administrasi Jakarta Utara", "DKI Jakarta")]


def test_the_head_a_winning_body_is_led_by_hands_nothing_over(extract):
    recs = extract("Pemprov Gorontalo yang dipimpin Gubernur Rusli Habibie kembali meraih "
                   "penghargaan Adipura. Penghargaan diserahkan di Jakarta, Kamis (23/1/2020).",
                   published="2020-01-24")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Provinsi Gorontalo", None)]
    # but one leading the handover hands it over
    recs = extract("Kabupaten Boalemo meraih penghargaan Adipura. Penyerahan penghargaan yang "
                   "dipimpin oleh Gubernur Gorontalo Rusli Habibie berlangsung di Limboto, Kamis "
                   "(23/1/2020).", published="2020-01-24")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kabupaten Boalemo", "Rusli Habibie")]


def test_regions_left_in_a_lesser_zone_win_nothing(extract):
    text = ("Kepala Ombudsman RI Perwakilan Jambi menyerahkan piagam kepatuhan kepada Bupati Tebo "
            "di Jambi, Kamis (16/2/2023). Tiga pemda masuk zona hijau yaitu Kabupaten Tebo, "
            "Kabupaten Bungo dan Kota Jambi. Satu daerah masuk zona merah yaitu Kabupaten "
            "Kerinci. Sisanya masuk kategori zona kuning yaitu Kabupaten Merangin dan Kabupaten "
            "Sarolangun.")
    recs = extract(text, published="2023-02-17")
    assert sorted(r["awardee"] for r in recs) == ["Kabupaten Bungo", "Kabupaten Tebo", "Kota Jambi"]
    # a region that rose from one wins
    recs = extract("Kabupaten Bungo meraih predikat kepatuhan tinggi dari Ombudsman, naik dari "
                   "zona kuning ke zona hijau.", published="2023-02-17")
    assert [r["awardee"] for r in recs] == ["Kabupaten Bungo"]


def test_a_count_recorded_now_is_no_recall(extract):
    text = ("Kepala Ombudsman RI Perwakilan Riau menyerahkan piagam kepatuhan kepada sejumlah "
            "kepala daerah di Pekanbaru, Jumat (28/1/2022). Tercatat dua kabupaten masuk zona "
            "hijau, yaitu Kabupaten Siak dan Kabupaten Kampar.")
    recs = extract(text, published="2022-01-29")
    assert [r["awardee"] for r in recs] == ["Kabupaten Siak", "Kabupaten Kampar"]
    # but a count of past wins recalls them
    assert extract("Tercatat sudah lima kali Kabupaten Siak meraih opini WTP.",
                   published="2022-01-29") == []


@pytest.mark.parametrize("text", [
    "Ombudsman RI menganugerahi Pemprov Riau predikat Opini Pengawasan Penyelenggaraan Pelayanan "
    "Publik Tahun 2024 di Jakarta, Kamis (14/11/2024).",
    "Ombudsman RI memberikan Opini Pengawasan Penyelenggaraan Pelayanan Publik Tahun 2024 kepada "
    "Pemprov Riau di Jakarta, Kamis (14/11/2024).",
])
def test_a_verb_conferring_on_its_object_names_the_winner(extract, text):
    recs = extract(text, published="2024-11-15")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [("Provinsi Riau", "2024-11-14")]


def test_a_subdistrict_named_by_its_government_wins(extract):
    recs = extract("Bupati Soppeng menyerahkan piala lomba pelayanan kecamatan di Watansoppeng, Selasa "
                   "(18/8/2020). Juara pertama diraih Pemerintah Kecamatan Lilirilau, juara kedua "
                   "diraih Kecamatan Donri-Donri.", published="2020-08-19")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kecamatan Lilirilau", 1), ("Kecamatan Donri-Donri", 2)]


def test_a_regency_in_its_one_word_local_spelling(extract):
    recs = extract("Kabupaten Waykanan meraih penghargaan Adipura di Jakarta, Senin (14/1/2019).",
                   published="2019-01-15")
    assert [(r["awardee"], r["province"]) for r in recs] == [("Kabupaten Way Kanan", "Lampung")]


@pytest.mark.parametrize("text, winner", [
    ("Poktan Tunas Makmur asal Kabupaten Blora meraih juara 1 lomba kelompok tani berprestasi "
     "tingkat Provinsi Jawa Tengah.", "Poktan Tunas Makmur"),
    ("Gapoktan Karya Tani asal Kabupaten Blora meraih juara 1 lomba gapoktan berprestasi tingkat "
     "Provinsi Jawa Tengah.", "Gapoktan Karya Tani"),
    # its village or regency after a comma, the verb right after: where it is
    ("Pokdarwis Sendang Asri, Desa Ngawen meraih juara 1 lomba pokdarwis tingkat Provinsi Jawa "
     "Tengah.", "Pokdarwis Sendang Asri"),
    ("Pokdakan Mina Sejahtera, Kabupaten Blora meraih juara 1 lomba pokdakan berprestasi tingkat "
     "Provinsi Jawa Tengah.", "Pokdakan Mina Sejahtera"),
])
def test_farmer_fisher_and_tourism_groups_by_their_short_heads(extract, text, winner):
    recs = extract(text, published="2022-11-06")
    assert [(r["awardee"], r["rank"], r["province"]) for r in recs] == [(winner, 1, "Jawa Tengah")]


def test_the_tourism_village_contest_is_its_own_and_its_region_the_round_s(extract):
    recs = extract("Juara pertama lomba desa wisata Kabupaten Bantul adalah Desa Wisata Kebon "
                   "Agung, juara kedua Desa Wisata Tembi.", published="2018-03-23")
    assert [(r["award"], r["awardee"], r["rank"]) for r in recs] == [
        ("Lomba Desa Wisata", "Desa Wisata Kebon Agung", 1),
        ("Lomba Desa Wisata", "Desa Wisata Tembi", 2)]


def test_bare_regions_listed_after_seperti_under_their_kinds(extract):
    recs = extract("Menteri LHK memberikan penghargaan pembina Sekolah Adiwiyata kepada sejumlah "
                   "kepala daerah di Jakarta, Sabtu (10/8/2024). Penerimanya antara lain Provinsi "
                   "Jambi, serta beberapa kabupaten dan kota lain, seperti Banyumas dan Bontang.",
                   published="2024-08-12")
    assert [r["awardee"] for r in recs] == ["Provinsi Jambi", "Kabupaten Banyumas", "Kota Bontang"]


def test_a_prize_becoming_proof_of_something_is_no_win(extract):
    text = ("Pemkot Pekalongan kembali berbangga. Anugerah Pesona Indonesia 2020 menjadi bukti "
            "pariwisata Pekalongan diperhitungkan. Kepala Dinas Pariwisata menyebut Pekalongan "
            "masuk nominasi kategori wisata sejarah.")
    assert extract(text, published="2020-07-03") == []
    recs = extract("Kota Pekalongan menjadi juara 1 Anugerah Pesona Indonesia 2020.",
                   published="2020-07-03")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kota Pekalongan", 1)]


@pytest.mark.parametrize("carried", ["yang telah membawa Kabupaten Gowa menjadi",
                                     "mengharumkan nama Kabupaten Gowa dengan meraih"])
def test_a_region_a_winner_carries_wins_nothing(extract, carried):
    recs = extract(f"Desa Bontomanai {carried} Juara 1 lomba desa tingkat Provinsi Sulawesi "
                   "Selatan.", published="2023-09-21")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Desa Bontomanai", 1)]


def test_a_trophy_paraded_at_home_is_no_handover_s_place_or_day(extract):
    text = ("Warga memadati jalan saat piala Adipura diarak keliling kota Sinjai, Selasa "
            "(15/1/2019). Setibanya di Kantor Bupati, piala dipajang di halaman kantor Bupati lalu "
            "diserahkan kepada Ketua DPRD Sinjai Andi Jusman. Bupati Andi Seto menyebut Adipura "
            "itu milik seluruh warga Kabupaten Sinjai.")
    recs = extract(text, published="2019-01-15")
    assert [(r["awardee"], r["event_date"], r["venue"]) for r in recs] == [
        ("Kabupaten Sinjai", None, None)]


def test_a_trophy_carried_home_in_procession_after_a_planned_handover(extract):
    text = ("Kabupaten Majalengka kembali meraih penghargaan Adipura 2018. Piala itu akan "
            "diserahkan Wakil Presiden Jusuf Kalla pada Senin (14/01/2019) di Gedung Manggala "
            "Wanabakti, Jakarta. Usai diterima, piala itu akan dikirab ke Pendopo Kabupaten "
            "Majalengka pada Selasa (15/01/2019).")
    recs = extract(text, published="2019-01-12")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [
        ("Kabupaten Majalengka", "2019-01-14")]


@pytest.mark.parametrize("written", ["Kotamadya Medan", "Kota Madya Medan"])
def test_a_city_by_its_old_kind(extract, written):
    recs = extract(f"{written} meraih Juara I lomba kebersihan pasar tingkat Provinsi Sumatera "
                   "Utara.", published="2019-07-22")
    assert [(r["awardee"], r["province"]) for r in recs] == [("Kota Medan", "Sumatera Utara")]


def test_a_province_closing_an_award_s_edition_is_the_round_s(extract):
    recs = extract("Pemkab Ngawi meraih penghargaan dalam Penganugerahan Keterbukaan Informasi "
                   "Publik KI Awards Tahun 2021 Provinsi Jawa Timur yang digelar secara virtual, "
                   "Rabu (1/12/2021).", published="2021-12-01")
    assert [r["awardee"] for r in recs] == ["Kabupaten Ngawi"]


def test_the_office_handing_over_is_named_in_a_later_quote_s_attribution(extract):
    text = ("Bupati Kudus Hartopo menerima penghargaan Satyalancana Karya Bhakti Praja Nugraha "
            "dari Presiden RI. Penghargaan itu diserahkan oleh Menteri Dalam Negeri (Mendagri) "
            "pada upacara Hari Otonomi Daerah, Senin (25/4) di Gedung Kemendagri, Jakarta.\n"
            "\"Mereka kepala daerah yang berhasil,\" kata Menteri Dalam Negeri, Tito Karnavian "
            "dalam acara itu.")
    recs = extract(text, published="2022-04-26")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kabupaten Kudus", "Tito Karnavian")]


def test_penyerahannya_hands_over_and_penerimaan_oleh_receives(extract):
    recs = extract("Pemerintah Kabupaten Belu mendapat penghargaan Kabupaten Peduli HAM. Acara "
                   "nasionalnya digelar secara virtual. Penyerahannya dilakukan langsung oleh Wakil "
                   "Gubernur NTT, Yosef Nai Soi di Kantor Wilayah Kemenkumham NTT di Kupang.",
                   published="2020-12-19")
    assert [(r["presenter"], r["venue"]) for r in recs] == [
        ("Yosef Nai Soi", "Kantor Wilayah Kemenkumham NTT di Kupang")]
    recs = extract("Penerimaan Penghargaan oleh Wakil Gubernur NTT, Johni Asadoma, di Hotel Mulia, "
                   "Jakarta |\nProvinsi NTT meraih juara pertama kategori Industri Halal pada "
                   "Anugerah Adinata Syariah 2025.", published="2025-05-27")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Provinsi Nusa Tenggara Timur", None)]


@pytest.mark.parametrize("text, venue", [
    ("Kabupaten Kendal meraih penghargaan Parasamya Purnakarya Nugraha yang diserahkan di "
     "alun-alun Kota Malang, Senin (24/4/2017).", "alun-alun Kota Malang"),
    ("Pemprov Bengkulu menerima opini WTP dari BPK RI pada rapat paripurna istimewa DPRD "
     "Provinsi Bengkulu, di ruang rapat paripurna DPRD Provinsi Bengkulu, Rabu (30/5/2018).",
     "ruang rapat paripurna DPRD Provinsi Bengkulu"),
])
def test_a_square_or_a_plenary_hall_is_the_venue_and_no_winner(extract, text, venue):
    recs = extract(text, published="2018-05-31")
    assert [r["venue"] for r in recs] == [venue]


def test_the_village_head_who_received_the_award_hands_nothing_over(extract):
    recs = extract("Desa Sukamaju meraih juara 1 Lomba Desa tingkat Provinsi Jawa Barat 2023. Desa "
                   "yang dipimpin Kades Asep Saepudin ini mengungguli 27 desa lain.\n\nPenghargaan "
                   "diterima langsung oleh Asep Saepudin di Gedung Sate, Bandung, Kamis (17/8/2023).",
                   published="2023-08-20")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Desa Sukamaju", None)]


@pytest.mark.parametrize("text, winner, rank", [
    ("Desa Ponggok, Kabupaten Klaten, dinobatkan sebagai Juara 2 Desa Brilian Nasional tahun 2023 "
     "di Jakarta, Kamis (14/12/2023).", "Desa Ponggok", 2),
    ("Desa Ponggok, Kabupaten Klaten, sukses meraih Juara I Nasional Desa Digital tahun 2023.",
     "Desa Ponggok", 1),
])
def test_village_awards_named_desa_are_no_villages(extract, text, winner, rank):
    recs = extract(text, published="2023-12-16")
    assert [(r["awardee"], r["rank"]) for r in recs] == [(winner, rank)]


def test_two_heads_looking_on_as_they_receive_both_win(extract):
    recs = extract("Bupati Blora Arief Rohman dan Wali Kota Salatiga Yuliyanto tampak kompak menerima "
                   "penghargaan Satyalancana Karya Bhakti Praja Nugraha di Gedung Kemendagri, "
                   "Jakarta, Sabtu (28/10/2017).", published="2017-10-28")
    assert [r["awardee"] for r in recs] == ["Kabupaten Blora", "Kota Salatiga"]


def test_a_ranked_win_and_a_place_among_the_best_in_one_sentence(extract):
    recs = extract("Kabupaten Siak meraih juara 2 lomba desa wisata tingkat nasional dan masuk 10 "
                   "besar terbaik nasional.", published="2025-12-16")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Siak", 2)]
    # a shortlist alone is still none
    assert extract("Desa Wisata Koto Sentajo masuk nominasi dan masuk lima besar ADWI 2024.",
                   published="2025-12-16") == []


def test_a_group_of_winners_a_ministry_announced_listed_after(extract):
    recs = extract("Kementerian Dalam Negeri mengumumkan tiga daerah peraih penghargaan Parasamya "
                   "Purnakarya Nugraha pada Peringatan Hari Otonomi Daerah di Kota Malang, Senin "
                   "(24/4/2017).\nTiga daerah tersebut masing-masing Kabupaten Kendal, Kabupaten "
                   "Gowa dan Kota Balikpapan.", published="2017-04-24")
    assert [r["awardee"] for r in recs] == ["Kabupaten Kendal", "Kabupaten Gowa", "Kota Balikpapan"]


def test_the_office_a_winner_acts_through_is_the_same_winner(extract):
    recs = extract("Pemkab Sinjai, dalam hal ini Dinas Kesehatan, meraih penghargaan Top 40 Inovasi "
                   "Pelayanan Publik 2017 di Surakarta, Jumat (25/8/2017).", published="2017-08-26")
    assert [r["awardee"] for r in recs] == ["Kabupaten Sinjai"]


def test_a_body_serving_the_whole_country_takes_no_province_from_the_story(extract):
    recs = awardees(extract(
        "Arsip Nasional memberikan Anugerah Kearsipan 2022 di Pekanbaru, Rabu (18/5/2022). "
        "Penerima penghargaan itu antara lain Dinas Kearsipan Kabupaten Sleman dan Lembaga "
        "Penerbangan dan Antariksa Nasional.", published="2022-05-19"))
    assert recs["Lembaga Penerbangan dan Antariksa Nasional"]["province"] is None
    assert recs["Dinas Kearsipan Kabupaten Sleman"]["province"] == "Daerah Istimewa Yogyakarta"


def test_the_receivers_of_an_award_handed_over_named_after_it(extract):
    recs = extract("Gubernur memberikan Anugerah Kearsipan 2022 di Pekanbaru, Rabu (18/5/2022). "
                   "Penerimanya antara lain Dinas Kearsipan Kabupaten Sleman dan Kota Yogyakarta.",
                   published="2022-05-19")
    assert [r["awardee"] for r in recs] == ["Dinas Kearsipan Kabupaten Sleman", "Kota Yogyakarta"]
    # the wage earners of a social-security story win nothing
    assert extract("BPJS Ketenagakerjaan menyerahkan santunan di Pekanbaru. Penerima upah antara "
                   "lain Dinas Kearsipan Kabupaten Sleman dan Kota Yogyakarta.",
                   published="2022-05-19") == []


def test_a_lede_in_capitals_naming_the_family_planning_board_is_no_plan(extract):
    recs = extract("SLEMAN - Pemerintah Kabupaten (Pemkab) Magelang Meraih Penghargaan Manggala "
                   "Karya Kencana dari Badan Kependudukan dan Keluarga Berencana Nasional (BKKBN). "
                   "Piagamnya diserahkan Kepala BKKBN Hasto Wardoyo di Palembang, Selasa "
                   "(4/7/2023).", published="2023-07-05")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kabupaten Magelang",
                                                                "Hasto Wardoyo")]


def test_appreciation_given_as_an_award_hands_it_over(extract):
    text = ("Menteri Desa Yandri Susanto memberikan apresiasi berupa penghargaan kepada Desa "
            "Sukamaju, Kabupaten Garut, di Jakarta, Rabu (4/9/2024).")
    assert [r["presenter"] for r in extract(text, published="2024-09-05")] == ["Yandri Susanto"]
    # appreciation alone hands nothing over
    text = ("Menteri Desa Yandri Susanto memberikan apresiasi kepada Desa Sukamaju, Kabupaten "
            "Garut, yang meraih penghargaan Desa Antikorupsi di Jakarta, Rabu (4/9/2024).")
    assert [r["presenter"] for r in extract(text, published="2024-09-05")] == [None]


def test_a_contest_in_lower_case_before_the_verb_its_winners_take_it_with(extract):
    recs = extract("Juara 1 lomba kebun sekolah diraih Desa Sukadana, juara 2 diraih Desa "
                   "Pringgasela. Piala diserahkan Bupati Lombok Timur di Selong, Senin "
                   "(14/8/2023).", published="2023-08-15")
    assert [(r["award"], r["awardee"], r["rank"]) for r in recs] == [
        ("Lomba Kebun Sekolah", "Desa Sukadana", 1), ("Lomba Kebun Sekolah", "Desa Pringgasela", 2)]
    for placed in ("Dalam", "Pada"):
        recs = extract(f"{placed} lomba kebun sekolah, juara I diraih Desa Mekarsari.",
                       published="2023-08-15")
        assert [(r["award"], r["awardee"], r["rank"]) for r in recs] == [
            ("Lomba Kebun Sekolah", "Desa Mekarsari", 1)]


@pytest.mark.parametrize("text", [
    "Desa Sungai Rangas, Kabupaten Banjar, meraih penghargaan Peringkat I Desa Berkinerja Baik "
    "Regional 2 di Jakarta, Rabu (4/9/2024).",
    "Desa Sungai Rangas, Kabupaten Banjar, meraih juara I Lomba Perpustakaan Desa/Kelurahan "
    "Nasional 2024 di Jakarta, Rabu (4/9/2024).",
])
def test_a_village_head_before_standing_words_and_numbers_names_no_village(extract, text):
    assert [r["awardee"] for r in extract(text, published="2024-09-05")] == ["Desa Sungai Rangas"]


@pytest.mark.parametrize("office", ["BPBD", "Satpol PP", "Bappeda"])
def test_a_province_s_own_office_stands_for_the_province(extract, office):
    recs = extract(f"{office} Provinsi Bali meraih penghargaan dari Kemendagri di Bogor, Kamis "
                   "(2/3/2023).", published="2023-03-03")
    assert [r["awardee"] for r in recs] == ["Provinsi Bali"]
    # a national body's branch in the province is none
    recs = extract("Perwakilan BKKBN Provinsi Bali menyerahkan penghargaan kepada Kabupaten "
                   "Badung di Denpasar, Kamis (2/3/2023).", published="2023-03-03")
    assert [r["awardee"] for r in recs] == ["Kabupaten Badung"]


def test_regions_named_by_pemda_or_pemerintah_win(extract):
    recs = extract("Ombudsman menyerahkan piagam predikat kepatuhan tinggi kepada Pemda Provinsi Jambi, "
                   "Pemda Kabupaten Tebo dan Pemda Kota Sungai Penuh di Jambi, Selasa (18/1/2022).",
                   published="2022-01-18")
    assert [r["awardee"] for r in recs] == ["Provinsi Jambi", "Kabupaten Tebo", "Kota Sungai Penuh"]
    for written in ("Pemda Sleman", "Pemerintah Sleman"):
        recs = extract(f"{written} meraih predikat A SAKIP di Jakarta, Selasa (18/1/2022).",
                       published="2022-01-18")
        assert [r["awardee"] for r in recs] == ["Kabupaten Sleman"]
    # a bare name a regency and a city share says neither
    assert extract("Pemda Malang meraih predikat A SAKIP di Jakarta, Selasa (18/1/2022).",
                   published="2022-01-18") == []


@pytest.mark.parametrize("quoted", ["'Best Governor for Rural Development'",
                                    "“Best Governor for Rural Development”"])
def test_an_award_named_in_quotes_after_its_head_word(extract, quoted):
    recs = extract(f"Gubernur Jambi Al Haris menerima anugerah {quoted} dari Menteri BUMN Erick "
                   "Thohir di Jakarta, Rabu (24/11/2021).", published="2021-11-25")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Provinsi Jambi", "Erick Thohir")]


def test_winners_of_clauses_whose_win_verb_was_left_out(extract):
    recs = extract("Menteri menyerahkan Anugerah Layanan Investasi 2021 di Jakarta, Rabu (24/11/2021). "
                   "Kategori provinsi dimenangkan oleh Provinsi Bali, kategori kabupaten oleh "
                   "Kabupaten Siak, dan kategori kota diraih oleh Kota Pontianak.",
                   published="2021-11-25")
    assert [r["awardee"] for r in recs] == ["Provinsi Bali", "Kabupaten Siak", "Kota Pontianak"]
    # who hands it over after such a clause is no winner
    recs = extract("Anugerah Layanan Investasi kategori provinsi dimenangkan oleh Provinsi Bali, "
                   "sedangkan piala diserahkan oleh Pemprov Riau di Pekanbaru, Rabu (24/11/2021).",
                   published="2021-11-25")
    assert [r["awardee"] for r in recs] == ["Provinsi Bali"]


def test_an_award_named_again_with_more_words_is_the_same_award(extract):
    recs = extract("Pemprov Riau memenangi KPPU Award 2020 setelah ditetapkan sebagai Pemenang Juara "
                   "Kategori Kemitraan KPPU Award Provinsi. Penghargaan KPPU Award Nindya tersebut "
                   "diterima Gubernur Riau Syamsuar di Hotel Westin, Jakarta, Selasa (15/12/2020).",
                   published="2020-12-16")
    assert [(r["award"], r["awardee"]) for r in recs] == [("KPPU Award", "Provinsi Riau")]


def test_many_wins_before_recalled_add_no_record(extract):
    recs = extract("Pemkab Siak memperoleh Anugerah Layanan Investasi 2021 yang diserahkan Presiden "
                   "Joko Widodo di Hotel Ritz Carlton, Rabu (24/11/2021). Kepala DPMPTSP Siak Hendra "
                   "Putra, Kamis (25/11/2021), menuturkan Siak sudah berkali-kali memperoleh "
                   "Investment Award.", published="2021-11-26")
    assert [(r["award"], r["awardee"], r["event_date"]) for r in recs] == [
        ("Anugerah Layanan Investasi", "Kabupaten Siak", "2021-11-24")]


def test_masing_masing_opening_a_win_sentence_points_back_and_is_no_winner(extract):
    text = ("Lima kabupaten diganjar penghargaan atas kenaikan produksi padi. Penghargaan tersebut "
            "diserahkan Wakil Presiden di Istana Wapres, Jakarta, 13 September 2021. Kabupaten itu "
            "yaitu Kebumen, Tegal, dan Lamongan. Masing-masing meraih penghargaan bidang pertanian "
            "2021 sebagai daerah dengan kenaikan produksi tertinggi.")
    recs = extract(text, published="2021-09-14")
    assert [r["awardee"] for r in recs] == ["Kabupaten Kebumen", "Kabupaten Tegal",
                                            "Kabupaten Lamongan"]


def test_the_food_agency_s_award_is_its_own(extract):
    recs = extract("Kepala Badan Pangan Nasional menyerahkan Bapanas Award 2024 kepada Pemprov Jambi "
                   "di Jakarta, Minggu (28/7/2024).", published="2024-07-29")
    assert [r["award"] for r in recs] == ["Bapanas Award"]


def test_a_chair_who_heads_no_region_listed_among_heads_keeps_the_list_going(extract):
    recs = extract("Presiden menganugerahkan Satyalencana Wira Karya di Semarang, Sabtu (29/6/2024). "
                   "Penerimanya adalah Bupati Tulungagung Maryoto Birowo, Ketua TP PKK Tulungagung "
                   "Sri Wahyuni, Bupati Dompu Kader Jaelani, dan Wali Kota Pekalongan Afzan Arslan "
                   "Djunaid.", published="2024-06-29")
    assert [r["awardee"] for r in recs][-2:] == ["Kabupaten Dompu", "Kota Pekalongan"]


def test_a_report_handed_to_a_national_body_s_branch_is_no_win_of_its_region(extract):
    text = ("Wakil Bupati Ristawati menyerahkan LKPD Kabupaten Kebumen 2022 kepada Kepala "
            "Perwakilan BPK Provinsi Jateng Hari Wiwoho, Selasa (14/3/2023). \"Semua kabupaten di "
            "Jawa Tengah sudah meraih opini WTP,\" ujarnya.")
    assert extract(text, published="2023-03-14") == []


def test_a_minister_titled_menpan_dan_rb_hands_over(extract):
    recs = extract("Pemprov Jawa Timur mendapat predikat A SAKIP. Piagam SAKIP diserahkan Menpan dan "
                   "RB Abdullah Azwar Anas di Jakarta, Selasa 6 Desember 2022.", published="2022-12-07")
    assert [r["presenter"] for r in recs] == ["Abdullah Azwar Anas"]


def test_a_category_named_before_yang_diterima_and_its_winner_is_no_winner(extract):
    text = ("Ombudsman memberikan penghargaan predikat kepatuhan tinggi di Jakarta, Selasa "
            "(5/12/2017), dan menetapkan juara di beberapa kategori. "
            "Kategori-kategori itu adalah Peningkatan Tertinggi Zona Kepatuhan yang diterima Kota "
            "Palu, dan Kepatuhan Tertinggi Pemerintah Kota yang diraih Pemkot Bitung.")
    assert [r["awardee"] for r in extract(text, published="2017-12-05")] == ["Kota Palu",
                                                                            "Kota Bitung"]


def test_nominees_in_the_english_loanword_win_nothing(extract):
    recs = extract("Kabupaten Sidoarjo meraih peringkat kedua Investment Award 2018 di Jakarta, Kamis "
                   "(12/7/2018). Empat daerah lain asal Jatim menjadi nominee, yakni Gresik, "
                   "Lamongan, Tuban, dan Kabupaten Kediri.", published="2018-07-13")
    assert [r["awardee"] for r in recs] == ["Kabupaten Sidoarjo"]


def test_a_co_organiser_after_bersama_is_no_winner(extract):
    recs = extract("Perumda Air Minum Tirta Kencana meraih Top BUMD 2020 yang digelar Majalah Top "
                   "Business bersama Institut Otonomi Daerah di Jakarta, Jumat (28/8/2020).",
                   published="2020-08-30")
    assert [r["awardee"] for r in recs] == ["Perumda Air Minum Tirta Kencana"]


def test_a_region_receiving_for_bodies_in_it_is_no_winner(extract):
    recs = extract("Kabupaten Tanah Laut menerima Proklim Utama untuk Desa Ambungan dan Desa Tajau "
                   "Mulya secara virtual, Selasa (19/10/2021).", published="2021-10-20")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Desa Ambungan", "Kalimantan Selatan"), ("Desa Tajau Mulya", "Kalimantan Selatan")]


def test_a_body_named_by_its_head_written_out_and_short_is_one_winner(extract):
    recs = extract("Kelompok Wanita Tani (KWT) Melati, Desa Sukorejo, Kabupaten Kendal, menjadi juara 3 "
                   "Lomba KRPL tingkat nasional di Kendari, Sabtu (2/11/2019). KWT Melati menerima "
                   "piala juara III itu dari Menteri Pertanian.", published="2019-11-04")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kelompok Wanita Tani (KWT) Melati", 3)]


@pytest.mark.parametrize("led", ["yang diketuai Sri Wahyuni", "yang diketuai oleh Sri Wahyuni"])
def test_who_leads_a_winner_is_no_winner(extract, led):
    recs = extract(f"Lomba KRPL 2019 digelar di Kendari, Sabtu (2/11/2019). KWT Melati {led} "
                   "menempati urutan ketiga Lomba KRPL.", published="2019-11-04")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("KWT Melati", 3)]


@pytest.mark.parametrize("text", [
    "Pemprov Jawa Timur meraih tiga penghargaan pada PRIA 2022 yang diselenggarakan oleh Majalah PR "
    "INDONESIA di Semarang, Jumat (25/03/2022). Ketiganya, yakni Gold Winner dalam Kategori "
    "Aplikasi dan Bronze Winner dalam Kategori Medsos.",
    "Pemprov Jawa Timur meraih juara II pada Anugerah Humas Indonesia 2022 yang diselenggarakan "
    "Humas Indonesia, anggota PR Indonesia Group, Jumat (25/03/2022) di Semarang.",
])
def test_organisers_their_groups_and_medal_labels_are_no_winners(extract, text):
    assert [r["awardee"] for r in extract(text, published="2022-03-26")] == ["Provinsi Jawa Timur"]


def test_a_government_acting_through_its_bagian_is_the_winner(extract):
    recs = extract("Pemerintah Kabupaten Takalar melalui Bagian Humas dan Protokol Sekretariat Daerah "
                   "menyabet Humas Sulsel Award di Makassar, Sabtu (29/06/2019).",
                   published="2019-07-01")
    assert [r["awardee"] for r in recs] == ["Kabupaten Takalar"]
    recs = extract("Bagian Humas dan Protokol Setda Kabupaten Takalar menyabet Humas Sulsel Award di "
                   "Makassar, Sabtu (29/06/2019).", published="2019-07-01")
    assert [r["awardee"] for r in recs] == ["Bagian Humas dan Protokol Setda Kabupaten Takalar"]


def test_an_office_of_a_government_named_after_it_is_one_winner_there(extract):
    recs = extract("Dinas Komunikasi dan Informatika Pemerintah Kabupaten Karo menyabet juara 3 pada "
                   "Anugerah Media Humas 2021 di Bandung, Rabu (24/11/2021).", published="2021-11-25")
    assert [(r["rank"], r["province"]) for r in recs] == [(3, "Sumatera Utara")]


def test_list_items_numbered_in_roman_numerals_rank_their_winners(extract):
    text = ("Kemnaker menyerahkan penghargaan Indeks Pembangunan Ketenagakerjaan di Jakarta, Jumat "
            "(1/12/2023).\nPenerima penghargaan terbaik kategori besar adalah\nI. Provinsi Jawa Timur\n"
            "II. Provinsi Banten\nIII. Provinsi Sumatera Utara")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-12-01")] == [
        ("Provinsi Jawa Timur", 1), ("Provinsi Banten", 2), ("Provinsi Sumatera Utara", 3)]


def test_a_win_credited_to_the_leaders_under_whom_it_came(extract):
    recs = extract("Di bawah kepemimpinan Gubernur Jambi Hasan Basri, Pemerintah Provinsi Jambi kembali "
                   "mendapat penghargaan sebagai Pembina K3 terbaik nasional di Jakarta, Selasa "
                   "(24/5/2022).", published="2022-05-25")
    assert [r["awardee"] for r in recs] == ["Provinsi Jambi"]


def test_a_title_a_winner_is_crowned_with_is_the_award(extract):
    recs = extract("Bupati Sidoarjo Hendra Wijaya dinobatkan sebagai Pembina K3 Terbaik tingkat Provinsi "
                   "Jawa Timur di Surabaya, Selasa (21/2/2017).", published="2017-02-22")
    assert [(r["award"], r["awardee"]) for r in recs] == [("Pembina K3 Terbaik", "Kabupaten Sidoarjo")]


def test_receivers_counted_then_named_after_seperti(extract):
    recs = extract("Gubernur memberikan penghargaan zero accident kepada 19 perusahaan di Kabupaten Tuban, "
                   "seperti PT Semen Jaya Abadi dan PT Rembang Sentosa, di Surabaya, Rabu (7/4/2021).",
                   published="2021-04-10")
    assert [r["awardee"] for r in recs] == ["PT Semen Jaya Abadi", "PT Rembang Sentosa"]


def test_a_ministry_rewarding_a_company_with_an_award_hands_it_over(extract):
    recs = extract("Kementerian Ketenagakerjaan mengganjar PT Aneka Nikel Konawe dengan penghargaan "
                   "P2HIV/AIDS kategori Gold di Jakarta, Jumat (23/8/2024).", published="2024-08-31")
    assert [r["awardee"] for r in recs] == ["PT Aneka Nikel Konawe"]


def test_companies_placed_by_a_region_with_its_kind_at_a_named_occasion(extract):
    recs = extract("Pada Naker Award 2025 di Balai Kartini, Jakarta, Senin (8/12/2025), penghargaan "
                   "Paramakarya diraih PT Sido Makmur Sejahtera (Kab. Semarang) dan PT Tegal Logam "
                   "Karya (Kota Tegal).", published="2025-12-09")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("PT Sido Makmur Sejahtera", "Jawa Tengah"), ("PT Tegal Logam Karya", "Jawa Tengah")]


def test_winners_listed_after_di_antaranya_dari(extract):
    recs = extract("Pemprov Riau menerima Digital Government Award 2024 di Istana Negara, Senin "
                   "(27/5/2024). Penghargaan yang sama juga diterima provinsi lain. Di antaranya dari "
                   "Pemprov Bali dan Jawa Timur.", published="2024-05-28")
    assert [r["awardee"] for r in recs] == ["Provinsi Riau", "Provinsi Bali", "Provinsi Jawa Timur"]


@pytest.mark.parametrize("written, award", [
    ("Top Government Public Relations (GPR) Award 2025", "Top GPR Award"),
    ("Arsip Nasional Republik Indonesia (ANRI) Awards 2025", "ANRI Awards"),
])
def test_an_award_with_the_acronym_of_its_words_inside_its_name(extract, written, award):
    recs = extract(f"Kota Tegal meraih {written} di Jakarta, Selasa (4/11/2025).",
                   published="2025-11-05")
    assert [(r["award"], r["awardee"]) for r in recs] == [(award, "Kota Tegal")]


def test_a_win_this_year_after_a_standing_recalled_from_last_year(extract):
    text = ("Pemkab Pasaman mencatat lompatan pada Anugerah Keterbukaan Informasi Publik 2025. Setelah "
            "tahun lalu berada pada kategori Menuju Informatif, tahun ini Kabupaten Pasaman berhasil "
            "meraih predikat tertinggi, yaitu Kabupaten Informatif. Penganugerahan berlangsung di "
            "Padang, Selasa (18/11/2025).")
    assert [r["awardee"] for r in extract(text, published="2025-11-19")] == ["Kabupaten Pasaman"]


def test_an_official_who_had_the_honour_of_handing_over_hands_over(extract):
    text = ("Wapres Ma'ruf Amin berkesempatan memberikan penghargaan Kalpataru kepada pegiat "
            "lingkungan di Jakarta, Kamis (11/7/2019). Penerima Kalpataru kategori Perintis "
            "Lingkungan yaitu Markus Wanggai (Kabupaten Biak Numfor, Papua).")
    assert [r["awardee"] for r in extract(text, published="2019-07-12")] == ["Markus Wanggai"]


def test_a_receiver_after_kepada_opens_a_clause_of_its_own(extract):
    text = ("Bupati Salwa Arifin menyerahkan piagam Adiwiyata di Bondowoso, Selasa (13/12/2022). "
            "Piagam diberikan kepada SMPN 5 Tamanan sebagai juara nasional sekolah adiwiyata, kepada "
            "SDN 3 Tegalampel sebagai juara 1 sekolah adiwiyata tingkat kabupaten.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2022-12-14")] == [
        ("SMPN 5 Tamanan", None), ("SDN 3 Tegalampel", 1)]


def test_a_jury_setting_the_winners_in_their_places_in_the_lede(extract):
    text = ("Tim Penilai Lomba Bank Sampah tingkat Kabupaten Purworejo menetapkan Bank Sampah Melati "
            "sebagai Juara I. Setelah itu disusul Bank Sampah Resik di peringkat 2. Piala diserahkan "
            "di Aula Dinas LH, Kamis (12/11/2020).")
    assert [(r["award"], r["awardee"], r["rank"]) for r in extract(text, published="2020-11-13")] == [
        ("Lomba Bank Sampah", "Bank Sampah Melati", 1), ("Lomba Bank Sampah", "Bank Sampah Resik", 2)]


def test_an_award_named_later_by_a_head_and_its_short_form_is_the_same(extract):
    text = ("Pemkot Cimahi meraih penghargaan pada Anugerah Media Humas (AMH) 2022. Pemkot Cimahi "
            "menjadi Terbaik I Kategori Website. Penghargaan diterima Kepala Diskominfo Kota Cimahi, "
            "Rudi Hermawan pada Malam Anugerah AMH 2022 di Sleman, Kamis 24 November 2022.")
    assert [(r["award"], r["rank"]) for r in extract(text, published="2022-11-25")] == [
        ("Anugerah Media Humas", 1)]


def test_a_bare_name_whose_governor_receives_is_the_province(extract):
    text = ("Jambi diganjar predikat emas Anugerah Kebudayaan Indonesia. Trofi diserahkan Menteri "
            "Kebudayaan Fadli Zon kepada Gubernur Jambi, Al Haris, di Jakarta, Rabu (18/12/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-12-19")] == ["Provinsi Jambi"]


def test_items_all_numbered_one_rank_nothing(extract):
    text = ("Kemendikbudristek menganugerahkan Penghargaan Desa Budaya 2023 di Lombok Tengah, Jumat "
            "(29/12/2023).\nBerikut desa-desa peraih Penghargaan Desa Budaya 2023:\n"
            "1. Desa Tenganan, Bali.\n1. Desa Kemiren, Jawa Timur.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-01-01")] == [
        ("Desa Tenganan", None), ("Desa Kemiren", None)]


def test_a_ministry_s_short_form_is_no_presenter(extract):
    text = ("Ditjen Kebudayaan Kemdikbudristek menganugerahkan Penghargaan Desa Budaya 2022.\n"
            "Penghargaan Desa Budaya diberikan di Balkondes Karangrejo, Kabupaten Magelang, Rabu "
            "(21/12/2022).\nPeraih penghargaan tahun ini antara lain Desa Candirejo Kabupaten "
            "Magelang dan Desa Sade Kabupaten Lombok Tengah.")
    assert [r["presenter"] for r in extract(text, published="2022-12-23")] == [None, None]


def test_a_region_after_a_rank_and_dari_is_that_rank_s_winner(extract):
    text = ("Kabupaten Kampar meraih peringkat pertama Pekan Budaya Riau di Pekanbaru, Minggu "
            "(12/11/2023). Selanjutnya di peringkat kedua dari Kabupaten Siak dengan skor 1.840.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-11-12")] == [
        ("Kabupaten Kampar", 1), ("Kabupaten Siak", 2)]
    # a government after "dari" gives the award
    recs = extract("Desa Sukamaju meraih juara pertama dari Pemprov Jawa Timur dalam lomba desa di "
                   "Surabaya, Senin (13/11/2023).", published="2023-11-14")
    assert [r["awardee"] for r in recs] == ["Desa Sukamaju"]


def test_many_awards_received_before_recalled_at_the_end_are_no_news(extract):
    text = ("Bupati Tanggamus Samsul Hadi menerima Satya Lencana Pembangunan dari Presiden Joko "
            "Widodo di Bandarlampung, Sabtu (15/7/2017). Untuk diketahui Kabupaten Tanggamus sudah "
            "banyak menerima penghargaan tingkat nasional berupa Opini WTP tahun 2015-2016 dan juara "
            "III lomba kopi unggulan nasional.")
    assert [(r["award"], r["rank"]) for r in extract(text, published="2017-07-17")] == [
        ("Satyalancana", None)]


def test_a_village_representing_a_province_lies_in_it(extract):
    text = ("Penganugerahan Lomba Desa Berkinerja Baik Penurunan Stunting 2025 digelar di Tangerang, "
            "Rabu (8/10/2025). Desa Gita Raja yang mewakili Provinsi Maluku Utara keluar sebagai "
            "peringkat 2 regional timur.")
    assert [(r["awardee"], r["province"]) for r in extract(text, published="2025-10-11")] == [
        ("Desa Gita Raja", "Maluku Utara")]


def test_a_weekday_after_pasar_names_a_quarter_and_the_venue_goes_on(extract):
    recs = extract("Kabupaten Klaten menerima penghargaan UPSUS SIWAB di Kantor Kementerian "
                   "Pertanian, Pasar Minggu, Jakarta, Rabu (11/12/2019).", published="2019-12-12")
    assert [(r["venue"], r["event_date"]) for r in recs] == [
        ("Kantor Kementerian Pertanian, Pasar Minggu, Jakarta", "2019-12-11")]


def test_a_street_named_with_initials_does_not_end_the_sentence(extract):
    recs = extract("Provinsi Gorontalo meraih Baznas Award 2019. Penghargaan diserahkan di "
                   "Auditorium Gedung Kementerian Agama, Jalan MH. Thamrin, Jakarta, Senin malam, "
                   "26 Agustus 2019.", published="2019-08-27")
    assert [(r["venue"], r["event_date"]) for r in recs] == [
        ("Auditorium Gedung Kementerian Agama, Jalan MH. Thamrin, Jakarta", "2019-08-26")]


def test_a_place_after_the_outlet_and_a_colon_is_the_dateline(extract):
    recs = extract("BERITASULTENG.COM: PALU – Pemerintah Kota Palu menerima penghargaan Kota "
                   "Tanggap Ancaman Narkoba dari BNN di Jakarta, Senin (8/7/2019).",
                   title="Palu Raih Penghargaan Kota Tanggap Ancaman Narkoba",
                   published="2019-07-10")
    assert [r["awardee"] for r in recs] == ["Kota Palu"]


def test_a_dateline_glued_to_the_first_word_by_a_hyphen_is_no_part_of_the_winner(extract):
    text = ("KEBUMEN-Bank Kebumen meraih penghargaan Top BUMD Award 2024 di Hotel Raffles "
            "Jakarta, Rabu (20/3/2024).")
    recs = extract(text, published="2024-03-21")
    assert [(r["awardee"], r["venue"]) for r in recs] == [("Bank Kebumen", "Hotel Raffles Jakarta")]
    assert all(e["text"] in text for r in recs for e in r["evidence"])


def test_a_region_after_seluruh_is_the_scope_and_no_winner(extract):
    recs = extract("Pemerintah Kabupaten Sidrap meraih Anugerah Keterbukaan Informasi Publik 2024 "
                   "sebagai badan publik terbaik di seluruh Provinsi Sulawesi Selatan.",
                   published="2024-12-10")
    assert [r["awardee"] for r in recs] == ["Kabupaten Sidenreng Rappang"]


@pytest.mark.parametrize("text", [
    "Majalah Top Business bersama Lembaga Kajian Otonomi (LKO) menobatkan PDAM Tirta Kencana "
    "Kota Samarinda sebagai pemenang Top BUMD Awards 2021 di Hotel Mulia Jakarta, Jumat "
    "(10/9/2021).",
    "PDAM Tirta Kencana Kota Samarinda meraih penghargaan Top BUMD 2021 dari Majalah Top "
    "Business yang bekerja sama dengan Lembaga Kajian Otonomi (LKO) di Jakarta, Jumat "
    "(10/9/2021).",
])
def test_the_giver_s_partner_is_no_winner(extract, text):
    recs = extract(text, published="2021-09-12")
    assert [r["awardee"] for r in recs] == ["PDAM Tirta Kencana Kota Samarinda"]


def test_a_former_name_pointing_back_is_no_second_winner(extract):
    recs = extract("Penghargaan kembali diterima Perumda Air Minum Tirta Patriot Kota Bekasi. Eks PDAM "
                   "Kota Bekasi ini menerima TOP BUMD Awards 2022 di Hotel Ritz-Carlton, Jakarta "
                   "Selatan, Rabu (20/4/2022).", published="2022-04-21")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [
        ("Perumda Air Minum Tirta Patriot Kota Bekasi", "2022-04-20")]


def test_the_best_counted_and_numbered_are_ranked_by_no_ordinal(extract):
    text = ("Menteri Kesehatan menyerahkan STBM Awards 2020 secara daring, Jumat (13/11/2020).\n"
            "Adapun 3 kab/kota terbaik yakni :\n1. Kabupaten Barru, Sulawesi Selatan\n"
            "2. Kabupaten Lampung Selatan, Lampung\n3. Kota Tangerang, Banten")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2020-11-13")] == [
        ("Kabupaten Barru", None), ("Kabupaten Lampung Selatan", None), ("Kota Tangerang", None)]


def test_a_village_head_receiving_with_the_regency_after_a_comma_speaks_for_the_village(extract):
    recs = extract("Desa Sukamaju meraih juara 3 Lomba Desa Tingkat Nasional 2023. Kepala Desa "
                   "Sukamaju, Kabupaten Serang, Rizki Maulana, menerima langsung piala tersebut dari "
                   "Dirjen Bina Pemdes Kemendagri, Eko Prasetyanto Purnomo di Hotel Discovery Ancol, "
                   "Jakarta, Selasa 15 Agustus 2023.", published="2023-08-16")
    assert [(r["awardee"], r["rank"], r["province"], r["presenter"]) for r in recs] == [
        ("Desa Sukamaju", 3, "Banten", "Eko Prasetyanto Purnomo")]


@pytest.mark.parametrize("title", ["Kabid Kelembagaan dan Sosial Budaya DPMD Jawa Barat",
                                   "Kepala Bidang Pemerintahan Desa dan Kelurahan DPMD Jawa Barat",
                                   "Kabag Hukum dan Organisasi Setda Provinsi Jawa Barat"])
def test_an_office_s_field_joined_by_dan_is_no_presenter_s_name(extract, title):
    recs = extract("Desa Cibodas, Kecamatan Lembang, Kabupaten Bandung Barat meraih juara I lomba "
                   f"desa tingkat Provinsi Jawa Barat. Piala diserahkan oleh {title}, Asep "
                   "Sunandar, kepada Kepala Desa Cibodas di Gedung Sate, Bandung, Senin "
                   "(24/10/2022).", published="2022-10-25")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Desa Cibodas", "Asep Sunandar")]


@pytest.mark.parametrize("presenter", ["Perwakilan BKKBN Provinsi Lampung, Rina Marlina",
                                       "Perwakilan BKKBN Provinsi Lampung Rina Marlina"])
def test_an_office_written_for_its_head_hands_the_award_over(extract, presenter):
    recs = extract("Pemerintah Kabupaten Tanggamus mendapatkan penghargaan Manggala Karya Kencana "
                   f"dari BKKBN. Penghargaan diberikan oleh {presenter} kepada Bupati Tanggamus "
                   "Dewi Handajani di Aula Bupati, Selasa (11/08/2020).", published="2020-08-11")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kabupaten Tanggamus", "Rina Marlina")]


def test_an_office_inside_a_body_s_name_is_no_official(extract):
    recs = extract("Komisi Informasi Provinsi Gorontalo menyerahkan penghargaan kepada tiga badan "
                   "publik informatif di Grand Palace Convention Center, Jumat (8/12/2023). Tiga "
                   "badan publik tersebut yakni Badan Pemeriksa Keuangan (BPK) Perwakilan Provinsi "
                   "Gorontalo, Komisi Pemilihan Umum (KPU) Provinsi Gorontalo dan Badan Pusat "
                   "Statistik (BPS) Provinsi Gorontalo.", published="2023-12-09")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Badan Pemeriksa Keuangan (BPK) Perwakilan Provinsi Gorontalo", None),
        ("Komisi Pemilihan Umum (KPU) Provinsi Gorontalo", None),
        ("Badan Pusat Statistik (BPS) Provinsi Gorontalo", None)]


@pytest.mark.parametrize("name", ["Prof drh Sukaryo Teguh Santoso,MPd,PhD",
                                  "Prof. drh. Sukaryo Teguh Santoso, M.Pd"])
def test_a_vet_s_title_is_an_honorific_and_no_sentence_end(extract, name):
    recs = extract("Bupati Buton, La Bakry menerima penghargaan Manggala Karya Kencana dari BKKBN "
                   "RI. Penghargaan tersebut diserahkan langsung oleh Deputi Bidang Advokasi BKKBN "
                   f"RI, {name} di Kendari, Kamis (24/3/2022).", published="2022-03-28")
    assert [(r["presenter"], r["venue"], r["event_date"]) for r in recs] == [
        ("Sukaryo Teguh Santoso", "Kendari", "2022-03-24")]


def test_a_handover_planned_weeks_after_the_page_neither_dates_nor_places_it(extract):
    recs = extract("Tim Penilai Paritrana Award Provinsi Jambi telah menetapkan para pemenang "
                   "Penghargaan Paritrana Tahun 2025. Kategori pemerintah kabupaten/kota peringkat "
                   "pertama diraih Kabupaten Tebo, peringkat kedua Kota Sungai Penuh.\n\"Para "
                   "pemenang akan menerima penghargaan bertepatan dengan HUT Kemerdekaan RI, 17 "
                   "Agustus 2025, di Kantor Gubernur Jambi,\" ungkap Rudi Harsono.",
                   published="2025-08-08")
    assert [(r["awardee"], r["rank"], r["event_date"], r["venue"]) for r in recs] == [
        ("Kabupaten Tebo", 1, None, None), ("Kota Sungai Penuh", 2, None, None)]


def test_who_hands_out_benefits_at_the_ceremony_is_no_presenter(extract):
    recs = extract("BPJS Ketenagakerjaan menggelar Paritrana Award 2024 tingkat Provinsi Maluku di "
                   "Hotel Marina Ambon, Rabu (23/7/2025). Kategori pemerintah daerah juara 1 diraih "
                   "Kabupaten Seram Bagian Barat. Dalam acara itu juga diserahkan secara simbolis "
                   "santunan kematian kepada ahli waris peserta, Ibu Maria Latuconsina, oleh "
                   "Gubernur Maluku Hendrik Lewerissa.", published="2025-07-23")
    assert [(r["awardee"], r["presenter"], r["venue"]) for r in recs] == [
        ("Kabupaten Seram Bagian Barat", None, "Hotel Marina Ambon")]


def test_winners_each_followed_by_the_area_they_won_in_are_all_winners(extract):
    recs = extract("Pemerintah memberikan penghargaan TPID di Hotel Mulia, Rabu (18/5/2016). "
                   "Penghargaan TPID berprestasi 2015 diberikan kepada Kota Sibolga untuk kawasan "
                   "Sumatera, Kabupaten Kudus untuk kawasan Jawa, dan Kabupaten Bone untuk kawasan "
                   "Sulawesi.", published="2016-05-19")
    assert [r["awardee"] for r in recs] == ["Kota Sibolga", "Kabupaten Kudus", "Kabupaten Bone"]


def test_a_bare_province_that_becomes_a_ranked_winner_wins(extract):
    recs = extract("Penghargaan TPID Award 2024 diserahkan di Istana Negara Jakarta, Jumat (14/6). "
                   "Kalimantan Barat berhasil menjadi juara 1 TPID Award kawasan Kalimantan.",
                   published="2024-06-15")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Provinsi Kalimantan Barat", 1)]


def test_a_list_of_bodies_goes_on_in_sentences_opening_with_juga_or_kemudian(extract):
    recs = extract("Piagam TPID diserahkan Pj Gubernur Jawa Timur Wahyu Prasetyo di Kantor Gubernur "
                   "Jawa Timur, Senin (13/1/2025).\nMitra yang menerima piagam adalah Polda Jatim, "
                   "Kodam V Brawijaya, Kejaksaan Tinggi Jatim.\nJuga Bank Indonesia Jatim, dan BPS "
                   "Jatim.\nKemudian, Perum Bulog Kanwil Jatim, dan PT Bank Jatim.",
                   published="2025-01-14")
    assert [r["awardee"] for r in recs] == [
        "Polda Jatim", "Kodam V Brawijaya", "Kejaksaan Tinggi Jatim", "Bank Indonesia Jatim",
        "BPS Jatim", "Perum Bulog Kanwil Jatim", "PT Bank Jatim"]


@pytest.mark.parametrize("opener", ["Kemudian", "Juga"])
def test_those_who_attended_after_a_list_are_no_winners(extract, opener):
    recs = extract("Penghargaan TPID Award diserahkan Gubernur Jawa Timur di Gedung Grahadi, Senin "
                   "(13/1/2025). Penerima penghargaan adalah Kabupaten Malang, Kota Batu dan "
                   f"Kabupaten Blitar.\n{opener} hadir Pemkab Kediri dan Pemkot Madiun dalam acara "
                   "tersebut.", published="2025-01-14")
    assert [r["awardee"] for r in recs] == ["Kabupaten Malang", "Kota Batu", "Kabupaten Blitar"]


def test_a_list_by_category_goes_on_past_a_category_naming_no_winner_read(extract):
    recs = extract("LKPP menyerahkan penghargaan UKPBJ Proaktif 2024 kepada sepuluh unit kerja, Rabu "
                   "(22/5/2024). Penghargaan diserahkan Kepala LKPP Wibowo Santoso kepada para "
                   "penerima dengan Kategori Kementerian: Kementerian Perhubungan; dan Kementerian "
                   "Agama. Kategori Lembaga: Badan Pusat Statistik. Kategori Provinsi: Provinsi "
                   "Bali; Provinsi Riau. Kategori Kota: Kota Bogor dan Kota Dumai.",
                   published="2024-05-23")
    assert [r["awardee"] for r in recs][-4:] == [
        "Provinsi Bali", "Provinsi Riau", "Kota Bogor", "Kota Dumai"]


def test_a_doubled_word_written_with_a_spaced_dash_is_one_word(extract):
    text = ("Bupati Jombang Siti Aminah menerima Penghargaan Satya Lencana Karya Bhakti Praja "
            "Nugraha dari Menteri Dalam Negeri Bambang Sutrisno di Alun – alun Kabupaten Gresik, "
            "Selasa (25/4/2017).")
    recs = extract(text, published="2017-04-27")
    assert [(r["awardee"], r["venue"]) for r in recs] == [
        ("Kabupaten Jombang", "Alun-alun Kabupaten Gresik")]
    assert all(e["text"] in text for r in recs for e in r["evidence"])


@pytest.mark.parametrize("ceremony", [
    "pada perhelatan APPSI Gubernur Award, di Surabaya",
    "dalam Malam Penganugerahan Kabupaten/Kota Sehat dan STBM Award 2019 di Surabaya",
])
def test_the_ceremony_a_later_sentence_names_is_no_second_award(extract, ceremony):
    recs = extract("Provinsi Sulteng meraih Adhi Purna Karya Award bidang ekonomi. Gubernur Sulteng "
                   f"Ahmad Lamato menerimanya Selasa (29/1/2019) malam {ceremony}.",
                   published="2019-01-30")
    assert [(r["award"], r["awardee"], r["event_date"]) for r in recs] == [
        ("Adhi Purna Karya Award", "Provinsi Sulawesi Tengah", "2019-01-29")]


def test_a_clause_on_the_presenter_s_part_in_the_ceremony_keeps_the_presenter(extract):
    recs = extract("Pemkab Sanggau meraih Juara 1 Lomba Inovasi Daerah Kalimantan Barat di Lapangan "
                   "Kantor Gubernur Kalimantan Barat, Minggu (28/1/2024). Pada upacara itu, "
                   "Gubernur Kalimantan Barat Harisson, yang menjadi Inspektur Upacara, menyerahkan "
                   "piala secara langsung kepada Bupati Sanggau Paolus Hadi.",
                   published="2024-01-29")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kabupaten Sanggau", "Harisson")]


def test_election_supervisors_of_before_2018_are_bodies_that_win(extract):
    recs = extract("Penghargaan Bawaslu Jateng Award 2017 diserahkan di Semarang, Jumat (21/4/2017). "
                   "Penghargaan Pengawasan Tahapan Terbaik diberikan kepada Panwaslu Kota Salatiga, "
                   "sedangkan Penanganan Pelanggaran Terbaik diraih Panwas Kabupaten Batang.",
                   published="2017-04-22")
    assert [r["awardee"] for r in recs] == ["Panwaslu Kota Salatiga", "Panwas Kabupaten Batang"]


@pytest.mark.parametrize("scope", ["lomba PBB yang digelar Satpol PP Kabupaten Blora",
                                   "lomba PBB se-Kabupaten Blora"])
def test_villages_lie_in_the_regency_a_contest_spans_or_whose_office_held_it(extract, scope):
    recs = extract(f"Tim Linmas Desa Ngloram meraih juara 1 {scope}, Rabu (6/8/2025), di halaman "
                   "Setda. Juara 2 lomba PBB diraih tim Linmas Desa Kapuan.", published="2025-08-07")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Desa Ngloram", "Jawa Tengah"), ("Desa Kapuan", "Jawa Tengah")]


def test_an_office_before_dan_and_the_next_clause_is_named_elsewhere(extract):
    recs = extract("Mendagri Hendro Wibisono dalam sambutannya menyebut penghargaan sebagai wujud "
                   "apresiasi, Selasa (8/10/2024), di Gedung Serbaguna Denpasar.\nPemerintah "
                   "Provinsi Kalimantan Barat kemudian menerima Penghargaan Upakarya Wanua Nugraha. "
                   "Penghargaan tersebut diserahkan langsung oleh Menteri Dalam Negeri dan diterima "
                   "oleh Kepala Dinas PMD Provinsi Kalimantan Barat.", published="2024-10-09")
    assert [(r["awardee"], r["presenter"], r["presenter_title"]) for r in recs] == [
        ("Provinsi Kalimantan Barat", "Hendro Wibisono", "Mendagri")]


def test_a_name_alone_standing_in_for_the_president_hands_the_award_over(extract):
    recs = extract("Menteri Dalam Negeri (Mendagri), Hendro Wibisono menjelaskan jadwal upacara di "
                   "Makassar, Jumat (25/4/2025).\nSebanyak 12 kepala daerah menerima Satyalancana "
                   "Karya Bhakti Praja Nugraha, di antaranya Wali Kota Parepare Yusuf Lamo.\nHendro "
                   "Wibisono mewakili Presiden menyerahkan tanda kehormatan Satyalancana Karya "
                   "Bhakti Praja Nugraha kepada para kepala daerah tersebut.",
                   published="2025-04-26")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Kota Parepare", "Hendro Wibisono")]


def test_a_sentence_run_on_after_the_venue_is_no_part_of_it(extract):
    recs = extract("Pemkot Kendari mempertahankan predikat Kota Layak Anak Kategori Madya. Wali Kota "
                   "Kendari Siska Karina menerimanya pada malam penganugerahan KLA di Ballroom Hotel "
                   "Bidakara, Jakarta Penyerahan dilakukan oleh Wakil Menteri PPPA, Rina Wulandari, "
                   "Jumat (8/8/2025) malam.", published="2025-08-09")
    assert [(r["venue"], r["presenter"]) for r in recs] == [
        ("Ballroom Hotel Bidakara, Jakarta", "Rina Wulandari")]


def test_a_province_whose_office_complex_hosts_the_ceremony_is_no_winner(extract):
    recs = extract("Pemkab Katingan meraih Penghargaan Gerakan Indonesia Bersatu 2019. Piagamnya "
                   "diserahkan Mendagri Budi Santoso kepada Pemkab Katingan dan diterima oleh "
                   "Wakil Bupati Sunardi Litang saat Pekan Kerja Nyata di Kota Banjarbaru, "
                   "kompleks perkantoran Pemerintah Provinsi Kalsel, Kamis siang (19/9).",
                   published="2019-09-23")
    assert [r["awardee"] for r in recs] == ["Kabupaten Katingan"]


def test_a_win_told_as_going_on_from_a_year_s_awards_recalled_is_recalled_too(extract):
    text = ("\"Peringatan HUT tahun ini istimewa,\" kata Pj Gubernur Sultra Andi Makmur dalam Rapat "
            "Paripurna HUT Sultra di Gedung DPRD Sultra, Senin (27/4/2024).\nMenurut Pj Gubernur, "
            "sepanjang tahun lalu Sultra juga mengoleksi sejumlah penghargaan nasional. Anugerah "
            "meritokrasi kategori baik dari KASN juga diraih Pemerintah Provinsi Sultra.")
    assert extract(text, published="2024-04-28") == []


def test_a_region_that_collects_an_award_wins_it(extract):
    recs = extract("Kota Madiun kembali mengoleksi penghargaan Adipura di Jakarta, Senin (5/3/2024).",
                   published="2024-03-06")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [("Kota Madiun", "2024-03-05")]


def test_an_unnamed_prize_for_kabupaten_kota_handed_to_regions_it_lists(extract):
    recs = extract("Rapat Koordinasi Nasional Percepatan Penurunan Stunting digelar di Jakarta, Rabu "
                   "(12/11/2025). Pada kesempatan ini, pemerintah pusat memberikan penghargaan "
                   "kabupaten/kota berkinerja baik kepada tiga kabupaten/kota yaitu Kota Kendari, "
                   "Kab. Banyumas, dan Kab.Langkat.", published="2025-11-14")
    assert [r["awardee"] for r in recs] == ["Kota Kendari", "Kabupaten Banyumas",
                                            "Kabupaten Langkat"]


def test_an_unnamed_prize_won_by_the_region_after_a_passive_verb(extract):
    recs = extract("PAMEKASAN - Penghargaan tingkat nasional kembali diraih Kabupaten Pamekasan dari "
                   "Kementerian Ketenagakerjaan RI. Penyerahan penghargaan dilaksanakan di Hotel "
                   "Bidakara Jakarta, Selasa (9/4/2019).", published="2019-04-10")
    assert [(r["awardee"], r["venue"]) for r in recs] == [
        ("Kabupaten Pamekasan", "Hotel Bidakara Jakarta")]


@pytest.mark.parametrize("title", ["Ketua DPP Apdesi", "Dirjen Dukcapil", "Dirjen Kesmas", "Gubsu",
                                   "Gubkalbar", "Kepala Perwakilan BI Jatim"])
def test_a_unit_s_short_form_or_a_governor_s_short_title_is_no_part_of_the_name(extract, title):
    recs = extract("Kabupaten Sumedang meraih penghargaan Kabupaten Sehat tahun 2023. Penghargaan "
                   f"diserahkan oleh {title} Zudan Arif Fakrulloh di Jakarta, Selasa (28/11/2023).",
                   published="2023-11-29")
    assert [r["presenter"] for r in recs] == ["Zudan Arif Fakrulloh"]


@pytest.mark.parametrize(("officer", "name"), [
    ("Kasdam IV/Diponegoro Brigjen TNI Achiruddin", "Achiruddin"),
    ("Pangdam VI/Mulawarman Mayjen TNI Tri Budi Utomo", "Tri Budi Utomo"),
    ("Danrem 101/Antasari Brigjen TNI Ilham Yunus", "Ilham Yunus"),
    ("Dandim 1010/Tapin Letkol Inf Arief Rahman", "Arief Rahman"),
])
def test_an_army_officer_with_a_unit_and_a_rank_hands_the_award_over(extract, officer, name):
    recs = extract("Pemerintah Kabupaten Tapin meraih penghargaan Kabupaten Layak Anak kategori Madya. "
                   f"Penghargaan diserahkan oleh {officer} kepada Bupati Tapin di Hotel Rattan Inn "
                   "Banjarmasin, Rabu (16/4/2025).", published="2025-04-17")
    assert [r["presenter"] for r in recs] == [name]


def test_a_parade_word_inside_a_contest_s_name_tells_no_parade_at_home(extract):
    recs = extract("PONOROGO: Kabupaten Magetan meraih juara I Lomba Pawai Budaya Nusantara tingkat "
                   "Provinsi Jawa Timur yang digelar di Alun-alun Ponorogo, Sabtu malam (29/7/2017). "
                   "Juara II diraih Kabupaten Trenggalek.", published="2017-07-30")
    assert [(r["awardee"], r["event_date"], r["venue"]) for r in recs] == [
        ("Kabupaten Magetan", "2017-07-29", "Alun-alun Ponorogo"),
        ("Kabupaten Trenggalek", "2017-07-29", "Alun-alun Ponorogo")]


def test_the_honour_named_after_yakni_is_what_was_won_not_who_won(extract):
    recs = extract("KOLAKA – Ahmad Safei, yang baru purnatugas sebagai Bupati Kolaka, kembali menerima "
                   "penghargaan dari Presiden, yakni Tanda Kehormatan Satyalancana Karya Bhakti Praja "
                   "Nugraha.", published="2024-04-22")
    assert [r["awardee"] for r in recs] == ["Kabupaten Kolaka"]


def test_bodies_that_did_not_receive_the_award_are_no_winners(extract):
    recs = extract("Pemkab Musi Banyuasin menganugerahkan penghargaan CSR kepada perusahaan yang "
                   "programnya dinilai baik. Piagam diserahkan Selasa (12/11) di Sekayu. Perusahaan "
                   "penerima penghargaan itu adalah PT Medco E&P Indonesia dan PT Gunung Tua Abadi. "
                   "Adapun PT Pertamina EP Asset 1 dan PT Conoco Phillips tidak menerima penghargaan "
                   "tahun ini karena laporannya belum lengkap.", published="2019-11-13")
    assert [r["awardee"] for r in recs] == ["PT Medco E&P Indonesia", "PT Gunung Tua Abadi"]


def test_a_list_going_on_from_those_that_scored_lowest_names_no_winners(extract):
    text = ("Lagi-lagi Kota Jambi tidak kebagian Adipura. Menurut pengumuman KLHK 2016, kota peraih "
            "nilai Adipura terendah adalah Kota Jambi. Selain itu adalah Kota Tangerang Selatan, "
            "Kota Sorong Provinsi Papua Barat, serta Kota Muara Bulian Provinsi Jambi.")
    assert extract(text, published="2016-07-23") == []


def test_the_region_that_sent_the_winners_and_one_not_yet_given_a_prize_win_nothing(extract):
    text = ("Pengumuman hasil evaluasi Sekolah Berwawasan Lingkungan tingkat Provinsi DIY tahun 2012 "
            "berlangsung Senin 13 Agustus 2012, bersamaan dengan penyerahan hadiah dari Gubernur "
            "DIY.\nDari 3 sekolah yang dikirim Kabupaten Sleman, 2 sekolah meraih juara II yaitu "
            "SMA N 1 Depok dan SMP N 2 Mlati, sedangkan MTs Al Hikmah belum mendapat kesempatan.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2012-08-20")] == [
        ("SMA N 1 Depok", 2), ("SMP N 2 Mlati", 2)]


def test_the_group_of_entrants_judged_listed_after_a_win_are_no_winners(extract):
    text = ("Desa Pelaga, Kecamatan Petang, Badung, berhasil memenangkan lomba desa tingkat "
            "kabupaten tahun 2023.\nSebelumnya Pemkab Badung menilai enam desa perwakilan "
            "kecamatan. Keenam desa tersebut yakni Desa Dalung di Kecamatan Kuta Utara, Desa "
            "Sempidi di Kecamatan Mengwi, dan Desa Kuta di Kecamatan Kuta.")
    assert [r["awardee"] for r in extract(text, published="2023-04-20")] == ["Desa Pelaga"]


@pytest.mark.parametrize("came", ["datang ke Istana Wakil Presiden untuk menerima",
                                  "hadir di Istana Wakil Presiden untuk menerima"])
def test_a_head_who_came_to_receive_the_award_tells_of_the_handover(extract, came):
    recs = extract("Pemerintah Kota Balikpapan meraih Penghargaan Pembangunan Daerah 2019 kategori "
                   f"kota. Wali Kota Balikpapan Rizal Effendi {came} penghargaan itu dari Wapres "
                   "Jusuf Kalla, Kamis (9/5/2019).", published="2019-05-10")
    assert [(r["event_date"], r["presenter"]) for r in recs] == [("2019-05-09", "Jusuf Kalla")]


def test_a_contest_s_organising_team_is_an_office_not_a_presenter_s_name(extract):
    recs = extract("Ketua Tim Pelaksana Lomba Posyandu, H. Darman, menyebutkan bahwa Posyandu Kenanga "
                   "Desa Sindangkasih terpilih sebagai Juara I. Juara II diraih oleh Posyandu "
                   "Anggrek Desa Jatiwangi, sedangkan Juara III diberikan kepada Posyandu Mawar "
                   "Desa Kadipaten.", published="2023-06-16")
    assert [(r["rank"], r["presenter"]) for r in recs] == [(1, None), (2, None), (3, None)]


def test_a_village_head_named_before_the_title_is_no_winner_of_their_own(extract):
    recs = extract("Desa Lalonggasumeeto Kecamatan Soropia Kabupaten Konawe dinobatkan oleh KPK "
                   "sebagai Desa Anti Korupsi tahun 2023. KPK RI menyerahkan penghargaan kepada 22 "
                   "Kepala Desa dari seluruh Indonesia. Salah satu Kades yang menerima penghargaan "
                   "tersebut yakni Rahmat Hidayat Kades Lalonggasumeeto.", published="2023-11-29")
    assert [r["awardee"] for r in recs] == ["Desa Lalonggasumeeto"]


def test_bodies_counted_to_have_won_several_times_are_recalled_in_a_farewell(extract):
    text = ("GARUT - Di hari terakhir masa jabatannya, Senin 20 Februari 2023, Bupati Garut Rudy "
            "Gunawan bercerita tentang suka duka sepuluh tahun memimpin. Di antaranya Badan "
            "Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Garut yang dua kali meraih "
            "penghargaan perencanaan pembangunan terbaik tingkat Jabar.")
    assert extract(text, published="2023-02-20") == []


def test_an_older_edition_handed_over_within_the_year_before_the_page_is_no_recalled_win(extract):
    text = ("Dalam setahun kepemimpinannya, Pemkab Pamekasan mengumpulkan sederet penghargaan.\n"
            "Pemkab Pamekasan meraih penghargaan Anugerah Parahita Ekapraya (APE) 2021 tingkat madya "
            "dari Kementerian PPPA di Jakarta, Senin (22/8/2022).\nPemkab Pamekasan juga meraih "
            "opini Wajar Tanpa Pengecualian (WTP) dari BPK RI di Surabaya, Jumat (20/5/2022).")
    assert [(r["award"], r["event_date"]) for r in extract(text, published="2023-02-20")] == [
        ("Anugerah Parahita Ekapraya", "2022-08-22"), ("WTP", "2022-05-20")]


def test_a_province_whose_anniversary_years_are_said_is_no_winner(extract):
    recs = extract("Desa Ngilngof menjadi Juara Pertama Lomba Desa dan Kelurahan Tingkat Provinsi "
                   "Maluku Tahun 2023. Kepala Desa Ngilngof pada Jumat (18/8) menerima piagam juara "
                   "yang diserahkan langsung oleh Gubernur Maluku Murad Ismail dalam upacara HUT "
                   "ke-78 tahun Provinsi Maluku pada 18 Agustus 2023.", published="2023-08-21")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [("Desa Ngilngof", "Murad Ismail")]


def test_who_announced_the_results_handed_nothing_over(extract):
    recs = extract("Kabupaten Flores Timur ditetapkan sebagai juara umum Lomba Paduan Suara Gerejani "
                   "Tingkat Provinsi NTT Tahun 2024. Hasil lomba itu diumumkan oleh Ketua Panitia, "
                   "Yohanes Bria saat penutupan di Aula Keuskupan Larantuka, Sabtu (12/10/2024) "
                   "malam.", published="2024-10-13")
    assert [(r["awardee"], r["presenter"], r["venue"]) for r in recs] == [
        ("Kabupaten Flores Timur", None, "Aula Keuskupan Larantuka")]


def test_a_head_and_deputy_by_their_paired_short_names_are_no_body(extract):
    recs = extract("Gubernur Malut Abdul Gani Kasuba dan Wagub M. Al Yasin Ali lagi-lagi diganjar "
                   "penghargaan oleh APPSI. Kali ini, Gani-Yasin berhasil meraih Adhi Purna Prima "
                   "Award yang diserahkan di Hotel Sangrila, Jawa Timur, Senin (28/1/2019) malam. "
                   "Penghargaan diserahkan langsung Menteri Dalam Negeri Tjahjo Kumolo kepada "
                   "Gubernur Malut yang diwakili Kepala Bappeda Salmin Janidi.",
                   published="2019-01-30")
    assert [r["awardee"] for r in recs] == ["Provinsi Maluku Utara"]


def test_awards_counted_for_one_winner_are_one_record_each(extract):
    recs = extract("TOMOHON – Pemerintah Kota Tomohon kembali mendapat penghargaan tingkat nasional. "
                   "Kota Tomohon meraih dua penghargaan sekaligus, yakni Adipura dan Wahana Tata "
                   "Nugraha.", published="2018-07-19")
    assert [(r["award"], r["awardee"]) for r in recs] == [
        ("Adipura", "Kota Tomohon"), ("Wahana Tata Nugraha", "Kota Tomohon")]


def test_teachers_listed_with_degrees_and_their_schools_win_themselves(extract):
    text = ("Delapan guru berprestasi di Kabupaten Kolaka mendapat penghargaan pada peringatan Hari "
            "Guru Nasional yang digelar di Lapangan Kantor Bupati Kolaka, Senin (25/11/2019).\n"
            "Adapun nama-nama yang mendapat penghargaan dari Gubernur Sultra Ali Mazi, itu yakni :\n"
            "- Hasnawati, S.Pd., M.Pd Guru SMPN 1 Wundulako\n"
            "- Yusran Amir, S.Pd Kepsek SDN 3 Pomalaa")
    assert [r["awardee"] for r in extract(text, published="2019-11-26")] == [
        "Hasnawati", "Yusran Amir"]


def test_a_winner_named_with_bapak_or_ibu_before_the_name_wins(extract):
    text = ("Penghargaan guru berprestasi diserahkan secara simbolis oleh Wakil Bupati Heri Wardoyo "
            "pada apel Hari Guru Nasional, Jumat, 25 November 2016, di Lapangan Tugu Gajah "
            "Menggala.\nDiketahui guru yang mendapat penghargaan yakni, kategori guru berprestasi "
            "tingkat SMA diraih oleh Bapak Suparman, S.Pd dari SMA N 1 Menggala, kategori guru "
            "berprestasi tingkat SMP diraih oleh Ibu Ratna Sari, S.Pd dari SMP N 2 Banjar Agung.")
    assert [r["awardee"] for r in extract(text, published="2016-11-26")] == [
        "Suparman", "Ratna Sari"]


def test_a_province_closing_a_prize_s_name_in_title_case_is_its_scope(extract):
    recs = extract("Dinas Pertanian Provinsi Kalimantan Barat mengantongi dua penghargaan bulan ini. "
                   "\"Yang pertama, juara 1 Perangkat Daerah Terbaik Provinsi Kalbar tahun 2023 "
                   "kategori Pengelolaan Arsip Dinamis,\" kata Kepala Dinas Pertanian Kalbar "
                   "Heronimus Hero di Pontianak, Jumat (15/12/2023). Posisi juara 2 diraih oleh "
                   "Dinas Sosial Provinsi Kalbar.", published="2023-12-15")
    assert "Provinsi Kalimantan Barat" not in [r["awardee"] for r in recs]
    assert ("Dinas Sosial Provinsi Kalbar", 2) in [(r["awardee"], r["rank"]) for r in recs]


def test_a_city_that_no_longer_brought_the_award_home_and_got_a_participation_plaque_won_nothing(
        extract):
    text = ("Adipura Lepas, Wali Kota Kediri Kecewa Berat\n\nTahun 2018 Kota Kediri tak lagi "
            "membawa pulang Piala Adipura, trofi yang biasanya diarak tiap tahun. Kota Kediri hanya "
            "mendapatkan plakat sebagai tanda keikutsertaan dalam penilaian Adipura.")
    assert extract(text, published="2019-01-15") == []


def test_an_evaluation_meeting_quoting_the_last_round_s_predicate_gives_no_record(extract):
    text = ("MOMENTUM, Kotaagung -- Dinas PPPA Tanggamus menggelar evaluasi penilaian Kabupaten "
            "Layak Anak (KLA) 2022 di Aula Bappeda Tanggamus, Kamis (10-2-2022).\nKadis PPPA Dwi "
            "Rahmawati menjelaskan KLA adalah predikat bagi daerah yang melindungi anak. Tanggamus "
            "memperoleh predikat Pratama dengan nilai 560.")
    assert extract(text, published="2022-02-11") == []


def test_the_dirtiest_cities_named_after_the_winners_won_nothing(extract):
    text = ("Wakil Presiden menyerahkan Piala Adipura pada Malam Anugerah Lingkungan di Hotel Mulia, "
            "Jakarta, semalam.\nYang berhak menggondol Piala Adipura 2006, yaitu Jakarta Selatan "
            "dan Kudus. Adapun untuk kategori kota metropolitan terkotor adalah Bekasi, Medan, dan "
            "Makassar.")
    assert [r["awardee"] for r in extract(text, published="2006-12-16")] == [
        "Kota Administrasi Jakarta Selatan", "Kabupaten Kudus"]


def test_a_council_speaking_of_the_city_s_failure_to_get_wtp_reports_no_win(extract):
    text = ("METRO - DPRD Kota Metro menyoroti kegagalan Pemerintah Kota setempat mendapat Opini "
            "Wajar Tanpa Pengecualian (WTP) dari BPK RI dua tahun berturut-turut.")
    assert extract(text, published="2023-06-21") == []


def test_next_round_s_nominees_after_the_winners_are_no_winners(extract):
    text = ("Wakil Presiden menyerahkan Piala Adipura pada Malam Anugerah Lingkungan di Hotel Mulia, "
            "Jakarta, semalam.\nYang berhak menggondol Piala Adipura 2006, yaitu Jakarta Selatan "
            "dan Kudus.\nPada acara itu juga disampaikan kota-kota yang memperoleh nominasi meraih "
            "Adipura pada 2007 mendatang, yaitu Bukittinggi, Salatiga, dan Kendari.")
    assert [r["awardee"] for r in extract(text, published="2006-12-16")] == [
        "Kota Administrasi Jakarta Selatan", "Kabupaten Kudus"]


def test_a_body_inside_the_giver_s_name_after_the_award_is_no_winner(extract):
    recs = extract("SEMARANG - DPRD Jawa Tengah mendapat penghargaan dari Pusat Kajian Parlemen "
                   "Universitas Diponegoro. Penghargaan tersebut diserahkan Menteri Dalam Negeri "
                   "Tjahjo Kumolo di Surakarta, 11 Februari 2016 lalu.", published="2016-02-20")
    assert [r["awardee"] for r in recs] == ["DPRD Jawa Tengah"]


def test_a_body_after_a_title_running_on_into_its_holder_s_name_is_the_body_named_before(extract):
    recs = extract("Bank Jateng meraih penghargaan Best Bank 2020 di Jakarta, Kamis (25/6/2020). "
                   "Penghargaan ini diterima oleh Direktur Utama Bank Jateng Supriyatno.",
                   published="2020-06-27")
    assert [(r["awardee"], r["recipient"]) for r in recs] == [("Bank Jateng", "Supriyatno")]


def test_a_critique_recalling_wins_again_and_again_reports_none(extract):
    text = ("Temuan Lebih Bayar, Fraksi PDIP Ragukan Arti WTP Pemprov Jateng\n\nSEMARANG - Temuan "
            "kelebihan pembayaran subsidi ke sejumlah BUMD kembali muncul dalam audit BPK.\nKetua "
            "Fraksi PDIP DPRD Jateng, Sumanto, heran karena Pemprov Jateng berkali-kali mendapat "
            "opini WTP dari BPK.\nMenurut catatan redaksi, Jateng sudah lima tahun beruntun "
            "mempertahankan opini tersebut.")
    assert extract(text, published="2021-07-16") == []


def test_a_province_after_a_second_level_is_the_level_no_winner(extract):
    # "tingkat nasional maupun provinsi Jawa Barat": two levels, one winner
    text = ("Kota Bogor meraih penghargaan Adiwiyata baik tingkat nasional maupun provinsi Jawa "
            "Barat di Bandung, Selasa (6/11/2018).")
    assert list(awardees(extract(text, published="2018-11-07"))) == ["Kota Bogor"]
    # a region winning beside another one is still a winner
    assert list(awardees(extract("Penghargaan Adiwiyata tingkat nasional diraih Kota Bogor dan "
                                 "Provinsi Jawa Barat.", published="2018-11-07"))) == [
        "Kota Bogor", "Provinsi Jawa Barat"]


def test_a_region_s_kind_written_twice_in_a_body_s_name_is_read_once(extract):
    text = ("Nirwasita Tantra 2022 kategori kota kecil diraih oleh DPRD Kota Payakumbuh, DPRD Kota "
            "Kota Bontang, dan DPRD Kota Solok.")
    recs = extract(text, published="2022-12-20")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("DPRD Kota Payakumbuh", "Sumatera Barat"), ("DPRD Kota Bontang", "Kalimantan Timur"),
        ("DPRD Kota Solok", "Sumatera Barat")]
    # evidence quotes the page as written
    assert "DPRD Kota Kota Bontang" in recs[1]["evidence"][0]["text"]
    # a level before the winner is no body's name
    assert list(awardees(extract("Untuk tingkat Kabupaten Kabupaten Sleman juga meraih Nirwasita "
                                 "Tantra 2022.", published="2022-12-20"))) == ["Kabupaten Sleman"]


@pytest.mark.parametrize("speaker", [
    "Bagian Prokopim Kabupaten Ngawi, Senin menerangkan,",
    "Dinas Lingkungan Hidup Kabupaten Ngawi menyebutkan,"])
def test_a_body_telling_of_the_win_is_no_winner(extract, speaker):
    text = ("Pemkab Ngawi membawa pulang dua penghargaan Program Kampung Iklim tahun 2022.\n"
            f"{speaker} salah satunya diraih oleh Bupati Ngawi Ony Anwar Harsono.")
    assert list(awardees(extract(text, published="2022-10-25"))) == ["Kabupaten Ngawi"]


def test_the_body_whose_written_statement_a_sentence_quotes_is_no_winner(extract):
    text = ("Keterangan tertulis Dinas Kominfo Kota Palu, Selasa, penghargaan UHC Award 2023 "
            "diterima Wali Kota Palu Hadianto Rasyid dari Wakil Presiden Ma'ruf Amin di Jakarta.")
    assert list(awardees(extract(text, published="2023-03-15"))) == ["Kota Palu"]


@pytest.mark.parametrize("credit", [
    "Warganya terlindungi berkat program desa, dan tidak lupa pula peran PT Sumber Niaga dan PT "
    "Mitra Karya yang berkantor di Desa Sungai Bengkal.",
    "Warganya terlindungi berkat program desa, dan tidak lupa pula dukungan Dinas Tenaga Kerja "
    "Kabupaten Tebo, dan PT Sumber Niaga yang berkantor di Desa Sungai Bengkal."])
def test_bodies_credited_together_for_their_role_are_no_winners(extract, credit):
    text = f"Desa Sungai Bengkal meraih Paritrana Award 2023 tingkat Provinsi Jambi. {credit}"
    assert list(awardees(extract(text, published="2023-06-20"))) == ["Desa Sungai Bengkal"]


def test_a_sentence_opening_with_this_year_goes_on_with_no_recalled_win(extract):
    text = ("Pemprov Jawa Tengah menerima predikat AA untuk SAKIP dari Kementerian PANRB.\n"
            "Sebelumnya, Jawa Tengah sudah tiga kali meraih predikat A untuk SAKIP. Tahun ini, "
            "predikat A juga diraih dua kabupaten, yaitu Kudus dan Klaten.")
    assert list(awardees(extract(text, published="2020-02-25"))) == [
        "Provinsi Jawa Tengah", "Kabupaten Kudus", "Kabupaten Klaten"]


def test_bodies_praised_for_the_win_of_another_are_no_winners(extract):
    text = ("Pemprov Kalimantan Timur meraih Paritrana Award 2023. Gubernur juga mengapresiasi "
            "Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Kaltim, serta perangkat daerah "
            "(OPD) lain, atas kerja kerasnya sehingga Provinsi Kaltim berhasil meraih penghargaan "
            "tersebut.")
    assert list(awardees(extract(text, published="2023-09-15"))) == ["Provinsi Kalimantan Timur"]
    # a body praised for its own win wins
    assert list(awardees(extract("Gubernur mengapresiasi Desa Sukamaju yang meraih juara I Lomba "
                                 "Desa tingkat Provinsi Jawa Barat.", published="2024-09-13"))
                ) == ["Desa Sukamaju"]


def test_the_body_a_prize_was_given_in_cooperation_with_is_no_winner(extract):
    text = ("Pemkab Sidrap Raih Penghargaan DPMPTSP Terbaik\nPemkab Sidrap dinilai sebagai DPMPTSP "
            "terbaik kedua tahun 2021 kerjasama dengan Badan Penyelenggara Jaminan Sosial (BPJS) "
            "ketenagakerjaan.")
    assert list(awardees(extract(text, published="2021-11-02"))) == ["Kabupaten Sidenreng Rappang"]


def test_heads_hoping_to_win_the_trophy_in_the_year_after_are_no_winners(extract):
    text = ("Pada Paritrana Award tingkat Provinsi NTB tahun 2025, kategori pemerintah daerah "
            "dimenangkan oleh Kabupaten Lombok Timur sebagai juara pertama. Wakil gubernur yakin "
            "bupati lain seperti Dompu dan Bima datang jauh-jauh untuk memastikan merebut tropi "
            "di tahun selanjutnya.")
    assert list(awardees(extract(text, published="2025-09-11"))) == ["Kabupaten Lombok Timur"]


def test_schools_counted_in_a_kota_administrasi_lie_in_its_province(extract):
    text = ("Dua sekolah di Kota Administrasi Jakarta Timur meraih penghargaan Adiwiyata dari KLHK, "
            "masing-masing SDN Kelapa Dua Wetan 02 dan SDN Kelapa Dua Wetan 03.")
    assert [(r["awardee"], r["province"]) for r in extract(text, published="2022-12-22")] == [
        ("SDN Kelapa Dua Wetan 02", "DKI Jakarta"), ("SDN Kelapa Dua Wetan 03", "DKI Jakarta")]


def test_a_tally_of_past_wins_after_disusul_names_no_winner(extract):
    text = ("KEDIRI – Pemkot Kediri kembali memperoleh opini Wajar Tanpa Pengecualian (WTP) dari BPK "
            "Perwakilan Jawa Timur, yang ke-14 kali berturut-turut. LHP diserahkan Kepala BPK "
            "Perwakilan Jatim, Agus Salim kepada Wali Kota Kediri di Sidoarjo, Jumat (2/5/2025).\n"
            "Dengan WTP ke-14 ini, Kediri memegang rekor terbanyak di Jatim. Disusul Kabupaten "
            "Lumajang 13 kali, kemudian Kabupaten Gresik, Ngawi dan Tuban 12 kali.")
    assert list(awardees(extract(text, published="2025-05-03"))) == ["Kota Kediri"]


@pytest.mark.parametrize("opening", ["Jelang Hari Jadi Kota Bogor,", "Jelang akhir tahun,"])
def test_a_win_told_ahead_of_a_day_of_the_year_is_a_win(extract, opening):
    text = (f"{opening} Pemerintah Kota (Pemkot) Bogor memperoleh penghargaan Anugerah Humas "
            "Indonesia (AHI) di Jakarta, Kamis (12/5/2022).")
    assert list(awardees(extract(text, published="2022-05-14"))) == ["Kota Bogor"]
    # ahead of a round's stage, nothing is won yet
    assert extract("Jelang penilaian Adipura, Pemkot Bogor menggelar kerja bakti di Taman Sempur, "
                   "Kamis (12/5/2022).", published="2022-05-14") == []


def test_a_winner_s_parent_company_is_no_winner(extract):
    text = ("Pontianak (ANTARA) - PT Sumber Sawit Lestari, anak perusahaan PT Nusantara Agro Jaya Tbk "
            "menerima Piagam Penghargaan dari Bapenda Kalbar atas Kepatuhan Pajak Air Permukaan. "
            "Piagam diberikan oleh Gubernur Kalbar Sutarmidji di Hotel Aston Pontianak, Kamis "
            "(20/10).")
    assert list(awardees(extract(text, published="2022-10-27"))) == ["PT Sumber Sawit Lestari"]


def test_a_prize_handed_untuk_named_villages_is_won_by_them(extract):
    text = ("Dinas PMD Provinsi Kalbar memberi penghargaan untuk tiga desa yang ditetapkan berstatus "
            "Desa Mandiri tahun 2021 di Hotel Mercure Pontianak, Kamis 16 Desember 2021.\nGubernur "
            "Kalbar H Sutarmidji menyerahkan langsung penghargaan untuk Desa Nanga Jetak, Desa "
            "Sebadu, dan Desa Pal Sembilan.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2021-12-17")] == [
        ("Desa Nanga Jetak", "Sutarmidji"), ("Desa Sebadu", "Sutarmidji"),
        ("Desa Pal Sembilan", "Sutarmidji")]


def test_a_body_named_with_and_without_its_regency_is_one_winner(extract):
    text = ("SMP Negeri 2 Sungai Raya Kabupaten Kubu Raya meraih juara 1 Lomba Sekolah Sehat tingkat "
            "Provinsi Kalimantan Barat 2023. SMP Negeri 2 Sungai Raya menerima piala yang diserahkan "
            "Wakil Gubernur Kalbar Ria Norsan di Pendopo Gubernur, Selasa (14/11/2023).")
    assert [(r["awardee"], r["rank"], r["presenter"]) for r in extract(
        text, published="2023-11-15")] == [
        ("SMP Negeri 2 Sungai Raya Kabupaten Kubu Raya", 1, "Ria Norsan")]


def test_the_group_handed_the_award_counted_and_listed_after_it_wins(extract):
    text = ("Pemerintah Provinsi Kalimantan Utara memberikan penghargaan kepada perusahaan industri "
            "pengolahan pembayar pajak terbesar.\nEmpat perusahaan pembayar pajak terbesar yakni PT "
            "Sinar Tarakan, PT Semen Borneo Jaya Tbk, PT Kayan Lestari Plywood dan PT Bulungan Agro "
            "Sentosa.")
    assert list(awardees(extract(text, published="2023-04-23"))) == [
        "PT Sinar Tarakan", "PT Semen Borneo Jaya Tbk", "PT Kayan Lestari Plywood",
        "PT Bulungan Agro Sentosa"]


def test_a_business_s_form_with_a_full_stop_ends_no_sentence(extract):
    text = ("Gubernur Sulawesi Utara menyerahkan penghargaan Siddhakarya di Manado, Rabu "
            "(20/11/2024), kepada tiga usaha, yaitu Hotel Sahid Kawanua, RM. Wale Makan dan KSP. "
            "Sinar Tondano.")
    assert [r["awardee"] for r in extract(text, published="2024-11-21")] == [
        "Hotel Sahid Kawanua", "RM. Wale Makan", "KSP. Sinar Tondano"]


def test_a_word_of_winning_inside_a_company_s_name_ends_no_name(extract):
    text = ("Gubernur Jawa Timur menyerahkan penghargaan Primaniyarta 2019 di Surabaya, Senin "
            "(11/11/2019), kepada PT Sukses Makmur Abadi, PT Karya Juara Mandiri dan PT Sinar "
            "Sukses Sentosa.")
    assert [r["awardee"] for r in extract(text, published="2019-11-12")] == [
        "PT Sukses Makmur Abadi", "PT Karya Juara Mandiri", "PT Sinar Sukses Sentosa"]


def test_a_region_s_office_giving_the_award_is_no_winner(extract):
    text = ("PT Kayu Jati Lestari meraih penghargaan Zero Accident 2023 oleh Disnaker Kabupaten "
            "Karawang di Karawang, Kamis (12/10/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-10-16")] == [
        "PT Kayu Jati Lestari"]


def test_appreciation_given_through_an_award_is_its_handover(extract):
    text = ("Kementerian Perindustrian memberikan apresiasi kepada pelaku industri hijau melalui "
            "Penghargaan Industri Hijau 2023 di Hotel Mulia, Jakarta, Kamis (26/10/2023). "
            "Penghargaan diberikan kepada PT Kertas Nusantara.")
    [rec] = extract(text, published="2023-10-27")
    assert (rec["awardee"], rec["event_date"], rec["venue"]) == (
        "PT Kertas Nusantara", "2023-10-26", "Hotel Mulia, Jakarta")


def test_a_counted_group_listed_after_a_sentence_on_the_ceremony(extract):
    text = ("Pemerintah Provinsi Jawa Tengah memberikan penghargaan Siddhakarya kepada lima "
            "perusahaan di wilayahnya. Acara digelar di Hotel Gumaya Semarang, Rabu (30/10/2024). "
            "Lima perusahaan dengan kategori unggul itu adalah PT Batik Laweyan, Rumah Sakit "
            "Permata Hati, dan PT Jamu Sehat.")
    recs = extract(text, published="2024-10-31")
    assert [r["awardee"] for r in recs] == [
        "PT Batik Laweyan", "Rumah Sakit Permata Hati", "PT Jamu Sehat"]
    assert {r["venue"] for r in recs} == {"Hotel Gumaya Semarang"}


def test_a_bank_s_branch_wins_the_bank_s_own_name_with_a_person_does_not(extract):
    text = ("Kepala KPP Pratama Klaten menyerahkan penghargaan Wajib Pajak Patuh 2022 kepada BRI "
            "Cabang Klaten dan Pegadaian Cabang Kabupaten Sukoharjo di Klaten, Selasa (19/7/2022). "
            "Penghargaan diterima Direktur BNI Rudi Santoso.")
    assert [r["awardee"] for r in extract(text, published="2022-07-20")] == [
        "BRI Cabang Klaten", "Pegadaian Cabang Kabupaten Sukoharjo"]


def test_a_prize_counted_for_companies_goes_to_those_a_category_is_handed_to(extract):
    text = ("Pemerintah Provinsi Sulawesi Tenggara menyerahkan sejumlah penghargaan kepada "
            "kabupaten/kota dan perusahaan. Penyerahan dilakukan langsung oleh Gubernur Sulawesi "
            "Tenggara Andi Sumangerukka di Ruang Pola Kantor Gubernur Sultra, Minggu (19/10/2025).\n"
            "Kategori perusahaan peduli lingkungan diberikan kepada PT Tambang Raya Kolaka dan PT "
            "Nikel Sejahtera.")
    recs = extract(text, published="2025-10-20")
    assert [r["awardee"] for r in recs] == ["PT Tambang Raya Kolaka", "PT Nikel Sejahtera"]
    assert {r["presenter"] for r in recs} == {"Andi Sumangerukka"}


def test_villages_winning_a_contest_held_in_a_regency_lie_in_its_province(extract):
    text = ("Desa Gondang, Kecamatan Tanon, menerima hadiah Rp500 juta sebagai pemenang lomba desa "
            "di Kabupaten Sragen. Penyerahan hadiah berlangsung di Pendopo Sumonegaran, Minggu "
            "(20/8/2023) malam.")
    [rec] = extract(text, published="2023-08-21")
    assert (rec["awardee"], rec["province"]) == ("Desa Gondang", "Jawa Tengah")


def test_a_dateline_s_outlet_glued_to_its_hyphen_opens_the_story(extract):
    text = ("PURBALINGGA, INFO- Kecamatan Bobotsari berhasil menyabet juara pertama lomba pawai "
            "pembangunan yang diadakan Pemkab Purbalingga.")
    [rec] = extract(text, published="2018-08-31")
    assert (rec["awardee"], rec["rank"], rec["province"]) == (
        "Kecamatan Bobotsari", 1, "Jawa Tengah")


def test_a_province_after_slashed_kinds_is_the_contest_s_scope(extract):
    text = ("Kota Magelang meraih peringkat pertama tingkat kota dalam Penghargaan Pembangunan "
            "Daerah (PPD) Kabupaten/Kota Provinsi Jawa Tengah 2024 di Semarang, Senin (6/5/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-05-07")] == ["Kota Magelang"]


def test_a_body_announcing_the_result_is_no_winner(extract):
    text = ("Palu - Dinas Pemberdayaan Masyarakat Desa Sulawesi Tengah mengumumkan Desa Tombolo, "
            "Kabupaten Sigi menempati posisi juara 1 lomba desa tingkat provinsi tahun 2023.")
    assert [r["awardee"] for r in extract(text, published="2023-08-02")] == ["Desa Tombolo"]


def test_the_government_a_winner_serves_under_is_no_winner(extract):
    text = ("Mamuju - RSUD Siti Fatimah, satu-satunya rumah sakit di lingkungan Pemprov Sulbar, "
            "meraih Terbaik II kategori Rumah Sakit Ramah Anak. Penghargaan diserahkan Menteri "
            "PPPA di Jakarta, Selasa (26/4/2022).")
    [rec] = extract(text, published="2022-04-27")
    assert (rec["awardee"], rec["province"]) == ("RSUD Siti Fatimah", "Sulawesi Barat")


@pytest.mark.parametrize("verb", ["dilaksanakan", "dihelat"])
def test_the_company_that_held_the_contest_is_no_winner(extract, verb):
    text = (f"Pemkab Badung meraih Anugerah Wisata Nusantara 2017 yang {verb} PT Kabar Dewata "
            "Media Tbk bekerja sama dengan Lembaga Riset Cakra di Hotel Mulia Jakarta, Jumat "
            "(29/9/2017).")
    assert [r["awardee"] for r in extract(text, published="2017-10-01")] == ["Kabupaten Badung"]


@pytest.mark.parametrize("head", ["Kapolres Lebak AKBP", "Kajari Lebak"])
def test_the_head_of_a_national_body_s_branch_receiving_speaks_for_no_region(extract, head):
    text = (f"Kapolda Banten Irjen Pol Rahmat Hidayat menyerahkan penghargaan kepada {head} "
            "Dedi Kurniawan di Serang, Senin (26/2/2024). Polres Lebak meraih peringkat ketiga "
            "kepatuhan pelayanan publik 2023.")
    assert [r["awardee"] for r in extract(text, published="2024-02-27")] == ["Polres Lebak"]


def test_a_school_written_out_and_abbreviated_is_one_winner(extract):
    text = ("SMP Negeri 3 Kutasari, Purbalingga, meraih predikat Adiwiyata Nasional 2024 di "
            "Jakarta, Rabu (2/10/2024). Selain SMPN 3 Kutasari, SMPN 1 Bobotsari juga meraih "
            "Adiwiyata Nasional.")
    assert [r["awardee"] for r in extract(text, published="2024-10-04")] == [
        "SMP Negeri 3 Kutasari", "SMPN 1 Bobotsari"]


def test_a_body_s_name_goes_on_after_its_head_s_short_form_in_brackets(extract):
    text = ("Lembaga Pemasyarakatan (Lapas) Kelas IIB Banyuwangi menerima penghargaan Inovasi "
            "Pembinaan Warga Binaan dari PWI Banyuwangi, Senin (10/2/2025).")
    [rec] = extract(text, published="2025-02-11")
    assert (rec["awardee"], rec["province"]) == (
        "Lembaga Pemasyarakatan (Lapas) Kelas IIB Banyuwangi", "Jawa Timur")


@pytest.mark.parametrize("stage", ["penilaian", "nominasi", "tahap"])
def test_a_shortlist_with_its_stage_named_is_no_win(extract, stage):
    text = (f"Desa Lamere mewakili Kabupaten Muna dalam Lomba Kampung KB tingkat Provinsi Sulawesi "
            f"Tenggara 2024 dan masuk {stage} 3 besar bersama Kabupaten Buton dan Wakatobi.")
    assert extract(text, published="2024-04-01") == []


def test_a_win_told_of_the_past_year_the_sentence_before_named_is_recalled(extract):
    text = ("Desa Munduk meraih peringkat satu lomba desa tingkat nasional pada Hari Desa "
            "Nasional, 15 Januari 2023. Prestasi ini mengulang sukses Kabupaten Buleleng di tahun "
            "2018. Saat itu Desa Sudaji yang meraih juara I pada lomba serupa.")
    assert [r["awardee"] for r in extract(text, published="2023-01-20")] == ["Desa Munduk"]


def test_a_term_nearing_its_years_plans_nothing(extract):
    text = ("KABARJATIM – Wali Kota Blitar Santoso mengantongi 40 penghargaan jelang lima tahun "
            "kepemimpinannya di Kota Blitar, Jawa Timur. Yang paling berkesan adalah Smart City "
            "Award, yang baru pertama kali diterima Pemkot Blitar. Penghargaan itu diterima "
            "langsung oleh Santoso pada forum yang digelar di Yogyakarta.")
    assert [r["awardee"] for r in extract(text, published="2023-12-22")] == ["Kota Blitar"]


def test_bodies_right_after_memberikan_are_given_the_award(extract):
    text = ("Dalam Innovative Government Award 2022, Kemendagri memberikan Kabupaten Grobogan, "
            "Kabupaten Pati dan Kota Semarang predikat sangat inovatif di Jakarta, Kamis "
            "(15/12/2022).")
    assert [r["awardee"] for r in extract(text, published="2022-12-16")] == [
        "Kabupaten Grobogan", "Kabupaten Pati", "Kota Semarang"]


def test_bare_names_each_with_a_score_after_it_are_a_list(extract):
    text = ("Provinsi dengan kinerja terbaik diraih Provinsi Jawa Tengah dengan skor 3,2104 dalam "
            "Satyalancana Karya Bhakti Praja Nugraha. Berikutnya disusul oleh Jawa Timur 3,1987; "
            "Sulawesi Selatan 3,1655; dan Jawa Barat 3,0436.")
    assert [r["awardee"] for r in extract(text, published="2017-04-25")] == [
        "Provinsi Jawa Tengah", "Provinsi Jawa Timur", "Provinsi Sulawesi Selatan",
        "Provinsi Jawa Barat"]


def test_a_region_after_a_building_named_after_a_comma_is_no_winner(extract):
    text = ("Wakil Gubernur Riau Edy Natar menerima penghargaan Satyalancana Karya Bhakti Praja "
            "Nugraha pada peringatan Hari Otonomi Daerah ke-21, Lapangan Merdeka, Kota Medan, "
            "Selasa (25/4/2017)\nPEKANBARU - Provinsi Riau meraih penghargaan Satyalancana Karya "
            "Bhakti Praja Nugraha.")
    assert [r["awardee"] for r in extract(text, published="2017-04-25")] == ["Provinsi Riau"]


def test_top_or_best_opening_a_prize_s_name_opens_no_winner(extract):
    text = ("PDAM Tirta Lawu memborong sejumlah penghargaan pada ajang Top BUMD 2018 di Balai "
            "Kartini, Jakarta, Kamis (3/5/2018). Penghargaan yang diraih PDAM Tirta Lawu meliputi, "
            "Top BUMD, Top BUMD PDAM, dan Top CEO.")
    assert [r["awardee"] for r in extract(text, published="2018-05-04")] == ["PDAM Tirta Lawu"]


def test_winners_counted_in_a_subdistrict_of_a_regency_lie_in_its_province(extract):
    text = ("Tiga pekon di Kecamatan Pagelaran, Kabupaten Pringsewu, meraih penghargaan desa sehat "
            "2024. Ketiganya adalah Pekon Sukaratu, Pekon Bumiratu dan Pekon Gumuk Mas.")
    assert {r["province"] for r in extract(text, published="2025-01-10")} == {"Lampung"}


def test_the_areas_winners_come_from_listed_are_no_winners(extract):
    text = ("Hadiah Lomba Vlog Desa Sehat diserahkan Kapolda Sulawesi Selatan di Mapolda Sulawesi "
            "Selatan, Kamis (9/7/2020). Ada lima pemenang yang berasal dari beberapa wilayah, di "
            "antaranya Wajo, Bulukumba, Parepare dan Gowa. Juara pertama diraih oleh Nur Hasanah, "
            "warga Wajo.")
    assert [r["awardee"] for r in extract(text, published="2020-07-10")] == ["Nur Hasanah"]


@pytest.mark.parametrize("verb", ["memenangkan", "menjuarai"])
def test_a_contest_in_lower_case_won_is_a_win(extract, verb):
    text = (f"Kabupaten Takalar {verb} lomba video inovasi sektor pariwisata. Penghargaan diserahkan "
            "Mendagri Tito Karnavian di Gedung Sasana Bhakti Praja, Senin (22/6/2020).")
    [rec] = extract(text, published="2020-06-23")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Takalar", "Tito Karnavian")


def test_a_neighbourhood_unit_keeps_its_rt_and_rw(extract):
    text = ("Hadiah lomba kampung tangguh diserahkan Bupati Bondowoso di Pendopo Bupati, Rabu "
            "(1/7/2020). Juara 2 diraih RT 03 RW 04 Kelurahan Kademangan.")
    assert [r["awardee"] for r in extract(text, published="2020-07-02")] == [
        "RT 03 RW 04 Kelurahan Kademangan"]


def test_a_head_receiving_for_another_official_wins_nothing_for_his_region(extract):
    text = ("Gubernur Jambi mendapat penghargaan Pembina TTG Terbaik dari Menteri Desa di Bengkulu, "
            "Senin (23/9/2019). Penghargaan ini diterima oleh Bupati Kerinci, Adirozal mewakili "
            "Gubernur Jambi.")
    assert [r["awardee"] for r in extract(text, published="2019-09-24")] == ["Provinsi Jambi"]


def test_a_region_s_name_used_as_a_common_noun_names_no_region(extract):
    text = ("PT Nikel Halmahera Jaya mendapat GMP Award 2024 dari Direktorat Jenderal Mineral dan "
            "Batu Bara Kementerian ESDM di Jakarta, Kamis (26/9/2024).")
    recs = extract(text, published="2024-09-30")
    assert [(r["awardee"], r["province"]) for r in recs] == [("PT Nikel Halmahera Jaya", None)]


def test_a_story_naming_a_regency_s_government_places_its_villages(extract):
    text = ("BUTON – Pemerintah Daerah Wakatobi bangga karena Desa Sombu, Kecamatan Wangi-Wangi, "
            "dinobatkan sebagai desa terbaik dalam Lomba Desa Wisata Bahari 2025 di Jakarta, Rabu "
            "(15/1/2025).")
    [rec] = extract(text, published="2025-01-20")
    assert (rec["awardee"], rec["province"]) == ("Desa Sombu", "Sulawesi Tenggara")


def test_a_lower_round_won_before_being_sent_on_is_recalled(extract):
    text = ("Desa Wayabula terpilih mewakili Pulau Morotai pada lomba desa tingkat Provinsi 2024, "
            "setelah keluar sebagai pemenang pertama tingkat Kecamatan dan Kabupaten. Tim provinsi "
            "sudah melakukan penilaian pada Rabu (3/7/2024).")
    assert extract(text, published="2024-07-03") == []


def test_a_clinic_list_writes_its_head_once_for_all_its_names(extract):
    text = ("Wakil Bupati Toba menyerahkan penghargaan bidang kesehatan di Balige, Selasa "
            "(12/11/2024). Puskesmas Laguboti, Sigumpar, dan Silaen memperoleh penghargaan capaian "
            "pemeriksaan kesehatan gratis tertinggi.")
    assert [r["awardee"] for r in extract(text, published="2024-11-13")] == [
        "Puskesmas Laguboti", "Puskesmas Sigumpar", "Puskesmas Silaen"]


def test_the_holding_a_winner_belongs_to_is_no_winner(extract):
    text = ("PT Pupuk Kujang Cikampek, anggota holding PT Pupuk Indonesia (Persero), kembali meraih "
            "Anugerah PROPER Emas 2024. Trofi diserahkan langsung oleh Menteri Lingkungan Hidup "
            "Hanif Faisol kepada Direktur Utama Pupuk Kujang. Penganugerahan berlangsung Senin "
            "(24/02/2025) di Jakarta.")
    assert [r["awardee"] for r in extract(text, published="2025-02-26")] == [
        "PT Pupuk Kujang Cikampek"]


def test_a_prize_s_sum_after_a_name_is_no_part_of_it(extract):
    text = ("Pemprov Kalimantan Selatan mengumumkan juara Lomba Desa dan Kelurahan 2025. Juara II dan "
            "III masing-masing diraih Kelurahan Sungai Besar senilai Rp 50 juta dan Kelurahan "
            "Kuin Cerucuk 40 juta.")
    assert [r["awardee"] for r in extract(text, published="2025-07-16")][-1] == (
        "Kelurahan Kuin Cerucuk")


def test_bare_region_names_handed_the_award_are_winners(extract):
    text = ("Dalam puncak Hari Malaria Sedunia di Jakarta, Kamis (15/6/2023), Kemenkes menyerahkan "
            "sertifikat bebas malaria kepada 12 kabupaten/kota. Sertifikat itu diberikan kepada "
            "Pesisir Selatan, Muara Enim, Ciamis, dan Bitung.")
    assert [r["awardee"] for r in extract(text, published="2023-06-16")] == [
        "Kabupaten Pesisir Selatan", "Kabupaten Muara Enim", "Kabupaten Ciamis", "Kota Bitung"]


def test_a_province_that_brought_its_villages_to_the_win_is_no_winner(extract):
    text = ("Pemerintah Provinsi Kalimantan Barat melalui Dinas Pariwisata berhasil mengantar dua "
            "desa wisata meraih Anugerah Desa Wisata Indonesia (ADWI) 2024. Keduanya ialah Desa "
            "Wisata Sebubus dan Desa Wisata Temajuk, di Teater Tanah Airku TMII, Jakarta, Minggu "
            "(17/11/2024).")
    assert "Provinsi Kalimantan Barat" not in [
        r["awardee"] for r in extract(text, published="2024-11-19")]


def test_a_budget_tranche_and_a_working_visit_plan_nothing(extract):
    text = ("Pemkab Kapuas meraih penghargaan dari Kanwil Perbendaharaan Kalteng sebagai peringkat "
            "pertama penyerapan DAK fisik tahap 1 tahun 2024. Penghargaan itu diserahkan langsung "
            "Kepala Kanwil Perbendaharaan Kalteng Agus Salim saat kunjungan kerja ke Kuala Kapuas, "
            "Rabu (6/11).")
    [rec] = extract(text, published="2024-11-07")
    assert (rec["awardee"], rec["rank"], rec["presenter"]) == ("Kabupaten Kapuas", 1, "Agus Salim")


def test_a_village_made_its_town_s_entrant_wins_nothing_yet(extract):
    text = ("Kelurahan Sepinggan resmi menjadi wakil Kota Balikpapan dalam Lomba Desa/Kelurahan "
            "Tingkat Provinsi Kalimantan Timur Tahun 2024.")
    assert extract(text, published="2024-06-20") == []


@pytest.mark.parametrize("programme", ["Desa Berseri", "Kampung KB", "Kampung Keluarga Berkualitas",
                                       "Desa Siaga", "Kampung Tangguh"])
def test_a_programme_named_after_a_kind_of_village_is_no_winner(extract, programme):
    text = (f"Desa Wonokerto, Kecamatan Bulu, meraih juara 2 tingkat nasional dalam ajang {programme} "
            "2025 di Jakarta, Selasa (19/8/2025).")
    assert [r["awardee"] for r in extract(text, published="2025-08-20")] == ["Desa Wonokerto"]


def test_a_head_stood_in_for_by_another_wins_for_his_region(extract):
    text = ("Di acara Temu Pelaku Pariwisata Jatim di Gedung Grahadi, Surabaya, Rabu (7/2/2024), "
            "Bupati Pacitan Indrata Nur Bayuaji yang diwakili Sekda Heru Wiwoho menerima dua "
            "penghargaan sekaligus.")
    assert [r["awardee"] for r in extract(text, published="2024-02-10")] == ["Kabupaten Pacitan"]


def test_the_region_of_a_giver_named_with_its_acronym_is_no_winner(extract):
    text = ("PT Semen Gresik Tuban mendapat penghargaan Ronggolawe Award dari Persatuan Wartawan "
            "Indonesia (PWI) Kabupaten Tuban. Penghargaan itu diberikan Wakil Bupati Tuban Riyadi "
            "di Pendopo Krido Manunggal, Kamis (10/2/2022) malam.")
    [rec] = extract(text, published="2022-02-11")
    assert (rec["awardee"], rec["presenter"]) == ("PT Semen Gresik Tuban", "Riyadi")


def test_a_region_closing_an_event_s_name_is_no_winner(extract):
    text = ("Kali ini Pemkab Blitar membawa pulang dua penghargaan sekaligus dari Pemerintah "
            "Provinsi Jawa Timur, yakni Bupati Pelestari Seni Terbaik, serta masuknya Festival "
            "Penataran ke Karisma Event Nusantara 2024. Kedua penghargaan itu diserahkan langsung "
            "oleh Gubernur Jawa Timur, Khofifah Indar Parawansa kepada Sekda Blitar, Izul Marom. "
            "Acara serah terima penghargaan dilakukan dalam acara Temu Pelaku Seni dan Pariwisata "
            "Jatim yang berlangsung di Gedung Graha Wisata, di Surabaya pada Rabu malam (7/2/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-02-10")] == ["Kabupaten Blitar"]


def test_one_of_the_prizes_told_of_is_no_winner(extract):
    text = ("Wali Kota Bontang mengumumkan berbagai penghargaan yang diraih Pemerintah Kota Bontang "
            "dari Pemprov Kaltim pada HUT Provinsi Kaltim di Samarinda, Kamis (9/1/2025). Salah "
            "satunya adalah Grand Arindama di bidang pelayanan publik.")
    assert [r["awardee"] for r in extract(text, published="2025-01-10")] == ["Kota Bontang"]


def test_a_predicate_explaining_the_award_is_no_winner(extract):
    text = ("Ombudsman RI menganugerahkan penghargaan kepada Pemkab Ogan Ilir, yakni Predikat Hijau "
            "atas penilaian pelayanan publik tahun 2023, di Griya Agung, Palembang, Jumat 26 "
            "Januari 2024.")
    assert [r["awardee"] for r in extract(text, published="2024-01-27")] == ["Kabupaten Ogan Ilir"]


def test_villages_sharing_desa_and_their_subdistrict_are_each_a_winner(extract):
    text = ("28 desa di Kabupaten Lombok Timur mendapatkan penghargaan dari Kementerian Keuangan "
            "berupa tambahan dana desa tahun 2024. Kepala DPMD menyebutkan 28 desa dimaksud antara "
            "lain Desa Suela Kecamatan Suela, Desa Sembalun dan Sajang Kecamatan Sembalun, Desa "
            "Pringgabaya Kecamatan Pringgabaya.")
    assert [r["awardee"] for r in extract(text, published="2024-09-14")] == [
        "Desa Suela", "Desa Sembalun", "Desa Sajang", "Desa Pringgabaya"]


def test_religious_affairs_offices_listed_by_subdistrict_are_each_a_winner(extract):
    text = ("KUA Kecamatan Pajangan, Kabupaten Bantul, DIY meraih peringkat I KUA Teladan "
            "Nasional 2024, disusul KUA Kecamatan Ubud, Kabupaten Gianyar, Bali; dan KUA "
            "Kecamatan Rajabasa, Kota Bandar Lampung, Lampung. Penganugerahan digelar di Hotel "
            "Mercure, Jakarta, Kamis (18/7/2024).")
    recs = extract(text, published="2024-07-19")
    assert [(r["awardee"], r["rank"], r["province"]) for r in recs] == [
        ("KUA Kecamatan Pajangan", 1, "Daerah Istimewa Yogyakarta"),
        ("KUA Kecamatan Ubud", None, "Bali"),
        ("KUA Kecamatan Rajabasa", None, "Lampung")]


def test_a_subdistrict_after_a_head_s_short_form_is_part_of_the_name(extract):
    text = ("Kantor Urusan Agama (KUA) Kecamatan Pekalongan, Kabupaten Lampung Timur, menerima "
            "penghargaan KUA terbaik nasional 2025 di Jakarta, Senin (8/12/2025).")
    [rec] = extract(text, published="2025-12-09")
    assert (rec["awardee"], rec["province"]) == (
        "Kantor Urusan Agama (KUA) Kecamatan Pekalongan", "Lampung")


def test_a_category_named_with_a_head_word_holds_no_winner(extract):
    text = ("Puskesmas Sukarame meraih penghargaan Puskesmas Terbaik 2025 kategori Puskesmas "
            "Ramah Kelompok Lansia di Bandar Lampung, Rabu (10/12/2025).")
    assert [r["awardee"] for r in extract(text, published="2025-12-11")] == [
        "Puskesmas Sukarame"]


def test_a_region_said_not_to_be_among_the_winners_is_no_winner(extract):
    text = ("Kementerian PUPR memberi penghargaan kepada daerah berprestasi di bidang jalan, antara "
            "lain Provinsi Jambi, Riau dan Bengkulu. Sementara Provinsi Lampung tidak termasuk "
            "daerah penerima. Penghargaan diserahkan Menteri PUPR Basuki Hadimuljono, Selasa "
            "(4/12).")
    assert [r["awardee"] for r in extract(text, published="2018-12-05")] == [
        "Provinsi Jambi", "Provinsi Riau", "Provinsi Bengkulu"]


@pytest.mark.parametrize("span", ["20-21 November 2024", "20 hingga 21 November 2024",
                                  "20 sampai 21 November 2024"])
def test_a_span_of_days_in_words_dates_like_one_with_a_dash(extract, span):
    text = (f"Pemkab Bima meraih penghargaan MCP KPK tahun 2024. Penghargaan diserahkan dalam "
            f"peringatan Hakordia yang digelar {span} di Jakarta.")
    [rec] = extract(text, published="2024-11-25")
    assert (rec["event_date"], rec["venue"]) == ("2024-11-21", "Jakarta")


def test_the_units_an_assessment_sampled_are_no_winners(extract):
    text = ("Kabupaten Wonosobo menempati peringkat I kepatuhan pelayanan publik kategori "
            "kabupaten. Ombudsman RI menilai 5 lokus OPD di Wonosobo, yakni Dinas Kesehatan, "
            "DPMPTSP dan Puskesmas Kertek. Penghargaan diserahkan Ketua Ombudsman RI Mokhammad "
            "Najih di Jakarta, Kamis (14/12/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-12-15")] == [
        "Kabupaten Wonosobo"]


def test_a_handover_to_one_winner_s_head_presents_that_winner_s_award(extract):
    text = ("Pemprov Jambi menempati peringkat ketiga capaian MCP 2024 kategori pemerintah "
            "provinsi. Piagam diserahkan Ketua KPK, Setyo Budiyanto kepada Gubernur Al Haris di "
            "Hotel Shangri-La, Jakarta, Senin (17/3/2025). Di luar Pemprov, dua pemda di Jambi ikut "
            "diapresiasi. Peringkat pertama yakni Pemkot Jambi, disusul Pemkab Bungo.")
    recs = {r["awardee"]: r for r in extract(text, published="2025-03-18")}
    assert list(recs) == ["Provinsi Jambi", "Kota Jambi", "Kabupaten Bungo"]
    assert recs["Provinsi Jambi"]["presenter"] == "Setyo Budiyanto"


def test_the_body_that_hands_a_ranked_prize_over_is_no_winner(extract):
    text = ("Badan Pemeriksa Keuangan (BPK) menyerahkan piagam kepada Pemkab Kapuas Hulu, sebagai "
            "peringkat ketiga pengelolaan keuangan daerah terbaik 2024. Piagam diterima Bupati "
            "Fransiskus Diaan di Pontianak, Selasa (11/3/2025).")
    recs = extract(text, published="2025-03-12")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Kapuas Hulu", 3)]


def test_a_counted_group_pointing_back_to_a_list_names_its_winners(extract):
    text = ("Kementerian Agama mengapresiasi tiga madrasah dengan layanan terbaik 2024. Tiga "
            "madrasah itu yaitu MAN 1 Kudus; MTsN 2 Pati; dan MIN 3 Rembang. Ketiga madrasah "
            "tersebut mendapat piagam penghargaan yang diserahkan Menteri Agama Nasaruddin Umar di "
            "Semarang, Kamis (21/11/2024).")
    recs = extract(text, published="2024-11-22")
    assert [r["awardee"] for r in recs] == ["MAN 1 Kudus", "MTsN 2 Pati", "MIN 3 Rembang"]
    assert {r["presenter"] for r in recs} == {"Nasaruddin Umar"}


def test_a_line_broken_inside_a_region_s_name_does_not_cut_the_venue(extract):
    text = ("Kabupaten Aceh Tengah meraih predikat Kabupaten Peduli HAM tahun 2024.\n"
            "Bertempat di Pendopo Bupati Aceh\nTengah, Kakanwil Kemenkumham Aceh, Meurah Budiman "
            "menyerahkan piagam itu kepada Pemkab Aceh Tengah, Kamis (12/12/2024).")
    [rec] = extract(text, published="2024-12-13")
    assert (rec["venue"], rec["event_date"]) == ("Pendopo Bupati Aceh Tengah", "2024-12-12")


@pytest.mark.parametrize("companion", ["didampingi Sekda Agus Salim", "didampingi istri",
                                       "didampingi oleh Sekda Agus Salim"])
def test_a_head_accompanied_by_someone_wins_for_the_region(extract, companion):
    text = (f"Bupati Toba Poltak Sitorus {companion} meraih penghargaan Asia Leaders Award 2024 "
            f"kategori Inovasi Pemimpin di Hotel Mulia Bali, Jumat (25/10/2024).")
    [rec] = extract(text, published="2024-10-26")
    assert (rec["awardee"], rec["venue"]) == ("Kabupaten Toba", "Hotel Mulia Bali")


def test_the_head_accompanied_receives_not_the_companion(extract):
    text = ("Bupati Toba Poltak Sitorus didampingi Sekda Agus Salim menerima penghargaan Asia "
            "Leaders Award 2024 di Hotel Mulia Bali, Jumat (25/10/2024).")
    [rec] = extract(text, published="2024-10-26")
    assert (rec["awardee"], rec["recipient"]) == ("Kabupaten Toba", "Poltak Sitorus")


def test_a_title_set_in_capitals_as_a_drop_cap_still_opens_the_head(extract):
    text = ("BUPATI Tapanuli Selatan Gus Irawan Pasaribu meraih penghargaan Asia Leaders Award "
            "2024 kategori Inovasi Daerah di Hotel Mulia Bali, Jumat (25/10/2024).")
    [rec] = extract(text, published="2024-10-26")
    assert (rec["awardee"], rec["province"]) == ("Kabupaten Tapanuli Selatan", "Sumatera Utara")


@pytest.mark.parametrize("head, village", [("Lurah Padang Harapan", "Kelurahan Padang Harapan"),
                                           ("Kepala Desa Medan Jaya", "Desa Medan Jaya")])
def test_a_village_handed_through_its_head_keeps_a_city_s_word_in_its_name(
        extract, head, village):
    text = (f"Bupati Seluma Teddy Rahman menyerahkan piala lomba desa dan kelurahan kepada {head} "
            f"di Pendopo Seluma, Senin (19/8/2024).")
    [rec] = extract(text, published="2024-08-20")
    assert (rec["awardee"], rec["province"]) == (village, "Bengkulu")


def test_a_village_category_with_its_region_is_no_winner_and_takes_no_rank(extract):
    text = ("Mendagri Tito Karnavian menyerahkan penghargaan lomba desa dan kelurahan di Hotel "
            "Mercure Jakarta, Rabu (14/8/2024). Desa Sukamaju Kabupaten Seluma terpilih sebagai "
            "Juara 3 Desa Berprestasi Regional 1 Sumatera dan Kelurahan Lingkar Timur Kota "
            "Bengkulu sebagai Juara 1 Kelurahan Berprestasi Regional 1 Sumatera.")
    recs = extract(text, published="2024-08-15")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Desa Sukamaju", 3), ("Kelurahan Lingkar Timur", 1)]


def test_heads_listed_one_a_line_with_their_categories_in_brackets_win(extract):
    text = ("Bupati Maros Chaidir Syam meraih penghargaan Kepala Daerah Inspiratif. Penghargaan "
            "diserahkan Menteri Dalam Negeri Tito Karnavian di Hotel Claro Makassar, Kamis "
            "(9/10/2025).\nSelain Bupati Maros, sejumlah kepala daerah lain juga menerima "
            "penghargaan tersebut. Di antaranya:\nWali Kota Palopo Naili Trisal (Bidang "
            "Pelayanan Publik),\nBupati Takalar Firdaus Daeng Manye (Bidang Pertanian),\nWali "
            "Kota Balikpapan Rahmad Masud (Kepala Daerah Inspiratif Kota Penyangga Ibu Kota).")
    recs = extract(text, published="2025-10-10")
    assert [r["awardee"] for r in recs] == [
        "Kabupaten Maros", "Kota Palopo", "Kabupaten Takalar", "Kota Balikpapan"]
    assert {r["presenter"] for r in recs} == {"Tito Karnavian"}


def test_a_region_a_village_s_win_makes_proud_is_no_winner(extract):
    text = ("Desa Tumaluntung meraih juara II lomba desa tingkat Provinsi Sulawesi Utara, sehingga "
            "memberi kebanggaan bagi pemerintah dan masyarakat Kabupaten Minahasa Utara. Piagam "
            "diserahkan Gubernur Sulawesi Utara Olly Dondokambey di Manado, Jumat (23/9/2022).")
    recs = extract(text, published="2022-09-24")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Desa Tumaluntung", 2)]


def test_a_village_s_name_closing_with_a_number_word_keeps_it_before_its_verb(extract):
    text = ("Dalam lomba desa tingkat Provinsi Sulawesi Utara, Desa Mopait Dua sukses meraih juara "
            "III. Piagam diserahkan Gubernur Olly Dondokambey di Manado, Jumat (23/9/2022).")
    [rec] = extract(text, published="2022-09-24")
    assert (rec["awardee"], rec["rank"]) == ("Desa Mopait Dua", 3)


@pytest.mark.parametrize("typed, rank", [("ll", 2), ("lll", 3)])
def test_roman_numerals_typed_with_the_letter_l_rank(extract, typed, rank):
    text = (f"Desa Tounelet sukses meraih juara {typed} pada lomba desa tingkat Provinsi Sulawesi "
            f"Utara di Manado, Jumat (23/9/2022).")
    [rec] = extract(text, published="2022-09-24")
    assert (rec["awardee"], rec["rank"]) == ("Desa Tounelet", rank)


def test_a_team_of_assessors_received_by_the_regent_is_no_win(extract):
    text = ("Tim penilai Swasti Saba tingkat nasional diterima Bupati Tuban, Aditya Halindra "
            "Faridzky, di Pendopo Krida Manunggal, Selasa (16/9/2025). Tim akan meninjau sejumlah "
            "tatanan kabupaten sehat selama dua hari.")
    assert extract(text, published="2025-09-17") == []


def test_a_story_headed_as_a_verifiers_visit_is_no_win(extract):
    text = ("Verifikator Swasti Saba Nasional Kunjungi Tuban\n\nTUBAN – Tim Validasi Lapangan "
            "Kabupaten Sehat tingkat nasional tiba di Tuban, dan diterima Wakil Bupati Tuban, Joko "
            "Sarwono, di Kantor Bupati, Selasa (16/9/2025).")
    assert extract(text, published="2025-09-17") == []


def test_bullets_giving_the_reasons_for_a_win_name_no_winners(extract):
    text = ("Pemerintah Kabupaten Bantul menerima Penghargaan Pelayanan Publik Prima 2025 di Jakarta, "
            "Senin (10/11/2025).\n\nPenghargaan ini diberikan atas sejumlah capaian yang dinilai "
            "menonjol, antara lain:\n- Percepatan layanan akta kelahiran di semua kapanewon.\n"
            "- Digitalisasi izin usaha mikro.")
    assert [r["awardee"] for r in extract(text, published="2025-11-11")] == ["Kabupaten Bantul"]


def test_a_place_among_the_most_innovative_regions_is_a_standing_no_win(extract):
    text = ("Anugerah Inovasi Daerah 2025 kembali digelar Pemerintah Kabupaten Pidie. Nilai Indeks "
            "Inovasi Daerah kabupaten itu terus naik. Dengan capaian ini, Pidie berada di posisi "
            "ketiga daerah paling inovatif di Aceh setelah Kabupaten Bireuen. Malam penganugerahan "
            "dijadwalkan awal Desember 2025.")
    assert extract(text, published="2025-09-04") == []


def test_the_deputy_police_chief_presents(extract):
    text = ("Polres Bantul meraih juara 1 kategori Polres Terbaik Layanan Presisi 2025. Penghargaan "
            "diserahkan oleh Wakapolri Komjen Dedi Prasetyo saat penutupan Rapat Kerja Teknis Polri "
            "2025 di Lembang, Jawa Barat, Selasa (25/11/2025).")
    [rec] = extract(text, published="2025-11-26")
    assert (rec["awardee"], rec["presenter"]) == ("Polres Bantul", "Dedi Prasetyo")


def test_a_win_recalled_in_a_clause_opening_with_its_year_is_no_record(extract):
    text = ("Desa Ngadirejo, Kabupaten Temanggung menjadi juara pertama Lomba Desa Jawa Tengah 2025. "
            "Penghargaan diserahkan Kepala Dinas PMD Jawa Tengah, Nadi Santoso, Kamis (14/8/2025). "
            "Nadi juga mengingat, tahun 2024 Desa Bumirejo, Kabupaten Kebumen berhasil meraih juara "
            "pertama tingkat nasional.")
    assert [r["awardee"] for r in extract(text, published="2025-08-15")] == ["Desa Ngadirejo"]


def test_a_body_named_in_full_with_its_regency_keeps_its_province_when_shortened(extract):
    text = ("RSUD Labuha Juara Dua Seva Paramahita Award\n\nTERNATE - Rumah Sakit Umum Daerah (RSUD) "
            "Labuha Kabupaten Halmahera Selatan terus berbenah. Pada "
            "Seva Paramahita Award 2025, RSUD Labuha sukses meraih juara ke-2 tingkat nasional. "
            "Direktur RSUD Labuha menerima penghargaan itu di Hotel Sahid Jakarta, Kamis, 9 Oktober "
            "2025.")
    [rec] = extract(text, published="2025-10-10")
    assert (rec["awardee"], rec["province"]) == ("RSUD Labuha", "Maluku Utara")


def test_a_subdistrict_named_like_a_city_does_not_place_its_village(extract):
    text = ("Masyarakat Desa Suka Damai Kecamatan Tebing Tinggi, Kabupaten Tanjung Jabung Barat "
            "berbangga hati. Desa Suka Damai Kecamatan Tebing Tinggi meraih penghargaan Proklim "
            "Lestari di Jakarta, Selasa (24/10/2023).")
    [rec] = extract(text, published="2023-10-25")
    assert (rec["awardee"], rec["province"]) == ("Desa Suka Damai", "Jambi")


def test_a_health_service_level_closes_the_title_not_opens_the_name(extract):
    text = ("Puskesmas Gondokusuman meraih penghargaan IKM terbaik 2024. Piagam diserahkan Direktur "
            "Pelayanan Kesehatan Rujukan Azhar Jaya di Jakarta, Rabu (22/5/2024).")
    [rec] = extract(text, published="2024-05-23")
    assert rec["presenter"] == "Azhar Jaya"


def test_winners_of_a_prize_named_in_the_sentence_s_own_words_are_listed(extract):
    text = ("Piagam INOVA BIREUEN 2025 diserahkan Bupati Bireuen Mukhlis di Pendopo Bupati Bireuen, "
            "Selasa 25 November 2025.\nPemkab Bireuen memberikan penghargaan inovasi kepada perangkat "
            "daerah, puskesmas dan sekolah.\nPeraih Inovasi Terbanyak yakni; SMP Negeri 2 Bireuen, Dinas "
            "Kesehatan Bireuen, dan Puskesmas Jeumpa.")
    recs = extract(text, published="2025-11-26")
    assert [r["awardee"] for r in recs] == [
        "SMP Negeri 2 Bireuen", "Dinas Kesehatan Bireuen", "Puskesmas Jeumpa"]
    assert {r["presenter"] for r in recs} == {"Mukhlis"}


def test_the_one_a_runner_up_lost_to_wins_the_rank_its_clause_gives(extract):
    text = ("Kelurahan Tlogomas, Kota Malang berhasil menjadi juara kedua Lomba Kelurahan Jawa "
            "Timur 2025, Kamis (14/8/2025). Tlogomas hanya kalah dari Kelurahan Kepatihan, "
            "Kabupaten Jember yang menjadi pemenang pertama.")
    recs = extract(text, published="2025-08-15")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kelurahan Tlogomas", 2), ("Kelurahan Kepatihan", 1)]


def test_a_handover_on_a_coming_day_neither_dates_places_nor_presents_it(extract):
    text = ("Di Sulawesi Tengah empat daerah meraih penghargaan Adipura tahun 2017, yakni Kota Palu, "
            "Kabupaten Poso, Kabupaten Banggai dan Kabupaten Tolitoli. Kepala Dinas Lingkungan Hidup "
            "Sulteng, Ridwan Mumu mengatakan, penyerahan penghargaan Adipura, Kalpataru dan "
            "Adiwiyata ini akan dilakukan 2 Agustus mendatang di Jakarta dan diserahkan langsung oleh "
            "Presiden Joko Widodo.")
    recs = extract(text, published="2017-07-27")
    assert len(recs) == 4
    assert {(r["event_date"], r["venue"], r["presenter"]) for r in recs} == {(None, None, None)}


def test_a_kelurahan_pointed_back_to_wins(extract):
    text = ("Kelurahan Tanjung Palas, Kecamatan Dumai Timur, berhasil mengharumkan nama Kota Dumai. "
            "Kelurahan itu berhasil meraih penghargaan Program Kampung Iklim kategori utama. "
            "Penghargaan diserahkan Menteri LHK Siti Nurbaya di Gedung Manggala Wanabakti, Jakarta, "
            "Selasa (24/10/2023).")
    [rec] = extract(text, published="2023-10-25")
    assert (rec["awardee"], rec["province"], rec["presenter"]) == (
        "Kelurahan Tanjung Palas", "Riau", "Siti Nurbaya")


def test_a_win_of_this_year_told_beside_a_past_one_is_a_record(extract):
    text = ("Desa Kanreapia Kecamatan Tombolo Pao pada tahun 2020 telah meraih Proklim Utama, "
            "sementara tahun 2022 ini desa itu meraih Proklim Lestari, kategori paling tinggi.")
    assert [r["awardee"] for r in extract(text, published="2022-10-30")] == ["Desa Kanreapia"]


def test_where_a_village_lies_and_comes_from_names_no_winner(extract):
    text = ("Penghargaan prestisius diraih Desa Panji, Kecamatan/Kabupaten Buleleng di ajang "
            "nasional. Desa Panji menjadi satu-satunya peraih penghargaan ini dari Kabupaten Buleleng "
            "dan Provinsi Bali. Desa Panji mendapatkan trofi Proklim Utama 2023 di Gedung Manggala "
            "Wanabakti, Jakarta, Selasa, 24 Oktober 2023.")
    assert [r["awardee"] for r in extract(text, published="2023-10-31")] == ["Desa Panji"]


def test_an_ampersand_in_a_minister_s_title_keeps_the_name_after_it(extract):
    text = ("Bupati Tabanan menerima penghargaan KLA dari Menteri Pemberdayaan Perempuan & "
            "Perlindungan Anak RI, Bintang Puspayoga di Hotel Four Points Makassar, Selasa "
            "(23/7/2019).")
    [rec] = extract(text, published="2019-07-26")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Tabanan", "Bintang Puspayoga")


def test_a_family_centre_s_standardisation_grade_is_a_win(extract):
    text = ("Puspaga Sekar Arum berhasil meraih predikat Paripurna, tingkat tertinggi dalam "
            "Standarisasi Puspaga Ramah Anak dari Kemen PPPA. Hasilnya diumumkan melalui Zoom Meeting "
            "pada Kamis 3 Oktober 2024.")
    [rec] = extract(text, published="2024-10-04")
    assert (rec["awardee"], rec["rank"], rec["event_date"], rec["venue"]) == (
        "Puspaga Sekar Arum", None, "2024-10-03", "daring")


def test_the_provincial_secretary_presents(extract):
    text = ("Pemkot Palopo meraih penghargaan Kota Layak Anak. Penghargaan tersebut diserahkan "
            "langsung oleh Sekretaris Provinsi Sulawesi Selatan Jufri Rahman di Makassar, Rabu "
            "(19/8/2020).")
    [rec] = extract(text, published="2020-08-23")
    assert (rec["awardee"], rec["presenter"]) == ("Kota Palopo", "Jufri Rahman")


@pytest.mark.parametrize("glued", ["diruang", "digedung", "diaula"])
def test_di_glued_to_a_place_word_keeps_the_venue(extract, glued):
    text = (f"Pemkab Belitung kembali memperoleh opini WTP. Piagam WTP diterima Sekda Kabupaten "
            f"Belitung, Marzuki, {glued} Serbaguna Kantor Gubernur Bangka Belitung, Kamis "
            f"(15/10/2020).")
    [rec] = extract(text, published="2020-10-16")
    assert rec["venue"] == f"{glued[2:]} Serbaguna Kantor Gubernur Bangka Belitung"


def test_a_stray_comma_after_di_keeps_the_venue(extract):
    text = ("Kota Bima meraih juara kedua Paritrana Award 2025 tingkat Provinsi NTB pada acara yang "
            "berlangsung di, Aula Kantor Gubernur NTB, Mataram, Kamis 11 September 2025.")
    [rec] = extract(text, published="2025-09-12")
    assert rec["venue"] == "Aula Kantor Gubernur NTB, Mataram"


def test_a_story_headed_as_a_failure_to_keep_an_award_gives_no_record(extract):
    text = ("Opini atas LKPD Kota Pasuruan Tahun Anggaran 2018 turun menjadi Wajar Dengan "
            "Pengecualian (WDP).\nWakil Wali Kota Pasuruan Raharto Teno Prasetyo saat menerima LHP "
            "atas LKPD Pemkot Pasuruan di Kantor BPK Perwakilan Jawa Timur.")
    assert extract(text, title="Pemkot Pasuruan Gagal Pertahankan Opini WTP",
                   published="2019-05-26") == []


def test_a_prize_handed_by_an_officer_with_a_service_rank_is_a_win(extract):
    text = ("Penghargaan tersebut diserahkan oleh Kapolda Bali Irjen Pol. Daniel Adityajaya kepada "
            "Gubernur Bali Wayan Koster di Gedung Jaya Sabha, Denpasar, Senin (2/8/2021).")
    [rec] = extract(text, published="2021-08-03")
    assert (rec["awardee"], rec["presenter"], rec["venue"]) == (
        "Provinsi Bali", "Daniel Adityajaya", "Gedung Jaya Sabha, Denpasar")


def test_list_items_with_an_earlier_year_in_brackets_are_recalled(extract):
    text = ("Lima desa di Kabupaten Gianyar meraih tropi Proklim Utama dari Kementerian LHK di "
            "Jakarta, Selasa (10/11/2020), yakni Desa Mas, Desa Lodtunduh, Desa Kedisan, Desa "
            "Taro dan Desa Pejeng. Sejak tahun 2012 Pemkab Gianyar telah mengusulkan 18 lokasi "
            "Proklim. Tiga desa mendapatkan penghargaan Proklim Utama yaitu Desa Tegallalang, "
            "Kecamatan Tegallalang (tahun 2013), Desa Sebatu (tahun 2016), dan Desa Batuan (tahun "
            "2018).")
    assert [r["awardee"] for r in extract(text, published="2020-11-11")] == [
        "Desa Mas", "Desa Lodtunduh", "Desa Kedisan", "Desa Taro", "Desa Pejeng"]


def test_a_person_named_with_where_he_comes_from_takes_no_village_s_head(extract):
    text = ("Penerima Kalpataru Lestari adalah Sukardi dari Jawa Timur, Desa Adat Penglipuran "
            "dari Bali, Ahmad Yani dari Nusa Tenggara Barat dan Sulaiman dari Aceh.")
    recs = extract(text, published="2025-06-05")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Sukardi", "Jawa Timur"), ("Desa Adat Penglipuran", "Bali"),
        ("Ahmad Yani", "Nusa Tenggara Barat"), ("Sulaiman", "Aceh")]


def test_heads_listed_after_a_misspelt_first_head_and_a_long_name_still_win(extract):
    text = ("Sebanyak 9 kepala daerah menerima Anugerah Kihajar 2019 di Jakarta, Jumat (11/10) "
            "malam.\nKategori Khusus, Guberbur Banten, H. Wahidin Halim Saputra; Gubernur Kalimantan "
            "Tengah, Sugianto Sabran; Walikota Pariaman, Genius Umar dan Bupati Karimun Aunur "
            "Rafiq.")
    recs = extract(text, published="2019-10-12")
    assert [r["awardee"] for r in recs][-3:] == [
        "Provinsi Kalimantan Tengah", "Kota Pariaman", "Kabupaten Karimun"]


def test_bare_names_a_sentence_about_other_provinces_lists_are_provinces(extract):
    text = ("Gubernur Sumatera Barat meraih Paritrana Award 2024 di Menara Jamsostek, Jakarta "
            "Selatan, Kamis (12/9/2024). Provinsi lain yang ikut menerima Paritrana Award 2024 pada "
            "kesempatan itu antara lain Bengkulu (Provinsi Terbaik Zona Sumatera), Maluku Utara "
            "(Provinsi Terbaik Zona Maluku Papua), dan Jawa Timur (Provinsi Terbaik Zona Jawa).")
    assert [r["awardee"] for r in extract(text, published="2024-09-13")] == [
        "Provinsi Sumatera Barat", "Provinsi Bengkulu", "Provinsi Maluku Utara",
        "Provinsi Jawa Timur"]


@pytest.mark.parametrize("feat", ["kembali menorehkan prestasi di kancah nasional dengan meraih",
                                  "kembali berprestasi di tingkat Provinsi Jambi dengan meraih"])
def test_a_head_s_feat_told_before_the_win_it_was_still_wins(extract, feat):
    text = (f"Bupati Merangin Mashuri {feat} juara I Paritrana Award 2024. Penghargaan diserahkan "
            f"Sekda Provinsi Jambi Sudirman di Aula Kantor Gubernur Jambi, Senin (5/8/2024).")
    [rec] = extract(text, published="2024-08-06")
    assert (rec["awardee"], rec["rank"], rec["presenter"]) == (
        "Kabupaten Merangin", 1, "Sudirman")


@pytest.mark.parametrize("label", ["NUSANTARA", "Home Berita Daerah"])
def test_a_rubric_s_label_above_the_headline_is_not_the_headline(extract, label):
    text = (f"{label}\nKabupaten Tebo Raih Paritrana Award 2024 Tingkat Provinsi Jambi\n\n"
            "JAMBI – Penghargaan diserahkan oleh Sekda Provinsi Jambi, Sudirman, di Aula Kantor "
            "Gubernur Jambi, Senin (5/8/2024).")
    [rec] = extract(text, published="2024-08-06")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Tebo", "Sudirman")


def test_a_head_accompanied_by_several_officials_wins_with_its_rank(extract):
    text = ("Penjabat Bupati Bireuen Jalaluddin didampingi oleh Asisten I Setdakab Mulyadi dan Kepala "
            "Disnaker Bireuen Murdani menerima Paritrana Award 2024 tingkat Provinsi Aceh sebagai "
            "juara II kategori pemerintah kabupaten/kota dari Pj Gubernur Aceh Safrizal di Pendopo "
            "Gubernur Aceh, Jumat (1/11/2024).")
    [rec] = extract(text, published="2024-11-02")
    assert (rec["awardee"], rec["rank"], rec["presenter"]) == ("Kabupaten Bireuen", 2, "Safrizal")


def test_a_village_named_again_without_its_head_is_the_same_winner(extract):
    text = ("Desa Liang dan Desa Morella di Maluku Tengah memperoleh Trophy Proklim Utama dari KLHK "
            "tahun ini. Desa Liang dan Morella menerima Trophy Proklim Utama yang diserahkan Menteri "
            "LHK, Siti Nurbaya Bakar, di Masohi, Rabu (20/10/2021).")
    recs = extract(text, published="2021-10-21")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Desa Liang", "Maluku"), ("Desa Morella", "Maluku")]


def test_a_body_said_to_be_a_winner_of_a_category_wins(extract):
    text = ("Gubernur Papua menyerahkan piala Lomba Kampung Bersih di Gedung Negara, Senin "
            "(2/9/2019). Kampung Yoboi merupakan salah satu pemenang kategori umum.")
    [rec] = extract(text, published="2019-09-03")
    assert (rec["awardee"], rec["venue"]) == ("Kampung Yoboi", "Gedung Negara")


def test_candidates_for_an_award_are_no_winners(extract):
    text = ("Di Gorontalo, Kabupaten Boalemo dan Kota Gorontalo merupakan dua daerah yang masuk "
            "dalam kategori calon penerima penghargaan TPID.")
    assert extract(text, published="2020-08-20") == []


@pytest.mark.parametrize("giver, name", [
    ("Pelaksana Tugas Sekretaris Jendral Kemendagri Tomsi Tohir", "Tomsi Tohir"),
    ("Sesditjen Bina Pemdes Kemendagri, Paudah", "Paudah")])
def test_a_secretary_general_misspelt_or_a_directorate_secretary_presents(extract, giver, name):
    text = (f"Piala itu diserahkan oleh {giver} kepada Penjabat Wali Kota Salatiga, Sinoeng Nugroho "
            f"di JW Marriott Hotel, Jakarta, Kamis malam (12/12/2024).")
    [rec] = extract(text, published="2024-12-13")
    assert (rec["awardee"], rec["presenter"]) == ("Kota Salatiga", name)


def test_where_the_commemoration_was_centred_places_and_dates_the_win(extract):
    text = ("Pemkab Agam membawa pulang penghargaan Adhikarya Pangan Nusantara dalam rangkaian Hari "
            "Pangan Sedunia tingkat Sumatera Barat. Peringatan itu dipusatkan di Kota Solok, Kamis "
            "(11/10/2018).")
    [rec] = extract(text, published="2018-10-14")
    assert (rec["awardee"], rec["event_date"], rec["venue"]) == (
        "Kabupaten Agam", "2018-10-11", "Kota Solok")


def test_honourable_mentions_numbered_in_a_prize_list_are_winners_without_rank(extract):
    text = ("Hadiah Lomba Desa Wisata Tingkat DIY 2023 diserahkan Gubernur DIY di Hotel Tentrem, "
            "Kamis (14/9/2023).\nJuara 1 Desa Wisata Pentingsari menerima Rp50 juta, Juara 2 Desa "
            "Wisata Nglanggeran menerima Rp45 juta, Harapan 1 Desa Wisata Tinalah menerima Rp35 juta.")
    recs = extract(text, published="2023-09-15")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Desa Wisata Pentingsari", 1), ("Desa Wisata Nglanggeran", 2),
        ("Desa Wisata Tinalah", None)]


@pytest.mark.parametrize("office, name", [
    ("Plt Direktur Jenderal Mineral dan Batubara", "Ridwan Djamaluddin"),
    ("Direktur Jenderal Perhubungan Laut", "Antoni Arif Priadi")])
def test_a_directorate_general_spelt_out_closes_the_title(extract, office, name):
    text = ("PT Timah meraih Penghargaan Subroto 2023 kategori PPM Terinovatif di Jakarta, Jumat "
            f"(29/9/2023). Penghargaan itu diserahkan oleh {office} {name}.")
    [rec] = extract(text, published="2023-09-30")
    assert rec["presenter"] == name


@pytest.mark.parametrize("source", ["Berdasar rilis", "Dikutip dari laman"])
def test_the_office_a_release_came_from_is_no_winner(extract, source):
    text = (f"{source} Bagian Humas dan Protokol, Pemkab Lamongan mendapat penghargaan Kabupaten "
            f"Sangat Inovatif 2021 di Hotel Bidakara Jakarta, Rabu (15/12/2021).")
    assert [r["awardee"] for r in extract(text, published="2021-12-16")] == ["Kabupaten Lamongan"]


@pytest.mark.parametrize("kinds", ["desa/kelurahan", "desa dan kelurahan"])
def test_villages_counted_with_both_kinds_in_a_regency_lie_there(extract, kinds):
    text = (f"Empat {kinds} di Maluku Tengah menerima sertifikat Proklim Utama dari KLHK, yakni "
            f"Desa Waai, Desa Suli, Desa Tulehu dan Kelurahan Namaelo.")
    recs = extract(text, published="2021-10-21")
    assert len(recs) == 4
    assert {(r["province"], r["venue"]) for r in recs} == {("Maluku", None)}


def test_the_vocational_contest_s_short_name_holds_no_school(extract):
    text = ("SMKN 2 Depok meraih juara 1 bidang Mobile Robotics pada LKS SMK Nasional XXXI di Hotel "
            "Patra Semarang, Sabtu (6/11/2021).")
    recs = extract(text, published="2021-11-07")
    assert [(r["awardee"], r["rank"], r["award"]) for r in recs] == [
        ("SMKN 2 Depok", 1, "Lomba Kompetensi Siswa")]


def test_a_region_s_team_winning_wins_for_the_region(extract):
    text = ("Kontingen Jawa Barat menjadi Juara Umum Lomba Kompetensi Siswa SMK Tingkat Nasional 2023 "
            "di Serang, Jumat (15/9/2023).")
    [rec] = extract(text, published="2023-09-16")
    assert (rec["awardee"], rec["province"]) == ("Provinsi Jawa Barat", "Jawa Barat")


def test_a_village_named_after_its_regency_keeps_the_name(extract):
    text = ("Nagari Adat Sijunjung, Kabupaten Sijunjung meraih juara 2 Anugerah Desa Wisata "
            "Indonesia 2024 kategori desa wisata maju di Jakarta, Sabtu (7/9/2024).")
    recs = extract(text, published="2024-09-08")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Nagari Adat Sijunjung", "Sumatera Barat")]


def test_the_ministry_s_culture_award_is_not_cut_to_the_press_award(extract):
    text = ("Kabupaten Klaten meraih Anugerah Kebudayaan Indonesia (AKI) 2023 kategori pemerintah "
            "daerah di Jakarta, Rabu (18/10/2023). Piala AKI 2023 diterima Wakil Bupati Klaten.")
    [rec] = extract(text, published="2023-10-19")
    assert (rec["award"], rec["award_year"], rec["level"]) == (
        "Anugerah Kebudayaan Indonesia", 2023, "nasional")


def test_an_officer_handing_the_trophy_on_days_after_the_ceremony_presents_nothing(extract):
    text = ("Kabupaten Purworejo meraih Swasti Saba Wistara 2025 di Jakarta, Selasa (9/12/2025). "
            "Trofi itu diserahkan Sekretaris Daerah Kabupaten Purworejo Said Romadhon kepada "
            "Bupati Purworejo saat apel gabungan di Alun-alun Purworejo, Senin (15/12/2025).")
    [rec] = extract(text, published="2025-12-15")
    assert (rec["event_date"], rec["venue"], rec["presenter"], rec["presenter_title"]) == (
        "2025-12-09", "Jakarta", None, None)


def test_a_village_placed_in_its_own_province_keeps_it_in_a_round_guessed_from_one_region(extract):
    text = ("Lomba Desa tingkat regional 2022 dimenangkan oleh:\n1. Desa Sukamaju Kabupaten "
            "Muaro Jambi Provinsi Jambi;\n2. Desa Koto Baru Kota Sawahlunto Provinsi Sumatera "
            "Barat;\n3. Desa Air Anyir Kabupaten Bangka Provinsi Kepulauan Bangka Belitung.\n"
            "Pembina terbaik lomba desa regional diraih Kabupaten Muaro Jambi.")
    recs = awardees(extract(text, published="2022-11-25"))
    assert [(name, r["province"]) for name, r in recs.items()] == [
        ("Desa Sukamaju", "Jambi"), ("Desa Koto Baru", "Sumatera Barat"),
        ("Desa Air Anyir", "Kepulauan Bangka Belitung"), ("Kabupaten Muaro Jambi", "Jambi")]


@pytest.mark.parametrize("when", ["Dua minggu yang lalu", "Beberapa pekan lalu"])
def test_a_second_award_won_weeks_before_is_recalled(extract, when):
    text = ("Provinsi Gorontalo meraih Anugerah Media Humas 2023 di Jakarta, Kamis (23/11/2023). "
            f"{when}, Gorontalo juga telah meraih Anugerah Keterbukaan Informasi Publik "
            "peringkat II.")
    recs = extract(text, published="2023-11-24")
    assert [(r["awardee"], r["award"]) for r in recs] == [
        ("Provinsi Gorontalo", "Anugerah Media Humas")]


def test_kinds_of_body_listed_as_categories_are_no_winners(extract):
    text = ("Penghargaan Indeks SPBE 2024 diberikan untuk lima kategori, yaitu Kementerian, "
            "Lembaga, Pemerintah Provinsi, Kabupaten dan Kota. Bali meraih predikat terbaik "
            "kategori pemerintah provinsi.")
    assert [r["awardee"] for r in extract(text, published="2024-12-10")] == ["Provinsi Bali"]


def test_a_preposition_glued_to_the_presenter_s_title_is_read_apart(extract):
    text = ("Kota Blitar meraih penghargaan Pelayanan Prima 2019 yang diserahkan langsung "
            "olehMenteri PANRB Syafruddin di Jakarta, Senin (9/12/2019).")
    [rec] = extract(text, published="2019-12-10")
    assert (rec["presenter"], rec["presenter_title"]) == ("Syafruddin", "Menteri PANRB")
    assert rec["evidence"][0]["text"] == text


@pytest.mark.parametrize("count", ["Sejumlah", "Beberapa"])
def test_villages_counted_without_a_number_in_a_regency_lie_there(extract, count):
    text = (f"{count} desa di Kabupaten Garut meraih penghargaan Anubhawa Sasana Desa 2023. Desa "
            f"tersebut yakni Desa Sukaresmi dan Desa Cigedug.")
    recs = extract(text, published="2023-08-10")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Desa Sukaresmi", "Jawa Barat"), ("Desa Cigedug", "Jawa Barat")]


def test_heads_listed_among_the_guests_win_nothing(extract):
    text = ("Kelurahan Purwantoro meraih gelar Desa Antikorupsi dari KPK di Jakarta, Selasa "
            "(5/12/2023). Acara itu dihadiri sejumlah kepala daerah, antara lain Gubernur Jawa "
            "Timur dan Bupati Malang.")
    assert [r["awardee"] for r in extract(text, published="2023-12-06")] == [
        "Kelurahan Purwantoro"]


def test_the_giver_s_short_form_with_its_government_in_brackets_is_still_the_giver(extract):
    text = ("Kota Magelang meraih Collaborative Award 2025 dari Pemerintah Provinsi Jawa Tengah "
            "(Pemprov Jateng) di Semarang, Senin (15/12/2025).")
    assert [r["awardee"] for r in extract(text, published="2025-12-16")] == ["Kota Magelang"]


def test_regions_listed_with_the_cluster_they_won_in_are_the_winners(extract):
    text = ("Germas Award 2024 tingkat Provinsi Jawa Tengah diraih tiga kabupaten:\n"
            "- Kabupaten Wonogiri: Kluster aktivitas fisik\n- Kabupaten Kudus: Kluster gizi\n"
            "- Kabupaten Batang: Kluster kesehatan lingkungan")
    assert [r["awardee"] for r in extract(text, published="2024-11-29")] == [
        "Kabupaten Wonogiri", "Kabupaten Kudus", "Kabupaten Batang"]


def test_the_home_ministry_s_name_holds_dalam(extract):
    text = ("Kementerian Dalam Negeri meraih Anugerah Kearsipan 2024 dari ANRI di Jakarta, Kamis "
            "(27/6/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-06-28")] == [
        "Kementerian Dalam Negeri"]


def test_a_council_s_secretariat_is_the_winner_not_the_council(extract):
    text = ("Sekretariat DPRD Kabupaten Pati meraih peringkat kedua JDIH Award 2023 kategori "
            "sekretariat dewan di Semarang, Kamis (12/10/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-10-13")] == [
        "Sekretariat DPRD Kabupaten Pati"]


def test_a_rank_naming_an_award_s_tier_ranks_no_one(extract):
    text = ("Kabupaten Sleman meraih peringkat dua Swasti Saba Wiwerda 2023 di Jakarta, Selasa "
            "(28/11/2023).")
    [rec] = extract(text, published="2023-11-29")
    assert (rec["rank"], rec["category"]) == (None, "Wiwerda")


def test_a_count_of_one_and_a_superlative_after_desa_name_no_winner(extract):
    text = ("Warta Kedu - Purworejo : Sebuah penghargaan kembali diraih Pemerintah Kabupaten "
            "Purworejo dari Kementerian Keuangan dengan predikat Penyalur Dana Desa Tercepat "
            "Tahun 2024 di Semarang, Rabu (10/7/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-07-11")] == [
        "Kabupaten Purworejo"]


def test_names_listed_for_the_jury_are_no_winners(extract):
    text = ("Wali Kota Surakarta meraih Anugerah Kebudayaan PWI 2024 di Jakarta, Selasa "
            "(9/1/2024). Ia tampil di hadapan dewan juri dari kalangan budayawan dan wartawan, "
            "yakni Bambang Sulistyo, Ratna Dewi Anggraini dan Hendro Wibisono.")
    assert [r["awardee"] for r in extract(text, published="2024-01-10")] == ["Kota Surakarta"]


@pytest.mark.parametrize("text", [
    "Bupati Kapuas Segera Terima Penghargaan dari Presiden\nKuala Kapuas - Bupati Kapuas Ben "
    "Brahim segera menerima penghargaan pembina Karang Taruna terbaik tingkat nasional dari "
    "Presiden. Penghargaan itu diserahkan langsung oleh Presiden di Lampung, kata Kepala Dinas "
    "Sosial, Senin.",
    "Pemkab Ingin Kuala Kapuas Raih Adipura\nKuala Kapuas - Pemerintah Kabupaten Kapuas "
    "menginginkan Kuala Kapuas bisa meraih Adipura. Bupati juga menyampaikan keinginannya agar "
    "Kabupaten Kapuas meraih Adipura tahun ini."])
def test_an_award_wanted_or_about_to_be_received_is_no_win(extract, text):
    assert extract(text, published="2023-01-16") == []


def test_a_region_s_name_in_capitals_after_its_kind_is_read_as_the_name(extract):
    text = ("Pemerintah Provinsi BENGKULU untuk pertama kalinya meraih Adipura Kencana 2024 di "
            "Jakarta, Selasa (5/3/2024), bersama Kabupaten TANAH LAUT.")
    assert [r["awardee"] for r in extract(text, published="2024-03-06")] == [
        "Provinsi Bengkulu", "Kabupaten Tanah Laut"]


def test_a_village_head_handing_over_is_not_named_by_the_villages_listed(extract):
    text = ("Paralegal Justice Award 2024 diserahkan di Hotel Bidakara, Jakarta, Sabtu "
            "(1/6/2024). Penghargaan itu diberikan Lurah yang lulus pelatihan paralegal. Dari "
            "Jawa Tengah, penerimanya yakni Lurah Mulyoharjo (Jepara), Lurah Kauman (Batang) "
            "dan Lurah Pekunden (Semarang).")
    assert {r["presenter"] for r in extract(text, published="2024-06-02")} == {None}


def test_a_village_s_development_status_is_a_category_no_village(extract):
    text = ("Apresiasi Keterbukaan Informasi Publik Desa 2023 diserahkan di Jakarta, Senin "
            "(4/12/2023) untuk tiga kategori, yaitu Desa Tertinggal, Desa Berkembang, dan Desa "
            "Maju. Juara 1 kategori Desa Maju diraih Desa Sukorejo, Kabupaten Kendal.")
    assert [(r["awardee"], r["category"]) for r in extract(text, published="2023-12-05")] == [
        ("Desa Sukorejo", "Desa Maju")]


def test_a_prize_handed_ke_a_body_goes_to_that_body(extract):
    text = ("Kemendes Beri Penghargaan ke Bank Kalbar\nPontianak - \u201cBank ini ikut membangun "
            "desa,\u201d kata Menteri Desa Budi Arie saat menyerahkan penghargaan ke Bank Kalbar "
            "di Pontianak, Senin (12/2/2024).")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2024-02-13")] == [
        ("Bank Kalbar", "Budi Arie")]


def test_a_winner_who_jadi_yang_terbaik_wins(extract):
    text = ("Kota Malang di Provinsi Jawa Timur jadi yang terbaik pada Anugerah Pesona Indonesia "
            "2019 yang digelar di Jakarta, Jumat 20 September 2019.")
    assert [r["awardee"] for r in extract(text, published="2019-09-21")] == ["Kota Malang"]


@pytest.mark.parametrize("venue", ["Surabaya", "Hotel Majapahit, Surabaya"])
def test_the_city_a_national_round_was_held_in_places_no_winner(extract, venue):
    text = ("KWT Melati Asri meraih juara III tingkat nasional Lomba Pekarangan Lestari "
            f"2021 di {venue}, Selasa (16/11/2021).")
    [rec] = extract(text, published="2021-11-17")
    assert (rec["awardee"], rec["province"]) == ("KWT Melati Asri", None)


@pytest.mark.parametrize("ago", ["belum lama ini", "beberapa waktu lalu", "beberapa hari yang lalu"])
def test_a_win_told_as_some_time_ago_is_not_dated_by_a_later_quote(extract, ago):
    text = ("Pemkab Bantul Raih WTP\nBantul - Pemkab Bantul meraih opini WTP dari BPK RI untuk "
            f"ke-9 kalinya. Penghargaan itu diterima {ago} di Yogyakarta.\n\"Ini buah kerja "
            "semua perangkat daerah,\" jelas Sekda Budi pada Jumat (05/04/2024).")
    assert [r["event_date"] for r in extract(text, published="2024-04-05")] == [None]


def test_a_plural_group_pointing_back_lists_the_winners_counted(extract):
    text = ("Tim Kementerian Hukum dan HAM menetapkan 4 daerah sebagai penerima penghargaan "
            "Peduli HAM 2023 di Jambi, Senin (11/12/2023).\nDaerah-daerah tersebut meliputi "
            "Kabupaten Kerinci, Kabupaten Merangin, Kota Jambi dan Kota Sungai Penuh.")
    assert [r["awardee"] for r in extract(text, published="2023-12-12")] == [
        "Kabupaten Kerinci", "Kabupaten Merangin", "Kota Jambi", "Kota Sungai Penuh"]


@pytest.mark.parametrize("subject", ["Penerima anugerah kategori nindya",
                                     "Para pemenang kategori nindya"])
def test_bare_names_after_adalah_are_winners_when_the_subject_is_who_won(extract, subject):
    text = ("Kementerian PPPA memberikan penghargaan Kota Layak Anak 2018 di Surabaya, Senin "
            f"(23/7/2018). {subject} adalah Denpasar, Gianyar dan Sleman.")
    assert [r["awardee"] for r in extract(text, published="2018-07-24")] == [
        "Kota Denpasar", "Kabupaten Gianyar", "Kabupaten Sleman"]


def test_the_office_a_person_now_holds_wins_nothing_for_its_region(extract):
    text = ("Bupati Banyumas menerima penghargaan kinerja terbaik EKPPD 2013 dari Mendagri di "
            "Jakarta, Jumat (25/4/2014). Mantan Bupati Budi Santoso yang kini menjabat Wakil "
            "Gubernur Jawa Tengah, juga menerima penghargaan Satyalancana.")
    assert [r["awardee"] for r in extract(text, published="2014-04-26")] == [
        "Kabupaten Banyumas"]


def test_the_act_of_setting_a_winner_opens_no_name(extract):
    text = ("Kabupaten Klungkung meraih Wahana Tata Nugraha 2016 di Jakarta, Senin (19/12/2016). "
            "Penetapan Klungkung meraih trofi itu tertuang dalam SK Menteri Perhubungan.")
    assert [r["awardee"] for r in extract(text, published="2016-12-20")] == [
        "Kabupaten Klungkung"]


def test_a_body_in_brackets_after_a_person_s_name_is_where_the_winner_works(extract):
    text = ("Pemkab Sleman memberikan penghargaan Kader Posyandu Terbaik 2024 di Pendopo Sleman, "
            "Selasa (12/11/2024). Penerimanya yaitu, Siti Aminah (Posyandu Melati, Puskesmas "
            "Depok)\nRatna Dewi (Posyandu Mawar, Puskesmas Mlati)")
    assert extract(text, published="2024-11-13") == []


def test_a_bare_name_said_to_be_one_of_a_counted_kind_is_of_that_kind(extract):
    text = ("Bengkulu menjadi salah satu dari tujuh provinsi yang menerima Anugerah Kebudayaan "
            "Indonesia 2025 di Jakarta, Selasa (21/10/2025).")
    assert [r["awardee"] for r in extract(text, published="2025-10-22")] == ["Provinsi Bengkulu"]


def test_a_name_in_a_slot_with_a_head_s_title_after_a_comma_stands_for_the_region(extract):
    text = ("Sejumlah tokoh menerima penghargaan Tokoh Penggerak Koperasi pada Harkopnas ke-71 di "
            "Purwokerto, Kamis (12/7/2018), salah satu diantaranya adalah Bapak Budi Santoso, "
            "Gubernur Jawa Tengah.")
    assert [r["awardee"] for r in extract(text, published="2018-07-13")] == [
        "Provinsi Jawa Tengah"]


def test_a_like_award_handed_to_others_after_one_comes_from_the_same_hands(extract):
    text = ("Wali Kota Kediri Vinanda Prameswati menerima Paritrana Award 2024 dari Gubernur Jawa "
            "Timur Khofifah Indar Parawansa di Gedung Negara Grahadi, Surabaya, Selasa (5/8/2025). "
            "Penghargaan serupa diserahkan pula kepada Bupati Gresik dan Bupati Jombang.")
    recs = extract(text, published="2025-08-06")
    assert [(r["awardee"], r["presenter"]) for r in recs] == [
        ("Kota Kediri", "Khofifah Indar Parawansa"), ("Kabupaten Gresik", "Khofifah Indar Parawansa"),
        ("Kabupaten Jombang", "Khofifah Indar Parawansa")]


def test_provinces_named_after_a_capitalised_area_word_are_its_area_not_winners(extract):
    text = ("Provinsi Sulawesi Tenggara meraih penghargaan TPID Provinsi Berkinerja Terbaik 2023 "
            "untuk Wilayah Sulawesi, Maluku, dan Papua di Jakarta, Jumat (14/6/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-06-15")] == [
        "Provinsi Sulawesi Tenggara"]


def test_a_region_after_a_long_office_acronym_after_dari_is_the_giver_s(extract):
    text = ("Kota Bontang meraih peringkat kedua Investment Award dari DPMPTSP Provinsi "
            "Kalimantan Timur di Samarinda, Kamis (12/12/2024).")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-12-13")] == [
        ("Kota Bontang", 2)]


def test_the_receivers_of_a_category_written_with_dari_are_winners(extract):
    text = ("Gubernur Bali menyerahkan penghargaan Siddhakarya 2021 kepada sejumlah pelaku usaha "
            "di Denpasar, Rabu (8/12/2021). Penerima dari kategori usaha mikro yakni CV Tenun "
            "Ikat Sari dan UD Kopi Kintamani.")
    assert [r["awardee"] for r in extract(text, published="2021-12-09")] == [
        "CV Tenun Ikat Sari", "UD Kopi Kintamani"]


def test_a_handing_verb_after_link_words_hands_over_the_award_told_before(extract):
    text = ("Gubernur Bali menyerahkan penghargaan Siddhakarya 2021 kepada PT Bali Bersinar di "
            "Denpasar, Rabu (8/12/2021). Selain itu, juga diberikan kepada CV Tenun Ikat Sari dan "
            "UD Kopi Kintamani.")
    assert [r["awardee"] for r in extract(text, published="2021-12-09")] == [
        "PT Bali Bersinar", "CV Tenun Ikat Sari", "UD Kopi Kintamani"]


def test_a_count_of_winners_from_a_province_places_them_there(extract):
    text = ("Tiga UMKM Jambi meraih penghargaan Paramakarya 2019 di Jakarta, Selasa (26/11/2019). "
            "Ketiga UMKM itu adalah CV Batik Seberang, UD Kopi Kerinci dan CV Dodol Kentang.")
    recs = extract(text, published="2019-11-27")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("CV Batik Seberang", "Jambi"), ("UD Kopi Kerinci", "Jambi"), ("CV Dodol Kentang", "Jambi")]


def test_a_subdistrict_a_named_team_comes_from_is_the_winner(extract):
    text = ("Regu Pramuka dari Kecamatan Wonosari meraih juara 1 lomba Tangkas Pramuka yang digelar "
            "Kwarcab Gunungkidul, Sabtu (14/10/2023). Juara 2 diraih Kecamatan Playen.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-10-15")] == [
        ("Kecamatan Wonosari", 1), ("Kecamatan Playen", 2)]


def test_this_appreciation_handed_over_is_the_award_told_before(extract):
    text = ("Kabupaten Sleman meraih juara I Kampung KB terbaik nasional. Apresiasi tersebut "
            "diserahkan langsung Kepala BKKBN Wihaji di Hotel Grand Mercure, Palembang, Sabtu "
            "(29/6/2025).")
    [rec] = extract(text, published="2025-06-30")
    assert (rec["presenter"], rec["venue"], rec["event_date"]) == (
        "Wihaji", "Hotel Grand Mercure, Palembang", "2025-06-29")


def test_appreciation_and_awards_given_at_a_ceremony_are_a_handover(extract):
    text = ("BKKBN memberikan apresiasi dan penghargaan kepada empat gubernur di Hotel Bidakara, "
            "Jakarta, Sabtu (29/6/2019) malam. Gubernur Jawa Tengah Ganjar Pranowo menerima "
            "Manggala Karya Kencana.")
    [rec] = extract(text, published="2019-06-30")
    assert (rec["awardee"], rec["event_date"], rec["venue"]) == (
        "Provinsi Jawa Tengah", "2019-06-29", "Hotel Bidakara, Jakarta")


def test_this_team_after_a_named_body_is_that_body(extract):
    text = ("Linmas Desa Sukamaju tampil kompak pada lomba PBB Linmas tingkat Kecamatan Cibadak, "
            "Selasa (19/9/2023). Tim tersebut berhasil meraih juara pertama.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-09-20")] == [
        ("Desa Sukamaju", 1)]


def test_a_region_handed_an_award_through_its_office_s_acronym_wins(extract):
    text = ("Kepala BNPB menyerahkan Tangguh Award 2016 kepada BPBD Kabupaten Banjarnegara di "
            "Jakarta, Rabu (12/10/2016).")
    assert [r["awardee"] for r in extract(text, published="2016-10-13")] == [
        "Kabupaten Banjarnegara"]


def test_heads_listed_after_ada_juga_stand_for_their_regions(extract):
    text = ("Gubernur Jawa Tengah menyerahkan penghargaan Pembina K3 kepada Bupati Kendal di "
            "Semarang, Senin (18/2/2019). Selain Bupati Kendal, ada juga Bupati Demak, Kudus dan "
            "Jepara yang menerima penghargaan serupa.")
    assert [r["awardee"] for r in extract(text, published="2019-02-19")] == [
        "Kabupaten Kendal", "Kabupaten Demak", "Kabupaten Kudus", "Kabupaten Jepara"]


def test_a_body_named_later_by_its_acronym_without_its_kind_is_one(extract):
    text = ("Badan Pengawas Pemilu (Bawaslu) Kabupaten Sleman meraih penghargaan Bawaslu Award 2024 "
            "di Yogyakarta, Jumat (20/12/2024). Penghargaan diserahkan kepada Bawaslu Sleman oleh "
            "Ketua Bawaslu RI.")
    assert [r["awardee"] for r in extract(text, published="2024-12-21")] == [
        "Badan Pengawas Pemilu (Bawaslu) Kabupaten Sleman"]


def test_one_head_named_with_two_regions_is_two_bodies(extract):
    text = ("Lomba Hatinya PKK tingkat provinsi diraih TP PKK Kabupaten Gowa sebagai juara 1 dan TP "
            "PKK Kota Parepare sebagai juara 2.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-05-20")] == [
        ("TP PKK Kabupaten Gowa", 1), ("TP PKK Kota Parepare", 2)]


def test_a_hospital_s_head_written_with_a_full_stop_opens_its_name(extract):
    text = ("RS. Jiwa Daerah Surakarta meraih predikat WBK dari Kementerian PANRB di Jakarta, Rabu "
            "(11/12/2019).")
    assert [(r["awardee"], r["event_date"]) for r in extract(text, published="2019-12-12")] == [
        ("RS. Jiwa Daerah Surakarta", "2019-12-11")]


def test_a_handover_received_by_a_winning_body_s_head_gives_that_body_its_presenter(extract):
    text = ("KPU Kota Bandung meraih juara 1 Anugerah Keterbukaan Informasi 2024, sedangkan KPU Kota "
            "Bogor meraih juara 2. Penghargaan diserahkan oleh Ketua KPU RI Hasyim Asyari dan "
            "diterima oleh Ketua KPU Kota Bandung Wenti Frihadianti di Jakarta, Selasa "
            "(6/8/2024).")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2024-08-07")] == [
        ("KPU Kota Bandung", "Hasyim Asyari"), ("KPU Kota Bogor", None)]


def test_a_water_company_spelt_out_before_its_short_form_keeps_its_own_name(extract):
    text = ("Perusahaan Umum Daerah Air Minum (Perumdam) Tirta Benteng meraih TOP BUMD Award 2022 di "
            "Jakarta, Kamis (13/10/2022). Perumdam Tirta Benteng meraih predikat bintang lima.")
    assert [r["awardee"] for r in extract(text, published="2022-10-14")] == [
        "Perusahaan Umum Daerah Air Minum (Perumdam) Tirta Benteng"]


def test_a_town_named_as_a_city_that_only_a_regency_bears_is_the_regency(extract):
    text = ("Tiga daerah di Jawa Tengah meraih Piala Adipura 2023 di Jakarta, Selasa (5/3/2024). "
            "Penerimanya yakni Kota Kendal, Kota Batang dan Kota Salatiga.")
    assert [r["awardee"] for r in extract(text, published="2024-03-06")] == [
        "Kabupaten Kendal", "Kabupaten Batang", "Kota Salatiga"]


def test_a_tally_of_streaks_after_setelah_names_no_winner(extract):
    text = ("Kabupaten Kaur meraih opini WTP dari BPK Perwakilan Bengkulu di Bengkulu, Kamis "
            "(2/5/2024). Setelah Kaur ada Seluma sebanyak 6 kali berturut-turut, kemudian disusul "
            "Mukomuko.")
    assert [r["awardee"] for r in extract(text, published="2024-05-04")] == ["Kabupaten Kaur"]


def test_a_report_handed_over_when_only_a_lesser_opinion_was_given_is_no_win(extract):
    text = ("BPK Perwakilan Jambi menyerahkan LHP atas LKPD Kabupaten Kerinci tahun 2023 di Jambi, "
            "Senin (20/5/2024). Tahun ini Pemkab Kerinci gagal mempertahankan opini WTP. BPK hanya "
            "memberikan opini Wajar Dengan Pengecualian (WDP).")
    assert extract(text, published="2024-05-21") == []


def test_a_tourism_village_written_deswita_is_the_winner_not_its_regency(extract):
    text = ("Deswita Lerep, Kabupaten Semarang (Juara 1) dan Deswita Candirejo, Kabupaten Magelang "
            "(Juara 2) meraih penghargaan Desa Wisata Terbaik Jateng 2023.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-09-27")] == [
        ("Deswita Lerep", 1), ("Deswita Candirejo", 2)]


def test_heads_listed_after_kemudian_go_on_with_the_winners(extract):
    text = ("Bupati Tapin menerima penghargaan Adhikarya Pangan Nusantara 2023 bersama sejumlah kepala "
            "daerah di Jakarta, Senin (16/10/2023). Kemudian Bupati Ngawi, Bupati Wajo dan Bupati "
            "Grobogan.")
    assert [r["awardee"] for r in extract(text, published="2023-10-17")] == [
        "Kabupaten Tapin", "Kabupaten Ngawi", "Kabupaten Wajo", "Kabupaten Grobogan"]
    text = ("Bupati Tapin menerima penghargaan Adhikarya Pangan Nusantara 2023 di Jakarta, Senin "
            "(16/10/2023). Sedangkan Wakil Gubernur Kalsel Muhidin mengatakan, capaian itu patut "
            "dibanggakan.")
    assert [r["awardee"] for r in extract(text, published="2023-10-17")] == ["Kabupaten Tapin"]


def test_a_head_a_minister_mengganjar_stands_for_the_region(extract):
    text = ("Mendagri menyerahkan Penghargaan Pembangunan Daerah 2023 di Jakarta, Sabtu (29/4/2023). "
            "Mendagri mengganjar Wali Kota Parepare Taufan Pawe dengan penghargaan tersebut.")
    assert [r["awardee"] for r in extract(text, published="2023-04-30")] == ["Kota Parepare"]


def test_a_head_named_after_selain_in_a_winners_sentence_stands_for_the_region(extract):
    text = ("Mendagri menyerahkan Penghargaan Pembangunan Daerah 2024 di Surabaya, Kamis (25/4/2024). "
            "Selain Wali Kota Blitar Santoso, penerima lainnya adalah Wali Kota Kediri Abdullah Abu "
            "Bakar.")
    assert [r["awardee"] for r in extract(text, published="2024-04-26")] == [
        "Kota Blitar", "Kota Kediri"]


def test_a_headline_representing_a_province_and_receiving_its_award_reports_a_win(extract):
    # "Wakili" (on behalf of) is a stage word ("Wakili Jateng ke Tingkat
    # Nasional"), but not before a received award
    text = ("PADANG - Gubernur Sumatera Barat Mahyeldi menerima penghargaan untuk provinsi Sumatera "
            "Barat dari Kementerian Lingkungan Hidup dan Kehutanan (KLHK).\n"
            "Penghargaan Nirwasita Tantra 2022 itu diserahkan Wakil Menteri LHK di Gedung Manggala "
            "Wanabakti, Jakarta, Rabu (14/6/2023).")
    title = "Mahyeldi Wakili Sumbar Terima Nirwasita Tantra 2022"
    assert [r["awardee"] for r in extract(text, title=title, published="2023-06-15")] == [
        "Provinsi Sumatera Barat"]
    title = "Mahyeldi Wakili Sumbar Terima Tim Penilai Nirwasita Tantra"
    text = ("Gubernur Sumatera Barat menerima tim penilai Nirwasita Tantra 2022 di Padang, Rabu "
            "(14/6/2023).")
    assert extract(text, title=title, published="2023-06-15") == []


def test_bhumandala_tiers_are_categories_not_winners(extract):
    text = ("Pemprov Kalimantan Tengah meraih Penghargaan Bhumandala 2024 yakni Bhumandala Rajata "
            "atau perak di Hotel Bidakara, Jakarta, Rabu (20/11/2024).")
    found = [(r["award"], r["awardee"], r.get("category")) for r in extract(
        text, published="2024-11-21")]
    assert found == [("Bhumandala Award", "Provinsi Kalimantan Tengah", "Rajata")]


def test_green_leadership_is_nirwasita_tantra(extract):
    for name in ("Green Leadership Nirwasita Tantra", "Nirwasitatantra"):
        text = (f"Pemkab Jember meraih penghargaan {name} 2021 dari KLHK di Jakarta, Rabu "
                "(20/7/2022).")
        assert [(r["award"], r["awardee"]) for r in extract(text, published="2022-07-21")] == [
            ("Nirwasita Tantra", "Kabupaten Jember")]


def test_a_province_after_a_city_elsewhere_is_one_more_winner(extract):
    text = ("Sepuluh daerah menerima penghargaan Bhumandala Award 2021 di Jakarta, Jumat "
            "(29/10/2021). Penerimanya adalah Kota Tarakan, Jawa Tengah, Kota Ambon, Maluku, "
            "Kabupaten Merauke, Papua, dan Kota Bogor.")
    assert [r["awardee"] for r in extract(text, published="2021-10-30")] == [
        "Kota Tarakan", "Provinsi Jawa Tengah", "Kota Ambon", "Kabupaten Merauke", "Kota Bogor"]


def test_the_body_whose_verb_honours_the_body_after_it_gives_and_does_not_win(extract):
    text = ("Badan Pusat Statistik (BPS) RI menganugerahkan Desa Sidomulyo, Kecamatan Bringin, "
            "Kabupaten Semarang yang dinobatkan sebagai Desa Cantik terbaik se-Indonesia Tahun 2024.")
    assert [r["awardee"] for r in extract(text, published="2024-12-10")] == ["Desa Sidomulyo"]


def test_regions_listed_each_with_its_province_and_no_comma(extract):
    text = ("Menteri Kesehatan menyerahkan sertifikat eliminasi malaria kepada enam daerah, Kamis "
            "(25/4/2024). Daerah tersebut ialah Ternate Maluku Utara, Lubuklinggau Sumatera "
            "Selatan, Kabupaten Sinjai Sulawesi Selatan, Manggarai Barat NTT, dan Sambas "
            "Kalimantan Barat.")
    assert [(r["awardee"], r["province"]) for r in extract(text, published="2024-04-26")] == [
        ("Kota Ternate", "Maluku Utara"), ("Kota Lubuklinggau", "Sumatera Selatan"),
        ("Kabupaten Sinjai", "Sulawesi Selatan"), ("Kabupaten Manggarai Barat", "Nusa Tenggara Timur"),
        ("Kabupaten Sambas", "Kalimantan Barat")]


def test_the_ombudsman_award_under_its_several_names_is_one_record(extract):
    text = ("Kabupaten Situbondo meraih Ombudsman Award 2019 dengan Predikat Kepatuhan Tinggi "
            "Pelayanan Publik. Penghargaan diterima Bupati Situbondo di Hotel Mercure, Jakarta, "
            "Rabu (27/11/2019).")
    assert [r["awardee"] for r in extract(text, published="2019-11-28")] == ["Kabupaten Situbondo"]
    text = ("Pemkab Klaten meraih penghargaan Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
            "atau Opini Pengawasan Penyelenggaraan Pelayanan Publik 2024 di Jakarta, Kamis "
            "(14/11/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-11-15")] == ["Kabupaten Klaten"]


def test_a_dated_lede_naming_no_award_is_no_stage_of_a_round(extract):
    # "memaparkan" is a stage of a contest ("memaparkan inovasinya di hadapan
    # juri"), but a governor setting out priorities at a planning meeting is
    # the occasion, and the awards handed over at it are won
    text = ("Malang, KABARJATIM - Gubernur Jatim memaparkan lima prioritas pembangunan dalam "
            "Musrenbang RKPD Provinsi Jawa Timur di Surabaya, Rabu (24/4/2024).\n"
            "Pada kesempatan tersebut Gubernur menyerahkan Penghargaan Pembangunan Daerah Tahun "
            "2024 kepada Juara 1 Kabupaten Malang dan Juara 2 Kabupaten Blitar.")
    assert [r["awardee"] for r in extract(text, published="2024-04-25")] == [
        "Kabupaten Malang", "Kabupaten Blitar"]


def test_targets_reached_are_no_stage_of_a_round(extract):
    text = ("Penghargaan PPD ini wujud apresiasi kepada kabupaten yang berhasil mencapai "
            "target-target pembangunan daerah.\n"
            "Penghargaan PPD 2023 diserahkan Gubernur Kalimantan Selatan kepada Pemkab Tapin di "
            "Banjarbaru, Selasa (11/4/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-04-12")] == ["Kabupaten Tapin"]


def test_a_region_closing_a_planning_meeting_s_name_with_its_short_forms_is_no_winner(extract):
    text = ("Gubernur menyerahkan Penghargaan Pembangunan Daerah Tahun 2024 kepada Juara 1 Kabupaten "
            "Malang, juara 2 Kabupaten Blitar dan Juara 3 Kabupaten Kediri. Penghargaan diterima "
            "langsung oleh Wakil Bupati Malang dari Gubernur Jawa Timur, Khofifah Indar Parawansa "
            "didampingi Deputi Bappenas RI, Taufik Hanafi dalam Musyawarah Perencanaan "
            "Pembangunan (Musrenbang) Rencana Kerja Pemerintah Daerah (RKPD) Provinsi Jawa "
            "Timur Tahun 2025 di Hotel Bumi, Surabaya.")
    assert [r["awardee"] for r in extract(text, published="2024-04-25")] == [
        "Kabupaten Malang", "Kabupaten Blitar", "Kabupaten Kediri"]


def test_a_province_paying_tribute_to_the_regions_wins_nothing(extract):
    text = ("Kabupaten Dompu meraih Penghargaan Pembangunan Daerah 2024 di Mataram, Senin "
            "(6/5/2024).\nPenghargaan yang diterima Bupati Dompu ini merupakan wujud apresiasi "
            "Pemprov NTB kepada pemerintah daerah dalam penyusunan dokumen perencanaan.")
    assert [r["awardee"] for r in extract(text, published="2024-05-07")] == ["Kabupaten Dompu"]


def test_the_party_handing_an_award_over_holds_no_winner(extract):
    text = ("MAJENE - Usai menilai Penghargaan Pembangunan Daerah (PPD) Tahun 2025 tingkat Provinsi "
            "Sulawesi Barat (Sulbar), Pemprov Sulbar lewat Bapperida Sulbar menyerahkan piala serta "
            "piagam kepada tiga kabupaten terbaik di Sulbar dalam Musrenbang di Mamuju, Senin "
            "(28/4/2025).\n"
            "Masing – masing piala diserahkan langsung oleh Pj. Gubernur Sulbar, Prof. Ahmad Yani, "
            "bersama Sekretaris Daerah Provinsi Sulbar, Budi Santoso, dan Kepala Bapperida Sulbar, "
            "Rudi Hartono, kepada ketiga kabupaten terbaik penerima PPD, yaitu Pj. Bupati Majene, "
            "Andi Sahrul, dan Bupati Mamuju, Siti Aminah.")
    assert [r["awardee"] for r in extract(text, published="2025-04-29")] == [
        "Kabupaten Majene", "Kabupaten Mamuju"]


def test_a_region_owning_the_plan_a_meeting_drafts_is_no_winner(extract):
    text = ("Bupati Tulang Bawang menerima Penghargaan Pembangunan Daerah 2023 dari Gubernur Lampung "
            "saat Musrenbang, dalam rangka menyusun rencana kerja pemerintah daerah (RKPD) "
            "Provinsi Lampung Tahun 2024, di Bandar Lampung, Rabu (12/4/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-04-13")] == [
        "Kabupaten Tulang Bawang"]


def test_a_win_this_year_after_a_win_recalled_in_the_same_sentence_is_news(extract):
    text = ("Sebelumnya, Desa Pattapang di tahun 2021 telah berhasil meraih Proklim Madya, sementara "
            "tahun 2023 ini berhasil meraih Proklim Utama.")
    assert [r["awardee"] for r in extract(text, published="2023-10-20")] == ["Desa Pattapang"]
    text = "Sebelumnya, Desa Pattapang di tahun 2021 telah berhasil meraih Proklim Madya."
    assert extract(text, published="2023-10-20") == []


def test_the_name_of_an_index_is_no_village(extract):
    text = ("Sebanyak 12 desa di Kabupaten Bondowoso menerima penghargaan berstatus Indeks Desa "
            "Membangun (IDM) sebagai desa mandiri dari Kemendes PDTT, Kamis (17/11/2022).")
    assert "Desa Membangun" not in [r["awardee"] for r in extract(text, published="2022-11-18")]


def test_a_province_s_nickname_goes_on_with_the_list_of_winners(extract):
    text = ("Provinsi Kaltim lagi-lagi mendapat penghargaan nasional. Kali ini Benua Etam "
            "dinobatkan sebagai Pemerintah Daerah Terbaik Peduli Perlindungan Konsumen Tahun 2023 "
            "dari Kementerian Perdagangan.\n"
            "Kaltim bersama tiga provinsi lainnya yakni Bali, Jawa Tengah (Jateng) dan Riau dinilai "
            "berhasil memperkuat perlindungan konsumen di wilayahnya.")
    assert [r["awardee"] for r in extract(text, published="2023-04-25")] == [
        "Provinsi Kalimantan Timur", "Provinsi Bali", "Provinsi Jawa Tengah", "Provinsi Riau"]


def test_the_stand_in_handing_over_after_his_degrees_is_the_presenter(extract):
    text = ("Pj Gubernur Aceh, Dr. H. Ahmad Yani, M.Si, yang diwakili Kepala Dinas Perpustakaan Aceh, "
            "Dr. Budi Santoso, S.STP, MSP, saat menyerahkan piagam penghargaan terbaik II tingkat "
            "Provinsi Aceh, kepada Pj Geuchik Blang Pulo, Hasan, di Banda Aceh, Selasa (5/11/2024).\n"
            "Perpustakaan Gampong Blang Pulo meraih piagam penghargaan terbaik II tingkat Provinsi "
            "Aceh tahun 2024.")
    assert [r["awardee"] for r in extract(text, published="2024-11-06")] == ["Gampong Blang Pulo"]


def test_a_rank_keeps_to_its_own_item_when_the_item_s_winner_is_unknown(extract):
    text = ("Lomba Ketangkasan Barisan Pemadam Kebakaran se-Banjarbaru 2023 digelar Dinas Damkar "
            "di Banjarbaru, Sabtu (18/11/2023). Adapun yang menjadi juara pada perlombaan tersebut "
            "juara 1 damkar Cempaka, juara 2 Garuda, juara 3 Rajawali.")
    ranks = {r["awardee"]: r.get("rank") for r in extract(text, published="2023-11-19")}
    assert ranks.get("Garuda") == 2 and ranks.get("Rajawali") == 3


def test_the_town_a_food_and_drug_office_is_named_after_is_no_venue(extract):
    text = ("Balai Besar Pengawas Obat dan Makanan (BBPOM) di Kupang menyerahkan piagam penghargaan "
            "Desa Pangan Aman 2023 kepada Desa Oebelo, Rabu (6/12/2023).\n"
            "Penghargaan diserahkan Kepala Balai Besar POM di Kupang, Maria Goreti, kepada Kepala "
            "Desa Oebelo.")
    found = [(r["awardee"], r.get("venue"), r.get("presenter")) for r in extract(
        text, published="2023-12-07")]
    assert found == [("Desa Oebelo", None, "Maria Goreti")]


def test_an_office_s_fields_listed_with_a_comma_before_dan_are_one_name(extract):
    text = ("Pemerintah Provinsi Jawa Tengah menerima Dukcapil Prima Award 2024 dari Kementerian "
            "Dalam Negeri melalui Dinas Pemberdayaan Masyarakat Desa, Kependudukan, dan Pencatatan "
            "Sipil (Dispermadesdukcapil) di Jakarta, Rabu (20/11/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-11-21")] == ["Provinsi Jawa Tengah"]


def test_a_subdistrict_s_name_ends_where_its_regency_starts(extract):
    text = ("Juara pertama Lomba Tertib Adminduk 2022 diraih Kecamatan Enggano Kabupaten Bengkulu "
            "Utara, disusul Kecamatan Ratu Agung Kota Bengkulu.")
    assert [(r["awardee"], r.get("province")) for r in extract(text, published="2022-10-10")] == [
        ("Kecamatan Enggano", "Bengkulu"), ("Kecamatan Ratu Agung", "Bengkulu")]


def test_a_name_joined_by_a_slash_is_one_name_and_its_verb_gives(extract):
    text = ("Atas komitmen terhadap pengadaan, Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah "
            "(LKPP) memberikan Piagam Anugerah Pengadaan 2023 peringkat 2 nasional kepada Pemkot "
            "Solok di Jakarta, Selasa (7/11/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-11-08")] == ["Kota Solok"]


def test_passives_written_apart_from_di_are_read_joined(extract):
    text = ("Penghargaan Reforma Agraria 2023 diserahkan Menko Perekonomian, Airlangga Hartarto di "
            "Jakarta, Selasa (31/10/2023). Peringkat pertama diraih Provinsi Jambi yang di pimpin "
            "oleh Gubernur Al Haris. Di ikuti oleh Kalimantan Tengah dan Lampung.")
    found = [(r["awardee"], r.get("presenter")) for r in extract(text, published="2023-11-01")]
    assert found == [("Provinsi Jambi", "Airlangga Hartarto"),
                     ("Provinsi Kalimantan Tengah", "Airlangga Hartarto"),
                     ("Provinsi Lampung", "Airlangga Hartarto")]


def test_the_office_a_region_wins_through_is_the_same_winner(extract):
    text = ("Pemerintah Provinsi Jambi (Pemprov) melalui Dinas ESDM sukses menjadi juara I "
            "Penghargaan Subroto 2024 bidang efisiensi energi di Jakarta, Selasa (24/9/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-09-25")] == ["Provinsi Jambi"]


def test_a_region_chosen_to_host_an_award_wins_nothing(extract):
    title = "Karena Kerukunannya, Kota Bitung Terpilih Jadi Tuan Rumah Harmony Award 2024"
    text = ("Kota Bitung terpilih menjadi tuan rumah penghargaan tahunan Harmony Award 2024 yang "
            "digelar Kementerian Agama.")
    assert extract(text, title=title, published="2024-10-01") == []


def test_a_name_holding_a_date_keeps_its_month(extract):
    text = ("Penghargaan Collaborative Award 2026 diraih Universitas Sebelas Maret dan Universitas "
            "17 Agustus 1945 Semarang di Semarang, Jumat (20/2/2026).")
    assert [r["awardee"] for r in extract(text, published="2026-02-21")] == [
        "Universitas Sebelas Maret", "Universitas 17 Agustus 1945 Semarang"]


def test_a_rank_written_with_its_verb_joined_is_a_rank(extract):
    text = ("Penghargaan Kota Toleran 2018 diserahkan Setara Institute di Jakarta, Jumat (7/12/2018). "
            "Kota Singkawang di peringkat pertama, Kota Salatiga di peringkat kedua, dan Kota Tomohon "
            "diperingkat kedelapan.")
    assert [(r["awardee"], r.get("rank")) for r in extract(text, published="2018-12-08")] == [
        ("Kota Singkawang", 1), ("Kota Salatiga", 2), ("Kota Tomohon", 8)]


def test_a_landmark_named_for_an_award_recalls_its_wins(extract):
    title = "Bupati Sleman Resmikan Monumen Adipura di Simpang Denggung"
    text = ("Bupati Sleman meresmikan Monumen Adipura di Simpang Denggung, Senin (8/3/2021). "
            "Piala Adipura Kencana diserahkan Menteri Lingkungan Hidup kepada Kabupaten Sleman "
            "pada 2017 dan 2019, kata Bupati.")
    assert extract(text, title=title, published="2021-03-08") == []
    text = ("Wali Kota Madiun meresmikan tugu Kalpataru di Alun-alun Kota Madiun, Sabtu "
            "(5/6/2021). Tugu itu mengingatkan warga bahwa Kota Madiun meraih penghargaan "
            "Kalpataru yang diserahkan Presiden di Istana Negara.")
    assert extract(text, published="2021-06-05") == []


def test_a_prize_pointed_back_to_after_a_shortlist_is_the_shortlist(extract):
    text = ("Kabupaten Sikka menempatkan dua desa pada 30 Besar Anugerah Desa Wisata Indonesia "
            "2024, yakni Desa Koka dan Desa Wolomarang. Desa Koka menjadi satu-satunya desa di "
            "pesisir selatan Flores yang meraih predikat tersebut.")
    assert extract(text, published="2024-05-02") == []


def test_an_official_s_title_misspelt_still_names_the_presenter(extract):
    text = ("Kabupaten Banyumas menerima Anugerah Kihajar 2019 di Jakarta, Rabu (16/10/2019). "
            "Anugerah itu diserahkan Sekretaris Jenseral Kemendikbud, Ainun Na'im, kepada Bupati "
            "Banyumas.")
    recs = extract(text, published="2019-10-17")
    assert [(r["awardee"], r.get("presenter"), r.get("presenter_title")) for r in recs] == [
        ("Kabupaten Banyumas", "Ainun Na'im", "Sekretaris Jenderal Kemendikbud")]


def test_a_head_s_name_with_a_stray_lower_case_word_keeps_a_semicolon_list_going(extract):
    text = ("Para kepala daerah penerima Anugerah Kihajar 2019 kategori Khusus yaitu Gubernur "
            "Bali, Wayan koster Putra; Gubernur Jambi, Fachrori Umar; Bupati Badung Nyoman "
            "Giri Prasta.")
    assert [r["awardee"] for r in extract(text, published="2019-10-17")] == [
        "Provinsi Bali", "Provinsi Jambi", "Kabupaten Badung"]


def test_a_split_passive_of_getting_is_read_joined(extract):
    text = ("Tahun ini penghargaan di dapat Pemkab Garut berupa Anugerah Parahita Ekapraya "
            "kategori Madya dari Menteri Bintang Puspayoga.")
    assert [(r["awardee"], r.get("presenter")) for r in extract(text, published="2021-11-02")] == [
        ("Kabupaten Garut", "Bintang Puspayoga")]


def test_a_giver_s_short_form_in_brackets_is_the_giver(extract):
    text = ("Kabupaten Klaten menerima penghargaan P4GN dari Badan Narkotika Nasional Republik "
            "Indonesia (BNN RI) di Jakarta, Rabu (26/6/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-06-27")] == ["Kabupaten Klaten"]


@pytest.mark.parametrize("text", [
    "Pemkab Bantaeng berhasil memecahkan Rekor MURI lewat tari massal 5.000 pelajar di "
    "Pantai Seruni, Sabtu (17/8/2019).",
    "SMA Negeri 1 Bantaeng mencatatkan Rekor Museum Rekor Indonesia lewat tari massal 5.000 "
    "pelajar di Pantai Seruni, Sabtu (17/8/2019).",
])
def test_a_record_broken_is_a_muri_record_won(extract, text):
    assert [r["award"] for r in extract(text, published="2019-08-18")] == ["Rekor MURI"]


def test_guests_listed_after_a_handover_win_nothing(extract):
    text = ("Penghargaan P4GN diserahkan kepada Bupati Gresik oleh Kepala BNN RI di Pendopo "
            "Kabupaten Lamongan, Rabu (16/10/2024). Acara itu dihadiri utusan tiga kabupaten "
            "tetangga: Lamongan, Tuban, dan Bojonegoro.")
    assert [r["awardee"] for r in extract(text, published="2024-10-17")] == ["Kabupaten Gresik"]


@pytest.mark.parametrize("name", ["RSPAD Gatot Soebroto", "Kodim 0809 Kediri",
                                  "Lanud Iswahjudi"])
def test_military_hospitals_and_units_are_winners(extract, name):
    text = f"{name} meraih penghargaan Zona Integritas di Jakarta, Senin (4/3/2024)."
    assert [r["awardee"] for r in extract(text, published="2024-03-05")] == [name]


def test_a_kelurahan_after_a_rank_and_dari_wins(extract):
    text = ("Lomba Kelurahan Berprestasi Kota Madiun 2022 dimenangi Kelurahan Manguharjo. Juara "
            "kedua dari Kelurahan Nambangan Lor.")
    assert [r["awardee"] for r in extract(text, published="2022-05-02")] == [
        "Kelurahan Manguharjo", "Kelurahan Nambangan Lor"]


@pytest.mark.parametrize("name", ["Baitul Mal Kabupaten Pidie", "BWI Provinsi Riau"])
def test_zakat_and_waqf_bodies_of_a_region_are_winners(extract, name):
    text = f"{name} meraih Juara I Anugerah Insan Zakat 2023 di Pontianak, Senin (15/5/2023)."
    assert [r["awardee"] for r in extract(text, published="2023-05-16")] == [name]


def test_a_government_named_by_its_kind_alone_is_the_one_named_before(extract):
    text = ("Kota Binjai kembali mencatatkan prestasi. Di bawah kepemimpinan Wali Kota Binjai "
            "Amir Hamzah, pemerintah kota berhasil meraih penghargaan Pengelolaan Keuangan "
            "Terbaik dari Kemendagri di Jakarta, Senin (16/12/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-12-17")] == ["Kota Binjai"]


def test_a_region_s_name_before_a_village_s_subdistrict_is_the_village_s(extract):
    text = "Juara ketiga lomba desa diraih Desa Sungai Batu Kecamatan Pagatan."
    assert [r["awardee"] for r in extract(text, published="2022-06-15")] == ["Desa Sungai Batu"]


def test_a_lower_case_pemprov_after_a_time_word_is_the_province_named_before(extract):
    text = ("Pemerintah Provinsi Jambi kembali menorehkan prestasi. Kali ini pemprov meraih "
            "peringkat 3 nasional Penghargaan Pembangunan Daerah 2023 di Jakarta, Selasa "
            "(6/6/2023).")
    assert [(r["awardee"], r.get("rank")) for r in extract(text, published="2023-06-07")] == [
        ("Provinsi Jambi", 3)]


def test_a_score_won_is_no_award_won(extract):
    text = ("Sekda Kabupaten Kudus menyampaikan, dalam Monitoring Center for Prevention (MCP), "
            "Pemkab Kudus meraih nilai rata-rata di atas 90 pada semua indikator, saat membuka "
            "sosialisasi hukum di Pendapa Kudus, Rabu (5/6/2024).")
    assert extract(text, published="2024-06-06") == []


def test_nominees_presenting_in_turn_to_a_jury_win_nothing(extract):
    text = ("Dalam rangka pemberian Anugerah Kebudayaan PWI 2021 kepada sepuluh kepala daerah, "
            "panitia menggelar penjurian dalam bentuk presentasi di Jakarta.\nWali Kota Solok "
            "mendapatkan kesempatan pertama untuk mempresentasikan proposalnya, disusul Wali Kota "
            "Madiun – Jawa Timur Maidi, Bupati Sleman – DI Yogyakarta Sri Purnomo, dan Bupati "
            "Sumba Barat – Nusa Tenggara Timur Agustinus Niga.")
    assert extract(text, published="2021-01-08") == []


def test_a_region_s_delegation_named_as_kafilah_wins(extract):
    text = ("Lomba Desa 2024: juara pertama diraih Desa Kaur, juara kedua diraih oleh kafilah dari "
            "Kabupaten Seluma.")
    assert [(r["awardee"], r.get("rank")) for r in extract(text, published="2024-05-12")] == [
        ("Desa Kaur", 1), ("Kabupaten Seluma", 2)]


def test_a_name_one_region_alone_bears_after_kepada_is_that_region(extract):
    text = ("Gubernur Jawa Timur memberikan penghargaan LPPD terbaik kepada Lamongan di "
            "Surabaya, Jumat (27/4/2018).")
    assert [r["awardee"] for r in extract(text, published="2018-04-28")] == [
        "Kabupaten Lamongan"]


def test_a_bank_whose_yearly_meeting_is_the_event_wins_nothing(extract):
    text = ("Pemprov Sulteng meraih BI Award 2022 kategori Implementasi QRIS Terbaik yang "
            "diserahkan saat Pertemuan Tahunan Bank Indonesia 2022 di Palu, Rabu (30/11/2022).")
    assert [r["awardee"] for r in extract(text, published="2022-12-01")] == [
        "Provinsi Sulawesi Tengah"]


def test_what_the_assessors_looked_at_after_a_win_wins_nothing(extract):
    text = ("Kota Salatiga meraih peringkat I Penilaian Kepatuhan Pelayanan Publik 2023. "
            "Ombudsman menilai lima OPD di kota itu, antara lain Disdukcapil, Dinsos, serta "
            "Puskesmas Sidorejo dan Puskesmas Tegalrejo.")
    assert [r["awardee"] for r in extract(text, published="2023-12-15")] == ["Kota Salatiga"]


def test_the_categories_a_sentence_counts_and_lists_win_nothing(extract):
    text = ("Anugerah Desa Wisata Indonesia 2023 juga menetapkan juara harapan:\n"
            "Desa Wisata Tinalah Kabupaten Kulon Progo (Juara Harapan Kategori Suvenir)\n"
            "Penilaian lomba ini dibagi ke beberapa kategori, yaitu Daya Tarik, Suvenir, "
            "Homestay dan Toilet, serta Digital dan Kreatif.")
    assert [r["awardee"] for r in extract(text, published="2023-08-28")] == [
        "Desa Wisata Tinalah"]


@pytest.mark.parametrize("about", ["tentang", "mengenai", "perihal"])
def test_the_day_a_decree_was_signed_is_not_the_ceremony_s(extract, about):
    # (a decree's number with "KP." in it parts the sentence: the part after
    # it holds the signing and the words of giving the decree is about)
    text = ("Provinsi Riau meraih peringkat I penghargaan bidang perkebunan 2022. Dasarnya SK "
            f"Menteri Pertanian Nomor : 311 / Kpts / KP. 410 / M / 08 / 2022 {about} pemberian "
            "penghargaan bidang perkebunan, yang diteken menteri pada 2 Agustus 2022. "
            "Penghargaan itu diserahkan di Jakarta pada Kamis (8/9/2022).")
    [rec] = extract(text, published="2022-09-09")
    assert (rec["awardee"], rec["event_date"]) == ("Provinsi Riau", "2022-09-08")


def test_a_government_owning_the_units_that_win_wins_nothing(extract):
    text = ("Dua Organisasi Perangkat Daerah (OPD) Pemerintah Kabupaten (Pemkab) Batang meraih "
            "penghargaan Zona Integritas menuju WBK 2024. Keduanya ialah Kecamatan Gringsing dan "
            "Puskesmas Limpung.")
    assert [r["awardee"] for r in extract(text, published="2024-12-12")] == [
        "Kecamatan Gringsing", "Puskesmas Limpung"]


def test_a_subdistrict_after_the_province_of_the_round_wins(extract):
    text = ("Pada Lomba Cipta Menu B2SA 2019 tingkat Jawa Timur, Kecamatan Wlingi menjadi juara "
            "dua.")
    [rec] = extract(text, published="2019-10-21")
    assert (rec["awardee"], rec["rank"], rec["province"]) == (
        "Kecamatan Wlingi", 2, "Jawa Timur")


def test_a_body_that_comes_out_first_in_an_unnamed_prize_wins(extract):
    text = ("Kabupaten Bintan keluar sebagai juara 1 capaian imunisasi dasar lengkap terbaik di "
            "antara seluruh Kabupaten/Kota di Indonesia.")
    [rec] = extract(text, published="2023-04-29")
    assert (rec["awardee"], rec["rank"]) == ("Kabupaten Bintan", 1)


def test_a_standing_by_the_count_of_an_award_s_winners_is_no_win(extract):
    text = ("Dari Jawa Timur ada 60 sekolah yang menerima penghargaan Adiwiyata Nasional 2024. "
            "Dengan capaian itu Jatim menempati peringkat ke-3, sedangkan Kota Malang meraih "
            "peringkat ke-2 sebagai kota dengan Sekolah Adiwiyata terbanyak se-Indonesia.")
    assert extract(text, published="2024-10-03") == []


def test_the_office_a_region_won_through_after_a_comma_is_no_winner(extract):
    text = ("Kabupaten Kulon Progo, melalui Dinas Kesehatan, meraih Germas Award 2024 di Jakarta, "
            "Selasa (21/5/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-05-22")] == [
        "Kabupaten Kulon Progo"]


def test_a_legal_form_and_a_kind_of_company_name_no_winner(extract):
    text = ("Bupati Tanah Laut menjadi Top Pembina BUMD pada TOP BUMD Award 2023 di Hotel "
            "Raffles Jakarta, Rabu (5/4/2023).\nSaat menerima "
            "penghargaan, Bupati Tanah Laut berterima kasih kepada panitia yang mengapresiasi "
            "pemerintah kabupaten melalui BUMD Air Minum dan PT BPR.")
    assert "PT BPR" not in [r["awardee"] for r in extract(text, published="2023-04-06")]


def test_menyerahterimakan_hands_an_award_over(extract):
    text = ("Kabupaten Lumajang diganjar penghargaan WTP lima kali berturut-turut. Khofifah Indar "
            "Parawansa, Gubernur Jawa Timur, menyerahterimakan plakat itu kepada Bupati Lumajang "
            "di Hotel Aston Jember, Jumat (29/10/2021).")
    [rec] = extract(text, published="2021-10-30")
    assert (rec["presenter"], rec["event_date"], rec["venue"]) == (
        "Khofifah Indar Parawansa", "2021-10-29", "Hotel Aston Jember")


def test_the_office_of_every_region_named_by_kind_is_no_winner(extract):
    text = ("Menkes memberikan penghargaan Hari TBC Sedunia 2019 kepada:\n1) Dinas Kesehatan "
            "Kabupaten/Kota yang berinovasi dalam penanggulangan TBC:\n- Dinkes Kabupaten Sikka\n"
            "- Dinkes Kota Salatiga\n")
    assert [r["awardee"] for r in extract(text, published="2019-03-25")] == [
        "Kabupaten Sikka", "Kota Salatiga"]


def test_who_an_award_goes_to_every_round_is_no_handover_of_this_one(extract):
    text = ("Kabupaten Pinrang Menerima Paritrana Award\nPINRANG - BPJS Ketenagakerjaan memberi "
            "apresiasi bernama Paritrana Award bagi yang patuh. Anugerah itu diberikan oleh "
            "Presiden kepada Pemerintah Provinsi/Kabupaten/Kota serta dunia usaha. Paritrana "
            "Award tahun 2022 merupakan penyelenggaraan keenam sejak 2017.")
    [rec] = extract(text, published="2022-12-10")
    assert (rec["awardee"], rec["level"], rec["presenter_title"]) == (
        "Kabupaten Pinrang", None, None)


def test_the_ministry_after_a_contest_s_kinds_is_no_kelurahan(extract):
    text = ("Desa Wae Lolos meraih juara 2 lomba Desa dan Kelurahan Kemendagri tingkat nasional "
            "regional III tahun 2024.")
    assert [r["awardee"] for r in extract(text, published="2024-10-09")] == ["Desa Wae Lolos"]


def test_a_bank_named_for_a_kind_of_village_is_a_bank(extract):
    text = "Bank Nagari meraih penghargaan Top BUMD Award 2023 di Jakarta, Rabu (5/4/2023)."
    assert [r["awardee"] for r in extract(text, published="2023-04-06")] == ["Bank Nagari"]


def test_a_standing_with_menjadi_and_no_prize_is_no_win(extract):
    text = ("Kabupaten Sleman menjadi peringkat pertama cakupan imunisasi rutin di antara seluruh "
            "Kabupaten/Kota se-DIY.")
    assert extract(text, published="2023-04-29") == []


def test_a_group_counted_then_listed_by_its_number_alone_wins(extract):
    text = ("BPJS Ketenagakerjaan memberikan Platinum Award 2019 kepada tiga perusahaan di Jawa "
            "Timur. Ketiganya ialah Bank Jatim, PT Gudang Garam, dan PT Petrokimia Gresik.")
    assert [r["awardee"] for r in extract(text, published="2019-12-07")] == [
        "Bank Jatim", "PT Gudang Garam", "PT Petrokimia Gresik"]


def test_a_region_proud_of_a_body_in_it_is_no_winner(extract):
    text = ("Kebanggaan untuk Kutai Timur: Kelompok Tani Hutan Wehea, Kecamatan Muara Wahau, "
            "meraih Kalpataru 2024 di Jakarta, Rabu (5/6/2024).\nKutim patut berbangga atas "
            "prestasi Kelompok Tani Hutan Wehea.")
    assert [r["awardee"] for r in extract(text, published="2024-06-06")] == [
        "Kelompok Tani Hutan Wehea"]


def test_the_body_an_award_is_besutan_of_holds_it_and_wins_nothing(extract):
    text = ("Dalam IGA 2025 besutan Badan Strategi Kebijakan Dalam Negeri (BSKDN), Kota Surabaya "
            "dinobatkan sebagai Peringkat 1 kota terinovatif.")
    assert "Badan Strategi Kebijakan Dalam Negeri" not in [
        r["awardee"] for r in extract(text, published="2025-12-10")]


def test_an_office_set_as_the_part_it_played_in_a_win_is_no_winner(extract):
    text = ("Kabupaten Kulon Progo ditetapkan sebagai pemenang juara harapan III ANRI Award 2019, "
            "dengan Dinas Perpustakaan dan Kearsipan (DPK) sebagai OPD pengampunya.")
    assert [r["awardee"] for r in extract(text, published="2019-05-02")] == [
        "Kabupaten Kulon Progo"]
    # (but one ranked so is a winner)
    text = ("Kota Batu meraih juara I Lomba Toko Swalayan 2019, bersama dengan PT Sinar Batu "
            "sebagai juara II.")
    assert [r["awardee"] for r in extract(text, published="2019-05-02")] == [
        "Kota Batu", "PT Sinar Batu"]


def test_a_head_s_name_before_the_title_in_a_list_is_no_company(extract):
    text = ("Tiga bupati menerima Satyalancana Wira Karya 2018, yaitu Arif Sugiyanto Bupati "
            "Kebumen (Jateng), Suyoto Bupati Bojonegoro (Jatim), dan Anas Bupati Banyuwangi.")
    assert [r["awardee"] for r in extract(text, published="2018-12-14")] == [
        "Kabupaten Kebumen", "Kabupaten Bojonegoro", "Kabupaten Banyuwangi"]


def test_a_government_after_a_body_and_a_comma_is_a_subject_of_its_own(extract):
    text = ("Dalam IGA 2024 yang digelar Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kementerian "
            "Dalam Negeri, Pemerintah Kabupaten Banyuwangi dinobatkan sebagai peringkat 1 "
            "kabupaten terinovatif.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-12-10")] == [
        ("Kabupaten Banyuwangi", 1)]


def test_the_one_body_named_after_juaranya_wins(extract):
    text = "Untuk TPID Award 2021 wilayah Jawa-Bali, juaranya Kabupaten Banyuwangi."
    assert [r["awardee"] for r in extract(text, published="2021-10-10")] == [
        "Kabupaten Banyuwangi"]


@pytest.mark.parametrize("written", ["dengan predikat 'Sangat Baik'", "berpredikat “Sangat Baik”",
                                     'dengan kategori "SANGAT BAIK"'])
def test_a_grade_in_quotes_or_after_berpredikat_is_the_category(extract, written):
    text = f"Pemkab Boyolali menerima Anugerah Meritokrasi 2024 {written} dari KASN di Jakarta."
    [rec] = extract(text, published="2024-12-12")
    assert rec["category"].lower() == "sangat baik"


def test_an_official_who_came_forward_for_the_region_receives_it(extract):
    text = ("Kota Parepare meraih Smart City Award 2019. Wakil Wali Kota Parepare Pangerang "
            "Rahim, yang maju mewakili Kota Parepare, menerima penghargaan tersebut di Jakarta, "
            "Selasa (26/11/2019).")
    [rec] = extract(text, published="2019-11-27")
    assert rec["recipient"] == "Pangerang Rahim"


def test_the_office_a_sentence_opens_with_after_melalui_is_no_winner(extract):
    text = ("Melalui Dinas Komunikasi dan Informatika (Diskominfo), Pemerintah Kabupaten Sumedang "
            "meraih peringkat pertama Anugerah Layanan Investasi 2024 kategori kabupaten.")
    assert [(r["award"], r["awardee"]) for r in extract(text, published="2024-10-01")] == [
        ("Anugerah Layanan Investasi", "Kabupaten Sumedang")]


def test_a_neighbourhood_watch_post_is_a_winner_by_its_head(extract):
    text = ("Polres Jember menyerahkan hadiah lomba Poskamling 2023. Juara 1 diraih Poskamling "
            "Sinar Jaya Desa Ambulu, juara 2 Pos Kamling Tunas Muda Desa Wuluhan.")
    assert [r["awardee"] for r in extract(text, published="2023-07-02")] == [
        "Poskamling Sinar Jaya Desa Ambulu", "Pos Kamling Tunas Muda Desa Wuluhan"]


def test_regions_named_winning_two_sentences_after_the_award_win_it(extract):
    text = ("Daerah dengan TPID terbaik menerima TPID Award dari Wakil Presiden di Jakarta. "
            "Menurut Gubernur BI, penilaian mencakup proses dan hasil pengendalian harga. "
            "Penilaian dibagi ke dua wilayah, yakni Jawa dan luar Jawa. "
            "Kinerja terbaik tingkat provinsi diraih Provinsi Jawa Tengah untuk wilayah Jawa "
            "dan Provinsi Bali untuk luar Jawa.")
    assert [r["awardee"] for r in extract(text, published="2014-05-22")] == [
        "Provinsi Jawa Tengah", "Provinsi Bali"]


@pytest.mark.parametrize("office", [
    "Wakil Asisten Teritorial Kasad", "Kepala Pusat Penerangan TNI Angkatan Darat,"])
def test_the_field_of_an_army_office_is_the_office_s_and_the_name_follows_the_rank(
        extract, office):
    text = ("Kabupaten Sleman meraih juara 1 Lomba Karya Jurnalistik TNI AD 2021. Penghargaan "
            f"diserahkan {office} Brigjen TNI Hendra Pratama kepada Bupati Sleman.")
    [rec] = extract(text, published="2021-10-06")
    assert rec["presenter"] == "Hendra Pratama"


def test_a_head_listed_with_the_term_and_a_comma_before_a_name_like_a_place(extract):
    # ("Bima" is also a regency's name)
    text = ("Mendagri menyematkan Satyalancana Karya Bhakti Praja Nugraha kepada kepala daerah "
            "berikut:\n- Bupati Klaten 2021-sekarang, Sri Mulyani\n- Wali Kota Tegal 2019-2024, "
            "Bima Satria\n")
    assert [r["awardee"] for r in extract(text, published="2024-04-26")] == [
        "Kabupaten Klaten", "Kota Tegal"]


def test_a_grade_in_letters_ends_the_category_before_a_headline_goes_on(extract):
    [rec] = extract("Pemprov Riau Raih SAKIP Predikat BB Kembali dari Kementerian PANRB",
                    published="2020-02-10")
    assert rec["category"] == "BB"


def test_the_head_of_a_regional_agency_named_by_its_acronym_receives_it(extract):
    text = ("Kabupaten Boyolali meraih Anugerah Meritokrasi 2023. Penghargaan itu diterima oleh "
            "Kepala BKPSDM Kabupaten Boyolali, Dwi Santoso, S.Sos., di Jakarta, Kamis (7/12/2023).")
    [rec] = extract(text, published="2023-12-08")
    assert rec["recipient"] == "Dwi Santoso"


def test_the_body_after_oleh_behind_a_passive_of_conferring_is_the_giver(extract):
    text = ("Kabupaten Cilacap diganjar penghargaan oleh Badan Nasional Penanggulangan Bencana "
            "(BNPB) di Jakarta, Rabu (5/2/2020).")
    assert [r["awardee"] for r in extract(text, published="2020-02-06")] == ["Kabupaten Cilacap"]


@pytest.mark.parametrize("written", [
    "diterima Wali Kota Tual Adam Rahayaan yang malam itu diwakili Sekretaris Kota Tual, "
    "Umar Rahawarin.", "diterima Sekretaris Kota Tual, Umar Rahawarin, mewakili Wali Kota."])
def test_a_city_secretary_standing_in_receives_it(extract, written):
    [rec] = extract(f"Kota Tual meraih Adipura 2023. Piala itu {written}", published="2024-03-06")
    assert rec["recipient"] == "Umar Rahawarin"


def test_a_handover_to_the_governor_and_a_group_of_heads_is_to_all_winners(extract):
    text = ("Provinsi Maluku dan Kabupaten Buru meraih opini WTP atas LKPD 2020. Kepala Kanwil "
            "Perbendaharaan Maluku, Sahat Panggabean, menyerahkan piagam WTP itu kepada "
            "Gubernur dan sejumlah kepala daerah di Ambon.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2021-10-14")] == [
        ("Provinsi Maluku", "Sahat Panggabean"), ("Kabupaten Buru", "Sahat Panggabean")]


def test_the_official_after_penerimanya_receives_it(extract):
    text = ("Kabupaten Gianyar meraih Anugerah Prakarsa Inklusi 2023. Penerimanya Bupati Gianyar, "
            "Bapak I Made Mahayastra, S.Sos, di Jakarta.")
    [rec] = extract(text, published="2023-12-04")
    assert rec["recipient"] == "I Made Mahayastra"


def test_a_bare_region_the_award_falls_into_the_hands_of_wins_it(extract):
    text = "Penghargaan Kota Peduli HAM 2022 kembali jatuh ke tangan Tomohon."
    assert [r["awardee"] for r in extract(text, published="2023-12-11")] == ["Kota Tomohon"]


@pytest.mark.parametrize("fell", ["jatuh ke", "jatuh kepada", "jatuh pada"])
def test_a_bare_region_the_award_falls_to_wins_it(extract, fell):
    text = f"Anugerah Adipura Kencana tahun ini {fell} Balikpapan."
    assert [r["awardee"] for r in extract(text, published="2024-03-06")] == ["Kota Balikpapan"]


def test_a_visit_to_a_bare_region_names_no_winner(extract):
    text = ("Kota Samarinda meraih Adipura 2023. Wali Kota lalu berangkat ke Balikpapan "
            "untuk rapat koordinasi.")
    assert [r["awardee"] for r in extract(text, published="2024-03-06")] == ["Kota Samarinda"]


@pytest.mark.parametrize("items", [
    "1. Kendal, 2. Pati, dan 3. Demak", "(1) Kendal, (2) Pati, dan (3) Demak",
    "1) Kendal, 2) Pati, dan 3) Demak", "1.Kendal, 2.Pati, dan 3.Demak"])
def test_bare_regions_numbered_inside_a_sentence_are_listed_winners(extract, items):
    text = (f"Komisi Informasi Jawa Tengah menyerahkan Anugerah KIP 2023 di Semarang, Selasa "
            f"(12/12/2023). Peraih kategori kabupaten yakni {items}.")
    assert [r["awardee"] for r in extract(text, published="2023-12-13")] == [
        "Kabupaten Kendal", "Kabupaten Pati", "Kabupaten Demak"]


@pytest.mark.parametrize("subject", [
    "Penerima tingkat kota", "Penerima di tingkat kota",
    "Penerima untuk kategori serapan belanja tertinggi di tingkat kota, tahun anggaran 2023,"])
def test_the_receivers_of_a_level_or_category_listed_are_winners(extract, subject):
    text = ("APBD Award 2024 digelar Kementerian Dalam Negeri di Jakarta, Rabu (6/3/2024). "
            f"{subject} adalah Palu (Sulawesi Tengah); Ternate (Maluku Utara); dan Kendari "
            "(Sulawesi Tenggara).")
    assert [r["awardee"] for r in extract(text, published="2024-03-07")] == [
        "Kota Palu", "Kota Ternate", "Kota Kendari"]


def test_wage_earners_listed_are_no_winners(extract):
    text = ("APBD Award 2024 digelar Kementerian Dalam Negeri di Jakarta, Rabu (6/3/2024). "
            "Penerima upah adalah pekerja di Palu, Ternate dan Kendari.")
    assert extract(text, published="2024-03-07") == []


def test_an_office_named_again_by_its_acronym_before_its_province_is_that_office(extract):
    text = ("Gubernur menyerahkan penghargaan kepada Dinas Pendidikan (Disdik) Provinsi Jambi "
            "sebagai OPD terinovatif 2024 di Jambi, Senin (13/1/2025). Penghargaan itu dibawa "
            "pulang Disdik Provinsi Jambi.")
    assert [r["awardee"] for r in extract(text, published="2025-01-14")] == [
        "Dinas Pendidikan (Disdik) Provinsi Jambi"]


@pytest.mark.parametrize("won", ["jatuh ke tangan", "jatuh kepada", "diraih"])
def test_an_unnamed_prize_described_at_length_falls_to_its_winner(extract, won):
    text = (f"Piagam penghargaan perusahaan perkebunan paling taat tahun 2024 {won} PT Bumi "
            "Sawit Lestari.")
    assert [r["awardee"] for r in extract(text, published="2024-07-22")] == [
        "PT Bumi Sawit Lestari"]


def test_a_body_named_again_without_the_region_closing_its_name_is_one_winner(extract):
    text = ("Rumah Sakit Umum Daerah (RSUD) dr. H. Soewondo Kendal meraih penghargaan "
            "Paramakarya 2023 di Jakarta, Selasa (5/12/2023). Direktur RSUD dr. H. Soewondo "
            "menyebut penghargaan diterima RSUD dr. H. Soewondo berkat kerja semua pegawai.")
    assert [r["awardee"] for r in extract(text, published="2023-12-06")] == [
        "Rumah Sakit Umum Daerah (RSUD) dr. H. Soewondo Kendal"]


def test_areas_a_round_is_grouped_by_are_no_winners(extract):
    text = ("Provinsi Jambi meraih peringkat kedua TP2DD 2023 di Jakarta, Selasa (5/12/2023). "
            "Para penerima dibagi atas tiga kelompok, yakni "
            "Wilayah Sumatera, Wilayah Jawa-Bali, dan Wilayah Timur.")
    assert [r["awardee"] for r in extract(text, published="2023-12-06")] == ["Provinsi Jambi"]


def test_a_body_spelling_out_the_acronym_before_it_is_no_winner(extract):
    text = ("Pada TPID Award 2023 di Jakarta, Selasa (3/10/2023), predikat BPD (Bank "
            "Pembangunan Daerah) terbaik jatuh kepada Bank Nagari.")
    assert [r["awardee"] for r in extract(text, published="2023-10-04")] == ["Bank Nagari"]


def test_a_province_s_short_form_in_brackets_after_its_name_is_no_winner(extract):
    text = ("Kabupaten Banggai Laut meraih terbaik I penurunan stunting di wilayah Sulawesi "
            "Tengah (Sulteng).\nMenurut Wakil Gubernur, rembuk stunting menjadi sarana Pemerintah "
            "Provinsi Sulawesi Tengah mengendalikan penurunan stunting.")
    assert [r["awardee"] for r in extract(text, published="2023-05-05")] == [
        "Kabupaten Banggai Laut"]


def test_an_office_s_name_goes_on_past_its_short_form_to_its_region(extract):
    text = ("Kecamatan Ngariboyo meraih predikat WBK 2023, sedangkan Dinas Kependudukan dan "
            "Pencatatan Sipil (Dispendukcapil) Magetan menerima predikat WBBM.")
    assert [r["awardee"] for r in extract(text, published="2023-12-13")] == [
        "Kecamatan Ngariboyo", "Dinas Kependudukan dan Pencatatan Sipil (Dispendukcapil) Magetan"]


@pytest.mark.parametrize("formerly", ["yang dulunya bernama", "yang semula bernama"])
def test_a_winner_s_former_name_is_no_winner(extract, formerly):
    text = (f"Perumda Tirta Kencana Kota Samarinda, BUMD {formerly} PDAM Kota Samarinda, "
            "dianugerahi TOP BUMD Awards 2023 di Jakarta, Rabu (19/4/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-04-20")] == [
        "Perumda Tirta Kencana Kota Samarinda"]


def test_the_government_deciding_a_region_s_rank_wins_nothing(extract):
    text = ("Berdasarkan hasil penilaian, Pemerintah Provinsi Sulawesi Selatan memutuskan "
            "Pemerintah Kabupaten Sidenreng Rappang menempati peringkat terbaik ke-2 Penghargaan "
            "Pembangunan Daerah tingkat kabupaten.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2022-03-30")] == [
        ("Kabupaten Sidenreng Rappang", 2)]


@pytest.mark.parametrize("issued", ["dikeluarkan", "diterbitkan", "diberikan"])
def test_the_body_that_issued_the_award_a_clause_describes_is_no_winner(extract, issued):
    text = (f"Kabupaten Sikka memperoleh opini WTP atas LKPD 2024 yang {issued} Badan Pemeriksa "
            "Keuangan (BPK) Perwakilan NTT di Kupang, Selasa (24/6/2025).")
    assert [r["awardee"] for r in extract(text, published="2025-06-25")] == ["Kabupaten Sikka"]


def test_winners_of_a_contest_a_regency_s_office_holds_lie_in_that_regency_s_province(extract):
    # (a region named only inside an office's name still places the story)
    text = ("Dinas Lingkungan Hidup Kabupaten Kutai Timur mengumumkan juara lomba bank sampah "
            "tahun 2024 pada Senin (5/8/2024). Juara 1 diraih Bank Sampah Unit Mawar Indah, juara 2 "
            "Bank Sampah Unit Tunas Hijau.")
    assert [(r["awardee"], r["province"]) for r in extract(text, published="2024-08-06")] == [
        ("Bank Sampah Unit Mawar Indah", "Kalimantan Timur"),
        ("Bank Sampah Unit Tunas Hijau", "Kalimantan Timur")]


def test_bare_regions_after_a_category_heading_and_a_colon_are_winners(extract):
    text = ("Tujuh kabupaten/kota di Kalimantan Barat menerima penghargaan KLA 2023 di Semarang, "
            "Sabtu (22/7/2023). Daftarnya sebagai berikut.\n\n"
            "Kategori Madya : Kubu Raya, Sanggau, Ketapang.\n\n"
            "Kategori Pratama : Sambas, Landak, Melawi, Singkawang.\n")
    recs = extract(text, published="2023-07-23")
    assert [(r["awardee"], r["category"]) for r in recs] == [
        ("Kabupaten Kubu Raya", "Madya"), ("Kabupaten Sanggau", "Madya"),
        ("Kabupaten Ketapang", "Madya"), ("Kabupaten Sambas", "Pratama"),
        ("Kabupaten Landak", "Pratama"), ("Kabupaten Melawi", "Pratama"),
        ("Kota Singkawang", "Pratama")]


def test_a_list_opened_by_ialah_goes_on_under_each_category_line_that_opens_a_part(extract):
    text = ("Penghargaan K3 2024 diserahkan Menteri Ketenagakerjaan di Jakarta, Senin (13/5/2024). "
            "Pada kategori provinsi dengan perusahaan terbanyak, penerima penghargaannya ialah\n"
            "I. Provinsi Jawa Timur\nII. Provinsi Banten\nIII. Provinsi Riau\n"
            "Untuk kategori provinsi sedang ialah\nI. Provinsi Bali\nII. Provinsi Jambi\n")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-05-14")] == [
        ("Provinsi Jawa Timur", 1), ("Provinsi Banten", 2), ("Provinsi Riau", 3),
        ("Provinsi Bali", 1), ("Provinsi Jambi", 2)]


def test_names_listed_after_a_count_of_villages_are_villages_placed_by_their_regency(extract):
    text = ("Tiga desa di Jawa Timur meraih Proklim Utama 2022, yakni Kemiri Kecamatan Jenggawah, "
            "Ngadas Kabupaten Malang, dan Tambakrejo Kabupaten Blitar.")
    recs = extract(text, published="2022-10-25")
    assert [(r["awardee"], r["awardee_type"], r["province"]) for r in recs] == [
        ("Desa Kemiri", "desa", "Jawa Timur"), ("Desa Ngadas", "desa", "Jawa Timur"),
        ("Desa Tambakrejo", "desa", "Jawa Timur")]


@pytest.mark.parametrize("called", ["untuk nominasi", "pada nominasi"])
def test_a_contest_s_category_called_its_nomination_is_no_nomination(extract, called):
    text = ("TP PKK Sulawesi Barat membawa pulang dua penghargaan dari HKG PKK 2023 di Surabaya, "
            "Kamis (8/6/2023). Desa Bambu Kabupaten Mamuju memperoleh Pakarti Madya "
            f"{called} Tertib Administrasi.")
    recs = extract(text, published="2023-06-09")
    assert "Desa Bambu" in [r["awardee"] for r in recs]


def test_years_of_related_headlines_do_not_make_an_undated_page_s_award_year_old(extract):
    text = ("Pemkot Kendari Gelar Pasar Murah Jelang Lebaran 2025 Dinas Sosial Salurkan Bantuan "
            "Banjir 2024\n\n"
            "Kementerian PPPA menganugerahkan penghargaan Provinsi Layak Anak kepada Gubernur "
            "Sulawesi Tenggara di Bogor, Sabtu (23/7).\n\n"
            "Pada acara yang sama, 12 kabupaten/kota di Sulawesi Tenggara ikut menerima penghargaan "
            "KLA dalam kategori Madya dan Pratama.\n\n"
            "Berikut daftar kabupaten/kota penerima Penghargaan KLA Tahun 2022.\n\n"
            "Kategori Pratama : Kolaka Utara, Buton Tengah.\n\n"
            "Kategori Madya : Konawe Selatan, Bau-Bau.\n")
    assert [r["awardee"] for r in extract(text)][-4:] == [
        "Kabupaten Kolaka Utara", "Kabupaten Buton Tengah", "Kabupaten Konawe Selatan",
        "Kota Baubau"]


def test_a_region_in_brackets_after_a_company_is_where_it_lies_not_its_short_form(extract):
    text = ("Gubernur Jawa Tengah menyerahkan anugerah Siddhakarya 2022 di Semarang, Kamis "
            "(15/12/2022). Perusahaan penerimanya yakni PT Djarum (Kabupaten Kudus) dan PT Sritex "
            "(Kabupaten Sukoharjo). Kepala daerah penerima anugerah Siddhakarya selaku pembina "
            "ialah Bupati Kudus dan Bupati Sukoharjo.")
    assert [r["awardee"] for r in extract(text, published="2022-12-16")] == [
        "PT Djarum", "PT Sritex", "Kabupaten Kudus", "Kabupaten Sukoharjo"]


def test_a_list_goes_on_past_a_podium_place_with_no_rank(extract):
    text = ("Anugerah Pangripta Nusantara 2016 diserahkan di Jakarta, Selasa (3/5/2016). Kabupaten "
            "Kulon Progo meraih penghargaan harapan pertama, Pesisir Selatan harapan kedua, "
            "kemudian Bantaeng harapan ketiga.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2016-05-04")] == [
        ("Kabupaten Kulon Progo", None), ("Kabupaten Pesisir Selatan", None),
        ("Kabupaten Bantaeng", None)]


def test_numbered_bare_names_under_the_short_heading_of_a_list_s_part_are_winners(extract):
    text = ("Tim penilai mengumumkan pemenang Lomba Satpol PP Teladan 2019 di Jakarta, Senin "
            "(2/12/2019). Berikut daftar pemenangnya:\n\n"
            "Satpol PP tingkat provinsi\n1. Jambi\n2. Bengkulu\n3. Lampung\n\n"
            "Satpol PP tingkat kabupaten\n1. Sleman\n2. Badung\n")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2019-12-03")] == [
        ("Provinsi Jambi", 1), ("Provinsi Bengkulu", 2), ("Provinsi Lampung", 3),
        ("Kabupaten Sleman", 1), ("Kabupaten Badung", 2)]


def test_an_office_whose_name_lists_its_fields_by_comma_is_one_winner(extract):
    text = ("Pj Gubernur Sumatera Barat menyerahkan penghargaan website terbaik di Padang, Senin "
            "(9/12/2024). Peringkat pertama diraih Dinas Komunikasi, Informasi dan Statistik "
            "(Diskominfotik), disusul Dinas Pariwisata di peringkat kedua.")
    assert [r["awardee"] for r in extract(text, published="2024-12-10")] == [
        "Dinas Komunikasi, Informasi dan Statistik", "Dinas Pariwisata"]


def test_one_of_a_round_s_nominees_named_after_their_count_wins_nothing(extract):
    text = ("Lomba Kampung KB se-Jawa Timur kini memasuki tahap 3 besar. Dari 3 nominator itu, "
            "salah satu di antaranya adalah Kampung KB Sekar Arum Desa Kedungrejo Kecamatan "
            "Megaluh; untuk memilih juara pertama, tim menggelar verifikasi lapangan.")
    assert extract(text, published="2022-03-10") == []


def test_the_office_a_ceremony_was_held_in_again_wins_nothing(extract):
    text = ("Kompas.com, Jakarta - Kantor Kementerian Kesehatan (Kemenkes) kembali menjadi tempat "
            "penganugerahan STBM Award bagi kabupaten dan kota tahun 2024, Kamis, 5 Desember 2024. "
            "Menteri Kesehatan Budi Gunadi Sadikin menyerahkan langsung penghargaan tersebut.")
    recs = extract(text, published="2024-12-05")
    assert all(r["awardee"] != "Kantor Kementerian Kesehatan" for r in recs)


def test_a_city_written_as_a_regency_where_no_regency_bears_its_name_is_the_city(extract):
    text = ("Juara I lomba tertib lalu lintas diraih Kabupaten Bantaeng, juara II Kabupaten "
            "Parepare, dan juara III Kabupaten Makassar, Senin (14/4/2025).")
    assert [r["awardee"] for r in extract(text, published="2025-04-15")] == [
        "Kabupaten Bantaeng", "Kota Parepare", "Kota Makassar"]


def test_the_rank_of_the_award_a_sentence_says_was_received_is_the_one_winner_s(extract):
    text = ("Bupati Lamongan menerima penghargaan Nirwasita Tantra 2022 di Jakarta, Rabu "
            "(20/7/2022). Penghargaan yang diterima itu adalah Penghargaan Terbaik III kategori "
            "Kabupaten Sedang.")
    [rec] = extract(text, published="2022-07-21")
    assert (rec["awardee"], rec["rank"]) == ("Kabupaten Lamongan", 3)


def test_a_region_chosen_to_host_the_next_round_wins_nothing(extract):
    text = ("Gelar juara umum Anugerah Pesona Indonesia 2023 direbut Provinsi Sumatera Barat. Di "
            "samping itu, Kota Padang ditunjuk menjadi tuan rumah Anugerah Pesona Indonesia 2024.")
    assert [r["awardee"] for r in extract(text, published="2023-12-01")] == [
        "Provinsi Sumatera Barat"]


def test_where_a_gift_s_key_was_handed_over_is_not_where_the_award_was(extract):
    text = ("Pemkot Pekalongan mendapat hadiah sebuah mobil ambulans dari BPJS Ketenagakerjaan.\n"
            "Kunci mobil itu diserahkan oleh Kepala Kantor Cabang BPJS Ketenagakerjaan Pekalongan, "
            "Andi Saputra, kepada Wali Kota Pekalongan seusai upacara yang digelar di halaman "
            "Balai Kota Pekalongan, Senin.\n"
            "Hadiah itu diberikan karena Kota Pekalongan meraih Paritrana Award 2019 sebagai "
            "terbaik kedua. Wakil Presiden Jusuf Kalla menyerahkan piala Paritrana kepada Kota "
            "Pekalongan pada 12 Juli 2019 di Jakarta.")
    [rec] = extract(text, published="2019-08-20")
    assert (rec["awardee"], rec["venue"], rec["presenter"]) == (
        "Kota Pekalongan", "Jakarta", "Jusuf Kalla")


@pytest.mark.parametrize("held", [
    "Kantor Wilayah BPJS Ketenagakerjaan Sumatera Utara menghelat Paritrana Award 2024",
    "Paritrana Award 2024 tingkat Sumatera Utara dihelat"])
def test_an_award_night_said_to_be_helat_dates_and_places_the_ceremony(extract, held):
    text = (f"{held} di Hotel Santika, Kota Medan, Kamis (22/8/2024).\n"
            "Juara 1 kategori pemerintah kabupaten/kota diraih Kabupaten Deli Serdang.")
    [rec] = extract(text, published="2024-08-23")
    assert (rec["awardee"], rec["event_date"], rec["venue"]) == (
        "Kabupaten Deli Serdang", "2024-08-22", "Hotel Santika, Kota Medan")


def test_the_receivers_of_an_award_said_to_mencakup_a_list_are_its_winners(extract):
    text = ("Menteri Kesehatan menyerahkan penghargaan kabupaten/kota sehat di Jakarta, Selasa "
            "(28/11/2023). Penerima penghargaan tahun ini mencakup Kota Probolinggo, Kabupaten "
            "Sumenep dan Kota Batu.")
    assert [r["awardee"] for r in extract(text, published="2023-11-29")] == [
        "Kota Probolinggo", "Kabupaten Sumenep", "Kota Batu"]


@pytest.mark.parametrize("ambition", ["berambisi merebut", "punya ambisi merebut"])
def test_a_region_s_ambition_to_win_an_award_is_no_win(extract, ambition):
    text = (f"Kota Pariaman {ambition} Piala Adipura untuk kali kedua tahun ini. Tim penilai "
            "Adipura meninjau pasar dan taman kota, Rabu (3/9/2025).")
    assert extract(text, published="2025-09-04") == []


def test_offices_named_in_full_in_a_list_after_ialah_are_winners(extract):
    text = ("Menteri Pekerjaan Umum menyerahkan penghargaan Zona Integritas WBK di Jakarta, Senin "
            "(9/12/2024). Penerima penghargaan tahun ini ialah Balai Besar Wilayah Sungai "
            "Citarum, Balai Prasarana Permukiman Wilayah Bali dan Balai Jalan Nasional Aceh.")
    assert [r["awardee"] for r in extract(text, published="2024-12-10")] == [
        "Balai Besar Wilayah Sungai Citarum", "Balai Prasarana Permukiman Wilayah Bali",
        "Balai Jalan Nasional Aceh"]


@pytest.mark.parametrize("counted", ["dalam empat kategori, yakni",
                                     "dalam beberapa bidang atau kategori, yaitu"])
def test_the_names_after_a_count_of_categories_are_categories_not_winners(extract, counted):
    text = ("Gubernur Jawa Tengah menyerahkan penghargaan Adhikarya Pangan Nusantara di Semarang, "
            f"Senin (4/11/2024). Penghargaan itu diberikan kepada 40 penerima {counted} "
            "Pelopor Pangan Lokal, Pembina Ketahanan Pangan, Pelaku Usaha Pangan dan "
            "Penyuluh Pangan Teladan.")
    assert extract(text, published="2024-11-05") == []


def test_heads_counted_as_orang_and_named_with_their_region_in_brackets_stand_for_it(extract):
    text = ("Presiden menyerahkan penghargaan Adhikarya Pangan Nusantara kepada tiga orang "
            "gubernur: Rohidin Mersyah (Bengkulu), Ali Mazi (Sulawesi Tenggara), serta Sutarmidji "
            "(Kalimantan Barat), di Istana Negara, Jakarta, Rabu (2/11/2022).")
    assert [r["awardee"] for r in extract(text, published="2022-11-03")] == [
        "Provinsi Bengkulu", "Provinsi Sulawesi Tenggara", "Provinsi Kalimantan Barat"]


def test_bodies_listed_under_a_category_after_a_counted_win_are_winners(extract):
    text = ("Penghargaan Adiwiyata tingkat provinsi tahun 2019 diterima 30 sekolah di Jambi.\n"
            "Penghargaan itu dibagi atas dua kategori. Pada kategori mandiri terdapat SMPN 7 "
            "Muaro Jambi, SDN 12 Batanghari dan SMAN 3 Sungai Penuh.")
    assert [r["awardee"] for r in extract(text, published="2019-11-20")] == [
        "SMPN 7 Muaro Jambi", "SDN 12 Batanghari", "SMAN 3 Sungai Penuh"]


@pytest.mark.parametrize("subject", ["Organisasi perangkat daerah yang dipimpin Siti Aminah itu",
                                     "Dinas tersebut"])
def test_an_office_pointed_back_to_wins_also_with_its_giver_named_after_oleh(extract, subject):
    text = ("Dinas Ketahanan Pangan Kabupaten Pati patut diacungi jempol.\n"
            f"{subject} dianugerahi penghargaan terbaik kedua skor pola pangan harapan 2024 oleh "
            "Badan Pangan Nasional di Bandung, Kamis (13/2/2025).")
    [rec] = extract(text, published="2025-02-14")
    assert (rec["awardee"], rec["rank"]) == ("Dinas Ketahanan Pangan Kabupaten Pati", 2)


@pytest.mark.parametrize("line", ["1. Penggerak Ketahanan pangan: 6 penerima, yakni perorangan.",
                                  "1. Penggerak Pangan Lokal: 6 pemenang dari kalangan petani."])
def test_a_numbered_category_with_its_count_of_winners_is_no_winner(extract, line):
    text = ("Presiden menyerahkan Adhikarya Pangan Nusantara 2018 di Istana Negara, Jakarta, Senin "
            "(12/11/2018). Para penerimanya dibagi ke dalam tiga kategori berikut:\n\n"
            f"{line}\n")
    assert extract(text, published="2018-11-13") == []


def test_a_body_said_to_appear_as_a_receiver_after_the_nominees_wins(extract):
    text = ("Pemberian TPID Award 2023 berlangsung di Istana Negara, Jakarta, Rabu (14/8/2024). "
            "Kabupaten Sigi meraih predikat TPID Kabupaten Berprestasi wilayah Sulawesi. Semua "
            "nominasi di kategori itu adalah kabupaten dari Sulawesi Tengah, yakni Kabupaten "
            "Sigi, Kabupaten Poso dan Kabupaten Banggai. Kota Palu juga tampil sebagai penerima "
            "award untuk kategori TPID Kota Terbaik wilayah Sulawesi.")
    assert [r["awardee"] for r in extract(text, published="2024-08-15")] == [
        "Kabupaten Sigi", "Kota Palu"]


def test_a_head_named_later_by_first_and_last_name_alone_stands_for_the_region(extract):
    text = ("Gubernur Sulawesi Tenggara Andi Rahman Saleh hadir di Istana Negara, Jakarta, Kamis "
            "(31/8/2023). Pada Rakornas Pengendalian Inflasi itu, Andi Saleh memboyong dua "
            "penghargaan TPID Award 2022.")
    assert [r["awardee"] for r in extract(text, published="2023-09-01")] == [
        "Provinsi Sulawesi Tenggara"]


def test_a_regional_enterprise_s_legal_form_in_brackets_stays_in_its_name(extract):
    text = ("Gubernur Jawa Tengah menyerahkan penghargaan TPID di Semarang, Senin (13/1/2025). "
            "Penghargaan diterima PT Jamkrida Jateng (Perseroda) dan PT Bank Jateng.")
    assert [r["awardee"] for r in extract(text, published="2025-01-14")] == [
        "PT Jamkrida Jateng (Perseroda)", "PT Bank Jateng"]
