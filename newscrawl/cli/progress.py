"""Progress: a status line on stderr every few seconds while a crawl runs (``NEWSCRAWL_PROGRESS``).

``newscrawl crawl`` and ``newscrawl demo`` turn it on when standard error is a terminal; ``-s
NEWSCRAWL_PROGRESS=1`` forces it on (``=0`` off).  The line counts the articles stored, the failures
and the requests so far, and the storing rate since the previous line.
"""
from __future__ import annotations

import sys
import time
from typing import IO, Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import create_looping_call

_STORED = ("newscrawl/items/new", "newscrawl/items/updated", "newscrawl/items/unchanged")


def stored_count(stats: dict[str, Any]) -> int:
    """Articles stored so far (new, updated or unchanged) by a crawl's stats."""
    return sum(int(stats.get(key, 0) or 0) for key in _STORED)


def progress_line(stats: dict[str, Any], elapsed: float, stored_before: int, seconds: float) -> str:
    """One status line: articles stored (new), failures, requests, articles/s over the last ``seconds``."""
    stored = stored_count(stats)
    rate = (stored - stored_before) / seconds if seconds > 0 else 0.0
    return (f"progress: {stored} articles stored ({int(stats.get('newscrawl/items/new', 0) or 0)} new), "
            f"{int(stats.get('newscrawl/failures', 0) or 0)} failed, "
            f"{int(stats.get('downloader/request_count', 0) or 0)} requests, "
            f"{rate:.1f} articles/s, {elapsed:.0f} s")


class Progress:
    """Scrapy extension: writes :func:`progress_line` to ``out`` every ``interval`` seconds."""

    def __init__(self, stats: Any, interval: float, out: IO[str] | None = None) -> None:
        self.stats = stats
        self.interval = interval
        self.out = out or sys.stderr
        self.task: Any = None
        self.started = self.last = time.monotonic()
        self.stored_before = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> Progress:
        s = crawler.settings
        interval = s.getfloat("NEWSCRAWL_PROGRESS_INTERVAL")
        if not s.getbool("NEWSCRAWL_PROGRESS") or interval <= 0:
            raise NotConfigured
        ext = cls(crawler.stats, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider: Any) -> None:
        self.started = self.last = time.monotonic()
        self.task = create_looping_call(self.report)
        self.task.start(self.interval, now=False)

    def report(self) -> None:
        now = time.monotonic()
        stats = self.stats.get_stats()
        self.out.write(progress_line(stats, now - self.started, self.stored_before, now - self.last) + "\n")
        self.out.flush()
        self.stored_before, self.last = stored_count(stats), now

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
