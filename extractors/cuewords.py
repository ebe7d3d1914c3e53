"""Cue-word lists (``data/cues.json``) tested against a clause's words.

A cue list such as "win" or "hypothetical" holds words and short phrases.
Scanning a clause with one regular-expression alternation per list costs a
few microseconds per list and clause, and the record assembly asks a dozen
lists about every clause; splitting the clause into words once and testing
each list with a set lookup gives the same answer (whole words, as ``\\b``
would) at a fraction of the cost. ``record_cues`` builds every list the
record rules ask, once.
"""
from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from extractors.lexicon import data_json

if TYPE_CHECKING:
    from spacy.tokens import Span

# Everything that is not a word character in press-release text.
_NOT_WORD = str.maketrans({c: " " for c in string.punctuation + "“”‘’«»–—…•·"})


def _words(text: str) -> list[str]:
    return text.lower().translate(_NOT_WORD).split()


@dataclass(frozen=True)
class Words:
    """A clause as cue lists see it: its lower-case text, its words joined by
    single spaces (padded, so phrases match whole words) and its word set."""

    raw: str
    joined: str
    set: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Words:
        return _words_of(text)


@lru_cache(maxsize=2048)
def _words_of(text: str) -> Words:
    """``Words.of``, remembered: the rules ask about the same sentence and
    clause texts many times over."""
    words = _words(text)
    return Words(text.lower(), f" {' '.join(words)} ", frozenset(words))


class Cue:
    """One cue list: does a clause contain any of its words or phrases?"""

    def __init__(self, phrases: Iterable[str], suffix: str = ""):
        forms = [" ".join(_words(p + s)) for p in phrases for s in {"", suffix}]
        self._single = frozenset(f for f in forms if " " not in f)
        # phrases by their first word: only those whose first word the clause
        # has are looked for
        self._phrases: dict[str, tuple[str, ...]] = {}
        for f in forms:
            if " " in f:
                first = f.split()[0]
                self._phrases[first] = (*self._phrases.get(first, ()), f" {f} ")
        self._firsts = frozenset(self._phrases)

    def found(self, words: Words) -> bool:
        """Whether the clause has one of the cues, as whole words."""
        if not self._single.isdisjoint(words.set):
            return True
        return not self._firsts.isdisjoint(words.set) and any(
            p in words.joined for first in self._firsts & words.set
            for p in self._phrases[first])

    def search(self, text: str) -> bool:
        """``found`` for a text not yet split into words."""
        return self.found(Words.of(text))

    def has_word(self, word: str) -> bool:
        """Whether one lower-case word is a cue of one word (a set lookup,
        for scans word by word)."""
        return word in self._single


class Phrases:
    """Phrases of one or more lower-case words, looked for at one position of
    a clause's words: only those whose first word is there are compared."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]):
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(set(phrases), key=len, reverse=True):
            self._by_first.setdefault(phrase[0], []).append(phrase)
        # (the most words any phrase has; the words phrases open with)
        self.longest = max((len(found[0]) for found in self._by_first.values()), default=0)
        self.firsts = frozenset(self._by_first)

    def at(self, words: Sequence[str], i: int) -> int:
        """How many words the longest phrase opening at ``i`` of the
        lower-case ``words`` has, 0 when none opens there."""
        if i >= len(words):
            return 0
        for phrase in self._by_first.get(words[i], ()):
            if tuple(words[i:i + len(phrase)]) == phrase:
                return len(phrase)
        return 0

    def at_token(self, doc: Span, i: int) -> int:
        """``at`` for token ``i`` of a spaCy span, reading only as many
        tokens as the longest phrase its word may open."""
        phrases = self._by_first.get(doc[i].lower_) if i < len(doc) else None
        if not phrases:
            return 0
        return self.at([t.lower_ for t in doc[i:i + len(phrases[0])]], 0)


@dataclass(frozen=True)
class Recall:
    """The words that recall the past (cues.json past), but not one a
    comparison opens and a comma closes ("Seperti tahun sebelumnya, ..."; but
    "seperti tahun sebelumnya yang dimenangkan oleh X" recalls X's win), nor
    the win a name was made by ("mengharumkan nama Provinsi X setelah meraih
    ..."): ``search`` as a pattern's, the first that recalls."""

    pattern: re.Pattern[str]
    compared: re.Pattern[str]  # a comparison ending right before a match
    honoured: re.Pattern[str]  # an honour verb a while before "setelah"

    def search(self, text: str) -> re.Match[str] | None:
        for m in self.pattern.finditer(text):
            if not (self.compared.search(text, max(0, m.start() - 30), m.start())
                    and text[m.end():m.end() + 2].lstrip()[:1] == ",") and not (
                    m.group().startswith("setelah") and self.honoured.search(
                        text, max(0, m.start() - 60), m.start())):
                return m
        return None


@lru_cache(maxsize=1)
def record_cues() -> dict[str, Any]:
    """The cue lists the record rules ask, built once: word cues, phrase
    patterns and plain word sets, by name."""
    cues = data_json("cues.json")

    def words(key: str, suffix: str = "") -> Cue:
        return Cue(cues[key], suffix)

    return {"win": words("win"), "handover": words("handover"),
            "handover_nouns": words("handover_nouns"),
            "win_weak": words("win_weak"),
            "strong_objects": words("strong_objects", "nya"),
            "sequence": words("sequence"),
            "presenter_after": frozenset(cues["presenter_after"]),
            "enumeration": re.compile(
                r"\b(?:" + "|".join(re.escape(w) for w in cues["enumeration"]) + r")\b"),
            "list_subjects": words("list_subjects"),
            "owners": frozenset(cues["owner_words"]),
            "rank": Cue(data_json("ranks.json")["heads"]),
            "objects": words("award_objects", "nya"), "event": words("event"),
            "hypothetical": words("hypothetical"), "failed": words("failed"),
            "unfinished": words("unfinished"), "lesser": words("lesser_grades"),
            "headline_wins": words("headline_wins"),
            "past": Recall(re.compile("|".join(cues["past"])), re.compile(
                r"\b(?:" + "|".join(cues["comparisons"]) + r")\s+(?:tahun(?:-tahun)?\s+)?$"),
                re.compile(r"\b(?:" + "|".join(cues["honour_verbs"]) + r")\s+nama\b")),
            "shortlist": re.compile("|".join(cues["shortlist"])),
            "breaks": frozenset(cues["clause_breaks"]),
            "confers_on": frozenset(cues["confers_on"]),
            "conferred_by": frozenset(cues["conferred_by"]),
            "village_peers": frozenset(cues["village_peers"]),
            "each_words": frozenset(cues["each_words"]),
            "list_headings": frozenset(cues["list_headings"]),
            "hosting": words("hosting"),
            "honours": frozenset(cues["honour_verbs"]),
            "pride": frozenset(cues["pride_words"]),
            "likewise": frozenset(cues["likewise"]),
            "links": frozenset(cues["link_words"]),
            "visitors": frozenset(cues["visitors"]),
            "landmarks": frozenset(cues["landmarks"]),
            "parade": Phrases(tuple(p.split()) for p in cues["parade_words"]),
            "visits": Cue(cues["visit_words"]),
            "reports": frozenset(cues["report_words"]),
            "standing_verbs": frozenset(cues["standing_words"]["verbs"]),
            "standing_measures": Cue(cues["standing_words"]["measures"]),
            "received": frozenset(cues["received_verbs"]),
            "regional_offices": frozenset(cues["regional_offices"]),
            "branch_words": frozenset(cues["branch_words"]),
            "branch_heads": frozenset(cues["branch_heads"]),
            "branch_parts": frozenset(cues["branch_parts"]),
            "led_by": frozenset(cues["led_by"]),
            "led_under": frozenset(cues["led_under"]),
            "national_body_ends": tuple(cues["national_body_ends"]),
            "outranked": frozenset(cues["outranked"]),
            # above or below the winner before: no winners of its rank
            "ranked_against": frozenset(cues["ranked_above"] + cues["ranked_below"]),
            "ranked_after": frozenset(cues["ranked_after"]),
            "anaphor_heads": cues["anaphor_heads"],
            # "Keduanya", "Mereka", "Kedua puskesmas tersebut", "Tiga desa itu"
            "collective": re.compile(
                r"^(?:" + "|".join(cues["collective_anaphors"]) + r"|(?:ke)?(?:"
                + "|".join(cues["count_words"]) + r")\s+[\w/-]+\s+(?:tersebut|itu))\b"),
            # "Kesepuluh sekolah yakni ...", "Ketiga daerah tersebut adalah ...",
            # "Ketiga pasar itu, Pasar A, ...", "Daerah-daerah tersebut meliputi
            # ...": the group counted before, listed
            "counted_group": re.compile(
                r"^(?:ke(?:" + "|".join(cues["count_words"]) + r")(?:nya)?(?:\s+[\w/-]+){0,2}?"
                r"(?:\s+(?:tersebut|itu))?|(?:" + "|".join(cues["count_words"]) + r"|\d+)"
                r"(?:\s+[\w/-]+){1,2}?\s+(?:tersebut|itu)|(?P<kind>[a-z]+)-(?P=kind)"
                r"\s+(?:tersebut|itu))\s*,?\s+(?:yakni|yaitu|adalah|"
                r"ialah|meliputi|masing-masing|terdiri (?:dari|atas))\b"
                r"|^ke(?:" + "|".join(cues["count_words"]) + r")(?:\s+[\w/-]+){1,2}?"
                r"\s+(?:tersebut|itu)\s*,\s"),
            "anaphor_words": frozenset(cues["anaphor_words"]),
            "continues": frozenset(cues["list_continues"]),
            "followed_by": frozenset(cues["followed_by"]),
            "collective_receivers": frozenset(cues["collective_receivers"]),
            "appreciates": frozenset(cues["appreciates"]),
            "announces": frozenset(cues["announces"]),
            "speaking_verbs": frozenset(cues["speaking_verbs"]),
            "buildings": frozenset(cues["building_heads"]),
            "delegates": frozenset(cues["delegate_words"]),
            "delivers": frozenset(cues["delivers"]),
            "shared_heads": frozenset(cues["shared_heads"]),
            "led_events": frozenset(cues["led_events"]),
            "then_openers": re.compile(
                r"^(?:" + "|".join(map(re.escape, cues["then_openers"])) + r")\b"),
            "now_openers": re.compile(
                r"^(?:" + "|".join(map(re.escape, cues["now_openers"])) + r")\b"),
            "statements": frozenset(tuple(w.split()) for w in cues["statement_words"]),
            "field": frozenset(cues["field_words"]),
            "gestures": frozenset(cues["gestures"]),
            "handouts": frozenset(cues["handouts"]),
            "attendance": frozenset(cues["attendance_words"]),
            "present": frozenset(cues["present_to_receive"]),
            "judging": frozenset(cues["judging_words"]),
            "assessing": frozenset(cues["assessing_verbs"]),
            "signing": frozenset(cues["signing_verbs"]),
            # how ministries' short forms open ("kemen", "kemd": "Kemendagri"):
            # no person's name, nor a place's
            "ministry_prefixes": tuple(cues["not_in_person_name_prefixes"]),
            "capitals": frozenset(cues["capital_venues"]),
            "speech_verbs": frozenset(cues["speech_verbs"]),
            "organisers": frozenset(cues["organiser_verbs"]),
            "partners": frozenset(cues["partner_words"]),
            "listed_things": frozenset(cues["listed_things"]),
            "purposes": words("purpose_words"),
            "prizes": {key: frozenset(words) for key, words in cues["unnamed_prizes"].items()},
            # the passive verbs of giving ("diserahkan oleh ...")
            "givers": frozenset(w for w in cues["presenter_before"]
                                if " " not in w and w.startswith("di")),
            # and of watching ("disaksikan oleh ...")
            "watchers": frozenset(w for w in cues["witness_before"]
                                  if " " not in w and w.startswith("di")),
            "filler": frozenset(cues["filler"]),
            "village_heads": cues["village_heads"],
            "going_on": frozenset(cues["going_on"]), "causes": frozenset(cues["causes"]),
            "contest_links": frozenset(cues["contest_links"]),
            "described_by": frozenset(cues["described_by"]),
            "back_to_the_event": re.compile(
                r"^(?:" + "|".join(cues["back_to_the_event"]) + r")\b"),
            "entrants": frozenset(cues["entrants"]),
            "hopes": re.compile(
                r"(?i)\b(?:" + "|".join(re.escape(w) for w in cues["hopes"]) + r")\b"),
            "some_time_ago": re.compile(
                r"\b(?:" + "|".join(re.escape(w) for w in cues["some_time_ago"]) + r")\b"),
            "possession": frozenset(cues["possession_verbs"]),
            "areas": frozenset(cues["area_words"]),
            "counted_prizes": frozenset(cues["counted_prizes"]),
            "vague_counts": frozenset(cues["vague_counts"]),
            "headline_gives": frozenset(cues["headline_gives"]),
            "support": frozenset(cues["support_words"]),
            "setting": frozenset(cues["setting_verbs"]),
            "grade_verbs": frozenset(cues["grade_verbs"]),
            "office_heads": frozenset(cues["office_heads"]),
            "besides": re.compile(r"^(?:" + "|".join(cues["besides"]) + r")\b")}


def gives_gesture(words: list[str], i: int) -> bool:
    """The verb at ``words[i]`` (lower case) gives a gesture, no award:
    "memberikan apresiasi", "memberi ucapan selamat" (but "menyerahkan
    apresiasi" hands over a certificate, and "memberikan apresiasi berupa
    penghargaan", "memberikan apresiasi dan penghargaan" or "memberikan
    apresiasi kepada ... melalui Halal Industry Award" an award)."""
    cues = record_cues()
    if not (words[i] in cues["appreciates"] and i + 1 < len(words) and (
            words[i + 1] in cues["gestures"])):
        return False
    if words[i + 2:i + 3] in (["dan"], ["serta"]) and cues["objects"].found(
            Words.of(" ".join(words[i + 3:i + 5]))):
        return False
    through = next((k for k in range(i + 2, min(i + 10, len(words)))
                    if words[k] in {"berupa", "melalui"}), None)
    return through is None or not cues["objects"].found(Words.of(
        " ".join(words[through + 1:through + 6] if words[through] == "melalui"
                 else words[through + 1:through + 3])))


def hands_out_only(words: list[str]) -> bool:
    """Every handing verb of a sentence (``words``, lower case) hands out a
    thing that is no award, past the adverbs before it: "diserahkan secara
    simbolis santunan kematian kepada ahli waris"; a passive verb, the
    thing its subject names: "Kunci mobil itu diserahkan ..."."""
    cues = record_cues()
    if cues["handouts"].isdisjoint(words):
        return False  # (most sentences hand out nothing of the kind)
    verbs = [i for i, w in enumerate(words) if cues["handover"].has_word(w)]

    def handed(i: int) -> bool:
        if words[i].startswith("di") and i <= _SUBJECT_WORDS and words[0] in cues["handouts"]:
            return True  # a passive's subject: "Kunci mobil itu diserahkan ..."
        i += 1
        while i < len(words) and words[i] in cues["filler"]:
            i += 1
        return i < len(words) and words[i] in cues["handouts"]

    return bool(verbs) and all(map(handed, verbs))


_SUBJECT_WORDS = 4  # the longest subject read before a passive handing verb


@lru_cache(maxsize=1)
def ordinal_words() -> dict[str, int]:
    """Ordinals that stand for a rank after the first rank of a list
    ("kedua", "ke-3", "III"); not the one-letter numerals ("i", "v")."""
    return _rank_words("ordinals")


@lru_cache(maxsize=1)
def listed_rank_words() -> dict[str, int]:
    """The ordinals, and the cardinals that go on with a list of ranks
    ("pada peringkat dua dan tiga")."""
    return {**ordinal_words(), **_rank_words("cardinals")}


@lru_cache(maxsize=1)
def every_ordinal() -> dict[str, int]:
    """Every one-word ordinal, the one-letter numerals and digits too ("II",
    "2"), for where nothing but a rank can follow (after "Pakarti Utama")."""
    return _rank_words("ordinals", every=True)


def _rank_words(key: str, every: bool = False) -> dict[str, int]:
    return {form: int(rank) for rank, forms in data_json("ranks.json")[key].items()
            for form in forms if " " not in form and (
                every or (len(form) > 1 and not form.isdigit()))}
