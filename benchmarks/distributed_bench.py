"""Distributed crawl throughput: articles/s with 1, 2, 3 workers on one Redis, where the CPU goes, and the
ingester alone on a pre-filled queue.

    python benchmarks/distributed_bench.py [--articles 2000] [--workers 1,2,3] [--redis URL] [--tmp DIR]
                                           [--batch 200] [--no-drain] [--no-local]

Writes ``--articles`` synthetic posts, serves them from the replica (a subprocess), starts its own
``redis-server`` (or uses ``--redis``, under a fresh key prefix per run) and, for each worker count:
starts the workers and one ingester, waits until every worker has registered, seeds the list APIs and
measures

* crawl: seconds from seeding until the workers have pushed every article (fetched and normalised);
* end to end: seconds from seeding until the ingester has stored every article in SQLite;
* CPU ms per article of each role (workers together, ingester, replica, Redis) over that span, read from
  /proc (Linux), and the ceiling it sets: ``cores × 1000 / total CPU ms per article``.

First (unless ``--no-local``) one local crawl for reference: ``finews_list`` with every pipeline, in one
process, into a new database, on the same replica (``crawl_bench.py``'s "full" crawl); each worker count's
end-to-end rate is also given as a ratio to it ("vs local").  Then (unless ``--no-drain``) the ingester alone: the messages one worker pushed, left in Redis with no
ingester running, drained by an ``Ingester`` in this process (its articles/s and CPU ms per article).

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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import redis
from crawl_bench import child as local_crawl

from newscrawl.distributed.frontier import Frontier
from newscrawl.distributed.ingest import Ingester
from newscrawl.distributed.local import redis_server, replica_process, start_ingester, start_worker
from newscrawl.distributed.seed import list_seeds, push_seeds
from newscrawl.replica.synth import write_archive
from newscrawl.settings import FINEWS_LIST_APIS
from newscrawl.store.db import open_db

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
ROLES = ("workers", "ingester", "replica", "redis")


def wait(predicate, timeout: float, what: str, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(step)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` (0.0 when it is gone or /proc is missing)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICK


def child_roles() -> dict[int, str]:
    """This process's children (redis-server, the replica, workers, the ingester) by role, from /proc."""
    out: dict[int, str] = {}
    try:
        tasks = list(Path(f"/proc/{os.getpid()}/task").iterdir())
    except OSError:
        return out
    for task in tasks:
        try:
            pids = [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
        for pid in pids:
            try:
                cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            role = ("redis" if "redis-server" in cmd else "replica" if " replica " in cmd
                    else "workers" if " worker " in cmd else "ingester" if " ingest " in cmd else "")
            if role:
                out[pid] = role
    return out


def cpu_by_role(pids: dict[int, str]) -> dict[str, float]:
    out = dict.fromkeys(ROLES, 0.0)
    for pid, role in pids.items():
        out[role] += cpu_seconds(pid)
    return out


@dataclass
class Run:
    crawl: float            # seconds until every article was pushed
    total: float            # seconds until every article was stored
    cpu: dict[str, float]   # CPU seconds per role over the end-to-end span


def run_once(url: str, base: str, n_workers: int, articles: int, tmp: Path, prefix: str, batch: int) -> Run:
    """One crawl with ``n_workers`` workers and one ingester."""
    frontier = Frontier(redis.Redis.from_url(url), prefix)
    db = tmp / f"{prefix}.db"
    procs = [start_worker(url, base, f"{prefix}-w{i}", prefix=prefix, idle_exit=1.0, ttl=15,
                          log_file=tmp / f"{prefix}-w{i}.log", cwd=ROOT) for i in range(n_workers)]
    procs.append(start_ingester(url, db, prefix=prefix, exit_when_idle=1.0, batch=batch, cwd=ROOT))
    try:
        wait(lambda: len(frontier.workers()) == n_workers and frontier.server.exists(frontier.key("ingester")),
             120, "workers and ingester to start")
        roles = child_roles()
        before = cpu_by_role(roles)
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
        after = cpu_by_role(roles)
        crawl = (pushed_at or done_at) - started
        for proc in procs:
            proc.communicate(timeout=120)
        with sqlite3.connect(db) as conn:
            n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        if n != articles:
            raise SystemExit(f"{n_workers} workers stored {n} articles, expected {articles}")
        return Run(crawl, done_at - started, {r: after[r] - before[r] for r in ROLES})
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def fill_queue(url: str, base: str, articles: int, tmp: Path, prefix: str) -> Frontier:
    """One worker, no ingester: every article's message is left in ``P:items``."""
    frontier = Frontier(redis.Redis.from_url(url), prefix)
    worker = start_worker(url, base, f"{prefix}-w", prefix=prefix, idle_exit=1.0, ttl=15,
                          log_file=tmp / f"{prefix}-w.log", cwd=ROOT)
    try:
        wait(lambda: len(frontier.workers()) == 1, 120, "the worker to start")
        push_seeds(frontier, list_seeds(FINEWS_LIST_APIS))
        worker.communicate(timeout=600)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()
    if frontier.server.llen(frontier.items_key) != articles:
        raise SystemExit(f"the worker pushed {frontier.server.llen(frontier.items_key)} messages, expected {articles}")
    return frontier


def drain(frontier: Frontier, db: Path, articles: int, batch: int) -> tuple[float, float]:
    """(seconds, CPU seconds) for an ingester in this process to store the ``articles`` queued messages."""
    open_db(db).conn.close()                # the schema, made before the clock starts
    ingester = Ingester(frontier, str(db), batch=batch)
    marks: dict[str, float] = {}

    def progress(stats) -> None:
        if stats.messages >= articles and "done" not in marks:
            marks["done"], marks["cpu"] = time.monotonic(), time.process_time()

    started, cpu = time.monotonic(), time.process_time()
    stats = ingester.run(exit_when_idle=0.01, progress=progress)
    if stats.new != articles:
        raise SystemExit(f"the ingester stored {stats.new} new articles, expected {articles}")
    return marks["done"] - started, marks["cpu"] - cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,3", help="comma-separated worker counts")
    parser.add_argument("--redis", default="", help="use this Redis instead of starting redis-server")
    parser.add_argument("--tmp", default="", help="working folder (default: a temporary one)")
    parser.add_argument("--batch", type=int, default=200, help="the ingester's --batch")
    parser.add_argument("--no-drain", action="store_true", help="skip the ingester-alone measurement")
    parser.add_argument("--no-local", action="store_true", help="skip the local crawl for reference")
    args = parser.parse_args(argv)
    counts = [int(x) for x in args.workers.split(",") if x.strip()]
    cores = os.cpu_count() or 1
    with ExitStack() as stack:
        tmp = Path(args.tmp) if args.tmp else Path(stack.enter_context(tempfile.TemporaryDirectory()))
        posts = tmp / f"posts-{args.articles}"
        if not posts.is_dir():
            write_archive(posts, args.articles, seed=1)
        url = args.redis or stack.enter_context(redis_server(tmp / "redis"))
        base = stack.enter_context(replica_process(posts))
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"distributed crawl of {args.articles} articles (replica {base}, Redis {url}, {cores} CPUs, "
              f"ingester batch {args.batch}, load average {load:.2f} at start)")
        local = None
        if not args.no_local:
            result = local_crawl("full", base, str(tmp / f"local{os.getpid()}.db"), args.articles // 100 + 2)
            if result["articles"] != args.articles:
                raise SystemExit(f"the local crawl stored {result['articles']} articles, expected {args.articles}")
            local = args.articles / result["seconds"]
            print(f"one local crawl (finews_list, every pipeline, one process): {result['seconds']:.2f} s, "
                  f"{local:.0f} articles/s, CPU {1000 * result['cpu_s'] / args.articles:.2f} ms per article "
                  "(with start-up)")
        print(f"{'workers':>7}  {'crawl s':>7}  {'crawl/s':>7}  {'ratio':>5}  {'e2e s':>6}  {'e2e/s':>5}  {'ratio':>5}  "
              f"{'CPU ms/article: workers':>23}  {'ingester':>8}  {'replica':>7}  {'redis':>5}  {'total':>5}  "
              f"{'ceiling/s':>9}  {'vs local':>8}")
        first: float | None = None
        first_crawl: float | None = None
        for n in counts:
            prefix = f"bench{os.getpid()}-{n}"
            run = run_once(url, base, n, args.articles, tmp, prefix, args.batch)
            crawl_rate, rate = args.articles / run.crawl, args.articles / run.total
            first, first_crawl = first or rate, first_crawl or crawl_rate
            ms = {r: 1000 * run.cpu[r] / args.articles for r in ROLES}
            total_ms = sum(ms.values())
            ceiling = cores * 1000 / total_ms if total_ms else float("nan")
            print(f"{n:>7}  {run.crawl:>7.2f}  {crawl_rate:>7.0f}  {crawl_rate / first_crawl:>5.2f}  "
                  f"{run.total:>6.2f}  {rate:>5.0f}  {rate / first:>5.2f}  {ms['workers']:>23.2f}  "
                  f"{ms['ingester']:>8.2f}  {ms['replica']:>7.2f}  {ms['redis']:>5.2f}  {total_ms:>5.2f}  "
                  f"{ceiling:>9.0f}  {rate / local if local else float('nan'):>8.2f}")
            sys.stdout.flush()
        if len(counts) > 1:
            print(f"end to end, {counts[-1]} workers / {counts[0]} worker: {rate / first:.2f}")
        if local:
            print(f"end to end, {counts[-1]} workers / one local crawl: {rate / local:.2f} (target ≥ 2.0)")
        if not args.no_drain:
            frontier = fill_queue(url, base, args.articles, tmp, f"drain{os.getpid()}")
            seconds, cpu = drain(frontier, tmp / f"drain{os.getpid()}.db", args.articles, args.batch)
            print(f"ingester alone, draining {args.articles} queued messages (batch {args.batch}): "
                  f"{seconds:.2f} s, {args.articles / seconds:.0f} articles/s, "
                  f"CPU {1000 * cpu / args.articles:.2f} ms per article")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        print(f"load average {load:.2f} at the end")


if __name__ == "__main__":
    main()
