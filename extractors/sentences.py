"""Sentences as the extractors see them: the text split into sentences, the
candidate ones run through the spaCy pipeline, their matches sorted by label.

Only sentences that can carry a fact of a record (an award, a rank, a
handover, a venue or a date cue) are tokenized, and all of an article's go
through the pipeline as one doc: spaCy costs more per call than per token.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractors.award import may_name_unlisted_award, ranked_by_ordinal, tiers_of, unlisted_awards
from extractors.awardee import PREFIX_KIND
from extractors.cuewords import Words, every_ordinal, ordinal_words, record_cues
from extractors.gazetteer import gazetteer
from extractors.lexicon import body_heads, data_json, data_jsonl, data_table, region_heads
from extractors.lists import is_bare_name, is_heading, is_list_item, opens_list
from extractors.pipeline import SPANS_KEY, Match, nlp
from extractors.text import Sentence, split_sentences
from extractors.when_where import WEEKDAYS

_QUOTE_OPEN = "“\"‘"
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _candidate_words() -> frozenset[str]:
    """Words of which one makes a sentence worth tokenizing: cue words (the
    first word of a phrase; "penerima", "keduanya" ... of a list of winners
    that goes on from the sentence before), rank heads, region prefixes, awardee heads and
    the words of award names."""
    cues = data_json("cues.json")
    phrases = [*cues["win"], *cues["handover"], *cues["award_objects"], *cues["event"],
               *cues["list_subjects"], *cues["enumeration"]]
    words = {p.split()[0] for p in phrases}
    words |= set(data_json("ranks.json")["heads"]) | {"kategori", "tingkat", "predikat"}
    words |= set(PREFIX_KIND) | {head.lower() for head, _ in body_heads()}
    words |= {w.lower() for row in data_jsonl("awards.jsonl") for a in row["aliases"]
              for w in _WORD.findall(a)}
    return frozenset(words)


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """Heads of regions, who stand for them in lists: a sentence naming two
    is worth tokenizing ("Kedelapan gubernur itu adalah Gubernur Kalimantan
    Barat ..., Jawa Barat ...")."""
    return frozenset(title for title in region_heads() if " " not in title)


_WORD = re.compile(r"[\w'-]+")


@lru_cache(maxsize=1)
def _continuing_words() -> frozenset[str]:
    return frozenset(data_json("cues.json")["list_continues"])


def _continues(text: str) -> bool:
    """Whether a sentence opens with a word that goes on with a list, or is an
    item of a list naming a head of a region ("- Gubernur Jawa Timur Periode
    2019-2024 Khofifah Indar Parawansa")."""
    first = _WORD.match(text.lstrip())
    if bool(first) and first.group().lower() in _continuing_words():
        return True
    heads = _head_words()
    return is_list_item(text) and any(w in heads for w in _WORD.findall(text.lower()))


def is_candidate(text: str) -> bool:
    """Whether a sentence can carry a fact of a record: a cue word, two heads
    of regions, or a date standing alone after the handover ("Rabu
    (22/05/2024).")."""
    words, heads = _candidate_words(), _head_words()
    found = _WORD.findall(text.lower())
    return any(w in words for w in found) or (len(found) <= 8 and any(
        w in WEEKDAYS for w in found)) or sum(w in heads for w in found) >= 2 or bool(
        "harapan" in found and _podium_pattern().search(text))


@lru_cache(maxsize=1)
def _podium_pattern() -> re.Pattern[str]:
    """A place on the podium the contract gives no rank ("Harapan 2 – Pasaman
    Barat"), not a hope ("harapan masyarakat")."""
    ranks = data_json("ranks.json")
    heads = "|".join(re.escape(p) for forms in ranks["no_rank"].values() for p in forms)
    ordinals = "|".join(re.escape(o) for o in ranks["no_rank_ordinals"])
    return re.compile(rf"\b(?:{heads})\s+(?:{ordinals})\b", re.I)


_NAMED_IN_QUOTES = re.compile(r"\w\s+[“\"]([^“”\"]+)[”\"]\W*$")


def _is_quote(text: str) -> bool:
    """Someone's words: a sentence that opens with a quotation mark, or ends
    with one closing what was said ('..., katanya, "kami bangga."'), not a
    short name in quotation marks closing it ('kategori "Transformasi
    Anggaran Pendidikan"')."""
    if text[:1] in _QUOTE_OPEN:
        return True
    if not text.rstrip(".").endswith(("”", '"')):
        return False
    named = _NAMED_IN_QUOTES.search(text)
    if named is None:
        return True
    inside = named.group(1).rstrip()
    return len(inside.split()) > 6 or inside.endswith((".", ",", "!", "?"))


@dataclass
class Analysed:
    """A candidate sentence: its tokens (a span of the article's doc, indexed
    from 0 like a doc of its own) and its matches by label."""

    sentence: Sentence
    doc: Span
    headline: bool
    quoted: bool
    spans: dict[str, list[Match]] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # token texts
    words: list[str] = field(default_factory=list)  # token texts in lower case
    lower: str = ""  # the sentence text in lower case

    def label(self, name: str) -> list[Match]:
        """Matches of one label, the longest where they overlap, in text order."""
        return self.spans.get(name, [])


def _trim(text: str) -> str:
    return text.rstrip(" .!?")


def _add_lower_case_places(spans: dict[str, list[Match]], texts: list[str],
                           words: list[str]) -> None:
    """Regions written in lower case after their kind ("..., Kota Salatiga,
    kota surakarta, Kabupaten Tegal"): the span ruler matches names as
    written, and a bare lower-case word ("batu", "malang") is no place."""
    at = [i for i, word in enumerate(words[:-1]) if word in PREFIX_KIND
          and texts[i + 1][:1].islower()]
    if not at:
        return
    taken = {i for m in spans.get("PLACE", []) for i in range(m.start, m.end)}
    found = []
    for i in at:
        kind = PREFIX_KIND[words[i]]
        if i + 1 in taken:
            continue
        for n in (3, 2, 1):
            name = texts[i + 1:i + 1 + n]
            if len(name) < n or not all(w[:1].islower() for w in name):
                continue
            form = " ".join(w.capitalize() for w in name)
            if gazetteer().resolve(form, kind):
                found.append(Match("PLACE", form, i + 1, i + 1 + n, " ".join(name)))
                break
    if found:
        spans["PLACE"] = sorted(spans.get("PLACE", []) + found, key=lambda m: m.start)


@lru_cache(maxsize=1)
def _lower_case_heads() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    """Titles of heads of regions in lower case ("bupati", "wakil wali
    kota") -> the title as listed, and the words they open with."""
    heads = {tuple(row["title"].lower().split()): row["title"] for row in data_table("titles.tsv")
             if row["governs"] in {"provinsi", "kabupaten", "kota"} and "." not in row["title"]}
    return heads, frozenset(form[0] for form in heads)


def _add_lower_case_heads(spans: dict[str, list[Match]], texts: list[str]) -> None:
    """A head's title in lower case right before a region's name ("diterima
    bupati Lampung Selatan Nanang Ermanto"): the span ruler leaves "bupati"
    alone, a common noun ("para bupati")."""
    heads, first_words = _lower_case_heads()
    if first_words.isdisjoint(texts):
        return
    places = {m.start for m in spans.get("PLACE", [])}
    taken = {i for m in spans.get("TITLE", []) for i in range(m.start, m.end)}
    found = []
    at = [i for i, t in enumerate(texts) if t in first_words and i not in taken]
    for form, title in heads.items():
        n = len(form)
        found += [Match("TITLE", title, i, i + n, " ".join(texts[i:i + n]))
                  for i in at if i + n < len(texts) and i + n in places
                  and tuple(texts[i:i + n]) == form]
    if found:
        spans["TITLE"] = sorted(spans.get("TITLE", []) + found, key=lambda m: m.start)


def _add_ranks_going_on(spans: dict[str, list[Match]], texts: list[str],
                        words: list[str]) -> None:
    """An ordinal word alone going on with a ranking the sentence began
    ("posisi pertama ditempati Kabupaten Badung, kedua Gianyar, lalu ketiga
    Tabanan"): a rank, before the name it gives it to; or closing a name's
    item in a ranking ("Kabupaten Gresik kedua, Kota Madiun ketiga, dan Kota
    Blitar keempat"): a rank, after its name."""
    ranks = spans.get("RANK", [])
    ordinals = ordinal_words()
    taken = {i for label in spans.values() for m in label for i in range(m.start, m.end)}
    alone = [i for i, w in enumerate(words)
             if w.isalpha() and w in ordinals and i not in taken and i]
    before = [i for i in alone if ranks and i > ranks[0].start
              and (words[i - 1] == "," or words[i - 1] in record_cues()["going_on"])
              and i + 1 < len(texts) and texts[i + 1][:1].isupper()]
    after = [i for i in alone if texts[i - 1][:1].isupper() and words[i - 1] not in ordinals
             and (i + 1 == len(words) or words[i + 1] in _ITEM_ENDS)]
    if len(after) < 2 and not (after and ranks and ranks[0].start < after[0]):
        after = []  # (one name and an ordinal is no ranking: "Gresik kedua, ...")
    _add_ranks(spans, [Match("RANK", str(ordinals[words[i]]), i, i + 1, texts[i])
                       for i in sorted(set(before) | set(after))])


_ITEM_ENDS = frozenset({",", ";", ".", "dan", "serta"})


def _add_ranks(spans: dict[str, list[Match]], found: list[Match]) -> None:
    if found:
        spans["RANK"] = sorted(spans.get("RANK", []) + found, key=lambda m: m.start)


def _add_ranks_after_awards(spans: dict[str, list[Match]], words: list[str]) -> None:
    """An ordinal right after the name of an award ranked so ("Pakarti Utama
    II", "Pakarti Madya 1"): a rank."""
    ordinals = every_ordinal()
    _add_ranks(spans, [Match("RANK", str(ordinals[words[a.end]]), a.end, a.end + 1, words[a.end])
                       for a in spans.get("AWARD", []) if a.end < len(words)
                       and words[a.end] in ordinals and ranked_by_ordinal(a.id_)])


def _add_ranks_numbered_in_brackets(spans: dict[str, list[Match]], texts: list[str]) -> None:
    """Places in brackets after names, numbered from one ("Desa Jetis (1),
    Desa Purbayasa (2) dan Desa Karangaren (3)"): ranks; a number in brackets
    alone, or numbers out of that order, are counts or scores."""
    at = [i for i in range(1, len(texts) - 2)
          if texts[i] == "(" and texts[i + 1].isdigit() and texts[i + 2] == ")"
          and texts[i - 1][:1].isupper()]
    if len(at) < 2 or [int(texts[i + 1]) for i in at] != list(range(1, len(at) + 1)):
        return
    _add_ranks(spans, [Match("RANK", texts[i + 1], i, i + 3, "".join(texts[i:i + 3]))
                       for i in at])


def tells_a_standing(words: list[str]) -> bool:
    """A sentence (naming no award) places a body by a measure ("Cilacap
    menduduki peringkat ke-19 se Jawa Tengah untuk nilai UN", "dalam Indeks
    Perlindungan Anak ..., Kabupaten Jombang menduduki peringkat 5"): a
    standing, no rank won (cues.json standing_words)."""
    cues = record_cues()
    return not cues["standing_verbs"].isdisjoint(words) and cues["standing_measures"].found(
        Words.of(" ".join(words)))


def add_unlisted_awards(spans: dict[str, list[Match]], texts: list[str],
                        by_category: bool = False) -> bool:
    """Awards the award list lacks, among a sentence's AWARD matches (with
    ``by_category``, also those named by their category alone); whether it
    found one."""
    taken = {i for m in spans.get("AWARD", []) for i in range(m.start, m.end)}
    blocked = {m.start for label in ("PLACE", "TITLE") for m in spans.get(label, [])}
    found = unlisted_awards(texts, taken, blocked, by_category)
    if found:
        spans["AWARD"] = sorted(spans.get("AWARD", []) + found, key=lambda m: m.start)
    return bool(found)


# after a rank, no place won: "tiga besar", "kedua tertinggi"; the time won
# ("juara kedua kalinya", "juara pertama kali")
_NO_PLACE = {"besar", "tertinggi", "terendah", "kali", "kalinya"}


@lru_cache(maxsize=1)
def _common_noun_places() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words of the phrases of cues.json common_noun_places, by the
    place's name (lower case) they close with."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data_json("cues.json")["common_noun_places"]:
        words = tuple(phrase.split())
        for n in range(1, len(words)):
            out.setdefault(" ".join(words[n:]), []).append(words)
    return {tail: tuple(found) for tail, found in out.items()}


def _common_noun_at(doc: Doc, span: Span) -> bool:
    """The place's name closes a phrase that uses it as a common noun."""
    phrases = _common_noun_places().get(span.text.lower())
    return phrases is not None and any(span.end >= len(words) and tuple(
        t.lower_ for t in doc[span.end - len(words):span.end]) == words for words in phrases)


_TALLY = {"dengan", "terbanyak"}  # a few words after a rank: a place by the count of wins
# a few words after a rank: a place by a rate ("posisi ke-5 sebagai kabupaten
# dengan angka stunting terendah")
_RATE = ("dengan", "angka")
_RATE_ENDS = {"terendah", "tertinggi", "terkecil", "terbesar"}


def _rank_after_best(doc: Doc, span: Span) -> str | None:
    """The rank of an ordinal right after an award's name that ends in
    "terbaik" ("TPID terbaik ketiga"), else None."""
    if span.label_ != "AWARD" or len(span) < 2 or doc[span.end - 1].lower_ != "terbaik" or (
            span.end >= len(doc)):
        return None
    word = doc[span.end].lower_
    rank = ordinal_words().get(word) or (int(word) if word.isdigit() and len(word) <= 2 else None)
    return str(rank) if rank else None


def _by_a_rate(words: list[str]) -> bool:
    """The words after a rank place by a rate, highest or lowest ("sebagai
    kabupaten dengan angka stunting terendah")."""
    at = next((k for k in range(len(words) - 1) if tuple(words[k:k + 2]) == _RATE), None)
    return at is not None and not _RATE_ENDS.isdisjoint(words[at + 2:])


def _tier_restated(doc: Doc, award: Span | None) -> bool:
    """An award right after a rank names one of its tiers (in its name or
    right after it): the rank says which tier, and ranks no one."""
    tiers = tiers_of(award.id_) if award is not None else {}
    return bool(tiers) and any(doc[k].lower_ in tiers
                               for k in range(award.start, min(award.end + 2, len(doc))))


def _of_headline(sentence: str, start: int, text: str, title: str) -> bool:
    """The (lower-case) sentence is the headline, or a part of a headline of
    two sentences the text opens with ("12 Sekolah Raih Adiwiyata. Bupati :
    Rawat Taman dan Kebun Sekolah")."""
    if not title:
        return False
    return sentence == title or (start < len(title) and sentence in title and (
        text[:len(title)].lower() == title))


_PART_HEADING_WORDS = 8  # the longest heading of a list's part ("BPBD Wilayah 1 tingkat provinsi")


def analyse(text: str, title: str | None = None) -> list[Analysed]:
    """Candidate sentences of an article, tokenized and matched.

    The candidate sentences go through the pipeline as one doc, a line each
    (spaCy's cost per call is larger than its cost per token), and come back
    as one span each with the matches inside it."""
    picked: list[Sentence] = []
    # (the line before was picked / was an item of a list / opens one; a list is open)
    after_picked = item_picked = opened = listing = False
    for s in split_sentences(text):
        if s.noise:
            continue  # a widget between a list's intro and its items cuts nothing
        # a sentence going on with the one before ("Lalu, Sumbawa Barat, Alor
        # ...") or an item of its list is read with it (an item goes on with
        # the items before it, or with the line announcing them: "... dengan
        # kategori emas, yakni")
        # (a heading between a list's parts, or right under its opener, goes
        # on with it: "B. Kota", "Adapun penerimanya: / 6 Pemerintah Kabupaten")
        # (or a name alone on its line under them: "... menerima penghargaan:
        # / Kediri / Salatiga")
        item = is_list_item(s.text) or ((item_picked or (after_picked and opened)) and (
            is_heading(s.text.lower()) or is_bare_name(s.text)))
        # (and an item of a list whose parts have headings of their own:
        # "Inilah daftarnya: / BPBD wilayah 1 tingkat provinsi / 1. Maluku")
        take = is_candidate(s.text) or (after_picked and (_continues(s.text) or (
            item and (item_picked or listing or opened))))
        if take:
            picked.append(s)
        opened = take and opens_list(s.text.lower())
        # (a list stays open over its items and the short headings of its parts)
        listing = take and (opened or item or (
            listing and len(s.text.split()) <= _PART_HEADING_WORDS and not s.text.endswith(".")))
        after_picked = take
        item_picked = take and item
    if not picked:
        return []
    # a wrapped line; a run of spaces ("Gubernur Jawa  Barat") is one
    pieces = [_SPACES.sub(" ", _trim(s.text)) for s in picked]
    text_ = "\n".join(pieces)
    doc = nlp()(text_)
    bounds, at = [], 0
    for piece in pieces:
        bounds.append(doc.char_span(at, at + len(piece), alignment_mode="expand"))
        at += len(piece) + 1
    starts = [b.start for b in bounds]
    # Token offsets and lengths: token texts and span texts are read from
    # them, faster than making a Token or Span object for each (and int64 to
    # Python ints is ten times faster than spaCy's uint64).
    offsets = doc.to_array([IDX, LENGTH]).astype("int64").tolist()

    def text_of(start: int, end: int) -> str:
        return text_[offsets[start][0]:offsets[end - 1][0] + offsets[end - 1][1]]

    grouped: list[dict[str, list[Match]]] = [{} for _ in picked]
    # (the words three rank rules need: most texts have none)
    tally, programmes, rates = "terbanyak" in text_, " program " in text_, " angka " in text_
    found = sorted(filter_spans(doc.spans[SPANS_KEY]), key=lambda sp: sp.start)
    award_at = {sp.start: sp for sp in found if sp.label_ == "AWARD"}
    for span in found:
        if span.label_ == "RANK" and _tier_restated(doc, award_at.get(span.end)):
            continue  # "peringkat dua Swasti Saba Wiwerda": the award's second tier, no rank
        if span.label_ == "RANK" and span.end < len(doc) and doc[span.end].lower_ in _NO_PLACE:
            # "masuk peringkat tiga besar": a group; "kategori Nindya, peringkat
            # kedua tertinggi setelah Utama": a tier's place on its ladder;
            # "juara kedua kalinya": a second time
            continue
        if span.label_ == "RANK" and tally and _TALLY.issubset(
                t.lower_ for t in doc[span.end:span.end + 6]):
            continue  # "posisi kedua perusahaan dengan penghargaan terbanyak": a tally of wins
        if span.label_ == "RANK" and rates and _by_a_rate([t.lower_ for t in doc[
                span.end:span.end + 9]]):
            continue  # "posisi ke-5 ... dengan angka stunting terendah": a standing by a rate
        if span.label_ == "RANK" and programmes and span.end < len(doc) and (
                doc[span.end].text == "program" and doc[span.end - 1].text.isdigit()
                and int(doc[span.end - 1].text) > 3):
            continue  # "pelaksana terbaik 10 program pokok PKK": the programmes counted
        if span.label_ == "RANK" and len(span) == 1 and span.start and span.end < len(doc) and (
                (doc[span.start - 1].is_title or doc[span.start - 1].is_upper)
                and doc[span.end].is_title):
            continue  # "Politeknik Harapan Bersama", "CU Harapan Kita": a word of a name
        if span.label_ == "PLACE" and _common_noun_at(doc, span):
            continue  # "Direktorat Jenderal Mineral dan Batu Bara": coal
        k = bisect_right(starts, span.start) - 1
        first = starts[k]
        end = span.end
        rank = _rank_after_best(doc, span)
        if rank:
            # "TPID terbaik ketiga": the award's name gives its "terbaik" to
            # the rank after it
            end -= 1
            grouped[k].setdefault("RANK", []).append(Match(
                "RANK", rank, end - first, end + 2 - first, text_of(end, end + 2)))
        grouped[k].setdefault(span.label_, []).append(
            Match(span.label_, span.id_, span.start - first, end - first,
                  text_of(span.start, end)))
    out = []
    title_norm = (title or "").strip().lower()
    all_texts = [text_[i:i + n] for i, n in offsets]
    for sentence, sent, spans in zip(picked, bounds, grouped, strict=True):
        stripped = sentence.text.strip()
        texts = all_texts[sent.start:sent.end]
        words = [t.lower() for t in texts]
        _add_lower_case_places(spans, texts, words)
        _add_lower_case_heads(spans, texts)
        _add_ranks_going_on(spans, texts, words)
        _add_ranks_after_awards(spans, words)
        _add_ranks_numbered_in_brackets(spans, texts)
        if "RANK" in spans and "AWARD" not in spans and tells_a_standing(words):
            del spans["RANK"]
        if may_name_unlisted_award(words):
            add_unlisted_awards(spans, texts)
        out.append(Analysed(
            sentence=sentence, doc=sent,
            headline=_of_headline(stripped.lower(), sentence.start, text, title_norm),
            quoted=_is_quote(stripped),
            spans=spans, texts=texts, words=words,
            lower=sentence.text.lower(),
        ))
    return out
