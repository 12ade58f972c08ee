"""SQLitePipeline: upsert each article by id into ``NEWSCRAWL_DB`` (one row per article, ever)."""
from __future__ import annotations

import logging
import sqlite3
import time
from typing import Any

from scrapy.exceptions import DropItem

from newscrawl.failures import report_failure
from newscrawl.items import Article
from newscrawl.store.db import (
    crawler_db,
    locked_error,
    record_failure,
    retry_locked,
    store_raw_page,
    upsert_article_in_batch,
    write_transaction,
)
from newscrawl.store.search import flush_index

log = logging.getLogger(__name__)
failures_log = logging.getLogger("newscrawl.failures")


class SQLitePipeline:
    """Stores items, batched: one transaction per ``NEWSCRAWL_COMMIT_EVERY`` items or
    ``NEWSCRAWL_COMMIT_SECONDS`` seconds (a killed crawl loses at most that batch, which the next run
    fetches again).  The search index is written in batches too (``newscrawl.store.search.flush_index``),
    inside the same transaction: before each commit and every ``NEWSCRAWL_INDEX_EVERY`` items.  Keeps raw
    payloads in ``raw_pages`` unless ``NEWSCRAWL_KEEP_RAW`` is off.
    Counts new / updated / unchanged in the stats (newscrawl/items/…).

    A batch that cannot be written (a full disk: SQLITE_FULL, an I/O error) is rolled back and counted
    again: its articles are taken off new / updated / unchanged and recorded in ``failures`` (stage
    ``store``, reason ``commit_failed``, the SQLite error as detail), so the next run or ``retry-failures``
    fetches them.  If even those rows cannot be written, the articles are counted in
    ``newscrawl/items/lost``, which fails the run whatever ``NEWSCRAWL_MAX_FAILURE_RATE`` says.
    """

    def __init__(self, crawler: Any, commit_every: int, commit_seconds: float, keep_raw: bool,
                 index_every: int) -> None:
        self.crawler = crawler
        self.index_every = max(1, index_every)
        self.unindexed = 0
        self.commit_every = max(1, commit_every)
        self.commit_seconds = commit_seconds
        self.keep_raw = keep_raw
        self.db = None
        self.pending = 0
        self.batch_started = 0.0
        self.batch: list[tuple[str, str | None, str]] = []   # (id, url, status) of the open transaction
        self.owned = False      # the open transaction is ours (not the caller's, as in newscrawl ingest)

    @classmethod
    def from_crawler(cls, crawler: Any) -> SQLitePipeline:
        s = crawler.settings
        return cls(crawler, s.getint("NEWSCRAWL_COMMIT_EVERY"), s.getfloat("NEWSCRAWL_COMMIT_SECONDS"),
                   s.getbool("NEWSCRAWL_KEEP_RAW"), s.getint("NEWSCRAWL_INDEX_EVERY"))

    def open_spider(self) -> None:
        self.db = crawler_db(self.crawler)

    def close_spider(self) -> None:
        self.commit()

    def commit(self) -> None:
        """Commit the open batch; a batch that cannot be committed becomes failure rows (:meth:`lose_batch`)."""
        try:
            self._commit()
        except sqlite3.Error as exc:
            if not self.owned:
                raise       # the caller's transaction (newscrawl ingest): the caller handles it
            self.lose_batch(exc)

    def _commit(self) -> None:
        if self.db is not None and self.db.conn.in_transaction:
            self.flush_index()     # the batch's search-index writes, in the same transaction
            retry_locked(self.db.conn.commit)()
        self.batch, self.pending, self.owned = [], 0, False

    def lose_batch(self, exc: sqlite3.Error) -> None:
        """The open batch did not reach the database: roll it back, take its articles off the stored counts
        and record them as failures (or count them lost)."""
        if self.db.conn.in_transaction:
            try:
                self.db.conn.rollback()
            except sqlite3.Error:
                pass
        stats = self.crawler.stats
        for _, _, status in self.batch:
            stats.inc_value(f"newscrawl/items/{status}", -1)
        lost = [(code, url) for code, url, _ in self.batch]
        self.batch, self.pending, self.unindexed, self.owned = [], 0, 0, False
        if not lost:
            return
        detail = f"{type(exc).__name__}: {exc}"
        try:
            record_lost(self.db, lost, detail, self.crawler.spider.name, stats.get_value("newscrawl/run_id"))
        except sqlite3.Error as again:
            stats.inc_value("newscrawl/items/lost", len(lost))
            log.error("the store lost %d articles: their batch could not be committed (%s) nor recorded as "
                      "failures (%s); the next run fetches them again", len(lost), detail, again)
            return
        for code, url in lost:
            failures_log.error("failed [store] %s: commit_failed (%s)", url or code, detail)
        stats.inc_value("newscrawl/failures", len(lost))
        stats.inc_value("newscrawl/failures/store/commit_failed", len(lost))

    def flush_index(self) -> None:
        if self.unindexed:
            flush_index(self.db)
            self.unindexed = 0

    def process_item(self, item: Article) -> Article:
        if not self.db.conn.in_transaction:
            retry_locked(self.db.conn.execute)("BEGIN IMMEDIATE")
            self.batch_started = time.monotonic()
            self.owned = True
        item.run_id = self.crawler.stats.get_value("newscrawl/run_id")
        raw = item.raw_page
        item.raw_html = item.published_raw = item.raw_page = None
        committed = False
        try:
            status = self.write(item, raw)
            self.pending += 1
            if self.pending >= self.commit_every or time.monotonic() - self.batch_started >= self.commit_seconds:
                self._commit()
                committed = True
        except sqlite3.Error as exc:
            if locked_error(exc) or not self.owned:
                raise
            self.lose_batch(exc)     # the articles before this one; this one is reported and dropped
            detail = f"{type(exc).__name__}: {exc}"
            report_failure(self.crawler, url=item.url, stage="store", reason="commit_failed", detail=detail,
                           article_id=item.id)
            raise DropItem(f"not stored: {detail}") from None
        self.crawler.stats.inc_value(f"newscrawl/items/{status}")
        if not committed:
            self.batch.append((item.id, item.url, status))
        return item

    def write(self, item: Article, raw: dict[str, Any] | None) -> str:
        """Upsert ``item`` (and its raw payload) into the open batch; the upsert's status."""
        # the batch holds the write lock
        status = upsert_article_in_batch(self.db, item.record(), page_url=raw.get("url") if raw else None)
        if raw and self.keep_raw:
            store_raw_page(self.db, item.id, raw.get("url"), raw.get("kind", ""), raw.get("body", b""),
                                 raw.get("encoding"), raw.get("meta") or {})
        self.unindexed += 1
        if self.unindexed >= self.index_every:   # also when the caller commits (newscrawl ingest)
            self.flush_index()
        return status


def record_lost(db: Any, lost: list[tuple[str, str | None]], detail: str, spider: str | None,
                run_id: str | None) -> None:
    """One ``failures`` row (stage ``store``, reason ``commit_failed``) per article of a lost batch, in one
    transaction."""
    with write_transaction(db):
        for code, url in lost:
            record_failure(db, url=url, stage="store", reason="commit_failed", detail=detail,
                                 article_id=code, spider=spider, run_id=run_id)
