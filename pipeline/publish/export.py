"""The exports of ``anugerah export``: every award event of the database as
awards.csv (one row per event, for spreadsheets), awards.json (the events
with their sources and evidence), timeline.json (Knight Lab TimelineJS3),
timeline.html (the offline timeline page), timeline.png (events per year
and province) and metadata.yml (Datasette's titles, facets and canned
queries for the database, whose lookup_names it brings up to date). Each
file is written whole to a temporary file and renamed into place, so a
reader never sees half a file."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from contextlib import suppress
from html import escape
from pathlib import Path
from typing import Any

import sqlite_utils

from extractors.record import FIELDS
from pipeline.publish.datasette_meta import prepare
from pipeline.publish.timeline import conflict_notes, facts, render_page, source_links, when
from pipeline.publish.winners import Filters, find_events

CSV_COLUMNS = (*FIELDS, "source_count", "sources", "conflicts", "id")
TIMELINE_TITLE = "Regional government awards"


def awards_csv(events: list[dict[str, Any]]) -> str:
    """One row per event: the record fields, source_count, the source URLs
    joined by " | ", the conflicts as JSON (empty when none) and the id."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for event in events:
        row = {**event, "sources": " | ".join(event["sources"]),
               "conflicts": json.dumps(event["conflicts"], ensure_ascii=False)
               if event["conflicts"] else ""}
        writer.writerow(row[column] for column in CSV_COLUMNS)
    return out.getvalue()


def _slide_text(event: dict[str, Any]) -> str:
    """The HTML body of a TimelineJS slide; every value from an article escaped."""
    parts = [f"<p><b>{escape(label)}:</b> {escape(value)}</p>" for label, value in facts(event)]
    parts += [f"<p><i>{escape(note)}</i></p>" for note in conflict_notes(event)]
    links = [f'<a href="{escape(s["url"])}" target="_blank" rel="noopener noreferrer">'
             f'{escape(s["title"])}</a> ({escape(s["host"])})' for s in source_links(event)]
    parts.append(f"<p>Source{'s' * (len(links) != 1)}: {', '.join(links)}</p>")
    return "".join(parts)


def timelinejs(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The events in Knight Lab's TimelineJS3 JSON format. Headlines and texts
    are HTML there, so every string from an article is escaped. An event
    without a ceremony date is placed in its award year (else the year it was
    first reported) and says so in display_date; one with neither is left out."""
    slides = []
    for event in events:
        at = when(event)
        if at is None:
            continue
        start = {"year": at.year, **({"month": at.month} if at.month else {}),
                 **({"day": at.day} if at.day else {})}
        slide = {"start_date": start,
                 "text": {"headline": escape(event["awardee"]), "text": _slide_text(event)},
                 "group": escape(event["award"]), "unique_id": event["id"]}
        if at.basis != "event_date":
            slide["display_date"] = at.label
        slides.append(slide)
    years = sorted({s["start_date"]["year"] for s in slides})
    span = f", {years[0]}–{years[-1]}" if years else ""
    return {"title": {"text": {
        "headline": TIMELINE_TITLE,
        "text": f"<p>{len(slides)} award events read from press releases{span}.</p>"}},
        "events": slides}


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` (str as UTF-8) to ``path`` through a temporary file in
    the same directory and an atomic rename."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide the file from a web server
        os.replace(tmp, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return path


def export_all(db: sqlite_utils.Database, out_dir: str | os.PathLike[str]) -> dict[str, Path]:
    """Write every export of the database's award events into ``out_dir``
    (created when missing); returns file name -> path written."""
    from pipeline.publish.chart import render_chart  # matplotlib: only when a chart is drawn

    events = find_events(db, Filters(), evidence=True)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    def as_json(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2) + "\n"

    contents = {"awards.csv": awards_csv(events), "awards.json": as_json(events),
                "timeline.json": as_json(timelinejs(events)),
                "timeline.html": render_page(events), "timeline.png": render_chart(events)}
    written = {name: write_atomic(out / name, data) for name, data in contents.items()}
    written["metadata.yml"] = prepare(db, out / "metadata.yml")
    return written
