"""What was awarded: the award's canonical name, the year of its edition,
the round (provinsi or nasional) with the round's province, and categories.

"Paritrana Award Provinsi Kalimantan Timur Tahun 2025", "Paritrana Award 2024
tingkat Provinsi Jawa Timur", "Kota Layak Anak (KLA) 2025", "Swasti Saba
Wistara", "kategori Pemerintah Kabupaten/Kota".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache

from spacy.tokens import Span

from extractors.cuewords import listed_rank_words
from extractors.gazetteer import gazetteer
from extractors.lexicon import body_openers, data_json, data_jsonl, data_table
from extractors.patterns import award_forms
from extractors.pipeline import Match
from extractors.text import initials

_YEAR = re.compile(r"(?:19|20)\d\d")


def is_year(word: str) -> bool:
    """The word is a year of four digits ("2024")."""
    return _YEAR.fullmatch(word) is not None
CATEGORY_WORDS = frozenset({"kategori", "predikat", "berpredikat", "klaster"})
# kinds of region written before a name, or alone ("yakni provinsi Sulawesi Selatan")
KIND_WORDS = frozenset({"provinsi", "kabupaten", "kota", "desa"})
# a grade in letters ("predikat A", "predikat BB Plus")
_GRADE = re.compile(r"AA|A|BB|B|CC|C|D")
# the words before a tier: "peringkat Nindya diraih ...", "peringkat Emas"
TIER_WORDS = CATEGORY_WORDS | {"peringkat"}
# a misspelt listed award closing a longer name must be spelt closer: "Raihan
# Pritrana Award" closes with Paritrana Award, "Adiupaya Puritama Award" does not
_CLOSING_CUTOFF = 0.9
_AWARD_TAIL_SKIP = {"tingkat", "provinsi", "prov", "tahun", "award", "ke", "edisi", "("}
_NUMERAL = re.compile(r"[IVX]+|\d{1,2}")  # a rank's numeral: "peringkat II Germas Award"


@dataclass(frozen=True)
class AwardMention:
    """An award named in a sentence, with what its name phrase says."""

    award: str
    year: int | None
    level: str | None
    province: str | None
    tier: str | None
    start: int
    end: int  # end of the whole phrase: "Paritrana Award Provinsi Jawa Timur Tahun 2025"


@lru_cache(maxsize=1)
def _tiers() -> dict[str, dict[str, str]]:
    """Per award, tier word -> category ("Kencana" -> "Adipura Kencana")."""
    out = {}
    for row in data_jsonl("awards.jsonl"):
        tiers = {}
        for tier in row.get("tiers", []):
            tiers[tier.lower()] = f"{row['award']} {tier}" if row["award"] == "Adipura" else tier
        out[row["award"]] = tiers
    return out


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return {row["written"]: row["canonical"] for row in data_table("categories.tsv")}


def _trie_pattern(node: dict[str, dict]) -> str:
    """A regular expression for the strings of a character trie, a longer
    string before its prefixes ("" marks where a string ends; a space
    matches any run of spaces)."""
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_pattern(sub)
            for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        body = f"(?:{body})?" if len(alts) == 1 else body + "?"
    return body


def alias_pattern(forms: list[str]) -> re.Pattern[str]:
    """Any of the written forms of award aliases as the ruler matches them:
    whole words, any run of spaces between them, the longest first. Built as
    a trie: a text without an award is scanned once, not once per alias."""
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for ch in " ".join(form.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(r"(?<!\w)" + _trie_pattern(trie) + r"(?!\w)")


@lru_cache(maxsize=1)
def _any_alias() -> re.Pattern[str]:
    return alias_pattern(list(award_forms()))


def without_award_names(text: str) -> str:
    """The text with the listed award names it holds blanked out (a plan
    word in one plans nothing: "menerima Tim Pengendalian Inflasi Daerah
    (TPID) Award")."""
    return _any_alias().sub(" ", text)


def awards_named_only_after(text: str, words: frozenset[str]) -> bool:
    """The text names listed awards, each right after one of ``words`` ("Tugu
    Parasamya Purnakarya Nugraha": a landmark named for the award, no award
    won)."""
    found = list(_any_alias().finditer(text))
    return bool(found) and all(
        (text[:m.start()].split() or [""])[-1].lower() in words for m in found)


def opens_with_award(text: str) -> bool:
    """The text opens with a listed award's name ("Adiwiyata Mandiri" in
    "Sekolah Adiwiyata Mandiri": a kind of school, not one school)."""
    return _any_alias().match(text) is not None


def opens_with_any_award(text: str) -> bool:
    """The text opens with an award's name, listed or not ("Anugerah Adinata
    Syariah 2024": the event, no place)."""
    return opens_with_award(text) or _unlisted_hint().match(text) is not None


@lru_cache(maxsize=1)
def _unlisted_hint() -> re.Pattern[str]:
    """Where an award the list lacks may be named: a head word before a
    capital ("penghargaan Citra ...", "penghargaan kategori Ketahanan
    ...", "anugerah 'Best ..."), or a capitalised word before "Award"."""
    words = _award_name_words()
    heads = "|".join(map(re.escape, sorted(words[0])))
    suffixes = "|".join(map(re.escape, sorted(words[4])))
    contests, won, _ = lower_contest()
    contest = "|".join(map(re.escape, sorted(contests)))
    won_by = "|".join(map(re.escape, sorted(won)))
    return re.compile(rf"(?i:\b(?:{heads}))\s+(?:(?:sebagai|kategori|menjadi)\s+|['\"“‘]\s*)?"
                      r"[A-Z0-9]"
                      rf"|[A-Z][\w-]*\)?\s+(?i:(?:{suffixes})\b)"
                      rf"|(?i:\b(?:{won_by})\b)(?:\s+\S+){{0,2}}?\s+(?:{contest})\s+[a-z]")


def names_an_award(text: str) -> bool:
    """Whether the text names an award the way the span ruler or
    ``unlisted_awards`` finds one (the alias as written, a whole word; a head
    word and a capitalised name): an article without one gives no record,
    and most pages of a site name none. "IGA" is an award, "tiga" is not."""
    if _any_alias().search(text) is not None:
        return True
    low = text.lower()  # (the hint needs one of its words: most pages have none)
    return any(w in low for w in _hint_words()) and _unlisted_hint().search(text) is not None


@lru_cache(maxsize=1)
def _hint_words() -> frozenset[str]:
    """The words an unlisted award's hint needs: the head words and "award"."""
    heads, _, _, _, suffixes = _award_name_words()
    return heads | suffixes


@lru_cache(maxsize=1)
def lower_contest() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The heads, the words they follow and the stops of a contest written
    in lower case (award_names.json lower_contest)."""
    data = data_json("award_names.json")["lower_contest"]
    return frozenset(data["heads"]), frozenset(data["after"]), frozenset(data["stops"])


def _lower_case_contest(texts: list[str], i: int) -> int | None:
    """Where a contest written in lower case at ``i`` ends, right after a
    rank or a verb of winning it ("juara pertama lomba taman kota
    se-Kaltara": "lomba taman kota"), or opening the sentence ("Lomba
    ketangkasan pemadam kebakaran se-Kabupaten Banjar digelar ..."); None
    when there is none."""
    heads, after, stops = lower_contest()
    if (texts[i].lower() if i == 0 else texts[i]) not in heads or not (
            i == 0 or any(t.lower() in after for t in texts[max(0, i - 4):i])):
        return None
    end = i + 1
    while end < len(texts) and end - i <= 4 and texts[end].isalpha() and (
            texts[end].islower() and texts[end] not in stops):
        end += 1
    return end if end > i + 1 else None


_OPENING_QUOTES = {"'", '"', "“", "‘"}
# a head's word before the title it crowns with: "dinobatkan menjadi BUMD Terbaik"
_CROWNED_AS = {"dinobatkan": {"menjadi"}}


def _by_inner_acronym(name: str) -> str:
    """A name with the acronym of some of its words in brackets before its
    last word goes by the acronym: "Top Government Public Relations (GPR)
    Award" is "Top GPR Award", "Arsip Nasional Republik Indonesia (ANRI)
    Awards" "ANRI Awards"."""
    m = re.fullmatch(r"(.+?)\s*\(\s*([A-Z]{2,})\s*\)\s+(\S+)", name)
    if m is None:
        return name
    words = m.group(1).split()
    spelt = next((k for k in range(len(words)) if initials(words[k:]).upper() == m.group(2)),
                 None)
    return name if spelt is None else " ".join([*words[:spelt], m.group(2), m.group(3)])


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or (text[:1].isdigit() and any(c.isupper() for c in text))


@lru_cache(maxsize=1)
def _award_name_words() -> tuple[frozenset[str], ...]:
    """heads, dropped, joiners, not_first, suffixes of award_names.json."""
    data = data_json("award_names.json")
    return tuple(frozenset(data[key]) for key in (
        "heads", "dropped", "joiners", "not_first", "suffixes"))


def award_heads() -> frozenset[str]:
    """The head words an award's name opens with ("penghargaan", "anugerah")."""
    return _award_name_words()[0]


def may_name_unlisted_award(words: list[str]) -> bool:
    """A sentence (its words in lower case) has a word an unlisted award's
    name needs: a head word or "award"."""
    heads, _, _, _, suffixes = _award_name_words()
    return not (heads.isdisjoint(words) and suffixes.isdisjoint(words))


def unlisted_awards(texts: list[str], taken: set[int], blocked: set[int],
                    by_category: bool = False) -> list[Match]:
    """Awards the award list lacks, named the way awards are: a head word and
    a capitalised name ("penghargaan Citra Pelayanan Prima", "penghargaan
    Keselamatan dan Kesehatan Kerja (K3)", "Anugerah Pandu Negeri"), or a
    capitalised name closed by "Award" ("APBD Award"). The id is the name
    without a head word that is no part of it ("Citra Pelayanan Prima") and
    without its acronym in brackets. ``texts`` are a sentence's tokens;
    ``taken`` the tokens of awards already found, ``blocked`` where a place or
    an official's title starts (no award's name opens with one). With
    ``by_category``, for an article that names no award otherwise: an award
    named by its category alone ("piagam penghargaan kategori Ketahanan
    Pangan"), or a contest written in lower case right after a rank ("juara
    pertama lomba taman kota")."""
    heads, dropped, joiners, not_first, suffixes = _award_name_words()
    skipped = {"sebagai", "kategori"} if by_category else {"sebagai"}
    n = len(texts)
    out: list[Match] = []
    i = 0
    while i < n:
        low = texts[i].lower()
        start = end = None
        if low in heads and i + 1 < n and i not in taken and i + 1 not in taken and not (
                i and texts[i - 1] in body_openers()):
            # (not a word of a body's name: "BUMDesa Anugerah Sungai Rasau")
            # "penghargaan sebagai Pembina Keselamatan dan Kesehatan Kerja",
            # "anugerah 'Best Governor for Rural Development'"
            j = i + 2 if (texts[i + 1].lower() in skipped or texts[i + 1] in _OPENING_QUOTES or (
                texts[i + 1].lower() in _CROWNED_AS.get(low, ()))) and i + 2 < n else i + 1
            # (in an article naming no award otherwise, a kind of region opens
            # a name when no place follows it: "penghargaan Kota Pusaka", not
            # "penghargaan Kota Bogor")
            if _capitalised(texts[j]) and j not in blocked and (
                    texts[j].lower() not in not_first or (
                        by_category and texts[j].lower() in KIND_WORDS and j + 1 < n
                        and j + 1 not in blocked and _capitalised(texts[j + 1]))):
                end = j
                while end < n and end not in taken and end - i <= 8 and (
                        end == j or _goes_on_with_name(texts, end, not_first, blocked)
                ) and (_capitalised(texts[end]) or (texts[end].lower() in joiners
                                                     and end + 1 < n
                                                     and _capitalised(texts[end + 1]))):
                    end += 1
                start = i
        elif low in suffixes and texts[i][:1].isupper() and i not in taken:
            j = i
            inner = j > 3 and texts[j - 1] == ")" and texts[j - 3] == "(" and texts[j - 2].isupper()
            if inner:
                j -= 3  # "Top Government Public Relations (GPR) Award": its acronym inside
            longest = 5 + i - j
            while j > 0 and i - j < longest and _capitalised(texts[j - 1]) and j - 1 not in taken:
                j -= 1

            # (nor a rank's numeral: "peringkat II Germas Award")
            run = j
            while j < i and (texts[j].lower() in not_first or j in blocked
                             or _NUMERAL.fullmatch(texts[j])):
                j += 1
            if j == i and run < i and i - 1 in blocked and _capitalised(texts[i - 1]):
                j = i - 1  # a place's or an office's own award: "Jatim Award", "Bupati Award"
            # "Peringkat Ketiga Raihan Pritrana Award": a listed award
            # misspelt closes the words before it
            j = next((k for k in range(i - 1, j, -1)
                      if _listed_lookalike(" ".join(texts[k:i + 1]), _CLOSING_CUTOFF)), j)
            if j < i:
                start, end = j, i + 1
        if start is None and by_category and i not in taken and (
                contest_end := _lower_case_contest(texts, i)):
            start, end = i, contest_end
        if start is None or end is None:
            i += 1
            continue
        beside = {start - 1, start - 2, end, end + 1} & taken
        acronym = None
        if end + 2 < n and texts[end] == "(" and texts[end + 2] == ")":
            acronym = _acronyms().get(texts[end + 1])
            end += 3  # "(K3)"
        words = texts[start:end]
        name = " ".join(w for k, w in enumerate(words)
                        if not (k == 0 and w.lower() in dropped) and w.lower() not in skipped
                        and w not in _OPENING_QUOTES and not (
                            k == 1 and w.lower() in _CROWNED_AS.get(low, ())))
        name = _by_inner_acronym(name)
        name = re.sub(r"\s*\([^)]*\)", "", name).strip()
        # "Penghargaan Jaminan Sosial Ketenagakerjaan (Paritrana Award)": a
        # listed award spelt out; one word after a head word is no name
        # ("penghargaan Utama"), unless it is an acronym
        # (a tier named as such beside a listed award, "penghargaan Predikat
        # Madya pada ajang ... Kota Layak Anak", is that award's category)
        tier_only = bool(taken) and len(name.split()) == 2 and bool(tier_at(name.lower().split()))
        if not beside and not tier_only and (len(name.split()) > 1 or low in suffixes or (
                name.isupper() and name.isalnum() and sum(c.isalpha() for c in name) >= 3)):
            # an acronym: "Penghargaan DTU", "penghargaan TP2DD"
            # "Penghargaan Sanitasi Total Berbasis Masyarakat (STBM)
            # Berkelanjutan": the listed award its acronym names
            if name.islower():  # a contest written in lower case: "Lomba Taman Kota"
                name = name.title()
            award = acronym or _listed_lookalike(name) or _award_of_tier(words) or name
            written = re.sub(r"\(\s+|\s+\)", lambda m: m.group().strip(), " ".join(words))
            out.append(Match("AWARD", award, start, end, written))
        i = end
    return out


def _goes_on_with_name(texts: list[str], k: int, not_first: frozenset[str],
                       blocked: set[int]) -> bool:
    """The word at ``k`` may go on with an award's name: none that opens no
    name (who gives it, where, when), but "Terbaik" inside one with no
    ordinal after it ("trofi Perencanaan Terbaik tingkat Provinsi Jambi";
    not "Inovasi Daerah Terbaik II", a rank), "The" after a joiner ("OPD
    of The Year") and the country closing it."""
    word = texts[k].lower()
    if k in blocked:
        return False
    if word == "the" and k and texts[k - 1].lower() in _award_name_words()[2]:
        return True  # "OPD of The Year": an English name's article after its joiner
    if word == "terbaik":
        after = texts[k + 1].lower() if k + 1 < len(texts) else ""
        return not (after in listed_rank_words() or after.isdigit() or after in {"i", "v", "x"})
    if word in _countries():
        # the country closing a name: "Anugerah Humas Indonesia 2022" (not
        # opening one, nor inside a run going on: "Indonesia Sehat Award")
        return not (k + 1 < len(texts) and _capitalised(texts[k + 1]))
    return word not in not_first


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The country's names of one word (cues.json country_names)."""
    return frozenset(w for w in data_json("cues.json")["country_names"] if " " not in w)


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, str]:
    """Upper-case words of listed aliases -> their award ("STBM" -> "STBM
    Award"), where the word belongs to one award only."""
    found: dict[str, set[str]] = {}
    for row in data_jsonl("awards.jsonl"):
        for alias in row["aliases"]:
            if alias.isupper():
                continue  # "ADIPURA": a name in capitals, not an acronym
            caps = [w for w in alias.split() if w.isupper() and w.isalpha()]
            if len(caps) == 1 and 3 <= len(caps[0]) <= 6:  # not "TOP BUMD Award"
                found.setdefault(caps[0], set()).add(row["award"])
    return {word: awards.pop() for word, awards in found.items() if len(awards) == 1}


def _award_of_tier(words: list[str]) -> str | None:
    """The listed award whose tier a head word names ("Anugerah Wistara":
    the Swasti Saba's top tier), when one award has that tier."""
    if len(words) != 2:
        return None
    owners = [award for award, tiers in _tiers().items() if words[1].lower() in tiers]
    return owners[0] if len(owners) == 1 else None


@lru_cache(maxsize=4096)
def _listed_lookalike(name: str, cutoff: float = 0.85) -> str | None:
    """The listed award a name misspells ("Panitrana Award", "Inovatif
    Government Award")."""
    if " " not in name and name.isupper():
        return None  # an acronym is no misspelling of another: "LPPD" is no "PPD"
    forms = award_forms()
    close = get_close_matches(name, list(forms), n=1, cutoff=cutoff)
    # (an acronym is no misspelling of another: "SPM Awards" is no "STBM Awards")
    return forms[close[0]] if close and _capitals(close[0]) == _capitals(name) else None


def _capitals(name: str) -> list[str]:
    """The words of a name written in capitals (its acronyms; none in a name
    written all in capitals, "PARITNARA AWARD")."""
    words = name.split()
    caps = [w for w in words if len(w) > 1 and w.isupper()]
    return [] if len(caps) == len(words) else caps


def for_staff(award: str | None) -> bool:
    """The award honours a government's own staff for their service
    ("Satyalancana Karya Satya" for 10, 20 or 30 years), no region or body:
    awards.jsonl marks it "staff"."""
    return award in _staff_awards()


@lru_cache(maxsize=1)
def _staff_awards() -> frozenset[str]:
    return frozenset(row["award"] for row in data_jsonl("awards.jsonl") if row.get("staff"))


def ranked_by_ordinal(award: str) -> bool:
    """An ordinal right after the award's name is its winner's rank ("Pakarti
    Utama II": second): awards.jsonl marks it "ranked"."""
    return award in _ranked_awards()


@lru_cache(maxsize=1)
def _ranked_awards() -> frozenset[str]:
    return frozenset(row["award"] for row in data_jsonl("awards.jsonl") if row.get("ranked"))


def award_level(award: str) -> str | None:
    """The round an award only has ("nasional" for UHC Award, Adipura ...)."""
    return next((row.get("level") for row in data_jsonl("awards.jsonl")
                 if row["award"] == award), None)


def award_mentions(doc: Span, awards: list[Match], places: list[Match]) -> list[AwardMention]:
    """Awards named in a sentence with the year, round and tier their phrase gives."""
    by_place = {s.start: s for s in places}
    out: list[AwardMention] = []
    for span in awards:
        if out and _another_name_for(doc, out[-1].end, span.start):
            continue  # "Keselamatan dan Kesehatan Kerja (K3) atau zero accident": one award
        year = level = province = tier = None
        tiers = _tiers().get(span.id_, {})
        i, limit = span.end, span.end + 8
        while i < len(doc) and i < limit:
            tok = doc[i]
            low = tok.lower_
            if is_year(tok.text):
                year = year or int(tok.text)
            elif low in tiers and tier is None:
                tier = tiers[low]
            elif low == "nasional" and i and doc[i - 1].lower_ == "tingkat":
                level = "nasional"
            elif i in by_place:
                region = gazetteer().province(by_place[i].id_)
                if region:
                    province = region.name
                    level = level or "provinsi"
                i = by_place[i].end
                continue
            elif low == "provinsi" and doc[i - 1].lower_ == "tingkat":
                level = "provinsi"
            elif tok.text == ")" and i == span.end:
                pass  # "Penghargaan Jaminan Sosial (Paritrana Award) Provinsi Bali 2024"
            elif low in CATEGORY_WORDS and (level_at := next(
                    (k for k in range(i + 2, min(i + 6, len(doc))) if doc[k].lower_ == "tingkat"),
                    None)):
                limit += level_at - i
                i = level_at  # "Paritrana Award 2024 kategori UMKM tingkat Provinsi Jawa Tengah"
                continue
            elif tok.text == "(":
                close = next((k for k in range(i + 1, min(i + 5, len(doc)))
                              if doc[k].text == ")"), None)
                if close:
                    i = close + 1
                    continue
            elif (tok.is_punct and tok.text != "(") or (
                    low not in _AWARD_TAIL_SKIP and not tok.is_punct):
                break
            i += 1
        # "Anugerah Wistara": the tier is the name
        tier = tier or next((tiers[t.lower_] for t in doc[span.start:span.end]
                             if t.lower_ in tiers), None)
        out.append(AwardMention(span.id_, year, level, province, tier, span.start, i))
    return out


def _another_name_for(doc: Span, end: int, start: int) -> bool:
    """The award starting at ``start`` is another name for the one ending at
    ``end``: only "atau" (or "alias") between them, past the first one's
    short form in brackets."""
    between = [t.lower_ for t in doc[end:start]]
    if between[:1] == ["("] and ")" in between:
        between = between[between.index(")") + 1:]
    return between in (["atau"], ["alias"])


def level_phrase(doc: Span) -> str | None:
    """"tingkat nasional"/"tingkat provinsi" anywhere in a sentence."""
    for i in range(len(doc) - 1):
        if doc[i].lower_ == "tingkat":
            nxt = doc[i + 1].lower_
            if nxt == "nasional":
                return "nasional"
            if nxt == "provinsi":
                return "provinsi"
    return None


def _canonical_category(written: str) -> str:
    """The canonical category of a phrase, also when words precede a known
    one of two or more words ("Badan Publik Pemerintah Kabupaten/Kota")."""
    known = _categories()
    words = written.lower().split()
    for k in range(len(words) - 1):
        tail = " ".join(words[k:])
        if tail in known and (k == 0 or len(words) - k >= 2):
            return known[tail]
    return known.get(written.lower(), written)


def names_a_category(name: str) -> bool:
    """The whole of ``name`` is a category phrase ("Badan Usaha Milik
    Daerah", "Perguruan Tinggi Negeri"): a kind of body, none by name."""
    return name.lower() in _categories()


@lru_cache(maxsize=1)
def _written_phrases() -> dict[tuple[str, ...], str]:
    return {tuple(written.split()): canonical for written, canonical in _categories().items()}


def tiers_of(award: str) -> dict[str, str]:
    """The tier words of a listed award (lower case) -> its category."""
    return _tiers().get(award, {})


@lru_cache(maxsize=1)
def any_tier() -> dict[str, str]:
    """Tier word of any listed award -> its category."""
    return {word: category for tiers in reversed(_tiers().values())
            for word, category in tiers.items()}


def tier_at(words: list[str]) -> list[tuple[int, str]]:
    """Tiers named as such (``words`` in lower case): "peringkat Nindya",
    "predikat utama" -> (index of the tier word's head, category)."""
    if TIER_WORDS.isdisjoint(words):
        return []
    tiers = any_tier()
    return [(i, tiers[words[i + 1]]) for i in range(len(words) - 1)
            if words[i] in TIER_WORDS and words[i + 1] in tiers]


def category_at(words: list[str], j: int) -> tuple[str, int] | None:
    """The category a listed phrase starting at ``j`` names, in any case
    ("kota sedang" -> "Kota Sedang"), and where it ends; the longest first."""
    phrases = _written_phrases()
    for n in range(min(6, len(words) - j), 0, -1):
        found = phrases.get(tuple(words[j:j + n]))
        if found:
            return found, j + n
    return None


@lru_cache(maxsize=1)
def _rank_heads() -> frozenset[str]:
    return frozenset(data_json("ranks.json")["heads"])


def _ranked_for(words: list[str], k: int) -> bool:
    """"untuk" after a rank opens the category it was won in ("Ranking 3
    untuk Implementasi Manajemen Kinerja")."""
    return words[k] == "untuk" and k > 1 and words[k - 2] in _rank_heads() and (
        words[k - 1].isdigit() or words[k - 1] in listed_rank_words())


def _rank_before_name(doc: Span, words: list[str], k: int) -> bool:
    """A rank's numeral at ``k`` (after its head) with a capitalised word
    after it ("peringkat 3 Perencanaan Kebutuhan")."""
    return 0 < k < len(words) - 1 and (
        words[k].isdigit() or words[k] in listed_rank_words()) and doc[k + 1].text[:1].isupper()


def categories(doc: Span, words: list[str], stop: set[int]) -> list[tuple[int, str]]:
    """Categories stated in a sentence: (token index, category). "kategori
    yang sama" / "kategori ini" give "=" (the previous category). ``words``
    are the doc's tokens in lower case."""
    out = tier_at(words)
    named = {i for i, _ in out}
    n = len(words)
    # (in a sentence naming categories, a rank right before a capitalised run
    # opens another: "peringkat 2 kategori Penilaian Kompetensi dan peringkat 3
    # Perencanaan Kebutuhan")
    heads = _rank_heads() if not CATEGORY_WORDS.isdisjoint(words) else frozenset()
    for i in (k for k, w in enumerate(words) if (
            w in CATEGORY_WORDS or _ranked_for(words, k) or (
                k and words[k - 1] in heads and _rank_before_name(doc, words, k)))
              and k not in named):
        j = i + 1
        if j < n and (words[j] in {"ini", "tersebut", "itu"} or (
                j + 1 < n and words[j] == "yang" and words[j + 1] == "sama")):
            out.append((i, "="))
            continue
        phrase: list[str] = []
        if j < n and doc[j].text in _OPENING_QUOTES and j not in stop:
            j += 1  # "dengan predikat 'Sangat Baik'", "kategori \"BAIK\""
        while j < n and j not in stop:
            t = doc[j]
            if t.text[:1].isupper() or t.text == "/" or (
                    t.lower_ == "dan" and phrase and j + 1 < n and doc[j + 1].text[:1].isupper()):
                phrase.append(t.text)
                j += 1
            else:
                break
        while phrase and phrase[-1].lower() == "dan":
            phrase.pop()  # "kategori Nindya dan UHC Award ...": the next award
        if len(phrase) > 1 and _GRADE.fullmatch(phrase[0]) and phrase[1] != "Plus":
            del phrase[1:]  # "SAKIP Predikat A Rapor ...": a grade, and a headline goes on
        if phrase and words[i] not in CATEGORY_WORDS and names_an_award(" ".join(phrase)):
            continue  # "peringkat 2 Paritrana Award": the award, no category
        if phrase:
            written = " ".join(phrase).replace(" / ", "/")
            out.append((i, _canonical_category(written)))
        elif (listed := category_at(words, i + 1)) and not stop & set(range(i + 1, listed[1])):
            out.append((i, listed[0]))  # "kategori kota sedang"
    # (not one set aside: "Selain kategori Emas, 9 pabrik lainnya menerima ... Hijau")
    return sorted((i, c) for i, c in out if "selain" not in words[max(0, i - 2):i])
