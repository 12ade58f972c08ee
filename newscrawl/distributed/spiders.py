"""The worker's spider: ``finews_list`` + ``finews`` fed from Redis, on scrapy-redis's ``RedisMixin``.

scrapy-redis 0.9.1's ``RedisSpider`` yields its first requests from ``start_requests()``, which Scrapy
≥ 2.13 no longer calls (it iterates ``async def start()``); its spider then only reads Redis when idle.
:class:`RedisStartMixin` keeps scrapy-redis's mixin (``setup_redis``, ``schedule_next_requests``) and
adds ``start()``; it pops seeds *leased* (like requests, :mod:`newscrawl.distributed.scheduler`) instead of
LRANGE + LTRIM, and acknowledges them once their requests are in the shared queue.  Its idle handler
closes the spider only once something has been seeded and the whole frontier (seeds, queue, every
worker's leases) has been empty for ``NEWSCRAWL_REDIS_IDLE_CLOSE`` seconds (0: never, a long-running worker).

Seeds are JSON (see :mod:`newscrawl.distributed.seed`): ``{"kind": "list", "api": PATH_OR_URL}`` or
``{"kind": "article", "code": INFOCODE, "url": GIVEN_URL}``.
"""
from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy_redis.spiders import RedisMixin

from newscrawl.distributed.frontier import Frontier, crawler_frontier
from newscrawl.pages import PageError
from newscrawl.pages.finews import parse_target
from newscrawl.spiders.finews_list import FinewsList

#: Pipelines that need the database; they run in the ingester, not on workers (NEWSCRAWL_REDIS_INGEST_PIPELINES).
PUSH_PIPELINE = "newscrawl.distributed.queue.RedisItemPipeline"
FORWARDER = "newscrawl.distributed.queue.FailureForwarder"


def apply_worker_settings(settings: Any) -> None:
    """Worker settings on top of the project's: Redis scheduler and dupefilter, the database stages
    replaced by a push to Redis, failures forwarded to Redis instead of SQLite."""
    prefix = settings.get("NEWSCRAWL_REDIS_PREFIX") or "newscrawl"
    ingest = set(settings.getlist("NEWSCRAWL_REDIS_INGEST_PIPELINES"))
    pipes = {k: v for k, v in settings.getdict("ITEM_PIPELINES").items() if k not in ingest}
    pipes[PUSH_PIPELINE] = 1000
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions[FORWARDER] = 100
    settings.setdict({
        "SCHEDULER": "newscrawl.distributed.scheduler.LeasingScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "REDIS_URL": settings.get("NEWSCRAWL_REDIS_URL"),
        "REDIS_START_URLS_KEY": f"{prefix}:start",
        "ITEM_PIPELINES": pipes,
        "EXTENSIONS": extensions,
        "NEWSCRAWL_RUNLOG_ENABLED": False,   # no SQLite on workers: failures go through Redis
    }, priority="spider")


class RedisStartMixin(RedisMixin):
    """scrapy-redis's ``RedisMixin`` for Scrapy ≥ 2.13 with leased seeds (see the module docstring)."""

    frontier: Frontier
    worker: str
    idle_close: float = 0.0
    _idle_since: float | None = None

    def setup_frontier(self, crawler: Any) -> None:
        self.frontier, self.worker = crawler_frontier(crawler)
        self.redis_key = self.frontier.start_key
        self.idle_close = crawler.settings.getfloat("NEWSCRAWL_REDIS_IDLE_CLOSE")
        self.setup_redis(crawler)

    async def start(self) -> AsyncIterator[Any]:
        for request in self.next_requests():
            yield request

    def next_requests(self) -> Iterator[scrapy.Request]:
        """Requests of a batch of leased seeds; the leases are dropped once the consumer (the engine,
        which queues each request as it gets it) has taken them all."""
        leases = self.frontier.pop_seeds(self.worker, self.redis_batch_size)
        for _, data in leases:
            yield from self.make_request_from_data(data)
        self.frontier.ack(self.worker, [field for field, _ in leases])

    def make_request_from_data(self, data: bytes) -> list[scrapy.Request]:   # pragma: no cover - abstract
        raise NotImplementedError

    def spider_idle(self) -> None:
        self.schedule_next_requests()
        if self.frontier.note_unseeded(self.logger.logger) or self.idle_close <= 0 or not self.frontier.frontier_empty():
            self._idle_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self._idle_since is None:
            self._idle_since = now
        if now - self._idle_since < self.idle_close:
            raise DontCloseSpider
        self.logger.info("frontier empty for %.1f s: closing", self.idle_close)


class DistributedFinews(RedisStartMixin, FinewsList):
    """``finews_list`` and ``finews`` for workers: seeds from Redis, known ids from the ingester's Redis set.

    A list walk pages down, as ``finews_list``'s does, to the mark of the last complete walk of its API
    (``P:marks:<api>`` in Redis): a walk cut short (a list page that failed, a round abandoned) leaves the
    old mark, so the next round reads down to it and fetches what the broken walk skipped.
    The refresh window (NEWSCRAWL_REFRESH_AFTER) needs the database, so it does not apply here; ``-a
    refresh=1`` fetches every listed article.
    """

    name = "finews_redis"

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        apply_worker_settings(settings)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> DistributedFinews:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup_frontier(crawler)
        return spider

    def is_known(self, code: str) -> bool:
        return not self.refresh and bool(self.frontier.server.sismember(self.frontier.known_key, code))

    def list_request(self, api: str) -> scrapy.Request:
        """Page 1 of a walk of the list API ``api`` (a path as in FINEWS_LIST_APIS: each worker puts its own
        FINEWS_BASE_URL before it; the path, shared by all workers, keys the API's marks)."""
        url = self.base_url + api if api.startswith("/") else api
        return self.page_request(url, api, 1, first=1, retry=False).replace(dont_filter=True)

    # --- marks of complete walks, in Redis (workers have no database): pages down to them as finews_list ---
    def mark_reached(self, key: str, codes: list[str]) -> bool:
        return self.frontier.marks_reached(key, codes)

    def has_mark(self, key: str) -> bool:
        return self.frontier.has_marks(key)

    def walk_complete(self, key: str, head: list[str]) -> None:
        """Every page of the walk was read, and each page's article requests went into the shared queue
        before the next page's request did: the head of its page 1 becomes a mark now (a page whose worker
        dies before its lease is acknowledged is read again, which at worst pages further down)."""
        if head:
            self.frontier.add_marks(key, head)

    def make_request_from_data(self, data: bytes) -> list[scrapy.Request]:
        try:
            seed = json.loads(data)
            kind = seed["kind"]
            if kind == "list":
                return [self.list_request(seed["api"])]
            if kind == "article":
                return [self.text_request(seed["code"], url=seed.get("url"), dont_filter=True)]
            if kind == "target":       # a share URL / article URL / infoCode not checked by the seeder
                target = parse_target(seed["target"])
                return [self.text_request(target.code, url=target.url, dont_filter=True)]
            raise ValueError(f"unknown seed kind {kind!r}")
        except PageError as exc:
            self.fail(url=str(data[:300], "utf-8", "replace"), stage="input", reason=exc.reason, detail=exc.message)
        except (ValueError, KeyError, TypeError) as exc:
            self.fail(url=None, stage="seed", reason="bad_seed", detail=f"{exc}: {data[:300]!r}")
        return []

    def parse_list(self, response: Response) -> Iterator[Any]:
        # list pages are re-read every round: never filtered by the (persistent) shared dupefilter
        for out in super().parse_list(response):
            if isinstance(out, scrapy.Request) and out.meta.get("api") and "code" not in out.meta:
                out = out.replace(dont_filter=True)
            yield out
