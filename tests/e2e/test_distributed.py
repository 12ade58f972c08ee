"""Distributed crawling on Redis: real redis-server, the replica, worker and ingester processes.

Each test starts its own ``redis-server`` on a free port in a temporary folder (Debian's package; CI
installs it through .ci/run).  The 2,000-article archive is generated once for the module.
"""
from __future__ import annotations

import inspect
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from newscrawl.distributed.frontier import Frontier
from newscrawl.distributed.ingest import Ingester
from newscrawl.distributed.local import start_ingester, start_worker
from newscrawl.distributed.queue import encode_failure, encode_item
from newscrawl.distributed.seed import article_seeds, push_seeds
from newscrawl.items import Article
from newscrawl.replica.synth import write_archive
from tests.e2e.conftest import ROOT, replica

N = 2000
TTL = 3.0          # heartbeat: a killed worker's leases are re-queued within about this long
#: --idle-exit / --exit-when-idle: the last wait of a crawl (a dead worker's leases keep the frontier non-empty,
#: so the survivors wait for their re-queueing however short this is; test_distributed_rows uses 1.0 too)
IDLE = 1.0


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("posts2k")
    write_archive(folder, N, seed=11)
    return folder


def frontier(url: str) -> Frontier:
    return Frontier(redis.Redis.from_url(url), "newscrawl")


def count(db: Path, sql: str = "SELECT count(*) FROM articles") -> int:
    with sqlite3.connect(db, timeout=30) as conn:
        return conn.execute(sql).fetchone()[0]


def stored(db: Path) -> int:
    """Articles in ``db`` so far (0 while the ingester is still creating it)."""
    try:
        return count(db) if db.exists() else 0
    except sqlite3.OperationalError:
        return 0


def newscrawl(*args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newscrawl", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def wait_for(predicate, timeout: float, what: str, step: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(step)


def finish(procs: list[subprocess.Popen], timeout: float) -> list[tuple[int, str, str]]:
    """Wait for every process (kill the stragglers) and return (returncode, stdout, stderr)."""
    deadline = time.monotonic() + timeout
    out = []
    for proc in procs:
        try:
            stdout, stderr = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            stdout, stderr = proc.communicate()
            stderr += "\n[killed: timeout]"
        out.append((proc.returncode, stdout, stderr))
    return out


@pytest.fixture
def procs() -> Iterator[list[subprocess.Popen]]:
    """Processes a test starts; whatever still runs at the end (a failed test) is killed."""
    started: list[subprocess.Popen] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def start_workers(url: str, base: str, tmp: Path, procs: list, n: int = 3) -> list[subprocess.Popen]:
    workers = [start_worker(url, base, f"w{i}", ttl=TTL, idle_exit=IDLE, log_file=tmp / f"w{i}.log", cwd=ROOT)
               for i in range(1, n + 1)]
    procs.extend(workers)
    f = frontier(url)
    wait_for(lambda: len(f.workers()) == n, 60, f"{n} workers to register")
    return workers


def assert_stored_once(db: Path) -> None:
    assert count(db) == N
    assert count(db, "SELECT count(DISTINCT id) FROM articles") == N
    assert count(db, "SELECT count(*) FROM article_versions") == 0     # never 'updated': same body each time
    assert count(db, "SELECT count(*) FROM failures") == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_three_workers_store_every_article_once_and_share_the_work(archive: Path, redis_url: str, tmp_path: Path,
                                                                   procs: list) -> None:
    db = tmp_path / "news.db"
    f = frontier(redis_url)
    with replica(archive) as base:
        workers = start_workers(redis_url, base, tmp_path, procs)
        assert newscrawl("seed", "--redis", redis_url, "--lists").returncode == 0
        ingester = start_ingester(redis_url, db, exit_when_idle=IDLE, cwd=ROOT)
        procs.append(ingester)
        wait_for(lambda: db.exists() and f.server.exists(f.key("ingester")), 30, "the ingester")
        second = newscrawl("ingest", "--redis", redis_url, "--db", str(tmp_path / "other.db"))
        results = finish(workers + [ingester], 120)
    assert second.returncode == 75 and "another ingester is running" in second.stderr
    for code, stdout, stderr in results:
        assert code == 0, stdout + stderr[-3000:]
    assert_stored_once(db)
    stats = f.status()["stats"]
    per_worker = {w: stats.get(f"ingested:w{w}", 0) for w in (1, 2, 3)}
    assert sum(per_worker.values()) >= N
    assert all(n >= 0.15 * N for n in per_worker.values()), per_worker
    assert f"articles by worker: w1 {per_worker[1]}, w2 {per_worker[2]}, w3 {per_worker[3]}" in results[-1][1]
    status = f.status()
    assert status["seeds"] == status["requests"] == status["inflight"] == status["items"] == 0
    assert status["workers"] == {} and status["known"] == N
    assert count(db, "SELECT count(*) FROM raw_pages") == N
    assert count(db, "SELECT count(*) FROM crawl_runs WHERE spider = 'ingest' AND status = 'ok'") == 1


def test_killed_worker_and_killed_ingester_lose_nothing(archive: Path, redis_url: str, tmp_path: Path,
                                                        procs: list) -> None:
    db = tmp_path / "news.db"
    f = frontier(redis_url)
    # slow answers keep requests in flight, so the killed worker surely holds leases
    with replica(archive, "--slow-rate", "1", "--slow-seconds", "0.02") as base:
        workers = start_workers(redis_url, base, tmp_path, procs)
        assert newscrawl("seed", "--redis", redis_url, "--lists").returncode == 0
        ingester = start_ingester(redis_url, db, exit_when_idle=IDLE, batch=50, cwd=ROOT)
        procs.append(ingester)
        wait_for(lambda: stored(db) >= 300, 60, "300 stored articles", step=0.02)
        os.killpg(ingester.pid, signal.SIGKILL)                 # the writer dies mid-drain ...
        ingester.wait(timeout=10)
        wait_for(lambda: f.inflight().get("w3", 0) > 0, 30, "w3 to hold leases", step=0.01)
        held = f.inflight()["w3"]
        os.killpg(workers[2].pid, signal.SIGKILL)               # ... and so does a worker, with requests in flight
        workers[2].wait(timeout=10)
        ingester = start_ingester(redis_url, db, exit_when_idle=IDLE, batch=50, cwd=ROOT)
        procs.append(ingester)
        results = finish(workers[:2] + [ingester], 150)
    for code, stdout, stderr in results:
        assert code == 0, stdout + stderr[-3000:]
    assert_stored_once(db)
    stats = f.status()["stats"]
    assert stats.get("requeued", 0) >= held > 0            # w3's leases went back to the queue
    assert "w3" not in f.workers() and f.status()["inflight"] == 0
    assert count(db, "SELECT count(*) FROM crawl_runs WHERE spider = 'ingest'") == 2


def _article(i: int) -> Article:
    return Article(id=f"NW2021123100000{i:05d}", url=f"http://example.cn/{i}", title=f"标题{i}", media="南通日报",
                   content_html=f"<p>正文{i}</p>", content_text=f"第{i}篇文章的正文，各不相同：{i * 7919}",
                   content_hash=f"{i:016x}", simhash=None, raw_page={"url": f"http://example.cn/{i}", "kind": "text_api",
                                                                     "body": f"{{\"text\": \"{i}\"}}".encode(),
                                                                     "encoding": "utf-8", "meta": {}})


def test_ingester_requeues_an_unacknowledged_batch(redis_url: str, tmp_path: Path) -> None:
    f = frontier(redis_url)
    messages = [encode_item(_article(i), "wA", "finews_redis") for i in range(30)]
    messages.insert(5, encode_failure("wB", "finews_redis", url="http://x/1", stage="fetch", reason="http_500",
                                      article_id="NW202112310000099999"))
    messages.insert(9, b"not json")
    f.server.rpush(f.items_key, *messages)
    f.server.hset(f.stats_key, "seeded", 1)              # (--exit-when-idle waits for a seeded crawl)
    db = tmp_path / "news.db"
    crashed = Ingester(f, str(db), batch=10)
    crashed.acquire()
    claimed = crashed.claim(10)                          # claimed, never written: as if killed here
    assert len(claimed) == 10 and f.server.llen(f.processing_key) == 10
    f.server.delete(f.key("ingester"))                   # (its lock expired)
    stats = Ingester(f, str(db), batch=7).run(exit_when_idle=0.1)
    assert stats.recovered == 10
    assert (stats.new, stats.failures, stats.bad) == (30, 1, 1)
    assert count(db) == 30 and count(db, "SELECT count(*) FROM raw_pages") == 30
    reasons = {r[0] for r in sqlite3.connect(db).execute("SELECT reason FROM failures")}
    assert reasons == {"http_500", "bad_message"}
    assert f.server.llen(f.items_key) == f.server.llen(f.processing_key) == 0
    assert f.server.scard(f.known_key) == 30 and f.server.hget(f.stats_key, "ingested:wA") == b"30"
    # the same messages again (a kill between commit and acknowledgement): articles stay one row each
    f.server.rpush(f.items_key, *messages[:8])
    again = Ingester(f, str(db)).run(exit_when_idle=0.1)
    assert again.unchanged == 7 and count(db) == 30


def test_seed_messages_and_bad_targets(redis_url: str) -> None:
    seeds, errors = article_seeds(["NW202112312232633030", ("http://finews.zning.xyz/html_News/NewsShare.html?"
                                   "infoCode=NW202112312232633030"), "not a target"])
    assert seeds == [{"kind": "article", "code": "NW202112312232633030", "url": None}] and len(errors) == 1
    f = frontier(redis_url)
    push_seeds(f, seeds)
    result = newscrawl("seed", "--redis", redis_url, "--lists", "--fresh", "NW202112312232633031", "bad!")
    assert result.returncode == 2 and "skipped bad target 'bad!'" in result.stderr
    assert f.server.llen(f.start_key) == 1 + 5 + 1


@pytest.mark.parametrize("command", [["seed", "--lists"], ["ingest"], ["worker"], ["redis-status"]])
def test_unreachable_redis_is_one_line(command: list[str], tmp_path: Path) -> None:
    result = newscrawl(*command, "--redis", "redis://127.0.0.1:1/0", *(["--db", str(tmp_path / "x.db")]
                                                                      if command == ["ingest"] else []))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "cannot reach Redis at redis://127.0.0.1:1/0" in result.stderr


@pytest.mark.parametrize("command", [["worker"], ["ingest"]])
@pytest.mark.parametrize("setting, line", [
    ("FINEWS_BASEURL=http://127.0.0.1:9", "unknown setting FINEWS_BASEURL; did you mean FINEWS_BASE_URL?"),
    ("NEWSCRAWL_REDIS_INGEST_BATCH=0", "bad setting NEWSCRAWL_REDIS_INGEST_BATCH='0': want a whole number ≥ 1"),
    ("NEWSCRAWL_REDIS_HEARTBEAT_TTL=soon", "bad setting NEWSCRAWL_REDIS_HEARTBEAT_TTL='soon': want a number ≥ 0.1"),
])
def test_worker_and_ingest_refuse_bad_settings_before_anything_starts(command: list[str], setting: str, line: str,
                                                                      tmp_path: Path) -> None:
    """`worker` and `ingest` check their -s as `newscrawl crawl` does: exit 2 and the same one line, before
    Redis is asked (here unreachable: that would be exit 1) or the database created."""
    db = tmp_path / "x.db"
    result = newscrawl(*command, "--redis", "redis://127.0.0.1:1/0", "-s", setting,
                       *(["--db", str(db)] if command == ["ingest"] else []))
    assert result.returncode == 2, result.stderr[-2000:]
    assert result.stderr.strip().splitlines() == [f"newscrawl: {line}"]
    assert not db.exists()


def test_engine_internals_the_leases_rely_on() -> None:
    """LeasingScheduler acknowledges a request when it leaves ``engine._slot.inprogress`` and wakes a
    starved engine with ``engine._slot.nextcall``: private in Scrapy; this fails first if they change."""
    from scrapy.core.engine import ExecutionEngine, _Slot

    assert "self.inprogress" in inspect.getsource(_Slot.__init__)
    assert "self.nextcall" in inspect.getsource(_Slot.__init__)
    source = inspect.getsource(ExecutionEngine)
    assert "self._slot.add_request(request)" in source and "self._slot.remove_request(request)" in source


def test_benchmark_runs(archive: Path, tmp_path: Path) -> None:
    """The tiny benchmark CI runs (no timing assertions); it starts its own redis-server."""
    if shutil.which("redis-server") is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed")
        pytest.skip("redis-server is not installed")
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "distributed_bench.py"), "--articles", "200",
                             "--workers", "1,2", "--tmp", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.strip().startswith(("1 ", "2 "))]
    assert len(lines) == 2 and "articles/s" in result.stdout


def test_waiting_on_an_unseeded_prefix_is_said(redis_url: str, tmp_path: Path, caplog) -> None:
    """A worker or ingester on a prefix where nothing was ever seeded (a typo in --prefix) waits, and says so
    in its log instead of sitting silent."""
    log = tmp_path / "w.log"
    worker = start_worker(redis_url, "http://127.0.0.1:9", "w-typo", prefix="newscrawI", idle_exit=1.0,
                          log_file=log, cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "nothing has been seeded" not in (
                log.read_text(encoding="utf-8") if log.exists() else ""):
            time.sleep(0.5)
        assert worker.poll() is None                       # still waiting: --idle-exit needs a seeded crawl
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=30)
    assert "nothing has been seeded under prefix 'newscrawI'" in log.read_text(encoding="utf-8")
    f = Frontier(redis.Redis.from_url(redis_url), "newscrawI")
    started = time.monotonic()
    with caplog.at_level("WARNING", logger="newscrawl.distributed.ingest"):
        Ingester(f, str(tmp_path / "news.db")).run(exit_when_idle=0.1, stop=lambda: time.monotonic() - started > 2)
    assert sum("nothing has been seeded under prefix 'newscrawI'" in r.getMessage() for r in caplog.records) == 1
