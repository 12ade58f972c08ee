"""RunRecorder: one ``crawl_runs`` row per crawl, and every reported failure in ``failures``."""
from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl.failures import failure, report_failure
from newscrawl.store.db import crawler_db, finish_run, record_failure, start_run
from newscrawl.text.clock import new_run_id

log = logging.getLogger(__name__)


def failure_rate(stats: dict[str, Any]) -> float:
    """failures / (stored items + failures) of a finished crawl's stats; infinite when the crawl lost
    articles (``newscrawl/items/lost``: neither stored nor recorded as failures), so such a run fails
    whatever ``NEWSCRAWL_MAX_FAILURE_RATE`` allows."""
    if stats.get("newscrawl/items/lost", 0):
        return float("inf")
    failed = stats.get("newscrawl/failures", 0)
    done = stats.get("newscrawl/items/new", 0) + stats.get("newscrawl/items/updated", 0) + \
        stats.get("newscrawl/items/unchanged", 0)
    return failed / (done + failed) if failed else 0.0


class RunRecorder:
    """Scrapy extension: records the run and its failures in the database named by ``NEWSCRAWL_DB``."""

    def __init__(self, crawler: Any, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.run_id = crawler.settings.get("NEWSCRAWL_RUN_ID") or new_run_id()
        self.db = None
        crawler.stats.set_value("newscrawl/run_id", self.run_id)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunRecorder:
        if not crawler.settings.getbool("NEWSCRAWL_RUNLOG_ENABLED"):
            raise NotConfigured
        ext = cls(crawler, crawler.settings.get("NEWSCRAWL_DB"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.on_failure, signal=failure)
        crawler.signals.connect(ext.on_spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.on_item_error, signal=signals.item_error)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.crawler.stats.set_value("newscrawl/run_id", self.run_id)
        self.db = crawler_db(self.crawler)
        args = {k: v for k, v in vars(spider).items() if k in getattr(spider, "arg_names", ())}
        start_run(self.db, self.run_id, spider.name, args)
        log.info("run %s of %s recording into %s", self.run_id, spider.name, self.db_path)

    def on_failure(self, url: str | None, stage: str, reason: str, detail: str = "",
                   article_id: str | None = None, given_url: str | None = None) -> None:
        if self.db is None:
            return
        offload = getattr(self.crawler, "_newscrawl_offload", None)
        if offload is not None and offload.record_failure(
                url=url, stage=stage, reason=reason, detail=detail, article_id=article_id, given_url=given_url):
            return      # the pipeline process, the crawl's one writer, records it
        try:
            record_failure(self.db, url=url, stage=stage, reason=reason, detail=detail, article_id=article_id,
                                 spider=self.crawler.spider.name, run_id=self.run_id, given_url=given_url)
        except sqlite3.Error as exc:     # a full disk: the failure is known only to this run, which must fail
            self.crawler.stats.inc_value("newscrawl/items/lost")
            log.error("could not record the failure of %s in the database (%s)", url or article_id or "-", exc)

    def on_spider_error(self, failure: Any, response: Any, spider: Any) -> None:
        report_failure(self.crawler, url=response.url, stage="parse", reason=failure.type.__name__,
                       detail=str(failure.value), article_id=response.meta.get("code"))

    def on_item_error(self, item: Any, response: Any, spider: Any, failure: Any) -> None:
        report_failure(self.crawler, url=getattr(item, "url", None) or (response.url if response else None),
                       stage="pipeline", reason=failure.type.__name__, detail=str(failure.value),
                       article_id=getattr(item, "id", None))

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.db is None:
            return
        stats = self.crawler.stats.get_stats()
        rate = failure_rate(stats)
        max_rate = self.crawler.settings.getfloat("NEWSCRAWL_MAX_FAILURE_RATE")
        status = "ok" if reason == "finished" and rate <= max_rate else (
            "failed" if reason == "finished" else reason)
        lost = stats.get("newscrawl/items/lost", 0)
        if lost:
            log.error("run %s lost %d articles: neither stored nor recorded as failures (the database did not "
                      "take writes); the run fails", self.run_id, lost)
        finish_run(
            self.db, self.run_id, status=status, finish_reason=reason,
            items_new=stats.get("newscrawl/items/new", 0), items_updated=stats.get("newscrawl/items/updated", 0),
            items_unchanged=stats.get("newscrawl/items/unchanged", 0),
            items_failed=stats.get("newscrawl/failures", 0),
            requests=stats.get("downloader/request_count", 0), bytes=stats.get("downloader/response_bytes", 0),
            errors=stats.get("log_count/ERROR", 0),
            stats=json.dumps(stats, default=str, ensure_ascii=False),
        )
        if self.db.conn.in_transaction:
            self.db.conn.commit()
        self.db.close()
