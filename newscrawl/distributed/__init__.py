"""Distributed crawling on Redis (scrapy-redis): many workers share one frontier, one ingester writes SQLite.

Roles (docs/distributed.md):

* ``newscrawl worker``: a Scrapy crawl of :class:`~newscrawl.distributed.spiders.DistributedFinews`; takes
  requests from the shared Redis queue, runs the normalising pipelines and pushes finished items and
  failures to a Redis list.  Any number, on any host.
* ``newscrawl ingest``: the one writer of SQLite; drains that list through the store, batched and
  acknowledged (:mod:`newscrawl.distributed.ingest`).
* ``newscrawl seed``: pushes list-API start requests, share URLs or infoCodes into the start queue.

Module map: :mod:`.frontier` (Redis keys, leases, Lua scripts), :mod:`.scheduler` (scrapy-redis's
scheduler with per-worker leases), :mod:`.spiders` (scrapy-redis's spider mixin for ``async start()``),
:mod:`.queue` (the item list: envelope format, worker pipeline, failure forwarder), :mod:`.ingest`,
:mod:`.seed`, :mod:`.local` (a throw-away redis-server for tests and benchmarks).
"""
