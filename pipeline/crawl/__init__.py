"""Crawling: the sources file, URL rules, polite fetching, charset decoding,
link discovery, the resumable crawl state, the crawler, WARC archives and the
loopback mirror of press-release sites. Imports nothing of ``pipeline.store``
or ``pipeline.publish``."""
