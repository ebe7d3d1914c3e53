"""The ``extract`` command: JSON-lines articles in, one JSON line of records
out per article, in input order; problems on stderr, naming the line."""
from __future__ import annotations

import json
from typing import IO

from pipeline.articles import Article, LineError, read_articles, text_problem


def records_of(article: Article) -> tuple[list[dict], str | None]:
    """The records of an article as dicts, and the problem that kept it from
    extraction, if any."""
    problem = text_problem(article.text)
    if problem:
        return [], problem
    from extractors.records import extract_records  # loads spaCy

    records = extract_records(article.text, article.title, article.published)
    return [r.to_dict() for r in records], None


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
