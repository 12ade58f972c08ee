"""``site``: crawl a Jekyll news site like the prototype's (home → category pages → post pages).

    scrapy crawl site -a start=http://127.0.0.1:8765/
    scrapy crawl site -a start=https://finews.example.org/category/nantongribao.html

From every page of the start URL's host it follows category pages (``/category/<slug>.html``) and post
pages (``/<category>/YYYY/MM/DD/<name>.html``); post pages are parsed (newscrawl.pages.jekyll.
parse_post_page) into articles: title, date, categories (from the URL), tags, body, share link.  Media
comes from the post's tags, never from category page titles (the real site's are wrong).  A page that
fails (HTTP error, timeout, a post page without title or body) is recorded in ``failures``.

Incremental, for cron: a post page kept in ``raw_pages`` (kind ``site_post``) whose article is stored is not
requested again (``NEWSCRAWL_REFRESH_AFTER`` seconds makes older ones due again); ``-a refresh=1`` fetches
every post. The start URL is always fetched; category pages always are (they list the new posts).
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.failures import report_failure
from newscrawl.pages import PageError
from newscrawl.pages.jekyll import POST_PATH_RE, RAW_KIND, parse_post_page, site_links, to_article
from newscrawl.spiders.base import failure_reason, refresh_arg, stored_and_fresh
from newscrawl.spiders.polite import apply_open_web, warn_without_contact
from newscrawl.store.db import crawler_db


def is_post_url(url: str) -> bool:
    return bool(POST_PATH_RE.match(unquote(urlsplit(url).path)))


class SiteSpider(scrapy.Spider):
    """Crawl a Jekyll news site from ``-a start=URL`` (its home page, a category page or a post; several
    URLs separated by whitespace are all started from)."""

    name = "site"
    arg_names = ("start", "refresh")

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        apply_open_web(settings)      # robots.txt, AutoThrottle, 2 per site, contact URL (newscrawl/settings.py)

    def __init__(self, start: str = "", refresh: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.start_url = (start or "").strip()
        self.refresh = refresh_arg(refresh)
        self._known: dict[str, str] | None = None

    def is_known(self, url: str) -> bool:
        """A post page fetched before (kept in raw_pages) whose article is stored and, with
        NEWSCRAWL_REFRESH_AFTER seconds, checked recently enough to skip."""
        if self.refresh:
            return False
        if self._known is None:
            self._known = {r[0]: r[1] for r in crawler_db(self.crawler).conn.execute(
                "SELECT url, article_id FROM raw_pages WHERE kind = ?", [RAW_KIND])}
        code = self._known.get(url)
        return code is not None and stored_and_fresh(self, code)

    def fail(self, *, url: str | None, stage: str, reason: str, detail: str = "", code: str | None = None) -> None:
        report_failure(self.crawler, url=url, stage=stage, reason=reason, detail=detail, article_id=code)

    def request(self, url: str) -> scrapy.Request:
        callback = self.parse_post if is_post_url(url) else self.parse_listing
        return scrapy.Request(url, callback=callback, errback=self.failed)

    async def start(self) -> AsyncIterator[Any]:
        warn_without_contact(self)
        starts = self.start_url.split() or [""]      # several (whitespace-separated): retry-failures
        for url in starts:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                self.fail(url=url or None, stage="input", reason="bad_start",
                          detail="give -a start=http(s)://HOST/ (the site's home page)")
                continue
            yield self.request(url)

    def _follow(self, response: Response) -> Iterator[scrapy.Request]:
        categories, posts = site_links(response.text, response.url)
        self.crawler.stats.inc_value("newscrawl/site/links", len(categories) + len(posts))
        for url in categories:
            yield self.request(url)
        for url in posts:
            if self.is_known(url):
                self.crawler.stats.inc_value("newscrawl/skipped_known")
                continue
            yield self.request(url)

    def parse_listing(self, response: Response) -> Iterator[Any]:
        if not hasattr(response, "text"):
            self.fail(url=response.url, stage="parse", reason="not_html", detail=response.headers.get(
                "Content-Type", b"").decode("latin-1"))
            return
        yield from self._follow(response)

    def parse_post(self, response: Response) -> Iterator[Any]:
        if not hasattr(response, "text"):
            self.fail(url=response.url, stage="parse", reason="not_html")
            return
        try:
            post = parse_post_page(response.text, response.url)
        except PageError as exc:
            self.fail(url=response.url, stage="parse", reason=exc.reason, detail=exc.message)
        else:
            article = to_article(post, page_url=response.url,
                                 public_share_url=self.settings.get("FINEWS_PUBLIC_SHARE_URL"), spider=self.name)
            article.raw_page = {"url": response.url, "kind": RAW_KIND, "body": response.body,
                                "encoding": response.encoding, "meta": {}}
            yield article
        yield from self._follow(response)     # back-links lead to category pages the home page may not list

    def failed(self, failure: Failure) -> None:
        reason, detail = failure_reason(failure)
        self.fail(url=failure.request.url, stage="fetch", reason=reason, detail=detail)
