"""The ceremony of a set of winners and their records: the award, its year,
level and round, the date, venue and presenter read from the handover, then
the ceremony, then the win sentences; presenters split by category or handing
to one party only.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container
from dataclasses import replace
from datetime import date
from functools import lru_cache, partial
from itertools import pairwise
from typing import Any

from extractors.award import (
    CATEGORY_WORDS,
    TIER_WORDS,
    award_level,
    category_at,
    is_year,
    level_phrase,
    lower_contest,
)
from extractors.awardee import PREFIX_KIND, Mention, counts, region_name
from extractors.cuewords import gives_gesture, record_cues
from extractors.gazetteer import gazetteer
from extractors.lexicon import data_table
from extractors.lists import COUNTED_KINDS
from extractors.people import Official, nicknames
from extractors.record import AwardRecord, Evidence
from extractors.story import (
    REGIONS,
    SOON_DAYS,
    Sentence,
    Story,
    Winner,
    handed_to,
    tells_a_parade,
)
from extractors.text import initials
from extractors.when_where import DAY_SPAN, WEEKDAYS, find_date, find_venue

_WRITTEN_STATEMENT = re.compile(r"\b(?:keterangan\s+(?:tertulis|resmi|pers)\w*|siaran\s+pers"
                                r"|rilis\s+(?:resmi|pers)\w*|(?:dalam|lewat|melalui)\s+keterangannya"
                                r"|(?:jumpa|konferensi)\s+pers)\b")


def _where_a_winner_lies(s: Sentence, venue: str, winners: dict[str, Winner]) -> bool:
    """The venue is the region, its kind written, right after "di" after a
    winner the sentence names ("Pasar Beringharjo di Kota Yogyakarta"; but
    "diraih Desa Wisata Sade di Jakarta, Sabtu" is where it was won), or a
    place so named before the winner's verb ("Desa Wisata X di Malang
    meraih ...")."""
    texts = s.a.texts
    after = [m for m in s.mentions if m.type not in REGIONS and m.name in winners and (
        m.end + 1 < len(texts) and texts[m.end] == "di" and venue.startswith(texts[m.end + 1]))]
    if venue.split()[0].lower() in PREFIX_KIND:
        return bool(after)
    # (a bare place, not the capital, inside the subject before its win verb:
    # "Desa Wisata Pujon Kidul di Malang meraih juara I ...")
    n = len(venue.split())
    return venue.lower() not in record_cues()["capitals"] and any(
        m.end + 1 + n < len(texts) and record_cues()["win"].has_word(texts[m.end + 1 + n].lower())
        for m in after)


def _planned(s: Sentence) -> bool:
    """The sentence tells of the handover or the ceremony still to come, past
    the next few days ("... akan diserahkan pada 29 April mendatang")."""
    cues = record_cues()
    return "akan" in s.whole.set and not (s.a.quoted or s.upcoming or s.handover) and (
        cues["handover"].found(s.whole) or cues["event"].found(s.whole))


def _opens(s: Sentence, o: Official) -> bool:
    """The official is the sentence's subject: named first, after the
    dateline at most ("KOTA, outlet – Gubernur X diwakili Sekda ... membuka
    ...")."""
    return o.start <= 6 and not any(m.start < o.start for m in s.mentions) and not any(
        x.start < o.start for x in s.officials)


def _same_day(date: tuple[str, int, int] | None, handover: tuple[str, int, int] | None) -> bool:
    """A sentence's date (if any) is the handover's (or the handover has none)."""
    return date is None or handover is None or date[0] == handover[0]


def _pick(sentences: list[Sentence], find, kinds: tuple[str, ...] = ("handover", "event", "win")
          ) -> tuple[Any, Sentence] | tuple[None, None]:
    """The first value ``find`` returns, trying the sentences of each of
    ``kinds`` in turn: handover sentences, then ceremony, then win sentences
    (then quotes about the award, with ``_WITH_REMARKS``)."""
    for kind in kinds:
        for s in sentences:
            if getattr(s, kind):
                value = find(s)
                if value is not None:
                    return value, s
    return None, None


_WITH_REMARKS = ("handover", "event", "win", "remarks", "upcoming")


_CONFERS = {"menganugerahkan", "menganugerahi", "menganugrahkan"}


def _sent_by(s: Sentence, o: Official) -> bool:
    """The award comes "dari" the official (not "dari tangan"), or the
    President confers it ("Presiden Joko Widodo menganugerahkan tanda
    kehormatan ... kepada ..."): the giver in whose name it is handed over,
    who need not hand it over."""
    doc = s.a.doc
    if not (0 <= o.start < len(doc) and o.title.startswith(doc[o.start].text)):
        return False  # (one named in this sentence only)
    return (o.start > 0 and doc[o.start - 1].lower_ == "dari") or (
        o.office == "Presiden" and not _CONFERS.isdisjoint(s.a.words))


def _stood_in_for(sentences: list[Sentence], o: Official) -> bool:
    """Someone hands the award over standing in for the official's office
    ("Menteri LH X memberikan penghargaan PROPER kepada PT A. Penyerahan ...
    diberikan oleh Gubernur Bengkulu Y mewakili Menteri Lingkungan Hidup"):
    the official conferred it, the one standing in handed it over."""
    head = o.office.split()[0].lower() if o.office else None
    return head is not None and any(
        w in _STANDS_IN and head in s.a.words[k + 1:k + 3]
        for s in sentences if not _STANDS_IN.isdisjoint(s.whole.set)
        for k, w in enumerate(s.a.words))


# "... mewakili Menteri ...", "Mendagri X menggantikan Presiden Y menyematkan ..."
_STANDS_IN = frozenset({"mewakili", "menggantikan"})


def _quoted_presenter(s: Sentence, winners: dict[str, Winner]) -> Official | None:
    """Who a quote telling of the handover says handed it over (not one it
    thanks: "dukungan dari Menteri ..."), unless an officer of a winner."""
    p = named_presenter(s)
    tells = s.said == s.a.sentence.text  # (its attribution alone otherwise)
    return p if p is not None and tells and not serves_a_winner(p, winners) else None


def _building(venue: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
    """A venue that is more than the capital's name."""
    return None if venue is None or venue[0].lower() in record_cues()["capitals"] else venue


def _a_winners_home(venue: str, winners: dict[str, Winner]) -> bool:
    """A venue that is only the name of a winning region ("Kota Pariaman",
    "Trenggalek")."""
    names = {w.mention.name for w in winners.values()}
    return any(region_name(r) in names for r in gazetteer().candidates(venue)) or (
        venue in names)


_LIES = {"terletak", "berlokasi"}


def _won_some_time_ago(s: Sentence) -> bool:
    """The sentence tells, outside a quote, of the award won or received some
    while ago, on no day ("Penghargaan itu diterima belum lama ini")."""
    cues = record_cues()
    return bool(cues["some_time_ago"].search(s.a.lower)) and not s.a.quoted and (
        s.win or s.handover or not cues["received"].isdisjoint(s.a.words))


def _named_in(m: Mention, venue: str) -> bool:
    """The region ``m`` is named in the venue as written ("Jakarta" in "Hotel
    Mulia, Jakarta")."""
    region = gazetteer().regions.get(m.name)
    return bool(venue) and region is not None and region.bare in venue


def _serves_the_country(m: Mention) -> bool:
    """A body whose name says it serves the whole country ("Lembaga
    Penerbangan dan Antariksa Nasional", "... Republik Indonesia"): it lies
    in no province a story names."""
    name = f" {m.name.lower()}"
    return m.province is None and any(
        name.endswith(f" {end}") for end in record_cues()["national_body_ends"])


def _where_it_lies(art: Story, held_in: str = "") -> set[str]:
    """The provinces of the places a story says its winner lies in ("Desa adat
    ini terletak di Kabupaten Lombok Tengah, Nusa Tenggara Barat"), whose
    round it won ("Lomba Desa tingkat Kabupaten Sleman": its villages), or
    that its winners come from ("Sejumlah perusahaan asal Maluku meraih
    ...") or represent ("Posyandu X, wakil Provinsi Kalimantan Utara, ...", "Desa X
    yang mewakili Provinsi Maluku Utara keluar sebagai peringkat 2"), or
    where the winners counted are ("Tiga desa di Kabupaten Ponorogo meraih
    ...", "Dua UMKM Riau meraih ...") or a contest was held ("pemenang lomba
    desa di Kabupaten Kudus"),
    or the region a contest spans ("lomba Satkamling se-Kabupaten
    Tabanan") or whose office held it ("yang digelar Satpol PP Kabupaten
    Blora"); not a contest held in the city named in ``held_in``, the venue
    of a national round ("Lomba KRPL 2019 di Surabaya")."""
    found = set()
    for s in art.sentences:
        words = s.a.words
        lies = not _LIES.isdisjoint(s.whole.set)
        marks = {"tingkat", "se", "pemda", "daerah"} | (
            {"asal", "wakil", "mewakili", "di"} if s.win else set())
        organisers = record_cues()["organisers"]
        if not lies and marks.isdisjoint(s.whole.set) and organisers.isdisjoint(s.whole.set):
            continue
        for p in s.a.label("PLACE"):
            # ("di Kota Administrasi Jakarta Timur": the kind's full form)
            start = p.start - (p.start > 1 and words[p.start - 1] == "administrasi")
            kind = PREFIX_KIND.get(words[start - 1]) if start else None
            at = start - 1 - (kind is not None)
            at -= at > 0 and words[at] == "-"  # "se-Kabupaten Tabanan"
            if at > 1 and words[at] == ",":
                # ("tiga pekon di Kecamatan Sukamaju, Kabupaten Lampung Barat": past
                # the subdistrict to the word before it)
                sub = at - 1
                while sub > 0 and s.a.texts[sub][:1].isupper() and words[sub] not in _SUBDISTRICT:
                    sub -= 1
                at = sub - 1 if words[sub] in _SUBDISTRICT and sub < at - 1 else at
            mark = words[at] if at >= 0 else None
            if mark == "daerah" and not (at and words[at - 1] == "pemerintah"):
                continue  # (but "Pemerintah Daerah Wakatobi ikut bangga karena Desa X ...")
            # (or the region whose office held the contest: "lomba PBB yang
            # digelar Satpol PP Kabupaten Blora")
            held = kind is not None and not organisers.isdisjoint(words[max(0, at - 3):at + 1])
            # (a contest held in a region: "pemenang lomba desa di Kabupaten
            # Kudus", a few words after its head)
            contest = mark == "di" and not lower_contest()[0].isdisjoint(
                words[max(0, at - 4):at]) and not (held_in and p.id_ in held_in)
            # (or a count of winners of a kind from it: "Dua UMKM Riau meraih ...")
            # (a count, not a year: "Paramakarya 2015 di Jakarta")
            counted = bool(s.win and at > 0 and mark and mark.isalpha() and mark not in marks
                           and not is_year(words[at - 1]) and counts(words[at - 1]))
            if not lies and not held and not counted and (mark not in marks or (
                    mark == "di" and not _counted_before(words, at) and not contest)):
                continue
            region = gazetteer().resolve(p.id_, kind) or gazetteer().province(p.id_)
            if region is not None:
                found.add(region.province)
    return found


_SUBDISTRICT = {"kecamatan", "distrik"}


def _counted_before(words: list[str], at: int) -> bool:
    """A count of a kind right before ``at`` ("tiga desa di", "dua sekolah
    di", "sejumlah desa di"), or of kinds joined ("empat desa/kelurahan di",
    "lima desa dan kelurahan di")."""
    if at > 1 and counts(words[at - 2]):
        return True
    k = at - 1
    while k > 0 and (words[k] in COUNTED_KINDS or words[k] in {"/", "dan"}):
        k -= 1
    return k < at - 1 and counts(words[k])


def _heads_a_winner(official: Official, winners: Container[str]) -> bool:
    """The official heads a winning regency or city ("Bupati Wajo" of
    Kabupaten Wajo)."""
    return serves_a_winner(official, winners) and official.heads_its_region


def serves_a_winner(official: Official, winners: Container[str]) -> bool:
    """The official heads or serves a winning regency or city ("Bupati Wajo"
    of Kabupaten Wajo, "Kabid Perlindungan Anak Kabupaten Labuhanbatu"), and
    so hands its award on at home (a governor hands a provincial round's
    awards over, his province among the winners or not)."""
    region = official.region
    return region is not None and region.kind in {"kabupaten", "kota"} and (
        region_name(region) in winners)


def named_taker(art: Story, s: Sentence) -> Official | None:
    """The official of a region the story names in full elsewhere who, by
    name alone, receives the award the sentence tells of ("Ganjar menerima
    penghargaan yang diberikan Sekjen ..." after "Gubernur Jawa Tengah Ganjar
    Pranowo"), or None."""
    words = s.a.words
    if "menerima" not in words or "selain" in words:
        return None
    at = words.index("menerima")
    while at > 0 and words[at - 1] in _BEFORE_THE_VERB:
        at -= 1
    name = s.a.texts[at - 1] if at else ""
    if not name[:1].isupper():
        return None
    return next((o for x in art.sentences for o in x.officials
                 if o.name and name in o.name.split() and o.region is not None), None)


def hands_to_one(art: Story, s: Sentence) -> bool:
    """A handover sentence with one receiving party after "kepada"
    ("Penghargaan diserahkan Menteri Kesehatan kepada Sekda Karanganyar"):
    its presenter is not the presenter of the other winners the article
    lists ("... kepada seluruh pemenang", "kepada Bupati A dan Wali Kota B"
    are more than one)."""
    if not (s.handover or (s.win and "dari" in s.a.words)):
        return False  # (a win "dari" someone: "Pemprov X mendapat ... dari Presiden Y")
    if "kepada" not in s.a.words:
        # "Wakil Bupati Sidrap menerima penghargaan yang diserahkan Menteri
        # PPPA ...": one receiving official, no other party; "Pemprov Riau
        # diwakili Kepala BKD ... menerima penghargaan tersebut dari Kepala
        # BKN ...": one receiving party
        takers = [o for o in s.officials if o.role == "recipient"]
        # (not the region in the title of the one handing it over: "...
        # diterima oleh Bupati Berau dari tangan Gubernur Kaltim")
        # (nor those watching after the one receiving: "... diterima oleh
        # Bupati Berau ..., disaksikan oleh ... jajaran Forkopimda Kaltim")
        giving = {i for o in s.officials if o.role != "recipient" for i in range(o.start, o.end)}
        first = min([o.start for o in takers] + [m.start for m in s.mentions], default=0)
        watched = next((k for k, w in enumerate(s.a.words) if k > first and w in record_cues()[
            "watchers"]), len(s.a.words))
        party_at: dict[str, int] = {}  # each party the sentence names -> where first
        for m in s.mentions:
            if m.start not in giving and m.start < watched and (full := art.resolve(m)):
                party_at.setdefault(full.name, m.start)
        parties = set(party_at)
        if not takers:
            # (not "Selain Kota Mataram, dua daerah lain ikut menerima ... dari
            # Menkes": the others take it too; "Kota Surabaya menerima Piala
            # Adipura Kencana yang diserahkan langsung oleh Wapres ...": one)
            if not parties:
                # "Ganjar menerima ...", or "Penghargaan itu diserahkan
                # Presiden ..." after one winner was named
                return named_taker(art, s) is not None or _of_the_one_named_before(art, s)
            words = set(s.a.words)
            # (nor "Tiga OPD Pemprov Riau menerima ... dari Gubernur": a count
            # of receivers the one named owns)
            return len(parties) == 1 and (
                s.win or not {"menerima", "menerimanya"}.isdisjoint(words)) and (
                "dari" in words or not record_cues()["givers"].isdisjoint(words)) and (
                "selain" not in words) and not any(map(counts, s.a.words[:min(
                    party_at.values())]))
        return len(takers) == 1 and (len(parties) == 1 or (
            takers[0].region is not None and not parties))
    after = s.a.words.index("kepada")
    ahead = s.a.words[after + 1:after + 3]
    collective = record_cues()["collective_receivers"]
    if set(ahead) & collective or any(w.isdigit() for w in ahead):
        return False
    # (nor "kepada Gubernur dan sejumlah kepala daerah": a party and a group)
    tail = s.a.words[after + 1:after + 10]
    if any(w in {"dan", "serta"} and nxt in collective for w, nxt in pairwise(tail)):
        return False
    if not record_cues()["each_words"].isdisjoint(tail):
        return False  # "kepada Ketua DPRD dan Bupati tiap-tiap kabupaten": to each
    recipients = [o for o in s.officials if o.role == "recipient" and o.start > after]
    inside = {i for o in s.officials for i in range(o.start, o.end)}
    parties = {full.name for m in s.mentions if m.start > after and m.start not in inside
               and handed_to(s, m) and (full := art.resolve(m))}
    parties |= {region_name(o.region) for o in recipients if o.region}
    return len(parties) + len([o for o in recipients if not o.region]) == 1


def _of_the_one_named_before(art: Story, s: Sentence) -> bool:
    """The handover sentence opens on the award a sentence before told of
    ("Penghargaan itu diserahkan Presiden ...", "Piala tersebut ..."), and
    the sentences before it name one winner: it tells of that winner's
    award, and winners named after it ("Penghargaan serupa juga diraih ...")
    were not said to take theirs from the same hands."""
    cues = record_cues()
    opening = s.a.words[:4]
    if not cues["each_words"].isdisjoint(s.a.words) or not any(
            cues["objects"].has_word(w) and nxt in cues["anaphor_words"]
            for w, nxt in pairwise(opening)):
        return False
    named = {full.name for x in art.sentences[:art.sentences.index(s)]
             if x.win and not x.a.headline for m in x.mentions if (full := art.resolve(m))}
    return len(named) == 1


_NAME_AFTER = {"tangan", "oleh"}  # "dari tangan Akmal Malik", "diserahkan oleh Hamka"
# adverbs between a name and its handing verb ("Arif kemudian menyematkan")
_BEFORE_THE_VERB = {"kemudian", "lalu", "juga", "pun", "langsung", "secara", "simbolis",
                    "selanjutnya", "turut"}


_PRONOUNS = {"ia", "dia", "beliau"}


def _handed_to_rank(s: Sentence) -> int | None:
    """The rank a handover sentence hands over to, right after "kepada" (a
    word between or not: "kepada pemenang juara pertama"), or None."""
    words = s.a.words
    if not s.handover or "kepada" not in words:
        return None
    after = words.index("kepada")
    rank = next((r for r in s.a.label("RANK") if after < r.start <= after + 2), None)
    return int(rank.id_) if rank is not None and rank.id_.isdigit() else None


def named_presenter(s: Sentence) -> Official | None:
    """The presenter a sentence names by name (``_handing_presenter`` of
    those)."""
    return _handing_presenter(s, [o for o in s.officials if o.role == "presenter" and o.name])


def _handing_presenter(s: Sentence, presenters: list[Official]) -> Official | None:
    """Of the presenters a sentence names, the one who hands the award over,
    not the one it comes from ("menerima penghargaan dari Presiden X yang
    diserahkan oleh Menteri Y": Y), nor one who could not come; of those it
    comes from, the first."""
    # (nor one joined by "dan" to one it comes from: "dari Menteri A dan
    # Menteri B" are two givers, the first named first)
    given_by: list[Official] = []
    for o in presenters:
        before = s.a.words[o.start - 1:o.start]
        if before == ["dari"] or (before in (["dan"], ["serta"]) and given_by
                                  and given_by[-1].end >= o.start - 2):
            given_by.append(o)
    handing = [o for o in presenters if o not in given_by]
    # "Sejatinya ... diserahkan oleh Presiden X, namun karena berhalangan hadir
    # penghargaan diberikan Menteri Y": the one who came instead hands it over
    absent = next((k for k, w in enumerate(s.a.words) if w == "berhalangan"), None)
    if absent is not None and any(o.start > absent for o in handing):
        handing = [o for o in handing if o.start > absent]
    return next(iter(handing or presenters), None)


def presenter_by_name(art: Story, s: Sentence) -> Official | None:
    """"Hamka menyerahkan seluruh trofi", "menerima trofi dari tangan Akmal
    Malik", "Hendro Wibisono mewakili Presiden menyerahkan ...": a name
    alone before the handing verb (or before the one it stands in for) or
    after "dari tangan", of an official the article names with a title
    elsewhere; "ia (didampingi ...) menyerahkan penghargaan": the official
    named last before."""
    after = record_cues()["presenter_after"]
    words, texts = s.a.words, s.a.texts
    # (not a speaker's: "menurut dia memang diberikan ...")
    pronoun = next((j for j, w in enumerate(words) if w in _PRONOUNS and words[j - 1:j] != [
        "menurut"]), None)
    clause = words[pronoun + 1:pronoun + 12] if pronoun is not None else []
    # (the pronoun's own verb: not "Ia mengucapkan terima kasih kepada ... yang
    # telah memberikan penghargaan ini"; a verb of handing over, not of a
    # gesture: "memberikan apresiasi")
    clause = clause[:next((k for k, w in enumerate(clause) if w in {",", "yang", "kepada"}),
                          len(clause))]
    if any(w in after and not gives_gesture(clause, k) for k, w in enumerate(clause)):
        named = [o for other in art.sentences[:art.sentences.index(s)] if not (
            other.a.headline or other.a.quoted) for o in other.officials if o.name]
        if named:
            return replace(named[-1], role="presenter")
    givers = record_cues()["givers"]
    in_award = {k for sp in s.a.label("AWARD") for k in range(sp.start, sp.end)}
    stood_for = {o.end: o.start for o in s.officials if o.start > 1 and words[o.start - 1] == (
        "mewakili")}
    for j in range(1, len(words)):
        k = j - 1
        while k > 0 and words[k] in _BEFORE_THE_VERB:
            k -= 1  # "Arif kemudian menyematkan ..."
        if k + 1 in stood_for:
            k = stood_for[k + 1] - 2  # "Hendro Wibisono mewakili Presiden menyerahkan ..."
        if words[j] in after and texts[k][:1].isupper() and not gives_gesture(words, j):
            # (not "Muhidin memberi apresiasi ..., yakni penyerahan penghargaan ...")
            word = texts[k]
        elif (words[j - 1] in _NAME_AFTER or words[j - 1] in givers) and (
                texts[j][:1].isupper() and words[j - 2:j] != ["ke", "tangan"]
                and not _received_by(words, j - 1) and j not in in_award):
            # ("disematkan Arif kepada ..."; not "ke tangan X": to whom it is
            # handed; nor "diterima langsung oleh X": who received it; nor
            # "dianugerahkan Investment Award": what is given)
            word = texts[j]
        else:
            continue
        for other in art.sentences:
            for o in other.officials:
                if o.name and word in o.name.split() and not other.a.headline and (
                        _outside_quote(other, o)):
                    return replace(o, role="presenter")
    return None


def _received_by(words: list[str], k: int) -> bool:
    """The "oleh" at ``k`` follows a receiving verb, adverbs between or not
    ("diterima langsung oleh")."""
    j = k - 1
    while j > 0 and words[j] in record_cues()["filler"]:
        j -= 1
    return j >= 0 and words[j] in record_cues()["received"]


def _outside_quote(s: Sentence, o: Official) -> bool:
    """An official named outside a quote: in a sentence with none, or in its
    attribution ("...,” kata Direktur Jenderal P2P Kemenkes Maxi Rein
    Rondonuwu di Jakarta")."""
    if not s.a.quoted:
        return True
    quotes = [k for k, t in enumerate(s.a.texts) if t in {'"', "”"}]
    return bool(quotes) and o.start > quotes[-1]


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


def _named_elsewhere(art: Story, official: Official) -> Official:
    """"Seluruh trofi diserahkan oleh Plh Gubernur": the article names the
    holder of that office elsewhere, outside a quote ("Plh Gubernur
    Kalimantan Timur Sri Wahyuni"; "dari tangan Menaker" -> "Yassierli,
    Menteri Ketenagakerjaan"; "..., ujar Menteri Kesehatan X"); not a
    village head's, whom a story names by many villages ("Lurah
    Panggungharjo (Bantul), Lurah Canden (Bantul), ...")."""
    head = _full_title(official)
    office = _stands_for().get(official.office, official.office)
    if official.office in record_cues()["village_heads"]:
        return official
    for s in art.sentences:
        for o in s.officials:
            # (or the same office of the same region: "Sekda DKI" and
            # "Sekretaris Daerah Provinsi DKI Jakarta")
            same = _full_title(o)[:len(head)] == head or (
                official.region is not None and o.region == official.region
                and _stands_for().get(o.office, o.office) == office)
            if o.name and same and _outside_quote(s, o):
                return replace(official, title=o.title, name=o.name)
    return official


def _named_in_full(art: Story, official: Official) -> Official:
    """"Menteri Siti menyerahkan ...": an official named by one word whom the
    article names in full elsewhere ("Menteri Lingkungan Hidup dan Kehutanan
    Siti Nurbaya"), by the initials of that name ("Wapres JK" after
    "Wapres Jusuf Kalla") or by its first words ("Menkes Budi Gunadi"
    beside "Menteri Kesehatan Budi Gunadi Sadikin"); one named by a known
    nickname ("Presiden Jokowi"), under the full name."""
    short = official.name
    if short in nicknames():
        return replace(official, name=nicknames()[short])  # "Presiden Jokowi"
    if not short:
        return official
    words = short.split()
    spelt = short if short.isupper() and 2 <= len(short) <= 4 else None

    def fuller(name: str) -> bool:
        names = name.split()
        if len(words) > 1:  # (its first words)
            return names[:len(words)] == words and len(names) > len(words)
        return len(names) > 1 and (short in names or spelt == initials(names))

    found = next((o for s in art.sentences for o in s.officials if _outside_quote(s, o)
                  and o.name and fuller(o.name) and _one_office(o, official)), None)
    if found is None:
        return official
    # (named by its first words, the official keeps the title written beside them)
    return replace(official, name=found.name) if len(words) > 1 else replace(
        official, name=found.name, title=found.title)


_ACTING = frozenset({"Plh", "Plt", "Pj", "Penjabat", "Pejabat"})


def _one_office(a: Official, b: Official) -> bool:
    """Whether two officials may hold one office: the head word of either
    title is in the other's ("Menteri Siti", "Menteri LHK Siti Nurbaya"),
    not a governor and the PKK chair named after him ("Gubernur Sugianto",
    "Ketua TP PKK Dewi Sugianto")."""
    full_a, full_b = _full_title(a), _full_title(b)
    head_a = next((w for w in full_a if w not in _ACTING), None)
    head_b = next((w for w in full_b if w not in _ACTING), None)
    return head_a in full_b or head_b in full_a


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




def presenters_by_category(art: Story, sentences: list[Sentence],
                            winners: dict[str, Winner]) -> None:
    """A ceremony whose handovers are split by category ("penghargaan kategori
    pemerintah daerah diserahkan Wakil Presiden ..., sementara kategori badan
    usaha diserahkan Direktur Utama ...") gives each winner the presenter of
    its category, wherever the story names the winner ("Penghargaan untuk
    dua kategori badan usaha tersebut diserahkan Kepala Kantor Cabang ..."
    after the winners of those categories)."""
    breaks = record_cues()["breaks"]
    found: list[tuple[frozenset[str], Official, Sentence]] = []
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
            # (or a tier: "Trofi untuk peringkat Emas diberikan oleh Wapres ...;
            # untuk peringkat Hijau, ... Menteri LHK ...")
            covered |= {words[i + 1] for i in range(lo, min(hi, len(words) - 1))
                        if words[i] in TIER_WORDS and s.a.texts[i + 1].istitle()}
            if presenter and presenter.name and covered:
                found.append((covered, presenter, s))
    for w in winners.values():
        w.presenter = next(((o, s) for covered, o, s in found if w.category in covered or (
            w.category and w.category.lower() in covered)), w.presenter)


def ceremony_records(art: Story, winners: dict[str, Winner], sentences: list[Sentence],
             award: str | None) -> list[AwardRecord]:
    """The winners' records, with the award, its round and the ceremony read
    from ``sentences`` (``award`` given when the article reports several)."""
    # (a photo's caption last: "... di Kantor Pusat Kemenkes, Jakarta, Kamis
    # (18/10). (Foto: ...)" names the building less exactly than the story)
    # (a caption last, and only one that tells of the award: not "... saat
    # menghadiri festival tabot, Senin (3/6/2024)")
    # (a sentence of an officer of a winner handing its award on at home
    # dates, places and presents it only when no other does: "Rabu (4/9),
    # Kabid ... Kabupaten Labuhanbatu menyerahkan trofi tersebut kepada Bupati
    # Labuhanbatu")
    # (nor the trophy paraded or shown at home: "piala Adipura diarak keliling
    # kota", "piala dipajang di halaman kantor Bupati")
    told = sorted((s for s in sentences if not s.a.headline and not (
        art.captions(s) and not (s.awards or s.win or s.handover)) and not tells_a_parade(s)),
        key=art.captions)
    at_home = [s for s in told if s.handover and any(
        o.role == "presenter" and serves_a_winner(o, winners) for o in s.officials)]
    body = [s for s in told if s not in at_home]
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

    dated: dict[tuple[int, bool], tuple[str, int, int] | None] = {}  # each sentence read once
    planned: set[int] = set()  # sentences dated well after the page

    def date_of(s: Sentence, spans: bool = True) -> tuple[str, int, int] | None:
        # "... di Ballroom Hotel Novotel, Bandar Lampung. Rabu (22/05/2024).":
        # a date standing alone after the sentence is that sentence's
        # (not a written statement's, unless it tells of the handover:
        # "“...,” katanya melalui keterangan resmi, Rabu (6/12/2023)")
        if (id(s), spans) in dated:
            return dated[id(s), spans]
        after = following.get(id(s))
        if spans and (id(s), False) in dated and not any(
                DAY_SPAN.search(x.a.sentence.text) for x in (s, after) if x is not None):
            return dated[id(s), False]  # (no span of days to read: the same day)
        found = None
        if s.handover or s.event or not _WRITTEN_STATEMENT.search(s.a.lower):
            found = find_date(s.said, art.published, year, art.reference, spans)
            if found is None and after is not None and (len(after.a.words) <= 8 or (
                    len(after.a.words) <= 16 and after.a.words[0] in WEEKDAYS)):
                # (or a date opening a fragment with the place: "... (Gus Yani).
                # Rabu malam (5/4/2023) di Pendopo Kabupaten Gresik.")
                found = find_date(after.a.sentence.text, art.published, year, art.reference,
                                  spans)
        if found and art.published and (
                date.fromisoformat(found[0]) - art.published).days > SOON_DAYS:
            # a day well after the page's is a plan ("pemenang lainnya akan
            # menerima penghargaan pada 17 Agustus 2025 di Kantor Gubernur"):
            # the sentence neither dates nor places the ceremony
            planned.add(id(s))
            found = None
        dated[id(s), spans] = found
        return found

    def unplanned(s: Sentence) -> bool:
        date_of(s)
        return id(s) not in planned

    # a quote about the award dates and places the ceremony when nothing else
    # does, then any quote said where the ceremony was; the last day of a
    # span ("Penilaian ... berlangsung 1-6 April 2021") only when no sentence
    # gives a single day
    # (none while the handover is still to come: "Rencananya penyerahan
    # penghargaan itu akan dilaksanakan pada 29 April mendatang. “...,” kata
    # Direktur PDAM, Selasa (23/4)" is dated by no quote)
    # (nor when the win is told as some time ago: "... diterima belum lama
    # ini. “...,” jelas Sekda, Jumat (5/4)" is dated by no quote)
    kinds = ("handover", "event", "win") if (any(_planned(s) for s in body) and not any(
        s.upcoming for s in body)) or any(map(_won_some_time_ago, body)) else (
        *_WITH_REMARKS, "quoted")
    date_found = date_s = None
    for spans in (False, True):
        date_found, date_s = _pick(body, partial(date_of, spans=spans), kinds)
        if date_found is None:
            date_found, date_s = _pick(at_home, partial(date_of, spans=spans))
        if date_found is not None:
            break
    # a building anywhere in the story before the capital alone ("... usai
    # menerima penghargaan di Jakarta" in a caption, "... di Gedung Manggala
    # Wanabakti, Jakarta" in the body), before any place
    # (then a building where a quote was said at the ceremony: "...,” kata
    # Assagaf di Hotel The Westin, Jakarta.")
    # (not one said on another day: "“...,” kata Kepala BNPB di Gedung BNPB,
    # Selasa, 30 April 2024" after the handover of 1 May)
    venue_found, venue_s = _pick(body, lambda s: v if (
        v := _building(find_venue(s.said, True))) and _same_day(date_of(s), date_found) and (
            unplanned(s)) else None, ("handover", "event", "win", "quoted", "upcoming"))
    if venue_found is None:
        # then any place, the handover's first ("... di Padang pada Selasa"
        # before "Penilaian ... dilaksanakan di Jakarta")
        # (not where a winner named right before lies: "kepada Pasar Beringharjo
        # di Kota Yogyakarta; dan Pasar Legi ...")
        venue_found, venue_s = _pick(body, lambda s: v if (
            v := find_venue(s.said)) and not _where_a_winner_lies(s, v[0], winners) and (
                unplanned(s)) else None, _WITH_REMARKS)
    if venue_found is None:
        venue_found, venue_s = _pick(at_home, lambda s: find_venue(s.said))
    if venue_found and venue_s is not None and not (
            venue_s.handover or venue_s.event or venue_s.a.quoted) and (
            _a_winners_home(venue_found[0], winners)):
        # "... komitmen dalam mewujudkan kesetaraan gender di Kota Pariaman":
        # where the winner works, not where the award was handed over
        venue_found = venue_s = None

    def presenter_of(s: Sentence) -> Official | None:
        if len(winners) > 1 and hands_to_one(art, s):
            return None  # it goes only to the winner its sentence names
        if s.hands_out:
            return None  # "Dalam acara itu juga diserahkan santunan kematian ... oleh ..."
        # (of offices named without a name too, the one handing it over:
        # "Penghargaan dari Presiden itu diserahkan oleh Menteri Dalam Negeri")
        found = named_presenter(s) or _handing_presenter(
            s, [o for o in s.officials if o.role == "presenter"]) or (
            presenter_by_name(art, s) if s.handover else None)
        if found and found.name is None and s.a.quoted:
            return None  # "“... dari Gubernur Riau kita memperoleh piagam ...,” tuturnya"
        # (not the head or an officer of a winner handing it on at home:
        # "Usai acara, Bupati Wajo menyerahkan piagam tersebut kepada para
        # sanitarian"; nor one to hand it over on a day planned: "... akan
        # dilakukan 2 Agustus mendatang ... oleh Presiden")
        return None if found and (serves_a_winner(found, winners) or not unplanned(s)) else found

    presenter, presenter_s = _pick(body, presenter_of, ("handover", "event", "win", "upcoming"))
    if presenter is None:
        # "“...,” ujar Wali Kota ... usai menerima penghargaan dari Menteri
        # Kesehatan ... di Jakarta, Rabu.": a quote's attribution names who
        # handed it over
        presenter, presenter_s = _pick(body, lambda s: next((
            o for o in s.officials if o.role == "presenter" and o.name and _outside_quote(s, o)),
            None), ("remarks",))
    if presenter is None:
        # "Menkes Serahkan Penghargaan 25 RSIA Terbaik": a headline's office
        # handing over, when the body names no one who does
        presenter, presenter_s = next(((o, s) for s in sentences if s.a.headline
                                       for o in s.officials if o.role == "presenter"),
                                      (None, None))
    if presenter is None:
        # an officer of the winner, not its head, handing it on at home
        # ("... diserahkan oleh Plt Kepala Disnakertrans Kukar ... kepada
        # Pemkab Kukar ..."), when no one else is said to (not on a day after
        # the ceremony's: "... di Jakarta, Rabu (10/12). Penghargaan itu
        # diserahkan Sekda kepada Wali Kota saat apel pagi, Senin (15/12)")
        presenter, presenter_s = _pick(at_home, lambda s: next((
            o for o in s.officials if o.role == "presenter" and not _heads_a_winner(o, winners)),
            None) if _same_day(date_of(s), date_found) else None)
    if presenter is None:
        # "“Penghargaan diserahkan langsung oleh Menteri LHK ... di Gedung
        # Manggala Wanabakti ...,” ujar Kepala DLH": a quote telling of the
        # handover, when nothing outside quotes names who handed it over
        presenter, presenter_s = _pick(body, lambda s: _quoted_presenter(s, winners),
                                       ("quoted",))
    if presenter and presenter.name is None:
        better, better_s = _pick(body, lambda s: p if (p := presenter_of(s)) and p.name else None)
        if better:
            presenter, presenter_s = better, better_s
    if presenter and presenter_s is not None and (
            _sent_by(presenter_s, presenter) or _stood_in_for(body, presenter)):
        # "... menerima tanda kehormatan ... dari Presiden Joko Widodo. Tanda
        # kehormatan itu diserahkan Menteri Dalam Negeri ...": whom it comes
        # from is not who handed it over, when another is said to
        # (one named by office alone whom the article names elsewhere:
        # "diserahkan oleh Menteri Dalam Negeri ...", "..., kata Menteri Dalam
        # Negeri, Tjahjo Kumolo")
        hander, hander_s = _pick(body, lambda s: p if (p := presenter_of(s)) and (
            p.name or _named_elsewhere(art, p).name) and not _sent_by(s, p) and (
            p.name is None or p.name != presenter.name) else None, ("handover", "event"))
        if hander:
            presenter, presenter_s = hander, hander_s
    if level is None and presenter is not None and presenter.national:
        level = "nasional"
    # a governor holding the ceremony, in person or through a deputy
    # ("Gubernur X, diwakili Sekda, membuka malam penganugerahan ..."): that
    # province's round
    governors = {o.region.province for s in body if s.handover or s.event
                 for o in s.officials if o.heads_its_region and o.region.kind == "provinsi" and (
                     o.role == "presenter" or (
                         o.role is None and s.event and _opens(s, o)))}
    if level is None and len(governors) == 1 and not (presenter and presenter.national):
        level = "provinsi"
    if level is None:
        level = award_level(award)
    if level != "nasional" and round_province is None and presenter and presenter.region:
        round_province = presenter.region.province
    if level != "nasional" and round_province is None and len(governors) == 1:
        round_province = next(iter(governors))
    # (a round whose winning regions all lie in one province is that
    # province's round, but a winner placed in another by the story stays
    # there: "Desa Kubang Tangah Kota Sawahlunto Provinsi Sumatera Barat")
    guessed = level != "nasional" and round_province is None
    if guessed:
        provinces = {w.mention.province for w in winners.values()
                     if w.mention.type in REGIONS}
        round_province = provinces.pop() if len(provinces) == 1 else None
    if presenter is not None and presenter.name is None:
        presenter = _named_elsewhere(art, presenter)
    article_presenter, article_presenter_s = presenter, presenter_s

    # a story about schools, villages or offices from one province: the
    # province every region it names lies in (in a national round, only when
    # no region is among the winners)
    # (not the city a national round was held in: "meraih juara III tingkat
    # nasional ... di Surabaya")
    held_in = venue_found[0] if venue_found and level == "nasional" else ""
    homes = {m.province for s in art.sentences for m in s.mentions
             if m.explicit and m.province and (m.type in REGIONS or m.name not in winners) and not (
                 s is venue_s and _named_in(m, held_in))} | _where_it_lies(art, held_in)
    home = homes.pop() if len(homes) == 1 and (level != "nasional" or all(
        w.mention.type not in REGIONS for w in winners.values())) else None
    # (where the story places a body named more than once: "Rumah Sakit Umum
    # Daerah (RSUD) Sanana Kabupaten Kepulauan Sula ... . ... RSUD Sanana
    # sukses meraih juara ke-2 ...")
    placed: dict[str, str] = {}
    for s in art.sentences:
        for x in s.mentions:
            if x.province and x.type not in REGIONS:
                placed.setdefault(x.name, x.province)
    records = []
    for w in winners.values():
        m = w.mention
        presenter, presenter_s = w.presenter or (article_presenter, article_presenter_s)
        # ("Penyerahan secara simbolis kepada juara pertama dilakukan oleh
        # Bupati X": the presenter of that rank's winner only)
        to_rank = None if w.presenter or presenter_s is None else _handed_to_rank(presenter_s)
        if presenter_s is not None and (
                _sent_by(presenter_s, presenter) or _stood_in_for(body, presenter)) and (
                article_presenter_s is not None) and not _sent_by(
                    article_presenter_s, article_presenter):
            # (who it came from, or whom the one handing it over stood in for)
            presenter, presenter_s = article_presenter, article_presenter_s
        presenter = presenter and _named_in_full(art, presenter)
        province = m.province or placed.get(m.name)
        if m.type not in REGIONS and level != "nasional" and not _serves_the_country(m) and not (
                guessed and m.province):
            province = round_province or province
        if m.type not in REGIONS and province is None and not _serves_the_country(m):
            province = home  # "Enam sekolah yang ada di Polman meraih ..."
        evidence = list(w.evidence)
        for s in (date_s, venue_s, presenter_s):
            if s is not None and all(e.start != s.a.sentence.start for e in evidence):
                evidence.append(Evidence(s.a.sentence.text, s.a.sentence.start,
                                         s.a.sentence.end))
        records += [AwardRecord(
            award=award, awardee=m.name, awardee_type=m.type, award_year=year, level=level,
            category=category, rank=rank, province=province,
            event_date=date_found[0] if date_found else None,
            venue=venue_found[0] if venue_found else None,
            presenter=presenter.name if presenter and to_rank in (None, rank) else None,
            presenter_title=presenter.title if presenter and to_rank in (None, rank) else None,
            recipient=w.recipient,
            evidence=sorted(evidence, key=lambda e: e.start)) for rank, category in w.wins()]
    return records
