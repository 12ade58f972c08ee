"""SQLitePipeline: upsert each article by id into ``NEWSCRAWL_DB`` (one row per article, ever)."""
from __future__ import annotations

from typing import Any

from newscrawl import db as store
from newscrawl.items import Article


class SQLitePipeline:
    """Stores items; counts new / updated / unchanged in the stats (newscrawl/items/…)."""

    def __init__(self, crawler: Any, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.db = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> "SQLitePipeline":
        return cls(crawler, crawler.settings.get("NEWSCRAWL_DB"))

    def open_spider(self) -> None:
        self.db = store.open_db(self.db_path)

    def close_spider(self) -> None:
        if self.db is not None:
            self.db.close()

    def process_item(self, item: Article) -> Article:
        item.run_id = self.crawler.stats.get_value("newscrawl/run_id")
        item.raw_html = item.published_raw = None
        status = store.upsert_article(self.db, item.record())
        self.crawler.stats.inc_value(f"newscrawl/items/{status}")
        return item
