"""Sentence splitting and page noise."""
import pytest

from extractors.text import is_noise, split_sentences
from extractors.tidy import tidy

PAGE = """Beranda / Berita / Pemerintahan

Rabu, 6 Agustus 2025 | 09:14 WITA

Bagikan

3f9c1b72 0ad4 4e6b 8c51 9e27d4a0b6f3

SAMARINDA – Kota Bontang keluar sebagai Juara I. Trofi diterima Wali Kota Bontang.
Penghargaan diserahkan Gubernur Dr. H. Rudy Mas'ud, S.E., di Balikpapan.

Baca Juga: Pemkot Bontang Gelar Pasar Murah

Penulis: Ani | Editor: Budi
Catatan Redaksi: Judul berita diperbarui pukul 10.15 WITA.
(hms)Pemerintahan"""


def test_offsets_point_into_the_text():
    for s in split_sentences(PAGE):
        assert PAGE[s.start:s.end] == s.text


def test_rank_numeral_ends_a_sentence_but_honorifics_do_not():
    texts = [s.text for s in split_sentences(PAGE) if not s.noise]
    assert "SAMARINDA – Kota Bontang keluar sebagai Juara I." in texts
    assert "Trofi diterima Wali Kota Bontang." in texts
    assert "Penghargaan diserahkan Gubernur Dr. H. Rudy Mas'ud, S.E., di Balikpapan." in texts
    # a Lombok cleric's title, "Tuan Guru Haji", shortened before a name
    texts = [s.text for s in split_sentences(
        "Bupati Lombok Timur Dr. TGH. Abdul Hakim menyerahkan trofi. Acara usai.")]
    assert texts == ["Bupati Lombok Timur Dr. TGH. Abdul Hakim menyerahkan trofi.", "Acara usai."]


def test_a_degree_before_a_new_sentence_ends_the_sentence():
    text = ("Trofi diterima Wakil Bupati H. Riduwan, S.Sos. Pada kategori yang sama, juara II "
            "diraih Kabupaten Mappi. Oleh Dr. H. Ali, S.E. M.Si. yang hadir.")
    assert [s.text for s in split_sentences(text)] == [
        "Trofi diterima Wakil Bupati H. Riduwan, S.Sos.",
        "Pada kategori yang sama, juara II diraih Kabupaten Mappi.",
        "Oleh Dr. H. Ali, S.E. M.Si. yang hadir."]


def test_the_next_number_of_a_list_inside_a_sentence_ends_no_sentence():
    text = ("Dua di antaranya: 1. Kabupaten Poso (Padapa) 2. Kota Palu (Wiwerda). Nilainya "
            "naik 2. Tahun depan lebih baik.")
    assert [s.text for s in split_sentences(text)] == [
        "Dua di antaranya: 1. Kabupaten Poso (Padapa) 2. Kota Palu (Wiwerda).",
        "Nilainya naik 2.", "Tahun depan lebih baik."]


def test_widgets_credits_hashes_and_notes_are_noise():
    noise = {s.text for s in split_sentences(PAGE) if s.noise}
    assert {"Beranda / Berita / Pemerintahan", "Bagikan", "3f9c1b72 0ad4 4e6b 8c51 9e27d4a0b6f3",
            "Baca Juga: Pemkot Bontang Gelar Pasar Murah", "Penulis: Ani | Editor: Budi",
            "Rabu, 6 Agustus 2025 | 09:14 WITA"} <= noise
    assert any(t.startswith("Catatan Redaksi") for t in noise)


def test_category_word_glued_to_the_last_line_is_cut_off():
    last = split_sentences(PAGE)[-1]
    assert last.text == "(hms)" and last.noise


def test_a_sentence_with_facts_is_never_noise():
    assert not is_noise("Penghargaan diserahkan oleh Gubernur Jawa Timur di Grahadi.")
    assert not is_noise("Selasa (5/8/2025), Wali Kota Bontang menerima trofi Juara I.")


def test_an_editor_s_initials_are_noise_a_place_listed_alone_is_not():
    assert all(is_noise(line) for line in ("(ant/zul)", "hms", "(HMS)", "ANT/ZUL"))
    assert not any(is_noise(line) for line in ("- Sidoarjo", "Lamongan", "• Pinrang"))


def test_acting_prefixes_ranks_and_list_numbers_do_not_end_a_sentence():
    text = ("Trofi diserahkan Plt. Sekretaris Daerah Provinsi Jambi, H. Sudirman, di Jambi.\n"
            "Penghargaan diserahkan Pj Gubernur Komjen Pol. (Purn) Drs. Ahmad Yani.\n"
            "Piala diterima Kapolres Sleman AKBP. Budi Santosa, di Yogyakarta.\n"
            "Piala diserahkan Ir. Budi Rahardjo, M.T., IPU., ASEAN Eng. di Auditorium Manggala.\n"
            "1. Kota Jambi\n"
            "2. Kabupaten Muaro Jambi")
    texts = [s.text for s in split_sentences(text)]
    assert texts == text.split("\n")


def test_a_related_link_run_on_after_a_sentence_is_cut_off():
    text = ("Kabupaten Lebak ditetapkan sebagai penerima APE tahun ini.**Baca Juga: Bupati "
            "Tinjau Jalan Rusak di Cibeber\nPenghargaan diserahkan di Jakarta.")
    said = [s.text for s in split_sentences(text)]
    assert said == ["Kabupaten Lebak ditetapkan sebagai penerima APE tahun ini.",
                    "Penghargaan diserahkan di Jakarta."]


def test_the_story_going_on_in_a_line_after_a_related_link_is_read_without_the_link():
    text = ("Kota Solok meraih penghargaan koperasi terbaik.\n"
            "BACA JUGA: Lima Ponsel Murah Paling Laris Tahun Ini, Mana Pilihanmu? Adapun koperasi "
            "lain yang juga menerima penghargaan yakni KSP Maju Bersama dan KSU Tani Makmur. "
            "BACA JUGA: Harga Cabai Turun")
    sentences = split_sentences(text)
    assert [(s.text, s.noise) for s in sentences] == [
        ("Kota Solok meraih penghargaan koperasi terbaik.", False),
        ("Adapun koperasi lain yang juga menerima penghargaan yakni KSP Maju Bersama dan KSU "
         "Tani Makmur.", False)]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_a_text_wrapped_at_a_fixed_width_is_read_across_its_breaks():
    text = ("SURABAYA - Wakil Gubernur menyerahkan penghargaan kepada Rumah Sakit Umum\n"
            "Nahdlatul Ulama Tuban yang meraih juara ketiga Paritrana Award 2020 pada\n"
            "acara yang digelar secara daring dan diikuti para kepala daerah dari\n"
            "Kabupaten Lamongan dan Kabupaten Gresik.\n"
            "Penghargaan itu diterima direktur rumah sakit.")
    said = [s.text.replace("\n", " ") for s in split_sentences(text)]
    assert len(said) == 2 and "Umum Nahdlatul" in said[0]
    # a page with a headline and paragraphs on their own lines is left as it is
    page = ("Kota Bontang Raih Juara Pertama Paritrana Award Kalimantan Timur\n"
            "SAMARINDA - Kota Bontang meraih juara pertama Paritrana Award 2025.")
    assert len(split_sentences(page)) == 2


def test_the_items_of_a_list_in_a_text_of_short_lines_stay_on_their_lines():
    # (a text of short lines most of which no stop ends is read as one wrapped
    # at a fixed width, its lines joined; a list's items are no wrapped lines)
    items = [f"- Dinas {field} Provinsi Jawa Tengah – {score}" for field, score in (
        ("Pendidikan dan Kebudayaan", "98,10"), ("Pertanian dan Perkebunan", "96,20"),
        ("Perhubungan", "94,40"), ("Koperasi dan UKM", "92,35"), ("Pekerjaan Umum", "91,80"),
        ("Sosial", "90,15"), ("Kesehatan", "89,90"))]
    text = ("Pada KI Award 2024 di Semarang, Kamis (12/12/2024), sejumlah OPD\n"
            "Pemprov Jawa Tengah meraih predikat Informatif dari Komisi Informasi\n"
            "Jawa Tengah. Berikut daftar OPD peraih KI Award 2024 kategori Informatif:\n"
            "DAFTAR OPD PEMPROV JAWA TENGAH – KI AWARD 2024\n" + "\n".join(items))
    lines = tidy(text).text.split("\n")
    assert lines[-len(items):] == items
    assert lines[0].endswith("Komisi Informasi Jawa Tengah. Berikut daftar OPD peraih KI "
                             "Award 2024 kategori Informatif:")


def test_a_run_of_related_headlines_is_not_taken_for_wrapped_text():
    # headlines of other stories, bulleted and with no stop, between paragraphs
    text = ("Kabupaten Wonosobo kembali menerima penghargaan Kabupaten Layak Anak tahun ini.\n"
            "- Pasar Induk Dibuka Lagi Setelah Direnovasi Selama Dua Tahun Penuh\n"
            "- Petani Kentang di Dataran Tinggi Dieng Mengeluhkan Harga Pupuk\n"
            "- Jalan Provinsi Menuju Kawasan Wisata Telaga Menjer Mulai Diperbaiki\n"
            "Penghargaan diserahkan Menteri di Jakarta pada malam harinya.\n"
            "- Sepuluh Sekolah Dasar Ikuti Lomba Gerak Jalan Tingkat Kabupaten Wonosobo\n"
            "- Warga Kertek Bergotong Royong Membersihkan Saluran Irigasi Desa")
    said = [s.text for s in split_sentences(text)]
    assert len(said) == 7
    assert said[4] == "Penghargaan diserahkan Menteri di Jakarta pada malam harinya."


def test_a_run_of_unbulleted_related_headlines_is_not_taken_for_wrapped_text():
    # headlines of other stories under their heading, with no bullet and no stop
    text = ("Kabupaten Kendal kembali meraih opini WTP dari BPK di Semarang, Jumat 13 Mei 2022.\n"
            "Bupati menyampaikan terima kasih kepada seluruh jajaran pemerintah kabupaten.\n"
            "Artikel Terkait\n"
            "Puluhan Guru Honorer Kendal Datangi Gedung Dewan Minta Kejelasan Status\n"
            "Bocah Sembilan Tahun Hanyut di Sungai Bodri Kendal, Tim SAR Terus Mencari\n"
            "Tiga Hari Pencarian, Bocah Kendal yang Terseret Arus Belum Juga Ditemukan\n"
            "Wakil Bupati Kendal Harap Program TMMD Dorong Ekonomi Warga Desa\n"
            "Pemkab Kendal Larang Peredaran Hewan Ternak yang Terjangkit Penyakit Kuku\n"
            "Selama Libur Lebaran Sampah di Kendal Menumpuk Hingga Ribuan Ton")
    said = split_sentences(text)
    assert [s.noise for s in said] == [False, False] + [True] * 7


def test_a_read_more_line_with_a_bare_colon_is_noise():
    assert is_noise("Baca: Kisah Sang Juara Bertahan Kembali Pulang")
    assert not is_noise("Bacaan doa dipimpin Kepala Desa sebelum trofi diserahkan.")


def test_sentences_glued_without_a_space_are_split_but_not_addresses():
    text = ("Lencana perak diterima Kabupaten Pati dan Demak.”Kami bangga sekali,” "
            "katanya.Hingga kini tercatat 300 koperasi, menurut SuaraKita.Com hari ini.")
    assert [s.text for s in split_sentences(text)] == [
        "Lencana perak diterima Kabupaten Pati dan Demak.", "”Kami bangga sekali,” katanya.",
        "Hingga kini tercatat 300 koperasi, menurut SuaraKita.Com hari ini."]


def test_an_image_file_name_left_as_a_line_is_noise():
    for line in ("IMG-20240611-WA0032.jpg", "IMG 20231105 WA0007 3 jpg", "piala-adipura-2024.webp"):
        assert is_noise(line)
    assert not is_noise("Foto piala Adipura dipajang di lobi Kantor Bupati Sragen.")


def test_a_directorate_general_s_short_form_with_its_dot_ends_no_sentence():
    text = "Kota Metro menerima piagam WTP dari Ditjen. Perbendaharaan di Hotel Melati, Jumat."
    assert [s.text for s in split_sentences(text)] == [text]


def test_the_bulleted_links_under_a_related_links_heading_are_noise():
    text = ("Pelatihan UMKM digelar di Jakarta.\nBaca juga:\n- PT Semen Gresik Raih CSR Award 2024\n"
            "- PT Antam Raih Zero Accident\nPelatihan diikuti 100 pelaku UMKM.\n- Peserta dari Bogor")
    assert [s.text for s in split_sentences(text) if not s.noise] == [
        "Pelatihan UMKM digelar di Jakarta.", "Pelatihan diikuti 100 pelaku UMKM.",
        "- Peserta dari Bogor"]


@pytest.mark.parametrize("degrees", ["Dip.Ed, MA", "M.Ec.Dev."])
def test_a_degree_with_inner_full_stops_ends_no_sentence(degrees):
    text = (f"Penghargaan diserahkan Menteri Dr. Rina Wulandari, {degrees} kepada Sekda Gorontalo "
            f"di Hotel Mulia Jakarta, Selasa (12/12/2023).")
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_sentence_glued_to_a_closing_bracket_and_stop_is_its_own():
    text = ("Penghargaan diserahkan pada peringatan Hari Statistik Nasional (HSN).Adapun peraih "
            "peringkat kedua adalah Dinas Kominfo Kota Gorontalo.")
    assert [s.text for s in split_sentences(text)] == [
        "Penghargaan diserahkan pada peringatan Hari Statistik Nasional (HSN).",
        "Adapun peraih peringkat kedua adalah Dinas Kominfo Kota Gorontalo."]


def test_a_byline_with_the_time_it_was_posted_is_noise():
    assert is_noise("Oleh MC Kota Ternate, Senin, 20 November 2023 | 10:15 WIB - Redaktur: Sari Dewi")
    assert not is_noise("Oleh karena itu, Kota Ternate meraih penghargaan MCP 2023.")


def test_degrees_written_without_inner_dots_go_on_to_the_next_degree_or_a_lower_case_word():
    text = ("Piala diserahkan Kepala Dinas Budi Hartono, SH. MH. di Aula Kantor Bupati, Jumat "
            "(20/9/2024). Kata Budi Hartono, SH. Pada kesempatan itu ia berpesan.")
    assert [s.text for s in split_sentences(text)] == [
        "Piala diserahkan Kepala Dinas Budi Hartono, SH. MH. di Aula Kantor Bupati, Jumat "
        "(20/9/2024).", "Kata Budi Hartono, SH.", "Pada kesempatan itu ia berpesan."]


@pytest.mark.parametrize("short", ["Moch.", "Mohd.", "Much."])
def test_a_short_form_of_muhammad_ends_no_sentence(short):
    text = f"Piagam itu diterima Sekda Kota Kendari, {short} Ridwan Saleh di Jakarta, Senin (12/12/2022)."
    assert len(split_sentences(text)) == 1
