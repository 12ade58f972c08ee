"""The item list between workers and the ingester: envelope format, the worker's push pipeline, failures.

Every message on ``P:items`` is one JSON object (UTF-8)::

    {"type": "item", "worker": "host:1234", "spider": "finews_redis", "item": {<Article fields>}}
    {"type": "failure", "worker": "host:1234", "spider": "finews_redis",
     "failure": {"url": …, "stage": …, "reason": …, "detail": …, "article_id": …, "failed_at": …}}

Items are pushed after the normalising stages (validate … fingerprint): the stored fields plus
``raw_page`` (its ``body`` base64-encoded) for ``raw_pages``.  Workers append (RPUSH); the ingester
takes from the left.

scrapy-redis has a ``RedisPipeline`` too, but it is written for Scrapy < 2.14 (``process_item(self, item,
spider)``, returns a Deferred from ``deferToThread``, which Scrapy 2.19 warns about) and serialises with
``ScrapyJSONEncoder``, which cannot encode the raw payload's bytes.  :class:`RedisItemPipeline` is the
Scrapy ≥ 2.14 form: a synchronous push (a local round trip, well under a millisecond).
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, fields
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals

from newscrawl.distributed.frontier import crawler_frontier
from newscrawl.failures import failure, report_failure
from newscrawl.items import Article
from newscrawl.text.clock import now_iso

#: Article fields that stay on the worker (consumed by the normalising stages).
_LOCAL_FIELDS = frozenset({"raw_html", "published_raw", "blocks", "cleaned"})
_ARTICLE_FIELDS = frozenset(f.name for f in fields(Article))


def encode_item(item: Any, worker: str, spider: str) -> bytes:
    """The envelope of a finished item."""
    if isinstance(item, Article):
        data = {name: getattr(item, name) for name in _ARTICLE_FIELDS - _LOCAL_FIELDS}
    else:
        data = {k: v for k, v in ItemAdapter(item).asdict().items() if k not in _LOCAL_FIELDS}
    raw = data.get("raw_page")
    if raw:
        raw = dict(raw)
        body = raw.pop("body", b"") or b""
        raw["body_b64"] = base64.b64encode(body if isinstance(body, bytes) else str(body).encode()).decode("ascii")
        data["raw_page"] = raw
    return json.dumps({"type": "item", "worker": worker, "spider": spider, "item": data},
                      ensure_ascii=False, default=str).encode("utf-8")


def encode_failure(worker: str, spider: str, *, url: str | None, stage: str, reason: str, detail: str = "",
                   article_id: str | None = None, given_url: str | None = None) -> bytes:
    """The envelope of a failure reported on a worker."""
    return json.dumps({"type": "failure", "worker": worker, "spider": spider, "failure": {
        "url": url, "stage": stage, "reason": reason, "detail": (detail or "")[:2000], "article_id": article_id,
        "given_url": given_url, "failed_at": now_iso()}}, ensure_ascii=False).encode("utf-8")


@dataclass
class Message:
    """A decoded envelope: ``kind`` is 'item' or 'failure'; ``article`` or ``failure`` is set."""

    kind: str
    worker: str
    spider: str
    article: Article | None = None
    failure: dict[str, Any] | None = None


def decode(data: bytes) -> Message:
    """Decode an envelope; raises ValueError on a malformed one."""
    try:
        env = json.loads(data)
        kind = env["type"]
        worker, spider = str(env.get("worker") or "?"), str(env.get("spider") or "?")
        if kind == "failure":
            return Message("failure", worker, spider, failure=dict(env["failure"]))
        if kind != "item":
            raise ValueError(f"unknown message type {kind!r}")
        item = {k: v for k, v in env["item"].items() if k in _ARTICLE_FIELDS}
        raw = item.get("raw_page")
        if raw:
            raw = dict(raw)
            raw["body"] = base64.b64decode(raw.pop("body_b64", "") or "")
            item["raw_page"] = raw
        return Message("item", worker, spider, article=Article(**item))
    except (KeyError, TypeError, json.JSONDecodeError, UnicodeDecodeError, base64.binascii.Error) as exc:
        raise ValueError(f"malformed message ({type(exc).__name__}: {exc}): {data[:200]!r}") from None


class RedisItemPipeline:
    """Last worker stage: push the finished item to ``P:items`` (the ingester stores it)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.frontier, self.worker = crawler_frontier(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RedisItemPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        spider = self.crawler.spider.name if self.crawler.spider else "?"
        pipe = self.frontier.server.pipeline(transaction=False)   # one round trip
        pipe.rpush(self.frontier.items_key, encode_item(item, self.worker, spider))
        pipe.hincrby(self.frontier.stats_key, "pushed", 1)
        pipe.execute()
        self.crawler.stats.inc_value("newscrawl/distributed/pushed")
        return item


class FailureForwarder:
    """Worker extension: every reported failure (and spider / pipeline exception) goes to ``P:items``,
    where the ingester writes it to ``failures`` (RunRecorder's job on a single-host crawl)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.frontier, self.worker = crawler_frontier(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> FailureForwarder:
        ext = cls(crawler)
        crawler.signals.connect(ext.on_failure, signal=failure)
        crawler.signals.connect(ext.on_spider_error, signal=signals.spider_error)
        crawler.signals.connect(ext.on_item_error, signal=signals.item_error)
        return ext

    def on_failure(self, url: str | None, stage: str, reason: str, detail: str = "",
                   article_id: str | None = None, given_url: str | None = None, **_: Any) -> None:
        spider = self.crawler.spider.name if self.crawler.spider else "?"
        self.frontier.server.rpush(self.frontier.items_key, encode_failure(
            self.worker, spider, url=url, stage=stage, reason=reason, detail=detail, article_id=article_id,
            given_url=given_url))

    def on_spider_error(self, failure: Any, response: Any, spider: Any = None) -> None:
        report_failure(self.crawler, url=response.url, stage="parse", reason=failure.type.__name__,
                       detail=str(failure.value), article_id=response.meta.get("code"))

    def on_item_error(self, item: Any, response: Any, spider: Any = None, failure: Any = None) -> None:
        report_failure(self.crawler, url=getattr(item, "url", None) or (response.url if response else None),
                       stage="pipeline", reason=failure.type.__name__ if failure else "error",
                       detail=str(failure.value) if failure else "", article_id=getattr(item, "id", None))
