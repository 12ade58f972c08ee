"""Pure text library: decoding, cleaning, dates, bylines, names, fingerprints, media slugs (no Scrapy, no SQLite)."""
