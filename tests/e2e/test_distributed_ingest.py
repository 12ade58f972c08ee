"""The ingester's batching against a real redis-server: a batch that is not full lingers for what arrives,
the lock is refreshed in one round trip and a lost lock is noticed."""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from newscrawl.distributed.frontier import Frontier
from newscrawl.distributed.ingest import Ingester, IngesterLocked
from newscrawl.distributed.local import redis_server
from newscrawl.distributed.queue import encode_item
from newscrawl.items import Article


@pytest.fixture
def frontier(tmp_path: Path) -> Iterator[Frontier]:
    try:
        with redis_server(tmp_path / "redis") as url:
            yield Frontier(redis.Redis.from_url(url), "newscrawl")
    except FileNotFoundError as exc:
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))


def message(i: int) -> bytes:
    return encode_item(Article(id=f"NW2021123100000{i:05d}", url=f"http://example.cn/{i}", title=f"标题{i}",
                               media="南通日报", content_html=f"<p>正文{i}</p>",
                               content_text=f"第{i}篇文章的正文，各不相同：{i * 7919}", content_hash=f"{i:016x}"),
                       "wA", "finews_redis")


def test_a_batch_that_is_not_full_lingers_for_what_arrives(frontier: Frontier, tmp_path: Path) -> None:
    f = frontier
    f.server.rpush(f.items_key, message(0))
    ingester = Ingester(f, str(tmp_path / "news.db"), batch=50, linger=0.6)
    batch = ingester.claim(50)
    assert len(batch) == 1
    threading.Timer(0.15, lambda: f.server.rpush(f.items_key, *[message(i) for i in range(1, 6)])).start()
    started = time.monotonic()
    batch = ingester.fill(batch, started, stop=lambda: False)
    assert len(batch) == 6 and time.monotonic() - started >= 0.5
    assert f.server.llen(f.processing_key) == 6 and f.server.llen(f.items_key) == 0   # claimed: a kill re-queues


def test_a_batch_that_fills_up_is_written_without_waiting_out_the_linger(frontier: Frontier, tmp_path: Path) -> None:
    f = frontier
    f.server.rpush(f.items_key, message(0))
    ingester = Ingester(f, str(tmp_path / "news.db"), batch=4, linger=5.0)
    batch = ingester.claim(4)
    f.server.rpush(f.items_key, *[message(i) for i in range(1, 6)])
    started = time.monotonic()
    batch = ingester.fill(batch, started, stop=lambda: False)
    assert len(batch) == 4 and time.monotonic() - started < 1.0 and f.server.llen(f.items_key) == 2


def test_trickled_messages_are_written_in_few_batches(frontier: Frontier, tmp_path: Path) -> None:
    f = frontier
    f.server.hset(f.stats_key, "seeded", 1)

    def trickle() -> None:
        for i in range(40):
            f.server.rpush(f.items_key, message(i))
            time.sleep(0.01)

    feeder = threading.Thread(target=trickle)
    feeder.start()
    ingester = Ingester(f, str(tmp_path / "news.db"), batch=200, linger=0.3)
    stats = ingester.run(stop=lambda: ingester.stats.messages >= 40)
    feeder.join()
    assert stats.new == 40 and stats.batches <= 4            # one a message without the linger
    assert f.server.scard(f.known_key) == 40 and f.server.llen(f.processing_key) == 0


def test_the_lock_is_refreshed_and_a_lost_lock_is_noticed(frontier: Frontier, tmp_path: Path) -> None:
    f = frontier
    ingester = Ingester(f, str(tmp_path / "news.db"))
    ingester.acquire()
    f.server.expire(ingester.lock_key, 3)
    ingester.refresh()                                     # within REFRESH_EVERY: no round trip
    assert f.server.ttl(ingester.lock_key) <= 3
    ingester.refresh(force=True)
    assert f.server.ttl(ingester.lock_key) > 3
    f.server.set(ingester.lock_key, "elsewhere:1")
    with pytest.raises(IngesterLocked):
        ingester.refresh(force=True)
