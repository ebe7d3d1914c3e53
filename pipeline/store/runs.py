"""The run journal: the ``sources`` table (each source as the last run saw
it) and one ``runs`` row per batch run, opened when it starts and closed
with its status, counts and errors when it ends."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import sqlite_utils

from pipeline.crawl.crawlstate import now
from pipeline.crawl.sources import Source


def record_sources(db: sqlite_utils.Database, sources: Iterable[Source]) -> None:
    """The run's sources in the ``sources`` table."""
    with db.conn:
        db["sources"].upsert_all(
            ({"name": s.name, "url": s.url, "province": s.province, "kind": s.kind,
              "enabled": int(s.enabled), "reachable": int(s.reachable),
              "updated_at": now()} for s in sources), pk="name")


def start_run(db: sqlite_utils.Database, command: str) -> int:
    """A ``runs`` row for this run; earlier rows still ``running`` belong to
    killed runs (this one holds the lock) and are marked so."""
    with db.conn:
        db.execute("UPDATE runs SET status = 'killed' WHERE status = 'running'")
        return db["runs"].insert({"command": command, "started": now(),
                                  "status": "running"}, pk="id").last_pk


def close_run(db: sqlite_utils.Database, run_id: int, status: str, sources: list[str],
              failed: list[str], counts: dict[str, int], errors: dict[str, Any]) -> None:
    """Close the run's row with how it ended."""
    with db.conn:
        db["runs"].update(run_id, {
            "finished": now(), "status": status,
            "sources": json.dumps({"run": sources, "failed": failed}),
            "counts": json.dumps(counts), "errors": json.dumps(errors)})
