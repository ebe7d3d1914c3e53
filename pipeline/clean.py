"""Turn a press-release page into text with trafilatura."""
from __future__ import annotations


def html_to_text(html: str | bytes, url: str | None = None) -> str:
    """The main text of a page ("" when trafilatura finds none)."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=True)
    return text or ""
