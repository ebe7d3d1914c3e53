"""Split an article's text into sentences with character offsets.

Press-release text as a text extractor leaves it holds lines that are not
sentences: share widgets, "Baca Juga" boxes, other stories' headlines set
in the body as links, credits, captions, image hashes, correction notes, a
category word glued to the last line. Those lines are marked as noise
(patterns in ``data/noise_lines.txt``) so no field is ever
read from them, while every kept sentence keeps its offsets into the
original text for the evidence a journalist checks. (And the initials a
short form in brackets spells: ``initials``.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from extractors.lexicon import data_json, data_lines, plain, plain_words
from extractors.lists import ROMAN_NUMBERS, is_list_item

# Words after which a full stop does not end a sentence: honorifics, ranks,
# acting-office prefixes, academic degrees and the like ("H.", "HA.", "Dr.",
# "Plt.", "Komjen Pol.", "AKBP.", "S.H.", "M.Si.", "Dip.", an engineer's "ASEAN Eng." and
# "IPU.", "PT.", a business's form: "RM.",
# "KSP.", a hospital's: "RS.").
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|H[A-Z]|H|MH|TB|Hj|TGH|TGKH|TG|HJ|Dr|DR|Drs|DRS|Dra|Ir|IR|Prof|PROF|KH|K\.H|St|Tbk|PT|Kab|Kec|Kel|Kep|Prov|Pemprov|Ditjen|Dirjen|Jl|Jln|Gd|Lt|Komp|Jend|No|Kav|Tgk|dr|drg|drh|"
    r"Ch|Th|Muh|Moh|Moch|Mohd|Much|Mhd|Md|Abd|Sy|Plt|Plh|Pj|PJ|Pjs|PJS|PLT|PLH|Pol|Purn|Komjen|Irjen|Brigjen|Kol|Letkol|Kompol|"
    r"AKBP|AKP|Kombes|Iptu|Ipda|Aiptu|Aipda|Bripka|Briptu|Bripda|Brigpol|Mayjen|Letjen|Kapt|"
    r"S(?:\.[A-Za-z]{1,4}){1,2}|M(?:\.[A-Za-z]{1,4}){1,2}|Sp|Ak|Dip|Eng|IPU|IPM|IPP|CV|UD|RM|RS|RSU|RSUD|RSUP|RSIA|PD|PO|KSP|KUD|Kop|Fa|Bpk|Ibu|Ny|Nn|Sdr|dll|dsb|dkk|a\.n|u\.p|s\.d)\."
    # an honorary doctorate's mark: "Dr. (HC). Drs. H. Ridwan Hakim"
    r"|\((?:HC|H\.C|hc|Hc)\)\.)$"
)
# A degree or "Tbk." after a name ends a sentence when a capitalised word
# that is not one more degree follows: "... Wakil Bupati H. Riduwan, S.Sos.
# Pada kategori yang sama ..." (of one part or two: "M.Si.", "M.Ec.Dev.").
_POSTNOMINAL = re.compile(r"(?:\b[SM](?:\.[A-Za-z]{1,4}){1,2}|\bTbk)\.$")
_NEXT_WORD = re.compile(r"\s*[A-Z][a-z]+\b(?!\.)")
# "keluar sebagai Juara I." ends a sentence although "I." looks like an initial.
_RANK_NUMERAL = re.compile(r"\b(?:juara|harapan|terbaik|peringkat|posisi|ke)\s+[IVX]+\.$", re.I)
# "1. Kota Kendari", "1). Pemprov Kaltara", "II. Provinsi Banten": the number
# of a list item is not a sentence.
_LIST_NUMBER = re.compile(rf"\s*(?:\d{{1,2}}|{ROMAN_NUMBERS})\)?\.")
# A sentence ends at . ! ? (optionally followed by a closing quote or
# bracket) before white space, or at a line break.
# (or glued to the next sentence, which may open with a quote: "...,”
# ungkapnya.Hingga kini ...", "... dan Rembang.”Koperasi terbukti ...", or
# after a bracket: "(16/10).Pjs Gubernur ..."; not an outlet's address:
# "SultraKini.Com")
_END = re.compile(r"\n|[.!?](?:[.!?]*[\"”’)]*(?=\s)"
                  r"|(?<=[a-z)][.!?])(?=[\"”]?[A-Z][a-z])(?!(?:Com|Co|Id|Net|Org)\b))")
# "...pukul 21.37 Wita.Pemerintahan": a category word glued after the last
# full stop or closing bracket of a page.
_GLUED_TAIL = re.compile(r"(?=[A-Z][a-z]+\s*$)")  # right after the line's last stop or bracket
# "Baca Juga:" opening a related link at a line's start or run on after a
# sentence ("... di tahun ini.**Baca Juga: Prabowo Kunjungi ...")
_RELATED_MARK = re.compile(r"(?:^|(?<=[.!?\"”*]))\s*\**\s*(?:baca|dibaca|lihat|simak) juga\s*:",
                           re.I)
# the stop ending a related link's headline before the story goes on in its
# line ("BACA JUGA:6 Merek TV ..., Apa Saja? Simak! Menurut Tri, ...")
_RELATED_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])")
_STORY_AFTER_LINK = 8  # the fewest words of story the line goes on with after a link


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: its text and where it sits in the article."""

    text: str
    start: int
    end: int
    # the count of fact-bearing lines before it: blank lines and noise lines
    # do not count, so a page's layout does not move its paragraphs apart
    paragraph: int
    noise: bool


@lru_cache(maxsize=1)
def _noise_patterns() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in data_lines("noise_lines.txt")), re.I)


_BULLET = re.compile(r"[•·▪►*-]\s*")
@lru_cache(maxsize=1)
def _related_heading() -> re.Pattern[str]:
    """A related-links box's heading alone on its line: "Baca juga:",
    "Artikel Terkait" (related_headings.txt)."""
    headings = sorted(data_lines("related_headings.txt"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, headings))})\s*:?$", re.I)


# a line that ends as a sentence or a clause does, or as a quote
_ENDS_WRITTEN = re.compile(r"[.!?:;,\"”’)]$")
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _headline_shaped(line: str) -> bool:
    """A line written as a headline: four to twenty words, most of them
    capitalised, no stop at its end ("Kota Pekalongan Sabet Penghargaan Kota
    Peduli HAM di Hotel Sultan")."""
    if _ENDS_WRITTEN.search(line):
        return False  # (most lines: checked before the words are read)
    words = _WORD.findall(line)
    return 4 <= len(words) <= 20 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    return frozenset(w.capitalize() for w in data_json("cues.json")["headline_wins"])


def links_a_story(line: str) -> bool:
    """A headline of another story standing in the body as a link, with no
    "Baca Juga" before it: headline-shaped, with a headline's win verb in
    title case ("..., Pemprov Gorontalo Raih Penghargaan Emas dari Wakil
    Presiden")."""
    line = line.strip()
    bullet = _BULLET.match(line)
    line = line[bullet.end():] if bullet else line
    return _headline_shaped(line) and not _headline_verbs().isdisjoint(_WORD.findall(line))


def is_noise(line: str) -> bool:
    """True for a line that carries no fact (widget, credit, caption, hash
    ...), with or without a bullet before it ("• Bagikan")."""
    line = line.strip()
    bullet = _BULLET.match(line)
    return bool(_noise_patterns().fullmatch(line[bullet.end():] if bullet else line))


def glued_tail(line: str) -> int | None:
    """Where a category word glued to the last line of a page starts
    ("... pukul 21.37 Wita.Pemerintahan"); None when none is."""
    stop = max(line.rfind("."), line.rfind(")"))
    return stop + 1 if stop >= 0 and _GLUED_TAIL.match(line, stop + 1) else None


def _related_links(line: str) -> list[tuple[int, int]]:
    """Where related links sit in a line: each from its "Baca Juga:" to the
    stop ending its headline where the story goes on after it in the same
    line ("... Terbaik. BACA JUGA:6 Merek TV Paling Laku, Apa Saja? Simak!
    Menurut Tri, ..."), else to the next link or the line's end ("... tahun
    ini.**Baca Juga: Prabowo Kunjungi ..."); none in most lines."""
    if "uga" not in line and "UGA" not in line:
        return []
    marks = list(_RELATED_MARK.finditer(line))
    links = []
    for k, mark in enumerate(marks):
        upto = marks[k + 1].start() if k + 1 < len(marks) else len(line)
        stop = _RELATED_END.search(line, mark.end(), upto)
        goes_on = stop is not None and len(line[stop.end():upto].split()) >= _STORY_AFTER_LINK
        links.append((mark.start(), stop.end() if goes_on else upto))
    return links


def story_pieces(line: str) -> list[tuple[int, int]]:
    """The spans of a line that carry the story, past its related links; the
    whole line when it has no story apart from them (a link, a box's
    heading: read as a line of noise)."""
    pieces, at = [], 0
    for start, end in _related_links(line):
        pieces.append((at, start))
        at = end
    pieces.append((at, len(line)))
    return [(a, b) for a, b in pieces if line[a:b].strip()] or [(0, len(line))]


# "... kabupaten/kota: 1. Kota Makassar; 2. Kabupaten Gowa": a list numbered
# inside its sentence (after a colon, a semicolon, a list's opener, or a comma
# and a space; not a decimal's comma: "nilai 96,03.")
_INLINE_NUMBER = re.compile(
    r"(?:[:;]\s*|,\s+|\b(?i:yakni|yaitu|adalah|meliputi|antara lain|di ?antaranya)\s+)"
    r"\d{1,2}\)?\.$")
# "Tiga di antaranya dari Sulawesi Barat. Yakni, Mamuju, Majene, dan ...": a
# list's opener after a stop goes on with the sentence before
_LIST_OPENER = re.compile(r"\s*(?:yakni|yaitu|antara lain|di ?antaranya)\b\s*[,:]?\s+\S", re.I)


def abbreviated(word: str) -> bool:
    """The word's full stop is an abbreviation's ("Mhd.", "Dr.", "Kab."),
    no sentence's."""
    return _ABBREV.search(word) is not None


def _continues(before: str, after: str) -> bool:
    """True when the full stop closing ``before`` does not end the sentence."""
    if _RANK_NUMERAL.search(before) or (_POSTNOMINAL.search(before)
                                        and _NEXT_WORD.match(after)):
        return False
    if _ABBREV.search(before) or _INLINE_NUMBER.search(before) or _LIST_OPENER.match(after):
        return True
    if _degree_goes_on(before, after):
        return True
    return bool(_DIGIT_STOP.search(before) and _DIGIT.match(after.lstrip()))


def _degree_goes_on(before: str, after: str) -> bool:
    """A degree written without its inner dots closes ``before`` ("..., SH.")
    and one more degree, a lower-case word or a bracket follows ("SH. MH.
    di Aula ...", "SE. (Kepala Dinas)"): the name's degrees go on."""
    words = before.split()
    if not words or plain(words[-1].lstrip(",")) not in plain_words("degrees.txt"):
        return False
    following = after.split(maxsplit=1)
    nxt = following[0] if following else ""
    return nxt[:1].islower() or nxt[:1] == "(" or plain(nxt.rstrip(",")) in plain_words(
        "degrees.txt")


_DIGIT_STOP = re.compile(r"\d\.$")
_DIGIT = re.compile(r"\d")


_ITEM_NUMBER = re.compile(r"\s(\d{1,2})\)?\.$")


def _next_item(before: str) -> bool:
    """The sentence so far (``before``) ends with the number of the next item
    of a list numbered inside it ("... 1. Kabupaten Poso (Padapa) 2." before "Kota
    Palu")."""
    found = _ITEM_NUMBER.search(before, max(0, len(before) - 6))
    if not found or found[1] == "1":
        return False
    return re.search(rf"(?:^|[\s:;,]){int(found[1]) - 1}\)?\.\s+[A-Z]", before) is not None


def _split_line(line: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside one line of text."""
    spans = []
    start = 0
    for m in _END.finditer(line + "\n"):
        end = m.end()
        if m.group() != "\n":
            # The last two words before the stop decide: "Juara I.", "S.H.".
            before = " ".join(line[max(0, m.start() - 40):m.start() + 1].split()[-2:])
            if _continues(before, line[end:]) or _LIST_NUMBER.fullmatch(line[start:end]) or (
                    _next_item(line[start:m.start() + 1])):
                continue
        piece = line[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            spans.append((offset + start + lead, offset + start + trail))
        start = end
    return spans


# (the break first, the character before it looked back at: a pattern that
# opens with a look-behind is tried at every character of the text)
_WRAPPED = re.compile(r"\n(?<![.!?:;\"”’)\]\s]\n)(?=[a-z])")
# a list cut after a comma and taken up again after blank lines ("..., Provinsi
# Jawa Tengah,\n\n    Provinsi Jawa Timur dan Provinsi Bangka Belitung.")
_CUT_AFTER_COMMA = re.compile(r",[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\S)")
# a rank alone on its line heads the winner on the next ("Juara I\nKelompok
# Tani Mina Sejahtera"): one line, the break read as a space
_RANK_ALONE = (r"[ \t]*(?:juara|peringkat|terbaik|ranking|harapan)(?:[ \t]+(?:harapan|ke-?))?"
               r"[ \t]*(?:[ivx]{1,4}|\d{1,2}|pertama|kedua|ketiga|satu|dua|tiga)[ \t]*:?[ \t]*")
_RANK_LINE = re.compile(_RANK_ALONE, re.I)
_RANK_HEADS_NEXT = re.compile(rf"(?im)^{_RANK_ALONE}\n(?=[ \t]*(?-i:[A-Z]))")


# A text wrapped at a fixed width ("... kepada Rumah Sakit Umum\nNahdlatul
# Ulama (RSNU) Tuban ..."): at least three long lines, and most of them,
# break with no stop.
_HARD_WRAP_WIDTH, _HARD_WRAP_LINES = 55, 3
_OPEN_END = re.compile(r"[^.!?:;\"”’)\]|\s]$")
# a line opening with a short label and its colon is a list's line ("Juara 2:
# Desa Wisata ...", "Harapan: ...", "Kategori Madya: ...")
_LABELLED = re.compile(r"[ \t]*[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3}[ \t]*:[ \t]")


_CAPITALISED = re.compile(r"[A-Z][a-z]+")


def _mend_broken_names(text: str) -> str:
    """``text`` with a break inside a region's name read as a space ("Bener
    Meriah"): up to three capitalised words before it and two after it hold a
    name the gazetteer knows."""
    # (a break between a word and a capitalised one: "... Bupati Bener\nMeriah")
    breaks, at = [], text.find("\n")
    while at >= 0:
        if 0 < at < len(text) - 2 and text[at - 1].islower() and text[at + 1].isupper() and (
                text[at + 2].islower()) and text[text.rfind(" ", 0, at) + 1].isupper():
            breaks.append(at)
        at = text.find("\n", at + 1)
    if not breaks:
        return text
    from extractors.gazetteer import gazetteer  # (only a text with such a break needs it)

    out = list(text)
    for at in breaks:
        before = text[max(0, at - 40):at].split(" ")[-3:]
        while before and not _CAPITALISED.fullmatch(before[0]):
            before = before[1:]
        after = []
        for word in text[at + 1:at + 40].split(" ")[:2]:
            if not _CAPITALISED.fullmatch(word.rstrip(",.;:")):
                break
            after.append(word.rstrip(",.;:"))
            if word != after[-1]:
                break  # (a name ends at a comma or a stop)
        forms = {" ".join(before[i:] + after[:j]) for i in range(len(before))
                 for j in range(1, len(after) + 1)}
        if before and after and all(_CAPITALISED.fullmatch(w) for w in before) and any(
                gazetteer().candidates(f) for f in forms):
            out[at] = " "
    return "".join(out)


def _unwrap(text: str) -> str:
    """A text wrapped at a fixed width with its long lines that no stop ends
    joined to the next line (the breaks read as spaces); any other text as
    it is. A line opening with a bullet, an item's number or a label and its
    colon starts afresh: a run of related headlines ("- Ribuan Warga Ikuti
    ...", or unbulleted, each line shaped as a headline) is no wrapped text,
    nor is a rank alone on its line ("Juara II") or a list's lines ("Juara 1:
    Desa Wisata X Kabupaten Y ...")."""
    lines = text.split("\n")
    breaks = [k for k, (line, nxt) in enumerate(pairwise(lines))
              if len(line) >= _HARD_WRAP_WIDTH and _OPEN_END.match(line, len(line) - 1)
              and nxt.strip() and not is_list_item(nxt) and not _RANK_LINE.fullmatch(nxt)
              and not _LABELLED.match(nxt) and not _headline_shaped(line)]
    long = sum(len(line) >= _HARD_WRAP_WIDTH for line in lines)
    if len(breaks) < _HARD_WRAP_LINES or 2 * len(breaks) < long:
        return text
    cut = set(breaks)
    return "".join(line + (" " if k in cut else "\n") for k, line in enumerate(lines))[:-1]


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's lines with their offsets; a line wrapped inside a sentence
    ("... berhasil meraih\npenghargaan ...": no stop before the break, a
    lower-case word after it; or a comma before the break; or a text wrapped
    at a fixed width) is one line with the break read as spaces."""
    def join(m: re.Match[str]) -> str:
        # (not into a credit or widget line: "...,\nPenulis: Rina")
        line = m.string[m.end():m.string.find("\n", m.end()) % (len(m.string) + 1)]
        return m.group() if is_noise(line) else "," + " " * (len(m.group()) - 1)

    joined = _CUT_AFTER_COMMA.sub(join, _WRAPPED.sub(" ", _mend_broken_names(_unwrap(text))))
    joined = _RANK_HEADS_NEXT.sub(lambda m: m.group()[:-1] + " ", joined)
    out, pos = [], 0
    for line in joined.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order, noise lines flagged, offsets exact."""
    sentences: list[Sentence] = []
    paragraph = 0
    # under a related-links heading ("Baca juga:"), its links: bulleted, or
    # shaped as headlines
    related = False
    headline = True  # the first line that carries a fact may be the page's headline
    for line_start, whole in _lines(text):
        if not whole.strip():
            continue
        # (a line the story goes on in after a related link is read without it)
        pieces = story_pieces(whole)
        for piece_start, piece_end in pieces:
            line = whole[piece_start:piece_end]
            glued = glued_tail(line)
            body = line[:glued] if glued is not None else line
            related = related and (bool(_BULLET.match(body.strip())) or _headline_shaped(
                body.strip()))
            heading = _related_heading().match(body.strip()) is not None
            noise_line = is_noise(body) or related or heading or (
                not headline and links_a_story(body))
            headline = headline and noise_line
            related = related or heading
            for start, end in _split_line(body, line_start + piece_start):
                sentences.append(Sentence(text[start:end], start, end, paragraph, noise_line))
            paragraph += not noise_line
    return sentences


# what ends a sentence and no headline, a desk's byline in brackets after it
# or not ("... Jakarta, Selasa (14/11/2017). (Rzk)")
_HEADLINE_END = re.compile(r"[.!?:;,](?:\s*[(\[][\w*/ .-]{1,15}[)\]])?$")


def opening_lines(text: str) -> tuple[str, str]:
    """The first line of a text that carries a fact (not a share widget or
    a credit: "Bagikan:", "Foto: Humas"), and the text after it."""
    rest = text
    while rest:
        first, _, rest = rest.strip().partition("\n")
        if not is_noise(first):
            return first.strip(), rest
    return "", ""


def leading_headline(text: str) -> str | None:
    """The headline a page's text opens with, for a page given without its
    title: a first line of at most 20 words that no stop ends, with more
    text after it ("Pemkot Cilegon Siap Ikuti Paritrana Award 2024\n...")."""
    first, rest = opening_lines(text)
    if not first or not rest.strip() or len(first.split()) > 20 or _HEADLINE_END.search(first):
        return None
    return first


def initials(words: list[str]) -> str:
    """The initials of a name's capitalised words, the short form it may be
    given in brackets: "Anugerah Pangripta Nasional" -> "APN"."""
    return "".join(w[0] for w in words if w[:1].isupper())
