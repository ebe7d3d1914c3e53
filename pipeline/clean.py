"""Turn a press-release page into text and metadata with trafilatura
(``bare_extraction``, precision-leaning), the publication date found by
htmldate and never later than the day the page was fetched; the
boilerplate trafilatura keeps is taken out (``pipeline.boilerplate``).
Tables in the main text are kept, a row a line written as a list item
("| 1 | Kabupaten Kudus | 95,2 |" becomes "1. Kabupaten Kudus – 95,2"): a
list of winners is often a table."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.boilerplate import strip_boilerplate


@dataclass
class CleanPage:
    """The main text of a page and what trafilatura found about it."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    author: str | None = None
    site: str | None = None
    canonical: str | None = None  # the page's rel=canonical / og:url
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    credits: dict[str, str] = field(default_factory=dict)  # role -> name ("editor": "Rina")


def bare_document(html: str | bytes, url: str | None = None, fetched_on: str | None = None,
                  prune_xpath: list[str] | None = None):  # type: ignore[no-untyped-def]
    """trafilatura's ``bare_extraction`` with the project's settings
    (precision-leaning, metadata, the date never after ``fetched_on``, the
    site's ``prune_xpath`` parts removed first).
    trafilatura's ``deduplicate`` stays off: it drops a paragraph once it has
    seen it a few times in the process, and a press release syndicated by
    several portals must keep its text on every one of them (the cleaner's
    own boilerplate rules take out what repeats on a site)."""
    import trafilatura

    params = {"extensive_search": True, "original_date": True}
    if fetched_on:
        params["max_date"] = fetched_on
    return trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, deduplicate=False, date_extraction_params=params,
        prune_xpath=prune_xpath or None)


_RULE_CELL = re.compile(r"^:?-+:?$")  # "|---|---|": under a header row


def _row_line(cells: list[str]) -> str:
    if cells[0].isdigit() and len(cells[0]) <= 2 and len(cells) > 1:
        return f"{cells[0]}. " + " – ".join(cells[1:])  # a numbered row: "1. ..."
    return " – ".join(cells)


def _opens_table(rows: list[list[str] | None], k: int) -> bool:
    return k == 0 or rows[k - 1] is None


def _numbered_below(rows: list[list[str] | None], k: int) -> bool:
    """The first row under row ``k`` that is no rule opens with a number."""
    below = next((r for r in rows[k + 1:] if r is None or not all(
        _RULE_CELL.match(c) for c in r if c)), None)
    return bool(below) and below[0].isdigit()


def table_lines(text: str) -> str:
    """The rows of the tables trafilatura writes ("| a | b |") as lines of a
    list ("a – b"; "1. b" when the row opens with its number). A header row
    (no digit in it) over numbered rows goes, and so do the rules under it:
    they would cut the list from the sentence that announces it."""
    lines = text.split("\n")
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            if line.strip().startswith("|") and line.strip().endswith("|") else None
            for line in lines]
    out = []
    for k, (line, cells) in enumerate(zip(lines, rows, strict=True)):
        if cells is None:
            out.append(line)
            continue
        cells = [c for c in cells if c]
        if not cells or all(_RULE_CELL.match(c) for c in cells):
            continue
        if not (_opens_table(rows, k) and not any(ch.isdigit() for ch in "".join(cells)) and (
                _numbered_below(rows, k))):
            out.append(_row_line(cells))
    return "\n".join(out)


def clean_page(html: str | bytes, url: str | None = None, fetched_on: str | None = None,
               prune_xpath: list[str] | None = None) -> CleanPage:
    """Text and metadata of a page (empty text when trafilatura finds none).
    ``fetched_on`` (YYYY-MM-DD) caps the publication date; ``prune_xpath``:
    the site's page parts to drop before extraction."""
    doc = bare_document(html, url, fetched_on, prune_xpath)
    if doc is None:
        return CleanPage("")

    def listed(value: object) -> list[str]:
        return [v for v in value if v] if isinstance(value, list) else []

    text, credits = strip_boilerplate(table_lines(doc.text or ""))
    return CleanPage(text, doc.title or None, doc.date or None,
                     doc.author or credits.get("penulis") or credits.get("pewarta"),
                     doc.sitename or None, doc.url or None, listed(doc.categories),
                     listed(doc.tags), credits)


def html_to_text(html: str | bytes, url: str | None = None) -> str:
    """The main text of a page ("" when trafilatura finds none)."""
    return clean_page(html, url).text
