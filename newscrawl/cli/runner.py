"""Run spiders in this process (one after the other) and collect their stats."""
from __future__ import annotations

from typing import Any

from newscrawl.cli.options import project_settings


def _crawl_stats(crawler: Any, result: object) -> dict:
    """A finished crawl's stats; a crawl that failed (to start) gets ``newscrawl/error``: 'Type: message'."""
    stats = dict(crawler.stats.get_stats())
    failure = getattr(result, "value", None)
    if isinstance(failure, BaseException):
        stats["newscrawl/error"] = f"{type(failure).__name__}: {failure}"
    return stats


def run_spiders(jobs: list[tuple[str, dict[str, str]]], settings: dict) -> list[dict]:
    """Run spiders one after the other in this process, with the project settings plus ``settings``.

    Returns each crawl's stats.  (One at a time: crawls of one process share no transaction.)
    """
    from scrapy.crawler import CrawlerProcess  # deferred: scrapy is heavy; not every command needs it

    project = project_settings(settings)
    process = CrawlerProcess(project)
    results: list[dict] = []

    def next_job(_: object = None) -> object:
        if len(results) < len(jobs):
            name, args = jobs[len(results)]
            crawler = process.create_crawler(name)
            d = process.crawl(crawler, **args)
            d.addBoth(lambda result, c=crawler: results.append(_crawl_stats(c, result)))
            return d.addBoth(next_job)
        from twisted.internet import reactor

        reactor.callLater(0, reactor.stop)
        return None

    if jobs:
        next_job()
        process.start(stop_after_crawl=False)
    return results


def run_spider(spider: str, settings: dict, **spider_args: str) -> dict:
    """Run one spider in this process; returns its stats."""
    return run_spiders([(spider, spider_args)], settings)[0]
