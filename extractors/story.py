"""An article read for award records: its candidate sentences, each with the
bodies, officials and awards it names and what kind of sentence it is (a win,
a handover, the ceremony), and the winners named through a head, a list
opener or a word that points back.

A sentence reports a win or a handover only as news — not a quote, a target,
a nomination, an interview round or a win recalled from the past (cue words
in ``data/cues.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Any

from extractors.award import (
    CATEGORY_WORDS,
    KIND_WORDS,
    AwardMention,
    any_tier,
    award_heads,
    award_mentions,
    lower_contest,
    tier_at,
)
from extractors.awardee import (
    ADVERBS,
    BENEFICIARY_WORDS,
    NAMING,
    PREFIX_KIND,
    WINNER_WORDS,
    Mention,
    body_acronym,
    counts_categories_before,
    find_mentions,
    head_short_forms,
    heads_listed_in,
    is_count,
    list_glue,
    list_intros,
    region_mention,
    sole_region,
)
from extractors.clauses import (
    attribution,
    ends_live,
    live_clauses,
    recalled_opening,
    won_after_shortlist,
)
from extractors.cuewords import (
    Cue,
    Words,
    gives_gesture,
    hands_out_only,
    listed_rank_words,
    ordinal_words,
    record_cues,
)
from extractors.gazetteer import Region, gazetteer
from extractors.lexicon import data_table
from extractors.lists import (
    COUNTED_KINDS,
    DASHES,
    Line,
    ListLine,
    find_lists,
    is_list_item,
    names_kinds,
    opens_list,
    speaks_of_winners,
)
from extractors.people import Official, find_officials, past_description, stands_for
from extractors.pipeline import Match
from extractors.record import Evidence
from extractors.sentences import Analysed, add_unlisted_awards, analyse, tells_a_standing
from extractors.text import initials
from extractors.when_where import find_date, find_venue, reference_date, witnessing_place

REGIONS = {"provinsi", "kabupaten", "kota"}
_TALLY = re.compile(r"\b\d+\s+kali\b")  # "13 kali": how many times, a tally
_LOCAL = {"kabupaten", "kota"}
_HEADED = REGIONS | {"desa"}  # kinds a head word always opens
_COVERING = frozenset({"meliputi", "mencakup"})  # "... tiga kategori, meliputi A, B, dan C"
COUNTED_LIST_OPENERS = NAMING | _COVERING


@dataclass
class Sentence:
    """A candidate sentence with what the extractors found in it, and what
    kind of sentence it is: a win, a handover, the ceremony."""

    a: Analysed
    mentions: list[Mention]
    officials: list[Official] = field(default_factory=list)
    awards: list[AwardMention] = field(default_factory=list)
    win: bool = False
    handover: bool = False
    event: bool = False
    # a quote about the award with its attribution ("“Semoga penghargaan ini
    # ...,” kata Thomas di Kantor BKPM, Jakarta, Kamis 12 Juli 2018"): said
    # at the ceremony when no sentence of it gives its date or venue
    remarks: bool = False
    list_line: ListLine | None = None  # an item or heading of a winners list
    # a handover or ceremony announced for the day of the page or the days
    # right after it ("Penyerahan ... akan dilaksanakan Selasa 31/1 (hari
    # ini) di Istana ..."): where and when, when no sentence says it happened
    upcoming: bool = False
    # a province with its regions in brackets after it says where they are
    # ("kepada Jawa Tengah (Kabupaten Sragen, ...)"): the bracket's index ->
    # where the province starts
    groups: dict[int, int] = field(default_factory=dict)

    whole: Words = field(init=False)  # the sentence's words
    tiers: list[tuple[int, str]] = field(init=False)  # tiers named as such ("peringkat Nindya")
    # where its date and venue are written: a quote's attribution ("...,” kata
    # Dante dalam acara penghargaan STBM di Jakarta, Selasa (10/12/2024)")
    said: str = field(init=False)
    # every handing verb hands out a thing that is no award ("Kunci mobil itu
    # diserahkan ...", "diserahkan santunan kematian ..."): no handover, no ceremony
    hands_out: bool = field(init=False)

    def __post_init__(self) -> None:
        self.whole = Words.of(self.a.lower)
        self.hands_out = hands_out_only(self.a.words)
        text = self.a.sentence.text
        told = self.a.quoted and _tells_the_handover(text, self.whole)
        self.said = attribution(text) if self.a.quoted and not told else text
        if not told and _INTERVIEWED.search(attribution(text)):
            self.said = ""  # "..., kata X saat dihubungi, Rabu (7/3/2024)": said later
        self.tiers = tier_at(self.a.words)
        self.win, self.handover = (False, False) if _visitors_received(self) else (
            _is_win(self), _is_handover(self))
        self.event = _is_event(self) or (self.a.quoted and not self.a.headline and record_cues()[
            "event"].found(Words.of(self.said)))
        self.remarks = self.a.quoted and not self.a.headline and record_cues()[
            "objects"].found(self.whole)

    @property
    def quoted(self) -> bool:
        """Someone's words, with an attribution that may say where and when."""
        return self.a.quoted

    @cached_property
    def live(self) -> list[Words]:
        """Its clauses that report news, read when first asked."""
        return live_clauses(self.a)

    @cached_property
    def site(self) -> tuple[int, int] | None:
        """Where the named place the sentence opens with as the site or the
        witness of the handover lies in it ("Gedung X menjadi tempat ..."),
        read once, or None."""
        return witnessing_place(self.a.sentence.text)

    @cached_property
    def building(self) -> tuple[str, int, int] | None:
        """The venue the sentence names with a venue word ("di Graha Sabha
        Pramana ..."), read once: (venue, start, end) or None."""
        return find_venue(self.a.sentence.text, named_only=True)


@dataclass
class Winner:
    """A body the article names as a winner, with what it won (rank,
    category), who received and who presented it, and the sentences that
    say so."""

    mention: Mention
    rank: int | None = None
    category: str | None = None
    recipient: str | None = None
    presenter: tuple[Official, Sentence] | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # named in a sentence that names its award, or its recipient in one
    # that follows such a sentence
    with_award: bool = False
    # further (rank, category) wins of the same award in the same sentence
    # ("meraih juara I kategori A dan juara II kategori B")
    more: list[tuple[int | None, str | None]] = field(default_factory=list)
    # its short form in brackets after its name ("PT Bank Pembangunan Daerah
    # Papua Barat (Bank Pabar)"): the same winner when named so later
    short: str | None = None

    def wins(self) -> list[tuple[int | None, str | None]]:
        """Each (rank, category) the winner won, the first one first."""
        return [(self.rank, self.category), *self.more]

    def cite(self, a: Analysed) -> None:
        s = a.sentence
        if all(e.start != s.start for e in self.evidence):
            self.evidence.append(Evidence(s.text, s.start, s.end))


def _drop_recalled_awards(sentences: list[Sentence]) -> None:
    """The awards a sentence's opening clause recalls as earlier wins, which
    no other sentence names ("Setelah meraih APBD Award dan UHC Award,
    Kabupaten X kembali meraih ... PPKM Award 2023"), are none of its own (but
    "Setelah meraih UHC Award ..., Kota Ambon kembali meraih ... . UHC Award
    diserahkan Wakil Presiden ..." tells of both)."""
    for s in sentences:
        recalled = recalled_opening(s.a)
        if not recalled:
            continue
        elsewhere = {w.award for t in sentences if t is not s for w in t.awards}
        s.awards = [w for w in s.awards if w.start > recalled or w.award in elsewhere]


def _visitors_received(s: Sentence) -> bool:
    """The sentence's subject is a team of visitors that someone receives
    ("Tim penilai Adipura tingkat nasional diterima Bupati X di Pendopo ...",
    after a dateline or not): no award is handed over or won."""
    if record_cues()["visitors"].isdisjoint(s.whole.set):
        return False
    words = s.a.words
    dash = next((k for k, w in enumerate(words[:10]) if w in DASHES), -1)
    if dash + 1 >= len(words) or words[dash + 1] not in record_cues()["visitors"]:
        return False
    verb = next((k for k, w in enumerate(words) if w in record_cues()["received"] or (
        w == "disambut")), None)
    return verb is not None and not record_cues()["win"].search(" ".join(words[dash + 1:verb]))


def _tells_the_handover(text: str, whole: Words) -> bool:
    """A quote that tells of the handover itself, a date or its giver and
    place in it ("“Piagam itu diserahkan kepada Bupati pada Kamis, 9 Maret
    2023,” ujarnya", "“Penganugerahan dilaksanakan pada tanggal 13 Mei 2022 di
    Jakarta,” kata X, Jumat (25/11/2022)", "“Penghargaannya diserahkan oleh
    Komisioner KI Pusat Syawaludin, bertempat di Jakarta Pusat,” tutur X
    ketika dihubungi"): where and when are the ceremony's, whenever the quote
    was said."""
    cues = record_cues()
    end = max(text.rfind("”"), text.rfind('"'))
    return end > 0 and cues["handover"].found(whole) and (
        cues["objects"].found(whole) or cues["handover_nouns"].found(whole)) and (
        find_date(text[:end]) is not None or _GIVEN_THERE.search(text, 0, end) is not None
    ) and not cues["past"].search(whole.raw)


# a giver and the place of the handover: "diserahkan oleh X, bertempat di Y"
_GIVEN_THERE = re.compile(r"\boleh\b[^.”\"]{3,80}\bbertempat\s+di\b")


_INTERVIEWED = re.compile(r"\b(?:saat|ketika|waktu|kala)\s+(?:dihubungi|dikonfirmasi|ditemui|"
                          r"diwawancarai)\b", re.I)


def _now(s: Sentence, cue: Cue) -> bool:
    """Some live clause of the sentence has the cue (none has it when the
    whole sentence lacks it)."""
    return cue.found(s.whole) and any(cue.found(part) for part in s.live)


def _reports_now(s: Sentence) -> bool:
    """The sentence reports a win or a handover as news."""
    cues = record_cues()
    return _now(s, cues["win"]) or _now(s, cues["win_weak"]) or _now(s, cues["handover"])


def _is_win(s: Sentence) -> bool:
    """A winner is named: a win verb, or a rank phrase ("Kota Padang (juara
    I)"), with the award, a rank, a category or an award object."""
    low = s.a.lower
    cues = record_cues()
    if not (s.a.label("AWARD") or s.a.label("RANK") or "kategori" in low
            or cues["objects"].found(s.whole) or s.tiers or _contest_won(s.a.words, s.whole.set)
            or (s.a.words[:1] != [] and s.a.words[0] in WINNER_WORDS and _winners_named(s)
                and _lists_winners(s))):
        # (but "Peraih Inovasi Terbanyak yakni A, B, dan C", "Penerima tingkat
        # kota adalah A, B dan C": the winners of a prize the sentence names
        # in its own words, or of a level of the award, listed)
        return False  # nothing about an award
    if _only_a_tally(s):
        return False
    ranked = bool(s.a.label("RANK")) and _now(s, cues["rank"])
    # (listed: "Para peraih Paritrana Award tahun ini yaitu Provinsi Aceh,
    # Provinsi Riau dan Provinsi Lampung")
    return (ranked or (cues["win"].found(s.whole) and _reports_now(s)
                       and not _win_named_as_a_thing(s) and not _only_a_score(s)) or _weak_win(s)
            or ((_winners_named(s) or _best_named(s)) and _lists_winners(s))
            or _called_a_winner(s) or _set_as(s) or _congratulated(s))


def _only_a_tally(s: Sentence) -> bool:
    """The sentence names its award only as what is counted ("meraih
    peringkat ke-2 sebagai daerah dengan Sekolah Adiwiyata terbanyak"): a
    standing by the number of winners, no win."""
    awards, words = s.a.label("AWARD"), s.a.words
    return bool(awards) and all(words[a.end:a.end + 1] == ["terbanyak"] for a in awards)


def _only_a_score(s: Sentence) -> bool:
    """What the sentence wins is a score ("Pemkab X meraih nilai rata-rata di
    atas 90 pada semua indikator"), not an award, nor a best score
    ("meraih nilai tertinggi")."""
    return _SCORE_WON.search(s.a.lower) is not None and not record_cues()["win"].found(
        Words.of(_SCORE_WON.sub(" ", s.a.lower)))


# a score won: "meraih nilai rata-rata ...", "memperoleh skor 92,5"
_SCORE_WON = re.compile(r"\b(?:meraih|mendapat(?:kan)?|memperoleh|mencapai)\s+(?:nilai|skor|indeks)"
                        r"\s+(?:rata-rata|sebesar|di atas|\d)")


def _contest_won(words: list[str], present: frozenset[str]) -> bool:
    """A contest written in lower case right after a verb of winning it
    ("Kabupaten Sinjai memenangkan lomba video inovasi ..."); ``present``:
    the sentence's words as a set."""
    heads, after, _ = lower_contest()
    return not heads.isdisjoint(present) and any(
        w in heads and words[k - 1] in after for k, w in enumerate(words) if k)


def _win_named_as_a_thing(s: Sentence) -> bool:
    """The sentence names a win only as the prize won ("Atas penghargaan yang
    diraih tersebut, Bupati ... menyampaikan terima kasih ...", "syukur atas
    penghargaan yang diraih provinsinya"): it tells of something else."""
    if "yang" not in s.whole.set:
        return False
    stripped = _PRIZE_WON.sub(" ", s.a.lower)
    return stripped != s.a.lower and not record_cues()["win"].found(Words.of(stripped))


# a prize named by its winning, no winner after it: "penghargaan yang diraih
# tersebut", "piala yang berhasil diraih provinsinya" (not "penghargaan yang
# diterima SMKN 3 Singaraja": a winner named)
_PRIZE_WON = re.compile(r"\b(?:penghargaan|piala|piagam|trofi|prestasi|anugerah)\s+(?:[\w-]+\s+)"
                        r"{0,3}?yang\s+(?:telah\s+|berhasil\s+|sudah\s+)?(?:diraih|diterima|"
                        r"diperoleh|didapat|didapatkan)(?=\s*(?:tersebut\b|itu\b|ini\b|[,.]|$)"
                        r"|\s+\w+nya\b)")


def _known_heads(officials: list[Official], named: dict[str, Official]) -> list[Official]:
    """A head named with the title alone and a name the story gave before
    with the region ("Bupati Paser Fahmi Fadli ... . Selain itu, Bupati Fahmi
    Fadli juga menerima ...", or one word of it: "Bupati Fahmi"): that
    region's head."""
    out = []
    for o in officials:
        known = named.get(o.name) if o.name else None
        if known is None and o.name and " " not in o.name:
            known = next((k for name, k in named.items() if o.name in name.split()), None)
        out.append(replace(o, region=known.region) if (
            o.region is None and known is not None and known.office == o.office) else o)
    return out


def _congratulated(s: Sentence) -> bool:
    """Bodies congratulated on the award ("Wali Kota menyampaikan selamat
    kepada Pemkab A dan Kota B, yang pantas menerima penghargaan itu"): the
    award or a prize word after them, in a clause that reports news."""
    if "selamat" not in s.whole.set:
        return False
    words = s.a.words
    at = next((k for k in range(len(words) - 2) if words[k] == "selamat"
               and words[k + 1] in {"kepada", "untuk", "bagi"}), None)
    return at is not None and bool(s.live) and any(m.start == at + 2 for m in s.mentions) and (
        any(m.start > at for m in s.awards)
        or record_cues()["objects"].found(Words.of(" ".join(words[at:]))))


def _called_a_winner(s: Sentence) -> bool:
    """A body named as one of the winners: "Pemerintah Kabupaten Labuhanbatu
    sebagai salah satu Kabupaten/Kota se-Indonesia peraih penghargaan ...",
    "Kampung X merupakan pemenang kategori umum", in a clause that reports
    news."""
    words = s.a.words

    def called(k: int) -> bool:
        if words[k] == "sebagai":
            return any(w in WINNER_WORDS for w in words[k + 1:k + 9])
        if words[k] not in _BEING:
            return False
        j = k + 1 + 2 * (words[k + 1:k + 3] == ["salah", "satu"])
        return j < len(words) and words[j] in WINNER_WORDS

    def past_adverbs(k: int) -> int:
        # "Kota Kupang juga tampil sebagai penerima award ...", "... keluar sebagai ..."
        while k < len(words) - 1 and (words[k] in ADVERBS or words[k] in _COMING_OUT):
            k += 1
        return k

    return any(m.explicit and m.located_end < len(words) and called(past_adverbs(m.located_end))
               for m in s.mentions) and bool(s.live)


_COMING_OUT = frozenset({"tampil", "keluar", "muncul"})  # "tampil sebagai penerima ..."


def _set_as(s: Sentence) -> bool:
    """Bodies the award is set on: "KPK menetapkan Desa A dan Desa B
    sebagai Desa Antikorupsi" (the one setting it names no winner)."""
    words, texts = s.a.words, s.a.texts
    at = next((k for k, w in enumerate(words) if w in record_cues()["setting"]), None)
    if at is None or not s.live:
        return False
    named_as = next((k for k in range(at + 2, min(at + 14, len(words))) if words[k] == "sebagai"),
                    None)
    return named_as is not None and texts[at + 1][:1].isupper() and bool(s.awards) and any(
        m.start > named_as for m in s.awards)


def _weak_win(s: Sentence) -> bool:
    """"menerima", "memperoleh" ... name a winner only with the award, a rank or
    a trophy in the same clause ("menerima undangan" does not)."""
    cues = record_cues()
    if not cues["win_weak"].found(s.whole):
        return False
    named = [m.text.lower() for m in s.a.label("AWARD") + s.a.label("RANK")]
    return any(cues["win_weak"].found(part)
               and (cues["strong_objects"].found(part) or any(n in part.raw for n in named)
                    or (_goes_on(part) and any(n in s.a.lower for n in named)))
               and not _becomes_something_else(part, named)
               for part in s.live)


def _becomes_something_else(part: Words, named: list[str]) -> bool:
    """"menjadi" is the clause's only weak verb and what it becomes names no
    award, rank or trophy: the prize named before it is the subject
    ("Anugerah Pesona Indonesia 2020 menjadi bukti ..."), no one won it."""
    cues = record_cues()
    weak = {w for w in part.set if cues["win_weak"].has_word(w)}
    if weak != {"menjadi"}:
        return False
    after = part.raw[part.raw.find("menjadi"):]
    return not (cues["strong_objects"].search(after) or any(n in after for n in named))


def _goes_on(part: Words) -> bool:
    """A clause that goes on with the one before it ("Penghargaan X
    diserahkan oleh ..., dan diterima langsung oleh Bupati Wakatobi"): what
    it receives is what the sentence named."""
    first = part.joined.split(maxsplit=1)[:1]
    return bool(first) and first[0] in record_cues()["going_on"]


def _is_handover(s: Sentence) -> bool:
    cues = record_cues()
    # What is handed over: an award, a trophy ..., or a category ("Kategori
    # badan usaha diserahkan Sekretaris Daerah ...").
    # A sentence opening with the handing verb (after "Yang" or not), or
    # whose verb carries the award ("menyerahkannya"), hands over what the
    # one before named: "Diserahkan oleh Wakil Gubernur ... pada Selasa ...";
    # one handing to two or more regions hands over the story's award
    # ("... diberikan kepada : Pemerintah Provinsi Maluku, Pemerintah
    # Provinsi Jambi, ...").
    return cues["handover"].found(s.whole) and not s.hands_out and not (
        _gives_gestures_only(s)) and not _defines_the_award(s) and not (
        _tells_a_decree(s)) and not _to_kinds_only(s) and bool(
        s.a.label("AWARD") or cues["objects"].found(s.whole) or any(
            w.endswith("nya") and cues["handover"].has_word(w) for w in s.a.words)
        or cues["handover_nouns"].found(s.whole)
        or not CATEGORY_WORDS.isdisjoint(s.whole.set)
        or cues["handover"].search(_first_word_past_links(s.a.words))
        # (or after "Yang" opening a sentence cut from the one before: "Yang
        # diserahkan langsung oleh Kepala Bidang ..., Sutrisno.")
        or (s.a.words[:1] == ["yang"] and cues["handover"].search(" ".join(s.a.words[1:3])))
        or ("kepada" in s.whole.set and sum(
            m.explicit and m.type in REGIONS for m in s.mentions) >= 2)) and _reports_now(s)


def _first_word_past_links(words: list[str]) -> str:
    """The sentence's first word after the words linking it to the one before
    ("Selain itu, juga diberikan kepada PT A dan PT B.", "Kemudian diserahkan
    kepada ..."; cues.json link_words)."""
    links = record_cues()["links"]
    return next((w for w in words if w not in links), "")


_DEFINES = {"merupakan", "adalah", "ialah"}


def _to_kinds_only(s: Sentence) -> bool:
    """The sentence says the award is given to kinds of body only, naming
    none and no day ("Penghargaan ini diberikan oleh Presiden RI kepada
    Pemerintah Provinsi/Kabupaten/Kota dan pelaku usaha"): who gets it in
    every round, no handover of this one (but "Gubernur menyerahkan
    Paritrana Award 2024 kepada kabupaten/kota dan kalurahan ..." hands over
    this round's)."""
    words = s.a.words
    if "diberikan" not in words or "kepada" not in words or any(
            m.explicit for m in s.mentions) or find_date(s.a.sentence.text) is not None:
        return False
    k = words.index("kepada") + 1
    k += words[k:k + 1] in (["pemerintah"], ["pemda"])
    return words[k:k + 1] != [] and words[k] in PREFIX_KIND and words[k + 1:k + 2] == ["/"]


def _tells_a_decree(s: Sentence) -> bool:
    """The sentence tells of the decree that grants the award, signed on its
    own day ("SK Menteri Pertanian ... tentang pemberian penghargaan bidang
    pertanian, yang diteken ... pada 13 Agustus 2021"): every handing word is
    in the decree's title, after "tentang" (or "mengenai", "perihal"); no
    handover."""
    words = s.a.words
    if record_cues()["signing"].isdisjoint(words) or _ABOUT.isdisjoint(words):
        return False
    about = next(k for k, w in enumerate(words) if w in _ABOUT)
    return not any(record_cues()["handover"].has_word(w) for w in words[:about])


_ABOUT = frozenset({"tentang", "mengenai", "perihal"})  # what a decree's title opens with


def _defines_the_award(s: Sentence) -> bool:
    """The sentence says what the award is ("Paritrana Award merupakan
    penghargaan yang diberikan oleh Presiden ... kepada pihak-pihak ..."):
    who gives it in every round, no handover of this one."""
    awards = s.a.label("AWARD")
    if not awards or awards[0].start > 1:
        return False
    k = awards[0].end + (awards[0].end < len(s.a.words) and s.a.words[awards[0].end].isdigit())
    return k < len(s.a.words) and s.a.words[k] in _DEFINES


def prizes_counted_at(words: list[str], k: int) -> int | None:
    """How many prizes a count at ``k`` counts ("tiga kategori", "3
    penghargaan"), or None when no count of two prizes or more stands there."""
    number = int(words[k]) if words[k].isdigit() else listed_rank_words().get(words[k])
    return number if number and number > 1 and k + 1 < len(words) and (
        words[k + 1] in record_cues()["counted_prizes"]) else None


def _counts_its_prizes(s: Sentence) -> bool:
    """A list's opener counts the prizes of the winner it names ("Kota
    Payakumbuh meraih tiga penghargaan, antara lain:"): its items are the
    prizes, no winners."""
    first = min((m.start for m in s.mentions), default=None)
    return first is not None and any(prizes_counted_at(s.a.words, k)
                                     for k in range(first + 1, len(s.a.words)))


def tells_a_parade(s: Sentence) -> bool:
    """The sentence tells of the trophy paraded, shown or handed on at home
    ("piala Adipura diarak keliling kota", "serah terima piala di kampung
    halaman"), by a parade word outside an award's name (not "juara I Lomba
    Pawai Budaya Nusantara")."""
    parade, words = record_cues()["parade"], s.a.words
    if parade.firsts.isdisjoint(words):
        return False  # (most sentences)
    at = [k for k in range(len(words)) if parade.at(words, k)]
    if not at:
        return False
    named = {k for m in s.a.label("AWARD") for k in range(m.start, m.end)}
    return any(k not in named for k in at)


def _gives_gestures_only(s: Sentence) -> bool:
    """Every handing verb of the sentence gives a gesture, no award: "Menteri
    ... memberikan apresiasi kepada 275 kabupaten/kota yang meraih ..."."""
    words, cues = s.a.words, record_cues()
    verbs = [i for i, w in enumerate(words) if cues["handover"].has_word(w)]
    # (but an award called after the gesture is given: "KI Pusat memberikan
    # apresiasi kepada sepuluh desa dalam acara Apresiasi Keterbukaan ...")
    named = {s.a.words[k] for m in s.a.label("AWARD") for k in (m.start - 1, m.start) if k >= 0}
    return bool(verbs) and all(gives_gesture(words, i) and words[i + 1] not in named
                               for i in verbs)


def _is_event(s: Sentence) -> bool:
    """The sentence tells of the ceremony (not a bulleted line naming no
    award: another story's headline, "• Festival Perahu Hias Digelar di
    ..."; nor the handing out of a thing that is no award: "Kunci mobil itu
    diserahkan ... seusai apel yang digelar di ...")."""
    return _now(s, record_cues()["event"]) and not (
        is_list_item(s.a.sentence.text) and not s.a.label("AWARD")) and not s.hands_out


# "antara lain", "di antaranya", "diantaranya", "Ada pula Bupati Badung, ...",
# "Kabupaten TTU sembilan desa masing-masing, Desa Faenake, ...", "penerima
# penghargaan peringkat Madya terdiri atas ..."
LIST_OPENERS = {"yaitu", "yakni", ":", "adalah", "ialah", "lain", "antaranya", "diantaranya",
                 "pula", "masing-masing", "terdiri"} | _COVERING


_WINNER_FORMS = frozenset(WINNER_WORDS | {f"{w}nya" for w in WINNER_WORDS})


_WINNERS_OF_IT = frozenset(f"{w}nya" for w in WINNER_WORDS)  # "pemenangnya", "peraihnya"


def _winners_named(s: Sentence) -> bool:
    """The sentence calls some bodies the winners: "peraih", "pemenang", or
    "penerima" of the award or of a prize ("penerima opini WTP", "penerima
    penghargaan"; not "penerima upah", the wage earners of a social-security
    story; but "penerimanya", of the award just named)."""
    if _WINNER_FORMS.isdisjoint(s.whole.set):
        return False
    words = s.a.words
    awards = {m.start for m in s.awards}
    objects = record_cues()["objects"]
    # "pemenangnya adalah ...": the winner word with its suffix
    # ("Penerima di antaranya Polres A, ...": the receivers of the award just
    # named, listed)
    return any(w.removesuffix("nya") in WINNER_WORDS and (
        w != "penerima" or any(j in awards or objects.search(words[j])
                                            for j in range(i + 1, min(i + 4, len(words))))
        # ("Penerima kategori Perintis Lingkungan adalah ...", "Penerima dari
        # kategori UKM Kecil yakni ...", "Penerima tingkat kota adalah ...",
        # "Penerima untuk kategori ...": of a category or a level)
        or _of_a_scope(words, i + 1)
        or (i == 0 and (words[1:2] and words[1] in LIST_OPENERS or words[1:3] == [
            "di", "antaranya"])))
        for i, w in enumerate(words))


# what a category or a level of an award is called, and the words before it
# ("Penerima untuk kategori ...", "Penerima di tingkat kota ...")
_SCOPES = frozenset({"kategori", "tingkat"})
_TO_A_SCOPE = frozenset({"dari", "untuk", "di", "pada"})


def _of_a_scope(words: list[str], k: int) -> bool:
    """A category or a level opens at ``k``, a preposition before it or not."""
    if words[k:k + 1] and words[k] in _TO_A_SCOPE:
        k += 1
    return words[k:k + 1] != [] and words[k] in _SCOPES


def _best_named(s: Sentence) -> bool:
    """The sentence names the best before listing them: "Provinsi pembina
    terbaik KLA 2024 yakni Gorontalo, ...", "Adapun kabupaten terbaik adalah
    ..."."""
    words = s.a.words
    opener = next((i for i, w in enumerate(words) if w in NAMING), None)
    return opener is not None and "terbaik" in words[:opener]


def _each_as_best(s: Sentence) -> bool:
    """Bodies each named with what it is the best at ("Puskesmas Maba
    sebagai pengelola program imunisasi terbaik, Puskesmas Wasile sebagai
    ..."), two or more."""
    words = s.a.words
    named = [m for m in s.mentions if m.explicit]

    def as_best(m: Mention) -> bool:
        end = next((k for k in range(m.located_end, len(words)) if words[k] in {",", ";"}),
                   len(words))
        return words[m.located_end:m.located_end + 1] == ["sebagai"] and (
            "terbaik" in words[m.located_end:end])
    return len(named) >= 2 and all(as_best(m) for m in named)


@lru_cache(maxsize=1)
def _governs() -> dict[str, str]:
    return {row["title"]: row["governs"] for row in data_table("titles.tsv")}


def _wins_next(words: list[str], end: int) -> bool:
    """The word after ``end`` (adverbs, a streak and a feat skipped: "untuk
    ketiga kalinya", "mengukir prestasi dengan") is a win verb: "...
    meraih", or a verb of receiving before what is won: "... menerima
    penghargaan"."""
    cues = record_cues()
    while end < len(words):
        if words[end] in ADVERBS or words[end] == ",":
            end += 1
        elif words[end:end + 3][::2] == ["untuk", "kalinya"]:
            end += 3  # a streak: "untuk ketiga kalinya"
        elif words[end + 1:end + 2] == ["kalinya"]:
            end += 2  # "kesekian kalinya"
        elif words[end + 1:end + 2] == ["prestasi"] and "dengan" in words[end + 2:end + 8]:
            # "menorehkan prestasi (gemilang) dengan meraih ...", "menorehkan
            # prestasi di kancah nasional dengan meraih ...": the feat is the win
            end = words.index("dengan", end + 2) + 1
        elif words[end] == "berprestasi" and "dengan" in words[end + 1:end + 8]:
            # "berprestasi di tingkat Provinsi Jambi dengan meraih juara I ..."
            end = words.index("dengan", end + 1) + 1
        else:
            break
    if end >= len(words):
        return False
    # (a verb of one word or two: "meraih", "membawa pulang")
    if cues["win"].search(words[end]) or (cues["win"].search(" ".join(words[end:end + 2])) and (
            not cues["win"].search(" ".join(words[end + 1:end + 2])))):
        return True
    if words[end] in _BEING:
        # "..., Harun Latief merupakan salah satu penerima penghargaan ...": one of the winners
        k = end + 1 + 2 * (words[end + 1:end + 3] == ["salah", "satu"])
        return k < len(words) and words[k] in WINNER_WORDS
    # (a receiving phrase holds what is won: "... terima penghargaan",
    # "menerima secara simbolis penghargaan")
    after = end + 1
    while after < len(words) and words[after] in cues["filler"]:
        after += 1
    return bool(cues["win_weak"].search(" ".join(words[end:end + 2]))) and any(
        cues["strong_objects"].search(w) for w in words[end:after + 2])


_BEING = {"merupakan", "menjadi", "termasuk", "adalah"}


def _past_province(words: list[str], end: int, places: dict[int, Match]) -> int:
    """Past ", Provinsi Nusa Tenggara Barat (NTB)" at ``end``; ``end`` when no
    province follows."""
    k = end + 1 if end < len(words) and words[end] == "," else end
    k += 1 if k < len(words) and words[k] == "provinsi" else 0
    place = places.get(k)
    if place is None or gazetteer().province(place.id_) is None:
        return end
    k = place.end
    if k + 2 < len(words) and words[k] == "(" and words[k + 2] == ")":
        k += 3
    return k


def _province_of_head(s: Sentence, o: Official, m: Mention) -> bool:
    """The province a head's region lies in, written after the head
    ("Bupati Lombok Tengah, Provinsi Nusa Tenggara Barat (NTB), mendapat
    ..."): where the region is, no winner of its own."""
    gap = s.a.texts[o.end:m.start]
    return m.type == "provinsi" and o.region is not None and (
        o.region.province == m.province) and o.region.kind != "provinsi" and (
        all(t in {",", "("} for t in gap)) and len(gap) <= 1 and o.name is None


def _outside_awards(s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The mentions outside the sentence's award names: "Paritrana Award
    Provinsi Jawa Timur" names the round, not a winner."""
    return [m for m in mentions if not any(w.start <= m.start < w.end for w in s.awards)]


def _company_of_receiver(o: Official, m: Mention) -> bool:
    """``m`` is the company in the title of an official who receives the
    award for it (its name run on into the official's: "PT Semen Gresik Budi
    Santoso")."""
    return o.role == "recipient" and m.type == "perusahaan" and bool(o.body) and (
        m.name == o.body or m.name.startswith(f"{o.body} "))


def _beside_officials(s: Sentence, m: Mention) -> Mention | None:
    """The mention as a possible winner beside the sentence's officials:
    None inside an official's title or as a head's province, but a
    receiving executive's company under its name alone."""
    receiver = None
    for o in s.officials:
        if _province_of_head(s, o, m):
            return None
        if o.start <= m.start < o.end:
            if not _company_of_receiver(o, m):
                return None
            receiver = o
    return replace(m, name=receiver.body) if receiver and m.name != receiver.body else m


def _heads_win(texts: list[str], officials: list[Official], places: dict[int, Match]) -> bool:
    """The first head wins: a win verb follows it (past the province it lies
    in: "Bupati Lombok Barat, Provinsi NTB (NTB) meraih ...", or a
    description of the head: "Bupati Sigi Nama, kepala daerah perempuan
    pertama di Sulawesi Tengah, meraih ..."), or follows a head joined to it
    ("Gubernur Jawa Tengah Ganjar Pranowo dan Wali Kota Semarang Hendrar
    Prihadi mendapatkan penghargaan ..."), or after the one who stood in for
    it ("Bupati X yang diwakili Sekda Y menerima ...")."""
    words = [t.lower() for t in texts]
    for o, after in zip(officials, [*officials[1:], None], strict=True):
        if _wins_next(words, _past_province(words, o.end, places)) or _wins_next(
                words, past_description(texts, o.end)):
            return True
        if after is not None and "diwakili" in words[o.end:after.start] and (
                after.start - o.end <= 3) and _wins_next(words, after.end):
            return True  # "Bupati X yang diwakili Sekda Y menerima dua penghargaan"
        if words[o.end:o.end + 1] == ["didampingi"] and _wins_next(
                words, _companions_end(texts, officials, o)):
            # "Bupati X didampingi Sekda Y meraih ...", "... didampingi oleh
            # Asisten I A dan Kepala Dinas B menerima ...", "... didampingi
            # istri meraih ..."
            return True
        if after is None or after.start - o.end > 2 or not set(
                words[o.end:after.start]) <= {"dan", "serta", ","}:
            return False
    return False


def _companions_end(texts: list[str], officials: list[Official], o: Official) -> int:
    """Where those accompanying ``o`` end: one named by a word ("didampingi
    istri"), or officials joined by commas, "dan", "serta" ("didampingi
    (oleh) A, B dan C")."""
    end, glue = o.end + 1 + (texts[o.end + 1:o.end + 2] == ["oleh"]), {",", "dan", "serta"}
    if end < len(texts) and texts[end].islower():
        return end + 1
    for x in officials:
        if x.start >= end and all(w in glue for w in texts[end:x.start]):
            end = x.end
    return end

_TROPHY_WORDS = {"piala", "trofi", "tropi", "bergilir"}


def _heads_listed(s: Sentence) -> list[Mention]:
    """Regions named through their heads in a list: "Ke-11 kepala daerah
    dimaksud adalah Walikota Banda Aceh, Walikota Palembang, ..., serta
    Bupati Kutai Kartanegara", "Para penerima antara lain Bupati Malang
    Rendra Kresna, Bupati Pasuruan Irsyad Yusuf", "..., disusul Bupati
    Gresik dan Bupati Pasuruan": each head's region; bare names listed after
    a head are regions of its kind ("kategori Gold diraih oleh Bupati
    Lamongan, Tuban, dan Sidoarjo"); and a head who wins ("Gubernur Lampung
    meraih Penghargaan ...")."""
    if not s.a.label("TITLE"):
        return []  # no head named
    words, out = s.a.words, []
    if not (s.win or s.handover) and not record_cues()["attendance"].isdisjoint(words):
        return []  # "Acara itu dihadiri beberapa gubernur, antara lain Gubernur A, ...": guests
    openers = LIST_OPENERS | list_intros()
    places = {p.start: p for p in s.a.label("PLACE")}
    out += _village_heads(s, openers, places)
    listed = _heads_after_opener(s, openers)
    named = {k for m in s.mentions if m.explicit for k in range(m.start, m.located_end)}
    chain_end = None  # where the last head of the list ends
    rank_ends = {r.end for r in s.a.label("RANK")}
    for k, o in enumerate(s.officials):
        region = o.region
        if o.role == "presenter" or _governs().get(o.office, "-") == "-":
            if o.role != "presenter" and chain_end is not None and set(
                    words[chain_end:o.start]) <= list_glue():
                # "Bupati A Nama, Ketua TP PKK A Nama, Bupati B Nama": one who
                # heads no region listed among the heads keeps the list going
                chain_end = o.end
            continue
        if o.name and stands_for(s.a.doc, o.end) > o.end:
            # "diterima oleh Bupati Agam, Indra Catri mewakili Gubernur Sumbar":
            # received for another, the head's own region wins nothing
            chain_end = None
            continue
        if id(o) in listed:
            out.append(region_mention(region, o.start, o.end, True))
            chain_end = _bare_after_head(s, places, region.kind, o.end, out, o.name is not None)
            continue
        start, end = _holder_before(s.a.texts, o)
        before = words[start - 1] if start else ""
        if before in _TROPHY_WORDS:
            continue  # "Piala bergilir Gubernur Kaltim diboyong Paser": the trophy's name
        if "menjabat" in words[max(0, start - 2):start]:
            # "Heru Sudjatmoko yang kini menjabat Wakil Gubernur Jawa Tengah, juga
            # menerima ...": the office one holds, said of a person, no region won
            chain_end = None
            continue
        if before == "," and o.start > 1 and (words[o.start - 2] in openers or (
                o.start == 2 and words[0] in record_cues()["continues"]) or (
                o.start - 1 in rank_ends)):
            # "diantaranya, Walikota Jambi, Bupati Bungo"; "Kemudian, Bupati Bone
            # ..."; "Terbaik kedua, Pj Walkot Makassar, ..."
            before = ":"
        elif before in {"juga", "pula"} and o.start > 1 and words[o.start - 2] in openers:
            before = ":"  # "Selain Bupati Tuban, ada juga Bupati Gresik, Sidoarjo, ..."
        elif (before in record_cues()["confers_on"] - {"memberi", "memberikan"} or (
                before == "selain" and (record_cues()["win"].found(s.whole) or not (
                    _WINNER_FORMS.isdisjoint(s.whole.set))))) and o.name is not None:
            # "Mendagri mengganjar Wali Kota Makassar Nama dengan ...", "Selain
            # Wali Kota Surabaya Nama, penerima lainnya adalah ..."
            before = ":"
        elif o.start == 1 and before in record_cues()["continues"] and (
                o.end == len(words) or {words[o.end - 1], words[o.end]} & list_glue()):
            # "Kemudian Bupati Lamongan, Bupati Bone dan Bupati Pati." (not
            # "Sedangkan Wakil Gubernur X mengatakan, ...": one who speaks)
            before = ":"
        # (regions written out between heads go on with the list: "Bupati
        # Kabupaten Enrekang, Kabupaten Kepulauan Meranti dan Bupati Siak")
        between = [w for j, w in enumerate(words[chain_end:start], chain_end or 0)
                   if j not in named] if chain_end is not None else []
        joined = chain_end is not None and set(between) <= list_glue() and (
            len(between) <= 2) and before in list_glue()
        if region is None or _governs()[o.office] != region.kind:
            # a head whose region is misspelt ("Bupati Madium Jatim") keeps
            # the list going
            chain_end = o.end if joined or before in openers else None
            continue
        # "diserahkan oleh Gubernur Maluku", "disaksikan langsung oleh Gubernur"
        given = _after_verb(words, o.start, "givers") or _after_verb(words, o.start, "watchers")
        if joined or (before in openers and not given) or _heads_win(s.a.texts, s.officials[k:],
                                                                   places):
            # (from the holder's name before a bracketed head to the bracket's
            # close: the name is the head's, the list goes on after it)
            out.append(replace(region_mention(region, start, o.end, True), located_end=end))
            chain_end = _province_after(s, places, o.end, region.province)
            chain_end = max(end, _bare_after_head(s, places, region.kind, chain_end, out,
                                                  o.name is not None))
        else:
            chain_end = None
    return out


def _holder_before(texts: list[str], o: Official) -> tuple[int, int]:
    """Where an official stands in a list: a head in brackets after the
    holder's name ("kepada Ahmad Basuki (Gubernur Jambi), Sri Wahyuni
    (Walikota Kediri, Jawa Timur), ...") from the name's start to the closing
    bracket; any other from the title's start to its end."""
    if o.name is not None or o.start < 3 or texts[o.start - 1] != "(":
        return o.start, o.end
    k = o.start - 1
    while k > 0 and texts[k - 1][:1].isupper() and o.start - k <= 5:
        k -= 1
    close = next((j for j in range(o.end, min(o.end + 5, len(texts))) if texts[j] == ")"), None)
    if k == o.start - 1 or close is None:
        return o.start, o.end
    return k, close + 1


def _after_verb(words: list[str], i: int, cue: str) -> bool:
    """The word at ``i`` comes right after a verb of the cue list, "oleh"
    and adverbs between or not ("diselenggarakan oleh BPJS", "diserahkan
    oleh Gubernur", "disaksikan langsung oleh Gubernur")."""
    k = i - 1 if i and words[i - 1] == "oleh" else i
    while k > 1 and words[k - 1] in record_cues()["filler"]:
        k -= 1
    return k > 0 and words[k - 1] in record_cues()[cue]


def _opener_at(s: Sentence, openers: frozenset[str]) -> int | None:
    """Where the sentence's first list opener is ("adalah", "yakni" ...), or
    the comma or colon closing a category heading it opens with."""
    found = next((i for i, w in enumerate(s.a.words) if w in openers), None)
    return found if found is not None else _category_heading(s.a.texts)


def _category_heading(texts: list[str]) -> int | None:
    """A sentence opening with a category as a heading for the winners that
    follow ("Kategori Madya, Gubernur Sulawesi Utara ...; Wali Kota ...",
    "Kategori Desa: ..."): where its comma or colon is."""
    if not texts or texts[0].lower() not in CATEGORY_WORDS:
        return None
    for k in range(1, min(6, len(texts))):
        if texts[k] in {",", ":"}:
            return k if k > 1 else None
        if not texts[k][:1].isupper() and texts[k] != "/":
            return None
    return None


def _heads_alone(s: Sentence) -> bool:
    """The sentence holds heads of regions alone, joined by commas and "dan",
    each with its category in brackets or not ("Wali Kota Parepare X (Bidang
    Pembangunan Perkotaan), Bupati Gowa Y (...)")."""
    if not s.officials or s.officials[0].start != 0:
        return False
    glue, bracketed = list_glue(), _bracketed(s.a.words)
    return all(w in glue or w == "." or k in bracketed or any(
        o.start <= k < o.end for o in s.officials) for k, w in enumerate(s.a.words))


def _bracketed(words: list[str]) -> set[int]:
    """The indices of the words inside brackets, the brackets with them."""
    inside, depth = set(), 0
    for k, w in enumerate(words):
        depth += w == "("
        if depth:
            inside.add(k)
        depth -= w == ")" and depth > 0
    return inside


def _heads_after_opener(s: Sentence, openers: frozenset[str]) -> set[int]:
    """Heads of regions listed after a list opener, two or more of them
    joined by commas, "dan" and the provinces they lie in, each standing for
    its region ("adalah Wali Kta Depok, Jawa Barat, Bupati Siak, Riau, Bupati
    Pandeglang, Banten, ...": the list starts a few words after the opener
    when its first head is misspelt), or a sentence of such heads alone (a
    list a stray full stop cut: "... Gubernur Lampung X. Gubernur Banten Y,
    Gubernur Gorontalo Z.")."""
    words = s.a.words
    start = _opener_at(s, openers)
    glue = list_glue()
    if start is None and _heads_alone(s):
        start = -1
    if start is None:
        return set()
    in_place = {k for p in s.a.label("PLACE") for k in range(p.start, p.end)}
    chain: list[Official] = []
    for o in s.officials:
        if o.start <= start or o.role == "presenter":
            continue
        kind = _governs().get(o.office, "-")
        if o.region is None or kind != o.region.kind:
            continue
        gap = range(chain[-1].end, o.start) if chain else range(start + 1, o.start)
        # (the rest of a name the names rule cut short may stand between:
        # "Walikota Singkawang, Tjhai Chui Mei; Bupati ...", and the terms of
        # office: "..., Wali Kota Bima (NTB), 2013-2018, 2018-2023; Yosef Tukan, ...")
        # (whatever a semicolon closes is the item's before it: "Gubernur Bali,
        # I Made mangku Pastika; Gubernur ...")
        terms = sum(bool(_TERM_YEARS.match(words[k])) for k in gap)
        if chain and (len(gap) - 2 * terms > 5 or (words[o.start - 1] != ";" and any(
                words[k] not in glue and k not in in_place and not s.a.texts[k].istitle()
                and not _TERM_YEARS.match(words[k]) for k in gap))):
            break
        if not chain and len(gap) > 9:
            return set()
        chain.append(o)
    return {id(o) for o in chain} if len(chain) >= 2 else set()


_TERM_YEARS = re.compile(r"(?:19|20)\d\d[-–](?:19|20)\d\d$")  # a term of office


def _village_heads(s: Sentence, openers: frozenset[str], places: dict[int, Match]
                   ) -> list[Mention]:
    """Villages named through their heads in a list after a list opener,
    two or more, each with the regency it lies in: "adalah Kepala Desa
    Sumbermulyo, Bantul, DIY, Kepala Desa Mojokrapak, Jombang, Jawa Timur,
    ... Wali Nagari Aia Manggih, Pasaman, ...", "yakni Lurah Pedurungan
    (Semarang), Lurah Jebres (Surakarta), ..." (cues.json village_heads);
    or one the award is handed to ("diserahkan Gubernur kepada Kepala Desa
    Pujokerto, Kabupaten Tulang Bawang Barat", "diberikan kepada Lurah
    Rejowinangun Selatan"), or one opening a list's line ("1. Kepala Desa
    Sei Rampah, Kabupaten Serdang Bedagai")."""
    words, texts = s.a.words, s.a.texts
    start = _opener_at(s, openers)
    heads = record_cues()["village_heads"]
    found, handed = [], []
    item = is_list_item(s.a.lower)
    for span in s.a.label("TITLE"):
        village = heads.get(span.id_)
        if village is None:
            continue
        end = span.end
        # (its first word may be a place's name: "Lurah Padang Nangka",
        # "Kepala Desa Medan Baru")
        while end < len(words) and texts[end][:1].isupper() and (
                end not in places or end == span.end) and words[end] not in PREFIX_KIND:
            end += 1
        given = (span.start and words[span.start - 1] in BENEFICIARY_WORDS and s.handover) or (
            item and span.start <= 2) or (
            # one who receives it for the village, with the village's regency
            # after a comma: "Kepala Desa Sukamaju, Kabupaten Serang, Nama,
            # menerima piala ..."
            (s.win or s.handover) and end + 2 < len(words) and words[end] == ","
            and words[end + 1] in PREFIX_KIND and end + 2 in places)
        if not given and (start is None or span.start <= start):
            continue
        if end == span.end or not given and (end >= len(words) or words[end] not in {",", "("}):
            continue  # (its regency after a comma or in brackets: "Lurah Jebres (Surakarta)")
        at = end + 1 + (end + 1 < len(words) and words[end + 1] in PREFIX_KIND)
        place = places.get(at)  # ", Bantul" or ", Kabupaten Tulang Bawang Barat"
        provinces = {r.province for r in gazetteer().candidates(place.id_)} if place else set()
        province = provinces.pop() if len(provinces) == 1 else None
        name = f"{village} {' '.join(texts[span.end:end])}"
        # (the village the article names elsewhere ends where its head's own
        # name begins: "kepada Kepala Desa Lubuk Bintialo Darmawan Saputra")
        named = next((o.body for o in s.officials if o.start <= span.start < o.end and o.body
                      and name.startswith(o.body)), None)
        name = named or name
        (handed if given else found).append(Mention(
            name, "lainnya" if village == "Kelurahan" else "desa", province, span.start, end,
            True, place.end if place else end))
    return (found if len(found) >= 2 else []) + handed


def _province_after(s: Sentence, places: dict[int, Match], end: int, province: str) -> int:
    """Past a head's province written after it as a locator ("Bupati Siak,
    Riau, Bupati Pandeglang, Banten, ..."): where the head's item ends."""
    words = s.a.words
    place = places.get(end + 1) if end < len(words) and words[end] == "," else None
    region = gazetteer().resolve(place.id_, "provinsi") if place else None
    return place.end if region and region.province == province else end


def _listed_region(form: str, kind: str) -> Region | None:
    """The region a bare name listed after a head names: of the head's kind,
    or the other local kind when only that fits ("Bupati Siak (Riau),
    Bontang (Kalimantan Timur)": Kota Bontang)."""
    region = gazetteer().resolve(form, kind)
    if region is None and kind in _LOCAL:
        region = gazetteer().resolve(form)
        return region if region and region.kind in _LOCAL else None
    return region





def _bare_after_head(s: Sentence, places: dict[int, Match], kind: str, end: int,
                     out: list[Mention], named: bool) -> int:
    """Bare region names joined by commas and "dan" after a head ("Bupati
    Lamongan, Tuban, dan Sidoarjo"; after a head with a name, each with the
    name of its own head: "Gubernur Kalimantan Barat Cornelis MH, Jawa Barat
    Ahmad Heryawan, ..."), as regions of the head's kind, added to ``out``;
    where the list ends."""
    words, glue = s.a.words, list_glue()
    i = end
    while True:
        j = i
        while j < len(words) and words[j] in glue and j - i < 2:
            j += 1
        place = places.get(j)
        region = _listed_region(place.id_, kind) if place and j > i else None
        if region is None:
            return i
        i = place.end
        if named:  # the head's name after the region: capitalised words, initials
            k = i
            while k < len(words) and k - i < 6 and (s.a.texts[k][:1].isupper() or words[k] == "."):
                k += 1
            if k == i:
                out.append(region_mention(region, place.start, place.end, True))
                return i  # a list of heads with names names each
            i = k
        if i < len(words) and words[i] == "(":  # "Batubara (Sumut)": where it is
            close = next((k for k in range(i, min(i + 6, len(words))) if words[k] == ")"), None)
            i = close + 1 if close else i
        out.append(replace(region_mention(region, place.start, place.end, True), located_end=i))


def _lists_winners(s: Sentence) -> bool:
    """The sentence goes on with a winners list: two or more bodies after
    "yaitu", "yakni", "adalah", "antara lain" or a colon, or one right after
    such a word ("Pemenang tingkat kota adalah Kota Salatiga."), in a clause
    that reports news."""
    explicit = [m for m in s.mentions if m.explicit]
    if not explicit or not s.live:
        return False
    words = s.a.words
    at = next((i for i, w in enumerate(words) if w in LIST_OPENERS), None)
    if at is None:
        at = _bracket_list(s, explicit)
    if at is None:  # "Untuk kategori Pratama, pemenangnya Desa A, Desa B dan Desa C"
        starts = {m.start for m in explicit}
        at = next((i for i, w in enumerate(words) if w in _WINNERS_OF_IT and (
            i + 1 in starts or (words[i + 1:i + 2] == [","] and i + 2 in starts))), None)
    if at is not None and ((not record_cues()["listed_things"].isdisjoint(
            words[max(0, at - 6):at]) and "kategori" not in words[max(0, at - 6):at]
            and words[0] not in WINNER_WORDS)  # (but "Peraih Inovasi Terbanyak yakni ...")
            or _counts_areas(words[max(0, at - 3):at]) or _lists_categories(s, at)
            or not record_cues()["entrants"].isdisjoint(words[:at]) or _has_things(s, at)
            or record_cues()["shortlist"].search(" ".join(words[:at])) or (
            words[at] in _COVERING and not record_cues()["areas"].isdisjoint(
                words[max(0, at - 3):at]))):
        # "program CSR unggulan, yaitu Kompos Berbasis Masyarakat, ...",
        # "dikelompokkan berdasarkan tiga wilayah yakni Sumatera, ...",
        # "menetapkan 10 besar polda terbaik yakni ...": a shortlist,
        # "Evaluasi wilayah II meliputi Provinsi NTT, ...": things and areas;
        # "Peserta ajang tersebut meliputi Bank ..., BPR, ...": entrants
        # (but "untuk wilayah barat yakni Provinsi Aceh ...": winners)
        return False
    if len(explicit) == 1:
        one = explicit[0]
        # (not what an award is: "Adapun penghargaan tersebut yakni
        # Penerapan Sistem Merit")
        # (or right after "juaranya", "pemenangnya": "..., juaranya Kabupaten X")
        before = one.start - 1
        return before >= 0 and (words[before] in NAMING or words[before] in _WINNERS_OF_IT) and (
            _winners_named(s) or not any(
            record_cues()["objects"].search(w) for w in words[max(0, before - 3):before]))
    return at is not None or _names_only(s) or _category_heading(s.a.texts) is not None


_GRADED = frozenset({"nilai", "skor", "indeks", "predikat", "peringkat", "kategori", "terbaik",
                     "tertinggi", "juara"})


def _has_things(s: Sentence, at: int) -> bool:
    """The clause before a list's opener at ``at`` says what its bodies have,
    no award, grade or score ("22 daerah telah memiliki MPP, antara lain
    ..."; not "daerah yang memiliki nilai tertinggi, yaitu ...")."""
    words = s.a.words
    had = next((k for k in range(at) if words[k] in record_cues()["possession"]), None)
    return had is not None and _GRADED.isdisjoint(words[had:at]) and not any(
        had < a.start < at for a in s.awards)


def _bracket_list(s: Sentence, explicit: list[Mention]) -> int | None:
    """Where a bracket opens that holds two bodies or more and nothing else
    ("empat sekolah peraih Adiwiyata Provinsi (SDN 4 Pasir, SDN 9 Karan Aur,
    ...)": a list), or None."""
    words = s.a.words
    for i, w in enumerate(words):
        if w != "(":
            continue
        close = next((k for k in range(i + 1, len(words)) if words[k] == ")"), len(words))
        inside = [m for m in explicit if i < m.start and m.end <= close]
        if len(inside) >= 2 and all(
                words[k] in {",", "dan", "serta"} for k in range(i + 1, close)
                if not any(m.start <= k < m.located_end for m in inside)):
            return i
    return None


def _lists_categories(s: Sentence, at: int) -> bool:
    """The list opening at ``at`` names the categories counted right before
    it ("dibagi ke beberapa kategori, yaitu Daya Tarik Pengunjung, Suvenir,
    ..."), no region or village among them (but "diberikan untuk beberapa
    kategori, yaitu Kabupaten Boalemo dinilai paling ...": the winners)."""
    return counts_categories_before(s.a.words, at) and not any(
        m.type in REGIONS or m.type == "desa" for m in s.mentions if m.start > at)


def _counts_areas(words: list[str]) -> bool:
    """The words count areas ("tiga wilayah", "dua kawasan")."""
    return any(is_count(a) and b in record_cues()["areas"] for a, b in pairwise(words))


_IN_TURN = {"berikutnya", "selanjutnya", "lalu", "kemudian"}


def _next_in_turn(s: Sentence) -> bool:
    """The sentence names the next winner of a list told one by one:
    "Kedua, Desa Madobak ... sebagai desa adat terbaik.", "Selanjutnya
    keempat, Desa Pujon Kidul ... sebagai desa wisata terbaik kategori
    agrowisata." (a winner with what it won best, ranked or in a category)."""
    words = s.a.words[:3]
    opens = bool(words) and (words[0] in _IN_TURN or words[0] in ordinal_words())
    return opens and any(m.explicit for m in s.mentions) and bool(
        s.a.label("RANK") or s.awards or {"terbaik", "kategori"} & s.whole.set)


_JUDGED = frozenset({"dinilai", "merupakan", "adalah", "dinobatkan", "terpilih", "menjadi"})
_BEST = frozenset({"paling", "terbaik"})


def _best_in_turn(s: Sentence) -> bool:
    """The sentence opens with a region judged the best at something, the
    next of a list of winners told one by one ("... yakni Kabupaten Boalemo
    dinilai paling cepat menurunkan stunting. Kota Gorontalo adalah daerah
    paling tinggi serapan anggarannya.")."""
    words = s.a.words
    first = next((m for m in s.mentions if m.explicit and m.start <= 1), None)
    if first is None or first.type not in REGIONS:
        return False
    judged = next((k for k in range(first.located_end, min(first.located_end + 2, len(words)))
                   if words[k] in _JUDGED), None)
    return judged is not None and not _BEST.isdisjoint(words[judged + 1:judged + 5])


_CATEGORY_INTROS = frozenset({"yaitu", "yakni", "berikut", "antara"})


def _names_categories(s: Sentence) -> bool:
    """The sentence announces the categories its winners are listed by
    ("... untuk beberapa kategori, yaitu ...", "kategori sebagai berikut:")."""
    return "kategori" in s.whole.set and not s.whole.set.isdisjoint(_CATEGORY_INTROS)


def _follows_in_rank(s: Sentence) -> bool:
    """The sentence opens, after "kemudian" or the like, with "diikuti" and
    names bodies: the next of a ranking the sentence before began
    ("... tertinggi adalah Aceh. Kemudian, diikuti Jawa Timur, Kalimantan
    Timur, ..."); not "acara diikuti 50 peserta"."""
    cues = record_cues()
    words = [w for w in s.a.words[:3] if w != ","]
    while words and words[0] in cues["continues"]:
        words = words[1:]
    return bool(words) and words[0] in cues["followed_by"] and any(
        m.explicit for m in s.mentions)


def _praises_a_win(s: Sentence) -> bool:
    """A sentence that is no win and praises one ("Gubernur mengapresiasi
    prestasi Kabupaten X yang meraih ...", "memberikan apresiasi atas ...")."""
    words, cues = s.a.words, record_cues()
    return not s.win and not s.handover and cues["win"].found(s.whole) and any(
        (w in cues["appreciates"] and not cues["handover"].has_word(w))
        or gives_gesture(words, i) for i, w in enumerate(words))


def _counts_back(s: Sentence) -> bool:
    """The sentence lists a group the story counted ("Kesepuluh sekolah
    yakni ...", "Ketiga daerah tersebut adalah ...")."""
    return bool(record_cues()["counted_group"].match(s.a.lower)) and any(
        m.explicit for m in s.mentions)


def _kind_labelled(s: Sentence) -> bool:
    """A line naming a region after its kind as a label: "Provinsi: Jambi",
    "- Kabupaten: Ngawi"."""
    texts = s.a.texts
    k = 1 if texts and texts[0] in {"-", "•", "*"} else 0
    return len(texts) > k + 2 and texts[k].lower() in PREFIX_KIND and texts[k + 1] == ":" and any(
        m.explicit and m.type in REGIONS for m in s.mentions)


def _heading(s: Sentence) -> bool:
    """A short line of capitalised words naming nothing (a category heading:
    "Pengendalian Inflasi", "Penanggulangan Kemiskinan (Fiskal Tinggi)")."""
    words = [t for t in s.a.texts if t[:1].isalpha()]
    return 0 < len(words) <= 6 and all(t[:1].isupper() for t in words) and not s.mentions


def _points_back_to(s: Sentence, told: list[Sentence]) -> bool:
    """The sentence lists, after "<kind> tersebut" and a list opener, the
    winners a win sentence told before counted ("Sebanyak 412 sekolah
    menerima ... . Sekolah tersebut antara lain SDN 12 Pekanbaru, ...")."""
    words = s.a.words
    return len(words) > 3 and words[1] in {"tersebut", "itu"} and (
        words[2] in LIST_OPENERS or words[2] == "antara") and any(
        m.explicit for m in s.mentions) and any(
        t.win and any(is_count(w) and nxt == words[0] for w, nxt in pairwise(t.a.words))
        for t in told)


def _lists_a_category_of(s: Sentence, told: list[Sentence]) -> bool:
    """The sentence lists, under a category and "terdapat" or "ada", bodies
    of a group a win sentence told before counted ("Penghargaan Adiwiyata
    diterima 48 sekolah. ... Pada kategori mandiri terdapat SDN A, SMPN B
    ...")."""
    words = s.a.words
    return "kategori" in words[:3] and not _THERE_ARE.isdisjoint(words) and sum(
        m.explicit for m in s.mentions) >= 2 and any(
        t.win and any(map(is_count, t.a.words)) for t in told)


_THERE_ARE = frozenset({"terdapat", "ada"})


def _lists_the_receivers(s: Sentence, handover: Sentence) -> bool:
    """``s`` opens with a count of the group ``handover`` handed the award
    to, named by the same word, and lists them ("... kepada perusahaan ... .
    Empat perusahaan ... yakni PT A, PT B ...")."""
    words, given = s.a.words, handover.a.words
    if len(words) < 3 or not is_count(words[0]) or "kepada" not in given:
        return False
    after = given.index("kepada")
    return words[1] in given[after + 1:after + 3] and not COUNTED_LIST_OPENERS.isdisjoint(
        words[2:8]) and any(m.explicit for m in s.mentions)


def _counted_in(s: Sentence, t: Sentence) -> bool:
    """The group ``s`` lists is the one ``t`` counts, named by the same
    word ("... kepada lima Polres di Jawa Tengah. Kelima Polres tersebut
    yakni ...") or by its number ("Ketiganya ialah ...")."""
    words = s.a.words
    if len(words) > 1 and any(is_count(w) and nxt == words[1] for w, nxt in pairwise(t.a.words)):
        return True
    # (or by its number alone: "... kepada tiga perusahaan ... . Ketiganya ialah ...")
    number = words[0][2:-3] if words and words[0].startswith("ke") and words[0].endswith(
        "nya") else ""
    return is_count(number) and number in t.a.words


SOON_DAYS = 3  # days after the page's date an announced handover may be


def _upcoming(s: Sentence, published: date | None) -> bool:
    """The sentence announces the handover or ceremony for today or the next
    few days (not a round months ahead: "tingkat nasional akan diserahkan
    Agustus mendatang")."""
    cues = record_cues()
    if s.a.quoted or s.handover or s.event or "akan" not in s.whole.set or not (
            cues["handover"].found(s.whole) or cues["event"].found(s.whole)):
        return False
    if "hari ini" in s.a.lower:
        return True
    found = published and find_date(s.said, published)
    return bool(found) and 0 <= (date.fromisoformat(found[0]) - published).days <= SOON_DAYS


# "Daftarnya ...", "Rinciannya:", "Berikut daftarnya:", "Yakni:"
_BACK_TO_LIST = re.compile(r"(?:(?:daftar|rincian|nama-nama)nya|berikut|yakni|yaitu|adalah)\b")
# "Adapun kepala daerah tersebut yaitu:": the group named before, listed
_GROUP_BACK = re.compile(r"(?:adapun\s+)?(?:[\w/-]+\s+){1,3}?(?:tersebut|itu)\s*,?\s+"
                         r"(?:yakni|yaitu|adalah|ialah|antara lain|di ?antaranya)\b")


def _reports_winners(s: Sentence) -> bool:
    """The sentence reports a win or a handover, or that an award's winners
    were announced ("Pemenang Anugerah Pesona Indonesia 2024 diumumkan di
    Jakarta ...")."""
    return s.win or s.handover or (bool(s.awards) and speaks_of_winners(s.a.lower) and not (
        s.a.quoted or record_cues()["hypothetical"].found(s.whole)))


def _lists_inline(s: Sentence) -> bool:
    """The sentence gives its list itself, after its opener ("Ketiga
    kabupaten itu yakni Kabupaten Kerinci, ... dan Kabupaten Tebo."): the
    lines under it are no part of it."""
    at = _opener_at(s, LIST_OPENERS)
    return at is not None and s.a.words[-1:] != [":"] and any(
        m.explicit and m.start > at for m in s.mentions)


def _points_back(s: Sentence) -> bool:
    """The sentence names no one and opens a list of what the sentence
    before reported: "Kelima daerah tersebut adalah:", "Daftarnya sebagai
    berikut:", "Rinciannya:"."""
    lower = s.a.lower
    return opens_list(lower) and not any(m.explicit for m in s.mentions) and bool(
        record_cues()["counted_group"].match(lower) or _BACK_TO_LIST.match(lower)
        or _GROUP_BACK.match(lower))


def _enumerates(s: Sentence) -> bool:
    """The sentence opens by listing the winners the one before announced
    ("Keempatnya adalah ...", "Yakni ...", "Adalah, ..."), not by saying
    what they are ("Ketiganya menjadi penanda ...")."""
    if _counts_back(s):
        return True
    if not record_cues()["enumeration"].match(s.a.lower):
        return False
    anaphor = record_cues()["collective"].match(s.a.lower)
    after = s.a.lower[anaphor.end():].split()[:1] if anaphor else []
    return not anaphor or bool(after) and after[0].strip(",") in list_intros()


def _names_an_award_only(s: Sentence) -> bool:
    """The line is an award's name alone, a part of a list of winners by
    tier: "Swasti Saba Wistara", "Adipura Kencana"."""
    inside = {i for m in s.a.label("AWARD") for i in range(m.start, m.end)}
    return bool(inside) and len(s.a.words) <= 6 and all(
        i in inside or not w.isalpha() or w in any_tier() for i, w in enumerate(s.a.words))


def _more_names(s: Sentence) -> bool:
    """"Selain itu, Polres Klaten dan Polres Magelang." after a list of
    winners: more of them, named alone."""
    words = s.a.words
    if words[:2] != ["selain", "itu"] or not any(m.explicit for m in s.mentions):
        return False
    k = 2
    while k < len(words) and words[k] in _MORE_WORDS:
        k += 1  # "Selain itu juga ada, Bank Sumut, Bank Kalsel, ..."
    return _names_only(s, skip=k)


_MORE_WORDS = {",", "juga", "ada", "terdapat", "pula"}


def _names_only(s: Sentence, skip: int = 0) -> bool:
    """A list cut by a full stop goes on with names alone: "... Desa
    Tendatoto, Desa Witurombaua. Desa Wolowea, Desa Nageoga dan Desa X."
    (from word ``skip`` on)."""
    inside = {i for m in s.mentions for i in range(m.start, m.located_end)}
    return all(i in inside or w in list_glue() or w in {".", ";"}
               for i, w in enumerate(s.a.words) if i >= skip)


def _anaphor(s: Sentence, before: list[Sentence]) -> list[Mention]:
    """"Kabupaten berjuluk Bumi Patut Patuh Patju itu meraih ...": a subject
    that points back names the winner of its kind named last before; one
    that points back to several ("Keduanya", "Mereka") names them all."""
    cues = record_cues()
    words = s.a.words
    if cues["collective"].search(" ".join(words[:3])) and before:
        # "Keduanya mendapatkan ...": every body the sentence before named, or
        # the regions of the heads it named ("Wali Kota Denpasar X dan Bupati
        # Badung Y tampak hadir. Keduanya menerima ...")
        named = [replace(m, start=0, end=1, located_end=1) for m in before[-1].mentions
                 if m.explicit]
        return named or [region_mention(o.region, 0, 1, True) for o in _heads_named(before[-1])]
    # (the subject may follow a phrase set off by a comma: "Pada peringatan
    # Hari Lingkungan Hidup 2025, perusahaan tambang itu menyabet ...")
    comma = words.index(",") if "," in words[:12] else -1
    at = comma + 1 if words and words[0] not in cues["anaphor_heads"] and 0 <= comma < len(
        words) - 1 and (words[comma + 1] in cues["anaphor_heads"] or _generic_government(
            s, comma + 1)) and not any(
        m.explicit and m.start < comma for m in s.mentions) else 0
    # ("Di bawah kepemimpinan Wali Kota X, pemerintah kota berhasil meraih ...":
    # a government named by its kind alone, in lower case, points back too)
    # (after the words of when, too: "Kali ini pemprov meraih ...")
    lead = at if at or not words or words[0] in cues["anaphor_heads"] else next(
        (k for k in range(1, min(4, len(words))) if _generic_government(s, k)), 0)
    generic = bool(words) and _generic_government(s, lead)
    if generic:
        at = lead + (words[lead] == "pemerintah")
    kinds = cues["anaphor_heads"].get(words[at]) if words else None
    verb = next((i for i, w in enumerate(words) if i > at and (
        cues["win"].search(w) or cues["win_weak"].search(w))), None)
    if words and words[0] in _PERSONAL_PRONOUNS and verb is not None and verb <= 3 and before and (
            not (before[-1].a.headline or before[-1].a.quoted)):
        # "Bupati Kapuas Wiyatno kembali mencetak prestasi. Ia menerima
        # penghargaan ...": the region whose head the sentence before named
        heads = _heads_named(before[-1])
        return [region_mention(heads[-1].region, 0, 1, True)] if heads else []
    if not kinds or verb is None:
        return []
    end = at + 1 if generic else next(
        (i + 1 for i in range(at + 1, verb) if words[i] in cues["anaphor_words"]), None)
    if end is None:
        return []
    for other in reversed(before):
        if other.a.headline or other.a.quoted:
            continue
        found = [m for m in other.mentions if m.explicit and (
            m.type in kinds or m.name.split()[0] in kinds)]
        if found:
            return [replace(found[-1], start=at, end=end, located_end=end)]
    return []


_PERSONAL_PRONOUNS = {"ia", "beliau", "dia"}


def _generic_government(s: Sentence, k: int) -> bool:
    """Word ``k`` opens a government named by its kind alone, in lower case
    and with no name after it ("pemerintah kota berhasil meraih ...", "kali ini
    pemprov meraih ...")."""
    texts = s.a.texts
    if k < len(texts) and texts[k] in _GOVERNMENT_SHORT:
        end = k + 1
    elif k + 1 < len(texts) and texts[k] == "pemerintah" and texts[k + 1] in REGIONS:
        end = k + 2
    else:
        return False
    return end == len(texts) or not texts[end][:1].isupper()


_GOVERNMENT_SHORT = {"pemprov", "pemkab", "pemkot"}


def _heads_named(s: Sentence) -> list[Official]:
    """The heads of regions a sentence names, with their regions."""
    return [o for o in s.officials if o.region is not None
            and _governs().get(o.office, "-") == o.region.kind]


# ("pada 2024", "sepanjang tahun 2024", or a clause opening with its year:
# "Agus mengenang, tahun 2024 Desa X meraih ..."; and this year: "tahun 2022 ini")
_YEAR_SAID = re.compile(r"(?:\b(?:pada|sepanjang|selama|di)\s+(?:tahun\s+)?|(?:^|,)\s*tahun\s+"
                        r"|\btahun\s+(?=\d{4}\s+ini\b))((?:19|20)\d\d)\b")


def _names_an_old_year(s: Sentence, published: int) -> bool:
    """The sentence dates its award to a year before the one before
    ``published`` ("Paritrana Award 2019" in a 2025 story; an award's year is
    often the year before its ceremony), or, naming no award year, dates
    itself to a year before ``published`` ("... pada 2024", "sepanjang 2024",
    ", tahun 2024 Desa X meraih ..." in 2025)."""
    years = [m.year for m in s.awards if m.year]
    if years:
        return max(years) < published - 1
    said = [int(y) for y in _YEAR_SAID.findall(s.a.lower)]
    return bool(said) and max(said) < published


def _follows_on(s: Sentence) -> bool:
    """The sentence opens with a word that goes on with the one before
    ("Disusul ...", "Kemudian ...")."""
    cues = record_cues()
    return bool(s.a.words) and (s.a.words[0] in cues["continues"]
                                or s.a.words[0] in cues["followed_by"])


def _held_within_a_year(s: Sentence, published: date) -> bool:
    """The sentence dates its ceremony to the year before ``published`` ("APE
    2021 ... di Jakarta, Senin (22/8/2022)" in a recap of February 2023): a
    win of that year, whatever its edition."""
    found = find_date(s.said, published)
    return bool(found) and 0 <= (published - date.fromisoformat(found[0])).days <= _YEAR_DAYS


_YEAR_DAYS = 366


_HOLDER_WORDS = 3  # at most, the words of a holder's name run on after a body's


def _cut_holders(sentences: list[Sentence]) -> None:
    """A body right after an official's title that runs on into its
    holder's name ("diterima oleh Direktur Utama Bank Jateng Supriyatno",
    the article naming "Bank Jateng" elsewhere) ends where the name the
    article gives it ends."""
    names = {m.name for s in sentences for m in s.mentions
             if m.explicit and m.type not in REGIONS}
    for s in sentences:
        ends = {t.end for t in s.a.label("TITLE")}
        texts = s.a.texts
        for k, m in enumerate(s.mentions):
            if m.start not in ends or m.type in REGIONS:
                continue
            cut = next((j for j in range(m.end - 1, max(m.start, m.end - _HOLDER_WORDS - 1), -1)
                        if " ".join(texts[m.start:j]) in names and all(
                            t[:1].isupper() for t in texts[j:m.end])), None)
            if cut is not None:
                s.mentions[k] = replace(m, name=" ".join(texts[m.start:cut]), end=cut,
                                        located_end=cut if m.located_end == m.end else (
                                            m.located_end))


def _one_spelling(sentences: list[Sentence]) -> None:
    """An award the article spells two ways ("Upakarya Wanua Nugraha",
    later "Upakarya Wanuaa Nugraha") or names by the short form it gave in
    brackets ("Anugerah Pangripta Nasional (APN)", later "Penghargaan APN")
    is one award: the later spelling takes the first one's name."""
    seen: list[str] = []
    short: dict[str, str] = {}
    for s in sentences:
        t = s.a.texts
        for k, m in enumerate(s.awards):
            # (a head word before the short form: "Anugerah AMH" after "Anugerah
            # Media Humas (AMH)")
            words = m.award.split()
            first = short.get(m.award) or (short.get(words[-1]) if len(words) == 2 and words[
                0].lower() in award_heads() else None) or next(
                (x for x in seen if x != m.award and len(x) > 8
                 and SequenceMatcher(None, x, m.award).ratio() >= 0.9), None)
            if first:
                s.awards[k] = replace(m, award=first)
            elif m.award not in seen:
                seen.append(m.award)
            bracket = next((j for j in range(m.start, min(m.end + 1, len(t) - 2))
                            if t[j] == "(" and t[j + 2] == ")"), None)
            if bracket is not None and t[bracket + 1] == initials(t[m.start:bracket]):
                short.setdefault(t[bracket + 1], s.awards[k].award)


def _short_forms(sentences: list[Sentence]) -> None:
    """A body named in full with its short form in brackets ("PT Pesona
    Khatulistiwa Nusantara (PKN)") is the body the short form names later
    ("PT PKN"), also when the bracket repeats its legal form ("PT Grand
    Utama Mandiri (PT GUM)"): the later mention takes the full name."""
    full: dict[str, str] = {}
    for s in sentences:
        t = s.a.texts
        for m in s.mentions:
            if m.type in REGIONS or m.end + 2 >= len(t) or t[m.end] != "(":
                continue
            inside = t[m.end + 1:m.end + 4]
            if ")" in inside[1:]:
                inside = inside[:inside.index(")", 1)]
                if inside[0] == m.name.split()[0] and len(inside) == 2:
                    inside = inside[1:]
                if len(inside) == 1 and inside[0].isupper():
                    full.setdefault(inside[0], m.name)
    for s in sentences:
        s.mentions = [replace(m, name=full[m.key]) if m.type not in REGIONS and m.key in full
                      else m for m in s.mentions]
    # "Pondok Pesantren Al Falah", later "Ponpes Al Falah": the first name;
    # so too "SDN 11 Kumanis Kabupaten Sijunjung", later "SDN 11 Kumanis" (a
    # body named once with the region it lies in and once without), and
    # "Komisi Pemilihan Umum (KPU) Kabupaten Kolaka", later "KPU Kolaka"
    first: dict[str, str] = {}
    spelt: dict[str, tuple[str, str]] = {}  # a body's acronym and region -> its name, type
    for s in sentences:
        for k, m in enumerate(s.mentions):
            if m.type in REGIONS:
                continue
            key = _body_key(m.name)
            located = _LOCATED_BODY.match(m.name)
            others = [o for o in (_body_key(located[1]) if located else None, _unkinded(key)) if o]
            # (not one named with another region: "TP PKK Kabupaten Berau",
            # then "TP PKK Kota Samarinda", are two)
            name = first.get(key) or next((first[o] for o in others if o in first and not (
                _LOCATED_BODY.match(first[o]))), m.name)
            # (and, named with the region closing it, the name the story
            # may give it later without: "RSUD dr. H. Moh. Anwar Sumenep",
            # later "RSUD dr. H. Moh. Anwar")
            unplaced = _unplaced(key) if m.type != "desa" else None
            for o in (key, *others, *([unplaced] if unplaced else [])):
                first.setdefault(o, name)
            if _SPELT_OUT.match(key) and others:
                spelt.setdefault(others[-1], (name, m.type))
            if name != m.name:
                s.mentions[k] = replace(m, name=name)
    # "Dinas Kesehatan (Dinkes) Provinsi Maluku Utara", later "Dinkes Provinsi
    # Maluku Utara": the body, not the province its acronym stands before (but
    # "Kepala Dinkes Provinsi Maluku Utara": an official's title)
    for s in sentences if spelt else ():
        t = s.a.texts
        titled = {k for o in s.officials for k in range(o.start, o.end)}
        for k, m in enumerate(s.mentions):
            acronym = f"{t[m.start - 1].lower()} {m.key.lower()}" if m.start and (
                m.type in REGIONS and m.start not in titled) else None
            if acronym in spelt:
                name, kind = spelt[acronym]
                s.mentions[k] = replace(m, name=name, type=kind, start=m.start - 1)


# a body's name closed by the region it lies in: "SDN 11 Kumanis Kabupaten Sijunjung"
_LOCATED_BODY = re.compile(r"^(\S+(?: \S+)+?) (?:Kabupaten|Kota) [A-Z]\S*(?: [A-Z]\S*)*$")


# a body's name spelt out before its acronym in brackets: "Komisi Pemilihan Umum (KPU) "
_SPELT_OUT = re.compile(r"^(?:\S+ )+\(([a-z]{2,8})\) ")
_KIND_WORD = re.compile(r" (?:kabupaten|kota|provinsi) (?=\S)")


def _unkinded(key: str) -> str | None:
    """A body's key with no spelt-out name before its acronym and no kind
    word before its region ("Komisi Pemilihan Umum (KPU) Kabupaten Kolaka",
    "Bawaslu Kabupaten Grobogan" are "kpu kolaka", "bawaslu grobogan"), how
    the story may name it later; None when that is the key itself."""
    short = _KIND_WORD.sub(" ", _SPELT_OUT.sub(r"\1 ", key, count=1))
    return short if short != key else None


def _unplaced(key: str) -> str | None:
    """A body's key without the bare name of the region closing it
    ("rsud dr. h. moh. anwar sumenep" is "rsud dr. h. moh. anwar"), how the
    story may name it later; None when no region closes it or too little
    is left."""
    words = key.split()
    for n in (2, 1):
        if len(words) - n >= 3 and gazetteer().candidates(" ".join(words[-n:]).title()):
            return " ".join(words[:-n])
    return None


def _body_key(name: str) -> str:
    """A body's name with its head in the short form and no short form in
    brackets after the head: "Kelompok Wanita Tani (KWT) Melati" and "KWT
    Melati" share one."""
    for written, short in head_short_forms():
        if name.startswith(f"{written} "):
            rest = name[len(written) + 1:]
            if rest.startswith(f"({short}) "):
                rest = rest[len(short) + 3:]
            return f"{short} {rest}".lower()
    return name.lower()


_DATELINE_DASHES = DASHES | {"--"}
_DATELINE_GLUE = {",", ".", "|", "(", ")", "/", ":"}


def _drop_dateline(sentences: list[Sentence]) -> None:
    """The place of the lede's dateline ("Kupang –", "Independennews.com |
    NTT –", "KUPANG, Sinarnews –", "Kandangan, (Antaranews Kalsel) |") is
    where the story was filed, no winner."""
    lede = next((s for s in sentences if not s.a.headline), None)
    if lede is None or lede.a.sentence.start > _LEDE_REACH:
        return
    texts = lede.a.texts
    bars = [k for k, t in enumerate(texts[:10]) if t == "|"]
    dash = next((k for k, t in enumerate(texts[:10]) if t in _DATELINE_DASHES), None) or (
        bars[-1] if bars else None)
    if dash and all(t[:1].isupper() or t in _DATELINE_GLUE for t in texts[:dash]):
        # (a region written out before its outlet is the dateline's too: "Kota
        # Kendari (ANTARA) -", "Kota Medan | TambunPos.com —"; and a name after
        # it: "SULTRAKINI.COM: KENDARI -")
        outlet = any(t in {"(", ",", ":", "|"} for t in texts[:dash])
        lede.mentions = [m for m in lede.mentions if m.start > dash or (
            m.explicit and not (outlet and m.end <= dash))]


def _grouping_provinces(s: Sentence) -> dict[int, int]:
    """Provinces with their regions in brackets after them ("kepada Jawa
    Tengah (Kabupaten Sragen, Klaten, dan Kota Surakarta), Jawa Timur
    (...)"): the bracket's index -> where the province starts."""
    t = s.a.texts
    if "(" not in t:
        return {}
    starts = {m.start: m for m in s.mentions}
    out = {}
    for p in s.a.label("PLACE"):
        region = gazetteer().resolve(p.id_, "provinsi")
        inside = starts.get(p.end + 1)
        if region and p.end < len(t) and t[p.end] == "(" and inside is not None and (
                inside.type in {"kabupaten", "kota"} and inside.province == region.name):
            out[p.end] = p.start - (p.start > 0 and t[p.start - 1].lower() == "provinsi")
    return out


def _drop_grouping_provinces(sentences: list[Sentence]) -> None:
    """A province grouping regions in brackets names no winner; the groups
    are kept for reading the list (``handed_to``)."""
    for s in sentences:
        s.groups = _grouping_provinces(s)
        if s.groups:
            s.mentions = [m for m in s.mentions if m.start not in s.groups.values()]


_SCOPE_OPENERS = frozenset({"untuk", "di", "khusus", "dari"})


def _drop_scope_provinces(sentences: list[Sentence]) -> None:
    """A province opening a sentence as its scope, before the regions it
    counts ("Untuk Provinsi Jambi, hanya dua kabupaten yang meraih predikat
    itu", "Di Provinsi Riau, tiga kota meraih ...", "Khusus untuk Sulawesi
    Tengah, sebanyak enam kabupaten ..."), says where they lie and names no
    winner."""
    for s in sentences:
        words = s.a.words
        # ("Khusus untuk Sulawesi Tengah, ...")
        at = 1 if words[:1] == ["khusus"] and words[1:2] and words[1] in _SCOPE_OPENERS else 0
        if len(words) <= at or words[at] not in _SCOPE_OPENERS:
            continue
        scope = next((m for m in s.mentions if m.start == at + 1), None)
        # (a bare name a city shares with its province is the province here:
        # "Untuk Jambi, ...")
        if scope is None or words[scope.end:scope.end + 1] != [","]:
            continue
        bare = words[scope.start] not in PREFIX_KIND and gazetteer().province(
            " ".join(s.a.texts[scope.start:scope.end]))
        if scope.type != "provinsi" and not bare:
            continue
        after = words[scope.end + 1:]
        # (or names regions in it: "Untuk Sultra, hanya Kota Kendari dan
        # Kabupaten Konawe yang meraih ...")
        if any(is_count(count) and kind.split("/")[0] in COUNTED_KINDS
               for count, kind in pairwise(after)) or any(
                m.start > scope.end and m.type in REGIONS and m.type != "provinsi"
                and m.province == scope.province for m in s.mentions):
            s.mentions = [m for m in s.mentions if m is not scope]


def _located_together(sentences: list[Sentence]) -> None:
    """Villages listed with one regency closing the list ("Desa A, Kecamatan
    P, dan Desa B, Kecamatan Q, Kabupaten Cirebon, meraih ..."): each lies
    where the last one does."""
    glue = list_glue()
    for s in sentences:
        ms = s.mentions
        for k in range(len(ms) - 2, -1, -1):
            m, nxt = ms[k], ms[k + 1]
            if m.type == "desa" and m.province is None and nxt.type == "desa" and (
                    nxt.province) and all(w in glue for w in s.a.words[m.located_end:nxt.start]):
                ms[k] = replace(m, province=nxt.province)


def _province_named_so(sentences: list[Sentence]) -> None:
    """A bare name a city and its province share ("Bengkulu", "Jambi") is
    the province where the article names the province with its kind
    ("Pemerintah Provinsi Bengkulu ... . Bengkulu meraih peringkat kedua")
    and never the city."""
    def bare(s: Sentence, m: Mention) -> bool:
        return " ".join(s.a.texts[m.start:m.end]) == m.name.split(" ", 1)[-1] and (
            not m.start or s.a.texts[m.start - 1].lower() not in PREFIX_KIND)

    kinds: dict[str, set[str]] = {}  # a region's name -> the kinds written with it
    for s in sentences:
        for m in s.mentions:
            if m.type in {"provinsi", "kota"} and not bare(s, m):
                kinds.setdefault(m.name.split(" ", 1)[-1], set()).add(m.type)
        # (or its governor: "Jambi diganjar ... . Trofi diserahkan kepada Gubernur Jambi")
        places = {p.start: p for p in s.a.label("PLACE")}
        for t in s.a.label("TITLE"):
            place = places.get(t.end)
            if place is not None and _governs().get(t.id_) == "provinsi" and (
                    province := gazetteer().resolve(place.id_, "provinsi")):
                kinds.setdefault(province.name, set()).add("provinsi")
    for s in sentences:
        for k, m in enumerate(s.mentions):
            name = m.name.split(" ", 1)[-1]
            if m.type == "kota" and kinds.get(name) == {"provinsi"} and bare(s, m) and (
                    province := gazetteer().resolve(name, "provinsi")):
                s.mentions[k] = region_mention(province, m.start, m.end, True)


def _province_leading(sentences: list[Sentence]) -> None:
    """A sentence opening with a province it speaks of ("Dari Riau, Proper
    Emas diraih PT A dan PT B.", "Di Sumatera Selatan, PT C meraih ...")
    places the bodies it names that no region places."""
    for s in sentences:
        words = s.a.words
        if words[:1] not in (["dari"], ["di"]) or "," not in words[2:6]:
            continue
        comma = words.index(",", 2)
        place = next((p for p in s.a.label("PLACE") if p.start == 1 and p.end == comma), None)
        # (not where the ceremony took place: "Di Jakarta, PT X menerima ...")
        province = place and place.text.lower() not in record_cues()["capitals"] and (
            gazetteer().province(place.id_))
        if province:
            s.mentions = [replace(m, province=province.name) if (
                m.start > comma and m.type not in REGIONS and m.province is None) else m
                for m in s.mentions]


_GROUP_OPENERS = frozenset({"yakni", "yaitu", "ialah", "adalah", "masing-masing", ":"})


def _located_by_group(sentences: list[Sentence]) -> None:
    """Villages, schools and other bodies listed after a group placed in a
    region ("Tiga desa di Kabupaten Gunungkidul yakni Desa Bleberan, Desa
    Nglanggeran dan Desa Pampang"), or in the sentence after it
    ("Empat sekolah di Kota Mataram meraih ... . Keempatnya adalah SDN 5
    Mataram, SMPN 2, ..."), lie in that region's province."""
    placed = None  # the region the sentence before placed a counted group in
    for s in sentences:
        words = s.a.words
        opener = next((k for k, w in enumerate(words) if w in _GROUP_OPENERS), None)
        region = _group_placed(s, opener) if opener is not None and opener >= 3 else None
        if region is None and placed is not None and opener is not None and opener <= 4 and (
                record_cues()["enumeration"].match(s.a.lower)
                or record_cues()["counted_group"].match(s.a.lower)):
            region = placed
        if region is not None:
            s.mentions = [replace(m, province=region.province) if (
                m.start > opener and m.type not in REGIONS and m.province is None) else m
                for m in s.mentions]
        placed = _group_placed(s, len(words))


def _group_placed(s: Sentence, before: int) -> Region | None:
    """The region a group counted before ``before`` is placed in: "Tiga desa
    di Kabupaten Gunungkidul" right before it, or opening the sentence
    ("Empat sekolah di Kota Mataram meraih ...", "Dua desa di Kabupaten
    Gresik meraih ..., yakni ...")."""
    words = s.a.words
    for p in s.a.label("PLACE"):
        k = p.start - (words[p.start - 1] in PREFIX_KIND)  # "di Kabupaten Gunungkidul"
        if k < 1 or words[k - 1] != "di":
            continue
        ends = p.end == before or (p.end + 1 == before and words[p.end] == ",")
        opening = 3 <= k <= 7 and k < before and any(
            is_count(w) for w in words[max(0, k - 4):k - 2])
        if (before - 5 <= k and ends) or opening:
            return gazetteer().resolve(p.id_, PREFIX_KIND.get(words[p.start - 1]))
    return None


_LEDE_REACH = 300  # characters into the text a lede's dateline may start


# a photo credit in brackets after a sentence, or after a slash: "(Foto:
# Twitter/@kemenkesri)", "/Foto: Istimewa"
_PHOTO_CREDIT = re.compile(r"[ \t]*(?:\((?:foto|photo|dok|ist)\b[^)\n]*\)|/[ \t]*(?:foto|photo)\b"
                           r"[^\n]*)[ \t]*(?:\n|$)", re.I)

# (or as the sentence's last words: "... Jum'at (05/07) (FOTO: IST)")
_CLOSING_CREDIT = re.compile(r"\((?:foto|photo|dok|ist)\b[^)\n]*\)$", re.I)


def _shortlisted(s: Sentence) -> bool:
    """The sentence puts bodies in a group of the best ("masuk 45 Besar"),
    and joins no win to it ("Masuk 10 Besar dan Dianugerahi ...")."""
    return "besar" in s.whole.set and record_cues()["shortlist"].search(
        s.a.lower) is not None and won_after_shortlist(s.a.lower) is None


def _won_what_was_told(s: Sentence) -> bool:
    """The sentence wins only what the one before told ("meraih predikat
    tersebut"): no award or rank of its own."""
    return not s.a.label("AWARD") and not s.a.label("RANK") and (
        _TOLD_PRIZE.search(s.a.lower) is not None)


# a prize named by pointing back: "predikat tersebut", "prestasi itu"
_TOLD_PRIZE = re.compile(r"\b(?:predikat|prestasi|penghargaan|gelar|capaian|status)\s+"
                         r"(?:tersebut|itu)\b")


class Story:
    """One article read for award records: its sentences and the bodies it
    names in full."""

    def captions(self, s: Sentence) -> bool:
        """The sentence is a photo's caption: its line closes with a photo
        credit in brackets, after the sentence or as its last words."""
        return _PHOTO_CREDIT.match(self.text, s.a.sentence.end) is not None or (
            s.a.sentence.text.endswith(")")
            and _CLOSING_CREDIT.search(s.a.sentence.text) is not None)

    def __init__(self, text: str, title: str | None, published: date | None):
        self.published = published
        self.text = text
        self.sentences = []
        analysed = analyse(text, title)
        # the heads a story counts ("21 kepala daerah") are those its list
        # items name with their regions ("1. Syahrul Yasin Limpo (Provinsi
        # Sulawesi Selatan)")
        heads = frozenset().union(*(heads_listed_in(a.lower) for a in analysed))
        for a in analysed:
            mentions = find_mentions(a.doc, a.label("PLACE"), a.label("TITLE"), a.texts,
                                     a.label("AWARD") + a.label("RANK"),
                                     heads if is_list_item(a.lower) else frozenset(), a.words)
            awards = award_mentions(a.doc, a.label("AWARD"), a.label("PLACE"))
            self.sentences.append(Sentence(a, mentions, awards=awards))
        _drop_recalled_awards(self.sentences)
        _one_spelling(self.sentences)
        _short_forms(self.sentences)
        _drop_dateline(self.sentences)
        _drop_grouping_provinces(self.sentences)
        _drop_scope_provinces(self.sentences)
        _located_by_group(self.sentences)
        _province_named_so(self.sentences)
        _province_leading(self.sentences)
        _located_together(self.sentences)
        _cut_holders(self.sentences)
        bodies = {m.key: m.name for s in self.sentences for m in s.mentions
                  if m.explicit and m.type not in REGIONS and m.key != m.name}
        heads_by_name: dict[str, Official] = {}  # the heads named so far, by name
        for s in self.sentences:
            s.officials = _known_heads(find_officials(
                s.a.doc, s.a.label("TITLE"), s.a.label("PLACE"), s.mentions, bodies,
                s.a.headline, s.a.label("AWARD")), heads_by_name)
            heads_by_name.update((o.name, o) for o in s.officials if o.name and o.region)
            # Not winners: a region in an official's title, or the round of
            # the award ("Paritrana Award Provinsi Jawa Timur"); but the
            # company of an executive who receives it wins ("Direktur Utama PT
            # Semen Gresik Budi Santoso menerima penghargaan ...")
            s.mentions = _outside_awards(s, [kept for m in s.mentions
                                             if (kept := _beside_officials(s, m))])
            heads = _heads_listed(s)
            if heads:
                # a bare name a head's list reads as a region is that region
                inside = {k for m in heads for k in range(m.start, m.located_end)}
                # (a village's regency after it says where it is: "Kepala Desa
                # Pujokerto, Kabupaten Tulang Bawang Barat")
                where = {k for m in heads if m.type not in REGIONS
                         for k in range(m.start, m.located_end)}
                # (nor is a holder's name a head's span takes a body's: "yaitu
                # Ahmad Basuki (Gubernur Jambi), ...")
                s.mentions = sorted([m for m in s.mentions if (
                    m.explicit or m.start not in inside) and m.start not in where and not (
                    m.type not in REGIONS and any(h.start <= m.start and m.end <= h.located_end
                                                  for h in heads))]
                                    + heads, key=lambda m: m.start)
                # "Penerima Satyalancana antara lain Gubernur A, Bupati B, ...":
                # the winners listed are the heads'
                s.win = s.win or ((_winners_named(s) or _best_named(s)) and _lists_winners(s))
        recent: list[Sentence] = []  # the last three sentences outside a quote
        judged: set[int] = set()  # winners of a run judged best one by one, by category
        labelled = False  # a run of "Provinsi: Jambi" lines after a win or handover
        for before, s in pairwise(self.sentences):
            recent = recent if before.a.quoted else [*recent[-2:], before]
            told = recent[-2:]  # (the last two)
            labelled = ((before.win or before.handover) and not before.a.headline) or (
                labelled and (_kind_labelled(before) or _heading(before)))
            if labelled and not s.win and _kind_labelled(s):
                # "... kepada 57 pemda ... . / Pengendalian Inflasi / Provinsi:
                # Jambi / Kabupaten: Ngawi": each labelled line names a winner
                s.win = True
            if (s.handover or s.win) and not before.a.headline and record_cues()[
                    "back_to_the_event"].match(s.a.lower):
                # "Presiden membuka Rakornas ... di Istana Negara, Kamis
                # (31/8/2023). Pada kesempatan itu, Presiden juga membagikan
                # TPID Award ...": the event told before is the handover's
                before.event = True
            if not s.win and any(t.awards and not t.a.headline for t in recent) and any(
                    m.type in REGIONS for m in s.mentions) and _now(
                    s, record_cues()["win"]) and not s.a.quoted:
                # "Penghargaan Swasti Saba Padapa ini diberikan kepada 177
                # Kabupaten/Kota. ... Kabupaten Natuna terpilih bersama
                # Kabupaten Kepulauan Anambas, Kota Batam ...": regions win
                # the award of a sentence before (up to two on how it was
                # judged between or not)
                s.win = True
            # after a handover: only a list of regions or villages ("... diberikan kepada
            # delapan provinsi. Delapan provinsi tersebut adalah Sulawesi
            # Selatan, Jawa Tengah, ...", not the jury's members), or of the
            # bodies called best or its receivers ("BPD terbaik adalah PT A, PT
            # B, dan PT C", "Penerimanya antara lain Dinas X dan Kota Y")
            named = [m for m in s.mentions if m.explicit]
            # (not a parade's order: "Rombongan kirab dibuka patwal Dinas
            # Perhubungan, disusul penari ...", nor visitors: "tiga daerah
            # berkunjung ke Kota Blitar, yaitu Kabupaten Garut, ...", nor guests:
            # "Acara ini dihadiri perwakilan empat kabupaten: A, B, C dan D")
            # (nor a list of those that failed or scored lowest: "kota peraih nilai
            # Adipura terendah adalah X. Selain itu adalah Y, Z ...")
            # (nor what the assessors looked at: "Ombudsman menilai enam lokus,
            # antara lain Dinsos dan Puskesmas X")
            goes_on = not tells_a_parade(s) and not record_cues()[
                "visits"].found(s.whole) and record_cues()["attendance"].isdisjoint(
                s.a.words) and record_cues()["assessing"].isdisjoint(
                s.a.words) and not record_cues()["failed"].found(
                before.whole) and (before.win or (
                before.handover and bool(named) and (all(
                    m.type in REGIONS or m.type == "desa" for m in named) or _best_named(s)
                    or _winners_named(s) or _each_as_best(s))))
            opened = before.a.words[-1:] == [":"] and ends_live(before.a, before.live) and any(
                m.explicit for m in s.mentions)
            # (or announced them: "Kemendagri mengumumkan enam daerah peraih
            # penghargaan ... . Enam daerah tersebut masing-masing ...")
            # (not the group a sentence right before counts with no win or
            # handover: "Sebelumnya Pemkab Badung menilai enam desa ... . Keenam
            # desa tersebut yakni ...": the entrants judged)
            if _counts_back(s) and not (
                    _counted_in(s, before) and not (before.win or before.handover)
                    and not record_cues()["judging"].isdisjoint(before.a.words)) and (any(
                    t.win or (not t.handover and _reports_winners(t))
                    for t in told) or any(t.handover and (
                    all(m.type in REGIONS for m in named) or _counted_in(s, t)) for t in told)):
                # "10 sekolah meraih Adiwiyata Mandiri. ... “...,” ujarnya.
                # Kesepuluh sekolah yakni ...": past a quote; "... memberikan
                # Anugerah Kihajar pada 4 gubernur. Mereka ... . Keempat
                # gubernur tersebut adalah ... (Provinsi Jawa Tengah), ...":
                # regions a sentence further on
                s.win = True
            elif any(t.handover and _lists_the_receivers(s, t) for t in told):
                # "... memberikan penghargaan kepada perusahaan pembayar pajak
                # terbesar. Empat perusahaan pembayar pajak terbesar yakni PT A,
                # ...": those it was handed to, counted and listed (a sentence
                # on the ceremony between or not)
                s.win = True
            elif _points_back_to(s, told) or _lists_a_category_of(s, told):
                # "Sebanyak 412 sekolah menerima penghargaan Adiwiyata ... .
                # Penghargaan diserahkan ... . Sekolah tersebut antara lain
                # SDN 12 Pekanbaru, ...": the group counted, listed
                s.win = True
            # (the run opens with its categories: "Penghargaan itu diberikan
            # untuk beberapa kategori, yaitu Kabupaten Boalemo dinilai paling
            # ...", not a region described after a win)
            best = _best_in_turn(s) and (id(before) in judged or _names_categories(before))
            if best and goes_on:
                judged.add(id(s))
            if goes_on and not s.win and (_enumerates(s) or _next_in_turn(s) or _follows_in_rank(
                    s) or best or (
                    s.mentions and _now(s, record_cues()["win"])) or _lists_winners(s)
                                          or opened or _more_names(s) or _each_as_best(s)):
                # "Empat daerah meraih opini WTP. Keempatnya adalah ...";
                # "Tiga kategori yang diboyong Sumedang ialah: ...";
                # "... meraih peringkat pertama. Posisinya disusul Kabupaten X.";
                # "... meliputi dua kota menduduki Peringkat Utama, ... .
                # Peringkat Nindya yaitu Kota Batu, Trenggalek, Situbondo ...";
                # "... di antaranya A, B, C. Selain itu, D dan E."
                s.win = True
            # (whatever goes before: a standing by the count of winners is no win)
            s.win = s.win and not _only_a_tally(s)
        cues = record_cues()
        # "Adapun 3 kab/kota terbaik yakni :" after the handover announces
        # its winners too
        # (not one announcing categories: "... meliputi empat segmen, yaitu:")
        announces = [bool(s.awards or cues["list_subjects"].found(s.whole) or s.tiers or s.win
                          or s.handover or (
            k and _reports_winners(self.sentences[k - 1])
            and (speaks_of_winners(s.a.lower) or _points_back(s)))) and not (
                cues["hypothetical"].found(s.whole) or cues["past"].search(s.a.lower)
                or s.a.quoted or (names_kinds(s.a.lower) and not _reports_now(s))
                or _lists_inline(s)
                or (cues["purposes"].found(s.whole) and not speaks_of_winners(s.a.lower)))
            for k, s in enumerate(self.sentences)]
        lines = [Line(s.a.lower, s.a.sentence.paragraph, ok, s.win or s.handover,
                      bool(s.mentions) and _names_only(s), _names_an_award_only(s))
                 for s, ok in zip(self.sentences, announces, strict=True)]
        for index, line in find_lists(lines).items():
            s = self.sentences[index]
            s.list_line = line
            if line.item and not s.mentions:
                # "- Wali Kota Medan Sumatera Utara Periode 2021-sekarang
                # Muhammad Bobby Afif Nasution": the head stands for the region
                s.mentions = [region_mention(o.region, o.start, o.end, True)
                              for o in s.officials[:1] if o.region]
            elif line.item and len(s.mentions) == 1 and _alone(s, s.mentions[0]):
                # a bare name listed is the one region of the kind its heading
                # names ("– Tingkat Provinsi: / 1. Jambi;"), or so called
                s.mentions = [sole_region(s.mentions[0], line.kind) or s.mentions[0]]
            # (an item naming no one is no win: a related story's headline
            # bulleted under the list, "• 40 Pemuda Dilatih Menyelam di ...")
            # (but places listed so are winners: "Kalsel mendapatkan 3
            # penghargaan, yaitu: / - Desa Warukin ...")
            s.win = line.item and bool(s.mentions) and not (
                line.opener is not None and _counts_its_prizes(self.sentences[line.opener])
                and not any(m.explicit and m.type in _HEADED for m in s.mentions))
        # "meraih peringkat pertama Paritrana Award ... pada 2019 silam" in a
        # 2025 story is a win recalled, not reported.
        recalled = set()
        for s in self.sentences:
            if s.win and (dated := published or self.reference) and _names_an_old_year(
                    s, dated.year) and not _held_within_a_year(s, dated):
                s.win = False
                recalled.add(id(s))
        # "Anugerah Paritrana 2017 yang lalu berhasil diraih oleh ... .
        # Sementara Pemerintah Kabupaten atau Kota yang meraih ... adalah ...",
        # "... pada tahun 2017, Pemkab Mimika mendapat penghargaan ... .
        # Kemudian Pemkab Jayawijaya mendapatkan ...", "... tahun 2022 lalu,
        # Riau juga meraih Juara Umum. Disusul A, B dan C di peringkat kedua
        # hingga keempat", "sepanjang tahun lalu Sultra mengoleksi sejumlah
        # penghargaan ... . Anugerah X juga diraih ...": a sentence going on
        # from a win recalled is recalled too (not one opening with now:
        # "Tahun ini, predikat A juga diraih ...")
        dated = published or self.reference
        for before, s in pairwise(self.sentences):
            if s.win and dated and cues["then_openers"].match(s.a.lower) and _names_an_old_year(
                    before, dated.year):
                # "... mengulang sukses Kabupaten Tabanan di tahun 2018. Saat itu
                # Desa Pandak Gede yang meraih juara I ...": a win of that year
                s.win = False
            elif s.win and (_follows_on(s) or "juga" in s.whole.set) and not before.win and (
                    not cues["now_openers"].match(s.a.lower)) and (
                    id(before) in recalled or (cues["past"].search(before.a.lower)
                                               and cues["win"].found(before.whole))
                    or (cues["unfinished"].found(before.whole) and not s.a.label("RANK")
                        and not before.a.quoted and any(m.explicit for m in before.mentions)
                        and not _called_a_winner(s))):
                # (or from a nomination: "Sekolah yang masuk nominasi ... adalah X.
                # Sementara enam sekolah lainnya yakni ..., masuk kategori ..."; not
                # from a quote counting the nominees: "“Ada 12 nominasi, namun
                # hanya empat ...,” kata X. Adapun ... yakni ...", nor from the
                # judging told with no nominee named: "... juri memilih tiga
                # nominasi per kriteria ... . Untuk kriteria X, penghargaan
                # diraih ...", nor one calling a body a winner: "Kota X juga
                # tampil sebagai penerima award untuk kategori ...")
                s.win = False
            elif s.win and not before.win and _shortlisted(before) and _won_what_was_told(s):
                # "... menempatkan tiga desa pada 45 Besar yakni ... . Desa X
                # menjadi satu-satunya ... yang meraih predikat tersebut": the
                # place in the shortlist, no win
                s.win = False
            elif s.win and cues["besides"].match(s.a.lower) and _praises_a_win(before):
                # "Bupati mengapresiasi Desa Pombewe yang belum lama ini meraih
                # ... . Selain itu Desa Pombewe juga sukses menyabet ...": more
                # of the praise, no win reported now
                s.win = False
        for s in self.sentences:
            if s.win and not s.a.label("AWARD") and (tells_a_standing(s.a.words) or (
                    not s.a.label("RANK") and _TALLY.search(s.a.lower) and (
                        _follows_on(s) or s.a.words[0] == "setelah"))):
                # "Provinsi X menduduki peringkat keenam dari 38 provinsi dengan
                # cakupan ...": a standing told beside the winners; "Disusul
                # Kabupaten A 13 kali, kemudian B dan C 12 kali", "Setelah A
                # ada B sebanyak 7 kali ...": a tally of past wins; none won now
                s.win = False
        for k, s in enumerate(self.sentences):
            if s.win and not s.mentions:
                s.mentions = _anaphor(s, self.sentences[:k])
            elif s.win and s.a.words[:1] and s.a.words[0] in record_cues()["anaphor_heads"]:
                # "OPD pimpinan X itu dianugerahi penghargaan ... oleh Badan Y":
                # the subject points back, whoever else the clause names after it
                pointed = _anaphor(s, self.sentences[:k])
                if pointed and all(m.start >= pointed[-1].end for m in s.mentions):
                    s.mentions = pointed + s.mentions
            s.upcoming = _upcoming(s, published)
        # Full mentions name the region; a bare name later refers to them.
        self.full: dict[str, Mention] = {}
        for s in self.sentences:
            for m in s.mentions:
                if m.explicit:
                    self.full.setdefault(m.key, m)
                    self.full.setdefault(m.name, m)
        # a name no head opens that the story names with its head elsewhere
        # ("Desa Waai dan Desa Tulehu ... . Desa Waai dan Tulehu menerima
        # ..."): that body
        for s in self.sentences:
            s.mentions = [_with_its_head(m, self.full.get(m.name)) for m in s.mentions]

    def awards_by_category(self) -> bool:
        """An article naming no award: the awards its sentences name by
        their category alone ("menyerahkan piagam penghargaan kategori
        Ketahanan Pangan untuk tiga daerah"). Whether it names one so."""
        for s in self.sentences:
            if add_unlisted_awards(s.a.spans, s.a.texts, by_category=True):
                s.awards = award_mentions(s.a.doc, s.a.label("AWARD"), s.a.label("PLACE"))
                s.mentions = _outside_awards(s, s.mentions)
        return any(s.awards for s in self.sentences)

    def award_unnamed(self) -> bool:
        """An article naming no award that reports a prize won ("Pemkab
        Bekasi meraih piagam penghargaan terbaik pertama penyaluran dana
        desa", "Desa Waturaka meraih penghargaan sebagai desa wisata
        terbaik") or handed to bodies it names ("penghargaan pembinaan data
        desa diberikan kepada Kabupaten Tabanan, ..."): the award is called
        after the words that follow the prize word (a capitalised name, or a
        phrase after "sebagai"; words of praise skipped), or after the prize
        word alone. Whether a winner is named so."""
        prizes = record_cues()["prizes"]
        # (or counted there and named in a sentence right after: "Lima provinsi
        # memperoleh penghargaan bidang pertanian ... . Kelima provinsi itu
        # adalah Riau, ...", list headings between: "Berikut daftar penerima:
        # / Provinsi : / Peringkat I Provinsi Gorontalo")
        told = [t for t in self.sentences if t.a.words[-1:] != [":"]]
        named_next = {id(s) for s, *after in zip(told, told[1:], told[2:] + [None],
                                                  strict=False)
                      if any(t is not None and not t.a.quoted and any(
                          m.explicit and (t.win or (t.handover and handed_to(t, m)))
                          for m in t.mentions) for t in after)}
        for s in self.sentences:
            named = [m for m in s.mentions if m.explicit and (s.win or handed_to(s, m))]
            if not ((s.win or s.handover) and not s.a.headline and (
                    named or id(s) in named_next)):
                continue
            words, texts = s.a.words, s.a.texts
            at = next((i for i, w in enumerate(words) if w in prizes["words"]), None)
            ranked = at is None and (at := _rank_won(s, prizes)) is not None
            if at is None:
                continue
            start = at + 1
            while start < len(words) and words[start] in prizes["praise"]:
                start += 1
            named_as = start < len(words) and words[start] == "sebagai"
            start += named_as
            end = start
            while end < len(words) and end - start < 6 and words[end] not in prizes["stops"] and (
                    words[end].isalpha()) and (named_as or texts[end][:1].isupper()) and not any(
                    m.start == end for m in s.mentions):
                end += 1
            name = " ".join(texts[start:end]) or ("Penghargaan" if ranked else texts[at])
            s.awards = [AwardMention(name[:1].upper() + name[1:], None, None, None, None, at, end)]
            return True
        return False

    @cached_property
    def reference(self) -> date | None:
        """What a date without a year is read against where the page gives
        no publication date: read from the sentences that tell of an award
        first (not the years of related headlines a page lists around the
        story: "... Sambut Natal 2024", "... Menjelang Lebaran 2025")."""
        if self.published:
            return None
        told = " ".join(s.a.sentence.text for s in self.sentences if s.awards or s.win or (
            s.handover or s.event))
        return reference_date(told) or reference_date(self.text)

    @cached_property
    def _heads_by_name(self) -> dict[str, Region]:
        """The regions of the heads of regions the article names by name
        and title, by that name ("Wali Kota Samarinda Andi Harun"), and by
        its first and last words where it has more ("Gubernur NTT Viktor
        Bungtilu Laiskodat ... . Viktor Laiskodat memboyong ...")."""
        found: dict[str, Region] = {}
        for s in self.sentences:
            for o in s.officials:
                if o.name and o.heads_its_region:
                    words = o.name.split()
                    found.setdefault(o.name, o.region)
                    if len(words) > 2:
                        found.setdefault(f"{words[0]} {words[-1]}", o.region)
        return found

    def resolve(self, m: Mention) -> Mention | None:
        """A mention as a possible winner: explicit, or a bare name the
        article names in full elsewhere; a head of a region the article
        names with the title, by name alone, is that region ("Andi Harun
        menempati peringkat pertama")."""
        if m.explicit:
            region = self._heads_by_name.get(m.name) if m.type not in REGIONS else None
            return region_mention(region, m.start, m.end, True) if region else m
        full = self.full.get(m.name)
        if full:
            return full
        regions = gazetteer().candidates(m.name)
        for region in regions:
            full = self.full.get(region.bare)
            if full and full.name.endswith(region.bare):
                return full
        if len(regions) == 1 and regions[0].kind == "kabupaten" and " " in m.name and (
                not m.after_comma):
            # a name of two words or more only one kabupaten bears ("Lombok
            # Utara", "Kulon Progo"); a city's name mostly says where
            # ("Gedung X, Jakarta Pusat"), as a name after a comma may
            # ("Wali Nagari Pariangan, Tanah Datar")
            return region_mention(regions[0], m.start, m.end, False)
        return None


def _with_its_head(m: Mention, full: Mention | None) -> Mention:
    """``m``, or the body ``full`` names with its head when ``m`` is that
    body's name without it."""
    if full is None or full.name == m.name or full.key != m.name or m.type in REGIONS or (
            full.type in REGIONS):
        return m
    return replace(m, name=full.name, type=full.type, province=m.province or full.province)


def _rank_won(s: Sentence, prizes: dict[str, frozenset[str]]) -> int | None:
    """Where a rank won with no prize word ends ("Biro Umum meraih peringkat
    II OPD berkinerja terbaik", "juara I diraih Temanggung", "keluar sebagai
    juara 1 cakupan imunisasi"): the prize is called after what follows it."""
    words = s.a.words
    return next((sp.end - 1 for sp in s.a.label("RANK") if any(
        w in prizes["won_by"] for w in words[max(0, sp.start - 2):sp.start]) or (
        # (not "menjadi" alone: "menjadi peringkat pertama Indeks X" is a standing)
        " ".join(words[max(0, sp.start - 2):sp.start]) in prizes["ranked_as"]) or (
        words[sp.end:sp.end + 1] and words[sp.end] in prizes["won_after"])), None)


def _alone(s: Sentence, m: Mention) -> bool:
    """The mention is all its sentence names: "1. Jambi;", "- Jawa Barat"."""
    return all(not w.isalpha() for w in s.a.words[:m.start] + s.a.words[m.located_end:])


def _beneficiary_at(doc: Any, i: int) -> bool:
    """The word at ``i`` says whom something is handed to: "untuk",
    "kepada", "bagi", "ke tangan", "ke" after a handing verb and its object,
    "pada" right after a handing verb
    ("diberikan pada Jawa Timur, Jawa Tengah, dan Jawa Barat"), or a verb
    conferring on its object ("menganugerahi Pemprov X predikat ...")."""
    word = doc[i].lower_
    return word in BENEFICIARY_WORDS or word in record_cues()["confers_on"] or (
        word == "pada" and i > 0 and bool(
        record_cues()["handover"].search(doc[i - 1].lower_))) or (
        word == "tangan" and i > 0 and doc[i - 1].lower_ == "ke") or (
        # "menyerahkan penghargaan ke Bank Jateng": "ke" after a handing verb
        # and what it hands over
        word == "ke" and i > 1 and bool(record_cues()["handover"].search(doc[i - 2].lower_))
        and record_cues()["objects"].search(doc[i - 1].lower_) is not None) or (
        # "opini WTP atas LKPD Kabupaten A, LKPD Kabupaten B": whose report
        word in record_cues()["reports"] and i > 0 and doc[i - 1].lower_ in {"atas", ",", "dan",
                                                                                 "serta"})


def _beneficiary_before(doc: Any, end: int) -> bool:
    """"untuk", "kepada" or "bagi" before ``end`` in the same clause (back to
    the sentence's start or a clause break such as "sedangkan")."""
    breaks = record_cues()["breaks"]
    for k in range(end - 1, -1, -1):
        t = doc[k]
        if _beneficiary_at(doc, k):
            return True
        if t.lower_ in breaks or t.text == ";":
            return False
    return False


_GIVEN = {"diberikan", "diberi", "dianugerahi", "dianugrahi", "diserahi"}


def _given_in_relative(s: Sentence, m: Mention) -> bool:
    """"Di Maluku, hanya Kabupaten Malra dan Kota Ambon, yang diberikan
    penghargaan tersebut": the bodies of a list a relative clause says were
    given it."""
    words = s.a.words
    inside = {k for x in s.mentions for k in range(x.start, x.located_end)}
    k = m.located_end
    while k < len(words) and (k in inside or words[k] in list_glue()):
        k += 1
    return k + 1 < len(words) and words[k] == "yang" and words[k + 1] in _GIVEN


def handed_to(s: Sentence, m: Mention) -> bool:
    """In a handover sentence, whether ``m`` is one it is handed to: after
    "untuk", "kepada", "bagi", or listed after one ("diberikan kepada Bekasi,
    Cimahi, dan Mataram"; "kepada Bupati Pidie Jaya, Bupati Suka Bumi, Bupati
    Serang": also past a head whose region is misspelt), or listed after
    "yakni" ... that follows one ("menganugerahkan Swasti Saba kepada 3
    provinsi ... yakni provinsi Sulawesi Selatan, Jawa Barat, dan ...")."""
    doc = s.a.doc
    if _given_in_relative(s, m):
        return True
    starts = {x.located_end: x.start for x in s.mentions}
    starts.update((o.end, o.start) for o in s.officials if o.end not in starts)
    groups = s.groups
    provinces = set(groups.values())
    k = m.start
    while k > 0:
        if _beneficiary_at(doc, k - 1):
            return True
        if k in provinces and doc[k - 1].lower_ == "dari" and _beneficiary_before(doc, k - 1):
            # "... kepada 12 kabupaten/kota, dari Sulawesi Selatan (Kab
            # Bantaeng, ...), Sumatera Barat (...)": the receivers counted, by
            # province
            return True
        if k - 1 in groups:
            k = groups[k - 1]  # past the province the bracket's regions lie in
            continue
        if k == m.start and m.type in REGIONS and body_acronym(doc[k - 1].text):
            k -= 1  # "kepada BPBD Provinsi Jawa Tengah": past its office's acronym
            continue
        if k > 2 and (doc[k - 2].lower_, doc[k - 1].lower_) == _RECEIVED_BY:
            # "Pasar Lembang, yang diterima Bupati Bandung Barat, Asep Sunandar;
            # lalu ...": the item's receiver, and past it the item
            if k == m.start or not (k - 3 in starts or k - 2 in starts):
                return False
            k = starts[k - 3] if k - 3 in starts else starts[k - 2]
            continue
        if doc[k - 1].text == "(" and _after_a_category(doc, k - 1):
            # "diberikan untuk kategori Air Bersih (PT A dan CV B), ..."
            return _beneficiary_before(doc, k - 1)
        # (or ", seperti": "kepada 19 perusahaan ..., seperti PT A, PT B dan PT C")
        if doc[k - 1].lower_ in LIST_OPENERS or (
                k > 1 and doc[k - 1].lower_ in KIND_WORDS and doc[k - 2].lower_ in LIST_OPENERS
        ) or (k > 1 and doc[k - 1].lower_ == "seperti" and doc[k - 2].text == ","):
            # (not areas counted: "dibagikan untuk empat kawasan, yakni Sumatera, ...")
            return _beneficiary_before(doc, k - 1) and not _counts_areas(
                s.a.words[max(0, k - 4):k - 1])
        # the item before: right before ``k`` (a head whose span took the
        # comma after it) or back over the commas and "dan" joining them
        before, j = None, k
        while before is None and j > 0 and doc[j - 1].lower_ in list_glue():
            j -= 1
            before = starts.get(j) if j < k else None
            before = starts.get(k) if before is None and j == k - 1 else before
            if before is None and j < k and j > 2 and doc[j - 1].text == ")":
                # "Hulu Sungai Selatan (HSS), Banjar": past the item's short form;
                # "Jawa Tengah (...), Jawa Timur (...)": past a province's group
                opening = next((o for o in range(j - 2, -1, -1) if doc[o].text == "("), -1)
                before = groups.get(opening) if opening in groups else starts.get(
                    opening if opening > j - 6 else -1)
        if before is None and j < k:
            before = _described(doc, j, starts)
        if before is None and j < k:
            before = _received_in_between(doc, j, starts)
        if before is None:
            return False
        k = before
    return False


def _after_a_category(doc: Any, opening: int) -> bool:
    """The bracket opening at ``opening`` follows a category's name
    ("kategori Air Bersih (...)"): capitalised words after a category word."""
    k = opening - 1
    while k > 0 and doc[k].text[:1].isupper() and opening - k < 6:
        k -= 1
    return k < opening - 1 and doc[k].lower_ in CATEGORY_WORDS


_RECEIVED_BY = ("yang", "diterima")
_RECEIVER_WORDS = {",", "oleh", "langsung", "(", ")", "."}


def _received_in_between(doc: Any, j: int, starts: dict[int, int]) -> int | None:
    """The start of the list item whose receiver a relative clause ending at
    ``j`` names ("kepada tiga pasar, yaitu Pasar Lembang, yang diterima
    Bupati Bandung Barat, Asep Sunandar; lalu Pasar Kranggan ...")."""
    for d in range(j - 1, max(j - 16, 1), -1):
        word = doc[d].text
        if (doc[d - 1].lower_, doc[d].lower_) == _RECEIVED_BY:
            k = d - 1 - (doc[d - 2].text == ",")
            return starts.get(k)
        if not (word[:1].isupper() or word in _RECEIVER_WORDS or word.lower() == "diterima"):
            return None
    return None


def _described(doc: Any, j: int, starts: dict[int, int]) -> int | None:
    """The start of the list item whose description ends at ``j`` ("kepada
    Kota Bima dengan program pasar digital, Kabupaten Dompu ...", "kepada
    Provinsi Bengkulu dan Kota Lhokseumawe untuk Kawasan Sumatera, Provinsi
    Banten ..."): a few words opened by "dengan", "melalui", "untuk" ..."""
    for d in range(j - 1, max(j - 8, 0), -1):
        word = doc[d].text
        if word in _DESCRIPTION_ENDS:
            return None
        if word in record_cues()["described_by"]:
            return starts.get(d)
    return None


_DESCRIPTION_ENDS = {",", ".", ";", ":"}
