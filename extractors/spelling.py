"""Award names misspelt in real text, found so they are mended before the
text is read (``tidy``).

Releases are typed in a hurry: "Keterbukan Informasi Publik", "Panitrana
Award", "Upakarya Wanuaa Nugraha". A word of five letters or more one edit away (a
letter left out, added, changed, or two swapped) from a word of a listed
award's name is mended when the mended word completes that name as the span
ruler reads it (a word of fewer than eight letters only in a name of several
words, and not in capitals); anywhere else it stays as written ("Lampung" is no
misspelt "Kampung"). A head word so long that no other word lies one edit
away ("penghargaaan", "pengahargaan") is mended wherever it stands, as is
such a verb of a win or a handover ("meyerahkan", "mendapatkkan") or a word
of an official's title ("Sekretaris Jenseral", "Guberbur").

A region's name written after its kind is mended the same way ("Kota
Pekabbaru", "Kabupaten Kutai Kertanegara", "Kota Sawa Lunto") when it names
no region as written and lies one edit from the name of exactly one region of
that kind, of six letters or more; a category the kind opens ("Kota Sedang",
``categories.tsv``) is no name, nor is the name after a mayor's title ("Wakil
Wali Kota Pangerang Rahim": a person's, which may lie one edit from a city's).
A region's name written in capitals after its
kind ("Provinsi GORONTALO") is read in title case when that names a region of
the kind.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from extractors.award import alias_pattern, names_a_category
from extractors.gazetteer import gazetteer
from extractors.lexicon import data_json
from extractors.patterns import award_forms

_MIN_LETTERS = 5
# a shorter word is mended only inside a name of several words, and never
# when written in capitals: acronyms one letter apart are other names
# ("STKIP" is a college, no "SAKIP")
_SHORT = 8
_WORD = re.compile(rf"[A-Za-z]{{{_MIN_LETTERS},}}")
_WINDOW = 100  # characters either side of a mended word within which its award name lies


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@lru_cache(maxsize=1)
def _standalone() -> frozenset[str]:
    """Head words of award names long enough that no other word lies one
    edit away (award_names.json heads of ten letters or more:
    "penghargaan"), and such verbs of a win or a handover (cues.json
    mended_verbs: "menyerahkan"), and such words of officials' titles
    (mended_titles: "jenderal"), and other such words of the rules
    (mended_words: "kategori"): mended wherever they are misspelt."""
    cues = data_json("cues.json")
    return frozenset(w for w in data_json("award_names.json")["heads"] if len(w) >= 10) | (
        frozenset(cues["mended_verbs"]) | frozenset(cues["mended_titles"])
        | frozenset(cues["mended_words"]))


@lru_cache(maxsize=1)
def _index() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The long words of award names and the standalone heads (lower case),
    and each of them under itself and every form with one letter left out."""
    words = frozenset(w.lower() for form in award_forms() for w in _WORD.findall(form)) | (
        _standalone())
    index: dict[str, set[str]] = defaultdict(set)
    for word in words:
        for key in _deletions(word) | {word}:
            index[key].add(word)
    return words, {key: frozenset(found) for key, found in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter left out, added or changed, or
    by two neighbours swapped."""
    if len(a) < len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))
    if len(a) == len(b) + 1:
        return a[i + 1:] == b[i:]
    if len(a) != len(b) or i == len(a):
        return False
    return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i + 1] + b[i])


def _one_edit_from(low: str, indexed: Callable[[str], frozenset[str]]) -> set[str]:
    """The words one edit from ``low`` (lower case) that a deletion index
    holds: ``indexed(key)`` gives the words under a key (the word itself, or
    it with one letter left out)."""
    return {w for key in _deletions(low) | {low} for w in indexed(key) if _one_edit(low, w.lower())}


@lru_cache(maxsize=65536)
def _meant(word: str) -> str | None:
    """The one award-name word a misspelt ``word`` stands for, in its case."""
    words, index = _index()
    low = word.lower()
    if low in words:
        return None
    found = _one_edit_from(low, lambda key: index.get(key, frozenset()))
    if len(found) != 1:
        return None
    meant = found.pop()
    if word.isupper():
        return meant.upper()
    return meant.capitalize() if word[0].isupper() else meant


@cache
def _names_holding(word: str) -> tuple[re.Pattern[str], tuple[frozenset[str], ...]]:
    """The written forms of the award names that hold ``word`` (lower case)
    as one pattern, and each such name's other words (lower case)."""
    words = {form: re.findall(r"\w+", form.lower()) for form in award_forms()}
    forms = [form for form, in_form in words.items() if word in in_form]
    others = {frozenset(w for w in words[form] if w != word) for form in forms}
    return alias_pattern(forms), tuple(others)


def _completes_name(text: str, start: int, end: int, meant: str) -> bool:
    """``meant`` in place of ``text[start:end]`` completes an award's name."""
    lo = max(0, start - _WINDOW)
    window = text[lo:start] + meant + text[end:end + _WINDOW]
    at = start - lo
    return any(m.start() < at + len(meant) and m.end() > at
               for m in _names_holding(meant.lower())[0].finditer(window))


def award_name_mends(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mended word) of each misspelt word of an award's name."""
    meant = {word: m for word in set(_WORD.findall(text)) if (m := _meant(word))}
    lower = text.lower() if meant else ""
    end = len(text.rstrip())
    mends = []
    for word, mended in meant.items():
        short = len(word) < _SHORT
        if short and word.isupper():
            continue
        alone = mended.lower() in _standalone()
        if not alone and not any(all(w in lower for w in others) and (others or not short)
                                 for others in _names_holding(mended.lower())[1]):
            continue  # no name it may complete ("perangkat daerah": no "peringkat kinerja")
        for m in re.finditer(rf"(?<![A-Za-z]){word}(?![A-Za-z])", text):
            if m.end() == end:
                continue  # the word a cut-off page ends in: not misspelt, cut
            if alone or _completes_name(text, m.start(), m.end(), mended):
                mends.append((m.start(), m.end(), mended))
    return sorted(mends)


_KINDS = {"Kabupaten": "kabupaten", "Kab.": "kabupaten", "Kota": "kota", "Provinsi": "provinsi"}
# up to three capitalised words after a kind: "Kota Sawa Lunto", or words in
# capitals: "Provinsi GORONTALO", "Kabupaten TANAH LAUT"
_NAME_AFTER_KIND = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z]{3,}(?: [A-Z]{3,}){0,2}\b")
_MAYOR = ("Wali ", "wali ")  # "Wali Kota" is a mayor's title
_MIN_NAME = 6  # letters of a region's name below which no misspelling is mended


@lru_cache(maxsize=1)
def _region_index() -> dict[tuple[str, str], frozenset[str]]:
    """The bare names of the regions of each kind (lower case), under
    (kind, the name or the name with one letter left out)."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    for region in gazetteer().regions.values():
        low = region.bare.lower()
        for key in _deletions(low) | {low}:
            index[region.kind, key].add(region.bare)
    return {key: frozenset(found) for key, found in index.items()}


def _meant_region(kind: str, written: str) -> str | None:
    """The one region of ``kind`` whose bare name ``written`` misspells."""
    found = _one_edit_from(written.lower(), lambda key: _region_index().get((kind, key),
                                                                          frozenset()))
    return found.pop() if len(found) == 1 else None


# the words a region's name follows, in lower case or not: its kind, or its
# head's title ("Bupati karawang", "Wali Kota bogor")
_BEFORE_A_NAME = {"Kabupaten": "kabupaten", "Kota": "kota", "Provinsi": "provinsi",
                  "Bupati": "kabupaten", "Walikota": "kota", "Gubernur": "provinsi",
                  # (a kind in lower case too: "kecamatan longkib kabupaten aceh
                  # tengah"; not "kota", a common noun: "kota batu")
                  "kabupaten": "kabupaten", "provinsi": "provinsi"}
# a village's name in lower case, or partly, after its head and before its
# subdistrict ("Gampong ujung batee Kecamatan Pasie raja", "Gampong Lae saga
# kecamatan longkib")
_NAME_WORD = r"(?!(?:dan|serta|di|dari)\b)[A-Za-z]"  # (not "Desa Sembalun dan Sajang": two)
_LOWER_VILLAGE = re.compile(rf"(?<![\w-])(?:Desa|Gampong|Kelurahan|Nagari|Pekon|Kampung) "
                            rf"((?:{_NAME_WORD}+ ){{0,2}}{_NAME_WORD}{{3,}})"
                            r"(?= [Kk]ec(?:amatan|\.)? )"
                            # (and its subdistrict's before its regency: "Kecamatan
                            # Pasie raja kabupaten Aceh Selatan")
                            r"|(?<![\w-])[Kk]ecamatan "
                            rf"((?:{_NAME_WORD}+ ){{0,2}}{_NAME_WORD}{{3,}})"
                            r"(?= (?:[Kk]abupaten|[Kk]ota|[Kk]ab\.) )")
_LOWER_NAME = re.compile(r"[a-z]+(?: [a-z]+){0,2}")


def _names_after(text: str, written: str,
                 pattern: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """Where ``pattern`` matches right after the word ``written`` and a space
    (not inside a longer word), each with its match; found by the word, fast."""
    at = text.find(written + " ")
    while at >= 0:
        start = at + len(written) + 1
        m = pattern.match(text, start) if not (at and text[at - 1].isalnum()) else None
        at = text.find(written + " ", start)
        if m is not None:
            yield start, m


def _cased_region(words: list[str], kind: str) -> str | None:
    """The longest run of ``words`` from the first that, in title case, names
    a region of ``kind``, in title case; None when none does."""
    return next((c for c in (" ".join(words[:n]).title() for n in range(len(words), 0, -1))
                 if any(r.kind == kind for r in gazetteer().candidates(c))), None)


def _lower_name_mends(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each region's name written in lower case after
    its kind or its head's title ("Bupati karawang, dr. Cellica ..."), and of
    each village's before its subdistrict ("Gampong ujung batee Kecamatan
    ...")."""
    mends = []
    for word, kind in _BEFORE_A_NAME.items():
        for start, m in _names_after(text, word, _LOWER_NAME):
            cased = _cased_region(m[0].split(" "), kind)
            if cased:
                mends.append((start, start + len(cased), cased))
    if "ec" in text:
        for m in _LOWER_VILLAGE.finditer(text):
            group = 1 if m[1] else 2
            if m[group] != m[group].title():
                mends.append((m.start(group), m.end(group), m[group].title()))
    return mends


def region_name_mends(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mended name) of each misspelt region's name after its
    kind, of each written in capitals ("Provinsi GORONTALO"), and of each
    written in lower case after its kind or its head's title ("Bupati
    karawang")."""
    mends = _lower_name_mends(text)
    forms = gazetteer().forms
    for written_kind, kind in _KINDS.items():
        for start, m in _names_after(text, written_kind, _NAME_AFTER_KIND):
            words = m[0].split(" ")
            if m[0].isupper():
                cased = _cased_region(words, kind)
                if cased:
                    mends.append((start, start + len(cased), cased))
                continue
            if any(" ".join(words[:n]) in forms for n in range(1, len(words) + 1)) or (
                    names_a_category(f"{written_kind} {words[0]}")) or (
                    text.endswith(_MAYOR, 0, start - len(written_kind) - 1)):
                continue
            for n in range(len(words), 0, -1):
                written = " ".join(words[:n])
                meant = _meant_region(kind, written) if len(written) >= _MIN_NAME else None
                if meant:
                    mends.append((start, start + len(written), meant))
                    break
    return sorted(mends)
