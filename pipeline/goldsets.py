"""Read a gold file: its records and, to extract from, its articles.

The team-written sets (``corpus/gold/``) carry their texts. The real sets
(``corpus/real/``) carry facts only: each line is ``{"id", "url", "query",
"records", "notes"}`` and the text of a real page stays out of the
repository, in a cache beside the set (``corpus/real/.cache/<set>.jsonl``,
lines ``{"id", "url", "title", "published", "text"}``). A line without a
text takes it from the cache; a set whose texts are not cached cannot be
scored, and says so; a set whose cache lacks some texts (a rebuild under
way) is scored on the articles it has, and names the others.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pipeline.articles import Article, read_articles

CACHE_DIR = ".cache"


class GoldError(Exception):
    """A gold file that cannot be scored, with the reason as its message."""


@dataclass
class GoldSet:
    """A gold file's records by article id, and its articles in file order."""

    records: dict[str, list[dict[str, Any]]]
    articles: list[Article]
    missing: list[str] = field(default_factory=list)  # ids left out: no text in the cache


def cache_path(gold: Path) -> Path:
    """Where the texts of a facts-only gold file are cached."""
    return gold.parent / CACHE_DIR / gold.name


def _lines(path: Path) -> list[dict[str, Any]]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                str(obj["id"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise GoldError(f"{path}: line {number} is not a gold line ({exc})") from exc
            out.append(obj)
    return out


def read_gold(path: str | Path, texts: bool = True) -> GoldSet:
    """The records and articles of a gold file, texts from its cache where the
    file has none (no articles when ``texts`` is false: scoring predictions
    needs the records only). Articles the cache lacks are left out of both
    and listed in ``missing``. Raises GoldError naming the file or its
    missing cache."""
    path = Path(path)
    try:
        lines = _lines(path)
    except OSError as exc:
        raise GoldError(f"cannot read {path}: {exc.strerror}") from exc
    records = {str(o["id"]): o.get("records") or [] for o in lines}
    if not texts:
        return GoldSet(records, [])
    with path.open(encoding="utf-8") as fh:
        articles = [a for a in read_articles(fh) if isinstance(a, Article)]
    textless = {str(o["id"]) for o in lines if o.get("text") is None and o.get("html") is None}
    if not textless:
        return GoldSet(records, articles)
    cache = cache_path(path)
    if not cache.exists():
        raise GoldError(f"{path}: not scored: its texts are not cached ({cache} is missing; "
                        f"{path.parent / 'README.md'} says how to rebuild it)")
    with cache.open(encoding="utf-8") as fh:
        cached = {a.id: a for a in read_articles(fh) if isinstance(a, Article)}
    missing = sorted(textless - set(cached))
    joined = [replace(cached[a.id], line=a.line) if a.id in textless else a for a in articles
              if a.id not in missing]
    return GoldSet({k: v for k, v in records.items() if k not in missing}, joined, missing)
