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
from functools import lru_cache

from extractors.lexicon import data_json

# a list bullet: "- Kota Kendari", "-PT Badak NGL", "— Kota Bandung", "» Desa X"
_BULLET = r"[-•*–—»▪►●◦](?:\s+|(?=[A-Za-z]))"
# a letter in brackets numbering an item: "(a) Kategori Kota Sedang: ..."
_LETTERED = r"\([a-hA-H]\)\s+"
# a Roman numeral numbering an item: "I. Provinsi Jawa Timur", "ii. Provinsi Banten"
# the Roman numbers of list items, one to ten (upper case; read in any case here)
ROMAN_NUMBERS = r"I{1,3}|IV|VI{0,3}|IX|X"
# the dashes that set off a dateline, an item's rank or an empty slot
DASHES = frozenset({"-", "–", "—"})
# the kinds a number counts ("dua daerah lain", "tiga kabupaten")
COUNTED_KINDS = frozenset({"kabupaten", "kab", "kota", "desa", "kelurahan", "daerah"})
_ROMAN = rf"(?i:(?P<roman>{ROMAN_NUMBERS})[.)]\s+(?=[A-Za-z]))"
# "1. Kota Kendari", a bullet, "(a) Kategori ...", "Terbaik II – Solok Selatan"
_ITEM = re.compile(rf"^\s*(?:(\d{{1,2}})[.)]\s*(?=[A-Za-z])|{_ROMAN}|{_BULLET}|{_LETTERED}"
                   r"|(?:juara|terbaik|peringkat|harapan|ranking)\b[^–—:-]{0,12}[–—:-]\s*)\S")
# a bullet or a number opening a line, in any case: "1. Kota Kendari", "- Gubernur ..."
_NUMBERED_OR_BULLETED = re.compile(rf"^\s*(?:{_BULLET}|\d{{1,2}}[.)]\s*|{_ROMAN}|{_LETTERED})\S")
# "Kota Surabaya" alone on its line: a winner's name with its kind, no bullet
_BARE_ITEM = re.compile(r"^\s*(?:kabupaten|kota|provinsi|desa|kelurahan|nagari|gampong|pemkab|"
                        r"pemkot|pemprov|pt|cv)\s+[^,;:!?()]{2,60}?\.?\s*$")
_INTRO_WORDS = ("berikut", "daftar", "antara lain", "yakni", "yaitu", "adalah", "ialah")
_INTRO = re.compile(rf"\b(?:{'|'.join(_INTRO_WORDS)})\b[^.]*[:.]?\s*$|:\s*$")
# "1. Sektor keuangan dimenangkan oleh ...": an item numbered by its category,
# the number no rank
_CATEGORY_ITEM = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s*|{_LETTERED})"
                            r"(?:sektor|kategori|bidang|kelompok|klaster|lomba)\b"
                            # "1. Organisasi Kecil Jasa : SMK Negeri 2 Malang;", "1. Tata
                            # kelola arsip terbaik tingkat Provinsi: Sumatera Barat": a
                            # category's label before its winner
                            r"|^\s*\d{1,2}[.)]\s*(?!(?:provinsi|kabupaten|kab|kota|desa|juara|"
                            r"peringkat|terbaik)\b)[a-z][^:\d]{2,50}(?:\s:\s*\w|:\s*[a-z])")
_RANK_WORDS = re.compile(r"\b(?:juara|peringkat|terbaik|pemenang|ranking)(?:nya)?\b")
_PODIUM = 3
_UNRANKED = re.compile(r"\b(?:tanpa|tidak diberi|tidak ada|bukan)\s+(?:peringkat|urutan|ranking)\b"
                       # "Berikut daftar para Juara Green Leadership Utama:": a tier's winners
                       r"|\bjuara\s+(?:[a-z]+\s+){0,3}(?:utama|madya|pratama|nindya|emas|perak|"
                       r"perunggu|platinum|gold|silver|bronze)\b"
                       r"|\b(?:urut|urutan)\s+abjad\b"
                       # "Adapun 6 desa wisata terbaik ... yaitu:", "3 kab/kota terbaik
                       # yakni :": the best, counted, none by its order
                       r"|\b(?:[2-9]|\d\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s+"
                       r"(?:[a-z/]+\s+){1,3}?terbaik\b(?!.*\b(?:juara|peringkat|urutan|ranking)\b)")
# "Kategori Desa", "Juara Lomba Posyandu", "A. Provinsi:"
_HEADING = re.compile(r"^\s*(?:kategori|kelompok|klaster|bidang)\b"
                      r"|^\s*(?:juara|pemenang)\s+(?=lomba|kategori|penghargaan)"
                      r"|^\s*[a-h][.)]\s+\w"  # lettered: "A. Provinsi:", "B. Kota"
                      # counted: "6 Pemerintah Kabupaten", "2 Provinsi:"; or a kind
                      # alone, or its round: "Provinsi", "Tingkat Kabupaten:"
                      r"|^\s*(?:\d{1,3}\s+|tingkat\s+)?(?:pemerintah\s+)?(?:provinsi|kabupaten|"
                      r"kota|kabupaten/kota|pemprov|pemkab|pemkot)\s*:?\s*$")
# a heading and, after its colon, the names it heads: "Kategori Kota Besar:
# Kota Balikpapan, Kota Padang.", "Kabupaten: Wakatobi"
_HEADED_ITEM = re.compile(r"^\s*(?:kategori|kelompok|klaster|tingkat|(?:pemerintah\s+)?"
                          r"(?:provinsi|kabupaten|kota|kabupaten/kota|desa|kelurahan))\b"
                          r"[^:]{0,50}:\s*\w"
                          # "Puskesmas dengan Layanan Ramah Lansia Terbaik: A, B, dan C"
                          r"|^[^:]{3,60}\bterbaik(?:\s+[^:\s]+)?:\s*\w"
                          # "Kategori Perbup Terbanyak (Provinsi Jawa Tengah, Sulawesi
                          # Selatan)": the names in brackets after the heading
                          r"|^\s*(?:kategori|kelompok|klaster)\b[^:()]{0,60}\([^()]+\)\s*\.?\s*$")
_KINDS = re.compile(r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)"
                    r"\s+(?:kategori|segmen|klaster|bidang|jenis|aspek|indikator|kriteria)\b")
_WINNERS_WORDS = re.compile(r"\b(?:pemenang|peraih|penerima|juara|jawara|terbaik)")
# the kind of region a heading gives its items ("– Tingkat Provinsi:")
_HEADING_KINDS = (("provinsi", re.compile(r"\b(?:provinsi|pemprov|gubernur)\b")),
                  ("kabupaten", re.compile(r"\b(?:kabupaten|pemkab|bupati)\b")),
                  ("kota", re.compile(r"\b(?:kota|pemkot|wali\s?kota)\b")))


@lru_cache(maxsize=1)
def _roman_values() -> dict[str, int]:
    """Roman numerals and the numbers they stand for (ranks.json ordinals)."""
    return {form: n for form, n in _ordinal_values().items() if re.fullmatch(r"[ivx]+", form)}


def is_list_item(text: str) -> bool:
    """The line opens with a bullet or an item's number ("1. Kota Kendari",
    "-PT Badak NGL")."""
    return _NUMBERED_OR_BULLETED.match(text) is not None


_BARE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[.,;]?")


def is_bare_name(text: str) -> bool:
    """A line that is a capitalised name and nothing else ("Kediri",
    "Tanjung Pinang"): an item when it stands under a list's opener."""
    return _BARE_NAME.fullmatch(text.strip()) is not None


def is_heading(text: str) -> bool:
    """The (lower-case) line heads a part of a list: "Kategori Desa", "A.
    Provinsi:", "B. Kota"."""
    return _HEADING.match(text) is not None and len(text.split()) <= 8


def opens_list(text: str) -> bool:
    """The (lower-case) text announces a list below it: "... yakni",
    "Berikut daftar peraih ...:"."""
    # (the pattern needs one of its words or a colon: most texts have none)
    return (":" in text or any(w in text for w in _INTRO_WORDS)) and bool(
        _INTRO.search(text)) and not _ITEM.match(text)


def names_kinds(text: str) -> bool:
    """The (lower-case) text announces kinds it counts, not winners:
    "Koperasi Berprestasi ini meliputi empat segmen, yaitu:" (categories,
    criteria)."""
    return bool(_KINDS.search(text)) and not _WINNERS_WORDS.search(text)


def speaks_of_winners(text: str) -> bool:
    """The (lower-case) text speaks of winners or their ranks: "pemenang",
    "peraihnya", "juara", "peringkat" ..."""
    return bool(_WINNERS_WORDS.search(text) or _RANK_WORDS.search(text))


def speaks_of_ranks(text: str) -> bool:
    """The (lower-case) text speaks of winners' ranks: "juara", "peringkat",
    "terbaik" ..."""
    return bool(_RANK_WORDS.search(text))


@dataclass(frozen=True)
class ListLine:
    """What a sentence is in a winners list."""

    item: bool  # names a winner (else: a category heading)
    rank: int | None = None  # the item's rank when the list ranks
    kind: str | None = None  # the one kind of region its heading names
    opener: int | None = None  # the index of the line that announces the list


def _heading_kind(text: str) -> str | None:
    """The one kind of region a heading names: "tingkat provinsi" gives
    provinsi, "kategori bupati/wali kota" none."""
    kinds = [kind for kind, words in _HEADING_KINDS if words.search(text)]
    return kinds[0] if len(kinds) == 1 else None


@dataclass(frozen=True)
class Line:
    """What ``find_lists`` needs to know of a candidate sentence."""

    text: str  # in lower case
    paragraph: int
    intro_ok: bool  # about the award (not a nomination or a plan): may announce a list
    win: bool  # reports a win or a handover
    alone: bool  # a name and where it is, nothing else ("Kota Balikpapan (Kalimantan Timur)")
    heading: bool = False  # an award's name alone ("Swasti Saba Wistara"): heads a part


def _heads_list_below(lines: list[Line], i: int) -> bool:
    """Line ``i`` announces the list under it without a word that says so:
    a win, a handover or a line speaking of winners, and under it a category
    heading or an award's tier; a line speaking of winners, and under it the
    first of them alone on its line ("Pemenang Paritrana Award Jatim 2024 /
    Kabupaten Tuban"); a win or handover, and under it two names alone on
    their lines ("... menyerahkan Adipura ... . / Kota Surabaya (Jawa Timur)
    / Kota Balikpapan (Kalimantan Timur)")."""
    if i + 1 >= len(lines):
        return False
    line, after = lines[i], lines[i + 1]
    winners = _WINNERS_WORDS.search(line.text) is not None
    below = after.paragraph > line.paragraph
    heading = is_heading(after.text) or after.heading or bool(_HEADED_ITEM.match(after.text))
    return ((line.win or winners) and heading) or (
        winners and below and _BARE_ITEM.match(after.text) is not None) or (
        line.win and below and [n.alone for n in lines[i + 1:i + 3]] == [True, True])


# (not the first of several: "juara 1, 2 dan 3", "peringkat 1 sampai 3")
@lru_cache(maxsize=1)
def _ordinal_values() -> dict[str, int]:
    """Ordinals in any form and the numbers they stand for (ranks.json)."""
    return {form: int(n) for n, forms in data_json("ranks.json")["ordinals"].items()
            for form in forms}


_OPENER_RANK = re.compile(r"\b(?:juara|peringkat|terbaik|ranking)\s+((?:ke-?\s*)?[a-z0-9]+)\b"
                          r"(?!\s*(?:,|dan|sampai|hingga|s\.?d\.?|-|–)\s*(?:ke-?\s*)?"
                          r"(?:\d|i{1,3}\b|iv\b|v\b|dua|tiga|empat|lima|kedua|ketiga))")


def _opener_rank(text: str) -> int | None:
    """The one rank a (lower-case) list opener names ("penerima Juara 1
    Paritrana Award 2024 meliputi:"), None when it names none or several."""
    ordinals = _ordinal_values()
    found = {ordinals[m.group(1)] for m in _OPENER_RANK.finditer(text) if m.group(1) in ordinals}
    return found.pop() if len(found) == 1 and len(_OPENER_RANK.findall(text)) == 1 else None


def find_lists(lines: list[Line]) -> dict[int, ListLine]:
    """List lines among ``lines`` (the candidate sentences in order), keyed
    by index. A list starts after a sentence that announces it ("... yakni",
    "Berikut daftar ...:", or as ``_heads_list_below`` says) and may announce
    it, and runs over consecutive paragraphs of items and category
    headings."""
    found: dict[int, ListLine] = {}
    i = 0
    while i < len(lines):
        text, paragraph = lines[i].text, lines[i].paragraph
        if not (lines[i].intro_ok and (opens_list(text) or _heads_list_below(lines, i))):
            i += 1
            continue
        # (index, number, the kind its heading names) of items
        block: list[tuple[int, int | None, str | None]] = []
        headings: list[int] = []
        # (the one kind of region the opener names: "Adapun Pemerintah Kota yang
        # menerima penghargaan ...: / Kediri / Salatiga")
        j, last, kind = i + 1, paragraph, _heading_kind(text) if opens_list(text) else None
        while j < len(lines) and lines[j].paragraph - last <= 1:
            line = lines[j].text
            item = _ITEM.match(line)
            short = len(line.split()) <= 8
            if _HEADED_ITEM.match(line):
                # "Kategori Kota Besar: Kota Balikpapan, Kota Padang."
                block.append((j, None, _heading_kind(line.split(":")[0])))
            elif is_heading(line) or lines[j].heading or (
                    item and line.rstrip().endswith(":") and short):
                # "Kategori Desa", "– Tingkat Provinsi:"
                headings.append(j)
                kind = _heading_kind(line)
            elif short and not lines[j].win and ((block and (
                    line.rstrip().endswith(":") or opens_list(line))) or (
                    not item and not line.rstrip().endswith(".") and not opens_list(line)
                    and j + 1 < len(lines) and _ITEM.match(lines[j + 1].text))):
                # a part of the list under its own label, items of the same kind
                # ("Realisasi Belanja Daerah Tertinggi:" after "... Pemkot ...: /
                # Kediri / Salatiga"; "Untuk kategori sedang ialah / I. ...";
                # a short line over numbered items: "BPBD wilayah 1 tingkat
                # provinsi / 1. Sulawesi Utara")
                headings.append(j)
                kind = _heading_kind(line) or kind
            elif item:
                number = int(item.group(1)) if item.group(1) else _roman_values().get(
                    (item.group("roman") or "").lower())
                block.append((j, number if not _CATEGORY_ITEM.match(line) else None, kind))
            elif (_BARE_ITEM.match(line) and len(line.split()) <= 6) or lines[j].alone:
                block.append((j, None, kind))
            else:
                break
            last = lines[j].paragraph
            j += 1
        numbers = [n for _, n, _ in block]
        # numbering that starts again under each heading ranks when each
        # run is a podium (1 to 3); longer runs count recipients
        restarts = sum(1 for a, b in zip(numbers, numbers[1:], strict=False)
                       if a is not None and b == 1)
        # (but not under tiers: "Swasti Saba Wistara / 1. Kota Surabaya / 2. ...")
        tiers = bool(headings) and all(lines[h].heading for h in headings)
        # (not numbering that runs on under the next heading, "Kategori B /
        # 4. ...", nor one the opener says is no order: "tanpa peringkat")
        runs_on = any(next((n for k, n, _ in block if k > h), 1) not in {None, 1}
                      for h in headings)
        # (nor every item numbered 1, a list a page rendered badly)
        all_first = len(numbers) > 1 and not headings and set(numbers) == {1}
        ranked = ((restarts > 0 and max(n or 0 for n in numbers) <= _PODIUM and not tiers) or (
            speaks_of_ranks(text) or any(speaks_of_ranks(lines[h].text) for h in headings))
        ) and not runs_on and not _UNRANKED.search(text) and not all_first
        # (a rank the opener gives every item: "Penerima penghargaan Juara 1
        # ... meliputi: / – Pemda Kabupaten Kendal / – Bank Jateng")
        shared = _opener_rank(text) if all(n is None for n in numbers) else None
        for index, number, kind in block:
            found[index] = ListLine(True, number if ranked and number else shared, kind, i)
        for index in headings if block else []:
            found[index] = ListLine(False)
        i = j if block else i + 1
    return found
