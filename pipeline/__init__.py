"""anugerah's pipeline: crawl, clean, extract, load and publish award records
from Indonesian regional government press releases."""

__version__ = "0.1.0"
