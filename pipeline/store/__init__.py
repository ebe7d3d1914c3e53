"""Storage: the SQLite schema and its migrations, articles with their award
records, the merged award events, lookup names and the runs journal. The
modules here (and the crawler's own journal, ``pipeline.crawl.crawlstate``)
are the only ones that write the database. Imports nothing of
``pipeline.publish``."""
