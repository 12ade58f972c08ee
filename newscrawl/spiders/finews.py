"""``finews``: fetch the articles a user names (share URLs, article URLs, infoCodes)."""
from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

from newscrawl.pages import PageError
from newscrawl.pages.finews import parse_target
from newscrawl.spiders.base import FinewsSpider, gather_targets

# whitespace, or a comma before a URL or an infoCode; not the comma of an Eastmoney URL
# (``/news/1355,202112082206735975.html``: digits followed by a file extension are no infoCode)
_SPLIT_RE = re.compile(r"\s+|,(?=\s*(?:https?:|//|[A-Z]{0,4}\d{12}(?!\d*\.\w)))")


class FinewsArticles(FinewsSpider):
    """Fetch given articles, always (a re-fetch updates the stored row).

    scrapy crawl finews -a urls="http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW…"
    scrapy crawl finews -a url_file=urls.txt      # one share URL, article URL or infoCode per line, # comments
    """

    name = "finews"
    arg_names = ("urls", "url_file")

    def __init__(self, urls: str = "", url_file: str = "", *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.urls = urls
        self.url_file = url_file

    def targets(self) -> list[str]:
        return gather_targets(self, self.urls, self.url_file, _SPLIT_RE)

    async def start(self) -> AsyncIterator[Any]:
        seen: set[str] = set()
        for raw in self.targets():
            try:
                target = parse_target(raw)
            except PageError as exc:
                self.fail(url=raw, stage="input", reason=exc.reason, detail=exc.message)
                continue
            if target.code in seen:
                continue
            seen.add(target.code)
            yield self.text_request(target.code, url=target.url, dont_filter=True)
