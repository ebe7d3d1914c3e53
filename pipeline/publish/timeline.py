"""How an award event is shown on a timeline, and the timeline page itself.

``when`` places an event on the time axis (its ceremony date, else its award
year, else the year it was first reported); ``facts``, ``conflict_notes``
and ``source_links`` are the plain-text lines every timeline shows. The
TimelineJS export and the chart use them too. ``render_page`` fills the
page template (``templates/timeline.html``: all CSS and JavaScript inline,
no network) with the events as a JSON island that markup inside a press
release cannot break out of; the page renders it with text nodes only.
"""
from __future__ import annotations

import json
from importlib.resources import files
from typing import Any, NamedTuple
from urllib.parse import urlsplit

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DATA_SLOT = "__ANUGERAH_EVENTS__"


class When(NamedTuple):
    """Where an event sits in time; ``basis`` says which field placed it."""

    year: int
    month: int | None
    day: int | None
    basis: str  # "event_date", "award_year" or "first_published"

    @property
    def label(self) -> str:
        """The date as people read it: "29 Jul 2025", "2023 (award year)"."""
        if self.basis == "award_year":
            return f"{self.year} (award year)"
        if self.basis == "first_published":
            return f"{self.year} (first reported)"
        parts = [str(self.day) if self.day else "", _MONTHS[self.month - 1] if self.month else "",
                 str(self.year)]
        return " ".join(p for p in parts if p)


def when(event: dict[str, Any]) -> When | None:
    """The event's place on the time axis, or None when nothing dates it."""
    if event.get("event_date"):
        parts = [int(p) for p in event["event_date"][:10].split("-")]
        year, month, day = (parts + [None, None])[:3]
        return When(year, month, day, "event_date")
    if event.get("award_year"):
        return When(int(event["award_year"]), None, None, "award_year")
    if event.get("first_published"):
        return When(int(event["first_published"][:4]), None, None, "first_published")
    return None


def facts(event: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) for every field the event states, in reading order; the
    date is left to the timeline's own axis (see ``when``)."""
    presenter = ", ".join(v for v in (event["presenter"], event["presenter_title"]) if v)
    award = " ".join(str(v) for v in (event["award"], event["award_year"]) if v)
    pairs = [("Award", award), ("Rank", event["rank"]), ("Category", event["category"]),
             ("Level", event["level"]), ("Province", event["province"]),
             ("Venue", event["venue"]), ("Presented by", presenter),
             ("Received by", event["recipient"])]
    return [(label, str(value)) for label, value in pairs if value not in (None, "")]


def conflict_notes(event: dict[str, Any]) -> list[str]:
    """One line per field on which the sources disagree, with each value's support."""
    notes = []
    for field, values in (event.get("conflicts") or {}).items():
        support = [f'"{value}" ({len(urls)} source{"s" * (len(urls) != 1)})'
                   for value, urls in values.items()]
        notes.append(f"Sources differ on {field.replace('_', ' ')}: {', '.join(support)}")
    return notes


def source_links(event: dict[str, Any]) -> list[dict[str, Any]]:
    """Per source article: url, title (the site's name when unknown), host and
    the evidence sentences, in the order of ``event["sources"]``."""
    evidence = {e["url"]: e for e in event.get("evidence") or []}
    links = []
    for url in event["sources"]:
        host = urlsplit(url).hostname or url
        found = evidence.get(url, {})
        links.append({"url": url, "title": found.get("title") or host, "host": host,
                      "sentences": found.get("sentences", [])})
    return links


def _page_event(event: dict[str, Any]) -> dict[str, Any]:
    at = when(event)
    return {"id": event["id"], "awardee": event["awardee"], "award": event["award"],
            "province": event["province"], "level": event["level"],
            "year": at.year if at else None, "date": at.label if at else "undated",
            "facts": facts(event), "notes": conflict_notes(event),
            "sources": source_links(event)}


def island_json(value: Any) -> str:
    """JSON safe to place inside a <script> element: no <, > or & survives,
    so a "</script>" in a press release cannot end the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(events: list[dict[str, Any]]) -> str:
    """The self-contained timeline page for ``events`` (as from find_events)."""
    template = files("pipeline.publish").joinpath("templates/timeline.html").read_text("utf-8")
    return template.replace(_DATA_SLOT, island_json([_page_event(e) for e in events]), 1)
