"""How query results reach the user: award events as a table (rich, sized
to the terminal), CSV or JSON, and search hits with their highlighted
snippets and the awards found in each article."""
from __future__ import annotations

import json
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from pipeline.publish.search import MARK_END, MARK_START, Hit

# Columns of the winners table: (header, event key).
_TABLE = (("Date", "event_date"), ("Award", "award"), ("Year", "award_year"),
          ("Level", "level"), ("Awardee", "awardee"), ("Rank", "rank"),
          ("Category", "category"), ("Province", "province"), ("Sources", "source_count"))


def _console(stream: IO[str]) -> Console:
    # Piped output keeps whole rows instead of wrapping at 80 columns, and
    # sentences on one line each.
    return Console(file=stream, width=None if stream.isatty() else 160,
                   highlight=False, soft_wrap=True)


def _cell(value: Any) -> str:
    return "" if value is None else escape(str(value))


def print_events(events: list[dict[str, Any]], fmt: str, stream: IO[str],
                 with_sources: bool = False) -> None:
    """Award events as ``table``, ``csv`` or ``json``; ``with_sources`` adds
    to the table each event's articles and evidence sentences (JSON events
    carry them when they were read with their evidence)."""
    if fmt == "json":
        stream.write(json.dumps(events, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":  # the columns of awards.csv
        from pipeline.publish.export import awards_csv

        stream.write(awards_csv(events))
        return
    console = _console(stream)
    table = Table(show_lines=False, header_style="bold")
    for header, _ in _TABLE:
        table.add_column(header, overflow="fold")
    for event in events:
        table.add_row(*(_cell(event.get(key)) for _, key in _TABLE))
    console.print(table)
    console.print(f"{len(events)} award events")
    if with_sources:
        for n, event in enumerate(events, 1):
            console.print(f"\n[bold]{n}. {_cell(event['awardee'])}[/bold] — "
                          f"{_cell(event['award'])} {_cell(event['award_year'])}")
            for source in event.get("evidence") or []:
                console.print(f"  {_cell(source['url'])}")
                for sentence in source["sentences"]:
                    console.print(f"    “{_cell(sentence)}”")


def _highlighted(snippet: str, terminal: bool) -> str:
    text = escape(snippet)
    if terminal:
        return text.replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/bold yellow]")
    return text.replace(MARK_START, escape("[")).replace(MARK_END, "]")


def print_hits(hits: list[Hit], fmt: str, stream: IO[str]) -> None:
    """Search hits as readable text (matched words highlighted on a terminal,
    in [brackets] elsewhere) or JSON."""
    if fmt == "json":
        stream.write(json.dumps([{
            "url": h.url, "title": h.title, "published": h.published,
            "snippet": h.snippet.replace(MARK_START, "[").replace(MARK_END, "]"),
            "awards": h.awards} for h in hits], ensure_ascii=False, indent=2) + "\n")
        return
    console = _console(stream)
    for n, hit in enumerate(hits, 1):
        console.print(f"[bold]{n}. {_cell(hit.title)}[/bold] ({_cell(hit.published)})")
        console.print(f"   {_cell(hit.url)}")
        console.print(f"   {_highlighted(hit.snippet, stream.isatty())}")
        for award in hit.awards:
            rank = f", peringkat {award['rank']}" if award["rank"] else ""
            console.print(f"   → {_cell(award['awardee'])}: {_cell(award['award'])} "
                          f"{_cell(award['award_year'])}{_cell(rank)}")
    console.print(f"{len(hits)} articles")
