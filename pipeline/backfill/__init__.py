"""History from web archives: the captures a Wayback-style archive or a
Common Crawl index holds of a site, fetched politely and fed through the
same clean, extract and load path as a crawled page."""
