"""``make bench``: extraction speed and start-up, end-to-end cost against
trafilatura alone (wall time and CPU per page), the crawl rate against the
politeness ceiling, and the bulk commands (backfill against its ceiling,
reprocess on one and two Dask workers)."""
