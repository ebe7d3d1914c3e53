"""The ``extract`` command: JSON-lines articles in, one JSON line of records
out per article, in input order; problems on stderr, naming the line."""
from __future__ import annotations

import gc
import json
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from pipeline.articles import Article, LineError, read_articles, text_problem

# An article is read in milliseconds; one that takes this long has met a
# reading that does not end, and is reported like a broken page.
PAGE_BUDGET_SECONDS = 30.0


# a release to read once before the first article, so the pipeline and its
# rule tables are built before ``settle`` freezes them
_WARM_UP = ("Kota Bontang meraih Juara 1 Paritrana Award 2025 tingkat Provinsi Kalimantan Timur. "
            "Penghargaan diserahkan Gubernur Kalimantan Timur kepada Wali Kota Bontang di "
            "Pendopo Lamin Etam, Samarinda, Rabu (4/6/2025).")
_settled = False


def settle() -> None:
    """Build the extraction pipeline and read its rule tables (one
    extraction of a short release), then take every object made so far out
    of the garbage collector's scans (``gc.freeze``). Those objects, more
    than 100,000, live as long as the process; without this every full
    collection walks them again, about 3 % of the CPU a page costs. Runs
    once per process; ``records_of`` calls it before its first article."""
    global _settled
    if _settled:
        return
    from extractors.records import extract_records  # loads spaCy

    extract_records(_WARM_UP, None, "2025-06-04")
    gc.collect()
    gc.freeze()
    _settled = True


class ExtractionTimeout(Exception):
    """The extraction of one article took longer than its budget."""


def records_of(article: Article) -> tuple[list[dict], str | None]:
    """The records of an article as dicts, and the problem that kept it from
    extraction, if any. An extraction that runs past PAGE_BUDGET_SECONDS
    raises ``ExtractionTimeout`` (in the main thread, where a timer can
    interrupt it, and when no other timer runs; workers' threads run without
    one)."""
    problem = text_problem(article.text)
    if problem:
        return [], problem
    from extractors.records import extract_records

    settle()
    with _time_budget(PAGE_BUDGET_SECONDS):
        records = extract_records(article.text, article.title, article.published)
    return [r.to_dict() for r in records], None


@contextmanager
def _time_budget(seconds: float) -> Iterator[None]:
    """Raise ExtractionTimeout in the block after ``seconds`` (main thread
    only); the timer and handler before are put back."""
    if threading.current_thread() is not threading.main_thread() or (
            signal.getitimer(signal.ITIMER_REAL)[0] > 0):
        yield  # (a timer already running is the caller's)
        return

    def expire(signum: int, frame: object) -> None:
        raise ExtractionTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_stream(source: IO[str], out: IO[str], err: IO[str]) -> int:
    """Run extraction over a stream; the exit status is 1 when a line could
    not be read or an article failed, else 0."""
    failed = 0
    for item in read_articles(source):
        if isinstance(item, LineError):
            err.write(f"extract: {item}\n")
            failed += item.fatal
            continue
        try:
            records, problem = records_of(item)
        except Exception as exc:  # one broken article never stops the run
            records, problem = [], f"extraction failed: {type(exc).__name__}: {exc}"
            failed += 1
        if problem:
            err.write(f"extract: line {item.line} (id {item.id}): {problem}; no records\n")
        out.write(json.dumps({"id": item.id, "records": records}, ensure_ascii=False) + "\n")
    return 1 if failed else 0
