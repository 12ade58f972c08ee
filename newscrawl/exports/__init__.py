"""Exports of stored rows: CSV/JSON Lines tables, the Scrapy feed exporter, the Jekyll site, statistics."""
