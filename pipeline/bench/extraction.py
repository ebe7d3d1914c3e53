"""``make bench``: extraction throughput (articles/second, one process, one
core) on the gold texts, the start-up time of the extraction pipeline in a
fresh interpreter, and (``--crawl``) the crawler against its politeness
ceiling."""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pipeline.articles import Article, read_articles

_STARTUP = ("import time; t = time.perf_counter(); "
            "from extractors.records import extract_records; "
            "from extractors.pipeline import nlp; nlp(); "
            "extract_records('Kota Bontang meraih Juara 1 Paritrana Award 2025.'); "
            "print(time.perf_counter() - t)")


def startup_seconds(runs: int = 3) -> float:
    """Best of ``runs`` fresh interpreters: import, build the pipeline, extract once."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STARTUP], capture_output=True, text=True,
                             check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return min(times)


def query_startup_seconds(runs: int = 5) -> float:
    """Best of ``runs`` fresh ``python -m pipeline winners --help``: what a
    query or export command costs before it reads the database (it loads
    neither spaCy nor trafilatura)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline", "winners", "--help"],
                       capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def throughput(articles: list[Article], rounds: int = 5,
               min_seconds: float = 1.0) -> dict[str, float]:
    """Articles per second on a warm pipeline: the best of ``rounds`` rounds,
    each of repeated passes over ``articles`` for at least ``min_seconds``
    (the best round, as ``timeit`` reports, is the one least disturbed by
    the rest of the machine; the median is given beside it)."""
    from extractors.records import extract_records
    from pipeline.extract import settle

    settle()  # warm, as the pipeline's commands run it
    rates, done, records, total = [], 0, 0, 0.0
    for _ in range(rounds):
        n = 0
        start = time.perf_counter()
        while True:
            for a in articles:
                records += len(extract_records(a.text, a.title, a.published))
            n += len(articles)
            elapsed = time.perf_counter() - start
            if elapsed >= min_seconds:
                break
        rates.append(n / elapsed)
        done += n
        total += elapsed
    best = max(rates)
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    return {"articles": done, "seconds": round(total, 3),
            "articles_per_second": round(best, 1),
            "median_articles_per_second": round(statistics.median(rates), 1),
            "ms_per_article": round(1000 / best, 3),
            "mean_words_per_article": round(words, 1), "records": records}


def run_crawl(as_json: bool = False) -> int:
    from pipeline.bench.crawl import crawl_rate

    result = crawl_rate()
    if as_json:
        print(json.dumps(result))
    else:
        print(f"crawler: {result['requests_per_second']} requests/s over {result['hosts']} "
              f"hosts at {result['delay_seconds']} s per host = "
              f"{100 * result['share_of_ceiling']:.1f} % of the "
              f"{result['ceiling_requests_per_second']:g} requests/s politeness ceiling "
              f"({result['requests']} requests in {result['seconds']} s)")
    return 0


def run(paths: list[str], as_json: bool = False) -> int:
    articles: list[Article] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            articles += [a for a in read_articles(fh) if isinstance(a, Article)]
    if not articles:
        print("bench: no articles", file=sys.stderr)
        return 1
    result = {"files": [Path(p).name for p in paths], "distinct_articles": len(articles),
              "startup_seconds": round(startup_seconds(), 3),
              "query_startup_seconds": round(query_startup_seconds(), 3),
              **throughput(articles)}
    sized = [a for a in articles if 300 <= len(a.text.split()) <= 450]
    if len(sized) >= 5:
        result["articles_300_450_words"] = {"distinct": len(sized), **throughput(sized)}
    if as_json:
        print(json.dumps(result))
    else:
        print(f"extraction: {result['articles_per_second']} articles/s, best round "
              f"(median {result['median_articles_per_second']}; {result['ms_per_article']} "
              f"ms/article, {result['distinct_articles']} distinct articles of "
              f"{result['mean_words_per_article']} words on average, {result['articles']} "
              f"extracted in {result['seconds']} s, one process)")
        if "articles_300_450_words" in result:
            sub = result["articles_300_450_words"]
            print(f"articles of 300-450 words: {sub['articles_per_second']} articles/s, best "
                  f"round (median {sub['median_articles_per_second']}; {sub['ms_per_article']} "
                  f"ms/article, {sub['distinct']} distinct articles)")
        print(f"start-up: {result['startup_seconds']} s (fresh interpreter: import, build the "
              f"spaCy pipeline, first extraction); query commands: "
              f"{result['query_startup_seconds']} s (`winners --help`, a fresh process)")
    return 0
