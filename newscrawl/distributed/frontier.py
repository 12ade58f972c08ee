"""The shared frontier in Redis: key names, per-worker leases, dead-worker recovery, queue status.

Keys (``P`` is ``NEWSCRAWL_REDIS_PREFIX``, default ``newscrawl``):

=========================  ======  ===========================================================
``P:start``                list    seeds (JSON) pushed by ``newscrawl seed``; scrapy-redis's start-URLs key
``P:requests``             zset    the shared request queue (scrapy-redis ``PriorityQueue``, pickled requests)
``P:dupefilter``           set     request fingerprints (scrapy-redis ``RFPDupeFilter``)
``P:workers``              set     registered worker ids
``P:alive:<worker>``       string  the worker's heartbeat, expires after ``NEWSCRAWL_REDIS_HEARTBEAT_TTL`` s
``P:inflight:<worker>``    hash    the worker's leases: requests and seeds it popped and has not finished
``P:items``                list    finished items and failures (JSON envelopes) for the ingester
``P:items:processing``     list    the batch the ingester is writing (acknowledged by deleting it)
``P:ingester``             string  the single ingester's lock (``host:pid``)
``P:known``                set     ids stored in SQLite (kept by the ingester; workers skip them)
``P:marks:<api>``          set     head codes of page 1 of each complete walk of list API ``<api>``
``P:stats``                hash    counters: ``seeded``, ``pushed``, ``requeued``, ``ingested``, ``ingested:<worker>``
=========================  ======  ===========================================================

A worker pops a request *and* records it in its lease hash in one Lua script, so a request is never
only in a worker's memory: if the worker dies (``kill -9``, a lost host), its heartbeat key expires and
any other worker moves the leases back into the shared queue (:meth:`Frontier.reap_dead`).
"""
from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from typing import Any

import redis

DEFAULT_URL = "redis://127.0.0.1:6379/0"

_POP_REQUEST = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
local field = 'r:' .. r[2] .. ':' .. ARGV[1]
redis.call('HSET', KEYS[2], field, r[1])
return {field, r[1]}
"""

_POP_SEEDS = """
local out = {}
for i = 1, tonumber(ARGV[1]) do
  local v = redis.call('LPOP', KEYS[1])
  if not v then break end
  local field = 's:' .. ARGV[2] .. ':' .. i
  redis.call('HSET', KEYS[2], field, v)
  table.insert(out, field)
  table.insert(out, v)
end
return out
"""

# KEYS: inflight hash, request zset, start list, workers set, alive key, stats hash; ARGV: worker id, force
_REQUEUE = """
if ARGV[2] ~= '1' and redis.call('EXISTS', KEYS[5]) == 1 then return -1 end
local all = redis.call('HGETALL', KEYS[1])
local n = 0
for i = 1, #all, 2 do
  local f, v = all[i], all[i + 1]
  if string.sub(f, 1, 2) == 'r:' then
    redis.call('ZADD', KEYS[2], string.match(f, '^r:([^:]+):'), v)
  else
    redis.call('LPUSH', KEYS[3], v)
  end
  n = n + 1
end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[4], ARGV[1])
if n > 0 then redis.call('HINCRBY', KEYS[6], 'requeued', n) end
return n
"""


class RedisUnavailable(RuntimeError):
    """Redis cannot be reached (one line for the user)."""


def connect(url: str, timeout: float = 5.0) -> redis.Redis:
    """A client for ``url``, checked with PING; raises :class:`RedisUnavailable` with a one-line reason."""
    try:
        server = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=30,
                                      retry_on_timeout=True)
        server.ping()
    except (redis.exceptions.RedisError, ValueError, OSError) as exc:
        raise RedisUnavailable(f"cannot reach Redis at {url}: {exc}") from None
    return server


def default_worker_id() -> str:
    """``host:pid``: unique per worker process, and says where to look."""
    return f"{socket.gethostname()}:{os.getpid()}"


class Frontier:
    """Redis operations on the shared frontier under one key prefix."""

    def __init__(self, server: redis.Redis, prefix: str = "newscrawl") -> None:
        self.server = server
        self.prefix = prefix
        self._pop_request = server.register_script(_POP_REQUEST)
        self._pop_seeds = server.register_script(_POP_SEEDS)
        self._requeue = server.register_script(_REQUEUE)
        self._unseeded_noted = float("-inf")

    # --- key names ---------------------------------------------------------------------------
    def key(self, name: str) -> str:
        return f"{self.prefix}:{name}"

    @property
    def start_key(self) -> str:
        return self.key("start")

    @property
    def requests_key(self) -> str:
        return self.key("requests")

    @property
    def dupefilter_key(self) -> str:
        return self.key("dupefilter")

    @property
    def items_key(self) -> str:
        return self.key("items")

    @property
    def processing_key(self) -> str:
        return self.key("items:processing")

    @property
    def known_key(self) -> str:
        return self.key("known")

    @property
    def stats_key(self) -> str:
        return self.key("stats")

    def inflight_key(self, worker: str) -> str:
        return self.key(f"inflight:{worker}")

    def alive_key(self, worker: str) -> str:
        return self.key(f"alive:{worker}")

    # --- workers -----------------------------------------------------------------------------
    def register(self, worker: str, ttl: float) -> None:
        """Announce a worker (and start its heartbeat)."""
        pipe = self.server.pipeline()
        pipe.sadd(self.key("workers"), worker)
        pipe.set(self.alive_key(worker), "1", px=int(ttl * 1000))
        pipe.execute()

    def heartbeat(self, worker: str, ttl: float) -> None:
        self.server.set(self.alive_key(worker), "1", px=int(ttl * 1000))

    def unregister(self, worker: str) -> None:
        pipe = self.server.pipeline()
        pipe.delete(self.alive_key(worker), self.inflight_key(worker))
        pipe.srem(self.key("workers"), worker)
        pipe.execute()

    def workers(self) -> list[str]:
        return sorted(w.decode() for w in self.server.smembers(self.key("workers")))

    def live_workers(self) -> list[str]:
        return [w for w in self.workers() if self.server.exists(self.alive_key(w))]

    # --- leases ------------------------------------------------------------------------------
    def pop_request(self, worker: str) -> tuple[str, bytes] | None:
        """Pop the best request of the shared queue into ``worker``'s leases: (lease field, data) or None."""
        out = self._pop_request(keys=[self.requests_key, self.inflight_key(worker)], args=[uuid.uuid4().hex])
        if not out:
            return None
        return out[0].decode(), out[1]

    def pop_seeds(self, worker: str, n: int) -> list[tuple[str, bytes]]:
        """Pop up to ``n`` seeds into ``worker``'s leases: [(lease field, data)]."""
        out = self._pop_seeds(keys=[self.start_key, self.inflight_key(worker)], args=[n, uuid.uuid4().hex])
        return [(out[i].decode(), out[i + 1]) for i in range(0, len(out), 2)]

    def ack(self, worker: str, fields: list[str]) -> None:
        """The leased requests/seeds are done: forget them."""
        if fields:
            self.server.hdel(self.inflight_key(worker), *fields)

    def requeue(self, worker: str, force: bool = False) -> int:
        """Move ``worker``'s leases back to the queues and unregister it; only if its heartbeat has
        expired unless ``force``.  Returns how many were moved (-1: the worker is alive)."""
        return int(self._requeue(
            keys=[self.inflight_key(worker), self.requests_key, self.start_key, self.key("workers"),
                  self.alive_key(worker), self.stats_key],
            args=[worker, "1" if force else "0"]))

    def reap_dead(self, me: str | None = None) -> int:
        """Re-queue the leases of every registered worker whose heartbeat expired; returns how many."""
        moved = 0
        for worker in self.workers():
            if worker != me and not self.server.exists(self.alive_key(worker)):
                moved += max(0, self.requeue(worker))
        return moved

    # --- list marks ----------------------------------------------------------------------------
    def marks_key(self, api: str) -> str:
        return self.key(f"marks:{api}")

    def marks_reached(self, api: str, codes: list[str]) -> bool:
        """One of ``codes`` (a list page's entries) is the mark of a complete walk of ``api``."""
        return bool(codes) and any(self.server.smismember(self.marks_key(api), codes))

    def has_marks(self, api: str) -> bool:
        """A complete walk of ``api`` has left its mark."""
        return bool(self.server.exists(self.marks_key(api)))

    def add_marks(self, api: str, codes: list[str]) -> None:
        """Keep ``codes`` (the head of page 1 of a complete walk of ``api``) as marks."""
        if codes:
            self.server.sadd(self.marks_key(api), *codes)

    # --- state -------------------------------------------------------------------------------
    def inflight(self) -> dict[str, int]:
        """Leases per registered worker."""
        workers = self.workers()
        pipe = self.server.pipeline()
        for w in workers:
            pipe.hlen(self.inflight_key(w))
        return dict(zip(workers, pipe.execute()))

    def frontier_empty(self) -> bool:
        """No seed, no queued request, no lease anywhere (a dead worker's leases count until re-queued)."""
        pipe = self.server.pipeline()
        pipe.llen(self.start_key)
        pipe.zcard(self.requests_key)
        seeds, queued = pipe.execute()
        return not seeds and not queued and not any(self.inflight().values())

    def seeded(self) -> bool:
        """Has anything ever been seeded under this prefix (``newscrawl seed`` counts in ``P:stats``)?"""
        return bool(self.server.hget(self.stats_key, "seeded"))

    def note_unseeded(self, log: logging.Logger, every: float = 60.0) -> bool:
        """True, with a warning logged at most every ``every`` seconds, while nothing has been seeded under
        this prefix: a worker or ingester waiting there is often one given the wrong ``--prefix``."""
        if self.seeded():
            return False
        now = time.monotonic()
        if now - self._unseeded_noted >= every:
            self._unseeded_noted = now
            log.warning("nothing has been seeded under prefix %r on this Redis yet: waiting for `newscrawl seed "
                        "--prefix %s …` (or is the prefix wrong? `newscrawl redis-status --prefix …` shows a "
                        "prefix's state)", self.prefix, self.prefix)
        return True

    def crawl_over(self) -> bool:
        """Nothing left to do: something was seeded, and there is no seed, no queued request and no lease
        left (or leases only of dead workers with no live worker left to re-queue them)."""
        if not self.seeded():
            return False
        pipe = self.server.pipeline()
        pipe.llen(self.start_key)
        pipe.zcard(self.requests_key)
        if any(pipe.execute()):
            return False
        return not any(self.inflight().values()) or not self.live_workers()

    def status(self) -> dict[str, Any]:
        """Queue lengths and counters, for ``newscrawl redis-status`` and monitoring."""
        pipe = self.server.pipeline()
        for cmd, key in (("llen", self.start_key), ("zcard", self.requests_key), ("llen", self.items_key),
                         ("llen", self.processing_key), ("scard", self.dupefilter_key),
                         ("scard", self.known_key)):
            getattr(pipe, cmd)(key)
        pipe.hgetall(self.stats_key)
        start, queued, items, processing, seen, known, stats = pipe.execute()
        inflight = self.inflight()
        live = set(self.live_workers())
        return {
            "seeds": start, "requests": queued, "inflight": sum(inflight.values()), "items": items,
            "processing": processing, "seen": seen, "known": known,
            "workers": {w: {"inflight": n, "alive": w in live} for w, n in inflight.items()},
            "stats": {k.decode(): int(v) for k, v in stats.items()},
        }

    def clear_dupefilter(self) -> None:
        self.server.delete(self.dupefilter_key)


def crawler_frontier(crawler: Any) -> tuple[Frontier, str]:
    """The crawl's one :class:`Frontier` and worker id (from ``NEWSCRAWL_REDIS_*``), shared by its components."""
    cached = getattr(crawler, "_newscrawl_frontier", None)
    if cached is None:
        s = crawler.settings
        server = connect(s.get("NEWSCRAWL_REDIS_URL") or DEFAULT_URL)
        worker = s.get("NEWSCRAWL_REDIS_WORKER_ID") or default_worker_id()
        cached = (Frontier(server, s.get("NEWSCRAWL_REDIS_PREFIX") or "newscrawl"), worker)
        crawler._newscrawl_frontier = cached
    return cached
