"""What the finews spiders share: endpoint settings, the text-API request, turning failures into rows."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newscrawl.failures import report_failure
from newscrawl.items import Article
from newscrawl.pages import PageError
from newscrawl.pages.finews import (
    RAW_KIND,
    RAW_KIND_SHARE_PAGE,
    parse_share_page,
    parse_text_response,
    read_targets,
    to_article,
)
from newscrawl.store.db import crawler_db, is_fresh

#: Download exception class names (Twisted's and Scrapy ≥ 2.14's own) → reason codes.
_REASONS = {
    "TimeoutError": "timeout", "TCPTimedOutError": "timeout", "DownloadTimeoutError": "timeout",
    "DNSLookupError": "dns_error", "CannotResolveHostError": "dns_error",
    "ConnectionRefusedError": "connection_refused", "DownloadConnectionRefusedError": "connection_refused",
    "ResponseFailed": "connection_lost", "ConnectionLost": "connection_lost", "ConnectionDone": "connection_lost",
    "ResponseDataLossError": "connection_lost", "DownloadFailedError": "connection_lost",
    "ResponseNeverReceived": "connection_lost", "PotentialDataLoss": "connection_lost",
}
#: Scrapy cancels a download whose body passes DOWNLOAD_MAXSIZE (Twisted's CancelledError before Scrapy 2.14).
_TOO_LARGE = {"DownloadCancelledError", "CancelledError"}


def _too_large(failure: Failure) -> str | None:
    """The detail when Scrapy refused a body over DOWNLOAD_MAXSIZE (cancelled download, or HttpCompression's
    IgnoreRequest for a body that decompresses past it); None for any other failure."""
    if failure.type.__name__ in _TOO_LARGE:
        return str(failure.value) or "download cancelled: body larger than DOWNLOAD_MAXSIZE"
    if failure.check(IgnoreRequest) and "DOWNLOAD_MAXSIZE" in str(failure.value):
        return str(failure.value)
    return None


def refresh_arg(value: str) -> bool:
    """``-a refresh=1`` (or true / yes): fetch stored articles too."""
    return (value or "").lower() in ("1", "true", "yes")


def stored_and_fresh(spider: Any, code: str) -> bool:
    """The article is stored and, with ``NEWSCRAWL_REFRESH_AFTER`` seconds, was checked within that window:
    an incremental crawl need not fetch it."""
    window = spider.settings.getfloat("NEWSCRAWL_REFRESH_AFTER") or None
    return is_fresh(crawler_db(spider.crawler), code, window)


def failure_reason(failure: Failure) -> tuple[str, str]:
    """A short reason code and a detail for a download failure (``robots_txt``: the site's robots.txt
    disallows the page, so it was not fetched)."""
    if failure.check(HttpError):
        status = failure.value.response.status
        return f"http_{status}", f"HTTP {status}"
    if (detail := _too_large(failure)) is not None:
        return "too_large", detail
    if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
        return "robots_txt", "not fetched: the site's robots.txt disallows it (-s ROBOTSTXT_OBEY=False ignores it)"
    name = failure.type.__name__
    return _REASONS.get(name, name), str(failure.value) or repr(failure.value)


def declared_encoding(response: Response) -> str | None:
    """The charset of the Content-Type header, if any."""
    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    m = re.search(r"charset=([\w-]+)", ctype, re.IGNORECASE)
    return m.group(1) if m else None


def gather_targets(spider: Any, urls: str, url_file: str, split_re: re.Pattern) -> list[str]:
    """Targets from ``-a urls=…`` (split by ``split_re``) and ``-a url_file=…``; a bad file or no target at
    all is reported through ``spider.fail`` (stage ``input``)."""
    items = [u for u in split_re.split(urls or "") if u and u.strip()]
    if url_file:
        try:
            items += read_targets(Path(url_file).read_text(encoding="utf-8-sig").splitlines())
        except (OSError, UnicodeDecodeError) as exc:
            spider.fail(url=url_file, stage="input", reason="bad_url_file", detail=str(exc))
    if not items and not url_file:
        spider.fail(url=None, stage="input", reason="no_targets", detail="give -a urls=URL[,URL…] or -a url_file=FILE")
    return items


class FinewsSpider(scrapy.Spider):
    """Base for spiders that read articles from the finews text API."""

    arg_names: tuple[str, ...] = ()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> FinewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.base_url = s.get("FINEWS_BASE_URL").rstrip("/")
        spider.text_path = s.get("FINEWS_TEXT_PATH")
        spider.share_path = s.get("FINEWS_SHARE_PATH")
        spider.public_share_url = s.get("FINEWS_PUBLIC_SHARE_URL")
        return spider

    def endpoint(self, path: str, **values: str) -> str:
        return self.base_url + path.format(**values)

    def fail(self, *, url: str | None, stage: str, reason: str, detail: str = "", code: str | None = None,
             given_url: str | None = None) -> None:
        report_failure(self.crawler, url=url, stage=stage, reason=reason, detail=detail, article_id=code,
                       given_url=given_url)

    def text_request(self, code: str, entry: dict[str, Any] | None = None, url: str | None = None,
                     dont_filter: bool = False) -> scrapy.Request:
        """Request the article body of ``code``; ``entry`` (a list record) and ``url`` (what the user gave) ride along."""
        return scrapy.Request(self.endpoint(self.text_path, code=code), callback=self.parse_text,
                              errback=self.text_failed, dont_filter=dont_filter,
                              meta={"code": code, "entry": entry or {}, "given_url": url})

    def parse_text(self, response: Response) -> Iterator[Any]:
        try:
            fields = parse_text_response(response.body, declared_encoding(response))
        except PageError as exc:
            yield from self._fallback_or_fail(response.meta, response.url, exc.reason, exc.message)
            return
        yield self._article(response.meta, fields, response, RAW_KIND)

    def text_failed(self, failure: Failure) -> Iterator[Any]:
        reason, detail = failure_reason(failure)
        yield from self._fallback_or_fail(failure.request.meta, failure.request.url, reason, detail)

    def _fallback_or_fail(self, meta: dict, url: str, reason: str, detail: str) -> Iterator[Any]:
        """After a text-API failure, try the share page once (it may carry the article), else record it."""
        code = meta["code"]
        if not meta.get("share_tried"):
            yield scrapy.Request(self.endpoint(self.share_path, code=code), callback=self.parse_share,
                                 errback=self.share_failed, dont_filter=True,
                                 meta={**meta, "share_tried": True, "api_url": url, "api_reason": (reason, detail)})
            return
        self.fail(url=url, stage="fetch", reason=reason, detail=detail, code=code, given_url=meta.get("given_url"))

    def parse_share(self, response: Response) -> Iterator[Any]:
        fields = parse_share_page(response.text if hasattr(response, "text") else "")
        if fields:
            self.crawler.stats.inc_value("newscrawl/share_page_articles")
            yield self._article(response.meta, fields, response, RAW_KIND_SHARE_PAGE)
            return
        reason, detail = response.meta["api_reason"]
        self.fail(url=response.meta["api_url"], stage="fetch", reason=reason, detail=detail,
                  code=response.meta["code"], given_url=response.meta.get("given_url"))

    def share_failed(self, failure: Failure) -> None:
        meta = failure.request.meta
        reason, detail = meta["api_reason"]
        self.fail(url=meta["api_url"], stage="fetch", reason=reason, detail=detail, code=meta["code"],
                  given_url=meta.get("given_url"))

    def _article(self, meta: dict, fields: dict[str, Any], response: Response, kind: str) -> Article:
        """``newscrawl.pages.finews.to_article`` with what the list entry / user gave (``meta``) and the
        response as ``raw_page`` (of ``kind``)."""
        raw = {"url": response.url, "kind": kind, "body": response.body,
               "encoding": declared_encoding(response) or getattr(response, "encoding", None),
               "meta": {"entry": meta.get("entry") or {}, "given_url": meta.get("given_url")}}
        return to_article(meta["code"], fields, meta.get("entry"), meta.get("given_url"), self.public_share_url,
                          spider=self.name, raw_page=raw)
