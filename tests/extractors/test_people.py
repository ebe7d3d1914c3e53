"""Officials: title, name, the region they head, and their part in the handover."""
import pytest

from extractors.people import find_officials


def officials(a, known=None):
    from extractors.awardee import find_mentions

    mentions = find_mentions(a.doc, a.label("PLACE"), a.label("TITLE"))
    return find_officials(a.doc, a.label("TITLE"), a.label("PLACE"), mentions, known or {})


@pytest.mark.parametrize("sentence, title, name", [
    ("Penghargaan diserahkan langsung oleh Wakil Gubernur Kalimantan Timur Seno Aji.",
     "Wakil Gubernur Kalimantan Timur", "Seno Aji"),
    ("Piagam diserahkan Menteri PPPA I Gusti Ayu Bintang Darmawati SE MSi di Bogor.",
     "Menteri PPPA", "I Gusti Ayu Bintang Darmawati"),
    ("Penghargaan diserahkan Gubernur NTB, Dr. H. Lalu Muhamad Iqbal, di Mataram.",
     "Gubernur NTB", "Lalu Muhamad Iqbal"),
    ("Piala diserahkan oleh Menteri Pemberdayaan Perempuan dan Perlindungan Anak Republik "
     "Indonesia (PPPA RI), Arifah Fauzi di Jakarta.",
     "Menteri Pemberdayaan Perempuan dan Perlindungan Anak Republik Indonesia", "Arifah Fauzi"),
    ("Trofi diserahkan Wakil Gubernur DIY KGPAA Paku Alam X di Yogyakarta.",
     "Wakil Gubernur DIY", "Paku Alam X"),
    ("Piala diserahkan oleh Menteri LHK (Bapak Hendra Wijaya) kepada Gubernur.",
     "Menteri LHK", "Hendra Wijaya"),
    ("Piagam diserahkan Dirjen PMD, Kemendes RI, Dr Yusuf Hamdan di Jakarta.",
     "Dirjen PMD, Kemendes RI", "Yusuf Hamdan"),
    ("Trofi diserahkan Menteri Pemberdayaan Perempuan dan Perlindungan Anak (Kemen PPPA) "
     "Ratna Dewi kepada Bupati.", "Menteri Pemberdayaan Perempuan dan Perlindungan Anak",
     "Ratna Dewi"),
    ("Piagam diserahkan Kepala Kantor Pelayanan Perbendaharaan Negara Kendal Sri Wahyuni "
     "kepada Bupati.", "Kepala Kantor Pelayanan Perbendaharaan Negara Kendal", "Sri Wahyuni"),
    ("Trofi TPID terbaik diserahkan Gubernur BI Perry Warjiyo di Jakarta.",
     "Gubernur BI", "Perry Warjiyo"),
    ("Piagam diberikan oleh Direktur Jenderal Pengendalian Pencemaran dan Kerusakan "
     "Lingkungan, Sigit Reliantoro, di Jakarta.",
     "Direktur Jenderal Pengendalian Pencemaran dan Kerusakan Lingkungan", "Sigit Reliantoro"),
    ("Piagam diberikan oleh Direktur Jenderal Pengelolaan Sampah, Limbah dan B3, Rosa Vivien "
     "Ratnawati, di Jakarta.", "Direktur Jenderal Pengelolaan Sampah, Limbah dan B3",
     "Rosa Vivien Ratnawati"),
    ("Piagam diserahkan oleh Sekdaprovsu Rahmat Hidayat di Medan.", "Sekdaprovsu",
     "Rahmat Hidayat"),
    ("Tanda kehormatan itu disematkan oleh Menko bidang Pembangunan Manusia dan Kebudayaan, "
     "Puan Maharani di Bandar Lampung.", "Menko bidang Pembangunan Manusia dan Kebudayaan",
     "Puan Maharani"),
    ("Penghargaan diserahkan oleh Kepala Kanwil Kemenkumham Sumut Mhd. Jahari Sitepu di Medan.",
     "Kepala Kanwil Kemenkumham Sumut", "Mhd. Jahari Sitepu"),
    ("Piagam diberikan oleh Direktur Jendral Pencegahan dan Pengendalian Penyakit, Maxi Rein "
     "Rondonuwu, di Jakarta.", "Direktur Jendral Pencegahan dan Pengendalian Penyakit",
     "Maxi Rein Rondonuwu"),
    ("Piala diserahkan Menteri PANRB (Menpan RB) Yuddy Chrisnandi di Jakarta.",
     "Menteri PANRB", "Yuddy Chrisnandi"),
    ("Piagam diserahkan Kepala Arsip Nasional Mustari Irawan di Jakarta.",
     "Kepala Arsip Nasional", "Mustari Irawan"),
    ("Piagam diserahkan oleh Kepala BPHN Kemenkumham RI, Benny Riyanto di Batu.",
     "Kepala BPHN Kemenkumham RI", "Benny Riyanto"),
    ("Penghargaan diserahkan oleh Pimpinan Ombudsman RI Jemsly Hutabarat di Mataram.",
     "Pimpinan Ombudsman RI", "Jemsly Hutabarat"),
    ("Penghargaan diserahkan oleh Kepala DPMD Provinsi Jatim Mohammad Yasin di Surabaya.",
     "Kepala DPMD Provinsi Jatim", "Mohammad Yasin"),
    ("Piala diserahkan oleh Kepala DPMG Aceh, Zulkifli Ahmad di Banda Aceh.",
     "Kepala DPMG Aceh", "Zulkifli Ahmad"),
    ("Penghargaan diserahkan oleh Dirjen Politik dan Pemerintahan Umum Kemendagri Bahtiar "
     "Rahman.", "Dirjen Politik dan Pemerintahan Umum Kemendagri", "Bahtiar Rahman"),
    ("Penghargaan diserahkan oleh Deputi I Bidang Pengelolaan Batas Wilayah BNPP, Dr. Robert "
     "Simbolon, di Jakarta.", "Deputi I Bidang Pengelolaan Batas Wilayah BNPP", "Robert Simbolon"),
    ("Piagam diserahkan oleh Direktur Koordinasi dan Supervisi Wilayah III KPK Dian Patria.",
     "Direktur Koordinasi dan Supervisi Wilayah III KPK", "Dian Patria"),
    ("Penghargaan diserahkan oleh Ketua Umum TP PKK Pusat Tri Suswati di Jakarta.",
     "Ketua Umum TP PKK Pusat", "Tri Suswati"),
    ("Trofi diserahkan oleh Direktur PT Warta Nusa Media, Budi Hartanto.",
     "Direktur PT Warta Nusa Media", "Budi Hartanto"),
    ("Penghargaan diserahkan Ketua TP PKK Sumatera Barat, Ny. Hj. Rahmi Fitria, di Padang.",
     "Ketua TP PKK Sumatera Barat", "Rahmi Fitria"),
    ("Piala diserahkan Kepala Badan Pengawas Obat dan Makanan (BPOM), Penny Lukito, di Bogor.",
     "Kepala Badan Pengawas Obat dan Makanan", "Penny Lukito"),
    ("Penghargaan diserahkan Kepala Ombudsman Perwakilan Maluku Hasan Slamat di Ambon.",
     "Kepala Ombudsman Perwakilan Maluku", "Hasan Slamat"),
    ("Piala diserahkan Kepala Pusat Litbang Inovasi Daerah Kemendagri Yusuf Amin kepada "
     "Wakil Bupati.", "Kepala Pusat Litbang Inovasi Daerah Kemendagri", "Yusuf Amin"),
    ("Plakat diserahkan Kepala Otoritas Jasa Keuangan (OJK) Regional Bali Nusra, Rahmat "
     "Hidayat kepada Gubernur.", "Kepala Otoritas Jasa Keuangan Regional Bali Nusra",
     "Rahmat Hidayat"),
    ("Piala diterima bupati dari tangan Menteri Sosial Tri Rismaharini di Jakarta.",
     "Menteri Sosial", "Tri Rismaharini"),
    ("Penyerahan dilakukan Pj Gubernur Jawa Tengah Komjen Pol. (Purn) Drs. Nana Sudjana.",
     "Pj Gubernur Jawa Tengah", "Nana Sudjana"),
    ("Trofi diserahkan PLT. Gubernur Kalteng, Rahmat Hidayat, kepada para pemenang.",
     "PLT. Gubernur Kalteng", "Rahmat Hidayat"),
    ("Penghargaan diserahkan Menteri Lingkungan Hidup dan Kehutanan Siti Nurbaya Bakar.",
     "Menteri Lingkungan Hidup dan Kehutanan", "Siti Nurbaya Bakar"),
    ("Penghargaan diserahkan Wakil Menteri Dalam Negeri Bima Arya Sugiarto di Jakarta.",
     "Wakil Menteri Dalam Negeri", "Bima Arya Sugiarto"),
    ("Piagam diserahkan oleh Menteri Riset, Teknologi dan Pendidikan Tinggi, Ahmad Fauzi, di "
     "Jakarta.", "Menteri Riset, Teknologi dan Pendidikan Tinggi", "Ahmad Fauzi"),
    ("Penghargaan diserahkan Kepala Badan Nasional Penanggulangan Bencana (BNPB) Suharyanto "
     "kepada Bupati.", "Kepala Badan Nasional Penanggulangan Bencana", "Suharyanto"),
    ("Penghargaan diserahkan Kepala Badan Pengawas Obat dan Makanan Penny Lukito kepada Bupati.",
     "Kepala Badan Pengawas Obat dan Makanan", "Penny Lukito"),
    ("Piagam diserahkan langsung Wakil Gubenur Sumatera Barat H Audy Joinaldy di Padang.",
     "Wakil Gubenur Sumatera Barat", "Audy Joinaldy"),
    ("Penghargaan diserahkan Gubernur Sultra Mayjen TNI (Purn) Andi Sumangerukka.",
     "Gubernur Sultra", "Andi Sumangerukka"),
    ("Penghargaan diserahkan Wakil Gubernur Aceh, Fadhlullah (Dek Fadh), kepada Wali Kota.",
     "Wakil Gubernur Aceh", "Fadhlullah"),
    ("Ida Fauziyah, Menteri Ketenagakerjaan, menyerahkan piala kepada para pemenang.",
     "Menteri Ketenagakerjaan", "Ida Fauziyah"),
    ("Trofi diserahkan Gubernur Sumbar Buya H. Mahyeldi, S.P., kepada bupati.",
     "Gubernur Sumbar", "Mahyeldi"),
    ("Penyerahan dilakukan oleh Pj Gubernur Riau SF Hariyanto dan disaksikan Ketua DPRD.",
     "Pj Gubernur Riau", "SF Hariyanto"),
    ("Piagam diserahkan Kepala Kantor Cabang BPJS Ketenagakerjaan Sampit, Rudi Hartono.",
     "Kepala Kantor Cabang BPJS Ketenagakerjaan Sampit", "Rudi Hartono"),
    ("Trofi diserahkan Wakil Presiden (Wapres) Ma'ruf Amin kepada para gubernur.",
     "Wakil Presiden", "Ma'ruf Amin"),
    ("Piagam diterima dari Kepala Perwakilan Ombudsman Sulawesi Selatan Ismu Iskandar.",
     "Kepala Perwakilan Ombudsman Sulawesi Selatan", "Ismu Iskandar"),
    ("Trofi diserahkan Menteri Hukum dan HAM RI Yasonna H. Laoly kepada Wali Kota.",
     "Menteri Hukum dan HAM RI", "Yasonna H. Laoly"),
    ("Wakil Presiden Ma'ruf Amin bersama Menteri Kesehatan Budi Gunadi Sadikin memberikan "
     "penghargaan kepada para bupati.", "Wakil Presiden", "Ma'ruf Amin"),
    ("Gubernur Banten, Andra Soni, bersama Kepala Kantor Cabang BPJS Ketenagakerjaan Serang, "
     "Budi Santoso, menyerahkan penghargaan di Pendopo.", "Gubernur Banten", "Andra Soni"),
    ("Piagam diserahkan Kepala BKN Bima Haria Wibisana kepada gubernur.",
     "Kepala BKN", "Bima Haria Wibisana"),
    ("Trofi diserahkan Kepala BKKBN Pusat dr Hasto Wardoyo di Banjarmasin.",
     "Kepala BKKBN Pusat", "Hasto Wardoyo"),
    ("Piagam diserahkan oleh Asisten I Bidang Pemerintahan Sekretariat Provinsi Lampung, "
     "Hery Suliyanto, kepada koperasi.",
     "Asisten I Bidang Pemerintahan Sekretariat Provinsi Lampung", "Hery Suliyanto"),
    ("Piagam diserahkan Ketua Ombudsman RI Amzulian Rifai M.Hum kepada bupati.",
     "Ketua Ombudsman RI", "Amzulian Rifai"),
    ("Anugerah ini diserahkan oleh Komisioner Komisi Informasi Pusat, Syawaludin, di Jakarta.",
     "Komisioner Komisi Informasi Pusat", "Syawaludin"),
    ("Trofi diberikan Drs Hendra Wijaya SE MSi selaku Gubernur Jambi kepada para camat.",
     "Gubernur Jambi", "Hendra Wijaya"),
    ("Trofi diberikan Prof. Dr. Ir. H. Hendra Wijaya, S.E., M.Si. selaku Gubernur Jambi kepada "
     "para camat.", "Gubernur Jambi", "Hendra Wijaya"),
    ("Piagam diserahkan oleh Ketua Komite ASN (KASN), Agus Salim, kepada bupati.",
     "Ketua Komite ASN", "Agus Salim"),
    ("Piagam diberikan oleh Pelaksana Tugas (Plt) Kepala BKN, Suharmen, kepada gubernur.",
     "Pelaksana Tugas Kepala BKN", "Suharmen"),
    ("Piagam diserahkan oleh Wakil Ketua Ombudsman RI, Ninik Rahayu, kepada wali kota.",
     "Wakil Ketua Ombudsman RI", "Ninik Rahayu"),
    ("Piagam diserahkan Kepala Dinas Tenaga Kerja dan Transmigrasi (Disnakertrans) Provinsi "
     "Kalimantan Utara, Haerumuddin, kepada perusahaan.",
     "Kepala Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Utara", "Haerumuddin"),
    ("Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak Kota Bima, Siti Aminah, menyerahkan piala kepada lurah.",
     "Kepala Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan "
     "Perlindungan Anak Kota Bima", "Siti Aminah"),
    ("Penghargaan diserahkan Sekretaris Kementerian PPPA Pribudiarta Nur Sitepu kepada bupati.",
     "Sekretaris Kementerian PPPA", "Pribudiarta Nur Sitepu"),
    ("Piala diserahkan Sestama BKKBN Tavip Agus Rayanto kepada wali kota.",
     "Sestama BKKBN", "Tavip Agus Rayanto"),
    ("Piagam diserahkan Kajati Jawa Timur Mia Amiati kepada bupati.",
     "Kajati Jawa Timur", "Mia Amiati"),
    ("Kabupaten Buru meraih opini WTP yang serahkan Kepala BPK Perwakilan Provinsi Maluku "
     "Rudi Hartono di Ambon.", "Kepala BPK Perwakilan Provinsi Maluku", "Rudi Hartono"),
    ("Ketua TP PKK Provinsi Bengkulu, Derta Rohidin didampingi wakilnya Rina Susanti "
     "menyerahkan penghargaan kepada pemenang.", "Ketua TP PKK Provinsi Bengkulu",
     "Derta Rohidin"),
    ("Opini diserahkan oleh Kepala Perwakilan BPK Provinsi Maluku selaku penanggung jawab "
     "pemeriksaan, Rudi Hartono, kepada bupati.", "Kepala Perwakilan BPK Provinsi Maluku",
     "Rudi Hartono"),
    # a body's name ends in its region: the name after it is the official's
    ("Trofi diserahkan Kepala Perwakilan Bank Indonesia Jawa Timur Budi Santoso kepada bupati.",
     "Kepala Perwakilan Bank Indonesia Jawa Timur", "Budi Santoso"),
    ("Trofi diserahkan Direktur Utama PT Bank Pembangunan Daerah Jawa Timur Tbk Busrul Iman "
     "kepada bupati.", "Direktur Utama PT Bank Pembangunan Daerah Jawa Timur Tbk", "Busrul Iman"),
    # the regional offices of BPJS Ketenagakerjaan, two words or none before the name
    ("Piala diserahkan Kepala Kantor Wilayah BPJS Ketenagakerjaan Sumbarriau Kepri, Wahyu "
     "Prasetyo, kepada bupati.", "Kepala Kantor Wilayah BPJS Ketenagakerjaan Sumbarriau Kepri",
     "Wahyu Prasetyo"),
    ("Plakat diserahkan Deputi Direktur Wilayah BPJS Ketenagakerjaan Banuspa Made Arsana di "
     "Denpasar.", "Deputi Direktur Wilayah BPJS Ketenagakerjaan Banuspa", "Made Arsana"),
    # the national library's head and regional offices by their short forms
    ("Piagam diserahkan Kepala Perpustakaan Nasional (Perpusnas) RI, Muhammad Syarif Bando, "
     "kepada bupati.", "Kepala Perpustakaan Nasional RI", "Muhammad Syarif Bando"),
    ("Piagam diserahkan Kepala DLH Kabupaten Gianyar, Made Arianta, kepada kepala sekolah.",
     "Kepala DLH Kabupaten Gianyar", "Made Arianta"),
    # ministers by short forms ("Menko PM") and by their ministry's first word
    ("Piagam diserahkan oleh Menko PM Muhaimin Iskandar kepada bupati.", "Menko PM",
     "Muhaimin Iskandar"),
    ("Piagam diserahkan oleh Menteri Desa Yandri Susanto kepada bupati.", "Menteri Desa",
     "Yandri Susanto"),
    # agencies by their short forms, two offices joined by a slash
    ("Piagam diserahkan oleh Menparekraf/Kepala Baparekraf Sandiaga Uno kepada bupati.",
     "Menparekraf/Kepala Baparekraf", "Sandiaga Uno"),
    ("Piagam diserahkan oleh Sekretaris Utama Bapanas Sarwo Edy kepada bupati.",
     "Sekretaris Utama Bapanas", "Sarwo Edy"),
    ("Piagam diserahkan oleh Kepala Bapanas Arief Prasetyo Adi kepada bupati.",
     "Kepala Bapanas", "Arief Prasetyo Adi"),
    # an office over several regions, listed with commas and "dan"
    ("Plakat diserahkan Kepala Kantor Wilayah BPJS Ketenagakerjaan Bali, Nusa Tenggara dan "
     "Papua, Made Arsana, di Kupang.",
     "Kepala Kantor Wilayah BPJS Ketenagakerjaan Bali, Nusa Tenggara dan Papua", "Made Arsana"),
    ("Piagam diserahkan oleh Menpan-RB Rini Widyantini kepada bupati.", "Menpan-RB",
     "Rini Widyantini"),
    ("Plakat WTP diserahkan oleh Kepala KPPN Sleman, Suryani, kepada bupati.",
     "Kepala KPPN Sleman", "Suryani"),
    ("Piala diserahkan Menteri LH, Dr. Hanif Faisol Nurofiq, kepada bupati.", "Menteri LH",
     "Hanif Faisol Nurofiq"),
    # a national office's field that also heads bodies ("Koperasi ...")
    ("Penghargaan diserahkan oleh Menteri Koperasi UKM Teten Masduki di Nusa Dua.",
     "Menteri Koperasi UKM", "Teten Masduki"),
    ("Penghargaan diserahkan oleh MenKopUKM Teten Masduki di Nusa Dua.", "MenKopUKM",
     "Teten Masduki"),
    # police offices, ranks and degrees around the name
    ("Piagam itu diberikan Kakorlantas Polri, Irjen Pol Agus Wibowo di Jakarta.",
     "Kakorlantas Polri", "Agus Wibowo"),
    ("Dirlantas Polda Jawa Tengah Kombes Pol Hendra Wijaya, SIK, MH menyerahkan penghargaan "
     "kepada bupati.", "Dirlantas Polda Jawa Tengah", "Hendra Wijaya"),
    # the head of a dinas by the short form of the dinas
    ("Piala diserahkan Plt Kadisnakertrans Jambi Yusran Effendi kepada bupati.",
     "Plt Kadisnakertrans Jambi", "Yusran Effendi"),
    ("Piala diserahkan Kepala Disnakertrans Jambi Yusran Effendi kepada bupati.",
     "Kepala Disnakertrans Jambi", "Yusran Effendi"),
    # a ministry's field with "dan", the name closed by the day's comma
    ("Penghargaan diserahkan Menteri Pariwisata dan Ekonomi Kreatif Sandiaga Uno, Minggu "
     "(20/8/2023).", "Menteri Pariwisata dan Ekonomi Kreatif", "Sandiaga Uno"),
    # (or by the sentence going on after a comma)
    ("Piala diserahkan oleh Menteri Pemberdayaan Perempuan dan Perlindungan Anak Bintang "
     "Puspayoga, bertempat di Hotel Padma, Semarang.",
     "Menteri Pemberdayaan Perempuan dan Perlindungan Anak", "Bintang Puspayoga"),
    # an office of two provinces joined by a hyphen
    ("Piala diserahkan Deputi Direktur Wilayah BPJS Ketenagakerjaan Jateng-DIY Agus Wibisono "
     "kepada bupati.", "Deputi Direktur Wilayah BPJS Ketenagakerjaan Jateng-DIY", "Agus Wibisono"),
    # councils of the press and of an award
    ("Anugerah itu diserahkan Ketua Dewan Pers Hendra Wiratama di Kendari.",
     "Ketua Dewan Pers", "Hendra Wiratama"),
    ("Piala diserahkan oleh Ketua Dewan Pertimbangan Kota Layak Anak Sutrisno Hadi.",
     "Ketua Dewan Pertimbangan Kota Layak Anak", "Sutrisno Hadi"),
    # a national body's office in a province
    ("Piala diserahkan Asisten Deputi Wilayah BPJS Ketenagakerjaan Jawa Barat Rina Marlina "
     "kepada bupati.", "Asisten Deputi Wilayah BPJS Ketenagakerjaan Jawa Barat", "Rina Marlina"),
    # a numbered team, and an office played "selaku"
    ("Piagam diserahkan Ketua Tim 9, Yusran Effendi, di Pekanbaru.", "Ketua Tim 9",
     "Yusran Effendi"),
    ("Trofi diserahkan Sekda Jambi selaku Ketua Tim 9, Yusran Effendi, kepada bupati.",
     "Sekda Jambi", "Yusran Effendi"),
    # a unit of a company or an agency and the town it serves, before the name
    ("Piagam diserahkan Kepala Cabang BPJS Kesehatan Muara Bungo, Wulan Sari, kepada bupati.",
     "Kepala Cabang BPJS Kesehatan Muara Bungo", "Wulan Sari"),
    ("Piagam diserahkan Manager PLN UP3 Pematang Siantar, Hendra Gunawan, kepada bupati.",
     "Manager PLN UP3 Pematang Siantar", "Hendra Gunawan"),
    # a company after its founder's title
    ("Penghargaan diserahkan oleh Founder Pustakaria, Bima Adi Nugraha kepada bupati.",
     "Founder Pustakaria", "Bima Adi Nugraha"),
    ("Penghargaan diserahkan oleh CEO Literaku, Sari Wulandari, kepada bupati.",
     "CEO Literaku", "Sari Wulandari"),
    # a subdistrict head, the area after the title, and a president by nickname
    ("Camat Magelang Selatan, Budi Prasetyo menyerahkan piala kepada para juara.",
     "Camat Magelang Selatan", "Budi Prasetyo"),
    ("Camat Budi Prasetyo menyerahkan piala kepada para juara.", "Camat", "Budi Prasetyo"),
    ("Presiden SBY juga memberikan penghargaan kepada 22 provinsi.", "Presiden", "SBY"),
    # the ministry, its short form in brackets, between the title and the name
    ("Piagam diserahkan Direktur Konservasi Energi, Kementerian Energi Sumber Daya Mineral "
     "(ESDM), Sri Wahyuni kepada Gubernur.",
     "Direktur Konservasi Energi, Kementerian Energi Sumber Daya Mineral", "Sri Wahyuni"),
    ("Piagam diserahkan Inspektur Jenderal Kementerian Dalam Negeri Budi Santoso kepada Wali "
     "Kota Salatiga.", "Inspektur Jenderal Kementerian Dalam Negeri", "Budi Santoso"),
])


def test_presenter_title_and_name(analyse_one, sentence, title, name):
    found = [o for o in officials(analyse_one(sentence)) if o.role == "presenter"]
    assert [(o.title, o.name) for o in found] == [(title, name)]


def test_two_heads_of_offices_each_with_their_name(analyse_one):
    a = analyse_one("Piala diserahkan Kepala Dinas Kominfo, Budi Santoso dan Kepala Dinas "
                    "Sosial, Ani Lestari, kepada pemenang.")
    assert [(o.title, o.name) for o in officials(a)] == [
        ("Kepala Dinas Kominfo", "Budi Santoso"), ("Kepala Dinas Sosial", "Ani Lestari")]


@pytest.mark.parametrize("companions", [
    "Sekda Jabar Asep Mulyana dan Kepala Dinas PMD Jabar Dedi Rukmana",
    "Sekda Jabar Asep Mulyana, Kepala Dinas PMD Jabar Dedi Rukmana dan Kepala Biro Pemerintahan "
    "Iwan Setiawan",
    "Sekda Jabar Asep Mulyana, Ketua TP PKK Jabar Ny Amanda Putri, Kepala Dinas PMD Jabar Dedi "
    "Rukmana dan Kepala Biro Pemerintahan Iwan Setiawan"])
def test_the_one_accompanied_hands_it_over(analyse_one, companions):
    a = analyse_one(f"Gubernur Jawa Barat Hendra Kusuma didampingi {companions} menyerahkan piala "
                    "kepada Kepala Desa Mekarjaya di Gedung Sate.")
    assert [o.name for o in officials(a) if o.role == "presenter"] == ["Hendra Kusuma"]


def test_a_nickname_after_the_one_accompanied_keeps_them_the_presenter(analyse_one):
    a = analyse_one("Gubernur Jambi Rudi Hartono atau Kak Rudi didampingi Ketua TP PKK Provinsi "
                    "Jambi Sari Dewi atau Bu Sari menyerahkan piala kepada tiga desa di Jambi.")
    assert [o.name for o in officials(a) if o.role == "presenter"] == ["Rudi Hartono"]


def test_the_one_standing_in_for_the_presenter_hands_it_over(analyse_one):
    a = analyse_one("Penghargaan diserahkan oleh Pj Gubernur NTT Ayodhia Kalake yang diwakili "
                    "oleh Asisten Perekonomian Setda NTT, Fransiskus Boro Mone, kepada pemenang.")
    assert [(o.name, o.role) for o in officials(a)] == [("Ayodhia Kalake", None),
                                                        ("Fransiskus Boro Mone", "presenter")]


def test_a_name_opening_a_list_item_before_a_title_is_the_holder(analyse_one):
    a = analyse_one("2. Andi Harun, Wali Kota Samarinda (Kalimantan Timur) memperoleh Anugerah "
                    "Kebudayaan.")
    assert [(o.title, o.name) for o in officials(a)] == [("Wali Kota Samarinda", "Andi Harun")]
    # inside a sentence the name needs its closing comma
    a = analyse_one("Hadir pula Budi Santoso, Wali Kota Samarinda di acara itu.")
    assert [(o.title, o.name) for o in officials(a)] == [("Wali Kota Samarinda", None)]


def test_a_clause_about_the_giver_between_name_and_verb(analyse_one):
    a = analyse_one("Gubernur Gorontalo Rusli Habibie, S.E., yang juga bertindak sebagai pembina "
                    "upacara, menyerahkan piala kepada para juara.")
    assert [(o.name, o.role) for o in officials(a)] == [("Rusli Habibie", "presenter")]
    # a clause naming a stand-in is no such clause
    a = analyse_one("Bupati Sorong Johny Kamuru yang diwakili Sekretaris Daerah, Cliff Japsenang "
                    "menerima piagam itu.")
    assert [(o.name, o.role) for o in officials(a)][0] == ("Johny Kamuru", None)


def test_the_head_of_a_council_named_without_a_person_has_no_name(analyse_one):
    a = analyse_one("Piagam diserahkan oleh Ketua Majelis Adat Aceh di Banda Aceh.")
    assert [(o.title, o.name) for o in officials(a)] == [("Ketua Majelis Adat Aceh", None)]


@pytest.mark.parametrize("sentence, roles", [
    # a giver in person
    ("Piagam itu diterima Bupati Sleman dari Menteri Kesehatan Budi Gunadi Sadikin melalui "
     "Dirjen P2P Maxi Rein Rondonuwu di Jakarta.",
     [(None, "recipient"), ("Budi Gunadi Sadikin", None), ("Maxi Rein Rondonuwu", "presenter")]),
    # a giving body
    ("Sertifikat itu diberikan Pemprov Maluku melalui Kepala Dinas Tenaga Kerja Provinsi Maluku, "
     "Yusuf Latuconsina, di Ambon.", [("Yusuf Latuconsina", "presenter")]),
])
def test_the_one_a_giver_sends_the_award_through_hands_it_over(analyse_one, sentence, roles):
    assert [(o.name, o.role) for o in officials(analyse_one(sentence))] == roles


def test_a_word_opening_the_sentence_is_no_name_before_a_title(analyse_one):
    a = analyse_one("Sementara, Wakil Gubernur Jambi, menyerahkan piala kepada pemenang.")
    assert [(o.title, o.name) for o in officials(a)] == [("Wakil Gubernur Jambi", None)]


@pytest.mark.parametrize("sentence, role", [
    ("Penghargaan diserahkan oleh Agus Setiawan, Kepala ANRI.", "presenter"),
    ("Penghargaan diterima oleh Budi Santoso, Wali Kota Surakarta.", "recipient"),
])
def test_a_name_after_oleh_set_off_before_a_title_closing_the_sentence(analyse_one, sentence,
                                                                       role):
    [o] = officials(analyse_one(sentence))
    assert (o.name, o.role) == (sentence.split("oleh ")[1].split(",")[0], role)


@pytest.mark.parametrize("sentence, name", [
    ("Gubernur Sulawesi Tenggara (Sultra), Ali Mazi, menerima penghargaan.", "Ali Mazi"),
    ("Piagam diserahkan oleh Gubernur Sumatera Utara (Sumut) Bobby Nasution.", "Bobby Nasution"),
    # a region after the short form is the next of a list, no name
    ("Penerimanya Bupati Klaten (Jateng), Salatiga (Jawa Tengah) dan Sragen.", None),
])
def test_a_name_after_the_short_form_of_the_title_s_region(analyse_one, sentence, name):
    assert officials(analyse_one(sentence))[0].name == name


def test_a_service_rank_inside_the_words_after_a_title_opens_the_holder_s_name(analyse_one):
    a = analyse_one("Piagam diserahkan oleh Direktur Binmas Polda Gorontalo Kombes Pol Arief "
                    "Budiman di Gorontalo.")
    assert [o.name for o in officials(a)] == ["Arief Budiman"]


@pytest.mark.parametrize("sentence", [
    "Piagam diserahkan langsung oleh Kepala Basarnas Kusworo di Jakarta.",
    "Piagam diserahkan langsung oleh Kepala Basarnas Marsekal Madya TNI Kusworo di Jakarta.",
])
def test_heads_of_national_agencies_with_their_service_ranks(analyse_one, sentence):
    assert [(o.name, o.role) for o in officials(analyse_one(sentence))] == [
        ("Kusworo", "presenter")]


@pytest.mark.parametrize("sentence, name", [
    ("Penghargaan K3 diserahkan Menaker RI (Wening Astuti) di Jakarta.", "Wening Astuti"),
    # a place in brackets is where the office is, no name
    ("Penghargaan diserahkan Wali Kota Tidore Kepulauan (Maluku Utara) di Jakarta.", None),
])
def test_a_holder_named_in_brackets_after_the_title(analyse_one, sentence, name):
    assert officials(analyse_one(sentence))[0].name == name


def test_one_handing_over_together_with_another_presents(analyse_one):
    a = analyse_one("Trofi diserahkan bersama Menteri LHK Siti Nurbaya di Jakarta.")
    assert [(o.name, o.role) for o in officials(a)] == [("Siti Nurbaya", "presenter")]
    # one present beside the winner witnesses
    a = analyse_one("Bupati menerima trofi bersama Menteri LHK Siti Nurbaya di Jakarta.")
    assert [(o.name, o.role) for o in officials(a)][-1] == ("Siti Nurbaya", None)


def test_a_role_played_between_the_name_and_the_verb(analyse_one):
    a = analyse_one("Wali Kota Samarinda Andi Harun selaku tuan rumah JKPI 2024 menyerahkan trofi "
                    "itu kepada Wali Kota Surakarta Teguh Prakosa.")
    assert [(o.name, o.role) for o in officials(a)][0] == ("Andi Harun", "presenter")


def test_the_number_of_a_regulation_is_no_name(analyse_one):
    a = analyse_one("Penilaian mengacu pada Peraturan Menteri Dalam Negeri Nomor 18 Tahun 2020 "
                    "tentang evaluasi kinerja daerah.")
    assert [o.name for o in officials(a)] == [None]


def test_office_only_gives_no_name(analyse_one):
    a = analyse_one("Penghargaan diserahkan oleh Asisten Bidang Perekonomian dan Kesejahteraan "
                    "Rakyat Sekretariat Daerah Provinsi Papua di Jayapura.")
    [o] = officials(a)
    assert o.role == "presenter" and o.name is None
    assert o.title.endswith("Sekretariat Daerah Provinsi Papua")


@pytest.mark.parametrize("sentence, name, region", [
    ("Trofi diterima Wali Kota Bontang Neni Moerniaeni.", "Neni Moerniaeni", "Kota Bontang"),
    ("Trofi diterima langsung oleh Bupati Kutim Ardiansyah Sulaiman.", "Ardiansyah Sulaiman",
     "Kabupaten Kutai Timur"),
    ("Bupati Bojonegoro, Setyo Wahono, yang menerima langsung penghargaan tersebut.",
     "Setyo Wahono", "Kabupaten Bojonegoro"),
    ("Gubernur menyerahkan penghargaan kepada Bupati Sumbawa Barat, H. Amar Nurmansyah, S.T., "
     "M.Si., di Mataram.", "Amar Nurmansyah", "Kabupaten Sumbawa Barat"),
])
def test_recipient_and_the_region_they_head(analyse_one, sentence, name, region):
    found = [o for o in officials(analyse_one(sentence)) if o.role == "recipient"]
    assert [(o.name, o.region.name) for o in found] == [(name, region)]


def test_witness_and_the_represented_are_neither(analyse_one):
    a = analyse_one("Mewakili Bupati Jayapura, penghargaan diterima Sekretaris Daerah Kabupaten "
                    "Jayapura, Elisa Yarusabra, disaksikan Wakil Gubernur Papua Aryoko Rumaropen.")
    roles = {o.name: o.role for o in officials(a)}
    assert roles["Elisa Yarusabra"] == "recipient"
    assert roles["Aryoko Rumaropen"] is None
    assert [o for o in officials(a) if o.title.startswith("Bupati")][0].role is None


def test_who_opens_the_event_hands_nothing_over(analyse_one):
    a = analyse_one("Malam anugerah itu diresmikan oleh Gubernur Jawa Tengah Ahmad Luthfi di "
                    "Gedung Gradhika Bhakti Praja, Semarang.")
    assert {o.name: o.role for o in officials(a)} == {"Ahmad Luthfi": None}


@pytest.mark.parametrize("sentence, title, name", [
    ("Trofi diserahkan Menteri PAN/RB Abdullah Azwar Anas.", "Menteri PAN/RB", "Abdullah Azwar Anas"),
    ("Trofi diserahkan Menko Polhukam Budi Gunawan.", "Menko Polhukam", "Budi Gunawan"),
    ("Trofi diserahkan Kepala BKN RI Zudan Arif Fakrulloh.", "Kepala BKN RI", "Zudan Arif Fakrulloh"),
    ("Piala diserahkan oleh Menteri PAN-RB, Rini Widyantini, di Jakarta.", "Menteri PAN-RB",
     "Rini Widyantini"),
])
def test_a_ministry_short_form_belongs_to_the_title_not_the_name(analyse_one, sentence, title,
                                                                   name):
    [o] = officials(analyse_one(sentence))
    assert (o.title, o.name) == (title, name)


def test_the_last_word_of_a_title_typed_twice_is_not_the_name_s_first(analyse_one):
    [o] = officials(analyse_one(
        "Trofi diserahkan Gubernur Sulawesi Utara Utara Yulius Selvanus di Manado."))
    assert (o.title, o.name) == ("Gubernur Sulawesi Utara", "Yulius Selvanus")


def test_an_office_s_short_form_of_two_words_in_brackets_is_not_its_holder_s_name(analyse_one):
    [o] = officials(analyse_one(
        "Piagam diserahkan Kepala Dinas Koperasi dan UKM Provinsi Bali (Diskop Bali), Ketut "
        "Suryawan, di Denpasar."))
    assert (o.title, o.name) == ("Kepala Dinas Koperasi dan UKM Provinsi Bali", "Ketut Suryawan")


def test_a_headline_s_second_clause_after_a_title_and_a_comma_is_no_name(analyse_one):
    [o] = officials(analyse_one(
        "Kelurahan Sukamaju Terima Trofi Proklim dari Menteri LHK, Begini Kiat Warganya"))
    assert (o.title, o.name) == ("Menteri LHK", None)


def test_a_village_head_with_the_village_named(analyse_one):
    a = analyse_one("Penghargaan diterima Kepala Desa Kebonagung, Suparno.")
    [o] = officials(a, {"Kebonagung": "Desa Kebonagung"})
    assert (o.name, o.body, o.role) == ("Suparno", "Desa Kebonagung", "recipient")


@pytest.mark.parametrize("sentence, name", [
    ("Penghargaan diserahkan Wakil Presiden Prof.Dr.K.H Ma'ruf Amin di Jakarta.", "Ma'ruf Amin"),
    ("Piagam diserahkan Ketua Ombudsman Rl Prof. Amzulian Rifai di Jakarta.", "Amzulian Rifai"),
    ("Piagam diserahkan Sekda Jabar R. Andika Dwi Prasetya di Bandung.", "Andika Dwi Prasetya"),
    ("Trofi diserahkan Menteri PP dan PA Yohana Yembise di Jakarta.", "Yohana Yembise"),
])
def test_the_name_without_what_is_written_around_it(analyse_one, sentence, name):
    presenter = next(o for o in officials(analyse_one(sentence)) if o.role == "presenter")
    assert presenter.name == name


def test_a_region_after_a_head_is_no_name(analyse_one):
    found = officials(analyse_one("Kategori Gold diraih oleh Bupati Lamongan, Tuban, dan Gresik."))
    assert [(o.title, o.name, o.role) for o in found] == [("Bupati Lamongan", None, "recipient")]


@pytest.mark.parametrize("sentence, title", [
    ("Trofi diserahkan oleh Pejabat Gubernur Riau Edy Natar di Pekanbaru.", "Pejabat Gubernur Riau"),
    ("Trofi diserahkan Penjabat (Pj) Gubernur Jawa Timur Adhy Karyono di Surabaya.",
     "Penjabat Gubernur Jawa Timur"),
])
def test_an_acting_head_hands_it_over(analyse_one, sentence, title):
    presenter = next(o for o in officials(analyse_one(sentence)) if o.role == "presenter")
    assert presenter.title == title



def test_an_interim_head_written_pjs_is_a_title(analyse_one):
    a = analyse_one("Piagam diserahkan kepada Pjs Gubernur Kaltara Teguh Setyabudi di Tanjung Selor.")
    assert [(o.title, o.name) for o in officials(a)] == [("Pjs Gubernur Kaltara", "Teguh Setyabudi")]


def test_a_ministry_s_short_form_after_a_title_is_no_name(analyse_one):
    a = analyse_one("Penghargaan diserahkan Dirjen HAM, Kemenhum dan HAM RI, Mualimin Abdi.")
    assert "Kemenhum" not in {o.name for o in officials(a)}


def test_a_place_and_a_date_between_the_presenter_and_the_verb(analyse_one):
    a = analyse_one("Menteri LHK Siti Nurbaya di Jakarta (29/08/2023) menganugerahkan "
                    "Nirwasita Tantra kepada sepuluh kepala daerah.")
    assert [(o.name, o.role) for o in officials(a)] == [("Siti Nurbaya", "presenter")]


def test_a_name_after_and_belongs_to_someone_else(analyse_one):
    a = analyse_one("Presiden SBY dan Ibu Ani, di Istana Negara, menyerahkan Adhikarya "
                    "Pangan Nusantara 2012.")
    assert officials(a)[0].name == "SBY"  # (the nickname, not "Ani")


def test_an_office_s_short_form_glued_to_a_word_is_no_presenter_s_name(extract):
    # a caption garbled by the page: "Menteri LHKiala Adipura"
    text = ("Prabumulih Kembali Raih Adipura\nWali Kota Prabumulih saat menerima trofi dari Menteri "
            "LHKiala Adipura dari Menteri LHK\nPiala Adipura diberikan Menteri Lingkungan Hidup "
            "dan Kehutanan kepada Wali Kota Prabumulih di Jakarta, Selasa 28 Februari 2023.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2023-03-01")] == [
        ("Kota Prabumulih", None)]


def test_the_official_standing_in_for_the_president_hands_the_honour_over(extract):
    text = ("Mendagri Tito Karnavian menggantikan Presiden Joko Widodo menyematkan Satyalancana "
            "Karya Bhakti Praja Nugraha kepada sejumlah kepala daerah dalam upacara Hari Otonomi "
            "Daerah di Balai Kota Surabaya, Kamis (25/4/2024). Para penerima tanda kehormatan yang "
            "diberikan Jokowi dan disematkan Mendagri itu sebagai berikut:\n- Gubernur Jawa Timur "
            "Khofifah Indar Parawansa\n- Bupati Wonogiri Joko Sutopo")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2024-04-26")] == [
        ("Provinsi Jawa Timur", "Tito Karnavian"), ("Kabupaten Wonogiri", "Tito Karnavian")]


def test_a_handover_pada_one_head_gives_its_presenter_to_that_winner_only(extract):
    text = ("Pemkab Ngawi memperoleh Anugerah Meritokrasi kategori Baik.\nPiagamnya diserahkan "
            "oleh Sekda Provinsi Jawa Timur, Adhy Karyono, pada Bupati Ngawi Ony Anwar, 5 Desember "
            "2022.\nSelain Kabupaten Ngawi, anugerah serupa juga diterima dua daerah lain. Yakni, "
            "Kabupaten Madiun dan Kabupaten Magetan.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2022-12-07")] == [
        ("Kabupaten Ngawi", "Adhy Karyono"), ("Kabupaten Madiun", None),
        ("Kabupaten Magetan", None)]


def test_who_something_was_said_by_hands_nothing_over(analyse_one):
    a = analyse_one("Hal ini disampaikan oleh Kepala BPK RI Perwakilan Jambi Hery Purwanto dalam "
                    "konferensi pers di kantornya, Jumat (28/6/2019).")
    assert [(o.name, o.role) for o in officials(a)] == [("Hery Purwanto", None)]
    # the award said to be handed over by someone is handed over by that one
    a = analyse_one("Penghargaan itu disampaikan oleh Kepala BPK RI Perwakilan Jambi Hery Purwanto "
                    "kepada Gubernur Jambi di Jambi, Jumat (28/6/2019).")
    assert [(o.name, o.role) for o in officials(a)][0] == ("Hery Purwanto", "presenter")


def test_a_licentiate_after_a_presenter_s_name_is_a_degree(extract):
    text = ("Kabupaten Pulau Taliabu meraih juara 1 Lomba Desa tingkat Provinsi Maluku Utara. Piala "
            "diserahkan Gubernur Maluku Utara, KH. Abdul Gani Kasuba Lc di Sofifi, Selasa (12/10).")
    assert [r["presenter"] for r in extract(text, published="2021-10-13")] == [
        "Abdul Gani Kasuba"]


def test_a_second_office_after_a_bracketed_short_form_and_a_slash_keeps_the_presenter(extract):
    text = ("Kabupaten Sumedang meraih AMPL Award 2023. Menteri Perencanaan Pembangunan Nasional "
            "(PPN)/Kepala Bappenas Suharso Monoarfa menyerahkan penghargaan itu di Jakarta, Selasa "
            "(12/12/2023).")
    assert [r["presenter"] for r in extract(text, published="2023-12-13")] == ["Suharso Monoarfa"]


def test_the_official_after_yang_menyerahkan_is_the_presenter(extract):
    text = ("Kota Madiun meraih STBM Award 2024 kategori Pratama di Jakarta, Kamis (5/12/2024). Yang "
            "menyerahkan Wakil Menteri Kesehatan Dante Saksono Harbuwono.")
    assert [r["presenter"] for r in extract(text, published="2024-12-06")] == [
        "Dante Saksono Harbuwono"]


def test_the_official_a_body_gives_an_award_lewat_is_the_presenter(extract):
    text = ("Pemprov Gorontalo meraih opini WTP. Opini itu diberikan oleh BPK RI lewat Anggota V BPK "
            "RI Ahmadi Noor Supit di Gorontalo, Senin (27/5/2024).")
    assert [r["presenter"] for r in extract(text, published="2024-05-28")] == [
        "Ahmadi Noor Supit"]


def test_the_jakarta_raya_office_s_head_is_named_after_the_comma(extract):
    text = ("Pemkot Bekasi meraih Penghargaan Kepatuhan Pelayanan Publik 2024 di Bekasi, Senin "
            "(9/12/2024). Penghargaan diserahkan Kepala Perwakilan Ombudsman Jakarta Raya, Teguh "
            "Nugroho.")
    assert [r["presenter"] for r in extract(text, published="2024-12-10")] == ["Teguh Nugroho"]


def test_an_office_whose_commas_are_set_loosely_keeps_its_holder_s_name(extract):
    text = ("Kabupaten Wajo meraih Anugerah Merdeka Belajar 2023. Penghargaan diserahkan Menteri "
            "Pendidikan,Kebudayaan ,Riset dan Teknologi Nadiem Anwar Makarim di Jakarta, Senin "
            "(29/5/2023).")
    assert [r["presenter"] for r in extract(text, published="2023-05-31")] == [
        "Nadiem Anwar Makarim"]


@pytest.mark.parametrize("honoured", ["Abah H.M. Ahmad Fauzi", "HM. Ahmad Fauzi"])
def test_abah_and_hm_before_a_presenter_s_name_are_honorifics(extract, honoured):
    text = ("Desa Sungai Dua meraih juara 1 lomba desa tingkat Kabupaten Banjar 2022. Piala "
            f"diserahkan Bupati Banjar {honoured} di Martapura, Senin (25/4/2022).")
    assert [r["presenter"] for r in extract(text, published="2022-04-26")] == ["Ahmad Fauzi"]


def test_a_social_welfare_diploma_after_a_presenter_s_name_is_a_degree(extract):
    text = ("Kabupaten Blitar meraih Paritrana Award 2023 tingkat Provinsi Jawa Timur. Piala "
            "diserahkan Sekretaris Daerah Provinsi Jawa Timur, Nur Hidayat A.Ks, M.AP. di "
            "Surabaya, Senin (4/3/2024).")
    assert [r["presenter"] for r in extract(text, published="2024-03-05")] == ["Nur Hidayat"]


def test_an_honorary_doctorate_closed_by_a_full_stop_keeps_the_presenter(extract):
    text = ("Pemkab Nias Utara mendapat penghargaan UHC Award kategori Madya di Ballroom Balai Sidang "
            "Kemayoran, Jakarta (27/01/2026).\nPenghargaan diserahkan oleh Menko Pemberdayaan "
            "Masyarakat, Dr. (HC). Drs. H. Ridwan Hakim, M.Si.")
    assert [r["presenter"] for r in extract(text, published="2026-01-28")] == ["Ridwan Hakim"]


def test_a_companion_named_in_a_fronted_didampingi_is_no_presenter(extract):
    text = ("Kabupaten Sragen meraih Parasamya Purnakarya Nugraha. Didampingi Menteri PANRB Dodi "
            "Hermawan, Wakil Presiden Bambang Sutrisno menyerahkan anugerah itu kepada Bupati "
            "Sragen di Jakarta, Senin (30/4/2018).")
    [rec] = extract(text, published="2018-05-01")
    assert rec["presenter"] == "Bambang Sutrisno"


def test_an_official_who_attended_online_hands_nothing_over(extract):
    text = ("Kemendes memberikan piagam Lomba Kampung Siaga Banjir 2022 kepada daerah pemenang di "
            "Jakarta, Rabu (9/3/2022). Acara dihadiri secara virtual oleh Menko PMK Handoko "
            "Wiryawan. Kabupaten Demak meraih juara I klaster kabupaten.")
    [rec] = extract(text, published="2022-03-10")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Demak", None)


def test_a_handover_to_one_rank_presents_to_that_rank_s_winner_only(extract):
    text = ("Desa Sukasari menjadi juara pertama lomba Desa Asri Kabupaten Garut 2023, juara kedua "
            "diraih Desa Cisurupan. Penyerahan secara simbolis kepada pemenang juara pertama "
            "dilakukan langsung oleh Bupati Garut Rudy Gunawan di Pendopo Garut, Jumat "
            "(13/10/2023).")
    recs = {r["awardee"]: r["presenter"] for r in extract(text, published="2023-10-14")}
    assert recs == {"Desa Sukasari": "Rudy Gunawan", "Desa Cisurupan": None}


def test_an_official_in_a_range_of_guests_hands_nothing_over(extract):
    text = ("Penyerahan Penghargaan ProKlim 2023 di Gedung Manggala Wanabakti, Jakarta, Selasa "
            "(24/10/2023) dihadiri berbagai pihak mulai dari Menteri LHK beserta jajaran hingga "
            "kepala desa. Penghargaan ProKlim Lestari diraih Desa Sumberwangi dan Desa Karangrejo. "
            "Dalam sambutannya, Menteri LHK Siti Nurbaya mengajak desa menjaga hutan.")
    recs = {r["awardee"]: r["presenter"] for r in extract(text, published="2023-10-25")}
    assert recs == {"Desa Sumberwangi": None, "Desa Karangrejo": None}


def test_the_press_spoken_to_stands_between_an_official_and_the_handover(extract):
    text = ("Wakil Gubernur Bali Made Wiranata mengajak pekerja ikut BPJS Ketenagakerjaan. Hal itu "
            "disampaikan Wagub Bali kepada awak media seusai menyerahkan Paritrana Award 2023 "
            "Provinsi Bali di Gedung Jaya Sabha, Rabu (15/5/2024). Peringkat I diraih Kabupaten "
            "Badung.")
    [rec] = extract(text, published="2024-05-16")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Badung", "Made Wiranata")


def test_an_official_speaking_while_handing_it_over_is_the_presenter(extract):
    text = ("MATARAM – Wakil Gubernur NTB Rahmat Hidayat menegaskan hal itu saat menyerahkan "
            "Paritrana Award 2025 tingkat Provinsi NTB di Hotel Lombok Raya, Kamis (11/9/2025). "
            "Kategori pemerintah daerah juara I diraih Kabupaten Bima.")
    [rec] = extract(text, published="2025-09-12")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Bima", "Rahmat Hidayat")


def test_one_winner_s_awards_handed_at_one_ceremony_share_its_presenter(extract):
    text = ("Kota Bitung meraih Juara 1 Lomba Kota Sehat tingkat Provinsi Sulawesi Utara 2021. Kota "
            "Bitung juga meraih Juara 2 Lomba Kampung KB tingkat Provinsi Sulawesi Utara 2021. "
            "Penghargaan diserahkan Gubernur Olly Dondokambey di Kantor Gubernur Sulut, Manado, Rabu "
            "(21/4/2021).")
    assert {r["presenter"] for r in extract(text, published="2021-04-22")} == {"Olly Dondokambey"}


def test_a_region_s_province_between_a_head_s_title_and_name(analyse_one):
    a = analyse_one("Penghargaan diserahkan kepada Bupati Blitar, Jawa Timur, Rini Syarifah, dan "
                    "Bupati Lamongan, Tuban, dan Sidoarjo.")
    assert [(o.title, o.name) for o in officials(a)][:1] == [("Bupati Blitar", "Rini Syarifah")]


def test_a_headline_names_the_presenter_the_body_leaves_out(extract):
    text = ("DENPASAR - Penghargaan Paritrana Award 2024 Provinsi Bali diserahkan di Wiswa Sabha "
            "Utama, Kantor Gubernur Bali, Jumat (9/8/2024). Kategori pemerintah kabupaten/kota "
            "peringkat I diraih Kabupaten Gianyar.")
    [rec] = extract(text, published="2024-08-10",
                    title="Sekda Made Wirawan Serahkan Penghargaan Paritrana Award 2024 Provinsi Bali")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Gianyar", "Made Wirawan")


def test_an_assessment_s_name_before_a_title_is_no_official_s(extract):
    text = ("Dalam rangkaian HUT Jawa Timur ke-72 Tahun 2017, Pemerintah Provinsi Jawa Timur "
            "memberikan 50 penghargaan kepada pemerintah kabupaten/kota, instansi dan perorangan, "
            "Kamis (14/9/2017) malam di Gedung Negara Grahadi Surabaya.\nPenghargaan tersebut "
            "diberikan langsung oleh Gubernur Jawa Timur Soekarwo.\nBagi tiga daerah teratas "
            "dalam penilaian Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah, Gubernur "
            "memberikan trofi dan piagam kepada "
            "Kabupaten Lamongan, Kabupaten Gresik dan Kabupaten Jombang untuk tingkat daerah "
            "kabupaten, serta Kota Madiun, Kota Batu dan Kota Blitar untuk tingkat daerah kota.\n"
            "Kabupaten Lamongan sendiri masuk kategori kabupaten berprestasi paling tinggi secara "
            "nasional di peringkat 9 dengan skor 3,2150.")
    recs = extract(text, published="2017-09-15")
    assert {r["presenter"] for r in recs} == {"Soekarwo"}


@pytest.mark.parametrize("written", ["Kapolri, Jenderal Polisi Bagus Santoso,",
                                     "Mendagri Pak Bagus Santoso"])
def test_a_rank_or_a_familiar_honorific_is_no_part_of_the_presenter_s_name(extract, written):
    text = (f"Kabupaten Buru meraih penghargaan Kampung Tangguh Nusantara. Penghargaan diserahkan "
            f"oleh {written} kepada Bupati Buru di Jakarta, Jumat (16/7/2021).")
    [rec] = extract(text, published="2021-07-17")
    assert rec["presenter"] == "Bagus Santoso"


def test_a_sentence_cut_before_yang_diserahkan_names_the_presenter(extract):
    text = ("DLH Kabupaten Magelang menyerahkan piala kepada para pemenang lomba foto pengelolaan "
            "sampah tahun 2020.\nPenyerahan piala dilaksanakan Senin (6/7/2020) di Kantor DLH "
            "Kabupaten Magelang. Yang diserahkan langsung oleh Kepala Bidang Kebersihan DLH "
            "Kabupaten Magelang, Supriyadi.\nUntuk juara pertama atas nama Joko Susilo dari Desa "
            "Borobudur.")
    [rec] = extract(text, published="2020-07-07")
    assert (rec["awardee"], rec["presenter"]) == ("Joko Susilo", "Supriyadi")


def test_a_name_glued_before_its_title_after_a_handing_verb(extract):
    text = ("Desa Wisata Nglanggeran meraih Anugerah Desa Wisata Indonesia 2024. Penghargaan itu "
            "diberikan Budi Hartono Menteri Pariwisata dan Ekonomi Kreatif RI di Balai Sarbini, "
            "Jakarta, Sabtu (17/8/2024).")
    [rec] = extract(text, published="2024-08-18")
    assert rec["presenter"] == "Budi Hartono"


def test_the_official_right_after_an_opening_handover_clause_presented_it(extract):
    text = ("Kupang – Seusai menyerahkan Paritrana Award Provinsi NTT 2024 di Aula El Tari, Rabu "
            "(16/7/2025), Sekda NTT Kosmas Lana mengatakan pekerja rentan perlu dilindungi. "
            "Terbaik I kategori kabupaten diraih Kabupaten Sikka.")
    [rec] = extract(text, published="2025-07-17")
    assert (rec["presenter"], rec["venue"]) == ("Kosmas Lana", "Aula El Tari")
    # (but one named after a clause on the win is no presenter)
    text = ("Kupang – Setelah Kabupaten Sikka meraih Terbaik I Paritrana Award Provinsi NTT 2024, "
            "Sekda NTT Kosmas Lana mengatakan pekerja rentan perlu dilindungi.")
    assert [r["presenter"] for r in extract(text, published="2025-07-17")] == [None]


@pytest.mark.parametrize("title", [
    "Direktur Jenderal Pemasyarakatan", "Dirjen Imigrasi", "Dirjen Bea dan Cukai",
    "Ketua Umum Pengurus Nasional Karang Taruna,"])
def test_a_directorate_s_or_an_organisation_s_field_is_no_part_of_the_presenter(extract, title):
    text = (f"Lapas Kelas IIA Ambon meraih Terbaik II kategori Lapas se-Indonesia. Penghargaan "
            f"diserahkan {title} Yusuf Maulana di Jakarta, Selasa (26/4/2022).")
    assert [r["presenter"] for r in extract(text, published="2022-04-27")] == ["Yusuf Maulana"]


def test_a_listed_company_s_name_closed_by_tbk_is_no_part_of_the_presenter(extract):
    text = ("Pemkab Badung meraih Investment Award 2017 di Hotel Mulia Jakarta, Jumat "
            "(29/9/2017). Penghargaan diberikan oleh Direktur Utama Sinar Media Nusantara Tbk "
            "Hendra Wijaya.")
    assert [r["presenter"] for r in extract(text, published="2017-10-01")] == ["Hendra Wijaya"]


def test_going_up_to_receive_the_award_plans_nothing(extract):
    text = ("Provinsi Jambi meraih Satyalancana Karya Bhakti Praja Nugraha di Lapangan Merdeka, "
            "Kota Medan, Selasa (25/4/2017). Hadirin bertepuk tangan ketika Wakil Gubernur Abdullah "
            "Sani naik ke podium untuk menerima penghargaan yang diserahkan oleh Menteri Dalam "
            "Negeri Tjahjo Kumolo.")
    assert [r["presenter"] for r in extract(text, published="2017-04-25")] == ["Tjahjo Kumolo"]


def test_of_two_officials_an_award_comes_from_the_first_named_presented_it(extract):
    text = ("Bupati Sleman Sri Purnomo menerima penghargaan Kabupaten Sehat dari Menteri Kesehatan "
            "Nila Moeloek dan Menteri Dalam Negeri Tjahjo Kumolo di Gedung Sasana Bhakti Praja, "
            "Jakarta, Selasa (28/11/2017).")
    assert [r["presenter"] for r in extract(text, published="2017-11-29")] == ["Nila Moeloek"]


def test_a_presenter_named_before_the_office_in_brackets(extract):
    text = ("Piala PPD 2021 peringkat pertama diraih Provinsi Gorontalo. Piala diserahkan oleh "
            "Bapak Suharso Monoarfa (Menteri PPN/Kepala Bappenas) di Gedung Bappenas, Kamis "
            "(25/11/2021).")
    assert [r["presenter"] for r in extract(text, published="2021-11-25")] == ["Suharso Monoarfa"]


@pytest.mark.parametrize("office", [
    "Kepala Kantor Wilayah DJPb Aceh,",
    "Kepala Kantor Wilayah Direktorat Jenderal Perbendaharaan (DJPb) Provinsi Aceh"])
def test_a_treasury_office_s_acronym_and_directorate_are_no_part_of_the_presenter(extract, office):
    text = ("Pemerintah Aceh mendapat penghargaan kinerja APBA terbaik. Penghargaan itu diterima "
            f"Pj Gubernur Aceh, Achmad Marzuki, dari {office} Safuadi, di Kantor Gubernur Aceh, "
            "Kamis (8/12/2022).")
    assert [r["presenter"] for r in extract(text, published="2022-12-09")] == ["Safuadi"]


def test_who_leads_the_ceremony_hands_nothing_over(extract):
    text = ("Upacara HUT Provinsi Gorontalo digelar di Lapangan Taruna Remaja, Senin (5/12/2024). "
            "Upacara itu dipimpin langsung oleh Gubernur Gorontalo, Rusli Habibie. Pada momen itu, "
            "Desa Huntu Selatan meraih penghargaan sebagai Pelaksana Terbaik Program Pekarangan.")
    assert [r["presenter"] for r in extract(text, published="2024-12-05")] == [None]


def test_a_division_coordinator_of_a_body_presents_by_name(extract):
    text = ("Bawaslu Kabupaten Sikka meraih peringkat dua dalam pengawasan partisipatif Pemilu 2024. "
            "Piagam penghargaan diserahkan oleh Koordinator Divisi Pencegahan Bawaslu NTT Yosef Lede "
            "dan diterima oleh Ketua Bawaslu Sikka di Hotel Jayakarta, Rabu (22/5/2024).")
    [rec] = extract(text, published="2024-05-23")
    assert (rec["awardee"], rec["presenter"]) == ("Bawaslu Kabupaten Sikka", "Yosef Lede")


def test_a_foundation_s_chair_presents_by_the_name_after_the_comma(extract):
    text = ("Hotel Puri Saron meraih Bali Green Award 2023. Penghargaan diserahkan oleh Ketua "
            "Yayasan Bumi Lestari Bali, Ir. Nyoman Sudarsa, di Gedung Sabha Budaya Gianyar, Selasa "
            "(19/12/2023).")
    assert [r["presenter"] for r in extract(text, published="2023-12-19")] == ["Nyoman Sudarsa"]


def test_a_media_company_after_an_unnamed_title_is_no_presenter(extract):
    text = ("Kota Tarakan meraih penghargaan Apresiasi Tokoh Indonesia. Penghargaan ini diserahkan "
            "oleh Direktur Kabar Nusa Media di Hotel Mulia Jakarta, Kamis (29/8/2024).")
    assert [r["presenter"] for r in extract(text, published="2024-09-05")] == [None]


@pytest.mark.parametrize("title", ["Menteri PU,", "Menteri Pendidikan Dasar dan Menengah",
                                   "Mendikdasmen"])
def test_ministers_of_the_2024_cabinet_present_by_name(extract, title):
    text = (f"SMPN 2 Blora meraih penghargaan Sekolah Terbaik 2025 yang diserahkan {title} Abdul "
            "Mu'ti di Jakarta, Senin (9/6/2025).")
    assert [r["presenter"] for r in extract(text, published="2025-06-10")] == ["Abdul Mu'ti"]


def test_a_branch_written_in_lower_case_goes_on_with_the_title(extract):
    text = ("Pemkot Kediri meraih predikat kepatuhan tinggi 2023. Piagam diserahkan Kepala "
            "Ombudsman RI perwakilan Jawa Timur, Budi Santosa di Surabaya, Kamis (14/12/2023).")
    [rec] = extract(text, published="2023-12-15")
    assert (rec["presenter"], rec["presenter_title"]) == (
        "Budi Santosa", "Kepala Ombudsman RI perwakilan Jawa Timur")


def test_a_minister_s_short_title_in_capitals_is_a_title(extract):
    text = ("Pemkab Sleman meraih penghargaan Pelayanan Prima 2019. Penghargaan diserahkan oleh "
            "MENKES Terawan Agus Putranto di Jakarta, Senin (9/12/2019).")
    [rec] = extract(text, published="2019-12-10")
    assert (rec["presenter"], rec["presenter_title"], rec["level"]) == (
        "Terawan Agus Putranto", "MENKES", "nasional")


def test_a_title_s_short_form_with_ri_in_brackets_goes_on_to_the_name(extract):
    text = ("Menteri Pemuda dan Olahraga Republik Indonesia (Menpora RI) Zainudin Amali menyerahkan "
            "penghargaan Kota Layak Pemuda 2021 kepada Wali Kota Madiun di Jakarta, Kamis "
            "(28/10/2021).")
    [rec] = extract(text, published="2021-10-29")
    assert (rec["awardee"], rec["presenter"]) == ("Kota Madiun", "Zainudin Amali")


def test_a_head_s_province_after_the_region_s_short_form_is_no_name(extract):
    text = ("Bupati Kotawaringin Timur (Kotim), Kalteng, Halikinnor menerima penghargaan Swasti "
            "Saba Wistara di Jakarta, Selasa (28/11/2023).")
    [rec] = extract(text, published="2023-11-29")
    assert (rec["awardee"], rec["recipient"]) == ("Kabupaten Kotawaringin Timur", "Halikinnor")


@pytest.mark.parametrize("title", ["Pemimpin Redaksi Suara Borneo", "Pemred Suara Borneo"])
def test_an_editor_in_chief_named_after_the_outlet_and_a_comma_hands_it_over(extract, title):
    text = (f"Kota Singkawang meraih Suara Borneo Award 2023. Penghargaan diserahkan oleh {title}, "
            "Hendra Gunawan, kepada Wali Kota Singkawang di Hotel Swiss-Belinn Singkawang, Kamis "
            "(9/11/2023).")
    [rec] = extract(text, published="2023-11-10")
    assert (rec["presenter"], rec["presenter_title"]) == ("Hendra Gunawan", title)


@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_dash_before_ri_after_an_office_s_short_form_keeps_the_name(extract, dash):
    text = ("Kota Kendari kembali meraih Adipura 2019. Piala Adipura diserahkan oleh Menteri "
            f"Pekerjaan Umum dan Perumahan Rakyat (PUPR) {dash} RI, Basuki Hadimuljono kepada "
            "Wali Kota Kendari di Jakarta, Senin (14/1/2019).")
    [rec] = extract(text, published="2019-01-15")
    assert rec["presenter"] == "Basuki Hadimuljono"


def test_a_region_after_a_headline_s_title_and_comma_is_no_holder_s_name(extract):
    text = ("5 Daerah Raih Penghargaan Tertinggi dari Presiden, Jateng Bangga\nSemarang - Lima "
            "daerah di Jawa Tengah meraih Parasamya Purnakarya Nugraha 2018 di Jakarta, Rabu "
            "(25/4/2018), yakni Kabupaten Kudus dan Kota Salatiga.")
    recs = extract(text, published="2018-04-26")
    assert {(r["presenter"], r["presenter_title"]) for r in recs} == {(None, "Presiden")}


def test_who_a_head_named_by_name_alone_receives_from_hands_to_that_region_only(extract):
    text = ("Jakarta - Gubernur Jawa Barat Hendra Kusuma meraih penghargaan Kepala Daerah "
            "Inovatif 2023 di Jakarta, Selasa (10/1/2023). Hendra menerima penghargaan yang "
            "diberikan Ketua Panitia Ahmad Fauzi.\nSelain Hendra, sejumlah kepala daerah lain "
            "juga mendapat penghargaan. Diantaranya Bupati Sleman Rina Astuti dan Bupati Badung "
            "Made Suarta.")
    assert {r["awardee"]: r["presenter"] for r in extract(text, published="2023-01-11")} == {
        "Provinsi Jawa Barat": "Ahmad Fauzi", "Kabupaten Sleman": None, "Kabupaten Badung": None}


def test_a_name_opening_the_sentence_right_before_a_title_is_the_holder_s(extract):
    text = ("Provinsi Bali meraih Anugerah Pangripta Nusantara 2016 di Jakarta, Rabu (27/4/2016). "
            "Sofyan A Djalil Menteri Perencanaan Pembangunan Nasional memberikan penghargaan itu "
            "kepada Gubernur Bali.")
    [rec] = extract(text, published="2016-04-28")
    assert rec["presenter"] == "Sofyan A Djalil"
    # not a thing named in title case before a title
    text = ("Provinsi Bali meraih Anugerah Pangripta Nusantara 2016 di Jakarta, Rabu (27/4/2016). "
            "Pelaksanaan Peraturan Menteri Dalam Negeri menjadi dasar penilaian itu.")
    assert [r["presenter"] for r in extract(text, published="2016-04-28")] == [None]


def test_a_title_s_last_word_in_lower_case_before_its_acronym_keeps_the_title_whole(extract):
    text = ("Kota Gorontalo meraih penghargaan Kota Layak Anak 2018 di Surabaya, Senin "
            "(23/7/2018). Penghargaan diserahkan oleh Menteri Pemberdayaan Perempuan dan "
            "Perlindungan anak (PPPA) Yohana Yembise.")
    [rec] = extract(text, published="2018-07-24")
    assert rec["presenter"] == "Yohana Yembise"


def test_a_headline_s_group_after_a_title_and_a_comma_is_no_name(extract):
    text = "Kabupaten Boven Digoel meraih UHC Award 2026 kategori Madya di Jakarta, Selasa (27/1/2026)."
    recs = extract(text, title="Borong Penghargaan dari Wapres, Seluruh Pemda di Papua Selatan Raih "
                               "UHC 2026", published="2026-01-28")
    assert [r["presenter"] for r in recs] == [None]


@pytest.mark.parametrize("line", [
    "Penghargaan, Menteri Keuangan,WTP",
    "id Penghargaan, Menteri Keuangan,WTP",
])
def test_a_pages_tag_line_names_no_official(analyse_one, line):
    # a page's tags under its headline: neither "Penghargaan" nor the award's
    # acronym is the minister's name
    assert [(o.title, o.name) for o in officials(analyse_one(line))] == [("Menteri Keuangan", None)]


def test_a_coordinating_minister_s_one_word_short_form_is_a_title(extract):
    text = ("Penghargaan P4GN untuk Provinsi Riau diserahkan Menkopolhukam Mahfud MD di Jakarta, "
            "Senin (26/6/2023).")
    assert [(r.get("presenter"), r.get("presenter_title"))
            for r in extract(text, published="2023-06-27")] == [("Mahfud MD", "Menkopolhukam")]


def test_an_official_who_could_not_come_is_no_presenter(extract):
    text = ("Kota Kendari meraih penghargaan P4GN di Jakarta, Senin (26/6/2023). Semula "
            "penghargaan akan diserahkan oleh Wakil Presiden Ma'ruf Amin, tetapi karena "
            "berhalangan, penghargaan diserahkan Kepala BNN Petrus Reinhard Golose.")
    assert [(r.get("presenter"), r.get("presenter_title"))
            for r in extract(text, published="2023-06-27")] == [
        ("Petrus Reinhard Golose", "Kepala BNN")]


@pytest.mark.parametrize("title", ["Ketua Baznas", "Ketua Bawaslu"])
def test_a_national_body_s_short_form_in_title_case_closes_its_title(extract, title):
    text = (f"Kabupaten Sleman meraih penghargaan Zona Integritas 2024. Penghargaan diserahkan "
            f"{title} Ahmad Fauzi di Jakarta, Rabu (28/2/2024).")
    assert [(r.get("presenter"), r.get("presenter_title"))
            for r in extract(text, published="2024-02-29")] == [("Ahmad Fauzi", title)]


def test_the_rb_of_kemenpan_rb_closes_the_title(extract):
    text = ("Kota Payakumbuh meraih penghargaan Pelayanan Prima 2023. Penghargaan diserahkan "
            "Deputi Pelayanan Publik Kemenpan RB Diah Natalisa di Jakarta, Rabu (13/12/2023).")
    assert [(r.get("presenter"), r.get("presenter_title"))
            for r in extract(text, published="2023-12-14")] == [
        ("Diah Natalisa", "Deputi Pelayanan Publik Kemenpan RB")]


def test_two_offices_joined_by_dan_with_no_names_are_two_offices(extract):
    text = ("Kabupaten Ngawi meraih penghargaan Swasti Saba Wistara 2023. Penghargaan diserahkan "
            "oleh Mendagri dan Menkes di Jakarta, Rabu (29/11/2023).")
    assert [r.get("presenter_title") for r in extract(text, published="2023-11-30")] == [
        "Mendagri"]


def test_a_ministry_s_hyphenated_short_form_closes_the_title(extract):
    text = ("Kabupaten Sidoarjo meraih penghargaan PKPD-PU 2014 yang diserahkan Menteri PU-Pera "
            "Basuki Hadimuljono di Jakarta, Jumat (5/12/2014).")
    assert [(r.get("presenter"), r.get("presenter_title"))
            for r in extract(text, published="2014-12-06")] == [
        ("Basuki Hadimuljono", "Menteri PU-Pera")]


def test_the_office_handing_an_award_over_outranks_the_one_it_comes_from(extract):
    text = ("Kabupaten Kudus menerima penghargaan Satyalancana Karya Bhakti Praja Nugraha. "
            "Penghargaan dari Presiden itu diserahkan oleh Menteri Dalam Negeri di Surabaya, "
            "Sabtu (10/11/2018).")
    assert [r.get("presenter_title") for r in extract(text, published="2018-11-11")] == [
        "Menteri Dalam Negeri"]


def test_an_army_chief_spelt_out_with_a_rank_after_the_comma_presents(extract):
    text = ("Kabupaten Sambas meraih penghargaan TMMD 2024 sebagai kabupaten terbaik. Penghargaan "
            "itu diserahkan oleh Kepala Staf Angkatan Darat (KSAD) TNI, Jenderal TNI Agus "
            "Subiyanto kepada Bupati Sambas di Jakarta, Rabu (15/5/2024).")
    [rec] = extract(text, published="2024-05-16")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Sambas", "Agus Subiyanto")


def test_a_sector_police_chief_presents(extract):
    text = ("Juara pertama Lomba Pos Kamling 2023 diraih Desa Kebonsari. Piala diserahkan "
            "Kapolsek Candipuro AKP Sugeng Riyadi di Lumajang, Kamis (6/7/2023).")
    [rec] = extract(text, published="2023-07-07")
    assert (rec["awardee"], rec["presenter"]) == ("Desa Kebonsari", "Sugeng Riyadi")


@pytest.mark.parametrize("giver, presenter", [
    ("Direktur Jenderal Pencegahan dan Pengendalian Penyakit", None),
    ("Direktur Jenderal (Dirjen) Pencegahan dan Pengendalian Penyakit (P2P) Kemenkes dr. Imran "
     "Pambudi", "Imran Pambudi")])
def test_disease_control_is_an_office_s_field_no_name(extract, giver, presenter):
    text = (f"Sertifikat eliminasi malaria diserahkan oleh {giver} kepada Bupati Sumba Barat di "
            "Jakarta, Kamis (25/4/2024).")
    [rec] = extract(text, published="2024-04-26")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Sumba Barat", presenter)


@pytest.mark.parametrize("title, name", [("Menteri Dikbud Ristek", "Nadiem Makarim"),
                                         ("Menteri ATR/BPN", "Sofyan Djalil")])
def test_a_minister_s_office_written_in_short_parts_closes_before_the_name(extract, title, name):
    text = (f"Kabupaten Sleman meraih Anugerah Merdeka Belajar 2022. Piagamnya diserahkan oleh "
            f"{title} {name} di Jakarta, Senin (13/2/2023).")
    [rec] = extract(text, published="2023-02-14")
    assert (rec["presenter"], rec["presenter_title"]) == (name, title)


def test_a_presenter_named_short_in_a_caption_is_named_in_full(extract):
    text = ("Bupati Kapuas Terima Sertifikat Eliminasi Malaria dari Menkes\n"
            "Menkes Budi Gunadi saat menyerahkan Sertifikat Eliminasi Malaria kepada Bupati Kapuas "
            "Ben Brahim. (Foto: ANTARA)\nKapuas (ANTARA) - Sertifikat Eliminasi Malaria dari "
            "Menteri Kesehatan Budi Gunadi Sadikin kini dipegang Bupati Kapuas, Ben Brahim.")
    [rec] = extract(text, published="2021-04-28")
    assert (rec["awardee"], rec["presenter"]) == ("Kabupaten Kapuas", "Budi Gunadi Sadikin")


def test_guests_listed_by_office_lend_the_handover_no_presenter(extract):
    text = ("BPJS Ketenagakerjaan Cabang Maumere memberikan penghargaan kepada Pemerintah Desa "
            "Wairbleler, Kabupaten Sikka. Desa Wairbleler ditetapkan sebagai desa terbaik "
            "kategori desa dalam tertib kepesertaan pekerja rentan se-Kabupaten Sikka. "
            "Piagam penghargaan diserahkan langsung oleh Sekretaris "
            "Daerah Kabupaten Sikka, "
            "Adrianus Parera, pada Kamis 17 Oktober 2024 di Aula Sikka. "
            "Rapat itu juga dihadiri Kadis PMD Sikka, Kadis Ketenagakerjaan, Kepala BPJS "
            "Maumere, serta peserta dari 160 desa.")
    [rec] = extract(text, published="2024-10-19")
    assert (rec["awardee"], rec["presenter"]) == ("Desa Wairbleler", "Adrianus Parera")


def test_an_honorific_glued_to_a_name_is_no_word_of_it(extract):
    text = ("Kabupaten Kuningan meraih penghargaan EKPPD 2017. Trofi diserahkan Gubernur Jawa "
            "Barat H.Ahmad Heryawan di Gedung Sate, Bandung, Senin (14/8/2017).")
    [rec] = extract(text, published="2017-08-15")
    assert rec["presenter"] == "Ahmad Heryawan"
    assert text[rec["evidence"][-1]["start"]:rec["evidence"][-1]["end"]].startswith("Trofi")


def test_the_official_telling_who_handed_it_over_hands_nothing_over(extract):
    text = ("Desa Karangsari meraih juara 1 Lomba Desa 2024. Menurut Kepala Dinas PMD Edi "
            "Purwanto, Bupati Purworejo Yuli Hastuti sendiri yang menyerahkan hadiah itu di "
            "Pendopo Purworejo, Selasa (3/9/2024).")
    [rec] = extract(text, published="2024-09-04")
    assert rec["presenter"] == "Yuli Hastuti"


def test_the_one_standing_in_for_the_president_presents(extract):
    text = ("Wali Kota Surabaya Eri Cahyadi menerima tanda kehormatan Satyalancana Pembangunan "
            "2024. Mewakili Presiden Joko Widodo, Menteri Dalam Negeri Tito Karnavian menyematkan "
            "tanda kehormatan itu di Surabaya, Kamis (25/4/2024).")
    [rec] = extract(text, published="2024-04-26")
    assert (rec["presenter"], rec["presenter_title"]) == (
        "Tito Karnavian", "Menteri Dalam Negeri")


def test_profesor_spelt_out_is_no_word_of_a_presenter_s_name(extract):
    text = ("Provinsi Jambi menerima Satyalancana Wira Karya 2023. Menteri Pertanian Profesor "
            "Syahrul Yasin Limpo menyerahkan tanda kehormatan itu di Padang, Sabtu (10/6/2023).")
    [rec] = extract(text, published="2023-06-11")
    assert rec["presenter"] == "Syahrul Yasin Limpo"


@pytest.mark.parametrize("short", ["Pj Bupati", "Pj. Bupati"])
def test_an_acting_head_by_his_short_title_is_the_one_named_in_full(extract, short):
    text = ("Desa Kedungmalang meraih juara pertama lomba desa tingkat Kabupaten Jepara 2023. "
            "Sebelumnya Penjabat Bupati Jepara Edy Supriyanta berjanji memberi hadiah bagi desa "
            f"terbaik. Hadiah diserahkan {short} dalam resepsi HUT RI, Minggu 20 Agustus 2023.")
    [rec] = extract(text, published="2023-08-21")
    assert (rec["presenter"], rec["presenter_title"]) == ("Edy Supriyanta", "Penjabat Bupati Jepara")


@pytest.mark.parametrize("dateline", ["", "MARTAPURA - "])
def test_a_companion_named_first_hands_nothing_over(extract, dateline):
    text = (f"{dateline}Didampingi Ketua TP PKK Kabupaten Banjar Hj. Siti Aminah, Bupati Banjar "
            "H. Saidi Mansyur menyerahkan penghargaan BUMDesa terbaik kepada Desa Sungai Tabuk "
            "di Martapura, Senin (5/8/2024).")
    [rec] = extract(text, published="2024-08-06")
    assert rec["presenter"] == "Saidi Mansyur"


def test_an_official_giving_praise_for_a_handover_hands_nothing_over(extract):
    text = ("Dinas Lingkungan Hidup Provinsi Kalbar menggelar penyerahan piala Adipura 2023 di "
            "Pontianak, Senin (16/12/2024). Piala Adipura diraih Kabupaten Sambas. Gubernur Kalbar "
            "Sutarmidji memberi apresiasi atas terselenggaranya penyerahan penghargaan tersebut.")
    [rec] = extract(text, published="2024-12-17")
    assert rec["presenter"] is None


def test_a_province_after_a_head_s_title_says_where_the_region_is(extract):
    text = ("Bontang (ANTARA) - Basri Rase, Wali Kota Bontang, Kalimantan Timur, menerima TPID "
            "Award yang diserahkan Presiden Joko Widodo di Istana Negara, Jakarta, Kamis "
            "(31/8/2023).")
    assert [(r["awardee"], r["recipient"]) for r in extract(text, published="2023-09-01")] == [
        ("Kota Bontang", "Basri Rase")]


def test_an_office_a_winner_says_in_a_quote_it_got_the_award_from_presents_nothing(extract):
    text = ("Posisi Terbaik I diraih Kota Dumai, sedangkan Terbaik III diraih Kabupaten Siak.\n"
            "Wakil Gubernur Riau SF Hariyanto menyerahkan piagam itu kepada Wakil Wali Kota "
            "Pekanbaru Markarius Anwar dalam apel Hari Jadi Provinsi Riau di halaman kantor "
            "Gubernur Riau, Sabtu (9/8/2025).\nGubernur Riau Abdul Wahid memimpin sendiri apel HUT "
            "Provinsi Riau tersebut, yang diikuti pula jajaran Forkopimda.\n"
            "“Syukur, dari Gubernur Riau kita memperoleh piagam terbaik dua,” tuturnya.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2025-08-10")] == [
        ("Kota Dumai", None), ("Kabupaten Siak", None), ("Kota Pekanbaru", "SF Hariyanto")]


def test_a_handover_to_the_heads_of_each_region_presents_to_every_winner(extract):
    text = ("Tiga pemda meraih opini WTP, masing-masing Pemkab Kendal, Pati, dan Rembang. Kepala "
            "Perwakilan BPK Jateng Hari Wiwoho menyerahkan LHP kepada Ketua DPRD serta Kepala "
            "Daerah masing-masing kabupaten di Semarang, Senin (3/5/2021).")
    assert [r["presenter"] for r in extract(text, published="2021-05-04")] == ["Hari Wiwoho"] * 3


@pytest.mark.parametrize("cleft", ["Yang menyerahkan adalah", "Yang menyerahkannya",
                                   "Yang menyerahkan penghargaan adalah"])
def test_the_official_after_yang_menyerahkan_adalah_presents_it(extract, cleft):
    text = ("Kabupaten Jembrana meraih Penghargaan Pakarti Madya pada Puncak Harganas 2019 di "
            f"Banjarbaru, Kamis (4/7/2019). {cleft} Ketua Umum TP PKK Pusat Erni Guntarti, "
            "sedangkan penerimanya Ketua TP PKK Kabupaten Jembrana Ny. Ani Artha.")
    [rec] = extract(text, published="2019-07-05")
    assert (rec["presenter"], rec["recipient"]) == ("Erni Guntarti", "Ani Artha")


@pytest.mark.parametrize("told", [
    "Penghargaan itu diserahkan Menteri Keuangan Sri Mulyani di Gedung Dhanapala, Jakarta, "
    "Rabu (14/8/2024).",
    "Pemprov Bengkulu menerimanya dari Menteri Keuangan Sri Mulyani di Gedung Dhanapala, "
    "Jakarta, Rabu (14/8/2024).",
])
def test_a_handover_told_of_the_one_winner_named_before_presents_to_it_only(extract, told):
    # the winners the story names after it, winning "too", were not said to
    # take theirs from the same hands
    text = ("Pemerintah Provinsi Bengkulu memperoleh TPID Award 2024 untuk wilayah Sumatera. "
            f"{told} Penghargaan yang sama juga diraih Provinsi Gorontalo dan Provinsi Sulawesi "
            "Barat untuk wilayah masing-masing.")
    recs = {r["awardee"]: r for r in extract(text, published="2024-08-15")}
    assert {k: r["presenter"] for k, r in recs.items()} == {
        "Provinsi Bengkulu": "Sri Mulyani", "Provinsi Gorontalo": None,
        "Provinsi Sulawesi Barat": None}
    assert {r["venue"] for r in recs.values()} == {"Gedung Dhanapala, Jakarta"}


def test_a_win_from_an_official_names_the_one_winner_s_presenter_only(extract):
    text = ("Pemkab Sleman mendapat Anugerah Meritokrasi 2023 dari Menteri PANRB Abdullah Azwar "
            "Anas. Predikat sangat baik juga didapat Kabupaten Bantul dan Kota Yogyakarta.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2023-11-20")] == [
        ("Kabupaten Sleman", "Abdullah Azwar Anas"), ("Kabupaten Bantul", None),
        ("Kota Yogyakarta", None)]


def test_those_watching_after_the_one_receiving_are_no_second_party(extract):
    text = ("Kabupaten Paser meraih Panji Keberhasilan Pembangunan bidang pertanian, dan Kota "
            "Bontang bidang kesehatan. Penghargaan itu diterima oleh Bupati Paser, Fahmi Fadli, "
            "dari tangan Gubernur Kaltim, Isran Noor, disaksikan pula oleh jajaran Forkopimda "
            "Kaltim di Stadion Sempaja, Samarinda, Senin (9/1/2023).")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2023-01-10")] == [
        ("Kabupaten Paser", "Isran Noor"), ("Kota Bontang", None)]


def test_a_body_handing_over_again_at_the_same_occasion_presents_with_the_same_hands(extract):
    text = ("Pemkot Ternate meraih opini WTP atas laporan keuangan 2024. Opini tersebut tertuang "
            "dalam LHP yang diserahkan Kepala BPK Perwakilan Maluku Utara, Andi Mappa, di Sofifi, "
            "Selasa (20/5/2025). Pada kesempatan yang sama, BPK juga menyerahkan LHP kepada "
            "Kabupaten Halmahera Barat dan Kabupaten Pulau Morotai.")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2025-05-21")] == [
        ("Kota Ternate", "Andi Mappa"), ("Kabupaten Halmahera Barat", "Andi Mappa"),
        ("Kabupaten Pulau Morotai", "Andi Mappa")]


def test_the_official_a_head_hands_an_award_over_through_presents_it(extract):
    text = ("Melalui Sekretaris Daerah Provinsi Jawa Tengah (Sekda Jateng), Sumarno, Gubernur Jawa "
            "Tengah Ganjar Pranowo menyerahkan penghargaan Siddhakarya 2022 kepada PT Sido Muncul di Semarang, "
            "Kamis (15/12/2022).")
    [rec] = extract(text, published="2022-12-16")
    assert (rec["awardee"], rec["presenter"]) == ("PT Sido Muncul", "Sumarno")


@pytest.mark.parametrize("company", ["yang ditemani", "yang didampingi"])
def test_a_companion_described_between_the_one_handing_over_and_the_verb_hands_nothing(
        extract, company):
    text = ("Kota Madiun meraih penghargaan Top 45 Inovasi Pelayanan Publik 2023 berdasarkan "
            "Keputusan Menteri PANRB Nomor 10 Tahun 2023.\n"
            f"Menteri Dalam Negeri Tito Karnavian, {company} Menteri Pendayagunaan Aparatur "
            "Negara dan Reformasi Birokrasi (PANRB) Abdullah Azwar Anas, menyerahkan penghargaan "
            "itu kepada Wali Kota Madiun, Maidi, pada Selasa (5/12/2023), saat forum pelayanan "
            "publik dibuka di JCC, Jakarta.\n")
    [rec] = extract(text, published="2023-12-06")
    assert (rec["awardee"], rec["presenter"]) == ("Kota Madiun", "Tito Karnavian")


def test_who_hands_a_souvenir_to_the_one_presenting_presents_no_award(extract):
    text = ("Tiga OPD Pemprov Riau menerima penghargaan website terbaik dari Gubernur Riau, Abdul "
            "Wahid, di Hotel Pangeran, Pekanbaru, Senin (2/6/2025).\n"
            "Ketua AMSI Riau, Fakhrurrozi, menyerahkan cinderamata kepada Gubernur Riau, Abdul "
            "Wahid, Senin (2/6/2025).\n"
            "Peringkat pertama diraih Dinas Pendidikan, disusul Dinas Kesehatan di peringkat "
            "kedua.")
    assert {r["presenter"] for r in extract(text, published="2025-06-03")} == {"Abdul Wahid"}


def test_who_opened_the_event_an_award_was_won_at_presents_nothing(extract):
    text = ("Kota Pontianak meraih Pakarti Utama pada puncak Hari Kesatuan Gerak PKK 2019 di "
            "Padang, Rabu (24/7/2019), yang pembukaannya dilakukan Menteri Dalam Negeri Tjahjo "
            "Kumolo.")
    [rec] = extract(text, published="2019-07-25")
    assert (rec["awardee"], rec["presenter"]) == ("Kota Pontianak", None)


def test_a_count_of_receivers_after_a_dateline_is_still_several_parties(extract):
    text = ("Pekanbaru (Riaupos.co): Dua OPD Pemprov Riau menerima penghargaan website terbaik "
            "dari Gubernur Riau, Abdul Wahid, di Hotel Pangeran, Pekanbaru, Senin (2/6/2025). "
            "Peringkat pertama diraih Dinas Pendidikan, disusul Dinas Kesehatan di peringkat "
            "kedua.")
    assert [r["presenter"] for r in extract(text, published="2025-06-03")] == ["Abdul Wahid"] * 2


def test_an_official_said_to_be_there_and_to_hand_the_award_over_presents_it(extract):
    text = ("Kementerian Sosial memberi penghargaan Kampung Siaga Bencana kepada Kabupaten Sigi "
            "dan Kabupaten Donggala.\n"
            "Menteri Sosial Tri Rismaharini hadir sendiri pada acara di Palu itu dan sekaligus "
            "menyerahkan piagam kepada perwakilan kedua daerah, Jumat (7/10/2022).")
    assert [(r["awardee"], r["presenter"]) for r in extract(text, published="2022-10-08")] == [
        ("Kabupaten Sigi", "Tri Rismaharini"), ("Kabupaten Donggala", "Tri Rismaharini")]


@pytest.mark.parametrize("verb", ["diganjar penghargaan", "dianugerahi penghargaan"])
def test_a_head_described_at_length_and_then_honoured_stands_for_the_region(extract, verb):
    text = ("Gubernur Jambi, Al Haris, yang dinilai sebagai kepala daerah dengan perhatian besar "
            f"pada pembinaan atlet muda di daerahnya, {verb} dalam malam penganugerahan Golden "
            "Award yang digelar SIWO PWI di Jakarta, Jumat (9/2/2024).")
    [rec] = extract(text, published="2024-02-10")
    assert (rec["awardee"], rec["recipient"]) == ("Provinsi Jambi", "Al Haris")
