"""The one writer: drain ``P:items`` into SQLite through the store, batched and acknowledged.

Protocol (Redis ≥ 6.2 for LMOVE):

1. On start, take the single-ingester lock ``P:ingester`` (a stale lock of a dead process on this host is
   taken over) and move back to ``P:items`` whatever a killed ingester left in ``P:items:processing``
   (in order).
2. Claim a batch: up to ``batch`` messages moved atomically (Lua, LMOVE) from ``P:items`` to
   ``P:items:processing``; blocking up to 0.5 s (BLMOVE) when the list is empty.  A batch that is not full
   lingers (``linger`` seconds from its first message, default :data:`LINGER`) and claims what arrived
   meanwhile: when workers push slower than the ingester writes, batches of a few messages would each pay
   a commit and the Redis round trips (about twice the CPU per article of a full batch).
3. Write the batch in ONE SQLite transaction: articles through the ingest stages of ``ITEM_PIPELINES``
   (``NEWSCRAWL_REDIS_INGEST_PIPELINES``: reprint detection, then the store, ``newscrawl.store.db.upsert_article``),
   failures into ``failures``; each message in its own savepoint, so a bad one is recorded, not fatal.
4. Commit, then acknowledge: delete ``P:items:processing``, count per worker, add the ids to ``P:known``.

A kill before the commit loses nothing (the batch is still in ``processing``; step 1 re-queues it); a
kill between commit and acknowledgement re-ingests that batch: the upsert by id makes articles
idempotent (they come out ``unchanged``); failure rows of that batch could appear twice.
"""
from __future__ import annotations

import logging
import os
import socket
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newscrawl.distributed.frontier import Frontier
from newscrawl.distributed.queue import decode
from newscrawl.store.db import crawler_db, finish_run, record_failure, retry_locked, start_run
from newscrawl.text.clock import new_run_id
from pipelines.chain import Dropped, PipelineChain, project_settings

log = logging.getLogger(__name__)

_CLAIM = """
local out = {}
for i = 1, tonumber(ARGV[1]) do
  local v = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
  if not v then break end
  table.insert(out, v)
end
return out
"""

_REFRESH = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
"""

LOCK_TTL = 30
#: The lock is refreshed (one round trip) at most this often, well within LOCK_TTL.
REFRESH_EVERY = 5.0
#: Seconds a batch that is not full waits, from its first message, for more before it is written.
LINGER = 0.25


class IngesterLocked(RuntimeError):
    """Another ingester holds the lock."""


@dataclass
class IngestStats:
    """What an ingest run did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    dropped: int = 0
    failures: int = 0
    bad: int = 0
    batches: int = 0
    recovered: int = 0
    by_worker: Counter = field(default_factory=Counter)

    @property
    def messages(self) -> int:
        return self.new + self.updated + self.unchanged + self.dropped + self.failures + self.bad

    def summary(self) -> str:
        workers = ", ".join(f"{w} {n}" for w, n in sorted(self.by_worker.items())) or "none"
        return (f"ingested {self.messages} messages in {self.batches} batches: {self.new} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.dropped} dropped, {self.failures} failures, {self.bad} malformed; "
                f"re-queued from a killed ingester: {self.recovered}; articles by worker: {workers}")


def ingest_pipelines(settings: Any) -> dict[str, int]:
    """The ``ITEM_PIPELINES`` entries that run in the ingester (``NEWSCRAWL_REDIS_INGEST_PIPELINES``)."""
    wanted = set(settings.getlist("NEWSCRAWL_REDIS_INGEST_PIPELINES"))
    return {k: v for k, v in settings.getdict("ITEM_PIPELINES").items() if k in wanted}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Ingester:
    """Drains the item list of ``frontier`` into the database at ``db_path`` (see the module docstring)."""

    def __init__(self, frontier: Frontier, db_path: str, batch: int = 200,
                 settings: dict[str, Any] | None = None, linger: float = LINGER) -> None:
        self.frontier = frontier
        self.server = frontier.server
        self.db_path = db_path
        self.batch = max(1, batch)
        self.linger = max(0.0, linger)
        self.refreshed = 0.0
        self.me = f"{socket.gethostname()}:{os.getpid()}"
        self.lock_key = frontier.key("ingester")
        self._claim = self.server.register_script(_CLAIM)
        self._refresh = self.server.register_script(_REFRESH)
        self.run_id = new_run_id()
        overrides = dict(settings or {})
        base = project_settings(overrides)
        overrides.update({"NEWSCRAWL_DB": db_path, "ITEM_PIPELINES": ingest_pipelines(base),
                          "NEWSCRAWL_COMMIT_EVERY": 10**9, "NEWSCRAWL_COMMIT_SECONDS": 1e12})
        self.chain = PipelineChain(overrides, spider_name="ingest", run_id=self.run_id)
        self.db = None
        self.stats = IngestStats()

    # --- lock --------------------------------------------------------------------------------
    def acquire(self) -> None:
        """Take the single-ingester lock or raise :class:`IngesterLocked`."""
        if self.server.set(self.lock_key, self.me, nx=True, ex=LOCK_TTL):
            self.refreshed = time.monotonic()
            return
        holder = (self.server.get(self.lock_key) or b"").decode()
        host, _, pid = holder.rpartition(":")
        if host == socket.gethostname() and pid.isdigit() and not _pid_alive(int(pid)):
            log.warning("taking over the ingester lock of dead process %s", holder)
            self.server.set(self.lock_key, self.me, ex=LOCK_TTL)
            self.refreshed = time.monotonic()
            return
        raise IngesterLocked(f"another ingester is running ({holder}, lock {self.lock_key})")

    def refresh(self, force: bool = False) -> None:
        """Extend the lock (at most every REFRESH_EVERY seconds unless ``force``); raise
        :class:`IngesterLocked` when another process holds it now."""
        now = time.monotonic()
        if not force and now - self.refreshed < REFRESH_EVERY:
            return
        if not self._refresh(keys=[self.lock_key], args=[self.me, LOCK_TTL]):
            raise IngesterLocked(f"lost the ingester lock {self.lock_key}")
        self.refreshed = now

    def release(self) -> None:
        if (self.server.get(self.lock_key) or b"").decode() == self.me:
            self.server.delete(self.lock_key)

    # --- queue -------------------------------------------------------------------------------
    def recover(self) -> int:
        """Move a killed ingester's unacknowledged batch back to the front of the item list, in order."""
        n = 0
        while self.server.lmove(self.frontier.processing_key, self.frontier.items_key, "RIGHT", "LEFT") is not None:
            n += 1
        if n:
            log.warning("re-queued %d messages a previous ingester had not acknowledged", n)
        return n

    def claim(self, n: int) -> list[bytes]:
        """Move up to ``n`` messages from the item list to the processing list (one round trip)."""
        return list(self._claim(keys=[self.frontier.items_key, self.frontier.processing_key], args=[n]))

    def fill(self, batch: list[bytes], since: float, stop: Callable[[], bool]) -> list[bytes]:
        """Top up a batch that is not full with what arrives until ``since + linger``."""
        while len(batch) < self.batch and not stop():
            left = since + self.linger - time.monotonic()
            if left <= 0:
                break
            time.sleep(min(left, 0.05))
            if time.monotonic() >= since + self.linger or self.server.llen(self.frontier.items_key) \
                    >= self.batch - len(batch):
                batch += self.claim(self.batch - len(batch))
        return batch

    def sync_known(self) -> int:
        """Add every stored id to ``P:known`` (workers skip those)."""
        ids = [r["id"] for r in self.db.query("SELECT id FROM articles")]
        for i in range(0, len(ids), 5000):
            self.server.sadd(self.frontier.known_key, *ids[i:i + 5000])
        return len(ids)

    # --- writing -----------------------------------------------------------------------------
    def _record_failure(self, **kw: Any) -> None:
        with self.db.atomic():
            record_failure(self.db, run_id=self.run_id, **kw)

    def write(self, batch: list[bytes]) -> None:
        """Write one claimed batch in one transaction, commit, then acknowledge it in Redis."""
        db = self.db
        if not db.conn.in_transaction:
            retry_locked(db.conn.execute)("BEGIN IMMEDIATE")
        by_worker: Counter = Counter()
        ids: list[str] = []
        for data in batch:
            try:
                msg = decode(data)
            except ValueError as exc:
                self.stats.bad += 1
                self._record_failure(url=None, stage="ingest", reason="bad_message", detail=str(exc), spider="ingest")
                continue
            if msg.kind == "failure":
                f = msg.failure or {}
                self._record_failure(url=f.get("url"), stage=str(f.get("stage") or "?"),
                                     reason=str(f.get("reason") or "?"),
                                     detail=f"{f.get('detail') or ''} [worker {msg.worker}]".strip(),
                                     article_id=f.get("article_id"), spider=msg.spider,
                                     given_url=f.get("given_url"))
                self.stats.failures += 1
                continue
            item = msg.article
            try:
                status = self.chain.process(item)
            except Dropped as exc:
                self.stats.dropped += 1
                self._record_failure(url=item.url, stage=exc.stage, reason=exc.reason, detail=exc.detail,
                                     article_id=item.id, spider=msg.spider)
                continue
            except sqlite3.OperationalError:
                raise      # the database itself (locked, full): leave the batch unacknowledged
            except Exception as exc:   # a bug on one message must not block the queue
                log.exception("ingest failed on %s", item.id)
                self.stats.dropped += 1
                self._record_failure(url=item.url, stage="ingest", reason=type(exc).__name__, detail=str(exc),
                                     article_id=item.id, spider=msg.spider)
                continue
            if status in ("new", "updated", "unchanged"):
                setattr(self.stats, status, getattr(self.stats, status) + 1)
            by_worker[msg.worker] += 1
            ids.append(item.id)
        if db.conn.in_transaction:
            retry_locked(db.conn.commit)()
        pipe = self.server.pipeline(transaction=True)
        pipe.delete(self.frontier.processing_key)
        for worker, n in by_worker.items():
            pipe.hincrby(self.frontier.stats_key, f"ingested:{worker}", n)
        pipe.hincrby(self.frontier.stats_key, "ingested", len(batch))
        if ids:
            pipe.sadd(self.frontier.known_key, *ids)
        pipe.execute()
        self.stats.by_worker.update(by_worker)
        self.stats.batches += 1

    # --- run ---------------------------------------------------------------------------------
    def run(self, exit_when_idle: float = 0.0, stop: Callable[[], bool] = lambda: False,
            progress: Callable[[IngestStats], None] | None = None) -> IngestStats:
        """Ingest until ``stop()`` or, with ``exit_when_idle`` seconds, until nothing arrived for that long
        and the crawl is over (:meth:`Frontier.crawl_over`)."""
        self.acquire()
        self.chain.open()
        self.db = crawler_db(self.chain.crawler)
        start_run(self.db, self.run_id, "ingest", {"prefix": self.frontier.prefix, "batch": self.batch})
        status = "failed"
        try:
            self.stats.recovered = self.recover()
            self.sync_known()
            idle_since: float | None = None
            while not stop():
                self.refresh()
                batch = self.claim(self.batch)
                if not batch:
                    now = time.monotonic()
                    idle_since = idle_since or now
                    self.frontier.note_unseeded(log)
                    if exit_when_idle > 0 and now - idle_since >= exit_when_idle and \
                            self.frontier.crawl_over() and \
                            not self.server.llen(self.frontier.items_key):
                        break
                    first = self.server.blmove(self.frontier.items_key, self.frontier.processing_key, 0.5,
                                               "LEFT", "RIGHT")
                    if first is None:
                        continue
                    batch = [first] + self.claim(self.batch - 1)
                idle_since = None
                if len(batch) < self.batch and self.linger:
                    batch = self.fill(batch, time.monotonic(), stop)
                self.write(batch)
                if progress:
                    progress(self.stats)
            status = "ok"
        finally:
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
            self.chain.close()
            s = self.stats
            finish_run(self.db, self.run_id, status=status, finish_reason="finished" if status == "ok" else status,
                             items_new=s.new, items_updated=s.updated, items_unchanged=s.unchanged,
                             items_failed=s.failures + s.dropped + s.bad, requests=0, bytes=0, errors=s.bad,
                             stats=s.summary())
            self.release()
        return self.stats
