"""Read the extractors' data files (gazetteer additions, award names, titles,
cue words, patterns) from ``extractors/data/``.

Every rule that is a list of words lives in a data file; this module is the
one place that knows where they are and how comment lines look.
"""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files("extractors").joinpath("data", name).read_text(encoding="utf-8")


@cache
def data_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a plain data file."""
    lines = (line.strip() for line in _read(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def data_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated data file with a header line."""
    rows = [line.split("\t") for line in _read(name).splitlines()
            if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    return tuple(dict(zip(header, (cell.strip() for cell in row), strict=False)) for row in body)


@cache
def data_json(name: str) -> Any:
    """A JSON data file, parsed."""
    return json.loads(_read(name))


@cache
def data_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """A JSON-lines data file, one object per line."""
    return tuple(json.loads(line) for line in data_lines(name))


@cache
def region_heads() -> dict[str, str]:
    """Titles of the heads of regions in lower case ("gubernur", "wakil wali
    kota", titles.tsv) -> the kind of region each governs."""
    return {row["title"].lower(): row["governs"] for row in data_table("titles.tsv")
            if row["governs"] in ("provinsi", "kabupaten", "kota")}


@cache
def title_openers() -> frozenset[str]:
    """The first words of official titles in lower case ("sekda", "bupati",
    "kepala", titles.tsv)."""
    return frozenset(row["title"].split()[0].lower() for row in data_table("titles.tsv"))


@cache
def body_heads() -> tuple[tuple[str, str], ...]:
    """The heads that open a body's name as written ("Desa", "PT", "Rumah
    Sakit", awardee_heads.tsv), each with the awardee_type it gives."""
    return tuple((row["head"], row["type"]) for row in data_table("awardee_heads.tsv"))


@cache
def body_openers() -> frozenset[str]:
    """The first words of the heads that open a body's name ("BUMDesa",
    "PT", "Rumah")."""
    return frozenset(head.split()[0] for head, _ in body_heads())


def plain(word: str) -> str:
    """A word as the honorific and degree lists compare it: no dots, lower
    case ("Dr." -> "dr", "M.Si" -> "msi")."""
    return word.replace(".", "").lower()


@cache
def plain_words(name: str) -> frozenset[str]:
    """The one-word lines of a data file (honorifics.txt, degrees.txt), plain."""
    return frozenset(plain(w) for w in data_lines(name) if " " not in w)
