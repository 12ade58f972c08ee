"""``scrapy crawl`` as Scrapy's, plus an exit status that says when pages or items failed."""
from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from newscrawl.runlog import failure_rate


class Command(ScrapyCrawl):
    def short_desc(self) -> str:
        return "Run a spider; exit status 1 when the failure rate passes NEWSCRAWL_MAX_FAILURE_RATE"

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name (see 'scrapy list')")
        assert self.crawler_process
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        stats = crawler.stats.get_stats() if crawler.stats else {}
        if failure_rate(stats) > crawler.settings.getfloat("NEWSCRAWL_MAX_FAILURE_RATE", 0.0):
            self.exitcode = 1
