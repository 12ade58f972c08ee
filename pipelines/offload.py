"""Run the item pipelines in a second process, so a crawl uses two cores (``NEWSCRAWL_PIPELINE_PROCESS``).

Scrapy runs a spider and every item pipeline on one thread.  With the setting on, the ``PipelineProcess``
add-on moves the stages of ``ITEM_PIPELINES`` from priority ``NEWSCRAWL_PIPELINE_PROCESS_FROM`` on
(bylines, fingerprint, reprints, store) into ``NEWSCRAWL_PROCESS_PIPELINES`` and puts ``OffloadPipeline`` in their
place (the stages before it stay in the crawl's process): it pickles the items to a child process (``python -m
pipelines.offload``) that runs those stages through ``pipelines.chain.PipelineChain`` into the same
SQLite file, and is the crawl's only writer while it runs (failures the crawl reports are forwarded to it).

Protocol, over the child's stdin / stdout, each message a 4-byte length and a pickle:

- to the child: ``("open", settings, spider_name, run_id)``, then ``("items", [article, …])`` (a batch:
  up to :data:`BATCH_ITEMS` items, or what arrived within :data:`BATCH_SECONDS`; ``("item", article)`` is
  still read) and ``("failure", fields)`` (after the items before it), then ``("close",)``;
- from the child: ``("ack", n)`` each time its store has committed: the first ``n`` items are durable;
  ``("closed", stats)`` at the end (counts merged into the crawl's stats).

Items go over in batches: one pickle, one write and one wake-up of the child per batch instead of per
item.  Back-pressure: a write blocks while the pipe is full, so a slow store slows the crawl instead of
filling memory.  If the child dies, the items it had not committed (and those not yet sent) are recorded
in ``failures`` (``pipeline_process_died``, retryable by id) and the crawl goes on with the stages in its
own process.
"""
from __future__ import annotations

import fcntl
import logging
import os
import pickle
import resource
import sqlite3
import struct
import subprocess
import sys
import time
from collections import deque
from typing import Any, BinaryIO

from scrapy.exceptions import NotConfigured

from newscrawl.failures import report_failure
from newscrawl.store.db import crawler_db, record_failure
from pipelines.chain import Dropped, PipelineChain

log = logging.getLogger(__name__)

_LEN = struct.Struct("!I")
_STORE = "pipelines.store.SQLitePipeline"
_F_SETPIPE_SZ = 1031
#: Items sent to the child in one message, at most; a batch that is not full goes after BATCH_SECONDS.
BATCH_ITEMS = 32
BATCH_SECONDS = 0.05


def write_message(stream: BinaryIO, message: tuple) -> None:
    """Write one length-prefixed pickle (all of it) and flush."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_LEN.pack(len(data)) + data)
    fd = stream.fileno()
    if hasattr(stream, "flush"):
        stream.flush()
    while view:
        view = view[os.write(fd, view):]


def read_message(stream: BinaryIO) -> tuple | None:
    """The next message, or None at end of stream."""
    head = stream.read(_LEN.size)
    if len(head) < _LEN.size:
        return None
    size = _LEN.unpack(head)[0]
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


class PipelineProcess:
    """Scrapy add-on: with ``NEWSCRAWL_PIPELINE_PROCESS`` on, run ``ITEM_PIPELINES`` in a child process.

    The stages at priority ``NEWSCRAWL_PIPELINE_PROCESS_FROM`` and above move to the child (by default
    bylines, fingerprint, reprints, store); those below stay in the crawl's process, before the hand-over
    (validate, clean, dates), so that the two processes' CPU per article is about even.  Only a chain that
    ends in the store is moved (the distributed workers' chains, which hand items on to Redis, stay as they
    are); an empty chain stays empty; a crawl that writes a feed (``-o``, ``FEEDS``) keeps its pipelines,
    since the feed exporter reads the processed items in the crawl's process.
    """

    def update_settings(self, settings: Any) -> None:
        if not settings.getbool("NEWSCRAWL_PIPELINE_PROCESS") or settings.getdict("FEEDS"):
            return      # a feed export needs the processed items here, in the crawl's process
        stages = {k: v for k, v in settings.getdict("ITEM_PIPELINES").items() if v is not None}
        if not stages or max(stages, key=lambda k: stages[k]) != _STORE:
            return
        split = settings.getint("NEWSCRAWL_PIPELINE_PROCESS_FROM")
        moved = {k: v for k, v in stages.items() if v >= split or k == _STORE}
        kept = {k: v for k, v in stages.items() if k not in moved}
        settings.set("NEWSCRAWL_PROCESS_PIPELINES", moved, priority="cmdline")
        hand_over = min(moved.values())      # after every stage kept here
        settings.set("ITEM_PIPELINES", {**kept, "pipelines.offload.OffloadPipeline": hand_over}, priority="cmdline")


class OffloadPipeline:
    """Sends each item to the pipeline process; records what it loses if that process dies."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.stages = crawler.settings.getdict("NEWSCRAWL_PROCESS_PIPELINES")
        if not self.stages:
            raise NotConfigured
        self.proc: subprocess.Popen | None = None
        self.pending: deque[tuple[str | None, str | None]] = deque()   # not yet committed (sent or batched)
        self.batch: list[Any] = []          # items not yet sent
        self.batch_started = 0.0
        self.timer: Any = None              # the reactor call that sends a batch that is not full
        self.sent = 0
        self.acked = 0
        self._buffer = b""
        self.local: Any = None     # the in-process PipelineChain, once the child has died

    @classmethod
    def from_crawler(cls, crawler: Any) -> OffloadPipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        self.proc = subprocess.Popen([sys.executable, "-m", "pipelines.offload"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, bufsize=0, close_fds=True)
        try:
            fcntl.fcntl(self.proc.stdin.fileno(), _F_SETPIPE_SZ, 1 << 20)
        except OSError:
            pass
        os.set_blocking(self.proc.stdout.fileno(), False)
        self.crawler._newscrawl_offload = self
        run_id = self.crawler.stats.get_value("newscrawl/run_id")
        self._send(("open", _chain_settings(self.crawler, self.stages), spider.name, run_id))
        log.info("item pipelines run in process %s: %s", self.proc.pid, ", ".join(self.stages))

    def _send(self, message: tuple) -> bool:
        """Write to the child; False (and the switch to the local chain) if it is gone."""
        if self.local is not None:
            return False
        try:
            write_message(self.proc.stdin, message)
            return True
        except (BrokenPipeError, OSError):
            self._died()
            return False

    def _read_acks(self, block: bool = False) -> list[tuple]:
        """Messages the child has written so far (all of them, to the end, with ``block``)."""
        fd = self.proc.stdout.fileno()
        if block:
            os.set_blocking(fd, True)
        while True:
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                break
            if not chunk:
                break
            self._buffer += chunk
        out = []
        while len(self._buffer) >= _LEN.size:
            size = _LEN.unpack_from(self._buffer)[0]
            if len(self._buffer) < _LEN.size + size:
                break
            out.append(pickle.loads(self._buffer[_LEN.size:_LEN.size + size]))
            self._buffer = self._buffer[_LEN.size + size:]
        for message in out:
            if message[0] == "ack":
                while self.acked < message[1] and self.pending:
                    self.pending.popleft()
                    self.acked += 1
        return out

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.local is None:
            self.pending.append((item.id, item.url))
            if not self.batch:
                self.batch_started = time.monotonic()
            self.batch.append(item)
            if len(self.batch) >= BATCH_ITEMS or time.monotonic() - self.batch_started >= BATCH_SECONDS:
                self.flush()
            elif self.timer is None:
                self.timer = _call_later(BATCH_SECONDS, self._flush_later)
            return item
        try:
            self.local.process(item)
        except Dropped:
            pass     # the stage has reported the failure through the crawler's signal
        return item

    def _flush_later(self) -> None:
        self.timer = None
        self.flush()

    def flush(self) -> None:
        """Send the batched items (one message); if the child is gone, :meth:`_died` records them."""
        if self.timer is not None:
            if self.timer.active():
                self.timer.cancel()
            self.timer = None
        if not self.batch or self.local is not None:
            return
        batch, self.batch = self.batch, []
        if self._send(("items", batch)):
            before = self.sent
            self.sent += len(batch)
            if self.sent // 64 != before // 64:
                self._read_acks()

    def record_failure(self, **fields: Any) -> bool:
        """Forward a failure row to the child (the only writer); False if the caller must write it."""
        self.flush()      # the items scraped before it go first, as in-process
        return self.local is None and self._send(("failure", fields))

    def _died(self) -> None:
        self._read_acks()
        code = self.proc.poll()
        log.error("the pipeline process died (exit status %s); %d items it had not committed are recorded as "
                  "failures; the crawl goes on with the pipelines in this process", code, len(self.pending))
        self.local = _local_chain(self.crawler, self.stages)
        self.batch = []
        for article_id, url in self.pending:
            report_failure(self.crawler, url=url, stage="pipeline", reason="pipeline_process_died",
                           detail=f"exit status {code} before this item was committed", article_id=article_id)
        self.pending.clear()

    def close_spider(self, spider: Any = None) -> None:
        self.flush()
        if self.local is None and self._send(("close",)):
            try:
                self.proc.stdin.close()
            except OSError:
                pass
            messages = self._read_acks(block=True)
            code = self.proc.wait()
            closed = [m for m in messages if m[0] == "closed"]
            if code != 0 or not closed:
                self._died()
            else:
                self.merge_stats(closed[-1][1])
        if self.local is not None:
            self.local.close()
        self.crawler._newscrawl_offload = None

    def merge_stats(self, stats: dict[str, Any]) -> None:
        for key, value in stats.items():
            if key == "newscrawl/run_id":
                continue
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                self.crawler.stats.inc_value(key, value)
            else:
                self.crawler.stats.set_value(key, value)


def _call_later(delay: float, func: Any) -> Any:
    """``func`` after ``delay`` seconds on the crawl's reactor (a cancellable ``IDelayedCall``)."""
    from twisted.internet import reactor

    return reactor.callLater(delay, func)


def _chain_settings(crawler: Any, stages: dict[str, int]) -> dict[str, Any]:
    """The crawl's settings (the picklable ones) for a PipelineChain of ``stages``."""
    settings = crawler.settings.copy_to_dict()
    settings.update({"ITEM_PIPELINES": stages, "NEWSCRAWL_PIPELINE_PROCESS": False})
    return {k: v for k, v in settings.items() if _picklable(v)}


def _local_chain(crawler: Any, stages: dict[str, int]) -> Any:
    """The stages in the crawl's own process (after the child died), reporting through the crawler."""
    chain = PipelineChain(_chain_settings(crawler, stages), crawler.spider.name,
                          crawler.stats.get_value("newscrawl/run_id"))
    chain.crawler.stats = crawler.stats
    chain.crawler.signals = crawler.signals
    chain.crawler._newscrawl_db = getattr(crawler, "_newscrawl_db", None)
    return chain.open()


def _picklable(value: Any) -> bool:
    try:
        pickle.dumps(value)
        return True
    except Exception:  # noqa: BLE001 - pickling can raise anything (TypeError, PicklingError, an object's own error)
        return False


def serve(inp: BinaryIO, out: BinaryIO) -> int:
    """The child: run the stages on every item read from ``inp``; acknowledge commits on ``out``."""
    message = read_message(inp)
    if not message or message[0] != "open":
        log.error("pipeline process: no open message")
        return 2
    _, settings, spider_name, run_id = message
    logging.basicConfig(level=settings.get("LOG_LEVEL", "INFO"), filename=settings.get("LOG_FILE") or None,
                        format="%(asctime)s [%(name)s, pipeline process] %(levelname)s: %(message)s")
    chain = PipelineChain(settings, spider_name, run_id)
    crawler = chain.crawler
    chain.open()
    db = crawler_db(crawler)

    def record(fields: dict[str, Any]) -> None:
        try:
            record_failure(db, **fields, spider=spider_name, run_id=run_id)
        except sqlite3.Error as exc:    # a full disk: counted, so the crawl fails (runlog.failure_rate)
            crawler.stats.inc_value("newscrawl/items/lost")
            log.error("could not record the failure of %s in the database (%s)",
                      fields.get("url") or fields.get("article_id") or "-", exc)

    def process(item: Any) -> None:
        try:
            chain.process(item)
        except Dropped as exc:
            record({"url": item.url, "stage": exc.stage, "reason": exc.reason, "detail": exc.detail,
                    "article_id": item.id})
        except Exception as exc:   # a stage's bug: recorded like Scrapy's item_error, the crawl goes on
            log.exception("pipeline error on %s", item.id)
            report_failure(crawler, url=item.url, stage="pipeline", reason=type(exc).__name__,
                           detail=str(exc), article_id=item.id)
            record({"url": item.url, "stage": "pipeline", "reason": type(exc).__name__,
                    "detail": str(exc), "article_id": item.id})

    done = 0
    acked = 0
    while True:
        message = read_message(inp)
        if message is None:        # the crawl went away without closing: commit what we have
            break
        kind = message[0]
        if kind in ("items", "item"):
            for item in message[1] if kind == "items" else [message[1]]:
                process(item)
                done += 1
                if not db.conn.in_transaction and done != acked:    # the store committed: all so far durable
                    acked = done
                    write_message(out, ("ack", done))
        elif kind == "failure":
            record(message[1])
        elif kind == "close":
            break
    chain.close()
    if db.conn.in_transaction:
        db.conn.commit()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    stats = dict(chain.stats)
    stats["newscrawl/pipeline_process/items"] = done
    stats["newscrawl/pipeline_process/cpu_s"] = round(usage.ru_utime + usage.ru_stime, 2)
    stats["newscrawl/pipeline_process/peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)   # Linux: KiB
    log.info("pipeline process done: %d items, %.1f s CPU, peak RSS %.0f MB", done,
             stats["newscrawl/pipeline_process/cpu_s"], stats["newscrawl/pipeline_process/peak_rss_mb"])
    write_message(out, ("ack", done))
    write_message(out, ("closed", stats))
    return 0


def main() -> int:
    """Entry point of ``python -m pipelines.offload``: the protocol on a private copy of stdout, whose
    descriptor then points at stderr, so nothing a library prints can corrupt the stream."""
    channel = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return serve(sys.stdin.buffer, channel)


if __name__ == "__main__":
    sys.exit(main())
