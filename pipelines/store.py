"""SQLitePipeline: upsert each article by id into ``NEWSCRAWL_DB`` (one row per article, ever)."""
from __future__ import annotations

import time
from typing import Any

from newscrawl import db as store
from newscrawl.items import Article
from newscrawl.search import flush_index


class SQLitePipeline:
    """Stores items, batched: one transaction per ``NEWSCRAWL_COMMIT_EVERY`` items or
    ``NEWSCRAWL_COMMIT_SECONDS`` seconds (a killed crawl loses at most that batch, which the next run
    fetches again).  The search index is written in batches too (``newscrawl.search.flush_index``),
    inside the same transaction: before each commit and every ``NEWSCRAWL_INDEX_EVERY`` items.  Keeps raw
    payloads in ``raw_pages`` unless ``NEWSCRAWL_KEEP_RAW`` is off.
    Counts new / updated / unchanged in the stats (newscrawl/items/…).
    """

    def __init__(self, crawler: Any, commit_every: int = 200, commit_seconds: float = 5.0,
                 keep_raw: bool = True, index_every: int = 200) -> None:
        self.crawler = crawler
        self.index_every = max(1, index_every)
        self.unindexed = 0
        self.commit_every = max(1, commit_every)
        self.commit_seconds = commit_seconds
        self.keep_raw = keep_raw
        self.db = None
        self.pending = 0
        self.batch_started = 0.0

    @classmethod
    def from_crawler(cls, crawler: Any) -> "SQLitePipeline":
        s = crawler.settings
        return cls(crawler, s.getint("NEWSCRAWL_COMMIT_EVERY", 200), s.getfloat("NEWSCRAWL_COMMIT_SECONDS", 5.0),
                   s.getbool("NEWSCRAWL_KEEP_RAW", True), s.getint("NEWSCRAWL_INDEX_EVERY", 200))

    def open_spider(self) -> None:
        self.db = store.crawler_db(self.crawler)

    def close_spider(self) -> None:
        self.commit()

    def commit(self) -> None:
        if self.db is not None and self.db.conn.in_transaction:
            self.flush_index()     # the batch's search-index writes, in the same transaction
            store.retry_locked(self.db.conn.commit)()
        self.pending = 0

    def flush_index(self) -> None:
        if self.unindexed:
            flush_index(self.db)
            self.unindexed = 0

    def process_item(self, item: Article) -> Article:
        if not self.db.conn.in_transaction:
            store.retry_locked(self.db.conn.execute)("BEGIN IMMEDIATE")
            self.batch_started = time.monotonic()
        item.run_id = self.crawler.stats.get_value("newscrawl/run_id")
        raw = item.raw_page
        item.raw_html = item.published_raw = item.raw_page = None
        # the batch holds the write lock
        status = store.upsert_article_in_batch(self.db, item.record(), page_url=raw.get("url") if raw else None)
        if raw and self.keep_raw:
            store.store_raw_page(self.db, item.id, raw.get("url"), raw.get("kind", ""), raw.get("body", b""),
                                 raw.get("encoding"), raw.get("meta") or {})
        self.crawler.stats.inc_value(f"newscrawl/items/{status}")
        self.pending += 1
        self.unindexed += 1
        if self.unindexed >= self.index_every:   # also when the caller commits (newscrawl ingest)
            self.flush_index()
        if self.pending >= self.commit_every or time.monotonic() - self.batch_started >= self.commit_seconds:
            self.commit()
        return item
