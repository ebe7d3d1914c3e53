"""A page's layout does not change its records: blank lines between
paragraphs, credit and share lines between them, bullets before widgets,
how words are spaced."""
import re
import textwrap

import pytest
from winners import awardees

_RELEASE = (
    "JAKARTA - Penghargaan Pembangunan Daerah 2023 untuk wilayah barat diraih Provinsi "
    "Aceh dan Provinsi Riau di Gedung Sasana Bhakti Praja, Kemendagri, Jakarta, Rabu "
    "(10/5/2023).{gap}"
    "Sedangkan wilayah tengah, ada Provinsi Bali dan Provinsi Jawa Tengah.{gap}"
    "Para pemenang dinilai berhasil menyusun rencana pembangunan yang terukur.")


@pytest.mark.parametrize("gap", [
    "\n\n\n", "\nFoto: Dok. Humas Pemprov\n", "\n\n(Rina/Humas)\n\n", "\n  • Bagikan\n"])
def test_records_are_the_same_whatever_lies_between_paragraphs(extract, gap):
    plain = awardees(extract(_RELEASE.format(gap="\n"), published="2023-05-11"))
    laid_out = awardees(extract(_RELEASE.format(gap=gap), published="2023-05-11"))
    assert {"Provinsi Riau", "Provinsi Bali"} <= set(plain)
    assert {name: (r["venue"], r["event_date"]) for name, r in laid_out.items()} == {
        name: (r["venue"], r["event_date"]) for name, r in plain.items()}


def test_names_in_bold_markup_read_as_the_plain_names(extract):
    plain = ("Penghargaan Paritrana Award 2024 tingkat Provinsi Jawa Tengah dibagikan di Gedung "
             "Gradhika, Semarang, Selasa (17/9/2024). Penerimanya antara lain:\n"
             "– Pemerintah Kabupaten Demak\n– Pemerintah Desa Karangrejo, Kabupaten Grobogan\n"
             "– PT Sido Makmur Sejahtera\n\nKota Tegal meraih juara 1 kategori pemerintah "
             "kota, sedangkan PT Rejeki Bersama meraih juara 1 kategori usaha besar.")
    bold = re.sub(r"(– )([^\n]+)", r"\1**\2**", plain).replace(
        "Kota Tegal", "**Kota Tegal**").replace("PT Rejeki Bersama", "**PT Rejeki Bersama**")
    expected = awardees(extract(plain, published="2024-09-18"))
    assert {"Kabupaten Demak", "Desa Karangrejo", "Kota Tegal", "PT Rejeki Bersama"} <= set(
        expected)
    records = extract(bold, published="2024-09-18")
    assert {name: (r["rank"], r["province"], r["venue"]) for name, r in awardees(
        records).items()} == {name: (r["rank"], r["province"], r["venue"])
                              for name, r in expected.items()}
    for record in records:
        for e in record["evidence"]:
            assert bold[e["start"]:e["end"]] == e["text"]


@pytest.mark.parametrize("bullet", ["- ", "– ", "— ", "» ", "▪ ", "● "])
def test_a_list_reads_the_same_whatever_its_bullets(extract, bullet):
    text = ("Paritrana Award 2024 tingkat Provinsi Jawa Barat digelar di Gedung Sate, Kota "
            "Bandung, Jumat (23/8/2024).\n\nPenerima penghargaan meliputi:\n"
            f"{bullet}Pemda Kabupaten Garut\n{bullet}Pemerintah Desa Sukaraja, Kabupaten Garut\n"
            f"{bullet}PT Mitra Tekstil Priangan\n\nGubernur berharap capaian ini terus naik.")
    assert set(awardees(extract(text, published="2024-08-24"))) == {
        "Kabupaten Garut", "Desa Sukaraja", "PT Mitra Tekstil Priangan"}


def test_a_bulleted_share_widget_after_a_list_is_no_winner(extract):
    text = ("Penghargaan Swasti Saba Wistara diterima Kota Madiun, Kota Blitar dan Kota Batu "
            "di Jakarta, Selasa (21/11/2023).\n\n(Arya/Humas)\n\n  • Bagikan\n\nKembali ke atas")
    assert "Bagikan" not in awardees(extract(text, published="2023-11-22"))


@pytest.mark.parametrize("spacing", ["  ", "\xa0", " \xa0 ", "\t"])
def test_records_are_the_same_however_words_are_spaced(extract, spacing):
    plain = _RELEASE.format(gap="\n")
    spaced = plain.replace(", ", "," + spacing).replace(".\n", ". \n")
    records = extract(spaced, published="2023-05-11")
    assert {name: (r["venue"], r["event_date"]) for name, r in awardees(records).items()} == {
        name: (r["venue"], r["event_date"])
        for name, r in awardees(extract(plain, published="2023-05-11")).items()}
    for record in records:
        for e in record["evidence"]:
            assert spaced[e["start"]:e["end"]] == e["text"]


def test_a_headline_after_a_share_widget_still_heads_the_page(extract):
    body = ("Tinggal Selangkah Lagi, Desa Sukamaju Menuju Juara Lomba Desa\n"
            "PELAIHARI - Desa Sukamaju yang menjadi salah satu desa terbaik Lomba Desa "
            "tingkat Provinsi Kalimantan Selatan 2023 dikunjungi tim penilai, Senin (6/3/2023).")
    assert extract(body, published="2023-03-02") == []
    assert extract("Bagikan:\n" + body, published="2023-03-02") == []


def test_a_credit_line_after_a_list_cut_at_a_comma_is_no_winner(extract):
    text = ("Penghargaan Swasti Saba Wistara diraih Kota Madiun, Kota Blitar,\n"
            "Penulis: Rina Astuti | Editor: Dedi Kurnia")
    assert "Rina Astuti" not in awardees(extract(text, published="2023-11-22"))


def test_a_shortened_region_head_reads_as_written_out(extract):
    full = ("WONOSOBO - Dinas Komunikasi dan Informatika Kabupaten Wonosobo meraih "
            "penghargaan Keterbukaan Informasi Publik di Hotel Patra, Kabupaten Semarang, "
            "Provinsi Jawa Tengah, Jumat (7/12/2018).")
    short = full.replace("Kabupaten ", "Kab. ").replace("Provinsi ", "Prov ")
    expected = awardees(extract(full, published="2018-12-08"))
    got = awardees(extract(short, published="2018-12-08"))
    assert "Dinas Komunikasi dan Informatika Kabupaten Wonosobo" in expected
    assert {n: (r["venue"], r["province"]) for n, r in got.items()} == {
        n: (r["venue"], r["province"]) for n, r in expected.items()}


def test_a_date_joined_by_dashes_or_dots_is_read(extract):
    text = ("Kota Kediri meraih penghargaan Swasti Saba Wistara di Jakarta, Selasa ({}).")
    for date in ("21-11-2023", "21.11.2023"):
        [record] = extract(text.format(date), published="2023-11-25")
        assert record["event_date"] == "2023-11-21"


@pytest.mark.parametrize("dateline", ["Martapura, (Antaranews Kalsel) -",
                                      "Martapura, (Antaranews Kalsel) |",
                                      "Kalselnews.com | Kalsel |"])
def test_the_place_of_a_dateline_ended_by_a_bar_is_no_mention(nlp, dateline):
    from extractors.story import Story

    story = Story(f"{dateline} Desa Sungai Tabuk meraih juara pertama lomba desa.", None, None)
    assert [m.name for m in story.sentences[0].mentions] == ["Desa Sungai Tabuk"]


def test_a_headline_given_apart_from_the_text_is_read_as_its_first_line(extract):
    title = "Magetan Boyong Penghargaan Swasti Saba Wistara 2023"
    body = ("JAKARTA - Penghargaan itu diterima Wakil Bupati di Gedung Sasana Bhakti Praja, "
            "Jakarta, Selasa (21/11/2023).\nPenilaian dilakukan tim dari Kementerian Kesehatan.")
    apart = extract(body, title=title, published="2023-11-22")
    inside = extract(f"{title}\n{body}", published="2023-11-22")
    assert [r["awardee"] for r in apart] == [r["awardee"] for r in inside] == ["Kabupaten Magetan"]
    assert apart[0]["venue"] == inside[0]["venue"]
    for e in apart[0]["evidence"]:
        assert body[e["start"]:e["end"]] == e["text"]


def test_another_story_s_headline_set_in_the_body_is_no_fact(extract):
    text = ("Kabupaten Demak meraih penghargaan Kabupaten Peduli HAM dari Kementerian Hukum dan "
            "HAM.\nKota Tegal Sabet Penghargaan Kota Peduli HAM dari Menkumham di Hotel Sultan\n"
            "Penghargaan diterima Bupati Demak Eisti'anah, Kamis (14/12/2023).")
    recs = extract(text, published="2023-12-15")
    assert [(r["awardee"], r["venue"]) for r in recs] == [("Kabupaten Demak", None)]


def test_headlines_under_a_bare_related_heading_are_no_facts(extract):
    text = ("Desa Sukamaju, Kabupaten Ciamis, meraih Juara 1 Lomba Desa Regional II di Hotel "
            "Aston, Denpasar, Rabu (9/10/2024).\nBaca Juga\nKabupaten Sleman Raih Juara 2 Lomba "
            "Kelurahan Tingkat DIY\nHarga Cabai Naik Jelang Akhir Tahun\n\"Semoga desa lain "
            "terpacu,\" kata Mendagri.")
    recs = extract(text, published="2024-10-10")
    assert [(r["awardee"], r["province"]) for r in recs] == [("Desa Sukamaju", "Jawa Barat")]


@pytest.mark.parametrize("heading", ["Artikel Terkait", "BERITA REKOMENDASI", "Terpopuler",
                                     "Berita Lainnya:"])
def test_headlines_under_a_related_stories_heading_are_no_winners(extract, heading):
    recs = extract("PEMALANG - Pemkab Pemalang kembali memperoleh opini WTP dari BPK Perwakilan Jawa "
                   "Tengah. Piagam opini itu diterima Bupati Agung Mukti di Semarang, Rabu 17 Mei "
                   f"2023.\n\n{heading}\nDesa Banjardawa Pemalang Juara 1 Lomba Desa Tingkat "
                   "Provinsi Jawa Tengah\nBanjir Rob Rendam Pesisir Pemalang, Ratusan Warga "
                   "Mengungsi", published="2023-05-18")
    assert [r["awardee"] for r in recs] == ["Kabupaten Pemalang"]


@pytest.mark.parametrize("heading", ["Next Post", "Related Posts", "Recent Posts"])
def test_headlines_under_a_blog_s_post_links_are_no_winners(extract, heading):
    recs = extract("RANTAU - Pemkab Tapin kembali menerima piala Adipura dari KLHK di Jakarta, Selasa "
                   f"(5/3/2024).\n\n{heading}\n\nDesa Lok Paikat Juara 1 Lomba Desa Tingkat "
                   "Provinsi Kalsel\n\nRab Mar 6 , 2024", published="2024-03-06")
    assert [r["awardee"] for r in recs] == ["Kabupaten Tapin"]


@pytest.mark.parametrize("byline", [".(rin/mar)", ".[apri]"])
def test_a_byline_glued_to_the_last_full_stop_keeps_the_last_winner(extract, byline):
    text = ("Lomba Desa tingkat Provinsi Kalimantan Tengah 2024 sudah rampung dinilai. Juara 1 "
            f"diraih Desa Sabuai, juara 2 Desa Tumbang Manjul dan juara 3 Desa Pendahara{byline}")
    recs = extract(text, published="2024-10-10")
    assert [(r["awardee"], r["rank"]) for r in recs] == [
        ("Desa Sabuai", 1), ("Desa Tumbang Manjul", 2), ("Desa Pendahara", 3)]
    assert all(e["text"] in text for r in recs for e in r["evidence"])


def test_a_one_sentence_post_closed_by_a_byline_is_a_story_not_a_headline(extract):
    recs = extract("SAMBAS – Pemkab Sambas meraih juara 2 Lomba Kabupaten Sehat tingkat nasional di "
                   "Jakarta, Selasa (14/11/2017). (Rzk)\n\nKomentar", published="2017-11-15")
    assert [(r["awardee"], r["rank"], r["event_date"], r["venue"]) for r in recs] == [
        ("Kabupaten Sambas", 2, "2017-11-14", "Jakarta")]


def test_a_second_labelled_part_of_a_list_of_bare_names_goes_on_with_the_list(extract):
    text = ("JAKARTA - Kemendagri menyerahkan penghargaan realisasi APBD tertinggi tahun 2021 kepada "
            "sejumlah pemkot di Hotel Bidakara, Jakarta Selatan, Kamis (2/6/2022).\nPemkot "
            "penerima penghargaan dengan realisasi pendapatan daerah tertinggi:\nKediri\nSalatiga\n"
            "Realisasi Belanja Daerah Tertinggi:\nBitung\nCimahi")
    assert [r["awardee"] for r in extract(text, published="2022-06-02")] == [
        "Kota Kediri", "Kota Salatiga", "Kota Bitung", "Kota Cimahi"]


def test_a_list_numbered_with_a_bracket_and_a_full_stop_is_read_as_a_list(extract):
    text = ("Ombudsman RI menyerahkan penghargaan Predikat Kepatuhan Pelayanan Publik Tahun 2024 di "
            "Hotel Borobudur Jakarta, Kamis (14/11).\nBerikut lima besar provinsi penerima Predikat "
            "Kepatuhan Pelayanan Publik 2024:\n1). Pemprov Sulut : 98,63\n2). Pemprov Jateng : "
            "98,21\n3). Pemprov Bali : 97,22")
    recs = extract(text, published="2024-11-15")
    assert [r["awardee"] for r in recs] == [
        "Provinsi Sulawesi Utara", "Provinsi Jawa Tengah", "Provinsi Bali"]
    # quoted as written
    assert any("2). Pemprov Jateng" in e["text"] for e in recs[1]["evidence"])


def test_a_weekday_with_its_date_on_the_next_line_dates_the_ceremony(extract):
    text = ("Desa Sukamaju meraih juara 1 Lomba Desa tingkat Provinsi Jawa Barat. Piala diserahkan "
            "Gubernur Jawa Barat Ridwan Kamil di Gedung Sate, Senin\n(12/8/2019).")
    assert [r["event_date"] for r in extract(text, published="2019-08-13")] == ["2019-08-12"]


def test_a_photo_credit_after_a_comma_closing_a_caption_is_no_winner(extract):
    text = ("Dua Perusahaan Dapat Penghargaan dari Gubernur Kalteng\n\nGubernur Sugianto menyerahkan "
            "penghargaan kepada perwakilan perusahaan, foto : MC Kalteng\n\nPalangka Raya - "
            "Gubernur Sugianto Sabran memberikan penghargaan kepada pelaku usaha. PT Sawit Makmur "
            "Lestari dan PT Bumi Hijau Refinery masing-masing menerima penghargaan kategori "
            "pembayar pajak terbesar.")
    assert [r["awardee"] for r in extract(text, published="2023-05-24")] == [
        "PT Sawit Makmur Lestari", "PT Bumi Hijau Refinery"]


def test_a_credit_wrapped_in_hyphens_after_the_last_item_keeps_that_winner(extract):
    text = ("Hanya tiga daerah di Jambi yang membawa pulang Piala Adipura 2023. Yakni Kota Jambi, "
            "Kota Sungai Penuh, dan Tebo.-foto ist-\nPiala itu diserahkan Menteri LHK di Jakarta, "
            "Selasa (5/3/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-03-06")] == [
        "Kota Jambi", "Kota Sungai Penuh", "Kabupaten Tebo"]


def test_a_passive_verb_split_after_its_d_is_read_joined(extract):
    text = ("PT Pupuk Iskandar Muda meraih penghargaan PPM Award 2023. Penghargaan ini d iterima "
            "Kepala Unit CSR, Rahmat Hidayat, di Hotel Bidakara Jakarta pada Jumat (8/12/2023).")
    [rec] = extract(text, published="2023-12-09")
    assert (rec["event_date"], rec["venue"]) == ("2023-12-08", "Hotel Bidakara Jakarta")
    assert "d iterima" in rec["evidence"][-1]["text"]  # quoted as written


def test_a_line_s_rank_numeral_closed_by_a_full_stop_heads_its_winner(extract):
    text = ("Dinas Kebudayaan Kabupaten Gianyar menggelar Lomba Nyurat Lontar antar kecamatan di "
            "Gedung Sasana Budaya, Selasa (10/9/2024).\nAdapun hasil lomba sebagai berikut :\n"
            "Juara I. Kecamatan Ubud\nJuara II. Kecamatan Tegallalang\nAcara ditutup Sekda.")
    assert [(r["awardee"], r["rank"]) for r in extract(text, published="2024-09-10")] == [
        ("Kecamatan Ubud", 1), ("Kecamatan Tegallalang", 2)]


def test_a_regency_s_name_dated_before_a_dash_is_the_dateline(extract):
    text = ("Penajam Paser Utara, 14 Juni 2023 - Pemerintah Provinsi Banten mengantongi Sertifikat "
            "Eliminasi Malaria dari Kemenkes di Pendopo Odah Etam, Tenggarong.")
    assert [r["awardee"] for r in extract(text, published="2023-06-16")] == ["Provinsi Banten"]


def test_a_region_before_an_outlet_s_bar_is_the_dateline(extract):
    text = ("Kota Padang | SumbarNews.com — Pemkab Agam meraih opini WTP dari BPK Perwakilan Sumbar "
            "di Padang, Senin (27/5/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-05-28")] == ["Kabupaten Agam"]


def test_a_dateline_glued_to_the_lede_under_its_headline_is_read_apart(extract):
    text = ("PDAM Kendal Raih Penghargaan\nKENDAL-Perusahaan Daerah Air Minum (PDAM) Tirtoarum "
            "Kendal meraih Perpamsi Award 2023 di Jakarta, Kamis (7/12/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-12-08")] == [
        "Perusahaan Daerah Air Minum (PDAM) Tirtoarum Kendal"]


def test_a_dateline_with_the_outlet_s_code_glued_under_a_share_button_is_read_apart(extract):
    text = ("Gubernur Terima Penghargaan dari Kejaksaan\n\n  • Bagikan\n\n"
            "BENGKULU(BE12)-Gubernur Bengkulu kembali mendapatkan penghargaan, kali ini "
            "penghargaan tersebut diterima dari Kejaksaan Agung yaitu R. Soeprapto Award 2024, "
            "di Bogor, Kamis (11/1/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-01-12")] == ["Provinsi Bengkulu"]


def test_an_outlet_s_address_glued_to_its_hyphen_opens_the_story_apart(extract):
    text = ("Jatim1.com- Tuban berhasil meraih penghargaan Peduli Ketahanan Pangan 2024 dari Pemprov "
            "Jatim di Surabaya, Kamis (14/11/2024).")
    assert [r["awardee"] for r in extract(text, published="2024-11-15")] == ["Kabupaten Tuban"]


def test_a_place_in_title_case_glued_to_its_hyphen_opens_the_story_apart(extract):
    text = ("Lamongan- Pada KI Award Jawa Timur 2024 di Surabaya, Rabu (11/12/2024), Dinas "
            "Kominfo Lamongan meraih peringkat 3 kategori Informatif.")
    [rec] = extract(text, published="2024-12-12")
    assert (rec["award"], rec["rank"]) == ("KI Award", 3)


def test_a_region_in_the_heading_of_a_winners_list_holds_the_round(extract):
    text = ("Pemerintah Kabupaten Bantul menggelar PPID Award 2025 di Pendopo Parasamya, Kamis "
            "(24/7/2025).\nBupati Bantul menyerahkan langsung penghargaan kepada para pemenang.\n"
            "Berikut daftar peraih PPID Award Kabupaten Bantul 2025:\n"
            "- Peringkat 1: Bappeda (96)\n- Peringkat 2: Diskominfo (95)\nAcara ditutup Sekda.")
    assert "Kabupaten Bantul" not in [r["awardee"] for r in extract(text, published="2025-07-25")]


@pytest.mark.parametrize("width", [52, 60, 68])
def test_a_text_whose_lines_break_inside_sentences_reads_as_the_sentences(extract, width):
    paragraphs = [
        "TANJUNG PINANG - Kota Tanjungpinang menerima penghargaan kinerja imunisasi terbaik "
        "2017 dari Kementerian Kesehatan. Menteri Kesehatan Nila F Moeloek menyerahkan "
        "penghargaan itu kepada Wali Kota Tanjungpinang Lis Darmansyah di Gedung Serbaguna, "
        "Kabupaten Pandeglang, Minggu 29 April 2018.",
        "Kabupaten Buleleng, Kabupaten Banyumas dan Kota Palu juga mendapat penghargaan "
        "serupa dari Kementerian Kesehatan dalam acara yang sama.",
        "Wali kota mengatakan penghargaan itu menjadi pendorong bagi petugas di puskesmas "
        "agar cakupan imunisasi dasar lengkap terus naik dari tahun ke tahun."]
    plain = "\n".join(paragraphs)
    wrapped = "\n".join(textwrap.fill(p, width) for p in paragraphs)
    expected = awardees(extract(plain, published="2018-04-30"))
    assert expected["Kota Tanjungpinang"]["presenter"] == "Nila F Moeloek"
    assert expected["Kota Palu"]["presenter"] is None
    fields = ("rank", "province", "event_date", "venue", "presenter", "recipient")
    assert {name: [r[f] for f in fields] for name, r in awardees(
        extract(wrapped, published="2018-04-30")).items()} == {
        name: [r[f] for f in fields] for name, r in expected.items()}


def test_a_list_s_number_alone_on_its_line_reads_with_its_item(extract):
    items = ["Kota Pangkajene (Kabupaten Pangkep), Sulawesi Selatan;",
             "Kota Pangkalan Bun (Kabupaten Kotawaringin Barat), Kalimantan Tengah;",
             "Kota Tanjung (Kabupaten Tabalong), Kalimantan Selatan."]
    head = ("Piala Adipura 2012 diserahkan Presiden di Istana Negara, Jakarta, Selasa (5/6/2012). "
            "Kategori Kota Kecil penerima Adipura 2012:\n")
    inline = head + "\n".join(f"{k}. {item}" for k, item in enumerate(items, 1))
    alone = head + "\n".join(f"{k}.\n{item}" for k, item in enumerate(items, 1))
    expected = awardees(extract(inline, published="2012-06-06"))
    assert len(expected) == 3
    assert awardees(extract(alone, published="2012-06-06")).keys() == expected.keys()


def test_a_photo_credit_after_a_caption_s_full_stop_names_no_winner(extract):
    text = ("Pemda Halmahera Barat Terima Penghargaan MCP 2023\n\n"
            ": Penghargaan dari KPK yang diterima oleh Pemda Halbar, Rabu (15/11/2023). "
            "Foto: Humas Kab Jailolo\n\n"
            "Kabupaten Halmahera Barat masuk dalam nominasi pemerintah daerah dengan nilai MCP 2023 "
            "tertinggi di Maluku Utara dari KPK.\n\n"
            "Penghargaan ini diserahkan oleh Deputi KPK kepada Inspektur Daerah Halmahera Barat di "
            "Sentani, Rabu (15/11/2023).")
    assert [r["awardee"] for r in extract(text, published="2023-11-16")] == [
        "Kabupaten Halmahera Barat"]


def test_an_english_photo_credit_closing_a_caption_line_names_no_winner(extract):
    text = ("Berau Sabet Penghargaan APE 2016 Kategori Madya Wakil Bupati Berau bersama jajaran "
            "DP3A usai menerima penghargaan APE 2016 di Jakarta Photo: Humas Berau/Andi\n"
            "Kabupaten Berau meraih Anugerah Parahita Ekapraya (APE) 2016 kategori Madya di Istana "
            "Wakil Presiden, Jakarta, Rabu (21/12/2016).")
    assert [r["awardee"] for r in extract(text, published="2016-12-22")] == ["Kabupaten Berau"]


def test_a_heading_in_capitals_keeps_the_acronyms_the_text_writes_elsewhere(extract):
    text = ("Pada KI Award 2024 di Semarang, Kamis (12/12/2024), Bappeda Jawa Tengah meraih "
            "peringkat 3.\nBerikut daftar OPD peraih KI Award 2024 kategori Informatif:\n"
            "DAFTAR OPD PEMPROV JAWA TENGAH – KI AWARD 2024\n- RSUD Tugurejo – 96,10\n"
            "- Dinas Sosial Jawa Tengah – 93,45\n")
    assert {(r["award"], r["awardee"]) for r in extract(text, published="2024-12-13")} == {
        ("KI Award", "Bappeda Jawa Tengah"), ("KI Award", "RSUD Tugurejo"),
        ("KI Award", "Dinas Sosial Jawa Tengah")}



def test_a_list_glued_to_its_opener_and_its_items_to_each_other_is_read_item_by_item(extract):
    # (a page's list items run together once their markup is gone)
    text = ("Dinas Lingkungan Hidup Kota Salatiga menyerahkan Penghargaan Adiwiyata Nasional "
            "2024 di Balai Kota Salatiga, Senin (14/10/2024). Dua sekolah penerimanya, yakni:"
            "SDN Kutowinangun 3SMPN 2 SalatigaSelain itu MAN Salatiga meraih Adiwiyata Mandiri.")
    assert [r["awardee"] for r in extract(text, published="2024-10-15")] == [
        "SDN Kutowinangun 3", "SMPN 2 Salatiga", "MAN Salatiga"]
