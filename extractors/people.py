"""Officials in a sentence — title, the office's region or body, the name —
and their part in the handover: presenter, recipient or neither.

"Wakil Gubernur Kalimantan Timur Seno Aji", "Gubernur NTB, Dr. H. Lalu
Muhamad Iqbal,", "Presiden Direktur PT Kaltim Prima Coal, Ari Wibowo",
"Wakil Gubernur DIY KGPAA Paku Alam X": the title runs over region names,
office words (``title_words.txt``) and a body the article names; the name is
what follows, honorifics and degrees dropped, a nickname in parentheses
skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span

from extractors.award import is_year, names_an_award
from extractors.awardee import PREFIX_KIND, Mention
from extractors.cuewords import Phrases, gives_gesture, record_cues
from extractors.gazetteer import Region, gazetteer
from extractors.lexicon import (
    body_heads,
    data_json,
    data_lines,
    data_table,
    plain_words,
    region_heads,
)
from extractors.lexicon import plain as _plain
from extractors.lists import DASHES
from extractors.pipeline import Match
from extractors.text import abbreviated
from extractors.when_where import MONTHS, TIME_WORDS, WEEKDAYS

_NAME_PARTICLES = {"bin", "binti", "van", "al"}
# Words that open a Balinese name ("I Nyoman Suwirta", "Ni Putu Eka"): a
# name starts there, whatever office words follow.
_NAME_OPENERS = {"I", "Ni"}
# The number of an office ("Anggota II BPK", "Wakil Ketua III"); "I" opens a
# Balinese name.
_NUMBERED = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
_DATE_WORDS = set(WEEKDAYS) | set(MONTHS)
# Words before a title that make it an acting office, kept in the title.
_MODIFIERS = {"Plh", "Plt", "Pj", "Penjabat", "Pejabat", "Wakil"}
_GOVERNMENTS = {"Pemerintah", "Pemkab", "Pemkot", "Pemko", "Pemprov", "Pemdes"}
_OFFICE_BODIES = {"Dinas", "Badan", "Biro", "Deputi"}  # offices named by the affairs they run
_FIELD_WORDS = {"Bidang", "Bagian"}  # the part of an office its field names
_UNIT = re.compile(r"^(?:\d+|[IVX]+)/[A-Z]")  # a military unit's number and name: "101/Antasari"
_JOINING = {"dan", "/"}  # office words that join two more ("Tenaga Kerja dan Transmigrasi")


@dataclass(frozen=True)
class Official:
    """An official as written in one sentence."""

    title: str
    office: str  # the title as listed in titles.tsv
    name: str | None
    region: Region | None
    body: str | None  # the awardee named inside the title ("PT Semen Padang")
    national: bool
    start: int
    end: int  # after name, nickname and degrees
    role: str | None  # "presenter", "recipient" or None

    @property
    def heads_its_region(self) -> bool:
        """The official heads the region the title names ("Bupati Wajo" of
        Kabupaten Wajo; not "Sekda Wajo")."""
        return self.region is not None and (
            region_heads().get(self.office.lower()) == self.region.kind)


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    cues = data_json("cues.json")

    return {
        "titles": {row["title"]: row for row in data_table("titles.tsv")},
        "title_firsts": frozenset(row["title"].split()[0] for row in data_table("titles.tsv")),
        # titles a field follows, as it follows "Bidang" ("Kabid Kelembagaan
        # dan Sosial Budaya DPMD ..., Nama"): their last word
        "field_titles": frozenset(
            row["title"].split()[-1] for row in data_table("titles.tsv")
            if (row["title"] if row["stands_for"] == "-" else row["stands_for"]).split()[-1]
            in _FIELD_WORDS),
        "title_words": frozenset(data_lines("title_words.txt")),
        "not_names": frozenset(data_lines("not_names.txt")),
        "headline_clauses": frozenset(cues["headline_clauses"]),
        "lower_branches": frozenset(cues["lower_branch_words"]),
        # (the last word of each: "Kepala Balai Besar Pengawas Obat dan Makanan di X")
        "named_at": frozenset(office.split()[-1] for office in cues["offices_named_at"]),
        "honorifics": plain_words("honorifics.txt"),
        "honorific_phrases": [tuple(_plain(w).split()) for w in data_lines("honorifics.txt")
                              if " " in w],
        "honorific_firsts": frozenset(_plain(w).split()[0] for w in data_lines("honorifics.txt")
                                      if " " in w),
        "degrees": plain_words("degrees.txt"),
        "service_ranks": plain_words("service_ranks.txt"),
        # by their last word, the longest phrase first, whatever its role
        # ("diserahkan bersama" hands over, "bersama" alone witnesses)
        "before": _by_last_word(sorted([(role, tuple(phrase.split()))
                                        for role, key in (("witness", "witness_before"),
                                                          ("recipient", "recipient_before"),
                                                          ("presenter", "presenter_before"))
                                        for phrase in cues[key]], key=lambda r: -len(r[1]))),
        "presenter_after": frozenset(cues["presenter_after"]),
        "filler": frozenset(cues["filler"]),
        "greetings": frozenset(cues["greeting_words"]),
        "unit_words": frozenset(cues["unit_words"]),
        "company_titles": frozenset(cues["company_titles"]),
        "office_buildings": frozenset(cues["office_buildings"]),
        "not_in_names": frozenset(cues["not_in_person_names"]),
        "recipient_after": Phrases(tuple(w.split()) for w in cues["recipient_after"]),
        "presenter_leads": Phrases(tuple(w.split()) for w in cues["presenter_leads"]),
        "press_audience": Phrases(tuple(w.split()) for w in cues["press_audience"]),
        "openers": frozenset(cues["sentence_openers"]),
        "headline_actions": frozenset(cues["headline_actions"]),
        # one-word heads of company names ("PT", "CV", "Koperasi"), and of
        # foundations ("Yayasan")
        "company_heads": frozenset(head for head, kind in body_heads()
                                   if kind == "perusahaan" and " " not in head)
        | frozenset(cues["holder_bodies"]),
    }


@lru_cache(maxsize=1)
def nicknames() -> dict[str, str]:
    """Officials' nicknames and their names in full (nicknames.tsv)."""
    return {row["nickname"]: row["name"] for row in data_table("nicknames.tsv")}


def _by_last_word(phrases: list[tuple[str, tuple[str, ...]]]
                  ) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """(role, phrase) pairs by the phrase's last word, in their order."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for role, phrase in phrases:
        out.setdefault(phrase[-1], []).append((role, phrase))
    return out


def _company_end(doc: Span, i: int) -> int | None:
    """Where the name of the company an office is held in ends, at the comma
    before the holder's name ("Direktur PT Warta Nusa Media, Budi Hartanto");
    None when no company's name opens at i."""
    if doc[i].text not in _lexicon()["company_heads"]:
        return None
    comma = next((k for k in range(i + 2, min(i + 8, len(doc))) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= len(doc) or not doc[comma + 1].text[:1].isupper():
        return None
    return comma if all(t.text[:1].isupper() or t.text in {"&", "-"}
                        for t in doc[i + 1:comma]) else None


def _title_end(doc: Span, i: int, places: dict[int, Match], bodies: dict[int, Mention],
               known: dict[str, str], governs: str, national: bool, titles: dict[int, Match],
               awards: dict[int, int], village: bool = False
               ) -> tuple[int, Region | None, str | None]:
    """Extend a title over its region, office words, named body and the award
    it serves, with its year (not over "dan" into the next official's title:
    "Bupati Badung dan Wali Kota Denpasar", "Mendagri dan Menkes" are two); a
    village head's (``village``) not over a place right after it."""
    region = body = None
    kind = governs if governs in {"provinsi", "kabupaten", "kota"} else None
    first = i
    while i < len(doc):
        award_end = _award_end(doc, i, first, awards) if awards else i
        if award_end > i:
            i = award_end  # "Ketua Penyelenggara Top BUMD Awards 2020 M. Lutfi Handayani"
            continue
        tok = doc[i]
        if i == first and village and i in places:
            break  # "Lurah Padang Nangka", "Kepala Desa Medan Baru": the village's own name
        if i in places and (not national or (i > first and gazetteer().province(
                places[i].id_) is not None)):
            # ("Wamendagri Bima Arya": a name, not Kota Bima; but "Asisten Deputi
            # ... BPJS Ketenagakerjaan Jawa Tengah Ratna Kusuma": the office's province)
            found = gazetteer().resolve(places[i].id_, kind) or gazetteer().resolve(
                places[i].id_)
            region = region or found
            i = places[i].end
            continue
        if tok.lower_ in PREFIX_KIND and i + 1 in places:
            kind = PREFIX_KIND[tok.lower_]
            i += 1
            continue
        if i in bodies and not (national and i == first and _title_like(tok.text)):
            # (a national office's field is no body: "Menteri Koperasi UKM X")
            end = _body_end(doc, bodies[i], places)
            body = bodies[i].name if end == bodies[i].end else doc[i:end].text
            i = end
            continue
        field = int(tok.text in _FIELD_WORDS or tok.text == "bidang")
        if (field or (i == first and doc[i - 1].text in _lexicon()["field_titles"])) and (
                _field_end(doc, i + field) > i + field):
            # "Bidang Hukum, Politik, dan Pemerintahan"; "Kabid Kelembagaan dan
            # Sosial Budaya"
            i = _field_end(doc, i + field)
            continue
        field = _national_field_end(doc, i, titles) if national and i == first else i
        if field > i:
            i = field  # "Direktur Jenderal Pengelolaan Sampah, Limbah dan B3, Nama"
            continue
        listed = _field_end(doc, i + 1) if tok.text == "," else i
        if listed > i + 1 and any(t.text in _OFFICE_BODIES for t in doc[max(0, i - 6):i]) and (
                not any(t.text in _lexicon()["title_firsts"] for t in doc[i + 1:listed])):
            # "Kepala Dinas Pengendalian Penduduk, Keluarga Sejahtera, ... dan
            # Perlindungan Anak Kabupaten X, Nama": the office's affairs (but
            # "Kepala Dinas X, Nama dan Kepala Dinas Y, Nama" are two)
            i = listed
            continue
        if tok.text == "dan" and i + 1 < len(doc) and (
                i + 1 in bodies or doc[i + 1].text in _GOVERNMENTS or (
                    i + 1 in titles and (region is not None or i + 2 >= len(doc)
                                         or not doc[i + 2].text[:1].isupper()))):
            break  # "diterima Bupati dan Pemerintah Desa X diterima ...": a second party
        if _title_like(tok.text) and (tok.text not in _JOINING or (
                i + 1 < len(doc) and doc[i + 1].text[:1].isupper())):
            # office words and acronyms: "Direktur SDM PTPN III" (not "dan" before
            # the next clause: "oleh Menteri Dalam Negeri dan diterima oleh ...")
            i += 1
            continue
        if i > first and tok.text == "di" and doc[i - 1].text in _lexicon()["named_at"] and (
                i + 1 in places):
            i += 1  # "Kepala Balai Besar POM di Mataram, Nama": the office's town
            continue
        if i > first and tok.text in _lexicon()["lower_branches"] and i + 1 in places:
            i += 1  # "Kepala Ombudsman RI perwakilan Jawa Timur, Nama": the branch's province
            continue
        if "-" in tok.text[1:-1] and all(gazetteer().candidates(part) or part.isupper()
                                         for part in tok.text.split("-")):
            i += 1  # an office's two regions joined: "BPJS Ketenagakerjaan Jateng-DIY"
            continue
        if tok.text == "I" and i == first and i + 1 < len(doc) and doc[i + 1].text == "Bidang":
            i += 1  # the first of numbered offices: "Deputi I Bidang ..." (no Balinese name)
            continue
        if tok.text.isdigit() and len(tok.text) <= 2 and i and (
                doc[i - 1].text in _lexicon()["title_words"]):
            i += 1  # a numbered team: "Ketua Tim 9, Taufik Hidayat"
            continue
        if i == first and _UNIT.match(tok.text):
            i += 1  # a unit's number and name: "Danrem 101/Antasari"
            continue
        if (tok.text.isdigit() or tok.text in _NUMBERED) and i == first and i + 2 < len(doc) and (
                doc[i + 1].text == "/" and doc[i + 2].text[:1].isupper()):
            i += 3  # "Kasdam IV/Diponegoro", "Dandim 0824 / Jember"
            continue
        if _acronym(tok.text) and i and (doc[i - 1].text in {"/", "-"} or _acronym(
                doc[i - 1].text)) and _plain(tok.text) not in _lexicon()["honorifics"]:
            i += 1  # the second half of a double acronym: "Menteri PAN/RB", "Kepala BKN RI"
            continue
        if tok.text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and (
                doc[i + 1].text.isupper() or _short_form(doc, i + 1) or (
                    region is not None and i + 1 in places
                    and region in gazetteer().candidates(places[i + 1].id_))):
            # "Menteri PPPA (KemenPPPA)", "Wakil Presiden (Wapres) Ma'ruf Amin",
            # "Bupati Kotawaringin Barat (Kobar), Kalteng, Nama": the region's own
            i += 3
            continue
        close = next((k for k in range(i + 2, min(i + 5, len(doc))) if doc[k].text == ")"),
                     None) if tok.text == "(" else None
        if close and (all(t.text.isupper() or _title_like(t.text) for t in doc[i + 1:close])
                      or (i + 1 in titles and all(t.text.isupper()
                                                  for t in doc[titles[i + 1].end:close]))):
            # "Menteri ... Republik Indonesia (PPPA RI), I Gusti Bintang ...",
            # "Menteri PPPA (Kemen PPPA) Bintang Puspayoga", "Menteri PANRB
            # (Menpan RB) Nama", "... (Menpora RI) Nama": office words, or the
            # title's short form
            i = close + 1
            continue
        spelt = _spelt_out_end(doc, i)
        if spelt:
            i = spelt  # "Kepala Badan Pengawas Obat dan Makanan (BPOM), Taruna Ikrar"
            continue
        regions = _more_regions_end(doc, i, places) if region is not None else i
        if regions > i:
            i = regions  # "Kepala Kantor Wilayah BPJS ... Bali, Nusa Tenggara dan Papua, Nama"
            continue
        second = next((k for k in range(i + 2, min(i + 10, len(doc))) if doc[k].text == ","),
                      None) if tok.text == "," else None
        # (the ministry's short form in brackets among them: "Direktur Konservasi
        # Energi, Kementerian Energi Sumber Daya Mineral (ESDM), Nama")
        if second and all(_title_like(doc[k].text) or doc[k].text in {"(", ")"} or (
                doc[k].text.isupper() and doc[k - 1].text == "(")
                for k in range(i + 1, second)) and (
                second + 1 < len(doc) and doc[second + 1].text[:1].isupper()
                and not _title_like(doc[second + 1].text)):
            i = second  # "Dirjen HAM, Kemenkumham RI, Dr Mualimin Abdi": the ministry between
            continue
        if tok.lower_ == "selaku":
            # "Kepala Perwakilan BPK ... selaku penanggung jawab pemeriksaan,
            # Rudi Hartono": the role the holder plays, then the name
            comma = next((k for k in range(i + 1, min(i + 7, len(doc))) if doc[k].text == ","),
                         None)
            if comma and _plays_a_role(doc[i + 1:comma]) and (
                    comma + 1 < len(doc) and doc[comma + 1].text[:1].isupper()):
                i = comma
                break
        match = next((k for k in known if doc[i:i + len(k.split())].text == k), None)
        if match:
            body = body or known[match]
            i += len(match.split())
            continue
        company = _company_end(doc, i)
        if company:
            body = body or doc[i:company].text
            i = company
            continue
        ahead = _office_words_ahead(doc, i, places)
        if ahead > i:
            i = ahead  # "Deputi Bidang Kesetaraan Gender KemenPPPA Lenny N. Rosalin"
            continue
        i = _unit_town_end(doc, first, i)
        break
    return i, region, body


def _unit_town_end(doc: Span, first: int, i: int) -> int:
    """Past the town a company's or agency's unit serves, or the company a
    founder heads, when the title (its words up to ``first``, and on to
    ``i``) names a unit or is a company's and the holder's name follows a
    comma ("Kepala Cabang BPJS Kesehatan Rantau Prapat, Rina Astuti",
    "Founder Bacaria, Dimas Arya Putra"); else ``i``."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return i
    lex = _lexicon()
    before = {t.lower_ for t in doc[max(0, first - 3):i]}
    # (a company's name may stand right after its founder's title; a unit's
    # town after the unit)
    if lex["company_titles"].isdisjoint(before) and (
            i == first or lex["unit_words"].isdisjoint(before)):
        return i
    comma = next((k for k in range(i + 1, min(i + 4, len(doc))) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= len(doc) or not all(
            t.text[:1].isupper() for t in doc[i:comma]):
        return i
    after = doc[comma + 1].text
    return comma if after[:1].isupper() and after not in lex["title_firsts"] and (
        after.lower() not in PREFIX_KIND) else i


def _award_end(doc: Span, i: int, first: int, awards: dict[int, int]) -> int:
    """Past the award a title names from after ``first`` up to ``i``, with
    "Award(s)" and the year after it; ``i`` itself when there is none."""
    end = next((end for start, end in awards.items() if first < start <= i <= end), None)
    if end is None:
        return i
    end += end < len(doc) and doc[end].lower_ in {"award", "awards"}
    end += end < len(doc) and is_year(doc[end].text)
    return end


def _more_regions_end(doc: Span, i: int, places: dict[int, Match]) -> int:
    """After an office's region, the regions listed with it up to the comma
    before the holder's name (", Nusa Tenggara dan Papua, Nama"); ``i``
    itself when none are."""
    if doc[i].text != ",":
        return i
    k, joined = i, False
    while k + 1 < len(doc) and doc[k].text in {",", "dan"}:
        if k + 1 in places:
            after = places[k + 1].end
        else:  # (a region's part no gazetteer lists: "Nusa Tenggara")
            after = next((j for j in range(k + 1, min(k + 4, len(doc)))
                          if not doc[j].text[:1].isupper() or _title_like(doc[j].text)), k + 1)
        if after == k + 1 or joined:
            break
        joined = doc[k].text == "dan"
        k = after
    named = joined and k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].text[:1].isupper()
    return k if named else i


def _plays_a_role(words: Span) -> bool:
    """The words after "selaku" name a role: in lower case ("selaku
    penanggung jawab pemeriksaan") or as an office ("selaku Ketua Tim 9")."""
    if all(t.text.islower() for t in words):
        return True
    return len(words) > 0 and words[0].text in _lexicon()["titles"] and all(
        _title_like(t.text) or t.text.isdigit() for t in words[1:])


_LEGAL_SUFFIXES = {"Tbk", "Tbk."}


def _body_end(doc: Span, body: Mention, places: dict[int, Match]) -> int:
    """Where a body an office names ends: at the end of its name, or at the
    region inside it when a person's name follows the region ("Kepala
    Perwakilan Bank Indonesia Jawa Timur Budi Santoso", "Direktur Utama Bank
    Jatim Busrul Iman": a body's name ends in its region), else at its last
    office word ("Ketua Umum TP PKK Pusat Ratna Kusumawati")."""
    cut = max((p.end for k, p in places.items() if body.start < k and p.end < body.end),
              default=None) or max((k + 1 for k in range(body.start + 1, body.end - 2)
                                    if _title_like(doc[k].text)), default=None)
    if cut is None:
        return body.end
    if doc[cut].text in _LEGAL_SUFFIXES:  # "PT Bank ... Jawa Timur Tbk Busrul Iman"
        cut += 1
    rest = doc[cut:body.end]
    return cut if len(rest) >= 2 and all(
        t.text[:1].isupper() and t.text.isalpha() and not _title_like(t.text)
        and t.lower_ not in _lexicon()["not_in_names"] for t in rest) else body.end


def _field_end(doc: Span, i: int, closed: bool = False) -> int:
    """End of a field an office's "Bidang" names as a list ("Bidang Hukum,
    Politik, dan Pemerintahan, Tjok Bagus Pemayun": the name follows the
    list; "Bidang Pembangunan Manusia dan Kebudayaan Prof. Dr. Muhadjir
    Effendy"); ``i`` itself when no list follows. A ``closed`` field ends
    at a comma, its last item of any length ("Direktur Jenderal
    Pengendalian Pencemaran dan Kerusakan Lingkungan, Nama")."""
    honorifics = _lexicon()["honorifics"]

    def words(j: int) -> int:
        while j < len(doc) and doc[j].text[:1].isupper() and _plain(doc[j].text) not in honorifics:
            j += 1
        return j

    j = words(i)
    while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text[:1].isupper():
        j = words(j + 1)
    k = j + 1 if j < len(doc) and doc[j].text == "dan" else (
        j + 2 if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text == "dan" else -1)
    if k > 0 and k < len(doc) and doc[k].text[:1].isupper():
        if closed:
            # its last item may be of several words, closed by a comma before
            # the name (not before a day or the rest of the sentence: "... dan
            # Kehutanan Siti Nurbaya, Minggu", "..., bertempat di ...")
            end = words(k)
            return end if end + 1 < len(doc) and doc[end].text == "," and end - i <= 10 and (
                doc[end + 1].text[:1].isupper() and doc[end + 1].lower_ not in WEEKDAYS) else i
        return k + 1
    return i


def _national_field_end(doc: Span, i: int, titles: dict[int, Match]) -> int:
    """End of the field a national office spells out right after its title:
    a list closed by a comma before the holder's name ("Direktur Jenderal
    Pengelolaan Sampah, Limbah dan B3, Nama"), or one joined by "dan" that
    office words or no name follow ("Ditjen Politik dan Pemerintahan Umum
    Kemendagri Nama"; not "Presiden Joko Widodo dan Ibu Iriana"); ``i``
    itself when none, or when another title stands in it."""
    if not doc[i].text[:1].isupper():
        return i
    field = _field_end(doc, i, closed=True)
    if field == i:
        field = rest = _field_end(doc, i)
        while rest < len(doc) and _title_like(doc[rest].text):
            rest += 1
        if rest == field and rest < len(doc) and doc[rest].text[:1].isupper():
            return i  # a name right after it: "dan Ibu Iriana"
    return i if any(k in titles for k in range(i, field)) else field


def _title_text(span: Span) -> str:
    """An office as written, without a short form in brackets: "Wakil
    Presiden (Wapres)" -> "Wakil Presiden"."""
    text = _IN_BRACKETS.sub("", span.text)
    return _AS_ROLE.sub("", text).rstrip(" ,")  # the office, not the role played


_IN_BRACKETS = re.compile(r"\s*\([^()]*\)")
_AS_ROLE = re.compile(r"\s+selaku\b.*$")


def _short_form(doc: Span, i: int) -> bool:
    """A title's short form in brackets before the name: "(Wapres)", "(Menkes)"."""
    text = doc[i].text
    return (text[:1].isupper() and text.isalpha() and len(text) <= 15 and i + 2 < len(doc)
            and doc[i + 2].text[:1].isupper())


def _title_like(text: str) -> bool:
    """An office word, an acronym ("PTPN", "PAN-RB", "P2P"), a ministry ("KemenPPPA")
    or the slash of a double office ("Menteri PPN/Kepala Bappenas")."""
    return (text in _lexicon()["title_words"] or text == "/" or text.startswith("Kemen")
            or text in _NUMBERED  # "Anggota II BPK RI"
            or (len(text) > 2 and text.isupper() and text.replace("-", "").isalnum()
                and _plain(text) not in _lexicon()["honorifics"]
                and text not in nicknames()))  # (a nickname in capitals is a name: "SBY")


def _office_words_ahead(doc: Span, i: int, places: dict[int, Match]) -> int:
    """Where an office name goes on past words the lexicon lacks: after the
    last office word of the capitalised run at i, when the run has one
    before any honorific (the name starts at an honorific); an office word
    that opens a place takes the whole place ("Perwakilan Ombudsman Jawa
    Timur Agus Muttaqin")."""
    last = i
    for j in range(i, min(i + 8, len(doc))):
        if j < last:
            continue
        text = doc[j].text
        if text in _NAME_OPENERS and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            break  # "Walikota Denpasar I Gusti Ngurah Jaya Negara"
        if _plain(text) in _lexicon()["honorifics"] or not (text[:1].isupper() or text in {
                "dan", "/"}) or (text == "dan" and not _title_like(doc[j - 1].text)):
            break  # "Bupati Klungkung I Nyoman Suwirta dan Walikota ...": two officials
        if _title_like(text) and text not in {"dan", "/"}:
            # "dan" only joins office words: "Tenaga Kerja dan Transmigrasi"
            last = places[j].end if j in places else j + 1
    return last


def _closes_sentence(text: str) -> bool:
    """A word with the full stop of a sentence joined to the next one: not an
    initial ("H."), an honorific ("Prof."), a degree ("M.Hum.") or a name's
    short form ("Mhd. Jahari Sitepu")."""
    lex = _lexicon()
    return (text.endswith(".") and len(text) > 3 and text[:-1].isalpha() and text[1:-1].islower()
            and _plain(text) not in lex["honorifics"] and _plain(text) not in lex["degrees"]
            and not abbreviated(text))


def _glued_honorifics(text: str) -> bool:
    """"Prof.Dr.K.H": honorifics written together with dots and no space."""
    if "." not in text.rstrip("."):
        return False
    honorifics, plain = _lexicon()["honorifics"], _plain(text)
    can = [True] + [False] * len(plain)  # can[k]: plain[:k] is honorifics end to end
    for k in range(1, len(plain) + 1):
        can[k] = any(can[j] and plain[j:k] in honorifics for j in range(max(0, k - 8), k))
    return can[-1]


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 5 and text.isupper() and text.isalpha()


def _name(doc: Span, i: int, titles: dict[int, Match]) -> tuple[str | None, int]:
    """The name starting at token i (after an optional comma), and the end of
    name, nickname and degrees."""
    lex = _lexicon()
    if 0 < i < len(doc) and doc[i].lower_ == doc[i - 1].lower_ and doc[i].text[:1].isupper():
        i += 1  # "Gubernur Kalimantan Selatan Selatan H. Sahbirin Noor": a word typed twice
    begin = i
    # "Gubernur Sulawesi Tenggara (Sultra), Ali Mazi": the region's short form
    # (or the office's: "Kepala Dinas ... (Disnakertrans Jatim), Himawan")
    close = next((k for k in range(i + 2, min(i + 5, len(doc) - 1)) if doc[k].text == ")"),
                 None) if i < len(doc) and doc[i].text == "(" else None
    short = close is not None and all(t.text[:1].isupper() for t in doc[i + 1:close]) and ((
        close == i + 2 and (doc[close + 1].text == "," or doc[close + 1].text[:1].isupper())) or (
        doc[close + 1].text == "," and doc[close + 2:close + 3].text[:1].isupper()))
    skipped = close + 1 - i if short else 0
    i += skipped
    if i < len(doc) and doc[i].text == ",":
        i += 1
    close = next((k for k in range(i + 3, min(i + 7, len(doc))) if doc[k].text == ")"),
                 None) if i < len(doc) and doc[i].text == "(" else None
    if i + 1 < len(doc) and doc[i].text == "(" and (
            _plain(doc[i + 1].text) in lex["honorifics"] or (close and all(
                t.text[:1].isupper() and not t.text.isupper() for t in doc[i + 1:close])
                and doc[i + 1].lower_ not in PREFIX_KIND
                and not gazetteer().candidates(doc[i + 1:close].text))):
        # "Menteri LHK (Ibu Siti Nurbaya Bakar)", "Menaker RI (Wening Astuti)":
        # the name in brackets
        i += 1
    firsts = lex["honorific_firsts"]
    while i < len(doc):
        text = doc[i].text
        phrase = next((p for p in lex["honorific_phrases"]
                       if tuple(_plain(t.text) for t in doc[i:i + len(p)]) == p),
                      None) if _plain(text) in firsts else None
        if phrase:
            i += len(phrase)  # "Sri Sultan", but "Sri Wahyuni" is a name
        elif (_plain(doc[i].text) in lex["honorifics"] and (
                doc[i].text[:1].isupper() or doc[i].text.endswith(".") or (
                    i + 1 < len(doc) and doc[i + 1].text[:1].isupper()))) or _glued_honorifics(
                    doc[i].text):  # "Kepala BKKBN dr Hasto Wardoyo"
            i += 1
        elif (i + 2 < len(doc) and _acronym(doc[i].text) and doc[i + 1].lower_ in {"dan", "&"}
              and _acronym(doc[i + 2].text)):
            i += 3  # "Menteri PP dan PA Yohana Yembise": the office's short form
        elif _TERM.match(doc[i].text) or (doc[i].lower_ == "periode" and i + 1 < len(doc) and (
                _TERM.match(doc[i + 1].text))):
            # "Bupati Sumedang 2018-2023 Dony Ahmad Munir", "Wali Kota Serang Periode
            # 2018-2023 Syafrudin": the term of office (a comma after it or not:
            # "Wali Kota Bogor 2019-2024, Bima Arya")
            i += 1 if _TERM.match(doc[i].text) else 2
            i += i < len(doc) and doc[i].text == ","
        elif doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and _plain(
                doc[i + 1].text) in lex["honorifics"]:
            i += 3  # "Mayjen TNI (Purn)"
            i += i < len(doc) and doc[i].text == "."  # "Dr. (HC). Drs. H. Ridwan Hakim"
        else:
            break
    start = i
    while i < len(doc) and i not in titles:
        tok = doc[i]
        if i == start and tok.lower_ in lex["headline_clauses"]:
            break  # "dari Menteri KLHK, Ini Faktor Pendukungnya": a headline's clause
        capitalised = tok.text[:1].isupper() and tok.text not in {"(", ")"} and (
            tok.lower_ not in _DATE_WORDS)  # "Jusuf Kalla Senin (23/11)"
        particle = (tok.lower_ in _NAME_PARTICLES and i > start and i + 1 < len(doc)
                    and doc[i + 1].text[:1].isupper())
        if i > start and "." in tok.text and _plain(tok.text) in lex["degrees"]:
            break  # "Ahmad Su'adi M.Hum": a degree with no comma before it
        if capitalised or particle:
            i += 1
        else:
            break
        if capitalised and _closes_sentence(tok.text):
            break  # "dari Presiden Joko Widodo. Yakni, ...": a list joined on
    if short and (i == start or (i < len(doc) and doc[i].text == "(")):
        # no name after the short form, or "Bupati Klaten (Jateng), Salatiga
        # (Jawa Tengah)": a list of regions
        return None, begin + skipped
    while i - 1 > start and _plain(doc[i - 1].text) in lex["degrees"]:
        i -= 1  # "I Gusti Ayu Bintang Darmawati SE MSi": degrees written without dots
    # "Ketua Ombudsman Rl Prof. Amzulian Rifai": words before an honorific
    # inside the run are the office's
    # (but in "Yasonna H. Laoly" a one-letter "H." is an initial)
    # (and before a service rank: "Direktur Binmas Polda Gorontalo Kombes Pol
    # Arief Budiman")
    # (and a listed company's name closed by "Tbk": "Direktur Utama Warta Nusa
    # Media Tbk Hendra Wijaya")
    inner = [k for k in range(start + 1, i - 1) if (
        _plain(doc[k].text) in lex["honorifics"] and (
            (doc[k].text.endswith(".") and len(doc[k].text) > 2)
            or _plain(doc[k].text) in lex["service_ranks"])) or doc[k].text.rstrip(".") == "Tbk"]
    if inner:
        start = inner[-1] + 1
        while start < i - 1 and _plain(doc[start].text) in lex["honorifics"]:
            start += 1  # "... Brigjen TNI Achiruddin", "Letkol Inf Arief Rahman": the corps too
    name = doc[start:i].text.rstrip(".") if i > start else None
    if name and (not lex["not_in_names"].isdisjoint(t.lower_ for t in doc[start:i]) or any(
            t.lower_.startswith(record_cues()["ministry_prefixes"]) or _GLUED_ACRONYM.match(t.text)
            for t in doc[start:i]) or (i - start == 1 and _acronym(name) and names_an_award(name))):
        # "... Direktorat Jenderal Perbendaharaan Kementerian Keuangan", ",
        # Kabupaten Kepulauan Meranti dan ...": a body or a region, no name;
        # "Menteri LHKiala Adipura": an office's short form glued to a word;
        # "Menteri Keuangan,WTP": an award's acronym (but "Presiden SBY")
        return None, begin
    end = i
    if end < len(doc) and doc[end].text == "(":  # nickname
        close = next((k for k in range(end + 1, min(end + 8, len(doc))) if doc[k].text == ")"),
                     None)
        if close:
            end = close + 1
    while end < len(doc) and (_plain(doc[end].text) in lex["degrees"] or (
            end + 1 < len(doc) and doc[end].text == "," and _plain(doc[end + 1].text) in lex[
                "degrees"])):
        end += 1 if _plain(doc[end].text) in lex["degrees"] else 2
    return name, end


_LIST_MARK = re.compile(r"^(?:\d{1,2}[.)]?|[-–•*])$")  # "1.", "2)", "-"
_GLUED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{2,}$")  # "LHKiala": no word of a name


def _name_before(doc: Span, start: int, titles: dict[int, Match],
                 places: dict[int, Match]) -> tuple[str, int] | None:
    """"Yassierli, Menteri Ketenagakerjaan, menyerahkan ...": a name set off
    by commas before a title that has none after it (the closing comma may
    go when the name opens the sentence or a list item, "1. Rahmat Hidayat,
    Wali Kota Tidore Kepulauan (Maluku Utara) memperoleh ...", or follows
    "oleh": "diserahkan oleh Agus Setiawan, Kepala ANRI."), or after "oleh"
    with its title in brackets ("oleh Bapak Hendra Wijaya (Menteri PPN)").
    Returns the name and where it starts (honorifics skipped)."""
    lex = _lexicon()
    comma = start - 1
    if comma < 1 or doc[comma].text not in {",", "("}:
        return None
    # (or its title in brackets after it: "diserahkan oleh Bapak Hendra Wijaya
    # (Menteri PPN/Kepala Bappenas)")
    bracket = doc[comma].text == "("
    closed = not bracket and start < len(doc) and any(
        t.text == "," for t in doc[start:start + 12])
    # (past the degrees after the name: "Drs Alue Dohong SE MSc PhD, Wakil
    # Menteri ...", "Nama, S.E., M.M., Kepala ...")
    end = _before_degrees(doc, comma)
    if any(_plain(t.text) in lex["degrees"] for t in doc[end:comma]):
        comma = end
    i = comma
    while i > 0 and comma - i < 6:
        tok = doc[i - 1]
        if not tok.text[:1].isupper() or i - 1 in titles or i - 1 in places or (
                tok.lower_ in PREFIX_KIND):
            break
        i -= 1
    if i == comma or (i > 0 and doc[i - 1].text[:1].isupper()):
        return None  # no name, or it runs into a title or a region
    if i > 0 and (record_cues()["objects"].has_word(doc[i - 1].lower_)
                  or doc[i - 1].lower_ in record_cues()["listed_things"]):
        # "Selain penyerahan penghargaan Siddhakarya, Pj Gubernur ...": an
        # award; "pada penilaian Evaluasi Kinerja ..., Gubernur ...": a thing
        return None
    # (or "oleh" stands before it: "diserahkan oleh Agus Setiawan, Kepala ANRI.")
    if bracket and not (i > 0 and doc[i - 1].lower_ == "oleh"):
        return None
    if not closed and not (i == 0 or (i == 1 and _LIST_MARK.match(doc[0].text))
                           or doc[i - 1].lower_ == "oleh"):
        return None
    while i < comma and _plain(doc[i].text) in lex["honorifics"]:
        i += 1
    if i == comma or (i + 1 == comma and i == 0 and doc[i].lower_ in lex["openers"]):
        return None  # "Sementara, Wakil Gubernur ..."
    if not lex["not_in_names"].isdisjoint(t.lower_ for t in doc[i:comma]):
        return None  # "Penghargaan, Menteri Keuangan, WTP": a page's tags, no name
    return doc[i:comma].text, i


def _name_glued(doc: Span, start: int, titles: dict[int, Match],
                places: dict[int, Match]) -> tuple[str, int] | None:
    """"diberikan Sandiaga Uno Menteri Pariwisata ...": a name of two words or
    more right before a title, with no comma between, after "oleh" or a
    handing verb, or opening the sentence ("Andrinof A Chaniago Menteri
    Perencanaan Pembangunan Nasional memberikan ..."); the name and where it
    starts."""
    k = start
    while k > 0 and start - k < 4 and (doc[k - 1].text.istitle() or (
            len(doc[k - 1].text) == 1 and doc[k - 1].text.isupper())) and (
            k - 1 not in titles and k - 1 not in places):
        k -= 1
    if start - k < 2:
        return None
    if k == 0:
        words = [t.lower_ for t in doc[:start]]
        # (not a thing named in title case: "Pelaksanaan Peraturan Menteri ...")
        opens = _lexicon()["openers"].isdisjoint(words) and _lexicon()["not_names"].isdisjoint(
            words) and PREFIX_KIND.keys().isdisjoint(words) and _lexicon()[
                "company_heads"].isdisjoint(t.text for t in doc[:start])
        return (doc[:start].text, 0) if opens and doc[0].text.istitle() else None
    before = doc[k - 1].lower_
    if before != "oleh" and not record_cues()["handover"].has_word(before):
        return None
    return doc[k:start].text, k


def _before_degrees(doc: Span, end: int) -> int:
    """Where the degrees and the commas between them that close at ``end``
    open ("Alue Dohong SE MSc PhD", "Nama, S.E., M.M.,"); ``end`` when none."""
    degrees = _lexicon()["degrees"]
    while end > 1 and (_plain(doc[end - 1].text) in degrees or doc[end - 1].text == ","):
        end -= 1
    return end


def _name_selaku(doc: Span, start: int) -> tuple[str, int] | None:
    """"diserahkan langsung oleh Budi Gunadi Sadikin selaku Menteri
    Kesehatan": the name before "selaku" and where it starts (its honorifics
    included: the handing verb stands before them)."""
    if start < 2 or doc[start - 1].lower_ != "selaku":
        return None
    lex = _lexicon()
    # ("Drs Alue Dohong SE MSc PhD selaku ...", "..., S.E., M.M., selaku": degrees)
    end = _before_degrees(doc, start - 1)
    first, words = end, 0
    while first > 0 and doc[first - 1].text[:1].isupper() and words < 5:
        first -= 1
        words += _plain(doc[first].text) not in lex["honorifics"]
    i = first
    while i < end and _plain(doc[i].text) in lex["honorifics"]:
        i += 1
    if i < end and doc[i].text in lex["titles"]:
        return None  # "Presiden selaku Ketua Dewan Ketahanan Pangan": an office
    return (doc[i:end].text, first) if i < end else None


def _spelt_out_end(doc: Span, i: int) -> int | None:
    """Where a body's name, spelt out from ``i`` with "dan" inside it and
    closed by its acronym in brackets, ends ("Obat dan Makanan (BPOM)" of
    "Badan Pengawas Obat dan Makanan (BPOM)"); None when no such name
    starts at ``i``."""
    if not doc[i].text.istitle():
        return None
    k = i
    while k < min(i + 6, len(doc)) and (doc[k].text.istitle() or doc[k].text == "dan"):
        k += 1
    if "dan" not in {t.text for t in doc[i:k]} or k + 2 >= len(doc) or doc[k].text != "(" or (
            doc[k + 2].text != ")") or not doc[k + 1].text.isupper():
        return None
    return k + 3 if doc[k + 1].text[-1] == doc[k - 1].text[0] else None


def _role_before(doc: Span, start: int) -> str | None:
    filler = _lexicon()["filler"]
    # (a comma between is none either: "diberikan langsung, Presiden RI, ...")
    words = [t.lower_ for t in doc[max(0, start - 6):start] if t.lower_ not in filler]
    # (nor an honorific before the name: "diserahkan oleh Bapak Hendra Wijaya")
    while words and (words[-1] == "," or _plain(words[-1]) in _lexicon()["honorifics"]):
        words.pop()
    for role, phrase in _lexicon()["before"].get(words[-1], ()) if words else ():
        if tuple(words[-len(phrase):]) == phrase:
            if phrase[0] == "dipimpin" and _heads_the_one_before(words[:-len(phrase)]):
                return None
            if words[-len(phrase) - 1:-len(phrase)] and words[-len(phrase) - 1] in _NOT:
                return None  # "tidak disematkan langsung oleh Presiden ..., tapi ..."
            if phrase == ("dari",) and not _lexicon()["greetings"].isdisjoint(words):
                return None  # "menuai ucapan selamat, di antaranya dari Ketua KNPI X"
            if phrase == ("dari",) and words[-2:-1] == ["mulai"]:
                return None  # "dihadiri berbagai elemen mulai dari Menteri ...": a range
            if phrase == ("oleh",) and words[-2:-1] and words[-2] in _SAID and not (
                    _award_object_before(words[:-2])):
                return None  # "Hal ini disampaikan oleh Kepala BPK ...": who said it
            return None if role == "witness" else role
    if words[-1:] in (["melalui"], ["lewat"]) and not record_cues()["givers"].isdisjoint(
            words[:-1]):
        # "diberikan Pemprov Maluku melalui Kepala Dinas ..., X", "diberikan
        # oleh BPK RI lewat Anggota VI BPK RI X"
        return "presenter"
    if start == 1 and doc[0].lower_ in {"melalui", "lewat"} and any(
            t.lower_ in _lexicon()["presenter_after"] for t in doc[start:]):
        # "Melalui Kepala Disnakertrans, X, Gubernur Y menyerahkan ...": the one
        # the head hands it over through
        return "presenter"
    return None


_NOT = {"tidak", "tak", "bukan", "belum"}
# the most words of a "yang" clause read between an official and their verb
# ("X, yang disebut kepala daerah dengan perhatian besar pada pembinaan atlet
# muda, diganjar ...")
_LONGEST_CLAUSE = 16
# passives of saying: who it was said by hands nothing over ("Hal ini
# disampaikan oleh ..."), unless what was "disampaikan" is the award
_SAID = {"disampaikan", "dikatakan", "diungkapkan", "dijelaskan", "disebutkan", "ditegaskan"}


def _award_object_before(words: list[str]) -> bool:
    """One of the last words names what is handed over ("penghargaan itu")."""
    objects = record_cues()["objects"]
    return any(objects.has_word(w) for w in words[-3:])


def _heads_the_one_before(words: list[str]) -> bool:
    """"Pemprov Sulawesi Barat yang dipimpin Gubernur X": "yang dipimpin"
    after a body names its head, and "Upacara itu dipimpin oleh Gubernur X"
    one leading the ceremony, not one leading a handover ("Penyerahan
    penghargaan yang dipimpin oleh Gubernur X")."""
    nouns = record_cues()["handover_nouns"]
    if any(nouns.has_word(w) for w in words[-4:]):
        return False
    return words[-1:] == ["yang"] or not record_cues()["led_events"].isdisjoint(words[-3:])


_TERM = re.compile(r"^(?:19|20)\d\d[-–](?:(?:19|20)\d\d|sekarang)$")  # "2021-sekarang": until now
_ACCOMPANIED = {"didampingi", "didamping", "bersama", "beserta", "ditemani"}
_STOOD_IN = {"diwakili", "diwakilkan", "mewakili"}  # another stands in for the one named
_STANDING_IN = Phrases([("yang", "mewakili"), ("mewakili",), ("atas", "nama")])


def _role_after(doc: Span, end: int) -> str | None:
    """The part an official's own verb gives them: "X menyerahkan ...",
    "X, yang menerima ...", "X maju menerima ...", "X mengikuti acara dan
    menerima ..." (the verb within four words, before any punctuation)."""
    i = end
    while i < len(doc) and doc[i].text == ",":
        i += 1
    if i > end:
        # "Khairul, Wali Kota Tarakan, Kalimantan Utara, menerima ...": past
        # the province the title's region lies in
        comma = next((k for k in range(i + 1, min(i + 5, len(doc))) if doc[k].text == ","), None)
        if comma is not None and gazetteer().province(doc[i:comma].text) is not None:
            i = comma + 1
    if i < len(doc) and doc[i].lower_ in _ACCOMPANIED:
        # "X, didampingi istri, Eriana Anisa menyerahkan ...", "X didampingi
        # wakilnya Rina Susanti menyerahkan ...": past the company
        ahead = range(i, min(i + 8, len(doc)))
        verb = next((k for k in ahead if doc[k].lower_ in _lexicon()["presenter_after"]), len(doc))
        comma = next((k for k in ahead if doc[k].text == "," and k < verb), None)
        if comma is not None:
            i = comma + 1
        elif i + 1 < len(doc) and doc[i + 1].text.islower():
            i += 1  # (a companion named by a word: "wakilnya", "istri")
            while i < len(doc) and doc[i].text.islower() and i - end < 4 and (
                    doc[i].lower_ not in _lexicon()["presenter_after"]):
                i += 1  # (up to the verb: "didampingi istri menyerahkan ...")
        while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].text == "."):
            i += 1
    if i < len(doc) and doc[i].lower_ == "selaku":
        # "X selaku tuan rumah JKPI 2024 menyerahkan ...": past the role played
        verb = next((k for k in range(i + 1, min(i + 8, len(doc)))
                     if doc[k].lower_ in _lexicon()["presenter_after"]), None)
        i = verb if verb is not None else i
    stands = stands_for(doc, i)
    if stands > i:
        # "X, mewakili Gubernur DIY, menyerahkan ...", "X atas nama Gubernur
        # menyerahkan ...": past the one stood in for
        i = stands
        while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].text in {".", ","}):
            i += 1
    i = _past_where_and_when(doc, i)
    i = _past_speech(doc, i)
    i = _past_presence(doc, i)
    role = _verb_role(doc, i)
    if role is None and end < len(doc) and doc[end].text == ",":
        # "Wali Kota X Nama, putra sulung presiden, menyerahkan ...": past a
        # description of the official (0: none)
        described = past_description([t.text for t in doc[end:end + 13]], 0)
        role = _verb_role(doc, end + described) if described else None
    if role is None and i < len(doc) and doc[i].lower_ == "yang":
        # "X, yang juga menjadi pembina apel, menyerahkan ...": past a clause
        # naming no one (not "X yang diwakili Sekda, Y menerima ...")
        comma = next((k for k in range(i, min(i + _LONGEST_CLAUSE, len(doc)))
                      if doc[k].text == ","), None)
        if comma is not None and (all(t.text.islower() for t in doc[i:comma]) or (
                doc[i].lower_ == "yang" and not any(
                    t.lower_ in _STOOD_IN - {"mewakili"} for t in doc[i:comma]))):
            # (past a clause on the role played: "Gubernur X, yang menjadi
            # Inspektur Upacara, menyerahkan ...", "X, yang maju mewakili Kota
            # Y, menerima ..."; not "X, yang diwakili Sekda, ...")
            role = _verb_role(doc, comma + 1)
    return role


def _after_a_time_clause(doc: Span, start: int) -> str | None:
    """The part an official named right after the time clause a sentence
    opens with gives them ("Usai menyerahkan Paritrana Award ... di Hotel X,
    Kamis (11/9), Wakil Gubernur NTB Lalu Hamzan mengatakan ...": the one who
    handed it over), a dateline before the clause or not."""
    if not start or doc[start - 1].text != ",":
        return None
    opener = next((k for k in range(min(4, start)) if doc[k].lower_ in TIME_WORDS and (
        k == 0 or doc[k - 1].text in DASHES)), None)
    return None if opener is None else _verb_role(doc, opener + 1)


def _past_speech(doc: Span, i: int) -> int:
    """Past a speech verb and what was said, up to the time word after them
    ("menegaskan hal itu saat menyerahkan ...": the handing verb's place);
    ``i`` when none is there."""
    if i >= len(doc) or doc[i].lower_ not in record_cues()["speaking_verbs"]:
        return i
    k = next((k for k in range(i + 1, min(i + 5, len(doc))) if doc[k].lower_ in TIME_WORDS
              or doc[k].is_punct), None)
    return k + 1 if k is not None and doc[k].lower_ in TIME_WORDS else i


def _past_presence(doc: Span, i: int) -> int:
    """Past the official's being there, told before the verb it is joined
    to ("X hadir langsung dalam acara itu dan sekaligus menyerahkan ...": the
    verb's place after "dan"); ``i`` when no word of presence is there, or
    punctuation or a verb of handing or receiving comes before the "dan"."""
    if i >= len(doc) or doc[i].lower_ not in record_cues()["present"]:
        return i
    lex = _lexicon()
    for k in range(i + 1, min(i + _PRESENCE_WORDS, len(doc))):
        if doc[k].is_punct or doc[k].lower_ in lex["presenter_after"] or lex[
                "recipient_after"].at_token(doc, k):
            return i  # (a verb of its own: "naik ke panggung untuk menerima piagam dan ...")
        if doc[k].lower_ == "dan":
            return k + 1
    return i


_PRESENCE_WORDS = 10  # the longest "hadir langsung dalam acara ... dan" read


def past_description(texts: list[str], end: int) -> int:
    """Past ", kepala daerah perempuan pertama di Sulawesi Tengah," at
    ``end``: words set off by commas, opening in lower case (not "yang":
    "X, yang diwakili Sekda, Y menerima"), that describe the one named
    before, or past ", satu-satunya gubernur ... yang" to what that one did;
    ``end`` when none follow."""
    if end + 1 < len(texts) and texts[end] == "," and texts[end + 1][:1].islower() and (
            texts[end + 1] != "yang"):
        comma = next((k for k in range(end + 2, min(end + 12, len(texts))) if texts[k] == ","),
                     None)
        if comma is not None:
            return comma + 1
        if texts[end + 1] in _ONE_OF:
            # ", satu-satunya gubernur di Indonesia yang menerima ...": one of
            # those who did what follows "yang"
            which = next((k for k in range(end + 2, min(end + 12, len(texts)))
                          if texts[k] == "yang"), None)
            if which is not None:
                return which + 1
    return end


_ONE_OF = {"satu-satunya", "salah"}  # "satu-satunya ... yang", "salah satu ... yang"


def stands_for(doc: Span, i: int) -> int:
    """After words saying whom an official stands in for ("mewakili", "yang
    mewakili", "atas nama"), where the one stood in for is named; ``i``
    itself when none open at i."""
    return i + _STANDING_IN.at_token(doc, i)


def _verb_role(doc: Span, i: int) -> str | None:
    """The part a verb within four words of ``i``, before any punctuation,
    gives."""
    lex = _lexicon()
    for k in range(i, min(i + 4, len(doc))):
        tok = doc[k]
        if tok.is_punct:
            break
        if tok.lower_ in lex["presenter_after"]:
            # "X memberikan apresiasi kepada ...": a gesture, no handover
            words = [t.lower_ for t in doc[k:k + 2]]
            return None if gives_gesture(words, 0) else "presenter"
        if lex["presenter_leads"].at_token(doc, k):
            return "presenter"  # "X memimpin langsung penyerahan penghargaan itu"
        if lex["recipient_after"].at_token(doc, k):
            return "recipient"  # (a phrase: "terima penghargaan", not "terima kasih")
    return None


def _past_where_and_when(doc: Span, i: int) -> int:
    """Past a place, a date and the press spoken to between an official and
    their verb: "Siti Nurbaya di Jakarta (29/08/2023) menganugerahkan ...",
    "..., di Bogor, Senin, menyerahkan ...", "... kepada awak media seusai
    menyerahkan ..."."""
    for _ in range(3):
        if i < len(doc) and doc[i].lower_ == "di" and i + 1 < len(doc) and (
                doc[i + 1].text[:1].isupper()):
            i += 1
            while i < len(doc) and (doc[i].text[:1].isupper() or doc[i].text == ","):
                i += 1
        elif i < len(doc) and doc[i].text == "(":
            close = next((k for k in range(i + 1, min(i + 8, len(doc))) if doc[k].text == ")"),
                         None)
            if close is None:
                break
            i = close + 1
        elif i < len(doc) and doc[i].lower_ in _DATE_WORDS:
            i += 1
        elif audience := _lexicon()["press_audience"].at_token(doc, i):
            i += audience  # "... kepada awak media seusai menyerahkan ...": who it was said to
        else:
            break
        while i < len(doc) and doc[i].text == ",":
            i += 1
    return i


def _place_for_name(doc: Span, title_end: int, end: int, by_place: dict[int, Match]) -> bool:
    """The "name" after a title is a region's name (after a comma at most)."""
    k = title_end
    while k < end and doc[k].text == ",":
        k += 1
    return k in by_place and by_place[k].end == end


def find_officials(doc: Span, titles: list[Match], places: list[Match], mentions: list[Mention],
                   known: dict[str, str], headline: bool = False, awards: list[Match] = ()
                   ) -> list[Official]:
    """Officials of a sentence, in order, with their roles (in a
    ``headline``, no name set off before a title: "Sambut Hari Jadi, Bupati
    Ngawi Serahkan Piala" opens with what the news is about). ``known`` maps the
    bare names of villages and companies the article names to their full names
    ("Kebonagung" -> "Desa Kebonagung"), so "Kepala Desa Kebonagung, Suparno"
    reads as title + name. An award named in a title is part of the office
    (``awards``: "Ketua Penyelenggara Top BUMD Awards 2020 M. Lutfi")."""
    lex = _lexicon()
    by_place = {s.start: s for s in places}
    by_title = {s.start: s for s in titles}
    by_award = {s.start: s.end for s in awards}
    bodies = {m.start: m for m in mentions if m.explicit and m.type not in {
        "provinsi", "kabupaten", "kota"}}
    officials: list[Official] = []
    for span in titles:
        row = lex["titles"][span.id_]
        start = span.start
        while start:
            if doc[start - 1].text.rstrip(".") in _MODIFIERS:
                start -= 1  # "Plh. Sekretaris Daerah", "Pj Bupati", "Pejabat Gubernur"
            elif start > 2 and doc[start - 1].text == ")" and doc[start - 3].text == "(" and (
                    doc[start - 2].text.rstrip(".") in _MODIFIERS):
                start -= 3  # "Penjabat (Pj) Gubernur"
            elif start > 1 and (doc[start - 2].text, doc[start - 1].text) == (
                    "Pelaksana", "Tugas"):
                start -= 2  # "Pelaksana Tugas (Plt) Kepala BKN"
            else:
                break
        if start and doc[start - 1].lower_ in lex["office_buildings"]:
            continue  # "Kantor Gubernur Riau", "Rumah Dinas Bupati": a place
        if start and row["stands_for"] == f"Kepala {row['title']}" and (
                doc[start - 1].text[:1].isupper() or doc[start - 1].text == ")"):
            # an office written for its head ("oleh Perwakilan BKKBN Provinsi
            # Lampung, Nama") inside a body's name: "BPK Perwakilan Provinsi
            # X", "Badan Pemeriksa Keuangan (BPK) Perwakilan Provinsi X"
            continue
        national = row["national"] == "yes"
        village = row["title"] in record_cues()["village_heads"]
        title_end, region, body = _title_end(doc, span.end, by_place, bodies, known,
                                             row["governs"], national, by_title, by_award,
                                             village)
        name, end = _name(doc, title_end, by_title)
        if headline:
            # "Presiden Budi Santoso Puji Angka Inflasi", "Wapres Serahkan
            # Penghargaan ...": a headline's verb ends the title and the name
            # (within a few words when no name was read: "Sekda Nyoman
            # Sudarsana Serahkan Penghargaan Paritrana Awards 2024", a run of
            # capitals too long for a name)
            verb = next((k for k in range(span.end, min(len(doc), max(
                end, title_end, span.end + 5))) if doc[k].lower_ in lex["headline_actions"]), None)
            if verb is not None and verb < title_end:
                title_end, region, body = _title_end(doc[:verb], span.end, by_place, bodies,
                                                     known, row["governs"], national, by_title,
                                                     by_award, village)
            if verb is not None:
                name, end = _name(doc[:verb], title_end, by_title)
            if name and doc[title_end].text == "," and gazetteer().candidates(name.split()[0]):
                # "... Tertinggi dari Presiden, Jatim Luar Biasa": a clause of
                # its own about a region after the comma, no holder's name
                name, end = None, title_end
        if name and doc[title_end - 1].lower_ in {"dan", "&", "serta"}:
            # "Presiden SBY dan Ibu Ani": the name after "dan" is another's
            title_end -= 1
            name, end = None, title_end
        if name and region and _place_for_name(doc, title_end, end, by_place):
            after = _name(doc, end, by_title) if doc[end:end + 1].text == "," and (
                gazetteer().province(name)) else (None, end)
            if after[0] and not _place_for_name(doc, end, after[1], by_place):
                # "Bupati Blitar, Jawa Timur, Rini Syarifah": the region's
                # province, then the holder's name
                name, end = after
            else:
                name, end = None, title_end  # "Bupati Lamongan, Tuban, dan Sidoarjo": a list
        if name and " " not in name and end < len(doc) and doc[end].text == ",":
            after, after_end = _name(doc, end, by_title)
            if after and " " in after and _title_like(doc[title_end - 1].text):
                # "Kepala Kantor Cabang BPJS Ketenagakerjaan Sampit, Rudi
                # Hartono": the one word is the branch's town
                title_end, name, end = title_end + 1, after, after_end
        title_start = start
        if name is None:
            before = None if headline else _name_before(doc, start, by_title, by_place) or (
                _name_selaku(doc, start)) or _name_glued(doc, start, by_title, by_place)
            if before:
                name, start = before
        role = _role_before(doc, start)
        if role is None and start and doc[start - 1].lower_ == "dan" and officials:
            last = officials[-1]
            if last.end >= start - 2:
                role = last.role
        if role is None:
            # (an office alone hands over by its verb, "Wali Kota Bontang juga
            # menyerahkan ...", its holder named elsewhere; it receives only
            # with a name, or for the body it names: "Direktur Utama PT X
            # menerima penghargaan ...")
            role = _role_after(doc, end)
            role = role if name or role == "presenter" or (role and body) else None
        if role is None and name and all(o.role for o in officials):
            role = _after_a_time_clause(doc, start)
        if (start and stands_for(doc, start - 1) == start) or (
                start > 1 and stands_for(doc, start - 2) == start):
            role = None  # "mewakili Gubernur", "atas nama Gubernur": not here
        officials.append(Official(_title_text(doc[title_start:title_end]), span.id_, name,
                                  region, body, national, start, end, role))
    return _represented(doc, _accompanied(doc, officials))


def _accompanied(doc: Span, officials: list[Official]) -> list[Official]:
    """"Wakil Presiden Jusuf Kalla bersama Menteri LHK Siti Nurbaya memberikan
    penghargaan", "Menteri PANRB X dan Kepala ANRI Y menyerahkan ...": the
    verb after the one accompanying is the first one's, who hands it over."""
    out = list(officials)
    if out and out[0].start == 1 and doc[0].lower_ in _ACCOMPANIED:
        return out  # "Didampingi Menteri X, Wakil Presiden Y menyerahkan ...": company first
    # (from the last: "Gubernur X didampingi A dan B menyerahkan": B's verb is
    # A's, and so the governor's; "didampingi A, B dan C menyerahkan": a comma
    # alone between companions goes on with their list)
    for k in range(len(out) - 1, 0, -1):
        first, second = out[k - 1], out[k]
        gap = _past_nickname([t.text for t in doc[first.end:second.start]])
        # ("X, yang didampingi Y, menyerahkan ...": a companion described so)
        between = [w.lower() for w in gap if w not in {",", "oleh", "yang"}]
        # (not one telling it, nor one stood in for: "Mewakili Presiden X,
        # Menteri Y menyematkan ...")
        # (nor a companion named before all others: "Didampingi Ketua TP PKK X,
        # Gubernur Y menyerahkan ...")
        told = first.start and (doc[first.start - 1].lower_ == "menurut" or (
            k == 1 and doc[first.start - 1].lower_ in _ACCOMPANIED) or any(
            stands_for(doc, j) == first.start for j in range(max(0, first.start - 2),
                                                             first.start)))
        if (second.role == "presenter" and first.role in (None, "presenter") and first.name
                and not told
                and ((len(between) == 1 and between[0] in _ACCOMPANIED | {
                    "dan", "serta", "disaksikan"}) or gap == [","])):
            # (also "Gubernur Jawa Barat, Bey Machmudin, bersama Kepala ..., X, menyerahkan",
            # "Bupati X didampingi oleh Ketua TP PKK ..., Y, menyerahkan", "Menteri X
            # disaksikan Menko Y menyerahkan ..."; not one telling it: "Menurut
            # Kepala Dinas X, Bupati Y sendiri yang menyerahkan ...")
            out[k - 1], out[k] = replace(first, role="presenter"), replace(second, role=None)
        elif second.role == "recipient" and first.role is None and first.name and (
                between == ["didampingi"]):
            # "Bupati X didampingi Sekda Y menerima penghargaan ...": the one
            # accompanied receives it, the companion does not
            out[k - 1], out[k] = replace(first, role="recipient"), replace(second, role=None)
    return out


def _past_nickname(words: list[str]) -> list[str]:
    """The words after a name past the nickname it may be followed by
    ("Sahbirin Noor atau Paman Birin didampingi ...")."""
    if len(words) > 1 and words[0] == "atau" and words[1][:1].isupper():
        words = words[1:]
        while words and words[0][:1].isupper():
            words = words[1:]
    return words


# the time of the ceremony said between the one named and the one standing
# in ("Wali Kota X yang malam itu diwakili Sekda Y")
_THAT_DAY = frozenset({"pagi", "siang", "sore", "malam", "itu", "tersebut"})


def _represented(doc: Span, officials: list[Official]) -> list[Official]:
    """"diserahkan oleh Pj Gubernur X yang diwakili oleh Asisten Y", "dari
    Menteri X melalui Deputi Y": the one standing in hands it over; and
    "kepada Gubernur X yang diwakili Kepala Dinas Y": receives it."""
    out = list(officials)
    for k in range(1, len(out)):
        before, this = out[k - 1], out[k]
        words = [t.lower_ for t in doc[before.end:this.start]]
        if not (words and words[-1] in {"diwakili", "oleh"} and "diwakili" in words
                and len(words) <= 4) and words != ["melalui"]:
            continue
        if before.role == "recipient" and this.role in (None, "recipient") and set(words) <= {
                ",", "yang", "diwakili", "oleh", "melalui"} | _THAT_DAY:
            # (not one who stood in for another winner: "... diterima Bupati
            # A, sementara Kepahiang diwakili Sekda B")
            out[k - 1], out[k] = replace(before, role=None), replace(this, role="recipient")
            continue
        last = _last_listed(doc, out, k)
        if before.role == "presenter" or (
                before.role is None and _role_after(doc, out[last].end) == "presenter"):
            # "Menteri PPPA, Arifah Fauzi, diwakili Wakil Menteri ... Veronica
            # Tan, menyerahkan ...", "Gubernur diwakili Sekdaprov, Asisten I
            # serta Asisten III menyerahkan ...": the one standing in (the
            # first of those standing in) hands it over
            out[k - 1] = replace(before, role=None)
            out[k] = replace(this, role="presenter")
            for j in range(k + 1, last + 1):
                out[j] = replace(out[j], role=None)
    return out


def _last_listed(doc: Span, officials: list[Official], k: int) -> int:
    """The index of the last official listed with ``officials[k]``, nothing
    but commas, "dan" or "serta" between them ("Sekdaprov, Asisten I serta
    Asisten III")."""
    while k + 1 < len(officials) and all(
            t.text == "," or t.lower_ in {"dan", "serta"}
            for t in doc[officials[k].end:officials[k + 1].start]):
        k += 1
    return k
