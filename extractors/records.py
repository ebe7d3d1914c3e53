"""Assemble award records from an article: which sentences report a win or a
handover, who the winners are, and which rank, category, recipient, date,
venue and presenter go with each.

A record needs a winner named in a sentence that reports a win or a handover
now — not a quote, a target, a nomination, an interview round or a win
recalled from the past (cue words in ``data/cues.json``).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

from extractors.award import (
    CATEGORY_WORDS,
    AwardMention,
    award_level,
    award_mentions,
    categories,
    category_at,
    level_phrase,
    names_an_award,
    opens_with_award,
)
from extractors.awardee import (
    ADVERBS,
    Mention,
    find_mentions,
    list_glue,
    list_intros,
    region_mention,
    region_name,
)
from extractors.clauses import attribution, live_clauses
from extractors.cuewords import Cue, Words, record_cues
from extractors.gazetteer import gazetteer
from extractors.lexicon import data_json, data_table
from extractors.lists import ListLine, find_lists
from extractors.people import Official, find_officials
from extractors.pipeline import Match
from extractors.record import AwardRecord, Evidence
from extractors.sentences import Analysed, analyse
from extractors.text import leading_headline
from extractors.when_where import find_date, find_venue, reference_date

_REGIONS = {"provinsi", "kabupaten", "kota"}
# In a handover sentence, the word before the one it is handed to.
_BENEFICIARY = {"untuk", "kepada", "bagi"}
_CATEGORY_TYPES = {"Pemerintah Provinsi": {"provinsi"},
                   "Pemerintah Kabupaten/Kota": {"kabupaten", "kota"},
                   "Pemerintah Desa": {"desa"},
                   "Perusahaan Besar": {"perusahaan", "lainnya"},
                   "Perusahaan Menengah": {"perusahaan", "lainnya"},
                   "Usaha Kecil Mikro": {"perusahaan", "lainnya"}}


@dataclass
class _Sentence:
    """A candidate sentence with what the extractors found in it, and what
    kind of sentence it is: a win, a handover, the ceremony."""

    a: Analysed
    mentions: list[Mention]
    officials: list[Official] = field(default_factory=list)
    awards: list[AwardMention] = field(default_factory=list)
    win: bool = False
    handover: bool = False
    event: bool = False
    list_line: ListLine | None = None  # an item or heading of a winners list

    whole: Words = field(init=False)  # the sentence's words
    live: list[Words] = field(init=False)  # its clauses that report news
    # where its date and venue are written: a quote's attribution ("...,” kata
    # Dante dalam acara penghargaan STBM di Jakarta, Selasa (10/12/2024)")
    said: str = field(init=False)

    def __post_init__(self) -> None:
        self.whole = Words.of(self.a.lower)
        self.live = live_clauses(self.a)
        self.said = attribution(self.a.sentence.text) if self.a.quoted else self.a.sentence.text
        self.win, self.handover = _is_win(self), _is_handover(self)
        self.event = _is_event(self) or (self.a.quoted and not self.a.headline and record_cues()[
            "event"].found(Words.of(self.said)))


@dataclass
class _Winner:
    mention: Mention
    rank: int | None = None
    category: str | None = None
    recipient: str | None = None
    presenter: tuple[Official, _Sentence] | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # named in a sentence that names its award, or its recipient in one
    # that follows such a sentence
    with_award: bool = False

    def cite(self, a: Analysed) -> None:
        s = a.sentence
        if all(e.start != s.start for e in self.evidence):
            self.evidence.append(Evidence(s.text, s.start, s.end))



_LIST_AFTER_AND = {"untuk", "juara", "peringkat", "terbaik", "posisi"}


def _clauses(words: list[str], starts: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a winners list: cut before "sedangkan",
    "disusul" ..., at ", untuk X" / ", dan juara ...", and at a comma before
    the next winner ("Kota Padang (juara I), Kabupaten Dharmasraya (juara
    II), dan ..."; ``starts`` are where possible winners start)."""
    breaks = record_cues()["breaks"] | record_cues()["outranked"]
    cuts = [0]
    n = len(words)
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < n else ""
        if word in breaks or (word == "," and (
                nxt == "untuk" or i + 1 in starts or (nxt == "dan" and (
                    i + 2 in starts or (i + 2 < n and words[i + 2] in _LIST_AFTER_AND))))):
            cuts.append(i)
    cuts.append(n)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _failed(words: list[str]) -> bool:
    """A winners-list clause of a region that did not win: "sementara
    Kabupaten X, tetangga Y, terhenti di babak penilaian lapangan"."""
    clause = Words.of(" ".join(words))
    return record_cues()["failed"].found(clause) and not record_cues()["win"].found(clause)


def _now(s: _Sentence, cue: Cue) -> bool:
    """Some live clause of the sentence has the cue."""
    return any(cue.found(part) for part in s.live)


def _reports_now(s: _Sentence) -> bool:
    """The sentence reports a win or a handover as news."""
    cues = record_cues()
    return _now(s, cues["win"]) or _now(s, cues["win_weak"]) or _now(s, cues["handover"])


def _is_win(s: _Sentence) -> bool:
    """A winner is named: a win verb, or a rank phrase ("Kota Padang (juara
    I)"), with the award, a rank, a category or an award object."""
    low = s.a.lower
    cues = record_cues()
    about_award = bool(s.a.label("AWARD") or s.a.label("RANK") or "kategori" in low
                       or cues["objects"].found(s.whole))
    ranked = bool(s.a.label("RANK")) and _now(s, cues["rank"])
    # "Para peraih Paritrana Award tahun ini yaitu Provinsi Aceh, Provinsi
    # Riau dan Provinsi Lampung"
    listed = _winners_named(s) and _lists_winners(s)
    return about_award and (ranked or (cues["win"].found(s.whole) and _reports_now(s))
                            or _weak_win(s) or listed)


def _weak_win(s: _Sentence) -> bool:
    """"menerima", "memperoleh" ... name a winner only with the award, a rank or
    a trophy in the same clause ("menerima undangan" does not)."""
    cues = record_cues()
    named = [m.text.lower() for m in s.a.label("AWARD") + s.a.label("RANK")]
    return any(cues["win_weak"].found(part)
               and (cues["strong_objects"].found(part) or any(n in part.raw for n in named))
               for part in s.live)


def _is_handover(s: _Sentence) -> bool:
    cues = record_cues()
    # What is handed over: an award, a trophy ..., or a category ("Kategori
    # badan usaha diserahkan Sekretaris Daerah ...").
    # A sentence opening with the handing verb hands over what the one
    # before named: "Diserahkan oleh Wakil Gubernur ... pada Selasa ...".
    return cues["handover"].found(s.whole) and bool(
        s.a.label("AWARD") or cues["objects"].found(s.whole)
        or cues["handover_nouns"].found(s.whole)
        or not CATEGORY_WORDS.isdisjoint(s.whole.set)
        or cues["handover"].search(s.a.words[0] if s.a.words else "")) and _reports_now(s)


def _is_event(s: _Sentence) -> bool:
    return _now(s, record_cues()["event"])


# "antara lain", "di antaranya", "diantaranya"
_LIST_OPENERS = {"yaitu", "yakni", ":", "adalah", "ialah", "lain", "antaranya", "diantaranya",
                 "meliputi", "pula"}  # "antara lain", "Ada pula Bupati Badung, ..."
_WINNER_WORDS = {"peraih", "pemenang", "penerima"}
_KIND_WORDS = {"provinsi", "kabupaten", "kota", "desa"}  # "yakni provinsi Sulawesi Selatan"


def _winners_named(s: _Sentence) -> bool:
    """The sentence calls some bodies the winners: "peraih", "pemenang", or
    "penerima" of the award or of a prize ("penerima opini WTP", "penerima
    penghargaan"; not "penerima upah", the wage earners of a social-security
    story)."""
    words = s.a.words
    awards = {m.start for m in s.awards}
    objects = record_cues()["objects"]
    return any(w in _WINNER_WORDS and (w != "penerima" or any(
        j in awards or objects.search(words[j]) for j in range(i + 1, min(i + 4, len(words)))))
        for i, w in enumerate(words))


@lru_cache(maxsize=1)
def _governs() -> dict[str, str]:
    return {row["title"]: row["governs"] for row in data_table("titles.tsv")}


def _wins_next(words: list[str], end: int) -> bool:
    """The word after ``end`` (adverbs skipped) is a win verb: "... meraih"."""
    while end < len(words) and (words[end] in ADVERBS or words[end] == ","):
        end += 1
    return end < len(words) and record_cues()["win"].search(words[end])


def _heads_listed(s: _Sentence) -> list[Mention]:
    """Regions named through their heads in a list: "Ke-11 kepala daerah
    dimaksud adalah Walikota Banda Aceh, Walikota Palembang, ..., serta
    Bupati Kutai Kartanegara", "Para penerima antara lain Bupati Malang
    Rendra Kresna, Bupati Pasuruan Irsyad Yusuf", "..., disusul Bupati
    Gresik dan Bupati Pasuruan": each head's region; bare names listed after
    a head are regions of its kind ("kategori Gold diraih oleh Bupati
    Lamongan, Tuban, dan Sidoarjo"); and a head who wins ("Gubernur Lampung
    meraih Penghargaan ...")."""
    words, out = s.a.words, []
    openers = _LIST_OPENERS | list_intros()
    places = {p.start: p for p in s.a.label("PLACE")}
    chain_end = None  # where the last head of the list ends
    for o in s.officials:
        region = o.region
        if o.role == "presenter" or _governs().get(o.office, "-") == "-":
            continue
        before = words[o.start - 1] if o.start else ""
        if before == "," and o.start > 1 and (words[o.start - 2] in _LIST_OPENERS or (
                o.start == 2 and words[0] in record_cues()["continues"])):
            # "diantaranya, Walikota Jambi, Bupati Bungo"; "Kemudian, Bupati Bone ..."
            before = ":"
        joined = chain_end is not None and set(words[chain_end:o.start]) <= list_glue() and (
            o.start - chain_end <= 2) and before in list_glue()
        if region is None or _governs()[o.office] != region.kind:
            # a head whose region is misspelt ("Bupati Madium Jatim") keeps
            # the list going
            chain_end = o.end if joined or before in openers else None
            continue
        if joined or before in openers or _wins_next(words, o.end):
            out.append(region_mention(region, o.start, o.end, True))
            chain_end = o.end
            if o.name is None:
                chain_end = _bare_after_head(s, places, region.kind, o.end, out)
        else:
            chain_end = None
    return out


def _bare_after_head(s: _Sentence, places: dict[int, Match], kind: str, end: int,
                     out: list[Mention]) -> int:
    """Bare region names joined by commas and "dan" after a head with no
    name ("Bupati Lamongan, Tuban, dan Sidoarjo"), as regions of the head's
    kind, added to ``out``; where the list ends."""
    words, glue = s.a.words, list_glue()
    i = end
    while True:
        j = i
        while j < len(words) and words[j] in glue and j - i < 2:
            j += 1
        place = places.get(j)
        region = gazetteer().resolve(place.id_, kind) if place and j > i else None
        if region is None:
            return i
        out.append(region_mention(region, place.start, place.end, True))
        i = place.end
        if i < len(words) and words[i] == "(":  # "Batubara (Sumut)"
            close = next((k for k in range(i, min(i + 6, len(words))) if words[k] == ")"), None)
            i = close + 1 if close else i


def _lists_winners(s: _Sentence) -> bool:
    """The sentence goes on with a winners list: two or more bodies after
    "yaitu", "yakni", "adalah", "antara lain" or a colon, in a clause that
    reports news."""
    return bool(s.live) and len([m for m in s.mentions if m.explicit]) >= 2 and any(
        w in _LIST_OPENERS for w in s.a.words)


def _anaphor(s: _Sentence, before: list[_Sentence]) -> list[Mention]:
    """"Kabupaten berjuluk Bumi Patut Patuh Patju itu meraih ...": a subject
    that points back names the winner of its kind named last before; one
    that points back to several ("Keduanya", "Mereka") names them all."""
    cues = record_cues()
    words = s.a.words
    if cues["collective"].search(" ".join(words[:3])) and before:
        # "Keduanya mendapatkan ...": every body the sentence before named
        return [replace(m, start=0, end=1, located_end=1) for m in before[-1].mentions
                if m.explicit]
    kinds = cues["anaphor_heads"].get(words[0]) if words else None
    verb = next((i for i, w in enumerate(words) if cues["win"].search(w)
                 or cues["win_weak"].search(w)), None)
    if not kinds or verb is None:
        return []
    end = next((i + 1 for i in range(1, verb) if words[i] in cues["anaphor_words"]), None)
    if end is None:
        return []
    for other in reversed(before):
        if other.a.headline or other.a.quoted:
            continue
        found = [m for m in other.mentions if m.explicit and m.type in kinds]
        if found:
            return [replace(found[-1], start=0, end=end, located_end=end)]
    return []


_YEAR_SAID = re.compile(r"\bpada\s+(?:tahun\s+)?((?:19|20)\d\d)\b")


def _names_an_old_year(s: _Sentence, published: int) -> bool:
    """The sentence dates its award to a year before the one before
    ``published`` ("Paritrana Award 2019" in a 2025 story; an award's year is
    often the year before its ceremony), or, naming no award year, dates
    itself to a year before ``published`` ("... pada 2024" in 2025)."""
    years = [m.year for m in s.awards if m.year]
    if years:
        return max(years) < published - 1
    said = [int(y) for y in _YEAR_SAID.findall(s.a.lower)]
    return bool(said) and max(said) < published


def _published(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


class _Article:
    """One article's extraction state."""

    def __init__(self, text: str, title: str | None, published: date | None):
        self.published = published
        self.text = text
        self.sentences = []
        for a in analyse(text, title):
            mentions = find_mentions(a.doc, a.label("PLACE"), a.label("TITLE"), a.texts,
                                     a.label("AWARD") + a.label("RANK"))
            awards = award_mentions(a.doc, a.label("AWARD"), a.label("PLACE"))
            self.sentences.append(_Sentence(a, mentions, awards=awards))
        bodies = {m.key: m.name for s in self.sentences for m in s.mentions
                  if m.explicit and m.type not in _REGIONS and m.key != m.name}
        for s in self.sentences:
            s.officials = find_officials(s.a.doc, s.a.label("TITLE"), s.a.label("PLACE"),
                                         s.mentions, bodies)
            # Not winners: a region in an official's title, or the round of
            # the award ("Paritrana Award Provinsi Jawa Timur").
            s.mentions = [m for m in s.mentions
                          if not any(o.start <= m.start < o.end for o in s.officials)
                          and not any(w.start <= m.start < w.end for w in s.awards)]
            heads = _heads_listed(s)
            if heads:
                s.mentions = sorted(s.mentions + heads, key=lambda m: m.start)
        for before, s in pairwise(self.sentences):
            if not s.win and before.awards and not before.a.headline and any(
                    m.type in _REGIONS for m in s.mentions) and _now(
                    s, record_cues()["win"]) and not s.a.quoted:
                # "Penghargaan Swasti Saba Padapa ini diberikan kepada 177
                # Kabupaten/Kota. ... Kabupaten Natuna terpilih bersama
                # Kabupaten Kepulauan Anambas, Kota Batam ...": regions win
                # the award of the sentence before
                s.win = True
            if before.win and not s.win and (record_cues()["enumeration"].match(s.a.lower) or (
                    s.mentions and _now(s, record_cues()["win"])) or _lists_winners(s)):
                # "Empat daerah meraih opini WTP. Keempatnya adalah ...";
                # "... meraih peringkat pertama. Posisinya disusul Kabupaten X.";
                # "... meliputi dua kota menduduki Peringkat Utama, ... .
                # Peringkat Nindya yaitu Kota Batu, Trenggalek, Situbondo ..."
                s.win = True
        cues = record_cues()
        announces = [bool(s.awards or cues["list_subjects"].found(s.whole))
                     and not (cues["hypothetical"].found(s.whole) or cues["past"].search(
                         s.a.lower) or s.a.quoted) for s in self.sentences]
        lines = [(s.a.lower, s.a.sentence.paragraph) for s in self.sentences]
        for index, line in find_lists(lines, announces).items():
            self.sentences[index].list_line = line
            self.sentences[index].win = line.item
        # "meraih peringkat pertama Paritrana Award ... pada 2019 silam" in a
        # 2025 story is a win recalled, not reported.
        for s in self.sentences:
            if s.win and (dated := published or self.reference) and _names_an_old_year(
                    s, dated.year):
                s.win = False
        # "Anugerah Paritrana 2017 yang lalu berhasil diraih oleh ... .
        # Sementara Pemerintah Kabupaten atau Kota yang meraih ... adalah ...":
        # a sentence going on from a win recalled is recalled too
        for before, s in pairwise(self.sentences):
            if s.win and s.a.words and s.a.words[0] in cues["continues"] and not before.win and (
                    cues["past"].search(before.a.lower)) and cues["win"].found(before.whole):
                s.win = False
        for k, s in enumerate(self.sentences):
            if s.win and not s.mentions:
                s.mentions = _anaphor(s, self.sentences[:k])
        # Full mentions name the region; a bare name later refers to them.
        self.full: dict[str, Mention] = {}
        for s in self.sentences:
            for m in s.mentions:
                if m.explicit:
                    self.full.setdefault(m.key, m)
                    self.full.setdefault(m.name, m)

    @cached_property
    def reference(self) -> date | None:
        """What a date without a year is read against where the page gives
        no publication date."""
        return None if self.published else reference_date(self.text)

    def resolve(self, m: Mention) -> Mention | None:
        """A mention as a possible winner: explicit, or a bare name the
        article names in full elsewhere."""
        if m.explicit:
            return m
        full = self.full.get(m.name)
        if full:
            return full
        for region in gazetteer().candidates(m.name):
            full = self.full.get(region.bare)
            if full and full.name.endswith(region.bare):
                return full
        return None


def extract_records(text: str, title: str | None = None,
                    published: Any = None) -> list[AwardRecord]:
    """Award records of one article, in the order the article names the winners
    (a page given without its title: the headline its text opens with)."""
    title = title or leading_headline(text)
    # a page given without a headline: its lede says what the news is
    lede = None if title else _lede(text)
    if not names_an_award(f"{title or ''}\n{text}") or _unfinished(title) or (
            lede and _unfinished(lede) and not _announces_winners(lede)):
        return []  # cheap: no sentence is tokenized
    art = _Article(text, title, _published(published))
    if not any(s.awards for s in art.sentences):
        return []
    scopes = [(award, sentences, _collect_winners(art, sentences, award))
              for award, sentences in _award_scopes(art)]
    records = []
    for award, sentences, winners in scopes:
        if award:
            # "Giliran RSUD X menerima penghargaan" after the Paritrana
            # paragraph: a winner the article ties to another award only.
            winners = {name: w for name, w in winners.items() if w.with_award or not any(
                name in other and other[name].with_award for _, _, other in scopes)}
        if winners:
            _shared_categories(winners)
            _presenters_by_category(art, sentences, winners)
            records += _records(art, winners, sentences, award)
    if not records:
        winners = _headline_winners(art)
        if winners:
            records = _records(art, winners, art.sentences, None)
    return records


def _headline_winners(art: _Article) -> dict[str, _Winner]:
    """Where the body names no winner (a story cut off, a body about the
    ceremony only), the winners a headline reports: "Pemkab Kulon Progo Raih
    Penghargaan Bergengsi Paritrana Award DIY 2025 Terbaik II"."""
    winners: dict[str, _Winner] = {}
    for s in art.sentences:
        if s.a.headline and s.awards and record_cues()["win"].found(s.whole) and not (
                record_cues()["hypothetical"].found(s.whole)):
            _take_winners(art, s, winners, _CategoryState(), True, None)
    return {name: w for name, w in winners.items() if w.mention.type in _REGIONS}


def _lede(text: str) -> str:
    """The first sentence of a text (its dateline included): for a page
    given without a headline, what the news is ("... menjalani sesi
    wawancara Paritrana Award ..."; but "... mengumumkan para pemenang
    dari 50 finalis" announces winners)."""
    first = text.strip().split("\n", 1)[0]
    return re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]


def _announces_winners(lede: str) -> bool:
    """A lede that names the winners of the round it is about ("...
    mengumumkan para pemenang dari 50 finalis"), not one that is still
    choosing them ("verifikasi lapangan ... untuk menentukan juara 1, 2,
    dan 3")."""
    cues = record_cues()
    return bool(cues["list_subjects"].search(lede)) and (
        cues["win"].search(lede) or cues["handover"].search(lede) or cues["event"].search(lede))


def _unfinished(title: str | None) -> bool:
    """The headline reports a round still under way and no win: "Lahat Jadi
    Nominator Tiga Besar Paritrana Award Sumsel 2025", "Tim Juri ...
    Verifikasi Lapangan ke Desa Nita". What the story says of winners is
    background (last round's result, the province's champion)."""
    if not title:
        return False
    cues, head = record_cues(), Words.of(title)
    return cues["unfinished"].found(head) and not (
        cues["win"].found(head) or cues["handover"].found(head))


def _award_scopes(art: _Article) -> list[tuple[str | None, list[_Sentence]]]:
    """The sentences each award's records are read from. Most articles report
    one award: all sentences, the award decided from them (None). An article
    whose win sentences name two or more awards ("meraih KLA ... dan UHC
    Award ...") reads each from the sentences after a mention of it, up to a
    mention of another one; sentences before any award go to every scope."""
    won = list(dict.fromkeys(m.award for s in art.sentences if s.win and not s.a.headline
                             for m in s.awards))
    if len(won) < 2:
        return [(None, art.sentences)]
    scopes: dict[str, list[_Sentence]] = {award: [] for award in won}
    current: set[str] = set(won)
    for s in art.sentences:
        named = {m.award for m in s.awards if m.award in scopes}
        if named and not s.a.headline:
            current = named
        for award in (named if s.a.headline else current):
            scopes[award].append(s)
    return list(scopes.items())


def _collect_winners(art: _Article, sentences: list[_Sentence],
                     award: str | None) -> dict[str, _Winner]:
    """The winners the sentences name (of ``award`` where a sentence names
    several), with their ranks, categories, recipients and presenters."""
    winners: dict[str, _Winner] = {}
    state = _CategoryState()
    presenter: tuple[Official, _Sentence] | None = None
    last_named: list[_Winner] = []
    listing: _Sentence | None = None  # the sentence before, when it named a list of winners
    for s in sentences:
        win, handover = s.win or _continues_list(s, listing), s.handover
        if win and _another_prize(art, s, winners):
            win = False
        found = None
        if handover and not s.a.headline:
            # The presenter named last hands over to the winners named after
            # ("penghargaan untuk dunia usaha diserahkan Kepala Kanwil ...");
            # a headline's names are in title case, its words run together.
            found = next((o for o in s.officials if o.role == "presenter" and o.name),
                         None) or _presenter_by_name(art, s)
            if found:
                presenter = None if _hands_to_one(art, s) else (found, s)
        named = _take_winners(art, s, winners, state, win, award) if (win or handover) else []
        for w in named:
            w.presenter = w.presenter or presenter or ((found, s) if found else None)
        last_named = named or last_named
        listing = s if len(named) >= 2 else None
        if (s.list_line and not s.list_line.item) or _category_heading(s):
            for _, category in categories(s.a.doc, s.a.words, set()):
                state.stated(s.a.sentence.paragraph, category)
        if not (s.a.quoted or s.a.headline):
            _take_recipients(art, s, winners, named, handover, last_named,
                             (found, s) if found else None)
            _fill_categories(art, s, winners)
    return winners


def _another_prize(art: _Article, s: _Sentence, winners: dict[str, _Winner]) -> bool:
    """"Selain itu Pemerintah Kabupaten Ketapang juga meraih peringkat kelima
    Indeks Ketahanan Pangan": a winner already named winning something else
    besides, in a sentence that does not name the award."""
    words = s.a.words
    if s.awards or "juga" not in words or not record_cues()["besides"].match(s.a.lower):
        return False
    named = [m for m in map(art.resolve, s.mentions) if m]
    return bool(named) and all(m.name in winners for m in named)


def _continues_list(s: _Sentence, listing: _Sentence | None) -> bool:
    """A sentence that goes on with the list of winners the sentence before
    it gave, without a win word of its own: "... yakni Provinsi Aceh dan
    Provinsi Riau. Sedangkan wilayah tengah, ada Provinsi Bali." """
    return (listing is not None and bool(s.live) and bool(s.a.words)
            and s.a.words[0] in record_cues()["continues"]
            and s.a.sentence.paragraph - listing.a.sentence.paragraph <= 2)


def _category_heading(s: _Sentence) -> bool:
    """A line of its own naming a category ("Kategori Pemerintah Desa") heads
    the winners listed under it."""
    words = s.a.words
    text = s.a.sentence.text
    return (not s.win and 1 < len(words) <= 8 and words[0] == "kategori"
            and not text.endswith(".") and "\n" not in text)


def _shared_categories(winners: dict[str, _Winner]) -> None:
    """A winner whose category the article states only for the others of its
    kind ("... Kutai Timur menempati posisi kedua kategori Pemerintah
    Kabupaten/Kota" after Bontang's first place) shares theirs."""
    for w in winners.values():
        if w.category is None:
            stated = {o.category for o in winners.values()
                      if o.category in _CATEGORY_TYPES and _fits(o.category, w.mention)}
            if len(stated) == 1:
                w.category = stated.pop()


@lru_cache(maxsize=1)
def _category_groups() -> dict[tuple[str, ...], frozenset[str]]:
    """Words after "kategori" (lower case) that name a group of categories
    ("badan usaha")."""
    return {tuple(row["written"].split()): frozenset(row["categories"].split("|"))
            for row in data_table("category_groups.tsv")}


def _covered(words: list[str], i: int) -> frozenset[str]:
    """The categories named after the category word at ``i``: a group
    ("pemerintah daerah") or one category ("pemerintah desa")."""
    groups = _category_groups()
    one = category_at(words, i + 1)
    longest = one[1] if one else i + 1  # the longer phrase wins
    for end in range(min(i + 6, len(words)), longest, -1):
        found = groups.get(tuple(words[i + 1:end]))
        if found:
            return found
    return frozenset([one[0]]) if one else frozenset()


def _presenters_by_category(art: _Article, sentences: list[_Sentence],
                            winners: dict[str, _Winner]) -> None:
    """A ceremony whose handovers are split by category ("penghargaan kategori
    pemerintah daerah diserahkan Wakil Presiden ..., sementara kategori badan
    usaha diserahkan Direktur Utama ...") gives each winner the presenter of
    its category, wherever the story names the winner ("Penghargaan untuk
    dua kategori badan usaha tersebut diserahkan Kepala Kantor Cabang ..."
    after the winners of those categories)."""
    breaks = record_cues()["breaks"]
    found: list[tuple[frozenset[str], Official, _Sentence]] = []
    for s in sentences:
        if not s.handover:
            continue
        words = s.a.words
        cuts = [0, *(i for i, w in enumerate(words) if w in breaks), len(words)]
        for lo, hi in pairwise(cuts):
            presenter = next((o for o in s.officials if o.role == "presenter"
                              and lo <= o.start < hi), None)
            if presenter and presenter.name is None:  # "diserahkan Wapres"
                presenter = _named_elsewhere(art, presenter)
            covered = frozenset().union(*(_covered(words, i) for i in range(lo, hi)
                                          if words[i] in CATEGORY_WORDS))
            if presenter and presenter.name and covered:
                found.append((covered, presenter, s))
    for w in winners.values():
        w.presenter = next(((o, s) for covered, o, s in found if w.category in covered),
                           w.presenter)


@dataclass
class _CategoryState:
    """The category a winners list is at: the last one stated, and the one
    stated in the current paragraph."""

    last: str | None = None
    paragraph: tuple[int, str] | None = None

    def carry(self, paragraph: int, m: Mention) -> str | None:
        """The paragraph's category; across paragraphs, the last one stated
        when it is a category of this kind of awardee."""
        if self.paragraph and self.paragraph[0] == paragraph:
            return self.paragraph[1]
        if self.last in _CATEGORY_TYPES and _fits(self.last, m):
            return self.last
        return None

    def stated(self, paragraph: int, category: str) -> None:
        if category != "=":
            self.last = category
            self.paragraph = (paragraph, category)


def _fits(category: str | None, m: Mention) -> bool:
    return bool(category) and m.type in _CATEGORY_TYPES.get(category, {m.type})


def _take_winners(art: _Article, s: _Sentence, winners: dict[str, _Winner],
                  state: _CategoryState, win: bool, award: str | None) -> list[_Winner]:
    """Winners a win sentence names (each with the rank and category of its
    clause); in a handover sentence, those it is handed to ("untuk X"). Where
    the sentence names several awards, only the winners and categories of
    ``award``."""
    a, doc = s.a, s.a.doc
    stop = {m.start for m in s.mentions} | {sp.start for sp in a.label("AWARD")}
    cats = categories(doc, a.words, stop)
    of_award = _award_parts(s, award)
    if of_award is not None:
        cats = [(i, c) for i, c in cats if of_award(i)] or cats
    single = {c for _, c in cats}
    named: list[_Winner] = []
    # a clause starts at a winner or at a rank before one ("..., Pemenang
    # kedua Desa Wisata Natuna Tengah (Kepulauan Riau), dan ...")
    starts = {m.start for m in s.mentions if art.resolve(m)} | {r.start for r in a.label("RANK")}
    for lo, hi in _clauses(a.words, starts):
        if a.words[lo] in record_cues()["outranked"] or _failed(a.words[lo:hi]):
            continue  # "..., mengungguli Kota Surabaya dan Kabupaten Sidoarjo"
        mentions = []
        for m in s.mentions:
            if not lo <= m.start < hi or (of_award and not of_award(m.start)):
                continue
            if not win and not _handed_to(doc, s.mentions, m):
                continue
            if _owned_by(doc, m.start) or _acting_for(s.mentions, doc, m):
                continue  # "Perumda Tirta Mayang milik Pemerintah Kota Jambi"
            full = art.resolve(m)
            if full and full.name not in [c.name for c in mentions] and not (
                    full.type not in _REGIONS and " " in full.name
                    and opens_with_award(full.name.split(maxsplit=1)[1])):
                mentions.append(full)  # not "Sekolah Adiwiyata", a kind of school
        ranks = [sp for sp in a.label("RANK") if lo <= sp.start < hi]
        values = [v for sp in ranks for v in _respective_ranks(a.words, sp, hi)]
        prior = [c for i, c in cats if i < lo]
        clause_cats = [c for i, c in cats if lo <= i < hi] or prior[-1:] or (
            list(single) if len(single) == 1 else [])
        tiers = [w.tier for w in s.awards if lo <= w.start < hi and w.tier]
        sequence = bool(record_cues()["sequence"].search(" ".join(a.words[lo:hi])))
        for k, m in enumerate(mentions):
            w = winners.setdefault(m.name, _Winner(m))
            w.cite(a)
            w.with_award = w.with_award or any(x.award == award for x in s.awards)
            named.append(w)
            if s.list_line and s.list_line.rank and not ranks and k == 0:
                w.rank = s.list_line.rank
            if ranks:
                w.rank = values[k] if len(values) == len(mentions) else values[0]
                if len(ranks) == 1 < len(mentions) and w.rank and sequence:
                    w.rank += k  # "berturut-turut ... peringkat pertama hingga ketiga"
            category = clause_cats[0] if clause_cats else None
            if category == "=":
                category = state.last
            category = category or state.carry(a.sentence.paragraph, m)
            if tiers:
                category = tiers[0]
            if _fits(category, m) and w.category is None:
                w.category = category
    for _, c in cats:
        state.stated(a.sentence.paragraph, c)
    _rank_range(s, named)
    return named


@lru_cache(maxsize=1)
def _ordinal_words() -> dict[str, int]:
    """Ordinals that stand for a rank after the first rank of a list
    ("kedua", "ke-3", "III"); not the one-letter numerals ("i", "v")."""
    return {form: int(rank) for rank, forms in data_json("ranks.json")["ordinals"].items()
            for form in forms if len(form) > 1 and not form.isdigit()}


def _respective_ranks(words: list[str], rank: Any, hi: int) -> list[int | None]:
    """A rank phrase's rank, and after "masing-masing" the bare ordinals
    listed after it ("Kabupaten Muaro Jambi dan Kota Jambi masing-masing
    terbaik dua dan ketiga" -> 2, 3). None for a rank without a number
    ("Juara Harapan")."""
    if not rank.id_.isdigit():
        return [None]
    out, i = [int(rank.id_)], rank.end
    if "masing-masing" not in words[max(0, rank.start - 2):rank.start]:
        return out
    ordinals = _ordinal_words()
    while i + 1 < hi and words[i] in {",", "dan", "serta"} and words[i + 1] in ordinals:
        out.append(ordinals[words[i + 1]])
        i += 2
    return out


def _handed_to(doc: Any, mentions: list[Mention], m: Mention) -> bool:
    """In a handover sentence, whether ``m`` is one it is handed to: after
    "untuk", "kepada", "bagi", or listed after one ("diberikan kepada Bekasi,
    Cimahi, dan Mataram"), or listed after "yakni" ... that follows one
    ("menganugerahkan Swasti Saba kepada 3 provinsi ... yakni provinsi
    Sulawesi Selatan, Jawa Barat, dan ...")."""
    by_end = {x.located_end: x for x in mentions}
    k = m.start
    while k > 0:
        if doc[k - 1].lower_ in _BENEFICIARY:
            return True
        if doc[k - 1].lower_ in _LIST_OPENERS or (
                k > 1 and doc[k - 1].lower_ in _KIND_WORDS and doc[k - 2].lower_ in _LIST_OPENERS):
            return any(t.lower_ in _BENEFICIARY for t in doc[max(0, k - 16):k - 1])
        j = k
        while j > 0 and doc[j - 1].lower_ in list_glue():
            j -= 1
        before = by_end.get(j) if j < k else None
        if before is None:
            return False
        k = before.start
    return False


def _award_parts(s: _Sentence, award: str | None) -> Callable[[int], bool] | None:
    """In a sentence naming several awards, which tokens belong to ``award``.
    A winner owns the awards of its stretch of the sentence, from the winner
    or clause break ("sedangkan", "sementara" ...) before it to the one after
    it: "Banyuwangi meraih KLA kategori Nindya dan UHC Award kategori Utama",
    "Setelah meraih UHC Award ..., Kota Ambon kembali meraih ... Paritrana
    Award", "Gianyar meraih ... Paritrana Award, sementara RSUD Sanjiwani
    meraih ... Anugerah KIP". A stretch without an award takes the next
    award, else the last. A category belongs to the award before it. None
    when the sentence names one award."""
    if award is None or len({m.award for m in s.awards}) < 2:
        return None
    spans = sorted(s.awards, key=lambda m: m.start)
    starts = {m.start for m in s.mentions}
    breaks = record_cues()["breaks"]
    bounds = sorted(starts | {k for k, w in enumerate(s.a.words) if w in breaks})

    def owner_at(i: int) -> set[str]:
        lo = max((b for b in bounds if b < i), default=0)
        hi = min((b for b in bounds if b > i), default=len(s.a.words))
        own = {m.award for m in spans if lo <= m.start < hi}
        after = [m for m in spans if m.start > i]
        return own or {(after[0] if after else spans[-1]).award}

    def belongs(i: int) -> bool:
        if i in starts:
            return award in owner_at(i)
        before = [m for m in spans if m.start <= i]
        return bool(before) and before[-1].award == award

    return belongs


@lru_cache(maxsize=1)
def _range_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    ordinals = {w: int(n) for n, words in data_json("ranks.json")["ordinals"].items()
                for w in words}
    word = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True))
    heads = "|".join(data_json("ranks.json")["heads"])
    return re.compile(rf"\b(?:{heads})\s+({word})\s+(?:sampai|hingga|s\.d\.?|s/d|-)\s+"
                      rf"(?:(?:{heads})\s+)?({word})\b"), ordinals


def _rank_range(s: _Sentence, named: list[_Winner]) -> None:
    """"Juara I sampai III secara berurutan diraih A, B, dan C": a range of
    ranks given to the winners in the order they are named."""
    pattern, ordinals = _range_pattern()
    found = pattern.search(s.a.lower)
    if not (found and record_cues()["sequence"].search(s.a.lower)):
        return
    first, last = ordinals[found.group(1)], ordinals[found.group(2)]
    if last - first + 1 == len(named):
        for k, w in enumerate(named):
            w.rank = first + k


def _acting_for(mentions: list[Mention], doc: Any, m: Mention) -> bool:
    """"Pemerintah Kabupaten Gianyar melalui Dinas Tenaga Kerja": the body
    through which the region named before it won (but "kategori Pemerintah
    Desa melalui Desa Bongkok" names the winner)."""
    return m.start > 1 and doc[m.start - 1].lower_ == "melalui" and any(
        x.end == m.start - 1 or x.located_end == m.start - 1 for x in mentions)


def _owned_by(doc: Any, start: int) -> bool:
    """The mention at ``start`` names an owner: "milik Pemerintah Kota Jambi",
    "badan usaha milik daerah (BUMD) Pemerintah Provinsi NTT" (but "menjadi
    milik Kabupaten X" is a win)."""
    for k in range(start - 1, max(start - 6, 0) - 1, -1):
        word = doc[k].lower_
        if word in record_cues()["owners"]:
            return not (k and doc[k - 1].lower_ == "menjadi")
        if doc[k].is_punct and word not in {"(", ")"}:
            return False
    return False


def _take_recipients(art: _Article, s: _Sentence, winners: dict[str, _Winner],
                     named: list[_Winner], handover: bool, last_named: list[_Winner],
                     presenter: tuple[Official, _Sentence] | None) -> None:
    """Recipients go to the winner their office heads or their title names,
    else the winner named before them in the sentence, else the one winner
    the sentences before named, else the only one. In a handover sentence
    that names no winner, the region a recipient heads is the winner
    ("Gubernur menyerahkan penghargaan kepada Bupati Siak ..."). A recipient
    that ``presenter`` hands to in this sentence gets its winner that
    presenter ("LHP untuk kedua daerah tersebut diserahkan Kepala BPK
    Perwakilan ... Sandy Gumilar kepada Bupati Banjar ... dan Wali Kota
    Banjarbaru ...")."""
    for o in s.officials:
        if o.role != "recipient" or not o.name:
            continue
        target = winners.get(o.body) if o.body else None
        if target is None and o.region:
            name = region_name(o.region)
            target = winners.get(name)
            if target is None and handover and not named and o.region.kind in _REGIONS:
                mention = region_mention(o.region, o.start, o.end, True)
                target = winners[name] = _Winner(mention)
                art.full.setdefault(mention.key, mention)
                art.full.setdefault(mention.name, mention)
        if target is None:
            before = [art.resolve(m) for m in s.mentions if m.start < o.start]
            before = [m for m in before if m and m.name in winners]
            if before:
                target = winners[before[-1].name]
            elif len(last_named) == 1:
                target = last_named[0]
            elif len(winners) == 1:
                target = next(iter(winners.values()))
        if target is not None:
            target.recipient = target.recipient or o.name
            target.with_award = True  # received in a sentence about this award
            target.cite(s.a)
            if presenter and o.region and target.mention.name == region_name(o.region):
                target.presenter = presenter


def _fill_categories(art: _Article, s: _Sentence, winners: dict[str, _Winner]) -> None:
    """"Kota Madiun dinilai berhasil ... untuk kategori Kota Sedang": a
    sentence that is not the win itself may still state a winner's category."""
    if not CATEGORY_WORDS & set(s.a.words):
        return
    cats = categories(s.a.doc, s.a.words, {m.start for m in s.mentions})
    if len({c for _, c in cats}) != 1 or cats[0][1] == "=":
        return
    resolved = [art.resolve(m) for m in s.mentions]
    named = [winners[m.name] for m in resolved if m and m.name in winners]
    if not s.mentions and len(winners) == 1:
        named = list(winners.values())
    for w in named:
        if w.category is None and _fits(cats[0][1], w.mention):
            w.category = cats[0][1]
            w.cite(s.a)


def _pick(sentences: list[_Sentence], find) -> tuple[Any, _Sentence] | tuple[None, None]:
    """The first value ``find`` returns, trying handover sentences first, then
    ceremony sentences, then win sentences."""
    for kind in ("handover", "event", "win"):
        for s in sentences:
            if getattr(s, kind):
                value = find(s)
                if value is not None:
                    return value, s
    return None, None


def _hands_to_one(art: _Article, s: _Sentence) -> bool:
    """A handover sentence with one receiving party after "kepada"
    ("Penghargaan diserahkan Menteri Kesehatan kepada Sekda Karanganyar"):
    its presenter is not the presenter of the other winners the article
    lists ("... kepada seluruh pemenang", "kepada Bupati A dan Wali Kota B"
    are more than one)."""
    if not s.handover or "kepada" not in s.a.words:
        return False
    after = s.a.words.index("kepada")
    ahead = s.a.words[after + 1:after + 3]
    if set(ahead) & record_cues()["collective_receivers"] or any(w.isdigit() for w in ahead):
        return False
    recipients = [o for o in s.officials if o.role == "recipient" and o.start > after]
    inside = {i for o in s.officials for i in range(o.start, o.end)}
    parties = {full.name for m in s.mentions if m.start > after and m.start not in inside
               and _handed_to(s.a.doc, s.mentions, m) and (full := art.resolve(m))}
    parties |= {region_name(o.region) for o in recipients if o.region}
    return len(parties) + len([o for o in recipients if not o.region]) == 1


_NAME_AFTER = {"tangan", "oleh"}  # "dari tangan Akmal Malik", "diserahkan oleh Hamka"


def _presenter_by_name(art: _Article, s: _Sentence) -> Official | None:
    """"Hamka menyerahkan seluruh trofi", "menerima trofi dari tangan Akmal
    Malik": a name alone before the handing verb or after "dari tangan", of
    an official the article names with a title elsewhere."""
    after = record_cues()["presenter_after"]
    words, texts = s.a.words, s.a.texts
    for j in range(1, len(words)):
        if words[j] in after and texts[j - 1][:1].isupper():
            word = texts[j - 1]
        elif words[j - 1] in _NAME_AFTER and texts[j][:1].isupper():
            word = texts[j]
        else:
            continue
        for other in art.sentences:
            for o in other.officials:
                if o.name and word in o.name.split() and not (
                        other.a.quoted or other.a.headline):
                    return replace(o, role="presenter")
    return None


@lru_cache(maxsize=1)
def _stands_for() -> dict[str, str]:
    return {row["title"]: row["stands_for"] for row in data_table("titles.tsv")
            if row["stands_for"] != "-"}


def _full_title(o: Official) -> list[str]:
    """The words of an official's title, a short form written out ("Menaker
    Yassierli" -> "Menteri Ketenagakerjaan")."""
    full = _stands_for().get(o.office)
    if full and o.title.startswith(o.office):
        return [*full.split(), *o.title[len(o.office):].split()]
    return o.title.split()


def _named_elsewhere(art: _Article, official: Official) -> Official:
    """"Seluruh trofi diserahkan oleh Plh Gubernur": the article names the
    holder of that office elsewhere ("Plh Gubernur Kalimantan Timur Sri
    Wahyuni"; "dari tangan Menaker" -> "Yassierli, Menteri
    Ketenagakerjaan")."""
    head = _full_title(official)
    for s in art.sentences:
        for o in s.officials:
            if o.name and _full_title(o)[:len(head)] == head and not s.a.quoted:
                return replace(official, title=o.title, name=o.name)
    return official


def _records(art: _Article, winners: dict[str, _Winner], sentences: list[_Sentence],
             award: str | None) -> list[AwardRecord]:
    """The winners' records, with the award, its round and the ceremony read
    from ``sentences`` (``award`` given when the article reports several)."""
    body = [s for s in sentences if not s.a.headline]
    named = [m for s in body if (s.win or s.handover) for m in s.awards] or [
        m for s in sentences for m in s.awards]
    award = award or Counter(m.award for m in named).most_common(1)[0][0]
    same = [m for s in sentences for m in s.awards if m.award == award]
    year = next((m.year for m in same if m.year), None)
    level = next((m.level for m in named if m.award == award and m.level), None) or next(
        (m.level for m in same if m.level), None)
    if level is None:
        level = next((level_phrase(s.a.doc) for s in body if s.win and level_phrase(
            s.a.doc)), None)
    round_province = next((m.province for m in same if m.province), None)

    following = {id(a): b for a, b in pairwise(art.sentences)}

    def date_of(s: _Sentence) -> tuple[str, int, int] | None:
        # "... di Ballroom Hotel Novotel, Bandar Lampung. Rabu (22/05/2024).":
        # a date standing alone after the sentence is that sentence's
        found = find_date(s.said, art.published, year, art.reference)
        after = following.get(id(s))
        if found is None and after is not None and len(after.a.words) <= 8:
            found = find_date(after.a.sentence.text, art.published, year, art.reference)
        return found

    date_found, date_s = _pick(body, date_of)
    venue_found, venue_s = _pick(body, lambda s: find_venue(s.said, True))
    if venue_found is None:
        venue_found, venue_s = _pick(body, lambda s: find_venue(s.said))

    def presenter_of(s: _Sentence) -> Official | None:
        if len(winners) > 1 and _hands_to_one(art, s):
            return None  # it goes only to the winner its sentence names
        named_first = [o for o in s.officials if o.role == "presenter"]
        return next((o for o in named_first if o.name), named_first[0] if named_first else (
            _presenter_by_name(art, s) if s.handover else None))

    presenter, presenter_s = _pick(body, presenter_of)
    if presenter and presenter.name is None:
        better, better_s = _pick(body, lambda s: p if (p := presenter_of(s)) and p.name else None)
        if better:
            presenter, presenter_s = better, better_s
    if level is None and presenter is not None and presenter.national:
        level = "nasional"
    if level is None:
        level = award_level(award)
    if level != "nasional" and round_province is None and presenter and presenter.region:
        round_province = presenter.region.province
    if level != "nasional" and round_province is None:
        # a round whose winning regions all lie in one province is that
        # province's round
        provinces = {w.mention.province for w in winners.values()
                     if w.mention.type in _REGIONS}
        round_province = provinces.pop() if len(provinces) == 1 else None
    if presenter is not None and presenter.name is None:
        presenter = _named_elsewhere(art, presenter)
    article_presenter, article_presenter_s = presenter, presenter_s

    records = []
    for w in winners.values():
        m = w.mention
        presenter, presenter_s = w.presenter or (article_presenter, article_presenter_s)
        province = m.province
        if m.type not in {"provinsi", "kabupaten", "kota"} and level != "nasional":
            province = round_province or province
        evidence = list(w.evidence)
        for s in (date_s, venue_s, presenter_s):
            if s is not None and all(e.start != s.a.sentence.start for e in evidence):
                evidence.append(Evidence(s.a.sentence.text, s.a.sentence.start,
                                         s.a.sentence.end))
        records.append(AwardRecord(
            award=award, awardee=m.name, awardee_type=m.type, award_year=year, level=level,
            category=w.category, rank=w.rank, province=province,
            event_date=date_found[0] if date_found else None,
            venue=venue_found[0] if venue_found else None,
            presenter=presenter.name if presenter else None,
            presenter_title=presenter.title if presenter else None,
            recipient=w.recipient,
            evidence=sorted(evidence, key=lambda e: e.start)))
    return records
