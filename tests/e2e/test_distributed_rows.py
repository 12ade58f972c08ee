"""The distributed crawl stores what a local crawl stores: the same rows and ``reprint_of`` values from
three workers and the batching ingester as from ``scrapy crawl finews_list`` on the same articles."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import redis

from newscrawl.distributed.frontier import Frontier
from newscrawl.distributed.local import start_ingester, start_worker
from newscrawl.distributed.seed import list_seeds, push_seeds
from newscrawl.replica.synth import write_archive
from newscrawl.settings import FINEWS_LIST_APIS
from tests.e2e.conftest import ROOT, crawl, replica, run_to_end

N = 300
#: Columns that say when and by which run an article was stored, not what was stored.
RUN_COLUMNS = frozenset({"spider", "run_id", "first_seen_at", "updated_at", "checked_at"})


def stored_rows(db: Path) -> list[tuple]:
    """Every article row without its run columns, and its raw page, sorted by id."""
    with sqlite3.connect(db) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] not in RUN_COLUMNS]
        articles = conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY id").fetchall()
        raw = dict(conn.execute("SELECT article_id, body FROM raw_pages").fetchall())
    return [(*row, raw.get(row[0])) for row in articles]


def distributed_crawl(url: str, base: str, db: Path, tmp: Path, workers: int = 3) -> None:
    """Seed the list APIs, crawl with ``workers`` workers and one ingester until the crawl is over."""
    f = Frontier(redis.Redis.from_url(url), "rows")
    procs = [start_worker(url, base, f"w{i}", prefix="rows", idle_exit=1.0, log_file=tmp / f"w{i}.log", cwd=ROOT)
             for i in range(workers)]
    procs.append(start_ingester(url, db, prefix="rows", exit_when_idle=1.0, cwd=ROOT))
    push_seeds(f, list_seeds(FINEWS_LIST_APIS))
    run_to_end(procs, timeout=300)


def test_three_workers_store_the_rows_of_a_local_crawl(redis_url: str, tmp_path: Path) -> None:
    posts = tmp_path / "posts"
    write_archive(posts, N, seed=5)
    with replica(posts) as base:
        local = crawl("finews_list", tmp_path / "local.db", base)
        assert local.returncode == 0, local.stderr[-3000:]
        distributed_crawl(redis_url, base, tmp_path / "dist.db", tmp_path)
    expected, got = stored_rows(tmp_path / "local.db"), stored_rows(tmp_path / "dist.db")
    assert len(expected) == N
    with sqlite3.connect(tmp_path / "local.db") as conn:
        assert conn.execute("SELECT count(*) FROM articles WHERE reprint_of IS NOT NULL").fetchone()[0] > 0
    assert got == expected
