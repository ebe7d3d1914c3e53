"""Read articles from JSON lines: ``{"id", "url", "title", "published",
"text"}`` (or ``html`` instead of ``text``), one per line.

A line that cannot be read (not JSON, not an object, no ``id``) is reported
with its number and skipped; an article whose text cannot be used (empty,
binary, not Indonesian, oversized) is still an article: it is reported and
yields no records, or is cut to the size limit.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import IO

MAX_TEXT_CHARS = 200_000  # a press release is 2–10k characters
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
LANGUAGE_SAMPLE = 5_000  # characters: some 700 words tell the language


@dataclass(frozen=True)
class Article:
    """An article to extract from."""

    id: str
    url: str | None
    title: str | None
    published: str | None
    text: str
    line: int


@dataclass(frozen=True)
class LineError:
    """A problem with one input line: its number, the article id when known,
    and why."""

    line: int
    reason: str
    id: str | None = None
    fatal: bool = True  # the line could not be read at all

    def __str__(self) -> str:
        where = f"line {self.line}" + (f" (id {self.id})" if self.id else "")
        return f"{where}: {self.reason}"


@lru_cache(maxsize=1)
def _indonesian_words() -> frozenset[str]:
    """Words of which Indonesian text has many, other languages few
    (``data/indonesian_words.txt``)."""
    lines = files("pipeline").joinpath("data/indonesian_words.txt").read_text("utf-8")
    return frozenset(w for w in lines.split("\n") if w and not w.startswith("#"))


def text_problem(text: str) -> str | None:
    """Why a text cannot be extracted from, or None when it can."""
    if not text.strip():
        return "empty text"
    sample = text[:20_000]
    if len(_CONTROL.findall(sample)) > max(5, len(sample) // 100):
        return "text looks like binary data"
    words = sample[:LANGUAGE_SAMPLE].lower().split()
    indonesian = _indonesian_words()
    if len(words) >= 30 and sum(map(indonesian.__contains__, words)) < len(words) * 0.03:
        return "text does not look like Indonesian"
    return None


def _clean_html(html: str, url: str | None) -> str:
    from pipeline.clean import html_to_text  # trafilatura only when needed

    return html_to_text(html, url)


def read_articles(stream: IO[str]) -> Iterator[Article | LineError]:
    """Articles of a JSON-lines stream, with an error value for each bad line."""
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LineError(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield LineError(number, "not a JSON object")
            continue
        if obj.get("id") in (None, ""):
            yield LineError(number, 'no "id"')
            continue
        aid = str(obj["id"])
        text = obj.get("text")
        if text is None and isinstance(obj.get("html"), str):
            text = _clean_html(obj["html"], obj.get("url"))
        if not isinstance(text, str):
            yield LineError(number, 'no "text" (or "html") string', aid, fatal=False)
            text = ""
        if len(text) > MAX_TEXT_CHARS:
            yield LineError(number, f"text of {len(text)} characters cut to {MAX_TEXT_CHARS}",
                            aid, fatal=False)
            text = text[:MAX_TEXT_CHARS]
        yield Article(aid, obj.get("url"), obj.get("title"), obj.get("published"), text, number)
