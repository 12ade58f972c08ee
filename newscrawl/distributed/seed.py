"""Seeds for the Redis start queue (``P:start``): list-API start requests, articles by share URL / infoCode.

    {"kind": "list", "api": "/web/webapi?type=45&count=100&newsid=1"}    # a path: each worker prefixes
                                                                         # its own FINEWS_BASE_URL
    {"kind": "article", "code": "NW202112312232633030", "url": "http://…NewsShare.html?infoCode=…"}

Article seeds are fetched always (like ``scrapy crawl finews``); list walks page down to the mark of the
last complete walk as ``finews_list``'s do (marks in Redis) and skip articles the ingester has stored.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from newscrawl.distributed.frontier import Frontier
from newscrawl.pages import PageError
from newscrawl.pages.finews import parse_target


def list_seeds(apis: Iterable[str]) -> list[dict[str, Any]]:
    """One seed per list API (paths as in ``FINEWS_LIST_APIS``, or full URLs)."""
    return [{"kind": "list", "api": api} for api in apis]


def article_seeds(targets: Iterable[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """Seeds for share URLs, article URLs and infoCodes (each code once), and one message per bad target."""
    seeds: list[dict[str, Any]] = []
    errors: list[str] = []
    seen: set[str] = set()
    for raw in targets:
        try:
            target = parse_target(raw)
        except PageError as exc:
            errors.append(f"{raw!r}: {exc.message}")
            continue
        if target.code not in seen:
            seen.add(target.code)
            seeds.append({"kind": "article", "code": target.code, "url": target.url})
    return seeds, errors


def push_seeds(frontier: Frontier, seeds: list[dict[str, Any]], fresh: bool = False) -> int:
    """Append ``seeds`` to the start queue (``fresh``: forget the shared dupefilter first: a new round)."""
    pipe = frontier.server.pipeline(transaction=True)
    if fresh:
        pipe.delete(frontier.dupefilter_key)
    for i in range(0, len(seeds), 1000):
        pipe.rpush(frontier.start_key, *[json.dumps(s, ensure_ascii=False) for s in seeds[i:i + 1000]])
    pipe.hincrby(frontier.stats_key, "seeded", len(seeds))
    pipe.execute()
    return len(seeds)
