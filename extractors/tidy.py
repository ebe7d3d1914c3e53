"""The text as the rules read it, and the way back to the text as written.

Pages differ in how they write the same thing: two spaces after a comma, a
no-break space, spaces before a line break, a zero-width space inside a
name; a headline in capitals; a region's head shortened ("Kab. Wonosobo");
a date joined by dashes ("Kamis (22-6-2023)") or with its year's slash lost
("Selasa (5/72022)"); a passive verb split ("di
raih"); an award's name misspelt; a dateline glued to the first word
("WONOSOBO-Perusahaan ...", read "WONOSOBO - Perusahaan ..."); a photo's
credit glued to its caption ("...-Foto : Dinas Kominfo-", read "... (Foto:
Dinas Kominfo)"), or after its full stop ("... (15/11). Foto: Humas", read
"... (15/11) (Foto: Humas)."), or in English at its line's end ("... di
Jakarta Photo: Humas", read "... di Jakarta (Photo: Humas)").
Rules should not see that difference ("Gedung Manggala Wanabakti, Jakarta" is
one venue however it is spaced), so bold markup ("**Kota Tegal**") goes, runs
of spaces become one space, spaces at the ends of lines go, a line in capitals
is read in title case (its acronyms kept), as is a title set in capitals as a
paragraph's drop cap ("BUPATI Tapanuli Utara ..."), short heads are written out
(``data/short_heads.tsv``), a region's short form in brackets inside its name
is dropped ("Ogan Komering Ulu (OKU) Selatan"), dates are slashed (a span's
garbled dash mended: "18 ? 19 Juli"), a passive verb written apart from its
"di-" is joined ("di raih oleh", ``data/split_passives.txt``), or after its
"d" ("d iterima"), a "di" glued to a place word set apart ("diruang Rapat"
read "di ruang Rapat"), a doubled word written with a spaced dash joined ("Alun –
alun" read "Alun-alun"), a region's kind written twice in a body's name read
once ("DPRD Kota Kota Bontang"), a list's number closed twice read once ("1).
Pemprov Sulut"), a line's rank numeral closed by a full stop read without it
("Juara I. Kecamatan Seririt"), a weekday and its date on two lines read on
one ("Kamis\n(20/10)"), a text whose lines break inside its sentences read
with each sentence on one line, a list's number alone on its line read on
its item's line, a sum's ",-" parted from the next word ("Rp 90
juta,-Juara III" read "Rp 90 juta,- Juara III"), a byline glued to the last
full stop set apart ("Kendal.(rin/mar)" read "Kendal. (rin/mar)"), a comma written against the
next word or apart from the one before read ", " ("Pendidikan,Kebudayaan
,Riset"), a stray comma after "di" dropped ("di, Ballroom Hotel ..."), a dash
before "RI" after an office's short form dropped ("(LHK) – RI"), a name's
last word in lower case before its acronym capitalised ("Perlindungan anak
(PPPA)"), a
preposition glued to the name after it set apart ("olehMenteri"), as is an
honorific's short form glued to a name ("H.Ahmad"), and misspelt
award names and region names mended (``spelling``). Each may change the text's length:
``Tidied`` maps offsets back, so evidence quotes the page as written.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from extractors.lexicon import (
    body_heads,
    data_json,
    data_jsonl,
    data_lines,
    data_table,
    title_openers,
)
from extractors.lists import is_list_item
from extractors.record import Evidence
from extractors.spelling import award_name_mends, region_name_mends
from extractors.text import initials

Edit = tuple[int, int, str]  # replace text[start:end] by the string
# (offset in the edited text where an edit ends, the shift from there on)
Shifts = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class _Mend:
    """An edit where a pattern matches: its ``group`` replaced by
    ``replacement`` (a string, or one made from the match). The pattern is
    tried only on a text holding one of ``probes``: most texts hold none."""

    probes: tuple[str, ...]
    pattern: re.Pattern[str]
    replacement: str | Callable[[re.Match[str]], str]
    group: int = 0

    def __call__(self, text: str) -> list[Edit]:
        if not any(probe in text for probe in self.probes):
            return []
        new = self.replacement
        return [(m.start(self.group), m.end(self.group), new if isinstance(new, str) else new(m))
                for m in self.pattern.finditer(text)]

# a run of spaces with an odd one in it (tab, no-break, thin), two or more
# plain spaces, spaces at the end or start of a line, a zero-width space
_ODD = "\t\xa0\u2009\u200a\u202f"
_SPACING = re.compile(rf"[ {_ODD}]*[{_ODD}][ {_ODD}]*|  +|[ \t]+(?=\n)|(?<=\n)[ \t]+|\u200b")


# what any edit of spacing needs in the text (checked first: most texts have none)
_SPACING_PROBES = ("  ", " \n", "\n ", *_ODD, "\u200b")


def _spacing_edits(text: str) -> list[Edit]:
    if not any(probe in text for probe in _SPACING_PROBES):
        return []
    return [(m.start(), m.end(), "" if m.group() == "\u200b" or (
        m.end() < len(text) and text[m.end()] == "\n") or (
        m.start() > 0 and text[m.start() - 1] == "\n") else " ")
        for m in _SPACING.finditer(text)]


# markup for bold text kept in a page's text ("– **Pemda Kabupaten Kendal**"),
# and single stars around a whole line ("*Kategori Reformasi Birokrasi*")
_EMPHASIS = re.compile(r"\*{2,3}")
_STARRED_LINE = re.compile(r"^[ \t]*(\*)[^*\s][^*\n]*(\*)[ \t]*$", re.M)


def _emphasis_edits(text: str) -> list[Edit]:
    if "*" not in text:
        return []
    edits = [(m.start(), m.end(), "") for m in _EMPHASIS.finditer(text)]
    edits += [(m.start(k), m.end(k), "") for m in _STARRED_LINE.finditer(text) for k in (1, 2)]
    return sorted(edits)


@lru_cache(maxsize=1)
def _short_heads() -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]:
    """The pattern of short heads, what each stands for, and the strings one
    of them needs in a text ("Kab.", "Kab ")."""
    full = {row["written"]: row["full"] for row in data_table("short_heads.tsv")}
    written = "|".join(re.escape(w) for w in sorted(full, key=len, reverse=True))
    probes = tuple(w if w.endswith(".") else f"{w} " for w in full)
    return re.compile(rf"\b(?:{written})(?:(?<=\.)|(?= ))\s*(?=[A-Z])"), full, probes


def _short_head_edits(text: str) -> list[Edit]:
    pattern, full, probes = _short_heads()
    if not any(probe in text for probe in probes):
        return []
    return [(m.start(), m.end(), full[m.group().rstrip()] + " ") for m in pattern.finditer(text)]


# "Kamis (22-6-2023)", "Senin, 13.12.2021": a day, month and year joined by
# dashes or dots, read as the slashed date it is
_JOINED_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([-.])(\d{1,2})\2((?:19|20)\d\d)(?![\d-]|\.\d)")
# "Selasa (15/8-2023)": a slash, then a dash before the year
_MIXED_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})-((?:19|20)\d\d)(?![\d-])")


_DATE_PROBES = ("-19", "-20", ".19", ".20")  # a joined date's year needs one


# "(7/9 ’18)": a day and month with the year's last two digits after an apostrophe
_APOSTROPHE_YEAR = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2})\s*[’'‘](\d\d)(?!\d)")


# "18 ? 19 Juli 2019": a span of days whose dash a page garbled
_GARBLED_SPAN = re.compile(r"(?<=\d )\?(?= \d{1,2} [A-Za-z])")


# a date in brackets whose year lost its slash ("Selasa (5/72022)") or has a
# space for it ("Jumat (5/7 2024)"): read "5/7/2022"
_UNSLASHED_YEAR = re.compile(r"(?<=\()(\d{1,2})/(\d{1,2}?) ?((?:19|20)\d\d)(?=\))")


def _date_edits(text: str) -> list[Edit]:
    edits = [(m.start(), m.end(), f"{m[1]}/{m[2]}") for m in _APOSTROPHE_YEAR.finditer(text)
             ] if "’" in text or "'" in text else []
    if "/" in text:
        edits += [(m.start(), m.end(), f"{m[1]}/{m[2]}/{m[3]}")
                  for m in _UNSLASHED_YEAR.finditer(text) if 1 <= int(m[2]) <= 12]
    if "?" in text:
        edits += [(m.start(), m.end(), "-") for m in _GARBLED_SPAN.finditer(text)]
    if not any(probe in text for probe in _DATE_PROBES):
        return sorted(edits)
    return sorted(edits + [(m.start(), m.end(), f"{m[1]}/{m[3]}/{m[4]}")
                           for m in _JOINED_DATE.finditer(text)
                           if 1 <= int(m[1]) <= 31 and 1 <= int(m[3]) <= 12] + [
        (m.start(), m.end(), f"{m[1]}/{m[2]}/{m[3]}") for m in _MIXED_DATE.finditer(text)])


# "Ogan Komering Ulu (OKU) Selatan": a region's short form in brackets inside
# its name, read as the name ("Ogan Komering Ulu Selatan")
_INNER_SHORT_FORM = re.compile(
    r"\b((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+) \(([A-Z]{2,6})\) ([A-Z][a-z]+)\b")


# "Sekolah Menengah Pertama Negeri (SMPN) 3 Larantuka": a numbered body's
# name spelt out before its short form, read as the short form ("SMPN 3")
_NUMBERED_SHORT_FORM = re.compile(
    r"\b((?:[A-Z][a-z]+ ){1,4}[A-Z][a-z]+) \(([A-Z]{2,6})\) (\d{1,3})\b")


# what both need: a short form in brackets before a word or a number
_SHORT_FORM_IN_BRACKETS = re.compile(r"\([A-Z]{2,6}\) [A-Z\d]")


def _inner_short_form_edits(text: str) -> list[Edit]:
    if ") " not in text or not _SHORT_FORM_IN_BRACKETS.search(text):
        return []
    from extractors.gazetteer import gazetteer

    def named(m: re.Match[str]) -> Edit | None:
        # the words the short form stands for close the run before it ("Pemprov
        # Daerah Istimewa (DI) Yogyakarta": "Daerah Istimewa")
        words = m[1].split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[-n:])
            if initials(words[-n:]) == m[2] and gazetteer().candidates(f"{name} {m[3]}"):
                return m.end(1) - len(name), m.end(), f"{name} {m[3]}"
        return None

    return sorted([edit for m in _INNER_SHORT_FORM.finditer(text) if (edit := named(m))] + [
        (m.start(), m.end(), f"{m[2]} {m[3]}") for m in _NUMBERED_SHORT_FORM.finditer(text)
        if initials(m[1].split()) == m[2]])


_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})
_CAPS_WORD = re.compile(r"[A-Z]+")
_OWN_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")  # a word in capitals in a line of mixed case


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """Words written in capitals wherever they stand: award acronyms
    ("KLA", "WTP"), region abbreviations ("NTB", "HSS"), heads of bodies
    ("PT", "RSUD"), Roman numerals, "RI"."""
    listed = [a for row in data_jsonl("awards.jsonl") for a in row["aliases"]]
    listed += [row["alias"] for row in data_table("region_aliases.tsv")]
    listed += [head for head, _ in body_heads()]
    return frozenset(w for w in listed if w.isupper() and " " not in w) | _ROMAN | {"RI"}


def _caps_edits(text: str) -> list[Edit]:
    """A line of three words or more in capitals ("PATI MENDAPAT PENGHARGAAN
    KOTA LAYAK ANAK") read in title case, its acronyms kept, the listed ones
    and those the text writes in capitals elsewhere ("KI Award", "OPD"): the
    rules know names as the press writes them."""
    edits, at = [], 0
    lines = text.split("\n")
    keep: frozenset[str] | None = None  # (read only for a text with such a line)

    def cased_word(m: re.Match[str]) -> str:
        return m[0] if m[0] in keep else m[0].capitalize()

    for line in lines:
        if line.isupper() and len(line.split()) >= 3:
            keep = keep or _acronyms() | {w for other in lines if not other.isupper()
                                          for w in _OWN_ACRONYM.findall(other)}
            cased = _CAPS_WORD.sub(cased_word, line)
            if cased != line:
                edits.append((at, at + len(line), cased))
        elif (drop := _DROP_CAP.match(line)) and drop[1] not in _acronyms() and (
                drop[1].lower() in title_openers()):
            # "BUPATI Tapanuli Utara ... meraih ...": a title set in capitals
            # as the paragraph's drop cap
            edits.append((at + drop.start(1), at + drop.end(1), drop[1].capitalize()))
        at += len(line) + 1
    return edits


_DROP_CAP = re.compile(r"[ \t]*([A-Z]{3,}) (?=[A-Z][a-z])")


# a dateline in capitals glued to the text's first word by a hyphen
# ("WONOSOBO-Perusahaan Daerah Air Minum ..."): read with spaces around it
# (or the outlet's name after a comma, the hyphen glued to it: "BANJARNEGARA,
# INFO- Kecamatan X ...")
# (or an outlet's address: "Jatim1.com- Lamongan berhasil ..."; or the
# outlet's code in brackets: "JAMBI(SR28)-Gubernur Jambi ..."; or a place in
# title case, a space after the hyphen: "Bojonegoro- Pada KI Awards ...")
_GLUED_DATELINE = re.compile(r"\s*(?:[A-Z]{3,}(?:[ .][A-Z]{2,})*(?:,\s*[A-Z]{2,})?"
                             r"(?:\s?\([A-Z][A-Z0-9]{1,7}\))?"
                             r"|[\w-]+(?:\.[a-z]{2,3})+"
                             r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?=- ))(-)( ?)(?=[A-Z][a-z])")


def _glued_dateline_edits(text: str) -> list[Edit]:
    """The dateline glued to the lede, on the text's first line or on one of
    the two after it (a headline, its date or a share button, then the
    lede; blank lines between are not counted)."""
    start, lines = 0, 0
    while lines < 3:
        m = _GLUED_DATELINE.match(text, start)
        if m:
            return [(m.start(1), m.end(2), " - ")]
        end = text.find("\n", start)
        if end < 0:
            break
        lines += bool(text[start:end].strip())
        start = end + 1
    return []


# a photo's credit closing its caption after a hyphen or a comma ("... dari
# Menkes Budi Gunadi Sadikin-Foto : Dinas Kominfo Kota Mojokerto-", "...
# kepada perwakilan perusahaan, foto : MC Kalteng"): read in brackets
_CREDIT_WORDS = ("Foto", "FOTO", "foto")
# (or wrapped in hyphens after the full stop, with no colon: "... dan
# Prabumulih.-foto ist-")
_GLUED_CREDIT = re.compile(
    rf"(?<=\w)(\.?)[-,][ \t]*((?:{'|'.join(_CREDIT_WORDS)})(?:[ \t]*:[ \t]*[^\n]*?"
    r"|[ \t]+[^\n:-]{1,30}?(?=-)))[ \t]*-?[ \t]*(?=\n|$)")


def _bracketed_credit(m: re.Match[str]) -> str:
    """The credit in brackets, the full stop after it."""
    return f" ({m[2]}){m[1]}"


_glued_credit_edits = _Mend(tuple(f"{mark}{word}" for mark in ("-", "- ", ", ")
                                  for word in _CREDIT_WORDS), _GLUED_CREDIT, _bracketed_credit)
# (or after the caption's full stop, with a colon: "... Rabu (15/11/2023). Foto:
# Humas Kab Kepsul"; or in English closing the caption's line with no stop
# before it: "... di Jakarta Photo: Humas Kukar/Rahman", no contest being
# called so)
_ENGLISH_CREDIT_WORDS = ("Photo", "PHOTO")
_CLOSING_CREDIT = re.compile(
    rf"(?<=[\w)])(\.|(?=[ \t]+(?:{'|'.join(_ENGLISH_CREDIT_WORDS)})\b))[ \t]+"
    rf"((?:{'|'.join(_CREDIT_WORDS + _ENGLISH_CREDIT_WORDS)})[ \t]*:[ \t]*[^\n]*?)[ \t]*(?=\n|$)")
_closing_credit_edits = _Mend(
    (*(f". {word}" for word in _CREDIT_WORDS), *(f" {word}" for word in _ENGLISH_CREDIT_WORDS)),
    _CLOSING_CREDIT, _bracketed_credit)


# a sum's ",-" glued to the next item ("Rp 90 juta,-Juara III Gampong ..."):
# read with a space after it
_GLUED_SUM = re.compile(r"(?<=[\w.]),-(?=[A-Z])")


_glued_sum_edits = _Mend((",-",), _GLUED_SUM, ",- ")


# a desk's byline glued to the last full stop ("... Kabupaten Kendal.(rin/mar)",
# "... Desa Pendahara.[apri]"): read set apart
_GLUED_BYLINE = re.compile(r"(?<=\w)\.(?=[(\[][a-z*][a-z/*]{0,11}[)\]])")


_glued_byline_edits = _Mend((".(", ".["), _GLUED_BYLINE, ". ")


# a comma written against the word after it, or apart from the word before
# it ("Menteri Pendidikan,Kebudayaan ,Riset dan Teknologi"): read ", "
_LOOSE_COMMA = re.compile(r"(?<=[A-Za-z])(?: ,(?=[A-Za-z])|,(?=[A-Z]))")
_loose_comma_edits = _Mend((",",), _LOOSE_COMMA, ", ")


# a stray comma after "di" before the place it names ("digelar di, Ballroom
# Hotel Lombok Raya"): read without it
_STRAY_COMMA_AT = re.compile(r"(?<![\w-])[Dd]i(,)(?= [A-Z])")
_stray_comma_at_edits = _Mend(("di, ",), _STRAY_COMMA_AT, "", group=1)


# a preposition glued to the name or title after it ("diberikan langsung
# olehMenteri PANRB", "kepadaBupati Sigi"): read set apart
_GLUED_PREPOSITION = re.compile(r"(?<![A-Za-z])(?:oleh|kepada|dari)(?=[A-Z][a-z])")


_GLUED_PROBE = re.compile(r"(?:oleh|kepada|dari)[A-Z]")  # found fast, most texts have none


@lru_cache(maxsize=1)
def _short_honorifics() -> frozenset[str]:
    """The short forms of honorifics, as written ("H", "Dr", "Hj")."""
    return frozenset(w for w in data_lines("honorifics.txt") if w.isalpha() and len(w) <= 5)


_DOT_BEFORE_NAME = re.compile(r"\.(?=[A-Z][a-z])")


def _glued_honorific_edits(text: str) -> list[Edit]:
    """An honorific's short form and its full stop glued to the name after
    it ("H.Ahmad Heryawan", "Dr.Sutoto"): its full stop, to be read ". "
    (found from the full stops before a capitalised word: a pattern opening
    with the honorifics would be tried at every character)."""
    edits = []
    for m in _DOT_BEFORE_NAME.finditer(text):
        start = k = m.start()
        while k and text[k - 1].isalpha():
            k -= 1
        if text[k:start] in _short_honorifics() and not (
                k and (text[k - 1].isalnum() or text[k - 1] in "._")):
            edits.append((start, start + 1, ". "))
    return edits


def _glued_preposition_edits(text: str) -> list[Edit]:
    if not _GLUED_PROBE.search(text):
        return []
    return [(m.end(), m.end(), " ") for m in _GLUED_PREPOSITION.finditer(text)]


# a doubled word written with a spaced dash ("Alun – alun Kabupaten Gresik",
# "masing - masing"): read joined by a hyphen (the dash is found first, then
# the words on its sides compared)
_DASH = re.compile(r"[-–—]")
_WORD_AFTER = re.compile(r"[A-Za-z]{2,}\b")


def _spaced_double_edits(text: str) -> list[Edit]:
    edits = []
    for m in _DASH.finditer(text):
        at, end = m.start(), m.end()
        spaced_before, spaced_after = text[at - 1:at] == " ", text[end:end + 1] == " "
        if not (spaced_before or spaced_after):
            continue  # "Alun-alun": joined already
        at -= spaced_before
        end += spaced_after
        after = _WORD_AFTER.match(text, end)
        if after is None:
            continue
        start = at - len(after[0])
        before = text[start:at] if start >= 0 else ""
        # (not a dateline in capitals before the same name: "BANTUL - Bantul raih ...")
        if before.lower() == after[0].lower() and not before.isupper() and not (
                start and text[start - 1].isalnum()):
            edits.append((at, end, "-"))
    return edits


# a line broken between a weekday and its date ("Kamis\n(20/10)"): one line
_wrapped_date_edits = _Mend(("\n(",), re.compile(
    r"(?i)\b(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)(\n)(?=\(\d)"), " ", 1)


# a text whose lines break inside sentences ("Penghargaan itu diserahkan oleh
# Menteri\nKesehatan Nila F Moeloek kepada ..."): read with each sentence on
# one line, a line no stop closes joined to the next (not to a list's item);
# a text is so written
# when nearly all its lines are short (a paragraph a line is longer) and most
# of its long lines end with no stop
_LINE_END = re.compile(r"[.!?:;\"”’)\]]$")
_WRAP_MIN_LINES, _WRAP_WIDTH, _WRAP_LONG, _WRAP_SHARE = 10, 100, 40, 0.5


# a list's number alone on its line, its item on the next ("1.\nKota
# Pangkajene (Kabupaten Pangkep), Sulawesi Selatan;"): one line
_number_alone_edits = _Mend(("\n",), re.compile(r"(?m)^[ \t]*\d{1,2}[.)][ \t]*(\n)(?=[ \t]*\S)"),
                            " ", 1)


def _wrapped_line_edits(text: str) -> list[Edit]:
    lines = text.split("\n")
    written = [line for line in lines if line]
    long = [line for line in written if len(line) >= _WRAP_LONG]
    open_ended = [line for line in long if not _LINE_END.search(line)]
    if len(written) < _WRAP_MIN_LINES or sum(len(line) > _WRAP_WIDTH for line in written) > (
            len(written) // 10) or len(open_ended) < _WRAP_SHARE * len(long):
        return []
    edits, at = [], 0
    for line, nxt in zip(lines, lines[1:], strict=False):
        at += len(line)
        if line and nxt and not _LINE_END.search(line) and not is_list_item(nxt):
            edits.append((at, at + 1, " "))  # (a list's item opens its own line)
        at += 1
    return edits


# a list glued to its opener and its items to each other, the page's breaks
# between them lost ("... yakni:SDN Sibela TimurSMPN 13 SurakartaAdapun
# Penghargaan ..."): each item read on a line of its own
_GLUED_OPENER = re.compile(r"(?<=[a-z]):(?=[A-Z])")
# (not after a lone lower-case letter: "eKTP")
_GLUED_ITEM = re.compile(r"(?<=[a-z0-9])(?<![^A-Za-z][a-z])(?=[A-Z][A-Za-z]+\b)")


def _glued_items_edits(text: str) -> list[Edit]:
    if ":" not in text:
        return []
    edits: list[Edit] = []
    openers = list(_GLUED_OPENER.finditer(text))
    if not openers:
        return []
    for opener, stop in zip(openers, [o.start() for o in openers[1:]] + [len(text)], strict=True):
        line_end = text.find("\n", opener.end())
        end = stop if line_end < 0 else min(line_end, stop)
        edits.append((opener.end(), opener.end(), "\n"))
        edits += [(m.start(), m.start(), "\n")
                  for m in _GLUED_ITEM.finditer(text, opener.end(), end)]
    return edits


# a dash between an office's short form and "RI" ("Menteri Lingkungan Hidup
# dan Kehutanan (LHK) – RI, Sitti Nurbaya"): read without it, "RI" closing
# the title
_dashed_country_edits = _Mend((") – RI", ") - RI", ") —RI", ") –RI", ") -RI"), re.compile(
    r"(?<=\))([ \t]*[-–—][ \t]*)(?=RI\b)"), " ", 1)


# a name's last word in lower case right before its acronym ("Menteri
# Pemberdayaan Perempuan dan Perlindungan anak (PPPA) Yohana Yambise"): read
# capitalised, the name whole
_lower_last_word_edits = _Mend((") ",), re.compile(
    r"\b[A-Z][a-z]+ ([a-z]+)(?= \([A-Z]{2,}\))"), lambda m: m[1].capitalize(), 1)


# a list's number closed twice: "1). Pemprov Sulut", read "1) Pemprov Sulut"
_double_closed_number_edits = _Mend((").",), re.compile(r"(?m)^[ \t]*\d{1,2}\)(\.)(?=[ \t])"),
                                   "", 1)


# a region's kind written twice inside a body's name ("DPRD Kota Kota Bontang"),
# read once (not a level before a winner: "Untuk Tingkat Kabupaten Kabupaten X")
_KINDS = ("Kota", "Kabupaten", "Provinsi", "Desa", "Kelurahan")
_doubled_kind_edits = _Mend(tuple(f"{kind} {kind} " for kind in _KINDS), re.compile(
    rf"\b(?!(?i:tingkat|untuk|se)\b)[A-Z][\w.)]* ((?:{'|'.join(_KINDS)}) )(?=\1[A-Z])"), "", 1)


@lru_cache(maxsize=1)
def _split_passive() -> re.Pattern[str]:
    verbs = "|".join(data_lines("split_passives.txt"))
    # (a verb in title case too: "Di Susul Kabupaten Paser")
    return re.compile(rf"([Dd]i) (?=(?i:{verbs})\b)")


# a line's rank numeral closed by a full stop before its winner ("Juara I.
# Kecamatan Busungbiu"): read without it, the line one item
_stopped_rank_edits = _Mend(("I. ", "V. ", "X. "), re.compile(
    r"(?im)^[ \t]*(?:juara|harapan|terbaik|peringkat)(?:[ \t]+harapan)?[ \t]+[IVX]+(\.)"
    r"(?=[ \t]+[A-Z])"), "", group=1)


# a passive verb split after its "d" by a page's copy ("Penghargaan ini d
# iterima Kepala Unit ..."): read joined
_split_d_edits = _Mend((" d i",), re.compile(r"(?<![\w.])d (?=i[a-z]{3,}\b)"), "d")


@lru_cache(maxsize=1)
def _glued_at() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"diruang Tanjung Pesona", "digedung ...": "di" glued to the place word
    after it (cues.json venue_heads); and a probe for the glued forms, a run
    of literal words the regular expression engine finds fast."""
    heads = "|".join(h for h in data_json("cues.json")["venue_heads"] if h.isalpha())
    return (re.compile(rf"(?<![\w])[Dd]i(?=(?:{heads})\b)"),
            re.compile(rf"[Dd]i(?:{heads})"))


def _glued_at_edits(text: str) -> list[Edit]:
    """"di" glued to a place word, read apart."""
    glued, probe = _glued_at()
    if not probe.search(text):
        return []
    return [(m.end(), m.end(), " ") for m in glued.finditer(text)]


def _split_passive_edits(text: str) -> list[Edit]:
    """"juara kedua di raih oleh X": a passive verb written apart from its
    "di-", read joined (a "di" opening a word: the pattern opens with the
    letter, which is found fast, and the word boundary before it is checked
    here)."""
    return [(m.start(), m.end(), m[1]) for m in _split_passive().finditer(text)
            if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"))]


def _apply(text: str, edits: list[Edit]) -> tuple[str, Shifts]:
    parts, shifts, last, shift = [], [], 0, 0
    for start, end, new in edits:
        parts += [text[last:start], new]
        shift += len(new) - (end - start)
        shifts.append((end + shift, shift))
        last = end
    parts.append(text[last:])
    return "".join(parts), tuple(shifts)


def _back(shifts: Shifts, offset: int) -> int:
    i = bisect_right(shifts, (offset, float("inf"))) - 1
    return offset - shifts[i][1] if i >= 0 else offset


@dataclass(frozen=True)
class Tidied:
    """A page's text as the rules read it, and how it was changed."""

    written: str
    text: str
    layers: tuple[Shifts, ...] = ()  # the shifts of each pass, first pass first

    def original(self, offset: int) -> int:
        """The offset in the text as written of an offset in the tidied text
        (outside an edited stretch)."""
        for shifts in reversed(self.layers):
            offset = _back(shifts, offset)
        return offset

    def as_written(self, evidence: Evidence) -> Evidence:
        """Evidence read from the tidied text, quoted from the text as written."""
        start, end = self.original(evidence.start), self.original(evidence.end)
        return Evidence(self.written[start:end], start, end)


def tidy(text: str) -> Tidied:
    """``text`` with the edits the module's docstring lists, made pass by
    pass: each pass reads the text the passes before it left."""
    layers, current = [], text
    for edits_of in (_emphasis_edits, _spacing_edits, _glued_dateline_edits, _glued_credit_edits,
                     _closing_credit_edits, _caps_edits, _short_head_edits,
                     _inner_short_form_edits, _date_edits,
                     _split_d_edits, _split_passive_edits, _glued_at_edits, _stopped_rank_edits,
                     _spaced_double_edits, _doubled_kind_edits, _double_closed_number_edits,
                     _wrapped_date_edits, _wrapped_line_edits, _number_alone_edits,
                     _glued_items_edits,
                     _glued_sum_edits, _glued_byline_edits, _loose_comma_edits,
                     _stray_comma_at_edits,
                     _glued_preposition_edits, _glued_honorific_edits, _dashed_country_edits,
                     _lower_last_word_edits,
                     award_name_mends, region_name_mends):
        edits = edits_of(current)
        if edits:
            current, shifts = _apply(current, edits)
            layers.append(shifts)
    return Tidied(text, current, tuple(layers))
