"""Our own Scrapy signal, and the one helper every component uses to report a failure."""
from __future__ import annotations

import logging
from typing import Any

#: Sent with url, stage, reason, detail, article_id whenever a page or item fails.
failure = object()

log = logging.getLogger("newscrawl.failures")


def report_failure(crawler: Any, *, url: str | None, stage: str, reason: str, detail: str = "",
                   article_id: str | None = None, given_url: str | None = None) -> None:
    """Log one failure, count it in the crawl stats and send the ``failure`` signal (recorded in SQLite).

    ``given_url``: the URL the user gave for the article, when it is not ``url`` (retry-failures uses it)."""
    log.error("failed [%s] %s: %s%s", stage, url or article_id or "-", reason, f" ({detail})" if detail else "")
    if crawler is None:
        return
    crawler.stats.inc_value("newscrawl/failures")
    crawler.stats.inc_value(f"newscrawl/failures/{stage}/{reason}")
    crawler.signals.send_catch_log(signal=failure, url=url, stage=stage, reason=reason, detail=detail,
                                   article_id=article_id, given_url=given_url)
