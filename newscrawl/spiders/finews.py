"""``finews``: fetch the articles a user names (share URLs, article URLs, infoCodes)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, AsyncIterator

from newscrawl.pages import PageError
from newscrawl.pages.finews import parse_target, read_targets
from newscrawl.spiders.base import FinewsSpider

_SPLIT_RE = re.compile(r"\s+|,(?=\s*(?:https?:|//|[A-Z]{0,4}\d{12}))")


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
        items = [u for u in _SPLIT_RE.split(self.urls or "") if u and u.strip()]
        if self.url_file:
            try:
                items += read_targets(Path(self.url_file).read_text(encoding="utf-8-sig").splitlines())
            except (OSError, UnicodeDecodeError) as exc:
                self.fail(url=self.url_file, stage="input", reason="bad_url_file", detail=str(exc))
        if not items and not self.url_file:
            self.fail(url=None, stage="input", reason="no_targets",
                      detail="give -a urls=URL[,URL…] or -a url_file=FILE")
        return items

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
