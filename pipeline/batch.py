"""A pipeline run as an unattended batch (``make nightly``, ``make demo``).

- A lock beside the database: a second run while one is going exits at once
  with a clear message (the lock is the kernel's, so a killed run never
  leaves it behind).
- A log file per database in ``outputs/logs/`` (every event as a JSON
  line), rotated by size.
- A ``runs`` row: started, finished, status, counts, errors, the sources
  that failed; a row a killed run left ``running`` is marked ``killed``.
- The exit status: 0 when the run succeeded, also when only some sources
  failed (they are reported); 1 when the run as a whole failed.
"""
from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import IO, Any

import sqlite_utils

from pipeline.crawl.sources import Source
from pipeline.progress import Reporter
from pipeline.store.runs import close_run

LOG_BYTES = 5_000_000  # a log file is rotated past this size
LOG_BACKUPS = 7
EXIT_FAILED = 1
EXIT_LOCKED = 75  # EX_TEMPFAIL: try again later


class RunLocked(RuntimeError):
    """Another run holds the database."""


@contextmanager
def run_lock(db_path: str) -> Iterator[None]:
    """Hold ``<db>.lock`` for the length of a run, or raise RunLocked."""
    path = f"{db_path}.lock"
    with open(path, "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise RunLocked(f"another run is using {db_path} (pid {holder}); "
                            f"not starting a second one") from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        try:
            yield
        finally:
            fh.seek(0)
            fh.truncate()
            fcntl.flock(fh, fcntl.LOCK_UN)


def run_logger(log_dir: str, db_path: str) -> logging.Logger:
    """A logger writing to ``<log_dir>/<database name>.log``, rotated by size."""
    Path(log_dir).mkdir(parents=True, exist_ok=True)
    name = Path(db_path).stem
    logger = logging.getLogger(f"anugerah.run.{name}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    path = os.path.abspath(os.path.join(log_dir, f"{name}.log"))
    if not any(getattr(h, "baseFilename", None) == path for h in logger.handlers):
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)
    return logger


def failed_sources(reporter: Reporter, sources: list[Source]) -> list[str]:
    """Sources that got errors and not one page (fetched or not modified)."""
    failed = []
    for s in sources:
        counts = reporter.per_site.get(s.name, {})
        if counts.get("errors") and not (counts.get("fetched") or counts.get("not_modified")):
            failed.append(s.name)
    return failed


def finish_run(db: sqlite_utils.Database, run_id: int, reporter: Reporter,
               sources: list[Source], crash: BaseException | None) -> str:
    """Close the run's row; its status: ok, partial (some sources or the
    exports failed) or failed."""
    failed = failed_sources(reporter, sources)
    if crash is not None or (sources and len(failed) == len(sources)):
        status = "failed"
    else:
        status = "partial" if failed or reporter.errors.get("publish") else "ok"
    errors: dict[str, Any] = dict(reporter.errors)
    if crash is not None:
        errors["crash"] = f"{type(crash).__name__}: {crash}"
    close_run(db, run_id, status, [s.name for s in sources], failed, dict(reporter.counts),
              errors)
    return status


def summary_line(status: str, reporter: Reporter, failed: list[str], out: IO[str]) -> None:
    """The one line an operator reads after a run."""
    data = reporter.summary()
    errors = ", ".join(f"{k} {v}" for k, v in data["errors"].items()) or "none"
    failed_text = f"; sources failed: {', '.join(failed)}" if failed else ""
    out.write(f"run {status}: {data['fetched']} pages fetched, {data['not_modified']} not "
              f"modified, {data['new_articles']} new articles, {data['updated_articles']} "
              f"updated, {data['new_awards']} new awards, {reporter.counts['events']} award "
              f"events; errors: {errors}{failed_text}\n")
