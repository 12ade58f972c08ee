"""``finews_list``: read the list APIs and fetch the articles not yet in the database (for cron)."""
from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.pages import PageError
from newscrawl.pages.finews import parse_list_response
from newscrawl.spiders.base import (
    FinewsSpider,
    declared_encoding,
    failure_reason,
    refresh_arg,
    stored_and_fresh,
)
from newscrawl.store.db import crawler_db, has_marks, marks_reached, save_list_marks
from newscrawl.text.ids import INFO_CODE_RE

log = logging.getLogger(__name__)

#: How many codes at the head of page 1 a complete walk keeps as its mark (one would do; a few survive the
#: removal of an article from the list).
MARK_CODES = 3


def with_page(url: str, param: str, page: int) -> str:
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    query[param] = [str(page)]
    return urlunsplit(parts._replace(query=urlencode(query, doseq=True)))


def split_page(url: str, param: str) -> tuple[str, int]:
    """A list page URL → (the API URL without the page parameter, the page number; 1 if none or bad)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    values = query.pop(param, []) if param else []
    try:
        page = max(1, int(values[0])) if values else 1
    except ValueError:
        page = 1
    return urlunsplit(parts._replace(query=urlencode(query, doseq=True))), page


def _api_shape(url: str, param: str) -> tuple[str, list[tuple[str, str]]]:
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    query.pop(param, None)
    return parts.path, sorted((k, v) for k, vs in query.items() for v in vs)


def match_api(url: str, apis: dict[str, str], param: str) -> tuple[str, str]:
    """(key, API URL) of the configured API (``apis``: key → URL) a list page URL belongs to, whatever
    host it was fetched from (a failure row of an earlier run); else the page's own URL without its page
    parameter as both."""
    shape = _api_shape(url, param)
    for key, api in apis.items():
        if _api_shape(api, param) == shape:
            return key, api
    own = split_page(url, param)[0]
    return own, own


@dataclass
class Walk:
    """One walk down the pages of a list API: the head of its page 1 (its mark once it is complete), and
    whether it stopped where it should (a mark, the end, FINEWS_LIST_MAX_PAGES) with every page read."""

    head: list[str] = field(default_factory=list)
    done: bool = False


class FinewsList(FinewsSpider):
    """Incremental crawl of the finews list APIs (``FINEWS_LIST_APIS``).

    Articles already stored are skipped before their request is made (``NEWSCRAWL_REFRESH_AFTER`` seconds
    makes older ones due again, to catch edits); ``-a refresh=1`` fetches them all.
    Pages through each API (``FINEWS_LIST_PAGE_PARAM``) until a page holds the mark of the last complete
    walk of that API (``list_marks``), the list ends, or ``FINEWS_LIST_MAX_PAGES`` (when refreshing, on past
    the mark while pages bring articles due again).  A walk is complete when
    every one of its pages was read and the crawl finished; only then is its mark (the head of its page 1)
    written, after the pipelines have committed its articles.  So an interrupted or failed walk leaves the
    old mark, and the next run pages down to it again, fetching what the broken run missed.
    ``-a pages=URL[ URL…]`` (what ``retry-failures`` gives) reads those list pages instead and pages on from
    each the same way (up to FINEWS_LIST_MAX_PAGES pages further); such walks write no mark.
    """

    name = "finews_list"
    arg_names = ("refresh", "pages")

    def __init__(self, refresh: str = "", pages: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refresh = refresh_arg(refresh)
        self.pages = pages
        self.walks: dict[str, Walk] = {}

    def is_known(self, code: str) -> bool:
        """Stored, and (with NEWSCRAWL_REFRESH_AFTER seconds) checked recently enough to skip."""
        return not self.refresh and stored_and_fresh(self, code)

    def apis(self) -> dict[str, str]:
        """The configured list APIs: key (as written in FINEWS_LIST_APIS) → URL."""
        return {path: self.base_url + path if path.startswith("/") else path
                for path in self.settings.getlist("FINEWS_LIST_APIS")}

    async def start(self) -> AsyncIterator[Any]:
        param = self.settings.get("FINEWS_LIST_PAGE_PARAM")
        if self.pages:
            for url in self.pages.split():
                key, api = match_api(url, self.apis(), param)
                page = split_page(url, param)[1] if param else 1
                yield self.page_request(api, key, page, first=page, retry=True)
            return
        for key, api in self.apis().items():
            yield self.page_request(api, key, 1, first=1, retry=False)

    def refreshing(self) -> bool:
        """Stored articles are due again (``-a refresh=1``, ``NEWSCRAWL_REFRESH_AFTER``): paging goes on past
        the mark while pages bring articles to fetch."""
        return self.refresh or bool(self.settings.getfloat("NEWSCRAWL_REFRESH_AFTER"))

    def page_request(self, api: str, key: str, page: int, first: int, retry: bool, priority: int = 0,
                     past_mark: bool = False, head: list[str] | None = None) -> scrapy.Request:
        param = self.settings.get("FINEWS_LIST_PAGE_PARAM")
        return scrapy.Request(with_page(api, param, page) if param else api, callback=self.parse_list,
                              errback=self.list_failed, dont_filter=retry, priority=priority,
                              meta={"api": api, "key": key, "page": page, "first": first, "retry": retry,
                                    "past_mark": past_mark, "head": head or []})

    # --- the marks of complete walks (here in the database; the distributed workers keep them in Redis) ----
    def mark_reached(self, key: str, codes: list[str]) -> bool:
        """One of ``codes`` (a list page's entries) is the mark of a complete walk of the API ``key``."""
        return marks_reached(crawler_db(self.crawler), key, codes)

    def has_mark(self, key: str) -> bool:
        """A complete walk of the API ``key`` has left its mark."""
        return has_marks(crawler_db(self.crawler), key)

    def walk_complete(self, key: str, head: list[str]) -> None:
        """The walk of ``key`` stopped where it should with every page read; its mark is written in
        :meth:`closed`, once the crawl finished and the pipelines committed its articles."""
        self.walks[key] = Walk(head, done=True)

    def parse_list(self, response: Response) -> Iterator[Any]:
        try:
            entries = parse_list_response(response.body, declared_encoding(response))
        except PageError as exc:
            self.fail(url=response.url, stage="list", reason=exc.reason, detail=exc.message)
            return
        meta = response.meta
        category = "emnews" if "/web/webapi" in meta["api"] and "marketType" not in response.url else None
        codes, new = [], 0
        for entry in entries:
            code = entry["code"]
            if not code or not INFO_CODE_RE.match(code):
                self.fail(url=response.url, stage="list", reason="bad_info_code",
                          detail=f"entry {entry.get('title')!r} has infoCode {code!r}")
                continue
            codes.append(code)
            if self.is_known(code):
                self.crawler.stats.inc_value("newscrawl/skipped_known")
                continue
            new += 1
            yield self.text_request(code, {**entry, "category": category})
        self.crawler.stats.inc_value("newscrawl/list_entries", len(entries))
        # the head of page 1 rides along to the last page of the walk (on workers, pages are read anywhere)
        head = codes[:MARK_CODES] if meta["page"] == 1 else meta.get("head", [])
        nxt = self.next_page(response, entries, codes, new, head)
        if nxt is not None:
            # below the article requests: the next page is fetched once this page's articles are, so the
            # scheduler holds about one page of requests per API instead of every article of every page
            # (Scrapy's LIFO queue would otherwise walk all list pages first: ~3 KB a queued article)
            yield nxt
        elif not meta.get("retry", True):
            self.walk_complete(meta["key"], head)

    def next_page(self, response: Response, entries: list[dict], codes: list[str], new: int,
                  head: list[str]) -> scrapy.Request | None:
        """The request of the page after ``response``'s, or None where the walk stops: a page that holds the
        mark of a complete walk (when refreshing, the first page past it with nothing to fetch), a short
        page (the end), FINEWS_LIST_MAX_PAGES (recorded as a failure when the mark was due further down, so
        the gap is retried, not lost)."""
        meta = response.meta
        param = self.settings.get("FINEWS_LIST_PAGE_PARAM")
        count = int((parse_qs(urlsplit(response.url).query).get("count") or ["0"])[0] or 0)
        if not (param and count and len(entries) >= count):
            return None
        reached = meta.get("past_mark") or self.mark_reached(meta["key"], codes)
        if reached and not (new and self.refreshing()):
            return None
        page = meta["page"] + 1
        if page - meta["first"] < self.settings.getint("FINEWS_LIST_MAX_PAGES"):
            return self.page_request(meta["api"], meta["key"], page, meta["first"], meta["retry"], priority=-1,
                                     past_mark=reached, head=head)
        if not reached and self.has_mark(meta["key"]):
            self.fail(url=with_page(meta["api"], param, page), stage="list", reason="max_pages_reached",
                      detail=f"FINEWS_LIST_MAX_PAGES={self.settings.getint('FINEWS_LIST_MAX_PAGES')} pages read "
                             "without reaching the articles of the last complete walk; retry-failures pages on "
                             "from here")
        return None

    def list_failed(self, failure: Failure) -> None:
        reason, detail = failure_reason(failure)
        self.fail(url=failure.request.url, stage="list", reason=reason, detail=detail)

    def closed(self, reason: str) -> None:
        """Write the marks of the complete walks: the crawl finished (the pipelines, closed before this, have
        committed every article) and lost nothing."""
        marks = {key: walk.head for key, walk in self.walks.items() if walk.done and walk.head}
        if not marks:
            return
        if reason != "finished" or self.crawler.stats.get_value("newscrawl/items/lost"):
            log.info("no list marks written (crawl %s): the next run pages down to the previous ones", reason)
            return
        try:
            save_list_marks(crawler_db(self.crawler), marks,
                                  self.crawler.stats.get_value("newscrawl/run_id"))
        except sqlite3.Error as exc:
            log.error("could not write the list marks (%s): the next run pages down to the previous ones", exc)
