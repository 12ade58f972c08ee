"""scrapy-redis's scheduler with per-worker leases, so that a killed worker's requests are re-run.

scrapy-redis pops a request from the shared queue and the request then lives only in the worker's memory:
``kill -9`` loses it.  :class:`LeasingScheduler` keeps scrapy-redis's queue (``PriorityQueue``, pickled
requests) and dupefilter (``RFPDupeFilter``) but

* pops with a Lua script that moves the request into the worker's lease hash atomically
  (:meth:`Frontier.pop_request`);
* acknowledges a lease (deletes it) once the engine has *finished* the request: downloaded, its callback
  run, its items through the worker pipelines (pushed to Redis) and its new requests queued.  That is the
  moment the engine drops the request from its in-progress set (``engine._slot.inprogress``, private in
  Scrapy 2.19; tests/e2e/test_distributed.py checks it is still there);
* keeps a heartbeat key (``NEWSCRAWL_REDIS_HEARTBEAT_TTL``) and, on every beat, re-queues the leases of
  workers whose heartbeat expired (:meth:`Frontier.reap_dead`);
* never flushes the shared queue on close (scrapy-redis does unless ``SCHEDULER_PERSIST``: one worker
  finishing would wipe the others' frontier), and calls the stats collector without the ``spider``
  argument Scrapy ≥ 2.14 deprecates;
* wakes its engine when the shared queue has work while it was starved (Scrapy otherwise looks again only
  every 5 s).

Delivery is at least once: a request finished but not yet acknowledged when its worker died runs again;
the ingester's upsert by id makes that harmless.
"""
from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler
from twisted.internet.task import LoopingCall

from newscrawl.distributed.frontier import Frontier, crawler_frontier

log = logging.getLogger(__name__)

#: How often finished requests are acknowledged (and a starved engine woken), in seconds.
ACK_INTERVAL = 0.2


class WorkerIdInUse(RuntimeError):
    """Another live worker has this worker id."""


#: KEYS: dupefilter set, request queue; ARGV: fingerprint, score, request — queue it only if not seen before.
_SEEN_PUSH = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  return 1
end
return 0
"""


class LeasingScheduler(Scheduler):
    """Shared Redis frontier (scrapy-redis) + leases; see the module docstring."""

    def __init__(self, server: Any, frontier: Frontier, worker: str, ttl: float, **kwargs: Any) -> None:
        super().__init__(server, **kwargs)
        self.frontier = frontier
        self.worker = worker
        self.ttl = ttl
        self.crawler: Any = None
        self._leases: dict[int, tuple[Request, str]] = {}
        self._starved = False
        self._loops: list[LoopingCall] = []
        self._seen_push = self.server.register_script(_SEEN_PUSH)

    @classmethod
    def from_crawler(cls, crawler: Any) -> LeasingScheduler:
        frontier, worker = crawler_frontier(crawler)
        s = crawler.settings
        dupefilter = RFPDupeFilter(frontier.server, key=frontier.dupefilter_key, debug=s.getbool("DUPEFILTER_DEBUG"))
        scheduler = cls(frontier.server, frontier, worker, s.getfloat("NEWSCRAWL_REDIS_HEARTBEAT_TTL"),
                        persist=True, queue_key=frontier.requests_key, queue_cls="scrapy_redis.queue.PriorityQueue",
                        dupefilter=dupefilter, dupefilter_key=frontier.dupefilter_key)
        scheduler.stats = crawler.stats
        scheduler.crawler = crawler
        return scheduler

    # --- lifecycle ---------------------------------------------------------------------------
    def open(self, spider: Any) -> None:
        # scrapy-redis's open() minus its flush option and Spider.log() (deprecated in Scrapy 2.19)
        self.spider = spider
        self.queue = load_object(self.queue_cls)(server=self.server, spider=spider, key=self.queue_key,
                                                 serializer=self.serializer)
        if self.frontier.server.exists(self.frontier.alive_key(self.worker)):
            raise WorkerIdInUse(f"worker id {self.worker!r} is in use by a live worker "
                                f"(its heartbeat expires within {self.ttl:g} s of its death)")
        self.frontier.register(self.worker, self.ttl)
        self.stats.set_value("newscrawl/distributed/worker", self.worker)
        moved = self.frontier.reap_dead(self.worker)
        if moved:
            log.warning("re-queued %d leased requests of dead workers", moved)
        log.info("worker %s on %s (prefix %s)", self.worker, self.frontier.server, self.frontier.prefix)
        self._loops = [LoopingCall(self._beat), LoopingCall(self._tick)]
        self._loops[0].start(max(0.2, self.ttl / 3), now=False)
        self._loops[1].start(ACK_INTERVAL, now=False)

    def close(self, reason: str) -> None:
        for loop in self._loops:
            if loop.running:
                loop.stop()
        self._ack_done(closing_ok=True)
        left = self.frontier.requeue(self.worker, force=True)   # unfinished (e.g. shutdown): back to the queue
        if left:
            log.warning("worker %s closing (%s): re-queued %d unfinished requests", self.worker, reason, left)
        self.frontier.unregister(self.worker)

    # --- queue -------------------------------------------------------------------------------
    def enqueue_request(self, request: Request) -> bool:
        # "seen" and "queued" in one step: scrapy-redis marks a request seen, then pushes it; a worker killed
        # between the two leaves a fingerprint with no request, and the re-run of its parent is filtered out
        data = self.queue._encode_request(request)
        if request.dont_filter:
            self.server.execute_command("ZADD", self.queue.key, -request.priority, data)
        elif not self._seen_push(keys=[self.df.key, self.queue.key],
                                 args=[self.df.request_fingerprint(request), -request.priority, data]):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        got = self.frontier.pop_request(self.worker)
        if got is None:
            self._starved = True
            return None
        field, data = got
        try:
            request = self.queue._decode_request(data)
        except Exception:   # a request this code cannot rebuild (other version?): log it, drop the lease
            log.exception("cannot decode a queued request; dropped")
            self.frontier.ack(self.worker, [field])
            return None
        self._leases[id(request)] = (request, field)
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def has_pending_requests(self) -> bool:
        return len(self) > 0

    # --- leases ------------------------------------------------------------------------------
    def _slot(self) -> Any:
        engine = getattr(self.crawler, "engine", None)
        return getattr(engine, "_slot", None)

    def _ack_done(self, closing_ok: bool = False) -> None:
        """Acknowledge the leases of requests the engine has finished with."""
        slot = self._slot()
        if slot is None or not hasattr(slot, "inprogress"):
            return
        if slot.closing is not None and not closing_ok:
            return
        done = [key for key, (request, _) in self._leases.items() if request not in slot.inprogress]
        if done:
            self.frontier.ack(self.worker, [self._leases.pop(key)[1] for key in done])
            self.stats.inc_value("newscrawl/distributed/acked", len(done))

    def _tick(self) -> None:
        try:
            self._ack_done()
            slot = self._slot()
            if self._starved and slot is not None and slot.closing is None:
                self._starved = False
                slot.nextcall.schedule()   # look at the shared queue (and, when idle, the seeds) again
        except Exception:   # Redis hiccup: the next tick tries again
            log.exception("lease tick failed")

    def _beat(self) -> None:
        try:
            self.frontier.register(self.worker, self.ttl)   # (again: a stalled worker may have been reaped)
            moved = self.frontier.reap_dead(self.worker)
            if moved:
                self.stats.inc_value("newscrawl/distributed/requeued", moved)
                log.warning("re-queued %d leased requests of dead workers", moved)
        except Exception:
            log.exception("heartbeat failed")
