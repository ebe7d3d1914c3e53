"""Assemble award records from an article: which awards it reports, who the
winners of each are, and the rank, category and recipient of each winner.

The article's sentences and what kind each is are read in ``story``; the
ceremony (date, venue, presenter) and the records themselves in ``ceremony``.
A record needs a winner named in a sentence that reports a win or a handover
now.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from extractors.award import (
    CATEGORY_WORDS,
    AwardMention,
    any_tier,
    awards_named_only_after,
    categories,
    category_at,
    for_staff,
    names_a_category,
    names_an_award,
    opens_with_award,
    without_award_names,
)
from extractors.awardee import (
    ADVERBS,
    GOVERNMENT_WORDS,
    LEGAL_FORMS,
    PREFIX_KIND,
    WINNER_WORDS,
    Mention,
    body_acronym,
    is_count,
    list_glue,
    list_intros,
    region_mention,
    region_name,
    sent_by,
    sole_region,
)
from extractors.ceremony import (
    ceremony_records,
    hands_to_one,
    named_presenter,
    named_taker,
    presenter_by_name,
    presenters_by_category,
    serves_a_winner,
)
from extractors.clauses import (
    clause_parts,
    outside_names,
    plan_free_words,
    without_plan_free_terms,
    won_after_shortlist,
)
from extractors.cuewords import Words, gives_gesture, listed_rank_words, ordinal_words, record_cues
from extractors.gazetteer import gazetteer
from extractors.lexicon import data_json, region_heads
from extractors.lists import COUNTED_KINDS, DASHES, speaks_of_winners
from extractors.people import Official, stands_for
from extractors.record import AwardRecord, Evidence
from extractors.story import (
    COUNTED_LIST_OPENERS,
    LIST_OPENERS,
    REGIONS,
    Sentence,
    Story,
    Winner,
    handed_to,
    prizes_counted_at,
)
from extractors.text import abbreviated, initials, leading_headline, opening_lines
from extractors.tidy import tidy
from extractors.when_where import WEEKDAYS

_CATEGORY_TYPES = {"Pemerintah Provinsi": {"provinsi"},
                   "Pemerintah Kabupaten/Kota": {"kabupaten", "kota"},
                   "Pemerintah Desa": {"desa"},
                   "Perusahaan Besar": {"perusahaan", "lainnya"},
                   "Perusahaan Menengah": {"perusahaan", "lainnya"},
                   "Usaha Kecil Mikro": {"perusahaan", "lainnya"}}


_LIST_AFTER_AND = {"untuk", "juara", "peringkat", "terbaik", "posisi"}
_AWARD_OPENERS = {"pada", "dalam", "ajang"}  # "peringkat I pada Paritrana Award"


def _ranked_against(words: list[str], i: int) -> bool:
    """The words at ``i`` place the winner against others ("di bawah Kota
    Makassar", "di atas Provinsi X", a rank "dari enam kota besar lainnya
    yaitu ...", a rank "setelah Kabupaten X"); not "di bawah kepemimpinan
    Gubernur X", who led the winner."""
    if (words[i] == "dari" and i + 1 < len(words) and is_count(words[i + 1])) or (
            words[i] in record_cues()["ranked_after"]):
        # ("peringkat ketiga setelah Kabupaten X": X ranked above)
        return any(record_cues()["rank"].has_word(w) for w in words[max(0, i - 4):i])
    if words[i] not in _against_openers():
        return False
    cues = record_cues()
    against = cues["ranked_against"]
    # (a cue of one word is written joined: "dibawah Kota Makassar")
    after = i + 1 if words[i] in against else i + 2 if " ".join(words[i:i + 2]) in against else 0
    return after > 0 and cues["led_under"].isdisjoint(words[after:after + 1])


@lru_cache(maxsize=1)
def _against_openers() -> frozenset[str]:
    """The first words of the cues placing a winner against others."""
    return frozenset(cue.split()[0] for cue in record_cues()["ranked_against"])


def _clauses(words: list[str], starts: set[int], ranks: set[int]) -> list[tuple[int, int]]:
    """Token ranges of the clauses of a winners list: cut before "sedangkan",
    "disusul" ..., at ", untuk X" / ", kepada X" / ", dan juara ...", at a comma before
    the next winner ("Kota Padang (juara I), Kabupaten Dharmasraya (juara
    II), dan ...") and at "dan" before a winner after a rank of the winner
    before ("Kabupaten X meraih juara dua dan Lombok Utara berada di ..."),
    and at "dan" before a rank a verb gives to the winner after it ("...,
    disusul B dan terbaik ketiga diraih oleh C";
    ``starts`` are where possible winners and ranks start, ``ranks`` where
    ranks start)."""
    breaks = record_cues()["breaks"] | record_cues()["outranked"]
    cuts = [0]
    n = len(words)
    winners_at = starts - ranks
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < n else ""
        ranked = False
        if word in {"dan", "serta"} and i + 1 in winners_at:
            rank = min((r for r in ranks if cuts[-1] < r < i), default=None)
            ranked = rank is not None and any(cuts[-1] <= k < rank for k in winners_at) and (
                not any(rank < k < i for k in winners_at))
        elif word in {"dan", "serta"} and i + 1 in ranks and (
                i + 2 in winners_at or i + 3 in winners_at):
            # "Peringkat kedua Kabupaten Badung dan ketiga Kabupaten Agam": a
            # rank before its winner, then the next rank before its own
            first_rank = min((r for r in ranks if cuts[-1] <= r < i), default=None)
            ranked = first_rank is not None and any(first_rank < k < i for k in winners_at) and (
                not any(cuts[-1] <= k < first_rank for k in winners_at))
        elif word in {"dan", "serta"} and i + 1 in ranks:
            # "..., disusul Sumatera Selatan dan terbaik ketiga diraih oleh
            # Jambi": a rank its own verb gives to the winner after it
            won_by = _won_by()
            slot = next((k for k in range(i + 2, min(i + 6, n))
                         if words[k] in won_by), None)
            ranked = slot is not None and any(slot < k <= slot + 2 for k in winners_at)
        elif word == "dengan":  # "X keluar sebagai pemenang, dengan BPR di posisi kedua"
            ranked = i + 1 in winners_at and i > 0 and words[i - 1] == ","
        # ("opini WTP atas LKPD A, LKPD B, serta opini TMP atas LKPD C": the
        # next opinion's clause)
        if word in breaks or ranked or _ranked_against(words, i) or (
                word in {"serta", "dan"} and nxt == "opini") or (word == "," and (
                nxt in {"untuk", "kepada"} or (i + 1 in starts and not _heads_winner(
                    cuts[-1], i, ranks, winners_at) and not _rank_in_apposition(
                    words, cuts[-1], i, ranks, winners_at)) or (nxt == "dan" and (
                    i + 2 in starts or (i + 2 < n and words[i + 2] in _LIST_AFTER_AND))))):
            cuts.append(i)
    cuts.append(n)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _rank_in_apposition(words: list[str], lo: int, i: int, ranks: set[int],
                        winners_at: set[int]) -> bool:
    """The rank after the comma at ``i`` describes the winner of the clause
    before, which has none ("kepada Desa Sungai Kakap, juara I lomba desa
    tingkat provinsi, di Pontianak"): no winner follows it before the next
    comma."""
    end = next((k for k in range(i + 1, len(words)) if words[k] == ","), len(words))
    return i + 1 in ranks and any(lo <= k < i for k in winners_at) and not any(
        lo <= r < i for r in ranks) and not any(i < k < end for k in winners_at)


def _heads_winner(lo: int, i: int, ranks: set[int], winners_at: set[int]) -> bool:
    """The clause from ``lo`` to the comma at ``i`` is a rank alone, heading
    the winner after the comma ("Terbaik kedua, Pj Walkot Makassar, ..."; not
    "juara 1 damkar Indrapura, juara 2 Emirat": a rank with a winner of its
    own the rules do not know)."""
    last = max((r for r in ranks if lo <= r < i), default=None)
    return last is not None and i - last <= 3 and not any(lo <= k < i for k in winners_at)


def _failed(words: list[str]) -> bool:
    """A winners-list clause of a region that did not win: "sementara
    Kabupaten X, tetangga Y, terhenti di babak penilaian lapangan", or won
    a lesser grade ("Ketiga kabupaten yang meraih WDP yakni ..."). A leading
    clause of time or cause tells of no one failing ("Usai wawancara para
    finalis di Palu, tim juri menetapkan ...")."""
    cues = record_cues()
    clause = Words.of(" ".join(words))
    lead = words.index(",") if "," in words and words[0] in cues["causes"] else -1
    # (one that lost to a winner ranks below it, no failure: "A hanya kalah
    # dari Kelurahan B yang menjadi pemenang pertama")
    told_words = words[lead + 1:]
    if "kalah" in told_words:
        told_words = [w for k, w in enumerate(told_words) if not (
            w == "kalah" and told_words[k + 1:k + 2] == ["dari"])]
    # (nor a category called a nomination: "... untuk nominasi UP2K")
    told = without_plan_free_terms(" ".join(told_words))
    return (cues["failed"].found(told) and not cues["win"].found(told)) or (
        cues["lesser"].found(clause) and not _LEFT_BEHIND.search(clause.joined))


# a lesser grade a winner rose from: "naik dari zona kuning ke zona hijau"
_LEFT_BEHIND = re.compile(r" (?:dari|semula|sebelumnya) (?:opini |predikat |kategori )?(?:"
                          + "|".join(map(re.escape, data_json("cues.json")["lesser_grades"]))
                          + ") ")


def _published(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extract_records(text: str, title: str | None = None,
                    published: Any = None) -> list[AwardRecord]:
    """Award records of one article, in the order the article names the winners,
    read tidied (``tidy``) and quoted as written. A headline given apart from
    the text (a crawled page's title) is read as the text's first line; a page
    given without its title has the headline its text opens with. Evidence
    cites sentences of the text only. A page that names no award and tells
    of no prize won gives none, told from the text as written (most pages
    of a site: nothing is tidied)."""
    if not _tells_of_a_prize(f"{title or ''}\n{text}"):
        return []
    tidied = tidy(text)
    title = title and tidy(title).text.strip()
    head = f"{title}\n" if title and title.lower() not in tidied.text.lower() else ""
    records = _records(head + tidied.text, title, published)
    for r in records:
        r.evidence = [tidied.as_written(Evidence(e.text, e.start - len(head), e.end - len(head)))
                      for e in r.evidence if e.start >= len(head)]
    return records


def _records(text: str, title: str | None, published: Any) -> list[AwardRecord]:
    title = title or leading_headline(text)
    # a page given without a headline: its lede says what the news is
    lede = None if title else _lede(text)
    # (a first sentence with no dateline that names no award is no lede: a page
    # cut from the middle of its story, "Untuk kategori ... yaitu ... wawancara")
    if (title and _about_a_stage(text, title)) or (
            _unfinished(title) and not _lede_reports_a_win(text, title)) or (
            lede and names_an_award(lede) and _unfinished(lede)
            and not _announces_winners(lede)) or awards_named_only_after(
            title or lede or "", record_cues()["landmarks"]):
        return []  # cheap: no sentence is tokenized
    art = Story(text, title, _published(published))
    if not any(s.awards for s in art.sentences) and not art.awards_by_category() and not (
            art.award_unnamed()):
        return []
    scopes = [(award, sentences, _collect_winners(art, sentences, award))
              for award, sentences in _award_scopes(art)]
    # (an award none wins here, or only a person: "Direktur Utama ... juga
    # dinobatkan sebagai Top CEO BUMD", is no scope: the handover told after
    # it is the others')
    unwon = {award for award, _, winners in scopes if not winners}
    if unwon and len(unwon) < len(scopes):
        scopes = [(award, sentences, _collect_winners(art, sentences, award))
                  for award, sentences in _award_scopes(art, unwon)]
    records = []
    for award, sentences, winners in scopes:
        if award:
            # "Giliran RSUD X menerima penghargaan" after the Paritrana
            # paragraph: a winner the article ties to another award only.
            winners = {name: w for name, w in winners.items() if w.with_award or not any(
                name in other and other[name].with_award for _, _, other in scopes)}
        if winners:
            _drop_counters_of_bodies_wins(winners)
            _shared_categories(winners)
            presenters_by_category(art, sentences, winners)
            records += ceremony_records(art, winners, sentences, award)
    records = _one_ceremony(records)
    _rank_from_headline(art, records)
    if not records:
        winners = _headline_winners(art)
        if winners:
            records = ceremony_records(art, winners, art.sentences, None)
    # (no region or body wins a medal for its staff's years of service)
    return [r for r in records if not for_staff(r.award)]


def _rank_from_headline(art: Story, records: list[AwardRecord]) -> None:
    """The rank a headline gives the one winner it names ("Musi Rawas Raih
    Juara 2 TPID Award Sumatera 2025") is that winner's, when the body gives
    the article's only record of it no rank."""
    for s in art.sentences:
        if not s.a.headline:
            continue
        ranks = s.a.label("RANK")
        names = {full.name for m in s.mentions if (full := art.resolve(m))}
        if len(ranks) != 1 or not ranks[0].id_.isdigit() or len(names) != 1:
            continue
        name = names.pop()
        same = [r for r in records if r.awardee == name]
        if len(same) == 1 and all(r.rank is None for r in records):
            same[0].rank = int(ranks[0].id_)


_RANK_WON = ("juara", "peringkat", "terbaik")  # rank heads a prize may be won as
# whom a prize is handed to: "kepada ...", or "untuk" or "ke" and a name
# ("menyerahkan penghargaan untuk Desa Nanga Jetak", "... ke Bank Jateng")
_TO = r"(?:kepada\b|(?:untuk|ke)\s+(?-i:[A-Z]))"


@lru_cache(maxsize=1)
def _prize_won() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of a prize won or handed to someone, and its verbs."""
    prizes = record_cues()["prizes"]
    words = "|".join(sorted(prizes["words"]))

    def verbs(key: str) -> str:
        return "|".join(sorted(prizes[key]))

    return re.compile(
        rf"\b(?:{verbs('won_by')})\s+(?:\w+\s+){{0,2}}?(?:{words})\b"  # "meraih penghargaan"
        # "meraih peringkat II OPD berkinerja terbaik", "menjadi juara pertama": a
        # rank won, no prize word
        rf"|\b(?:{verbs('won_by')}|{verbs('ranked_as')})\s+(?:\w+\s+)?(?:{'|'.join(_RANK_WON)})"
        r"\s+(?:harapan\s+)?(?:ke-?\s*)?"  # "meraih juara harapan II"
        r"(?:\d\b|i{1,3}\b|iv\b|v\b|pertama|kedua|ketiga|satu\b|dua\b|tiga\b)"
        # "juara I diraih Temanggung": a rank and who won it, no prize word
        rf"|\b(?:{'|'.join(_RANK_WON)})\s+(?:ke-?\s*)?"
        r"(?:\d|i{1,3}|iv|v|pertama|kedua|ketiga|satu|dua|tiga)\s+"
        rf"(?:{verbs('won_after')})\b"
        # (past who handed it, with a service rank and degrees: "diserahkan oleh
        # Kapolda NTB Irjen Pol. Mohammad Iqbal, SH., MSi kepada ...")
        rf"|\b(?:{words})\b[^.]{{0,80}}?\b(?:{verbs('handed')})\s+(?:\S+\s+){{0,10}}?{_TO}"
        # "Penghargaan tingkat nasional kembali diraih Kabupaten Pamekasan",
        # "Piagam penghargaan perusahaan perkebunan terbaik tahun 2024 jatuh ke
        # tangan PT X"
        rf"|\b(?:{words})(?:\s+\w+){{0,6}}?\s+(?:{verbs('won_after')})\s+(?:oleh\s+)?(?-i:[A-Z])"
        # "menyerahkan penghargaan (percepatan penurunan stunting) kepada",
        # "... (insentif fiskal pengendalian inflasi periode ke-3 tahun 2023) kepada"
        rf"|\b(?:{verbs('gives')})\s+(?:\w+\s+){{0,2}}?(?:{words})\s+(?:[a-z0-9/-]+\s+){{0,9}}?"
        rf"{_TO}", re.I), (
        prizes["won_by"] | prizes["ranked_as"] | prizes["handed"] | prizes["gives"]
        | prizes["won_after"])


def _tells_of_a_prize(text: str) -> bool:
    """The text names an award, or tells of a prize won or handed over
    without naming it. Read as written: the alias and hint patterns take any
    spacing and casing tidying would mend, and a misspelt name ("Panitrana
    Award", "Anugerah Keterbukan Informasi Publik") still has the head word
    or "Award" the hint reads."""
    return names_an_award(text) or _wins_a_prize(text)


def _wins_a_prize(text: str) -> bool:
    """The text says a prize is won or handed to someone, named or not
    ("meraih penghargaan ...", "penghargaan ... diberikan kepada ...")."""
    pattern, verbs = _prize_won()
    low = text.lower()
    # (the pattern needs a verb and a prize word: most pages have neither)
    return any(w in low for w in verbs) and any(
        w in low for w in (*record_cues()["prizes"]["words"], *_RANK_WON)) and pattern.search(
        text) is not None


def _one_ceremony(records: list[AwardRecord]) -> list[AwardRecord]:
    """An article reporting several awards ("... menerima Nirwasita Tantra.
    Sementara itu, Adipura Kencana diterima oleh ...") dates and places them
    once: an award read with neither date nor venue takes those of the
    others, where they are one; and, won by one winner, presents them once."""
    held = {(r.event_date, r.venue) for r in records if r.event_date or r.venue}
    if len(held) != 1:
        return records
    day, venue = held.pop()
    records = [r if r.event_date or r.venue else replace(r, event_date=day, venue=venue)
               for r in records]
    # (and one presenter of several awards handed to one winner: "Kota X
    # meraih Juara 1 A. Kota X juga meraih Juara 2 B. Penghargaan diserahkan
    # Gubernur Y ...")
    presenters = {(r.presenter, r.presenter_title) for r in records if r.presenter}
    if len(presenters) != 1 or len({r.awardee for r in records}) != 1:
        return records
    name, title = presenters.pop()
    return [r if r.presenter else replace(r, presenter=name, presenter_title=title)
            for r in records]


_HEADLINE_WINS = ("win", "headline_wins", "win_weak")  # cue lists of a headline's verbs


def _given_in_headline(s: Sentence, winners: dict[str, Winner]) -> None:
    """The region a headline hands the award to ("Kemendikbud Berikan Anugerah
    Merdeka Belajar ke Pemkab Humbahas"): the one named right after "ke" or
    "kepada" past a giving verb."""
    words = s.a.words
    given = next((k for k, w in enumerate(words) if w in record_cues()["headline_gives"]), None)
    if given is None:
        return
    for m in s.mentions:
        if m.explicit and m.type in REGIONS and m.start > given and m.name not in winners and (
                words[m.start - 1] in {"ke", "kepada"}):
            winners[m.name] = Winner(m)
            winners[m.name].cite(s.a)


def _headline_winners(art: Story) -> dict[str, Winner]:
    """Where the body names no winner (a story cut off, a body about the
    ceremony only), the winners a headline reports beside the award: "Pemkab
    Kulon Progo Raih Penghargaan Bergengsi Paritrana Award DIY 2025 Terbaik
    II", "Pemkab Pati Mendapat Penghargaan Kota Layak Anak"; a bare name the
    headline opens with, right before its verb, is the one region so called
    ("Magetan Boyong Penghargaan Swasti Saba Wistara")."""
    winners: dict[str, Winner] = {}
    cues = record_cues()
    for s in art.sentences:
        if not (s.a.headline and s.awards and not cues["hypothetical"].found(s.whole)):
            continue
        if not any(cues[k].found(s.whole) for k in _HEADLINE_WINS):
            _given_in_headline(s, winners)
            continue
        _take_winners(art, s, winners, _CategoryState(), True, None)
        subject = s.mentions[0] if s.mentions and s.mentions[0].start == 0 else None
        region = subject and sole_region(subject)
        verb = s.a.words[subject.end] if subject and subject.end < len(s.a.words) else ""
        if region and region.name not in winners and any(
                cues[k].has_word(verb) for k in _HEADLINE_WINS):
            winners[region.name] = Winner(region)
            winners[region.name].cite(s.a)
    # (a body other than a region only as a headline's subject, or listed
    # after a colon its winners head, and when the text reports the win
    # itself: "SMPN 2 Wonosari Raih Adiwiyata" over "Sekolah itu menerima
    # penghargaan ...", "Ini Dia Jawara Anugerah X: PT A, Bank B, RS C" over
    # "Gubernur menyerahkan Anugerah X kepada para pemenang ...")
    told = any((s.win or s.handover) and not (s.a.headline or s.a.quoted) for s in art.sentences)
    subjects = {m.name for s in art.sentences if s.a.headline for m in s.mentions
                if m.explicit and any(cues[k].has_word(w) for k in _HEADLINE_WINS
                                      for w in s.a.words[m.end:m.end + 3])}
    for s in art.sentences:
        colon = s.a.words.index(":") if s.a.headline and s.awards and ":" in s.a.words else 0
        if colon and told and speaks_of_winners(" ".join(s.a.words[:colon])):
            for m in s.mentions:
                if m.explicit and m.start > colon and m.name not in winners:
                    winners[m.name] = Winner(m)
                    winners[m.name].cite(s.a)
                    subjects.add(m.name)
    return {name: w for name, w in winners.items()
            if w.mention.type in REGIONS or (told and name in subjects)}


# "WARTA, TARAKAN – ", "Palangka Raya (ANTARA) - ", "KUPANG | ": where a news
# lede opens
_DATELINE = re.compile(r"^(?=[^–—|-]{0,60}(?:\b[A-Z]{3,}\b|\(ANTARA\)))[^–—|-]{0,60}"
                       r"(?:[–—-]{1,2}|\|)\s")


def _lede(text: str) -> str:
    """The first sentence of a text (its dateline included): for a page
    given without a headline, what the news is ("... menjalani sesi
    wawancara Paritrana Award ..."; but "... mengumumkan para pemenang
    dari 50 finalis" announces winners)."""
    return _first_sentence(opening_lines(text)[0])


def _first_sentence(line: str) -> str:
    """A line's first sentence: up to the first full stop that ends one (not
    an honorific's or a title's: "Ketua Tim Penilai, H. Darman, menyebutkan
    ...")."""
    for m in _STOP.finditer(line):
        word = line[:m.start()].rsplit(maxsplit=1)[-1] if line[:m.start()].strip() else ""
        if not abbreviated(word):
            return line[:m.start()]
    return line


_STOP = re.compile(r"(?<=[.!?])\s")


def _lede_reports_a_win(text: str, title: str) -> bool:
    """The story's first sentence after its headline reports the award won
    at its ceremony, no word of a plan, a stage or a hope in it: a headline's
    "Nominasi" ("Ambon Raih Dua Nominasi API Award 2023") then means the
    categories won ("Kota Ambon berhasil meraih dua kategori terbaik pada
    malam puncak Anugerah Pesona Indonesia ...")."""
    lede = _lede_after(text, title)
    cues = record_cues()
    return lede is not None and bool(cues["win"].search(lede) or cues["handover"].search(
        lede)) and names_an_award(lede) and bool(
        cues["event"].search(lede) or cues["handover"].search(lede)) and not (
        cues["hypothetical"].search(outside_names(lede)) or cues["unfinished"].search(lede))


def _lede_after(text: str, title: str) -> str | None:
    """The story's first sentence after its headline (and any line that
    reads as one), or None."""
    rest = text
    while rest:
        line, rest = opening_lines(rest)
        if line and line != title and not leading_headline(f"{line}\n{rest}"):
            return _first_sentence(line)
    return None


def _names_a_stage(text: str, headline: bool = False) -> bool:
    """The text names a round still under way and no win or handover
    ("Tim Juri ... Verifikasi Lapangan ke Desa Nita"); in a headline, one of
    its short win verbs before an award's name is a win too ("Ganjar Wakili
    Jateng Terima Green Leadership": received; not "Terima Tim Penilai")."""
    cues, words = record_cues(), Words.of(text)
    # (a time of year is no stage: "Jelang akhir tahun, Pemkot X memperoleh ...")
    return cues["unfinished"].found(plan_free_words(text)) and not (
        cues["win"].found(words) or cues["handover"].found(words) or (
            headline and any(cues["headline_wins"].has_word(m[0].lower())
                             and opens_with_award(text[m.end():].lstrip())
                             for m in _WORD_RUN.finditer(text))))


_WORD_RUN = re.compile(r"\S+")


def _about_a_stage(text: str, title: str) -> bool:
    """A headline that tells of no win over a lede about a round still under
    way ("DKP3A Kaltim Dorong Kabupaten/Kota Naik Predikat KLA" over "...
    menggelar sosialisasi evaluasi KLA 2024 ..."): no win is reported."""
    cues = record_cues()
    if any(cues[key].search(title) for key in (*_HEADLINE_WINS, "handover", "rank")):
        return False
    lede = _lede_after(text, title)
    return lede is not None and _names_a_stage(lede)


def _announces_winners(lede: str) -> bool:
    """A lede that names the winners of the round it is about ("...
    mengumumkan para pemenang dari 50 finalis"), not one that is still
    choosing them ("verifikasi lapangan ... untuk menentukan juara 1, 2,
    dan 3")."""
    cues = record_cues()
    low = lede.lower()
    # (or sets a winner in its place: "Tim Penilai ... menetapkan X sebagai
    # Juara I", "X ditetapkan oleh dewan juri sebagai juara II", "Tim Penilai
    # ... telah menetapkan para pemenang ...")
    return (bool(cues["list_subjects"].search(lede)) and (
        cues["win"].search(lede) or cues["handover"].search(lede) or cues["event"].search(lede))
    ) or (not cues["setting"].isdisjoint(low.split()) and (
        _SET_AS_WINNER.search(low) is not None or _SETS_THE_WINNERS.search(low) is not None)
          ) or _SET_AS_WINNER_BY.search(low) is not None or (
        _CHOSEN_AS_WINNER.search(low) is not None)


# "Ketua Tim Penilai ... menyebutkan bahwa Desa X terpilih sebagai Juara I"
_CHOSEN_AS_WINNER = re.compile(r"\b(?:terpilih|dipilih)\s+(?:menjadi|sebagai)\s+"
                               r"(?:juara|pemenang|peringkat|terbaik)\b")
_SET_AS_WINNER = re.compile(r"\bsebagai\s+(?:juara|pemenang|peringkat|terbaik)\b")
_SETS_THE_WINNERS = re.compile(r"\bmenetapkan\s+(?:para\s+)?(?:pemenang|juara|peraih)\b")
_SET_AS_WINNER_BY = re.compile(r"\b(?:ditetapkan|dinobatkan)\s+oleh\b[^.,]{0,40}?"
                               + _SET_AS_WINNER.pattern)


_PASSED_INTO = re.compile(r"\b[Ll]olos\s+")


def _tells_a_win(text: str) -> bool:
    """A win, a handover or a headline's verb of a win is told in ``text``."""
    cues = record_cues()
    return any(cues[key].search(text) for key in ("win", "handover", "headline_wins"))


def _unfinished(title: str | None) -> bool:
    """The headline reports a round still under way and no win: "Lahat Jadi
    Nominator Tiga Besar Paritrana Award Sumsel 2025", "Tim Juri ...
    Verifikasi Lapangan ke Desa Nita", "... akan Terima Penghargaan". What the
    story says of winners is background (last round's result, the province's
    champion)."""
    if not title:
        return False
    # "9 Sekolah ... Lolos Adiwiyata Nasional": passed into the award's status,
    # a win (not "Lolos ke Tahap Verifikasi", "Lolos Tiga Besar")
    title = _PASSED_INTO.sub(lambda m: "Raih " if opens_with_award(title[m.end():]) else m[0],
                             title)
    if _names_a_stage(title, headline=True):
        return True
    cues = record_cues()
    # "Kanwil, Pemprov dan 12 Kabupaten/Kota di Sumsel akan Terima
    # Penghargaan ...": every win the headline tells of is still a plan
    # (a plan word inside a name is none: "Keluarga Berencana")
    # (a relative clause goes on with the plan of a win before it, "akan Terima
    # Penghargaan yang Diserahkan Wapres", but not with another plan: "akan
    # mengarak Piala Adipura yang diterima dari KLHK" was received)
    planned = []
    # (a clause a conjunction opens plans apart: "X meraih terbaik I ... dan
    # akan melaju ke tingkat nasional" won)
    for clause in (c for piece in re.split(r"[;:!?]", title) for c in clause_parts(piece)):
        before = None  # whether the part before told of a win, and planned it
        for part in re.split(r"\byang\b", clause, flags=re.I):
            if cues["shortlist"].search(part.lower()):
                # "Magelang Masuk Dua Kategori Lima Besar ...": a shortlist (but
                # "Masuk 8 Besar dan Dianugerahi ...": a win joined to it)
                won = won_after_shortlist(part.lower())
                planned.append(won is None)
                before = won is None
                continue
            if not _tells_a_win(part):
                before = None
                continue
            # (a hope told after the win is of something else: "Koperasi X Raih
            # Penghargaan Nasional, Dinas Berharap Bisa Jadi Inspirasi")
            hope = cues["hopes"].search(part)
            part = part[:hope.start()] if hope and _tells_a_win(part[:hope.start()]) else part
            plan = cues["hypothetical"].found(plan_free_words(outside_names(
                without_award_names(part)))) or bool(before)
            planned.append(plan)
            before = plan
    return bool(planned) and all(planned)


def _award_scopes(art: Story, unwon: Container[str] = ()
                  ) -> list[tuple[str | None, list[Sentence]]]:
    """The sentences each award's records are read from. Most articles report
    one award: all sentences, the award decided from them (None). An article
    whose win sentences name two or more awards ("meraih KLA ... dan UHC
    Award ...") reads each from the sentences after a mention of it, up to a
    mention of another one; sentences before any award go to every scope.
    Awards in ``unwon`` (none of the article's winners won them) open no
    scope."""
    written: dict[str, None] = {}
    body = [s for s in art.sentences if not s.a.sentence.noise]
    for s, after in zip(body, [*body[1:], None], strict=True):
        if s.win and not s.a.headline and (_names_its_winners(s) or (
                _opens_with_a_count(s) and _listed_next(after))):
            # (nor, after a prize named before, the ceremony a later sentence
            # names: "... meraih Adhi Purna Karya Award. Gubernur menerimanya
            # ... pada perhelatan APPSI Gubernur Award, di Surabaya")
            written.update((m.award, None) for m in s.awards if not _contest_of_prize(s, m)
                           and not (written and _ceremony_before(s, m) is not None))
    same = _same_award(written)
    won = list(dict.fromkeys(same[award] for award in written if same[award] not in unwon))
    if len(won) < 2:
        return [(None, art.sentences)]
    scopes: dict[str, list[Sentence]] = {award: [] for award in won}
    current: set[str] = set(won)
    for s in art.sentences:
        # (not the ceremony a prize was won at: "meraih Provinsi Layak Anak
        # dalam penganugerahan Kabupaten/Kota Layak Anak")
        named = {same.get(m.award, m.award) for m in s.awards if same.get(
            m.award, m.award) in scopes and not _contest_of_prize(s, m)}
        if named and not s.a.headline:
            current = named
        for award in (named if s.a.headline else current):
            scopes[award].append(s)
    return list(scopes.items())


def _same_award(names: list[str]) -> dict[str, str]:
    """Each award name mapped to the shortest other one whose words it
    holds ("KPPU Award Nindya", "Penganugerahan KPPU Award" and "Pemenang
    Juara Kategori Kemitraan KPPU Award" are the KPPU Award), or to itself."""
    padded = {name: f" {name.lower()} " for name in names}
    return {name: min((other for other in names if other != name
                       and padded[other] in padded[name]), key=len, default=name)
            for name in names}


# "Ketujuh kepala daerah tersebut mendapatkan ...": the group named before
_GROUP_NAMED_BEFORE = re.compile(r"^ke\w+\s+(?:\S+\s+){0,2}?(?:tersebut|itu)\b")


def _opens_with_a_count(s: Sentence) -> bool:
    """The sentence opens by counting a group, a link before or not
    ("Sebanyak 35 kabupaten/kota ...", "Tiga desa ...", "Sebagai informasi,
    sebanyak 35 ...")."""
    k = next((i for i, w in enumerate(s.a.words[:5]) if is_count(w)), None)
    return k is not None and not any(m.start < k for m in s.mentions)


def _listed_next(s: Sentence | None) -> bool:
    """The sentence lists two winners or more and names no award: the list
    of those the sentence before counted ("Sebanyak 35 kabupaten/kota turut
    dianugerahi penghargaan Kabupaten/Kota Layak Anak. Kategori Pratama
    diraih Kabupaten Jepara, Kudus, ...")."""
    return s is not None and not s.awards and sum(m.explicit for m in s.mentions) >= 2


def _names_its_winners(s: Sentence) -> bool:
    """A win sentence that names who won: a body, an official, or a group
    named before ("Keduanya ...", "Ketujuh kepala daerah tersebut ..."); not
    one that only counts them ("Untuk perusahaan, ada 486 perusahaan ...
    yang menerima penghargaan Kecelakaan Nihil"), which wins no award of its
    own in an article reporting several."""
    return bool(s.mentions or s.officials or record_cues()["collective"].match(s.a.lower)
                or _GROUP_NAMED_BEFORE.match(s.a.lower))


def _ceremony_before(s: Sentence, m: AwardMention) -> int | None:
    """Where the ceremony ``m`` names opens: an event word a link opens, a
    few words before it ("pada malam Penganugerahan X", "pada perhelatan
    X"); None when ``m`` names none."""
    links, words = record_cues()["contest_links"], s.a.words
    return next((k for k in range(m.start - 1, max(m.start - 8, 1), -1)
                 if record_cues()["event"].has_word(words[k])
                 and not links.isdisjoint(words[max(k - 2, 0):k])), None)


def _contest_of_prize(s: Sentence, m: AwardMention) -> bool:
    """``m`` is the contest the award named right before it was won in
    ("menggondol penghargaan Pakarti Utama II pada lomba Posyandu"), what
    it was given for ("Upakarya Wanua Nugraha atas perannya dalam Lomba
    Desa"), or the ceremony it was won at ("menerima Swasti Saba Padapa
    pada malam Penganugerahan Kabupaten/Kota Sehat dan STBM Award"): one
    win, of that award."""
    links = record_cues()["contest_links"]
    words = s.a.words

    def linked(between: list[str]) -> bool:
        return set(between) <= links or (
            between[:1] == ["atas"] and len(between) <= 5 and between[-1] in links)

    ceremony = _ceremony_before(s, m)
    # (or the occasion opening the sentence before the prize: "Pada Naker Award
    # 2025 di Balai Kartini, ..., penghargaan Paramakarya diraih PT X")
    opening = m.start in (1, 2) and words[0] in links and any(o.start > m.end for o in s.awards)
    # (a prize's end past the rank its name carries: "Pakarti Utama I pada lomba ...")
    ranked = {r.start: r.end for r in s.a.label("RANK")}
    return opening or any(o.end < m.start and (linked(words[ranked.get(o.end, o.end):m.start]) or (
        ceremony is not None and o.end <= ceremony) or (
        # (or joined to a name of that ceremony: "dalam Penganugerahan
        # Kabupaten/Kota Sehat Swasti Saba dan STBM Award")
        words[o.end:m.start] in (["dan"], ["serta"]) and _contest_of_prize(s, o)))
        for o in s.awards)


def _collect_winners(art: Story, sentences: list[Sentence],
                     award: str | None) -> dict[str, Winner]:
    """The winners the sentences name (of ``award`` where a sentence names
    several), with their ranks, categories, recipients and presenters."""
    winners: dict[str, Winner] = {}
    state = _CategoryState()
    presenter: tuple[Official, Sentence] | None = None
    to_one: tuple[Official, Sentence] | None = None  # the last handover to one party
    last_named: list[Winner] = []
    won: set[str] = set()  # the awards named where winners were named
    listing: Sentence | None = None  # the sentence before, when it named a list of winners
    before: Sentence | None = None
    before_won = False  # the sentence before was read as a win
    for s in sentences:
        continued = _continues_list(s, listing)
        placed = None if s.win or s.a.headline or not last_named else _next_place(s, last_named)
        win = s.win or continued or placed is not None or _bare_list_after(
            s, before, before_won, last_named) or _others_besides(art, s, winners)
        handover, before = s.handover, s
        if win and _another_prize(art, s, winners, won):
            win = False
        before_won = win
        found = None
        named = _take_winners(art, s, winners, state, win, award) if (win or handover) else []
        if placed and named and named[0].rank is None:
            named[0].rank = placed
        if handover and not s.a.headline:
            # The presenter named last hands over to the winners named after
            # ("penghargaan untuk dunia usaha diserahkan Kepala Kanwil ...");
            # a headline's names are in title case, its words run together;
            # an officer of a winner hands its award on at home.
            found = named_presenter(s) or presenter_by_name(art, s)
            if found and serves_a_winner(found, {w.mention.name for w in named} | set(winners)):
                found = None
            if found and hands_to_one(art, s):
                # (the one party it hands to, named before, has its presenter)
                presenter = None
                to_one = _present_to_the_one_taker(art, s, winners, found) or to_one
            elif found:
                presenter = (found, s)
            elif to_one and "kepada" in s.a.words and not record_cues()[
                    "likewise"].isdisjoint(s.a.words) and _hands_over(s.a.words) and (
                    _to_named_parties(s.a.words)):
                # "Penghargaan serupa juga diserahkan kepada Bupati Mojokerto
                # ...", "Pada kesempatan yang sama, BPK juga menyerahkan LHP
                # kepada ...": from the hands that gave the one before
                found = to_one[0]
        elif win and not s.a.headline and hands_to_one(art, s):
            # "Pemprov X mendapat TPID Award dari Presiden Y": the one winner's
            # presenter, not the others' the article names
            giver = named_presenter(s)
            if giver and not serves_a_winner(giver, winners):
                to_one = _present_to_the_one_taker(art, s, winners, giver) or to_one
        if win and not named and len(last_named) == 1 and last_named[0].rank is None:
            _rank_of_subject(s, last_named[0])
        if named:
            won.update(m.award for m in s.awards)
        for w in named:
            w.presenter = w.presenter or presenter or ((found, s) if found else None)
        last_named = named or last_named
        # (a list goes on past a part of it that names no winner read here:
        # "Kategori Lembaga: Badan Pusat Statistik. Kategori Provinsi: ...")
        listing = s if len(named) >= 2 else listing if continued and not named else None
        if (s.list_line and not s.list_line.item) or _category_heading(s):
            # (a heading naming a tier alone: "Swasti Saba Wistara")
            for category in [c for _, c in categories(s.a.doc, s.a.words, set())] or [
                    any_tier()[w] for w in s.a.words if s.list_line and w in any_tier()][:1]:
                state.stated(s.a.sentence.paragraph, category)
                state.heading = category if s.list_line else None
        elif s.a.words[-1:] == [":"] and not named and len(
                opened := categories(s.a.doc, s.a.words, set())) == 1:
            # "Untuk kategori Madya, penghargaan ... jatuh kepada:": the
            # category of the items on the lines under it ("pada kategori
            # yang sama, yakni:": the one stated before)
            state.stated(s.a.sentence.paragraph, opened[0][1])
            state.heading = state.last if opened[0][1] == "=" else opened[0][1]
        if not (s.a.quoted or s.a.headline):
            _take_recipients(art, s, winners, named, handover, last_named,
                             (found, s) if found else None)
            _fill_categories(art, s, winners)
    lesser = _given_a_lesser_grade(art, sentences, winners)
    return {name: w for name, w in winners.items() if name not in lesser}


def _present_to_the_one_taker(art: Story, s: Sentence, winners: dict[str, Winner],
                              presenter: Official) -> tuple[Official, Sentence] | None:
    """Give ``presenter`` to the one winner the sentence hands to
    (``_the_one_taker``) when it has none yet: that winner's presenter and
    the sentence, or None."""
    taker = _the_one_taker(art, s, winners)
    if taker is None or taker.presenter is not None:
        return None
    taker.presenter = (presenter, s)
    return taker.presenter


def _hands_over(words: list[str]) -> bool:
    """A verb of handing over, passive ("diserahkan") or active
    ("menyerahkan"; not of a gesture: "memberikan apresiasi")."""
    cues = record_cues()
    return not cues["givers"].isdisjoint(words) or any(
        w in cues["presenter_after"] and not gives_gesture(words, k) for k, w in enumerate(words))


def _to_named_parties(words: list[str]) -> bool:
    """What is handed over goes "kepada" parties named, not to a group
    ("kepada para pemenang kategori lain")."""
    after = words.index("kepada")
    return record_cues()["collective_receivers"].isdisjoint(words[after + 1:after + 3])


def _the_one_taker(art: Story, s: Sentence, winners: dict[str, Winner]) -> Winner | None:
    """The winner a handover to one receiving head hands to: the winning
    region it heads ("... kepada Bupati Sambas ..."), or the one winner of
    its kind a head named without a region heads ("Piagam diserahkan ...
    kepada Gubernur Ria Norsan" after "Pemprov Kalbar menempati peringkat
    kedua ..."), or the region of a head named by name alone (``named_taker``),
    or, with no one receiving, the one winner named so far; None when not
    one."""
    takers = [o for o in s.officials if o.role == "recipient"] or [
        o for o in [named_taker(art, s)] if o is not None]
    if not takers:
        # the one party the sentence names ("Pemprov X mendapat ... dari
        # Presiden Y"), or the one winner named so far ("Penghargaan itu
        # diserahkan Presiden ...")
        parties = {w.mention.name: w for m in s.mentions if (full := art.resolve(m)) and (
            w := winners.get(full.name)) is not None}
        if len(parties) == 1:
            return next(iter(parties.values()))
        return next(iter(winners.values())) if len(winners) == 1 else None
    if len(takers) != 1:
        return None
    taker = takers[0]
    # ("diterima oleh Ketua KPU Banten ...": the winning body its title names)
    headed = [w for name, w in winners.items() if w.mention.type not in REGIONS and (
        taker.body == name or taker.title.endswith(f" {name}"))]
    if len(headed) == 1:
        return headed[0]
    if taker.region is not None:
        return winners.get(region_name(taker.region))
    kind = region_heads().get(taker.office.lower())
    headed = [w for w in winners.values() if w.mention.type == kind]
    return headed[0] if kind and len(headed) == 1 else None


def _given_a_lesser_grade(art: Story, sentences: list[Sentence],
                          winners: dict[str, Winner]) -> set[str]:
    """The bodies a clause says got a grade below the award, naming no award
    ("..., sedangkan Kabupaten Buru hanya mendapat opini WDP"; not "Pemkot
    membentuk tim ... penyebab opini WDP"): whatever report was handed to
    them, they did not win; the one winner, when a clause naming no body
    says the grade was all that was given ("BPK hanya memberikan opini
    WDP")."""
    cues = record_cues()
    out = set()
    for s in sentences:
        if s.a.headline or not cues["lesser"].found(s.whole):
            continue
        if len(winners) == 1 and not s.mentions and not s.awards and "hanya" in s.whole.set:
            out.update(winners)
            continue
        ends = sorted({m.start for m in s.mentions} | {len(s.a.words)})
        joined: list[Mention] = []  # "Mamasa dan Polewali Mandar tetap di opini WDP": both
        for m in s.mentions:
            end = next(k for k in ends if k > m.start)
            words = s.a.words[m.start:end]
            graded = any(cues["lesser"].search(" ".join(words[k:k + 6])) and (
                not cues["grade_verbs"].isdisjoint(words[max(k - 3, 0):k]))
                         for k in range(1, len(words)))
            if graded and not any(m.start <= a.start < end for a in s.awards):
                out.update(full.name for j in [*joined, m] if (full := art.resolve(j)))
            glue = set(s.a.words[m.located_end:end])
            joined = [*joined, m] if glue <= {",", "dan", "serta"} else []
    return out


def _rank_of_subject(s: Sentence, w: Winner) -> None:
    """"Pemkot Tangerang Selatan kembali meraih prestasi. Prestasi terbaru
    yakni berhasil meraih juara dua dalam Paritrana Award ...": a win
    sentence naming no winner ranks the one winner named before."""
    ranks = s.a.label("RANK")
    before = " ".join(s.a.words[max(0, ranks[0].start - 2):ranks[0].start]) if ranks else ""
    if ranks and ranks[0].start >= 2 and s.a.words[ranks[0].start - 2] in LIST_OPENERS:
        # "Penghargaan yang diterima ini ialah Penghargaan Terbaik IV ...":
        # the win told before the award it names
        before = " ".join(s.a.words[:ranks[0].start])
    if len(ranks) == 1 and not s.mentions and (record_cues()["win"].search(before) or (
            record_cues()["win_weak"].search(before))) and not (
            _range_pattern()[0].search(s.a.lower)):
        # (not "pemprov juga mengumumkan daerah peraih juara I hingga III")
        w.rank = _respective_ranks(s.a.words, ranks[0], len(s.a.words))[0]
        w.cite(s.a)


def _winner(winners: dict[str, Winner], m: Mention, s: Sentence, award: str | None) -> Winner:
    """The winner ``m`` names (one already known by that name, as that
    company or by its short form), cited from the sentence ``s``."""
    w = winners.get(m.name) or _same_company(winners, m) or next(
        (w for w in winners.values() if w.short == m.name), None) or winners.setdefault(
        m.name, Winner(m, short=_short_form(s.a.texts, m)))
    if w.mention.province is None and m.province and w.mention.name == m.name:
        # named first with no locator, then where it lies ("Desa Sukamaju meraih
        # ... Kepala Desa Sukamaju, Kabupaten Serang, ...")
        w.mention = replace(w.mention, province=m.province)
    w.cite(s.a)
    w.with_award = w.with_award or any(x.award == award for x in s.awards)
    return w


def _short_form(texts: list[str], m: Mention) -> str | None:
    """The short form a body's name is followed by in brackets ("PT Bank
    Pembangunan Daerah Papua Barat (Bank Pabar)"), or None."""
    end = m.end
    close = _bracket_close(texts, end)
    if m.type in REGIONS or close is None or close == end + 1:
        return None
    inside = " ".join(texts[end + 1:close])
    # (not where it lies: "PT Utomodeck Metal Work (Kota Surabaya)")
    return None if texts[end + 1].lower() in PREFIX_KIND or gazetteer().candidates(
        inside) else inside


def _bracket_close(texts: list[str], end: int) -> int | None:
    """Where a bracket opened at ``end`` closes within four words, or None."""
    if texts[end:end + 1] != ["("]:
        return None
    return next((k for k in range(end + 1, min(end + 5, len(texts))) if texts[k] == ")"), None)


_LEGAL_FORM = re.compile(rf"^(?:{'|'.join(LEGAL_FORMS)})\s+|\s+(?:Tbk|\(Persero(?:da)?\))\.?$")


def _same_company(winners: dict[str, Winner], m: Mention) -> Winner | None:
    """The winner a company named again without its legal form is ("PT Timah
    Tbk" ... "PT Timah meraih ...")."""
    if m.type != "perusahaan":
        return None
    bare = _LEGAL_FORM.sub("", m.name)
    return next((w for name, w in winners.items() if w.mention.type == "perusahaan"
                 and _LEGAL_FORM.sub("", name) == bare), None)


def _another_prize(art: Story, s: Sentence, winners: dict[str, Winner], won: set[str]) -> bool:
    """"Selain itu Pemerintah Kabupaten Ketapang juga meraih peringkat kelima
    Indeks Ketahanan Pangan": a winner already named winning something else
    besides, in a sentence that does not name an award ``won`` so far."""
    words = s.a.words
    if any(m.award in won for m in s.awards) or "juga" not in words or not record_cues()[
            "besides"].match(s.a.lower):
        return False
    named = [m for m in map(art.resolve, s.mentions) if m]
    # "... IKP Tahun 2021 Provinsi Kalimantan Barat": a province after the
    # subject is where the other prize was given
    others = [m for m in named[1:] if m.name not in winners]
    return bool(named) and named[0].name in winners and (
        not others or (len(others) == 1 and others[0].type == "provinsi"))


def _continues_list(s: Sentence, listing: Sentence | None) -> bool:
    """A sentence that goes on with the list of winners the sentence before
    it gave, without a win word of its own: "... yakni Provinsi Aceh dan
    Provinsi Riau. Sedangkan wilayah tengah, ada Provinsi Bali." (in the same
    paragraph or the next; not one telling who attended: "Kemudian hadir
    Pemkab A dan Pemkot B")"""
    cues = record_cues()
    # (nor one naming next round's nominees: "Pada acara itu juga disampaikan
    # kota-kota yang memperoleh nominasi meraih Adipura pada 2007 mendatang, yaitu ...")
    return (listing is not None and bool(s.a.words)
            and s.a.words[0] in cues["continues"] and cues["attendance"].isdisjoint(s.a.words)
            and not cues["hypothetical"].found(s.whole)
            and s.a.sentence.paragraph - listing.a.sentence.paragraph <= 1 and bool(s.live))


def _others_besides(art: Story, s: Sentence, winners: dict[str, Winner]) -> bool:
    """A sentence listing the others a winner shares its win with ("Selain
    Jambi, tiga provinsi lainnya dengan predikat serupa yaitu Provinsi A,
    Provinsi B, dan Provinsi C"): it opens with "Selain" and a winner named
    before, speaks of "lainnya", and lists two bodies or more after a
    list's opener."""
    words = s.a.words
    if words[:1] != ["selain"] or "lainnya" not in words or not s.live:
        return False
    first = next((m for m in s.mentions if m.start == 1), None)
    full = first and (art.resolve(first) or sole_region(first))
    opener = next((i for i, w in enumerate(words) if w in COUNTED_LIST_OPENERS), None)
    return bool(full) and full.name in winners and opener is not None and sum(
        m.explicit and m.start > opener for m in s.mentions) >= 2


def _bare_list_after(s: Sentence, before: Sentence | None, before_won: bool,
                     last_named: list[Winner]) -> bool:
    """A paragraph that is nothing but regions joined by commas and "dan",
    after a handover or a win ("... kepada sembilan kepala daerah diantaranya
    Provinsi Jawa Tengah ...\n\nKabupaten Pati, Kabupaten Kepulauan Sangihe,
    ... dan Kota Bekasi."), or a sentence that is nothing but a body of the
    kind the win named last, with where it is ("Keenam desa tersebut adalah
    Desa Wonorejo, Kabupaten Pati. Desa Tanjung, Kabupaten Bangka."): the
    list the sentence before began goes on."""
    if before is None or before.a.headline or not (before_won or before.handover) or (
            s.a.sentence.paragraph - before.a.sentence.paragraph > 1):
        return False
    explicit = [m for m in s.mentions if m.explicit]
    regions = [m for m in explicit if m.type in REGIONS]
    kind = _tier(last_named[-1].mention) if last_named else None
    same_kind = bool(explicit) and explicit[0].start == 0 and kind not in REGIONS | {None} and (
        _tier(explicit[0]) == kind)
    inside = {i for m in explicit for i in range(m.start, m.end)}
    glue = list_glue() | {"."}
    return (len(regions) >= 2 or same_kind) and all(
        i in inside or w in glue or s.a.texts[i][:1].isupper() for i, w in enumerate(s.a.words))


def _tier(m: Mention) -> str:
    """The kind of body a list of winners names, villages and their peers
    one ("Desa A ... . Kelurahan B ..."; cues.json village_peers)."""
    peers = record_cues()["village_peers"]
    return "desa" if m.type == "desa" or m.name.split()[0].lower() in peers else m.type


def _next_place(s: Sentence, last_named: list[Winner]) -> int | None:
    """The place a sentence opening with a bare ordinal gives the winner
    right after it, one below the last winner ranked ("Juara pertama adalah
    Desa A ... . Kedua Kelurahan B ... . Terakhir ketiga, Kelurahan C ..."),
    or None."""
    if not any(w.rank for w in last_named):
        return None  # (most sentences: no ranked winner before)
    words, continues = s.a.words, record_cues()["continues"]
    k = 0
    while k < len(words) and words[k] in continues:
        k += 1
    ranked = [w.rank for w in last_named if w.rank]
    first = next((m for m in s.mentions if m.explicit and m.start == k), None)
    if first is not None:
        # "Kabupaten Gresik kedua, Kota Madiun ketiga, ...": a name opening
        # the sentence with the next place right after it
        place = next((int(r.id_) for r in s.a.label("RANK") if r.start == first.end
                      and r.id_.isdigit()), None)
        return place if place and ranked[-1:] == [place - 1] else None
    place = ordinal_words().get(words[k]) if k < len(words) else None
    k += 1 + (k + 1 < len(words) and words[k + 1] == ",")
    return place if place and ranked and ranked[-1] == place - 1 and any(
        m.explicit and m.start == k for m in s.mentions) else None


def _category_heading(s: Sentence) -> bool:
    """A line of its own naming a category ("Kategori Pemerintah Desa") heads
    the winners listed under it."""
    words = s.a.words
    text = s.a.sentence.text
    return (not s.win and 1 < len(words) <= 8 and words[0] == "kategori"
            and not text.endswith(".") and "\n" not in text)


def _shared_categories(winners: dict[str, Winner]) -> None:
    """A winner whose category the article states only for the others of its
    kind ("... Kutai Timur menempati posisi kedua kategori Pemerintah
    Kabupaten/Kota" after Bontang's first place) shares theirs."""
    for w in winners.values():
        if w.category is None:
            stated = {o.category for o in winners.values()
                      if o.category in _CATEGORY_TYPES and _fits(o.category, w.mention)}
            if len(stated) == 1:
                w.category = stated.pop()


@dataclass
class _CategoryState:
    """The category a winners list is at: the last one stated, and the one
    stated in the current paragraph."""

    last: str | None = None
    paragraph: tuple[int, str] | None = None
    heading: str | None = None  # the category the list's last heading names

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


def _take_winners(art: Story, s: Sentence, winners: dict[str, Winner],
                  state: _CategoryState, win: bool, award: str | None) -> list[Winner]:
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
    named: list[Winner] = []
    counted = _counted_prizes(s)
    # a clause starts at a winner or at a rank before one ("..., Pemenang
    # kedua Desa Wisata Natuna Tengah (Kepulauan Riau), dan ...")
    starts = {m.start for m in s.mentions if art.resolve(m)} | {r.start for r in a.label("RANK")}
    # "..., mengalahkan kota-kota besar seperti Kota Surabaya, Kota Depok, ...":
    # the beaten, or those that failed, until a clause wins again
    beaten = False
    # ranks a rank phrase listed for the winners of the clauses after its own
    # ("Juara 1, 2 dan 3 ... masing-masing diraih Kota A, Kabupaten B dan ...")
    pending: list[int | None] = []
    alone: Winner | None = None  # the one winner of the clause before
    # where the last region counted winners come from ends ("lima desa dari
    # Kabupaten Kapuas, Katingan dan Kabupaten Seruyan": those joined to it too)
    source_end = -1
    empty = _empty_slots(a.words, a.label("RANK"))
    for lo, hi in _clauses(a.words, starts, {r.start for r in a.label("RANK")}):
        ranks = [sp for sp in a.label("RANK") if lo <= sp.start < hi and sp.start not in empty
                 and (of_award is None or of_award(sp.start, True))]
        # "..., mengungguli Kota Surabaya dan Kabupaten Sidoarjo" names the
        # beaten (but "menyisihkan Sumatera Selatan di urutan kedua" ranks it)
        if (a.words[lo] in record_cues()["outranked"] or _ranked_against(a.words, lo)) and (
                not ranks):
            beaten = True
            continue
        if beaten and (a.words[lo] in record_cues()["breaks"] or ranks or record_cues()[
                "win"].search(" ".join(a.words[lo:hi]))):
            beaten = False  # "..., disusul Kota Depok di peringkat kedua"
        # the list of a clause that failed goes on failing ("Ketiga kabupaten
        # yang meraih WDP yakni Kabupaten X, Y dan Z sedangkan ...")
        beaten = beaten or _failed(a.words[lo:hi])
        if beaten:
            continue
        mentions, besides = [], []
        bracketed: dict[str, str | None] = {}
        for m in s.mentions:
            if not lo <= m.start < hi or (of_award and not of_award(m.start)):
                continue
            if not win and not handed_to(s, m):
                continue
            if m.type in REGIONS and (_counted_from(a.words, m.start) or (
                    source_end >= 0 and set(a.words[source_end:m.start]) <= list_glue())):
                source_end = m.located_end
                continue
            if (_owned_by(doc, m.start) or _acting_for(s.mentions, doc, m)
                    or _source_or_venue(doc, m) or _joined_to_a_source(s, doc, m)
                    or _gives_to_another(s, m) or _among_the_givers(s, m)
                    or _inside_venue(s, doc, m) or _thanked(s, m)
                    or _gives_its_name(s, m) or _won_as(s, m) or _with_a_role(s, m)
                    or _ends_a_body_name(s, m)
                    or names_a_category(m.name)
                    or _names_the_prize(s, m) or _contest_after_rank(s, m)
                    or _proud_of_its_winner(s, m)
                    or _carried_by_its_winner(s, m) or _delivers_its_winners(s, m)
                    or _holds_the_plenary(s, m)
                    or _acts_for_the_winner(s, m) or _receives_for_bodies(s, m)
                    or _object_of_the_reason(s, m) or _ranked_before(s, m)
                    or _speaks_of_winner(doc, m) or _won_in_a_past_year(art, s, m)
                    or _in_the_field(s, m)
                    or ((not win or _received_by_its_head(s, m))
                        and _head_receives_for_a_body(s, m, winners))
                    or _broken_off(art, s, m) or _attributed(s, m) or _names_a_thing(s, m)
                    or _of_a_provincial_body(s, m)
                    or _sets_the_award(s, m) or _labels_its_line(s, m) or _credited(s, m)
                    or _a_person_s_workplace(s, m) or _locates_an_official(s, m)
                    or _spells_out_an_acronym(s, m) or _short_form_in_brackets(s, m)
                    or _a_former_name(s, m) or _named_host(s, m)
                    or _counts_the_wins_of_others(s, m) or _names_the_round(s, m)
                    or (counted and m.start > counted[0] and m.type not in REGIONS)):
                continue  # "Perumda Tirta Mayang milik Pemerintah Kota Jambi"
            since = max((o.located_end for o in s.mentions if o.located_end <= m.start),
                        default=0)
            if since and record_cues()["past"].search(" ".join(a.words[since:m.start])):
                # "Juara I tahun ini adalah Kabupaten Sragen, sementara tahun lalu
                # Wonosobo meraih juara III": a winner named after the words
                # recalling an earlier result, its rank none of today's
                continue
            full = art.resolve(m)
            if m.start and doc[m.start - 1].lower_ == "selain":
                # "Selain Makassar penghargaan juga diberikan kepada Pemkab
                # Luwu (Juara II), ...": a winner, with no rank of this clause
                # (a name only one region bears is that region: "Selain
                # Padang Panjang, penghargaan serupa didapat Kota Padang")
                besides_full = full or sole_region(m)
                if besides_full and not any(name.endswith(f" {besides_full.name}")
                                            for name in winners):
                    # (not the region of a winner named with it: "Dinas ...
                    # Kabupaten Ende meraih ... . Selain Ende, ...")
                    besides.append(besides_full)
                    continue
            if full and full.name not in [c.name for c in mentions] and not (
                    full.type not in REGIONS and " " in full.name
                    and opens_with_award(full.name.split(maxsplit=1)[1])):
                mentions.append(full)  # not "Sekolah Adiwiyata", a kind of school
                bracketed[full.name] = _bracketed_category(a.words, cats, m.start) or (
                    _category_in_bracket(a.words, cats, m.end))
        values = _clause_ranks(a.words, ranks, hi)
        if besides and len(values) == len(mentions) + len(besides):
            # "selain Pemkab Kampar yang ditetapkan sebagai terbaik pertama, ...
            # Pemkab Pelalawan dan Pemkab Indragiri Hulu menempati posisi kedua
            # dan ketiga": the first rank is the one set beside them
            values = values[len(besides):]
        prior = [c for i, c in cats if i < lo]
        clause_cats = [c for i, c in cats if lo <= i < hi] or prior[-1:] or (
            list(single) if len(single) == 1 else [])
        # (or the tier of the award named before in the sentence, for a list's
        # later items: "menerima PROPER Hijau ... kepada Pabrik A, Pabrik B dan
        # Pabrik C")
        tiers = [w.tier for w in s.awards if lo <= w.start < hi and w.tier] or (
            [w.tier for w in s.awards if w.start < lo and w.tier][-1:] if not any(
                lo <= i < hi for i, _ in cats) else [])
        sequence = bool(record_cues()["sequence"].search(" ".join(a.words[lo:hi])))
        for m in besides:
            named.append(_winner(winners, m, s, award))
        for k, m in enumerate(mentions):
            w = _winner(winners, m, s, award)
            named.append(w)
            if s.list_line and s.list_line.rank and not ranks and k == 0:
                w.rank = s.list_line.rank
            if ranks and len(mentions) == 1 and _also_won(s, w, values[0]):
                # "Paser menjadi terbaik pertama Bidang Perikanan. Bumi Daya Taka ini
                # juga mendapat penghargaan terbaik kedua Bidang Pertanian": a win
                # more, in a category of its own
                w.more.append((values[0], clause_cats[0] if clause_cats else None))
                continue
            if ranks and (w.rank is None or s.awards):
                # (a standing told later with no award named keeps the rank
                # won: "... SMPN 1 Cilacap menduduki peringkat ke-13 se
                # Jateng" after "peraih peringkat Terbaik I")
                w.rank = values[k] if len(values) == len(mentions) else values[0]
                if len(values) == 1 < len(mentions) and w.rank and sequence:
                    w.rank += k  # "berturut-turut ... peringkat pertama hingga ketiga"
            elif pending:
                w.rank = pending.pop(0)
            category = bracketed.get(m.name) or (clause_cats[0] if clause_cats else None)
            if category == "=":
                category = state.last
            category = category or (state.heading if s.list_line else None) or state.carry(
                a.sentence.paragraph, m)
            if tiers:
                category = tiers[0]
            if _fits(category, m) and w.category is None:
                w.category = category
        paired = _ranked_categories(a.words, ranks, [c for i, c in cats if lo <= i < hi], hi)
        if len(mentions) == 1 and not besides and len(paired) > 1:
            _win_again(named[-1], paired)
        elif alone and win and not (mentions or besides or pending):
            # the winner of the clause before won the rank and category of
            # a clause naming none
            _win_again(alone, paired)
        alone = named[-1] if len(mentions) == 1 and not besides else alone if not (
            mentions or besides) else None
        if ranks and mentions and len(values) > len(mentions) and (
                ranks[0].start < mentions[0].start):
            pending = values[len(mentions):]
        elif ranks and lo == 0 and hi <= _RANK_OPENER_WORDS and not (mentions or besides):
            # "Di posisi kedua, disusul Desa X": a rank phrase alone opening
            # the sentence ranks the winner the clause after it names
            pending = values
    for _, c in cats:
        state.stated(a.sentence.paragraph, c)
    _rank_range(s, named)
    awards_counted = counted and len({m.award for m in s.awards if m.start > counted[0]}) == len(
        counted[1])
    if counted and len(named) == 1 and not awards_counted:
        # (awards counted are each read in their own scope: "meraih dua
        # penghargaan sekaligus, yakni Adipura dan Wahana Tata Nugraha")
        # each item's own rank where every item names one ("membawa pulang 3
        # piala, yakni Terbaik Pertama A, Terbaik Kedua B serta Terbaik Ketiga C")
        listed = [sp for sp in a.label("RANK") if sp.start > counted[0]]
        own = _clause_ranks(a.words, listed, len(a.words)) if listed else []
        ranks_of = own if len(own) == len(counted[1]) else [named[0].rank] * len(counted[1])
        _win_again(named[0], list(zip(ranks_of, counted[1], strict=True)))
    return named


_CREDITS = {"foto", "photo", "dok", "dokumentasi", "ist", "sumber"}


def _a_person_s_workplace(s: Sentence, m: Mention) -> bool:
    """A body in brackets right after a person's name, no title before it
    ("Kader Posyandu Terbaik ... yaitu, Saiful Husain (Posyandu Flamboyan,
    Puskesmas Bibinoi)"): where the winner works, no winner itself (but a
    region after a head's name stands for the head: "Adi Darma (Kota
    Bontang)")."""
    if m.type in REGIONS or m.type == "bare":
        return False  # "Adi Darma (Kota Bontang)": the region the head stands for
    texts = s.a.texts
    k = m.start - 1
    while k > 0 and texts[k] not in {"(", ")"}:
        k -= 1
    if k < 1 or texts[k] != "(":
        return False
    spans = {i for x in s.mentions for i in range(x.start, x.located_end)} | {
        i for o in s.officials for i in range(o.start, o.end)}
    if any(i not in spans and texts[i] != "," for i in range(k + 1, m.start)):
        return False  # (the bracket holds only bodies: not "Sektor X (Terbaik 2 Toko A ...)")
    j = k
    while j > 0 and texts[j - 1].istitle() and j - 1 not in spans and k - j < 4:
        j -= 1
    return j < k and (j == 0 or texts[j - 1] in {",", ":", "yaitu", "yakni", "dan", "serta"}
                      or s.a.words[j - 1] in {"yaitu", "yakni", "adalah"})


def _credited(s: Sentence, m: Mention) -> bool:
    """A name in a photo's credit ("(Foto: Agus Salim/kabarjatim.com)"): who
    took or gave the picture."""
    words = s.a.words
    opened = next((k for k in range(m.start - 1, max(m.start - 4, -1), -1) if words[k] == "("),
                  None)
    return opened is not None and words[opened + 1] in _CREDITS


def _labels_its_line(s: Sentence, m: Mention) -> bool:
    """In a list line, a name before the colon that others follow labels
    their category ("1. Organisasi Kecil Jasa : SMK Negeri 2 Malang;")."""
    words = s.a.words
    colon = next((k for k in range(m.end, len(words)) if words[k] == ":"), None)
    return s.list_line is not None and colon is not None and ":" not in words[:m.start] and any(
        x.start > colon and x.explicit for x in s.mentions)


def _bracketed_category(words: list[str], cats: list[tuple[int, str]], at: int) -> str | None:
    """The category whose winners a bracket lists, the body at ``at`` among
    them: "kategori Air Bersih (PT A dan CV B), kategori Tambang (PT C)"."""
    opened = next((k for k in range(at - 1, -1, -1) if words[k] in {"(", ")"}), None)
    if opened is None or words[opened] == ")":
        return None
    before = [(i, c) for i, c in cats if i < opened]
    if not before or before[-1][1] == "=":
        return None
    i = before[-1][0]
    return before[-1][1] if not {"(", ")", ",", ";", "."} & set(words[i:opened]) else None


_RANK_OPENER_WORDS = 5  # at most, the words of a rank phrase opening a sentence


def _category_in_bracket(words: list[str], cats: list[tuple[int, str]], end: int) -> str | None:
    """The category a bracket right after a winner's name holds, with the
    category word or as a listed category or an award's tier alone ("Kota
    Palembang (kategori Kota Metropolitan), Kabupaten Lahat (Kota Sedang)",
    "1. Kota Banjar (Wiwerda)"), else None."""
    if words[end:end + 1] != ["("]:
        return None
    close = next((k for k in range(end + 2, min(end + 8, len(words))) if words[k] == ")"), None)
    if close is None:
        return None
    if close == end + 2 and words[end + 1] in any_tier():
        return any_tier()[words[end + 1]]
    inside = [c for i, c in cats if end < i < close and c != "="]
    listed = category_at(words, end + 1)
    return inside[0] if len(inside) == 1 else listed[0] if listed and listed[1] == close else None


_PLACED = REGIONS | {"desa"}  # bodies a list names by place, never a category's name


def _prizes_counted(s: Sentence, k: int) -> tuple[int, int | None] | None:
    """A count of prizes at ``k`` ("tiga kategori", "3 penghargaan"): how
    many, and where the list after it opens ("yaitu", "meliputi" ...; None
    when none does); None when no count of prizes stands there."""
    words = s.a.words
    number = prizes_counted_at(words, k)
    if number is None:
        return None
    return number, next((j for j in range(k + 2, len(words)) if words[j] in COUNTED_LIST_OPENERS),
                        None)


def _lists_placed_bodies(s: Sentence, opener: int, other_than: str | None = None) -> bool:
    """Regions or villages (of another kind than ``other_than``) open the
    list at ``opener``: winners, no prizes."""
    return any(m.explicit and m.start == opener + 1 and m.type in _PLACED
               and m.type != other_than for m in s.mentions)


@lru_cache(maxsize=1)
def _prize_count() -> str:
    """A count of prizes as a pattern ("lima penghargaan", "3 kategori")."""
    numbers = "|".join(sorted({*listed_rank_words(), r"\d+"}, key=len, reverse=True))
    return rf"(?:{numbers})\s+(?:{'|'.join(record_cues()['counted_prizes'])})\b"


@lru_cache(maxsize=1)
def _count_after_name() -> re.Pattern[str]:
    """A count of prizes a few lower-case words after a name."""
    return re.compile(r"\s+(?:[a-z]+\s+){0,3}" + _prize_count(), re.I)


def _counted_prizes_of(text: str, name: str) -> bool:
    """``text`` counts the prizes ``name`` won ("Pemkab Wonogiri kembali
    mengantongi lima penghargaan"): the name as a whole word, then the count
    (the name found as a string, not compiled into a pattern of its own)."""
    low, key = text.lower(), name.lower()
    at = low.find(key)
    while at >= 0:
        if not (at and (low[at - 1].isalnum() or low[at - 1] == "_")) and (
                _count_after_name().match(text, at + len(key))):
            return True
        at = low.find(key, at + 1)
    return False


def _drop_counters_of_bodies_wins(winners: dict[str, Winner]) -> None:
    """A region told only to have won a count of prizes ("Pemkab Wonogiri
    kembali mengantongi lima penghargaan Sekolah Adiwiyata") that bodies
    bearing its name won ("SMP Negeri 3 Wonogiri", ...): where they lie, no
    winner itself."""
    for name, w in list(winners.items()):
        if w.mention.type not in REGIONS or w.rank is not None or w.category or not w.evidence:
            continue  # (a category of its own among the prizes counted: it won that one)
        if all(_counted_prizes_of(e.text, w.mention.key) for e in w.evidence) and _a_body_of_it_won(
                w.mention, winners):
            del winners[name]


def _counts_the_wins_of_others(s: Sentence, m: Mention) -> bool:
    """A body counted to have won awards that the sentence then lists by
    their winners ("Kalimantan Selatan mendapatkan 3 penghargaan, yaitu Desa
    A, ..., Desa B"): where they lie, no winner itself."""
    for k in range(m.located_end, min(m.located_end + 4, len(s.a.words))):
        counted = _prizes_counted(s, k)
        if counted:
            opener = counted[1]
            return opener is not None and opener < k + 6 and _lists_placed_bodies(
                s, opener, m.type)
    return False


def _counted_prizes(s: Sentence) -> tuple[int, list[str]] | None:
    """What one winner is counted to have won, listed after the count
    ("Kabupaten Sigi menyabet tiga kategori pada Anugerah X, yaitu Inovasi
    Layanan, Tata Kelola Air, dan Pelestarian Tenun, yang diserahkan ..."):
    where the list opens and its items as written, when there are as many
    as counted. The items are wins, none a winner."""
    words, texts = s.a.words, s.a.texts
    first = min((m.start for m in s.mentions), default=len(words))
    for k in range(first + 1, len(words) - 2):
        counted = _prizes_counted(s, k)
        if not counted:
            continue
        number, opener = counted
        if opener is None or any(w in {".", ";"} for w in words[k:opener]) or (
                _lists_placed_bodies(s, opener)):
            return None  # (bodies listed are winners: "3 penghargaan, yaitu Desa A, ...")
        items: list[list[str]] = [[]]
        for j in range(opener + 1, len(words)):
            if words[j] in {",", "dan", "serta", ";"}:
                items.append([])
            elif texts[j][:1].isupper() or (items[-1] and texts[j][:1].isdigit()):
                items[-1].append(texts[j])
            elif words[j] not in CATEGORY_WORDS or items[-1]:
                break
        written = [" ".join(item) for item in items if item]
        return (opener, written) if len(written) == number else None
    return None




def _ranked_categories(words: list[str], ranks: list[Any], stated: list[str],
                       hi: int) -> list[tuple[int | None, str]]:
    """A clause's rank phrases paired in order with as many categories
    ("juara I kategori A dan juara II kategori B"); empty unless they pair."""
    cats = list(dict.fromkeys(c for c in stated if c != "="))
    values = [_respective_ranks(words, sp, hi) for sp in ranks]
    if any(len(v) > 1 for v in values) or len(values) != len(cats):
        return []
    return [(v[0], c) for v, c in zip(values, cats, strict=True)]


def _also_won(s: Sentence, w: Winner, rank: int | None) -> bool:
    """A sentence telling of a later win of a winner already ranked ("...
    juga mendapat penghargaan terbaik kedua Bidang Pertanian"): "juga", and
    a rank of its own."""
    return rank is not None and w.rank is not None and rank != w.rank and "juga" in (
        s.whole.set) and all(r != rank for r, _ in w.more)


def _win_again(w: Winner, wins: list[tuple[int | None, str]]) -> None:
    """The winner also won each (rank, category) of ``wins`` in categories of
    its own: a record each ("meraih juara I kategori A dan juara II kategori
    B", "...: peringkat 2 kategori A; peringkat 1 kategori B")."""
    if wins and w.category is None:
        (w.rank, w.category), wins = wins[0], wins[1:]
    w.more += [win for win in wins if win[1] not in {c for _, c in w.wins()}]


def _empty_slots(words: list[str], ranks: list[Any]) -> set[int]:
    """Where ranks of a list that no one holds start: a rank right before
    the next one, or a dash (and a comma) between ("Sektor Kesehatan
    (Terbaik 3 Terbaik 2 RS A dan Terbaik 1 PT B)", "Terbaik 3 -, Terbaik 2
    RS A"): no winner takes them."""
    starts = {r.start for r in ranks}
    empty = set()
    for r in ranks:
        k = r.end
        while k < len(words) and words[k] in _SLOT_FILLERS:
            k += 1
        # (a comma alone closes a rank's winner named before it: "Kabupaten A
        # di urutan pertama, kedua Kabupaten B")
        if k in starts and (k == r.end or words[r.end] in DASHES):
            empty.add(r.start)
    return empty


_SLOT_FILLERS = DASHES | {","}


def _clause_ranks(words: list[str], ranks: list[Any], hi: int) -> list[int | None]:
    """The ranks a clause's rank phrases give in order, each ordinal once
    (the "ketiga" of "juara kedua dan ketiga" is listed after "juara kedua"
    and is a rank phrase of its own too)."""
    values: list[int | None] = []
    reach = 0
    for rank in ranks:
        if rank.start >= reach:
            listed, reach = _listed_ranks(words, rank, hi)
            values += listed
    return values


def _respective_ranks(words: list[str], rank: Any, hi: int) -> list[int | None]:
    """A rank phrase's rank, and the bare ordinals listed after it
    ("Kabupaten Muaro Jambi dan Kota Jambi masing-masing terbaik dua dan
    ketiga" -> 2, 3; "diikuti Kabupaten Pidie dan Bener Meriah pada
    peringkat dua dan tiga"; "terbaik 1, 2 dan 3"). None for a rank without
    a number ("Juara Harapan")."""
    return _listed_ranks(words, rank, hi)[0]


def _listed_ranks(words: list[str], rank: Any, hi: int) -> tuple[list[int | None], int]:
    """``_respective_ranks``, and where the ordinals listed after the rank
    phrase end."""
    if not rank.id_.isdigit():
        return [None], rank.end
    out, i = [int(rank.id_)], rank.end
    ordinals = listed_rank_words()
    # (digits only counting on: "terbaik 1, 2 dan 3 yakni ..."; a comma
    # before the last "dan": "terbaik pertama, kedua, dan ketiga")
    while i + 1 < hi:
        j = i + 1 if words[i] == "," and words[i + 1] in {"dan", "serta"} else i
        if not (j + 1 < hi and words[j] in {",", "dan", "serta"} and (
                words[j + 1] in ordinals or words[j + 1] == str(out[-1] + 1))):
            break
        if words[j + 1] not in ordinal_words() and words[j + 2:j + 3] and (
                words[j + 2] in COUNTED_KINDS):
            break  # "terbaik pertama, dua daerah lain ...": a count, no rank
        out.append(ordinals.get(words[j + 1]) or out[-1] + 1)
        i = j + 2
    if len(out) == 1:
        # "posisi pertama diduduki oleh Kota Samarinda, kedua Kota Bontang,
        # dan ketiga oleh Kota Balikpapan": ordinals opening the next items
        later = [ordinal_words()[words[k]] for k in range(i + 1, hi)
                 if words[k] in ordinal_words() and words[k - 1] in {",", "dan", "serta"}]
        if later == list(range(out[0] + 1, out[0] + 1 + len(later))):
            out += later
    return out, i


def _award_parts(s: Sentence, award: str | None) -> Callable[..., bool] | None:
    """In a sentence naming several awards, which tokens belong to ``award``.
    A winner owns the awards of its stretch of the sentence, from the winner
    or clause break ("sedangkan", "sementara" ...) before it to the one after
    it: "Banyuwangi meraih KLA kategori Nindya dan UHC Award kategori Utama",
    "Setelah meraih UHC Award ..., Kota Ambon kembali meraih ... Paritrana
    Award", "Gianyar meraih ... Paritrana Award, sementara RSUD Sanjiwani
    meraih ... Anugerah KIP". A stretch without an award takes the next
    award, else the last. A rank belongs to the awards of its stretch too
    (``stretch``); a category to the award before it, or to the one after it
    that "pada" or "ajang" opens ("kembali meraih peringkat I kategori
    Pemerintah Kabupaten/Kota pada Paritrana Award"). An opening "Selain
    ...," clause is a stretch of its own. None when the sentence names one
    award."""
    if award is None or len({m.award for m in s.awards}) < 2:
        return None
    spans = sorted(s.awards, key=lambda m: m.start)
    starts = {m.start for m in s.mentions}
    breaks = record_cues()["breaks"]
    bounds = sorted(starts | {k for k, w in enumerate(s.a.words) if w in breaks})
    # "Selain penghargaan Top BUMD bagi PDAM, Kabupaten X juga mendapat ...":
    # the award the opening clause sets aside is none of the rest's
    aside = s.a.words.index(",") + 1 if s.a.words[0] == "selain" and "," in s.a.words else 0

    def owner_at(i: int) -> set[str]:
        lo = max((b for b in bounds if b < i), default=0)
        if i >= aside:
            lo = max(lo, aside)
        hi = min((b for b in bounds if b > i), default=len(s.a.words))
        own = {m.award for m in spans if lo <= m.start < hi}
        after = [m for m in spans if m.start > i]
        return own or {(after[0] if after else spans[-1]).award}

    def belongs(i: int, stretch: bool = False) -> bool:
        if stretch or i in starts:
            return award in owner_at(i)
        after = next((m for m in spans if m.start > i), None)
        if after and s.a.words[after.start - 1] in _AWARD_OPENERS:
            return after.award == award
        before = [m for m in spans if m.start <= i]
        return bool(before) and before[-1].award == award

    return belongs


@lru_cache(maxsize=1)
def _range_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    # (after a head a cardinal ranks too: "peringkat satu sampai tiga")
    ranks = data_json("ranks.json")
    ordinals = {w: int(n) for key in ("ordinals", "cardinals") for n, words in ranks[key].items()
                for w in words}
    word = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True))
    heads = "|".join(ranks["heads"])
    return re.compile(rf"\b(?:{heads})\s+({word})\s+(?:sampai|hingga|s\.d\.?|s/d|-)\s+"
                      rf"(?:(?:{heads})\s+)?({word})\b"), ordinals


def _rank_range(s: Sentence, named: list[Winner]) -> None:
    """Ranks given in turn to the winners of a sentence, in the order they
    are named: a range as long as the list ("Juara I sampai III secara
    berurutan diraih A, B, dan C", "Peringkat pertama hingga ketiga diraih
    A, B, dan C"), ranks listed after "masing-masing" one each ("A, B dan
    C masing-masing meraih juara I, II dan III"), or one rank they share
    ("sama-sama menduduki peringkat pertama, yakni A, B dan C")."""
    pattern, ordinals = _range_pattern()
    found = pattern.search(s.a.lower)
    if found:
        first, last = ordinals[found.group(1)], ordinals[found.group(2)]
        if last - first + 1 == len(named):
            for k, w in enumerate(named):
                w.rank = first + k
        return
    words = s.a.words
    ranks = s.a.label("RANK")
    if len(ranks) == 1 and "sama-sama" in words[max(ranks[0].start - 4, 0):ranks[0].start] and (
            ranks[0].id_.isdigit()) and all(w.rank in (None, int(ranks[0].id_)) for w in named):
        # "Tiga daerah sama-sama menduduki peringkat pertama, yakni A
        # kategori X, B kategori Y dan C kategori Z": the rank of each (not
        # "A menempati posisi pertama, diikuti oleh B dan C yang sama-sama
        # mendapatkan skor 98")
        for w in named:
            w.rank = int(ranks[0].id_)
        return
    # "A, B dan C masing-masing meraih juara I, II dan III": ranks listed
    # after the names, one each (the clauses the commas make part them)
    if "masing-masing" not in words:
        return
    after = words.index("masing-masing")
    rank = next((r for r in s.a.label("RANK") if r.start > after), None)
    values = _respective_ranks(words, rank, len(words)) if rank else []
    if len(values) == len(named) > 1 and None not in values:
        for w, value in zip(named, values, strict=True):
            w.rank = value


def _acting_for(mentions: list[Mention], doc: Any, m: Mention) -> bool:
    """"Pemerintah Kabupaten Gianyar melalui Dinas Tenaga Kerja", "Pemkot X
    lewat Dinas Kesehatan": the body through which the region named before it
    won (but "kategori Pemerintah
    Desa melalui Desa Bongkok" names the winner); "Posyandu Kamboja Desa
    Mangkalapi": the village where the body named right before it is."""
    if m.type == "desa" and any(x.end == m.start and x.type not in REGIONS | {"desa"}
                                for x in mentions):
        return True
    if m.type in REGIONS and _won_through(mentions, doc, m):
        return True
    if m.start == 1 and doc[0].lower_ in {"melalui", "lewat"} and m.type not in REGIONS:
        # "Melalui Dinas Penanaman Modal ... (DPMPTSP), Pemerintah Kota Tegal
        # menempati peringkat ke-4": the region after the comma won through it
        comma = next((k for k in range(m.end, len(doc)) if doc[k].text == ","), None)
        if comma is not None and any(x.start == comma + 1 and x.type in REGIONS
                                     for x in mentions):
            return True
    # (a comma before it or not: "Kota Tangerang Selatan, melalui Dinas
    # Kesehatan, meraih ..."; "... (Tangsel) lewat Dinas Kesehatan")
    through = m.start - 1
    before = through - (through > 1 and doc[through - 1].text == ",")
    return m.start > 1 and doc[through].lower_ in {"melalui", "lewat"} and any(
        x.end == before or x.located_end == before for x in mentions)


def _won_through(mentions: list[Mention], doc: Any, m: Mention) -> bool:
    """"NTB membawa pulang dua Kalpataru lewat Kelompok Tani Hutan Sesaot
    Lestari": the region is where the winner named after "lewat" or
    "melalui" in the same clause is, when that winner is no office of its
    government (but "yang diraih Sumedang adalah: kategori Pemerintah Daerah
    ..., kategori Pemerintah Desa melalui Desa Bongkok" lists its own win)."""
    offices = record_cues()["office_heads"]
    return any(x.start > m.end and doc[x.start - 1].lower_ in {"melalui", "lewat"}
               and x.explicit and x.type not in REGIONS and doc[x.start].text not in offices
               and not any(t.text in {",", ":", ";"} for t in doc[m.end:x.start])
               for x in mentions)




def _gapped_win(doc: Any, by: int) -> bool:
    """The "oleh" at ``by`` opens a clause whose win verb was left out, the
    one of a clause before it in the sentence ("kategori provinsi dimenangkan
    oleh Provinsi Bali, kategori kabupaten oleh Kabupaten Siak")."""
    win = record_cues()["win"]
    start = next((k for k in range(by - 1, max(-1, by - 6), -1)
                  if doc[k].text == "," or doc[k].lower_ in {"dan", "serta"}), None)
    # (no verb of its own: "sedangkan piala diserahkan oleh X" names the giver)
    return start is not None and not any(
        t.lower_.startswith("di") and len(t) > 4 for t in doc[start + 1:by]) and any(
        doc[k].lower_ == "oleh" and win.has_word(doc[k - 1].lower_) for k in range(1, start))


def _won_in_a_past_year(art: Story, s: Sentence, m: Mention) -> bool:
    """An item of a list with the year it won in brackets, a year before the
    one before the page's ("Tiga desa mendapatkan penghargaan Proklim Utama
    yaitu Desa A, Kecamatan B (tahun 2012), Desa C (tahun 2016), ..." in
    2020): a win recalled."""
    day = art.published or art.reference
    words = s.a.words
    k = next((k for k in range(m.located_end, min(len(words), m.located_end + 8))
              if words[k] == "("), None)
    if day is None or k is None or any(m.located_end <= x.start < k for x in s.mentions):
        return False  # (no bracket before the next item)
    inside = words[k + 1:k + 3]
    year = inside[1] if inside[:1] == ["tahun"] and len(inside) > 1 else inside[0] if inside else ""
    return year.isdigit() and len(year) == 4 and int(year) < day.year - 1


def _joined_to_a_source(s: Sentence, doc: Any, m: Mention) -> bool:
    """A region listed after one that is where the winner or the award comes
    from ("satu-satunya peraih penghargaan ini dari Kabupaten Buleleng dan
    Provinsi Bali"): the same, no winner."""
    glue = list_glue()
    if m.type not in REGIONS or not m.start or s.a.words[m.start - 1] not in glue:
        return False
    ends = {x.located_end: x for x in s.mentions}
    k = m.start
    while k > 0 and s.a.words[k - 1] in glue:
        k -= 1
    before = ends.get(k) if k < m.start else None
    return before is not None and before.type in REGIONS and (
        doc[before.start - 1].lower_ == "dari" if before.start else False) and _source_or_venue(
        doc, before)


def _gives_to_another(s: Sentence, m: Mention) -> bool:
    """The subject of a verb of giving right after it, handing the prize to a
    body named after "kepada" ("Komisi Pemberantasan Korupsi (KPK)
    menyerahkan piagam kepada Pemprov Kalbar, sebagai peringkat kedua ..."):
    the giver, no winner; so is one whose verb takes the body it honours
    right after it ("BPS RI menganugerahkan Desa Delik ..."), and one whose
    tribute is paid to others ("wujud apresiasi Pemprov NTB kepada pemerintah
    daerah ...")."""
    words = s.a.words
    k = m.located_end
    if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
        k += 3  # past its short form
    cues = record_cues()
    if m.start and words[m.start - 1] in cues["gestures"] and words[k:k + 1] == ["kepada"]:
        return True
    if k >= len(words) or (words[k] not in cues["prizes"]["gives"]
                           and words[k] not in cues["confers_on"]):
        return False
    to = next((j for j in range(k + 1, len(words)) if words[j] == "kepada"), None)
    return any(x.start > to if to is not None else x.start == k + 1 for x in s.mentions)


def _source_or_venue(doc: Any, m: Mention) -> bool:
    """"menerima penghargaan dari Pemerintah Provinsi Kalimantan Barat", "dari
    Badan Pemeriksa Keuangan (BPK)": where the award comes from; "Sucipto
    dari Kabupaten Lumajang": where its winner comes from; "dianugerahi
    Paritrana Award 2025 oleh BPJS Ketenagakerjaan": who gives it; "di Rumah
    Makan Pondok Laguna": where it was handed over; "yang diselenggarakan
    Badan Penyelenggara Jaminan Sosial ...": who holds the contest; "opini WTP
    yang dikeluarkan Badan Pemeriksa Keuangan": who issued it. None is a
    winner (but "juara I dari Desa Doko", "(di) raih oleh Kabupaten X",
    "juara ketiga oleh X", "dan ketiga oleh X" and "diterima oleh Pemkab X"
    name one); nor is the body whose statement it is ("keterangan tertulis
    Dinas Kominfo X")."""
    if m.start == 0:
        return False
    if m.start >= 2 and doc[m.start - 1].lower_ in record_cues()["regional_offices"] and (
            doc[m.start - 2].lower_ in {"oleh", "dari"}):
        # "meraih ... oleh Disperindag Provinsi Jawa Tengah": the office's, as
        # the office itself
        return _source_or_venue(doc, replace(m, start=m.start - 1))
    before = doc[m.start - 1].lower_
    if m.start >= 2 and doc[m.start - 2].lower_ == "yang" and (
            before in data_json("cues.json")["issued_by"]):
        return True  # "opini WTP yang dikeluarkan Badan Pemeriksa Keuangan ...": its issuer
    if before == "(" and m.end < len(doc) and doc[m.end].text == ")":
        # "dari Badan Narkotika Nasional Republik Indonesia (BNN RI)": the
        # short form of the name before it, in its place
        k = m.start - 1
        while k > 0 and doc[k - 1].text[:1].isupper():
            k -= 1
        if k < m.start - 1:
            return _source_or_venue(doc, replace(m, start=k, end=m.start - 1))
    window = [t.text for t in doc[max(0, m.start - 5):m.start]]
    if before == "dari" and sent_by(window, len(window) - 1):
        # "juara 3 diraih utusan dari Kabupaten Nunukan", "Tim Linmas dari
        # Kecamatan Godong meraih ...": the one it sent
        return False
    if before == "dari" and m.start >= 2 and doc[m.start - 2].lower_ == "kalah":
        return False  # "hanya kalah dari Kelurahan B yang menjadi pemenang pertama": a winner
    if before == "oleh":
        # "(di) raih oleh X", "juara ketiga oleh X": the winner; else the giver
        # ("diganjar penghargaan oleh X")
        cues = record_cues()
        taking = list_intros() | cues["received"]  # "diterima oleh Pemkab X": X wins
        return not any(w.lower_ in taking or (cues["win"].has_word(w.lower_) and (
            w.lower_ not in cues["conferred_by"])) or cues["rank"].has_word(w.lower_)
                       or w.lower_ in ordinal_words()
                       for w in doc[max(0, m.start - 4):m.start - 1]) and not _gapped_win(
            doc, m.start - 1)
    if before in {"di", "bertempat"}:
        return m.type not in REGIONS  # "... diserahkan di Rumah Makan Pondok Laguna": the venue
    if m.start >= 2 and (doc[m.start - 2].lower_, before) in record_cues()["statements"]:
        return True  # "Keterangan tertulis Dinas Kominfo Banjarbaru, Jumat, ...": its source
    if before in record_cues()["organisers"]:
        return True
    organiser = next((k for k in range(m.start - 2, max(-1, m.start - 5), -1)
                      if doc[k].lower_ in record_cues()["organisers"]), None)
    if organiser is not None and all(t.lower_ == "oleh" or t.text[:1].isupper()
                                     for t in doc[organiser + 1:m.start]):
        return True  # "yang diselenggarakan oleh Majalah PR INDONESIA": who holds it
    if before == "melalui" and (
            "dari" in (ahead := [t.lower_ for t in doc[max(0, m.start - 8):m.start]]) or any(
                record_cues()["handover"].has_word(w) for w in ahead[-4:])):
        # "dari Pemerintah Provinsi (Pemprov) melalui Dinas ...": the giver's
        # office; "... yang diserahkan melalui Dinas Arsip ...": the way it came
        return True
    cues = record_cues()
    if before == "bersama":
        words = [t.lower_ for t in doc]
        if not cues["organisers"].isdisjoint(words[max(0, m.start - 9):m.start - 1]):
            return True  # "yang digelar Majalah Top Business bersama Institut X": a co-organiser
        # "Majalah X bersama Institut Y (IY) menobatkan PDAM Z sebagai ...": a giver
        close = _bracket_close(words, m.located_end)
        verb = words[close + 1 if close is not None else m.located_end:][:1]
        if not (cues["setting"].isdisjoint(verb) and cues["confers_on"].isdisjoint(verb)):
            return True
    if before in _partner_ends() and any(
            " ".join(t.lower_ for t in doc[max(0, m.start - n):m.start]) in cues["partners"]
            for n in (2, 3)):
        return True  # "dari Majalah X yang bekerja sama dengan Institut Y": the giver's partner
    k = m.start
    while k > max(0, m.start - 5) and doc[k - 1].text[:1].isupper():
        k -= 1
    given = k > 1 and record_cues()["objects"].search(doc[k - 2].lower_) is not None
    if (m.type in REGIONS or m.type == "bare" or given) and k < m.start and k > 0 and (
            doc[k - 1].lower_ == "dari") and (
            k < 2 or doc[k - 2].lower_ not in LIST_OPENERS):
        # (or a body inside the giver's name after the award: "penghargaan dari
        # Pusat Kajian Parlemen Universitas Diponegoro")
        # "dari Bapenda Kota Surakarta", "dari Badan Musyawarah Adat Provinsi
        # Bengkulu": the giver, an office or a council of the region (but
        # "Di antaranya dari Pemprov Bali, DKI Jakarta ...": winners listed)
        return True
    # (a village or a kelurahan after "dari" wins, "juara I dari Desa Doko",
    # "Juara Harapan Satu dari Kelurahan X", unless it is
    # where a person named before comes from: "Nurul Hikmah dari Desa X")
    # ("terdiri dari X": its member; "di peringkat kedua dari Kabupaten Siak": a
    # rank's winner; but "Pembina Statistik Sektoral Terbaik dari BPS Provinsi
    # X": an office giving the award)
    return before == "dari" and (m.type != "desa" or _named_before(doc, m.start - 1)) and not (
        m.start > 1 and doc[m.start - 2].lower_ in LIST_OPENERS
    ) and not ((m.type in _PLACED or doc[m.start].lower_ == "kelurahan") and doc[
        m.start].lower_ not in GOVERNMENT_WORDS and any(
        record_cues()["rank"].has_word(t.lower_) or t.lower_ in ordinal_words()
        for t in doc[max(0, m.start - 4):m.start - 1]))


def _counted_from(words: list[str], start: int) -> bool:
    """The region at ``start`` is where winners counted come from: "lima
    desa dari Kabupaten Kapuas"."""
    return start > 2 and words[start - 1] == "dari" and is_count(words[start - 3])



@lru_cache(maxsize=1)
def _won_by() -> frozenset[str]:
    """The passive verbs a winner follows as the prize's own ("Kuliner
    Tradisional diraih oleh ..."; not "disusul", after which the next winner
    follows)."""
    return frozenset(record_cues()["prizes"]["won_after"])


def _names_the_round(s: Sentence, m: Mention) -> bool:
    """A region right after an award's name, in a sentence naming another
    winner, is the round's ("terbaik kedua jatuh kepada Desa Wukirsari" on
    "PPID Award Kabupaten Bantul Tahun 2022"; "BPBD sebagai juara pertama
    PPID Award Kota Kediri"), or in a heading of its winners' list: who
    holds it, no winner."""
    words, texts = s.a.words, s.a.texts

    def edition_end(end: int) -> int:
        # past the award's short form, "Awards" and its year: "Keterbukaan
        # Informasi Publik KI Awards Tahun 2021 Provinsi Jawa Timur"
        while end < len(words) and (words[end] in {"award", "awards", "tahun"} or (
                words[end].isdigit() and len(words[end]) == 4) or (
                texts[end].isupper() and len(texts[end]) >= 2)):
            end += 1
        return end

    # (or heading the list of its winners: "Berikut daftar lengkap peraih PPID
    # Award Kabupaten Gunungkidul 2025:")
    return m.type in REGIONS and any(a.start < m.start <= edition_end(a.end)
                                     for a in s.awards) and (any(
        o is not m and not (o.start <= m.start < o.located_end) for o in s.mentions)
        or words[-1:] == [":"])


def _names_the_prize(s: Sentence, m: Mention) -> bool:
    """A body's name a word or two before a passive win verb, or before
    "terbaik" that one follows, names the prize, not a winner: "1. Kuliner
    Tradisional diraih oleh Pindang Patin", "Destinasi Terpopuler diraih oleh
    ...", "Desa Wisata Terbaik pada ADWI 2025 diraih Desa Wisata Sade"."""
    words, won_by = s.a.words, _won_by()
    return m.type not in REGIONS and (not won_by.isdisjoint(
        words[m.located_end:m.located_end + 2]) or (words[m.end:m.end + 1] == ["terbaik"] and not (
            won_by.isdisjoint(words[m.end + 1:]))))


def _contest_after_rank(s: Sentence, m: Mention) -> bool:
    """A place's name right after the rank a named winner won ("Desa Jambu
    meraih Juara 1 Kampung KB tingkat Provinsi Jawa Tengah") names the
    contest, not a second winner."""
    words, won = s.a.words, record_cues()["prizes"]["won_by"]
    rank = next((r for r in s.a.label("RANK") if r.end == m.start), None)
    if m.type in REGIONS or rank is None:
        return False
    verb = next((k for k in range(rank.start - 1, max(rank.start - 3, -1), -1)
                 if words[k] in won), None)
    return verb is not None and any(o.end <= verb and o.explicit and o is not m
                                    for o in s.mentions)


def _body_acronym_at(s: Sentence, k: int) -> bool:
    """The word at ``k`` is a body's acronym ("DPMD", "KI", "BPK", "DPMPTSP":
    ``body_acronym``), no part of a place's, an award's or a rank's name."""
    word = s.a.texts[k] if 0 <= k < len(s.a.texts) else ""
    return body_acronym(word) and not any(
        sp.start <= k < sp.end for label in ("PLACE", "AWARD", "RANK") for sp in s.a.label(label))


def _ends_a_body_name(s: Sentence, m: Mention) -> bool:
    """A region's name right after an office's or agency's acronym is part of
    that body's name when bare ("melalui DPMD Jambi", "BPK Jambi") or after
    "dari" ("dari KI Provinsi Banten": who gives it); not after an award's or
    a rank's ("KLA Jambi", "Juara II Jambi"), and an office named with its
    city's kind stands for the city ("PTSP Kota Batam")."""
    k = m.start - 1
    words = s.a.words
    if k >= 2 and words[k] == ")" and words[k - 2] == "(" and _body_acronym_at(s, k - 1):
        # "dari Persatuan Wartawan Indonesia (PWI) Kabupaten Tuban": the giver's
        return "dari" in words[max(0, k - 10):k - 2]
    return _body_acronym_at(s, k) and (m.type == "bare" or words[k - 1:k] == ["dari"])


def _won_as(s: Sentence, m: Mention) -> bool:
    """A body named after "sebagai" that follows a winner and its award is
    what the winner won as: "Perumda Tirta Sari meraih TOP BUMD Awards 2024
    sebagai BUMD Air Minum Bintang 5"."""
    k = m.start - 1
    return m.type not in REGIONS and k > 0 and s.a.words[k] == "sebagai" and any(
        a.end <= k and any(o.start < a.start for o in s.mentions) for a in s.a.label("AWARD"))


def _named_host(s: Sentence, m: Mention) -> bool:
    """A body chosen to host a round ("Kota Banda Aceh ditunjuk menjadi tuan
    rumah ..."; cues.json hosting): no winner."""
    return record_cues()["hosting"].found(Words.of(" ".join(
        s.a.words[m.located_end:m.located_end + 5])))


def _a_former_name(s: Sentence, m: Mention) -> bool:
    """A body named right after words that give a winner's former name ("BUMD
    yang dulunya bernama PDAM Kota Malang"; cues.json former_names): no
    winner of its own."""
    before = " ".join(s.a.words[max(0, m.start - 3):m.start])
    return any(before.endswith(phrase) for phrase in data_json("cues.json")["former_names"])


def _short_form_in_brackets(s: Sentence, m: Mention) -> bool:
    """A bare name in brackets right after the name of the region it is
    short for ("di wilayah Sulawesi Tengah (Sulteng)"): that region again,
    read where its name is, no winner of its own."""
    texts = s.a.texts
    if m.type != "bare" or m.start < 2 or texts[m.start - 1] != "(" or (
            texts[m.end:m.end + 1] != [")"]):
        return False
    short = gazetteer().resolve(m.name)
    return short is not None and any(
        gazetteer().resolve(" ".join(texts[m.start - 1 - n:m.start - 1])) == short
        for n in (1, 2, 3) if m.start - 1 - n >= 0)


def _spells_out_an_acronym(s: Sentence, m: Mention) -> bool:
    """A body's name in brackets right after the acronym it spells out
    ("kategori BPD (Bank Pembangunan Daerah) terbaik diraih Bank X"):
    what the acronym stands for, no winner."""
    texts = s.a.texts
    return m.start >= 2 and texts[m.start - 1] == "(" and texts[m.end:m.end + 1] == [")"] and (
        texts[m.start - 2].isupper() and initials(texts[m.start:m.end]) == texts[m.start - 2])


def _locates_an_official(s: Sentence, m: Mention) -> bool:
    """A province after a comma right after an official whose region lies
    in it ("Khairul, Wali Kota Tarakan, Kalimantan Utara, menerima ..."):
    where the region is, no winner."""
    return m.type == "provinsi" and m.start > 0 and s.a.words[m.start - 1] == "," and any(
        o.end == m.start - 1 and o.region and o.region.kind != "provinsi"
        and o.region.province == m.province for o in s.officials)


def _with_a_role(s: Sentence, m: Mention) -> bool:
    """A body after "dengan" set "sebagai" a part it played in a region's win
    ("Gunungkidul ditetapkan sebagai pemenang ..., dengan Dinas Perpustakaan
    dan Kearsipan (DPK) sebagai OPD pengampunya"): no winner (but "bersama
    dengan PT X sebagai juara II" ranks one)."""
    words = s.a.words
    k = m.located_end + (words[m.located_end:m.located_end + 1] == ["("] and 3)
    return m.type not in REGIONS and m.start > 0 and words[m.start - 1] == "dengan" and (
        words[k:k + 1] == ["sebagai"]) and k + 1 < len(words) and not (
        record_cues()["rank"].has_word(words[k + 1]) or words[k + 1] in WINNER_WORDS)


def _gives_its_name(s: Sentence, m: Mention) -> bool:
    """A body right after an award's name (and its year) is the one that
    gives it: "meraih TPID Award 2023 Bank Indonesia", "penghargaan
    Keterbukaan Informasi Publik 2021 KI Provinsi Banten" (a region right
    after the name is the award's round, as ``_outside_awards`` reads it)."""
    k = m.start
    acronym = _body_acronym_at(s, k - 1)
    k -= acronym
    if k and s.a.words[k - 1].isdigit():
        k -= 1
    return (acronym or m.type not in REGIONS) and any(a.end == k for a in s.a.label("AWARD"))


_THANKED_SKIP = {"pemerintah", "seluruh", "jajaran", "pemda"}


def _thanked(s: Sentence, m: Mention) -> bool:
    """"... menyampaikan terima kasih kepada Pemerintah Provinsi Maluku atas
    penghargaan yang diberikan", "berterima kasih kepada DLH Kabupaten X":
    the body thanked, or where the office thanked is, no winner; nor are
    those praised for the win of another the sentence names after
    "sehingga"."""
    words = s.a.words
    k = _joined_to(s, m).start - 1
    if k > 0 and words[k] in {"mengapresiasi", "mengapresiasikan"}:
        # "mengapresiasi Dinas X, serta OPD lainnya, ... sehingga Provinsi Y
        # berhasil meraih penghargaan ini": those praised for a win another had
        cause = next((i for i in range(m.located_end, len(words)) if words[i] == "sehingga"),
                     None)
        return cause is not None and any(x.start > cause for x in s.mentions)
    k = m.start - 1
    while k > 0 and (words[k] in _THANKED_SKIP or (
            m.start - k == 1 and _body_acronym_at(s, k))):  # an office's short name
        k -= 1
    return k > 0 and words[k] == "kepada" and words[k - 1] in {"kasih", "terimakasih"}


@lru_cache(maxsize=1)
def _partner_ends() -> frozenset[str]:
    """The last words of the phrases naming a giver's partner."""
    return frozenset(p.split()[-1] for p in record_cues()["partners"])


# the words a venue opens after (when_where's venue cues)
_VENUE_OPENERS = frozenset({"di", "bertempat", "berlangsung", "digelar", "dalam", "pada", "saat"})


def _inside_venue(s: Sentence, doc: Any, m: Mention) -> bool:
    """A body inside the venue's name ("bertempat di Graha Sabha Pramana
    Universitas Gajah Mada"): where the award was handed over, no winner (a
    region there may be one)."""
    at = doc[m.start].idx - doc[0].idx
    # (or the place a sentence opens with as the site: "Kantor Kementerian
    # Dalam Negeri kembali menjadi tempat penganugerahan ...")
    if s.site is not None and s.site[0] <= at < s.site[1]:
        return True
    if _VENUE_OPENERS.isdisjoint(s.a.words[:m.start]) or s.building is None:
        return False  # (a building, not "di Kutai Timur", opened by a word before it)
    return s.building[1] <= at < s.building[2]


def _named_before(doc: Any, i: int) -> bool:
    """A name ends right before ``i``: a capitalised word, not a roman numeral."""
    if i < 1:
        return False
    word = doc[i - 1].text
    return word.istitle() and len(word) > 1 and not set(word) <= set("IVXivx")


def _speaks_of_winner(doc: Any, m: Mention) -> bool:
    """"BPJS Ketenagakerjaan Kanwil Jateng mengapresiasi Pemerintah Provinsi
    Jawa Tengah yang ...": the body that congratulates or hands over, or
    announces the result ("Dinas X mengumumkan Desa Y menempati ..."); and a
    body that tells of the win, its day between or not ("Bagian Humas dan
    Protokol Kabupaten Trenggalek, Kamis menjelaskan, ... diraih oleh ...")."""
    k = m.located_end
    while k < len(doc) and doc[k].lower_ in ADVERBS:
        k += 1
    if k < len(doc) and (doc[k].lower_ in record_cues()["appreciates"]
                         or doc[k].lower_ in record_cues()["announces"]):
        return True
    if m.type in REGIONS:
        return False
    while k < len(doc) and (doc[k].text == "," or doc[k].lower_ in WEEKDAYS):
        k += 1  # (its day between: ", Kamis menjelaskan")
    return k < len(doc) and doc[k].lower_ in record_cues()["speaking_verbs"]


def _a_body_of_it_won(region: Mention, winners: dict[str, Winner]) -> bool:
    """A body of the region, no region itself, won ("RSUD Ulin Banjarmasin
    meraih penghargaan ... . Penghargaan itu diserahkan Menteri ... kepada
    Gubernur Kalimantan Selatan ..."): the region's head handed the award
    receives it for that body, and the region wins nothing. A body lies in
    a province when the province is its own, in a kabupaten or kota when its
    name holds the region's ("RSUD Kudus" and Bupati Kudus; not Bupati Pati,
    whose region may win too)."""
    bare = region.name.split(" ", 1)[1] if region.type != "provinsi" else None
    return any(w.mention.type not in REGIONS and (
        w.mention.province == region.province if bare is None
        else re.search(rf"\b{re.escape(bare)}\b", w.mention.name) is not None)
        for w in winners.values())


def _received_by_its_head(s: Sentence, m: Mention) -> bool:
    """``m`` is a region whose head the sentence names as the one who
    received the award ("Penghargaan diterima Wali Kota Salatiga ...")."""
    return any(o.start == m.start and o.role == "recipient" for o in s.officials)


def _head_receives_for_a_body(s: Sentence, m: Mention, winners: dict[str, Winner]) -> bool:
    """``m`` is a region its head stands for, handed the award a body of the
    region won (``_a_body_of_it_won``), or, in a sentence naming no award of
    its own, the award villages won ("KPK menetapkan Desa A dan Desa B
    sebagai Desa Antikorupsi. Piagam diserahkan kepada Bupati X dan Bupati
    Y": the heads of their regencies receive it for them)."""
    return m.type in REGIONS and any(o.start == m.start and o.region for o in s.officials) and (
        _a_body_of_it_won(m, winners) or (not s.awards and bool(winners) and all(
            w.mention.type == "desa" for w in winners.values())))


def _in_the_field(s: Sentence, m: Mention) -> bool:
    """A body named after a winner came out ahead of a counted field ("Kota
    Bitung meraih nilai tertinggi dari tiga nominator ..., yakni Kota Manado
    dan Kota Tomohon"): one of the field, no winner."""
    words, field = s.a.words, record_cues()["field"]
    first = min((w.start for w in s.mentions), default=m.start)
    return any(words[k] == "dari" and is_count(words[k + 1])
               and not field.isdisjoint(words[k + 2:k + 6])
               for k in range(first + 1, m.start - 1))


def _names_a_thing(s: Sentence, m: Mention) -> bool:
    """A name right after "program", "inovasi", "produk" ... (a word or two
    before it) is what a winner did or made, no body: "kategori Emas untuk
    program Kampung Madu Lestari", "lewat inovasi Sekolah Nelayan Cilik";
    one right after a prize's word is the prize ("menerima penghargaan Desa
    Mandiri"); one right after the help it gave helped a winner ("berkat
    pendampingan Dinas Pariwisata Kubu Raya", "peran PT A dan PT B")."""
    cues, words = record_cues(), s.a.words
    before = words[max(m.start - 2, 0):m.start]
    if m.start and (words[m.start - 1] in cues["support"] or (
            m.type not in REGIONS and words[m.start - 1] in cues["prizes"]["words"])):
        return True
    # (and those joined to the first that helped: "peran PT SNP dan PT MKI")
    first = _joined_to(s, m)
    if first is not m and words[first.start - 1] in cues["support"]:
        return True
    return m.type not in REGIONS and "," not in before and not (
        cues["listed_things"].isdisjoint(before))


def _joined_to(s: Sentence, m: Mention) -> Mention:
    """The first of the names ``m`` is listed after ("PT A dan PT B", "Dinas
    A, serta Dinas B"), ``m`` itself when it opens no list."""
    first, words, glue = m, s.a.words, list_glue()
    while first.start > 1 and words[first.start - 1] in glue and (joined := next((
            x for x in s.mentions if x.located_end == first.start - 1 or (
                x.located_end == first.start - 2 and words[first.start - 2] in glue)), None)):
        first = joined
    return first


def _sets_the_award(s: Sentence, m: Mention) -> bool:
    """The one setting an award on bodies, named right before the verb
    ("Pemkab Kolaka menetapkan Desa X sebagai juara I ..."): no winner."""
    return not record_cues()["setting"].isdisjoint(s.a.words[m.located_end:m.located_end + 1])


def _of_a_provincial_body(s: Sentence, m: Mention) -> bool:
    """A province named right after a body's or an event's short form
    ("Musrenbang RKPD Provinsi Sumatera Barat", "Perwakilan BKKBN Provinsi
    Papua Barat"): the province that body or event belongs to, no winner
    (but a province's own office stands for it: "BPBD Provinsi Bali",
    "Satpol PP Provinsi Jawa Tengah")."""
    words = s.a.words
    own = record_cues()["regional_offices"]
    return m.type == "provinsi" and _body_acronym_at(s, m.start - 1) and not (
        words[m.start - 1] in own or " ".join(words[max(0, m.start - 2):m.start]) in own)


def _proud_of_its_winner(s: Sentence, m: Mention) -> bool:
    """A region whose name a body in it made by winning ("Kabupaten Lima
    Puluh Kota harum namanya setelah Nagari Sitapa menyabet juara pertama
    ..."), or that is proud of it ("Kukar patut berbangga atas prestasi
    Pokdarwis X"): where the winner lies, no winner itself; its own clause
    wins nothing."""
    if m.type not in REGIONS and m.type != "bare":
        return False
    words = s.a.words
    after = next((x for x in s.mentions if x.start >= m.located_end), None)
    if after is None or after.type in REGIONS:
        return False
    between = words[m.located_end:after.start]
    if not record_cues()["pride"].isdisjoint([*words[max(0, m.start - 2):m.start], *between]):
        return True  # "Kebanggaan untuk Kutai Kartanegara: Pokdarwis X meraih ..."
    cause = next((k for k, w in enumerate(between) if w in record_cues()["causes"]), None)
    return cause is not None and not record_cues()["win"].search(" ".join(between[:cause]))


def _acts_for_the_winner(s: Sentence, m: Mention) -> bool:
    """The office a winner named before acts through ("Pemkab Bantaeng,
    dalam hal ini Dinas Kesehatan, masuk Top 40 ..."; "Pemprov Riau melalui
    Dinas ESDM berhasil meraih juara I ..."): the same winner."""
    words = s.a.words
    k = m.start - (words[m.start - 1:m.start] == [","])
    if m.type in REGIONS:
        return False
    if words[k - 1:k] == ["melalui"]:
        # (right after a region, its short form in brackets between or not)
        ends = {k - 1, k - 4} if words[k - 2:k - 1] == [")"] else {k - 1}
        return any(x.type in REGIONS and x.located_end in ends for x in s.mentions)
    return words[max(0, k - 3):k] == ["dalam", "hal", "ini"] and any(
        x.located_end < m.start for x in s.mentions)


def _receives_for_bodies(s: Sentence, m: Mention) -> bool:
    """A region receiving an award "untuk" bodies in it ("Kabupaten Tanah
    Laut menerima Proklim Utama untuk Desa Ambungan dan Pondok Pesantren X"):
    they win, it received for them."""
    if m.type not in REGIONS:
        return False
    words, cues = s.a.words, record_cues()
    verb = next((k for k in range(m.located_end, min(m.located_end + 4, len(words)))
                 if cues["win"].has_word(words[k]) or cues["win_weak"].has_word(words[k])), None)
    if verb is None:
        return False
    at = next((k for k in range(verb + 1, min(verb + 10, len(words))) if words[k] == "untuk"), None)
    return at is not None and any(x.start == at + 1 and x.explicit and x.type not in REGIONS
                                  for x in s.mentions)


def _holds_the_plenary(s: Sentence, m: Mention) -> bool:
    """The council whose plenary an award is handed over at ("pada rapat
    paripurna istimewa DPRD Provinsi Jambi"): the host, no winner (but
    "Adipura Paripurna diraih Kota Semarang": a tier won)."""
    before = s.a.words[max(0, m.start - 2):m.start]
    return "paripurna" in before and not any(
        record_cues()["win"].has_word(w) for w in before[before.index("paripurna") + 1:])


def _carried_by_its_winner(s: Sentence, m: Mention) -> bool:
    """A region whose name a body before it carries by winning ("Desa X
    mengharumkan nama Kabupaten Y dengan meraih ...", "Desa X yang telah
    membawa Kabupaten Y menjadi Juara 1 ...") or makes proud: where the
    winner lies, no winner itself."""
    words, texts = s.a.words, s.a.texts
    k = m.start - (1 if words[m.start - 1:m.start] == ["nama"] else 0)
    # (or made proud: "..., sehingga memberi kebanggaan buat pemerintah dan
    # masyarakat Kabupaten Y")
    proud = None if record_cues()["pride"].isdisjoint(s.whole.set) else next(
        (j for j in range(m.start - 1, max(-1, m.start - 7), -1)
         if not texts[j].islower() or words[j] in record_cues()["pride"]), None)
    carried = (k > 0 and words[k - 1] in record_cues()["honours"]) or (
        proud is not None and words[proud] in record_cues()["pride"])
    return m.type in REGIONS and carried and any(
        x.located_end < m.start and x.type not in REGIONS for x in s.mentions)


def _delivers_its_winners(s: Sentence, m: Mention) -> bool:
    """A region that brought the winners to their win ("Pemerintah Provinsi
    Kalimantan Selatan melalui Dinas Pariwisata berhasil mengantar dua desa
    wisata meraih ADWI"): it wins nothing itself."""
    words, delivers = s.a.words, record_cues()["delivers"]
    ahead = words[m.located_end:m.located_end + 10]
    verb = next((k for k, w in enumerate(ahead) if w in delivers), None)
    return m.type in REGIONS and verb is not None and "," not in ahead[:verb]


def _ranked_before(s: Sentence, m: Mention) -> bool:
    """"Setelah Kabupaten Banyumas, menyusul di peringkat kedua Kabupaten
    Kudus", "... menempati terbaik ketiga, setelah Kabupaten Gianyar dan
    Tabanan.": the ones ranked before those the sentence ranks, no winners
    of its rank (not a time: "setelah Kabupaten X menyerahkan ...", a verb
    after the names)."""
    words = s.a.words
    if m.start == 1 and words[0] == "setelah":
        return m.located_end < len(words) and words[m.located_end] == ","
    spans = {x.start: x.located_end for x in s.mentions}
    starts = {end: start for start, end in spans.items()}
    k = m.start - 1
    while k > 0 and words[k] in {",", "dan", "serta"}:
        k -= 1
        k = starts[k + 1] - 1 if k + 1 in starts else k  # back past the name before
    if not (k > 1 and words[k] == "setelah" and words[k - 1] == "," and any(
            r.end <= k for r in s.a.label("RANK"))):
        return False
    end = m.located_end
    while end in spans or (end < len(words) and words[end] in {",", "dan", "serta"}
                           and end + 1 in spans):
        end = spans.get(end, end + 1)
    return end == len(words) or words[end] in {".", ";"}


_REASON_NOUNS = {"peran", "perannya", "jasa", "jasanya", "keberhasilan", "keberhasilannya",
                 "komitmen", "komitmennya", "upaya", "upayanya"}


def _object_of_the_reason(s: Sentence, m: Mention) -> bool:
    """A body a winner named before it won for doing something to ("...
    meraih penghargaan Top Pembina BUMD karena berhasil memajukan Bank
    Kalteng", "... atas perannya membina Bank NTT"): what the reason is
    about, no winner (not the subject of a reason: "karena Kota X dinilai
    ...")."""
    words = s.a.words
    if not m.start or words[m.start - 1] in record_cues()["causes"] or not words[
            m.start - 1].isalpha() or not any(x.start < m.start and x.explicit for x in s.mentions):
        return False
    reason = next((k for k in range(m.start - 1, max(0, m.start - 6), -1)
                   if words[k] in record_cues()["causes"] or (
                       words[k] == "atas" and words[k + 1] in _REASON_NOUNS)), None)
    return reason is not None and "," not in words[reason:m.start] and not record_cues()[
        "win"].search(" ".join(words[reason:m.start]))


def _attributed(s: Sentence, m: Mention) -> bool:
    """A place in the attribution after a quote ("“PT Timah meraih ...
    Terbaik Kesatu ...,” kata ... dalam keterangan diterima LKBN ANTARA Babel
    di Pangkalpinang"): where the speaker is, not a winner."""
    if not s.a.quoted:
        return False
    closing = [k for k, t in enumerate(s.a.texts) if t in {"”", '"'}]
    return bool(closing) and m.start > closing[-1] and not record_cues()[
        "speech_verbs"].isdisjoint(s.a.words[closing[-1]:m.start])


def _broken_off(art: Story, s: Sentence, m: Mention) -> bool:
    """A body's name the page breaks off in ("... Pemenang pertama yakni
    Desa Wisa"): a stored copy cut mid-sentence may have cut the name too,
    and only a region's name can be told complete."""
    text = art.text.rstrip()
    return (m.type not in REGIONS and m.end == len(s.a.words) and text[-1:].isalnum()
            and s.a.sentence.end >= len(text))


def _among_the_givers(s: Sentence, m: Mention) -> bool:
    """The mention stands between the giving verb's "oleh" and the "kepada"
    of those it was handed to ("diserahkan langsung oleh Gubernur Sulbar,
    bersama ... dan Kepala Bapperida Sulbar, Junda Maulana, kepada ketiga
    kabupaten terbaik"): of the givers' party, no winner."""
    words, cues = s.a.words, record_cues()
    by = next((k for k in range(m.start - 1, -1, -1) if words[k] in {"oleh", "kepada"}), None)
    if by is None or words[by] != "oleh":
        return False
    verb = by - 1
    while verb > 0 and words[verb] in cues["filler"]:
        verb -= 1  # "diserahkan langsung oleh"
    return verb >= 0 and words[verb] in cues["givers"] and "kepada" in words[m.located_end:]


def _owned_by(doc: Any, start: int) -> bool:
    """The mention at ``start`` names an owner: "milik Pemerintah Kota Jambi",
    "badan usaha milik daerah (BUMD) Pemerintah Provinsi NTT", "satu-satunya
    rumah sakit di lingkungan Pemprov Sultra" (but "menjadi milik Kabupaten
    X" is a win)."""
    owners = record_cues()["owners"]
    for k in range(start - 1, max(start - 6, 0) - 1, -1):
        word = doc[k].lower_
        if (word in owners or (k and f"{doc[k - 1].lower_} {word}" in owners)) and (
                doc[k].text.islower() or (doc[k].text.isupper() and all(
                    doc[j].text == ")" for j in range(k + 1, start)))):
            # ("Unit Ombilin": a name; "BUMD Pemkot Salatiga", "Organisasi
            # Perangkat Daerah (OPD) Pemerintah Kota Pekalongan": its owner)
            return not (k and doc[k - 1].lower_ == "menjadi")
        if (doc[k].is_punct and word not in {"(", ")"}) or record_cues()["enumeration"].fullmatch(
                word):
            return False  # "... binaan DLH Sultra ini diantaranya SMPN 5 Kendari": an item
    return False


def _take_recipients(art: Story, s: Sentence, winners: dict[str, Winner],
                     named: list[Winner], handover: bool, last_named: list[Winner],
                     presenter: tuple[Official, Sentence] | None) -> None:
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
        if target is None and o.body and handover and not named:
            # "menyerahkan penghargaan ... kepada Dirut Perumda Air Minum Among
            # Tirto Kota Batu, Edi Susanto": the body its receiver heads wins
            body = next((m for m in s.mentions if o.start <= m.start < o.end
                         and m.type not in REGIONS), None)
            if body is not None:
                target = winners[body.name] = Winner(body)
                art.full.setdefault(body.key, body)
                art.full.setdefault(body.name, body)
        if target is None and o.region:
            name = region_name(o.region)
            target = winners.get(name)
            if target is None and handover and not named and o.region.kind in REGIONS and (
                    record_cues()["branch_words"].isdisjoint(o.title.lower().split())) and (
                    stands_for(s.a.doc, o.end) == o.end):
                # (not the head of a national body's branch there: "menyerahkan
                # LKPD ... kepada Kepala Perwakilan BPK Provinsi Jateng"; nor one
                # receiving for another: "diterima oleh Bupati Agam, Indra Catri
                # mewakili Gubernur Sumbar")
                mention = region_mention(o.region, o.start, o.end, True)
                if not _a_body_of_it_won(mention, winners):
                    target = winners[name] = Winner(mention)
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


def _fill_categories(art: Story, s: Sentence, winners: dict[str, Winner]) -> None:
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
