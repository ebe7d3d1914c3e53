"""When and where an award was handed over: the event date and the venue.

Both are read from the text of one sentence with regular expressions (the
right tool for "Selasa (5/8/2025)" and for a venue that runs to the next date
or clause). A date without a year takes it from the publication date, or
else from the weekday nearest the award year (ANNOTATION.md).
"""
from __future__ import annotations

import re
from contextlib import suppress
from datetime import date
from functools import lru_cache

from extractors.award import opens_with_any_award
from extractors.cuewords import record_cues
from extractors.gazetteer import gazetteer
from extractors.lexicon import data_json, data_table, plain, plain_words, region_heads
from extractors.text import initials

MONTHS = {"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5,
          "nopember": 11,
          "juni": 6, "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11,
          "desember": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
          "agu": 8, "agt": 8, "ags": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12}
# (with the Banjar names Kalimantan pages use: "Arba" for Wednesday, "Jumahat")
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
            "sabtu": 5, "minggu": 6, "ahad": 6, "arba": 2, "jumahat": 4}

_WD = rf"(?P<wd>{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})"
_PART = r"(?:\s+(?:malam|pagi|siang|sore|petang|dini hari))?"
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_BEFORE = rf"(?:{_WD}{_PART}\s*,?\s*)?"  # the weekday a date may follow
# "Selasa (5/8/2025)", "Selasa, (29/07/2025)", "(Kamis, 14/12/2023)"
_NUMERIC_DAY = (rf"\(\s*(?:{_WD.replace('wd', 'wd_inside')}\s*,?\s*)?"
                rf"(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})")
_NUMERIC_YEAR = r"\s*/\s*(?P<y>\d{2,4})"
# (a page cut before the bracket closes; a full date whose bracket a comma
# closes by mistake: "Kamis (25/9/2025, kepada ...")
_CLOSE = r"\s*(?:\)|$|(?(y),(?=\s)|(?!)))"
# (a year left out after its slash: "Jumat (20/10/)")
_NUMERIC = re.compile(rf"{_BEFORE}{_NUMERIC_DAY}(?:{_NUMERIC_YEAR}|\s*/(?=\s*\)))?{_CLOSE}", re.I)
_WRITTEN_DAY = rf"\b(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH})\b\.?"
_WRITTEN_YEAR = r"\s+(?P<y>\d{4})"
_WRITTEN = re.compile(rf"(?:{_WD}{_PART}\s*,?\s*(?:\(\s*)?(?:tanggal\s+)?)?{_WRITTEN_DAY}"
                      rf"(?:{_WRITTEN_YEAR})?", re.I)
# "pada Senin 10/6/2024": a full date with slashes and no brackets
# (not a letter's number: "No.72/Men/D.KG/KG.05/9/2021")
_SLASHED_DATE = r"(?<![\w/(.])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})(?![\d/])"
_SLASHED = re.compile(_BEFORE + _SLASHED_DATE, re.I)
# "pada Rabu pagi 28/11", "Selasa 10/12/24 malam": a day and month after
# the weekday, no brackets, the year in two digits or four or none
_DAY_SLASHED = re.compile(rf"{_WD}{_PART}\s*,?\s*(?<![\d/(])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
                          r"(?:/(?P<y>\d{2}|\d{4}))?(?![\d/])", re.I)
# a day and month right after a place word name the place: "Lapangan 19
# November", "Jalan 17 Agustus", "GOR 27 September"
_PLACES_NAMED_BY_DAYS = ("lapangan", "jalan", "jl.", "jl", "stadion", "gedung", "taman", "tugu",
                         "simpang", "monumen", "gor", "bundaran")
_NOT_A_NAMESAKE = "".join(f"(?<!{re.escape(w)}\\s)" for w in _PLACES_NAMED_BY_DAYS)
_NAMESAKE_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _PLACES_NAMED_BY_DAYS))})\s+$",
                              re.I)
# (a weekday after "Pasar" names a market's quarter: "Kantor Kementerian
# Pertanian, Pasar Minggu, Jakarta")
_DATE_START = re.compile(
    rf",?\s*(?:pada\s+)?(?:(?:hari\s+)?(?<!pasar\s){_WD}\b|\(\s*\d{{1,2}}\s*/|"
    rf"\b{_NOT_A_NAMESAKE}\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTH})\b|\b(?:pada|tanggal|mulai)\b)",
    re.I)


_LAG_DAYS = 3  # how many days early a page's own date may be


# a day said to be coming: "2 Agustus mendatang", "15 Juni nanti"
_COMING = re.compile(r"\s+(?:mendatang|nanti|yang akan datang)\b", re.I)


def _year_for(day: int, month: int, weekday: int | None, published: date | None,
              award_year: int | None, reference: date | None, coming: bool = False
              ) -> int | None:
    if published:
        year = published.year
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        # a day after the page's is last year's, unless its weekday says it is
        # the next days' (a page dated a day early: "Kamis (25/4)" on a page
        # of Wednesday 24 April) or it is said to be coming ("2 Agustus
        # mendatang")
        if found > published and not coming and not (weekday == found.weekday() and (
                found - published).days <= _LAG_DAYS):
            year -= 1
        return year
    if weekday is None:
        if reference is None:
            return None
        try:
            return reference.year - (date(reference.year, month, day) > reference)
        except ValueError:
            return None
    base = award_year or (reference.year if reference else date.today().year)
    for delta in (0, 1, -1, 2, -2, -3, -4, -5, -6):
        try:
            found = date(base + delta, month, day)
        except ValueError:
            return None
        if found.weekday() == weekday and (award_year or reference or found <= date.today()):
            return base + delta  # with nothing to go by, a past day: the news reports it
        if delta == 2 and (award_year or reference):
            break
    return None


_YEAR = re.compile(r"\b20\d\d\b")


_LAW_YEAR = re.compile(r"\b(?:nomor|no\.?)\s*\d+[\w/.-]*\s+tahun\s+(?:19|20)\d\d\b", re.I)


# The dates above with their year, without the weekday before them: what
# ``reference_date`` scans a whole page for (an optional weekday opening a
# pattern is tried at every character of the page)
_YEARED = (re.compile(_NUMERIC_DAY + _NUMERIC_YEAR + _CLOSE, re.I),
           re.compile(_WRITTEN_DAY + _WRITTEN_YEAR, re.I), re.compile(_SLASHED_DATE))


def reference_date(text: str) -> date | None:
    """Where a page gives no publication date, the date a date without a
    year is read against: the latest date the page writes with its year
    ("Selasa, 28 Februari 2023", "Jumat (18/12/2020)"), else the end of the
    latest year it names."""
    latest = None
    for pattern in _YEARED:
        for m in pattern.finditer(text):
            month = MONTHS[m.group("mn").lower()] if m.groupdict().get("mn") else int(m.group("m"))
            year = int(m.group("y")) + (2000 if len(m.group("y")) == 2 else 0)
            try:
                found = date(year, month, int(m.group("d")))
            except ValueError:
                continue
            latest = max(latest, found) if latest else found
    if latest is None:
        # not the year of a law or regulation ("Undang-Undang Nomor 24 Tahun 2011")
        text = _LAW_YEAR.sub(" ", text)
        years = [int(y) for y in _YEAR.findall(text) if int(y) <= date.today().year]
        latest = date(max(years), 12, 31) if years else None
    return latest


def _long_before(year: int, anchor: date | None, award_year: int | None) -> bool:
    """A year too early to be the handover's: years before the page's own
    date, or before the award's edition, is history recalled."""
    return bool((anchor and year < anchor.year - 2) or (award_year and year < award_year - 1))


# "setiap 22 Desember", "tiap tanggal 1 Juni": a day that comes back every year
_EVERY_YEAR = re.compile(r"\b(?:setiap|tiap)(?:\s+tanggal)?\s+$", re.IGNORECASE)
# a source quoted right before the date: "Dikutip dari laman Facebook Kominfo
# Tanah Datar, Jum'at (24/03)", "seperti dilansir dari antaranews.com, Senin";
# or reached for comment: "Dihubungi terpisah, Senin (3/6)"
# (or a release: "dalam keterangan tertulis, Senin (11/12/2017)", "seperti
# dalam rilis Senin"; or a call: "kata Rudi melalui telepon, Selasa (14/8)";
# or a broadcast: "ditampilkan dalam tayangan di kanal YouTube X, Kamis (21/7)")
# (not a category so called: "juara I kategori Siaran Pers ... di Hotel X, Rabu (12/11)")
_SOURCED = re.compile(r"(?<!kategori )\b(?:dikutip|dikutif|dinukil|menukil|dilansir|melansir|"
                      r"mengutip|dihubungi|ditemui|dikonfirmasi|diwawancarai|rilis|"
                      r"ditayangkan|ditampilkan|tayangan|diunggah|unggahan|"
                      r"keterangan tertulis(?:nya)?|siaran pers(?:nya)?|rilisnya|"
                      r"telepon|telpon|selulernya|ponselnya|whatsapp|pesan singkat)\b"
                      r"(?:[^.()]|\.(?=\w)){0,60},?\s*$", re.IGNORECASE)  # ("Wartajateng.com")
# an outlet's day of writing: "Murianews.com (26/4/2018) menulis ..."
_OUTLET = re.compile(r"\b[\w-]+\.(?:co\.id|co|com|id|net|org)\s*,?\s*\(?\s*$", re.IGNORECASE)
# a decree's date ("Keputusan Gubernur Nomor 188/432/2023 tanggal 2 Oktober
# 2023") or an earlier stage's ("verifikasi lapangan ... pada 12 September
# 2023", "setelah tim penilai berkunjung ke Gianyar, Selasa (12/9/2023)"):
# no handover's
_DECREED = re.compile(r"\b(?:keputusan|sk|surat|nomor)\b[^()]{0,80}\b(?:tanggal|tertanggal|"
                      r"(?:diteken|ditandatangani|ditetapkan)\b[^()]{0,40}\bpada(?:\s+tanggal)?)\s+$"
                      r"|(?<!hasil\s)\b(?:verifikasi|penilaian|visitasi|kunjungan|wawancara|presentasi|"
                      r"paparan|seleksi)\b[^.()]{0,80}\bpada\s+(?:tanggal\s+)?(?:\d{1,2}\s*[-–]\s*)?$"
                      r"|\bsetelah\b[^.()]{0,40}\b(?:verifikasi|penilaian|visitasi|kunjungan|"
                      r"berkunjung|mengunjungi|wawancara|presentasi|paparan|seleksi)\b[^.(),]{0,60},"
                      r"\s*$", re.IGNORECASE)
# the day winners were announced or set, when the text dates something else
# too ("Penghargaan ... yang diumumkan Senin (2/12/2024) itu diserahkan ...
# Kamis (5/12/2024)", "yang pada 2 Desember 2024 ditetapkan sebagai ...")
_ANNOUNCED = re.compile(r"\b(?:diumumkan|ditetapkan)\s+(?:pada\s+)?(?:tanggal\s+)?$"
                        r"|\byang\s+pada\s+(?:tanggal\s+)?$", re.IGNORECASE)
# a dateline's date, the day a release came out: "Jakarta, 5 April 2024 – ...",
# "MEDAN (4/11/2022) - ..."
_DATELINE_DASH = re.compile(r"\)?\s*[-–—]")
_A_MONTH = 31  # days: how far before the page a slipped date's own-month day may be
# the words a span of days goes on with to its last day ("14 hingga 15")
_UNTIL = r"(?:hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?)"
# "1-6 April", "28 Februari - 2 Maret 2019", "14 hingga 15 November": the
# span's first day
_SPAN_OPENS = re.compile(rf"\b\d{{1,2}}(?:\s+(?:{_MONTH}))?\s*(?:[-–]|\s{_UNTIL})\s*$", re.I)
# a span of days ("1-6 April", "28 Februari - 2 Maret", "14 hingga 15 November")
DAY_SPAN = re.compile(rf"\d(?:\s+[A-Za-z]+)?(?:\s*[-–]\s*|\s+{_UNTIL}\s+)\d", re.I)
# "28 Februari s.d. 1 Maret 2019", "28 Februari - 2 Maret": a date a span goes
# on from to another day
_SPAN_GOES_ON = re.compile(rf"\s*(?:{_UNTIL}\s+\d{{1,2}}\s+[A-Za-z]"
                           rf"|[-–]\s*\d{{1,2}}\s+(?:{_MONTH})\b)", re.I)
# a span whose first day has its weekday ("Rabu 8-10 Oktober 2025")
_SPAN_OPENS_ON = re.compile(rf"\b{_WD}\s*,?\s*(?P<d>\d{{1,2}})\s*[-–]\s*$", re.I)
# "per 1 November 2025": what data were as of; "periode 1 Januari 2017 s.d 31
# Desember 2019": a span assessed; "sejak dilantik pada 26 Februari 2021": a
# term of office
_AS_OF = re.compile(r"(?:\b(?:per|hingga|sampai(?:\s+dengan)?|sejak|periode)|\bs\.?\s?d\.?|\bs/d"
                    r"|\b(?:dilantik|menjabat)(?:\s+pada)?)(?:\s+tanggal)?\s+$", re.IGNORECASE)


_DIGIT = re.compile(r"\d")


def find_date(text: str, published: date | None = None, award_year: int | None = None,
              reference: date | None = None, spans: bool = True) -> tuple[str, int, int] | None:
    """The first day-level date in ``text``: (ISO date, start, end) or None;
    not one of a year long before the page or the award's edition, nor with
    ``spans`` false the last day of a span ("1-6 April 2021"). A date
    without a year takes it from ``published``, else from the weekday
    nearest the award year (or the ``reference`` date's year), else from
    ``reference``. With no date, "hari ini" outside a quote is the day
    ``published``."""
    # (every date pattern has its day in digits: a text without one has no date)
    found = [m for pattern in (_NUMERIC, _WRITTEN, _SLASHED, _DAY_SLASHED)
             for m in pattern.finditer(text)] if _DIGIT.search(text) else []
    for m in sorted(found, key=lambda m: m.start()):
        if len(found) > 1 and len(text[:m.start()].split()) <= 3 and _DATELINE_DASH.match(
                text, m.end()):
            continue  # a dateline's date, when the text has another
        if _DECREED.search(text, 0, m.start()):
            continue  # "Keputusan ... tanggal 2 Oktober 2023": a decree's day
        if len(found) > 1 and _ANNOUNCED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "... yang diumumkan Senin (2/12/2024) itu diserahkan ... Kamis (5/12)"
        if _EVERY_YEAR.search(text, 0, m.start()):
            continue  # "Hari Ibu yang diperingati setiap 22 Desember": every year's day
        if _NAMESAKE_BEFORE.search(text, max(0, m.start() - 9), m.start()):
            continue  # "di Lapangan 19 November, Kabupaten Kolaka": a place's name
        # (a span's last day after "hingga" is as of what its first day is:
        # "pada 14 hingga 15 November", but "periode 1 Januari hingga 31 Desember")
        opening = _SPAN_OPENS.search(text, max(0, m.start() - 24), m.start())
        if _AS_OF.search(text, 0, opening.start() if opening else m.start()):
            continue  # "kepesertaan ... per 1 November 2025": what data were as of
        if _SOURCED.search(text, 0, m.start()) or _OUTLET.search(text, max(0, m.start() - 40),
                                                                 m.start()):
            continue  # "Dikutip dari laman Kominfo, Jumat (24/03), ...": when a source wrote
        if not spans and _SPAN_OPENS.search(text, max(0, m.start() - 16), m.start()):
            continue  # "berlangsung 1-6 April 2021": the last day of a span
        if _SPAN_GOES_ON.match(text, m.end()):
            continue  # "pada tanggal 28 Februari s.d. 1 Maret 2019": a span's first day
        day = int(m.group("d"))
        month = MONTHS[m.group("mn").lower()] if "mn" in m.groupdict() and m.group(
            "mn") else int(m.group("m"))
        said = m.group("wd") or m.groupdict().get("wd_inside")
        weekday = WEEKDAYS.get(said.lower()) if said else None
        year = m.groupdict().get("y")
        if year:
            year = int(year) + (2000 if len(year) == 2 else 0)
            if _long_before(year, published or reference, award_year):
                continue  # "memperingati deklarasi Djuanda 13 Desember 1957"
            if published and year > published.year:
                # a year after the page's own is a typo ("Rabu (12/6/2026)" on
                # a page of 12 June 2024): the day in the page's year, when
                # that is not after the page either
                with suppress(ValueError):
                    if date(published.year, month, day) <= published:
                        year = published.year
            elif published and weekday is not None and year == published.year - 1:
                # a year before the page's that its weekday denies ("Jumat
                # (8/2/2018)" on a page of 9 February 2019): the page's year,
                # when the weekday is true there and the day not after the page
                with suppress(ValueError):
                    if date(year, month, day).weekday() != weekday and date(
                            published.year, month, day).weekday() == weekday and date(
                            published.year, month, day) <= published:
                        year = published.year
                    elif date(year, month, day).weekday() != weekday and (
                            own := date(published.year, published.month, day)).weekday() == (
                            weekday) and 0 <= (published - own).days <= _A_MONTH:
                        # (or its month and year both slips: "Sabtu (29/3/2022)"
                        # on a page of 30 April 2023 is Saturday 29 April 2023)
                        year, month = own.year, own.month
        else:
            year = _year_for(day, month, weekday, published, award_year, reference,
                             _COMING.match(text, m.end()) is not None)
        if not year:
            continue
        on = _SPAN_OPENS_ON.search(text, max(0, m.start() - 16), m.start())
        with suppress(ValueError):
            if on and date(year, month, int(on["d"])).weekday() == WEEKDAYS[on["wd"].lower()]:
                # "Rabu 8-10 Oktober 2025": the weekday names the first day
                return date(year, month, int(on["d"])).isoformat(), on.start(), m.end()
        try:
            return date(year, month, day).isoformat(), m.start(), m.end()
        except ValueError:
            continue
    today = _TODAY.search(text) if published and not _QUOTE_MARKS.search(text) else None
    if today:
        # "... diserahkan Menteri Dalam Negeri di Jakarta hari ini": the day
        # the page came out (not in a quote, said some other day)
        return published.isoformat(), today.start(), today.end()
    return None


# the day of the page: "hari ini", "malam ini", "siang tadi" (not "tadi malam",
# the night before a morning page)
_TODAY = re.compile(r"\b(?:(?:hari|pagi|siang|sore|malam) ini|(?:pagi|siang|sore) tadi)\b", re.I)
_QUOTE_MARKS = re.compile(r"[\"“”]")


@lru_cache(maxsize=1)
def _venue_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], re.Pattern[str]]:
    cues = data_json("cues.json")
    heads = "|".join(re.escape(h) for h in cues["venue_heads"] if " " not in h)
    nouns = "|".join(w.capitalize() for w in cues["handover_nouns"])
    objects = "|".join(w.capitalize() for w in cues["strong_objects"])
    # (an official's title after a comma opens the clause of who handed it
    # over: "di Ende, Bupati Ende, Yosef Badeoda, menyerahkan ...")
    titles = "|".join(sorted({re.escape(row["title"].split()[0]) for row in data_table(
        "titles.tsv") if row["title"].split()[0] not in _NO_TITLE_FIRSTS}))
    return (frozenset(cues["venue_skip"]), frozenset(cues["venue_heads"]), tuple(cues["daring"]),
            re.compile(_VENUE_STOP.format(heads=heads, nouns=nouns, titles=titles,
                                          objects=objects)))


# first words of titles that may go on a place's name after a comma
_NO_TITLE_FIRSTS = {"Perwakilan", "General"}


def witnessing_place(text: str) -> tuple[int, int] | None:
    """Where the named place a sentence opens with as the witness or the
    site of the handover lies in it ("Gedung X menjadi tempat ..."), or None."""
    witness = _place_as_witness().match(text)
    return (witness.start("place"), witness.end("place")) if witness else None


@lru_cache(maxsize=1)
def _place_as_witness() -> re.Pattern[str]:
    """A sentence or a clause after its opening comma opening with a named
    place that witnessed the handover or was where it was held ("<Gedung X>
    menjadi saksi/tempat ...", "Senin malam 26 Agustus 2019, <Gedung X>
    menjadi tempat ...", "<Kantor X> kembali menjadi tempat ...")."""
    heads = "|".join(re.escape(h.capitalize()) for h in data_json("cues.json")["venue_heads"]
                     if " " not in h)
    # (after a dateline too: "Liputan6.com, Jakarta - Kantor ... menjadi tempat ...")
    return re.compile(rf"(?:[^,.]{{0,60}},|[\w.]{{1,30}},\s*[A-Z][\w ]{{0,30}}\s[-–—])?\s*"
                      rf"(?P<place>(?:{heads})\s+[A-Z][^.]{{0,60}}?)"
                      r"\s+(?:kembali\s+|pun\s+)?menjadi\s+(?:saksi|tempat|lokasi)\b")


@lru_cache(maxsize=1)
def _speaking() -> re.Pattern[str]:
    """A speaking verb right after a place, a day between them or not."""
    verbs = "|".join(data_json("cues.json")["speaking_verbs"])
    return re.compile(rf"\s*,?\s*(?:{_WD}\b[^,.]{{0,20}}?,?\s*)?(?:{verbs})\b", re.I)


def _handed_in_clause(text: str, at: int) -> bool:
    """The clause a place closes is the time of a handover ("Wagub X, usai
    menyerahkan Paritrana Award di Hotel Y, Kamis (11/9), mengatakan ..."):
    the place is the ceremony's, a speech verb after it or not."""
    clause = text[text.rfind(",", 0, at) + 1:at]
    first = clause.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in TIME_WORDS and record_cues()["handover"].search(
        clause)


# the words opening the time of a speech or a handover ("X, usai menyerahkan
# ...", "menegaskan hal itu saat menyerahkan ...")
TIME_WORDS = frozenset({"saat", "ketika", "usai", "seusai", "sesudah", "setelah", "selepas",
                        "sembari", "sambil"})


@lru_cache(maxsize=1)
def _spoke_at() -> re.Pattern[str]:
    """A speech verb and, up to the end, only the speaker's title and name
    and the words of a press statement (cues.json speaker_words): a bare
    place that follows is where the speaker was (", ujar Kadis Nakertrans
    Kalbar, Manto di Pontianak, Selasa", "Menurut Joko di Purwokerto,
    Minggu, ..."), not the ceremony ("kata Bupati
    usai menerima piala di ..." names a ceremony, and so may a building)."""
    cues = data_json("cues.json")
    verbs = "|".join(cues["speech_verbs"])
    words = "|".join(cues["speaker_words"])
    return re.compile(rf"\b(?i:{verbs})\b(?:[\s,.()\-’']|[A-Z0-9][\w.’'-]*|(?:{words})\b)*$")


# a statement received by a newsroom, right before the place it reached
_RECEIVED_AT = re.compile(r"\b(?:keterangan|rilis|siaran pers)\b[^,.]{0,40}?\b(?:diterima|dikirim)"
                          r"(?:(?:\s+(?:oleh|ke|kepada))?\s+\S+)?\s*$", re.I)

_NOT_A_USE = {"dan", "yang", "serta", "oleh", "untuk", "kepada", "di", "pada", "dalam"}

# "di" before a capitalised place, or before a venue word and a name ("di
# ruang Pola Kantor Gubernur", "di ruang rapat Bupati").
_VENUE_CUE = re.compile(
    # ("tamu undangan yang memenuhi Ballroom Hotel X": a venue word after it)
    # (or where a hybrid ceremony was held from: "secara hybrid dari Istana
    # Negara", "secara daring dan luring dari Istana Negara")
    r"\b(?:(?:bertempat|berlangsung|digelar|memenuhi)(?:\s+di)?|di|(?:hybrid|hibrid|luring)\s+dari)\s+"
    # ("di alun-alun Kota Malang", "di auditorium rumah dinas Gubernur
    # Jambi"; a room and its floor first: "di auditorium lantai 2, Kantor BPK ...")
    r"(?=[A-Z]|(?:[a-z]+(?:-[a-z]+)?\s+){1,3}[A-Z]|(?:[a-z]+\s+){1,2}lantai\s+\d+,?\s+[A-Z])"
    # ("di" left out: "digelar halaman Kantor")
    # a council's plenary is where: "dalam rapat paripurna DPRD Kalbar"
    r"|\b(?:dalam|pada|saat)\s+(?=(?i:rapat\s+paripurna)\s+DPR)"
    r"|\bdi\s+(?=(?i:ruang\s+(?:rapat\s+)?paripurna)\s+DPR)"
    # a sentence opening with its venue: "Di Hotel Aryaduta Jakarta, Kamis
    # (14/12/2023), Ketua Ombudsman ... memberikan penghargaan itu kepada ..."
    r"|^\s*Di\s+(?=[A-Z])"
    # (or written so after a comma: "dalam acara Penghargaan KLA 2022, Di
    # Ballroom Hotel Novotel Bogor, Sabtu (23/07)")
    r"|(?<=,\s)Di\s+(?=[A-Z])")
_VENUE_STOP = (
    r"\s+dan\b(?!\s+[A-Z])|\s+(?:yang|serta|untuk|kepada|oleh|sementara|sedangkan|sebagai|dalam|pada|saat|"
    r"ketika|usai|setelah|sejak|dengan|bersama|melalui|atas|itu|tersebut|bagi|dari|hingga|adalah|merupakan|"
    # a list it introduces: "Penerima Adipura di Sulsel yakni Kabupaten Maros ..."
    r"yakni|yaitu|antara\s+lain|di\s?antaranya|meliputi|"
    # "di kantor Kemenkes, Jakarta kemarin (21/12) malam", "... Gorontalo tadi malam"
    r"kemarin|semalam|tadi|(?:hari|pagi|siang|sore|malam)\s+ini|beberapa\s+waktu|belum\s+lama|"
    r"baru-baru\s+ini|pekan\s+lalu|pukul|sekira|sekitar|telah|sudah|juga|pun|"
    # "di Menara Kompas beberapa hari lalu", "dua pekan lalu"
    r"(?:beberapa|\w+)\s+(?:hari|pekan|minggu|bulan)\s+(?:yang\s+)?lalu)\b"
    # a full stop ends it unless it closes an initial or a title ("Dr. J. Leimena",
    # "Aula Prof. H.M. Rasjidi", "Auditorium DR. Soedjarwo")
    r"|(?<!\b[A-Z])(?<!\bDr)(?<!\bDR)(?<!\bDrs)(?<!\bIr)(?<!\bIR)(?<!\bJl)(?<!\bJln)(?<!\bGd)(?<!\bLt)(?<!\bKomp)(?<!\bJend)(?<!\bKav)(?<!\bNo)(?<!\bSt)(?<!\bKH)(?<!\bMH)(?<!\bTB)(?<!\bH)(?<!\bProf)"
    r"\.(?=\s|$)"
    # ", disaksikan ...": a clause, not a part of the place (", lantai 1" and
    # ", rumah jabatan Gubernur" are; {heads}: the venue words)
    r"|,\s+(?!(?:lantai|jalan|jl|kawasan|{heads})\b)(?=[a-z])|,\s+(?=(?:{titles})\s)"
    # (or the trophy a clause after it hands over, {objects}: "Setiba di
    # Alun-alun, Piala Adipura diserahkan kepada Camat ...")
    r"|,\s+(?=(?:{objects})\b)"
    # a sentence run on with its full stop lost ("..., Jakarta Penyerahan
    # dilakukan oleh ..."): a handover noun ({nouns}) before a passive verb
    r"|\s+(?=(?:{nouns})\s+di[a-z]{{3,}}\b)"
    # a dash ends it, unless a venue word follows ("Ballroom – Hotel Bidakara")
    r"|\s*[;:!?\"”“]|\s+\(\s*\d|\s+[—–](?!\s+(?i:{heads})\b)"
    # a photo's credit after it: "... Jakarta.(adpim/klik)", "... Jakarta (Foto: Humas)"
    r"|\.?\s*\((?:[\w.]+/|(?i:foto|photo|dok|ist)\b)"
    # a verb ends the place: "di Sumatera Selatan menerima ..."; after a comma,
    # its subject too: "di Jakarta, Kota Ambon kembali meraih ..."
    r"|,[^,()]*?\s+(?:me[a-z]{{4,}}|kembali|berhasil|sukses)\b|\s+(?:me|ber|di)[a-z]{{4,}}\b")
_AREA_BEFORE = re.compile(r"([^\s/]*)[\s/]+(?:daerah|wilayah|kabupaten/kota|kabupaten|kota|desa|"
                          r"perusahaan|pekerja|warga|masyarakat|sekolah|puskesmas|"
                          r"posyandu|koperasi|kelurahan|tani|petani|nelayan|umkm)\s*$", re.I)


_AWARD_NAMED = re.compile(r"\b(?:Awards?|AWARDS?)\b")
# the best in an area, or where a thing lies: no place of a handover
_NOT_WHERE_HELD = re.compile(r"\b(?:terbaik|tertinggi|terbanyak|terbesar|terpopuler|terfavorit|"
                             r"teraktif|berada|terletak)\s+$", re.I)
_PLACE_WORDS = {"desa", "kelurahan", "kecamatan", "kabupaten", "kota", "provinsi"}
_AREAS = {"kawasan", "wilayah", "zona", "regional"}  # venue words a best may be of
_ISLAND = re.compile(r"Pulau\s+[A-Z][a-z]+")  # an island alone: "di Pulau Sumatra"
# a handing or holding verb and only who did it, and the official it went to
# with the name after a comma, between it and "di" ("diserahkan Direktur X
# kepada Gubernur Kalteng, Agus Pranoto, di Desa ..."; not "kepada Desa X di
# Kabupaten Y", where the receiver lies)
_HANDED_THERE = re.compile(r"\b(?:diserahkan|diberikan|disematkan|digelar|berlangsung|"
                           r"dilaksanakan|diselenggarakan|dipusatkan|dilangsungkan)"
                           r"(?:\s+(?:langsung|oleh))*"
                           r"(?:\s+[A-Z][\w.'’-]*|,)*(?:\s+kepada(?:\s+[A-Z][\w.'’-]*)+,(?:\s+[A-Z][\w.'’-]*)+,)?"
                           # (and the day it took place: "digelar KPK pada Selasa (29/11/2022) di",
                           # "berlangsung Senin (25/04) lalu di")
                           r"(?:\s+(?:pada\s+)?[A-Z][a-z]+,?\s+\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?"
                           r"(?:\s+(?:lalu|malam|pagi|siang|sore))?)?"
                           r"\s+$"
                           # or the day's ceremony: "pada puncak Hari Nusantara (Harnus) di
                           # Kabupaten Kepulauan Sula"
                           r"|\b(?:peringatan|perayaan|puncak|upacara|peluncuran|launching|pencanangan)"
                           r"(?:\s+(?:puncak|peringatan))?"
                           r"(?:\s+(?:ke-?\d+|(?:19|20)\d\d|[A-Z(][\w()'’-]*)){1,6}\s+$")


_ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z]{3,})\)")


def _inside_a_name(before: str, venue: str, after: str) -> bool:
    """"di" inside a name its acronym spells out ("Peduli dan Berbudaya
    Lingkungan Hidup di Sekolah (PBLHS)"): no place."""
    inner = re.search(r"\s*\([A-Z]{3,}\)$", venue)
    if inner:
        venue, after = venue[:inner.start()], inner.group() + after
    acronym = _ACRONYM_AFTER.match(after)
    if not acronym:
        return False
    words = before.split()
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1] in {"dan", "&"}):
        k -= 1
    # (the name runs on before "di": "Jakarta Convention Center (JCC)" is a place)
    spelt = initials(words[k:] + venue.split())
    return k < len(words) and len(spelt) >= 3 and spelt == acronym.group("acr")


def _area_before(text: str, end: int) -> bool:
    """"dua daerah di Sumatera Selatan", "12 Kabupaten/Kota di Jawa Tengah":
    where they are, not a venue; but "Lomba Desa di lapangan Desa Doko" is
    a contest's name."""
    m = _AREA_BEFORE.search(text, 0, end)
    # (nor "bagi kepala daerah di Jakarta": heads of regions, gathered there)
    return bool(m) and not (m.group(1)[:1].isupper() and text[m.end(1) + 1:][:1].isupper()) and (
        m.group(1).lower() != "kepala")


def _only_a_province(venue: str) -> bool:
    """A province's name or epithet alone ("NTB", "Sulawesi Tengah", "Bumi
    Gora", "Tanah Papua"), the country's ("Indonesia", "Tanah Air") or an
    island's ("Sumatera"); not
    a city of the same name ("Gorontalo") nor the capital ("Jakarta",
    cues.json capital_venues)."""
    venue = re.sub(r"\s*\([^)]*\)$", "", venue)  # "Sumatera Barat (Sumbar)"
    venue = re.sub(r"^kawasan\s+", "", venue)  # "kawasan Jawa Barat": the province
    if venue.lower() in data_json("cues.json")["capital_venues"]:
        return False
    if venue.lower() in data_json("cues.json")["country_names"] or (
            venue.lower() in data_json("cues.json")["island_names"]):
        return True  # (or an island: "satu-satunya di Sumatera")
    regions = gazetteer().candidates(venue)
    # (an epithet no region bears: "Tanah Bumbu" is a regency)
    return (bool(regions) and all(r.kind == "provinsi" for r in regions)
            ) or (not regions and bool(_EPITHET.match(venue)))


_EPITHET = re.compile(r"^(?:Bumi|Tanah|Negeri)\s+[A-Z][a-z]+$")


# "secara daring dan luring": in person too; "disiarkan secara online": a
# broadcast of a ceremony held somewhere
_HYBRID = re.compile(r"\s*(?:dan|&|maupun|serta)\s+(?:luring|tatap muka|offline|langsung)\b")
# "Wapres hadir secara daring, sementara acara berlangsung di Hotel Mulia":
# someone joined online, the ceremony was held at a place
_HELD_AT = re.compile(r"\b(?:berlangsung|bertempat|digelar|dilaksanakan|diselenggarakan|"
                      r"dipusatkan|diadakan|dilangsungkan|dihelat)\s+di\s+"
                      r"(?=[A-Z])")
# (or the others only: "... kepada 66 daerah yang hadir, sementara daerah lain
# menerimanya secara virtual": the ceremony was held at a place)
_OTHERS_ONLINE = re.compile(r"\b(?:sementara|sedangkan)\b[^.;]{0,40}\blain(?:nya)?\b[^.;]{0,40}$")
# (or watched online: "Acara juga disaksikan secara daring melalui aplikasi Zoom";
# or a stage of the judging held online: "tahap penjurian diselenggarakan
# secara virtual")
_BROADCAST = re.compile(r"\b(?:disiarkan|ditayangkan|live|disaksikan|ditonton|dipantau|"
                        r"penjurian|wawancara|presentasi|verifikasi|seleksi)\b")


def _before_holder(venue: str) -> str:
    """"Rumah Dinas Wali Kota Pasuruan Adi Wibowo", "Pendopo Bupati Kediri
    Hanindhito": a head of region's residence ends at the region, not at
    the name of the one who holds the office."""
    words = venue.split()
    heads = region_heads()
    for i in range(1, len(words)):
        title = next((n for n in (3, 2, 1) if " ".join(words[i:i + n]).lower() in heads), 0)
        if not title:
            continue
        at = i + title
        # (the longest region, the venue's end included: "Kantor Wali Kota
        # Jakarta Selatan" is whole, not "... Jakarta" and a name "Selatan")
        # ("Kantor Bupati Kolaka Utara, Lasusua": the region closes at the
        # comma, the town after it no holder's name)
        region = next((n for n in (3, 2, 1) if at + n <= len(words) and not any(
            w.endswith(",") for w in words[at:at + n - 1]) and gazetteer().candidates(
            " ".join(words[at:at + n]).rstrip(","))), 0)
        if region and not words[at + region - 1].endswith(",") and at + region < len(
                words) and words[at + region][:1].isupper():
            return " ".join(words[:at + region])
    return venue


def _holder_with_degrees(venue: str) -> bool:
    """A person's degrees after a comma close the words read as a venue."""
    return any(plain(part.strip(" .")) in plain_words("degrees.txt")
               for part in venue.split(",")[1:])


# lower-case words after a place's name that go on with the clause, not the
# place ("Sulut hanya dua daerah"), but for a region's kind ("Jatinangor
# kabupaten Sumedang")
_PLAIN_AFTER_NAME = re.compile(
    r"\s+(?!(?:kecamatan|kabupaten|kota|provinsi|desa|kelurahan)\b)[a-z]+\b(?:\s+[a-z]+\b)*$")


@lru_cache(maxsize=1)
def _office_named_at() -> re.Pattern[str]:
    """An office whose name goes on with the town it serves after "di"
    (cues.json offices_named_at), its short form in brackets or not."""
    offices = "|".join(data_json("cues.json")["offices_named_at"])
    return re.compile(rf"\b(?:{offices})\)?\s*$")


def find_venue(text: str, named_only: bool = False) -> tuple[str, int, int] | None:
    """Where the handover took place, as written: (venue, start, end) or None.

    "secara daring"/virtual gives "daring" (not "secara daring dan luring",
    not "disiarkan secara online"). Otherwise the text after "di"
    (or "bertempat di" ...) up to the date, the next clause or the sentence
    end, preferring one that opens with a venue word (Gedung, Hotel, Aula
    ...). With ``named_only``, only such a venue (or "daring") counts."""
    skip, heads, daring, venue_stop = _venue_words()
    lower = text.lower()
    witness = _place_as_witness().match(text)
    if witness:
        # "Ballroom Hotel Mulia Jakarta menjadi saksi ...", "Pendopo Agung X
        # menjadi tempat penyerahan ...": the place the sentence opens with
        return witness["place"], witness.start("place"), witness.end("place")
    for cue in daring:
        at = lower.find(cue)
        if at >= 0 and not _HYBRID.match(lower, at + len(cue)) and not _BROADCAST.search(
                lower, max(0, at - 60), at) and not _HELD_AT.search(text) and not (
                _OTHERS_ONLINE.search(lower, max(0, at - 80), at)):
            return "daring", at, at + len(cue)
    candidates = []
    capitals = data_json("cues.json")["capital_venues"]
    for m in _VENUE_CUE.finditer(text):
        rest = text[m.end():]
        words = rest.split(maxsplit=2)
        if not words:
            continue
        first = words[0].strip(",").lower()
        # "di lapangan" is in the field, "di Lapangan PT Petrokimia" and "di
        # lapangan Desa Doko" are places
        named = first in heads and len(words) > 1 and (
            words[1][:1].isupper() or words[1][:1].isdigit()  # "Lapangan 19 November"
            # (one word of what it is for between: "di lapangan upacara Kantor Gubernur")
            or (len(words) > 2 and words[1].isalpha() and words[1].islower()
                and words[1] not in _NOT_A_USE and words[2][:1].isupper()))
        if m.group().lstrip().startswith("Di") and not named:
            continue  # (only a building: "Di Jawa Tengah, juara pertama diraih ...")
        if first in _AREAS and not named:
            continue  # "jati diri Indonesia di kawasan perbatasan": an area, no venue
        if _NOT_WHERE_HELD.search(text, max(0, m.start() - 12), m.start()) and not (
                named and first not in _AREAS):
            # "terbaik di Kawasan Timur Indonesia", "tambang yang berada di Blok
            # X" (but "kota terbaik di Hotel Aston Jambi": a building)
            continue
        if _office_named_at().search(text, max(0, m.start() - 40), m.start()):
            continue  # "Balai Besar POM di Mataram": the office's name, not a venue
        if _RECEIVED_AT.search(text, max(0, m.start() - 80), m.start()):
            # "Dalam keterangan yang diterima ANTARA di Kota Cimahi, Sabtu, ...":
            # where a statement reached the newsroom
            continue
        if _area_before(text, m.start()) and not (named and first not in capitals):
            # "dua daerah di Sumatera Selatan": where they are, not a venue
            # (but "malam anugerah bagi daerah di Grand Kartika Hotel": a building)
            continue
        # "bertempat di Desa Beringin Kecamatan Kusan Hilir": a place word
        # after a word of holding names the venue
        # (or, right after the handing verb and who handed it over: "diserahkan
        # Mendagri Tjahjo Kumolo di Kabupaten Banggai, Sulawesi Tengah")
        held = first in _PLACE_WORDS and len(words) > 1 and words[1][:1].isupper() and (
            m.group().split()[0].lower() != "di"
            or _HANDED_THERE.search(text, max(0, m.start() - 120), m.start()) is not None)
        # "dalam rapat paripurna DPRD ...", "di ruang rapat paripurna DPRD ..."
        plenary = rest.lower().startswith(("rapat paripurna", "ruang rapat paripurna",
                                           "ruang paripurna"))
        if not plenary and ((first in skip and not (named or held)) or (
                rest[:1].islower() and first not in heads) or (
                not m.group().rstrip().endswith("di") and first not in heads)):
            continue  # without "di" only a venue word: "digelar halaman Kantor ..."
        end = len(rest)
        for stop in (venue_stop.search(rest), _DATE_START.search(rest)):
            if stop and stop.start() < end:
                end = stop.start()
        venue = _before_holder(rest[:end].strip(" ,("))  # ", (Senin/14/08/2023)": a bracket
        if first not in heads and not held:
            # "bahwa di Sulut hanya dua daerah yang ...": a place named by its
            # name ends at the words of the clause after it
            venue = _PLAIN_AFTER_NAME.sub("", venue)
        if not venue or _only_a_province(venue) or _AWARD_NAMED.search(venue) or (
                _ISLAND.fullmatch(venue)) or opens_with_any_award(venue):
            # "di NTB", "di Bumi Gora", "di Pulau Sumatra": where, not the
            # ceremony's place; "meraih ... di Subroto Awards 2024", "saat
            # menerima penghargaan di Anugerah Adinata Syariah 2024": the
            # award, not a place
            continue
        if (_speaking().match(rest, end) and not _handed_in_clause(text, m.start())) or (
                first not in heads and _spoke_at().search(text, 0, m.start())):
            continue  # "Kepala Kanwil ... di Semarang, Rabu, menyebutkan ...": where one spoke
        if _holder_with_degrees(venue):
            # "Kepala Perwakilan Maluku di Jakarta Saiful Indra Patta, S.STP.,
            # M.Si": where an office sits, its holder after it
            continue
        if _inside_a_name(text[:m.start()], venue, rest[end:]):
            continue  # "gerakan Peduli dan Berbudaya Lingkungan Hidup di Sekolah (PBLHS)"
        candidates.append((first in heads, venue, m.end(), m.end() + len(venue)))
    if named_only:
        candidates = [c for c in candidates if c[0]]
    if not candidates:
        return None
    # first with a venue word, a building before the capital alone ("di
    # Jakarta, bertempat di Hotel Bidakara"), else first
    best = max(candidates, key=lambda c: (c[0], c[1].lower() not in capitals))
    # (a line broken inside it, "Pendopo Bupati Bener\nMeriah", read as a space)
    return " ".join(best[1].split()), best[2], best[3]
