"""Winners given as a list after an announcing sentence:

    Berikut daftar lengkap peraih Paritrana Award Sultra 2024:
    Kategori Pemerintah Kabupaten/Kota
    1. Kota Kendari
    2. Kabupaten Kolaka Utara
    Kategori Pemerintah Desa
    1. Desa Ranooha Raya, Kabupaten Konawe Selatan

Each item names a winner; its number is its rank when the list ranks (the
numbering starts again under each category, or the list speaks of juara,
peringkat, terbaik) and a mere count otherwise (a list of WTP recipients).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# "1. Kota Kendari", "- Kota Kendari", "Terbaik II – Solok Selatan"
_ITEM = re.compile(r"^\s*(?:(\d{1,2})[.)]\s*(?=[A-Za-z])|[-•*–]\s+"
                   r"|(?:juara|terbaik|peringkat|harapan|ranking)\b[^–—:-]{0,12}[–—:-]\s*)\S")
# "Kota Surabaya" alone on its line: a winner's name with its kind, no bullet
_BARE_ITEM = re.compile(r"^\s*(?:kabupaten|kota|provinsi|desa|kelurahan|nagari|gampong|pemkab|"
                        r"pemkot|pemprov|pt|cv)\s+[^,;:!?()]{2,60}?\.?\s*$")
_INTRO = re.compile(r"\b(?:berikut|daftar|antara lain|yakni|yaitu|adalah)\b[^.]*[:.]?\s*$|:\s*$")
_RANK_WORDS = re.compile(r"\b(?:juara|peringkat|terbaik|pemenang|ranking)\b")
_HEADING = re.compile(r"^\s*(?:kategori|kelompok|klaster|bidang)\b")
_KINDS = re.compile(r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)"
                    r"\s+(?:kategori|segmen|klaster|bidang|jenis|aspek|indikator|kriteria)\b")
_WINNERS_WORDS = re.compile(r"\b(?:pemenang|peraih|penerima|juara|terbaik)")


def names_kinds(text: str) -> bool:
    """The (lower-case) text announces kinds it counts, not winners:
    "Koperasi Berprestasi ini meliputi empat segmen, yaitu:" (categories,
    criteria)."""
    return bool(_KINDS.search(text)) and not _WINNERS_WORDS.search(text)


def speaks_of_ranks(text: str) -> bool:
    """The (lower-case) text speaks of winners' ranks: "juara", "peringkat",
    "terbaik" ..."""
    return bool(_RANK_WORDS.search(text))


@dataclass(frozen=True)
class ListLine:
    """What a sentence is in a winners list."""

    item: bool  # names a winner (else: a category heading)
    rank: int | None = None  # the item's rank when the list ranks


def find_lists(lines: list[tuple[str, int]], intro_ok: list[bool]) -> dict[int, ListLine]:
    """List lines among ``lines`` ((lower-case text, paragraph) of the
    candidate sentences in order), keyed by index. A list starts after a
    sentence that announces it and may announce it (``intro_ok``: it is
    about the award, not a nomination or a plan) and runs over consecutive
    paragraphs of items and category headings."""
    found: dict[int, ListLine] = {}
    i = 0
    while i < len(lines):
        text, paragraph = lines[i]
        if not (intro_ok[i] and _INTRO.search(text) and not _ITEM.match(text)):
            i += 1
            continue
        block: list[tuple[int, int | None]] = []  # (index, number) of items
        headings: list[int] = []
        j, last = i + 1, paragraph
        while j < len(lines) and lines[j][1] - last <= 2:
            item = _ITEM.match(lines[j][0])
            if item:
                block.append((j, int(item.group(1)) if item.group(1) else None))
            elif _BARE_ITEM.match(lines[j][0]) and len(lines[j][0].split()) <= 6:
                block.append((j, None))
            elif _HEADING.match(lines[j][0]) and len(lines[j][0].split()) <= 8:
                headings.append(j)
            else:
                break
            last = lines[j][1]
            j += 1
        numbers = [n for _, n in block]
        restarts = sum(1 for a, b in zip(numbers, numbers[1:], strict=False)
                       if a is not None and b == 1)
        ranked = restarts > 0 or speaks_of_ranks(text) or any(
            speaks_of_ranks(lines[h][0]) for h in headings)
        for index, number in block:
            found[index] = ListLine(True, number if ranked else None)
        for index in headings if block else []:
            found[index] = ListLine(False)
        i = j if block else i + 1
    return found
