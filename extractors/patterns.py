"""Span patterns of the rule-based pipeline, built from the data files.

Labels written to ``doc.spans["anugerah"]``:
  PLACE   a region name or abbreviation (id: the surface form, resolved by
          the gazetteer — a bare name may be ambiguous)
  AWARD   an award name (id: the canonical award)
  TITLE   an official title (id: the title as listed in ``titles.tsv``)
  RANK    a rank phrase (id: "1".."10", "harapan", "umum"; from
          ``ranks.json``)

All are phrase patterns (spaCy's PhraseMatcher on the exact text): a
phrase lookup costs a fraction of token-pattern matching, so casings are
spelled out instead of matching on lower case.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from extractors.gazetteer import gazetteer
from extractors.lexicon import data_json, data_jsonl, data_table

_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}


def _casings(words: list[str]) -> set[str]:
    """"juara i" as written in text: "juara I", "Juara I", "JUARA I", "Juara Pertama",
    "juara Kedua", "Juara ke Tiga" ..."""
    def word(w: str, style: str) -> str:
        if w in _ROMAN:
            return w.upper()
        prefix, _, tail = w.rpartition("-")
        if prefix and tail in _ROMAN:  # "Ke-II"
            return f"{word(prefix, style)}-{tail.upper()}"
        return {"lower": w, "title": w.capitalize(), "upper": w.upper()}[style]

    forms = {" ".join(word(w, style) for w in words) for style in ("lower", "title", "upper")}
    forms.add(" ".join([word(words[0], "title")] + [word(w, "lower") for w in words[1:]]))
    forms.add(" ".join([word(words[0], "lower")] + [word(w, "title") for w in words[1:]]))
    if len(words) > 2:  # "Juara ke Tiga"
        forms.add(" ".join([word(words[0], "title")] + [word(w, "lower") for w in words[1:-1]]
                           + [word(words[-1], "title")]))
    return forms


def rank_patterns() -> list[dict[str, Any]]:
    """Rank phrases: every head with every ordinal, places past the ordinals
    in digits, an ordinal word alone in brackets, the whole rank phrases and
    the no-rank phrases."""
    data = data_json("ranks.json")
    patterns = []
    for rank, ordinals in data["ordinals"].items():
        for head in data["heads"]:
            for ordinal in ordinals:
                patterns += [{"label": "RANK", "pattern": form, "id": rank}
                             for form in _casings([head, *ordinal.split()])]
    long = data["long_ranks"]
    for rank in range(len(data["ordinals"]) + 1, long["up_to"] + 1):
        for head in long["heads"]:
            for ordinal in (f"{rank}", f"ke-{rank}", f"ke {rank}"):
                patterns += [{"label": "RANK", "pattern": form, "id": str(rank)}
                             for form in _casings([head, *ordinal.split()])]
    for rank, ordinals in data["ordinals"].items():
        # "Gorontalo (kedua)": an ordinal word alone in brackets
        for ordinal in ordinals:
            if ordinal.isalpha() and len(ordinal) > 4:
                patterns += [{"label": "RANK", "pattern": f"({form})", "id": rank}
                             for form in _casings([ordinal])]
    for rank, phrases in data["phrases"].items():
        for phrase in phrases:
            patterns += [{"label": "RANK", "pattern": form, "id": rank}
                         for form in _casings(phrase.split())]
    rank_of = {o: rank for rank, ordinals in data["ordinals"].items() for o in ordinals}
    for key, phrases in data["no_rank"].items():
        for phrase in phrases:
            # (a bare word only with its ordinal: "Harapan II", not the
            # name "Poktan Tunas Harapan")
            bare = [[]] if " " in phrase else []
            for tail in bare + [o.split() for o in data["no_rank_ordinals"]]:
                # ("juara umum 2", "juara umum ke-2": second overall)
                ranked = tail and key in data["ranked_with_ordinal"] and " ".join(tail) in rank_of
                patterns += [{"label": "RANK", "pattern": form,
                              "id": rank_of[" ".join(tail)] if ranked else key}
                             for form in _casings(phrase.split() + tail)]
    return patterns


def _reduplications(form: str) -> set[str]:
    """A region's name as written with its doubled word spelled other ways:
    "Tolitoli" / "Toli-Toli" / "Toli-toli", "Tojo Una Una" / "Tojo Una-Una" /
    "Tojo Una-una", "Baubau" / "Bau-Bau"."""
    words = form.split()
    out = {form}
    for i, word in enumerate(words):
        half, span = len(word) // 2, 1
        if "-" in word:
            first, second = word.split("-", 1)
        elif len(word) >= 4 and len(word) % 2 == 0 and word[:half].lower() == word[half:]:
            first, second = word[:half], word[half:]
        elif i + 1 < len(words) and word.lower() == words[i + 1].lower():
            first, second, span = word, words[i + 1], 2
        else:
            continue
        for joined in (f"{first}-{second.capitalize()}", f"{first}-{second.lower()}"):
            out.add(" ".join([*words[:i], joined, *words[i + span:]]))
    return out


def _lowered_tail(form: str) -> set[str]:
    """A region's name of two or more words as sloppy text writes it, the
    words after the first in lower case ("Way kanan", "Tulang bawang")."""
    first, _, rest = form.partition(" ")
    return {f"{first} {rest.lower()}"} if rest and first[:1].isupper() else set()


def _cased_abbreviation(form: str) -> set[str]:
    """A region's abbreviation of three letters or more as a list may case
    it ("Kabupaten Hsu" for HSU)."""
    return {form.capitalize()} if form.isupper() and len(form) >= 3 else set()


def place_patterns() -> list[dict[str, Any]]:
    """One phrase pattern per surface form of a region, its doubled word
    spelled every way it is written, its later words in lower case and its
    abbreviation capitalised."""
    return [{"label": "PLACE", "pattern": written, "id": form}
            for form in gazetteer().forms for spelt in _reduplications(form)
            for written in {spelt} | _lowered_tail(spelt) | _cased_abbreviation(spelt)]


def _alias_forms(alias: str) -> set[str]:
    """How an alias is written in running text: as listed and, unless it is
    an acronym ("IGA", "KLA": "tiga" is no award), in lower, title and upper
    case ("paritrana award", "PARITRANA AWARD", "Kota Layak Anak"), and with
    a head word of ``lower_heads`` in lower case ("predikat Kepatuhan")."""
    if alias.isupper() or len(alias) <= 4:
        return {alias}
    forms = {alias, alias.lower(), alias.upper(), alias.title(),
             alias[:1].upper() + alias[1:].lower()}
    if alias.split()[0].lower() in _lower_heads():
        forms.add(alias[:1].lower() + alias[1:])
    return forms


@lru_cache(maxsize=1)
def _lower_heads() -> frozenset[str]:
    return frozenset(data_json("award_names.json")["lower_heads"])


@lru_cache(maxsize=1)
def award_forms() -> dict[str, str]:
    """Every written form of every award alias -> the canonical award."""
    return {form: row["award"] for row in data_jsonl("awards.jsonl")
            for alias in row["aliases"] for form in _alias_forms(alias)}


def award_patterns() -> list[dict[str, Any]]:
    """One phrase pattern per written form of an award alias."""
    return [{"label": "AWARD", "pattern": form, "id": award}
            for form, award in award_forms().items()]


def title_patterns() -> list[dict[str, Any]]:
    """Official titles, as written and with a capitalised first letter only
    (a short form of one word also in capitals); the offices short forms
    stand for also with a lower-case first word
    ("dari menteri Lingkungan Hidup dan Kehutanan, Siti Nurbaya Bakar")."""
    patterns = []
    rows = data_table("titles.tsv")
    titles = {row["title"] for row in rows}
    spelt_out = {}
    for row in rows:
        full = row["stands_for"]
        if full != "-" and full not in titles:
            spelt_out.setdefault(full[:1].lower() + full[1:], row["title"])
    patterns += [{"label": "TITLE", "pattern": form, "id": title}
                 for form, title in spelt_out.items()]
    for row in rows:
        title = row["title"]
        forms = {title, title.lower().capitalize(), title.title()}
        if " " in title and title.split()[1][:1].isupper():
            # "menteri Lingkungan Hidup dan Kehutanan RI" (not "bupati" alone,
            # a common noun)
            forms.add(title[:1].lower() + title[1:])
        if row["stands_for"] != "-" and " " not in title:
            forms.add(title.upper())  # a short form in capitals: "MENPAN-RB", "MENKES"
        first, _, rest = title.partition(" ")
        if rest and len(first.rstrip(".")) <= 3:
            forms.add(f"{first.upper()} {rest}")  # "PLT. Gubernur", "PJ Bupati"
        for form in forms:
            patterns.append({"label": "TITLE", "pattern": form, "id": title})
    return patterns


def all_patterns() -> list[dict[str, Any]]:
    """Every pattern of the span ruler, data files first."""
    return rank_patterns() + award_patterns() + title_patterns() + place_patterns()
