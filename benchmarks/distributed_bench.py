"""Distributed crawl throughput: articles/s with 1, 2, 3 workers on one Redis, and the ratio to one worker.

    python benchmarks/distributed_bench.py [--articles 2000] [--workers 1,2,3] [--redis URL] [--tmp DIR]

Writes ``--articles`` synthetic posts, serves them from the replica (a subprocess), starts its own
``redis-server`` (or uses ``--redis``, under a fresh key prefix per run) and, for each worker count:
starts the workers and one ingester, waits until every worker has registered, seeds the list APIs and
measures

* crawl: seconds from seeding until the workers have pushed every article (fetched and normalised);
* end to end: seconds from seeding until the ingester has stored every article in SQLite.

Every process is started before the clock starts, so Python start-up is not counted.  On a 2-core machine
the workers share the cores with the replica, Redis and the ingester: read the ratios with that in mind.
"""
from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redis

from newscrawl.distributed.frontier import Frontier
from newscrawl.distributed.local import redis_server, replica_process, start_ingester, start_worker
from newscrawl.distributed.seed import list_seeds, push_seeds
from newscrawl.replica.synth import write_archive
from newscrawl.settings import FINEWS_LIST_APIS


def wait(predicate, timeout: float, what: str, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(step)


def run_once(url: str, base: str, n_workers: int, articles: int, tmp: Path, prefix: str) -> tuple[float, float]:
    """(crawl seconds, end-to-end seconds) of one crawl with ``n_workers`` workers."""
    frontier = Frontier(redis.Redis.from_url(url), prefix)
    db = tmp / f"{prefix}.db"
    procs = [start_worker(url, base, f"{prefix}-w{i}", prefix=prefix, idle_exit=1.0, ttl=15,
                          log_file=tmp / f"{prefix}-w{i}.log", cwd=ROOT) for i in range(n_workers)]
    procs.append(start_ingester(url, db, prefix=prefix, exit_when_idle=1.0, cwd=ROOT))
    try:
        wait(lambda: len(frontier.workers()) == n_workers and frontier.server.exists(frontier.key("ingester")),
             120, "workers and ingester to start")
        started = time.monotonic()
        push_seeds(frontier, list_seeds(FINEWS_LIST_APIS))
        pushed_at = None

        def stat(name: str) -> int:
            return int(frontier.server.hget(frontier.stats_key, name) or 0)

        while stat("ingested") < articles:
            if pushed_at is None and stat("pushed") >= articles:
                pushed_at = time.monotonic()
            if time.monotonic() - started > 600:
                raise SystemExit("timed out")
            time.sleep(0.02)
        done_at = time.monotonic()
        crawl = (pushed_at or done_at) - started
        for proc in procs:
            proc.communicate(timeout=120)
        with sqlite3.connect(db) as conn:
            n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        if n != articles:
            raise SystemExit(f"{n_workers} workers stored {n} articles, expected {articles}")
        return crawl, done_at - started
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,3", help="comma-separated worker counts")
    parser.add_argument("--redis", default="", help="use this Redis instead of starting redis-server")
    parser.add_argument("--tmp", default="", help="working folder (default: a temporary one)")
    args = parser.parse_args(argv)
    counts = [int(x) for x in args.workers.split(",") if x.strip()]
    with ExitStack() as stack:
        tmp = Path(args.tmp) if args.tmp else Path(stack.enter_context(tempfile.TemporaryDirectory()))
        posts = tmp / f"posts-{args.articles}"
        if not posts.is_dir():
            write_archive(posts, args.articles, seed=1)
        url = args.redis or stack.enter_context(redis_server(tmp / "redis"))
        base = stack.enter_context(replica_process(posts))
        print(f"distributed crawl of {args.articles} articles (replica {base}, Redis {url}, {os.cpu_count()} CPUs)")
        print(f"{'workers':>7}  {'crawl s':>8}  {'crawl articles/s':>16}  {'ratio':>5}  "
              f"{'end-to-end s':>12}  {'end-to-end articles/s':>21}  {'ratio':>5}")
        first: tuple[float, float] | None = None
        for n in counts:
            prefix = f"bench{os.getpid()}-{n}"
            crawl, total = run_once(url, base, n, args.articles, tmp, prefix)
            rates = (args.articles / crawl, args.articles / total)
            first = first or rates
            print(f"{n:>7}  {crawl:>8.2f}  {rates[0]:>16.0f}  {rates[0] / first[0]:>5.2f}  "
                  f"{total:>12.2f}  {rates[1]:>21.0f}  {rates[1] / first[1]:>5.2f}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
