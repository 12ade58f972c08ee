"""``scrapy crawl`` as Scrapy's, plus checks before it starts and an exit status that says when pages or items
failed.

Before anything is fetched or recorded: an unknown spider name is refused (exit 2, with a did-you-mean), a
bad value of one of our settings is refused (exit 2, one line), and a name with our prefix that is no
setting of ours is warned about on stderr (with a did-you-mean) and the crawl goes on.
"""
from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError
from scrapy.utils.misc import load_object

from newscrawl.cli.runlog import failure_rate
from newscrawl.settings_check import bad_values, spider_problem, unknown_names

EXIT_USAGE = 2


def _refuse(*lines: str) -> None:
    for line in lines:
        print(f"scrapy crawl: {line}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)


class Command(ScrapyCrawl):
    def short_desc(self) -> str:
        return "Run a spider; exit status 1 when the failure rate passes NEWSCRAWL_MAX_FAILURE_RATE"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's options, then our checks: they run before logging starts, so their line is the only one."""
        super().process_options(args, opts)
        assert self.settings is not None
        if len(args) == 1:
            loader = load_object(self.settings["SPIDER_LOADER_CLASS"]).from_settings(self.settings.frozencopy())
            if problem := spider_problem(args[0], loader.list()):
                _refuse(problem)
        for line in unknown_names(self.settings):
            print(f"scrapy crawl: warning: {line}", file=sys.stderr)
        if errors := bad_values(dict(self.settings)):
            _refuse(*errors)

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
        if failure_rate(stats) > crawler.settings.getfloat("NEWSCRAWL_MAX_FAILURE_RATE"):
            self.exitcode = 1
