"""Event dates and venues as press releases write them."""
from datetime import date

import pytest

from extractors.when_where import find_date, find_venue, reference_date

PUBLISHED = date(2025, 8, 6)


@pytest.mark.parametrize("text, expected", [
    ("berlangsung di Samarinda, pada Selasa (5/8/2025).", "2025-08-05"),
    ("diserahkan Wakil Gubernur, Selasa, (29/07/2025), di Vasa Hotel", "2025-07-29"),
    ("di Hotel Borobudur, Jakarta, Rabu, 3 Desember 2025.", "2025-12-03"),
    ("digelar di Gedung Negara Grahadi pada 14 Agustus 2024.", "2024-08-14"),
    ("di Aula Barat Gedung Sate, Bandung, Senin (4/8).", "2025-08-04"),
    ("pada Senin malam (26/8/2024) di Pendopo", "2024-08-26"),
    ("Kamis, (07/08/2025), bertempat di Balai Kota", "2025-08-07"),
    # a full date whose bracket a comma closes by mistake
    ("di Kantor Gubernur, Selasa (29/7/2025, kepada para bupati.", "2025-07-29"),
    # a year left out after its slash
    ("di Istana Wapres, Jakarta, pada Senin (4/8/).", "2025-08-04"),
])
def test_date_forms(text, expected):
    assert find_date(text, PUBLISHED)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline's date, when the sentence has the ceremony's too
    ("Jakarta, 5 Agustus 2025 – PT Pupuk Kaltim meraih penghargaan di Hotel Pullman, Jakarta, "
     "Senin (4/8/2025).", "2025-08-04"),
    ("MEDAN (5/8/2025) - Wali Kota Binjai menerima penghargaan di Aula Rumah Dinas, Senin "
     "(4/8/2025).", "2025-08-04"),
    ("Jakarta, 5 Agustus 2025 – PT Pupuk Kaltim meraih penghargaan CSR.", "2025-08-05"),
    # a decree's date and an earlier stage's
    ("Berdasarkan Keputusan Gubernur Nomor 188/432/2025 tanggal 1 Agustus 2025, Desa Sukamaju "
     "menerima trofi di Gedung Sate, Senin (4/8/2025).", "2025-08-04"),
    ("Penghargaan itu dituangkan dalam Keputusan Presiden Nomor 44/TK/Tahun 2025 yang diteken "
     "Presiden pada 1 Agustus 2025.", None),
    ("Setelah verifikasi lapangan oleh tim penilai pada 12 Juni 2025, Kabupaten Gianyar "
     "menerima penghargaan di Jakarta, Senin (4/8/2025).", "2025-08-04"),
    ("Setelah verifikasi lapangan pada 4-15 Juni, Jawa Tengah meraih peringkat ke-2 nasional.",
     None),
    ("Penghargaan ini diberikan setelah Verifikasi Nominasi ProKlim Utama oleh tim verifikator "
     "KLH secara daring pada 5 Agustus 2025.", None),
    # (the stage told after "setelah", its day after a comma)
    ("Trofi itu diraih setelah tim penilai Kemenkes berkunjung ke Kabupaten Bangli, Rabu "
     "(13/8/2025).", None),
    ("Gelar itu diperoleh setelah dewan juri melakukan visitasi ke Desa Tamanagung, Jumat "
     "(8/8/2025), lalu diserahkan di Jakarta, Senin (18/8/2025).", "2025-08-18"),
    # a span assessed, and the day a term of office began
    ("PT Tirta Lestari meraih penghargaan Kecelakaan Nihil untuk periode 1 Januari 2022 s.d 31 "
     "Desember 2024 dengan 2.500.000 jam kerja.", None),
    ("Kota Bima meraih penghargaan atas kinerja periode 1 Januari hingga 31 Desember 2024.", None),
    ("Sejak dilantik pada 26 Februari 2024, Bupati Sumenep membawa Kabupaten Sumenep meraih "
     "penghargaan APE.", None),
    # the day a release came out
    ("Kabupaten Karimun meraih penghargaan, dalam keterangan tertulis, Selasa (5/8/2025), "
     "bertepatan dengan Hari HAM.", None),
    ("\"Kami berkomitmen,\" kata Rudi melalui telepon, Selasa (5/8/2025).", None),
])
def test_dates_that_are_not_the_handover_s(text, expected):
    found = find_date(text, PUBLISHED)
    assert (found[0] if found else None) == expected


def test_a_day_without_year_is_never_after_publication():
    # published 6 January: "(30/12)" is last December
    assert find_date("Selasa (30/12)", date(2025, 1, 6))[0] == "2024-12-30"
    # but a page dated a day early: Thursday 25 April 2024 on a page of the 24th
    assert find_date("di Makassar, Kamis (25/4).", date(2024, 4, 24))[0] == "2024-04-25"
    assert find_date("di Makassar, Selasa (25/4).", date(2024, 4, 24))[0] == "2023-04-25"


def test_today_outside_a_quote_is_the_day_the_page_came_out():
    text = "Piala diserahkan Menteri Dalam Negeri di Jakarta hari ini."
    assert find_date(text, PUBLISHED)[0] == "2025-08-06"
    assert find_venue(text)[0] == "Jakarta"
    assert find_date("“Hari ini kami bersyukur,” kata Bupati.", PUBLISHED) is None
    assert find_date(text) is None  # no page date to go by
    # ... and so is this evening or this noon
    for said in ("malam ini", "siang tadi", "sore ini"):
        assert find_date(f"Piala diserahkan di Jakarta {said}.", PUBLISHED)[0] == "2025-08-06"


def test_the_day_an_outlet_wrote_is_no_handover_s():
    assert find_date("Murianews.com (26/4/2018) menulis, Kabupaten Kudus meraih penghargaan "
                     "tersebut.", date(2018, 4, 27)) is None


def test_a_year_before_the_page_s_that_the_weekday_denies_is_the_page_s_year():
    # 8 February was a Friday in 2019, a Thursday in 2018
    assert find_date("di Surabaya, Jumat (8/2/2018).", date(2019, 2, 9))[0] == "2019-02-08"
    assert find_date("di Surabaya, Kamis (8/2/2018).", date(2019, 2, 9))[0] == "2018-02-08"


def test_the_day_winners_were_announced_is_not_the_handover_s_when_it_is_dated_too():
    assert find_date("Penghargaan yang diumumkan Senin (2/12/2024) itu diserahkan Menteri di "
                     "Jakarta, Kamis (5/12/2024).", PUBLISHED)[0] == "2024-12-05"
    assert find_date("Kota Surakarta, yang pada 2 Desember 2024 ditetapkan sebagai Kota Layak "
                     "Anak, menerima penghargaan di Jakarta, Kamis (5/12/2024).",
                     PUBLISHED)[0] == "2024-12-05"
    assert find_date("Hasilnya diumumkan Senin (2/12/2024).", PUBLISHED)[0] == "2024-12-02"


def test_a_day_without_year_or_publication_takes_the_year_its_weekday_is_true():
    # 12 June is a Thursday in 2025, not in 2024
    assert find_date("Kamis (12/6)", None, award_year=2025)[0] == "2025-06-12"
    assert find_date("Kamis (12/6)", None, award_year=2024)[0] == "2025-06-12"


def test_with_nothing_to_go_by_a_weekday_date_is_a_past_day():
    found = find_date("Senin (29/11)", None)[0]
    assert date.fromisoformat(found) <= date.today()
    assert date.fromisoformat(found).weekday() == 0


def test_a_laws_year_is_no_reference_for_a_date_without_one():
    text = ("Senin (29/11). Berdasarkan Undang-Undang Nomor 24 Tahun 2011 tentang Badan "
            "Penyelenggara Jaminan Sosial ...")
    assert reference_date(text) is None


@pytest.mark.parametrize("text", [
    "Penghargaan diserahkan di Aula Kantor Gubernur, Rabu.",
    "penilaian periode Januari hingga Desember 2024",
    "pada 2019 silam",
])
def test_no_day_no_date(text):
    assert find_date(text, PUBLISHED) is None


@pytest.mark.parametrize("text, venue", [
    ("Acara berlangsung khidmat di Ruang Rapat Rahayu, lantai 1 Kantor Gubernur Kalimantan "
     "Timur, Samarinda, pada Selasa (5/8/2025).",
     "Ruang Rapat Rahayu, lantai 1 Kantor Gubernur Kalimantan Timur, Samarinda"),
    ("Kegiatan bertempat di Hotel Claro Makassar dan dihadiri bupati.", "Hotel Claro Makassar"),
    ("diterima di Auditorium Dr. Soedjarwo, Gedung Manggala Wanabakti, Jakarta, Selasa "
     "(5/3/2024).", "Auditorium Dr. Soedjarwo, Gedung Manggala Wanabakti, Jakarta"),
    ("Penyerahan digelar di Pendopo Agung Trowulan (7/8/2025).", "Pendopo Agung Trowulan"),
    ("Penghargaan diserahkan Wakil Gubernur secara daring, Kamis (19/6/2025).", "daring"),
    ("Penghargaan diserahkan secara virtual melalui Zoom.", "daring"),
    ("Trofi diterima dari Wakil Gubernur di aula Kantor Bupati Bantul, Bantul, pada 2 Mei "
     "2024 lalu.", "aula Kantor Bupati Bantul, Bantul"),
    ("Piala diserahkan di ruang rapat Bupati Kendal, Senin (5/5/2025).",
     "ruang rapat Bupati Kendal"),
    ("Acara digelar di Aula Prof. H.M. Rasjidi Kantor Kementerian Agama, Jakarta, (5/9/2019).",
     "Aula Prof. H.M. Rasjidi Kantor Kementerian Agama, Jakarta"),
    ("Trofi diserahkan di Auditorium DR. Soedjarwo, Gedung Manggala Wanabakti, Jakarta, Rabu.",
     "Auditorium DR. Soedjarwo, Gedung Manggala Wanabakti, Jakarta"),
    ("Piagam diserahkan di Gedung Sate, Bandung kemarin (3/4) sore.", "Gedung Sate, Bandung"),
    ("Acara itu berlangsung di Aula Rumah Jabatan Gubernur Gorontalo tadi malam (25/1).",
     "Aula Rumah Jabatan Gubernur Gorontalo"),
    ("Trofi diserahkan di Grand Ballroom – Hotel Santika, Palu, Jumat (9/6/2023).",
     "Grand Ballroom – Hotel Santika, Palu"),
    ("Piala diserahkan di Jakarta – demikian keterangan panitia.", "Jakarta"),
    # someone joined online; the ceremony was held at a place
    ("Menteri hadir secara daring, sementara acara berlangsung di Hotel Santika, Jambi.",
     "Hotel Santika, Jambi"),
    # a council's plenary
    ("Opini itu diumumkan dalam rapat paripurna DPRD Jambi pada Senin (1/7/2024).",
     "rapat paripurna DPRD Jambi"),
    # abbreviations of a street address; a vague time after the place
    ("diserahkan di Hotel Sahid, Jalan Jend. Sudirman Kav. 86, Jakarta, Selasa (3/10).",
     "Hotel Sahid, Jalan Jend. Sudirman Kav. 86, Jakarta"),
    ("diterima Bupati Wonosobo di Jakarta beberapa waktu lalu.", "Jakarta"),
    ("Rakornas digelar di kawasan Candi Prambanan, Sleman, Rabu (4/4).",
     "kawasan Candi Prambanan, Sleman"),
    ("diterima Bupati Wonosobo di Jakarta belum lama ini.", "Jakarta"),
    ("diserahkan di Gedung Sasana Bakti Jln. Medan Merdeka Utara Jakarta Pusat, Kamis (7/9).",
     "Gedung Sasana Bakti Jln. Medan Merdeka Utara Jakarta Pusat"),
    ("diserahkan di Gd. Serbaguna Pemkab Cianjur, Kamis (17/8/2023).",
     "Gd. Serbaguna Pemkab Cianjur"),
    ("diserahkan di The Tribrata, Jakarta pukul 19.30 WIB, Kamis (22/6/2023).",
     "The Tribrata, Jakarta"),
    ("Piala diserahkan Menteri PPPA secara telekonferensi, Kamis (29/7/2021).", "daring"),
    ("Piala diserahkan Menteri PPPA melalui aplikasi Zoom Meeting, Kamis (29/7/2021).", "daring"),
    ("diterima Wakil Gubernur dari Anggota V BPK RI di Tanah Bumbu, Rabu (18/6/2025).",
     "Tanah Bumbu"),
    ("diserahkan di The Tribrata Dharmawangsa Jakarta, Arba (11/9).",
     "The Tribrata Dharmawangsa Jakarta"),
    # more ways to say a ceremony was online, and a hall it was centred in
    ("Penganugerahan yang dilaksanakan virtual itu diikuti Bupati di Pendopo Dipokusumo.",
     "daring"),
    ("Bupati mengikuti penganugerahan melalui kanal daring dari Rumah Dinas Bupati.", "daring"),
    ("Penganugerahan dipusatkan di Gedung Kementerian PPPA, Jakarta, sementara Bupati mengikuti "
     "secara virtual dari Ruang Menoreh.", "Gedung Kementerian PPPA, Jakarta"),
    # a head's office in a region of two words, the first a region too
    ("diserahkan di Kantor Wali Kota Jakarta Selatan, Selasa (13/12/2022).",
     "Kantor Wali Kota Jakarta Selatan"),
    ("diserahkan di Pendopo Bupati Lampung Selatan, Kamis (10/8/2023).",
     "Pendopo Bupati Lampung Selatan"),
])
def test_venue_forms(text, venue):
    assert find_venue(text)[0] == venue


@pytest.mark.parametrize("text", [
    "Kabupaten Deli Serdang di peringkat kedua.",
    "pekerja di sektor informal di Kaltim masih banyak.",
    "tampil di hadapan dewan juri.",
    "bekerja di sektor Pariwisata dan perikanan.",
    "kedisiplinan pegawai di Pemprov Kaltara harus dijaga.",
    "pada Seminar Keselamatan dan Kesehatan Kerja di Perusahaan, Kamis (12/9/2024).",
    "dibahas di rapat koordinasi Pemprov Jambi.",
])
def test_di_that_is_no_venue(text):
    assert find_venue(text, named_only=True) is None


def test_a_weekday_inside_the_brackets():
    assert find_date("Malam penganugerahan berlangsung semalam (Kamis, 14/12/2023) di Aula El "
                     "Tari.", date(2023, 12, 15))[0] == "2023-12-14"


def test_a_date_long_before_the_page_is_history_not_the_handover():
    text = ("diserahkan pada peringatan Hari Nusantara yang mengenang deklarasi 13 Desember "
            "1957, Senin (15/12/2025)")
    assert find_date(text, date(2025, 12, 16))[0] == "2025-12-15"
    assert find_date("sejak 17 Agustus 1945", None, 2024) is None


@pytest.mark.parametrize("text, venue", [
    ("diserahkan usai apel di Lapangan PT Semen Gresik, Senin (12/1/2026).",
     "Lapangan PT Semen Gresik"),
    ("hadiah Lomba Desa diserahkan di lapangan Desa Karangrejo, Rabu (23/8/2023).",
     "lapangan Desa Karangrejo"),
])
def test_a_field_with_a_name_is_a_venue(text, venue):
    assert find_venue(text)[0] == venue


def test_friday_written_with_a_curly_apostrophe_is_a_weekday():
    text = "diserahkan di Hotel Grand Sahid Jaya, Jakarta, Jum’at (18/10/2024)."
    assert find_venue(text)[0] == "Hotel Grand Sahid Jaya, Jakarta"
    assert find_date("pada Jum’at (18/10)", date(2024, 10, 19))[0] == "2024-10-18"


def test_the_date_a_source_is_quoted_on_is_not_the_event_date():
    text = ("Dilansir dari laman resmi Pemkab Agam, Kamis (16/03), piala diserahkan Gubernur "
            "di Padang pada Selasa (14/3/2023).")
    assert find_date(text, None, 2023)[0] == "2023-03-14"


@pytest.mark.parametrize("text", [
    "Seperti ditampilkan dalam tayangan di kanal YouTube Pemprov Jateng, Kamis (21/7/2022), acara "
    "itu digelar di Gedung Manggala Wanabakti, Jakarta, Rabu (20/7/2022).",
    "Dalam keterangan yang diterima warta-ntt.co, Kamis (21/7/2022), disebutkan sertifikat diserahkan "
    "Menkes, Rabu (20/7/2022) lalu.",
])
def test_the_day_a_broadcast_or_an_outlet_shows_it_is_not_the_event_date(text):
    assert find_date(text, date(2022, 7, 22))[0] == "2022-07-20"


def test_a_venue_ends_before_a_bracketed_date_it_cannot_read():
    text = "piala diserahkan di Aula Kantor Bupati Jayapura, Sentani, (Kamis/17/08/2023)."
    assert find_venue(text)[0] == "Aula Kantor Bupati Jayapura, Sentani"


def test_a_province_and_one_lower_case_word_after_it_are_no_venue():
    assert find_venue("Program PKH di Kaltim kembali menorehkan prestasi nasional.") is None


def test_a_year_is_no_venue():
    assert find_venue("Bupati berharap kerukunan makin baik di Tahun 2026 mendatang.") is None


def test_in_the_field_and_an_area_are_no_venue():
    assert find_venue("tim juri melakukan penilaian di lapangan pada Senin (3/3/2025).") is None
    assert find_venue("sebanyak 12 Kabupaten/Kota di Jawa Tengah meraih predikat") is None


@pytest.mark.parametrize("text", [
    "Penghargaan diserahkan di NTB, Rabu (10/9/2025).",
    "Trofi diserahkan di Sulawesi Tengah pada Senin (3/3/2025).",
    "Piala diserahkan di Bumi Gora, Rabu (10/9/2025).",
])
def test_a_province_alone_is_no_venue(text):
    assert find_venue(text) is None


def test_the_capital_and_a_city_named_like_its_province_are_venues():
    assert find_venue("diserahkan di Jakarta, Rabu (10/9/2025).")[0] == "Jakarta"
    assert find_venue("diserahkan di Gorontalo, Rabu (10/9/2025).")[0] == "Gorontalo"


def test_a_day_that_comes_back_every_year_dates_nothing():
    assert find_date("dalam rangka Hari Ibu yang diperingati setiap 22 Desember.",
                     date(2010, 12, 22)) is None
    assert find_date("Penghargaan diserahkan tiap tanggal 1 Juni dan tahun ini Selasa "
                     "(1/6/2021).", date(2021, 6, 2))[0] == "2021-06-01"


def test_a_region_acting_after_a_comma_is_no_part_of_the_venue():
    assert find_venue("Usai menerima Adipura di Jakarta, Kabupaten Pati kembali meraih "
                      "penghargaan.")[0] == "Jakarta"
    assert find_venue("Trofi diserahkan di Hotel Santika, Kota Kupang, Senin (2/9/2024).")[
        0] == "Hotel Santika, Kota Kupang"


def test_a_ceremony_held_online_and_in_person_or_broadcast_online_is_not_daring():
    assert find_venue("Acara itu digelar secara daring dan luring dari Jakarta.") is None
    assert find_venue("Acara disiarkan secara online melalui kanal Youtube.") is None
    # watched online: those watching were not where it was handed over
    assert find_venue("Acara juga disaksikan secara daring melalui aplikasi Zoom.") is None
    assert find_venue("Penyerahan dilakukan secara virtual, Rabu (2/3/2022).")[0] == "daring"


def test_a_building_named_after_the_capital_is_the_venue():
    assert find_venue("Bupati menerima penghargaan ini di Jakarta, bertempat di Hotel Sultan, "
                      "Kamis, 28 Januari 2021.", True)[0] == "Hotel Sultan"


def test_a_venue_word_after_digelar_is_the_venue_even_without_di():
    assert find_venue("Peringatan Hari Koperasi yang digelar halaman Kantor Dinas Koperasi "
                      "Provinsi Kalteng, Jumat (12/7/2024).")[0] == (
        "halaman Kantor Dinas Koperasi Provinsi Kalteng")
    assert find_venue("Acara yang digelar Badan Strategi Kebijakan Dalam Negeri itu meriah.") is None


def test_a_place_before_a_speaking_verb_is_where_someone_spoke():
    from extractors.when_where import find_venue

    assert find_venue("Kepala Dinas Tenaga Kerja Sutrisno di Magelang, Senin, mengatakan "
                      "dua desa meraih penghargaan itu.") is None
    assert find_venue("Bupati Wonosobo di Wonosobo menjelaskan hasil penilaian.") is None
    assert find_venue("Kepala Seksi Dinas Lingkungan Hidup, Erna di Bukittinggi, Kamis "
                      "menyebutkan enam sekolah meraih Adiwiyata.") is None
    assert find_venue("Piala diserahkan di Gedung Grahadi, Surabaya, Senin, dan diterima "
                      "Bupati.")[0] == "Gedung Grahadi, Surabaya"


def test_a_bare_place_after_a_speaker_is_where_the_speaker_was():
    assert find_venue('"Kami bangga atas capaian ini," kata Kepala Dinas Perhubungan dan '
                      "Komunikasi Sambas, Rudi Hartono di Sambas, Kamis.") is None
    assert find_venue("Hal itu dituturkan, kata Kepala Kanwil Mardiana dalam keterangan tertulis "
                      "yang diterima di Mataram, Rabu.") is None
    assert find_venue("ujar Bupati Sambas usai menerima piala di Pontianak, Kamis."
                      )[0] == "Pontianak"
    assert find_venue("kata Wali Kota Singkawang di Hotel Mercure Pontianak, Kamis."
                      )[0] == "Hotel Mercure Pontianak"


@pytest.mark.parametrize("text", [
    "Penilaian berdasarkan capaian kepesertaan per 1 November 2025.",
    "Data dihimpun sejak 3 Januari 2024 oleh tim penilai.",
    "Dihubungi terpisah, Senin (17/11), Bupati menyebut piala sudah diterima.",
    "Hal itu disampaikan perusahaan melalui siaran persnya, Senin (17/11).",
])
def test_a_date_data_are_counted_from_or_a_source_was_reached_is_no_event(text):
    assert find_date(text, date(2025, 11, 20)) is None


def test_heads_of_regions_gathered_somewhere_do_not_hide_the_venue():
    assert find_venue("Kemendagri menggelar malam penganugerahan bagi desa berprestasi dan "
                      "kepala daerah di Jakarta.")[0] == "Jakarta"
    assert find_venue("Penghargaan untuk dua daerah di Sumatera Selatan.") is None


def test_a_letter_s_number_ending_in_a_month_and_year_is_no_date():
    text = ("Kabar itu datang lewat surat Menteri No.15/Men/D.KG/KG.04/8/2022 tentang penghargaan "
            "APE. Piagam diserahkan pada Senin 29/8/2022 di Jakarta.")
    assert find_date(text, date(2022, 8, 31))[0] == "2022-08-29"


def test_a_day_and_month_after_the_weekday_without_brackets():
    assert find_date("di Hotel Lombok Raya, Mataram, pada Rabu pagi 28/11.",
                     date(2018, 11, 29))[0] == "2018-11-28"
    assert find_date("dengan nilai 90/100 pada Rabu", date(2018, 11, 29)) is None
    # (and its year, two digits or four, when it has one)
    assert find_date("di Gedung Sate, Bandung, Kamis 7/11/24 sore.",
                     date(2024, 11, 8))[0] == "2024-11-07"
    assert find_date("pada Jumat 8/11/2024 di Bandung.", date(2024, 11, 9))[0] == "2024-11-08"


def test_a_page_without_its_date_and_a_weekday_date_without_year_is_read():
    assert reference_date("Acara pada Rabu pagi 28/11 di Mataram. Tahun 2018.") == date(2018, 12, 31)


def test_a_village_after_a_word_of_holding_is_the_venue():
    text = "Hadiah diserahkan pada peringatan Hari PKK bertempat di Desa Beringin Kecamatan Kusan Hilir"
    assert find_venue(text)[0] == "Desa Beringin Kecamatan Kusan Hilir"


def test_a_province_with_its_short_form_is_no_venue():
    assert find_venue("Sebanyak 10 sekolah di Sumatera Barat (Sumbar) meraih Adiwiyata") is None


def test_an_acting_title_in_capitals_ends_no_sentence(extract):
    recs = extract("Kabupaten Ogan Ilir meraih penghargaan Swasti Saba Wistara 2023. Penghargaan "
                   "ini diterima oleh PJ. Bupati Ogan Ilir H. Ardani di Hotel Bidakara Jakarta, "
                   "pada Rabu (29/11/23).", published="2023-11-30")
    assert [(r["event_date"], r["venue"]) for r in recs] == [("2023-11-29", "Hotel Bidakara Jakarta")]


def test_a_date_cut_before_its_bracket_closes():
    assert find_date("di Graha Bhakti Budaya, Jakarta, Rabu(18/12/2024", None)[0] == "2024-12-18"


def test_di_inside_a_name_its_acronym_spells_is_no_venue():
    assert find_venue("Sekolah itu menjalankan gerakan Peduli dan Berbudaya Lingkungan Hidup "
                      "di Sekolah (PBLHS).") is None
    assert find_venue("Acara berlangsung di Jakarta Convention Center (JCC) pada Jumat.")[0] == (
        "Jakarta Convention Center (JCC)")


def test_a_named_building_after_regions_is_the_venue():
    # a venue word and a name after "di" is a building, whatever comes before
    assert find_venue("Trofi diserahkan kepada empat kabupaten di Balai Sidang Utama, "
                      "Palu.")[0] == "Balai Sidang Utama, Palu"
    assert find_venue("Malam anugerah pembangunan daerah di Grand Kartika Hotel itu "
                      "meriah.")[0] == "Grand Kartika Hotel"
    # but the capital after regions is where they are
    assert find_venue("Penghargaan untuk tiga daerah di Jakarta Timur.") is None


def test_a_month_in_its_older_spelling_dates_the_handover(extract):
    recs = extract("Kabupaten Sleman meraih penghargaan Adipura. Penghargaan diserahkan pada hari "
                   "Rabu tanggal 14 Nopember 2018 di Jakarta.", published="2018-11-15")
    assert [r["event_date"] for r in recs] == ["2018-11-14"]


def test_a_building_named_in_a_quote_said_on_another_day_is_not_the_venue(extract):
    recs = extract("Kabupaten Sleman meraih penghargaan Desa Tangguh Bencana 2024 di Jakarta, Rabu "
                   "(1/5/2024). “Kami bangga,” kata Kepala BNPB Suharyanto di Gedung BNPB, Selasa, "
                   "30 April 2024.", published="2024-05-02")
    assert [(r["event_date"], r["venue"]) for r in recs] == [("2024-05-01", "Jakarta")]


def test_the_day_of_a_written_statement_is_not_the_handover_s(extract):
    recs = extract("Kabupaten Sleman meraih penghargaan Program Imunisasi Terbaik dari Kementerian "
                   "Kesehatan. “Kami berkomitmen meraih penghargaan Program Imunisasi Terbaik ini,” "
                   "kata Bupati Sleman dalam siaran pers, Rabu (6/12/2023).",
                   title="Sleman Raih Penghargaan Imunisasi", published="2023-12-07")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [("Kabupaten Sleman", None)]


def test_a_span_of_days_gives_way_to_the_single_day_of_the_win(extract):
    # the judging ran over six days; the win sentence names its own day
    text = ("Penilaian lomba HKG PKK di Kabupaten Wajo berlangsung 3-8 Mei 2022. Pada lomba "
            "cerdas cermat kader di Aula Kantor Camat Tempe, Kamis (5/5/2022), Desa Lowa meraih "
            "juara 1.")
    recs = extract(text, published="2022-05-10")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [("Desa Lowa", "2022-05-05")]
    # a span alone still dates the round by its closing day
    recs = extract("Lomba HKG PKK tingkat Kalbar berlangsung 14-16 Juni 2022 di Kantor Camat "
                   "Sungai Raya. TP PKK Kabupaten Sambas meraih juara umum.",
                   published="2022-06-18")
    assert [r["event_date"] for r in recs] == ["2022-06-16"]


def test_a_span_across_two_months_gives_way_to_the_day_of_the_win(extract):
    # the span's days are written with their months ("28 Februari - 2 Maret")
    text = ("Jumat (1/3/2019), Kabupaten Kudus meraih penghargaan Kabupaten Layak Anak di Hotel "
            "Tentrem, Semarang. Rangkaian kegiatan berlangsung 28 Februari - 2 Maret 2019.")
    assert [r["event_date"] for r in extract(text, published="2019-03-04")] == ["2019-03-01"]
    # alone, such a span still dates the round by its closing day
    assert [r["event_date"] for r in extract(text.split(", ", 1)[1], published="2019-03-04")
            ] == ["2019-03-02"]


def test_a_head_of_region_s_residence_ends_at_the_region_not_the_holder_s_name():
    assert find_venue("Piagam diserahkan di Rumah Dinas Wali Kota Blitar Santoso Hadi, Senin "
                      "(3/1/2022).")[0] == "Rumah Dinas Wali Kota Blitar"
    assert find_venue("Trofi diberikan di Pendopo Bupati Lumajang Thoriqul Haq pada "
                      "Senin.")[0] == "Pendopo Bupati Lumajang"
    # an address after the region is the venue's own
    assert find_venue("Trofi diberikan di Rumah Jabatan Gubernur Sulawesi Selatan, Jalan Sunset, "
                      "Makassar pada Senin.")[0] == (
        "Rumah Jabatan Gubernur Sulawesi Selatan, Jalan Sunset, Makassar")


@pytest.mark.parametrize("text", [
    "Bupati Sigi meraih penghargaan bupati berkinerja terbaik di Kawasan Timur Indonesia.",
    "Penghargaan diberikan atas pengelolaan lingkungan tambang yang berada di Blok Lasolo.",
])
def test_the_area_a_best_is_of_and_where_a_thing_lies_are_no_venue(text):
    assert find_venue(text) is None


def test_a_building_after_a_best_is_where_it_was_handed_over():
    assert find_venue("Kota Jambi meraih penghargaan kota terbaik di Hotel Aston Jambi, Kamis "
                      "(18/8/2022).")[0] == "Hotel Aston Jambi"


@pytest.mark.parametrize("text", [
    "Piagam diserahkan kepada Kabiro Organisasi di Hotel Le Meridien Jakarta.(adpim/klik)",
    "Piagam diserahkan kepada Kabiro Organisasi di Hotel Le Meridien Jakarta (Foto: Humas)",
])
def test_a_photo_s_credit_is_no_part_of_the_venue(text):
    assert find_venue(text)[0] == "Hotel Le Meridien Jakarta"


def test_a_day_observed_is_no_venue():
    assert find_venue("Mendikbud menyerahkan Anugerah Kihajar bertepatan di Hari Guru Nasional, "
                      "Minggu (25/11/2018).") is None


@pytest.mark.parametrize("text, venue", [
    ("Anugerah Pesona Indonesia yang dipusatkan di Kota Banda Aceh telah berakhir Jumat malam.",
     "Kota Banda Aceh"),
    ("Piagam diserahkan Gubernur di dermaga PPI Sangatta, Kabupaten Kutai Timur, Jumat.",
     "dermaga PPI Sangatta, Kabupaten Kutai Timur"),
    # where counted winners come from
    ("Dua kelompok tani di Sragen meraih juara I lomba kelompok tani berprestasi.", None),
    # a loose time after the place
    ("Trofi itu ia terima di Menara Kompas beberapa hari lalu.", "Menara Kompas"),
    ("Trofi itu ia terima di Hotel Sultan dua pekan lalu.", "Hotel Sultan"),
])
def test_venues_of_harbours_and_ends_of_a_venue(text, venue):
    found = find_venue(text)
    assert (found[0] if found else None) == venue


def test_a_span_of_days_whose_dash_a_page_garbled_dates_the_round(extract):
    recs = extract("Dinas Kominfo menggelar Festival Seni Tutur Rakyat di Hotel Aston Palangkaraya "
                   "dari tanggal 18 ? 19 Juli 2019. Kabupaten Katingan meraih juara I.",
                   published="2019-07-22")
    assert [(r["awardee"], r["event_date"]) for r in recs] == [("Kabupaten Katingan", "2019-07-19")]


def test_a_date_with_a_dash_before_its_year_and_a_contest_s_region_after_di(extract):
    text = ("Bupati Lombok Utara meraih penghargaan Upakarya Wanua Nugraha dari Kemendagri di "
            "Jakarta pada Selasa (15/8-2023). Desa Senaru juga meraih Juara II Lomba Desa Tingkat "
            "Nasional di Regional IV (Nusa Tenggara, Maluku, dan Papua).")
    recs = extract(text, published="2023-08-17")
    assert [(r["awardee"], r["event_date"], r["venue"]) for r in recs] == [
        ("Kabupaten Lombok Utara", "2023-08-15", "Jakarta"),
        ("Desa Senaru", "2023-08-15", "Jakarta")]


def test_an_award_won_at_is_no_venue():
    assert find_venue("PT Pupuk Kujang meraih penghargaan di Subroto Awards 2024 yang digelar "
                      "Kementerian ESDM.") is None


def test_where_an_office_sits_before_its_holder_s_degrees_is_no_venue():
    assert find_venue("Piagam diterima Kepala Perwakilan Sulawesi Tengah di Jakarta Andi Rahman "
                      "Saleh, S.STP., M.Si. kemarin.") is None
    assert find_venue("Piagam diterima di Jakarta, Selasa.")[0] == "Jakarta"


@pytest.mark.parametrize("text, day", [
    ("Malam penganugerahan berlangsung di Hotel Santika, Rabu 8-10 Oktober 2025.", "2025-10-08"),
    ("Malam penganugerahan berlangsung di Hotel Santika, Kamis, 1 - 3 April 2021.", "2021-04-01"),
    # a weekday that is not the first day's, or none: the span's last day
    ("Malam penganugerahan berlangsung di Hotel Santika, Senin 8-10 Oktober 2025.", "2025-10-10"),
    ("Rakornas berlangsung di Jakarta pada 30-31 Maret 2021.", "2021-03-31"),
])
def test_a_span_whose_weekday_names_its_first_day(text, day):
    assert find_date(text)[0] == day


def test_the_day_results_of_an_evaluation_are_handed_over_dates_the_ceremony():
    assert find_date("Penghargaan diserahkan dalam Penyerahan Hasil Penilaian Kepatuhan di Hotel "
                     "Bidakara, Jakarta pada Selasa, 6 Desember 2022.")[0] == "2022-12-06"
    # the day of the evaluation itself is an earlier stage's
    assert find_date("Tim juri melakukan penilaian lapangan ke Desa Sukamaju pada Selasa, 6 "
                     "Desember 2022.") is None


def test_the_day_a_release_reached_an_outlet_dates_no_ceremony():
    assert find_date("ujar Bupati Purworejo melalui rilis yang diterima Wartajateng.com, pada "
                     "Minggu (30/05/2021).") is None


def test_a_category_named_press_release_is_no_source_and_a_popularity_category_no_venue():
    assert find_date("Pemprov Jawa Tengah meraih juara I kategori Siaran Pers pada Anugerah Media "
                     "Humas di Hotel Borobudur, Jakarta, Rabu (12/11/2025).")[0] == "2025-11-12"
    assert find_venue("Pemkab Maros menerima penghargaan PRIA 2022 kategori Terpopuler di Media "
                      "Cetak, Jumat (25/3) malam.") is None


def test_a_day_and_month_naming_a_field_or_a_street_are_no_date():
    text = ("Penghargaan diserahkan di Lapangan 19 November, Kabupaten Kolaka, Minggu "
            "(27/4/2025).")
    assert find_date(text, date(2025, 4, 28))[0] == "2025-04-27"
    assert find_venue(text)[0] == "Lapangan 19 November, Kabupaten Kolaka"
    assert find_venue("Piala diserahkan di Gedung Juang, Jalan 17 Agustus Manado, Senin "
                      "(3/6/2024).")[0] == "Gedung Juang, Jalan 17 Agustus Manado"
    text = "Penghargaan diserahkan di GOR 27 September Unmul, Samarinda, Selasa (9/1/2024)."
    assert find_date(text, date(2024, 1, 10))[0] == "2024-01-09"
    assert find_venue(text)[0] == "GOR 27 September Unmul, Samarinda"


@pytest.mark.parametrize("hour", ["sekira pukul 08.30 WIB", "sekitar pukul 09.00", "pukul 10.00"])
def test_the_hour_after_the_venue_is_no_part_of_it(hour):
    text = f"Piala diserahkan Jumat (20/12/2019) di Trans Luxury Hotel, Bandung {hour}."
    assert find_venue(text)[0] == "Trans Luxury Hotel, Bandung"


@pytest.mark.parametrize("occasion", ["HUT ke-275 Langkat", "HUT ke-78 RI",
                                      "peringatan Hari Otonomi Daerah"])
def test_an_occasion_after_di_is_no_venue(occasion):
    assert find_venue(f"Penghargaan itu diserahkan di {occasion}, Sabtu (14/1/2023).") is None


def test_a_region_right_after_who_handed_it_over_is_the_venue():
    assert find_venue("Penghargaan itu diserahkan Mendagri Tjahjo Kumolo di Kabupaten Banggai, "
                      "Sulawesi Tengah, Rabu (13/12/2017).")[0] == (
        "Kabupaten Banggai, Sulawesi Tengah")
    assert find_venue("Tiga kepala daerah mendapatkan Satyalancana Wira Karya pada perayaan puncak "
                      "Hari Nusantara (Harnus) di Kabupaten Kepulauan Sula, Maluku Utara, Rabu "
                      "(13/12/2023).")[0] == "Kabupaten Kepulauan Sula, Maluku Utara"
    # (also after the official it went to, named after a comma)
    assert find_venue("Penghargaan diserahkan Direktur Konservasi Energi Rina Astuti kepada "
                      "Gubernur Kalteng, Sugianto Sabran, di Desa Tumbang Samba, Kabupaten "
                      "Katingan, Senin (29/11).")[0] == "Desa Tumbang Samba, Kabupaten Katingan"
    # (or after the launch of the year's programme)
    assert find_venue("Predikat itu disematkan KPK saat peluncuran Desa Antikorupsi 2023 di Desa "
                      "Kumbang, Kecamatan Sepaku, Kabupaten Penajam Paser Utara, Selasa (28/11)."
                      )[0] == "Desa Kumbang, Kecamatan Sepaku, Kabupaten Penajam Paser Utara"
    # (where a receiver lies is none)
    assert find_venue("Penghargaan diserahkan kepada Desa Sukamaju di Kabupaten Banggai, Rabu "
                      "(13/12/2017).") is None


def test_a_venue_word_and_what_it_is_for_before_the_name_is_a_venue(extract):
    recs = extract("Pemkab Dairi memperoleh penghargaan daerah berkinerja baik. Gubernur Sumatera "
                   "Utara Edy Rahmayadi menyerahkan penghargaan itu kepada Bupati Dairi Eddy Berutu "
                   "di lapangan upacara Kantor Gubernur Sumatera Utara, di Medan, Senin (29/4).",
                   published="2019-04-29")
    assert [r["venue"] for r in recs] == ["lapangan upacara Kantor Gubernur Sumatera Utara"]


def test_a_span_s_first_day_before_s_d_is_no_single_day(extract):
    recs = extract("BPBD KABUPATEN TEMANGGUNG RAIH JUARA 3 NASIONAL\n\nJumat (1/3/2019), BPBD Kabupaten "
                   "Temanggung meraih Juara 3 BPBD Terbaik Wilayah 2 tingkat kabupaten/kota. "
                   "Penghargaan itu diperoleh pada Malam Penganugerahan BPBD dalam rangkaian Rakernas "
                   "BNPB di Sentul International Convention Center pada tanggal 28 Februari s.d. 1 "
                   "Maret 2019.", published="2019-03-02")
    assert [r["event_date"] for r in recs] == ["2019-03-01"]


@pytest.mark.parametrize("venue", ["Lapangan Kantor Bupati Kolaka Utara, Lasusua",
                                   "Aula Kantor Gubernur Papua Barat Daya, Kota Sorong"])
def test_a_head_s_office_whose_region_closes_at_a_comma_keeps_its_whole_region(extract, venue):
    recs = extract("Nurhaeni meraih juara I Lomba Guru Penggerak Tingkat Kabupaten. Penghargaan "
                   f"diserahkan Bupati Andi Rahman di {venue}, Sabtu (25/11/2023).",
                   published="2023-11-26")
    assert [r["venue"] for r in recs] == [venue]


def test_a_date_whose_weekday_denies_it_is_the_page_s_own_month_day_when_that_fits(extract):
    recs = extract("Kabupaten Tuban meraih penghargaan Evaluasi Penyelenggaraan Pemerintahan Daerah "
                   "dari Kemendagri. Mendagri Tito Karnavian menyerahkan langsung penghargaan itu "
                   "kepada Bupati Tuban di Anjungan Pantai Losari, Makasar, Sabtu (29/3/2022), "
                   "bersamaan dengan upacara Hari Otonomi Daerah.", published="2023-04-30")
    assert [r["event_date"] for r in recs] == ["2023-04-29"]


def test_a_named_place_opening_the_sentence_as_witness_or_setting_is_the_venue(extract):
    recs = extract("Pendopo Agung Kabupaten Trenggalek menjadi tempat penyerahan penghargaan Kabupaten "
                   "Layak Anak kategori Madya kepada Pemkab Trenggalek, Senin (22/7/2019). "
                   "Penghargaan diserahkan Gubernur Jawa Timur Khofifah Indar Parawansa.",
                   published="2019-07-23")
    assert [(r["venue"], r["event_date"]) for r in recs] == [
        ("Pendopo Agung Kabupaten Trenggalek", "2019-07-22")]


def test_a_room_in_lower_case_and_its_floor_open_the_venue(extract):
    text = ("BPK Perwakilan Provinsi Jambi menyerahkan LHP atas LKPD Tahun 2024 kepada enam pemda. "
            "Penyerahan dilakukan di auditorium lantai 2, Kantor BPK RI Perwakilan Provinsi Jambi, "
            "Telanaipura, Kota Jambi pada Senin (26/5/2025).\nPada kesempatan itu Kota Sungai Penuh "
            "dan Kabupaten Kerinci meraih opini WTP.")
    assert {r["venue"] for r in extract(text, published="2025-05-27")} == {
        "auditorium lantai 2, Kantor BPK RI Perwakilan Provinsi Jambi, Telanaipura, Kota Jambi"}


def test_a_full_date_with_yang_lalu_dates_the_handover(extract):
    text = ("Bank Kalsel menerima penghargaan Indonesia Best Bank 2022 dari Majalah Warta Ekonomi. "
            "Penghargaan itu diserahkan di Hotel Mulia Jakarta pada 24 Agustus 2022 yang lalu.")
    [rec] = extract(text, published="2022-09-03")
    assert (rec["event_date"], rec["venue"]) == ("2022-08-24", "Hotel Mulia Jakarta")


def test_the_day_of_a_press_briefing_dates_no_handover(extract):
    text = ("Kabupaten Sleman meraih penghargaan Top Pelayanan Publik 2018 dari Kementerian PANRB. "
            "\"Ini bahan evaluasi kami,\" ujar Bupati Sleman saat jumpa pers akhir tahun, Jumat, "
            "(21/12/2018).")
    [rec] = extract(text, published="2018-12-22")
    assert rec["event_date"] is None


def test_a_hall_the_guests_filled_is_the_venue(extract):
    text = ("Bawaslu Kabupaten Garut meraih peringkat ketiga Piala Humas Jabar 2019. Penghargaan "
            "diserahkan Gubernur Jabar Ridwan Kamil, disaksikan ratusan tamu undangan yang memenuhi "
            "Ballroom Hotel Papandayan Kota Bandung, Jumat (9/8/2019).")
    [rec] = extract(text, published="2019-08-10")
    assert rec["venue"] == "Ballroom Hotel Papandayan Kota Bandung"


def test_a_place_in_the_time_clause_of_a_handover_before_a_speech_verb_is_the_venue(extract):
    text = ("Sekda Jambi Sudirman, usai menyerahkan Paritrana Award Provinsi Jambi di Aula Rumah "
            "Dinas Gubernur, Senin (4/8/2025), mengatakan jaminan sosial melindungi pekerja rentan. "
            "Juara I kategori kabupaten diraih Kabupaten Bungo.")
    [rec] = extract(text, published="2025-08-05")
    assert (rec["venue"], rec["presenter"]) == ("Aula Rumah Dinas Gubernur", "Sudirman")
    # (but where an official spoke after a day is no venue)
    text = ("Kabupaten Bungo meraih juara I Paritrana Award Provinsi Jambi. Kepala Disnaker Bungo "
            "Ahmad Fauzi di Muara Bungo, Selasa, mengatakan penghargaan itu milik semua pekerja.")
    [rec] = extract(text, published="2025-08-06")
    assert rec["venue"] is None


def test_a_copula_ends_the_venue(extract):
    text = ("Salah satu acara Musrenbang Provinsi Bengkulu yang digelar Selasa (19/4/2022) di Balai "
            "Raya Semarak Bengkulu adalah pemberian penghargaan kepada kabupaten terbaik PPD "
            "Bengkulu 2022. Terbaik pertama diraih Kabupaten Mukomuko.")
    [rec] = extract(text, published="2022-04-20")
    assert rec["venue"] == "Balai Raya Semarak Bengkulu"


@pytest.mark.parametrize("when", ["mulai 9-11 Agustus 2018", ", 9-11 Agustus 2018"])
def test_a_span_of_days_after_the_venue_ends_it(extract, when):
    text = ("Kabupaten Merangin meraih juara I Pekan Kreativitas Daerah tingkat Provinsi Jambi "
            f"yang berlangsung di Kota Sungai Penuh {when}.".replace(" ,", ","))
    [rec] = extract(text, published="2018-08-12")
    assert rec["venue"] == "Kota Sungai Penuh"


def test_an_official_s_title_after_a_comma_ends_the_venue(extract):
    text = ("Pada apel gabungan Senin (22/9/2025) di Sikka, Bupati Sikka, Yohanes Parera, "
            "menyerahkan penghargaan kepada Komunitas Adat Kampung Nita.")
    [rec] = extract(text, published="2025-09-23")
    assert (rec["venue"], rec["presenter"]) == ("Sikka", "Yohanes Parera")


def test_where_a_statement_reached_the_newsroom_is_no_venue(extract):
    text = ("Pemerintah Kota Banjar meraih penghargaan kinerja pemerintahan terbaik. Dalam "
            "keterangan yang diterima ANTARA di Kota Banjar, Sabtu, penghargaan itu diterima Wali "
            "Kota Banjar pada puncak Hari Otonomi Daerah di Kota Makassar, Sabtu (29/4).")
    [rec] = extract(text, published="2023-04-29")
    assert rec["venue"] == "Kota Makassar"


def test_a_crowning_held_at_an_event_dates_and_places_the_win(extract):
    text = ("KPK menetapkan tiga desa di Jawa Tengah sebagai desa antikorupsi. Penobatan itu "
            "dilakukan dalam peringatan Hakordia tingkat Provinsi Jawa Tengah di Gedung Gradhika "
            "Bhakti Praja Semarang, Jumat (8/12). Desa yang menerima penghargaan adalah Desa "
            "Banyuurip, Kabupaten Purworejo.")
    [rec] = extract(text, published="2023-12-09")
    assert (rec["event_date"], rec["venue"]) == (
        "2023-12-08", "Gedung Gradhika Bhakti Praja Semarang")


def test_a_closing_dates_and_places_the_results_read_out_at_it(extract):
    text = ("Festival Seni Pelajar se-Papua Tengah resmi ditutup pada Jumat (5/9/2025) sore di "
            "Lapangan Gizi Nabire. Menurut SK yang dibacakan panitia, Kabupaten Dogiyai meraih "
            "juara satu.")
    [rec] = extract(text, published="2025-09-06")
    assert (rec["event_date"], rec["venue"]) == ("2025-09-05", "Lapangan Gizi Nabire")


def test_the_day_a_story_was_quoted_from_dates_no_handover(extract):
    text = ("Kota Kediri meraih juara 1 STBM Award 2023 tingkat nasional, seperti dinukil pada Senin "
            "(12/6/2023) dari laman resmi Kemenkes.")
    [rec] = extract(text, published="2023-06-16")
    assert rec["event_date"] is None


def test_an_island_alone_is_no_venue():
    assert find_venue("Kabupaten Tebo meraih penghargaan kabupaten terbaik penerapan PPKM mikro "
                      "di Pulau Sumatra, Kamis (1/7/2021).") is None


@pytest.mark.parametrize("stage", ["tahap penjurian", "wawancara finalis", "presentasi peserta"])
def test_a_stage_of_the_judging_held_online_is_no_online_ceremony(stage):
    assert find_venue(f"Karena pandemi, {stage} tahun ini diselenggarakan secara virtual.") is None


@pytest.mark.parametrize("mode", ["secara hybrid", "secara daring dan luring"])
def test_a_hybrid_ceremony_s_building_is_its_venue(mode):
    found = find_venue(f"Penyerahan penghargaan dilaksanakan {mode} dari Istana Negara, Jakarta.")
    assert found is not None and found[0] == "Istana Negara, Jakarta"


def test_where_a_statement_was_received_is_no_venue():
    assert find_venue("Terbaik I diraih Kabupaten Bungo dan terbaik II diraih Kota Jambi, "
                      "demikian keterangan yang diterima di Jambi, Jumat.") is None


@pytest.mark.parametrize("adverb", ["juga", "pun"])
def test_a_venue_ends_before_an_adverb(adverb):
    found = find_venue(f"Upacara Hari Jadi Kota Binjai yang berlangsung di Lapangan Merdeka Binjai "
                       f"{adverb} dirangkaikan dengan pengumuman Kecamatan Terbaik, Senin (17/6).")
    assert found is not None and found[0] == "Lapangan Merdeka Binjai"


def test_a_venue_ends_before_the_trophy_a_clause_after_it_hands_over():
    found = find_venue("Setiba di Alun-alun, Piala Adipura diserahkan kepada Camat Ngawi Agus Salim.")
    assert found is not None and found[0] == "Alun-alun"


def test_a_place_named_by_its_name_ends_where_the_clause_goes_on():
    assert find_venue("Kepala dinas menyebutkan bahwa di Sulteng hanya dua daerah yang "
                      "mendapatkan penghargaan tersebut.") is None
    found = find_venue("Penghargaan diserahkan di Jatinangor kabupaten Sumedang, Selasa (5/3/2024).")
    assert found is not None and found[0] == "Jatinangor kabupaten Sumedang"


def test_a_place_ends_where_a_list_of_winners_begins(extract):
    text = ("Penerima Adipura 2023 di Sulawesi Tenggara yakni Kota Kendari dan Kota Baubau, kata "
            "Kepala DLH, Rabu (6/3/2024).")
    assert [r["venue"] for r in extract(text, published="2024-03-07")] == [None, None]


def test_a_ceremony_dilangsungkan_somewhere_dates_and_places_the_win(extract):
    text = ("Anugerah Desa Wisata Indonesia 2024 dilangsungkan di Balai Sarbini, Jakarta pada Minggu "
            "(10/11/2024). Desa Wisata Les meraih juara 1 kategori desa wisata terbaik.")
    [rec] = extract(text, published="2024-11-11")
    assert (rec["event_date"], rec["venue"]) == ("2024-11-10", "Balai Sarbini, Jakarta")


def test_a_village_after_the_day_a_ceremony_was_held_is_its_venue(extract):
    text = ("Desa Panggungharjo meraih predikat Desa Antikorupsi dari KPK. Peluncuran Desa "
            "Antikorupsi digelar KPK pada Rabu (30/11/2022) di Desa Panggungharjo, Kabupaten Bantul.")
    [rec] = extract(text, published="2022-12-01")
    assert (rec["event_date"], rec["venue"]) == (
        "2022-11-30", "Desa Panggungharjo, Kabupaten Bantul")


def test_an_award_s_name_after_di_is_the_event_not_the_venue(extract):
    text = ("Provinsi Lampung meraih dua penghargaan. Gubernur Lampung saat menerima penghargaan "
            "di Anugerah Bakti Koperasi 2024, Jumat (12/7/2024).")
    recs = extract(text, published="2024-07-13")
    assert [(r["awardee"], r.get("venue")) for r in recs] == [("Provinsi Lampung", None)]


def test_a_sports_hall_is_a_venue_word(extract):
    text = ("Kepala Bapanas memberikan Bapanas Award 2024 kepada Pemprov Jambi di Jakarta, Senin "
            "(21/10/2024). Penganugerahan itu dipusatkan di Istora Senayan, Jakarta.")
    assert [r.get("venue") for r in extract(text, published="2024-10-22")] == [
        "Istora Senayan, Jakarta"]


def test_a_virtual_meeting_is_held_online(extract):
    text = ("Pemprov Jambi meraih peringkat 2 TOP GPR Award 2021 pada pengumuman pemenang via "
            "Virtual Meeting, Kamis (11/11/2021).")
    assert [r.get("venue") for r in extract(text, published="2021-11-12")] == ["daring"]


def test_a_place_after_the_day_a_ceremony_took_place_is_its_venue(extract):
    text = ("Penghargaan Satyalancana diterima Wali Kota Tarakan pada puncak Hari Otonomi Daerah "
            "yang berlangsung Senin (25/4/2016) lalu di Kabupaten Kulon Progo, Yogyakarta.")
    assert [r.get("venue") for r in extract(text, published="2016-04-27")] == [
        "Kabupaten Kulon Progo, Yogyakarta"]


def test_a_building_a_sentence_opens_with_is_the_venue(extract):
    text = ("Kota Salatiga menempati peringkat I Penilaian Kepatuhan Pelayanan Publik 2023. Di "
            "Hotel Grand Sahid Jaya Jakarta, Selasa (12/12/2023), piagam itu diserahkan Anggota "
            "Ombudsman RI Robert Na Endi Jaweng kepada Wali Kota Salatiga Yuliyanto.")
    [rec] = extract(text, published="2023-12-13")
    assert (rec["venue"], rec["event_date"]) == ("Hotel Grand Sahid Jaya Jakarta", "2023-12-12")
    # (a province a sentence opens with is the round's, no venue)
    text = ("Di Jawa Tengah, peringkat I Penilaian Kepatuhan Pelayanan Publik 2023 diraih Kota "
            "Salatiga.")
    assert extract(text, published="2023-12-13")[0].get("venue") is None


def test_where_the_one_reporting_a_handover_spoke_is_no_venue(extract):
    text = ("Kementerian Kesehatan memberikan penghargaan imunisasi terbaik kepada Pemerintah "
            "Kabupaten Kebumen. Menurut Hery di Kebumen, Senin, Menteri Kesehatan menyerahkan "
            "penghargaan itu kepada Bupati Kebumen dalam acara Pekan Imunisasi Dunia di "
            "Pandeglang, Banten, Sabtu (28/4/2018).")
    [rec] = extract(text, published="2018-04-30")
    assert (rec["awardee"], rec["venue"]) == ("Kabupaten Kebumen", "Pandeglang, Banten")


def test_a_quote_telling_the_giver_and_the_place_gives_the_venue(extract):
    text = ("Pada Anugerah Keterbukaan Informasi Publik 2024, Pemprov Maluku Utara meraih "
            "kualifikasi Informatif.\n\"Penghargaannya diserahkan oleh Komisioner Komisi "
            "Informasi Pusat Rospita Vici Paulyn, bertempat di Jakarta Pusat,\" tutur Kepala "
            "Diskominfo ketika dihubungi dari Sofifi, Rabu.")
    [rec] = extract(text, published="2024-12-19")
    assert (rec["venue"], rec["presenter"]) == ("Jakarta Pusat", "Rospita Vici Paulyn")


@pytest.mark.parametrize("written", ["Selasa (5/72022)", "Selasa (5/7 2022)"])
def test_a_bracketed_date_whose_year_lost_its_slash_is_read(extract, written):
    text = f"Desa Babakan meraih juara 1 Lomba Pos Kamling 2022 di Mapolres Lumajang, {written}."
    [rec] = extract(text, published="2022-07-06")
    assert rec["event_date"] == "2022-07-05"
    # (the evidence quotes the page as written)
    assert written in rec["evidence"][0]["text"]


def test_others_taking_part_online_leave_the_ceremony_at_its_place():
    text = ("Penghargaan diserahkan Menteri di Gedung Bidakara, Jakarta, kepada 40 daerah yang "
            "hadir, sedangkan daerah lainnya mengikuti secara daring.")
    assert find_venue(text)[0] == "Gedung Bidakara, Jakarta"
    assert find_venue("Penghargaan diserahkan Menteri secara daring kepada 40 daerah.")[0] == (
        "daring")


@pytest.mark.parametrize("island", ["Sumatera", "Kalimantan", "Sulawesi"])
def test_an_island_a_winner_is_the_only_one_in_is_no_venue(extract, island):
    text = (f"Predikat ProKlim Lestari 2022 diterima Desa Sukamaju sebagai satu-satunya di {island}. "
            "Menteri Siti Nurbaya menyerahkannya pada Jumat, 4 November 2022.")
    [rec] = extract(text, published="2022-10-30")
    assert rec["venue"] is None


def test_a_venue_head_and_a_building_in_lower_case_before_its_name_is_a_venue():
    text = ("Gubernur menyerahkan piagam KLA kepada Kabupaten Bungo, bertempat di auditorium "
            "rumah dinas Gubernur Jambi, Selasa (22/8/2023).")
    assert find_venue(text)[0] == "auditorium rumah dinas Gubernur Jambi"


def test_a_place_that_was_the_ceremony_s_after_the_opening_time_is_the_venue():
    text = ("Kota Batu – Senin malam 26 Agustus 2019, Gedung Graha Pancasila Balai Kota Among "
            "Tani menjadi tempat penyerahan penghargaan lomba kelurahan.")
    assert find_venue(text)[0] == "Gedung Graha Pancasila Balai Kota Among Tani"


def test_a_venue_opened_by_a_capitalised_di_after_a_comma_is_found():
    text = ("Penghargaan itu diserahkan dalam acara Anugerah KLA 2023, Di Gedung Graha Padma "
            "Semarang, Sabtu (22/7/2023).")
    assert find_venue(text)[0] == "Gedung Graha Padma Semarang"


@pytest.mark.parametrize("area", ["kawasan perbatasan dengan Malaysia", "wilayah pesisir selatan"])
def test_an_area_named_by_a_common_noun_after_di_is_no_venue(area):
    text = (f"Bupati Nunukan meraih Anugerah Kebudayaan berkat pelestarian tradisi di {area}.")
    assert find_venue(text) is None
