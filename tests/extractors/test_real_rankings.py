"""How real releases rank many winners at once: tiers named as ranks
("peringkat Nindya diraih ..."), scores, and lists of runners-up."""
import pytest
from winners import awardees


def test_a_tier_named_as_a_rank_lists_its_winners(extract):
    text = ("Sebanyak 12 daerah di Jawa Tengah masuk pemeringkatan Kabupaten/Kota Layak Anak "
            "2024.\nPeringkat Utama diraih Kota Surakarta dan Kota Semarang. Adapun peringkat "
            "nindya diraih Kabupaten Klaten, Boyolali dan Kota Salatiga.")
    recs = awardees(extract(text, published="2024-07-24"))
    assert {"Kota Surakarta", "Kota Semarang", "Kabupaten Klaten", "Kabupaten Boyolali",
            "Kota Salatiga"} <= set(recs)
    assert recs["Kota Semarang"]["category"] == "Utama"
    assert recs["Kabupaten Boyolali"]["category"] == "Nindya"
    assert recs["Kota Salatiga"]["award"] == "Kota Layak Anak"


def test_a_short_form_repeating_the_legal_form_is_the_same_company(extract):
    text = ("PT Borneo Sawit Makmur (PT BSM) meraih Paritrana Award 2023 tingkat Provinsi "
            "Kalimantan Barat. Manajer PT BSM menerima trofi di Pontianak.")
    assert set(awardees(extract(text, published="2023-06-20"))) == {"PT Borneo Sawit Makmur"}


def test_a_category_heading_opens_a_list_of_heads(extract):
    text = ("Anugerah Kihajar 2019 diterima 12 kepala daerah, yaitu kategori Utama, Gubernur "
            "Jawa Barat, Ridwan Kamil; Wali Kota Bandung Oded Muhamad Danial.\n"
            "Kategori Madya, Wali Kota Balikpapan Rizal Effendi; Bupati Sleman Sri Purnomo.")
    recs = awardees(extract(text, published="2019-11-28"))
    assert {"Kota Balikpapan", "Kabupaten Sleman"} <= set(recs)
    assert recs["Kabupaten Sleman"]["category"] == "Madya"


LEVELS = """Gubernur Jambi menerima penghargaan Upakarya Wanua Nugraha 2022 di Jakarta, Kamis (24/11/2022).
Penerima penghargaan Upakarya Wanua Nugraha 2022 di antaranya:
– Tingkat Provinsi:
1. Jambi;
2. Kep. Bangka Belitung;
3. Sulawesi Barat;
4. Maluku.
– Kategori Bupati/Wali Kota:
1. Bupati Berau;
2. Wali Kota Mataram;
3. Bupati Bangka;
4. Wali Kota Surakarta."""


def test_a_heading_naming_a_kind_gives_it_to_the_bare_names_below(extract):
    recs = awardees(extract(LEVELS, published="2022-11-25"))
    assert {"Provinsi Jambi", "Provinsi Kepulauan Bangka Belitung", "Provinsi Sulawesi Barat",
            "Provinsi Maluku", "Kabupaten Berau", "Kota Mataram", "Kabupaten Bangka",
            "Kota Surakarta"} == set(recs)
    assert "Kota Jambi" not in recs


def test_numbering_past_a_podium_counts_recipients_rather_than_ranking(extract):
    text = """Sebanyak delapan daerah menerima Anugerah Kihajar 2019 di Jakarta, Selasa (26/11/2019).
Berikut penerima Anugerah Kihajar 2019:
Kategori Provinsi
1. Provinsi Jambi
2. Provinsi Bali
3. Provinsi Jawa Timur
4. Provinsi Sulawesi Selatan
Kategori Kabupaten/Kota
1. Kota Bontang
2. Kabupaten Kerinci
3. Kota Ternate
4. Kabupaten Sleman"""
    recs = awardees(extract(text, published="2019-11-27"))
    assert len(recs) == 8
    assert all(r["rank"] is None for r in recs.values())


def test_bullets_glued_to_items_after_a_tier_announcing_them(extract):
    text = """KLHK memberikan peringkat emas PROPER 2015 kepada sejumlah perusahaan di Jakarta, Senin (23/11/2015).
KLHK mencatat tiga perusahaan dengan kategori emas, yakni
-PT Tirta Sumber Lestari (Jawa Timur)
-PT Kaltara Energi Hijau (Kalimantan Utara)
-PT Rimba Nusantara Abadi (Riau)"""
    recs = awardees(extract(text, published="2015-11-24"))
    assert set(recs) == {"PT Tirta Sumber Lestari", "PT Kaltara Energi Hijau",
                         "PT Rimba Nusantara Abadi"}
    assert recs["PT Kaltara Energi Hijau"]["province"] == "Kalimantan Utara"


def test_the_place_of_a_dateline_is_no_winner(extract):
    for dateline in ("Kupang –", "Sinarnews.com | NTT –", "KUPANG, Sinarnews –"):
        text = (f"{dateline} PT Bank Sinar Timur meraih peringkat kedua Paritrana Award 2024 "
                "tingkat Provinsi Nusa Tenggara Timur. Program itu dibiayai Pemerintah Kota "
                "Kupang dan Pemerintah Provinsi NTT.")
        assert set(awardees(extract(text, published="2024-06-01"))) == {"PT Bank Sinar Timur"}


def test_a_misspelt_award_after_a_rank_is_the_listed_award(extract):
    recs = extract("Kota Cimahi meraih Peringkat Ketiga Raihan Pritrana Award 2022 tingkat "
                   "Provinsi Jawa Barat.", published="2023-05-30")
    assert [(r["awardee"], r["award"], r["rank"]) for r in recs] == [
        ("Kota Cimahi", "Paritrana Award", 3)]


def test_the_organiser_and_the_giver_s_head_are_no_winners(extract):
    text = ("Pemerintah Kabupaten Maluku Tengah meraih juara III Paritrana Award 2022 yang "
            "diselenggarakan Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan Maluku. "
            "Piagam diterima Bupati Maluku Tengah yang diserahkan oleh Gubernur Maluku di "
            "Hotel Santika Ambon, Senin (22/8/2022).")
    recs = awardees(extract(text, published="2022-08-23"))
    assert set(recs) == {"Kabupaten Maluku Tengah"}
    assert recs["Kabupaten Maluku Tengah"]["rank"] == 3


def test_a_group_counted_before_a_quote_is_listed_after_it(extract):
    text = ("Sebanyak tiga sekolah di Sumatera Barat meraih penghargaan Adiwiyata Mandiri 2017.\n"
            "\"Penghargaan ini mendorong sekolah peduli lingkungan,\" ujarnya.\n"
            "Ketiga sekolah yakni SMP Negeri 4 Solok, SD Negeri 7 Pariaman dan SMA Negeri 2 "
            "Bukittinggi.")
    assert set(awardees(extract(text, published="2017-08-01"))) == {
        "SMP Negeri 4 Solok", "SD Negeri 7 Pariaman", "SMA Negeri 2 Bukittinggi"}


CONTESTS = """Bupati Tanah Laut menyerahkan hadiah Lomba Desa dan Kelurahan tingkat kabupaten 2020, Selasa (25/8/2020), dengan rincian sebagai berikut:
Juara Lomba Kelurahan
1. Kelurahan Sungai Riam Kecamatan Pelaihari.
2. Kelurahan Angsau Kecamatan Pelaihari.
Juara Lomba Posyandu
1. Posyandu Melati Desa Asam Jaya Kecamatan Jorong.
2. Posyandu Anggrek Desa Panjaratan Kecamatan Pelaihari.
Juara Lomba Kader Posyandu
1. Siti Rahmah dari Desa Asam Jaya Kecamatan Jorong.
2. Dewi Lestari dari Desa Kuringkit Kecamatan Batu Ampar."""


def test_headings_naming_each_contest_rank_their_own_items(extract):
    recs = awardees(extract(CONTESTS, published="2020-08-26"))
    assert set(recs) == {"Kelurahan Sungai Riam", "Kelurahan Angsau", "Posyandu Melati",
                         "Posyandu Anggrek", "Siti Rahmah", "Dewi Lestari"}
    assert [recs[n]["rank"] for n in ("Posyandu Melati", "Posyandu Anggrek", "Dewi Lestari")] == [
        1, 2, 2]


def test_the_regional_governance_award_named_in_lower_case(extract):
    text = ("Adapun lima pemerintah kota penerima penghargaan penyelenggaraan pemerintahan "
            "terbaik yakni Semarang, Surabaya, Bogor, Denpasar dan Makassar.")
    recs = awardees(extract(text, published="2023-04-26"))
    assert {"Kota Semarang", "Kota Bogor", "Kota Makassar"} <= set(recs)
    assert recs["Kota Bogor"]["award"] == "Penyelenggaraan Pemerintahan Terbaik"


def test_ranks_listed_after_the_names_they_rank(extract):
    recs = awardees(extract(
        "Kota Subulussalam meraih peringkat pertama Paritrana Award 2023 tingkat Provinsi Aceh, "
        "diikuti oleh Kabupaten Pidie dan Bener Meriah pada peringkat dua dan tiga.",
        published="2023-05-01"))
    assert {n: r["rank"] for n, r in recs.items()} == {
        "Kota Subulussalam": 1, "Kabupaten Pidie": 2, "Kabupaten Bener Meriah": 3}


def test_winners_told_one_by_one_after_the_first(extract):
    text = ("Desa Waturaka di Kabupaten Ende meraih Anugerah Desa Wisata Indonesia 2019 sebagai "
            "desa wisata terbaik kategori alam.\n"
            "Kedua, Desa Madobak di Kepulauan Mentawai sebagai desa adat terbaik.\n"
            "Selanjutnya ketiga, Desa Pujon Kidul di Malang sebagai desa wisata terbaik kategori "
            "agrowisata.")
    recs = awardees(extract(text, published="2019-08-20"))
    assert set(recs) == {"Desa Waturaka", "Desa Madobak", "Desa Pujon Kidul"}
    assert recs["Desa Pujon Kidul"]["province"] == "Jawa Timur"


def test_regions_listed_after_kepala_daerah_are_the_winners(extract):
    recs = awardees(extract(
        "Penerima Anugerah Kihajar tahun 2019 ialah kepala daerah Provinsi Bali, Provinsi "
        "Jambi, Kota Malang dan Kabupaten Sleman.", published="2019-11-30"))
    assert set(recs) == {"Provinsi Bali", "Provinsi Jambi", "Kota Malang", "Kabupaten Sleman"}


def test_an_award_named_in_lower_case_and_a_winner_beside_the_others(extract):
    text = ("Sawahlunto kembali menerima penghargaan kota peduli HAM tahun 2020. Selain Padang "
            "Panjang, penghargaan serupa didapat Kota Solok dan Kabupaten Agam.")
    recs = awardees(extract(text, published="2020-12-15"))
    assert {"Kota Padang Panjang", "Kota Solok", "Kabupaten Agam"} <= set(recs)
    assert recs["Kota Solok"]["award"] == "Kabupaten/Kota Peduli HAM"


def test_a_province_after_a_short_form_in_title_case_is_where_the_winner_is(extract):
    recs = extract("PALEMBANG – Kabupaten Ogan Ilir (Oi), Provinsi Sumatera Selatan, meraih "
                   "penghargaan Swasti Saba Wistara 2023.", published="2023-11-29")
    assert [(r["awardee"], r["province"]) for r in recs] == [
        ("Kabupaten Ogan Ilir", "Sumatera Selatan")]


def test_heads_after_a_rank_and_a_comma_win_that_rank(extract):
    text = ("Terbaik pertama Paritrana Award 2020 tingkat Provinsi Sulawesi Selatan diraih Bupati "
            "Bone, Andi Fahsar Padjalangi. Terbaik kedua, Pj Walkot Makassar, Rudy Djamaluddin "
            "dan Bupati Wajo, Amran Mahmud sebagai terbaik ketiga.")
    recs = awardees(extract(text, published="2020-10-14"))
    assert {n: r["rank"] for n, r in recs.items()} == {
        "Kabupaten Bone": 1, "Kota Makassar": 2, "Kabupaten Wajo": 3}


def test_a_body_named_as_one_of_the_winners(extract):
    recs = extract("TANJUNGBALAI – Pemerintah Kota Tanjungbalai sebagai salah satu kota peraih "
                   "penghargaan Kota Layak Anak 2019 predikat pratama dari Kementerian PPPA.",
                   published="2019-09-05")
    assert [(r["awardee"], r["category"]) for r in recs] == [("Kota Tanjungbalai", "Pratama")]


def test_a_presenter_handing_to_one_party_presents_to_that_winner_only(extract):
    text = ("Pemerintah Provinsi Riau meraih BKN Award 2018 kategori provinsi. Pada kesempatan "
            "itu, Pemprov Riau diwakili Kepala BKD Provinsi Riau, Ikhwan Ridwan, menerima "
            "penghargaan tersebut dari Kepala BKN Bima Haria Wibisana.\nSelain Riau, BKN Award "
            "tingkat provinsi juga diraih Provinsi Bali dan Provinsi Jawa Barat.")
    recs = awardees(extract(text, published="2018-07-12"))
    assert recs["Provinsi Riau"]["presenter"] == "Bima Haria Wibisana"
    assert recs["Provinsi Bali"]["presenter"] is None


def test_an_award_named_again_by_the_short_form_it_was_given(extract):
    text = ("Kabupaten Lombok Utara mendapat penghargaan pembangunan daerah bertajuk Anugerah "
            "Pangripta Nasional (APN) 2018 dari Presiden Joko Widodo.\n"
            "Penghargaan APN di level provinsi diraih Provinsi Jawa Timur dan Provinsi Bali.")
    recs = awardees(extract(text, published="2018-05-01"))
    assert {r["award"] for r in recs.values()} == {"Penghargaan Pembangunan Daerah"}
    assert {"Kabupaten Lombok Utara", "Provinsi Jawa Timur", "Provinsi Bali"} <= set(recs)


def test_a_pronoun_handing_over_is_the_official_named_before(extract):
    text = ("Penjabat Gubernur Sulbar Akmal Malik menyambut bangga Adipura 2023 yang diraih lima "
            "daerah di Sulbar. Sehingga, ia didampingi Kapolda Sulbar menyerahkan penghargaan "
            "kepada bupati, di Kantor Gubernur Sulbar, Jumat (3/3/2023).\n"
            "Daerah yang meraih Adipura yakni Kabupaten Majene dan Kabupaten Mamuju.")
    recs = awardees(extract(text, published="2023-03-04"))
    assert recs["Kabupaten Majene"]["presenter"] == "Akmal Malik"


def test_a_pronoun_thanking_the_giver_hands_nothing_over(extract):
    text = ("Kota Ternate meraih Penghargaan Pembangunan Daerah 2023 dari Gubernur Abdul Gani "
            "Kasuba. Kepala Bappeda Ternate Rizal Marsaoly menyampaikan apresiasi. Ia "
            "mengucapkan terima kasih kepada Pemerintah Provinsi yang telah memberikan "
            "penghargaan ini.")
    recs = awardees(extract(text, published="2023-04-01"))
    assert recs["Kota Ternate"]["presenter"] != "Rizal Marsaoly"


def test_a_counted_group_of_winners_made_of_its_members(extract):
    text = ("Kabupaten Banyumas meraih predikat BB dalam SAKIP 2021. Selain itu, tiga daerah "
            "lain di Jawa Tengah juga meraih predikat BB.\nKetiga daerah itu terdiri dari Pemkab "
            "Klaten, Wonogiri dan Kota Salatiga.")
    assert {"Kabupaten Klaten", "Kabupaten Wonogiri", "Kota Salatiga"} <= set(
        awardees(extract(text, published="2022-03-01")))


def test_a_prize_won_that_the_story_does_not_name(extract):
    text = ("Kupang – Desa Oelnasi di Kabupaten Kupang meraih penghargaan sebagai desa wisata "
            "terbaik kategori budaya dari Menteri Desa, Rabu (7/8/2019).")
    recs = extract(text, published="2019-08-08")
    assert [(r["awardee"], r["award"], r["event_date"]) for r in recs] == [
        ("Desa Oelnasi", "Desa wisata terbaik kategori budaya", "2019-08-07")]


def test_a_prize_hoped_for_is_no_win_even_unnamed(extract):
    text = ("Bupati Kupang berharap Desa Oelnasi bisa meraih penghargaan pada tahun depan. "
            "Tim penilai dijadwalkan berkunjung pekan depan.")
    assert extract(text, published="2019-08-08") == []


def test_a_plan_joined_to_a_win_leaves_the_win(extract):
    recs = extract("Desa Sungai Kunyit meraih juara satu Lomba Desa tingkat provinsi 2024 dan akan "
                   "mewakili Kalimantan Barat di tingkat nasional.", published="2024-06-21")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Desa Sungai Kunyit", 1)]


def test_the_province_written_after_a_head_is_where_the_region_lies(extract):
    recs = extract("Mataram – Bupati Lombok Barat, Provinsi Nusa Tenggara Barat (NTB) meraih "
                   "penghargaan Swasti Saba Wistara 2023.", published="2023-11-29")
    assert [r["awardee"] for r in recs] == ["Kabupaten Lombok Barat"]


def test_the_office_a_giver_acts_through_is_no_winner(extract):
    text = ("Banjarmasin – Sepuluh Badan Usaha Milik Desa (BUMDesa) di Kalimantan Selatan "
            "mendapat penghargaan dari Pemerintah Provinsi (Pemprov) melalui Dinas Pemberdayaan "
            "Masyarakat dan Desa (DPMD) Kalsel.")
    assert extract(text, published="2022-10-20") == []


def test_a_list_going_on_from_a_nomination_is_no_win(extract):
    text = ("Jakarta Pusat meraih jumlah sekolah Adiwiyata 2018 terbanyak di DKI Jakarta. SMAN 7 "
            "Palmerah masuk nominasi Adiwiyata Mandiri tahun ini. Sementara empat sekolah "
            "lainnya yakni SDN Kemanggisan 03, SMPN 111 dan SMKN 17, masuk kategori penghargaan "
            "Adiwiyata Nasional.")
    assert not {"SMPN 111", "SMKN 17"} & set(awardees(extract(text, published="2018-11-20")))


def test_winners_of_a_level_made_of_their_members(extract):
    text = ("Sebanyak 9 sekolah di Jakarta Selatan meraih penghargaan Adiwiyata 2022. Dua "
            "sekolah tersebut masing-masing SDN Pela Mampang 01 dan SMPN 43.\nKemudian yang "
            "meraih penghargaan tingkat provinsi ada tiga sekolah terdiri dari SDN Cilandak 05, "
            "SMPN 96 dan SMAN 70.")
    assert {"SDN Pela Mampang 01", "SMPN 43", "SDN Cilandak 05", "SMPN 96", "SMAN 70"} <= set(
        awardees(extract(text, published="2022-12-23")))


@pytest.mark.parametrize("text, winners, published", [
    # bare ordinals opening the next items go on with the ranks
    ("Pada Lomba Kampung KB tingkat Provinsi Jambi 2022, juara pertama diraih Kabupaten "
     "Merangin, kedua Kabupaten Bungo, dan ketiga oleh Kota Sungai Penuh.",
     ("Kabupaten Merangin", "Kabupaten Bungo", "Kota Sungai Penuh"), "2022-08-10"),
    # a range of ranks given respectively follows the order of the names
    ("Untuk kategori kabupaten, Adhikarya Pangan Nusantara 2019 juara I sampai III diraih "
     "masing-masing Kabupaten Sleman, Kabupaten Ngawi, dan Kabupaten Garut.",
     ("Kabupaten Sleman", "Kabupaten Ngawi", "Kabupaten Garut"), "2019-11-20"),
    # ... and so does a range as long as the list, with no word saying so
    ("Lomba Desa tingkat Provinsi Jawa Tengah 2023: peringkat pertama hingga ketiga diraih "
     "Desa Sidomulyo, Desa Karanganyar, dan Desa Sukorejo.",
     ("Desa Sidomulyo", "Desa Karanganyar", "Desa Sukorejo"), "2023-09-05"),
    # an ordinal written in two words is no count of the villages after it
    ("Juara pertama Lomba Desa Provinsi Jawa Timur 2022 diraih Desa Kemiri Kabupaten Malang, "
     "juara ke dua Desa Sumberejo Kabupaten Pasuruan, dan juara ke tiga Desa Pandan "
     "Kecamatan Kromengan.",
     ("Desa Kemiri", "Desa Sumberejo", "Desa Pandan"), "2022-08-20"),
    # ordinals with the possessive suffix
    ("Juara pertamanya Lomba Kampung Bersih Kabupaten Bantul 2023 diraih Kelurahan Bangunharjo, "
     "juara keduanya Kelurahan Panggungharjo, dan juara ketiganya Kelurahan Timbulharjo.",
     ("Kelurahan Bangunharjo", "Kelurahan Panggungharjo", "Kelurahan Timbulharjo"),
     "2023-08-15"),
    # ... in cardinals after the head too
    ("Lomba Kampung KB Provinsi Bengkulu 2023 diumumkan Kamis (7/9/2023); peringkatnya "
     "berturut-turut dari peringkat satu sampai tiga adalah Kampung Talang Benih, Kampung "
     "Padang Jati dan Kampung Sawah Lebar.",
     ("Kampung Talang Benih", "Kampung Padang Jati", "Kampung Sawah Lebar"), "2023-09-08"),
    # ranks listed after "masing-masing", one for each name before it
    ("Lomba Kampung KB Provinsi Riau 2024: Kampung Sungai Alam, Kampung Teluk Merbau dan "
     "Kampung Bukit Kerikil masing-masing meraih juara I, II dan III.",
     ("Kampung Sungai Alam", "Kampung Teluk Merbau", "Kampung Bukit Kerikil"), "2024-07-01"),
])
def test_ranks_listed_in_turn_follow_the_order_of_the_names(extract, text, winners, published):
    recs = awardees(extract(text, published=published))
    assert [recs[n]["rank"] for n in winners] == [1, 2, 3]


@pytest.mark.parametrize("text, published, winners", [
    # the tiers of an award listed as such are no winners
    ("PT Sumber Alam Lestari meraih PROPER Emas tahun 2022. Peringkat PROPER terbagi menjadi "
     "lima warna, yaitu Emas, Hijau, Biru, Merah dan Hitam.", "2022-12-20",
     {"PT Sumber Alam Lestari"}),
    # a colon closing a hope announces no winners
    ("RSUD Kota Madiun meraih predikat Zona Integritas WBBM dari Kementerian PANRB.\n"
     "Dengan RSUD Kota Madiun meraih predikat WBBM, harapannya pelayanan menjadi:\n"
     "- Cepat\n- Ramah\n- Terbuka", "2025-12-10", {"RSUD Kota Madiun"}),
    # a school's name ends where its subdistrict starts
    ("Sekolah yang meraih predikat Adiwiyata 2025 yakni SDN Selang Kecamatan Unter Iwes, SMPN "
     "2 Moyo Kecamatan Moyo Hilir, serta SMA Negeri 3 Surakarta.", "2025-06-01",
     {"SDN Selang", "SMPN 2 Moyo", "SMA Negeri 3 Surakarta"}),
    # regional parliaments are winners in their own name
    ("Nirwasita Tantra 2022 untuk Pimpinan DPRD Tingkat Provinsi diraih oleh: (1) DPRD Provinsi "
     "Riau; (2) DPRD Provinsi Bali; dan (3) DPRD Provinsi Jambi.", "2023-08-30",
     {"DPRD Provinsi Riau", "DPRD Provinsi Bali", "DPRD Provinsi Jambi"}),
    # a list of programmes names no winners
    ("PT Semen Tonasa meraih PROPER Emas 2017 dari Kementerian LHK.\nPerusahaan itu menjalankan "
     "program CSR unggulan, yaitu Kebun Gizi Warga, Bank Sampah Pesisir dan Sekolah Lapang "
     "Petani.", "2017-12-21", {"PT Semen Tonasa"}),
])
def test_exactly_the_winners_a_release_names(extract, text, published, winners):
    assert set(awardees(extract(text, published=published))) == winners


def test_labelled_lines_of_a_winners_list_stay_lines(extract):
    recs = awardees(extract(
        "Malam penganugerahan Lomba Kampung Wisata 2024 digelar di Gedung Kesenian, Kota "
        "Bandung, Sabtu (14/9/2024).\nDaftar pemenang:\n"
        "Juara 1: Kampung Wisata Cireundeu Kota Cimahi Provinsi Jawa Barat\n"
        "Juara 2: Kampung Wisata Kasepuhan Kabupaten Lebak Provinsi Banten\n"
        "Juara 3: Kampung Wisata Naga Kabupaten Tasikmalaya Provinsi Jawa Barat\n"
        "Harapan: Kampung Wisata Pulo Kabupaten Garut Provinsi Jawa Barat",
        published="2024-09-15"))
    assert [(n, r["rank"]) for n, r in recs.items()] == [
        ("Kampung Wisata Cireundeu", 1), ("Kampung Wisata Kasepuhan", 2),
        ("Kampung Wisata Naga", 3), ("Kampung Wisata Pulo", None)]


def test_each_rank_before_its_winner_after_and_is_that_winner_s(extract):
    recs = extract("Untuk tingkat kota, peringkat pertama Penghargaan Pembangunan Daerah diraih "
                   "Kota Semarang. Peringkat kedua Kota Madiun dan ketiga Kota Cirebon.",
                   published="2019-04-26")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kota Semarang", 1), ("Kota Madiun", 2), ("Kota Cirebon", 3)]


def test_each_rank_won_for_a_category_after_untuk_is_a_win(extract):
    recs = extract("Kepala BKN menyerahkan penghargaan BKN Award 2023 di Makassar, Rabu "
                   "(14/6/2023). Untuk Pemprov Sulbar, BKN memberikan penghargaan Ranking 2 kategori "
                   "Penilaian Kompetensi, serta Ranking 5 untuk Pengembangan Karier.",
                   published="2023-06-15")
    assert sorted((r["rank"], r["category"]) for r in recs) == [
        (2, "Penilaian Kompetensi"), (5, "Pengembangan Karier")]


@pytest.mark.parametrize("phrase, rank", [("urutan lima", 5), ("peringkat tujuh", 7),
                                          ("posisi tiga", 3)])
def test_a_rank_written_as_a_cardinal_word(extract, phrase, rank):
    recs = extract(f"Kabupaten Bone berada di {phrase} pada KIP Award 2019 Sulawesi Selatan di "
                   "Makassar, Selasa (10/12/2019).", published="2019-12-11")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Bone", rank)]


def test_a_list_the_opener_says_is_in_no_order_ranks_nothing(extract):
    recs = extract("Menko PMK menyerahkan Anugerah Literasi PWI 2023 kepada tiga kepala daerah di "
                   "Medan, Kamis (9/2/2023).\nKetiga penerima tidak diberi peringkat; daftar di bawah "
                   "urut abjad:\n1. Wali Kota Batu (Jawa Timur);\n2. Bupati Sigi (Sulawesi Tengah);\n"
                   "3. Bupati Klaten (Jawa Tengah).\n", published="2023-02-10")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kota Batu", None), ("Kabupaten Sigi", None), ("Kabupaten Klaten", None)]


def test_numbering_running_on_under_the_next_heading_ranks_nothing(extract):
    recs = extract("Anugerah Kepala Daerah 2024 digelar di Jakarta, Rabu (7/8/2024). Berikut para "
                   "pemenang:\nKategori Pelayanan Publik\n1. Kabupaten Sleman\n2. Kota Kediri\n"
                   "Kategori Reformasi Birokrasi\n3. Kabupaten Bantul\n4. Kota Madiun\n"
                   "Selamat kepada para pemenang.\n", published="2024-08-09")
    assert [r["rank"] for r in recs] == [None, None, None, None]


def test_a_place_with_an_ordinal_word_is_a_rank(extract):
    recs = extract("Lomba Kasidah tingkat Provinsi Jawa Tengah 2019 ditutup di Pendapa Kabupaten "
                   "Blora, Minggu (3/11/2019). Kabupaten Rembang keluar sebagai juara umum. Tempat "
                   "kedua diraih Kabupaten Pati, sedangkan Kabupaten Grobogan menempati tempat "
                   "keempat.", published="2019-11-04")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kabupaten Rembang", None), ("Kabupaten Pati", 2), ("Kabupaten Grobogan", 4)]


def test_winners_taking_listed_ranks_in_turn_take_one_each(extract):
    head = ("Hadiah Lomba Cipta Menu tingkat Provinsi Bali diserahkan Gubernur Bali Wayan Koster "
            "di Denpasar, Senin (9/9/2019). ")
    for told in ("Kabupaten Gianyar dan Kabupaten Bangli berturut-turut meraih juara kedua dan "
                 "ketiga.", "Juara kedua dan ketiga berturut-turut diraih Kabupaten Gianyar dan "
                 "Kabupaten Bangli."):
        recs = extract(head + told, published="2019-09-10")
        assert [(r["awardee"], r["rank"]) for r in recs] == [
            ("Kabupaten Gianyar", 2), ("Kabupaten Bangli", 3)], told


def test_the_ranks_of_those_a_winner_stands_above_are_not_its_own(extract):
    recs = extract("Provinsi Gorontalo menerima penghargaan MCP terbaik dari KPK di Jakarta, Kamis "
                   "(21/12/2023). Gorontalo berada di atas Provinsi Bali yang berada di posisi "
                   "kedua dan Provinsi Jambi yang berada di posisi ketiga.", published="2023-12-22")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Gorontalo", None), ("Provinsi Bali", 2), ("Provinsi Jambi", 3)]


@pytest.mark.parametrize("phrase, rank", [("menduduki peringkat ke 31", 31),
                                          ("berada di peringkat 14", 14),
                                          ("masuk peringkat 20 besar", None)])
def test_a_place_past_ten_in_digits_is_a_rank(extract, phrase, rank):
    recs = extract(f"Kabupaten Batang meraih Penghargaan Kearsipan 2019 dan {phrase} nasional. "
                   "Penghargaan diserahkan di Solo, Rabu (26/2/2020).", published="2020-02-27")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Batang", rank)]


@pytest.mark.parametrize("province, regency", [("Provinsi", "Kabupaten"),
                                               ("Tingkat Provinsi", "Tingkat Kabupaten:")])
def test_a_list_under_a_kind_alone_on_its_line(extract, province, regency):
    recs = extract("Kemendagri menyerahkan Satyalancana Karyabhakti Praja Nugraha di Jakarta, Kamis "
                   "(25/4/2024), "
                   f"yaitu:\n{province}\n1. Bali\n2. Riau\n{regency}\n1. Klaten\n2. Lahat\n",
                   published="2024-04-26")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Bali", 1), ("Provinsi Riau", 2), ("Kabupaten Klaten", 1),
        ("Kabupaten Lahat", 2)]


def test_a_rank_set_off_by_a_comma_before_its_bare_region(extract):
    recs = extract("Pemprov Jawa Timur meraih peringkat 1 penghargaan SPM di Hotel Inna, Kuta, Rabu "
                   "(18/5/2022). Sementara itu, di posisi kedua, Sulawesi Selatan dengan skor 95 "
                   "persen dan Jawa Tengah pada posisi ketiga dengan skor 92 persen.",
                   published="2022-05-19")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Jawa Timur", 1), ("Provinsi Sulawesi Selatan", 2), ("Provinsi Jawa Tengah", 3)]


def test_the_one_ranked_before_a_runner_up_takes_no_rank_of_it(extract):
    recs = extract("Lomba Mapsi tingkat Jawa Tengah ditutup di Sragen, Minggu (5/11/2017). Kota "
                   "Semarang keluar sebagai juara umum. Setelah Kota Semarang, menyusul di peringkat "
                   "kedua Kabupaten Kudus.", published="2017-11-06")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kota Semarang", None),
                                                        ("Kabupaten Kudus", 2)]


def test_a_numbered_runner_up_is_the_place_after_it(extract):
    recs = extract("Malam puncak Lomba Duta Wisata 2023 digelar di Hotel Grand Wahid, Ungaran, Sabtu "
                   "(10/6/2023). Juara pertama Lomba Duta Wisata 2023 ialah Kabupaten Toba. Runner up "
                   "1 yakni Kabupaten Pati, runner up 2 Kabupaten Cilacap, dan runner up 3 Kabupaten "
                   "Garut.", published="2023-06-11")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kabupaten Toba", 1), ("Kabupaten Pati", 2), ("Kabupaten Cilacap", 3),
        ("Kabupaten Garut", 4)]


def test_runners_up_after_unggul_atas_keep_their_own_ranks(extract):
    recs = extract("Provinsi Gorontalo meraih penghargaan provinsi berkinerja terbaik nasional. "
                   "Gorontalo unggul atas Provinsi Bali yang berada di posisi kedua dan Provinsi "
                   "Jambi di posisi ketiga. Penghargaan diserahkan di Surabaya, Jumat (26/4/2024).",
                   published="2024-04-27")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Gorontalo", None), ("Provinsi Bali", 2), ("Provinsi Jambi", 3)]


def test_a_counted_set_of_the_best_is_in_no_order(extract):
    recs = extract("Pemprov Jawa Timur bersyukur atas hasil ADWI 2023.\nAdapun 5 desa wisata terbaik "
                   "asal Jawa Timur peraih ADWI 2023 yaitu:\n1. Desa Wisata Tulungrejo, Kota Batu\n"
                   "2. Desa Wisata Pujon Kidul, Kabupaten Malang\n3. Desa Wisata Tamansari, Kabupaten "
                   "Banyuwangi\n4. Desa Wisata Sumberbulu, Kabupaten Probolinggo\n5. Desa Wisata "
                   "Nglanggeran, Kabupaten Pacitan\n", published="2023-09-05")
    assert len(recs) == 5 and {r["rank"] for r in recs} == {None}


def test_a_name_ending_in_harapan_keeps_its_winner_s_rank(extract):
    recs = extract("Kelompok Tani Tunas Harapan meraih juara 1 lomba kelompok tani tingkat Provinsi "
                   "Jambi. Harapan II diraih Kelompok Tani Sido Mulyo.", published="2022-11-06")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kelompok Tani Tunas Harapan", 1), ("Kelompok Tani Sido Mulyo", None)]


def test_a_rank_alone_on_its_line_heads_the_winner_on_the_next(extract):
    text = ("Dinas Perikanan Sampang mengumumkan juara lomba olahan ikan di Sampang, Kamis "
            "(17/11/2022). Berikut para juaranya:\nJuara I\nKelompok Pembudidaya Ikan Mina Jaya "
            "dari Desa Banyumas\nJuara II\nKelompok Pembudidaya Ikan Sumber Makmur dari Desa "
            "Tanjung\nJuara III\nKelompok Pembudidaya Ikan Barokah dari Desa Gunung Maddah")
    recs = extract(text, published="2022-11-18")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kelompok Pembudidaya Ikan Mina Jaya", 1), ("Kelompok Pembudidaya Ikan Sumber Makmur", 2),
        ("Kelompok Pembudidaya Ikan Barokah", 3)]


def test_items_numbered_by_their_contest_rank_nothing(extract):
    text = ("Panitia membacakan para pemenang lomba HUT Kota Kendari di Kendari, Sabtu (14/5/2022).\n"
            "Daftar pemenang lomba HUT Kota Kendari:\n1. Lomba kebersihan antarkecamatan dijuarai "
            "Kecamatan Mandonga\n2. Lomba stand pameran dijuarai Dinas Pariwisata\n3. Lomba "
            "kelurahan terbaik diraih oleh Kelurahan Korumba.")
    recs = extract(text, published="2022-05-15")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kecamatan Mandonga", None), ("Dinas Pariwisata", None), ("Kelurahan Korumba", None)]


@pytest.mark.parametrize("grade", ["predikat ke-3", "predikat ketiga"])
def test_a_grade_ranked_by_its_ordinal(extract, grade):
    recs = extract(f"Kabupaten Sumba Timur meraih Anugerah Pangripta Nasional dengan {grade} "
                   "nasional untuk perencanaan terbaik.", published="2019-05-10")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Sumba Timur", 3)]


def test_a_bare_province_the_jury_placed_first(extract):
    recs = extract("Penghargaan Pembangunan Daerah (PPD) Tahun 2025 diserahkan di Jakarta. Di kelompok "
                   "provinsi, dewan juri menempatkan Sumatera Barat sebagai peraih peringkat pertama, "
                   "disusul Bali dan Jambi.", published="2025-12-18")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Sumatera Barat", 1), ("Provinsi Bali", None), ("Provinsi Jambi", None)]


@pytest.mark.parametrize("then", ["kemudian", "lalu", "disusul"])
def test_winners_told_after_the_first_in_order_take_no_rank_of_its(extract, then):
    recs = extract("Pemprov Maluku Utara memberikan penghargaan kinerja penurunan stunting kepada "
                   "kabupaten terbaik di Sofifi, Senin (11/7/2022). Kabupaten Halmahera Barat pada "
                   "urutan satu, "
                   f"{then} Kabupaten Pulau Morotai dan Kabupaten Halmahera Tengah.",
                   published="2022-07-12")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Kabupaten Halmahera Barat", 1), ("Kabupaten Pulau Morotai", None),
        ("Kabupaten Halmahera Tengah", None)]


def test_a_rank_its_verb_gives_to_the_winner_after_it_is_not_the_one_s_before(extract):
    recs = extract("Anugerah Reforma Agraria 2023 diserahkan di Hotel Mulia, Jakarta, Selasa "
                   "(31/10/2023). Terbaik pertama diraih Provinsi Bengkulu, disusul Provinsi "
                   "Sumatera Selatan dan terbaik ketiga diraih oleh Provinsi Jambi.",
                   published="2023-11-01")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Bengkulu", 1), ("Provinsi Sumatera Selatan", None), ("Provinsi Jambi", 3)]


@pytest.mark.parametrize("ordinal, rank", [
    ("kesebelas", 11), ("kedua belas", 12), ("ke-13", 13), ("keempat belas", 14)])
def test_ranks_past_ten(extract, ordinal, rank):
    recs = extract(f"BUMDesa Sinar Desa Jangkang Kecamatan Kapuas Kuala meraih juara {ordinal} "
                   "lomba BUMDesa terbaik tingkat Provinsi Kalimantan Tengah.",
                   published="2024-08-15")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("BUMDesa Sinar", rank)]


def test_names_right_after_their_ranks_in_a_list_of_ranks_are_winners(extract):
    recs = extract("Kanwil Kemenag Kaltim memberi Zakat Award kepada lembaga zakat terbaik di Hotel "
                   "Mesra Samarinda, Senin (15/5/2023). Peraih Juara I Dompet Dhuafa, Juara II "
                   "LAZISNU, Juara III BAZNAS Kabupaten Paser.", published="2023-05-16")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Dompet Dhuafa", 1), ("LAZISNU", 2), ("BAZNAS Kabupaten Paser", 3)]
    # (the last one too, with no head word either)
    recs = extract("Kanwil Kemenag Kaltim memberi Zakat Award kepada lembaga zakat terbaik di Hotel "
                   "Mesra Samarinda, Senin (15/5/2023). Peraih Juara I Dompet Dhuafa, Juara II "
                   "LAZISNU, Juara III Dompet Peduli.", published="2023-05-16")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Dompet Dhuafa", 1), ("LAZISNU", 2), ("Dompet Peduli", 3)]
    # ... and after ", dan"
    recs = extract("Kanwil Kemenag Kaltim memberi Zakat Award kepada lembaga zakat terbaik di Hotel "
                   "Mesra Samarinda, Senin (15/5/2023). Peraih Juara I Dompet Dhuafa, Juara II "
                   "LAZISNU, dan Juara III Dompet Peduli.", published="2023-05-16")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Dompet Dhuafa", 1), ("LAZISNU", 2), ("Dompet Peduli", 3)]


@pytest.mark.parametrize("text", [
    "Untuk kategori usaha mikro, Juara 1 Batik Tulis Sidomukti Kabupaten Pamekasan, Juara 2 "
    "Sambal Bu Rudy Kota Surabaya.",
    "Kategori usaha mikro dimenangi Batik Tulis Sidomukti Kabupaten Pamekasan.",
])
def test_a_business_named_with_the_region_it_is_in_wins_not_the_region(extract, text):
    recs = awardees(extract("Gubernur Jawa Timur menyerahkan Paritrana Award 2024 tingkat "
                            "provinsi di Surabaya, Senin (16/12/2024).\n" + text,
                            published="2024-12-17"))
    assert "Batik Tulis Sidomukti" in recs and not {"Kabupaten Pamekasan", "Kota Surabaya"} & set(
        recs)
    assert recs["Batik Tulis Sidomukti"]["province"] == "Jawa Timur"


def test_a_rank_recalled_from_last_year_after_another_winner_is_not_this_year_s(extract):
    recs = awardees(extract(
        "Kabupaten Boyolali meraih juara II Lomba Perpustakaan Desa tingkat Provinsi Jawa Tengah "
        "2022. Piala diserahkan di Semarang, Kamis (9/6/2022). Juara I lomba tahun ini adalah "
        "Kabupaten Klaten, sementara tahun lalu Boyolali meraih juara III.",
        published="2022-06-10"))
    assert {n: r["rank"] for n, r in recs.items()} == {"Kabupaten Boyolali": 2,
                                                       "Kabupaten Klaten": 1}


def test_rivals_named_by_their_province_after_the_winner_outranks_them(extract):
    recs = extract("Kementerian PUPR memberikan penghargaan di Jakarta, Jumat (6/12/2019). Pemerintah "
                   "Provinsi Sulawesi Selatan meraih Peringkat I kategori Pengelolaan Irigasi. Sulsel "
                   "mengungguli Jawa Barat dan Bali yang berada di peringkat II dan III.",
                   published="2019-12-07")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Provinsi Sulawesi Selatan", 1), ("Provinsi Jawa Barat", 2), ("Provinsi Bali", 3)]


@pytest.mark.parametrize("line", [
    "Kategori Pemda: Terbaik 1 Kabupaten Halmahera Tengah, Terbaik 2 Kabupaten Pulau Morotai, "
    "Terbaik 3 Kabupaten Halmahera Barat.",
    "Kategori Pemda (terbaik 3 Halmahera Barat, Terbaik 2 Pulau Morotai, Terbaik 1 Halmahera "
    "Tengah).",
])
def test_a_category_s_inline_terbaik_list_ranks_every_item(extract, line):
    recs = extract("BPJS Ketenagakerjaan Maluku Utara menggelar Penganugerahan Paritrana Award "
                   "2024 tingkat provinsi di Hotel Bela Ternate, Selasa (15/7/2025).\n" + line,
                   published="2025-07-16")
    assert sorted((r["awardee"], r["rank"]) for r in recs) == [
        ("Kabupaten Halmahera Barat", 3), ("Kabupaten Halmahera Tengah", 1),
        ("Kabupaten Pulau Morotai", 2)]


@pytest.mark.parametrize("name", ["KOPDIT TLM", "KOPERASI TUNAS MANDIRI"])
def test_a_ranked_winner_written_in_capitals_keeps_its_place_in_the_list(extract, name):
    recs = extract("BPJS Ketenagakerjaan menggelar Paritrana Award 2024 tingkat Provinsi Maluku "
                   "Utara di Hotel Bela Ternate, Selasa (15/7/2025).\nKategori Jasa Keuangan: "
                   f"Juara 1 UKM Sagu Lestari, Juara 2 {name}, Juara 3 Abon Tuna Mama Ros.",
                   published="2025-07-16")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("UKM Sagu Lestari", 1), (name, 2), ("Abon Tuna Mama Ros", 3)]


def test_the_numbers_of_a_list_of_categories_and_their_winners_are_no_ranks(extract):
    text = ("Malam Bawaslu Award 2018 berlangsung di Hotel Sultan, Jakarta Selasa (14/08/2018).\n"
            "Berikut pemenang Bawaslu Award 2018:\n"
            "1. Tata kelola arsip terbaik tingkat Provinsi: Sumatera barat\n"
            "2. Tata kelola arsip terbaik tingkat Kabupaten/Kota: Kabupaten Bantaeng\n"
            "3. Pelaporan anggaran hibah tingkat Provinsi: Jawa timur")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2018-08-16")] == [
        ("Provinsi Sumatera Barat", None), ("Kabupaten Bantaeng", None),
        ("Provinsi Jawa Timur", None)]


def test_numbers_running_on_under_a_starred_category_heading_are_no_ranks(extract):
    text = ("Kepala Daerah Awards 2023 diserahkan di Balai Kartini, Jakarta Selatan, Jumat "
            "(11/8/2023) malam. Berikut para pemenangnya:\n\nKategori Pelayanan Publik\n\n"
            "1.Kabupaten Deli Serdang (Layanan Kependudukan Digital)\n\n2.Kota Binjai (Perizinan "
            "Satu Pintu)\n\n*Kategori Reformasi Birokrasi*\n\n3.DPRD Kabupaten Karo (Pengawasan "
            "Anggaran)")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-08-12")] == [
        ("Kabupaten Deli Serdang", None), ("Kota Binjai", None), ("DPRD Kabupaten Karo", None)]


def test_prizes_counted_for_one_winner_each_keep_their_own_rank(extract):
    recs = extract("Bawaslu RI menggelar Bawaslu Award 2019 di Hotel Mercure Ancol, Jakarta, Jumat "
                   "(25/10/2019). Dari ajang itu Bawaslu Provinsi Sumatera Barat membawa pulang 3 "
                   "piala, yakni Terbaik Pertama Penanganan Pelanggaran, Terbaik Kedua Kehumasan "
                   "serta Terbaik Ketiga Gakkumdu.", published="2019-10-28")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Bawaslu Provinsi Sumatera Barat", 1), ("Bawaslu Provinsi Sumatera Barat", 2),
        ("Bawaslu Provinsi Sumatera Barat", 3)]


def test_a_sentence_opening_with_the_next_ordinal_names_the_next_place(extract):
    text = ("Penyerahan penghargaan lomba Kampung Tangguh Anti Narkoba digelar di Mapolda Jabar, "
            "Rabu (8/12/2021).\nJuara pertama adalah Desa Sukamaju, Kecamatan Cikalong, Kabupaten "
            "Tasikmalaya dengan nilai 81,2. Kedua Kelurahan Argasari, Kecamatan Cihideung, Kota "
            "Tasikmalaya dengan nilai 75,4. Terakhir ketiga, Kelurahan Sindangrasa, Kabupaten "
            "Ciamis dengan nilai 70,1.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2021-12-09")] == [
        ("Desa Sukamaju", 1), ("Kelurahan Argasari", 2), ("Kelurahan Sindangrasa", 3)]


def test_an_ordinal_counting_points_is_no_next_place(extract):
    text = ("Kota Tasikmalaya meraih juara pertama lomba Kampung Tangguh di Mapolda Jabar, Rabu "
            "(8/12/2021). Kedua, Kota Tasikmalaya dinilai berhasil menekan angka kriminalitas.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2021-12-09")] == [
        ("Kota Tasikmalaya", 1)]


def test_a_lower_case_contest_opening_the_story_and_a_winner_who_becomes_first(extract):
    text = ("Lomba ketangkasan pemadam kebakaran se-Kabupaten Banjar digelar di lapangan Murjani, "
            "Minggu (14/7/2019).\nDesa Sungai Alang menjadi juara pertama, disusul di peringkat "
            "kedua dan ketiga, masing-masing Desa Keramat dan Desa Tambak Baru.")
    assert [(r["awardee"], r["rank"], r["province"]) for r in extract(
        text, published="2019-07-15")] == [
        ("Desa Sungai Alang", 1, "Kalimantan Selatan"), ("Desa Keramat", 2, "Kalimantan Selatan"),
        ("Desa Tambak Baru", 3, "Kalimantan Selatan")]


def test_a_sentence_of_a_rank_and_a_person_names_that_rank_s_winner(extract):
    text = ("Pemenang Lomba Vlog Kampung Siaga Candi Hebat menerima hadiah dari Kapolda Jawa "
            "Tengah Irjen Pol. Ahmad Luthfi di Gedung Borobudur Mapolda Jawa Tengah, Jumat "
            "(3/7/2020).\nJuara pertama diraih Budi Santoso, warga Pati. Juara tiga Dedi "
            "Kurniawan, warga Blora. Juara harapan satu Sri Lestari, warga Kota Semarang.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2020-07-04")] == [
        ("Budi Santoso", 1), ("Dedi Kurniawan", 3), ("Sri Lestari", None)]


def test_a_rank_glued_to_the_sum_before_it_keeps_its_number(extract):
    text = ("Penyerahan hadiah Lomba Gampong tingkat Provinsi Aceh tahun 2022 dilaksanakan di Rumoh "
            "Inong Tapaktuan, Senin (24/10/2022).\nSesuai keputusan Gubernur Aceh, juara Lomba "
            "Gampong tingkat provinsi yakni: Juara I Gampong Ujung Padang Kecamatan Kluet Utara "
            "Kabupaten Aceh Selatan, dengan uang pembinaan Rp 100 juta; Juara II Gampong Suka "
            "Makmur Kecamatan Simpang Kiri Kota Subulussalam, dengan uang pembinaan Rp 90 juta,-"
            "Juara III Gampong Kute Lintang Kecamatan Pegasing Kabupaten Aceh Tengah mendapat uang "
            "pembinaan Rp 80 juta.")
    recs = extract(text, published="2022-10-25")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Gampong Ujung Padang", 1), ("Gampong Suka Makmur", 2), ("Gampong Kute Lintang", 3)]
    assert all(e["text"] in text for r in recs for e in r["evidence"])


def test_a_tier_s_place_on_its_ladder_is_no_rank(extract):
    recs = extract("Kabupaten Dompu meraih penghargaan Kabupaten Layak Anak kategori Nindya, "
                   "peringkat kedua tertinggi setelah Utama. Penghargaan diserahkan Menteri PPPA di "
                   "Jakarta, Kamis (10/8/2023).", published="2023-08-11")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Dompu", None)]


def test_a_place_by_the_count_of_prizes_won_is_no_rank(extract):
    recs = extract("Kabupaten Banyuwangi menerima 12 penghargaan pada Anugerah Pariwisata Jawa Timur "
                   "2019 di Surabaya, Jumat (31/5/2019). Dengan capaian itu, Banyuwangi menempati "
                   "posisi kedua daerah dengan perolehan penghargaan terbanyak.",
                   published="2019-06-01")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Banyuwangi", None)]


def test_ordinals_past_ten_written_as_one_word_rank(extract):
    text = ("Lomba Kampung Tangguh tingkat Provinsi Kalimantan Selatan 2023 diserahkan Gubernur "
            "Sahbirin Noor di Banjarmasin, Sabtu (5/8/2023). Kota Banjarmasin meraih juara "
            "pertama. Juara keduabelas adalah Kabupaten Barito Kuala dengan nilai 60. Kabupaten "
            "Tapin di urutan ketigabelas dengan nilai 58.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-08-11")] == [
        ("Kota Banjarmasin", 1), ("Kabupaten Barito Kuala", 12), ("Kabupaten Tapin", 13)]


def test_a_jury_chair_saying_who_was_chosen_as_first_announces_the_winners(extract):
    text = ("Ketua Tim Penilai Lomba Desa, H. Darman, menyebutkan bahwa Desa Sindangkasih terpilih "
            "sebagai Juara I lomba desa Kabupaten Majalengka. Juara II diraih oleh Desa Jatiwangi, "
            "sedangkan Juara III diberikan kepada Desa Kadipaten.")
    assert [(r["awardee"], r["rank"], r["presenter"]) for r in extract(
        text, published="2023-06-16")] == [
        ("Desa Sindangkasih", 1, None), ("Desa Jatiwangi", 2, None), ("Desa Kadipaten", 3, None)]


def test_a_contest_in_lower_case_after_its_prizes_names_the_award_of_a_ranked_list(extract):
    text = ("Penyerahan hadiah lomba gampong tingkat provinsi Aceh tahun 2022 dilaksanakan di Rumoh "
            "Inong Tapaktuan, Senin (24/10/2022).\nJuara I Gampong Ujung Padang Kecamatan Kluet "
            "Utara Kabupaten Aceh Selatan, dengan uang pembinaan Rp 100 juta; Juara II Gampong "
            "Suka Makmur Kecamatan Simpang Kiri Kota Subulussalam, dengan uang pembinaan Rp 90 "
            "juta.")
    assert [(r["award"], r["awardee"], r["rank"]) for r in extract(
        text, published="2022-10-25")] == [("Lomba Gampong", "Gampong Ujung Padang", 1),
                                           ("Lomba Gampong", "Gampong Suka Makmur", 2)]


def test_the_ten_pkk_programmes_after_terbaik_are_no_rank(extract):
    recs = extract("Pamekasan - TP PKK Kabupaten Pamekasan meraih penghargaan sebagai pelaksana "
                   "terbaik 10 program pokok PKK tingkat Provinsi Jatim 2022 kategori kabupaten di "
                   "Gedung Negara Grahadi Surabaya, Selasa (11/10/2022).", published="2022-10-12")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("TP PKK Kabupaten Pamekasan", None)]


def test_a_second_rank_before_its_own_category_without_kategori_is_another_win(extract):
    recs = extract("Pemerintah Kabupaten Wonogiri meraih BKN Award 2022 peringkat 2 kategori Penilaian "
                   "Kompetensi dan peringkat 3 Perencanaan Kebutuhan dan Mutasi Kepegawaian di Batam, "
                   "Kamis (21/7/2022).", published="2022-07-22")
    assert [(r["awardee"], r["rank"], r["category"]) for r in recs] == [
        ("Kabupaten Wonogiri", 2, "Penilaian Kompetensi"),
        ("Kabupaten Wonogiri", 3, "Perencanaan Kebutuhan dan Mutasi Kepegawaian")]


def test_inpres_inside_a_school_name_keeps_the_school_in_a_ranked_list(extract):
    recs = extract("Lomba Sekolah Sehat tingkat Kabupaten Kolaka 2023 dimenangkan SDN Maahas sebagai "
                   "Juara I. Juara II diraih SDN Inpres Hanga dan juara III MIN Bubung.",
                   published="2023-09-02")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("SDN Maahas", 1), ("SDN Inpres Hanga", 2), ("MIN Bubung", 3)]


def test_a_province_s_standing_by_its_coverage_is_no_rank_won(extract):
    text = ("Paritrana Award 2023 kategori pemerintah daerah jatuh kepada Kota Bengkulu dan "
            "Kabupaten Kepahiang. Provinsi Bengkulu sendiri berada di peringkat keempat dari 38 "
            "provinsi dengan cakupan kepesertaan pekerja rentan.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-08-30")] == [
        ("Kota Bengkulu", None), ("Kabupaten Kepahiang", None)]


def test_the_rank_a_headline_gives_its_one_winner_is_that_winner_s(extract):
    text = ("KAYUAGUNG – Kabupaten Musi Rawas berhasil meraih penghargaan TPID Awards 2025 untuk "
            "wilayah Sumatera.\nPengumuman disampaikan dalam rapat koordinasi yang digelar di "
            "Jakarta pada Senin (8/12/2025).")
    recs = extract(text, title="Musi Rawas Raih Juara 2 TPID Award Sumatera 2025",
                   published="2025-12-09")
    assert [(r["awardee"], r["rank"]) for r in recs] == [("Kabupaten Musi Rawas", 2)]


def test_a_period_assessed_is_no_span_of_past_wins(extract):
    text = ("PONTIANAK – Pemprov Kalbar mendapat penghargaan peringkat kedua nasional sebagai daerah "
            "dengan kenaikan produksi padi tertinggi periode 2021 hingga 2022.\nPenghargaan itu "
            "telah diterima langsung Gubernur Kalbar Sutarmidji di Istana Wakil Presiden, Senin "
            "(26/9/2022).")
    assert [(r["awardee"], r["rank"], r["event_date"]) for r in extract(
        text, published="2022-09-27")] == [("Provinsi Kalimantan Barat", 2, "2022-09-26")]


def test_subdistricts_after_their_ranks_win_and_one_placing_a_village_does_not(extract):
    text = ("Hasil Lomba Pidato Bahasa Jawa 2024 tingkat Kabupaten Klaten diumumkan di Pendopo "
            "Klaten, Senin (4/3/2024). Juara I diraih Kecamatan Wedi, juara II Kecamatan Jogonalan "
            "skor 88,5 dan juara III Kecamatan Prambanan. Juara harapan I diraih Desa Kebonarum, "
            "Kecamatan Kebonarum.")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2024-03-05")}
    assert recs == {"Kecamatan Wedi": 1, "Kecamatan Jogonalan": 2, "Kecamatan Prambanan": 3,
                    "Desa Kebonarum": None}
    # (a list of subdistricts, each written with its head)
    text = ("Hasil Lomba Pidato Bahasa Jawa 2024 tingkat Kabupaten Klaten diumumkan di Pendopo "
            "Klaten, Senin (4/3/2024). Kecamatan terbaik pertama, kedua dan ketiga yakni "
            "Kecamatan Wedi, Kecamatan Jogonalan, dan Kecamatan Prambanan.")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2024-03-05")}
    assert recs == {"Kecamatan Wedi": 1, "Kecamatan Jogonalan": 2, "Kecamatan Prambanan": 3}


def test_di_susul_written_apart_goes_on_with_the_list_unranked(extract):
    text = ("Gubernur Jambi Al Haris menyerahkan penghargaan EKPPD 2022 di Jambi, Senin "
            "(7/11/2022). Kabupaten Bungo di posisi pertama dengan skor 3,12, di susul Tebo dengan "
            "skor 3,05 dan Merangin dengan skor 2,98.")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2022-11-08")}
    assert recs == {"Kabupaten Bungo": 1, "Kabupaten Tebo": None, "Kabupaten Merangin": None}


def test_an_overall_place_written_with_ke_is_a_rank(extract):
    text = ("Kota Tegal meraih juara umum ke-1 Lomba Kampung Iklim Jawa Tengah 2024, Kabupaten "
            "Batang juara umum ke 2 dan Kabupaten Pemalang juara harapan ke-1. Piala diserahkan di "
            "Semarang, Senin (5/8/2024).")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2024-08-06")}
    assert recs == {"Kota Tegal": 1, "Kabupaten Batang": 2, "Kabupaten Pemalang": None}


def test_the_time_a_prize_is_won_is_no_place(extract):
    text = ("Kabupaten Kendal menjadi juara ketiga kalinya dalam Lomba Kampung Iklim Jawa Tengah. "
            "Piala diserahkan di Semarang, Senin (5/8/2024).")
    [rec] = extract(text, published="2024-08-06")
    assert (rec["awardee"], rec["rank"]) == ("Kabupaten Kendal", None)


def test_ordinals_listed_with_a_comma_before_the_last_dan(extract):
    text = ("Bupati Wonogiri menyerahkan penghargaan Kelurahan Terbaik 2023 di Pendopo Wonogiri, "
            "Rabu (20/12/2023). Kelurahan terbaik pertama, kedua, dan ketiga yakni Kelurahan "
            "Giripurwo, Kelurahan Giriwono, dan Kelurahan Wuryorejo.")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2023-12-21")}
    assert recs == {"Kelurahan Giripurwo": 1, "Kelurahan Giriwono": 2, "Kelurahan Wuryorejo": 3}


def test_a_bare_name_after_the_city_of_that_name_is_the_regency(extract):
    text = ("Komisi Informasi Jawa Tengah menyerahkan penghargaan keterbukaan informasi publik di "
            "Semarang, Selasa (12/12/2023). Peringkat 1 hingga 4 masing-masing Kota Tegal (nilai "
            "95,2), Tegal (94,7), Kota Pekalongan (93,1) dan Pekalongan (92,6).")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2023-12-13")}
    assert recs == {"Kota Tegal": 1, "Kabupaten Tegal": 2, "Kota Pekalongan": 3,
                    "Kabupaten Pekalongan": 4}


def test_people_after_their_ranks_win_with_the_village_they_come_from(extract):
    text = ("Bupati Klaten menyerahkan hadiah Lomba Kader Posyandu Teladan 2024 di Pendopo Klaten, "
            "Kamis (12/9/2024). Juara I diraih Sri Wahyuni dari Desa Wedi, juara II Rina Astuti "
            "dari Desa Jogonalan dan juara III Dewi Sartika dari Desa Prambanan.")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2024-09-13")}
    assert recs == {"Sri Wahyuni": 1, "Rina Astuti": 2, "Dewi Sartika": 3}


def test_people_after_their_ranks_win_with_the_group_they_come_from(extract):
    text = ("DLH Kabupaten Magelang menyerahkan piala lomba foto pengelolaan sampah 2020 di Kantor "
            "DLH, Senin (6/7/2020). Untuk juara pertama atas nama Joko Susilo dari Desa Borobudur, "
            "juara kedua Sri Lestari dari Karang Taruna Bina Muda, juara ketiga Agus Salim dari "
            "Bank Sampah Mertoyudan.")
    recs = {r["awardee"]: r["rank"] for r in extract(text, published="2020-07-07")}
    assert recs == {"Joko Susilo": 1, "Sri Lestari": 2, "Agus Salim": 3}


def test_a_rank_no_one_holds_in_an_inline_list_goes_to_no_winner(extract):
    lead = ("KUPANG – BPJS Ketenagakerjaan menggelar Paritrana Award Provinsi NTT 2024 di Hotel "
            "Sasando Kupang, Selasa (22/7/2025). ")
    for slot in ("Terbaik 3 Terbaik 2", "Terbaik 3 -, Terbaik 2"):
        text = lead + f"Sektor Perdagangan ({slot} Toko Sinar Jaya dan Terbaik 1 PT Timor Niaga)."
        ranks = {r["awardee"]: r["rank"] for r in extract(text, published="2025-07-23")}
        assert ranks == {"Toko Sinar Jaya": 2, "PT Timor Niaga": 1}


def test_a_place_named_right_after_the_rank_a_named_winner_won_is_the_contest(extract):
    text = ("Desa Bendungan meraih Juara 1 Kampung KB tingkat Provinsi Jawa Tengah. Penghargaan "
            "diserahkan Gubernur Ganjar Pranowo, Selasa (1/9/2020).")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2020-09-02")] == [
        ("Desa Bendungan", 1)]


def test_a_consolation_place_for_a_contest_in_lower_case_is_a_win_with_no_rank(extract):
    text = "Provinsi Jambi meraih Juara Harapan II untuk lomba inovasi TTG tingkat nasional 2019."
    [rec] = extract(text, published="2019-09-24")
    assert (rec["awardee"], rec["rank"], rec["award"]) == ("Provinsi Jambi", None, "Lomba Inovasi")


@pytest.mark.parametrize("delegate", ["utusan", "kontingen", "perwakilan"])
def test_a_region_whose_delegate_won_is_the_winner(extract, delegate):
    text = (f"Juara 3 Lomba Teknologi Tepat Guna Nusantara 2022 diraih {delegate} dari Kabupaten "
            "Malinau, Kalimantan Utara.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2022-10-19")] == [
        ("Kabupaten Malinau", 3)]


def test_bare_names_each_with_its_rank_after_it_go_on_with_the_list(extract):
    text = ("Pj Gubernur Sumut menyerahkan Penghargaan Pembangunan Daerah 2024 di Medan, Jumat "
            "(8/3/2024). Pada kategori kabupaten, Deli Serdang sebagai terbaik pertama, Langkat "
            "terbaik kedua, dan Dairi terbaik ketiga.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-03-09")] == [
        ("Kabupaten Deli Serdang", 1), ("Kabupaten Langkat", 2), ("Kabupaten Dairi", 3)]


@pytest.mark.parametrize("head", ["Rangking", "Rengking"])
def test_a_misspelt_ranking_with_a_number_word_ranks(extract, head):
    text = ("Wabup Agam menyerahkan piala kepada para juara lomba pacu jawi di Nagari Tabek, Rabu "
            f"(26/6/2024). Juara dua diraih Kecamatan Sungai Tarab. {head} empat Kecamatan Rambatan.")
    ranks = {r["awardee"]: r["rank"] for r in extract(text, published="2024-06-28")}
    assert ranks == {"Kecamatan Sungai Tarab": 2, "Kecamatan Rambatan": 4}


def test_an_innovation_named_in_a_ranked_item_is_no_winner(extract):
    text = ("Pemkab Alor mengumumkan pemenang Lomba Inovasi Daerah 2025 di Halaman Kantor Bupati "
            "Alor, Senin (8/12/2025). Urutan berikutnya:\n- Peringkat Kedua: Dinas Kesehatan lewat "
            "program posyandu keliling.\n- Peringkat Ketiga: Inovasi dari Kecamatan Alor Timur, "
            "yaitu program kebun gizi.\nKegiatan ditutup dengan foto bersama.")
    assert "Inovasi" not in [r["awardee"] for r in extract(text, published="2025-12-09")]


def test_a_winner_ranked_again_in_a_later_sentence_with_juga_wins_again(extract):
    text = ("Dalam perayaan HUT Provinsi Kalimantan Timur di Stadion Madya Sempaja Samarinda, "
            "Kabupaten Berau menjadi terbaik pertama Bidang Perikanan. Kabupaten Berau juga "
            "mendapat penghargaan terbaik kedua Bidang Pertanian.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2025-01-11")] == [
        ("Kabupaten Berau", 1), ("Kabupaten Berau", 2)]


def test_a_winner_set_beside_others_takes_the_first_rank_and_a_count_is_no_rank(extract):
    text = ("Pemkab Rokan Hulu meraih penghargaan terbaik pertama penyaluran dana desa 2022 dari "
            "Kementerian Keuangan di Pekanbaru, Selasa 18 April 2023. Di kategori ini, selain Pemkab "
            "Rokan Hulu yang ditetapkan sebagai terbaik pertama, dua daerah lain, yakni Pemkab "
            "Bengkalis dan Pemkab Kuantan Singingi menempati posisi kedua dan ketiga.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-04-19")] == [
        ("Kabupaten Rokan Hulu", 1), ("Kabupaten Bengkalis", 2),
        ("Kabupaten Kuantan Singingi", 3)]


def test_those_following_the_first_with_a_score_they_share_take_no_rank(extract):
    text = ("Penghargaan MCP 2023 diserahkan KPK di Jakarta, Rabu (6/3/2024). Untuk kategori kota, Kota "
            "Madiun berada di posisi pertama dengan skor 97, diikuti oleh Kota Kediri dan Kota "
            "Batu yang sama-sama mendapatkan skor 95.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-03-07")] == [
        ("Kota Madiun", 1), ("Kota Kediri", None), ("Kota Batu", None)]


def test_a_body_named_after_sektor_is_the_sector_not_a_winner(extract):
    text = ("Lomba Inovasi Daerah 2022 diserahkan Kemendagri di Jakarta, Kamis (8/12/2022). "
            "Kabupaten Kudus juara I sektor Pasar Tradisional dan Kabupaten Pati juara II sektor "
            "Hotel.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2022-12-09")] == [
        ("Kabupaten Kudus", 1), ("Kabupaten Pati", 2)]


def test_a_bare_name_two_regions_bear_takes_the_kind_of_the_others_ranked(extract):
    text = ("Anugerah Pariwisata Nusantara 2019 diserahkan di Jakarta, Jumat (19/7/2019). Kota "
            "Malang meraih posisi pertama, disusul Kota Padang (Sumatera Barat) di posisi kedua "
            "dan Bogor (Jawa Barat) di tempat ketiga.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2019-07-20")] == [
        ("Kota Malang", 1), ("Kota Padang", 2), ("Kota Bogor", 3)]
    text = ("Penghargaan Adhi Praja 2019 diserahkan di Jakarta, Senin (19/8/2019). Bidang "
            "pemerintahan diraih oleh Provinsi Jawa Barat, bidang ekonomi diraih oleh Gorontalo.")
    assert [r["awardee"] for r in extract(text, published="2019-08-20")] == [
        "Provinsi Jawa Barat", "Provinsi Gorontalo"]


def test_those_named_after_setelah_closing_a_rank_are_ranked_above_and_win_nothing(extract):
    text = ("Kota Pariaman meraih penghargaan kepatuhan pelayanan publik 2019 dari Ombudsman di "
            "Jakarta, Selasa (10/12/2019). Pariaman menempati rangking tiga nasional, setelah "
            "Kota Bukittinggi dan Kota Padang Panjang.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2019-12-11")] == [
        ("Kota Pariaman", 3)]


def test_a_group_that_lolos_menjadi_juara_wins_that_rank(extract):
    text = ("KWT Sekar Arum Desa Candirejo lolos menjadi juara III tingkat nasional Lomba "
            "Pekarangan Lestari 2019 di Jakarta, Selasa (19/11/2019).")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2019-11-20")] == [
        ("KWT Sekar Arum Desa Candirejo", 3)]


def test_ordinals_alone_after_names_rank_them(extract):
    text = ("Kota Batu meraih peringkat pertama Anugerah Pariwisata Jatim 2024 di Surabaya, Rabu "
            "(11/12/2024), Kabupaten Banyuwangi kedua, Kabupaten Malang ketiga, dan Kota Kediri "
            "keempat.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-12-12")] == [
        ("Kota Batu", 1), ("Kabupaten Banyuwangi", 2), ("Kabupaten Malang", 3), ("Kota Kediri", 4)]
    text = ("Kota Batu meraih peringkat pertama Anugerah Pariwisata Jatim 2024 di Surabaya, Rabu "
            "(11/12/2024). Kabupaten Banyuwangi kedua, lalu Kabupaten Malang ketiga.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-12-12")] == [
        ("Kota Batu", 1), ("Kabupaten Banyuwangi", 2), ("Kabupaten Malang", 3)]


def test_an_ordinal_after_one_name_with_no_ranking_ranks_nothing(extract):
    text = ("Kabupaten Banyuwangi meraih Anugerah Pariwisata Jatim 2024 di Surabaya, Rabu "
            "(11/12/2024). Bagi Banyuwangi, penghargaan ini yang kedua.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-12-12")] == [
        ("Kabupaten Banyuwangi", None)]


def test_places_numbered_in_brackets_after_names_rank_them(extract):
    text = ("Bupati Klaten menyerahkan penghargaan Desa Tercepat Lunas PBB 2024 di Pendopo Klaten, "
            "Senin (3/6/2024). Pemenangnya adalah Desa Kebonarum (1), Desa Jambukulon (2) dan Desa "
            "Ngawen (3).")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-06-04")] == [
        ("Desa Kebonarum", 1), ("Desa Jambukulon", 2), ("Desa Ngawen", 3)]


def test_a_number_in_brackets_out_of_order_ranks_nothing(extract):
    text = ("Bupati Klaten menyerahkan penghargaan Desa Tercepat Lunas PBB 2024 di Pendopo Klaten, "
            "Senin (3/6/2024) kepada Desa Kebonarum (2) dan Desa Ngawen (4).")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-06-04")] == [
        ("Desa Kebonarum", None), ("Desa Ngawen", None)]


def test_the_others_a_winner_ranked_first_among_are_no_winners(extract):
    text = ("Kota Bitung meraih Piala Wahana Tata Nugraha 2016 kategori kota sedang. Bitung meraih "
            "peringkat satu dari lima kota sedang lainnya yaitu Tomohon, Kotamobagu dan Gorontalo.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2016-09-20")] == [
        ("Kota Bitung", 1)]


def test_bare_names_a_rank_subject_lists_after_adalah_are_winners(extract):
    text = ("Kota Denpasar meraih peringkat pertama Indeks Kota Layak Huni 2017 di Jakarta, Rabu "
            "(6/12/2017). Peringkat kedua dan seterusnya adalah Salatiga, Madiun dan Probolinggo.")
    assert [r["awardee"] for r in extract(text, published="2017-12-07")] == [
        "Kota Denpasar", "Kota Salatiga", "Kota Madiun", "Kota Probolinggo"]


def test_a_sentence_of_next_places_after_a_ranked_winner_ranks_its_winners(extract):
    text = ("Juara 1 lomba Hatinya PKK tingkat provinsi dimenangkan oleh TP PKK Kabupaten Bantaeng. "
            "Juara 2 TP PKK Kota Makassar, Juara 3 TP PKK Kabupaten Bone.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-05-20")] == [
        ("TP PKK Kabupaten Bantaeng", 1), ("TP PKK Kota Makassar", 2), ("TP PKK Kabupaten Bone", 3)]


def test_the_category_a_list_s_opener_names_goes_to_the_lines_under_it(extract):
    text = ("Untuk kategori Nindya, penghargaan Kabupaten/Kota Layak Anak 2024 jatuh kepada:\n"
            "Kabupaten Gresik, Kota Madiun, Kabupaten Lamongan.\n")
    assert [(r["awardee"], r["category"]) for r in extract(text, published="2024-07-24")] == [
        ("Kabupaten Gresik", "Nindya"), ("Kota Madiun", "Nindya"), ("Kabupaten Lamongan", "Nindya")]


def test_a_category_in_a_bracket_after_each_winner_is_that_winner_s(extract):
    text = ("Piala Adipura 2023 diraih Kota Surabaya (kategori Kota Metropolitan), Kabupaten "
            "Pacitan (Kota Kecil), dan Kota Madiun (Kota Sedang).")
    assert [(r["awardee"], r["category"]) for r in extract(text, published="2024-03-06")] == [
        ("Kota Surabaya", "Kota Metropolitan"), ("Kabupaten Pacitan", "Kota Kecil"),
        ("Kota Madiun", "Kota Sedang")]


def test_a_kind_closing_a_kelurahan_s_name_is_a_word_of_it(extract):
    text = ("Juara I lomba kelurahan tingkat Provinsi Kalimantan Tengah 2025 diraih Kelurahan "
            "Tamiang Layang Kota, Kabupaten Barito Timur.")
    assert [r["awardee"] for r in extract(text, published="2025-08-10")] == [
        "Kelurahan Tamiang Layang Kota"]


def test_a_rank_phrase_opening_a_sentence_ranks_the_winner_after_disusul(extract):
    text = ("Penghargaan Desa Wisata 2012 diraih Desa Pentingsari sebagai juara pertama. Di posisi "
            "kedua, disusul Desa Kembang Arum, Sleman.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2012-09-10")] == [
        ("Desa Pentingsari", 1), ("Desa Kembang Arum", 2)]


def test_anugerah_inside_a_winner_s_name_names_no_award(extract):
    text = ("Penghargaan BUMDesa terbaik tingkat Provinsi Kalimantan Selatan 2024 diserahkan di "
            "Banjarbaru, Selasa (30/7/2024). Juara pertama BUMDesa Karya Mandiri Desa Pulau "
            "Sewangi Kecamatan Alalak Kabupaten Batola dengan nilai 80,10; juara kedua BUMDesa "
            "Anugerah Tanjung Desa Tanjung Harapan Kecamatan Pelaihari Kabupaten Tala dengan "
            "nilai 78,40.")
    recs = extract(text, published="2024-07-31")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("BUMDesa Karya Mandiri", 1), ("BUMDesa Anugerah Tanjung", 2)]
    assert {r["award"] for r in recs} != {"Anugerah Tanjung"}


def test_a_place_by_a_rate_is_no_rank_won(extract):
    text = ("Kabupaten Sampang menerima penghargaan percepatan penurunan stunting dari BKKBN di "
            "Semarang, Sabtu (29/6/2024). Capaian itu juga menempatkan Sampang di posisi ke-4 "
            "sebagai kabupaten dengan angka stunting terendah di Jawa Timur.")
    [rec] = extract(text, published="2024-07-01")
    assert (rec["awardee"], rec["rank"]) == ("Kabupaten Sampang", None)


def test_an_award_s_tier_alone_in_a_bracket_after_each_winner_is_its_category(extract):
    text = ("Sebanyak sembilan kabupaten dan kota di Jawa Tengah meraih penghargaan Swasti Saba "
            "2023. Berikut daftarnya:\n1. Kota Magelang (Wistara)\n2. Kabupaten Kudus (Wiwerda)\n"
            "3. Kota Tegal (Padapa)\n")
    assert [(r["awardee"], r["category"]) for r in extract(text, published="2023-11-30")] == [
        ("Kota Magelang", "Wistara"), ("Kabupaten Kudus", "Wiwerda"), ("Kota Tegal", "Padapa")]


@pytest.mark.parametrize("then", ["berikutnya", "selanjutnya"])
def test_bare_provinces_after_berikutnya_follow_the_winner(extract, then):
    text = ("Dalam Penghargaan Pembangunan Daerah 2024, Bali menempati peringkat pertama kategori "
            f"provinsi, {then} Jambi, Gorontalo, dan Kalimantan Selatan.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-06-11")] == [
        ("Provinsi Bali", 1), ("Provinsi Jambi", None), ("Provinsi Gorontalo", None),
        ("Provinsi Kalimantan Selatan", None)]


@pytest.mark.parametrize("first, second", [("Desa", "Kelurahan"), ("Kelurahan", "Desa")])
def test_a_list_of_villages_goes_on_over_a_kelurahan(extract, first, second):
    text = ("Kabupaten Banjar meraih dua penghargaan ProKlim Lestari 2024, yakni "
            f"{first} Sungai Alang, Kecamatan Karang Intan, Kabupaten Banjar. {second} Jawa, "
            "Kecamatan Martapura, Kabupaten Banjar.")
    assert [r["awardee"] for r in extract(text, published="2024-12-17")][-2:] == [
        f"{first} Sungai Alang", f"{second} Jawa"]


def test_a_head_of_a_region_ranked_by_name_alone_is_the_region(extract):
    text = ("Bupati Siak Alfedri menerima Anugerah Keterbukaan Informasi Publik dari Komisi "
            "Informasi Pusat di Jakarta, Selasa (14/11/2023). Alfedri menempati peringkat pertama "
            "kategori bupati terbaik, disusul Kabupaten Kendal di peringkat kedua.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2023-11-15")] == [
        ("Kabupaten Siak", 1), ("Kabupaten Kendal", 2)]


@pytest.mark.parametrize("count", ["Sebanyak 20", "Sebagai informasi, sebanyak 20", "Dua puluh"])
def test_regions_counted_with_their_own_award_and_listed_after_win_that_award(extract, count):
    text = ("Pemprov Jawa Timur menerima penghargaan Provinsi Layak Anak 2024 di Jakarta, Selasa "
            f"(23/7/2024).\n{count} kabupaten/kota di Jawa Timur turut menerima penghargaan "
            "Kabupaten/Kota Layak Anak 2024. Kategori Madya diraih Kabupaten Lamongan, Tuban, "
            "dan Kota Kediri.")
    assert [(r["award"], r["awardee"]) for r in extract(text, published="2024-07-24")] == [
        ("Provinsi Layak Anak", "Provinsi Jawa Timur"), ("Kota Layak Anak", "Kabupaten Lamongan"),
        ("Kota Layak Anak", "Kabupaten Tuban"), ("Kota Layak Anak", "Kota Kediri")]


def test_a_list_goes_on_past_a_field_won_after_di_or_pada(extract):
    text = ("Lima gubernur menerima Adhi Purna Karya Award di Surabaya, Senin (28/1/2019). Mereka "
            "ialah Bali untuk bidang pemerintahan, Riau di bidang budaya, Jambi pada bidang "
            "ketahanan pangan, serta Maluku yang mendapat bidang UMKM.")
    assert [r["awardee"] for r in extract(text, published="2019-01-29")] == [
        "Provinsi Bali", "Provinsi Riau", "Provinsi Jambi", "Provinsi Maluku"]


def test_those_named_after_a_rank_and_setelah_are_ranked_above_and_win_nothing(extract):
    text = ("Pemkab Wonogiri meraih penghargaan Digital Government Award kategori kabupaten pada "
            "SPBE Summit 2024 di Jakarta, Senin (27/5/2024). Secara nasional, Kabupaten Wonogiri "
            "menempati peringkat ketiga setelah Kabupaten Sleman, DIY dan Kabupaten Badung, Bali.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-05-28")] == [
        ("Kabupaten Wonogiri", 3)]
