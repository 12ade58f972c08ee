"""The reprint stage of the item pipelines: marks an article as a reprint of an earlier one (the band tables
and look-ups are newscrawl.store.reprints; docs/search.md, "Reprints")."""
from __future__ import annotations

from typing import Any

from newscrawl.store.db import crawler_db, retry_locked
from newscrawl.store.reprints import detect, repoint


class ReprintPipeline:
    """Sets ``item.reprint_of`` from the stored articles (between fingerprint 500 and store 900).

    Uses the crawl's shared connection to ``NEWSCRAWL_DB``; ``NEWSCRAWL_REPRINTS_ENABLED = False`` turns it off.  Re-pointing an older
    group to a newly found earlier original happens on ``item_scraped``, i.e. after the store wrote it.
    Stats: ``newscrawl/reprints/found``, ``newscrawl/reprints/repointed``.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.db: Any = None
        self.pending: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> ReprintPipeline:
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.getbool("NEWSCRAWL_REPRINTS_ENABLED"):
            raise NotConfigured("NEWSCRAWL_REPRINTS_ENABLED is off")
        pipe = cls(crawler)
        crawler.signals.connect(pipe.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(pipe.item_dropped, signal=signals.item_dropped)
        return pipe

    def open_spider(self) -> None:

        # the connection the store pipeline writes through: it sees the store's uncommitted batch, and
        # re-pointing joins that batch instead of waiting for its lock
        self.db = crawler_db(self.crawler)

    def process_item(self, item: Any) -> Any:
        if not item.id or not (item.content_hash or item.simhash):
            return item
        decision = detect(self.db, item.record())
        item.reprint_of = decision.reprint_of
        if decision.reprint_of:
            self.crawler.stats.inc_value("newscrawl/reprints/found")
        if decision.repoint:
            self.pending[item.id] = decision.repoint
        return item

    def item_scraped(self, item: Any, **kwargs: Any) -> None:
        old = self.pending.pop(getattr(item, "id", None), None)
        if old and self.db is not None:
            changed = retry_locked(repoint)(self.db, item.id, old)
            self.crawler.stats.inc_value("newscrawl/reprints/repointed", changed)

    def item_dropped(self, item: Any, **kwargs: Any) -> None:
        self.pending.pop(getattr(item, "id", None), None)
