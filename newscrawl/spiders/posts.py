"""``posts``: a local archive of Jekyll posts through a Scrapy crawl (what ``newscrawl import-posts`` does).

    scrapy crawl posts -a dir=../archive/_posts            # several folders: dir=a,b

The same files, versions and ids as the importer (newscrawl.pages.archive); the items go through
``ITEM_PIPELINES`` with Scrapy's engine, so the run is recorded in ``crawl_runs`` like any crawl.
A file that cannot be read or parsed is recorded in ``failures`` (stage ``import``).
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import scrapy

from newscrawl.failures import report_failure
from newscrawl.pages import PageError
from newscrawl.pages.archive import find_post_files, read_post, select_versions
from newscrawl.pages.jekyll import to_article


class PostsSpider(scrapy.Spider):
    """Read ``-a dir=FOLDER[,FOLDER…]`` of Jekyll posts; no network."""

    name = "posts"
    arg_names = ("dir",)

    def __init__(self, dir: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dir = dir
        self.dirs = [d.strip() for d in (dir or "").split(",") if d.strip()]

    def fail(self, url: str | None, reason: str, detail: str = "", code: str | None = None) -> None:
        report_failure(self.crawler, url=url, stage="import", reason=reason, detail=detail, article_id=code)

    async def start(self) -> AsyncIterator[Any]:
        from pathlib import Path

        if not self.dirs:
            self.fail(None, "no_dir", "give -a dir=FOLDER (a folder of Jekyll posts)")
            return
        for d in self.dirs:
            if not Path(d).exists():
                self.fail(d, "no_such_folder", f"{d} does not exist")
        chosen, superseded, failures = select_versions(find_post_files(d for d in self.dirs if Path(d).exists()))
        self.crawler.stats.set_value("newscrawl/posts/superseded", len(superseded))
        for f in failures:
            self.fail(f.path, f.reason, f.detail)
        share = self.settings.get("FINEWS_PUBLIC_SHARE_URL")
        for code, path in sorted(chosen.items(), key=lambda kv: str(kv[1])):
            try:
                yield to_article(read_post(path), public_share_url=share, spider=self.name)
            except PageError as exc:
                self.fail(str(path), exc.reason, exc.message, code)

