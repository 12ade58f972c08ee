"""``article``: fetch article pages of any Chinese news site and extract them generically.

    scrapy crawl article -a urls="https://news.example.cn/a/1.html,https://news.example.cn/a/2.html"
    scrapy crawl article -a url_file=urls.txt      # one URL per line, '#' comments

Each page is decoded (HTTP charset, BOM, meta charset, detection: ``newscrawl.text.decode``) and extracted
by ``newscrawl.pages.generic``, which also cleans the body and parses its bylines (the Article is
``cleaned``: the clean stage skips it, the byline stage only merges); the page-level fields (title, date,
bylines from the header, media) ride on the Article. A page that gives
no article (list page, binary, too large, empty …) becomes a ``failures`` row with stage ``parse``.
The page bytes ride along as ``raw_page`` (kind ``article_page``), so ``newscrawl reprocess`` can extract
the page again offline. The page → Article mapping is ``newscrawl.pages.generic.to_article``.
"""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.failures import report_failure
from newscrawl.items import Article
from newscrawl.pages import PageError
from newscrawl.pages.generic import article_id, to_article
from newscrawl.spiders.base import failure_reason, gather_targets
from newscrawl.spiders.polite import apply_open_web, warn_without_contact

_SPLIT_RE = re.compile(r"[\s,]+(?=https?://|$)|\s+")
URL_RE = re.compile(r"^https?://[^\s/]+", re.IGNORECASE)


class ArticleSpider(scrapy.Spider):
    """Fetch the given article URLs (always: a re-fetch updates the stored row)."""

    name = "article"
    arg_names = ("urls", "url_file")

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        apply_open_web(settings)      # robots.txt, AutoThrottle, 2 per site, contact URL (newscrawl/settings.py)

    def __init__(self, urls: str = "", url_file: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.urls = urls
        self.url_file = url_file

    def fail(self, *, url: str | None, stage: str, reason: str, detail: str = "") -> None:
        report_failure(self.crawler, url=url, stage=stage, reason=reason, detail=detail,
                       article_id=article_id(url) if url and URL_RE.match(url) else None)

    def targets(self) -> list[str]:
        return gather_targets(self, self.urls, self.url_file, _SPLIT_RE)

    async def start(self) -> AsyncIterator[Any]:
        warn_without_contact(self)
        seen: set[str] = set()
        for url in self.targets():
            url = url.strip()
            if not URL_RE.match(url):
                self.fail(url=url, stage="input", reason="bad_target", detail=f"not an http(s) URL: {url!r}")
                continue
            if url in seen:
                continue
            seen.add(url)
            yield scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, dont_filter=True,
                                 meta={"given_url": url})

    def parse_page(self, response: Response) -> Iterator[Article]:
        url = response.meta.get("given_url") or response.url
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        try:
            article = to_article(response.body, ctype, url, response.url, self.name)
        except PageError as exc:
            self.fail(url=url, stage="parse", reason=exc.reason, detail=exc.message)
            return
        except RecursionError:  # belt and braces: extraction is iterative
            self.fail(url=url, stage="parse", reason="too_deep", detail="markup nested too deeply")
            return
        self.crawler.stats.inc_value("newscrawl/article_pages")
        yield article

    def page_failed(self, failure: Failure) -> None:
        reason, detail = failure_reason(failure)
        self.fail(url=failure.request.meta.get("given_url") or failure.request.url, stage="fetch",
                  reason=reason, detail=detail)
