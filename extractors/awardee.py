"""Who can be an awardee: regions written with their kind ("Kabupaten X",
"Pemkot X", "Provinsi X"), bare region names, villages, companies and other
bodies ("Desa X", "PT X Tbk", "RSUD X"), each under its canonical name with
its awardee_type and the province it belongs to.
"""
from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span

from extractors.award import CATEGORY_WORDS, any_tier, award_heads, is_year
from extractors.cuewords import Phrases, record_cues
from extractors.gazetteer import Region, gazetteer, lies_in
from extractors.lexicon import (
    body_heads,
    data_json,
    data_lines,
    data_table,
    plain,
    plain_words,
    region_heads,
    title_openers,
)
from extractors.lists import DASHES, ROMAN_NUMBERS
from extractors.pipeline import Match
from extractors.when_where import MONTHS

# The word before a region name that says its kind.
PREFIX_KIND = {"kabupaten": "kabupaten", "kab": "kabupaten", "kab.": "kabupaten",
               "pemkab": "kabupaten", "kota": "kota", "pemkot": "kota", "pemko": "kota",
               "provinsi": "provinsi", "prov": "provinsi", "prov.": "provinsi",
               "pemprov": "provinsi", "kotamadya": "kota",
               # misspelt as real pages write it: "Kebupaten Pelalawan"
               "kebupaten": "kabupaten", "kabupten": "kabupaten", "kabulaten": "kabupaten",
               "kabuapten": "kabupaten", "kabupatan": "kabupaten", "propinsi": "provinsi",
               "provisi": "provinsi"}
# Words linking a village or company to where it is: "Desa X, Kecamatan Y,
# Kabupaten Z", "UD X asal Malang", "Desa X di Kecamatan Y".
_SUBDISTRICT = {"kecamatan", "kec", "kec.", "distrik", "kapanewon", "kemantren"}
_ROMAN = re.compile(ROMAN_NUMBERS)  # a rank's numeral before a name: "juara II Kecamatan Dawan"
_VILLAGE_WORDS = frozenset({"desa", "kelurahan"})
_HAMLET_HEADS = {"Dusun", "Padukuhan"}  # parts of a village, named with it
# between a kind and its region's name: Jakarta's cities and regency, and
# the old cities ("Kota Madya Palangkaraya")
_ADMINISTRATIVE = {"Administrasi", "Adm.", "Adm", "Madya"}


def _past_its_village(texts: list[str], words: tuple[str, ...], end: int) -> int:
    """Where a hamlet's name ends when its village follows after a comma:
    "Dusun Krajan, Desa Sumberejo" is one name, as "Dusun Krajan Desa
    Sumberejo" is."""
    if words[0] not in _HAMLET_HEADS or end + 2 >= len(texts) or texts[end] != "," or (
            texts[end + 1].lower() not in _VILLAGE_WORDS or not texts[end + 2][:1].isupper()):
        return end
    stop = _name_tokens(texts, end + 2)
    return next((j for j in range(end + 3, stop) if texts[j].lower() in _LOCATION_LINKS), stop)


_LOCATION_LINKS = {",", "di", "asal", "dari", "warga", "(", ")", "kabupaten", "kab", "kab.", "kota",
                   "provinsi", "prov", "prov.", "pemerintah", "pemda",
                   # "Pantai Ora – Kabupaten Maluku Tengah, Provinsi Maluku"
                   "–", "—"} | _SUBDISTRICT
_CONNECT_INSIDE_NAME = {"&", "dan"}
_REGION_TYPES = {"provinsi", "kabupaten", "kota", "bare"}
_TWINS = {"kabupaten": "kota", "kota": "kabupaten"}  # a name both a regency and a city bear


@lru_cache(maxsize=1)
def _no_village_after() -> frozenset[str]:
    """Kinds of region that, right after a village's head, name no village
    ("Kategori Pemdes Kelurahan", "Desa Kabupaten Pidie"): all but the city
    ("Desa Kota Raya Selatan" is a village)."""
    return frozenset(w for w, kind in PREFIX_KIND.items() if kind != "kota") | _SUBDISTRICT | {
        "kelurahan"}
# The word before a region that makes it a place (or the organiser) rather
# than a winner.
_EVENT_WORDS = {"acara", "ajang", "gelaran", "perhelatan"}  # before an event's capitalised name
_PLACE_WORDS = {"di", "asal", "tingkat", "se", "wilayah", "daerah", "kawasan", "mewakili",
                "diselenggarakan", "digelar", "penyelenggara",
                # an office of the region: "BPK Perwakilan Provinsi Lampung",
                # "Komisi Informasi Provinsi Gorontalo"
                "perwakilan", "informasi", "kanwil",
                # the capital of the region: "Samarinda, ibu kota Provinsi Kalimantan Timur"
                "ibukota",
                # where a person lives: "Sri Lestari, warga Kota Semarang"
                "warga",
                # a region's offices: "di kompleks perkantoran Pemerintah Provinsi Kalsel"
                "perkantoran",
                # who sent the winners: "Dari 3 sekolah yang dikirim Kabupaten Sleman, ..."
                "dikirim", "diutus", "utusan"}
# What may stand between a subject and its verb ("Kota Ambon kembali
# meraih"), and the prefixes of an active or passive verb.
ADVERBS = {"kembali", "juga", "pun", "berhasil", "sukses", "turut", "akhirnya", "kini", "lagi",
           "sekaligus", "pula", "tampak", "terlihat", "kompak"}
_VERB = re.compile(r"(?:me|ber|di|ter)[a-z]{3,}$")


# a region's, village's or company's kind opening its name
_KIND_OPENING = re.compile(r"^(?:Provinsi|Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota|"
                           r"Desa|Gampong|Nagari|Kampung|Kelurahan|Kalurahan|PT|CV|UD)\s+")


@dataclass(frozen=True)
class Mention:
    """A possible awardee in a sentence, token span [start, end)."""

    name: str
    type: str
    province: str | None
    start: int
    end: int
    explicit: bool  # written with its kind or head word, not a bare name
    located_end: int  # end of the appositive that says where it is
    after_comma: bool = False  # a bare name after a comma: maybe where the one before is

    @property
    def key(self) -> str:
        """The bare name, how the article may refer to it later."""
        return _KIND_OPENING.sub("", self.name)


@lru_cache(maxsize=1)
def _heads() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of a head -> [(the head's words, awardee_type)], longest first."""
    heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for head, kind in body_heads():
        words = tuple(head.split())
        heads.setdefault(words[0], []).append((words, kind))
    for entries in heads.values():
        entries.sort(key=lambda e: -len(e[0]))
    return heads


def region_name(region: Region) -> str:
    """A region as awardee: "Provinsi Jawa Timur", "Kota Bontang"."""
    return f"Provinsi {region.name}" if region.kind == "provinsi" else region.name


def region_mention(region: Region, start: int, end: int, explicit: bool) -> Mention:
    """The mention of a region as awardee."""
    return Mention(region_name(region), region.kind, region.province, start, end, explicit, end)


def sole_region(m: Mention, kind: str | None = None) -> Mention | None:
    """A bare name read as the one region (of ``kind``) so called ("1. Jambi;"
    under "Tingkat Provinsi:" is Provinsi Jambi, "Selain Padang Panjang" is
    Kota Padang Panjang); None when it is explicit already, unknown or
    ambiguous."""
    region = None if m.explicit else gazetteer().resolve(m.name, kind)
    return region_mention(region, m.start, m.end, True) if region else None


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    """Words that say what kind a body is, or how it stands, naming none."""
    return frozenset(data_lines("kind_words.txt"))


def _kinds_only(words: list[str]) -> bool:
    """The words after a village's head say what kind of village it is and
    name none ("Wisata Terbaik", "Berkinerja Baik Regional 2")."""
    return all(w.lower() in _kind_words() or w.isdigit() for w in words)


@lru_cache(maxsize=1)
def _name_stops() -> frozenset[str]:
    """Words a name never runs over, in any case: the verbs of winning and
    handing over ("Raih", "Terima", "Serahkan" in a headline's title case)
    and the words that open no name, but those that may stand inside one."""
    cues = data_json("cues.json")
    verbs = {w for key in ("win", "handover", "win_weak", "subject_verbs") for w in cues[key]
             if " " not in w}
    return frozenset(verbs | {"serahkan", "terima", "kunjungi"}) | (
        frozenset(data_lines("not_names.txt")) - _CONNECT_INSIDE_NAME
        - frozenset(cues["inside_names"]))


_LOWER_DEGREES = {"dr", "drg", "ir"}  # written without a stop inside a name


@lru_cache(maxsize=1)
def _event_phrases() -> Phrases:
    """The ceremony phrases of more than one word (cues.json event): "puncak
    peringatan", whose first word may also be a bare region's name."""
    return Phrases(tuple(p.split()) for p in data_json("cues.json")["event"] if " " in p)


def _opens_event_phrase(texts: list[str], i: int) -> bool:
    """Token i opens a ceremony phrase: "pada Puncak Peringatan Hari HAM" is
    no Kabupaten Puncak."""
    phrases = _event_phrases()
    return phrases.at([w.lower() for w in texts[i:i + phrases.longest]], 0) > 0


@lru_cache(maxsize=1)
def count_words() -> frozenset[str]:
    """Numbers written as words (cues.json count_words)."""
    return frozenset(data_json("cues.json")["count_words"])


def is_count(word: str) -> bool:
    """A (lower-case) word that counts: digits or a number word ("12", "tiga")."""
    return word.isdigit() or word in count_words()


def counts(word: str) -> bool:
    """A (lower-case) word that counts, with a number or without one
    ("tiga", "sejumlah", "beberapa")."""
    return is_count(word) or word in record_cues()["vague_counts"]


def _degree_before_name(texts: list[str], k: int) -> bool:
    """A doctor's or engineer's title in lower case opening a name ("dr.
    Rubini")."""
    return texts[k].rstrip(".") in _LOWER_DEGREES and k + 1 < len(texts) and (
        texts[k + 1][:1].isupper())


_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def _quoted_name_end(texts: list[str], j: int) -> int | None:
    """Past a name in quotes at ``j`` (a few capitalised words and the
    closing quote), or None."""
    close = _QUOTES.get(texts[j])
    if close is None:
        return None
    end = next((k for k in range(j + 2, min(j + 6, len(texts))) if texts[k] in {close, "”", '"'}),
               None)
    inside = texts[j + 1:end] if end else []
    return end + 1 if inside and all(t[:1].isupper() or t[:1].isdigit() for t in inside) else None


def _province_at(texts: list[str], i: int) -> bool:
    """A province's bare name, and no other region's, opens at ``i``."""
    return any(all(r.kind == "provinsi" for r in found)
               for n in (1, 2, 3) if i + n <= len(texts)
               for found in [gazetteer().candidates(" ".join(texts[i:i + n]))] if found)


@lru_cache(maxsize=1)
def head_short_forms() -> tuple[tuple[str, str], ...]:
    """(full head, short head), longest first (head_short_forms.tsv)."""
    rows = [(row["full"], row["short"]) for row in data_table("head_short_forms.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _short_head_after(texts: list[str], j: int) -> bool:
    """The bracket at ``j`` holds the short form of the head written right
    before it, and the name goes on after it ("Lembaga Pemasyarakatan
    (Lapas) Kelas IIA Jember")."""
    return j + 3 < len(texts) and texts[j + 3][:1].isupper() and any(
        short == texts[j + 1] and texts[j - len(full.split()):j] == full.split()
        for full, short in head_short_forms())


def _abbreviates(words: list[str], short: str) -> bool:
    """``short`` is a short form made of the letters of the last of
    ``words`` in order, opening with one's first letter ("Dispendukcapil" of
    "Dinas Kependudukan dan Pencatatan Sipil")."""
    short = short.lower()
    if len(short) < 3:
        return False
    for k, word in enumerate(words):
        if word[:1].lower() == short[0] and _in_order(short, "".join(words[k:]).lower()):
            return True
    return False


def _in_order(short: str, letters: str) -> bool:
    """The letters of ``short`` stand in ``letters`` in their order."""
    at = 0
    for ch in short:
        at = letters.find(ch, at) + 1
        if not at:
            return False
    return True


def _name_tokens(texts: list[str], i: int, joins: bool = True) -> int:
    """End of a proper name starting at token i: capitalised words, digits,
    "(Persero)", "Tbk", "&" ("Prontoo Steak & Resto"), "and" and "dan" inside a name
    ("PT Lontar Papyrus dan Paper") unless ``joins`` is false or a head word
    follows ("Desa Balahu dan Kelurahan Huangobotu" is two)."""
    j, n = i, len(texts)
    heads = _heads()
    stops = _name_stops()
    while j < n:
        tok = texts[j]
        nxt_upper = j + 1 < n and texts[j + 1][:1].isupper()
        # (a number word between capitalised words, or first after a head
        # word, or closing a name before a comma, a full stop or a word in
        # lower case, is part of it: "SDN Kelapa Dua Wetan 02 Pagi", "PT Dua
        # Kelinci", "Desa Kuala Dua,", "Desa Lolayan Dua sukses meraih ...")
        closing = j > i and (j + 1 == n or texts[j + 1] in {",", ".", ";", ")"}
                             or texts[j + 1].islower())
        numbered = (j > i or (i and texts[i - 1] in heads)) and tok.istitle() and (
            nxt_upper or closing) and tok.lower() in count_words()
        # (a month after a day is a date a name is called by: "Universitas
        # Sebelas Maret", "Universitas 17 Agustus 1945")
        dated = j > i and tok.lower() in MONTHS and (
            texts[j - 1].isdigit() or texts[j - 1].lower() in count_words())
        if (tok.lower() in stops and not numbered and not dated and not _inside_company(
                texts, i, j)) or (".co" in tok or tok.lower().endswith(".com")):
            break  # "Desa Tamansari Jember Raih Penghargaan ...", "Ungkap.co.id"
        # a name in quotes after a head's words ends the name: 'Kelompok
        # Wanita Tani "Anggrek Putih"', "Perpustakaan 'Bintang'"
        quoted = _quoted_name_end(texts, j) if i and texts[i - 1] in heads else None
        if quoted:
            return quoted
        if tok == "(" and j + 2 < n and texts[j + 2] == ")" and (
                texts[j + 1].lower() in _STATE_FORMS or _short_head_after(texts, j) or (
                    j > i and j + 3 < n and (texts[j + 1].isupper() or (
                        texts[j + 1][:1].isupper() and (texts[j + 3].lower() in PREFIX_KIND
                                                        or _province_at(texts, j + 3)
                                                        or _abbreviates(texts[max(0, i - 2):j],
                                                                        texts[j + 1]))))
                    and (texts[j + 3][:1].isupper() or _degree_before_name(texts, j + 3))
                    and texts[j + 3].lower() not in stops)):
            # "(Persero)", "(Perseroda)", "Lembaga Pemasyarakatan (Lapas) Kelas IIA Jember",
            # "PT PLN Unit Induk Distribusi (UID) Jawa Timur",
            # "Rumah Sakit Umum Daerah (RSUD) dr. Soedarso", "Dinas Kependudukan dan
            # Catatan Sipil (Disdukcapil) Kabupaten Ende", "Dinas Perpustakaan dan
            # Kearsipan (Dispusip) Kalimantan Timur"
            j += 3
            continue
        if joins and j > i and tok == "," and texts[i - 1] in _office_sectors()[0] and (
                _sector_goes_on(texts, j + 1) or (
                    texts[j + 1:j + 2] in (["dan"], ["serta"]) and _sector_goes_on(texts, j + 2))):
            # "Dinas Perindustrian, Perdagangan, Koperasi dan UKM"; "Dinas
            # Pemberdayaan Masyarakat Desa, Kependudukan, dan Pencatatan Sipil"
            j += 1
            continue
        if j > i and tok == "/" and texts[j - 1].istitle() and j + 1 < n and (
                texts[j + 1].istitle() and texts[j + 1] not in heads
                and texts[j + 1].lower() not in PREFIX_KIND):
            j += 1  # "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah": one name
            continue
        if j > i and tok in {"and", "of"} and j + 1 < n and texts[j + 1][:1].isalpha():
            j += 2  # English in a name: "Lontar Papyrus and Paper", "PT Batu of Borneo"
            continue
        if j > i and tok == "," and j + 1 < n and texts[j + 1].rstrip(".") == "Tbk":
            j += 1  # "PT Pipa Baja, Tbk, Riau": the listed company's suffix
            continue
        joined = j > i and (tok in {"&", "'", "’"} or (  # "Legutz' Bakery"
            joins and tok.lower() in _CONNECT_INSIDE_NAME and j + 1 < n
            and texts[j + 1] not in heads
            and texts[j + 1] not in _head_rules()[1]  # "... dan Kementerian Agama": two
            # "Dinas Kominfotik dan Bappeda Riau": two offices (but "Dinas
            # Penanaman Modal dan PTSP": a field of one)
            and (texts[j + 1].lower() not in record_cues()["regional_offices"]
                 or texts[j + 1].lower() in _office_sectors()[1])
            and texts[j + 1].lower() not in PREFIX_KIND
            # a name closed by its region ends there: "Dinas ... Kota Jayapura dan Sinode ..."
            and not (j >= i + 2 and texts[j - 2].lower() in PREFIX_KIND)))
        if tok[:1].isdigit() and j + 1 < n and texts[j + 1].lower() in _AMOUNT_WORDS:
            break  # "Kelurahan Pelaihari 40 juta": the prize's sum after the name
        if tok[:1].isupper() or tok[:1].isdigit() or (nxt_upper and (
                (tok.endswith(".") and tok[:1].islower())  # "RSUD dr. Iskak"
                or tok in _LOWER_DEGREES or joined)):  # "RSU dr Murjani"
            j += 1
            continue
        break
    while j > i and texts[j - 1].lower() in _CONNECT_INSIDE_NAME:
        j -= 1
    return j


_AMOUNT_WORDS = {"ribu", "juta", "miliar", "milyar", "triliun", "persen", "poin"}


@lru_cache(maxsize=1)
def _office_sectors() -> tuple[frozenset[str], frozenset[str]]:
    """Heads of offices (cues.json office_heads) and the fields their names
    list (office_sectors.txt)."""
    return (record_cues()["office_heads"],
            frozenset(w.lower() for w in data_lines("office_sectors.txt")))


def _sector_goes_on(texts: list[str], k: int) -> bool:
    """The word at ``k``, after a comma, is the next field an office's name
    lists ("..., Perdagangan, Koperasi dan UKM"), not the next winner
    ("Dinas Kesehatan, Bappeda dan ..."; "..., Koperasi Sejahtera Bersama")."""
    sectors = _office_sectors()[1]
    if k >= len(texts) or not texts[k].istitle() or texts[k].lower() not in sectors:
        return False
    after = texts[k + 1] if k + 1 < len(texts) else ""
    return not (texts[k] in _heads() and after[:1].isupper() and (
        after.lower() not in sectors))


_COMPANY_HEADS = {"PT", "CV"}
_HONORIFICS_IN_NAMES = {"ibu", "bapak", "bunda"}  # "PT Putra Restu Ibu Abadi"


def _inside_company(texts: list[str], i: int, j: int) -> bool:
    """Token j, a word that ends other names, is part of a company's name
    that started at i after PT or CV: an acronym closing it ("PT Patra SK,"),
    an honorific before a capitalised word ("PT Putra Restu Ibu Abadi"), or
    a word of winning in title case before one ("PT Indofood Sukses Makmur",
    "PT Sukses Abadi Karya", "PT Prima Juara Nusantara")."""
    if not (i and j >= i and texts[i - 1].rstrip(".") in _COMPANY_HEADS):
        return False
    tok, n = texts[j], len(texts)
    if tok.istitle() and j + 1 < n and texts[j + 1].istitle() and (
            texts[j + 1].lower() not in _name_stops()):
        return True
    if j == i:
        return False
    if tok.isupper() and len(tok) > 1:
        return j + 1 == n or texts[j + 1] in {",", ";", ".", "dan", ")"}
    return tok.lower() in _HONORIFICS_IN_NAMES and j + 1 < n and texts[j + 1].istitle() and (
        texts[j + 1].lower() not in _name_stops())


def _named_for_its_place(texts: list[str], start: int, end: int, places: dict[int, Match]
                         ) -> tuple[int, str, int] | None:
    """A body whose name after its head is one place ("Polres Salatiga",
    "Polda Jambi", "Puskesmas Kartasura", "Polres Magelang Kota"): that
    place's province, when it has one only (as ``_trailing_place`` gives it:
    where the name ends, the province, where the place ends)."""
    span = places.get(start)
    if span is None or not (span.end == end or (
            span.end == end - 1 and texts[span.end] in {"Kota", "Kabupaten"})):
        return None
    provinces = {r.province for r in gazetteer().candidates(span.id_)}
    return (end, provinces.pop(), end) if len(provinces) == 1 else None


# the words a region's government is named by ("Pemerintah Kota X", "Pemkab X")
GOVERNMENT_WORDS = frozenset({"pemerintah", "pemda", "pemkab", "pemkot", "pemprov"})


def _located(texts: list[str], end: int, places: dict[int, Match],
             villages: frozenset[str] = frozenset()) -> tuple[str | None, bool, int]:
    """What the appositive after a mention says of where it is: the province
    (the first place that has only one), whether a province is named outright
    ("asal Sidoarjo, Jawa Timur" but not "asal Malang"), and where it ends
    (past a village whose head word is one of ``villages``: "BUMDes Panggung
    Lestari, Desa Panggungharjo, Kecamatan Sewon, Kabupaten Bantul, DIY")."""
    links = _LOCATION_LINKS | villages
    named_by = _SUBDISTRICT | villages
    province, named, j = None, False, end
    if end + 3 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" and (
            texts[end + 1][:1].isupper() and texts[end + 3] == "," and end + 1 not in places):
        j = end + 3  # "Dinas Kependudukan ... (Dukcapil), Kabupaten Dompu": past its short form
    while j < len(texts):
        if texts[j][:1].isupper() and j > end and texts[j - 1].lower() in named_by:
            # "Kecamatan Balikpapan Barat": not Kota Balikpapan (but "Kecamatan
            # Sanankulon Kabupaten Blitar" goes on to the regency)
            # (its name may hold a word that ends other names: "Kecamatan
            # Lubuk Dalam Kabupaten Siak", "Kecamatan Lubuk Dalam, Kabupaten Siak")
            run = next((k for k in range(j + 1, min(j + 5, len(texts)))
                        if not texts[k][:1].isupper()), min(j + 5, len(texts)))
            kind_at = next((k for k in range(j + 1, run + 2) if k < len(texts)
                            and texts[k].lower() in PREFIX_KIND and (k < run or (
                                k == run + 1 and texts[run] == ","))), None)
            # (past at least the word itself: "Kecamatan Tiga Puluh", a name a
            # number word opens, has no name tokens)
            j = max(kind_at if kind_at is not None else _name_tokens(texts, j, joins=False),
                    j + 1)
            continue
        if j in places:
            if texts[j - 1].lower() == "di" and places[j].text.lower() in record_cues()["capitals"]:
                break  # "Desa Wisata Sade di Jakarta": where it won, not where it lies
            regions = gazetteer().candidates(places[j].id_)
            kind = PREFIX_KIND.get(texts[j - 1].lower()) if j else None
            if kind:  # "Kab. Banjar": the regency, not Kota Banjar
                regions = [r for r in regions if r.kind == kind] or regions
            provinces = {r.province for r in regions}
            if province is None and len(provinces) == 1:
                province = provinces.pop()
            # (a region with its kind says where too: "PT X (Kab. Semarang)")
            named = named or any(r.kind == "provinsi" for r in regions) or bool(kind)
            j = places[j].end
            continue
        if texts[j] == "," and texts[j + 1:j + 2] and texts[j + 1].lower() in GOVERNMENT_WORDS:
            # "Badan X, Pemerintah Kota Surabaya dinobatkan ...": a government
            # after a comma opens a subject of its own, no location
            break
        if texts[j].lower() in links:
            j += 1
            continue
        break
    while j > end and texts[j - 1] in {",", "("}:
        j -= 1
    return province, named, j


# "HUT ke-24", "Hari Koperasi Ke-71", "Hari Jadi ke 100", "HUT (Hari Ulang Tahun) ke-61"
_ANNIVERSARY = re.compile(r"\b(?:hut|hari jadi|ulang tahun|hari(?:\s+[a-z]+){1,3})\s+"
                          r"(?:\([^()]*\)\s+)?(?:ke-?\s*\d+|ke\s*-\s*\d+)$")


_EDITION = re.compile(r"ke-?\d+$", re.I)


def _edition_of(texts: list[str], end: int) -> bool:
    """The name ending at ``end`` is followed by an edition's number ("Pekan
    Raya Sulsel ke-9", "HUT Sulteng ke 58"): it names the event, no winner."""
    return end < len(texts) and (_EDITION.match(texts[end]) is not None or (
        texts[end].lower() == "ke" and end + 1 < len(texts) and texts[end + 1].isdigit()))


def _celebrated(texts: list[str], start: int) -> bool:
    """The name at ``start`` is the one an anniversary is of: "upacara HUT
    ke-24 Kabupaten Morowali", "Hari Jadi Purworejo" (the region's
    birthday), "Hari Koperasi Ke-71
    Provinsi Lampung" (the region's observance), "ulang tahun ke-72 Koperasi
    Provinsi Lampung"."""
    if start > 0 and (texts[start - 1].lower() == "hut" or (
            start > 1 and f"{texts[start - 2]} {texts[start - 1]}".lower() == "hari jadi")):
        return True  # "upacara Hari Jadi Purworejo", "HUT Kota Batu": no count written
    # (the count closes the word before the name: none without a digit there;
    # "HUT ke-78 tahun Provinsi Maluku": its years said)
    count = start - 1 - (start > 1 and texts[start - 1].lower() == "tahun")
    return count >= 0 and texts[count][-1:].isdigit() and bool(
        _ANNIVERSARY.search(" ".join(texts[max(0, count - 8):count + 1]).lower()))


_STANDING = {"terbaik", "berprestasi", "teladan", "terfavorit"}

# a meeting named for the region that holds it ("rapat koordinasi Survei
# Ekonomi Pertanian 2024 Provinsi Lampung", "Musrenbang RKPD Provinsi Jambi")
# (its name may go on with its short forms: "Musrenbang (...) RKPD (...)"; or
# the plan it drafts: "penyusunan rencana kerja pemerintah daerah (RKPD)")
_MEETING = re.compile(r"\b(?:rapat koordinasi|rakor\w*|rapat kerja|raker\w*|musrenbang\w*"
                      r"|rencana kerja pemerintah daerah|rkpd)"
                      r"(?:\s+[\w/()-]+){0,9}\s*$")


def _of_a_meeting(texts: list[str], start: int) -> bool:
    """The region at ``start`` closes the name of a meeting it holds, no
    comma or verb between: where an award was handed over, no winner."""
    found = _MEETING.search(" ".join(texts[max(0, start - 11):start]).lower())
    between = found.group().split() if found else []
    return bool(found) and "," not in between and not any(
        record_cues()["win"].has_word(w) or record_cues()["handover"].has_word(w)
        for w in between)


def _scope_of_best(texts: list[str], start: int) -> bool:
    """The region at ``start`` is where a kind of body is the best ("sepuluh
    BUMDesa Terbaik Kalsel 2022", "Puskesmas Berprestasi Jawa Tengah"), or
    where a rank was won ("PPD Terbaik III Jawa Barat"), not a winner."""
    named = start > 2 and (texts[start - 3][:1].isalnum() or texts[start - 3] == ")")
    if named and texts[start - 2].lower() == "terbaik" and (
            texts[start - 1] in _RANK_NUMERALS) and not texts[start - 3].islower():
        # (not a list's ", terbaik II Provinsi Bali" or "Kategori Pemda: Terbaik 1
        # Kabupaten X": a rank and its winner)
        return True
    # (or a prize's name in title case: "juara 1 Perangkat Daerah Terbaik Provinsi Kalbar")
    return start > 1 and texts[start - 1].lower() in _STANDING and (
        texts[start - 2] in _heads() or texts[start - 2].lower() in PREFIX_KIND or (
            texts[start - 1].istitle() and texts[start - 2].istitle()))


_RANK_NUMERALS = {"I", "II", "III", "IV", "V", "1", "2", "3", "4", "5"}
# a level written in lower case, and what joins a second level to it
_LEVELS = {"nasional", "provinsi", "kabupaten", "kota", "regional", "kecamatan"}
_LEVEL_JOINS = {"maupun", "dan", "serta", "atau"}


def _after_place_word(texts: list[str], start: int, end: int) -> bool:
    """"di Kabupaten X", "di Pulau Obi, Kabupaten X": the mention says where
    (but in "di Jakarta, Kota Ambon kembali meraih ..." it opens a clause)."""
    k = end
    while k < len(texts) and texts[k].lower() in ADVERBS:
        k += 1
    if k > start and start and texts[start - 1] == "," and k < len(texts) and (
            _VERB.match(texts[k]) or (texts[k][:1].isalpha() and record_cues()["win"].search(
                " ".join(texts[k:k + 2])))):
        return False  # "..., Kabupaten Siak keluar sebagai juara umum"
    if _celebrated(texts, start) or _scope_of_best(texts, start):
        return True
    if start and texts[start - 1].lower() == texts[start].lower() in PREFIX_KIND:
        return False  # "Untuk tingkat Kabupaten Kabupaten X juga meraih": the level, then X
    i = start - 1
    areas = record_cues()["areas"]
    while i >= 0 and start - i <= 10:
        tok = texts[i]
        if tok.lower() in areas and "," in texts[i:start] and not (
                i and texts[i - 1].lower() in _PLACE_WORDS):
            # "kepada Kota Sibolga untuk kawasan Sumatera, Kabupaten Kudus untuk
            # kawasan Jawa, ...": the area a winner before won in, then the next
            # winner (not "di wilayah Sumatera Barat, Kabupaten Agam")
            return False
        # a capitalised place word opening a name is part of it ("Daerah
        # Istimewa Yogyakarta, Provinsi Lampung"), not before a region's kind
        # ("Di Kabupaten X", "Komisi Informasi Provinsi Gorontalo")
        in_name = tok[:1].isupper() and i + 1 < start and texts[i + 1][:1].isupper() and (
            texts[i + 1].lower() not in PREFIX_KIND)
        # ("kepala daerah Provinsi Jawa Timur": the region's head, who stands for
        # it; "Pemerintah Daerah Kabupaten A, Kabupaten B": its government)
        headed = i and tok.lower() == "daerah" and texts[i - 1].lower() in {"kepala", "pemerintah"}
        capital = tok.lower() == "kota" and i and texts[i - 1].lower() == "ibu"
        # ("Sekda Parepare mewakili Pemkot Parepare menerima ...": an official
        # stands for the region, which wins)
        stands_for = tok.lower() == "mewakili" and any(
            t.lower() in title_openers() for t in texts[max(0, i - 4):i])
        # ("menjadi wakil Kota Kediri", "Dua wakil Kota Mataram, A dan B": whom a
        # winner represents; "Wakil Wali Kota" is a title)
        represents = tok == "wakil"
        # ("dalam acara Temu Pelaku Seni dan Pariwisata Jatim": the event's name)
        event = tok.lower() in _EVENT_WORDS and i + 1 < start and texts[i + 1][:1].isupper()
        if (tok.lower() in _PLACE_WORDS and not in_name and not headed and not stands_for) or (
                tok.lower() in _SUBDISTRICT) or capital or represents or event:
            return True  # "Kepala Desa Jawai Laut, Kecamatan Jawai, Kabupaten Sambas": where
        if tok.lower() in _LEVEL_JOINS and i >= 2 and texts[i - 1] in _LEVELS and (
                texts[i - 2].lower() == "tingkat"):
            return True  # "tingkat nasional maupun provinsi Jawa Barat": a level too
        if tok.istitle() and tok.lower() in record_cues()["buildings"] and "," in texts[i:start]:
            return True  # "..., Lapangan Merdeka, Kota Medan, Selasa": where the building is
        joins = tok.lower() in {"dan", "serta", "and", "&"} and i and texts[i - 1][:1].isupper()
        if tok in {",", "-"} or tok[:1].isupper() or (joins and (
                texts[start].lower() not in PREFIX_KIND or (
                    i + 1 < start and texts[i + 1][:1].isupper()
                    and texts[i + 1].lower() not in PREFIX_KIND))):
            # "se-Provinsi Kalimantan Tengah"; "diselenggarakan Pemerintah
            # Provinsi Papua Barat dan Papua Barat Daya" (but "di Papua Barat
            # Daya dan Kabupaten Manokwari juga terbaik pertama" names a winner);
            # "di Hotel ... Golf Resort and Convention Center, Kabupaten Bogor":
            # a conjunction inside a building's name
            i -= 1
            continue
        return False
    return False


def _names_an_award(word: str) -> bool:
    """A capitalised head word of an award's name ("Anugerah", "Lomba")."""
    return word[:1].isupper() and word.lower() in award_heads()


def _province_apposition(texts: list[str], end: int, places: dict[int, Match],
                         province: str | None = None) -> int:
    """End of ", Jawa Timur," " (Jawa Timur)", ", Provinsi Papua" or " Provinsi
    Papua" after a region's name (and its short form: "Ogan Komering Ulu
    (OKU), Sumatera Selatan", "Musi Banyuasin (Muba), Provinsi Sumatera
    Selatan"); with the region's ``province``, also a name a city there
    shares ("Kabupaten Lebong, Bengkulu": the province, no Kota Bengkulu),
    and after a comma only the province it lies in ("Kota Bontang, Sumatera
    Selatan, Kota Surakarta": a list of winners)."""
    if end + 3 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" and (
            texts[end + 1][:1].isupper() and texts[end + 3] == "," and end + 1 not in places):
        found = _province_apposition(texts, end + 3, places, province)
        return found if found > end + 3 else end
    province_words = {"provinsi", "prov", "prov."}
    if end + 1 < len(texts) and texts[end].lower() in province_words:
        at = end + 1  # "Kabupaten Pinrang Provinsi Sulawesi Selatan"
    elif end + 1 < len(texts) and texts[end] in {",", "("}:
        at = end + 2 if texts[end + 1].lower() in province_words else end + 1
    elif province:
        return _province_right_after([province], end, places.get(end))
    else:
        return end
    span = places.get(at)
    regions = gazetteer().candidates(span.id_) if span else []
    if span and (all(r.kind == "provinsi" for r in regions) or (
            province and any(r.kind == "provinsi" and r.province == province
                             for r in regions))) and not (
            province and texts[end] == "," and not any(
                lies_in(gazetteer().regions[province], r.province) for r in regions)):
        return span.end + (1 if span.end < len(texts) and texts[span.end] == ")" else 0)
    return end




def _province_right_after(provinces: Iterable[str], end: int, after: Match | None) -> int:
    """End of the province written right after a region's name, with no
    comma, when the region (lying in one of ``provinces``) lies there
    ("Lubuklinggau Sumatera Selatan, Pulang Pisau Kalimantan Tengah, ...",
    "Kabupaten Sinjai Sulawesi Selatan"), else ``end``."""
    gaz = gazetteer()
    found = gaz.candidates(after.id_) if after is not None else []
    if found and all(p.kind == "provinsi" for p in found) and any(
            lies_in(gaz.regions[q], p.name) for q in provinces for p in found):
        return after.end
    return end


def _own_short_form(texts: list[str], end: int, places: dict[int, Match], region: Region) -> int:
    """End of the region's own short form in brackets after its name
    ("Pemerintah Provinsi Nusa Tenggara Barat (NTB)", "... (Pemprov NTB)"),
    else ``end``."""
    kind = end + 1 < len(texts) and PREFIX_KIND.get(texts[end + 1].lower()) == region.kind
    span = places.get(end + 1 + kind)
    if texts[end:end + 1] == ["("] and span and span.end < len(texts) and (
            texts[span.end] == ")") and region in gazetteer().candidates(span.id_):
        return span.end + 1
    return end


def _name_after_abbreviation(texts: list[str], span: Match, kind: str
                              ) -> tuple[Region, int] | None:
    """"Ogan Komering Ulu (OKU) Selatan": a name whose abbreviation is set
    inside it; the whole name's region and where it ends, or None."""
    end = span.end
    if not (end + 3 < len(texts) and texts[end] == "(" and texts[end + 2] == ")"):
        return None
    for extra in (2, 1):
        words = texts[end + 3:end + 3 + extra]
        if len(words) == extra and all(w[:1].isupper() for w in words):
            region = gazetteer().resolve(" ".join([span.text, *words]), kind)
            if region:
                return region, end + 3 + extra
    return None


@lru_cache(maxsize=1)
def list_intros() -> frozenset[str]:
    """Words after which bare region names are a list of winners (cues.json)."""
    return frozenset(data_json("cues.json")["list_intro"])


@lru_cache(maxsize=1)
def list_glue() -> frozenset[str]:
    """What joins the names of a list: ",", "dan", "serta" ... (cues.json)."""
    return frozenset(data_json("cues.json")["list_glue"])


@lru_cache(maxsize=1)
def _falls_to() -> frozenset[str]:
    """Phrases after which a bare region won ("jatuh ke"; cues.json falls_to)."""
    return frozenset(data_json("cues.json")["falls_to"])


# Words that say which kind of region a list names ("dua kota, yakni ...");
# None: regions of any kind ("daerah", "kabupaten/kota").
_LIST_KINDS = {**PREFIX_KIND, "daerah": None, "pemda": None, "wilayah": None}


def _list_kind(texts: list[str], intro: int) -> tuple[bool, str | None]:
    """Whether a list intro at ``intro`` introduces regions, and of which kind:
    the nearest kind word in the few words before it ("kategori Pemprov
    yakni", "dua kota, yakni", "kategori Kabupaten/Kota yaitu"); a list
    straight after a win verb ("diraih oleh") or a handing one ("diberikan
    kepada") may name any kind."""
    kinds = []
    for k in range(intro - 1, max(intro - 9, -1), -1):
        word = texts[k].lower()
        if word in _LIST_KINDS:
            kinds.append(_LIST_KINDS[word])
        elif word == "." or (kinds and word not in {"/", ","}):
            break
    if len(set(kinds)) == 1:
        return True, kinds[0]
    if kinds:
        return True, None  # "Kabupaten/Kota"
    if intro and texts[0].lower() in _LIST_KINDS and "." not in texts[1:intro]:
        # the sentence's subject: "Provinsi lain yang ikut menerima Paritrana
        # Award 2024 pada kesempatan itu antara lain Gorontalo, ..."
        return True, _LIST_KINDS[texts[0].lower()]
    word, before = texts[intro].lower(), texts[intro - 1].lower() if intro else ""
    if word == ":" and not record_cues()["list_headings"].isdisjoint(
            w.lower() for w in texts[max(0, intro - 4):intro]):
        return True, None  # a headed list line: "Kategori Pratama : Pesisir Barat, Mesuji"
    if f"{before} {word}" in _falls_to():
        return True, None  # "Adipura Kencana jatuh ke Surabaya"
    if word == "oleh":  # "diraih oleh", "dimenangkan oleh"
        return before in list_intros(), None
    if word == "kepada" and before in record_cues()["prizes"]["handed"]:
        return True, None  # "Sertifikat itu diberikan kepada Agam, Lahat, Garut ..."
    subject = texts[1:2] if texts[:1] in (["Para"], ["para"]) else texts[:1]  # "Para pemenang"
    if word == "adalah" and subject and (subject[0].lower() in WINNER_WORDS or record_cues()[
            "rank"].has_word(subject[0].lower())) and "." not in texts[1:intro]:
        # "Penerima anugerah kategori nindya adalah Denpasar, Gianyar, ...",
        # "Peringkat ketiga dan seterusnya adalah Yogyakarta, Cimahi ...": the
        # winners, the subject says
        return True, None
    return word not in {":", "adalah", "kepada", "untuk", "bagi", "pada", "ke"}, None


# nouns for those who won ("Pemenang tingkat kota adalah Kota Salatiga")
WINNER_WORDS = frozenset({"peraih", "pemenang", "penerima", "juara"})


def _continues_a_list(texts: list[str], k: int) -> bool:
    """A name right after the word that opens a sentence going on with a
    list ("Lalu, ...", "Serta ..."; cues.json list_continues)."""
    opener = 2 if k == 2 and texts[1] == "," else 1 if k == 1 else 0
    return bool(opener) and texts[0].lower() in data_json("cues.json")["list_continues"]


_AS = {"sebagai", "selaku", "menjadi"}


def _kind_stated(texts: list[str], end: int) -> str | None:
    """The kind of region a name is said to be right after it ("Jambi
    sebagai provinsi terbaik", "Solok menjadi kota ...", "Bengkulu menjadi
    salah satu dari tujuh provinsi ..."), or None."""
    if end + 1 < len(texts) and texts[end].lower() in _AS:
        k = end + 1
        if [t.lower() for t in texts[k:k + 2]] == ["salah", "satu"]:
            k += 2
            k += k < len(texts) and texts[k].lower() == "dari"
            k += k < len(texts) and (texts[k].isdigit() or texts[k].lower() in count_words())
        return PREFIX_KIND.get(texts[k].lower()) if k < len(texts) else None
    return None


def _region_of_list(form: str, kind: str | None, near: str | None = None) -> Region | None:
    """The region a bare name in a list names: of the list's kind when there
    is one such, else the only region of that name (a kabupaten or kota
    before a province of the same name), else the only one in ``near``, the
    province of the list so far ("Kotabaru, Tabalong, ..., Banjar, ...": the
    Kabupaten Banjar of Kalimantan Selatan, not the Kota Banjar of Jawa
    Barat)."""
    gaz = gazetteer()
    if kind:
        found = gaz.resolve(form, kind)
        if found:
            return found
    regions = gaz.candidates(form)
    local = [r for r in regions if r.kind != "provinsi"]
    if len(local) == 1:
        return local[0]
    if len(regions) == 1:
        return regions[0]
    there = [r for r in local if near and r.province == near]
    return there[0] if len(there) == 1 else None


def _list_gap(texts: list[str], start: int, glue: frozenset[str], ends: Container[int],
              tails: frozenset[str] = frozenset({"untuk"})) -> int:
    """Where the list item before ``start`` ends (one of ``ends``, where the
    items found so far end): back over commas, semicolons and "dan", over
    brackets after that item ("Morowali Utara (Morut), Poso", "Jawa Tengah
    (diterima Wagub Taj Yasin); Sumatera Selatan"), over a score after it
    ("Jawa Barat 3,1987; Kalimantan Timur"), over a rank in apposition
    or a tail one of ``tails`` opens, and over one item the gazetteer does not
    know."""
    k, unknown = start, 0
    while k > 0 and k not in ends:
        if texts[k - 1].lower() in glue:
            k -= 1
        elif (numbered := _before_item_number(texts, k)) < k:
            k = numbered  # "yaitu 1. Banyuwangi, 2. Gresik"
        elif k < start and texts[k - 1] == ")" and (opened := _bracket_open(texts, k - 1)):
            k = opened
        elif k < start and _SCORE.fullmatch(texts[k - 1]):
            k -= 1  # "Jawa Barat 3,1987; Kalimantan Timur 3,1655": a score after the item
        elif k < start and not unknown and (item := _item_start(texts, k)) is not None and (
                item > 0 and texts[item - 1].lower() in glue):
            k, unknown = item, 1  # "Wakatobi, Kolako Utara, Konawe Utara": a name not known
        elif k < start and (rank := _as_rank(texts, k, ends, tails)) is not None:
            # "Jawa Tengah sebagai Provinsi Terbaik I, Sumatera Selatan ...",
            # "Jawa Timur untuk regional Jawa-Bali, Gorontalo untuk ..."
            k = rank
        else:
            break
    return k


_SCORE = re.compile(r"\d{1,3}(?:[.,]\d+)?")
# the legal forms of state and regional enterprises written in brackets after
# a company's name ("PT Pertamina (Persero)", "PT Jamkrida Jateng (Perseroda)")
_STATE_FORMS = frozenset({"persero", "perseroda"})
_ITEM_NUMBER = re.compile(r"\d{1,2}\.")


def _before_item_number(texts: list[str], k: int) -> int:
    """Where the number of a list item ending right before ``k`` starts
    ("1.", "(1)", "1)": "yaitu 1. Banyuwangi, 2. Gresik"), or ``k`` when no
    number stands there."""
    if k > 0 and _ITEM_NUMBER.fullmatch(texts[k - 1]):
        return k - 1
    if k > 1 and texts[k - 1] == ")" and texts[k - 2].isdigit() and len(texts[k - 2]) <= 2:
        return k - 3 if texts[k - 3:k - 2] == ["("] else k - 2
    return k


@lru_cache(maxsize=1)
def _unranked_places() -> frozenset[str]:
    """Heads of podium places that have no rank ("harapan", "umum"; ranks.json)."""
    return frozenset(data_json("ranks.json")["no_rank"])


def _as_rank(texts: list[str], end: int, ends: Container[int],
             tails: frozenset[str]) -> int | None:
    """Where the list item ends that a rank in apposition ending at ``end``
    follows ("Jawa Tengah sebagai Provinsi Terbaik I", "Asahan terbaik
    kedua"), or a tail one of
    ``tails`` opens ("Jawa Timur untuk regional Jawa-Bali, Gorontalo ...",
    "Bengkulu dengan program operasi pasar, Banten ..."); None when none."""
    for j in range(end - 2, max(end - 7, 0), -1):
        word = texts[j].lower()
        if j in ends and (record_cues()["rank"].has_word(word) or word in _unranked_places()):
            # "Asahan terbaik kedua, dan Samosir ...": the rank right after the
            # item ("Siak harapan kedua, kemudian Banyuwangi ...": or a place
            # with no rank)
            return j
        if word == "sebagai":
            ranked = any(record_cues()["rank"].has_word(w.lower()) for w in texts[j + 1:end])
            return j if ranked and j in ends else None
        if word in tails:
            return j if j in ends else None
    return None


def _bracket_open(texts: list[str], close: int) -> int | None:
    """Where the bracket closed at ``close`` opens, a dozen words back at
    most: a short form or a recipient after a list item ("(Morut)",
    "(diterima Wagub Mawardi Yahya)")."""
    for j in range(close - 1, max(close - 14, -1), -1):
        if texts[j] == "(":
            return j or None
        if texts[j] == ")":
            return None
    return None


def _item_start(texts: list[str], end: int) -> int | None:
    """Where a list item of one to three capitalised words that ends at
    ``end`` starts (an item the gazetteer does not know: "Kolako Utara"; no
    head, kind, title or area word: not "Kepala Desa Mojokrapak", not
    "Wilayah Nusa Tenggara"); None when no such item ends there."""
    j, heads, stops, areas = end, _heads(), _name_stops(), record_cues()["areas"]
    while j > 0 and end - j < 3 and texts[j - 1][:1].isupper() and not (
            texts[j - 1] in heads or texts[j - 1].lower() in stops
            or texts[j - 1].lower() in PREFIX_KIND or texts[j - 1].lower() in areas):
        j -= 1
    return j if j < end and not (j and texts[j - 1][:1].isupper()) else None


def _intro_before(texts: list[str], start: int, intros: frozenset[str],
                  glue: frozenset[str]) -> int | None:
    """The list intro right before ``start`` (a comma after it: "yakni,
    Mamuju, Majene ..."), or before one or two items the gazetteer does not
    know ("diantaranya Kolako, Muna, ...": a misspelt first name does not
    end the list); None when there is none."""
    k = start
    for _ in range(3):
        k = _before_item_number(texts, k)
        if k > 0 and texts[k - 1].lower() in intros:
            return k - 1
        if k > 1 and texts[k - 1] == "," and texts[k - 2].lower() in intros - {"dan", ","}:
            return k - 2
        item = _item_start(texts, k - 1) if k > 1 and texts[k - 1] in glue else None
        if item is None:
            return None
        k = item
    return None


def _listed_regions(texts: list[str], mentions: list[Mention], places: dict[int, Match],
                    rank_ends: Container[int], rank_starts: Container[int]) -> list[Mention]:
    """Bare region names that a list makes winners' names: joined by commas
    and "dan" to a region written with its kind ("Kota Langsa, Banda Aceh,
    dan Lhokseumawe": three kota), after a list intro ("kategori Pemprov
    yakni Jawa Tengah, Sumatera Selatan ..."), right after a rank
    ("peringkat pertama Sulawesi Utara") or right before one ("Sumatera
    Selatan di urutan kedua"). Each becomes a region
    mention; a province set after it in apposition is where it is, not one
    more name ("Pinrang (Sulawesi Selatan)")."""
    # (and the rivals a winner outranks, named by province: "Sulsel
    # mengungguli Jawa Barat dan Bali yang berada di peringkat II dan III")
    intros = list_intros() | record_cues()["outranked"] | {p.split()[-1] for p in _falls_to()}
    glue = list_glue()
    out: list[Mention] = []
    ends: dict[int, str | None] = {}  # where a region of a list ends -> the list's kind
    near: dict[int, str | None] = {}  # where a region of a list ends -> its province
    # the kind every region the sentence writes with its kind is of ("Kota
    # Surabaya ..., disusul Kota Denpasar di posisi kedua dan Bandung di
    # tempat ketiga": Kota Bandung), for a bare name two regions bear
    kinds = {m.type for m in mentions if m.type in {"provinsi", "kabupaten", "kota"}}
    shared = next(iter(kinds)) if len(kinds) == 1 else None
    skip_to = -1
    for m in mentions:
        if m.start < skip_to:
            continue
        if m.type != "bare":
            out.append(m)
            if m.type in _REGION_TYPES and not _after_place_word(texts, m.start, m.end):
                ends[m.located_end] = m.type  # a list of places is no list of winners
                near[m.located_end] = m.province
            continue
        # (over what each region's item was won for or with: "Bengkulu dengan
        # program operasi pasar, Banten dengan ...")
        k = _list_gap(texts, m.start, glue, ends, record_cues()["described_by"])
        region = kind = None
        # (a comma left out after a province in brackets: "Sukabumi (Jawa
        # Barat) Tasikmalaya (Jawa Barat), dan Metro")
        if (k < m.start or texts[k - 1] == ")") and k in ends:
            kind = ends[k]
            region = _region_of_list(m.name, kind, near.get(k))
            joined = {"dan", "serta"} & {w.lower() for w in texts[k:m.start]}
            before = near.get(k)
            if region and region.kind == "provinsi" != kind and not joined and (
                    before is None or lies_in(gazetteer().regions[before], region.name)):
                region = None  # "Kabupaten Musi Banyuasin (Muba), Sumatera Selatan": where it is
                # (but "..., Kabupaten Pacitan, serta Daerah Istimewa Yogyakarta": one more;
                # and "Kota Bontang, Sumatera Selatan, ...": Bontang lies elsewhere)
            if region and region.kind in _TWINS and any(
                    o.name == region_name(region) for o in out):
                # "Kota Madiun (96,1), Madiun (95,4)": the city is named, the
                # bare name is the regency of that name
                region = gazetteer().resolve(m.name, _TWINS[region.kind]) or region
        elif _continues_a_list(texts, m.start):
            # "Lalu, Sumbawa Barat, Alor, Kupang ...": the list the sentence
            # before began goes on (its names are winners only there)
            kind = None
            region = _region_of_list(m.name, None)
        elif m.start > 1 and texts[m.start - 1] == "," and (
                texts[m.start - 2].lower() in PREFIX_KIND):
            # "Untuk kategori ... tingkat kota, Pekanbaru (Riau), Kotamobagu ..."
            kind = PREFIX_KIND[texts[m.start - 2].lower()]
            region = _region_of_list(m.name, kind)
        elif (intro := _intro_before(texts, m.start, intros, glue)) is not None:
            listed, kind = _list_kind(texts, intro)
            # "diberikan kepada Kalimantan Timur dan Kalimantan Utara": a name
            # that is only a province's is one after any intro
            region = _region_of_list(m.name, kind) if listed else gazetteer().resolve(m.name)
            if not listed and (region is None or region.kind != "provinsi" or (
                    m.end < len(texts) and texts[m.end][:1].isupper())):
                region = None  # "dijuarai oleh Papua Sejahtera": a name, not Papua
                # (but a name one region alone bears, handed an award: "memberikan
                # penghargaan kepada Banyuwangi atas ...")
                only = gazetteer().candidates(m.name) if texts[m.start - 1] == "kepada" and not (
                    m.end < len(texts) and texts[m.end][:1].isupper()) else []
                region = only[0] if len(only) == 1 else None
        elif (k == m.start and (k in rank_ends or (
                k - 1 in rank_ends and texts[k - 1] in {"–", "—", "-", ":"}))) or (
                m.start - 1 in rank_ends and texts[m.start - 1] == ","):
            # "Sementara di peringkat pertama Sulawesi Utara dan peringkat
            # ketiga Papua Barat", "Terbaik II – Solok Selatan", "di posisi
            # kedua, Sulawesi Selatan dengan skor ...": a name right after its
            # rank
            region = _region_of_list(m.name, shared)
        elif _before_its_rank(texts, _past_bracket(texts, m.end), rank_starts):
            # "Sumatera Selatan di urutan kedua", "Bandung (Jawa Barat) di tempat ketiga"
            region = _region_of_list(m.name, shared)
        elif _is_subject(texts, m.start, m.end, region=True):
            region = _region_of_list(m.name, None)  # "Jawa Tengah kembali dinobatkan ..."
        elif m.start > 1 and texts[m.start - 1] == "oleh" and _won_by_verb(
                texts[m.start - 2], False) and shared:
            # "bidang pemerintahan diraih oleh Jawa Timur, bidang ekonomi
            # diraih oleh Gorontalo": the kind of the others won
            region = gazetteer().resolve(m.name, shared)
        stated = _kind_stated(texts, m.end)
        if stated and (region is None or region.kind != stated):
            # "kepada Jambi sebagai provinsi terbaik": the province, not the
            # city; "Solok sebagai kota terbaik": the city, not the regency
            region = gazetteer().resolve(m.name, stated) or region
        if region is None:
            out.append(m)
            continue
        end = m.end if region.kind == "provinsi" else _province_apposition(texts, m.end, places,
                                                                           region.province)
        out.append(Mention(region_name(region), region.kind, region.province, m.start, m.end,
                           True, end))
        # "Pemprov Jawa Timur, ..., Yogyakarta, Jambi": provinces all
        ends[end] = kind or region.kind
        near[end] = region.province
        skip_to = end
    return _first_of_its_kind(texts, out, glue)


def _first_of_its_kind(texts: list[str], mentions: list[Mention],
                       glue: frozenset[str]) -> list[Mention]:
    """A bare name two regions bear, joined to the list item after it, is of
    that item's kind ("antara lain Bekasi, Depok, Bogor, dan Cimahi": Depok
    is only a kota, so Bekasi is Kota Bekasi); read right to left, so the
    kind runs back to the list's head."""
    out = list(mentions)
    for k in range(len(out) - 2, -1, -1):
        m = out[k]
        if m.type != "bare":
            continue
        j = _past_bracket(texts, m.end)
        while j < len(texts) and texts[j].lower() in glue:
            j += 1
        after = out[k + 1]
        if j == m.end or after.start != j or after.type not in {"kabupaten", "kota"}:
            continue
        region = gazetteer().resolve(m.name, after.type)
        if region is not None:
            out[k] = Mention(region_name(region), region.kind, region.province, m.start, m.end,
                             True, m.end)
    return out


@lru_cache(maxsize=1)
def _name_slot_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words after which an unheaded name may stand; words that open none
    (the tiers of awards among them: "Emas, Hijau, Biru ..."); verbs before
    which a name is a winner."""
    cues = data_json("cues.json")
    openers = {w for w in cues["sentence_openers"] if " " not in w} | set(any_tier())
    return (frozenset(cues["name_slots"]), frozenset(data_lines("not_names.txt")) | openers,
            frozenset(cues["subject_verbs"]))


_CLAUSE_OPENERS = {",", "dan", "serta", "sedangkan", "sementara", "adapun", ";", "–", "—", "-"}
_RANK_HEADS = {"juara", "peringkat", "terbaik", "pemenang", "posisi"}


def _short_form_closes(texts: list[str], end: int) -> bool:
    """A short form in brackets closes the name ending at ``end``: "Badan
    Pusat Statistik (BPS) meraih ..." (not "Badan Pengawas Pemilu (Bawaslu)
    Provinsi Gorontalo", whose name goes on)."""
    return end + 2 < len(texts) and texts[end] == "(" and texts[end + 2] == ")" and (
        texts[end + 1][:1].isupper()) and (
        end + 3 == len(texts) or not texts[end + 3][:1].isupper())


def _is_subject(texts: list[str], i: int, end: int, region: bool = False) -> bool:
    """A name opening a clause before its win: "Lapak Pesona Madiun Lor
    berhasil keluar sebagai Juara 1", "..., dan Sumber Alfaria Trijaya
    sebagai juara ketiga"; a ``region``'s name also before the others it
    won with ("Jawa Barat bersama dua provinsi lainnya, yaitu ..., meraih
    ...")."""
    if i and texts[i - 1].lower() not in _CLAUSE_OPENERS:
        return False
    if i and texts[i - 1] == "," and end < len(texts) and texts[end] == ",":
        end += 1  # "..., perusahaan binaan kami, Sri Istana Ayam Goreng, meraih ..."
    if _short_form_closes(texts, end):
        end += 3  # its short form: "Kementerian Pertanian (Kementan) menempati ..."
    while end < len(texts) and texts[end].lower() in ADVERBS:
        end += 1
    nxt = texts[end].lower() if end < len(texts) else ""
    if nxt in {"sebagai", "menjadi"}:
        # "... sebagai juara ketiga", "Kalimantan Barat berhasil menjadi juara 1"
        return end + 1 < len(texts) and texts[end + 1].lower() in _RANK_HEADS
    return nxt in _name_slot_words()[2] or (region and (
        nxt == "bersama" or nxt in _region_subject_verbs()))


@lru_cache(maxsize=1)
def _region_subject_verbs() -> frozenset[str]:
    return frozenset(data_json("cues.json")["region_subject_verbs"])


@lru_cache(maxsize=1)
def _subject_bodies() -> frozenset[str]:
    return frozenset(data_json("cues.json")["subject_bodies"])


_LOWER_VILLAGE_HEADS = {"desa", "kelurahan", "gampong", "nagari", "kampung", "pekon", "tiyuh"}
_BULLET = re.compile(r"^(?:\d{1,2}[.)]|[-•*–])$")
_AMOUNT = re.compile(r"(?:Rp|IDR|US\$)\.?\d")  # "yaitu Rp149,87 miliar": a sum, no name
_LONGEST_NAME = 7  # tokens: a longer capitalised run is a headline or a title
_NICKNAME_PAIR = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")  # "Gani-Yasin": two people


@lru_cache(maxsize=1)
def _jury_words() -> frozenset[str]:
    return frozenset(data_json("cues.json")["jury_words"])


def _opens_name(texts: list[str], i: int, chained: Mention | None) -> bool:
    """Whether a name may start at ``i``: after a name slot ("yakni",
    "dijuarai oleh", "yakni ;") not opening a list of the jury, a list
    bullet, "melalui" after a category, "atas nama", or joined to a body of
    a list."""
    slots = _name_slot_words()[0]
    if i > 1 and texts[i - 1] == "Pemerintah" and texts[i].lower() in _SUBDISTRICT:
        i -= 1  # "diraih Pemerintah Kecamatan Suppa": the subdistrict, by its government
    prev = texts[i - 1].lower() if i else ""
    slot = i - 1 if prev in slots else i - 2 if (
        prev in {"oleh", ";"} and i > 1 and texts[i - 2].lower() in slots) else None
    if slot is not None and not _jury_words().isdisjoint(
            t.lower() for t in texts[max(0, slot - 12):slot]):
        return False  # "Tim Juri yang terdiri atas ..., yakni Agus Dermawan, ...": the jury
    if slot is not None and counts_categories_before(texts, slot):
        return False  # "tersebar dalam 5 kategori, yakni Pelopor Ketahanan Pangan, ...": categories
    return chained is not None or slot is not None or (
        i == 1 and bool(_BULLET.match(texts[0]))) or (
        # "Kategori Perusahaan Menengah Besar melalui Kordon Putra Sinergi"
        prev == "melalui" and any(t.lower() == "kategori" for t in texts[max(0, i - 7):i])) or (
        # "kategori Petani Sawit Berprestasi atas nama Rustam Efendi": the one named
        prev == "nama" and i > 1 and texts[i - 2].lower() == "atas")


def _counts_its_winners(texts: list[str], end: int) -> bool:
    """A colon within a word of the name ending at ``end`` and a count of
    winners after it ("Pelopor Ketahanan pangan: 5 penerima"): the name is
    a category's, its winners counted."""
    colon = next((k for k in range(end, min(end + 2, len(texts))) if texts[k] == ":"), None)
    return colon is not None and colon + 2 < len(texts) and is_count(
        texts[colon + 1].lower()) and texts[colon + 2].lower() in WINNER_WORDS


def counts_categories_before(words: list[str], at: int) -> bool:
    """A count of categories stands right before ``at``, a comma between or
    not ("5 kategori, yakni ...", "beberapa dimensi atau kategori, yaitu
    ..."): what is listed from ``at`` are the categories (``words`` in any
    case)."""
    k = at - 1 - (at > 0 and words[at - 1] == ",")
    return k > 0 and words[k].lower() == "kategori" and any(
        counts(w.lower()) for w in words[max(0, k - 4):k])


# The word before the one something is handed to: "kepada", "untuk", "bagi".
BENEFICIARY_WORDS = frozenset({"kepada", "untuk", "bagi"})


def _past_degrees(texts: list[str], end: int) -> int:
    """Past the degrees written after a name ("Made Sudarsana, MP dari ...",
    "Ahmad, SE, M.Si dari ..."): where the text goes on."""
    j = end
    while j + 1 < len(texts) and texts[j] == "," and plain(texts[j + 1]) in plain_words(
            "degrees.txt"):
        j += 2
    return j


def _from_region(texts: list[str], end: int, places: dict[int, Match]) -> bool:
    """A name at ``end`` is followed by the region it comes from: "dari Kota
    Medan", "warga Kabupaten Wonogiri", or by its home village: "dari Desa
    Kaliwungu, Kecamatan ...", "asal Nagari Koto Baru"."""
    if end + 2 >= len(texts) or texts[end].lower() not in _FROM:
        return False
    if _from_village(texts, end):
        return True
    at = end + 2 if texts[end + 1].lower() in PREFIX_KIND else end + 1
    return texts[end].lower() in {"dari", "warga"} and at in places


_FROM = {"dari", "asal", "warga"}


def _wins_from_there(texts: list[str], lead: int, end: int) -> bool:
    """One named with where they come from, the appositive ending at
    ``end``, wins or receives as the subject: "Suparno dari Kabupaten
    Boyolali meraih ...", "Wartini, warga Kabupaten Wonogiri, menerima ..."."""
    end += texts[end:end + 1] == [","]
    return _is_subject(texts, lead, end) or (
        end < len(texts) and texts[end].lower() in _RECEIVING)


_RECEIVING = {"menerima", "mendapat", "mendapatkan", "memperoleh"}
_HOME_VILLAGE_HEADS = _VILLAGE_WORDS | _LOWER_VILLAGE_HEADS | {"dusun", "kalurahan"}


def _from_village(texts: list[str], end: int) -> bool:
    """"dari Desa Kaliwungu", "asal Kelurahan Rejosari" at ``end``: a home village."""
    return end + 2 < len(texts) and texts[end].lower() in _FROM and (
        texts[end + 1].lower() in _HOME_VILLAGE_HEADS and texts[end + 2][:1].isupper())


@lru_cache(maxsize=1)
def _counted_heads() -> re.Pattern[str]:
    """A group of heads counted: "21 kepala daerah", "keempat gubernur",
    "delapan bupati/wali kota", "8 orang gubernur" (the count words of
    cues.json)."""
    counts = "|".join(sorted(_counted_words(), key=len, reverse=True))
    return re.compile(rf"\b(?:\d+|ke-?\d+|para|{counts})\s+(?:orang\s+)?"
                      r"(kepala daerah|[a-z]+(?:/[a-z]+)?(?: kota)?)")


@lru_cache(maxsize=1)
def _any_head() -> re.Pattern[str]:
    """Any head of a region's title, anywhere in a lower-case text."""
    return re.compile("|".join(map(re.escape, sorted(region_heads(), key=len, reverse=True))))


def heads_listed_in(lower: str) -> frozenset[str]:
    """The kinds of region whose heads a (lower-case) sentence counts as a
    group ("21 kepala daerah", "Keempat Gubernur tersebut adalah ...",
    "delapan bupati/walikota yang menerima ..."): its names with a region in
    brackets are those regions' heads; "kepala daerah" stands for all three."""
    heads = region_heads()
    if "kepala daerah" not in lower and not _any_head().search(lower):
        return frozenset()  # cheap: most sentences name no head
    kinds: set[str] = set()
    for m in _counted_heads().finditer(lower):
        words = m.group(1)
        if words == "kepala daerah":
            return frozenset(heads.values())
        kinds.update(heads[w.strip()] for w in re.split(r"/", words) if w.strip() in heads)
    return frozenset(kinds)


def _headed_region(texts: list[str], end: int, places: dict[int, Match],
                   kinds: frozenset[str]) -> tuple[Region | None, int] | None:
    """"Ganjar Pranowo (Provinsi Jawa Tengah)" among heads of ``kinds``: the
    region the name in front heads (None when the bracket names none of
    ``kinds``) and where the bracket closes; None when no region follows
    in brackets."""
    if not kinds or end + 2 >= len(texts) or texts[end] != "(":
        return None
    at = end + 1
    kind = PREFIX_KIND.get(texts[at].lower())
    at += kind is not None
    span = places.get(at)
    if span is None or span.end >= len(texts) or texts[span.end] != ")":
        return None
    kind = kind or (next(iter(kinds)) if len(kinds) == 1 else None)
    region = gazetteer().resolve(span.id_, kind)
    return (region if region and region.kind in kinds else None), span.end + 1


def _head_apposed(texts: list[str], end: int, places: dict[int, Match]
                  ) -> tuple[Region | None, int] | None:
    """"adalah Bapak Soekarwo, Gubernur Jawa Timur": the region a head's title
    set after the name and a comma governs, and where its name ends; None
    when no such title follows."""
    if texts[end:end + 1] != [","]:
        return None
    for n in (3, 2, 1):
        title = " ".join(texts[end + 1:end + 1 + n]).lower()
        kind = region_heads().get(title)
        span = places.get(end + 1 + n) if kind else None
        if span is not None:
            region = gazetteer().resolve(span.id_, kind)
            return (region, span.end) if region else None
    return None


def _past_bracket(texts: list[str], k: int) -> int:
    """Past a short bracket opening at ``k`` ("PPATK (94,30), ..."): where
    the text goes on after it; ``k`` when no bracket opens there."""
    if k < len(texts) and texts[k] == "(":
        return next((j + 1 for j in range(k + 1, min(k + 6, len(texts))) if texts[j] == ")"), k)
    return k


def _list_goes_on(texts: list[str], start: int, end: int, glue: frozenset[str]) -> bool:
    """A name joined to a list by a comma alone is one of its items when the
    list goes on after it ("Plosogaden (Temanggung), dan Kalisumur"); a name
    joined by "dan" or "serta" always is."""
    if any(texts[k].lower() in glue - {","} for k in range(max(start - 2, 0), start)):
        return True
    k = _past_bracket(texts, end)
    while k < len(texts) and texts[k].lower() in glue:
        k += 1
    return end < k < len(texts) and texts[k][:1].isupper()


def _dateline_word(texts: list[str], i: int, glue: frozenset[str]) -> bool:
    """A word in capitals of a dateline or an outlet's name ("SULTRAKINI.COM:
    MANADO –"), at the sentence's start or before a dash or a colon; not an
    acronym in a list ("Bappeda, BPKAD, dan ...", "PPATK (94,30), BP Batam
    ...") nor one a winner is named by ("terbaik 1 diraih UNWIRA")."""
    word = texts[i]
    if not (word.isupper() and len(word) > 4):
        return False
    after = _past_bracket(texts, i + 1)
    listed = after < len(texts) and texts[after].lower() in glue
    opens = i <= 2 or texts[i + 1:i + 2] in (["–"], ["-"], ["—"], [":"])
    return "." in word or (not listed and opens)


def _before_its_rank(texts: list[str], end: int, rank_starts: Container[int]) -> bool:
    """"dengan BPR di posisi kedua serta Alfamart di urutan ketiga",
    "mengungguli Riau yang berada di posisi kedua": a name ending at ``end``
    right before its rank."""
    if not any(end + k in rank_starts for k in (1, 2, 3)):
        return False  # (no rank close after it: most names)
    words = [t.lower() for t in texts[end:end + 4]]
    return any(words[:len(link)] == list(link) and end + len(link) in rank_starts
               for link in _RANK_LINKS)


# what joins a name to the rank after it
_RANK_LINKS = (("di",), ("pada",), ("berada", "di"), ("yang", "berada", "di"),
               ("menempati",), ("yang", "menempati"))


def _after_its_rank(texts: list[str], lead: int, end: int, rank_starts: Container[int],
                    rank_ends: Container[int]) -> bool:
    """The run from ``lead`` to ``end`` stands right after its rank in a list
    of ranks: the next rank follows after a comma, or the one before the run's
    did ("Peraih Juara I Dompet Dhuafa, Juara II LAZISNU, Juara III Rumah
    Zakat."), or the rank opens the sentence ("Juara dua Rina Astuti, warga
    Kudus.")."""
    if lead not in rank_ends:
        return False
    org = end + (end < len(texts) and texts[end] == "dari")
    if 0 < org < len(texts) and texts[org - 1] == "dari" and texts[org][:1].isupper():
        # "juara kedua Rina Astuti dari Karangtaruna Tunas Muda, juara ketiga
        # ...": past where the one named comes from
        end = org
        while end < len(texts) and (texts[end][:1].isupper() or texts[end].isdigit()):
            end += 1
    if end < len(texts) and texts[end] in {",", "dan", "serta"}:
        nxt = end + 1 + (texts[end] == "," and texts[end + 1:end + 2] in (["dan"], ["serta"]))
        return nxt in rank_starts
    rank = max((r for r in range(lead - 4, lead) if r in rank_starts), default=None)
    if rank == 0 and (end >= len(texts) or texts[end] in {",", ".", ";"}):
        return True  # "Juara dua Rina Astuti, warga Kudus.": a sentence of a rank and its winner
    if rank is None or not (end >= len(texts) or texts[end] in {".", ";"}):
        return False
    # (the last after ", dan" or "dan": "..., Juara 2 X, dan Juara 3 Sinar
    # Medika Tuban.", "juara II A dari Desa B dan juara III C dari Desa D.")
    return (rank > 0 and texts[rank - 1] == ",") or (
        rank > 2 and texts[rank - 1] in {"dan", "serta"} and any(
            r in rank_starts for r in range(rank - 2)))


def _unheaded_names(doc: Span, texts: list[str], lower: set[str], mentions: list[Mention],
                    in_title: set[int], blocked: set[int], places: dict[int, Match],
                    rank_starts: Container[int], listed: frozenset[str],
                    rank_ends: set[int] = frozenset()) -> list[Mention]:
    """Winners no head word opens: shops, restaurants, companies written
    without "PT", named in a slot of a winners list ("Terbaik 1 yaitu
    Virtue Dragon Nickel Industry", "dijuarai oleh Hadi Supermarket"), right
    after a rank in a list of ranks ("Peraih Juara I Dompet Dhuafa, Juara II
    LAZISNU, ...") or
    joined to a body of such a list ("Desa Pringsari (Kabupaten Semarang),
    Plosogaden (Temanggung), dan Kalisumur (Brebes)": three villages). A run
    that is only a region's name is left to the region rules, one that runs
    into a body with a head word to that body, and a name after an
    official's body to the official ("Kepala Pekon Sumber Agung, Suyatno");
    ``lower``: the sentence's words in lower case."""
    glue = list_glue()
    slots, not_names, verbs = _name_slot_words()
    villages_listed = _counted_villages(texts) if not _LOWER_VILLAGE_HEADS.isdisjoint(
        lower) else None
    if not (not slots.isdisjoint(lower) or not verbs.isdisjoint(lower) or "sebagai" in lower
            or villages_listed
            or ("dari" in lower and not BENEFICIARY_WORDS.isdisjoint(lower))
            or (not _FROM.isdisjoint(lower) and not _RECEIVING.isdisjoint(lower))
            or _BULLET.match(texts[0]) or any(m.type not in _REGION_TYPES for m in mentions)
            or len(rank_ends) > 1 or 0 in rank_starts):
        return mentions  # no slot, no verb, no list of bodies: no name to find
    taken = {k for m in mentions if m.type != "bare" for k in range(m.start, m.located_end)}
    regions_at = {m.start for m in mentions if m.type in _REGION_TYPES and m.explicit}
    ends = {m.located_end: m for m in mentions
            if m.type not in _REGION_TYPES and m.start - 1 not in in_title}
    heads = _heads()
    counted: frozenset[str] | None = None  # read when a name has a bracket after it
    semicolons = texts.count(";") >= 2
    found: list[Mention] = []
    i = 0
    honorifics = plain_words("honorifics.txt")
    degrees = plain_words("degrees.txt")  # "Hasnawati, S.Pd., M.Pd": no name of its own
    led_by = record_cues()["led_by"]  # "yang diketuai Sri Wahyuni": a person
    areas = record_cues()["areas"]  # "yakni Wilayah Sumatera, ...": an area, no name
    while i < len(texts):
        word = texts[i]
        if i and texts[i - 1].lower() in led_by and word[:1].isupper():
            while i < len(texts) and texts[i][:1].isupper():
                i += 1  # the whole name of who leads
            continue
        if i in taken or i in blocked or not word[:1].isupper():
            i += 1  # (no name opens here)
            continue
        lead = i  # where the name starts with the honorifics before it ("Dr. Sri Lestari")
        while lead > 0 and plain(texts[lead - 1]) in honorifics:
            lead -= 1
        k = _list_gap(texts, lead, glue, ends)
        chained = ends.get(k) if k < lead else None
        if chained is not None and semicolons and set(texts[k:i]) == {","}:
            # "RSUD Cut Nyak Dhien, Meulabo, NAD; RSUD Pandan, ...": items
            # that semicolons part say where they are after a comma
            i += 1
            continue
        if plain(word) in honorifics and i + 1 < len(texts) and texts[i + 1][:1].isupper():
            i += 1  # "kepada Ir. Made Sudarsana, MP dari ...": the name after the degree
            continue
        if _one_of_them(texts, lead):
            i += 1  # "Salah satunya adalah Grand Arindama ...": one of the prizes told of
            continue
        if (word.lower() in not_names or plain(word) in degrees
                or word.lower() in PREFIX_KIND or word.lower() in areas or (
                    word in heads and not _before_its_rank(texts, i + 1, rank_starts))
                or _dateline_word(texts, i, glue) or _AMOUNT.match(word) or "/" in word):
            # ("PERDA/08/2015", "KSP/USP": a regulation's number, a category;
            # "yakni Wilayah Sumatera, ...": an area a list is grouped by)
            i += 1
            continue
        # "Kementerian Kelautan dan Perikanan": a body whose name may hold "dan"
        end = _name_tokens(texts, i, joins=word in _head_rules()[1])
        if end == i + 1 and word in _head_rules()[1]:
            i = end  # "kategori, yaitu Kementerian, Lembaga, ...": a kind of body, no name
            continue
        if lead == 1 and _BULLET.match(texts[0]) and end == i + 1 and _opens_a_clause(texts, end,
                                                                                 slots | verbs):
            # "- Penguatan keadilan restoratif di seluruh kejaksaan": an item
            # that opens a clause with a capitalised word, no name
            i = end
            continue
        # "Juara 1 Sekar Wangi Batik Kabupaten Blitar": a name, then where it is
        # (but "Disperpusip Kota Magelang": one word, a body's short form, and its region)
        end = next((j for j in range(i + 2, end) if j in regions_at), end)
        # (and before the subdistrict that places it: "Desa Sukarara dan Bonjeruk
        # Kecamatan Jonggat")
        end = next((j for j in range(i + 1, end) if texts[j].lower() in _SUBDISTRICT), end)
        if i <= 1 and end < len(texts) and texts[end] in DASHES:
            i = end  # "• MC Bintan - Pemerintah Daerah ...": the outlet of a dateline
            continue
        # "kepada Meilinda Suriani Harefa dari Kota Medan (Sumatra Utara), ...":
        # people and groups named with the region they come from
        after = _past_degrees(texts, end)
        if texts[after:after + 1] == [","] and (_from_village(texts, after + 1) or (
                texts[after + 1:after + 2] == ["warga"])):
            after += 1  # "Sukirman, asal Desa Girikerto, ...", "Wartini, warga Kabupaten X, ..."
        origin = _from_region(texts, after, places)
        # (past the home village: "Sutrisno dari Desa Kaliwungu, Kecamatan ...")
        villages = _HOME_VILLAGE_HEADS if _from_village(texts, after) else frozenset()
        if counted is None and end < len(texts) and texts[end] == "(":
            counted = heads_listed_in(" ".join(texts).lower()) | listed
        headed = _headed_region(texts, end, places, counted or frozenset()) or (
            _head_apposed(texts, end, places))
        # ("Suparno dari Kabupaten Boyolali meraih ...": one who wins, placed)
        # (a name of villages counted, placed by its region: "tiga desa ...,
        # yakni Kemiri Kecamatan Jenggawah, Ngadas Kabupaten Malang, ...")
        stop = next((j for j in range(i, end) if j in blocked or j in taken), end)
        village = villages_listed is not None and lead > villages_listed[1] and (
            stop in regions_at or _in_its_subdistrict(texts, stop))
        opens = village or headed is not None or _opens_name(texts, lead, chained) or (
            origin and lead > 0 and texts[lead - 1].lower() in BENEFICIARY_WORDS) or (
            _before_its_rank(texts, end, rank_starts)) or (
            # (past where it is: "Juara 1 Sekar Wangi Batik Kabupaten Blitar, ...")
            _after_its_rank(texts, lead, _located(texts, after if origin else end, places,
                                                  villages)[2], rank_starts, rank_ends)) or (
            origin and _wins_from_there(texts, lead, _located(texts, after, places, villages)[2]))
        cut = next((j for j in range(i, end) if j in blocked or j in taken), end)
        if cut == i + 1 and _NICKNAME_PAIR.fullmatch(word):
            # "Gani-Yasin berhasil meraih ...": a head and a deputy by their
            # short names, no body
            i = cut
            continue
        if _heads_village_after(texts, cut):
            # "yakni Rahmat Hidayat Kades Lalonggasumeeto": a village head's
            # name before the title; the village is who won
            i = cut
            continue
        if cut == i or (cut < end and cut in taken and not village) or end - i > _LONGEST_NAME or (
                i in places and places[i].end >= cut) or not (
                opens or _is_subject(texts, i, cut, region=texts[i] in _subject_bodies())):
            i = max(cut, i + 1)
            continue
        if headed and cut == end:
            # "Keempat Gubernur tersebut adalah ..., Ganjar Pranowo (Provinsi
            # Jawa Tengah)": the head stands for the region, which wins
            region, closed = headed
            if region and not any(k in taken for k in range(end, closed)):
                m = Mention(region_name(region), region.kind, region.province, i, closed,
                            True, closed)
                found.append(m)
                ends[closed] = m
            taken.update(range(i, closed))
            i = closed
            continue
        end = cut
        name, kind = doc[i:end].text, "lainnya" if origin else "perusahaan"
        if village:
            name, kind = f"{villages_listed[0]} {name}", "desa"
        if len(name.strip(". ")) <= 2:
            i = end  # "RB." cut off its name by a full stop: no winner's name
            continue
        if texts[end:end + 1] == ["yang"] and end + 1 < len(texts) and _won_by_verb(texts[end + 1]):
            i = end  # "Peningkatan Tertinggi Zona Kepatuhan yang diterima Kota Palu": what was won
            continue
        if _counts_its_winners(texts, end):
            i = end  # "1. Pelopor Ketahanan pangan: 5 penerima, ...": a category and its count
            continue
        if chained is not None and not origin and (chained in found or "," in texts[k:i] or (
                chained.type == "desa" and _in_its_subdistrict(texts, end))):
            # a village list shares its head ("Desa Pringsari ..., Plosogaden,
            # dan Kalisumur"), as a list of one brand's plants does ("Pabrik
            # AQUA Ciherang, AQUA Subang") and one of clinics ("Puskesmas
            # Porsea, Lumban Julu, dan Ajibata"); one name after "dan" may be
            # of any kind (and one named with where it comes from is no
            # village: "Desa Adat Tenganan di Bali, Bahrudin dari NTB")
            kind = chained.type
            head, *rest = chained.name.split()
            if not name.startswith(head) and (kind == "desa" or head in record_cues()[
                    "shared_heads"] or (
                    rest and name.split()[0] == rest[0] and head.rstrip(".") not in LEGAL_FORMS)):
                name = f"{head} {name}"
        province, named, located_end = _located(texts, after if origin else end, places,
                                                villages)
        if kind == "perusahaan" and not named:
            province = None
        if chained is not None and not _list_goes_on(texts, i, located_end, glue):
            i = located_end  # "PT Timah Tbk, BUMN tambang ...": an apposition
            continue
        if end in in_title and end - 1 not in in_title and kind == "perusahaan":
            i = end  # "yaitu Herwin Yatim Bupati Banggai, ...": the official's own name
            continue
        # (its span takes in the honorifics before it: "kepada Ir. Made ...")
        m = Mention(name, kind, province, lead, end, True, located_end)
        found.append(m)
        ends[located_end] = m
        taken.update(range(lead, located_end))
        i = located_end
    if not found:
        return mentions
    inside = {k for m in found for k in range(m.start, m.located_end)}
    return sorted([m for m in mentions if m.start not in inside] + found, key=lambda m: m.start)


def _counted_villages(texts: list[str]) -> tuple[str, int] | None:
    """The village word a count names before a list opener ("Tiga desa di
    Jawa Timur meraih ..., yakni Kemiri Kecamatan Jenggawah, ...") and where
    the opener stands: the names listed after it are villages of that word."""
    intros = list_intros()
    for k in range(len(texts) - 2):
        if is_count(texts[k].lower()) and texts[k + 1].lower() in _LOWER_VILLAGE_HEADS:
            opener = next((j for j in range(k + 2, min(k + 12, len(texts)))
                           if texts[j].lower() in intros), None)
            if opener is not None:
                return texts[k + 1].capitalize(), opener
    return None


def _in_its_subdistrict(texts: list[str], end: int) -> bool:
    """A subdistrict places the name ending at ``end`` ("Desa Sukarara dan
    Bonjeruk Kecamatan Jonggat": both villages of it)."""
    return end < len(texts) and texts[end].lower() in _SUBDISTRICT


def _one_of_them(texts: list[str], i: int) -> bool:
    """The name at ``i`` follows "salah satunya (adalah|yakni|yaitu)": one of
    what the sentence before told of, a prize rather than a winner with no
    head word."""
    before = [t.lower() for t in texts[max(0, i - 3):i] if t != ","]
    if before[-1:] and before[-1] in {"adalah", "yakni", "yaitu", "ialah"}:
        before = before[:-1]
    return before[-2:] == ["salah", "satunya"]


def _opens_a_clause(texts: list[str], k: int, name_words: frozenset[str]) -> bool:
    """The word at ``k`` goes on with a clause in lower case (two words of it
    or more), no word that puts a name in a slot or ranks it ("sebagai",
    "juara") among its first."""
    after = texts[k:k + 2]
    return len(after) == 2 and all(w.isalpha() and w.islower() for w in after) and (
        name_words.isdisjoint(after)) and "sebagai" not in after and not any(
        record_cues()["rank"].has_word(w) for w in after)


def _heads_village_after(texts: list[str], k: int) -> bool:
    """A village head's title opens at ``k`` with the village's name after
    it ("Kades Lalonggasumeeto", "Kepala Desa Sukamaju")."""
    for words in _village_head_titles().get(texts[k] if k < len(texts) else "", ()):
        n = k + len(words)
        if texts[k:n] == words and n < len(texts) and texts[n][:1].isupper():
            return True
    return False


@lru_cache(maxsize=1)
def _village_head_titles() -> dict[str, list[list[str]]]:
    """The titles of village heads (cues.json village_heads) by first word."""
    out: dict[str, list[list[str]]] = {}
    for title in record_cues()["village_heads"]:
        out.setdefault(title.split()[0], []).append(title.split())
    return out


def _team_from(texts: list[str], i: int) -> bool:
    """The name at ``i`` follows "dari" after a team or a delegate ("Tim
    Linmas dari Kecamatan Godong meraih juara 1"): the body it stands for, no
    place."""
    return i > 1 and texts[i - 1] == "dari" and sent_by(texts, i - 1)


def body_acronym(word: str) -> bool:
    """The word is shaped as a body's acronym ("DPMD", "BPBD", "DPMPTSP"):
    two to eight capitals, of seven or eight two vowels at most (not
    "GUBERNUR", a word set in capitals)."""
    return 2 <= len(word) <= 8 and word.isupper() and word.isalpha() and (
        len(word) <= 6 or sum(c in "AIUEO" for c in word) <= 2)


def sent_by(texts: list[str], at: int) -> bool:
    """A team or a delegate, and its name, right before ``at`` ("utusan",
    "Tim Linmas", "kontingen Kota Padang")."""
    k = at - 1
    while k > 0 and at - k < 4 and texts[k][:1].isupper() and (
            texts[k].lower() not in record_cues()["delegates"]):
        k -= 1
    return k >= 0 and texts[k].lower() in record_cues()["delegates"]


def _after_a_province(places: list[Match], i: int) -> bool:
    """A comma right before ``i`` closes a province's name, which a
    subdistrict cannot locate ("Dalam lomba ... tingkat Sumatera Barat,
    Kecamatan Batang Kapas menjadi juara tiga")."""
    return any(p.end == i - 1 and gazetteer().resolve(p.id_, "provinsi") for p in places)


def _listed_after_its_like(texts: list[str], i: int) -> bool:
    """The name at ``i`` follows a name of the same head and a comma, an
    item of their list ("Kecamatan Ayah, Kecamatan Buayan"), not where the
    one before lies ("Desa X, Kecamatan Y")."""
    k = i - 1
    if k < 1 or texts[k] != ",":
        return False
    k -= 1
    while k > 0 and texts[k][:1].isupper() and texts[k].lower() != texts[i].lower():
        k -= 1
    return texts[k].lower() == texts[i].lower() and i - k <= _LONGEST_NAME


def _won_by_verb(word: str, handed: bool = True) -> bool:
    """A passive verb of winning or receiving ("diraih", "diterima"); with
    ``handed`` false, of winning only, whose agent is the winner ("diraih
    Badan X"; not "diberikan Komisi Informasi", whose agent is the giver)."""
    cues = record_cues()
    low = word.lower()
    return low.startswith("di") and (cues["win"].has_word(low) or (
        handed and cues["handover"].has_word(low)))


LEGAL_FORMS = ("PT", "CV", "UD")  # a company's legal form, written before its name


def _counted_by_digits(texts: list[str], i: int) -> bool:
    """A number of a few digits stands before the head at ``i`` ("9 Pabrik
    AQUA lainnya"), not a year ("2023 Desa ...") and no neighbourhood's
    number ("RW 05 Kelurahan ...")."""
    word = texts[i - 1]
    return word.isdigit() and len(word) <= 3 and not (
        i > 1 and texts[i - 2].rstrip(".") in ("RW", "RT"))


@lru_cache(maxsize=1)
def _head_rules() -> tuple[frozenset[str], ...]:
    """cues.json's words for heads of bodies: the words before a body that
    make it a person's post, a day's name or a kind counted (body_of_words),
    heads whose names may hold "dan" (and_inside_heads), heads that name a
    winner only with an acronym (acronym_heads), heads a province may close
    (province_tail_heads), the words before a sector (sector_words)."""
    cues = data_json("cues.json")
    return tuple(frozenset(cues[key]) for key in (
        "body_of_words", "and_inside_heads", "acronym_heads", "province_tail_heads",
        "sector_words"))


def _trailing_place(texts: list[str], first: int, end: int, places: dict[int, Match],
                    any_region: bool) -> tuple[int, str, int] | None:
    """A province that closes a hospital's name ("RSUD Kalianda Lampung",
    "RSUD Prabumulih Sumsel"), with a region of it before ("RSUD Mardi
    Waluyo Blitar Jatim"), or with ``any_region`` a region of any kind
    that closes a village's ("Desa Tamansari Jember"): where the name ends,
    the province, and where the place ends. Not a place its kind opens
    ("RSUP Provinsi NTB": the province's hospital)."""
    for j in range(first, end):
        span = places.get(j)
        if span is not None and span.end == end and texts[j - 1].lower() not in PREFIX_KIND:
            if any_region:
                provinces = {r.province for r in gazetteer().candidates(span.id_)}
                if len(provinces) == 1:
                    return j, provinces.pop(), end
                continue
            region = gazetteer().province(span.id_)
            if region:
                # a regency or city of that province before it says where too:
                # "RSUD Mardi Waluyo Blitar Jatim"
                city = next((k for k in range(first, j) if k in places and places[k].end == j
                             and texts[k - 1].lower() not in PREFIX_KIND), None)
                if city is not None and region.name in {
                        r.province for r in gazetteer().candidates(places[city].id_)}:
                    return city, region.name, end
                return j, region.name, end
    return None


_UNIT = re.compile(r"^(?:RW|RT)\.?\d{1,3}$")


def _unit_before(texts: list[str], i: int) -> int:
    """Where a neighbourhood unit written before a village's name starts
    ("RW 03 Kelurahan Duri Kosambi", "RW.02 Kelurahan Sungai Miai", "RT 05 RW
    02 Kelurahan Dawuhan": the unit is the winner); ``i`` when there is none."""
    start = i
    for _ in range(2):  # "RT 05 RW 02 Kelurahan Dawuhan": the smaller unit first
        if start >= 1 and _UNIT.match(texts[start - 1]):
            start -= 1
        elif start >= 2 and texts[start - 2].rstrip(".") in ("RW", "RT") and (
                texts[start - 1].isdigit()):
            start -= 2
    return start


def _elsewhere(province: str, places: dict[int, Match], start: int, end: int) -> bool:
    """The sentence names regions of one or more provinces outside [start,
    end), and ``province`` is not among them: a region closing a village's
    name there is part of the name, not where the village is."""
    around = set()
    for k, span in places.items():
        if not start <= k < end:
            provinces = {r.province for r in gazetteer().candidates(span.id_)}
            around |= provinces if len(provinces) == 1 else set()
    return bool(around) and province not in around


def _region_inside(texts: list[str], start: int, end: int, places: dict[int, Match]
                   ) -> Region | None:
    """A region written with its kind inside a body's name ("Rumah Sakit Umum
    Daerah (RSUD) Kota Kendari"): the body lies in it."""
    for k in range(max(start, 1), end):
        kind = PREFIX_KIND.get(texts[k - 1].lower())
        if k in places and kind:
            return gazetteer().resolve(places[k].id_, kind)
    return None


def _mixed_case(texts: list[str]) -> bool:
    """Most of the sentence's words are not in capitals (in a headline all
    in capitals every word is)."""
    return sum(t.isupper() for t in texts if t.isalpha()) * 2 < sum(t.isalpha() for t in texts)


def _head_at(texts: list[str], i: int, heads: dict[str, list[tuple[tuple[str, ...], str]]]
             ) -> tuple[tuple[str, ...], str] | None:
    """The head that opens a name at ``i`` (words as listed, awardee_type),
    as listed or all in capitals ("KOPERASI TUNAS MANDIRI"), or None."""
    for h in heads.get(texts[i], ()):
        if tuple(texts[i:i + len(h[0])]) == h[0]:
            return h
    return next((h for h in heads.get(texts[i].capitalize(), ())
                 if tuple(w.upper() for w in h[0]) == tuple(texts[i:i + len(h[0])])), None)


# words before a region's bare name that stand for the region: its
# government, its team
_STANDS_FOR_REGION = {"Pemerintah", "Pemda", "Kontingen", "kontingen"}


def find_mentions(doc: Span, places: list[Match], titles: list[Match],
                  texts: list[str] | None = None, others: list[Match] = (),
                  listed_heads: frozenset[str] = frozenset(),
                  words: list[str] | None = None) -> list[Mention]:
    """Every possible awardee in a sentence doc, in order (``texts`` and
    ``words``: the doc's token texts, as written and in lower case, when the
    caller has them; ``others``: the sentence's
    award and rank spans, which no name overlaps; ``listed_heads``: the kinds of
    region whose heads the story lists, so that a name with a region in
    brackets is that region's head: "21 kepala daerah ... 1. Syahrul Yasin
    Limpo (Provinsi Sulawesi Selatan)")."""
    gaz = gazetteer()
    texts = texts if texts is not None else [t.text for t in doc]
    low = words if words is not None else [t.lower() for t in texts]
    in_title = {i for span in titles for i in range(span.start, span.end)}
    by_start = {span.start: span for span in places}
    mentions: list[Mention] = []
    taken: set[int] = set()
    kinds_only: set[int] = set()  # where a head names only a kind (and what follows where)
    for span in places:
        p = span.start - 1
        if p >= 3 and texts[p] == ")" and texts[p - 2] == "(" and texts[p - 1].lower() in (
                PREFIX_KIND):
            p -= 3  # "Pemerintah Kota (Pemkot) Palu": the kind, then its short form
        if p >= 1 and texts[p] in _ADMINISTRATIVE and texts[p - 1].lower() in PREFIX_KIND:
            p -= 1  # "Pemerintah Kota Administrasi Jakarta Selatan", "Kota Madya Medan"
        kind = PREFIX_KIND.get(texts[p].lower()) if p >= 0 else None
        if kind is None and p >= 0 and texts[p] in _STANDS_FOR_REGION and gaz.resolve(
                span.id_, "provinsi"):
            # "Pemerintah Daerah Istimewa Yogyakarta", "Pemerintah Aceh"; a
            # region's team: "Kontingen Jawa Tengah menjadi Juara Umum"
            kind = "provinsi"
        elif kind is None and p >= 0 and texts[p] in _STANDS_FOR_REGION:
            # "Pemda Sleman", "Pemerintah Banyuwangi": the one regency or city so named
            local = [k for k in ("kabupaten", "kota") if gaz.resolve(span.id_, k)]
            kind = local[0] if len(local) == 1 else None
        if span.start in taken or not kind or p in in_title:
            continue
        region, end = gaz.resolve(span.id_, kind), span.end
        if region is None and kind == "kota" and texts[p].lower() == "kota":
            # "Kota Maros", "Kota Pangkep": the town a regency of that name is
            # governed from, no city of its own (the regency wins Adipura)
            region = gaz.resolve(span.id_, "kabupaten")
        elif region is None and kind == "kabupaten" and texts[p].lower() in {
                "kabupaten", "kab", "kab."}:
            # "Kabupaten Palopo", "Kabupaten Makassar": a city written as a
            # regency, where no regency bears its name
            region = gaz.resolve(span.id_, "kota")
        longer = _name_after_abbreviation(texts, span, kind)
        if longer:
            region, end = longer
        if region:
            # "Pemerintah Kota Palu", "Pemerintah Daerah Kabupaten Bintan",
            # "Pemda Kabupaten Kampar"
            before = [t.lower() for t in texts[max(0, p - 2):p]]
            start = p - (1 if before[-1:] in (["pemerintah"], ["pemda"]) else
                         2 if before == ["pemerintah", "daerah"] else 0)
            located_end = _own_short_form(texts, end, by_start, region)
            if region.kind != "provinsi":
                # (not "Provinsi Sulawesi Utara, Sulawesi Selatan": two)
                located_end = _province_apposition(texts, located_end, by_start,
                                                   region.province)
            # "Kabupaten dan Kota Semarang": the regency of the same name too
            both = PREFIX_KIND.get(texts[p - 2].lower()) if p >= 2 and texts[
                p - 1].lower() == "dan" else None
            twin = gaz.resolve(span.id_, both) if both and both != kind else None
            if twin:
                mentions.append(Mention(region_name(twin), twin.kind, twin.province, p - 2,
                                        p - 1, True, p - 1))
            mentions.append(Mention(region_name(region), region.kind, region.province,
                                    start, end, True, located_end))
            taken.update(range(span.start, located_end))
    heads = _heads()
    within_places = {k for span in places for k in range(span.start + 1, span.end)}
    i = 0
    # (only a word that may open a head is looked at; a winner a rank opens may
    # be written in capitals, "Juara 2 KOPDIT TLM", in a sentence in mixed case)
    candidates = [k for k, (t, w) in enumerate(zip(texts, low, strict=True))
                  if t in heads or w in _LOWER_VILLAGE_HEADS]
    capitals = [k + 1 for k, t in enumerate(texts[:-1]) if t in _RANK_NUMERALS and (
        texts[k + 1].isupper() and texts[k + 1].capitalize() in heads)] if not (
        _RANK_NUMERALS.isdisjoint(texts)) else []
    if capitals and _mixed_case(texts):
        candidates = sorted({*candidates, *capitals})
    for k in candidates:
        if k < i:
            continue  # inside a name read already
        i = k
        head = _head_at(texts, i, heads)
        # "..., desa Kapencar Kecamatan Kertek": a village's head in lower
        # case; "desa wisata Loang Baloq", "Kampung wisata X": a tourism
        # village's, in any case
        toured = texts[i].lower() in _LOWER_VILLAGE_HEADS and i + 2 < len(texts) and (
            texts[i + 1].lower() == "wisata" and texts[i + 2][:1].isupper()) and not (
            i and texts[i - 1].lower() in award_heads())  # "anugerah desa wisata Indonesia"
        lowered = (not head and texts[i] in _LOWER_VILLAGE_HEADS and i + 1 < len(texts)
                   and texts[i + 1][:1].isupper()) or toured
        if lowered:
            head = ((texts[i].capitalize(), "Wisata") if toured else (texts[i].capitalize(),),
                    "lainnya" if texts[i].lower() == "kelurahan" else "desa")
        if not head or i in in_title or i in within_places or (
                i and _names_an_award(texts[i - 1])) or (
                i and texts[i - 1] == "Rumah" and i + 1 in in_title):
            # ("Anugerah Desa Digital": the head opens an award's name; "Seram
            # Bagian Barat": a word inside a place's name; "Rumah Dinas
            # Gubernur Jambi": a residence)
            i += 1
            continue
        words, kind = head
        if texts[i] in record_cues()["branch_heads"] and not (
                i + 1 < len(texts) and texts[i + 1].lower() in record_cues()["branch_parts"]):
            i += 1  # "Direktur BRI Agus Winardono": the bank's own name, no branch
            continue
        if texts[i].lower() in _SUBDISTRICT and i and not _listed_after_its_like(texts, i) and (
                not _team_from(texts, i)) and not _after_a_province(places, i) and (
                texts[i - 1] in {",", "(", "di", "dari", "asal", "se"} or (
                    texts[i - 1][:1].isupper() and not _ROMAN.fullmatch(texts[i - 1])
                    and texts[i - 1] != "Pemerintah")):
            # "Desa Jawai Laut, Kecamatan Jawai", "Desa X (Kecamatan Y, Banjar)":
            # where a name before lies, no winner (but "juara II Kecamatan Dawan",
            # "diraih Pemerintah Kecamatan Suppa")
            i += len(words)
            continue
        body_of, and_inside, with_acronym, tail_province, sectors = _head_rules()
        written = " ".join(words)
        if kind == "desa" and i + len(words) < len(texts) and (
                texts[i + len(words)].lower() in _no_village_after()):
            # "Kategori Pemdes Kelurahan", "Lomba Kreativitas Desa Kabupaten
            # Pidie": a kind of region after it, no village's name (but "Desa
            # Kota Raya Selatan")
            i += len(words)
            continue
        if kind == "desa" and i > 1 and texts[i - 1] == "dan" and any(
                t in {"Dinas", "Badan"} for t in texts[max(0, i - 6):i - 1]):
            i += len(words)  # "Dinas Pemberdayaan Masyarakat dan Gampong Aceh": an office's field
            continue
        if i and texts[i - 1].lower() in sectors or (i and (
                texts[i - 1].lower() in body_of or _counted_by_digits(texts, i)) and not (
                i > 1 and (record_cues()["rank"].has_word(texts[i - 2].lower())
                           or texts[i - 2].lower() in {"ke", "harapan"}))):
            # "Kepala SDN 060 Pekkabata": the head's post; "Hari Koperasi";
            # "Empat Sekolah Dasar", "9 Pabrik AQUA lainnya": a kind counted
            # (but "juara dua BPR X", "juara ke dua Desa X", "Harapan 1 Desa
            # X": a rank); "juara II sektor Pasar Tradisional": a sector
            i += len(words)
            continue
        glossed = None  # "Tiyuh (Desa) Penumangan Baru": the local word glossed
        n = i + len(words)
        if n + 3 < len(texts) and texts[n] == "(" and texts[n + 2] == ")" and (
                texts[n + 1] in heads and texts[n + 3][:1].isupper()):
            glossed = texts[n + 1]
            words = (*words, "(", glossed, ")")
        end = _name_tokens(texts, i + len(words),
                           joins=written in and_inside)
        if kind == "desa" or words in (("Kelurahan",), ("Kecamatan",)):
            # "Desa Bendosari Kecamatan Sanankulon Kabupaten Blitar": the
            # village's name ends where its locator starts (a subdistrict's
            # too: "Kecamatan Enggano Kabupaten Bengkulu Utara"; but a kind
            # closing the name is a word of it: "Kelurahan Buntok Kota,")
            end = next((j for j in range(i + len(words) + 1, end - 1)
                        if texts[j].lower() in _LOCATION_LINKS), end)
            end = _past_its_village(texts, words, end)
        else:
            # "SDN Selang Kecamatan Unter Iwes": any name ends at its
            # subdistrict, and at the village before it ("Posyandu Widuri Desa
            # Ringkit Kecamatan Kuranji"; but "Lembaga Pengelola Hutan Desa X")
            # (not one right after a head's short form, which it names as it
            # would the short form: "Kantor Urusan Agama (KUA) Kecamatan X",
            # "KUA Kecamatan X")
            sub = next((j for j in range(i + len(words) + 1, end)
                        if texts[j].lower() in _SUBDISTRICT and not (
                            texts[j - 1] == ")" and _short_head_after(texts, j - 3))), end)
            end = next((j for j in range(i + len(words) + 1, sub)
                        if texts[j].lower() in _VILLAGE_WORDS), sub) if sub < end else end
        if written in with_acronym and not any(
                texts[j] == "(" and (texts[j + 1].isupper() or (
                    texts[j + 1][:1].isupper() and texts[j + 2] == ")"))
                for j in range(i, end - 2)) and not _short_form_closes(texts, end) and not (
                _is_subject(texts, i, end, region=True) or (
                    i and (texts[i - 1] == "kepada" or _won_by_verb(texts[i - 1], False) or (
                        texts[i - 1] == "oleh" and i > 1 and _won_by_verb(texts[i - 2], False))
                           or _listed_after_naming(low, i))
                    and written != "Kantor" and end - i >= 3)):
            # (but one opening a clause before its win, or a body of three
            # words or more handed it, said to win it or listed: "Badan Pusat
            # Statistik Aceh menerima penghargaan ...", "... diberikan kepada
            # Badan Pusat Statistik Provinsi Aceh", "Juara pertama diraih Badan
            # Keuangan dan Aset Daerah", "Penerimanya ialah Balai Arsip Statis,
            # Balai ..."; not "kepada Badan Publik", nor a village's office:
            # "kepada Kantor Desa X")
            i += 1  # "Kantor Gubernur", "Badan Pusat Statistik": no winner's name
            continue
        if kind == "perusahaan":
            # "PT Semen Baturaja Tbk Rahmad Pribadi menerima ...": a company's
            # name ends at its legal suffix (but goes on to its branch: "PT Bank
            # Negara Indonesia Tbk Kanwil Medan")
            branches = record_cues()["branch_words"]
            end = next((j + 1 for j in range(i + len(words), end - 1)
                        if texts[j].rstrip(".") == "Tbk" and texts[j + 1].lower() not in branches),
                       end)
        after = texts[i + len(words)] if i + len(words) < len(texts) else ""
        # (a number word opens a name when capitalised words follow: "PT Dua Kelinci")
        numbered = after.istitle() and after.lower() in count_words() and end > i + len(words) + 1
        if i and texts[i - 1].lower() in CATEGORY_WORDS:
            # "kategori Rumah Sakit Daerah", "kategori KUA Ramah Kelompok
            # Rentan": a category, no name in it
            i = max(end, i + 1)
            continue
        if end == i + len(words) or (
                after.lower() in _name_slot_words()[1] and not numbered and not (
                    after.istitle() and after.lower() in data_json("cues.json")["inside_names"])
        ) or (end == i + len(words) + 1 and is_year(after)):
            # "Desa Tingkat ...": no name; "Top Pembina BUMD 2024": a year, no
            # name
            i += 1
            continue
        trailing = _trailing_place(texts, i + len(words) + 1, end, by_start, kind == "desa") if (
            kind == "desa" or written in tail_province) else None
        if trailing and kind == "desa" and (_elsewhere(trailing[1], by_start, i, end) or (
                end < len(texts) and texts[end].lower() in _SUBDISTRICT)):
            # "Kabupaten Tabanan ... Desa Kebon Padang": Padang is its name; so
            # is a region's before the village's subdistrict ("Desa Lok Batu
            # Kecamatan Batumandi": no regency comes before its subdistrict)
            trailing = None
        if trailing and not (kind == "desa" and _kinds_only(texts[i + len(words):trailing[0]])
                             and not gazetteer().province(by_start[trailing[0]].id_)):
            # "RSUD Kalianda Lampung": the hospital in Lampung (but "Nagari Adat
            # Sijunjung": a regency's name after kind words alone is the name)
            end = trailing[0]
        named = [t.lower() for t in texts[i + len(words):end]]
        if "regional" in named:
            # "Desa Berprestasi Regional 1 Sumatera": the region it ranks in
            named = named[:named.index("regional")]
        if (kind == "desa" or words == ("Kelurahan",)) and (_kinds_only(named) or (
                named and named[0].startswith(record_cues()["ministry_prefixes"]))):
            # "Desa Wisata Terbaik", "Desa Wisata NTB": a kind, no name; "lomba
            # Desa dan Kelurahan Kemendagri": the ministry holding the contest
            kinds_only.add(i)
        elif kind == "perusahaan" and end == i + len(words) + 1 and any(
                (texts[end - 1],) == head and of == "perusahaan"
                for head, of in heads.get(texts[end - 1], ())):
            kinds_only.add(i)  # "PT BPR", "PT Bank": a legal form and a kind, no name
        elif texts[i] in record_cues()["office_heads"] and texts[end - 1].lower() in PREFIX_KIND:
            kinds_only.add(i)  # "Dinas Kesehatan Kabupaten/Kota": the office of every region
        elif "/" in texts[i + len(words):end + 1] and all(
                t == "/" or t.lower().rstrip(".") in PREFIX_KIND
                for t in texts[i + len(words):end]):
            kinds_only.add(i)  # "Kantor Pertanahan Kab/Kota": the offices of every region
        n = i + len(words)
        written_name = doc[i:end].text if n >= end or doc[n - 1].whitespace_ else (
            f"{doc[i:n].text} {doc[n:end].text}")  # "DesaLusilame": the head glued on
        name = re.sub(r"^(PT|CV|UD)\.\s*", r"\1 ", written_name)
        name = name.replace("Tbk.", "Tbk").replace(", Tbk", " Tbk")
        if lowered:  # the head as a name's head is written
            name = " ".join(words) + name[len(" ".join(texts[i:i + len(words)])):]
        if words[0] in _HAMLET_HEADS:
            name = re.sub(r"\s*,\s*", " ", name)  # "Dusun Krajan Desa Sumberejo"
        if glossed:
            name = f"{glossed} {doc[i + len(words):end].text}"
        name = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", name))
        # "Dinas ... Satu Pintu Kabupaten Badung": the region in its name is
        # where it is (its province may follow), and a region after it is the
        # next of a list
        inner = _region_inside(texts, i + len(words), end, by_start)
        province, named, located_end = (
            inner.province, True, _province_apposition(texts, end, by_start)) if inner else (
            (None, False, end) if end + 1 < len(texts) and _listed_after_its_like(texts, end + 1)
            # ("Kecamatan Ayah, Kecamatan Buayan": the next of a list, no locator)
            else _located(texts, end, by_start, _VILLAGE_WORDS if kind != "desa" and words != (
                "Kelurahan",) else frozenset()))
        if trailing:
            province, named, located_end = trailing[1], True, max(located_end, trailing[2])
        elif (written in tail_province or kind == "lainnya") and province is None:
            # "Rumah Sakit Umum Nahdlatul Ulama (RSNU) Tuban", "SMPN 5 Kendari":
            # the town closing a hospital's or a school's name is part of it
            # and says its province
            town = _trailing_place(texts, i + len(words) + 1, end, by_start, True) or (
                _named_for_its_place(texts, i + len(words), end, by_start))
            province, named = (town[1], True) if town else (province, named)
        if kind == "perusahaan" and not named:
            province = None  # a company's town does not tie it to a province
        start = _unit_before(texts, i) if kind == "desa" or words == ("Kelurahan",) else i
        if start < i:
            name = f"{doc[start:i].text} {name}"  # "RW 03 Kelurahan Duri Kosambi"
        mentions.append(Mention(name, kind, province, start, end, True, located_end))
        taken.update(range(start, located_end))
        i = end
    for span in places:
        p = span.start - 1
        if span.start in taken or span.start in in_title or (
                p >= 0 and texts[p].lower() in PREFIX_KIND) or _opens_event_phrase(
                texts, span.start):
            continue
        # "Malang (Jatim)": its province in brackets says where it is (but a
        # province lies in none: "Nusa Tenggara Barat (NTB), Sumatera Utara")
        located_end = _province_apposition(texts, span.end, by_start) if (
            span.end < len(texts) and texts[span.end] == "(" and not all(
                r.kind == "provinsi" for r in gaz.candidates(span.id_))) else _province_right_after(
            {r.province for r in gaz.candidates(span.id_) if r.kind != "provinsi"}, span.end,
            by_start.get(span.end))
        mentions.append(Mention(span.id_, "bare", None, span.start, span.end, False,
                                located_end, p >= 0 and texts[p] == ","))
        taken.update(range(span.end, located_end))
    mentions.sort(key=lambda m: m.start)
    ranks = [span for span in others if span.label_ == "RANK"]
    rank_starts = {span.start for span in ranks}
    if any(m.type == "bare" for m in mentions):
        mentions = _listed_regions(texts, mentions, by_start, {span.end for span in ranks},
                                   rank_starts)
    blocked = in_title | {i for span in others for i in range(span.start, span.end)}
    mentions = _unheaded_names(doc, texts, set(low), mentions, in_title, blocked, by_start,
                               rank_starts, listed_heads, {span.end for span in ranks})
    # A region inside a village's or company's location ("Desa X, Kabupaten
    # Y") or its name ("Perumda Air Minum Kota Padang"), or after "di"/"asal",
    # names a place, not a winner.
    located = {k for m in mentions if m.type not in _REGION_TYPES
               for k in range(m.start + 1, m.located_end)}
    places_from = _places_listed(texts)
    members = _members_listed(texts, mentions)
    renamed = _renamed_in_brackets(texts, mentions)
    kept = [m for m in mentions if m.start not in located and m.start not in members
            and m.start not in renamed and m.start not in kinds_only
            and not _in_an_address(texts, m.start) and not _village_of_body(texts, mentions, m)
            and not _wins_through(texts, mentions, m)
            and not (m.start and texts[m.start - 1].lower() in _SCOPE_WORDS)
            and not (m.type in _REGION_TYPES and _after_every_kind(texts, m.start))
            and not _dateline(texts, m) and not _former_name(texts, m)
            and not _celebrated(texts, m.start) and not _edition_of(texts, m.located_end) and not (
        m.type in _REGION_TYPES and _of_a_meeting(texts, m.start)) and not (
        m.type in _REGION_TYPES and (_after_place_word(texts, m.start, m.end)
                                     or _counts_its_own(texts, m.located_end)
                                     or m.start > places_from))]
    return _offices_among_regions(texts, sorted(kept, key=lambda m: m.start), mentions)


def _after_every_kind(texts: list[str], k: int) -> bool:
    """Kinds joined by a slash before the region ("PPD Kabupaten/Kota
    Provinsi Jawa Tengah", "Kab/Kota Provinsi Riau"): every region of that
    kind in it, a contest's scope, no winner; or a subdistrict and the
    regency of its name ("Desa X, Kecamatan/Kabupaten Buleleng"): where a
    winner lies."""
    return k >= 3 and texts[k - 2] == "/" and all(
        texts[j].lower().rstrip(".") in PREFIX_KIND for j in (k - 3, k - 1)) or (
        k >= 2 and texts[k - 1] == "/" and texts[k - 2].lower() in _SUBDISTRICT)


def _former_name(texts: list[str], m: Mention) -> bool:
    """A body's former name pointing back at it ("Eks PDAM Kota Batu ini
    menerima ..." after "Perumda Tirta Kanjuruhan Kota Batu"): no second
    winner."""
    return m.start > 0 and texts[m.start - 1].lower() in _FORMER and (
        m.located_end < len(texts)
        and texts[m.located_end].lower() in record_cues()["anaphor_words"])


_FORMER = {"eks", "ex", "mantan"}

# a body after these is the scope of a round, not a winner ("terbaik
# tingkat Polda Jawa Timur", "tiga Polres di wilayah Polda NTT", "terbaik di
# seluruh Provinsi Sulawesi Selatan")
_SCOPE_WORDS = {"tingkat", "level", "wilayah", "jajaran", "lingkup", "seluruh"}


def _wins_through(texts: list[str], mentions: list[Mention], m: Mention) -> bool:
    """A region that wins "melalui" a village in it ("Kabupaten Kaur melalui
    Desa Tanjung Iman meraih juara pertama ..."): the village won, in the
    region (but "Pemerintah Kabupaten Gresik melalui Dinas Tenaga Kerja" is
    the government acting through its office)."""
    k = m.located_end
    return m.type in _REGION_TYPES and k + 1 < len(texts) and texts[k].lower() == "melalui" and any(
        o.start == k + 1 and o.type == "desa" for o in mentions)


def _village_of_body(texts: list[str], mentions: list[Mention], m: Mention) -> bool:
    """A village right after a body's name and a comma, its subdistrict or
    regency after it, is where the body is ("BUMDesa Sinar Jaya, Desa
    Sungai Rangas, Kecamatan Tanta, Kabupaten Tabalong"); so is one after a
    body's neighbourhood unit ("Posyandu Mawar 2, RW 05, Kelurahan Cilandak
    Barat") or after "dari" ("Posyandu Melati dari Desa Sukomulyo"), and so
    is the unit itself."""
    unit = _UNIT_NAME.match(m.name) is not None
    village = m.type == "desa" or texts[m.start].lower() in _VILLAGE_WORDS
    if not (village or unit) or m.start < 2:
        return False
    j = m.start - 1
    past_unit = j >= 3 and texts[j] == "," and texts[j - 2].rstrip(".") in ("RW", "RT") and (
        texts[j - 1].isdigit() and texts[j - 3] == ",")
    if past_unit:
        j -= 3
    if texts[j] not in {",", "dari"}:
        return False
    body = next((b for b in mentions if b.end == j), None)
    if body is None or body.type in _REGION_TYPES | {"desa"}:
        return False
    if unit or past_unit or texts[j] == "dari" or _ENDS_IN_UNIT.search(body.name):
        return True  # ("Posyandu Kenanga 1 RW 02, Kelurahan Gandaria": its unit in its name)
    k = m.end + (m.end < len(texts) and texts[m.end] == ",")
    if k < len(texts) and texts[k].lower() in _SUBDISTRICT | set(PREFIX_KIND):
        return True
    # ("kepada Posyandu Melati, Desa Rantau Panjang, atas raihan ...": set
    # off by commas, the sentence running on in lower case, not a list's "dan")
    # (or running on to the verb: "Pokdarwis Lembah Asri, Desa Serang menyabet ...")
    return k < len(texts) and texts[k][:1].islower() and texts[k] not in _LISTING


_LISTING = frozenset({"dan", "serta", "atau", "hingga", "sampai"})
_UNIT_NAME = re.compile(r"^(?:RW|RT)\b")
_ENDS_IN_UNIT = re.compile(r"\b(?:RW|RT)\.?\s*\d{1,3}$")




def _dateline(texts: list[str], m: Mention) -> bool:
    """A bare place opening the text before its outlet and a dash is the
    dateline ("Semarang, Jatengaja.com - Pemerintah Provinsi ...",
    "Kendari (ANTARA) - ...", "Kutai Kartanegara, 14 Juni 2023 - ..."): where
    the story was written."""
    if m.start or m.explicit:
        return False
    for k in range(m.end, min(m.end + 6, len(texts))):
        if texts[k] in DASHES:
            return k > m.end
        # (or its date: "Kutai Kartanegara, 14 Juni 2023 - ...")
        if not (texts[k] in {",", "(", ")"} or texts[k][:1].isupper() or "." in texts[k]
                or texts[k].isdigit() or texts[k].lower() in MONTHS):
            return False
    return False


_STREET = {"jalan", "jl", "jl."}
_AT = {"di", "beralamat", "alamat", "berlokasi", "terletak", "berkantor"}


def _in_an_address(texts: list[str], start: int) -> bool:
    """The name at ``start`` goes on a street address ("beralamat di Jalan
    Amir Hamzah No. 5, Kelurahan Gotong Royong"): where, not who (but a
    road listed is a body: "..., Jalan Tol Lingkar Luar, PT A dan PT B")."""
    i = start - 1
    while i > 0 and start - i <= 10:
        tok = texts[i]
        if tok.lower() in _STREET:
            return texts[i - 1].lower() in _AT
        if not (tok in {",", ".", "No", "No."} or tok[:1].isupper() or tok[:1].isdigit()):
            return False
        i -= 1
    return False


def _renamed_in_brackets(texts: list[str], mentions: list[Mention]) -> set[int]:
    """The starts of the names that a body's other name in brackets right
    after it makes one winner with it: a short name given its full name with
    the same head ("SMP Mutu (SMP Muhammadiyah 3) Klaten": the full name
    wins), or a company given the unit it runs, no word shared ("PT Samudra
    Medika (RS Permata Bunda)": the company wins)."""
    starts = {m.start: m for m in mentions}
    out = set()
    for m in mentions:
        inner = starts.get(m.end + 1) if m.end < len(texts) and texts[m.end] == "(" else None
        if inner is None or inner.end >= len(texts) or texts[inner.end] != ")" or (
                _REGION_TYPES & {m.type, inner.type}):
            continue
        if set(inner.name.split()).isdisjoint(m.name.split()):
            out.add(inner.start)
        elif inner.type == m.type and len(inner.name) > len(m.name):
            out.add(m.start)
    return out


_COUNTED = {"desa", "kelurahan", "sekolah", "perusahaan", "koperasi", "puskesmas"}
_AREAS = {"kabupaten", "kota", "kabupaten/kota", "provinsi", "daerah", "kecamatan", "wilayah"}


_PLACES_OPENERS = frozenset({"yakni", "yaitu", ":", "antaranya", "lain"})
NAMING = frozenset({"adalah", "yaitu", "yakni", "ialah", ":"})  # "Pemenangnya adalah Kota Salatiga"


def _listed_after_naming(low: list[str], i: int) -> bool:
    """The name at ``i`` is an item of a list a naming word opens ("...
    ialah Balai A, Balai B dan Balai C"): right after the word, or after a
    comma or "dan" with the word before it (a word, not a label's colon:
    "Kategori Lembaga: Badan X")."""
    return low[i - 1] in _NAMING_WORDS or (low[i - 1] in {",", "dan", "serta"} and any(
        w in _NAMING_WORDS for w in low[:i - 1]))


_NAMING_WORDS = NAMING - {":"}
_SECOND_WORDS = {"antaranya", "lain"}  # the second word of "di antaranya", "antara lain"
_SOME = {"beberapa", "berbagai", "sejumlah"}


def _places_listed(texts: list[str]) -> int:
    """Where a list of the places winners are in or come from opens: "55
    desa yang tersebar di delapan kabupaten yakni Lembata, Sikka, ...",
    "lima pemenang yang berasal dari beberapa wilayah, di antaranya Bone,
    Kendari, ..." (the list's opener; past the sentence's end when there is
    none)."""
    if _PLACES_OPENERS.isdisjoint(texts):
        return len(texts)
    for k, word in enumerate(texts):
        if word not in _PLACES_OPENERS:
            continue
        j = k - 1 - (word in _SECOND_WORDS)  # "di antaranya", "antara lain"
        j -= j >= 0 and texts[j] == ","
        if j >= 2 and texts[j].lower() in _AREAS and texts[j - 2].lower() in {"di", "dari"} and (
                is_count(texts[j - 1].lower()) or texts[j - 1].lower() in _SOME):
            return k
    return len(texts)


@lru_cache(maxsize=1)
def _counted_words() -> frozenset[str]:
    """Numbers written as words, and their collective forms ("tiga", "ketiga")."""
    counts = count_words()
    return counts | {f"ke{c}" for c in counts}


def _members_listed(texts: list[str], mentions: list[Mention]) -> set[int]:
    """Where the members of a group listed after "terdiri dari/atas" start
    ("Regional 4 yang terdiri dari Provinsi Maluku, Provinsi Maluku Utara,
    ... dan Provinsi Papua Barat"): what the group is made of, no winners
    (but a group the story counts is listed so: "Ketiga kabupaten itu
    terdiri dari Pemkab Cilacap, Wonogiri dan ...", "yang meraih penghargaan
    ada tiga sekolah terdiri dari ...", and so are its winners: "penerima
    penghargaan peringkat Madya terdiri atas ...")."""
    if "terdiri" not in " ".join(texts).lower():
        return set()
    counted = _counted_words()
    winners = record_cues()["list_subjects"]
    opens = [k + 2 for k in range(len(texts) - 2) if texts[k].lower() == "terdiri"
             and texts[k + 1].lower() in {"dari", "atas"} and not any(
                 texts[j].lower() in counted or winners.has_word(texts[j].lower())
                 for j in range(max(0, k - 5), k))]
    if not opens:
        return set()
    glue, out = list_glue(), set()
    for at in opens:
        for m in sorted((m for m in mentions if m.start >= at), key=lambda m: m.start):
            if any(t.lower() not in glue for t in texts[at:m.start]):
                break
            out.add(m.start)
            at = m.located_end
    return out


def _counts_its_own(texts: list[str], end: int) -> bool:
    """"Kabupaten Ende empat desa yakni ...": a region heading the count of
    its winners says where they are."""
    ahead = [t.lower() for t in texts[end:end + 2]]
    return len(ahead) == 2 and ahead[1] in _COUNTED and is_count(ahead[0])


def _offices_among_regions(texts: list[str], kept: list[Mention],
                           found: list[Mention]) -> list[Mention]:
    """An office named for its region in a list of regions stands for the
    region: "... adalah Dinas Penanaman Modal dan PTSP Kota Batam, Kota
    Madiun, serta Kota Makassar" (``found``: the mentions
    before those inside others were dropped, the region closing the office's
    name among them). The region's mention starts where the office's did, so
    what comes before the office comes before it ("menyerahkan penghargaan
    kepada Dinas Dukcapil Kota Madiun, Kota Blitar, ...")."""
    glue = list_glue()
    out = list(kept)
    for k, m in enumerate(kept):
        if m.type in _REGION_TYPES or k + 1 == len(kept) or (
                texts[m.start] not in _head_rules()[1]):
            continue
        region = next((r for r in found if m.start < r.start and r.end == m.end
                       and r.type in _REGION_TYPES and r.type != "bare"), None)
        after = kept[k + 1]
        if region and after.type == region.type and all(
                texts[j].lower() in glue for j in range(m.located_end, after.start)):
            out[k] = replace(region, start=m.start, located_end=m.located_end)
    return out
