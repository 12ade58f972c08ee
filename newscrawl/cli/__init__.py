"""Click commands of the ``newscrawl`` CLI and the logic they call (kept light: Scrapy loads extensions from here)."""
