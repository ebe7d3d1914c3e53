"""``make bench``: extraction speed and start-up, end-to-end cost against
trafilatura alone, and the crawl rate against the politeness ceiling."""
