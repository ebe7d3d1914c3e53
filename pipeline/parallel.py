"""Clean and extract many pages on several processes with dask.distributed.

Bulk work (``import-warc``, ``reprocess``) reads pages in the main process,
sends them in batches to worker processes (a ``LocalCluster`` of N
processes, one thread each, or an existing cluster by its scheduler's
address), and gets back, in the order sent, what each page gave: the
single writer then stores them in that order, so the database ends the same
with any number of workers. At most ``window`` batches are in flight, so
memory stays flat in the number of pages. With one worker and no
scheduler nothing of Dask is started: the pages are processed in place.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from pipeline.ingest import Page, Processed, process_page

BATCH = 16  # pages a task: a task costs about a millisecond, a page a few


def process_batch(pages: list[Page]) -> list[Processed]:
    """What each page gives; a page that breaks the cleaner or the extractor
    comes back with its ``error``, and the batch goes on (runs on a worker)."""
    out = []
    for page in pages:
        try:
            out.append(process_page(page))
        except Exception as exc:  # one broken page never stops the batch
            out.append(Processed(None, [], error=f"{type(exc).__name__}: {exc}"))
    return out


@contextmanager
def _client(workers: int, scheduler: str | None) -> Iterator:  # -> distributed.Client
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        try:
            yield client
        finally:
            client.close()
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(
            cluster) as client:
        yield client


def processed_in_order(pages: Iterable[Page], workers: int = 1, scheduler: str | None = None,
                       window: int | None = None) -> Iterator[tuple[Page, Processed]]:
    """Each page with what it gave, in the order of ``pages``."""
    if workers <= 1 and not scheduler:
        for page in pages:
            yield page, process_batch([page])[0]
        return
    pages = iter(pages)
    with _client(workers, scheduler) as client:
        in_flight: deque = deque()
        limit = window or 4 * max(workers, len(client.scheduler_info()["workers"]))
        while True:
            batch = list(islice(pages, BATCH))
            if batch:
                in_flight.append((batch, client.submit(process_batch, batch, pure=False)))
            if in_flight and (len(in_flight) >= limit or not batch):
                sent, future = in_flight.popleft()
                yield from zip(sent, future.result(), strict=True)
            if not batch and not in_flight:
                return
