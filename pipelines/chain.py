"""Run the project's item pipelines (``ITEM_PIPELINES``, in order) on items outside Scrapy's engine.

Used by ``newscrawl import-posts``, ``reprocess`` and ``extract``: the same stages a crawl runs (validate →
clean → dates → bylines → fingerprint → … → store), built from the settings, so a stage added to
``ITEM_PIPELINES`` applies to them too.  Each component gets a small stand-in crawler (settings, stats,
signals) and is built the way Scrapy builds it (``from_crawler``)::

    with PipelineChain({"NEWSCRAWL_DB": "news.db"}) as chain:
        status = chain.process(article)       # 'new' | 'updated' | 'unchanged'; raises Dropped

    with PipelineChain(store=False) as chain:  # no database: the stages before it (``newscrawl extract``)
        article = chain.run(article)
"""
from __future__ import annotations

import asyncio
import inspect
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.settings import Settings
from scrapy.signalmanager import SignalManager
from scrapy.utils.misc import build_from_crawler, load_object

from newscrawl.failures import failure


class Dropped(Exception):
    """An item a stage dropped: the stage's reason code and detail (from its reported failure)."""

    def __init__(self, stage: str, reason: str, detail: str = "") -> None:
        super().__init__(f"[{stage}] {reason}" + (f": {detail}" if detail else ""))
        self.stage, self.reason, self.detail = stage, reason, detail


class _Stats:
    """The part of Scrapy's stats collector that pipelines use."""

    def __init__(self) -> None:
        self._stats: dict[str, Any] = {}

    def get_value(self, key: str, default: Any = None) -> Any:
        return self._stats.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._stats[key] = value

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self._stats[key] = self._stats.get(key, start) + count

    def get_stats(self) -> dict[str, Any]:
        return self._stats


@dataclass
class _Spider:
    name: str


class _Crawler:
    """A stand-in for ``scrapy.crawler.Crawler``: settings, stats, signals, spider."""

    def __init__(self, settings: Settings, spider_name: str) -> None:
        self.settings = settings
        self.stats = _Stats()
        self.signals = SignalManager(self)
        self.spider = _Spider(spider_name)
        self.engine = None


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The project's settings (newscrawl.settings) with ``overrides`` at command-line priority."""
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


_ARITY: dict[Any, int] = {}


def _call(method: Any, *args: Any) -> Any:
    """Call a component hook that may or may not take the (Scrapy < 2.14) spider argument; await coroutines."""
    func = getattr(method, "__func__", method)
    arity = _ARITY.get(func)
    if arity is None:   # inspect once per hook: signature() costs ~100 µs, more than most stages
        arity = _ARITY[func] = len([p for p in inspect.signature(method).parameters.values()
                                    if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)])
    result = method(*args[:arity])
    if inspect.isawaitable(result):
        result = asyncio.run(_await(result))
    return result


async def _await(awaitable: Any) -> Any:
    return await awaitable


class PipelineChain:
    """The ``ITEM_PIPELINES`` components, built once and applied to items one at a time."""

    def __init__(self, overrides: dict[str, Any] | None = None, spider_name: str = "import-posts",
                 run_id: str | None = None, store: bool = True) -> None:
        """``store=False`` leaves out the stages that need the database (``NEWSCRAWL_REDIS_INGEST_PIPELINES``:
        reprints, store): items are only normalised, nothing is opened or written."""
        self.crawler = _Crawler(project_settings(overrides), spider_name)
        if run_id:
            self.crawler.stats.set_value("newscrawl/run_id", run_id)
        self._last_failure: dict[str, Any] | None = None
        self.crawler.signals.connect(self._on_failure, signal=failure)
        order = self.crawler.settings.getdict("ITEM_PIPELINES")
        database_stages = set() if store else set(self.crawler.settings.getlist("NEWSCRAWL_REDIS_INGEST_PIPELINES"))
        self.components: list[Any] = []
        for path, _priority in sorted(order.items(), key=lambda kv: (kv[1] is None, kv[1] or 0)):
            if _priority is None or path in database_stages:
                continue
            try:
                self.components.append(build_from_crawler(load_object(path), self.crawler))
            except NotConfigured:
                continue
        self._open = False

    def _on_failure(self, url: str | None = None, stage: str = "pipeline", reason: str = "dropped",
                    detail: str = "", article_id: str | None = None, **_: Any) -> None:
        self._last_failure = {"stage": stage, "reason": reason, "detail": detail}

    @property
    def stats(self) -> dict[str, Any]:
        return self.crawler.stats.get_stats()

    def open(self) -> PipelineChain:
        for c in self.components:
            if hasattr(c, "open_spider"):
                _call(c.open_spider, self.crawler.spider)
        self._open = True
        return self

    def close(self) -> None:
        if not self._open:
            return
        for c in self.components:
            if hasattr(c, "close_spider"):
                _call(c.close_spider, self.crawler.spider)
        self._open = False

    def __enter__(self) -> PipelineChain:  # noqa: PYI034 - typing.Self needs Python 3.11; we support 3.10
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, item: Any) -> Any:
        """Run ``item`` through every stage and return it.

        Sends ``item_scraped`` after the last stage, ``item_dropped`` (and raises ``Dropped``, with the
        stage's reason) when a stage drops the item, as Scrapy's engine does.
        """
        self._last_failure = None
        for c in self.components:
            try:
                item = _call(c.process_item, item, self.crawler.spider)
            except DropItem as exc:
                f = self._last_failure or {"stage": type(c).__name__, "reason": "dropped", "detail": str(exc)}
                self.crawler.signals.send_catch_log(signal=signals.item_dropped, item=item, response=None,
                                                    exception=exc, spider=self.crawler.spider)
                raise Dropped(f["stage"], f["reason"], f["detail"]) from None
        # as Scrapy's engine does (the reprint stage re-points an older group on item_scraped)
        self.crawler.signals.send_catch_log(signal=signals.item_scraped, item=item, response=None,
                                            spider=self.crawler.spider)
        return item

    def process(self, item: Any) -> str:
        """Run ``item`` through every stage (:meth:`run`); returns the store's status ('new', 'updated',
        'unchanged'), 'processed' without a store."""
        before = {k: v for k, v in self.stats.items() if k.startswith("newscrawl/items/")}
        self.run(item)
        for key, value in self.stats.items():
            if key.startswith("newscrawl/items/") and value != before.get(key):
                return key.rsplit("/", 1)[1]
        return "processed"
