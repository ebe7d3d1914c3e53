"""Which clauses of a sentence report news: not a plan, a target or a
nomination ("akan", "menargetkan", "masuk 45 besar"), not a win recalled
("tahun lalu", "pernah"), not a quote without a rank; and where a quote's
attribution says the ceremony was.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.award import without_award_names
from extractors.cuewords import Words, record_cues
from extractors.lexicon import data_json
from extractors.sentences import Analysed

# Where a subordinate clause ("karena ... belum ...") starts.
# (a connective opens the clause after it: "agar ... mampu mempertahankan WTP"
# is a purpose, not news)
# (and before a plan joined to a win: "... meraih juara satu ... dan akan
# mewakili Kalimantan Barat ..."; and before an earlier win recalled: "...
# menerima piala ... setelah sebelumnya Kota Kendari meraih ...")
_CLAUSE_SPLIT = re.compile(r",|(?=\b(?:karena|sebab|meski(?:pun)?|walau(?:pun)?|namun|tetapi|"
                           r"sehingga|agar|supaya|setelah sebelumnya|"
                           r"(?:dan|serta) (?:akan|bakal|masuk))\b)")
_CLAUSE_SPLIT_ANY_CASE = re.compile(_CLAUSE_SPLIT.pattern, re.IGNORECASE)


def clause_parts(text: str) -> list[str]:
    """A text split into clauses as the plan reader sees them: at commas and
    before a clause a conjunction opens ("..., sehingga berhak maju", "...
    dan akan melaju ke tingkat nasional", "... dan masuk lima besar")."""
    return _CLAUSE_SPLIT_ANY_CASE.split(text)


def attribution(text: str) -> str:
    """What follows a quote in its sentence (the speaker, where and when)."""
    end = max(text.rfind("”"), text.rfind('"'))
    return text[end + 1:] if end > 0 else ""


# a handover still to come, joined to the win: "... terpilih sebagai penerima
# Y dan akan diserahkan pada ... mendatang"
_HANDED_LATER = re.compile(r"\b(?:dan|serta) (?:akan|bakal) (?:di)?(?:serahkan|terima|berikan|"
                           r"anugerahkan)\b")
# a clause opening with the present after one that recalled the past: news again
_NOW_AGAIN = re.compile(r"\s*(?:(?:sementara|sedangkan|dan|namun)\s+)?"
                        r"(?:tahun(?:\s+(?:19|20)\d\d)?\s+ini|kali ini|kini|sekarang)\b")
# a verb of keeping what was won before: a win again now
_RETAINS = re.compile(r"\b(?:mempertahankan|pertahankan|berhasil mempertahankan)\b")


def live_clauses(a: Analysed) -> list[Words]:
    """The clauses that can report news: none in the headline, none in a
    quote that names no rank;
    none from the first that recalls the past ("Tahun lalu, ...", "pernah
    meraih ...") on, while one before it stands ("meraih peringkat I ...,
    mengulang capaian tahun sebelumnya"); and none with a target, plan or
    nomination word, nor a relative clause after one ("akan maju Pemkab
    Kulonprogo, yang ... menjadi yang terbaik")."""
    cues = record_cues()
    if a.headline or (a.quoted and not a.label("RANK") and not _hands_to_regions(a)):
        # a quote reports news only with a rank ("“... meraih peringkat II
        # ...,” kata X") or a handover to regions it names ("“... BPK
        # memberikan opini WTP kepada Kabupaten Lebak, Kota Tangerang ...,”")
        return []
    if _HANDED_LATER.search(a.lower):
        return []  # "X terpilih sebagai penerima Y dan akan diserahkan ... mendatang": not yet
    if a.words[:1] == ["bersama"] and cues["past"].search(a.lower):
        # "Bersama 6 kota di Jawa Barat (Kota Depok, ...), Kabupaten Ciamis
        # sebelumnya meraih ...": those named with a winner of the past
        return []
    live = []
    planned = False  # the clause before is a plan; "..., yang ..." goes on with it
    written: list[str] = []  # the clauses as written, split when a plan word needs them
    parts = _CLAUSE_SPLIT.split(a.lower)
    recalls = cues["past"].search(a.lower) is not None  # (most sentences recall nothing)
    recalled = False  # a clause before recalled the past; only "tahun ini, ..." is news again
    recalled_award = False
    if _handed_over_before(a):
        # "Sebelumnya, piala itu diserahkan ...": the word recalls nothing
        parts[0] = parts[0].strip()[len("sebelumnya"):]
    for k, part in enumerate(parts):
        if k == 0 and (recalled_opening(a) or not part.strip()):
            continue
        if recalled:
            if not _NOW_AGAIN.match(part) or recalled_award:
                continue
            recalled = False  # "Setelah tahun lalu ..., tahun ini Kabupaten X meraih ..."
        past = recalls and cues["past"].search(part)
        if past and not _RETAINS.search(part, 0, past.start()):
            # (but "mempertahankan predikat dari tahun lalu" keeps it now; and
            # what the clause tells before it stands: "Kabupaten X berjaya di
            # ajang Y setelah menerima trofi Z")
            before = Words.of(part[:past.start()])
            if not planned and past.group().startswith("setelah") and cues["win"].found(before):
                live.append(before)
            # (an award the recalled clause names is the past one's: "Setelah
            # meraih Piala Adipura dua pekan lalu, kini ... memperoleh
            # penghargaan")
            recalled, recalled_award = True, without_award_names(part) != part
            continue
        words = Words.of(part)
        # (a relative clause, or a list going on: "X mendapat giliran pertama
        # untuk mempresentasikan ..., disusul Y, Z": the plan goes on too)
        relative = part.lstrip().startswith(("yang ", "disusul ", "diikuti "))
        if "besar" in part and cues["shortlist"].search(part):
            planned = True  # "masuk 45 Besar Lomba Desa Wisata": a shortlist, no win
            won = won_after_shortlist(part)
            if won is not None:
                live.append(Words.of(won))
        elif cues["hypothetical"].found(words) and cues["hypothetical"].found(
                plan_free_words(without_award_names(part))):
            # (a plan word inside an award's name plans nothing: "menerima Tim
            # Pengendalian Inflasi Daerah (TPID) Award")
            written = written or clause_parts(a.sentence.text)
            planned = k >= len(written) or cues["hypothetical"].found(
                plan_free_words(outside_names(without_award_names(written[k]))))
        else:
            planned = planned and relative
        if not planned:
            live.append(words)
    return live


def won_after_shortlist(part: str) -> str | None:
    """The win a shortlisted clause (lower case) joins by "dan" ("masuk 8
    besar nasional dan dianugerahi penghargaan ..."), None when none."""
    short = record_cues()["shortlist"].search(part)
    joined = part.find(" dan ", short.end()) if short else -1
    rest = part[joined + 5:] if joined >= 0 else ""
    words = Words.of(rest)
    cues = record_cues()
    return rest if rest and (cues["win"].found(words) or cues["handover"].found(words)) else None


def _hands_to_regions(a: Analysed) -> bool:
    """The sentence hands something over "kepada" two places or more, or
    gives an award it names "bagi" them ("“..., yakni KLA Madya bagi Kota A
    dan Kabupaten B, ...,” ujar ...")."""
    places = [m.start for m in a.label("PLACE")]
    if "kepada" in a.words and record_cues()["handover"].found(Words.of(a.lower)):
        to = a.words.index("kepada")
        return sum(start > to for start in places) >= 2
    awards = a.label("AWARD")
    return any(w == "bagi" and any(0 < k - m.end <= 2 for m in awards)
               and sum(start > k for start in places) >= 2 for k, w in enumerate(a.words))


def ends_live(a: Analysed, live: list[Words]) -> bool:
    """The sentence's last clause is among its ``live`` ones: a colon closing
    it announces news ("... diraih oleh:"), not a hope ("..., harapannya
    pelayanan jadi:")."""
    return bool(live) and live[-1] == Words.of(_CLAUSE_SPLIT.split(a.lower)[-1])


def _terms() -> str:
    return "|".join(re.escape(t) for t in data_json("cues.json")["plan_free_terms"])


@lru_cache(maxsize=1)
def _plan_free_terms() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_terms()})\b", re.I)


def without_plan_free_terms(text: str) -> Words:
    """A clause's words without the names that hold a plan word and plan
    nothing ("Keluarga Berencana", "untuk nominasi UP2K")."""
    return Words.of(_plan_free_terms().sub(" ", text).lower())


@lru_cache(maxsize=1)
def _plan_free() -> re.Pattern[str]:
    cues = data_json("cues.json")
    terms = _terms()
    # the field a winner came out of: "juara 1 dari 10 finalis", "dari tujuh
    # kabupaten/kota yang lolos"
    counts = "|".join(cues["count_words"])
    # a presence to receive it: "datang ke Istana Negara untuk menerima ..."
    present = "|".join(cues["present_to_receive"])
    # (a span of time nearing its end plans nothing: "jelang lima tahun
    # kepemimpinannya")
    return re.compile(rf"\b(?:{terms})\b|\bdari\s+(?:\d+|{counts})\s[^,]*"
                      rf"|\b(?:{present})\b(?:\s+\S+){{0,5}}?\s+untuk\s+menerima\b"
                      rf"|\b(?:men)?jelang\s+(?:\d+|{counts})\s+(?:tahun|bulan|pekan|hari)\b", re.I)


def plan_free_words(text: str) -> Words:
    """A clause's words without the names that hold a plan word and plan
    nothing ("Keluarga Berencana", "jelang lima tahun kepemimpinannya"), and
    without the field a winner came out of ("dari 10 finalis")."""
    return Words.of(_plan_free().sub(" ", text).lower())


def recalled_opening(a: Analysed) -> int:
    """Where the clause ends (its comma) that the sentence opens with to
    recall an earlier win, naming an award of its own after it ("Setelah
    meraih UHC Award ..., Kota Ambon kembali meraih ... pada Paritrana Award
    ...", "Usai menyabet Anugerah KIP, Kota Parepare kembali meraih ..."); 0
    when it opens with none."""
    if not a.words or a.words[0] not in {"setelah", "usai"} or "," not in a.words:
        return 0
    comma = a.words.index(",")
    opening = " ".join(("setelah", *a.words[1:comma]))
    return comma if record_cues()["past"].search(opening) and any(
        m.start > comma for m in a.label("AWARD")) else 0


def _handed_over_before(a: Analysed) -> bool:
    """The sentence opens with "Sebelumnya" and hands over the award the
    story told of, pointed back at or named right after it ("Sebelumnya,
    piala Adipura itu diserahkan Menteri ... di Jakarta, Selasa (18/2/2020)"
    after its parade; "Sebelumnya Piala Adipura diterima langsung oleh Wakil
    Bupati ... pada Selasa, 5 Maret 2024 lalu"): that handover, earlier than
    the news, not an earlier win ("Sebelumnya, Kota X juga pernah menerima
    penghargaan itu pada 2021")."""
    if a.words[:1] != ["sebelumnya"]:
        return False
    skip = 2 if a.words[1:2] == [","] else 1
    rest = a.words[skip:]
    cues = record_cues()
    return (not cues["anaphor_words"].isdisjoint(rest[:8]) or any(
        m.start - skip <= 2 for m in a.label("AWARD"))) and cues["handover"].found(
        Words.of(" ".join(rest))) and not cues["past"].search(" ".join(rest)) and (
        _AGAIN.isdisjoint(rest))


# words that tell of another time the award was won
_AGAIN = frozenset({"juga", "tahun", "kembali", "pula"})


def outside_names(text: str) -> str:
    """The words of a clause outside capitalised names: a plan word in a
    name ("Rencana Kerja Pemerintah") does not make the clause a plan; a
    line in title case ("Bupati Akan Terima Penghargaan") is all words."""
    words = text.split()
    if 2 * sum(w[:1].isupper() for w in words) > len(words):
        return text
    out, run = [], []
    for k, word in enumerate(words):
        if word[:1].isupper() and k:
            run.append(word)
            continue
        out.extend(run if len(run) < 2 else [])
        run = []
        out.append(word)
    out.extend(run if len(run) < 2 else [])
    return " ".join(out)
