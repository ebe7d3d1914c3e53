"""Publishing what users read: winner queries, full-text search, tables,
exports, the timeline page and chart, and the Datasette metadata. Reads the
database; writes none of it but through ``pipeline.store``."""
