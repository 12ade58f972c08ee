"""``finews_list``: read the list APIs and fetch the articles not yet in the database (for cron)."""
from __future__ import annotations

from typing import Any, AsyncIterator, Iterator
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.pages import PageError
from newscrawl.pages.finews import INFO_CODE_RE, parse_list_response
from newscrawl.spiders.base import FinewsSpider, declared_encoding, failure_reason, refresh_arg, stored_and_fresh


def with_page(url: str, param: str, page: int) -> str:
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    query[param] = [str(page)]
    return urlunsplit(parts._replace(query=urlencode(query, doseq=True)))


class FinewsList(FinewsSpider):
    """Incremental crawl of the finews list APIs (``FINEWS_LIST_APIS``).

    Articles already stored are skipped before their request is made (``NEWSCRAWL_REFRESH_AFTER`` seconds
    makes older ones due again, to catch edits); ``-a refresh=1`` fetches them all.
    Pages through each API (``FINEWS_LIST_PAGE_PARAM``) while a page brings new articles, up to
    ``FINEWS_LIST_MAX_PAGES``.
    """

    name = "finews_list"
    arg_names = ("refresh",)

    def __init__(self, refresh: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refresh = refresh_arg(refresh)

    def is_known(self, code: str) -> bool:
        """Stored, and (with NEWSCRAWL_REFRESH_AFTER seconds) checked recently enough to skip."""
        return not self.refresh and stored_and_fresh(self, code)

    async def start(self) -> AsyncIterator[Any]:
        param = self.settings.get("FINEWS_LIST_PAGE_PARAM")
        for path in self.settings.getlist("FINEWS_LIST_APIS"):
            url = self.base_url + path if path.startswith("/") else path
            yield scrapy.Request(with_page(url, param, 1) if param else url, callback=self.parse_list,
                                 errback=self.list_failed, meta={"api": url, "page": 1})

    def parse_list(self, response: Response) -> Iterator[Any]:
        try:
            entries = parse_list_response(response.body, declared_encoding(response))
        except PageError as exc:
            self.fail(url=response.url, stage="list", reason=exc.reason, detail=exc.message)
            return
        category = "emnews" if "/web/webapi" in response.meta["api"] and "marketType" not in response.url else None
        new = 0
        for entry in entries:
            code = entry["code"]
            if not code or not INFO_CODE_RE.match(code):
                self.fail(url=response.url, stage="list", reason="bad_info_code",
                          detail=f"entry {entry.get('title')!r} has infoCode {code!r}")
                continue
            if self.is_known(code):
                self.crawler.stats.inc_value("newscrawl/skipped_known")
                continue
            new += 1
            yield self.text_request(code, {**entry, "category": category})
        self.crawler.stats.inc_value("newscrawl/list_entries", len(entries))
        page, max_pages = response.meta["page"], self.settings.getint("FINEWS_LIST_MAX_PAGES")
        count = int((parse_qs(urlsplit(response.url).query).get("count") or ["0"])[0] or 0)
        param = self.settings.get("FINEWS_LIST_PAGE_PARAM")
        if param and new and count and len(entries) >= count and page < max_pages:
            # below the article requests: the next page is fetched once this page's articles are, so the
            # scheduler holds about one page of requests per API instead of every article of every page
            # (Scrapy's LIFO queue would otherwise walk all list pages first: ~3 KB a queued article)
            yield scrapy.Request(with_page(response.meta["api"], param, page + 1), callback=self.parse_list,
                                 errback=self.list_failed, priority=-1,
                                 meta={"api": response.meta["api"], "page": page + 1})

    def list_failed(self, failure: Failure) -> None:
        reason, detail = failure_reason(failure)
        self.fail(url=failure.request.url, stage="list", reason=reason, detail=detail)
