"""Progress and events of a run: a live per-site display on a terminal
(rich), one JSON line per event with ``--log-json``, and quiet otherwise;
always the counters for the closing summary."""
from __future__ import annotations

import json
import logging
import sys
import threading
import time
from collections import Counter
from typing import IO, Any


class Reporter:
    """Receives events from the crawl threads and the later stages."""

    def __init__(self, log_json: bool = False, stream: IO[str] | None = None,
                 live: bool | None = None, log: logging.Logger | None = None) -> None:
        self.stream = stream or sys.stderr
        self.log_json = log_json
        self.log = log  # every event also goes here as a JSON line (the run's log file)
        self.counts: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.per_site: dict[str, Counter[str]] = {}
        self._lock = threading.Lock()
        self._progress = None
        self._tasks: dict[str, Any] = {}
        if live is None:
            live = not log_json and self.stream.isatty()
        if live:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            self._progress = Progress(TextColumn("{task.description:<28}"), BarColumn(),
                                      MofNCompleteColumn(), TextColumn("{task.fields[info]}"),
                                      console=Console(file=self.stream), transient=False)
            self._progress.start()

    def event(self, name: str, **fields: Any) -> None:
        """Record an event; counted, and shown or logged."""
        with self._lock:
            if not (self.log_json or self.log):
                return
            line = json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                               "event": name, **fields}, ensure_ascii=False)
            if self.log_json:
                self.stream.write(line + "\n")
                self.stream.flush()
            if self.log:
                self.log.info(line)

    def count(self, key: str, n: int = 1, site: str | None = None) -> None:
        with self._lock:
            self.counts[key] += n
            if site:
                self.per_site.setdefault(site, Counter())[key] += n

    def error(self, kind: str, site: str | None = None) -> None:
        with self._lock:
            self.errors[kind] += 1
            if site:
                self.per_site.setdefault(site, Counter())["errors"] += 1

    def site_progress(self, site: str, done: int, total: int) -> None:
        """Update a site's bar on a terminal."""
        if self._progress is None:
            return
        with self._lock:
            counts = self.per_site.get(site, Counter())
            if "captures_found" in counts:  # a backfill
                info = (f"{counts['captures_found']} captures found, {counts['fetched']} "
                        f"fetched, {counts['articles']} articles, {counts['awards']} awards, "
                        f"{counts['errors']} errors")
            else:
                info = (f"{counts['fetched']} fetched, {counts['not_modified']} 304, "
                        f"{counts['new_links']} new links, {counts['errors']} errors")
            if site not in self._tasks:
                self._tasks[site] = self._progress.add_task(site, total=total, info=info)
            self._progress.update(self._tasks[site], completed=done, total=total, info=info)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def summary(self) -> dict[str, Any]:
        return {**{k: self.counts[k] for k in ("fetched", "not_modified", "new_articles",
                                              "updated_articles", "articles", "new_awards",
                                              "awards")},
                "errors": dict(sorted(self.errors.items()))}

    def print_summary(self, label: str, out: IO[str] | None = None) -> None:
        """The closing summary: one JSON line with --log-json, else one line."""
        out = out or self.stream
        data = self.summary()
        if self.log_json:
            out.write(json.dumps({"event": "summary", "run": label, **data},
                                 ensure_ascii=False) + "\n")
            return
        errors = ", ".join(f"{k} {v}" for k, v in data["errors"].items()) or "none"
        fetched = (f"{data['fetched']} pages fetched, {data['not_modified']} not modified "
                   f"(304), " if data["fetched"] or data["not_modified"] else "")
        out.write(f"{label}: {fetched}errors: {errors}; {data['new_articles']} new articles, "
                  f"{data['updated_articles']} updated, {data['new_awards']} new awards\n")
