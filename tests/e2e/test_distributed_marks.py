"""``finews_redis`` walks a list API down to the mark of its last complete walk (in Redis), as ``finews_list``
does: a walk cut short is finished by the next round instead of leaving never-fetched articles.

The spider's callbacks are driven by hand (a real redis-server, no network): each list page is answered
with a JSON page of the test's list, and every request between pages goes through Redis's serialisation.
"""
from __future__ import annotations

import json
import pickle
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import redis
from scrapy.http import Request, TextResponse
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from newscrawl import settings
from newscrawl.distributed.frontier import Frontier
from newscrawl.distributed.local import start_ingester, start_worker
from newscrawl.distributed.seed import list_seeds, push_seeds
from newscrawl.distributed.spiders import DistributedFinews
from newscrawl.replica.synth import write_archive
from tests.e2e.conftest import ROOT, http_server, replica, run_to_end

API = "/information/newmarket/web/webapi?marketType=37&count=3"


def code(i: int) -> str:
    return f"NW20211231000000{i:04d}"


@pytest.fixture
def worker(redis_url: str) -> DistributedFinews:
    project = {name: value for name, value in vars(settings).items() if name.isupper()}
    crawler = get_crawler(DistributedFinews, {**project, "NEWSCRAWL_REDIS_URL": redis_url, "LOG_LEVEL": "INFO",
                                              "NEWSCRAWL_REDIS_PREFIX": "marks", "FINEWS_BASE_URL": "http://finews.test"})
    crawler._apply_settings()
    return DistributedFinews.from_crawler(crawler)


def walk(spider: DistributedFinews, listing: list[int], pages: int = 99) -> list[str]:
    """Read up to ``pages`` pages of one walk of API over ``listing`` (newest first, 3 a page); returns the
    codes of the articles it asked for."""
    request: Request | None = spider.list_request(API)
    asked: list[str] = []
    for _ in range(pages):
        if request is None:
            break
        # through Redis as the shared queue stores it (pickled dict): the walk's meta must survive
        request = request_from_dict(pickle.loads(pickle.dumps(request.to_dict(spider=spider))), spider=spider)
        n = request.meta["page"]
        body = json.dumps({"record": [{"infoCode": code(i), "title": f"t{i}"}
                                      for i in listing[(n - 1) * 3:n * 3]]})
        out = list(spider.parse_list(TextResponse(request.url, body=body.encode(), encoding="utf-8",
                                                  request=request)))
        asked += [r.meta["code"] for r in out if "code" in r.meta]
        request = next((r for r in out if "code" not in r.meta), None)
    return asked


def test_a_walk_cut_short_is_finished_by_the_next_round(worker: DistributedFinews, redis_url: str) -> None:
    frontier = Frontier(redis.Redis.from_url(redis_url), "marks")
    listing = list(range(1, 11))                       # 10 articles: pages of 3, 3, 3 and 1
    # round 1: page 3 is never read (its fetch failed, the round was abandoned); pages 1 and 2 are stored
    assert walk(worker, listing, pages=2) == [code(i) for i in range(1, 7)]
    frontier.server.sadd(frontier.known_key, *[code(i) for i in range(1, 7)])
    # round 2: page 1 brings nothing new, but no walk is complete yet: down to the end, fetching the gap
    assert walk(worker, listing) == [code(i) for i in range(7, 11)]
    assert frontier.server.smembers(frontier.marks_key(API)) == {code(i).encode() for i in (1, 2, 3)}
    frontier.server.sadd(frontier.known_key, *[code(i) for i in range(7, 11)])
    # round 3: one new article on top; page 1 holds the mark, so the walk stops there
    assert walk(worker, [11, *listing]) == [code(11)]
    assert frontier.server.smembers(frontier.marks_key(API)) == {code(i).encode() for i in (11, 1, 2, 3)}


def test_the_next_round_pages_down_to_the_mark_not_to_the_first_page_without_news(worker: DistributedFinews,
                                                                                   redis_url: str) -> None:
    """Known articles above the mark (fetched by a walk that broke off lower down) do not stop the walk: it
    reads on to the page holding the mark, and no further."""
    frontier = Frontier(redis.Redis.from_url(redis_url), "marks")
    listing = list(range(1, 17))                       # pages 1-3, 4-6, 7-9, 10-12, 13-15, 16
    frontier.add_marks(API, [code(10)])                # the last complete walk began at article 10
    frontier.server.sadd(frontier.known_key, *[code(i) for i in (1, 2, 3, 10, 13, 14, 15, 16)])
    assert walk(worker, listing) == [code(i) for i in (4, 5, 6, 7, 8, 9, 11, 12)]     # not page 5 or 6
    assert frontier.server.smembers(frontier.marks_key(API)) == {code(i).encode() for i in (10, 1, 2, 3)}


def test_marks_are_kept_per_api_path(redis_url: str) -> None:
    frontier = Frontier(redis.Redis.from_url(redis_url), "marks")
    assert not frontier.has_marks(API) and not frontier.marks_reached(API, [code(1)])
    frontier.add_marks(API, [code(1), code(2)])
    assert frontier.has_marks(API) and frontier.marks_reached(API, [code(9), code(2)])
    assert not frontier.marks_reached(API, []) and not frontier.marks_reached(API + "x", [code(1)])


# --- the same with worker and ingester processes against the replica ---------------------------------------
N = 40
#: the three local-paper lists (16, 13 and 11 of the archive's articles) in pages of 4
LISTS = [f"/information/newmarket/web/webapi?marketType={m}&count=4" for m in (37, 38, 39)]


@contextmanager
def failing_proxy(base: str, failing: set[str]) -> Iterator[str]:
    """An HTTP proxy to ``base`` that answers 500 for the paths (with query) in ``failing``."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in failing:
                status, body = 500, b"down"
            else:
                try:
                    with urllib.request.urlopen(base + self.path, timeout=30) as answer:
                        status, body = answer.status, answer.read()
                except urllib.error.HTTPError as exc:
                    status, body = exc.code, exc.read()
            self.send_response(status)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    with http_server(Handler) as url:
        yield url


def crawl_round(redis_url: str, base: str, db: Path, tmp: Path, name: str) -> None:
    """One cron round: seed the lists (a fresh round), one worker and the ingester until the crawl is over."""
    frontier = Frontier(redis.Redis.from_url(redis_url), "newscrawl")
    settings = {"FINEWS_LIST_APIS": ",".join(LISTS), "RETRY_TIMES": "0"}
    procs = [start_worker(redis_url, base, name, idle_exit=1.0, settings=settings, log_file=tmp / f"{name}.log",
                          cwd=ROOT),
             start_ingester(redis_url, db, exit_when_idle=1.0, cwd=ROOT)]
    push_seeds(frontier, list_seeds(LISTS), fresh=True)
    run_to_end(procs, timeout=180)


def stored(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_workers_finish_a_walk_a_failed_list_page_cut_short(redis_url: str, tmp_path: Path) -> None:
    """Round 1: page 3 of one list fails, so its walk stops there (8 articles never listed) and leaves no mark;
    round 2: page 1 of that list brings nothing new, yet the walk reads on down to the end and stores them."""
    write_archive(tmp_path / "posts", N, seed=11)
    db = tmp_path / "news.db"
    with replica(tmp_path / "posts") as base:
        with failing_proxy(base, {LISTS[0] + "&pageindex=3"}) as proxy:
            crawl_round(redis_url, proxy, db, tmp_path, "round1")
        assert stored(db) == N - 8
        assert stored(db, "SELECT count(*) FROM failures WHERE stage = 'list' AND reason = 'http_500'") == 1
        server = redis.Redis.from_url(redis_url)
        marked = [bool(server.exists(f"newscrawl:marks:{api}")) for api in LISTS]
        crawl_round(redis_url, base, db, tmp_path, "round2")
    assert stored(db) == N
    assert marked == [False, True, True]                 # the cut walk left no mark; the complete ones did
    assert all(server.exists(f"newscrawl:marks:{api}") for api in LISTS)
