"""Who can be an awardee: regions written with their kind ("Kabupaten X",
"Pemkot X", "Provinsi X"), bare region names, villages, companies and other
bodies ("Desa X", "PT X Tbk", "RSUD X"), each under its canonical name with
its awardee_type and the province it belongs to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from extractors.gazetteer import Region, gazetteer
from extractors.lexicon import data_table

# The word before a region name that says its kind.
PREFIX_KIND = {"kabupaten": "kabupaten", "kab": "kabupaten", "kab.": "kabupaten",
               "pemkab": "kabupaten", "kota": "kota", "pemkot": "kota", "pemko": "kota",
               "provinsi": "provinsi", "prov": "provinsi", "prov.": "provinsi",
               "pemprov": "provinsi"}
# Words linking a village or company to where it is: "Desa X, Kecamatan Y,
# Kabupaten Z", "UD X asal Malang", "Desa X di Kecamatan Y".
_SUBDISTRICT = {"kecamatan", "kec", "kec.", "distrik", "kapanewon", "kemantren"}
_LOCATION_LINKS = {",", "di", "asal", "dari", "(", ")", "kabupaten", "kab", "kab.", "kota",
                   "provinsi", "prov", "prov."} | _SUBDISTRICT
_CONNECT_INSIDE_NAME = {"&", "dan"}
_REGION_TYPES = {"provinsi", "kabupaten", "kota", "bare"}
# The word before a region that makes it a place rather than a winner.
_PLACE_WORDS = {"di", "asal", "tingkat", "se", "wilayah", "daerah", "kawasan"}


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

    @property
    def key(self) -> str:
        """The bare name, how the article may refer to it later."""
        return re.sub(r"^(?:Provinsi|Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota|"
                      r"Desa|Gampong|Nagari|Kampung|Kelurahan|Kalurahan|PT|CV|UD)\s+", "",
                      self.name)


@lru_cache(maxsize=1)
def _heads() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word of a head -> [(the head's words, awardee_type)], longest first."""
    heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for row in data_table("awardee_heads.tsv"):
        words = tuple(row["head"].split())
        heads.setdefault(words[0], []).append((words, row["type"]))
    for entries in heads.values():
        entries.sort(key=lambda e: -len(e[0]))
    return heads


def region_name(region: Region) -> str:
    """A region as awardee: "Provinsi Jawa Timur", "Kota Bontang"."""
    return f"Provinsi {region.name}" if region.kind == "provinsi" else region.name


def region_mention(region: Region, start: int, end: int, explicit: bool) -> Mention:
    """The mention of a region as awardee."""
    return Mention(region_name(region), region.kind, region.province, start, end, explicit, end)


def _name_tokens(doc: Doc, i: int) -> int:
    """End of a proper name starting at token i: capitalised words, digits,
    "(Persero)", "Tbk"."""
    j = i
    while j < len(doc):
        tok = doc[j]
        if tok.text == "(" and j + 2 < len(doc) and doc[j + 1].text.lower() == "persero":
            j += 3
            continue
        if tok.text[:1].isupper() or tok.text[:1].isdigit() or (
                tok.text.endswith(".") and tok.text[:1].islower() and j > i and j + 1 < len(doc)
                and doc[j + 1].text[:1].isupper()) or (  # "RSUD dr. Iskak"
                tok.lower_ in _CONNECT_INSIDE_NAME and j + 1 < len(doc)
                and doc[j + 1].text[:1].isupper() and j > i):
            j += 1
            continue
        break
    while j > i and doc[j - 1].lower_ in _CONNECT_INSIDE_NAME:
        j -= 1
    return j


def _located(doc: Doc, end: int, places: dict[int, Span]) -> tuple[str | None, bool, int]:
    """What the appositive after a mention says of where it is: the province
    (the first place that has only one), whether a province is named outright
    ("asal Sidoarjo, Jawa Timur" but not "asal Malang"), and where it ends."""
    province, named, j = None, False, end
    while j < len(doc):
        tok = doc[j]
        if j in places:
            regions = gazetteer().candidates(places[j].id_)
            provinces = {r.province for r in regions}
            if province is None and len(provinces) == 1:
                province = provinces.pop()
            named = named or any(r.kind == "provinsi" for r in regions)
            j = places[j].end
            continue
        if tok.lower_ in _LOCATION_LINKS:
            j += 1
            continue
        if tok.text[:1].isupper() and j > end and doc[j - 1].lower_ in _SUBDISTRICT:
            j = _name_tokens(doc, j)
            continue
        break
    while j > end and doc[j - 1].text in {",", "("}:
        j -= 1
    return province, named, j


def _after_place_word(doc: Doc, start: int) -> bool:
    """"di Kabupaten X", "di Pulau Obi, Kabupaten X": the mention says where."""
    i = start - 1
    while i >= 0 and start - i <= 10:
        tok = doc[i]
        if tok.lower_ in _PLACE_WORDS:
            return True
        if tok.text == "," or tok.text[:1].isupper():
            i -= 1
            continue
        return False
    return False


def _province_apposition(doc: Doc, end: int, places: dict[int, Span]) -> int:
    """End of ", Jawa Timur," or " (Jawa Timur)" after a region's name."""
    if end < len(doc) and doc[end].text in {",", "("} and end + 1 in places:
        span = places[end + 1]
        if all(r.kind == "provinsi" for r in gazetteer().candidates(span.id_)):
            return span.end + (1 if span.end < len(doc) and doc[span.end].text == ")" else 0)
    return end


def find_mentions(doc: Doc, places: list[Span], titles: list[Span]) -> list[Mention]:
    """Every possible awardee in a sentence doc, in order."""
    gaz = gazetteer()
    in_title = {i for span in titles for i in range(span.start, span.end)}
    by_start = {span.start: span for span in places}
    mentions: list[Mention] = []
    taken: set[int] = set()
    for span in places:
        if span.start in taken:
            continue
        prev = doc[span.start - 1] if span.start else None
        kind = PREFIX_KIND.get(prev.lower_) if prev is not None else None
        if kind and prev.i not in in_title:
            region = gaz.resolve(span.id_, kind)
            if region:
                start = prev.i - (1 if prev.i and doc[prev.i - 1].lower_ == "pemerintah" else 0)
                located_end = _province_apposition(doc, span.end, by_start)
                mentions.append(Mention(region_name(region), region.kind, region.province,
                                        start, span.end, True, located_end))
                taken.update(range(span.start, located_end))
    heads = _heads()
    texts = [t.text for t in doc]
    i = 0
    while i < len(doc):
        head = next((h for h in heads.get(texts[i], ()) if tuple(texts[i:i + len(h[0])]) == h[0]),
                    None)
        if head is None or i in in_title:
            i += 1
            continue
        words, kind = head
        n = len(words)
        end = _name_tokens(doc, i + n)
        if end == i + n:
            i += 1
            continue
        text = doc[i:end].text
        name = re.sub(r"^(PT|CV|UD)\.\s*", r"\1 ", text).replace("Tbk.", "Tbk")
        name = re.sub(r"\(\s+", "(", re.sub(r"\s+\)", ")", name))
        province, named, located_end = _located(doc, end, by_start)
        if kind == "perusahaan" and not named:
            province = None  # a company's town does not tie it to a province
        mentions.append(Mention(name, kind, province, i, end, True, located_end))
        taken.update(range(i, located_end))
        i = end
    for span in places:
        if span.start in taken or span.start in in_title:
            continue
        prev = doc[span.start - 1] if span.start else None
        if prev is not None and PREFIX_KIND.get(prev.lower_):
            continue
        mentions.append(Mention(span.id_, "bare", None, span.start, span.end, False, span.end))
    # A region inside a village's or company's location ("Desa X, Kabupaten
    # Y") or after "di"/"asal" names a place, not a winner.
    located = {k for m in mentions if m.type not in _REGION_TYPES for k in range(m.end,
                                                                               m.located_end)}
    kept = [m for m in mentions if m.start not in located and not (
        m.type in _REGION_TYPES and _after_place_word(doc, m.start))]
    return sorted(kept, key=lambda m: m.start)
